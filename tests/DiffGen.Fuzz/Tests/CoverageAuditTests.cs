using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using DiffGen.Fuzz.Programs;
using DiffGen.Fuzz.Running;
using Xunit;

namespace DiffGen.Fuzz.Tests
{
    /// <summary>
    /// The constructs docs/supported.md calls supported that the fuzzer did not write before the ninth session's audit
    /// (docs/reliability.md, "Fuzzer coverage audit"): each is written by its family now, and a short run of the methods
    /// holding them passes against the oracle. A construct that leaves the generator fails its test here.
    /// </summary>
    public class CoverageAuditTests
    {
        /// <summary>Each construct, by a pattern of the source the generator reads.</summary>
        private static readonly (string Construct, string Family, string Pattern)[] Constructs =
        {
            ("prefix ++t / --t", "block", @"^\s*(\+\+|--)\w+;$"),
            ("if without braces", "branches", @"\bif \(.*\)\n\s*(?!\{)\S"),
            ("the empty statement ;", "block", @"^\s*;$"),
            ("== or != in a test", "branches", @"\b\w+ (==|!=) "),
            ("& or | on bools", "branches", @"\) (&|\|) \("),
            ("a long, short or sbyte parameter", "block", @"(long|short|sbyte) n\b"),
            ("a ref struct", "members", @"ref partial struct"),
            ("a const int", "loops", @"const int m\d+ = "),
            ("an array field", "loops", @"static readonly (double|float)\[\] Table\d+"),
            ("foreach over an array field", "loops", @"foreach \((double|float) v\d+ in Table\d+\)"),
            ("an integer switch expression", "loops", @"int wt\d+ = \(\(.*\) switch \{"),
            ("?: on integers", "loops", @"int wt\d+ = \(.* \? "),
            ("Math.Min/Max/Abs of integers", "loops", @"int wt\d+ = Math\.(Min|Max|Abs)\("),
            ("a ReadOnlySpan<int> parameter", "arrays", @"ReadOnlySpan<int> idx"),
            ("foreach over an int[]", "arrays", @"foreach \(int k\d+ in idx\)"),
            ("an int[] element as a loop bound", "arrays", @"< idx\[i\d*\]; "),
            ("an int[] element in a test", "arrays", @"if \(idx\[i\d*\] (==|!=|>) "),
            ("an int[] element as a factor", "arrays", @"[*+-] idx\[i\d*\]|idx\[i\d*\] [*+-]"),
            ("an index from the end of an int[]", "arrays", @"idx\[\^1\]"),
            ("an int local function as an index", "arrays", @"int Prev\(int k\) => "),
            ("Math.Min of integers as an index", "arrays", @"w\[Math\.Min\("),
            ("a parameter assigned in a loop", "loops", @"^\s*[xy] (\*=|\+=) "),
            ("an element written from the end", "local arrays", @"h\[\^\(i\d+ \+ 1\)\] = "),
            ("a collection expression", "local arrays", @"\[\] c = \["),
            ("stackalloc with an initializer", "local arrays", @"stackalloc (double|float)\[\] \{"),
            ("elements computed from the parameters", "local arrays", @"\[\] c = (new (double|float)\[\] )?\{ [^}]*[a-z]\w*\b(?<!f)[^}]*\}|\] c = \[[^\]]*[a-z]"),
            ("an int[] given its elements", "local arrays", @"int\[\] order = \{"),
            ("foreach over a local int[]", "local arrays", @"foreach \(int k\d+ in order\)"),
            ("a static local function", "block", @"static (double|float) L[fg]\("),
            ("a local function calling another", "block", @" Lf\(.*\) => .*Lg\("),
            ("a local function returning bool", "branches", @"bool Lp\((double|float) v\) => "),
            ("an internal method", "block", @"^\s*internal (static )?(double|float) F\("),
            ("a call through a field", "members", @"this\.layer\.LayerG\("),
            ("a unary plus", "expression", @"(^|\(|[,=] |[-+*/] )\+[\w(]"),

            // The tenth session's (docs/reliability.md, "Closing the audit's gaps").
            ("a generic enclosing type", "members", @"partial (class|struct|record|record struct) Case\d+<T>"),
            ("a partial method with the attribute on its declaration", "block", @"Differentiable[^\n]*\]\n\s*\w+ (static )?partial (double|float) F\([^\n]*\);$"),
            ("a partial method with the attribute on its implementation", "block", @"Differentiable[^\n]*\]\n\s*\w+ (static )?partial (double|float) F\([^\n]*\)( =>.*)?$"),
            ("a private method", "block", @"^\s*private (static )?(partial )?(double|float) F\("),
            ("a protected method", "members", @"^\s*protected (static )?(partial )?(double|float) F\("),
            ("a float parameter in a double method", "block", @"double F\([^\n]*float p\b"),
            ("a float parameter in a double method with loops", "loops", @"double F\([^\n]*float p\b"),
            ("a double parameter in a float method with loops", "loops", @"float F\([^\n]*double q\b[^\n]*\)(?s:.*)\(float\)q\b"),
            ("a float[] of data in a double method", "arrays", @"double F\([^\n]*float\[\] d\b"),
            ("a double[,] field", "loops", @"static readonly (double|float)\[,\] Grid\d+ = "),
            ("a double[][] auto-property", "loops", @"static (double|float)\[\]\[\] Grid\d+ \{ get; \}"),
            ("a long[] (short[], byte[], uint[]) parameter", "arrays", @"(long|short|byte|uint)\[\] idx"),
            ("a switch proven exhaustive without _", "loops", @"switch \{ (?:(?!_ =>)[^{}])*\}"),
            ("an int local function as a loop bound", "loops", @"int Upto\(int k\) => (?s:.*) < Upto\("),

            // The twenty-sixth session's: infinities the method writes as constants.
            ("a +∞ border of a recurrence's table", "infinities", @"\] = (double|float)\.PositiveInfinity;"),
            ("a masked score at −∞ scaled before Math.Exp", "infinities", @"\? -(double|float)\.PositiveInfinity : w\["),
            ("an infinite constant divided by a positive expression", "infinities", @"= -inf\d+ / "),
        };

