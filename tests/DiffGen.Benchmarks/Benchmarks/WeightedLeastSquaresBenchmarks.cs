using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using DiffGen.Benchmarks.Problems;

namespace DiffGen.Benchmarks;

/// <summary>Problem 7, least squares with one weight per element over 1,000 elements; parameters the 1,000 weights.</summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[BenchmarkCategory(Categories.WeightedLeastSquares)]
public class WeightedLeastSquaresBenchmarks : IChecked
{
    private const int Elements = 1000;

    private double[] w = [];
    private double[] x = [];
    private double[] y = [];

    // The gradient output, allocated once so that the benchmarks measure only the gradients.
    private double[] dW = [];

    [GlobalSetup]
    public void Setup()
    {
        (w, x, y) = WeightedLeastSquares.Data(Elements, new Random(8));
        dW = new double[Elements];
    }

    public void Check()
    {
        // The weights are the whole flat vector: the gradients write straight into it.
        const string problem = Categories.WeightedLeastSquares;
        Func<double[], double> function = p => WeightedLeastSquares.Cost(p, x, y);
        Checks.Gradient(problem, "generated", function, (p, g) => WeightedLeastSquares.CostGradient(p, x, y, g), w);
        Checks.Gradient(problem, "hand-written", function, (p, g) => WeightedLeastSquares.HandGradient(p, x, y, g), w);
        Checks.Gradient(
            problem,
            "finite-difference",
            function,
            (p, g) =>
            {
                WeightedLeastSquares.FiniteDifferenceGradient(p, x, y, g);
                return function(p);
            },
            w);
    }

    [Benchmark]
    public double Function() => WeightedLeastSquares.Cost(w, x, y);

    [Benchmark]
    public double Generated() => WeightedLeastSquares.CostGradient(w, x, y, dW);

    [Benchmark(Baseline = true)]
    public double HandWritten() => WeightedLeastSquares.HandGradient(w, x, y, dW);

    [Benchmark]
    public double FiniteDifferences()
    {
        WeightedLeastSquares.FiniteDifferenceGradient(w, x, y, dW);
        return dW[0];
    }
}
