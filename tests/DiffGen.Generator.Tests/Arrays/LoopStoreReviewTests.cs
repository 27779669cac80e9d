using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>Loops whose costly values the gradient stores instead of recomputing (GradientWriter.StoreCostlyValues): values and partials against the truth.</summary>
    public sealed class LoopStoreReviewTests
    {
        private static readonly object[][] Xy = { new object[] { 0.7, -1.3 }, new object[] { -0.4, 0.9 }, new object[] { 0.3, 0.35 } };

        [Fact]
        public void Same_call_text_on_two_versions_of_a_local() =>
            LoopFreeCheck.Check("[Differentiable] public static double F(double x, double y)\n{\n    double s = x;\n    double t = 0;\n    for (int i = 0; i < 3; i++)\n    {\n        t += Math.Exp(s) * y;\n        s = s * y + 0.1;\n        t += Math.Exp(s);\n    }\n    return t;\n}", "F", Xy);

        [Fact]
        public void Declared_call_then_argument_reassigned() =>
            LoopFreeCheck.Check("[Differentiable] public static double F(double x, double y)\n{\n    double s = x;\n    double t = 0;\n    for (int i = 0; i < 4; i++)\n    {\n        double c = Math.Exp(Math.Sin(s));\n        s = s * c * 0.5 + y;\n        t += c * s + Math.Tanh(s * c);\n    }\n    return t + s;\n}", "F", Xy);

        [Fact]
        public void Nested_costly_calls() =>
            LoopFreeCheck.Check("[Differentiable] public static double F(double x, double y)\n{\n    double t = 0;\n    for (int i = 0; i < 3; i++)\n    {\n        t += Math.Exp(Math.Tanh(x * i + t * 0.1) * Math.Log(1 + y * y + Math.Exp(-t)));\n    }\n    return t;\n}", "F", Xy);

        [Fact]
        public void Costly_calls_in_branches_and_choices() =>
            LoopFreeCheck.Check("[Differentiable] public static double F(double x, double y)\n{\n    double s = x;\n    double t = 0;\n    for (int i = 0; i < 4; i++)\n    {\n        if (s > 0) { t += Math.Log(s + 1) * y; s = s - 0.5; }\n        else { t += Math.Exp(s) * y; s = s + 0.3 * y; }\n        t += s > 0.1 ? Math.Sqrt(s) : Math.Exp(s) * Math.Exp(s);\n    }\n    return t;\n}", "F", new object[] { 0.7, -1.3 }, new object[] { -0.4, 0.9 }, new object[] { 0.25, 0.35 });

        [Fact]
        public void User_calls_nested_in_a_loop() =>
            LoopFreeCheck.Check("[Differentiable] public static double G(double u) => Math.Exp(-u * u);\n[Differentiable] public static double F(double x, double y)\n{\n    double s = x;\n    double t = 0;\n    for (int i = 0; i < 3; i++)\n    {\n        double g = G(G(s) * y + Math.Sin(s));\n        s = s + g * 0.3;\n        t += Math.Exp(g) * G(s);\n    }\n    return t;\n}", "F", Xy);

        [Fact]
        public void Nested_loops_reading_the_inner_local() =>
            LoopFreeCheck.Check("[Differentiable] public static double F(double x, double y)\n{\n    double t = 0;\n    double s = x;\n    for (int i = 0; i < 3; i++)\n    {\n        double e = Math.Exp(s * 0.5);\n        for (int j = 0; j < 2; j++)\n        {\n            double q = Math.Sin(e * j + s);\n            s = s * 0.9 + q * y;\n            t += q * Math.Exp(s * 0.1);\n        }\n        t += e * s;\n    }\n    return t;\n}", "F", Xy);

        [Fact]
        public void Compound_assignment_reading_the_call_of_its_own_target() =>
            LoopFreeCheck.Check("[Differentiable] public static double F(double x, double y)\n{\n    double s = x;\n    for (int i = 0; i < 3; i++)\n    {\n        s += Math.Exp(-s * s) * y;\n        s *= Math.Cosh(s * 0.2);\n        s -= Math.Log(1 + Math.Exp(s)) * 0.1;\n    }\n    return s;\n}", "F", Xy);

        [Fact]
        public void Same_call_twice_in_one_statement_and_again_after_an_update() =>
            LoopFreeCheck.Check("[Differentiable] public static double F(double x, double y)\n{\n    double s = x;\n    double t = 0;\n    for (int i = 0; i < 3; i++)\n    {\n        t = t * Math.Exp(s) + Math.Exp(s) * y;\n        s = Math.Exp(s) * 0.2 + y;\n        t = t + Math.Exp(s);\n    }\n    return t;\n}", "F", Xy);
    
        [Fact]
        public void Stopped_costly_values_agree_with_the_unrolled_loop() =>
            LoopFreeCheck.Agree(
                "[Differentiable] public static double F(double x, double y)\n{\n    double s = x;\n    double t = 0;\n    for (int i = 0; i < 3; i++)\n    {\n        double e = Math.Exp(Math.Sin(s));\n        t += Gradient.Stop(Math.Exp(s * y)) * e + Gradient.Stop(e) * s;\n        s = s * 0.7 + Gradient.Stop(Math.Tanh(s)) * y + Math.Log(1 + e);\n    }\n    return t + s;\n}\n" +
                "[Differentiable] public static double U(double x, double y)\n{\n    double s = x;\n    double t = 0;\n    {\n        double e = Math.Exp(Math.Sin(s));\n        t += Gradient.Stop(Math.Exp(s * y)) * e + Gradient.Stop(e) * s;\n        s = s * 0.7 + Gradient.Stop(Math.Tanh(s)) * y + Math.Log(1 + e);\n    }\n    {\n        double e = Math.Exp(Math.Sin(s));\n        t += Gradient.Stop(Math.Exp(s * y)) * e + Gradient.Stop(e) * s;\n        s = s * 0.7 + Gradient.Stop(Math.Tanh(s)) * y + Math.Log(1 + e);\n    }\n    {\n        double e = Math.Exp(Math.Sin(s));\n        t += Gradient.Stop(Math.Exp(s * y)) * e + Gradient.Stop(e) * s;\n        s = s * 0.7 + Gradient.Stop(Math.Tanh(s)) * y + Math.Log(1 + e);\n    }\n    return t + s;\n}\n",
                "F",
                "U",
                new object[] { 0.7, -1.3 },
                new object[] { -0.4, 0.9 });
    
        [Fact]
        public void Same_call_before_and_after_an_if_that_changes_its_argument() =>
            LoopFreeCheck.Check("[Differentiable] public static double F(double x, double y)\n{\n    double s = x;\n    double t = 0;\n    for (int i = 0; i < 3; i++)\n    {\n        double e = Math.Exp(s);\n        if (y > 0) { s = s * 0.5 + y; } else { s -= 0.2; }\n        t += Math.Exp(s) * e;\n        t = t * Math.Exp(s);\n    }\n    return t;\n}", "F", Xy);

        [Fact]
        public void Same_call_before_and_after_a_nested_loop_that_changes_its_argument() =>
            LoopFreeCheck.Check("[Differentiable] public static double F(double x, double y)\n{\n    double s = x;\n    double t = 0;\n    for (int i = 0; i < 3; i++)\n    {\n        t += Math.Exp(s) * y;\n        for (int j = 0; j < i; j++) { s = s * 0.9 + 0.1 * y; }\n        t += Math.Exp(s);\n    }\n    return t;\n}", "F", Xy);

        [Fact]
        public void Same_call_before_and_after_a_branch_that_changes_it_only_on_one_path() =>
            LoopFreeCheck.Check("[Differentiable] public static double F(double x, double y)\n{\n    double s = x;\n    double t = 0;\n    for (int i = 0; i < 4; i++)\n    {\n        t += Math.Tanh(s) * y;\n        if (s > 0) s = s - 0.7;\n        t += Math.Tanh(s) * Math.Tanh(s);\n    }\n    return t;\n}", "F", new object[] { 0.75, -1.3 }, new object[] { -0.4, 0.9 }, new object[] { 1.6, 0.35 });
    
        /// <summary>
        /// A costly call guarded by ?: reads an element that exists only where the guard holds: the forward sweep may not
        /// compute it unguarded to store it (it did: double exp = Math.Exp(w[i - 1] * x) before the statement, IndexOutOfRange at i = 0).
        /// </summary>
        [Fact]
        public void Costly_call_behind_a_guard_on_its_index_is_not_stored_unguarded() =>
            LoopFreeCheck.Check("[Differentiable(\"x\")] public static double F(double x, double[] w)\n{\n    double t = 0;\n    for (int i = 0; i < w.Length; i++)\n    {\n        t += i > 0 ? Math.Exp(w[i - 1] * x) : x;\n        t += i > 1 && Math.Exp(w[i - 2] * t) > 1.01 ? Math.Exp(w[i - 2] * t) : t * x;\n        t = t * 0.9;\n    }\n    return t;\n}", "F", new object[] { 0.3, new[] { 0.5, -0.2, 0.1 } }, new object[] { -0.4, new[] { 0.7 } });

        /// <summary>The reverse sweep names a value it reads twice (double tanh = Math.Tanh(w[i + 1] * x * t2);) before the line, outside the ?: that guards it.</summary>
        [Fact]
        public void Costly_call_behind_a_guard_on_its_index_in_the_reverse_sweep() =>
            LoopFreeCheck.Check("[Differentiable(\"x\")] public static double F(double x, double[] w)\n{\n    double t = x;\n    for (int i = 0; i < w.Length; i++)\n    {\n        t = t + (i + 1 < w.Length ? t * Math.Tanh(w[i + 1] * x * t) : t);\n    }\n    return t;\n}", "F", new object[] { 0.3, new[] { 0.5, -0.2, 0.1 } }, new object[] { -0.4, new[] { 0.7 } });
    }
}