        [Fact]
        public void Every_construct_of_the_audit_is_written()
        {
            var sources = new Dictionary<string, string[]>();
            var missing = new List<string>();
            foreach (var (construct, family, pattern) in Constructs)
            {
                if (!sources.TryGetValue(family, out string[]? texts))
                {
                    texts = Fuzzer.Cases(1500, seed: 61, family: family).Select(c => ProgramWriter.Standalone(c)).ToArray();
                    sources[family] = texts;
                }

                if (!texts.Any(t => Regex.IsMatch(t, pattern, RegexOptions.Multiline)))
                {
                    missing.Add(construct + " (" + family + ")");
                }
            }

            Assert.True(missing.Count == 0, "Not written: " + string.Join(", ", missing));
        }

        [Theory]
        [InlineData("block")]
        [InlineData("branches")]
        [InlineData("loops")]
        [InlineData("arrays")]
        [InlineData("local arrays")]
        [InlineData("members")]
        [InlineData("infinities")]
        public void Methods_with_the_audits_constructs_agree_with_the_oracle(string family)
        {
            var patterns = Constructs.Where(c => c.Family == family || (family == "branches" && c.Family == "block")).Select(c => c.Pattern).ToArray();
            var holding = Fuzzer.Cases(600, seed: 62, family: family)
                .Where(c => patterns.Any(p => Regex.IsMatch(ProgramWriter.Standalone(c), p, RegexOptions.Multiline)))
                .Take(40).ToList();
            Assert.True(holding.Count >= 20, holding.Count + " methods hold a construct of the audit");
            var results = Fuzzer.Run(holding, seed: 62);
            var failures = results.Where(r => r.IsFailure).ToList();
            Assert.True(failures.Count == 0, string.Join("\n", failures.Take(3).Select(f => f.Outcome + ": " + f.Detail + "\n" + ProgramWriter.Standalone(f.Case))));
            Assert.True(results.Count(r => r.Outcome == Outcome.Pass) >= results.Count * 0.8, Report.Table(results));
        }
    }
}
