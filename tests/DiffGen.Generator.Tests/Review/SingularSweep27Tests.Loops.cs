using System;
using System.Linq;
using Xunit;
using static DiffGen.Generator.Tests.Review.SingularSweep27Check;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>
    /// Methods with loops and arrays (the program route): masked logs with p[i] = 0 at masked entries, reductions that
    /// `continue` past singular entries or `break` before them, dead singular locals in a loop, a local array filled by a
    /// guarded √, √ of a clamped product, a guarded sinc, a log local read by an arm not taken, switch arms, a guard clause
    /// before a loop. A method whose array is differentiated is called through a wrapper GW (its gradient takes spans).
    /// </content>
    public sealed partial class SingularSweep27Tests
    {
        private static double[] A(object[] p, int i) => (double[])p[i];

        [Fact]
        public void Masked_log_in_a_scale() =>
            Hand(
                "[Differentiable(\"t\")] public static double F(double[] p, double[] m, double t)\n{\n    double s = 0;\n    for (int i = 0; i < p.Length; i++)\n    {\n        s += m[i] > 0 ? Math.Log(p[i] * t) : 0;\n    }\n\n    return s;\n}",
                "F",
                p => D(A(p, 1).Count(v => v > 0) / (double)p[2]),
                new object[] { new[] { 0.5, 0.0, 2.0, -1.0 }, new[] { 1.0, 0.0, 1.0, 0.0 }, 1.5 });

        [Fact]
        public void Masked_log_differentiated_in_the_array() =>
            Hand(
                "[Differentiable] public static double F(double[] p, double w)\n{\n    double s = 0;\n    for (int i = 0; i < p.Length; i++)\n    {\n        s += i % 2 == 0 ? w * Math.Log(p[i]) : 0;\n    }\n\n    return s;\n}\n"
                + "public static double[] GW(double[] p, double w)\n{\n    double[] dP = new double[p.Length];\n    double v = FGradient(p, w, dP, out double dW);\n    return [v, .. dP, dW];\n}",
                "F",
                p => A(p, 0).Select((v, i) => i % 2 == 0 ? (double)p[1] / v : 0).Append(A(p, 0).Where((v, i) => i % 2 == 0).Sum(Math.Log)).ToArray(),
                new object[] { new[] { 0.5, 0.0, 2.0, -1.0 }, 1.5 });

        [Fact]
        public void Weighted_mask_with_zero_weights_where_masked() =>
            Hand(
                "[Differentiable(\"w\", \"x\")] public static double F(double[] w, double[] m, double[] p, double x)\n{\n    double s = 0;\n    for (int i = 0; i < w.Length; i++)\n    {\n        s += w[i] * (m[i] > 0 ? Math.Log(p[i] * x) : 0);\n    }\n\n    return s;\n}\n"
                + "public static double[] GW(double[] w, double[] m, double[] p, double x)\n{\n    double[] dW = new double[w.Length];\n    double v = FGradient(w, m, p, x, dW, out double dX);\n    return [v, .. dW, dX];\n}",
                "F",
                p => Enumerable.Range(0, A(p, 0).Length).Select(i => A(p, 1)[i] > 0 ? Math.Log(A(p, 2)[i] * (double)p[3]) : 0)
                    .Append(Enumerable.Range(0, A(p, 0).Length).Where(i => A(p, 1)[i] > 0).Sum(i => A(p, 0)[i] / (double)p[3])).ToArray(),
                new object[] { new[] { 1.0, 0.0, 2.0 }, new[] { 1.0, 0.0, 1.0 }, new[] { 0.5, 0.0, 3.0 }, 2.0 });

        [Fact]
        public void Continue_past_entries_whose_log_is_singular() =>
            Hand(
                "[Differentiable] public static double F(double[] p, double w)\n{\n    double s = 0;\n    for (int i = 0; i < p.Length; i++)\n    {\n        if (p[i] <= 0)\n        {\n            continue;\n        }\n\n        s += w * Math.Log(p[i]);\n    }\n\n    return s;\n}\n"
                + "public static double[] GW(double[] p, double w)\n{\n    double[] dP = new double[p.Length];\n    double v = FGradient(p, w, dP, out double dW);\n    return [v, .. dP, dW];\n}",
                "F",
                p => A(p, 0).Select(v => v > 0 ? (double)p[1] / v : 0).Append(A(p, 0).Where(v => v > 0).Sum(Math.Log)).ToArray(),
                new object[] { new[] { 0.0, 2.0, -1.0, 0.5 }, 1.5 });

        [Fact]
        public void Break_before_a_zero_divisor() =>
            Hand(
                "[Differentiable(\"x\")] public static double F(double x, double[] p)\n{\n    double s = 0;\n    for (int i = 0; i < p.Length; i++)\n    {\n        if (p[i] == 0)\n        {\n            break;\n        }\n\n        s += x / p[i];\n    }\n\n    return s;\n}",
                "F",
                p => D(A(p, 1).TakeWhile(v => v != 0).Sum(v => 1 / v)),
                new object[] { 1.0, new[] { 2.0, 4.0, 0.0, 1.0 } }, new object[] { 0.0, new[] { 0.0, 4.0 } });

        [Fact]
        public void Dead_log_of_the_parameter_in_a_loop() =>
            Hand(
                "[Differentiable(\"x\")] public static double F(double x, double[] p)\n{\n    double s = 0;\n    for (int i = 0; i < p.Length; i++)\n    {\n        double u = Math.Log(x - p[i]);\n        s += x * p[i];\n    }\n\n    return s;\n}",
                "F",
                p => D(A(p, 1).Sum()),
                new object[] { 1.0, new[] { 1.0, 2.0, 0.5 } });

        [Fact]
        public void Local_array_filled_by_a_guarded_sqrt() =>
            Hand(
                "[Differentiable(\"x\", \"y\")] public static double F(double x, double y, double[] p)\n{\n    int n = p.Length;\n    double[] r = new double[n];\n    for (int i = 0; i < n; i++)\n    {\n        r[i] = p[i] * x > 0 ? Math.Sqrt(p[i] * x) : 0;\n    }\n\n    double s = 0;\n    for (int i = 0; i < n; i++)\n    {\n        s += y * r[i];\n    }\n\n    return s;\n}",
                "F",
                p => D(A(p, 2).Where(v => v * X(p) > 0).Sum(v => Y(p) * v / (2 * Math.Sqrt(v * X(p)))), A(p, 2).Where(v => v * X(p) > 0).Sum(v => Math.Sqrt(v * X(p)))),
                new object[] { 1.0, 2.0, new[] { 4.0, -1.0, 0.0, 1.0 } }, new object[] { -1.0, 2.0, new[] { 4.0, 1.0 } });

        [Fact]
        public void Sqrt_of_a_clamped_product_in_a_loop() =>
            Hand(
                "[Differentiable(\"x\")] public static double F(double x, double[] p)\n{\n    double s = 0;\n    for (int i = 0; i < p.Length; i++)\n    {\n        s += Math.Sqrt(Math.Max(p[i] * x, 0));\n    }\n\n    return s;\n}",
                "F",
                p => D(A(p, 1).Where(v => v * X(p) > 0).Sum(v => v / (2 * Math.Sqrt(v * X(p))))),
                new object[] { 1.0, new[] { 4.0, -1.0, 1.0 } });

        [Fact]
        public void Guarded_sinc_in_a_loop_at_zero() =>
            Hand(
                "[Differentiable(\"x\")] public static double F(double x, double[] p)\n{\n    double s = 0;\n    for (int i = 0; i < p.Length; i++)\n    {\n        double z = x * p[i];\n        s += z != 0 ? Math.Sin(z) / z : 1;\n    }\n\n    return s;\n}",
                "F",
                p => D(A(p, 1).Where(v => v * X(p) != 0).Sum(v => v * Sinc1(v * X(p)))),
                new object[] { 0.0, new[] { 1.0, 2.0 } }, new object[] { 1.0, new[] { 1.0, 0.0, 2.0 } });

        [Fact]
        public void Sinc_local_read_by_an_arm_not_taken_in_a_loop() =>
            Hand(
                "[Differentiable(\"x\")] public static double F(double x, double[] p)\n{\n    double s = 0;\n    for (int i = 0; i < p.Length; i++)\n    {\n        double z = x * p[i];\n        double q = Math.Sin(z) / z;\n        s += z == 0 ? 1 : q;\n    }\n\n    return s;\n}",
                "F",
                p => D(A(p, 1).Where(v => v * X(p) != 0).Sum(v => v * Sinc1(v * X(p)))),
                new object[] { 1.0, new[] { 1.0, 2.0 } });

        [Fact]
        public void Log_local_read_by_an_arm_not_taken_in_a_loop() =>
            Hand(
                "[Differentiable(\"x\", \"y\")] public static double F(double x, double y, double[] p)\n{\n    double lx = Math.Log(x);\n    double s = 0;\n    for (int i = 0; i < p.Length; i++)\n    {\n        s += x > 1 ? lx * p[i] : y * p[i];\n    }\n\n    return s;\n}",
                "F",
                p => X(p) > 1 ? D(A(p, 2).Sum() / X(p), 0) : D(0, A(p, 2).Sum()),
                new object[] { -1.0, 2.0, new[] { 1.0, 2.0 } }, new object[] { Math.E, 2.0, new[] { 1.0, 2.0 } });

        [Fact]
        public void Switch_arm_not_taken_in_a_loop() =>
            Hand(
                "[Differentiable(\"x\")] public static double F(double x, double[] p)\n{\n    double s = 0;\n    for (int i = 0; i < p.Length; i++)\n    {\n        s += p[i] switch { <= 0 => 0.0, _ => Math.Log(p[i]) * x };\n    }\n\n    return s;\n}",
                "F",
                p => D(A(p, 1).Where(v => v > 0).Sum(Math.Log)),
                new object[] { 2.0, new[] { 0.0, -1.0, Math.E, 3.0 } });

        [Fact]
        public void Guard_clause_before_a_loop_of_logs() =>
            Hand(
                "[Differentiable(\"x\")] public static double F(double x, double[] p)\n{\n    if (x <= 0) return 0;\n    double s = 0;\n    for (int i = 0; i < p.Length; i++)\n    {\n        s += Math.Log(x * p[i]);\n    }\n\n    return s;\n}",
                "F",
                p => D(X(p) <= 0 ? 0 : A(p, 1).Length / X(p)),
                new object[] { -1.0, new[] { 1.0, 2.0 } }, new object[] { 2.0, new[] { 1.0, 2.0 } });

        [Fact]
        public void Log_of_a_clamped_product_in_a_loop() =>
            Hand(
                "[Differentiable(\"x\", \"y\")] public static double F(double x, double y, double[] p)\n{\n    double s = 0;\n    for (int i = 0; i < p.Length; i++)\n    {\n        s += y * Math.Log(Math.Clamp(p[i] * x, 1e-12, 1.0));\n    }\n\n    return s;\n}",
                "F",
                p => D(A(p, 2).Where(v => v * X(p) > 1e-12 && v * X(p) < 1).Sum(v => Y(p) / X(p)), A(p, 2).Sum(v => Math.Log(Math.Clamp(v * X(p), 1e-12, 1.0)))),
                new object[] { 0.5, 2.0, new[] { 0.0, -1.0, 1.0, 4.0 } });

        [Fact]
        public void Early_return_inside_a_loop_before_a_singular_entry() =>
            Hand(
                "[Differentiable(\"x\")] public static double F(double x, double[] p)\n{\n    double s = 0;\n    for (int i = 0; i < p.Length; i++)\n    {\n        if (p[i] <= 0)\n        {\n            return s;\n        }\n\n        s += Math.Sqrt(p[i] * x);\n    }\n\n    return s;\n}",
                "F",
                p => D(A(p, 1).TakeWhile(v => v > 0).Sum(v => v / (2 * Math.Sqrt(v * X(p))))),
                new object[] { 1.0, new[] { 4.0, 1.0, 0.0, -1.0 } });
    }
}
