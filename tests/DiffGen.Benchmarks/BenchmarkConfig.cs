using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Perfolizer.Horology;

namespace DiffGen.Benchmarks;

/// <summary>
/// The configuration of the whole run: one short job and one joined summary. The benchmark classes
/// carry the rest themselves ([MemoryDiagnoser], [GroupBenchmarksBy], [BenchmarkCategory]).
/// </summary>
internal static class BenchmarkConfig
{
    public static IConfig Create() =>
        DefaultConfig.Instance
            // A 2-core machine that others share: few, short iterations keep the run to a few
            // minutes. One launch, 3 warm-up and 7 measured iterations of ~200 ms each is enough for
            // ratios of ±5 % on a quiet machine; the error column says when it was not quiet.
            .AddJob(Job.Default
                .WithLaunchCount(1)
                .WithWarmupCount(3)
                .WithIterationCount(7)
                .WithIterationTime(TimeInterval.FromMilliseconds(200))
                .WithId("Short"))
            // All problems in one table (not one table per class); [GroupBenchmarksBy] on the classes
            // gives each problem its own block, with ratios against its own hand-written gradient.
            .WithOptions(ConfigOptions.JoinSummary)
            // Problems and methods in the order they are written, not sorted by time.
            .WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(
                BenchmarkDotNet.Order.SummaryOrderPolicy.Declared,
                BenchmarkDotNet.Order.MethodOrderPolicy.Declared));
}
