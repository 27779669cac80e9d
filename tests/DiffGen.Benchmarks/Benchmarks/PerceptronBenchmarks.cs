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
        const string problem = Categories.Perceptron;
        double[] gW1 = new double[w1.Length], gB1 = new double[b1.Length], gW2 = new double[w2.Length];
        double[] hW1 = new double[w1.Length], hB1 = new double[b1.Length], hW2 = new double[w2.Length];
        double[] fW1 = new double[w1.Length], fB1 = new double[b1.Length], fW2 = new double[w2.Length];
        double value = Perceptron.Cost(w1, b1, w2, b2, x, y);
        double generated = Perceptron.CostGradient(w1, b1, w2, b2, x, y, gW1, gB1, gW2, out double gB2);
        double hand = Perceptron.HandGradient(w1, b1, w2, b2, x, y, hW1, hB1, hW2, out double hB2);
        Perceptron.FiniteDifferenceGradient(w1, b1, w2, b2, x, y, fW1, fB1, fW2, out double fB2);
        GradientCheck.Agree(problem, "function and generated values", value, generated);
        GradientCheck.Agree(problem, "function and hand-written values", value, hand);
        double[] handGradient = [.. hW1, .. hB1, .. hW2, hB2];
        GradientCheck.Agree(problem, "hand-written and generated gradients", handGradient, [.. gW1, .. gB1, .. gW2, gB2]);
        GradientCheck.Agree(problem, "hand-written and finite-difference gradients", handGradient, [.. fW1, .. fB1, .. fW2, fB2]);
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
