using System.Linq;
using DiffGen.Fuzz.Programs;
using DiffGen.Fuzz.Running;
using Xunit;

namespace DiffGen.Fuzz.Tests
{
    /// <summary>
    /// The arrays family writes multi-dimensional data (issue 13): double[,] and double[][] parameters read at
    /// constant indices, beside w[i], by design-matrix loops bounded by GetLength, Length and a row's Length, and
    /// passed to a callee; under [Differentiable] and [Differentiable("w", "b")] alike. A short run of such methods
    /// passes against the oracle, which is given the same arrays.
    /// </summary>
    public class MultiDimensionalDataTests
    {
        [Fact]
        public void The_arrays_family_reads_multi_dimensional_data_and_its_derivatives_agree()
        {
            var withData = Fuzzer.Cases(400, seed: 13, family: "arrays").Where(c => c.Entry.Parameters.Any(p => p.IsMatrix)).ToList();
            string[] sources = withData.Select(c => ProgramWriter.Standalone(c)).ToArray();
            Assert.Contains(sources, s => s.Contains("[,] X", System.StringComparison.Ordinal) && s.Contains("X.GetLength(1)", System.StringComparison.Ordinal));
            Assert.Contains(sources, s => s.Contains("[][] X", System.StringComparison.Ordinal) && s.Contains("X[row", System.StringComparison.Ordinal) && s.Contains("].Length", System.StringComparison.Ordinal));
            Assert.Contains(sources, s => s.Contains("[][] M, int k", System.StringComparison.Ordinal) || s.Contains("[,] M, int k", System.StringComparison.Ordinal));
            Assert.Contains(withData, c => c.Float);
            Assert.Contains(withData, c => c.Entry.WithRespectTo is null);
            Assert.Contains(withData, c => c.Entry.WithRespectTo is not null);

            var results = Fuzzer.Run(withData.Take(120).ToList(), seed: 13);
            var failures = results.Where(r => r.IsFailure).ToList();
            Assert.True(failures.Count == 0, string.Join("\n", failures.Take(3).Select(f => f.Outcome + ": " + f.Detail + "\n" + ProgramWriter.Standalone(f.Case))));
            Assert.True(results.Count(r => r.Outcome == Outcome.Pass) >= results.Count * 0.9, Report.Table(results));
        }
    }
}
