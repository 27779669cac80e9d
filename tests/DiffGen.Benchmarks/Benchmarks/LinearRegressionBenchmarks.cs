using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using DiffGen.Benchmarks.Problems;

namespace DiffGen.Benchmarks;

/// <summary>Problem 2, linear-regression MSE over 1,000 points; parameters w and b.</summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[BenchmarkCategory(Categories.LinearRegression)]
public class LinearRegressionBenchmarks : IChecked
{
    private const int Points = 1000;

    private double[] x = [];
    private double[] y = [];

    // Away from the fit (3, −1), so that the gradient is not near 0.
    private readonly double w = 0.5;
    private readonly double b = 2;

    [GlobalSetup]
    public void Setup() => (x, y) = LinearRegression.Data(Points, new Random(2));

    public void Check()
    {
        const string problem = Categories.LinearRegression;
        double value = LinearRegression.Cost(w, b, x, y);
        double generated = LinearRegression.CostGradient(w, b, x, y, out double gW, out double gB);
        double hand = LinearRegression.HandGradient(w, b, x, y, out double hW, out double hB);
        LinearRegression.FiniteDifferenceGradient(w, b, x, y, out double fW, out double fB);
        GradientCheck.Agree(problem, "function and generated values", value, generated);
        GradientCheck.Agree(problem, "function and hand-written values", value, hand);
        GradientCheck.Agree(problem, "hand-written and generated gradients", [hW, hB], [gW, gB]);
        GradientCheck.Agree(problem, "hand-written and finite-difference gradients", [hW, hB], [fW, fB]);
    }

    [Benchmark]
    public double Function() => LinearRegression.Cost(w, b, x, y);

    [Benchmark]
    public double Generated() => LinearRegression.CostGradient(w, b, x, y, out double dW, out double dB) + dW + dB;

    [Benchmark(Baseline = true)]
    public double HandWritten() => LinearRegression.HandGradient(w, b, x, y, out double dW, out double dB) + dW + dB;

    [Benchmark]
    public double FiniteDifferences()
    {
        LinearRegression.FiniteDifferenceGradient(w, b, x, y, out double dW, out double dB);
        return dW + dB;
    }
}
