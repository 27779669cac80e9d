using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>
    /// Session 18's review of the scalar changes: conversions of roundings read as integers, narrowed byte/short steps,
    /// DIFF015 for the other floating-point type, source forms in scope in branchy loop-free methods, and named constants'
    /// types. Each case generated right (value, partials, gradient against central differences) or declined.
    /// </summary>
    public sealed class Session18ReviewScalarTests
    {
        private static readonly object[][] X = { new object[] { 0.7 }, new object[] { 1.3 }, new object[] { 2.45 }, new object[] { -0.65 }, new object[] { 3.3 } };

        private static readonly object[][] Xy = NumericTypeReviewTests.Xy;

        private static readonly object[][] Xn = NumericTypeReviewTests.Xn;

        private static void Check(string members, params object[][] points) => LoopFreeCheck.Check(members, "F", points);

        private static void Declined(string members, string id) => NumericTypeReviewTests.Declined(members, id);

        // ---- 2. (int)Math.Floor(q) and locals every write of which rounds ----
        [Fact]
        public void Rounding_conversions_as_factors() =>
            Check("[Differentiable] public static double F(double x) => x * (int)Math.Floor(x * 3) + x * x * (long)Math.Ceiling(x) + (short)Math.Round(x * 2) * x + (int)Math.Truncate(x * 1.5) * x * x * x;", X);

        // The loop cases' roundings jump within a finite-difference step: their derivatives are worked by hand (forward mode).
        [Fact]
        public void Rounding_conversions_as_factors_loop_route() =>
            ReviewCheck.ByHand("[Differentiable] public static double F(double x, int n)\n{\n    double s = 0;\n    for (int i = 0; i < n; i++) s += x * (int)Math.Floor(x * i) + (long)Math.Round(s) * x;\n    return s;\n}\npublic static double[] Expected(double x, int n)\n{\n    double s = 0, ds = 0;\n    for (int i = 0; i < n; i++)\n    {\n        int f = (int)Math.Floor(x * i);\n        long r = (long)Math.Round(s);\n        s += x * f + r * x;\n        ds += f + r;\n    }\n    return new[] { ds };\n}", "F", NumericTypeReviewTests.Xn0);

        [Fact]
        public void Rounding_with_digits_and_midpoint() =>
            LoopFreeCheck.CheckOrDeclined("[Differentiable] public static double F(double x) => x * (int)Math.Round(x * 10, 1) + x * x * (int)Math.Round(x * 3, MidpointRounding.AwayFromZero) + (int)Math.Round(x, 0, MidpointRounding.ToZero) * x;", "F", X);

        [Fact]
        public void Rounding_as_a_loop_bound() =>
            Check("[Differentiable] public static double F(double x)\n{\n    double s = 0;\n    for (int i = 0; i < (int)Math.Floor(x * 2) + 1; i++) s += s * 0.3 + x * i;\n    return s;\n}", X);

        // The local changes in the loop after its integer was read: the reverse sweep must see each iteration's value.
        [Fact]
        public void Rounded_local_written_in_the_loop() =>
            ReviewCheck.ByHand("[Differentiable] public static double F(double x, int n)\n{\n    double c = Math.Floor(x);\n    double s = x;\n    for (int t = 0; t < n; t++)\n    {\n        int i = (int)c;\n        s = s * 0.5 + x * x * i;\n        c = Math.Floor(s);\n    }\n    return s * c;\n}\npublic static double[] Expected(double x, int n)\n{\n    double c = Math.Floor(x), s = x, ds = 1;\n    for (int t = 0; t < n; t++)\n    {\n        int i = (int)c;\n        s = s * 0.5 + x * x * i;\n        ds = ds * 0.5 + 2 * x * i;\n        c = Math.Floor(s);\n    }\n    return new[] { ds * c };\n}", "F", NumericTypeReviewTests.Xn0);

        [Fact]
        public void Rounded_local_as_the_bound_of_an_inner_loop() =>
            ReviewCheck.ByHand("[Differentiable] public static double F(double x, int n)\n{\n    double c = Math.Round(x);\n    double s = x;\n    for (int t = 0; t < n; t++)\n    {\n        for (int j = 0; j < (int)c % 4 + 1; j++) s = s * 0.9 + x * j;\n        c = Math.Ceiling(s * 0.5);\n    }\n    return s;\n}\npublic static double[] Expected(double x, int n)\n{\n    double c = Math.Round(x), s = x, ds = 1;\n    for (int t = 0; t < n; t++)\n    {\n        for (int j = 0; j < (int)c % 4 + 1; j++)\n        {\n            s = s * 0.9 + x * j;\n            ds = ds * 0.9 + j;\n        }\n        c = Math.Ceiling(s * 0.5);\n    }\n    return new[] { ds };\n}", "F", NumericTypeReviewTests.Xn0);

        [Fact]
        public void Rounded_local_written_in_branches() =>
            Check("[Differentiable] public static double F(double x, double y)\n{\n    double c = Math.Floor(x);\n    if (y > 0) c = Math.Ceiling(x * y);\n    else c = Math.Round(y);\n    double u = x - c;\n    return u * u * (int)c + y * (int)c;\n}", Xy);

        [Fact]
        public void Rounded_local_as_an_index() =>
            Check("[Differentiable] public static double F(double x)\n{\n    double[] table = { 0.5, 1.5, -2, 3, 0.25 };\n    double q = x + 1;\n    double cell = Math.Floor(q);\n    int i = (int)cell;\n    double u = q - cell;\n    return table[i] * (1 - u) + table[i + 1] * u + u * u * x;\n}", new object[] { 0.7 }, new object[] { 1.3 }, new object[] { 2.45 }, new object[] { -0.65 }, new object[] { 0.2 });

        // A rounding written otherwise than as a call: a compound assignment, a ref alias, an out argument, a deconstruction.
        [Fact] public void Compound_assignment_of_a_rounded_local_is_declined() => Declined("[Differentiable] public static double F(double x)\n{\n    double c = Math.Floor(x);\n    c += 0.5;\n    return x * (int)c;\n}", "DIFF013");

        [Fact]
        public void Ref_alias_of_a_rounded_local() =>
            LoopFreeCheck.CheckOrDeclined("[Differentiable] public static double F(double x)\n{\n    double c = Math.Floor(x);\n    ref double r = ref c;\n    r = x * 0.5;\n    return x * (int)c;\n}", "F", X);

        [Fact] public void Deconstruction_into_a_rounded_local_is_declined() => LoopFreeCheck.CheckOrDeclined("[Differentiable] public static double F(double x)\n{\n    double c = Math.Floor(x);\n    double d;\n    (c, d) = (x * 0.5, x);\n    return d * (int)c;\n}", "F", X);

        // In a float method, (int)Math.Floor of a double product (DIFF013 before this change): the generated code floored the float
        // product x * 0.7f, whose rounding crosses the integer. At x = 7.142857f, x * 0.7 is 4.99999995 in double (floor 4) but
        // x * 0.7f is 5f in float: F is 28.57 and dF/dx 4 in the source; the generated value is 35.71, the partial 5.
        [Fact]
        public void Float_method_floor_of_a_double_product_is_declined() => NumericTypeReviewTests.Declined("[Differentiable] public static float F(float x) => x * (int)Math.Floor(x * 0.7);", "DIFF015");

        // The same without the conversion (read before this change too): (float)Math.Floor(x * 0.7), computed as MathF.Floor(x * 0.7f).
        [Fact]
        public void Float_method_floor_of_a_double_product_not_converted_is_declined() => NumericTypeReviewTests.Declined("[Differentiable] public static float F(float x) => x * (float)Math.Floor(x * 0.7);", "DIFF015");

        [Fact]
        public void MathF_rounding_in_a_float_method() =>
            Check("[Differentiable] public static float F(float x, float y)\n{\n    float c = MathF.Floor(x * 3f);\n    return x * (int)c + y * (int)MathF.Round(y * 2f) + (long)MathF.Truncate(x) * y;\n}", Xy);

        // ---- 3. narrowed steps ----
        [Fact]
        public void Narrow_steps_wrapping_in_loops() =>
            Check("[Differentiable] public static double F(double x, int n)\n{\n    byte b = 250;\n    sbyte c = -120;\n    ushort u = 2;\n    short k = 32000;\n    double s = 0;\n    for (int i = 0; i < n * 3; i++)\n    {\n        b++;\n        c -= 7;\n        u--;\n        k += 300;\n        s += b * x + c * x * x + u * x * 1e-4 + k * x * 1e-4;\n    }\n    return s;\n}", NumericTypeReviewTests.Xn0);

        [Fact]
        public void Narrow_step_as_induction_variable_nested() =>
            Check("[Differentiable] public static double F(double x, int n)\n{\n    short k = 0;\n    double s = x;\n    for (int i = 0; i < n * 10; i++)\n    {\n        for (int j = 0; j < 3; j++)\n        {\n            k += 400;\n            s = s * 0.99 + x * k * 1e-5;\n        }\n    }\n    return s;\n}", NumericTypeReviewTests.Xn0);

        [Fact]
        public void Narrow_step_in_a_branch_and_read_by_a_branch() =>
            Check("[Differentiable] public static double F(double x, int n)\n{\n    byte b = 200;\n    double s = x;\n    for (int i = 0; i < n * 20; i++)\n    {\n        if (i % 3 == 0) b += 17;\n        else b--;\n        if (b < 128) s = s * 0.9 + x;\n        else s = s * 0.8 - x * x;\n    }\n    return s;\n}", NumericTypeReviewTests.Xn0);

        [Fact]
        public void Narrow_steps_multiplied_and_negated() =>
            LoopFreeCheck.CheckOrDeclined("[Differentiable] public static double F(double x, int n)\n{\n    byte b = 3;\n    short s = 7;\n    double t = x;\n    for (int i = 0; i < n * 4; i++)\n    {\n        b *= 3;\n        s *= -5;\n        t = t * 0.9 + b * x + s * x * 1e-5;\n    }\n    return t;\n}", "F", NumericTypeReviewTests.Xn0);

        [Fact]
        public void Char_step() =>
            LoopFreeCheck.CheckOrDeclined("[Differentiable] public static double F(double x, int n)\n{\n    char c = 'a';\n    double t = 0;\n    for (int i = 0; i < n; i++)\n    {\n        c++;\n        t += c * x;\n    }\n    return t;\n}", "F", NumericTypeReviewTests.Xn0);

        [Fact]
        public void Narrow_step_in_a_while_loop_with_decrement() =>
            Check("[Differentiable] public static double F(double x, int n)\n{\n    sbyte b = 5;\n    double t = x;\n    int i = 0;\n    while (i < n * 40)\n    {\n        b -= 3;\n        t = t * 0.95 + b * x * 0.01;\n        i++;\n    }\n    return t;\n}", NumericTypeReviewTests.Xn0);
    }
}
