using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace DiffGen.Benchmarks;

/// <summary>
/// Not a problem but the explanation of one: 1,000 Math.Exp calls, alone and after zeroing a few
/// doubles in the same method. On the Intel machine (AVX-512) of docs/benchmarks.md's earlier runs,
/// Span.Clear() and a zeroed stackalloc leave the upper halves of the AVX registers in use, and
/// every Math.Exp after them in the method then pays the AVX–SSE transition penalty; a plain loop
/// does not (on the AMD machine of the current run, with AVX2 only, all four take the same time).
/// Generated gradients once began with dW.Clear(), so this decided how fast they were; they now
/// zero with a loop. Kept here so that the effect can be checked on any machine.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[BenchmarkCategory(Categories.ZeroingThenExp)]
public class ZeroingThenExpBenchmarks
{
    private readonly double[] values = new double[1000];
    private readonly double[] output = new double[10];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(6);
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = random.NextDouble();
        }
    }

    [Benchmark(Baseline = true)]
    public double ExpOnly() => SumExp();

    [Benchmark]
    public double SpanClearThenExp()
    {
        output.AsSpan().Clear();
        return SumExp();
    }

    [Benchmark]
    public double LoopZeroThenExp()
    {
        Span<double> span = output;
        for (int i = 0; i < span.Length; i++)
        {
            span[i] = 0;
        }

        return SumExp();
    }

    [Benchmark]
    public double StackallocThenExp()
    {
        Span<double> scratch = stackalloc double[32];
        scratch[output.Length] = 1;
        return SumExp() + scratch[0];
    }

    // Inlined into each benchmark on purpose: the Math.Exp calls must run in the same method as the
    // zeroing (a separate method's prologue would reset the AVX state with vzeroupper).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private double SumExp()
    {
        double sum = 0;
        foreach (double v in values)
        {
            sum += Math.Exp(v);
        }

        return sum;
    }
}
