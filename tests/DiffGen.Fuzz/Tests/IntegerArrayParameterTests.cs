using System.Linq;
using DiffGen.Fuzz.Programs;
using DiffGen.Fuzz.Running;
using Xunit;

namespace DiffGen.Fuzz.Tests
{
    /// <summary>
    /// The arrays family writes an int[] parameter now and then (class labels and token ids are passed so): idx, read as
    /// an index into w and x (w[idx[i]]), data under [Differentiable] and [Differentiable("w", "b")] alike. A short run of
    /// such methods passes against the oracle, which is given the same indices.
    /// </summary>
    public class IntegerArrayParameterTests
    {
        [Fact]
        public void The_arrays_family_reads_int_array_parameters_and_its_derivatives_agree()
        {
            var withIndices = Fuzzer.Cases(400, seed: 31, family: "arrays").Where(c => c.Entry.Parameters.Any(p => p.IsIndices)).ToList();
            string[] sources = withIndices.Select(c => ProgramWriter.Standalone(c)).ToArray();
            Assert.Contains(sources, s => s.Contains("int[] idx", System.StringComparison.Ordinal) && s.Contains("[idx[", System.StringComparison.Ordinal));
            Assert.Contains(withIndices, c => c.Float);
            Assert.Contains(withIndices, c => c.Entry.WithRespectTo is null);
            Assert.Contains(withIndices, c => c.Entry.WithRespectTo is not null);

            var results = Fuzzer.Run(withIndices.Take(100).ToList(), seed: 31);
            var failures = results.Where(r => r.IsFailure).ToList();
            Assert.True(failures.Count == 0, string.Join("\n", failures.Take(3).Select(f => f.Outcome + ": " + f.Detail + "\n" + ProgramWriter.Standalone(f.Case))));
            Assert.True(results.Count(r => r.Outcome == Outcome.Pass) >= results.Count * 0.9, Report.Table(results));
        }
    }
}
