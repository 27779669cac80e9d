using System.Linq;
using DiffGen.Fuzz.Programs;
using DiffGen.Fuzz.Running;
using Xunit;

namespace DiffGen.Fuzz.Tests
{
    /// <summary>
    /// The generator writes Math.Clamp (issue 11), with bounds that are literals or carry derivatives, in
    /// methods with and without loops, double and float (whose source calls Math.Clamp's float overload:
    /// MathF has none); a short run of such methods passes against the oracle, which records both kinks.
    /// </summary>
    public class ClampTests
    {
        [Fact]
        public void Clamp_is_written_on_both_routes_and_its_derivatives_agree()
        {
            var withClamp = Fuzzer.Cases(600, seed: 17, family: "expression").Concat(Fuzzer.Cases(600, seed: 17, family: "loops"))
                .Where(c => ProgramWriter.Standalone(c).Contains(".Clamp(", System.StringComparison.Ordinal)).ToList();
            string[] sources = withClamp.Select(c => ProgramWriter.Standalone(c)).ToArray();
            Assert.Contains(sources, s => s.Contains("global::System.Math.Clamp(", System.StringComparison.Ordinal) && s.Contains("for (", System.StringComparison.Ordinal));
            Assert.Contains(sources, s => !s.Contains("for (", System.StringComparison.Ordinal));
            Assert.Contains(withClamp, c => c.Float);
            Assert.DoesNotContain(sources, s => s.Contains("MathF.Clamp", System.StringComparison.Ordinal));

            var results = Fuzzer.Run(withClamp.Take(120).ToList(), seed: 17);
            var failures = results.Where(r => r.IsFailure).ToList();
            Assert.True(failures.Count == 0, string.Join("\n", failures.Take(3).Select(f => f.Outcome + ": " + f.Detail + "\n" + ProgramWriter.Standalone(f.Case))));
            // Most are checked; the rest have no usable point (a clamp whose value is one of its bounds, Clamp(x, x, x + 1), kinks
            // at every point): about a quarter of a sample, 20 to 29 % for seeds 17 to 19 since the loops family's stream changed.
            Assert.True(results.Count(r => r.Outcome == Outcome.Pass) >= results.Count * 0.7, Report.Table(results));
        }
    }
}
