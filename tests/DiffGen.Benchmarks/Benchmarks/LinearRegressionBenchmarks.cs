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
        double[] point = [w, b];
        Func<double[], double> function = p => LinearRegression.Cost(p[0], p[1], x, y);
        Checks.Gradient(problem, "generated", function, (p, g) => LinearRegression.CostGradient(p[0], p[1], x, y, out g[0], out g[1]), point);
        Checks.Gradient(problem, "hand-written", function, (p, g) => LinearRegression.HandGradient(p[0], p[1], x, y, out g[0], out g[1]), point);
        Checks.Gradient(
            problem,
            "finite-difference",
            function,
            (p, g) =>
            {
                LinearRegression.FiniteDifferenceGradient(p[0], p[1], x, y, out g[0], out g[1]);
                return function(p);
            },
            point);
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
