using System;
using System.Linq;
using Xunit;
using static DiffGen.Generator.Tests.Review.SingularSweep27Check;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>
    /// The singular side values behind a call: a [Differentiable] helper or a local function that guards √ or sinc, one
    /// whose local is singular and unused, one that returns ∛ into a product with a zero weight; loop-free and in a loop.
    /// </content>
    public sealed partial class SingularSweep27Tests
    {
        private const string SafeSqrt = "[Differentiable] private static double SafeSqrt(double t) => t > 0 ? Math.Sqrt(t) : 0;\n";

        private const string Sinc = "[Differentiable] private static double Sinc(double t) => t != 0 ? Math.Sin(t) / t : 1;\n";

        private const string Cb = "[Differentiable] private static double Cb(double t) => Math.Cbrt(t);\n";

        [Fact]
        public void Helper_guarding_sqrt() =>
            Hand(
                SafeSqrt + "[Differentiable] public static double F(double x, double y) => y * SafeSqrt(x);",
                "F",
                p => X(p) > 0 ? D(Y(p) / (2 * Math.Sqrt(X(p))), Math.Sqrt(X(p))) : D(0, 0),
                new object[] { -1.0, 2.0 }, new object[] { 4.0, 2.0 });

        [Fact]
        public void Helper_sinc_at_zero() =>
            Hand(
                Sinc + "[Differentiable] public static double F(double x, double y) => Sinc(x) * y;",
                "F",
                p => X(p) == 0 ? D(0, 1) : D(Sinc1(X(p)) * Y(p), Math.Sin(X(p)) / X(p)),
                new object[] { 0.0, 2.0 }, new object[] { 1.0, 2.0 });

        [Fact]
        public void Helper_with_a_dead_singular_local() =>
            Hand(
                "[Differentiable] private static double Dead(double t, double u)\n{\n    double q = Math.Log(t);\n    return u * u;\n}\n"
                + "[Differentiable] public static double F(double x, double y) => Dead(x, y) + x;",
                "F",
                p => D(1, 2 * Y(p)),
                new object[] { 0.0, 3.0 }, new object[] { -1.0, 3.0 });

        [Fact]
        public void Local_function_guarding_sqrt() =>
            Hand(
                "[Differentiable] public static double F(double x, double y)\n{\n    double S(double t) => t > 0 ? Math.Sqrt(t) : 0;\n    return y * S(x);\n}",
                "F",
                p => X(p) > 0 ? D(Y(p) / (2 * Math.Sqrt(X(p))), Math.Sqrt(X(p))) : D(0, 0),
                new object[] { -1.0, 2.0 }, new object[] { 4.0, 2.0 });

        [Fact]
        public void Helper_guarding_sqrt_in_a_loop() =>
            Hand(
                SafeSqrt + "[Differentiable(\"x\", \"y\")] public static double F(double x, double y, double[] p)\n{\n    double s = 0;\n    for (int i = 0; i < p.Length; i++)\n    {\n        s += y * SafeSqrt(p[i] * x);\n    }\n\n    return s;\n}",
                "F",
                p => D(A(p, 2).Where(v => v * X(p) > 0).Sum(v => Y(p) * v / (2 * Math.Sqrt(v * X(p)))), A(p, 2).Where(v => v * X(p) > 0).Sum(v => Math.Sqrt(v * X(p)))),
                new object[] { 1.0, 2.0, new[] { 4.0, -1.0, 0.0, 1.0 } });

        [Fact]
        public void Local_function_guarding_sqrt_in_a_loop() =>
            Hand(
                "[Differentiable(\"x\", \"y\")] public static double F(double x, double y, double[] p)\n{\n    double S(double t) => t > 0 ? Math.Sqrt(t) : 0;\n    double s = 0;\n    for (int i = 0; i < p.Length; i++)\n    {\n        s += y * S(p[i] * x);\n    }\n\n    return s;\n}",
                "F",
                p => D(A(p, 2).Where(v => v * X(p) > 0).Sum(v => Y(p) * v / (2 * Math.Sqrt(v * X(p)))), A(p, 2).Where(v => v * X(p) > 0).Sum(v => Math.Sqrt(v * X(p)))),
                new object[] { 1.0, 2.0, new[] { 4.0, -1.0, 0.0, 1.0 } });

        [Fact]
        public void Helper_sinc_in_a_loop_at_zero() =>
            Hand(
                Sinc + "[Differentiable(\"x\")] public static double F(double x, double[] p)\n{\n    double s = 0;\n    for (int i = 0; i < p.Length; i++)\n    {\n        s += Sinc(x * p[i]);\n    }\n\n    return s;\n}",
                "F",
                p => D(A(p, 1).Where(v => v * X(p) != 0).Sum(v => v * Sinc1(v * X(p)))),
                new object[] { 0.0, new[] { 1.0, 2.0 } }, new object[] { 1.0, new[] { 1.0, 0.0, 2.0 } });

        [Fact]
        public void Helper_cbrt_times_a_zero_weight() =>
            Hand(
                Cb + "[Differentiable] public static double F(double w, double x, double y) => w * Cb(x) + x * y;",
                "F",
                p => D(Math.Cbrt(Y(p)), (X(p) == 0 ? 0 : X(p) / (3 * Math.Cbrt(Y(p)) * Math.Cbrt(Y(p)))) + Z(p), Y(p)),
                new object[] { 2.0, 8.0, 1.0 });

        [Fact]
        public void Local_function_cbrt_times_a_zero_weight() =>
            Hand(
                "[Differentiable] public static double F(double w, double x, double y)\n{\n    double Cb(double t) => Math.Cbrt(t);\n    return w * Cb(x) + x * y;\n}",
                "F",
                p => D(Math.Cbrt(Y(p)), (X(p) == 0 ? 0 : X(p) / (3 * Math.Cbrt(Y(p)) * Math.Cbrt(Y(p)))) + Z(p), Y(p)),
                new object[] { 2.0, 8.0, 1.0 });

        [Fact]
        public void Helper_cbrt_times_zero_weights_in_a_loop() =>
            Hand(
                Cb + "[Differentiable(\"x\")] public static double F(double x, double[] w, double[] p)\n{\n    double s = 0;\n    for (int i = 0; i < w.Length; i++)\n    {\n        s += w[i] * Cb(x - p[i]);\n    }\n\n    return s;\n}",
                "F",
                p => D(Enumerable.Range(0, A(p, 1).Length).Where(i => A(p, 1)[i] != 0).Sum(i => A(p, 1)[i] / (3 * Math.Pow(Math.Cbrt(X(p) - A(p, 2)[i]), 2)))),
                new object[] { 1.0, new[] { 1.0, 2.0 }, new[] { 2.0, 9.0 } });
    }
}
