using System.Linq;
using DiffGen.Fuzz.Running;
using DiffGen.Fuzz.Shrinking;
using Xunit;
using Xunit.Abstractions;

namespace DiffGen.Fuzz.Tests
{
    /// <summary>
    /// The differential fuzzer as CI runs it: a fixed seed, 2,000 methods across every family. Any
    /// wrong derivative, uncompilable output, generator failure, run-time exception or decline of a
    /// supported construct fails the test, with the first failures shrunk and printed.
    /// </summary>
    public class FuzzTests
    {
        public const int Seed = 20261204;
        public const int Count = 2000;

        private readonly ITestOutputHelper output;

        public FuzzTests(ITestOutputHelper output)
        {
            this.output = output;
        }

        [Fact]
        public void Generated_derivatives_agree_with_the_dual_number_oracle()
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var results = Fuzzer.Run(Fuzzer.Cases(Count, Seed), Seed);
            output.WriteLine(Report.Table(results));
            output.WriteLine(Report.Summary(results, Seed, clock.Elapsed));
            var failures = results.Where(r => r.IsFailure).ToList();
            string shrunk = string.Join("\n", failures.Take(3).Select(f => Shrinker.Describe(Shrinker.Shrink(f, Seed, budget: 80))));
            Assert.True(failures.Count == 0, failures.Count + " of " + Count + " methods failed; the first, shrunk:\n" + shrunk + "\n" + Report.Table(results));

            // A run that tests little proves little: nearly every method must be checked at a point.
            Assert.True(results.Count(r => r.Outcome == Outcome.Pass) >= Count * 0.9, Report.Table(results));
        }
    }
}
