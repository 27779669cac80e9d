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
        // The logits are the whole flat vector: the gradients write straight into it.
        const string problem = Categories.SoftmaxCrossEntropy;
        Func<double[], double> function = p => SoftmaxCrossEntropy.Cost(p, label);
        Checks.Gradient(problem, "generated", function, (p, g) => SoftmaxCrossEntropy.CostGradient(p, label, g), z);
        Checks.Gradient(problem, "hand-written", function, (p, g) => SoftmaxCrossEntropy.HandGradient(p, label, g), z);
        Checks.Gradient(
            problem,
            "finite-difference",
            function,
            (p, g) =>
            {
                SoftmaxCrossEntropy.FiniteDifferenceGradient(p, label, g);
                return function(p);
            },
            z);
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
