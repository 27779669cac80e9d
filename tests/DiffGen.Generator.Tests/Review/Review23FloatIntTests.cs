using System;
using DiffGen.Generator.Tests.Arrays;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;
using static DiffGen.Generator.Tests.Review.Review23Check;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>
    /// The twenty-third session's review of float methods against their double twins and of integer arithmetic inside
    /// floating-point expressions: integer division and remainder of int parameters, const locals, counters and unsigned, long,
    /// short and byte values (n / 2, (n - 1) / n, i % 3, u - 1 at u = 0, n * 1000000 * 1000 wrapping), compound assignments with
    /// int operands (s += n / 2; s *= n;), derivatives that put a constant beside an int (x / n / n, n·√x, 2·x·n³ at n = 2000, which
    /// overflows int if printed before the x), mixed literals, casts and narrowing. All right.
    /// </summary>
    public sealed partial class Review23FloatIntTests
    {
        [Fact]
        public void Int_division_of_a_parameter() => LoopFreeCheck.Check(
            @"[Differentiable] public static double F(double x, int n) => x * x * (n / 2) + Math.Pow(x, n / 2) + x / (n / 2 + 1) + (n % 3) * x;",
            "F", new object[] { 1.3, 5 }, new object[] { -0.7, 4 }, new object[] { 0.9, 7 }, new object[] { 2.1, 1 });

        [Fact]
        public void Int_division_of_const_locals() => LoopFreeCheck.Check(
            @"[Differentiable] public static double F(double x) { const int m = 3; const int k = 2; return m / k * x * x + x * (m / 2) + (m % k) * Math.Sin(x) + (double)m / k * x; }",
            "F", new object[] { 1.3 }, new object[] { -0.7 }, new object[] { 0.9 });

        [Fact]
        public void Folded_int_exponents() => LoopFreeCheck.Check(
            @"[Differentiable] public static double F(double x) => Math.Pow(x, 1 / 2) + Math.Pow(x, 3 / 2) * x + x * (1 / 3) + 7 / 2 * x;",
            "F", new object[] { 1.3 }, new object[] { -0.7 }, new object[] { 0.9 });

        [Fact]
        public void Float_int_division_of_a_parameter() => LoopFreeCheck.Check(
            @"[Differentiable] public static float F(float x, int n) => x * x * (n / 2) + MathF.Pow(x, n / 2) + x / (n / 2 + 1) + (n % 3) * x + 3 / 2 * x;",
            "F", new object[] { 1.3, 5 }, new object[] { -0.7, 4 }, new object[] { 0.9, 7 });

        [Fact]
        public void Float_mixed_literals_and_casts() => LoopFreeCheck.Check(
            @"[Differentiable] public static float F(float x, float y) => 0.5f * x * y + 2 * x / 3 + (float)Math.Sqrt(x * x + 1) + (float)(x * 0.25) + MathF.Atan2(y, x) + (x + 1) / 2;",
            "F", new object[] { 1.3, 0.4 }, new object[] { -0.7, 1.1 }, new object[] { 0.9, -0.6 });

        [Fact]
        public void Float_mixed_literals_and_casts_2() => LoopFreeCheck.Check(
            @"[Differentiable] public static float F(float x, float y) => x / 3 + 1 / 3 * x + (float)(1.0 / 3) * x + (float)Math.PI * y + (float)Math.Pow(x * x + 1, 2.5) + float.Clamp(x, -0.5f, 1f) * y + Math.Max(x, 0) * Math.Abs(y) + x % 2f;",
            "F", new object[] { 1.3, 0.4 }, new object[] { -0.7, 1.1 }, new object[] { 0.9, -0.6 });

        [Fact]
        public void Float_compound_assignments_with_ints() => LoopFreeCheck.Check(
            @"[Differentiable] public static float F(float x, int n) { float s = x; s += n / 2; s *= n; s -= x * (n % 4); s /= n + 1; return s * x; }",
            "F", new object[] { 1.3, 5 }, new object[] { -0.7, 4 }, new object[] { 0.9, 7 });

        [Fact]
        public void Double_compound_assignments_with_ints() => LoopFreeCheck.Check(
            @"[Differentiable] public static double F(double x, int n) { double s = x; s += n / 2; s *= n; s -= x * (n % 4); s /= n + 1; return s * x; }",
            "F", new object[] { 1.3, 5 }, new object[] { -0.7, 4 }, new object[] { 0.9, 7 });

        [Fact]
        public void Unsigned_wraparound() => LoopFreeCheck.Check(
            @"[Differentiable] public static double F(double x, uint u) => x * (u - 1) + x * x;",
            "F", new object[] { 1.3, 0u }, new object[] { -0.7, 3u });

        [Fact]
        public void Int_overflow_wraps_as_in_the_source() => LoopFreeCheck.Check(
            @"[Differentiable] public static double F(double x, int n) => x * (n * 1000000 * 1000) * 1e-9 + x * x;",
            "F", new object[] { 1.3, 5 }, new object[] { -0.7, 3 });

        [Fact]
        public void Long_short_byte_arithmetic() => LoopFreeCheck.Check(
            @"[Differentiable] public static double F(double x, long n, short k, byte b) => x * (n / 2) + x * x * (k - 1) + x * (b / 3) + x * (b * b);",
            "F", new object[] { 1.3, 5L, (short)3, (byte)7 }, new object[] { -0.7, 4L, (short)-2, (byte)200 });

        [Fact]
        public void Float_int_counters_in_arithmetic() => LoopFreeCheck.Check(
            @"[Differentiable] public static float F(float x, int n) { float s = 0; for (int i = 0; i < n; i++) { s += x * i / 2; s += i / 2 * x; s += (n - 1) / n * x; s += (n - 1f) / n * x * x; } return s + MathF.Pow(x, n) / n; }",
            "F", new object[] { 1.3, 5 }, new object[] { -0.7, 4 }, new object[] { 0.9, 7 });

        [Fact]
        public void Int_locals_in_a_loop_free_method() => LoopFreeCheck.Check(
            @"[Differentiable] public static double F(double x, int n) { int k = n / 2; double t = x * k; k = k + 1; t += x * k * x; k *= 3; t -= k % 4 * x; return t; }",
            "F", new object[] { 0.7, 3 }, new object[] { -1.1, 4 }, new object[] { 1.6, 5 });

        [Fact]
        public void Float_guard_clauses() => LoopFreeCheck.Check(
            @"[Differentiable] public static float F(float x, float y)
{
    if (x < -1) return -x * y;
    if (x > 2) return MathF.Log(x) * y;
    float t = x * y;
    if (y > x) return t * x + y;
    if (t < 0) { float u = MathF.Exp(t); return u * x; }
    return MathF.Sin(t) / x;
}",
            "F", new object[] { -1.5, 0.3 }, new object[] { 2.5, 0.1 }, new object[] { 0.5, 0.9 }, new object[] { 0.5, 0.2 }, new object[] { 1.5, -0.7 });

        [Fact]
        public void Float_kinks() => LoopFreeCheck.Check(
            @"[Differentiable] public static float F(float x, float y) => Math.Clamp(x * y, -0.5f, 0.8f) + MathF.Max(x, MathF.Min(y, 1)) * x + Math.Min(x * x, y + 1) + Math.Clamp(x, y - 1, y + 1) * y + MathF.Abs(x - y) * MathF.Sign(y);",
            "F", new object[] { 1.3, 0.4 }, new object[] { -0.7, 1.1 }, new object[] { -0.9, -0.6 }, new object[] { 0.5, -1.5 }, new object[] { 2.2, 1.9 });

        [Fact]
        public void Float_roots_of_squares() => LoopFreeCheck.Check(
            @"[Differentiable] public static float F(float x, float y) => MathF.Sqrt(x * x) * y + MathF.Sqrt(x * x * y * y) + MathF.Pow(x * x, 1.5f) + MathF.Log(x * x) + MathF.Cbrt(x * x * x) * y;",
            "F", new object[] { -1.5, 0.7 }, new object[] { 2.0, -0.3 }, new object[] { -0.4, -1.2 });

        [Fact]
        public void Float_hypot_log1p_atan2() => LoopFreeCheck.Check(
            @"[Differentiable] public static float F(float x, float y) => MathF.Sqrt(x * x + y * y) + MathF.Log(1 + x * x) + MathF.Log(1 + MathF.Exp(y)) + MathF.Atan2(y, x) + MathF.Pow(x * x + y * y, -1.5f) + MathF.Pow(MathF.Abs(x) + 1, y);",
            "F", new object[] { 1.3, 0.4 }, new object[] { -0.7, 1.1 }, new object[] { -0.9, -0.6 });

        [Fact]
        public void Float_nested_conditionals() => LoopFreeCheck.Check(
            @"[Differentiable] public static float F(float x, float y) => x > 0 ? (y > 0 ? (x > y ? x * y : y * y * x) : (x > 1 ? -y : x * MathF.Exp(y))) : (y > x ? (y > 0 ? MathF.Sin(x * y) : MathF.Cos(x) * y) : x * x * x);",
            "F", new object[] { -1.5, 0.3 }, new object[] { 2.5, 0.1 }, new object[] { 0.5, 0.9 }, new object[] { 0.5, 0.2 }, new object[] { 1.5, -0.7 }, new object[] { -0.5, -0.7 });

        [Fact]
        public void Float_int_division_in_a_loop() => LoopFreeCheck.Check(
            @"[Differentiable] public static float F(float x, int n) { float s = 1; for (int i = 1; i <= n; i++) { s += i / 2 * x; s *= 1 + x / i; s -= (i % 3) * x * 0.5f; s += (float)(i / 3) / n; } return s; }",
            "F", new object[] { 1.3, 5 }, new object[] { -0.7, 4 }, new object[] { 0.9, 7 });

        [Fact]
        public void Double_int_division_in_a_loop() => LoopFreeCheck.Check(
            @"[Differentiable] public static double F(double x, int n) { double s = 1; for (int i = 1; i <= n; i++) { s += i / 2 * x; s *= 1 + x / i; s -= (i % 3) * x * 0.5; s += (double)(i / 3) / n; } return s; }",
            "F", new object[] { 1.3, 5 }, new object[] { -0.7, 4 }, new object[] { 0.9, 7 });

        [Fact]
        public void Float_casts_of_double_calls() => LoopFreeCheck.Check(
            @"[Differentiable] public static float F(float x, float y) => (float)Math.Atan2(y, x) + MathF.Cbrt(x * y) + MathF.Pow(MathF.Abs(x), y) + MathF.Max(x, y) * MathF.Min(x * y, 0.5f) + MathF.Log(1 + MathF.Exp(y)) + 1 / (1 + MathF.Exp(-x * y));",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 }, new object[] { 1.6, 1.3 }, new object[] { -0.5, -0.2 });

        [Fact]
        public void Double_parameter_of_a_float_method() => LoopFreeCheck.Check(
            @"[Differentiable] public static float F(float x, double y) => x * (float)y + (float)(y * y) * MathF.Sin(x) + (float)Math.Exp(y);",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 }, new object[] { 1.6, 1.3 });

        [Fact]
        public void Constants_beside_ints_in_derivatives() => LoopFreeCheck.Check(
            @"[Differentiable] public static double F(double x, int n) => n * Math.Sqrt(x) + Math.Sqrt(x) / n + n * x * x / 3 + Math.Pow(x, 3) * n / 6 + (n - 1) * Math.Cbrt(x) + x * x * n * n / 4 + n / (x * 3);",
            "F", new object[] { 1.3, 5 }, new object[] { 0.7, 4 }, new object[] { 0.9, 7 });

        [Fact]
        public void Int_quotients_in_derivatives() => LoopFreeCheck.Check(
            @"[Differentiable] public static double F(double x, int n) => x / n / n + x / (n * n) + x / n + Math.Log(x) * n + Math.Pow(x, 0.5 * n) + Math.Pow(x, n / 2.0) + Math.Exp(x * n) / n;",
            "F", new object[] { 1.3, 5 }, new object[] { 0.7, 4 }, new object[] { 0.9, 7 });

        [Fact]
        public void Int_cube_beside_x() => LoopFreeCheck.Check(
            @"[Differentiable] public static double F(double x, int n) => x * x * n * n * n * 1e-9 + x * n * n * n * 1e-9;",
            "F", new object[] { 1.3, 2000 }, new object[] { 0.7, 1500 });

        [Fact]
        public void Float_int_cube_beside_x() => LoopFreeCheck.Check(
            @"[Differentiable] public static float F(float x, int n) => x * x * n * n * n * 1e-9f + x * n * n * n * 1e-9f;",
            "F", new object[] { 1.3, 2000 }, new object[] { 0.7, 1500 });

        [Fact]
        public void Float_constants_beside_ints_in_derivatives() => LoopFreeCheck.Check(
            @"[Differentiable] public static float F(float x, int n) => x / n / n + x / (n * n) + n * MathF.Sqrt(x) + MathF.Sqrt(x) / n + n * x * x / 3 + MathF.Pow(x, 3) * n / 6 + x * x * n * n / 4 + n / (x * 3);",
            "F", new object[] { 1.3, 5 }, new object[] { 0.7, 4 }, new object[] { 0.9, 7 });

        [Fact]
        public void Counters_beside_constants_in_a_loop() => LoopFreeCheck.Check(
            @"[Differentiable] public static double F(double x, int n) { double s = 0; for (int i = 1; i <= 3; i++) s += x / i / i + x / (i * n) + i * Math.Sqrt(x) / n + x * x * i * i / 4 + Math.Pow(x, i) / (i * 2); return s; }",
            "F", new object[] { 1.3, 5 }, new object[] { 0.7, 4 }, new object[] { 0.9, 7 });

        [Fact]
        public void Int_cube_beside_x_in_a_loop() => LoopFreeCheck.Check(
            @"[Differentiable] public static double F(double x, int n) { double s = 0; for (int i = 0; i < 2; i++) s += x * x * n * n * n * 1e-9 + x * i; return s; }",
            "F", new object[] { 1.3, 2000 }, new object[] { 0.7, 1500 });

        [Fact]
        public void Int_quotients_as_divisors() => LoopFreeCheck.Check(
            @"[Differentiable] public static double F(double x, int n) => (x * x) / (n * 2) + Math.Sin(x) / (n / 2) + (x + n) / (n + 1) * x;",
            "F", new object[] { 1.3, 5 }, new object[] { 0.7, 4 }, new object[] { 0.9, 7 });

        [Fact]
        public void Float_loop_with_int_arithmetic() => FloatTwin(Case("R23DoubleLoopInt", @"[Differentiable(""w"", ""x"")] public static double R23DoubleLoopInt(double[] w, double x, int n)
{
    double s = 0;
    for (int i = 0; i < w.Length; i++)
    {
        s += i / 2;
        s *= 1 + w[i] * x * 0.1;
        s += w[i] * (i % 3) / 2;
        s += (double)i / n * x;
        s += i / 2 * w[i] + w[i] * (i - n / 2);
        s *= n;
        s /= n + 1;
    }
    return s;
}", (r, n) => new object[] { V(r, n), S(r), 3 }, new[] { 1,2,3,5 }), "R23FloatLoopInt", @"[Differentiable(""w"", ""x"")] public static float R23FloatLoopInt(float[] w, float x, int n)
{
    float s = 0;
    for (int i = 0; i < w.Length; i++)
    {
        s += i / 2;
        s *= 1 + w[i] * x * 0.1f;
        s += w[i] * (i % 3) / 2;
        s += (float)i / n * x;
        s += i / 2 * w[i] + w[i] * (i - n / 2);
        s *= n;
        s /= n + 1;
    }
    return s;
}");

        [Fact]
        public void Double_loop_with_int_arithmetic() => ArrayGradientTests.Check(Case("R23DoubleLoopInt", @"[Differentiable(""w"", ""x"")] public static double R23DoubleLoopInt(double[] w, double x, int n)
{
    double s = 0;
    for (int i = 0; i < w.Length; i++)
    {
        s += i / 2;
        s *= 1 + w[i] * x * 0.1;
        s += w[i] * (i % 3) / 2;
        s += (double)i / n * x;
        s += i / 2 * w[i] + w[i] * (i - n / 2);
        s *= n;
        s /= n + 1;
    }
    return s;
}", (r, n) => new object[] { V(r, n), S(r), 3 }, new[] { 1,2,3,5 }));

        /// <summary>
        /// A float parameter of a double method (by hand: finite differences in y see float's steps; y is widened before it is
        /// squared, since a float product is computed in double by the generated code, as documented): ∂/∂x = y + y²·cos x,
        /// ∂/∂y = x + 2y·sin x + e^y.
        /// </summary>
        [Fact]
        public void Float_parameter_of_a_double_method_by_hand() => ReviewCheck.ByHand(
            "[Differentiable] public static double F(double x, float y) => x * y + (double)y * y * Math.Sin(x) + Math.Exp(y);\n"
            + "public static double[] Expected(double x, float y) => new[] { y + (double)y * y * Math.Cos(x), x + 2.0 * y * Math.Sin(x) + Math.Exp(y) };",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 }, new object[] { 1.6, 1.3 });

    }
}
