using System;
using System.IO;
using System.Linq;
using System.Reflection;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>
    /// What the twenty-third session's review found wrong (fixed in the same session: the Pow row's ∂/∂a is a choice, 0 where
    /// b = 0, as its ∂/∂b is where a = 0; each test below was a skipped BUG until then): the power rule b·a^(b−1) for an exponent that is not a literal
    /// (an int parameter or counter, a double the method does not differentiate) is 0·∞ = NaN where the base is 0 and the
    /// exponent is 0, though a⁰ is 1 for every a (Math.Pow(0, 0) = 1) and its derivative is 0. The commonest victim is a
    /// polynomial written with Math.Pow(x, k) over k = 0, 1, ..., evaluated at x = 0 (a Taylor series at its centre, weights
    /// starting at 0): its partial and gradient are NaN where the true derivative is c[1]. docs/supported.md promises finite
    /// derivatives where the method and its true derivative are finite ("Derivatives stay finite where the function is"),
    /// and says of Pow only that ∂/∂b is 0 at a = 0. A literal exponent 0 is folded (x⁰ → 1) and is right.
    /// </summary>
    public sealed class Review23FoundTests
    {
        private const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static;

        /// <summary>Compiles <paramref name="members"/> in Review.C and returns (∂F/∂x from FPartialX, ∂F/∂x from FGradient) at <paramref name="point"/>.</summary>
        private static (double Partial, double Gradient, string Generated) Derivatives(string members, object[] point)
        {
            GeneratorRun run = GeneratorHarness.RunAndCompile(LoopFreeCheck.Header + "public partial class C\n{\n" + members + "\n}\n}\n");
            using var image = new MemoryStream();
            Assert.True(run.Output.Emit(image).Success);
            Type type = Assembly.Load(image.ToArray()).GetType("Review.C", throwOnError: true)!;
            double partial = Convert.ToDouble(type.GetMethods(All).Single(m => m.Name == "FPartialX").Invoke(null, point));
            MethodInfo gradient = type.GetMethods(All).Single(m => m.Name == "FGradient");
            object?[] arguments = point.Concat(new object?[gradient.GetParameters().Length - point.Length]).ToArray();
            gradient.Invoke(null, arguments);
            return (partial, Convert.ToDouble(arguments[point.Length]), run.SourceFor("F"));
        }

        private static void Expect(double expected, string members, params object[] point)
        {
            (double partial, double gradient, string generated) = Derivatives(members, point);
            Assert.True(Math.Abs(partial - expected) <= 1e-9 && Math.Abs(gradient - expected) <= 1e-9, "expected ∂F/∂x = " + expected + ", got FPartialX " + partial + ", FGradient dX " + gradient + "\n" + generated);
        }

        /// <summary>Σ c[k]·x^k at x = 0: ∂/∂x = c[1] = −3; FPartialX and FGradient gave NaN (the k = 0 term was 0·Pow(0, −1)).</summary>
        [Fact]
        public void Polynomial_by_pow_at_zero() => Expect(
            -3,
            "public static readonly double[] Coef = { 2.0, -3.0, 0.5, 1.5 };\n"
            + "[Differentiable] public static double F(double x) { double s = 0; for (int k = 0; k < Coef.Length; k++) s += Coef[k] * Math.Pow(x, k); return s; }",
            0.0);

        /// <summary>Away from 0 the same polynomial is right (the rule is not wrong, only its 0·∞ at a⁰).</summary>
        [Fact]
        public void Polynomial_by_pow_away_from_zero() => LoopFreeCheck.Check(
            "public static readonly double[] Coef = { 2.0, -3.0, 0.5, 1.5 };\n"
            + "[Differentiable] public static double F(double x) { double s = 0; for (int k = 0; k < Coef.Length; k++) s += Coef[k] * Math.Pow(x, k); return s; }",
            "F", new object[] { 0.3 }, new object[] { -1.2 });

        /// <summary>F = x^n + x with an int parameter n = 0 at x = 0: F ≡ 1 + x near 0, ∂F/∂x = 1; it was NaN.</summary>
        [Fact]
        public void Int_exponent_zero_at_zero() => Expect(1, "[Differentiable] public static double F(double x, int n) => Math.Pow(x, n) + x;", 0.0, 0);

        /// <summary>The same with a double exponent the method does not differentiate (data): y = 0 at x = 0, NaN.</summary>
        [Fact]
        public void Data_exponent_zero_at_zero() => Expect(1, "[Differentiable(\"x\")] public static double F(double x, double y) => Math.Pow(x, y) + x;", 0.0, 0.0);

        /// <summary>The float twin: MathF.Pow(x, y) + x at (0, 0), NaN.</summary>
        [Fact]
        public void Float_data_exponent_zero_at_zero() => Expect(1, "[Differentiable(\"x\")] public static float F(float x, float y) => MathF.Pow(x, y) + x;", 0f, 0f);

        /// <summary>A Taylor-like sum Σ (x − x0)^k / (k + 1), k = 0..3, at its centre x = x0 = 0.5: ∂/∂x = 1/2; NaN.</summary>
        [Fact]
        public void Series_at_its_centre() => Expect(
            0.5,
            "[Differentiable(\"x\")] public static double F(double x, double x0) { double s = 0; for (int k = 0; k < 4; k++) s += Math.Pow(x - x0, k) / (k + 1); return s; }",
            0.5, 0.5);

        /// <summary>Both differentiated: Math.Pow(x, y) + x at (0, 0); ∂/∂x = 1 (F(x, 0) = 1 + x), NaN. (∂/∂y has no value there, as documented.)</summary>
        [Fact]
        public void Differentiated_exponent_zero_at_zero() => Expect(1, "[Differentiable] public static double F(double x, double y) => Math.Pow(x, y) + x;", 0.0, 0.0);

        /// <summary>A literal or const exponent 0 is folded and right at 0 (for contrast): ∂/∂x (x⁰ + x + x¹ + x⁰) = 2.</summary>
        [Fact]
        public void Literal_exponent_zero_at_zero_is_right() => Expect(2, "[Differentiable] public static double F(double x) { const double k = 0; return Math.Pow(x, k) + x + Math.Pow(x, 1) + Math.Pow(x, 0.0); }", 0.0);
    }
}
