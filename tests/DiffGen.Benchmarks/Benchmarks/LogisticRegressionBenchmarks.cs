using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using DiffGen.Benchmarks.Problems;

namespace DiffGen.Benchmarks;

/// <summary>Problem 3, logistic regression: 1,000 samples × 10 features; parameters w[10] and b.</summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[BenchmarkCategory(Categories.LogisticRegression)]
public class LogisticRegressionBenchmarks : IChecked
{
    private const int Samples = 1000;
    private const int Features = 10;

    private double[] w = [];
    private readonly double b = 0.1;
    private double[] x = [];
    private double[] y = [];

    // The gradient outputs, allocated once so that the benchmarks measure only the gradients.
    private double[] dW = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(3);
        (x, y) = LogisticRegression.Data(Samples, Features, random);
        w = new double[Features];
        for (int j = 0; j < Features; j++)
        {
            w[j] = -0.5 + random.NextDouble();
        }

        dW = new double[Features];
    }

    public void Check()
    {
        const string problem = Categories.LogisticRegression;
        var generatedDW = new double[Features];
        var handDW = new double[Features];
        var fdDW = new double[Features];
        double value = LogisticRegression.Cost(w, b, x, y);
        double generated = LogisticRegression.CostGradient(w, b, x, y, generatedDW, out double generatedDB);
        double hand = LogisticRegression.HandGradient(w, b, x, y, handDW, out double handDB);
        LogisticRegression.FiniteDifferenceGradient(w, b, x, y, fdDW, out double fdDB);
        GradientCheck.Agree(problem, "function and generated values", value, generated);
        GradientCheck.Agree(problem, "function and hand-written values", value, hand);
        GradientCheck.Agree(problem, "hand-written and generated gradients", [.. handDW, handDB], [.. generatedDW, generatedDB]);
        GradientCheck.Agree(problem, "hand-written and finite-difference gradients", [.. handDW, handDB], [.. fdDW, fdDB]);
    }

    [Benchmark]
    public double Function() => LogisticRegression.Cost(w, b, x, y);

    [Benchmark]
    public double Generated() => LogisticRegression.CostGradient(w, b, x, y, dW, out double dB) + dB;

    [Benchmark(Baseline = true)]
    public double HandWritten() => LogisticRegression.HandGradient(w, b, x, y, dW, out double dB) + dB;

    [Benchmark]
    public double FiniteDifferences()
    {
        LogisticRegression.FiniteDifferenceGradient(w, b, x, y, dW, out double dB);
        return dB;
    }
}
