using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using DiffGen.Benchmarks.Problems;

namespace DiffGen.Benchmarks;

/// <summary>
/// Problem 1, 2-D Rosenbrock. One call takes about a nanosecond, too close to the timer's and the
/// harness's own overhead for a stable ratio, so each benchmark evaluates a batch of points and
/// reports the time per point (OperationsPerInvoke).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[BenchmarkCategory(Categories.Rosenbrock)]
public class RosenbrockBenchmarks : IChecked
{
    private const int Points = 1024;

    private double[] xs = [];
    private double[] ys = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1);
        xs = new double[Points];
        ys = new double[Points];
        for (int i = 0; i < Points; i++)
        {
            xs[i] = -2 + 4 * random.NextDouble();
            ys[i] = -1 + 4 * random.NextDouble();
        }
    }

    public void Check()
    {
        for (int i = 0; i < Points; i++)
        {
            double value = Rosenbrock2D.Rosenbrock(xs[i], ys[i]);
            double generated = Rosenbrock2D.RosenbrockGradient(xs[i], ys[i], out double gX, out double gY);
            double hand = Rosenbrock2D.HandGradient(xs[i], ys[i], out double hX, out double hY);
            Rosenbrock2D.FiniteDifferenceGradient(xs[i], ys[i], out double fX, out double fY);
            GradientCheck.Agree(Categories.Rosenbrock, "function and generated values", value, generated);
            GradientCheck.Agree(Categories.Rosenbrock, "function and hand-written values", value, hand);
            GradientCheck.Agree(Categories.Rosenbrock, "hand-written and generated gradients", [hX, hY], [gX, gY]);
            GradientCheck.Agree(Categories.Rosenbrock, "hand-written and finite-difference gradients", [hX, hY], [fX, fY]);
        }
    }

    // Each benchmark sums what it computes so that the JIT cannot drop any of it as unused.

    [Benchmark(OperationsPerInvoke = Points)]
    public double Function()
    {
        double sum = 0;
        for (int i = 0; i < Points; i++)
        {
            sum += Rosenbrock2D.Rosenbrock(xs[i], ys[i]);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Points)]
    public double Generated()
    {
        double sum = 0;
        for (int i = 0; i < Points; i++)
        {
            sum += Rosenbrock2D.RosenbrockGradient(xs[i], ys[i], out double dX, out double dY) + dX + dY;
        }

        return sum;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Points)]
    public double HandWritten()
    {
        double sum = 0;
        for (int i = 0; i < Points; i++)
        {
            sum += Rosenbrock2D.HandGradient(xs[i], ys[i], out double dX, out double dY) + dX + dY;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Points)]
    public double FiniteDifferences()
    {
        double sum = 0;
        for (int i = 0; i < Points; i++)
        {
            Rosenbrock2D.FiniteDifferenceGradient(xs[i], ys[i], out double dX, out double dY);
            sum += dX + dY;
        }

        return sum;
    }
}
