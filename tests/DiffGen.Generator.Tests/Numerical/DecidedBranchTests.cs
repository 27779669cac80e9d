using System;
using System.Linq;
using DiffGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace DiffGen.Generator.Tests.Numerical
{
    /// <summary>
    /// Branches whose test algebra decides or folds an input out of, on either route: DIFF010 at the comparison, as for a
    /// guard's (but like terms merged, read as algebra writes them). The generated members print the test as algebra reads it,
    /// so they would take another branch than the method wherever IEEE arithmetic and algebra part: at an infinite or NaN input (y − (y − e) &gt; 1 is NaN &gt; 1 at y = ∞, false;
    /// algebra says e &gt; 1, true), and at finite inputs too, where rounding cancels (x + 1 − x &gt; 0.5 at x = 10¹⁷ is 0 &gt; 0.5,
    /// false; algebra says 1 &gt; 0.5). The partial there would be the other branch's, without a diagnostic. Before the
    /// twenty-third session these were accepted (the differential fuzzer wrote the first four, which the branch catalog kept).
    /// </summary>
    public sealed class DecidedBranchTests
    {
        private const string Loop = "    double acc = 0;\n    for (int i = 0; i < w.Length; i++) acc += w[i] * x;\n";

        [Theory]
        [InlineData("[Differentiable] public static double F(double x, double y)\n{\n    if (y - (Math.PI + y) >= 0.25)\n    {\n        x = 10 + y;\n    }\n\n    return x;\n}", "y - (Math.PI + y) >= 0.25")]
        [InlineData("[Differentiable] public static double F(double x, double y)\n{\n    double s = x * y;\n    if (y - (y - Math.E) > 1)\n    {\n        s = 10 * s;\n    }\n\n    return s;\n}", "y - (y - Math.E) > 1")]
        [InlineData("[Differentiable] public static double F(double x, double y)\n{\n    double s = x * y;\n    return s * 1 >= s ? s : Math.Exp(s);\n}", "s * 1 >= s")]
        [InlineData("[Differentiable] public static float F(float x, float y)\n{\n    if (y - (y - MathF.E) > 1)\n    {\n        x = 10 * x;\n    }\n\n    return x;\n}", "y - (y - MathF.E) > 1")]
        [InlineData("[Differentiable] public static double F(double x)\n{\n    if (x + 1 - x > 0.5)\n    {\n        return x;\n    }\n\n    return 2 * x;\n}", "x + 1 - x > 0.5")]
        [InlineData("[Differentiable] public static double F(double x, double sigma)\n{\n    if (x * 0 + sigma <= 0) return 0;\n    return x * x / sigma;\n}", "x * 0 + sigma <= 0")]
        [InlineData("[Differentiable] public static double F(double x, double sigma) => x * 0 + sigma <= 0 ? x : x * x;", "x * 0 + sigma <= 0")]
        [InlineData("[Differentiable] public static double F(double[] w, double x)\n{\n" + Loop + "    if (x * 0 + x > 10) acc = 0;\n    return acc;\n}", "x * 0 + x > 10")]
        [InlineData("[Differentiable] public static double F(double[] w, double x)\n{\n    double s = 0;\n    for (int i = 0; i < w.Length; i++)\n    {\n        s += x * w[i] / w[i] > 1 ? w[i] : w[i] * x;\n    }\n\n    return s;\n}", "x * w[i] / w[i] > 1")]
        [InlineData("[Differentiable] public static double F(double[] w, double x)\n{\n    double s = 0;\n    int k = 0;\n    while (k < w.Length && x - x + w[k] < 3)\n    {\n        s += w[k] * x;\n        k++;\n    }\n\n    return s;\n}", "x - x + w[k] < 3")]
        public void A_branch_test_algebra_decides_or_folds_an_input_out_of_is_DIFF010_at_the_comparison(string members, string comparison)
        {
            string source = LoopFreeCheck.Header + "public static partial class C\n{\n" + members + "\n}\n}\n";
            Diagnostic diagnostic = Assert.Single(GeneratorHarness.Analyze(source), d => d.Id.StartsWith("DIFF", StringComparison.Ordinal));
            Assert.Equal("DIFF010", diagnostic.Id);
            Assert.Equal(comparison, diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan));
            Assert.Contains("'" + comparison + "'", diagnostic.GetMessage(), StringComparison.Ordinal);
            Assert.Contains("would not take the branch the method takes", diagnostic.GetMessage(), StringComparison.Ordinal);

            GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.Compile(source));
            Assert.DoesNotContain(run.Output.SyntaxTrees, t => t.ToString().Contains("FGradient", StringComparison.Ordinal));
        }

        /// <summary>
        /// What is not reported: a comparison of locals (they hold what the source computes, and the test reads them: t = s − y
        /// is printed so), ordinary comparisons, a test algebra does not decide (x·x ≥ 0 is kept as written), and like terms
        /// merged (price − 0.2·price is 0.8·price, 2·x − x is x: the two agree but within a rounding of the threshold, or at an
        /// infinite input).
        /// </summary>
        [Theory]
        [InlineData("[Differentiable] public static double F(double x, double y) => x - 0.2 * x > 1 ? x * y : y;", 1.5, 0.5)]
        [InlineData("[Differentiable] public static double F(double x, double y) => 2 * x - x > 10 ? x * y : y;", 1.5, 0.5)]
        [InlineData("[Differentiable] public static double F(double x, double y)\n{\n    double s = x + y;\n    double t = s - y;\n    if (t > 0) return t * x;\n    return x;\n}", 1.5, 0.5)]
        [InlineData("[Differentiable] public static double F(double x, double y) => x - y > 0 && x * 0.5 < 3 ? x * y : y;", 1.5, 0.5)]
        [InlineData("[Differentiable] public static double F(double x, double y) => x * x >= 0 ? x * y : y;", 1.5, 0.5)]
        [InlineData("[Differentiable] public static double F(double x, double y)\n{\n    if (y - x > 0.25) return x * x;\n    return x + y;\n}", 0.3, 2.0)]
        public void Comparisons_read_as_written_are_not_reported(string members, double x, double y)
        {
            string generated = LoopFreeCheck.Check(members, "F", new object[] { x, y }, new object[] { y, x });
            Assert.Contains("FGradient", generated, StringComparison.Ordinal);
        }
    }
}
