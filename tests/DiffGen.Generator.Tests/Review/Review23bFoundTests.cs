using System;
using System.IO;
using System.Linq;
using System.Reflection;
using DiffGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>
    /// Review 23b's findings on the branch-test rule (DIFF010 at a comparison that cancels), with what stays right beside them.
    /// </summary>
    public sealed class Review23bFoundTests
    {
        private static string Source(string members) => LoopFreeCheck.Header + "public static partial class C\n{\n" + members + "\n}\n}\n";

        private static Type Compile(string members)
        {
            GeneratorRun run = GeneratorHarness.RunAndCompile(Source(members));
            using var image = new MemoryStream();
            Assert.True(run.Output.Emit(image).Success);
            return Assembly.Load(image.ToArray()).GetType("Review.C", throwOnError: true)!;
        }

        /// <summary>
        /// Was a finding, fixed in the same session (false positive): a comparison of an input less a constant fraction of itself (a price after a 20 % discount,
        /// 10 % of x, x/2 − x/4, a + b − 0.5·b, the float twin, an array element in a loop) is DIFF010, an error, though algebra
        /// only merges like terms (price − 0.2·price is 0.8·price): the method and the members part only within an ulp of the
        /// threshold or at an infinite input (∞ − ∞), as for any product the simplifier reorders, never at a finite input far from
        /// the threshold as x + 1 − x does at 10¹⁷. The rule's own exemption shows it: the same value in a local
        /// (double net = price − 0.2·price; if (net &gt; 100)) is accepted and right, and so is income − rate·income with a
        /// variable rate. Ordinary notebook code is declined.
        /// </summary>
        [Theory]
        [InlineData("[Differentiable] public static double F(double price) => price - 0.2 * price > 100 ? price : 2 * price;", 150.0)]
        [InlineData("[Differentiable] public static double F(double x) => x - 0.9 * x > 0.1 ? x * x : x;", 2.0)]
        [InlineData("[Differentiable] public static double F(double x) => x / 2 - x / 4 > 1 ? x : 2 * x;", 5.0)]
        [InlineData("[Differentiable] public static double F(double x) => 2 * x - 0.5 * x > 1 ? x : 2 * x;", 1.0)]
        [InlineData("[Differentiable] public static double F(double x, double y) => x + y - y * 0.5 > 1 ? x : y;", 1.5, 0.5)]
        [InlineData("[Differentiable] public static float F(float price) => price - 0.2f * price > 100f ? price : 2f * price;", 150.0)]
        [InlineData("[Differentiable] public static double F(double[] w) { double s = 0; for (int i = 0; i < w.Length; i++) if (w[i] - 0.5 * w[i] > 0.2) s += w[i] * w[i]; return s; }")]
        public void Merging_like_terms_in_a_comparison_is_not_declined(string members, params double[] point)
        {
            Assert.DoesNotContain(GeneratorHarness.Analyze(Source(members)), d => d.Id.StartsWith("DIFF", StringComparison.Ordinal));
            if (point.Length > 0)
            {
                LoopFreeCheck.Check(members, "F", point.Cast<object>().ToArray());
            }
        }

        /// <summary>What the finding's workaround and neighbours give: the value in a local, a variable rate. Accepted and right.</summary>
        [Theory]
        [InlineData("[Differentiable] public static double F(double price) { double net = price - 0.2 * price; return net > 100 ? price * price : 2 * price; }", 150.0, 0.0)]
        [InlineData("[Differentiable] public static double F(double income, double rate) => income - rate * income > 1000 ? income * rate : income;", 5000.0, 0.3)]
        [InlineData("[Differentiable] public static double F(double price) => 0.8 * price > 100 ? price * price : 2 * price;", 150.0, 0.0)]
        public void The_workarounds_are_accepted_and_right(string members, double a, double b)
        {
            object[] point = members.Contains("rate", StringComparison.Ordinal) ? new object[] { a, b } : new object[] { a };
            LoopFreeCheck.Check(members, "F", point);
        }

        /// <summary>A whole input that cancels (t in (a·t)/(b·t)) parts at a finite input, t = 0: DIFF010 there is right.</summary>
        [Fact]
        public void A_common_factor_that_cancels_is_DIFF010()
        {
            Diagnostic d = Assert.Single(GeneratorHarness.Analyze(Source("[Differentiable] public static double F(double a, double b, double t) => (a * t) / (b * t) > 1 ? a : b;")), x => x.Id.StartsWith("DIFF", StringComparison.Ordinal));
            Assert.Equal("DIFF010", d.Id);
        }

        /// <summary>
        /// Was a false negative: in a loop-free method, a comparison with a call of a [Differentiable] method was exempt, but the
        /// arithmetic around the call was still folded: G(x) + 1 − G(x) &gt; 0.5 was printed as true (f = x, dX = 1), so at x = 10⁹
        /// (G + 1 − G = 0) the method returned 2x with slope 2 and FGradient x and dX = 1, without a diagnostic. Since the fix the
        /// call counts as one input, and the part that folds to a constant is DIFF010 at the comparison.
        /// </summary>
        [Fact]
        public void A_comparison_with_a_callee_that_cancels_is_DIFF010()
        {
            string source = LoopFreeCheck.Header + "public static partial class C\n{\n[Differentiable] public static double G(double x) => x * x;\n[Differentiable] public static double F(double x) => G(x) + 1 - G(x) > 0.5 ? x : 2 * x;\n}\n}\n";
            Microsoft.CodeAnalysis.Diagnostic d = Assert.Single(GeneratorHarness.Analyze(source), x => x.Id.StartsWith("DIFF", StringComparison.Ordinal));
            Assert.Equal("DIFF010", d.Id);
            Assert.Equal("G(x) + 1 - G(x) > 0.5", d.Location.SourceTree!.GetText().ToString(d.Location.SourceSpan));
        }

        /// <summary>The same comparison in a method with loops is printed as written and takes the method's branch at x = 10⁹.</summary>
        [Fact]
        public void In_a_loop_the_callee_comparison_is_printed_as_written()
        {
            Type type = Compile("[Differentiable] public static double G(double x) => x * x;\n[Differentiable] public static double F(double[] w, double x) { double s = 0; for (int i = 0; i < w.Length; i++) { if (G(x) + 1 - G(x) > 0.5) s += w[i] * x; else s += 2 * w[i] * x; } return s; }");
            double[] w = { 1.0, 2.0 };
            double f = (double)type.GetMethod("F")!.Invoke(null, new object[] { w, 1e9 })!;
            double dX = (double)type.GetMethod("FPartialX")!.Invoke(null, new object[] { w, 1e9 })!;
            Assert.Equal(6e9, f);
            Assert.Equal(6.0, dX);
        }
    }
}
