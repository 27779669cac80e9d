using System;
using System.Linq;
using DiffGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>
    /// Review 23b of the branch tests algebra decides or folds an input out of (DIFF010 at the comparison since the
    /// twenty-third session): the ordinary loop-free tests a data scientist writes (tolerances, thresholds, z-scores, time
    /// steps, Huber, hinge, ReLU, relative errors, growth, probabilities, lerps) are not reported and are right; the tests the
    /// rule is for (a value that cancels in the comparison itself) are reported at the comparison, in ifs, ?:, bool locals, !,
    /// float twins and loop conditions.
    /// </summary>
    public sealed class Review23bBranchTests
    {
        private static string Source(string members) => LoopFreeCheck.Header + "public static partial class C\n{\n" + members + "\n}\n}\n";

        [Theory]
        [InlineData("[Differentiable] public static double F(double w, double b, double x, double y) { double r = w * x + b - y; return Math.Abs(r) <= 1.0 ? 0.5 * r * r : Math.Abs(r) - 0.5; }", new[] { 0.7, 0.2, 1.3, 0.4 }, new[] { 2.0, 0.5, 1.5, -1.0 })]
        [InlineData("[Differentiable] public static double F(double w, double x, double y) => Math.Abs(w * x - y) <= 1.0 ? 0.5 * (w * x - y) * (w * x - y) : Math.Abs(w * x - y) - 0.5;", new[] { 0.7, 1.3, 0.4 }, new[] { 2.0, 1.5, -1.0 })]
        [InlineData("[Differentiable] public static double F(double w, double x, double y) => 1 - y * w * x > 0 ? 1 - y * w * x : 0;", new[] { 0.3, 1.2, 1.0 }, new[] { 1.5, 1.2, 1.0 })]
        [InlineData("[Differentiable] public static double F(double x) => x > 0 ? x : 0.01 * x;", new[] { 0.7 }, new[] { -1.3 })]
        [InlineData("[Differentiable] public static double F(double x, double mean, double sd) { if (x - mean > 2 * sd) return mean + 2 * sd; return x; }", new[] { 5.0, 1.0, 1.0 }, new[] { 1.5, 1.0, 1.0 })]
        [InlineData("[Differentiable] public static double F(double t, double t0, double dt) { if (t - t0 >= dt) return t0 + dt; return t; }", new[] { 3.0, 1.0, 0.5 }, new[] { 1.2, 1.0, 0.5 })]
        [InlineData("[Differentiable] public static double F(double x, double y) { if (Math.Abs(x - y) <= 1e-9 * Math.Max(Math.Abs(x), Math.Abs(y))) return x; return x * y; }", new[] { 1.5, 0.5 }, new[] { -0.5, 2.0 })]
        [InlineData("[Differentiable] public static double F(double x, double prev) { if ((x - prev) / prev > 0.05) return x; return prev; }", new[] { 1.5, 1.0 }, new[] { 1.01, 1.0 })]
        [InlineData("[Differentiable] public static double F(double x, double y) { if ((x + y) / 2 - y > 0) return x * y; return x + y; }", new[] { 1.5, 0.5 }, new[] { 0.5, 1.5 })]
        [InlineData("[Differentiable] public static double F(double x, double lo, double hi) { if ((lo + hi) / 2 - lo < 0.1) return x * lo; return x * x * hi; }", new[] { 1.5, 0.5, 0.55 }, new[] { 1.5, 0.5, 2.0 })]
        [InlineData("[Differentiable] public static double F(double x, double a, double b) => (x - a) / (b - a) > 0.5 ? x : a;", new[] { 1.5, 0.0, 2.0 }, new[] { 0.5, 0.0, 2.0 })]
        [InlineData("[Differentiable] public static double F(double x) => x * 2 / 2 > 1 ? x : x * x;", new[] { 1.5 }, new[] { 0.5 })]
        [InlineData("[Differentiable] public static double F(double x) => -(-x) > 1 ? x : x * x;", new[] { 1.5 }, new[] { 0.5 })]
        [InlineData("[Differentiable] public static double F(double x) => x * 1 + 0 > 1 ? x : x * x;", new[] { 1.5 }, new[] { 0.5 })]
        [InlineData("[Differentiable] public static double F(double x) => Math.Sqrt(x * x + 1) >= 1.5 ? x : x * x;", new[] { 1.5 }, new[] { 0.5 })]
        [InlineData("[Differentiable] public static double F(double x) => (x - 1) * (x - 1) - x * x + 2 * x > 0.5 ? x : 2 * x;", new[] { 1.5 }, new[] { 0.5 })]
        [InlineData("[Differentiable] public static double F(double x, double step) { if (x + step == x) return x; return x + step * x; }", new[] { 1.5, 0.5 }, new[] { 0.5, 1.5 })]
        [InlineData("[Differentiable] public static double F(double p, double g) => p * (1 + g) - p > 10 ? p * g : p;", new[] { 100.0, 0.5 }, new[] { 10.0, 0.1 })]
        [InlineData("[Differentiable] public static double F(double p, double q) => 1 - (1 - p) * (1 - q) > 0.9 ? p * q : p + q;", new[] { 0.9, 0.95 }, new[] { 0.2, 0.3 })]
        [InlineData("[Differentiable] public static double F(double x, double y, double t) => x * (1 - t) + y * t - x > 0 ? t * y : x * t;", new[] { 1.0, 2.0, 0.3 }, new[] { 2.0, 1.0, 0.3 })]
        [InlineData("[Differentiable] public static double F(double x, double y) => (x * x + y * y) / 2 - (x + y) / 2 * ((x + y) / 2) > 1e-12 ? (x - y) * (x - y) : x;", new[] { 1.0, 2.0 }, new[] { 0.5, -1.0 })]
        [InlineData("[Differentiable] public static double F(double p) => 1 - (1 - p) > 0.5 ? p * p : 1 - p;", new[] { 0.7 }, new[] { 0.2 })]
        [InlineData("[Differentiable] public static double F(double x) => (x + 1) * (x + 1) - x * x > 3 ? x : 2 * x * x;", new[] { 1.5 }, new[] { 0.5 })]
        [InlineData("[Differentiable] public static double F(double w, double lr) { double g = 2 * (w - 3); double w1 = w - lr * g; return (w1 - 3) * (w1 - 3) - (w - 3) * (w - 3) < 0 ? w1 * lr : w; }", new[] { 1.0, 0.1 }, new[] { 1.0, 1.5 })]
        [InlineData("[Differentiable] public static double F(double w, double b, double x, double y) => Math.Abs(y - (w * x + b)) > 1 ? w * x : b * y;", new[] { 2.0, 0.5, 1.0, 0.2 }, new[] { 0.3, 0.1, 1.0, 0.5 })]
        [InlineData("[Differentiable] public static double F(double a, double b) => a / (a + b) + b / (a + b) > 0.5 ? a * b : b;", new[] { 1.0, 2.0 }, new[] { 0.5, 1.5 })]
        [InlineData("[Differentiable] public static double F(double a, double b, double c) => a - (a + b + c) / 3 > 0.5 ? a * c : b;", new[] { 2.0, 0.5, 0.1 }, new[] { 0.5, 1.0, 2.0 })]
        [InlineData("[Differentiable] public static double F(double a, double b) => Math.Exp(a) / Math.Exp(b) > 2 ? a * b : b;", new[] { 2.0, 0.5 }, new[] { 0.5, 1.0 })]
        [InlineData("[Differentiable] public static double F(double x, double c, double w) => x > c - w && x < c + w ? (x - c) * w : 0;", new[] { 1.2, 1.0, 0.5 }, new[] { 0.4, 1.0, 0.5 })]
        [InlineData("[Differentiable] public static double F(double x, double p) => Math.Pow(x, p) > 1 ? x * p : x;", new[] { 1.5, 2.0 }, new[] { 0.5, 2.0 })]
        [InlineData("[Differentiable] public static double F(double income) { if (income > 50000) return 0.4 * (income - 50000) + 9000; if (income > 10000) return 0.2 * (income - 10000) + 1000; return 0.1 * income; }", new[] { 60000.0 }, new[] { 20000.0 })]
        [InlineData("[Differentiable] public static double F(double a, double b, double c) { if (a > b) { if (b > c) return b; return a > c ? c : a; } if (a > c) return a; return b > c ? c : b; }", new[] { 1.0, 2.0, 3.0 }, new[] { 3.0, 1.0, 2.0 })]
        [InlineData("[Differentiable] public static double F(double g, double maxNorm) { double n = Math.Abs(g); return n > maxNorm ? maxNorm / n * g : g; }", new[] { 3.0, 1.0 }, new[] { -0.5, 1.0 })]
        [InlineData("[Differentiable] public static double F(double x) => x - Math.Floor(x) > 0.5 ? x * x : x;", new[] { 1.7 }, new[] { 2.3 })]
        public void Ordinary_loop_free_tests_are_not_reported_and_are_right(string members, double[] p1, double[] p2)
        {
            string generated = LoopFreeCheck.Check(members, "F", p1.Cast<object>().ToArray(), p2.Cast<object>().ToArray());
            Assert.Contains("FGradient", generated, StringComparison.Ordinal);
        }

        /// <summary>The comparisons the rule is for: a value cancels in the comparison itself. DIFF010 at it, nothing generated.</summary>
        [Theory]
        [InlineData("[Differentiable] public static double F(double x, double y) { if (x * y / y > 1) return x; return y; }", "x * y / y > 1")]
        [InlineData("[Differentiable] public static double F(double[] w, double x) { double s = 0; for (int i = 0; i < w.Length; i++) { if (w[i] * x - (w[i] * x - 1) > 0.5) s += w[i]; else s += x; } return s; }", "w[i] * x - (w[i] * x - 1) > 0.5")]
        [InlineData("[Differentiable] public static double F(double x) { bool b = x + 1 - x > 0.5; return b ? x : 2 * x; }", "x + 1 - x > 0.5")]
        [InlineData("[Differentiable] public static double F(double[] w, double x) { double s = 0; for (int i = 0; i < w.Length; i++) { bool big = x + 1 - x > 0.5; if (big) s += w[i] * x; } return s; }", "x + 1 - x > 0.5")]
        [InlineData("[Differentiable] public static double F(double x) => !(x + 1 - x <= 0.5) ? x : 2 * x;", "x + 1 - x <= 0.5")]
        [InlineData("[Differentiable] public static float F(float x) => x + 1f - x > 0.5f ? x : 2f * x;", "x + 1f - x > 0.5f")]
        [InlineData("[Differentiable] public static double F(double x) { double s = 0; for (double t = 0; t + x - x < 1; t += 0.25) s += x * t; return s; }", "t + x - x < 1")]
        [InlineData("[Differentiable] public static double F(double[] w, double x) { double s = 0; int k = 0; do { s += w[k] * x; k++; } while (k < w.Length && x + 1 - x > 0.5); return s; }", "x + 1 - x > 0.5")]
        [InlineData("[Differentiable] public static double F(double x, double y) => y > 0 && x + 1 - x > 0.5 ? x : 2 * x;", "x + 1 - x > 0.5")]
        [InlineData("[Differentiable] public static double F(double x) => Math.Max(x + 1 - x, 0.0) > 0.5 ? x : 2 * x;", "Math.Max(x + 1 - x, 0.0) > 0.5")]
        [InlineData("[Differentiable] public static double F(double x) { double h = 1e-3; if (x + h - x > 0) return (Math.Sin(x + h) - Math.Sin(x)) / h; return Math.Cos(x); }", "x + h - x > 0")]
        [InlineData("[Differentiable] public static double F(double x, double c, double w) => (c + w) - (c - w) > 1 ? x * w : x;", "(c + w) - (c - w) > 1")]
        [InlineData("[Differentiable] public static double F(double[] x) { double s = 0; for (int i = 0; i < x.Length; i++) if ((double)i / x.Length * x.Length > 1) s += x[i]; return s; }", "(double)i / x.Length * x.Length > 1")]
        [InlineData("public static double Threshold = 0.5;\n[Differentiable] public static double F(double x) => x - Threshold + Threshold > 0 ? x : 0;", "x - Threshold + Threshold > 0")]
        [InlineData("[Differentiable] public static double F(double x) => Math.Sin(x) - Math.Sin(x) + 1 > 0.5 ? x : 2 * x;", "Math.Sin(x) - Math.Sin(x) + 1 > 0.5")]
        [InlineData("[Differentiable] public static double F(double v, double t0, double dt) { double s = 0; for (int k = 0; t0 + k * dt - t0 < 1; k++) s += v * dt; return s; }", "t0 + k * dt - t0 < 1")]
        [InlineData("[Differentiable] public static double F(double a, double b, double c) => a + b + c - a > 1 ? a : b;", "a + b + c - a > 1")]
        [InlineData("[Differentiable] public static double F(double[] x, double off) { double s = 0; for (int i = 0; i < x.Length; i++) if (x[i] + off - off > 0) s += x[i]; return s; }", "x[i] + off - off > 0")]
        [InlineData("[Differentiable] public static double F(double x, int n) => n * x / n > 1 ? x : 2 * x;", "n * x / n > 1")]
        [InlineData("[Differentiable] public static double F(double a, double b, double x, double x0) { if (a * x + b - (a * x0 + b) > 0) return a * x; return b; }", "a * x + b - (a * x0 + b) > 0")]
        public void A_comparison_that_cancels_is_DIFF010_at_it(string members, string comparison)
        {
            string source = Source(members);
            Diagnostic d = Assert.Single(GeneratorHarness.Analyze(source), x => x.Id.StartsWith("DIFF", StringComparison.Ordinal));
            Assert.Equal("DIFF010", d.Id);
            Assert.Equal(comparison, d.Location.SourceTree!.GetText().ToString(d.Location.SourceSpan));
            Assert.Contains("would not take the branch the method takes", d.GetMessage(), StringComparison.Ordinal);
        }

        /// <summary>
        /// Was a finding, fixed in the same session (false negative): the same comparison written as an <c>is</c> pattern or a switch arm, which supported.md says
        /// is read as the comparison (<c>x is &gt; 0</c> "as <c>x &gt; 0</c> is"), is not reported; the generated members fold
        /// <c>(x + 1 - x) is &gt; 0.5</c> to true and return x with ∂/∂x = 1 everywhere, while at x = 1e17 the method computes
        /// x + 1 - x = 0, takes the other arm and returns 2x (FGradient's returned value differs from F's, and its dX is 1, not 2).
        /// </summary>
        [Theory]
        [InlineData("[Differentiable] public static double F(double x) => (x + 1 - x) is > 0.5 ? x : 2 * x;")]
        [InlineData("[Differentiable] public static double F(double x) => (x + 1 - x) switch { > 0.5 => x, _ => 2 * x };")]
        [InlineData("[Differentiable] public static double F(double x, double sigma) => (x * 0 + sigma) is <= 0 ? x : x * x;")]
        [InlineData("[Differentiable] public static double F(double x) { switch (x + 1 - x) { case > 0.5: return x; default: return 2 * x; } }")]
        [InlineData("[Differentiable] public static double F(double[] w, double x) { double s = 0; for (int i = 0; i < w.Length; i++) s += (x + 1 - x) is > 0.5 ? w[i] * x : 2 * w[i] * x; return s; }")]
        public void A_pattern_that_cancels_is_DIFF010_too(string members)
        {
            Diagnostic d = Assert.Single(GeneratorHarness.Analyze(Source(members)), x => x.Id.StartsWith("DIFF", StringComparison.Ordinal));
            Assert.Equal("DIFF010", d.Id);
        }

        /// <summary>
        /// The symptom of the finding above was F(1e17) = 2e17 while FGradient returned 1e17 and dX = 1. Since the fix the pattern's
        /// comparison is DIFF010 at the tested value, and nothing is generated for F.
        /// </summary>
        [Fact]
        public void Pattern_that_cancels_is_declined_rather_than_taking_the_other_arm()
        {
            string source = Source("[Differentiable] public static double F(double x) => (x + 1 - x) is > 0.5 ? x : 2 * x;");
            Diagnostic d = Assert.Single(GeneratorHarness.Analyze(source), x => x.Id.StartsWith("DIFF", StringComparison.Ordinal));
            Assert.Equal("DIFF010", d.Id);
            Assert.DoesNotContain(GeneratorHarness.Run(GeneratorHarness.Compile(source)).Output.SyntaxTrees, t => t.ToString().Contains("FGradient", StringComparison.Ordinal));
        }
    }
}
