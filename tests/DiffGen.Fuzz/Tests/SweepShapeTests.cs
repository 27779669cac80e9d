using System;
using System.Linq;
using System.Text.RegularExpressions;
using DiffGen.Fuzz.Programs;
using DiffGen.Fuzz.Running;
using Xunit;

namespace DiffGen.Fuzz.Tests
{
    /// <summary>
    /// The shapes the twelfth session's numerics and finance sweeps made supported or diagnosed, each written by the fuzzer's
    /// generator (docs/reliability.md, "Shapes from the numerics and finance sweeps"): a function of a sum of kinked parts
    /// (block and branches, double and float), a floating-point value compared with itself (unsupported, without loops and in
    /// loops), and Holt–Winters' seasonal update (local arrays, each index local); (sixteenth session) a local array read and
    /// then overwritten by loops of the same pass of an outer loop (local arrays, each kind of overwriting loop). A short run of
    /// the methods holding each passes.
    /// </summary>
    public class SweepShapeTests
    {
        private const string ClampedParts = @"(double|float) len\d+ = global::System\.Math(F)?\.(Sqrt|Pow)\(";
        private const string SeasonalWrite = @"season\d+\[si\d+\] (=|\*=) ";
        private const string IterativeUpdate = @"for \(int it\d+ = 0; it\d+ < ";

        [Theory]
        [InlineData("block", ClampedParts)]
        [InlineData("branches", ClampedParts)]
        [InlineData("local arrays", SeasonalWrite)]
        [InlineData("local arrays", IterativeUpdate)]
        public void The_fuzzer_writes_the_shape_and_its_derivatives_agree(string family, string pattern)
        {
            var written = Fuzzer.Cases(600, seed: 42, family: family).Where(c => Regex.IsMatch(ProgramWriter.Standalone(c), pattern, RegexOptions.Multiline)).ToList();
            Assert.True(written.Count >= 30, "only " + written.Count + " " + family + " methods with " + pattern);
            Assert.Contains(written, c => c.Float);
            Assert.Contains(written, c => !c.Float);

            var results = Fuzzer.Run(written.Take(60).ToList(), seed: 42); // 60: the share tested is a statistic of random methods, steadier over more of them
            var failures = results.Where(r => r.IsFailure).ToList();
            Assert.True(failures.Count == 0, string.Join("\n", failures.Take(3).Select(f => f.Outcome + ": " + f.Detail + "\n" + ProgramWriter.Standalone(f.Case))));
            // Most are tested: a method of clamped parts may leave no point where its square roots and powers are finite and well
            // conditioned (75–80 % of the branches family's are tested, by the stream of random draws the family makes).
            Assert.True(results.Count(r => r.Outcome == Outcome.Pass) >= results.Count * 0.7, Report.Table(results));
        }

        [Theory]
        [InlineData(@"Math(F)?\.Max\(q\d+, 0\.0f?\)")]
        [InlineData(@"Math(F)?\.Max\(0\.0f?, q\d+\)")]
        [InlineData(@"\(q\d+ > 0\.0f? \? q\d+ : 0\.0f?\)")]
        [InlineData(@"Math\.Clamp\(q\d+, 0\.0f?, 8\.0f?\)")]
        [InlineData(@"len\d+ = [^\n]*\+ [^\n]*\+ ")]
        [InlineData(@"Math(F)?\.Pow\(")]
        [InlineData(@"Math(F)?\.Min\(global::System\.Math(F)?\.Max\(q\d+, q\d+\), 0\.0f?\)")]
        [InlineData(@"Clamp0\(q\d+\)")]
        [InlineData(@"Clamp0\((double|float) u\) => global::System\.Math(F)?\.Max\(u, 0\.0f?\);")]
        [InlineData(@"Clamp0\((double|float) u\) => \(?u > 0\.0f? \? u : 0\.0f?\)?;")]
        public void Each_kind_of_kinked_part_is_written(string pattern)
        {
            var sources = Fuzzer.Cases(600, seed: 42, family: "block").Concat(Fuzzer.Cases(600, seed: 42, family: "branches"))
                .Select(c => ProgramWriter.Standalone(c)).Where(t => Regex.IsMatch(t, ClampedParts, RegexOptions.Multiline));
            Assert.Contains(sources, t => Regex.IsMatch(t, pattern, RegexOptions.Multiline));
        }

