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
        // The flat vector is (w, b); probe holds its weights as the array the methods take.
        const string problem = Categories.LogisticRegression;
        var probe = new double[Features];
        double[] point = [.. w, b];
        Func<double[], double> function = p => LogisticRegression.Cost(Weights(p), p[Features], x, y);
        Checks.Gradient(
            problem, "generated", function,
            (p, g) => LogisticRegression.CostGradient(Weights(p), p[Features], x, y, g.AsSpan(0, Features), out g[Features]),
            point);
        Checks.Gradient(
            problem, "hand-written", function,
            (p, g) => LogisticRegression.HandGradient(Weights(p), p[Features], x, y, g.AsSpan(0, Features), out g[Features]),
            point);
        Checks.Gradient(
            problem,
            "finite-difference",
            function,
            (p, g) =>
            {
                LogisticRegression.FiniteDifferenceGradient(Weights(p), p[Features], x, y, g.AsSpan(0, Features), out g[Features]);
                return function(p);
            },
            point);

        double[] Weights(double[] p)
        {
            FlatVector.Unpack(p, 0, probe);
            return probe;
        }
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
