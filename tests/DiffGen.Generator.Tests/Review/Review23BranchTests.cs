using System;
using DiffGen.Generator.Tests.Arrays;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;
using static DiffGen.Generator.Tests.Review.Review23Check;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>
    /// The twenty-third session's review of loop-free methods with many branches and of functions the simplifier could
    /// rewrite wrongly: guard clauses, nested ?:, if chains with a switch, Clamp/Min/Max/Abs/Sign away from their kinks, Pow with
    /// variable exponents and bases, atan2 in every quadrant, hypot, log1p and asinh forms, and roots, logarithms and powers of
    /// squares and products at negative arguments (√(x²) is |x|, ln(x·y) with both negative is not ln x + ln y, (x²)^1.5 is |x|³).
    /// All right.
    /// </summary>
    public sealed partial class Review23BranchTests
    {
        [Fact]
        public void Root_of_a_square_is_abs() => LoopFreeCheck.Check(
            @"[Differentiable] public static double F(double x, double y) => Math.Sqrt(x * x) * y + Math.Sqrt(x * x * y * y);",
            "F", new object[] { -1.5, 0.7 }, new object[] { 2.0, -0.3 }, new object[] { -0.4, -1.2 });

        [Fact]
        public void Power_of_a_square() => LoopFreeCheck.Check(
            @"[Differentiable] public static double F(double x, double y) => Math.Pow(x * x, 1.5) + Math.Pow(Math.Pow(y, 2), 0.5) * x;",
            "F", new object[] { -1.5, 0.7 }, new object[] { 2.0, -0.3 }, new object[] { -0.4, -1.2 });

        [Fact]
        public void Log_of_a_square() => LoopFreeCheck.Check(
            @"[Differentiable] public static double F(double x, double y) => Math.Log(x * x) + Math.Log(y * y * 3) * x;",
            "F", new object[] { -1.5, 0.7 }, new object[] { 2.0, -0.3 }, new object[] { -0.4, -1.2 });

        [Fact]
        public void Logs_and_roots_of_negative_products() => LoopFreeCheck.Check(
            @"[Differentiable] public static double F(double x, double y) => Math.Log(x * y) + Math.Sqrt(x * y) + Math.Log(x / y) * Math.Sqrt(y / x) + Math.Pow(x * y, 1.5);",
            "F", new object[] { -1.5, -0.7 }, new object[] { -2.0, -0.3 }, new object[] { -0.4, -1.2 });

        [Fact]
        public void Cube_roots() => LoopFreeCheck.Check(
            @"[Differentiable] public static double F(double x, double y) => Math.Cbrt(x * x * x) * y + Math.Cbrt(y * y) + Math.Pow(Math.Cbrt(x), 2);",
            "F", new object[] { -1.5, -0.7 }, new object[] { 2.0, -0.3 }, new object[] { -0.4, 1.2 });

        [Fact]
        public void Exp_of_log_and_back() => LoopFreeCheck.Check(
            @"[Differentiable] public static double F(double x, double y) => Math.Exp(2 * Math.Log(x)) * y + Math.Exp(Math.Log(y) * x) + Math.Log(Math.Exp(x * y));",
            "F", new object[] { 1.5, 0.7 }, new object[] { 2.0, 0.3 }, new object[] { 0.4, 1.2 });

        [Fact]
        public void Reciprocal_roots_of_squares() => LoopFreeCheck.Check(
            @"[Differentiable] public static double F(double x, double y) => y / Math.Sqrt(x * x) + 1 / Math.Sqrt(y * y * x * x) + Math.Sqrt(1 / (x * x));",
            "F", new object[] { -1.5, 0.7 }, new object[] { 2.0, -0.3 }, new object[] { -0.4, -1.2 });

        [Fact]
        public void Abs_and_sign_products() => LoopFreeCheck.Check(
            @"[Differentiable] public static double F(double x, double y) => Math.Abs(x * y) + Math.Abs(x) / x * y + Math.Sign(x) * x * y + Math.Abs(x) * Math.Abs(x);",
            "F", new object[] { -1.5, 0.7 }, new object[] { 2.0, -0.3 }, new object[] { -0.4, -1.2 });

        [Fact]
        public void Atan2_in_every_quadrant() => LoopFreeCheck.Check(
            @"[Differentiable] public static double F(double x, double y) => Math.Atan2(y, x) + Math.Atan2(x * y, 1 + x * x) * y + Math.Atan2(-y, -x);",
            "F", new object[] { 1.3, 0.4 }, new object[] { -0.7, 1.1 }, new object[] { -0.9, -0.6 }, new object[] { 0.5, -1.5 }, new object[] { -1.2, 0.05 });

        [Fact]
        public void Hypot_and_log1p() => LoopFreeCheck.Check(
            @"[Differentiable] public static double F(double x, double y) => Math.Sqrt(x * x + y * y) + Math.Log(1 + x * x) + Math.Log(1 + Math.Exp(y)) + Math.Log(Math.Sqrt(x * x + y * y + 1));",
            "F", new object[] { 1.3, 0.4 }, new object[] { -0.7, 1.1 }, new object[] { -0.9, -0.6 }, new object[] { 3e5, -4e5 });

        [Fact]
        public void Hypot_forms() => LoopFreeCheck.Check(
            @"[Differentiable] public static double F(double x, double y) => x / Math.Sqrt(x * x + y * y) + (Math.Sqrt(x * x + y * y) - x) + Math.Pow(x * x + y * y, 0.5) * y + Math.Pow(x * x + y * y, -1.5) + Math.Log(x + Math.Sqrt(x * x + 1)) + Math.Log((1 + y / 3) / (1 - y / 3)) / 2;",
            "F", new object[] { 1.3, 0.4 }, new object[] { -0.7, 1.1 }, new object[] { -0.9, -0.6 }, new object[] { 3e5, -4e-1 });

        [Fact]
        public void Variable_exponents() => LoopFreeCheck.Check(
            @"[Differentiable] public static double F(double x, double y) => Math.Pow(x, y) + Math.Pow(2, x * y) + Math.Pow(x, -y) * Math.Pow(y * y + 1, x) + Math.Pow(Math.E, y);",
            "F", new object[] { 1.3, 0.4 }, new object[] { 0.7, 1.1 }, new object[] { 1.9, -0.6 }, new object[] { 0.5, 2.5 });

        [Fact]
        public void Constant_exponents_of_negative_bases() => LoopFreeCheck.Check(
            @"[Differentiable] public static double F(double x, double y) => Math.Pow(x, 3) * y + Math.Pow(x, -2) + Math.Pow(x * y, 2.0) + Math.Pow(x, 4.0 / 2.0);",
            "F", new object[] { -1.3, 0.4 }, new object[] { -0.7, 1.1 }, new object[] { 1.9, -0.6 });

        [Fact]
        public void Clamp_min_max_abs_sign_away_from_kinks() => LoopFreeCheck.Check(
            @"[Differentiable] public static double F(double x, double y) => Math.Clamp(x * y, -0.5, 0.8) + Math.Max(x, Math.Min(y, 1)) * x + Math.Min(x * x, y + 1) + Math.Clamp(x, y - 1, y + 1) * y + Math.Abs(x - y) * Math.Sign(y);",
            "F", new object[] { 1.3, 0.4 }, new object[] { -0.7, 1.1 }, new object[] { -0.9, -0.6 }, new object[] { 0.5, -1.5 }, new object[] { 2.2, 1.9 });

        [Fact]
        public void Guard_clauses() => LoopFreeCheck.Check(
            @"[Differentiable] public static double F(double x, double y)
{
    if (x < -1) return -x * y;
    if (x > 2) return Math.Log(x) * y;
    double t = x * y;
    if (y > x) return t * x + y;
    if (t < 0) { double u = Math.Exp(t); return u * x; }
    return Math.Sin(t) / x;
}",
            "F", new object[] { -1.5, 0.3 }, new object[] { 2.5, 0.1 }, new object[] { 0.5, 0.9 }, new object[] { 0.5, 0.2 }, new object[] { 1.5, -0.7 });

        [Fact]
        public void Nested_conditionals() => LoopFreeCheck.Check(
            @"[Differentiable] public static double F(double x, double y) => x > 0 ? (y > 0 ? (x > y ? x * y : y * y * x) : (x > 1 ? -y : x * Math.Exp(y))) : (y > x ? (y > 0 ? Math.Sin(x * y) : Math.Cos(x) * y) : x * x * x);",
            "F", new object[] { -1.5, 0.3 }, new object[] { 2.5, 0.1 }, new object[] { 0.5, 0.9 }, new object[] { 0.5, 0.2 }, new object[] { 1.5, -0.7 }, new object[] { -0.5, -0.7 });

        [Fact]
        public void Log_with_variable_base_and_inverse_hyperbolics() => LoopFreeCheck.Check(
            @"[Differentiable] public static double F(double x, double y) => Math.Log(x, y) + Math.Log(y, 2) * x + Math.Log10(x * y) + Math.Log2(x + y) + Math.Asinh(x - y) + Math.Acosh(1 + x * x) + Math.Atanh(y / 3);",
            "F", new object[] { 1.3, 2.4 }, new object[] { 0.7, 1.1 }, new object[] { 1.9, 0.6 });

        [Fact]
        public void Powers_of_powers() => LoopFreeCheck.Check(
            @"[Differentiable] public static double F(double x, double y) => Math.Pow(x, y * y) * Math.Pow(y * y + 1, -x) + Math.Pow(Math.Pow(x, y), 2) + Math.Pow(x * 2, 1.5) * Math.Sqrt(Math.Pow(x, 3));",
            "F", new object[] { 1.3, 0.4 }, new object[] { 0.7, 1.1 }, new object[] { 1.9, -0.6 });

        [Fact]
        public void If_chains_with_returns_and_a_switch() => LoopFreeCheck.Check(
            @"[Differentiable] public static double F(double x, double y)
{
    double r = 0;
    if (x > 2) { r = x * y; if (y > 0) r += Math.Sqrt(x); else r -= y * y; }
    else if (x > 1) r = Math.Exp(y) * x;
    else if (x > 0) { if (y > 1) return Math.Log(y) * x; r = x * x * x; }
    else { r = y > x ? Math.Sin(x * y) : Math.Cos(y) * x; if (r > 0.5) r = 0.5 + (r - 0.5) * 0.1; }
    double q = r * r;
    if (q > 1) return Math.Sqrt(q) * y;
    switch (x) { case < -1: q += x; break; case < 0: q -= y; break; default: q *= 2; break; }
    return q + r * x;
}",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 }, new object[] { 1.6, 1.3 }, new object[] { -0.5, -0.2 }, new object[] { 2.5, 0.3 }, new object[] { 0.3, 2.5 }, new object[] { -2.0, -2.5 });

        [Fact]
        public void Inverse_trigonometric_forms() => LoopFreeCheck.Check(
            @"[Differentiable] public static double F(double x, double y) => Math.Atan(y / x) + Math.Atan2(y * y, x) * Math.Atan2(x, y) + Math.Atan2(Math.Sin(x), Math.Cos(y)) + Math.Asin(Math.Tanh(x)) + Math.Acos(y / 3);",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 }, new object[] { 1.6, 1.3 }, new object[] { -0.5, -0.2 });

        [Fact]
        public void Fma_cbrt_and_abs_power() => LoopFreeCheck.Check(
            @"[Differentiable] public static double F(double x, double y) => Math.FusedMultiplyAdd(x, y, x * x) * Math.Cbrt(x * y) + Math.Cbrt(y) * x + Math.Pow(Math.Abs(x), y);",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 }, new object[] { 1.6, 1.3 }, new object[] { -0.5, -0.2 });

        [Fact]
        public void Powers_with_counter_exponents() => LoopFreeCheck.Check(
            @"[Differentiable] public static double F(double x, double y) { double s = 0; for (int i = 0; i < 4; i++) s += Math.Pow(x, i) * y + Math.Pow(y * y + 0.5, i + 0.5) + Math.Pow(x - x, 2) + Math.Pow(Math.Abs(x), y * i); return s; }",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 }, new object[] { 1.6, 1.3 });
    }
}
