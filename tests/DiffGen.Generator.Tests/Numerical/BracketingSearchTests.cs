using System;
using DiffGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace DiffGen.Generator.Tests.Numerical
{
    /// <summary>
    /// A bracketing search (bisection, golden section) whose result also reads the parameters by arithmetic: its derivative is
    /// the path's, not the root's, so DIFF012 stands at the test that chooses which end moves. Searches that carry the root's
    /// derivative (a new end computed from the function's value; a Newton step after the loop; the optimum's value returned)
    /// are not warned of. The iterative sweep (<see cref="Review.IterativeSweep24Tests"/>) has many more; these are the edges.
    /// </summary>
    public sealed class BracketingSearchTests
    {
        private static string Source(string members) => LoopFreeCheck.Header + "public static partial class C\n{\n" + members + "\n}\n}\n";

        private const string Bisect = "    double lo = 0, hi = 2 + p;\n    for (int i = 0; i < 50; i++)\n    {\n        double mid = 0.5 * (lo + hi);\n";

        [Theory]
        [InlineData("[Differentiable] public static double F(double p)\n{\n" + Bisect + "        if (mid * mid - p > 0) hi = mid; else lo = mid;\n    }\n\n    return 0.5 * (lo + hi) + p;\n}", "mid * mid - p > 0")]
        [InlineData("[Differentiable] public static double F(double p)\n{\n" + Bisect + "        double f = mid * mid - p;\n        hi = f > 0 ? mid : hi;\n        lo = f > 0 ? lo : mid;\n    }\n\n    return p * lo;\n}", "f > 0")]
        [InlineData("[Differentiable] public static double F(double p)\n{\n" + Bisect + "        int above = mid * mid - p > 0 ? 1 : 0;\n        if (above == 1) hi = mid; else lo = mid;\n    }\n\n    return hi;\n}", "mid * mid - p > 0")]
        [InlineData("[Differentiable] public static double F(double a)\n{\n    double lo = a - 3, hi = a + 3, g = 0.618;\n    for (int i = 0; i < 60; i++)\n    {\n        double c = hi - g * (hi - lo), d = lo + g * (hi - lo);\n        double fc = (c - a) * (c - a) + Math.Cosh(c), fd = (d - a) * (d - a) + Math.Cosh(d);\n        if (fc < fd) hi = d; else lo = c;\n    }\n\n    double x = 0.5 * (lo + hi);\n    return (x - a) * (x - a) + Math.Cosh(x) + x;\n}", "fc < fd")]
        public void A_bracketing_search_is_warned_of_at_its_test(string members, string comparison)
        {
            string source = Source(members);
            Diagnostic warning = Assert.Single(GeneratorHarness.Analyze(source), d => d.Id.StartsWith("DIFF", StringComparison.Ordinal));
            Assert.Equal("DIFF012", warning.Id);
            Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
            Assert.Equal(comparison, warning.Location.SourceTree!.GetText().ToString(warning.Location.SourceSpan));
            Assert.Contains("chooses which end of a bracket moves", warning.GetMessage(), StringComparison.Ordinal);
            Assert.Contains(GeneratorHarness.RunAndCompile(source).Output.SyntaxTrees, t => t.ToString().Contains("FGradient", StringComparison.Ordinal));
        }

        [Theory]
        // Newton's step after the search.
        [InlineData("[Differentiable] public static double F(double p)\n{\n" + Bisect + "        if (mid * mid - p > 0) hi = mid; else lo = mid;\n    }\n\n    double x = 0.5 * (lo + hi);\n    x -= (x * x - p) / (2 * x);\n    return x;\n}")]
        // Regula falsi: the new end reads the function's values.
        [InlineData("[Differentiable] public static double F(double p)\n{\n    double lo = 0, hi = 3, flo = -p, fhi = 9 - p, x = 0;\n    for (int i = 0; i < 100; i++)\n    {\n        x = hi - fhi * (hi - lo) / (fhi - flo);\n        double fx = x * x - p;\n        if (fx > 0) { hi = x; fhi = fx; } else { lo = x; flo = fx; }\n    }\n\n    return x;\n}")]
        // The minimum's value, the objective of the test written again at the point found.
        [InlineData("[Differentiable] public static double F(double a)\n{\n    double lo = a - 3, hi = a + 3, g = 0.618;\n    for (int i = 0; i < 60; i++)\n    {\n        double c = hi - g * (hi - lo), d = lo + g * (hi - lo);\n        double fc = (c - a) * (c - a) + Math.Cosh(c), fd = (d - a) * (d - a) + Math.Cosh(d);\n        if (fc < fd) hi = d; else lo = c;\n    }\n\n    double x = 0.5 * (lo + hi);\n    return (x - a) * (x - a) + Math.Cosh(x);\n}")]
        // The same, the objective a method of its own: the test calls it at the two points, the method returns it at the point found.
        [InlineData("[Differentiable] public static double Obj(double c, double a) => (c - a) * (c - a) + Math.Cosh(c);\n\n[Differentiable] public static double F(double a)\n{\n    double lo = a - 3, hi = a + 3, g = 0.618;\n    for (int i = 0; i < 60; i++)\n    {\n        double c = hi - g * (hi - lo), d = lo + g * (hi - lo);\n        double fc = Obj(c, a), fd = Obj(d, a);\n        if (fc < fd) hi = d; else lo = c;\n    }\n\n    double x = 0.5 * (lo + hi);\n    return Obj(x, a);\n}")]
        // One-sided updates (a bounce, a running maximum) are no bracket.
        [InlineData("[Differentiable] public static double F(double v0, double g)\n{\n    double x = 1, v = v0;\n    for (int i = 0; i < 100; i++)\n    {\n        v -= g * 0.01;\n        x += v * 0.01;\n        if (x < 0) { x = -x; v = -0.9 * v; }\n    }\n\n    return x;\n}")]
        public void A_search_that_carries_the_roots_derivative_is_not_warned_of(string members)
        {
            Assert.DoesNotContain(GeneratorHarness.Analyze(Source(members)), d => d.Id.StartsWith("DIFF", StringComparison.Ordinal));
        }
    }
}
