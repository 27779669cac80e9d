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
        const string problem = Categories.Rosenbrock;
        Func<double[], double> function = FlatVector.Function(Rosenbrock2D.Rosenbrock);
        GradientFunction generated = FlatVector.Gradient(Rosenbrock2D.RosenbrockGradient);
        GradientFunction hand = FlatVector.Gradient(Rosenbrock2D.HandGradient);
        GradientFunction finite = (p, g) =>
        {
            Rosenbrock2D.FiniteDifferenceGradient(p[0], p[1], out g[0], out g[1]);
            return Rosenbrock2D.Rosenbrock(p[0], p[1]);
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
