using Xunit;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>
    /// Gradient.Stop on parts of expressions, loop accumulators, array elements, a callee's result, and a value also used
    /// unstopped (review-custom). Finite differences are no oracle here: each case carries its derivatives worked by hand
    /// (Expected, forward mode written out), checked against the partials and the gradient on both routes and in float.
    /// </summary>
    public sealed class StopReviewTests
    {
        private static readonly object[][] Xy = CustomDerivativeReviewTests.Xy;

        private static void Check(string members) => ReviewCheck.ByHand(members, "F", Xy);

        // F = x·stop(x·y) + y: ∂x = xy, ∂y = 1.
        [Fact] public void Part_of_an_expression() => Check("[Differentiable] public static double F(double x, double y) => x * Gradient.Stop(x * y) + y;\npublic static double[] Expected(double x, double y) => new[] { x * y, 1.0 };");

        [Fact] public void Part_of_an_expression_float() => Check("[Differentiable] public static float F(float x, float y) => x * Gradient.Stop(x * y) + y;\npublic static double[] Expected(float x, float y) => new[] { (double)x * y, 1.0 };");

        // t = xy; F = stop(t)·t + sin(stop(t) + x): ∂x = t·y + cos(t + x), ∂y = t·x.
        [Fact] public void Value_used_stopped_and_unstopped() => Check("[Differentiable] public static double F(double x, double y)\n{\n    double t = x * y;\n    return Gradient.Stop(t) * t + Math.Sin(Gradient.Stop(t) + x);\n}\npublic static double[] Expected(double x, double y) { double t = x * y; return new[] { t * y + Math.Cos(t + x), t * x }; }");

        [Fact] public void Value_used_stopped_and_unstopped_loop_route() => Check("[Differentiable] public static double F(double x, double y)\n{\n    double t = x * y;\n    double r = 0;\n    for (int i = 0; i < 1; i++) r = Gradient.Stop(t) * t + Math.Sin(Gradient.Stop(t) + x);\n    return r;\n}\npublic static double[] Expected(double x, double y) { double t = x * y; return new[] { t * y + Math.Cos(t + x), t * x }; }");

        // s ← stop(s)·x + s·y from s = 1, three times: ds ← s dx + y ds + s dy.
        private const string AccumulatorExpected = "public static double[] Expected(double x, double y) { double s = 1, dx = 0, dy = 0; for (int i = 0; i < 3; i++) { double ndx = s + y * dx; double ndy = y * dy + s; s = s * x + s * y; dx = ndx; dy = ndy; } return new[] { dx, dy }; }";

        [Fact] public void Loop_accumulator() => Check("[Differentiable] public static double F(double x, double y)\n{\n    double s = 1;\n    for (int i = 0; i < 3; i++) s = Gradient.Stop(s) * x + s * y;\n    return s;\n}\n" + AccumulatorExpected);

        [Fact] public void Loop_accumulator_unrolled() => Check("[Differentiable] public static double F(double x, double y)\n{\n    double s = 1;\n    s = Gradient.Stop(s) * x + s * y;\n    s = Gradient.Stop(s) * x + s * y;\n    s = Gradient.Stop(s) * x + s * y;\n    return s;\n}\n" + AccumulatorExpected);

        [Fact] public void Loop_accumulator_through_a_stopped_copy() => Check("[Differentiable] public static double F(double x, double y)\n{\n    double s = 1;\n    for (int i = 0; i < 3; i++)\n    {\n        double c = Gradient.Stop(s);\n        s = c * x + s * y;\n    }\n    return s;\n}\n" + AccumulatorExpected);

        // s += stop(s)·x: s ← s + s·x, ds ← ds + s dx.
        [Fact] public void Compound_assignment_reading_its_target_stopped() => Check("[Differentiable] public static double F(double x, double y)\n{\n    double s = y;\n    for (int i = 0; i < 3; i++) s += Gradient.Stop(s) * x;\n    return s;\n}\npublic static double[] Expected(double x, double y) { double s = y, dx = 0, dy = 1; for (int i = 0; i < 3; i++) { dx = dx + s; s = s + s * x; } return new[] { dx, dy }; }");

        [Fact] public void Compound_assignment_reading_its_target_stopped_float() => Check("[Differentiable] public static float F(float x, float y)\n{\n    float s = y;\n    for (int i = 0; i < 3; i++) s += Gradient.Stop(s) * x;\n    return s;\n}\npublic static double[] Expected(float x, float y) { float s = y, dx = 0, dy = 1; for (int i = 0; i < 3; i++) { dx = dx + s; s = s + s * x; } return new double[] { dx, dy }; }");

        // a = {x, y, xy}; F = Σ stop(a[i])·a[i]: ∂x = x + xy·y, ∂y = y + xy·x.
        [Fact] public void Array_elements() => Check("[Differentiable] public static double F(double x, double y)\n{\n    double[] a = { x, y, x * y };\n    double s = 0;\n    for (int i = 0; i < a.Length; i++) s += Gradient.Stop(a[i]) * a[i];\n    return s;\n}\npublic static double[] Expected(double x, double y) => new[] { x + x * y * y, y + x * y * x };");

        // a[i] = stop(a[i−1])·x + a[i−1], a[0] = y: da[i] = a[i−1] dx + da[i−1].
        [Fact] public void Array_elements_written_in_place() => Check("[Differentiable] public static double F(double x, double y)\n{\n    double[] a = new double[4];\n    a[0] = y;\n    for (int i = 1; i < a.Length; i++) a[i] = Gradient.Stop(a[i - 1]) * x + a[i - 1];\n    return a[3] * a[1];\n}\npublic static double[] Expected(double x, double y) { double a0 = y, a1 = y * x + y, a2 = a1 * x + a1, a3 = a2 * x + a2; double d1x = a0, d2x = a1 + d1x, d3x = a2 + d2x; double d1y = 1, d3y = 1; return new[] { d3x * a1 + a3 * d1x, d3y * a1 + a3 * d1y }; }");

        [Fact] public void Element_stopped_in_place() => Check("[Differentiable] public static double F(double x, double y)\n{\n    double[] a = { x, y };\n    a[0] = Gradient.Stop(a[0]);\n    return a[0] * a[1] + a[0] * x;\n}\npublic static double[] Expected(double x, double y) => new[] { x, x };");

        // G(u) = u³; F = stop(G(x))·y + G(y)·stop(x): ∂x = 0 + 0 ... = 0 from the first, ∂y = G(x) + 3y²x.
        [Fact] public void Callee_result() => Check("[Differentiable] public static double G(double u) => u * u * u;\n[Differentiable] public static double F(double x, double y) => Gradient.Stop(G(x)) * y + G(y) * Gradient.Stop(x) + G(Gradient.Stop(x)) * x;\npublic static double[] Expected(double x, double y) => new[] { x * x * x, x * x * x + 3 * y * y * x };");

        [Fact] public void Callee_result_loop_route() => Check("[Differentiable] public static double G(double u) => u * u * u;\n[Differentiable] public static double F(double x, double y)\n{\n    double s = 0;\n    for (int i = 0; i < 1; i++) s += Gradient.Stop(G(x)) * y + G(y) * Gradient.Stop(x) + G(Gradient.Stop(x)) * x;\n    return s;\n}\npublic static double[] Expected(double x, double y) => new[] { x * x * x, x * x * x + 3 * y * y * x };");

        // A callee that stops its own argument: G(u) = stop(u)·u; F = G(x·y): ∂x = xy·y.
        [Fact] public void Stop_inside_a_callee() => Check("[Differentiable] public static double G(double u) => Gradient.Stop(u) * u;\n[Differentiable] public static double F(double x, double y) => G(x * y) + G(x);\npublic static double[] Expected(double x, double y) => new[] { x * y * y + x, x * y * x };");

        [Fact] public void Stop_inside_a_callee_with_a_loop() => Check("[Differentiable] public static double G(double u)\n{\n    double s = 0;\n    for (int i = 0; i < 2; i++) s += Gradient.Stop(u) * u;\n    return s;\n}\n[Differentiable] public static double F(double x, double y) => G(x * y) + G(x);\npublic static double[] Expected(double x, double y) => new[] { 2 * (x * y * y + x), 2 * x * y * x };");

        // A parameter reassigned through its own stop: x ← stop(x)·2 + x (so dx stays 1), F = x·y.
        [Fact] public void Parameter_reassigned_through_its_stop() => Check("[Differentiable] public static double F(double x, double y)\n{\n    x = Gradient.Stop(x) * 2 + x;\n    return x * y;\n}\npublic static double[] Expected(double x, double y) => new[] { y, 3 * x };");

        [Fact] public void Parameter_reassigned_through_its_stop_in_a_loop() => Check("[Differentiable] public static double F(double x, double y)\n{\n    for (int i = 0; i < 2; i++) x = Gradient.Stop(x) * 2 + x;\n    return x * y;\n}\npublic static double[] Expected(double x, double y) => new[] { y, 9 * x };");

        // Stop in a branch: F = x > 0 ? stop(x)·y : stop(y)·x.
        [Fact] public void Stop_in_arms() => Check("[Differentiable] public static double F(double x, double y) => x > 0 ? Gradient.Stop(x) * y * x : Gradient.Stop(y) * x * y;\npublic static double[] Expected(double x, double y) => x > 0 ? new[] { x * y, x * x } : new[] { y * y, y * x };");

        // The whole result stopped: all zero.
        [Fact] public void Whole_result() => Check("[Differentiable] public static double F(double x, double y) => Gradient.Stop(x * y + Math.Sin(x));\npublic static double[] Expected(double x, double y) => new[] { 0.0, 0.0 };");

        [Fact] public void Whole_result_loop_route() => Check("[Differentiable] public static double F(double x, double y)\n{\n    double s = 0;\n    for (int i = 0; i < 2; i++) s += x * y;\n    return Gradient.Stop(s);\n}\npublic static double[] Expected(double x, double y) => new[] { 0.0, 0.0 };");

        // Stop in a running maximum: m = max(m, stop(a[i]))·... ; F = m·x.
        [Fact] public void Stopped_running_maximum() => Check("[Differentiable] public static double F(double x, double y)\n{\n    double[] a = { x, y, x * y };\n    double m = Gradient.Stop(a[0]);\n    for (int i = 1; i < a.Length; i++) m = Math.Max(m, Gradient.Stop(a[i]));\n    return m * x + y;\n}\npublic static double[] Expected(double x, double y) => new[] { Math.Max(Math.Max(x, y), x * y), 1.0 };");
    }
}
