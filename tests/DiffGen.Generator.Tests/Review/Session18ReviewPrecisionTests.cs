using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>
    /// Session 18's review of DIFF015 for parts computed in the other floating-point type (ProgramLowering.Precision), of
    /// source forms in scope in branchy loop-free methods (BranchLayout.IsVisibleAt), and of named constants' types.
    /// </summary>
    public sealed class Session18ReviewPrecisionTests
    {
        private static readonly object[][] Xy = NumericTypeReviewTests.Xy;

        private static readonly object[][] Positive =
        {
            new object[] { 0.7, 1.3 }, new object[] { 1.9, 0.45 }, new object[] { 2.41, 0.55 }, new object[] { 0.35, 2.2 },
        };

        private static void Check(string members, params object[][] points) => LoopFreeCheck.Check(members, "F", points);

        private static void Declined(string members, string id) => NumericTypeReviewTests.Declined(members, id);

        // ---- 4. (b) ordinary float/double code stays generated ----
        [Fact]
        public void Float_method_ordinary_forms() =>
            Check("[Differentiable] public static float F(float x, float y) => (float)Math.Sqrt(x * x + 1) + x * 0.5f + (x > 0 ? y : -y) + (float)(x * 0.7) + (float)Math.Exp(y * 0.1) * x + (x > 0.5 ? x : y);", Xy);

        [Fact]
        public void Float_method_integers_and_float_literals() =>
            Check("[Differentiable] public static float F(float x, int n)\n{\n    float s = 0;\n    for (int i = 0; i < n; i++) s += x * (i + 1) + i / 0.75f * x + (n - i) * 0.5f * x * x;\n    return s;\n}", NumericTypeReviewTests.Xn0);

        [Fact]
        public void Float_method_reading_double_data() =>
            ReviewCheck.Arrays("[Differentiable] public static float F(float[] w, float y)\n{\n    float s = 0;\n    for (int i = 0; i < w.Length; i++) s += w[i] * (float)D[i] * y + (float)(D[i] * w[i]);\n    return s;\n}\nprivate static readonly double[] D = { 0.3, -1.1, 2.7 };\npublic static float W(float[] w, float y, float[] dW, float[] dY) { float v = FGradient(w, y, dW, out float d); dY[0] = d; return v; }", "F",
                new object[] { new[] { 0.4, -1.2, 0.9 }, 0.6 }, new object[] { new[] { 1.7, 0.3, -0.45 }, -0.8 });

        [Fact]
        public void Double_method_with_float_parameters_multiplied_and_added() =>
            ReviewCheck.ByHand("[Differentiable] public static double F(double x, float y) => x * y + y * x * x + x + y;\npublic static double[] Expected(double x, float y) => new[] { y + 2 * y * x + 1, x + x * x + 1 };", "F",
                new object[] { 0.7, 1.3 }, new object[] { -1.1, 0.45 });

        // Needless: (float)(x + y * 0.5) is the float sum rounded once (y * 0.5 is exact), yet declined; so is x + (float)n of an int n below 2^24.
        [Fact]
        public void Float_sum_with_an_exact_double_product_is_declined() => Declined("[Differentiable] public static float F(float x, float y) => (float)(x + y * 0.5) * x;", "DIFF015");

        [Fact]
        public void Double_method_adding_a_small_int_as_float_is_declined() => Declined("[Differentiable] public static double F(double x, int n) => x * x + (float)n;", "DIFF015");

        // ---- 4. (c) cancellations that slip through ----

        // (s -= 0.7 on a float s does not compile in C#: CS0266.)
        [Fact]
        public void Float_method_difference_compared() =>
            LoopFreeCheck.CheckOrDeclined("[Differentiable] public static float F(float x) => x - 0.7 > 0 ? x * x : -x;", "F", new object[] { 0.7 }, new object[] { 1.3 });

        [Fact]
        public void Float_method_comparison_in_a_switch_expression_and_local_function() =>
            LoopFreeCheck.CheckOrDeclined("[Differentiable] public static float F(float x)\n{\n    float G(float v) => v < 0.7 ? v : v * v;\n    return G(x) + x switch { < 0.7 => 2 * x, _ => x * x * x };\n}", "F", new object[] { 0.7 }, new object[] { 1.3 });

        // y += 1e8f; y -= 1e8f on a float parameter of a double method: float arithmetic, 0 at y = 1.3f; the double copy keeps 1.3.
        [Fact]
        public void Double_method_compound_float_arithmetic_on_a_parameter_is_declined() => NumericTypeReviewTests.Declined("[Differentiable] public static double F(double x, float y)\n{\n    y += 1e8f;\n    y -= 1e8f;\n    return x * y + x;\n}", "DIFF015");

        [Fact]
        public void Double_method_float_increment_on_a_parameter_is_declined() => NumericTypeReviewTests.Declined("[Differentiable] public static double F(double x, float y)\n{\n    y++;\n    return x * (y - 1e8);\n}", "DIFF015");

        // A product a double method's source computes in float (y * y of a float y), then cancelled by a double subtraction:
        // (fl(y·y) - x)·1e7 is 1.19 at y = 1.3f, x = 1.69 - 5e-8, the generated code's exact y·y - x gives 0.59.
        [Fact]
        public void Double_method_float_product_cancelled_is_declined() => NumericTypeReviewTests.Declined("[Differentiable] public static double F(double x, float y) => (y * y - x) * 1e7;", "DIFF015");

        // An int divided by a float literal (documented as a float rounding), cancelled by a double subtraction.
        [Fact]
        public void Double_method_int_over_float_literal_cancelled_is_declined() => NumericTypeReviewTests.Declined("[Differentiable] public static double F(double x, int n) => (n / 0.7f - x) * 1e6;", "DIFF015");

        // ---- 5. source forms of branchy loop-free methods ----
        [Fact]
        public void Else_if_chain_with_logs_of_two_arguments() =>
            Check("[Differentiable] public static double F(double x, double y)\n{\n    double r;\n    if (x > 1)\n    {\n        double t1 = x * y + 2;\n        r = Math.Log(t1 * t1 + 2, 3.0 + y * y) * t1;\n    }\n    else if (y > 0)\n    {\n        double t2 = Math.Exp(x) * y + 1;\n        r = Math.Log(2.5, t2 + 3) + t2 * t2;\n    }\n    else\n    {\n        double t3 = x * x + 1;\n        r = Math.Log(t3, 2) * y;\n    }\n\n    double u = r * r + Math.Log(r * r + 1, 2);\n    if (u > 1)\n    {\n        double t4 = u * x;\n        u = t4 * t4 + Math.Log(u, 1.5 + t4 * t4);\n    }\n\n    return u;\n}", Xy);

        [Fact]
        public void Nested_ifs_with_stopped_locals() =>
            LoopFreeCheck.CheckOrDeclined("[Differentiable] public static double F(double x, double y)\n{\n    double a = x * y;\n    if (x > 0)\n    {\n        double t1 = Gradient.Stop(0.0) + a * a;\n        if (y > 0)\n        {\n            double t2 = Math.Log(t1 + 1, 2.0) * t1;\n            a = t2 + Math.Log(Math.E, t1 + 2);\n        }\n        else\n        {\n            a = Math.Log(t1 + 3) * x;\n        }\n    }\n    else\n    {\n        double t1 = Math.Exp(a) + 1;\n        a = Math.Log(t1, 3.0) + t1 * y;\n    }\n\n    return a * x;\n}", "F", Xy);

        [Fact]
        public void Float_method_else_if_chain_with_logs() =>
            Check("[Differentiable] public static float F(float x, float y)\n{\n    float r = x;\n    if (x > 1) { float t1 = x * y + 2; r = MathF.Log(MathF.Tau, t1 * t1 + 1) * t1; }\n    else if (y > 0) { float t2 = MathF.Exp(x) * y + 1; r = MathF.Log(t2 + 1, MathF.E + t2) + t2; }\n    float t3 = r * r + 1;\n    return MathF.Log(t3, 2f) + r;\n}", Xy);

        // ---- 6. named constants' types ----
        [Fact]
        public void Constants_divided_by_integers() =>
            Check("private const double Width = 3;\nprivate const int N = 5;\nprivate const float H = 1.5f;\nprivate const long L = 7;\n[Differentiable] public static double F(double x, double y) => x * (Width / 2) + x * x * (N / 2) + y * (N / 2.0) + (H / 2) * x + x / (N / 4) + y * y * ((N + 1) / 4.0) + (L / 2) * x * y + (1 / N) * x + (-N / 2.0) * y + N / 2 * x / 3 + (double)N / 2 * y + Width / N * x;", Xy);

        [Fact]
        public void Constants_divided_by_integers_loop_route() =>
            Check("private const double Width = 3;\nprivate const int N = 5;\n[Differentiable] public static double F(double x, int n)\n{\n    const int M = 3;\n    const double D = 7;\n    double s = 0;\n    for (int i = 0; i < n; i++) s += x * (Width / 2) + x * x * (N / 2) + x * (N / 2.0) + (M / 2) * x + (D / 2) * x * x + (M / 2.0) * x + (i + M) / 2 * x;\n    return s;\n}", NumericTypeReviewTests.Xn0);

        [Fact]
        public void Constants_divided_by_integers_in_a_float_method() =>
            Check("private const int N = 5;\nprivate const float H = 3f;\n[Differentiable] public static float F(float x, float y)\n{\n    const int M = 7;\n    return x * (N / 2) + y * (N / 2f) + (H / 2) * x * y + (M / 2) * y + (M / 4f) * x * x + N / 2 * x / 3;\n}", Xy);

        [Fact]
        public void Constant_local_double_divided_in_a_loop_free_method() =>
            Check("[Differentiable] public static double F(double x, double y)\n{\n    const double Half = 1;\n    const int K = 3;\n    double a = x * (Half / 2) + y * (K / 2);\n    return a * a + (K / 2.0) * x + Half / K * y;\n}", Positive);
    }
}
