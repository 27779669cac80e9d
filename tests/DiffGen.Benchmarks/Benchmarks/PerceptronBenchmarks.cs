using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using DiffGen.Benchmarks.Problems;

namespace DiffGen.Benchmarks;

/// <summary>Problem 4, a 10-32-1 tanh perceptron over 1,000 samples: 385 parameters in w1, b1, w2, b2.</summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[BenchmarkCategory(Categories.Perceptron)]
public class PerceptronBenchmarks : IChecked
{
    private const int Samples = 1000;

    private double[] w1 = [];
    private double[] b1 = [];
    private double[] w2 = [];
    private double b2;
    private double[] x = [];
    private double[] y = [];

    // The gradient outputs, allocated once so that the benchmarks measure only the gradients.
    private double[] dW1 = [];
    private double[] dB1 = [];
    private double[] dW2 = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(4);
        (x, y) = Perceptron.Data(Samples, random);
        (w1, b1, w2, b2) = Perceptron.Parameters(random);
        dW1 = new double[w1.Length];
        dB1 = new double[b1.Length];
        dW2 = new double[w2.Length];
    }

    public void Check()
    {
        // The flat vector is (w1, b1, w2, b2); the probe arrays hold it as the methods take it. 385
        // entries × 1,000 samples: two Richardson levels (4 calls per entry) instead of five.
        const string problem = Categories.Perceptron;
        const int Levels = 2;
        double[] pW1 = new double[w1.Length], pB1 = new double[b1.Length], pW2 = new double[w2.Length];
        int atB1 = w1.Length, atW2 = atB1 + b1.Length, atB2 = atW2 + w2.Length;
        double[] point = [.. w1, .. b1, .. w2, b2];
        Func<double[], double> function = p =>
        {
            Load(p);
            return Perceptron.Cost(pW1, pB1, pW2, p[atB2], x, y);
        };
        Checks.Gradient(
            problem, "generated", function,
            (p, g) =>
            {
                Load(p);
                return Perceptron.CostGradient(pW1, pB1, pW2, p[atB2], x, y, g.AsSpan(0, atB1), g.AsSpan(atB1, b1.Length), g.AsSpan(atW2, w2.Length), out g[atB2]);
            },
            point,
            Levels);
        Checks.Gradient(
            problem, "hand-written", function,
            (p, g) =>
            {
                Load(p);
                return Perceptron.HandGradient(pW1, pB1, pW2, p[atB2], x, y, g.AsSpan(0, atB1), g.AsSpan(atB1, b1.Length), g.AsSpan(atW2, w2.Length), out g[atB2]);
            },
            point,
            Levels);
        Checks.Gradient(
            problem, "finite-difference", function,
            (p, g) =>
            {
                Load(p);
                Perceptron.FiniteDifferenceGradient(pW1, pB1, pW2, p[atB2], x, y, g.AsSpan(0, atB1), g.AsSpan(atB1, b1.Length), g.AsSpan(atW2, w2.Length), out g[atB2]);
                return function(p);
            },
            point,
            Levels);

        void Load(double[] p)
        {
            FlatVector.Unpack(p, FlatVector.Unpack(p, FlatVector.Unpack(p, 0, pW1), pB1), pW2);
        }
    }

    [Benchmark]
    public double Function() => Perceptron.Cost(w1, b1, w2, b2, x, y);

    [Benchmark]
    public double Generated() => Perceptron.CostGradient(w1, b1, w2, b2, x, y, dW1, dB1, dW2, out double dB2) + dB2;

    [Benchmark(Baseline = true)]
    public double HandWritten() => Perceptron.HandGradient(w1, b1, w2, b2, x, y, dW1, dB1, dW2, out double dB2) + dB2;

    [Benchmark]
    public double FiniteDifferences()
    {
        Perceptron.FiniteDifferenceGradient(w1, b1, w2, b2, x, y, dW1, dB1, dW2, out double dB2);
        return dB2;
    }
}
