using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>
    /// An adversarial pass on [DerivativeOf] custom derivatives (review-custom): calls in loops, branches, ?:, switches,
    /// with array elements, twice, through a [Differentiable] callee, with Gradient.Stop, a derivative reading its own
    /// value, two parameters, and an original with a kink whose custom derivative is right. Each case runs on both routes
    /// (loop-free, and with a loop or a local array) where the route reads it, in double and float, and is checked against
    /// central differences (Richardson) at points away from every kink.
    /// </summary>
    public sealed class CustomDerivativeReviewTests
    {
        /// <summary>Originals DiffGen cannot read (no attribute), with right derivatives.</summary>
        internal const string Originals =
            "public static double H(double x) => Math.Sin(x) * x;\n"
            + "[DerivativeOf(nameof(H))] public static double HD(double x, out double dX) { dX = Math.Cos(x) * x + Math.Sin(x); return H(x); }\n"
            + "public static double P(double a, double b) => a * a * b + Math.Exp(0.5 * b);\n"
            + "[DerivativeOf(nameof(P))] public static double PD(double a, double b, out double dA, out double dB) { dA = 2 * a * b; dB = a * a + 0.5 * Math.Exp(0.5 * b); return P(a, b); }\n"
            + "public static double K(double x) => x > 1 ? 3 * x - 2 : x * x;\n"
            + "[DerivativeOf(nameof(K))] public static double KD(double x, out double dX) { dX = x > 1 ? 3 : 2 * x; return K(x); }\n"
            + "public static double Sig(double z) => 1 / (1 + Math.Exp(-z));\n"
            + "[DerivativeOf(nameof(Sig))] public static double SigD(double z, out double dZ) { double s = Sig(z); dZ = s * (1 - s); return s; }\n"
            + "public static float Hf(float x) => MathF.Sin(x) * x;\n"
            + "[DerivativeOf(nameof(Hf))] public static float HfD(float x, out float dX) { dX = MathF.Cos(x) * x + MathF.Sin(x); return Hf(x); }\n"
            + "public static float Pf(float a, float b) => a * a * b + MathF.Exp(0.5f * b);\n"
            + "[DerivativeOf(nameof(Pf))] public static float PfD(float a, float b, out float dA, out float dB) { dA = 2 * a * b; dB = a * a + 0.5f * MathF.Exp(0.5f * b); return Pf(a, b); }\n"
            + "public static float Kf(float x) => x > 1 ? 3 * x - 2 : x * x;\n"
            + "[DerivativeOf(nameof(Kf))] public static float KfD(float x, out float dX) { dX = x > 1 ? 3 : 2 * x; return Kf(x); }\n";

        internal static readonly object[][] Xy =
        {
            new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 }, new object[] { 1.6, 1.3 }, new object[] { 2.3, -1.7 }, new object[] { -0.35, 0.55 },
        };

        private static void Check(string body) => LoopFreeCheck.Check(Originals + body, "F", Xy);

        // ---- loop-free, double ----

        [Fact] public void Two_calls_with_different_arguments() => Check("[Differentiable] public static double F(double x, double y) => H(x * y) + H(y) * x;");

        [Fact] public void Same_call_twice() => Check("[Differentiable] public static double F(double x, double y) => H(x) * H(x) + y * H(x);");

        [Fact] public void Nested_calls() => Check("[Differentiable] public static double F(double x, double y) => H(H(x) + y) + P(H(y), x);");

        [Fact] public void Calls_in_conditional_arms() => Check("[Differentiable] public static double F(double x, double y) => x > 0 ? H(x) * y : H(y) - P(x, y);");

        [Fact] public void Call_in_the_condition_and_arm() => Check("[Differentiable] public static double F(double x, double y) => H(x) > 0.3 ? H(x) * y : x * H(y);");

        [Fact]
        public void Calls_in_if_else_branches() =>
            Check("[Differentiable] public static double F(double x, double y)\n{\n    double r;\n    if (x > 0) r = H(x * y);\n    else if (y > 0) r = P(x, y);\n    else r = K(x) + H(y);\n    return r * x + H(r);\n}");

        [Fact]
        public void Calls_in_a_switch_statement() =>
            Check("[Differentiable] public static double F(double x, double y)\n{\n    double r = 0;\n    switch (x)\n    {\n        case < -0.5: r = H(y); break;\n        case < 1: r = P(x, y) * H(x); break;\n        default: return K(x) * y;\n    }\n    return r + x;\n}");

        [Fact]
        public void Calls_in_a_switch_expression() =>
            Check("[Differentiable] public static double F(double x, double y) => y switch { < 0 => H(x) * y, < 1 => P(y, x), _ => K(x * y) };");

        [Fact] public void Two_parameter_derivative_argument_orders() => Check("[Differentiable] public static double F(double x, double y) => P(x, y) + P(y, x) + P(x, x) + P(2.0, y) + P(x, 3.0);");

        [Fact] public void Kinked_original_with_right_derivative() => Check("[Differentiable] public static double F(double x, double y) => K(x) * y + K(y * y + 0.2);");

        [Fact] public void Derivative_reading_its_own_value() => Check("[Differentiable] public static double F(double x, double y) => Sig(x * y) * Sig(x) + Math.Log(Sig(y));");

        // F = stop(H(x)) * y + H(stop(y)) * x: ∂F/∂x = H(y), ∂F/∂y = H(x).
        [Fact]
        public void Stop_on_a_custom_call_and_on_its_argument() =>
            ReviewCheck.ByHand(Originals + "[Differentiable] public static double F(double x, double y) => Gradient.Stop(H(x)) * y + H(Gradient.Stop(y)) * x;\npublic static double[] Expected(double x, double y) => new[] { H(y), H(x) };", "F", Xy);

        // The same value also used unstopped: F = stop(H(x)) * H(x) + y: ∂F/∂x = H(x) H'(x).
        [Fact]
        public void Stop_on_a_custom_call_also_used_unstopped() =>
            ReviewCheck.ByHand(Originals + "[Differentiable] public static double F(double x, double y) { double h = H(x); return Gradient.Stop(h) * h + y * Gradient.Stop(h); }\npublic static double[] Expected(double x, double y) { HD(x, out double d); return new[] { H(x) * d, H(x) }; }", "F", Xy);

        [Fact]
        public void Custom_call_inside_a_differentiable_callee() =>
            Check("[Differentiable] public static double G(double u, double v) => H(u) * v + P(v, u);\n[Differentiable] public static double F(double x, double y) => G(x * y, x) + G(y, y) * H(x);");

        // ---- with loops or arrays (the statement route), double ----

        [Fact]
        public void Loop_calls() =>
            Check("[Differentiable] public static double F(double x, double y)\n{\n    double s = 0;\n    for (int i = 0; i < 3; i++)\n    {\n        s += H(x * i + y) * P(s * 0.1, x);\n    }\n    return s;\n}");

        [Fact]
        public void Loop_calls_on_array_elements() =>
            Check("[Differentiable] public static double F(double x, double y)\n{\n    double[] a = { x, y, x * y };\n    double s = 0;\n    for (int i = 0; i < a.Length; i++)\n    {\n        s += H(a[i]) * a[i] + P(a[i], a[(i + 1) % 3]);\n    }\n    return s;\n}");

        [Fact]
        public void Loop_calls_in_branches() =>
            Check("[Differentiable] public static double F(double x, double y)\n{\n    double[] a = { x, y, x - y };\n    double s = 0;\n    for (int i = 0; i < a.Length; i++)\n    {\n        if (a[i] > 0) s += H(a[i]);\n        else s -= P(a[i], y) + K(a[i] * a[i]);\n    }\n    return s;\n}");

        [Fact]
        public void Loop_calls_in_a_switch_statement() =>
            Check("[Differentiable] public static double F(double x, double y)\n{\n    double s = 0;\n    for (int i = 0; i < 4; i++)\n    {\n        switch (i % 3)\n        {\n            case 0: s += H(x + i); break;\n            case 1: s += P(y, s * 0.1); break;\n            default: s += K(x * y) * s; break;\n        }\n    }\n    return s;\n}");

        [Fact]
        public void Loop_same_call_twice_and_in_place_element() =>
            Check("[Differentiable] public static double F(double x, double y)\n{\n    double[] a = new double[3];\n    a[0] = x; a[1] = y; a[2] = H(x);\n    for (int i = 0; i < 2; i++)\n    {\n        a[i] = H(a[i + 1]) * H(a[i + 1]) + a[i];\n    }\n    return a[0] + a[1] * a[2];\n}");

        [Fact]
        public void Loop_derivative_reading_its_own_value() =>
            Check("[Differentiable] public static double F(double x, double y)\n{\n    double h = x;\n    for (int i = 0; i < 3; i++) h = Sig(h * y + 0.1 * i) + 0.5 * h;\n    return h;\n}");

        [Fact]
        public void Loop_kinked_original() =>
            Check("[Differentiable] public static double F(double x, double y)\n{\n    double s = 0;\n    for (int i = 0; i < 3; i++) s += K(x + 0.25 * i) * y;\n    return s;\n}");

        [Fact]
        public void Loop_custom_call_inside_a_differentiable_callee() =>
            Check("[Differentiable] public static double G(double u, double v) => H(u) * v + P(v, u);\n[Differentiable] public static double F(double x, double y)\n{\n    double s = 0;\n    for (int i = 0; i < 3; i++) s += G(x * i + s * 0.1, y);\n    return s;\n}");

        [Fact]
        public void Loop_callee_with_loop_calling_custom() =>
            Check("[Differentiable] public static double G(double u, double v)\n{\n    double s = 0;\n    for (int i = 0; i < 2; i++) s += H(u + i) * v;\n    return s;\n}\n[Differentiable] public static double F(double x, double y) => G(x, y) * G(y, x);");

        // s ← stop(s)/2 + stop(H(i x)) y + H(stop(y)) x, three times: only the last step reaches the result, ∂/∂x = H(y), ∂/∂y = H(2x).
        [Fact]
        public void Loop_stop_on_custom_and_accumulator() =>
            ReviewCheck.ByHand(Originals + "[Differentiable] public static double F(double x, double y)\n{\n    double s = 0;\n    for (int i = 0; i < 3; i++) s = Gradient.Stop(s) * 0.5 + Gradient.Stop(H(x * i)) * y + H(Gradient.Stop(y)) * x;\n    return s;\n}\npublic static double[] Expected(double x, double y) => new[] { H(y), H(2 * x) };", "F", Xy);

        // ---- array parameters ----

        private static readonly object[][] Wy = { new object[] { new[] { 0.4, -1.2, 0.9 }, 0.6 }, new object[] { new[] { 1.7, 0.3, -0.45 }, -0.8 } };

        [Fact]
        public void Array_parameter_elements_passed_to_custom_derivatives() =>
            ReviewCheck.Arrays(Originals + "[Differentiable] public static double F(double[] w, double y)\n{\n    double s = 0;\n    for (int i = 0; i < w.Length; i++)\n    {\n        s += H(w[i] * y) + P(w[i], w[(i + 1) % w.Length]) * (w[i] > 0 ? 1 : -1) + K(w[i] * w[i]);\n    }\n    return s;\n}\npublic static double W(double[] w, double y, double[] dW, double[] dY) { double v = FGradient(w, y, dW, out double d); dY[0] = d; return v; }", "F", Wy);

        [Fact]
        public void Array_parameter_float_custom_derivatives() =>
            ReviewCheck.Arrays(Originals + "[Differentiable] public static float F(float[] w, float y)\n{\n    float s = 0;\n    foreach (float v in w)\n    {\n        if (v > 0) s += Hf(v * y);\n        else s += Pf(v, y) * Kf(v * v);\n    }\n    return s;\n}\npublic static float W(float[] w, float y, float[] dW, float[] dY) { float v = FGradient(w, y, dW, out float d); dY[0] = d; return v; }", "F", Wy);

        // ---- float ----

        private static void CheckF(string body) => LoopFreeCheck.Check(Originals + body, "F", Xy);

        [Fact] public void Float_calls_in_branches_and_twice() => CheckF("[Differentiable] public static float F(float x, float y) => x > 0 ? Hf(x) * Hf(x) * y : Pf(y, x) + Hf(y) + Kf(x * x);");

        [Fact]
        public void Float_switch_statement() =>
            CheckF("[Differentiable] public static float F(float x, float y)\n{\n    float r = 0;\n    switch (y)\n    {\n        case < 0: r = Hf(x) * y; break;\n        case < 1: r = Pf(x, y); break;\n        default: r = Kf(x * y); break;\n    }\n    return r * x;\n}");

        [Fact]
        public void Float_loop_over_array_elements() =>
            CheckF("[Differentiable] public static float F(float x, float y)\n{\n    float[] a = { x, y, x * y };\n    float s = 0;\n    for (int i = 0; i < a.Length; i++)\n    {\n        if (a[i] > 0) s += Hf(a[i]) * Pf(a[i], y);\n        else s += Kf(a[i] * a[i]) - Hf(s);\n    }\n    return s;\n}");

        [Fact]
        public void Float_callee_calling_custom() =>
            CheckF("[Differentiable] public static float G(float u, float v) => Hf(u) * v + Pf(v, u);\n[Differentiable] public static float F(float x, float y)\n{\n    float s = 0;\n    for (int i = 0; i < 2; i++) s += G(x + s * 0.1f, y) * Kf(y * y);\n    return s + G(y, x);\n}");
    }
}
