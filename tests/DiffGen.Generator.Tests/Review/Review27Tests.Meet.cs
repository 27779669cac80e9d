using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>
    /// Review27: adversarial checks of a variable both sides of an if assign, written in place by the sides (27841c2, methods
    /// with loops; 274c9dc, loop-free): gradient and partials against central differences at smooth points.
    /// </summary>
    public sealed partial class Review27Tests
    {
        private static readonly object[][] XY = { new object[] { 1.0, 0.5 }, new object[] { 0.2, 0.7 }, new object[] { -0.6, 1.3 }, new object[] { 0.45, -0.8 } };

        private static string F2(string body) => "[Differentiable] public static double F(double x, double y)\n{\n" + body + "\n}\n";

        private static void Xy(string body) => LoopFreeCheck.Check(F2(body), "F", XY);

        private const string Sum = "    double s = 0;\n    for (int i = 1; i <= 3; i++) s += x * i;\n";

        [Fact]
        public void Review27_early_return_inside_a_side_loop_free() => Xy("    double s = x * 3 + y;\n    double t = 0;\n    if (s > 2) { t = s * y; return t * t + x; }\n    else t = y * s;\n    return t + s * t;");

        [Fact]
        public void Review27_early_return_before_the_if_reads_the_constant_loop_free() => Xy("    double s = x * 6;\n    double t = 0.5;\n    if (s > 4) return t * s * y;\n    if (s > 1) t = s * y; else t = y - s;\n    return t * s;");

        [Fact]
        public void Review27_guard_clause_reads_the_constant_before_a_loop() => LoopFreeCheck.Check(
            F2("    double t = 0.5;\n    if (x > 0.9) return t * x * y;\n" + Sum + "    if (s > 1) t = s * y; else t = y - s;\n    return t * s;"), "F", XY);

        [Fact]
        public void Review27_break_inside_a_side_in_a_loop() => LoopFreeCheck.Check(F2(
            "    double s = 0.1;\n    for (int i = 1; i <= 5; i++)\n    {\n        double t = 0;\n        if (s > 2) { t = s * x; s += t; break; }\n        else t = x * y * i + 0.5;\n        s += t * t;\n    }\n    return s;"), "F", new object[] { 1.0, 0.5 }, new object[] { 0.45, -0.8 }, new object[] { 0.5, 0.7 }, new object[] { 1.5, 0.3 });

        [Fact]
        public void Review27_loop_after_the_if_changes_the_variable() => Xy(Sum + "    double t = 0;\n    if (s > y) t = s * y; else t = s - y;\n    for (int i = 0; i < 3; i++) t += t * x * 0.1;\n    return t;");

        [Fact]
        public void Review27_loop_after_the_if_sums_into_the_variable() => Xy(Sum + "    double t = 0;\n    if (s > y) t = s * y; else t = s - y;\n    for (int i = 0; i < 3; i++) t += x * y * i;\n    return t * t;");

        [Fact]
        public void Review27_compound_assignments_in_the_sides() => Xy(Sum + "    double t = 1;\n    if (s > y) t += s * y; else t *= y + s;\n    return t * s;");

        [Fact]
        public void Review27_compound_assignment_after_a_write_in_a_side() => Xy(Sum + "    double t = 0;\n    if (s > y) { t = s * y; t *= x; } else { t = y; t += s * s; }\n    return t * s;");

        [Fact]
        public void Review27_kept_calls_in_the_sides() => Xy(Sum + "    double t = 0;\n    if (s > y) t = Math.Exp(s * y * 0.1); else t = Math.Log(1 + s * s);\n    double u = 0;\n    if (x > 0) u = Math.Tanh(t * x); else u = Math.Sqrt(1 + t * t);\n    return t * u + s;");

        [Fact]
        public void Review27_a_differentiable_call_in_the_sides() => LoopFreeCheck.Check(
            "[Differentiable] public static double G(double a, double b) => a * a * b + Math.Sin(a);\n" + F2(Sum + "    double t = 0;\n    if (s > y) t = G(s, y); else t = 2 * G(y, s);\n    return t * s + t;"),
            "F", XY);

        [Fact]
        public void Review27_element_writes_in_the_sides() => Xy(
            "    double[] a = new double[4];\n    double s = 0;\n    for (int i = 0; i < 4; i++)\n    {\n        double t = 0;\n        if (x * i > 0.5) { t = x * i; a[i] = t * y; } else { t = y; a[i] = t + x; }\n        s += a[i] * t;\n    }\n    return s;");

        [Fact]
        public void Review27_two_constants_two_ifs_the_second_reads_the_first() => Xy(Sum + "    double t = 0;\n    double u = 0;\n    if (s > y) t = s * y; else t = x;\n    if (x > 0) u = t * x; else u = t + y;\n    return t * u;");

        [Fact]
        public void Review27_two_ifs_each_writing_one_side() => Xy(Sum + "    double t = 0;\n    double u = 0;\n    if (s > y) t = s * y; else u = s;\n    if (x > 0.3) u = t * x;\n    return t * u + u;");

        [Fact]
        public void Review27_if_without_else() => Xy(Sum + "    double t = 0.25;\n    if (s > y) t = s * y;\n    return t * x + s;");

        [Fact]
        public void Review27_constant_declared_in_a_side_with_an_inner_if() => Xy(Sum + "    double r = 0;\n    if (s > 1) { double t = 0; if (x > y) t = x * s; else t = y * s; r = t * t; } else { r = s; }\n    return r + s;");

        [Fact]
        public void Review27_the_constant_read_by_a_ternary_before_the_if() => Xy(Sum + "    double t = 2;\n    double u = s > 1 ? t * x : t + y;\n    if (s > y) t = s * y; else t = x;\n    return u * t;");

        [Fact]
        public void Review27_the_constant_read_in_an_array_initializer_before_the_if() => Xy(Sum + "    double t = 3;\n    double[] a = { t * x, y };\n    if (s > y) t = s * y; else t = x;\n    return a[0] * t + a[1];");

        [Fact]
        public void Review27_the_constant_read_in_a_loop_before_the_if() => Xy(Sum + "    double t = 1.5;\n    double u = 0;\n    for (int i = 0; i < 3; i++) u = u * t + x;\n    if (s > y) t = s * y; else t = x;\n    return u * t;");

        [Fact]
        public void Review27_switch_writes_the_variable() => LoopFreeCheck.Check(
            "[Differentiable] public static double F(double x, double y, int k)\n{\n" + Sum + "    double t = 0;\n    switch (k)\n    {\n        case 0: t = x * s; break;\n        case 1: t = y * s; break;\n        default: t = s; break;\n    }\n    return t * t + y;\n}\n",
            "F", new object[] { 1.0, 0.5, 0 }, new object[] { 0.2, 0.7, 1 }, new object[] { -0.6, 1.3, 2 });

        [Fact]
        public void Review27_nested_ifs_in_both_sides() => Xy(Sum + "    double t = 0;\n    if (s > y) { if (x > 0.5) t = s * x; else t = s + x; } else { if (y > 0) t = y * y; else t = -y * s; }\n    return t * s;");

        [Fact]
        public void Review27_while_loop_recomputing_iterations() => LoopFreeCheck.Check(F2(
            "    double s = x;\n    int n = 0;\n    while (n < 4)\n    {\n        double t = 0;\n        if (s > 1) t = s * 0.5; else t = s * s + y;\n        s = t + x * 0.1;\n        n++;\n    }\n    return s * s;"), "F", new object[] { 0.2, 0.7 }, new object[] { -0.6, 1.3 }, new object[] { 1.5, 0.3 }, new object[] { 2.0, 0.5 });

        [Fact]
        public void Review27_if_in_a_nested_loop() => Xy(
            "    double s = 0;\n    for (int i = 0; i < 3; i++)\n    {\n        double r = x;\n        for (int j = 0; j < 2; j++)\n        {\n            double t = 0;\n            if (r * (i + 1) > 0.5) t = r * y; else t = r + y * j;\n            r = t * 0.7 + x;\n        }\n        s += r * r;\n    }\n    return s;");

        [Fact]
        public void Review27_float_hinge_with_a_loop() => LoopFreeCheck.Check(
            "[Differentiable] public static float F(float w, float b)\n{\n    float s = 0;\n    for (int i = 1; i <= 3; i++) s += w * i + b;\n    float loss;\n    if (s < 1) loss = 1 - s; else loss = 0.25f * (s - 1) * (s - 1);\n    return loss + 0.01f * s * s;\n}\n",
            "F", new object[] { 0.1, 0.05 }, new object[] { 0.4, -0.2 }, new object[] { -0.3, 0.1 });

        [Fact]
        public void Review27_loop_free_sides_read_before_and_after() => Xy("    double t = 0;\n    double u = t * x + 1;\n    if (x > y) { t = x * y; u = u * t; } else { t = y; u = u + t * x; }\n    return t * u;");
    }
}
