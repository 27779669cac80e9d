using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using DiffGen.Benchmarks.Problems;

namespace DiffGen.Benchmarks;

/// <summary>
/// Problem 6, Himmelblau's plus Beale's function, loop-free. One call takes a few nanoseconds, so,
/// as for Rosenbrock, each benchmark evaluates a batch of points and reports the time per point
/// (OperationsPerInvoke).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[BenchmarkCategory(Categories.HimmelblauBeale)]
public class HimmelblauBealeBenchmarks : IChecked
{
    private const int Points = 1024;

    private double[] xs = [];
    private double[] ys = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        xs = new double[Points];
        ys = new double[Points];
        for (int i = 0; i < Points; i++)
        {
            xs[i] = -3 + 6 * random.NextDouble();
            ys[i] = -3 + 6 * random.NextDouble();
        }
    }

    public void Check()
    {
        const string problem = Categories.HimmelblauBeale;
        Func<double[], double> function = FlatVector.Function(HimmelblauBeale.Sum);
        GradientFunction generated = FlatVector.Gradient(HimmelblauBeale.SumGradient);
        GradientFunction hand = FlatVector.Gradient(HimmelblauBeale.HandGradient);
        GradientFunction finite = (p, g) =>
        {
            HimmelblauBeale.FiniteDifferenceGradient(p[0], p[1], out g[0], out g[1]);
            return HimmelblauBeale.Sum(p[0], p[1]);
        };
        for (int i = 0; i < Points; i++)
        {
            double[] point = [xs[i], ys[i]];
            Checks.Gradient(problem, "generated", function, generated, point);
            Checks.Gradient(problem, "hand-written", function, hand, point);
            Checks.Gradient(problem, "finite-difference", function, finite, point);
        }
    }

    // Each benchmark sums what it computes so that the JIT cannot drop any of it as unused.

    [Benchmark(OperationsPerInvoke = Points)]
    public double Function()
    {
        double sum = 0;
        for (int i = 0; i < Points; i++)
        {
            sum += HimmelblauBeale.Sum(xs[i], ys[i]);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Points)]
    public double Generated()
    {
        double sum = 0;
        for (int i = 0; i < Points; i++)
        {
            sum += HimmelblauBeale.SumGradient(xs[i], ys[i], out double dX, out double dY) + dX + dY;
        }

        return sum;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Points)]
    public double HandWritten()
    {
        double sum = 0;
        for (int i = 0; i < Points; i++)
        {
            sum += HimmelblauBeale.HandGradient(xs[i], ys[i], out double dX, out double dY) + dX + dY;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Points)]
    public double FiniteDifferences()
    {
        double sum = 0;
        for (int i = 0; i < Points; i++)
        {
            HimmelblauBeale.FiniteDifferenceGradient(xs[i], ys[i], out double dX, out double dY);
            sum += dX + dY;
        }

        return sum;
    }
}
