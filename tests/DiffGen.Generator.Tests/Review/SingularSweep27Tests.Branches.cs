using System;
using Xunit;
using static DiffGen.Generator.Tests.Review.SingularSweep27Check;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>
    /// Loop-free (the scalar route): a branch, ?: arm or switch arm not taken at the point is singular there (√ of a negative,
    /// 0/0, ln 0), or a local computed before the test is. The derivative is the taken arm's, worked by hand.
    /// </content>
    public sealed partial class SingularSweep27Tests
    {
        private static double[] D(params double[] v) => v;

        private static double X(object[] p) => (double)p[0];

        private static double Y(object[] p) => (double)p[1];

        private static double Sinc1(double x) => ((x * Math.Cos(x)) - Math.Sin(x)) / (x * x);

        [Fact]
        public void Sqrt_arm_not_taken_at_a_negative() =>
            Hand(
                "[Differentiable] public static double F(double x, double y) => y * (x > 0 ? Math.Sqrt(x) : 0);",
                "F",
                p => X(p) > 0 ? D(Y(p) / (2 * Math.Sqrt(X(p))), Math.Sqrt(X(p))) : D(0, 0),
                new object[] { -1.0, 2.0 }, new object[] { -1e-300, 2.0 }, new object[] { 4.0, 3.0 });

        [Fact]
        public void Sinc_quotient_not_taken_at_zero() =>
            Hand(
                "[Differentiable] public static double F(double x) => x != 0 ? Math.Sin(x) / x : 1;",
                "F",
                p => D(X(p) == 0 ? 0 : Sinc1(X(p))),
                new object[] { 0.0 }, new object[] { 1.0 }, new object[] { -2.5 });

        [Fact]
        public void Log_arm_not_taken_below_a_threshold() =>
            Hand(
                "[Differentiable] public static double F(double x, double y) => (x > 1e-8 ? Math.Log(x) : -18) + y * x;",
                "F",
                p => D((X(p) > 1e-8 ? 1 / X(p) : 0) + Y(p), X(p)),
                new object[] { 0.0, 2.0 }, new object[] { -3.0, 1.5 }, new object[] { 2.0, 0.5 });

        [Fact]
        public void Sinc_series_switch_at_zero() =>
            Hand(
                "[Differentiable] public static double F(double x) => Math.Abs(x) < 1e-6 ? 1 - x * x / 6 : Math.Sin(x) / x;",
                "F",
                p => D(Math.Abs(X(p)) < 1e-6 ? -X(p) / 3 : Sinc1(X(p))),
                new object[] { 0.0 }, new object[] { 1e-7 }, new object[] { 2.0 });

        [Fact]
        public void Expm1_over_x_series_switch_at_zero() =>
            Hand(
                "[Differentiable] public static double F(double x) => Math.Abs(x) < 1e-8 ? 1 + x / 2 : (Math.Exp(x) - 1) / x;",
                "F",
                p => D(Math.Abs(X(p)) < 1e-8 ? 0.5 : ((X(p) * Math.Exp(X(p))) - Math.Exp(X(p)) + 1) / (X(p) * X(p))),
                new object[] { 0.0 }, new object[] { 1.5 });

        [Fact]
        public void If_else_x_log_x_at_zero_and_below() =>
            Hand(
                "[Differentiable] public static double F(double x, double y)\n{\n    if (x <= 0)\n    {\n        return 0;\n    }\n    else\n    {\n        return y * x * Math.Log(x);\n    }\n}",
                "F",
                p => X(p) <= 0 ? D(0, 0) : D(Y(p) * (Math.Log(X(p)) + 1), X(p) * Math.Log(X(p))),
                new object[] { -1e-300, 2.0 }, new object[] { -2.0, 1.5 }, new object[] { Math.E, 2.0 });

        [Fact]
        public void Local_computed_before_the_test_is_NaN_where_not_used() =>
            Hand(
                "[Differentiable] public static double F(double x, double y)\n{\n    double s = Math.Sqrt(x);\n    if (x > 0)\n    {\n        return s * y;\n    }\n\n    return y;\n}",
                "F",
                p => X(p) > 0 ? D(Y(p) / (2 * Math.Sqrt(X(p))), Math.Sqrt(X(p))) : D(0, 1),
                new object[] { -1.0, 2.0 }, new object[] { 4.0, 3.0 });

        [Fact]
        public void Switch_expression_arm_not_taken() =>
            Hand(
                "[Differentiable] public static double F(double x, double y) => y * (x switch { <= 0 => 0.0, _ => x * Math.Log(x) });",
                "F",
                p => X(p) <= 0 ? D(0, 0) : D(Y(p) * (Math.Log(X(p)) + 1), X(p) * Math.Log(X(p))),
                new object[] { -1.0, 2.0 }, new object[] { 2.0, 3.0 });

        [Fact]
        public void Sqrt_of_max_where_clamped() =>
            Hand(
                "[Differentiable] public static double F(double x, double y) => Math.Sqrt(Math.Max(x, 0)) + y * x;",
                "F",
                p => D((X(p) > 0 ? 1 / (2 * Math.Sqrt(X(p))) : 0) + Y(p), X(p)),
                new object[] { -1.0, 2.0 }, new object[] { -1e-9, 1.0 }, new object[] { 4.0, 1.0 });

        [Fact]
        public void Exp_of_log_of_max_where_clamped() =>
            Hand(
                "[Differentiable] public static double F(double x, double y) => Math.Exp(Math.Log(Math.Max(x, 0))) + y;",
                "F",
                p => D(X(p) > 0 ? 1 : 0, 1),
                new object[] { -1.0, 2.0 }, new object[] { 2.0, 1.0 });

        [Fact]
        public void Sqrt_of_clamp_outside_the_interval() =>
            Hand(
                "[Differentiable] public static double F(double x) => Math.Sqrt(Math.Clamp(x, 0, 1));",
                "F",
                p => D(X(p) > 0 && X(p) < 1 ? 1 / (2 * Math.Sqrt(X(p))) : 0),
                new object[] { -1.0 }, new object[] { 2.0 }, new object[] { 0.25 });

        [Fact]
        public void Log_of_clamp_at_zero_and_below() =>
            Hand(
                "[Differentiable] public static double F(double x, double y) => Math.Log(Math.Clamp(x, 1e-12, 1.0)) * y;",
                "F",
                p => D(X(p) > 1e-12 && X(p) < 1 ? Y(p) / X(p) : 0, Math.Log(Math.Clamp(X(p), 1e-12, 1.0))),
                new object[] { 0.0, 2.0 }, new object[] { -1.0, 1.0 }, new object[] { 0.5, 3.0 }, new object[] { 2.0, 1.0 });

        [Fact]
        public void Sinc_choice_as_a_factor_at_zero() =>
            Hand(
                "[Differentiable] public static double F(double x, double y) => y * (x == 0 ? 1 : Math.Sin(x) / x) + x;",
                "F",
                p => X(p) == 0 ? D(1, 1) : D((Y(p) * Sinc1(X(p))) + 1, Math.Sin(X(p)) / X(p)),
                new object[] { 0.0, 2.0 }, new object[] { 1.0, 2.0 });

        [Fact]
        public void Dead_log_local() =>
            Hand(
                "[Differentiable] public static double F(double x, double y)\n{\n    double unused = Math.Log(x);\n    return y * y;\n}",
                "F",
                p => D(0, 2 * Y(p)),
                new object[] { 0.0, 3.0 }, new object[] { -1.0, 3.0 }, new object[] { 2.0, 3.0 });

        [Fact]
        public void Sqrt_local_returned_only_above_one() =>
            Hand(
                "[Differentiable] public static double F(double x)\n{\n    double r = Math.Sqrt(x);\n    if (x > 1)\n    {\n        return r;\n    }\n\n    return 1;\n}",
                "F",
                p => D(X(p) > 1 ? 1 / (2 * Math.Sqrt(X(p))) : 0),
                new object[] { 0.0 }, new object[] { -1.0 }, new object[] { 4.0 });

        [Fact]
        public void Log_local_read_by_an_arm_not_taken() =>
            Hand(
                "[Differentiable] public static double F(double x, double y)\n{\n    double lx = Math.Log(x);\n    return x > 1 ? lx * y : y;\n}",
                "F",
                p => X(p) > 1 ? D(Y(p) / X(p), Math.Log(X(p))) : D(0, 1),
                new object[] { 0.0, 2.0 }, new object[] { -1.0, 2.0 }, new object[] { Math.E, 2.0 });

        [Fact]
        public void Sinc_local_read_by_an_arm_not_taken() =>
            Hand(
                "[Differentiable] public static double F(double x)\n{\n    double s = Math.Sin(x) / x;\n    return x == 0 ? 1 : s;\n}",
                "F",
                p => D(X(p) == 0 ? 0 : Sinc1(X(p))),
                new object[] { 0.0 }, new object[] { 1.0 });
    }
}
