using System;
using System.IO;
using System.Linq;
using System.Reflection;
using DiffGen.Generator.Tests.Arrays;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;
using static DiffGen.Generator.Tests.Review.Review23Check;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>
    /// Review 23b of Math.Pow(a, b) with an exponent that is not a constant (∂/∂a is 0 where b = 0 since the twenty-third
    /// session): exact derivatives at a = 0 with b = 0, 1, 2, 3, 0.5-free cases, negative bases with integer-valued exponents
    /// (double and int), b = 0 at negative and positive bases, chains through sin, float twins, and loops (polynomials, power
    /// means, p-norms) checked against finite differences. All right.
    /// </summary>
    public sealed class Review23bPowTests
    {
        private const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static;

        /// <summary>FPartialX and FGradient's first output (∂F/∂x) at <paramref name="point"/>.</summary>
        private static (double Partial, double Gradient) DX(string members, params object[] point)
        {
            GeneratorRun run = GeneratorHarness.RunAndCompile(LoopFreeCheck.Header + "public static partial class C\n{\n" + members + "\n}\n}\n");
            using var image = new MemoryStream();
            Assert.True(run.Output.Emit(image).Success);
            Type type = Assembly.Load(image.ToArray()).GetType("Review.C", throwOnError: true)!;
            double partial = Convert.ToDouble(type.GetMethods(All).Single(m => m.Name == "FPartialX").Invoke(null, point));
            MethodInfo gradient = type.GetMethods(All).Single(m => m.Name == "FGradient");
            object?[] arguments = point.Concat(new object?[gradient.GetParameters().Length - point.Length]).ToArray();
            gradient.Invoke(null, arguments);
            return (partial, Convert.ToDouble(arguments[point.Length]));
        }

        private static void Expect(double expected, string members, params object[] point)
        {
            (double p, double g) = DX(members, point);
            Assert.True(Math.Abs(p - expected) <= 1e-6 * Math.Max(1, Math.Abs(expected)) && Math.Abs(g - expected) <= 1e-6 * Math.Max(1, Math.Abs(expected)), "expected " + expected + ", got FPartialX " + p + ", FGradient " + g);
        }

        private const string PowXY = "[Differentiable(\"x\")] public static double F(double x, double y) => Math.Pow(x, y);";
        private const string PowXYBoth = "[Differentiable] public static double F(double x, double y) => Math.Pow(x, y) + x * y;";
        private const string PowXN = "[Differentiable] public static double F(double x, int n) => Math.Pow(x, n);";
        private const string PowXYFloat = "[Differentiable(\"x\")] public static float F(float x, float y) => MathF.Pow(x, y);";

        [Theory]
        [InlineData(0.0, 0.0, 0.0)]
        [InlineData(0.0, 1.0, 1.0)]
        [InlineData(0.0, 2.0, 0.0)]
        [InlineData(0.0, 3.0, 0.0)]
        [InlineData(-2.0, 3.0, 12.0)]
        [InlineData(-2.0, 2.0, -4.0)]
        [InlineData(-2.0, 1.0, 1.0)]
        [InlineData(-2.0, 0.0, 0.0)]
        [InlineData(3.0, 0.0, 0.0)]
        [InlineData(-2.0, -2.0, 0.25)]
        [InlineData(-0.5, -1.0, -4.0)]
        [InlineData(1.5, 2.5, 4.592793267718459)]
        public void Pow_with_a_data_exponent(double x, double y, double expected) => Expect(expected, PowXY, x, y);

        [Theory]
        [InlineData(0.0, 0.0, 0.0)]
        [InlineData(0.0, 1.0, 2.0)]
        [InlineData(-2.0, 3.0, 15.0)]
        [InlineData(-2.0, 0.0, 0.0)]
        public void Pow_with_both_differentiated(double x, double y, double expected) => Expect(expected, PowXYBoth, x, y);

        [Theory]
        [InlineData(0.0, 0, 0.0)]
        [InlineData(0.0, 1, 1.0)]
        [InlineData(0.0, 2, 0.0)]
        [InlineData(-1.5, 3, 6.75)]
        [InlineData(-2.0, -2, 0.25)]
        [InlineData(-2.0, -1, -0.25)]
        [InlineData(-3.0, 0, 0.0)]
        public void Pow_with_an_int_exponent(double x, int n, double expected) => Expect(expected, PowXN, x, n);

        [Theory]
        [InlineData(0f, 0f, 0.0)]
        [InlineData(0f, 1f, 1.0)]
        [InlineData(-2f, 3f, 12.0)]
        [InlineData(-2f, 0f, 0.0)]
        [InlineData(0f, 2f, 0.0)]
        public void Pow_float_twin(float x, float y, double expected) => Expect(expected, PowXYFloat, x, y);

        [Fact]
        public void Pow_of_a_sine_at_zero_with_exponent_one_and_zero()
        {
            const string members = "[Differentiable(\"x\")] public static double F(double x, int n) => Math.Pow(Math.Sin(x), n) + x;";
            Expect(2.0, members, 0.0, 1);
            Expect(1.0, members, 0.0, 0);
            Expect(1.0, members, 0.0, 2);
        }

        /// <summary>A derivative written by the user with k·x^(k−1): the k = 1 term at x = 0 is 1·0⁰ = 1.</summary>
        [Fact]
        public void Hand_written_polynomial_derivative_at_zero() => Expect(
            2 * 0.5,
            "public static readonly double[] Coef = { 2.0, -3.0, 0.5, 1.5 };\n"
            + "[Differentiable] public static double F(double x) { double s = 0; for (int k = 1; k < Coef.Length; k++) s += k * Coef[k] * Math.Pow(x, k - 1); return s; }",
            0.0);

        /// <summary>A centred series with an int exponent in a loop, at and beside its centre.</summary>
        [Fact]
        public void Centred_series_with_int_exponent()
        {
            const string members = "[Differentiable(\"x\")] public static double F(double x, double c) { double s = 0; for (int k = 0; k < 5; k++) s += Math.Pow(x - c, k) / (k + 1); return s; }";
            Expect(0.5, members, 1.0, 1.0);
            Expect(0.5 + 2.0 / 3 * (-0.5) + 0.75 * 0.25 + 0.8 * (-0.125), members, 0.5, 1.0);
        }

        [Fact]
        public void Power_mean_of_an_array() => ArrayGradientTests.Check(Case("R23bPowerMean", @"[Differentiable] public static double R23bPowerMean(double[] x, double p)
{
    double s = 0;
    for (int i = 0; i < x.Length; i++) s += Math.Pow(x[i], p);
    return Math.Pow(s / x.Length, 1 / p);
}", (r, n) => new object[] { Draw.Vector(r, n, 0.25, 2), Draw.Uniform(r, 0.5, 3) }, new[] { 1, 2, 3, 5 }));

        [Fact]
        public void Weighted_powers_with_a_data_exponent_array() => ArrayGradientTests.Check(Case("R23bWeightedPow", @"[Differentiable(""w"", ""x"")] public static double R23bWeightedPow(double[] w, double x, double[] e)
{
    double s = 0;
    for (int i = 0; i < w.Length; i++) s += w[i] * Math.Pow(x, e[i]);
    return s;
}", (r, n) => new object[] { V(r, n), Draw.Uniform(r, -2, 2), Enumerable.Range(0, n).Select(i => (double)(i % 4)).ToArray() }));

        [Fact]
        public void Weighted_powers_float_twin()
        {
            ArrayCase twin = Case("R23bWeightedPowD", @"[Differentiable(""w"", ""x"")] public static double R23bWeightedPowD(double[] w, double x, double[] e)
{
    double s = 0;
    for (int i = 0; i < w.Length; i++) s += w[i] * Math.Pow(x, e[i]);
    return s;
}", (r, n) => new object[] { V(r, n), Draw.Uniform(r, 0.3, 1.5), Enumerable.Range(0, n).Select(i => (double)(i % 4)).ToArray() });
            ArrayGradientTests.Check(twin);
            FloatTwin(twin, "R23bWeightedPowF", @"[Differentiable(""w"", ""x"")] public static float R23bWeightedPowF(float[] w, float x, float[] e)
{
    float s = 0;
    for (int i = 0; i < w.Length; i++) s += w[i] * MathF.Pow(x, e[i]);
    return s;
}");
        }

        [Fact]
        public void Polynomial_at_zero_in_a_loop_with_int_exponent_both_routes() => Expect(
            -3.0,
            "[Differentiable(\"x\")] public static double F(double x, double[] c) { double s = 0; for (int k = 0; k < c.Length; k++) s += c[k] * Math.Pow(x, k); return s; }",
            0.0, new[] { 2.0, -3.0, 0.5 });
    }
}
