using System;
using System.Linq;
using Xunit;
using static DiffGen.Generator.Tests.Review.SingularSweep27Check;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>
    /// Math.Pow in methods with loops (the program route): polynomials Σ c[k]·x^k with the loop index as exponent (at
    /// x = 0 and x &lt; 0), exponents from an int array or a double local, both arguments differentiated, a clamped base;
    /// and products of a zero factor and an infinite derivative in a loop (w[i]·∛(x − p[i]) with w[i] = 0 where
    /// x = p[i]; z²·∛z; m·√m at m = max(·, 0) = 0).
    /// </content>
    public sealed partial class SingularSweep27Tests
    {
        private static double Poly1(double x, double[] c) => Enumerable.Range(1, c.Length - 1).Sum(k => k * c[k] * Math.Pow(x, k - 1));

        [Fact]
        public void Polynomial_with_the_loop_index_as_exponent() =>
            Hand(
                "[Differentiable(\"x\")] public static double F(double x, double[] c)\n{\n    double s = 0;\n    for (int k = 0; k < c.Length; k++)\n    {\n        s += c[k] * Math.Pow(x, k);\n    }\n\n    return s;\n}",
                "F",
                p => D(Poly1(X(p), A(p, 1))),
                new object[] { 0.0, new[] { 1.0, 2.0, 3.0, 4.0 } }, new object[] { -2.0, new[] { 1.0, 2.0, 3.0, 4.0 } }, new object[] { 0.5, new[] { 1.0, -2.0, 0.5 } });

        [Fact]
        public void Polynomial_with_a_double_local_exponent() =>
            Hand(
                "[Differentiable(\"x\")] public static double F(double x, double[] c)\n{\n    double s = 0;\n    for (int k = 0; k < c.Length; k++)\n    {\n        double e = k;\n        s += c[k] * Math.Pow(x, e);\n    }\n\n    return s;\n}",
                "F",
                p => D(Poly1(X(p), A(p, 1))),
                new object[] { 0.0, new[] { 1.0, 2.0, 3.0, 4.0 } }, new object[] { -2.0, new[] { 1.0, 2.0, 3.0, 4.0 } });

        [Fact]
        public void Polynomial_with_coefficients_differentiated_too() =>
            Hand(
                "[Differentiable] public static double F(double x, double[] c)\n{\n    double s = 0;\n    for (int k = 0; k < c.Length; k++)\n    {\n        s += c[k] * Math.Pow(x, k);\n    }\n\n    return s;\n}\n"
                + "public static double[] GW(double x, double[] c)\n{\n    double[] dC = new double[c.Length];\n    double v = FGradient(x, c, out double dX, dC);\n    return [v, dX, .. dC];\n}",
                "F",
                p => new[] { Poly1(X(p), A(p, 1)) }.Concat(A(p, 1).Select((_, k) => Math.Pow(X(p), k))).ToArray(),
                new object[] { 0.0, new[] { 1.0, 2.0, 3.0 } }, new object[] { -2.0, new[] { 1.0, 2.0, 3.0 } });

        [Fact]
        public void Pow_with_exponents_from_an_int_array() =>
            Hand(
                "[Differentiable(\"x\")] public static double F(double x, int[] n)\n{\n    double s = 0;\n    for (int i = 0; i < n.Length; i++)\n    {\n        s += Math.Pow(x, n[i]);\n    }\n\n    return s;\n}",
                "F",
                p => D(((int[])p[1]).Sum(n => PowPrime(X(p), n))),
                new object[] { 0.0, new[] { 0, 1, 2, 3 } }, new object[] { -2.0, new[] { 0, 1, 2, 3, -1 } });

        [Fact]
        public void Pow_with_both_differentiated_in_a_loop() =>
            Hand(
                "[Differentiable(\"x\", \"y\")] public static double F(double x, double y, double[] p)\n{\n    double s = 0;\n    for (int i = 0; i < p.Length; i++)\n    {\n        s += p[i] * Math.Pow(x, y);\n    }\n\n    return s;\n}",
                "F",
                p => X(p) < 0 ? D(A(p, 2).Sum() * PowPrime(X(p), Y(p)), double.NaN)
                    : X(p) == 0 ? D(A(p, 2).Sum() * PowPrime(0, Y(p)), 0)
                    : D(A(p, 2).Sum() * PowPrime(X(p), Y(p)), A(p, 2).Sum() * Math.Pow(X(p), Y(p)) * Math.Log(X(p))),
                new object[] { 0.0, 2.0, new[] { 1.0, 2.0 } }, new object[] { -2.0, 3.0, new[] { 1.0, 2.0 } }, new object[] { 0.0, 1.0, new[] { 1.0, 2.0 } },
                new object[] { 2.0, 3.0, new[] { 1.0, 2.0 } });

        [Fact]
        public void Pow_of_a_clamped_base_with_a_half_exponent_in_a_loop() =>
            Hand(
                "[Differentiable(\"x\", \"y\")] public static double F(double x, double y, double[] p)\n{\n    double s = 0;\n    for (int i = 0; i < p.Length; i++)\n    {\n        s += Math.Pow(Math.Max(p[i] * x, 0), y);\n    }\n\n    return s;\n}",
                "F",
                p => D(A(p, 2).Where(v => v * X(p) > 0).Sum(v => v * PowPrime(v * X(p), Y(p))), A(p, 2).Where(v => v * X(p) > 0).Sum(v => Math.Pow(v * X(p), Y(p)) * Math.Log(v * X(p)))),
                new object[] { 1.0, 0.5, new[] { 4.0, -1.0, 2.0 } }, new object[] { 1.0, 2.0, new[] { 4.0, -1.0, 2.0 } });

        [Fact]
        public void Zero_weights_times_cbrt_in_a_loop() =>
            Hand(
                "[Differentiable(\"x\")] public static double F(double x, double[] w, double[] p)\n{\n    double s = 0;\n    for (int i = 0; i < w.Length; i++)\n    {\n        s += w[i] * Math.Cbrt(x - p[i]);\n    }\n\n    return s;\n}",
                "F",
                p => D(Enumerable.Range(0, A(p, 1).Length).Where(i => A(p, 1)[i] != 0).Sum(i => A(p, 1)[i] / (3 * Math.Pow(Math.Cbrt(X(p) - A(p, 2)[i]), 2)))),
                new object[] { 1.0, new[] { 1.0, 2.0 }, new[] { 2.0, 9.0 } });

        [Fact]
        public void Square_times_cbrt_in_a_loop() =>
            Hand(
                "[Differentiable(\"x\")] public static double F(double x, double[] p)\n{\n    double s = 0;\n    for (int i = 0; i < p.Length; i++)\n    {\n        double z = x - p[i];\n        s += z * z * Math.Cbrt(z);\n    }\n\n    return s;\n}",
                "F",
                p => D(A(p, 1).Sum(v => 7.0 / 3 * Math.Pow(Math.Cbrt(X(p) - v), 4))),
                new object[] { 1.0, new[] { 2.0, -7.0 } });

        [Fact]
        public void Max_times_its_sqrt_in_a_loop() =>
            Hand(
                "[Differentiable(\"x\")] public static double F(double x, double[] p)\n{\n    double s = 0;\n    for (int i = 0; i < p.Length; i++)\n    {\n        double m = Math.Max(x - p[i], 0);\n        s += m * Math.Sqrt(m);\n    }\n\n    return s;\n}",
                "F",
                p => D(A(p, 1).Sum(v => 1.5 * Math.Sqrt(Math.Max(X(p) - v, 0)))),
                new object[] { 1.0, new[] { 2.0, -3.0 } });

        [Fact]
        public void Three_quarter_power_of_a_sum_of_squares_from_a_loop() =>
            Hand(
                "[Differentiable(\"x\")] public static double F(double x, double[] p)\n{\n    double r2 = 0;\n    for (int i = 0; i < p.Length; i++)\n    {\n        double d = x * p[i];\n        r2 += d * d;\n    }\n\n    return Math.Pow(r2, 0.75);\n}",
                "F",
                p => D(X(p) == 0 ? 0 : 1.5 * X(p) * A(p, 1).Sum(v => v * v) * Math.Pow(X(p) * X(p) * A(p, 1).Sum(v => v * v), -0.25)),
                new object[] { 1.0, new[] { 1.0, 2.0 } });
    }
}
