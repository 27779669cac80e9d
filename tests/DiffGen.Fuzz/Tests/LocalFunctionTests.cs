using System.Linq;
using DiffGen.Fuzz.Programs;
using DiffGen.Fuzz.Running;
using Xunit;

namespace DiffGen.Fuzz.Tests
{
    /// <summary>
    /// The fuzzer moves a subexpression of F into a local function of one expression (declared first or after the
    /// return) in methods with and without loops, double and float; every program it writes compiles, and a short run of
    /// such methods passes against the oracle, which declares the same local function over dual numbers.
    /// </summary>
    public class LocalFunctionTests
    {
        [Fact]
        public void Local_functions_are_written_on_both_routes_and_their_derivatives_agree()
        {
            var withLocal = Fuzzer.Cases(500, seed: 23, family: "block").Concat(Fuzzer.Cases(500, seed: 23, family: "loops"))
                .Where(c => ProgramWriter.Standalone(c).Contains(" Lf(", System.StringComparison.Ordinal)).ToList();
            string[] sources = withLocal.Select(c => ProgramWriter.Standalone(c)).ToArray();
            Assert.Contains(sources, s => s.Contains("for (", System.StringComparison.Ordinal));
            Assert.Contains(sources, s => !s.Contains("for (", System.StringComparison.Ordinal));
            Assert.Contains(withLocal, c => c.Float);
            Assert.Contains(withLocal, c => c.Methods[0].Body[0] is LocalFunction);
            Assert.Contains(withLocal, c => c.Methods[0].Body[^1] is LocalFunction);

            var results = Fuzzer.Run(withLocal.Take(150).ToList(), seed: 23);
            var failures = results.Where(r => r.IsFailure).ToList();
            Assert.True(failures.Count == 0, string.Join("\n", failures.Take(3).Select(f => f.Outcome + ": " + f.Detail + "\n" + ProgramWriter.Standalone(f.Case))));
            Assert.True(results.Count(r => r.Outcome == Outcome.Pass) >= results.Count * 0.8, Report.Table(results));
        }
    }
}
