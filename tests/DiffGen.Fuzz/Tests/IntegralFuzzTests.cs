using System.Linq;
using DiffGen.Fuzz.Generation;
using DiffGen.Fuzz.Running;
using DiffGen.Fuzz.Shrinking;
using Xunit;
using Xunit.Abstractions;

namespace DiffGen.Fuzz.Tests
{
    /// <summary>
    /// The integrals family as CI runs it: a short fixed-seed batch of [Integrable] methods (the large runs are in
    /// docs/reliability.md). Any wrong closed form or integral, uncompilable output, generator failure, exception or
    /// decline fails the test; a method without a closed form passes when it has DIFF036 and a correct FIntegral.
    /// </summary>
    public class IntegralFuzzTests
    {
        public const int Seed = 20261206;
        public const int Count = 100;

        private readonly ITestOutputHelper output;

        public IntegralFuzzTests(ITestOutputHelper output)
        {
            this.output = output;
        }

        [Fact]
        public void Generated_antiderivatives_and_integrals_agree_with_the_oracle_and_the_reference()
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var results = Fuzzer.Run(Fuzzer.Cases(Count, Seed, IntegralCaseBuilder.Family), Seed);
            output.WriteLine(Report.Table(results));
            output.WriteLine(Report.Summary(results, Seed, clock.Elapsed));
            var failures = results.Where(r => r.IsFailure).ToList();
            string shrunk = string.Join("\n", failures.Take(2).Select(f => Shrinker.Describe(Shrinker.Shrink(f, Seed, budget: 40))));
            Assert.True(failures.Count == 0, failures.Count + " of " + Count + " methods failed; the first, shrunk:\n" + shrunk + "\n" + Report.Table(results));

            // A run that checks little proves little: nearly every method is checked, and most have a closed form to check.
            Assert.True(results.Count(r => r.Outcome == Outcome.Pass) >= Count * 0.9, Report.Table(results));
            var ofOneVariable = results.Where(r => r.ClosedForm is not null).ToList();
            Assert.True(ofOneVariable.Count(r => r.ClosedForm == true) >= ofOneVariable.Count * 0.6, Report.Table(results));
        }
    }
}
