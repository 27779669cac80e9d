using System;
using Xunit;
using static DiffGen.Generator.Tests.Review.SingularSweep27Check;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>
    /// Loop-free products where one factor is 0 and another's derivative is infinite at the point: a weight of 0 times ∛x
    /// at x = 0 (w·∛x is differentiable at (0, 0), |w·∛x| ≤ r^(4/3)); x²·∛x; max(x, 0)·√max(x, 0) at the kink; √ of a
    /// product with 0; powers of a norm at the origin. Where the true derivative in a parameter is infinite, no claim (NaN).
    /// </content>
    public sealed partial class SingularSweep27Tests
    {
        private static double Z(object[] p) => (double)p[2];

        [Fact]
        public void Weight_times_sqrt_in_the_weight_at_zero() =>
            Hand(
                "[Differentiable] public static double F(double x, double y) => y * Math.Sqrt(x);",
                "F",
                p => D(X(p) == 0 ? double.NaN : Y(p) / (2 * Math.Sqrt(X(p))), Math.Sqrt(X(p))),
                new object[] { 0.0, 2.0 }, new object[] { 4.0, 2.0 });

        [Fact]
        public void Sin_times_sqrt_of_zero_in_the_other() =>
            Hand(
                "[Differentiable(\"x\")] public static double F(double x, double y) => Math.Sin(x) * Math.Sqrt(y);",
                "F",
                p => D(Math.Cos(X(p)) * Math.Sqrt(Y(p))),
                new object[] { 0.5, 0.0 }, new object[] { 0.5, 4.0 });

        [Fact]
        public void Zero_weight_times_cbrt_at_zero() =>
            Hand(
                "[Differentiable] public static double F(double w, double x, double y) => w * Math.Cbrt(x) + x * y;",
                "F",
                p => D(Math.Cbrt(Y(p)), (X(p) == 0 ? 0 : X(p) / (3 * Math.Cbrt(Y(p)) * Math.Cbrt(Y(p)))) + Z(p), Y(p)),
                new object[] { 2.0, 8.0, 1.0 }, new object[] { 0.0, -8.0, 1.5 });

        [Fact]
        public void Zero_weight_times_cbrt_over_a_sum_at_zero() =>
            Hand(
                "[Differentiable] public static double F(double w, double x) => w * Math.Cbrt(x) / (1 + x * x);",
                "F",
                p => X(p) == 0 && Y(p) == 0 ? D(0, 0) : D(Math.Cbrt(Y(p)) / (1 + (Y(p) * Y(p))), X(p) * ((1 / (3 * Math.Cbrt(Y(p)) * Math.Cbrt(Y(p)) * (1 + (Y(p) * Y(p))))) - (2 * Y(p) * Math.Cbrt(Y(p)) / ((1 + (Y(p) * Y(p))) * (1 + (Y(p) * Y(p))))))),
                new object[] { 2.0, 8.0 });

        [Fact]
        public void Zero_weight_times_two_thirds_power_of_a_square() =>
            Hand(
                "[Differentiable] public static double F(double w, double x, double y) => w * Math.Pow(x * x, 1.0 / 3) + y * x;",
                "F",
                p => X(p) == 0 && Y(p) == 0 ? D(0, Z(p), 0) : D(Math.Pow(Y(p) * Y(p), 1.0 / 3), (X(p) * 2.0 / 3 / Math.Cbrt(Y(p))) + Z(p), Y(p)),
                new object[] { 2.0, 1.0, 1.0 });

        [Fact]
        public void Square_times_cbrt_at_zero() =>
            Hand(
                "[Differentiable] public static double F(double x) => x * x * Math.Cbrt(x);",
                "F",
                p => D(7.0 / 3 * Math.Pow(Math.Cbrt(X(p)), 4)),
                new object[] { -8.0 }, new object[] { 8.0 });

        [Fact]
        public void Max_times_its_sqrt_at_the_kink() =>
            Hand(
                "[Differentiable] public static double F(double x)\n{\n    double m = Math.Max(x, 0);\n    return m * Math.Sqrt(m);\n}",
                "F",
                p => D(1.5 * Math.Sqrt(Math.Max(X(p), 0))),
                new object[] { -1.0 }, new object[] { 4.0 });

        [Fact]
        public void Abs_times_sqrt_of_abs_at_zero() =>
            Hand(
                "[Differentiable] public static double F(double x) => Math.Abs(x) * Math.Sqrt(Math.Abs(x));",
                "F",
                p => D(1.5 * Math.Sign(X(p)) * Math.Sqrt(Math.Abs(X(p)))),
                new object[] { 0.0 }, new object[] { -4.0 }, new object[] { 4.0 });

        [Fact]
        public void Three_quarter_power_of_a_squared_norm_at_the_origin() =>
            Hand(
                "[Differentiable] public static double F(double x, double y) => Math.Pow(x * x + y * y, 0.75);",
                "F",
                p => X(p) == 0 && Y(p) == 0 ? D(0, 0) : D(1.5 * X(p) * Math.Pow((X(p) * X(p)) + (Y(p) * Y(p)), -0.25), 1.5 * Y(p) * Math.Pow((X(p) * X(p)) + (Y(p) * Y(p)), -0.25)),
                new object[] { 3.0, 4.0 });

        [Fact]
        public void Cube_of_a_norm_at_the_origin() =>
            Hand(
                "[Differentiable] public static double F(double x, double y) => Math.Pow(Math.Sqrt(x * x + y * y), 3);",
                "F",
                p => D(3 * X(p) * Math.Sqrt((X(p) * X(p)) + (Y(p) * Y(p))), 3 * Y(p) * Math.Sqrt((X(p) * X(p)) + (Y(p) * Y(p)))),
                new object[] { 0.0, 0.0 }, new object[] { 3.0, 4.0 });

        [Fact]
        public void Abs_written_as_sqrt_of_square_times_x_at_zero() =>
            Hand(
                "[Differentiable] public static double F(double x) => Math.Sqrt(x * x) * x;",
                "F",
                p => D(2 * Math.Abs(X(p))),
                new object[] { -3.0 }, new object[] { 2.0 });

        [Fact]
        public void Norm_times_squared_norm_at_the_origin() =>
            Hand(
                "[Differentiable] public static double F(double x, double y)\n{\n    double s = x * x + y * y;\n    return Math.Sqrt(s) * s;\n}",
                "F",
                p => D(3 * X(p) * Math.Sqrt((X(p) * X(p)) + (Y(p) * Y(p))), 3 * Y(p) * Math.Sqrt((X(p) * X(p)) + (Y(p) * Y(p)))),
                new object[] { 3.0, 4.0 });
    }
}
