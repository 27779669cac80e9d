using System;
using System.Linq;
using DiffGen.Fuzz.Programs;
using DiffGen.Fuzz.Running;
using Xunit;

namespace DiffGen.Fuzz.Tests
{
    /// <summary>
    /// The constructs the ninth session's notebook sweep lifted, each written by the generator of the fuzzer (a construct
    /// enters docs/supported.md and the fuzzer together): labels kept in a double[] read as (int)lab[i] (arrays family),
    /// Math.FusedMultiplyAdd (every family's expressions), tuples taken apart ((a, b) = (e1, e2) and var (a, b) = ..., block
    /// and branches families; a coupled recurrence in the loops family), the switch statement on a number (block and
    /// branches families), and (thirteenth session) a for loop with a floating-point counter in its header (loops family) an index kept in
    /// range by Math.Clamp of integers (arrays family), and a loop that only an if guards (loops family); (fifteenth session)
    /// loops inside an if with an else, loops after if (...) continue; and if (...) break;, and a method that ends with a
    /// while (true) loop that returns (loops family); (sixteenth session) a call passing arrays inside an if, and inside an if or
    /// after if (...) continue; in a loop's body, and a running index stepped where it is read, x[k++] and x[--k] (arrays family).
    /// A short run of each passes against the oracle.
    /// </summary>
    public class NotebookConstructTests
    {
        [Theory]
        [InlineData("arrays", "(int)lab[")]
        [InlineData("expression", "FusedMultiplyAdd(")]
        [InlineData("block", ") = (")]
        [InlineData("branches", "switch (")]
        [InlineData("loops", ") = (")]
        [InlineData("loops", "for (double t")]
        [InlineData("arrays", "w[Math.Clamp(", 3000)]
        [InlineData("loops", "if (x > 0.375")]
        [InlineData("loops", "{\n                return ")]
        [InlineData("arrays", "{\n                return ")]
        [InlineData("loops", "{\n                    return ")]
        [InlineData("loops", "1.75)\n            {\n                return ")]
        [InlineData("loops", "continue;\n                }\n                double t")]
        [InlineData("loops", "break;\n                }\n                double t")]
        [InlineData("loops", "else\n            {\n                for (int j")]
        [InlineData("loops", "while (true)")]
        [InlineData("arrays", "(w, x) * b;")]
        [InlineData("arrays", "(w, x) * 1.5")]
        [InlineData("arrays", "++]")]
        [InlineData("arrays", "[--k")]
        public void The_fuzzer_writes_the_construct_and_its_derivatives_agree(string family, string construct, int drawn = 1500)
        {
            // drawn: how many methods of the family to draw for five that hold the construct (a rare one needs more).
            var written = Fuzzer.Cases(drawn, seed: 42, family: family).Where(c => ProgramWriter.Standalone(c).Contains(construct, StringComparison.Ordinal)).ToList();
            Assert.True(written.Count >= 5, "only " + written.Count + " " + family + " methods with " + construct);

            var results = Fuzzer.Run(written.Take(40).ToList(), seed: 42);
            var failures = results.Where(r => r.IsFailure).ToList();
            Assert.True(failures.Count == 0, string.Join("\n", failures.Take(3).Select(f => f.Outcome + ": " + f.Detail + "\n" + ProgramWriter.Standalone(f.Case))));
            Assert.True(results.Count(r => r.Outcome == Outcome.Pass) >= results.Count * 0.7, Report.Table(results));
        }
    }
}
