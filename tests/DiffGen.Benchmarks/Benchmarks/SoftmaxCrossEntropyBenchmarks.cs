using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using DiffGen.Benchmarks.Problems;

namespace DiffGen.Benchmarks;

/// <summary>Problem 5, softmax cross-entropy (log-sum-exp) over 1,000 classes; parameters the 1,000 logits.</summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[BenchmarkCategory(Categories.SoftmaxCrossEntropy)]
public class SoftmaxCrossEntropyBenchmarks : IChecked
{
    private const int Classes = 1000;

    private double[] z = [];
    private int label;

    // The gradient output, allocated once so that the benchmarks measure only the gradients.
    private double[] dZ = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(5);
        z = SoftmaxCrossEntropy.Logits(Classes, random);
        label = random.Next(Classes);
        dZ = new double[Classes];
    }

    public void Check()
    {
        const string problem = Categories.SoftmaxCrossEntropy;
        var generatedDZ = new double[Classes];
        var handDZ = new double[Classes];
        var fdDZ = new double[Classes];
        double value = SoftmaxCrossEntropy.Cost(z, label);
        double generated = SoftmaxCrossEntropy.CostGradient(z, label, generatedDZ);
        double hand = SoftmaxCrossEntropy.HandGradient(z, label, handDZ);
        SoftmaxCrossEntropy.FiniteDifferenceGradient(z, label, fdDZ);
        GradientCheck.Agree(problem, "function and generated values", value, generated);
        GradientCheck.Agree(problem, "function and hand-written values", value, hand);
        GradientCheck.Agree(problem, "hand-written and generated gradients", handDZ, generatedDZ);
        GradientCheck.Agree(problem, "hand-written and finite-difference gradients", handDZ, fdDZ);
    }

    [Benchmark]
    public double Function() => SoftmaxCrossEntropy.Cost(z, label);

    [Benchmark]
    public double Generated() => SoftmaxCrossEntropy.CostGradient(z, label, dZ);

    [Benchmark(Baseline = true)]
    public double HandWritten() => SoftmaxCrossEntropy.HandGradient(z, label, dZ);

    [Benchmark]
    public double FiniteDifferences()
    {
        SoftmaxCrossEntropy.FiniteDifferenceGradient(z, label, dZ);
        return dZ[label];
    }
}
