using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>
    /// Session 19's review of the array changes: element adjoints under nested choices (GradientWriter.Guarded), a break or
    /// continue after an iteration's in-place writes (ArrayOverwrites.LeavesBefore), and double buffers made with the
    /// partner's length. Gradients against Richardson differences; scalar-parameter methods' partials too.
    /// </summary>
    public sealed class Session19ReviewArrayTests
    {
        private static readonly object[][] Xs =
        {
            new object[] { new[] { 0.3, -1.2, 2.5, 0.7, -0.4 }, 0.6 },
            new object[] { new[] { 1.1, 0.2 }, -0.8 },
            new object[] { new[] { -0.9 }, 1.3 },
        };

        private const string W = "\npublic static double W(double[] x, double a, double[] dX, double[] dA) { double v = FGradient(x, a, dX, out double d); dA[0] = d; return v; }";

        // ---- nested ?: guarding element reads ----
        [Fact]
        public void Three_deep_choice_on_a_parameter_array() =>
            ReviewCheck.Arrays("[Differentiable] public static double F(double[] x, double a)\n{\n    int n = x.Length;\n    double s = 0;\n    for (int i = 0; i < n; i++)\n    {\n        double r = i == 0 ? a : i == 1 ? x[0] * a : i == n - 1 ? x[i - 2] : x[i + 1] * x[i - 2];\n        s += r * x[i];\n    }\n    return s;\n}" + W, "F", Xs);

        [Fact]
        public void Four_deep_choice_with_logical_tests() =>
            ReviewCheck.Arrays("[Differentiable] public static double F(double[] x, double a)\n{\n    int n = x.Length;\n    double s = 0;\n    for (int i = 0; i < n; i++)\n    {\n        double r = i == 0 && n > 1 ? x[1] : (i == n - 1 || i == 0) ? a : i % 2 == 0 ? 2 * a : i + 1 < n && i > 0 ? x[i + 1] * x[i - 1] : 0;\n        s += r * x[i] * a;\n    }\n    return s;\n}" + W, "F", Xs);

        // The zero in the middle: t1 ? x[i-1] : t2 ? 0 : x[i+1].
        [Fact]
        public void Zero_in_the_middle_of_a_choice() =>
            ReviewCheck.Arrays("[Differentiable] public static double F(double[] x, double a)\n{\n    int n = x.Length;\n    double s = 0;\n    for (int i = 0; i < n; i++)\n    {\n        double r = i > 0 ? x[i - 1] : n == 1 ? 0 : x[i + 1];\n        s += r * x[i] + a * r;\n    }\n    return s;\n}" + W, "F", Xs);

        // Both branches read elements under their own tests, nested: (i > 0 ? (i < n - 1 ? x[i+1] : x[i-1]) : (n > 1 ? x[1] : 0)).
        [Fact]
        public void Choices_on_both_sides() =>
            ReviewCheck.Arrays("[Differentiable] public static double F(double[] x, double a)\n{\n    int n = x.Length;\n    double s = 0;\n    for (int i = 0; i < n; i++)\n    {\n        double r = i > 0 ? (i < n - 1 ? x[i + 1] : x[i - 1]) : (n > 1 ? x[1] : 0);\n        s += r * r * x[i] + a;\n    }\n    return s;\n}" + W, "F", Xs);

        [Fact]
        public void Switch_expression_guarding_parameter_indices() =>
            ReviewCheck.Arrays("[Differentiable] public static double F(double[] x, double a)\n{\n    int n = x.Length;\n    double s = 0;\n    for (int i = 0; i < n; i++)\n    {\n        double r = (n - 1 - i) switch { 0 => i > 0 ? x[i - 1] : a, 1 => x[i + 1] * a, _ => x[i + 2] - x[i + 1] };\n        s += r * x[i];\n    }\n    return s;\n}" + W, "F", Xs);

        // A local array, and scalar parameters: partials (forward) and the gradient.
        [Fact]
        public void Switch_expression_guarding_local_indices_partials() =>
            LoopFreeCheck.Check("[Differentiable] public static double F(double a, double b)\n{\n    double[] u = { a, b, a * b, 1.5, b * b };\n    int n = u.Length;\n    double s = 0;\n    for (int i = 0; i < n; i++)\n    {\n        double r = i switch { 0 => a, 4 => i > 10 ? u[i + 7] : u[i - 1] * b, _ => i == 3 ? u[i + 1] : u[i - 1] * u[i + 1] };\n        s += r * u[i];\n    }\n    return s;\n}", "F", new object[] { 0.7, 1.3 }, new object[] { -0.4, 2.1 });

        [Fact]
        public void Nested_choice_guarding_local_indices_partials() =>
            LoopFreeCheck.Check("[Differentiable] public static double F(double a, double b)\n{\n    double[] u = new double[6];\n    for (int i = 0; i < 6; i++) u[i] = a * i + b * b;\n    double s = 0;\n    for (int i = 0; i < 6; i++)\n    {\n        s += (i == 0 ? b : i == 5 ? a : i == 4 ? u[i + 1] - u[i - 1] : u[i + 1] * u[i - 1]) * u[i];\n    }\n    return s;\n}", "F", new object[] { 0.7, 1.3 }, new object[] { -0.4, 2.1 });

        // ---- a break or continue after the iteration's writes ----
        [Fact]
        public void While_break_after_writes() =>
            LoopFreeCheck.Check("[Differentiable] public static double F(double a, double b)\n{\n    double[] u = { a, b, 0.5 };\n    int t = 0;\n    while (t < 20)\n    {\n        for (int i = 0; i < 3; i++) u[i] = 0.5 * u[i] + 0.1 * a * b;\n        t++;\n        if (Math.Abs(u[0] - u[1]) < 0.05) break;\n    }\n    return u[0] * u[1] + u[2];\n}", "F", new object[] { 0.7, 1.3 }, new object[] { -0.4, 2.1 }, new object[] { 3.0, -2.0 });

        [Fact]
        public void Do_while_break_after_writes() =>
            LoopFreeCheck.Check("[Differentiable] public static double F(double a, double b)\n{\n    double[] u = { a, b };\n    int t = 0;\n    do\n    {\n        u[0] = Math.Sin(u[0]) + b;\n        u[1] = u[1] * 0.5 + u[0] * a;\n        t++;\n        if (t > 3 && u[1] > 1) break;\n    } while (t < 8);\n    return u[0] + u[1] * u[1];\n}", "F", new object[] { 0.7, 1.3 }, new object[] { -0.4, 0.1 }, new object[] { 0.3, -2.0 });

        [Fact]
        public void For_continue_after_writes() =>
            LoopFreeCheck.Check("[Differentiable] public static double F(double a, double b)\n{\n    double[] u = { a, b, a + b };\n    double s = 0;\n    for (int t = 0; t < 6; t++)\n    {\n        for (int i = 0; i < 3; i++) u[i] = u[i] * 0.7 + a * 0.1;\n        if (t % 2 == 0) continue;\n        s += u[t % 3] * b;\n    }\n    return s + u[1];\n}", "F", new object[] { 0.7, 1.3 }, new object[] { -0.4, 2.1 });

        [Fact]
        public void Nested_loops_break_in_the_inner_after_writes() =>
            LoopFreeCheck.CheckOrDeclined("[Differentiable] public static double F(double a, double b)\n{\n    double[] u = { a, b, a * b, 0.2 };\n    for (int t = 0; t < 4; t++)\n    {\n        for (int k = 0; k < 5; k++)\n        {\n            for (int i = 0; i < 4; i++) u[i] = u[i] * 0.6 + 0.2 * b;\n            if (u[0] * u[0] < 0.3 + t * 0.01) break;\n        }\n        u[3] = u[3] + u[t] * a;\n    }\n    return u[0] + u[1] * u[3];\n}", "F", new object[] { 0.7, 1.3 }, new object[] { -0.4, 2.1 }, new object[] { 2.0, -1.7 });

        [Fact]
        public void Nested_loops_break_on_a_scalar_in_the_inner_after_writes() =>
            LoopFreeCheck.Check("[Differentiable] public static double F(double a, double b)\n{\n    double[] u = { a, b, a * b, 0.2 };\n    double e = 1;\n    for (int t = 0; t < 4; t++)\n    {\n        for (int k = 0; k < 5; k++)\n        {\n            for (int i = 0; i < 4; i++) u[i] = u[i] * 0.6 + 0.2 * b;\n            e = e * 0.5;\n            if (e < 0.1 + t * 0.01) break;\n        }\n        u[3] = u[3] + u[t] * a;\n    }\n    return u[0] + u[1] * u[3];\n}", "F", new object[] { 0.7, 1.3 }, new object[] { -0.4, 2.1 }, new object[] { 2.0, -1.7 });

        // A break inside an if that also writes: must be declined or right.
        [Fact]
        public void Break_inside_an_if_that_writes() =>
            LoopFreeCheck.CheckOrDeclined("[Differentiable] public static double F(double a, double b)\n{\n    double[] u = { a, b };\n    for (int t = 0; t < 10; t++)\n    {\n        for (int i = 0; i < 2; i++) u[i] = u[i] * 0.8 + a;\n        if (u[0] > 2) { u[1] = u[1] * b; break; }\n    }\n    return u[0] * u[1];\n}", "F", new object[] { 0.7, 1.3 }, new object[] { -0.4, 2.1 });

        // The write after the break, in the next statement: declined or right (read since the twentieth session, whose gates
        // put back the writes after the break only where the pass did not stop; the points keep the stopping pass within the
        // oracle's steps: at (0.7, 1.3) it changes within 0.03 of a).
        [Fact]
        public void Break_between_writes() =>
            LoopFreeCheck.CheckOrDeclined("[Differentiable] public static double F(double a, double b)\n{\n    double[] u = { a, b };\n    for (int t = 0; t < 10; t++)\n    {\n        for (int i = 0; i < 2; i++) u[i] = u[i] * 0.8 + a;\n        if (u[0] > 2) break;\n        for (int i = 0; i < 2; i++) u[i] = u[i] * b;\n    }\n    return u[0] * u[1];\n}", "F", new object[] { 0.6, 1.2 }, new object[] { -0.4, 0.9 }, new object[] { 0.5, 0.7 });

        // The iteration's writes read the array's earlier elements (Gauss–Seidel), then a convergence test on a scalar.
        [Fact]
        public void Gauss_Seidel_with_convergence_break() =>
            LoopFreeCheck.Check("[Differentiable] public static double F(double a, double b)\n{\n    double[] u = new double[5];\n    for (int i = 0; i < 5; i++) u[i] = a * i;\n    for (int sweep = 0; sweep < 50; sweep++)\n    {\n        double delta = 0;\n        for (int i = 1; i < 4; i++)\n        {\n            double old = u[i];\n            u[i] = 0.5 * (u[i - 1] + u[i + 1]) + b * 0.1;\n            delta += Math.Abs(u[i] - old);\n        }\n        if (delta < 1e-3) break;\n    }\n    return u[1] * u[2] + u[3];\n}", "F", new object[] { 0.7, 1.3 }, new object[] { -0.4, 2.1 });

        // ---- double buffers made with the partner's length ----
        [Fact]
        public void Double_buffer_partner_length_after() =>
            ReviewCheck.Arrays("[Differentiable] public static double F(double[] x, double a)\n{\n    double[] u = (double[])x.Clone();\n    double[] next = new double[u.Length];\n    for (int t = 0; t < 3; t++)\n    {\n        for (int i = 0; i < u.Length; i++) next[i] = u[i] * a + (i > 0 ? u[i - 1] : 0) * 0.5;\n        (u, next) = (next, u);\n    }\n    double s = 0;\n    for (int i = 0; i < u.Length; i++) s += u[i] * u[i];\n    return s;\n}" + W, "F", Xs);

        [Fact]
        public void Double_buffer_partner_length_before() =>
            ReviewCheck.Arrays("[Differentiable] public static double F(double[] x, double a)\n{\n    double[] next = new double[x.Length];\n    double[] u = new double[next.Length];\n    for (int i = 0; i < u.Length; i++) u[i] = x[i];\n    for (int t = 0; t < 3; t++)\n    {\n        for (int i = 0; i < u.Length; i++) next[i] = Math.Sin(u[i]) * a;\n        double[] tmp = u; u = next; next = tmp;\n    }\n    double s = 0;\n    for (int i = 0; i < u.Length; i++) s += u[i] * x[i];\n    return s;\n}" + W, "F", Xs);

        [Fact]
        public void Double_buffer_with_a_third_array() =>
            ReviewCheck.Arrays("[Differentiable] public static double F(double[] x, double a)\n{\n    double[] u = (double[])x.Clone();\n    double[] next = new double[u.Length];\n    double[] acc = new double[u.Length];\n    for (int t = 0; t < 3; t++)\n    {\n        for (int i = 0; i < u.Length; i++) { next[i] = u[i] * a + acc[i]; acc[i] = acc[i] + u[i] * 0.5; }\n        (u, next) = (next, u);\n    }\n    double s = 0;\n    for (int i = 0; i < u.Length; i++) s += u[i] * acc[i];\n    return s;\n}" + W, "F", Xs);

        // The partner's length changes? The partner made with x.Length, the other with the partner's: a foreach over one is DIFF015 or right.
        [Fact]
        public void Double_buffer_with_a_foreach() =>
            LoopFreeCheck.CheckOrDeclined("[Differentiable] public static double F(double a, double b)\n{\n    double[] u = { a, b, a * b };\n    double[] next = new double[u.Length];\n    for (int t = 0; t < 3; t++)\n    {\n        for (int i = 0; i < u.Length; i++) next[i] = u[i] * a + b;\n        (u, next) = (next, u);\n    }\n    double s = 0;\n    foreach (double v in u) s += v * v;\n    return s;\n}", "F", new object[] { 0.7, 1.3 }, new object[] { -0.4, 2.1 });

        // Each made with the other's length is no definition at all (CS0165); one made from a local that is reassigned later.
        [Fact]
        public void Double_buffer_partner_made_from_a_reassigned_length() =>
            LoopFreeCheck.CheckOrDeclined("[Differentiable] public static double F(double a, double b)\n{\n    int n = 3;\n    double[] u = new double[n];\n    double[] next = new double[u.Length];\n    n = 5;\n    for (int i = 0; i < u.Length; i++) u[i] = a * i + b;\n    for (int t = 0; t < 3; t++)\n    {\n        for (int i = 0; i < u.Length; i++) next[i] = u[i] * a + b * (i < n ? 1 : 0);\n        (u, next) = (next, u);\n    }\n    return u[0] * u[1] + u[2];\n}", "F", new object[] { 0.7, 1.3 }, new object[] { -0.4, 2.1 });

        // The partner is a parameter's clone and the buffer is made with the parameter's length (not the partner's).
        [Fact]
        public void Double_buffer_made_with_the_parameter_length() =>
            ReviewCheck.Arrays("[Differentiable] public static double F(double[] x, double a)\n{\n    double[] u = new double[x.Length];\n    double[] next = new double[u.Length];\n    for (int i = 0; i < x.Length; i++) u[i] = x[i];\n    for (int t = 0; t < 2; t++)\n    {\n        for (int i = 0; i < u.Length; i++) next[i] = u[i] * u[i] * a;\n        double[] tmp = next; next = u; u = tmp;\n    }\n    return u[0] + next[next.Length - 1];\n}" + W, "F", Xs);
    }
}
