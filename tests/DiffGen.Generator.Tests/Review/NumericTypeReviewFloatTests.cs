using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>
    /// An adversarial review of float and mixed float/double methods, and of constants (const and static readonly fields and
    /// locals, Math and type constants, extremes, hex, separators, default, decimal), in both routes. The known last-bit
    /// differences of a float method comparing with or narrowing a double (LiteralTextReviewTests) are not re-checked.
    /// </summary>
    public sealed class NumericTypeReviewFloatTests
    {
        private static readonly object[][] Xy = NumericTypeReviewTests.Xy;

        private static readonly object[][] Positive =
        {
            new object[] { 0.7, 1.3 }, new object[] { 1.9, 0.45 }, new object[] { 2.41, 0.55 }, new object[] { 0.35, 2.2 },
        };

        private static readonly object[][] Wy =
        {
            new object[] { new[] { 0.4, -1.2, 0.9 }, 0.6 }, new object[] { new[] { 1.7, 0.3, -0.45 }, -0.8 },
        };

        private static void Check(string members, params object[][] points) => LoopFreeCheck.Check(members, "F", points);

        private static void Declined(string members, string id) => NumericTypeReviewTests.Declined(members, id);

        private const string FloatW = "public static float W(float[] w, float y, float[] dW, float[] dY) { float v = FGradient(w, y, dW, out float d); dY[0] = d; return v; }";

        // A method computes in one floating-point type: double locals in a float method, and float locals in a double method, are declined.
        [Fact] public void Double_local_in_a_float_method_is_declined() => Declined("[Differentiable] public static float F(float x, float y)\n{\n    double d = x * (double)y;\n    return (float)Math.Exp(d) * x;\n}", "DIFF015");

        [Fact] public void Double_local_in_a_float_method_is_declined_loop_route() => Declined("[Differentiable] public static float F(float x, float y)\n{\n    double d = x;\n    for (int i = 0; i < 2; i++) d += 1e-8 * y;\n    return (float)((d - x) * 1e8 + x);\n}", "DIFF015");

        [Fact] public void Double_accumulator_of_a_float_array_is_declined() => Declined("[Differentiable] public static float F(float[] w, float y)\n{\n    double s = 0;\n    for (int i = 0; i < w.Length; i++) s += (double)w[i] * w[i] * y;\n    return (float)s;\n}", "DIFF015");

        // Double additions inside a float method (1e8 + w[i]·y − 1e8 cancels): reported now (DIFF015); the casts alone stay read.
        [Fact]
        public void Float_array_with_double_casts_is_declined() =>
            Declined("[Differentiable] public static float F(float[] w, float y)\n{\n    float s = 0;\n    for (int i = 0; i < w.Length; i++) s += (float)((double)w[i] * w[i] * y) + (float)Math.Sin(w[i]) + w[i] / 3 + (float)(w[i] * 0.5) + (float)(1e8 + (double)w[i] * y - 1e8);\n    return s;\n}", "DIFF015");

        [Fact]
        public void Float_array_with_double_casts() =>
            ReviewCheck.Arrays("[Differentiable] public static float F(float[] w, float y)\n{\n    float s = 0;\n    for (int i = 0; i < w.Length; i++) s += (float)((double)w[i] * w[i] * y) + (float)Math.Sin(w[i]) + w[i] / 3 + (float)(w[i] * 0.5);\n    return s;\n}\n" + FloatW, "F", Wy);

        [Fact] public void Float_local_in_a_double_method_is_declined() => Declined("[Differentiable] public static double F(double x, double y)\n{\n    float f = (float)x;\n    return f * y + x * x;\n}", "DIFF015");

        // A double addition of values not exact in float (exp(x·y) + (x·y)²) is reported, as any may cancel; products and calls stay read.
        [Fact]
        public void Float_method_with_double_casts() =>
            Check("[Differentiable] public static float F(float x, float y) => (float)Math.Exp(x * (double)y) * x + (float)(x * (double)y * (x * (double)y)) * x + (float)Math.Sin(x * (double)y) + (float)(x * (double)y / 3);", Xy);

        [Fact]
        public void Float_method_with_a_double_sum_is_declined() =>
            Declined("[Differentiable] public static float F(float x, float y) => (float)(Math.Exp(x * (double)y) + x * (double)y * (x * (double)y)) * x;", "DIFF015");

        // A double computation inside a float method, cast back: reported on both routes (the loop route kept it in double).
        [Fact]
        public void Float_method_with_a_cancelling_double_expression_loop_route_is_declined() =>
            Declined("[Differentiable] public static float F(float x, float y)\n{\n    float s = x;\n    for (int i = 0; i < 2; i++) s += (float)((x + 1e-8 - x) * 1e8) * y + (float)(1e8 + (double)x * y - 1e8);\n    return s;\n}", "DIFF015");

        // F = (float)((x + 1e-8 - x)·1e8)·y + x; the double difference is 1e-8 (c ≈ 1), in float it is 0.
        [Fact]
        public void Float_method_with_a_cancelling_double_expression_is_declined() => Declined("[Differentiable] public static float F(float x, float y) => (float)((x + 1e-8 - x) * 1e8) * y + x;", "DIFF015");

        // F = (float)(exp(x·1e-9) − 1)·1e9·y + x: ∂F/∂y = (exp(x·1e-9) − 1)·1e9 ≈ x; MathF.Exp(x·1e-9f) − 1f is 0 in float.
        [Fact]
        public void Float_method_with_a_double_exp_is_declined() => Declined("[Differentiable] public static float F(float x, float y) => (float)(Math.Exp(x * 1e-9) - 1) * 1e9f * y + x;", "DIFF015");

        [Fact]
        public void Float_method_with_a_double_exp_loop_route_is_declined() => Declined("[Differentiable] public static float F(float x, float y)\n{\n    float s = x;\n    for (int i = 0; i < 2; i++) s += (float)(Math.Exp(x * 1e-9) - 1) * 1e9f * y;\n    return s;\n}", "DIFF015");

        // (float)(y + 1e8) is 1e8 at y = 1.3 (floats near 1e8 are 8 apart): c = (float)(y + 1e8) − 1e8 = 0, F = y, ∂F/∂x = 0.
        [Fact]
        public void Float_cast_in_a_double_method_is_declined() => Declined("[Differentiable] public static double F(double x, double y) => ((double)(float)(y + 1e8) - 1e8) * x + y;", "DIFF015");

        [Fact]
        public void Float_cast_in_a_double_method_loop_route_is_declined() => Declined("[Differentiable] public static double F(double x, double y)\n{\n    double s = y;\n    for (int i = 0; i < 2; i++) s += ((double)(float)(y + 1e8) - 1e8) * x;\n    return s;\n}", "DIFF015");

        // (float)16777217 is 16777216.
        [Fact]
        public void Float_cast_of_an_integer_parameter_is_declined() => Declined("[Differentiable] public static double F(double x, int n) => ((float)n - 16777216) * x;", "DIFF015");

        [Fact]
        public void Float_cast_of_an_integer_parameter_loop_route_is_declined() => Declined("[Differentiable] public static double F(double x, int n)\n{\n    double s = 0;\n    for (int i = 0; i < 1; i++) s += ((float)n - 16777216) * x;\n    return s;\n}", "DIFF015");

        // In a double method, y + 1e8f with a float y is float arithmetic: 1e8f at y = 1.3, so (y + 1e8f − 1e8f) = 0.
        [Fact]
        public void Float_arithmetic_of_a_float_parameter_in_a_double_method_is_declined() => Declined("[Differentiable] public static double F(double x, float y) => (y + 1e8f - 1e8f) * x + y;", "DIFF015");

        [Fact]
        public void Float_arithmetic_of_a_float_parameter_in_a_double_method_loop_route_is_declined() => Declined("[Differentiable] public static double F(double x, float y)\n{\n    double s = y;\n    for (int i = 0; i < 2; i++) s += (y + 1e8f - 1e8f) * x;\n    return s;\n}", "DIFF015");

        // A double method with a float parameter: worked by hand (finite differences over float arguments are too coarse).
        [Fact]
        public void Double_method_with_a_float_parameter() =>
            ReviewCheck.ByHand("[Differentiable] public static double F(float x, double y) => x * y + Math.Sin(x) * x * y;\npublic static double[] Expected(float x, double y) => new[] { y + (Math.Cos(x) * x + Math.Sin(x)) * y, x + Math.Sin(x) * x };", "F", Xy);

        [Fact]
        public void Double_method_with_a_float_parameter_loop_route() =>
            ReviewCheck.ByHand("[Differentiable] public static double F(float x, double y)\n{\n    double s = 0;\n    for (int i = 1; i < 3; i++) s += x * y * i;\n    return s;\n}\npublic static double[] Expected(float x, double y) => new[] { 3 * y, 3.0 * x };", "F", Xy);

        [Fact]
        public void Float_method_with_a_double_parameter() =>
            Check("[Differentiable] public static float F(double x, float y) => (float)(x * y) + MathF.Sin(y) * (float)x + (float)Math.Exp(x);", Xy);

        [Fact]
        public void Float_method_with_a_double_parameter_loop_route() =>
            Check("[Differentiable] public static float F(double x, float y)\n{\n    float s = 0;\n    for (int i = 0; i < 2; i++) s += (float)(x * y * i) + MathF.Sin(y) * (float)x;\n    return s;\n}", Xy);

        // Worked by hand: finite differences of a float method of this size are noisier than the 1e-3 tolerance.
        [Fact]
        public void MathF_and_Math_in_a_float_method() =>
            ReviewCheck.ByHand("[Differentiable] public static float F(float x, float y) => MathF.Exp(x) + (float)Math.Exp((double)x) + (float)Math.Log(x * 2.0) + MathF.Sqrt(x) * (float)Math.Sqrt(y) + (float)Math.Pow(x, 2.5) + (float)Math.Atan2(y, x) + (float)Math.Pow(x, y);\npublic static double[] Expected(float x, float y) => new[] { 2 * Math.Exp(x) + 1.0 / x + Math.Sqrt(y) / (2 * Math.Sqrt(x)) + 2.5 * Math.Pow(x, 1.5) - y / (x * (double)x + y * (double)y) + y * Math.Pow(x, y - 1.0), Math.Sqrt(x) / (2 * Math.Sqrt(y)) + x / (x * (double)x + y * (double)y) + Math.Pow(x, y) * Math.Log(x) };", "F", Positive);

        [Fact]
        public void MathF_and_Math_in_a_float_method_loop_route() =>
            Check("[Differentiable] public static float F(float x, float y)\n{\n    float s = 0;\n    for (int i = 1; i < 3; i++) s += MathF.Exp(x / i) + (float)Math.Log(x * i * 2.0) + (float)Math.Pow(x, y / i);\n    return s;\n}", Positive);

        [Fact]
        public void Float_method_with_integers() =>
            Check("[Differentiable] public static float F(float x, int n) => x * (n / 2) + x / n + MathF.Pow(x, n / 2) + (n % 2 == 0 ? x : -x) + (float)(n / 3) * x * x + 1 / n * x;", NumericTypeReviewTests.Xn);

        [Fact]
        public void Float_method_with_integers_loop_route() =>
            Check("[Differentiable] public static float F(float x, int n)\n{\n    float s = 0;\n    for (int i = 1; i < 4; i++) s += x * (n / i) + x / i + MathF.Pow(x, i / 2) + 1 / i * x * x;\n    return s;\n}", NumericTypeReviewTests.Xn);

        [Fact]
        public void Float_truncations_and_remainder() =>
            Check("[Differentiable] public static float F(float x, float y) => x % 1.5f * y + MathF.Floor(x) * y + MathF.Round(x) * x + MathF.Truncate(y) * x + MathF.Sign(y) * x + x % y;", Xy);

        [Fact]
        public void Constant_fields_and_Math_constants() =>
            Check("const int N = 3;\nconst double A = 2.5;\nstatic readonly double K = Math.Sqrt(2);\nstatic readonly int M = 5;\n[Differentiable] public static double F(double x, double y) => x * (N / 2) + x * N / 2 + A * x * y + K * y * y + (M / 2) * x * x + M % 3 * y + Math.PI * x + Math.E * y + Math.Tau * x * y + N / A * x;", Xy);

        [Fact]
        public void Constant_fields_and_Math_constants_loop_route() =>
            Check("const int N = 3;\nconst double A = 2.5;\nstatic readonly double K = Math.Sqrt(2);\nstatic readonly int M = 5;\n[Differentiable] public static double F(double x, double y)\n{\n    double s = 0;\n    for (int i = 0; i < N; i++) s += x * (M / 2) + x * N / 2 + A * x * y + K * y * s + (M / (i + 2)) * x * x + Math.PI * x;\n    return s;\n}", Xy);

        [Fact]
        public void Const_locals_with_integer_division() =>
            Check("[Differentiable] public static double F(double x, double y)\n{\n    const int h = 7 / 2;\n    const double q = 7 / 2;\n    const double r = 7 / 2.0;\n    const int z = 2 * 3 + 1;\n    const long big = 1L << 40;\n    return x * h + y * q + x * y * r + z / 2 * x + big * 1e-12 * y;\n}", Xy);

        [Fact]
        public void Const_locals_with_integer_division_loop_route() =>
            Check("[Differentiable] public static double F(double x, double y)\n{\n    const int h = 7 / 2;\n    const double q = 7 / 2;\n    double s = 0;\n    for (int i = 0; i < h; i++) s += x * q + y * (h / (i + 1));\n    return s;\n}", Xy);

        // Float constants in a double method are their float values: 0.1f is 0.100000001490116.
        [Fact]
        public void Float_constants_in_a_double_method() =>
            ReviewCheck.ByHand("const float Q = 0.1f;\nstatic readonly float R = 0.1f;\n[Differentiable] public static double F(double x, double y)\n{\n    const float c = 0.1f;\n    return 10 * x * c + y * Q * 10 + R * x * y * 10 + (float)Math.PI * x + x * (1f / 3) * 10;\n}\npublic static double[] Expected(double x, double y) => new[] { 10 * (double)0.1f + (double)0.1f * y * 10 + (double)(float)Math.PI + (double)(1f / 3) * 10, (double)0.1f * 10 + (double)0.1f * x * 10 };", "F", Xy);

        [Fact]
        public void Float_constants_in_a_double_method_loop_route() =>
            ReviewCheck.ByHand("const float Q = 0.1f;\n[Differentiable] public static double F(double x, double y)\n{\n    const float c = 0.1f;\n    double s = 0;\n    for (int i = 0; i < 2; i++) s += 10 * x * c + y * Q * 10 + (float)Math.PI * x;\n    return s;\n}\npublic static double[] Expected(double x, double y) => new[] { 2 * (10 * (double)0.1f + (double)(float)Math.PI), 2 * (double)0.1f * 10 };", "F", Xy);

        // x·1e-200·1e-200 underflows to 0 before the 1e200s: ∂/∂x of that term is 0, not 1.
        [Fact]
        public void Underflowing_constant_products() =>
            Check("[Differentiable] public static double F(double x, double y) => x * 1e-200 * 1e-200 * 1e200 * 1e200 + y * 1e-300 * 1e300 + 1e-300 * (1e-300 * x) * 1e300 * 1e300 + x * y;", Xy);

        [Fact]
        public void Underflowing_constant_products_loop_route() =>
            Check("[Differentiable] public static double F(double x, double y)\n{\n    double s = 0;\n    for (int i = 0; i < 2; i++) s += x * 1e-200 * 1e-200 * 1e200 * 1e200 + y * 1e-300 * 1e300 + x * y;\n    return s;\n}", Xy);

        [Fact]
        public void Extreme_constants() =>
            Check("[Differentiable] public static double F(double x, double y) => double.Epsilon * 1e300 * x + double.MaxValue * 1e-308 * y + 1e-300 * x * 1e300 + 1e300 * y * 1e-300 + float.Epsilon * 1e40 * x + float.MaxValue * 1e-38 * y + double.MinValue * 1e-308 * x * y + int.MaxValue * 1e-9 * x + long.MinValue * 1e-18 * y + uint.MaxValue * 1e-9 * x * x;", Xy);

        [Fact]
        public void Extreme_constants_loop_route() =>
            Check("[Differentiable] public static double F(double x, double y)\n{\n    double s = 0;\n    for (int i = 0; i < 2; i++) s += double.Epsilon * 1e300 * x + double.MaxValue * 1e-308 * y + float.Epsilon * 1e40 * x * i + int.MaxValue * 1e-9 * x + long.MinValue * 1e-18 * y;\n    return s;\n}", Xy);

        [Fact]
        public void Hex_binary_and_separated_integers() =>
            Check("[Differentiable] public static double F(double x, double y) => 0xFF * x + 0x10 / 3 * y + 1_000 / 7 * x * y + 0b1010 % 4 * x + 0x7FFF_FFFF * 1e-9 * y + 1_000.5 * x * 1e-3 + 0xFFFF_FFFFu * 1e-9 * x;", Xy);

        [Fact]
        public void Unchecked_constant_overflow() =>
            Check("const int Big = 1 << 30;\n[Differentiable] public static double F(double x, double y) => x * unchecked(Big * 4) + y * unchecked(Big * 3) * 1e-9 + x * unchecked((int)0xFFFF_FFFF) + (long)Big * 4 * 1e-9 * y;", Xy);

        [Fact]
        public void Default_values() =>
            Check("[Differentiable] public static double F(double x, double y)\n{\n    double d = default;\n    int k = default;\n    d += x * y;\n    return d + k * x + default(double) * y + x * default(int) + (x > 0 ? default : y);\n}", Xy);

        [Fact]
        public void Default_values_loop_route() =>
            Check("[Differentiable] public static double F(double x, double y)\n{\n    double d = default;\n    for (int i = default; i < 2; i++) d += x * y + default(double) * x + (x > 0 ? default : y);\n    return d;\n}", Xy);

        [Fact]
        public void Instance_fields_of_integer_and_float_types() =>
            Check("int n = 3;\ndouble a = 0.5;\nfloat f = 0.25f;\nlong m = 7;\n[Differentiable] public double F(double x, double y) => x * (n / 2) + a * y + f * x + (m / 2) * y * y;", Xy);

        [Fact]
        public void Decimal_constant_cast_to_double() =>
            Check("[Differentiable] public static double F(double x, double y) => x * (double)0.1m + y;", Xy);

        [Fact] public void Decimal_local_is_declined() => Declined("[Differentiable] public static double F(double x, double y)\n{\n    decimal d = 0.1m;\n    return x * (double)d + y;\n}", "DIFF010");

        [Fact] public void Differentiated_value_through_decimal_is_declined() => Declined("[Differentiable] public static double F(double x, double y) => (double)((decimal)x * 2m) + y;", "DIFF010");
    }
}
