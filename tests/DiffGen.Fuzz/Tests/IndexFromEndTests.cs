using System.Linq;
using DiffGen.Fuzz.Programs;
using DiffGen.Fuzz.Running;
using Xunit;

namespace DiffGen.Fuzz.Tests
{
    /// <summary>
    /// The arrays family reads elements from the end now and then (x[^(i + 1)], w[^(w.Length - i)]), in arrays and spans
    /// alike; a short run of such methods passes against the oracle, whose Dual[] arrays read the same elements.
    /// </summary>
    public class IndexFromEndTests
    {
        [Fact]
        public void The_arrays_family_reads_elements_from_the_end_and_its_derivatives_agree()
        {
            var cases = Fuzzer.Cases(600, seed: 32, family: "arrays").Where(c => ProgramWriter.Standalone(c).Contains("[^", System.StringComparison.Ordinal)).ToList();
            string[] sources = cases.Select(c => ProgramWriter.Standalone(c)).ToArray();
            Assert.Contains(sources, s => s.Contains("x[^(", System.StringComparison.Ordinal));
            Assert.Contains(sources, s => s.Contains("w[^(w.Length - ", System.StringComparison.Ordinal));
            Assert.Contains(cases, c => c.Entry.Parameters.Any(p => p.Kind is ParameterKind.ReadOnlySpan or ParameterKind.Span));

            var results = Fuzzer.Run(cases.Take(100).ToList(), seed: 32);
            var failures = results.Where(r => r.IsFailure).ToList();
            Assert.True(failures.Count == 0, string.Join("\n", failures.Take(3).Select(f => f.Outcome + ": " + f.Detail + "\n" + ProgramWriter.Standalone(f.Case))));
            Assert.True(results.Count(r => r.Outcome == Outcome.Pass) >= results.Count * 0.9, Report.Table(results));
        }
    }
}
