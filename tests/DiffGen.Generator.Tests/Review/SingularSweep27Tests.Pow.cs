using System;
using Xunit;
using static DiffGen.Generator.Tests.Review.SingularSweep27Check;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>
    /// Loop-free Math.Pow: a negative or zero base with an integer-valued exponent held in an int or double parameter, a
    /// local or a literal; a zero base with a differentiated exponent; a zero exponent; a clamped base. Where xʸ is not
    /// defined near the point in y (x &lt; 0) no claim is made on ∂/∂y (NaN by hand), but ∂/∂x is claimed.
    /// </content>
    public sealed partial class SingularSweep27Tests
    {
        private static double PowPrime(double x, double n) => n == 0 ? 0 : n * Math.Pow(x, n - 1);

        [Fact]
        public void Pow_with_an_int_parameter_exponent() =>
            Hand(
                "[Differentiable(\"x\")] public static double F(double x, int n) => Math.Pow(x, n);",
                "F",
                p => D(PowPrime(X(p), (int)p[1])),
                new object[] { -2.0, 3 }, new object[] { 0.0, 3 }, new object[] { 0.0, 1 }, new object[] { 0.0, 0 }, new object[] { -2.0, 0 },
                new object[] { -3.0, 2 }, new object[] { -2.0, -1 }, new object[] { 0.0, 2 }, new object[] { 1.5, 4 });

        [Fact]
        public void Pow_with_a_data_exponent() =>
            Hand(
                "[Differentiable(\"x\")] public static double F(double x, double k) => Math.Pow(x, k);",
                "F",
                p => D(PowPrime(X(p), Y(p))),
                new object[] { -2.0, 3.0 }, new object[] { 0.0, 3.0 }, new object[] { 0.0, 1.0 }, new object[] { 0.0, 0.0 }, new object[] { -2.0, 0.0 },
                new object[] { -3.0, 2.0 }, new object[] { -2.0, -1.0 }, new object[] { 0.0, 2.0 }, new object[] { 1.5, 2.5 });

        [Fact]
        public void Pow_with_both_differentiated() =>
            Hand(
                "[Differentiable] public static double F(double x, double y) => Math.Pow(x, y);",
                "F",
                p => X(p) < 0 ? D(PowPrime(X(p), Y(p)), double.NaN)
                    : X(p) == 0 && Y(p) < 1 ? D(double.NaN, 0)
                    : X(p) == 0 ? D(PowPrime(0, Y(p)), 0)
                    : D(PowPrime(X(p), Y(p)), Math.Pow(X(p), Y(p)) * Math.Log(X(p))),
                new object[] { -2.0, 3.0 }, new object[] { -2.0, 2.0 }, new object[] { 0.0, 2.0 }, new object[] { 0.0, 1.0 }, new object[] { 0.0, 3.0 },
                new object[] { 0.0, 0.5 }, new object[] { 2.0, 3.0 });

        [Fact]
        public void Pow_of_a_zero_constant_base() =>
            Hand(
                "[Differentiable] public static double F(double x, double y) => x + Math.Pow(0.0, y);",
                "F",
                p => D(1, 0),
                new object[] { 1.0, 2.0 }, new object[] { 1.0, 0.5 });

        [Fact]
        public void Pow_of_a_data_base_that_is_zero() =>
            Hand(
                "[Differentiable(\"y\")] public static double F(double b, double y) => Math.Pow(b, y);",
                "F",
                p => D(X(p) == 0 ? 0 : Math.Pow(X(p), Y(p)) * Math.Log(X(p))),
                new object[] { 0.0, 2.0 }, new object[] { 0.0, 0.5 }, new object[] { 2.0, 3.0 });

        [Fact]
        public void Pow_to_a_zero_literal() =>
            Hand(
                "[Differentiable] public static double F(double x, double y) => Math.Pow(x, 0) + y * x;",
                "F",
                p => D(Y(p), X(p)),
                new object[] { 0.0, 2.0 }, new object[] { -3.0, 1.0 });

        [Fact]
        public void Pow_of_max_with_both_differentiated() =>
            Hand(
                "[Differentiable] public static double F(double x, double y) => Math.Pow(Math.Max(x, 0), y);",
                "F",
                p => X(p) < 0 ? D(0, 0) : D(PowPrime(X(p), Y(p)), Math.Pow(X(p), Y(p)) * Math.Log(X(p))),
                new object[] { -1.0, 2.0 }, new object[] { -1.0, 0.5 }, new object[] { 4.0, 0.5 }, new object[] { 4.0, 2.0 });

        [Fact]
        public void Pow_of_clamp_to_a_literal() =>
            Hand(
                "[Differentiable] public static double F(double x) => Math.Pow(Math.Clamp(x, 0, 1), 2.5);",
                "F",
                p => D(X(p) > 0 && X(p) < 1 ? 2.5 * Math.Pow(X(p), 1.5) : 0),
                new object[] { -1.0 }, new object[] { 2.0 }, new object[] { 0.25 });

        [Fact]
        public void Half_power_of_max_times_a_parameter() =>
            Hand(
                "[Differentiable] public static double F(double x, double y) => Math.Pow(Math.Max(x, 0), 0.5) * y;",
                "F",
                p => X(p) < 0 ? D(0, 0) : D(Y(p) / (2 * Math.Sqrt(X(p))), Math.Sqrt(X(p))),
                new object[] { -1.0, 2.0 }, new object[] { 4.0, 2.0 });

        [Fact]
        public void Pow_with_an_int_local_exponent() =>
            Hand(
                "[Differentiable] public static double F(double x)\n{\n    int n = 3;\n    return Math.Pow(x, n);\n}",
                "F",
                p => D(3 * X(p) * X(p)),
                new object[] { -2.0 }, new object[] { 0.0 });

        [Fact]
        public void Pow_literals_at_a_negative_base() =>
            Hand(
                "[Differentiable] public static double F(double x) => Math.Pow(x, 3) + Math.Pow(x, 2.0);",
                "F",
                p => D((3 * X(p) * X(p)) + (2 * X(p))),
                new object[] { -2.0 }, new object[] { 0.0 });

        [Fact]
        public void Pow_of_a_square_to_one_and_a_half() =>
            Hand(
                "[Differentiable] public static double F(double x) => Math.Pow(x * x, 1.5);",
                "F",
                p => D(3 * X(p) * Math.Abs(X(p))),
                new object[] { 0.0 }, new object[] { -2.0 }, new object[] { 1.5 });

        [Fact]
        public void Pow_of_max_to_one_and_a_half_at_the_kink() =>
            Hand(
                "[Differentiable] public static double F(double x) => Math.Pow(Math.Max(x, 0), 1.5);",
                "F",
                p => D(1.5 * Math.Sqrt(Math.Max(X(p), 0))),
                new object[] { -1.0 }, new object[] { 0.0 }, new object[] { 4.0 });
    }
}
