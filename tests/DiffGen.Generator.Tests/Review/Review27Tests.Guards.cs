using DiffGen.Generator.Tests.Infrastructure;
using Xunit;
using static DiffGen.Generator.Tests.Review.SingularSweep27Check;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>
    /// Review27: the zero guards of 001b3f1 at ordinary points (central differences) and at the singular points where the
    /// derivative along each axis is 0 (differences are exact there too), loop-free and with loops, in branches, and in
    /// float twins (the guards must compile in float code).
    /// </content>
    public sealed partial class Review27Tests
    {
        private static readonly object[][] WeightPoints = { new object[] { 1.5, 2.0 }, new object[] { -0.7, 8.0 }, new object[] { 0.0, 0.0 }, new object[] { 0.0, 2.0 }, new object[] { 1.5, -3.0 } };

        [Fact]
        public void Review27_weight_times_cbrt_in_a_branch() => LoopFreeCheck.Check(
            "[Differentiable] public static double F(double w, double x)\n{\n    double t;\n    if (w > 1) t = w * Math.Cbrt(x) + x; else t = w * w * Math.Cbrt(x);\n    return t;\n}\n", "F", WeightPoints);

        [Fact]
        public void Review27_float_weight_times_cbrt_in_a_branch() => LoopFreeCheck.Check(
            "[Differentiable] public static float F(float w, float x)\n{\n    float t;\n    if (w > 1) t = w * MathF.Cbrt(x) + x; else t = w * w * MathF.Cbrt(x);\n    return t;\n}\n", "F", WeightPoints);

        [Fact]
        public void Review27_float_weight_times_cbrt_with_a_loop() => LoopFreeCheck.Check(
            "[Differentiable] public static float F(float w, float x)\n{\n    float s = 0;\n    for (int i = 1; i <= 3; i++) s += w * i * MathF.Cbrt(x);\n    float t = 0;\n    if (s > 1) t = s * w; else t = s;\n    return t;\n}\n", "F", WeightPoints);

        [Fact]
        public void Review27_weight_times_sqrt_of_a_product_with_a_loop() => LoopFreeCheck.Check(
            "[Differentiable] public static double F(double w, double x)\n{\n    double s = 0;\n    for (int i = 1; i <= 3; i++) s += Math.Sqrt(w * w * i + 1) * Math.Cbrt(w * x);\n    return s;\n}\n", "F", new object[] { 1.5, 2.0 }, new object[] { -0.7, 8.0 }, new object[] { 0.0, 0.0 });

        [Fact]
        public void Review27_sqrt_of_data_times_x_in_a_loop_branch() => Hand(
            "[Differentiable(\"x\")] public static double F(double x, double[] p)\n{\n    double s = 0;\n    for (int i = 0; i < p.Length; i++)\n    {\n        double t = 0;\n        if (p[i] >= 0) t = Math.Sqrt(p[i] * x); else t = p[i] * x;\n        s += t;\n    }\n\n    return s;\n}",
            "F", p => V(System.Linq.Enumerable.Sum(Arr(p, 1), v => v > 0 ? v / (2 * System.Math.Sqrt(v * P0(p))) : v < 0 ? v : 0)), new object[] { 2.0, new[] { 0.0, 4.0, -1.0 } }, new object[] { 0.5, new[] { 0.0, 0.0 } });

        [Fact]
        public void Review27_pow_below_one_in_branches_and_loops() => LoopFreeCheck.Check(
            "[Differentiable] public static double F(double x, double y)\n{\n    double s = 0;\n    for (int i = 1; i <= 2; i++) s += Math.Pow(x * x * i + y * y, 0.3) * x;\n    double t = 0;\n    if (s > 0.5) t = Math.Pow(s, 0.75); else t = s * s;\n    return t + Math.Asin(0.5 * Math.Tanh(x)) + Math.Acos(0.3 * Math.Sin(y)) + Math.Acosh(1 + x * x + 0.1);\n}\n",
            "F", new object[] { 1.0, 0.5 }, new object[] { 0.2, 0.7 }, new object[] { -0.6, 1.3 }, new object[] { 0.45, -0.8 });

        [Fact]
        public void Review27_float_pow_below_one_loop_free() => LoopFreeCheck.Check(
            "[Differentiable] public static float F(float x, float y)\n{\n    float t;\n    if (x > 0) t = MathF.Pow(x * x + y * y, 0.3f) * y; else t = MathF.Sqrt(y * y + 1) * x;\n    return t + MathF.Asin(0.5f * MathF.Tanh(x)) + MathF.Acos(0.3f * MathF.Sin(y));\n}\n",
            "F", new object[] { 1.0, 0.5 }, new object[] { 0.2, 0.7 }, new object[] { -0.6, 1.3 }, new object[] { 0.45, -0.8 });

        [Fact]
        public void Review27_masked_weights_times_cbrt_in_a_loop_at_the_roots() => Hand(
            "[Differentiable(\"x\")] public static double F(double x, double[] w, double[] m)\n{\n    double s = 0;\n    for (int i = 0; i < w.Length; i++)\n    {\n        if (m[i] > 0) s += w[i] * Math.Cbrt(x - m[i] + 1); else s += w[i] * x;\n    }\n\n    return s;\n}",
            "F", p => V(1.0 / 6 + 3), new object[] { 1.0, new[] { 0.0, 2.0, 3.0 }, new[] { 2.0, 10.0, 0.0 } });

        [Fact(Skip = "Review27, open: NaN where the derivative is finite; the 0 that meets a root's infinite rule varies with the variable (x² in x²·∛x, 3·x² in ∛(x³)), and whether the product's limit is 0, 1 or else is not decided from the structure (a test there gave a wrong 0 for ∛(x³))")]
        public void Review27_x_squared_times_cbrt_with_a_loop_at_zero() => Hand(
            "[Differentiable] public static double F(double x, double y)\n{\n    double s = 0;\n    for (int i = 1; i <= 2; i++) s += x * x * Math.Cbrt(x) * i + y * i;\n    return s;\n}",
            "F", p => V(0, 3), new object[] { 0.0, 1.0 });
    }
}