        [Theory]
        [InlineData(@"u\d+\[k\d+\] = 0\.5f? \* u\d+\[k\d+\] \+ 0\.1f? \* global::System\.Math(F)?\.Tanh\(e\d+\)")]
        [InlineData(@"u\d+\[k\d+\] \*= 1f? \+ 0\.1f? \* global::System\.Math(F)?\.Tanh\(e\d+\)")]
        [InlineData(@"u\d+\[k\d+\] -= 0\.05f? \* u\d+\[k\d+\]")]
        [InlineData(@"for \(int k\d+ = u\d+\.Length - 1; k\d+ >= 0; k\d+--\)")]
        [InlineData(@"for \(int k\d+ = j\d+ \+ 1; k\d+ < u\d+\.Length; k\d+\+\+\)")]
        [InlineData(@"(double|float) first\d+ = u\d+\[0\];")]
        [InlineData(@"u\d+\[0\] = 0\.5f? \* u\d+\[0\] \+ 0\.25f? \* first\d+;")]
        [InlineData(@"\(u\d+, next\d+\) = \(next\d+, u\d+\);")]
        [InlineData(@"\[\] tmp\d+ = u\d+;\s*u\d+ = next\d+;\s*next\d+ = tmp\d+;")]
        public void Each_kind_of_overwriting_loop_is_written(string pattern)
        {
            var sources = Fuzzer.Cases(600, seed: 42, family: "local arrays").Select(c => ProgramWriter.Standalone(c))
                .Where(t => Regex.IsMatch(t, IterativeUpdate, RegexOptions.Multiline));
            Assert.Contains(sources, t => Regex.IsMatch(t, pattern, RegexOptions.Multiline));
        }

        [Theory]
        [InlineData(@"int si\d+ = t\d+ % period\d+;")]
        [InlineData(@"int si\d+ = \(t\d+ \+ \d\) % period\d+;")]
        [InlineData(@"int phase\d+ = t\d+ \+ \d;\s*int si\d+ = phase\d+ % period\d+;")]
        [InlineData(@"int si\d+ = t\d+ / 2;")]
        [InlineData(@"(double|float) old\d+ = season\d+\[si\d+\];")]
        [InlineData(@"season\d+\[si\d+\] = [^\n]*\n\s*hw\d+ \+= season\d+\[si\d+\]")]
        [InlineData(@"season\d+\[si\d+\] \+= ")]
        [InlineData(@"stackalloc (double|float)\[[^\n]*\n\s*for \(int k\d+ = 0; k\d+ < [^\n]*\n\s*\{\s*season")]
        public void Each_variation_of_the_seasonal_update_is_written(string pattern)
        {
            var sources = Fuzzer.Cases(600, seed: 42, family: "local arrays").Select(c => ProgramWriter.Standalone(c));
            Assert.Contains(sources, t => Regex.IsMatch(t, pattern, RegexOptions.Multiline));
        }

        [Fact]
        public void The_unsupported_family_compares_values_with_themselves_with_and_without_loops_and_gets_DIFF010()
        {
            var selfComparisons = Fuzzer.Cases(300, seed: 42, family: "unsupported")
                .Where(c => c.Unsupported is { } u && Regex.IsMatch(u.Text, @"^(\S.*) (!=|==|>=|<=) \1$")).ToList();
            Assert.True(selfComparisons.Count >= 40, "only " + selfComparisons.Count + " self-comparisons");
            Assert.All(selfComparisons, c => Assert.Equal("DIFF010", c.Unsupported!.DiagnosticId));
            Assert.Contains(selfComparisons, c => ProgramWriter.Standalone(c).Contains("for (int i = 0;", StringComparison.Ordinal));
            Assert.Contains(selfComparisons, c => !ProgramWriter.Standalone(c).Contains("for (", StringComparison.Ordinal));
            foreach (string op in new[] { "!=", "==", ">=", "<=" })
            {
                Assert.Contains(selfComparisons, c => c.Unsupported!.Text.Contains(" " + op + " ", StringComparison.Ordinal));
            }

            var results = Fuzzer.Run(selfComparisons.Take(60).ToList(), seed: 42);
            var failures = results.Where(r => r.Outcome != Outcome.Pass).ToList();
            Assert.True(failures.Count == 0, string.Join("\n", failures.Take(3).Select(f => f.Outcome + ": " + f.Detail + "\n" + ProgramWriter.Standalone(f.Case))));
        }
    }
}
