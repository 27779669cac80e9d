using DiffGen.Generator.Tests.Infrastructure;
using Xunit;
using static DiffGen.Generator.Tests.Review.NumericTypeReviewTests;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>
    /// Review of 2ea0af2 (Math.Sign of integers as integer data; integer locals as data in a conversion to an integer) and of
    /// 13a84e0/c5c0213 (DIFF015 for float/double precision): integer locals from conversions of differentiated values (still
    /// DIFF013), Math.Sign of integers in loops, conditions and switches; float parameters, casts to float and compound steps
    /// in double methods; roundings and sums in float methods.
    /// </summary>
    public sealed class CopyReviewScalarTests
    {
        private static readonly object[][] Xn = { new object[] { 0.7, 3 }, new object[] { -1.3, 5 }, new object[] { 2.2, 0 }, new object[] { 0.45, -2 } };

        // ---- Math.Sign of integers, integer locals as data: generated and right ----

        [Fact]
        public void Sign_of_loop_indices_and_parameters() =>
            LoopFreeCheck.Check("[Differentiable] public static double F(double x, int n)\n{\n    double s = 0;\n    for (int i = -2; i < n; i++) s += Math.Sign(i - 1) * x * x + Math.Sign(n - i) * x;\n    return s;\n}", "F", Xn);

        [Fact]
        public void Int_local_of_a_floor_in_a_conversion_and_a_sign() =>
            LoopFreeCheck.Check("[Differentiable] public static double F(double x, int n)\n{\n    int k = (int)Math.Floor(x * 3);\n    return x * (int)(k * 0.5 + 0.25) + x * x * Math.Sign(k);\n}", "F", Xn);

        [Fact]
        public void Int_locals_in_conversions_in_a_loop() =>
            LoopFreeCheck.Check("[Differentiable] public static double F(double x, int n)\n{\n    double s = 0;\n    for (int i = 0; i < n; i++) { int m = i * 2; s += x * (int)(i * 0.5 + n * 0.7) + x * x * (int)(m * 0.3); }\n    return s;\n}", "F", Xn);

        [Fact]
        public void Sign_of_an_int_and_a_long_in_a_condition() =>
            LoopFreeCheck.Check("[Differentiable] public static double F(double x, int n)\n{\n    if (Math.Sign(n) > 0) return x * x * Math.Sign((long)n);\n    return x * Math.Sign(n);\n}", "F", Xn);

        [Fact]
        public void Int_local_of_a_stopped_value_in_a_loop() =>
            LoopFreeCheck.Check("[Differentiable] public static double F(double x, int n)\n{\n    double s = 0;\n    for (int i = 0; i < 3; i++) { int k = (int)Gradient.Stop(x * i); s += x * (int)(k * 0.5) + k * x; }\n    return s;\n}", "F", Xn);

        [Fact]
        public void Int_local_of_a_round_in_a_loop() =>
            LoopFreeCheck.Check("[Differentiable] public static double F(double x, int n)\n{\n    int k = (int)Math.Round(x);\n    double s = 0;\n    for (int i = 0; i < 2; i++) s += x * (int)(k * 0.5 + i);\n    return s;\n}", "F", Xn);

        [Fact]
        public void Sign_of_an_int_switched() =>
            LoopFreeCheck.CheckOrDeclined("[Differentiable] public static double F(double x, int n)\n{\n    double r;\n    switch (Math.Sign(n - 1)) { case 1: r = x * x; break; case 0: r = x; break; default: r = -x; break; }\n    return r;\n}", "F", Xn);

        // ---- The conversion of a differentiated value into the int local is still DIFF013 ----

        [Fact]
        public void Int_local_of_x_is_DIFF013() => Declined("[Differentiable] public static double F(double x, int n)\n{\n    int k = (int)x;\n    return x * (int)(k * 0.5);\n}", "DIFF013");

        [Fact]
        public void Int_local_of_x_in_a_loop_is_DIFF013() => Declined("[Differentiable] public static double F(double x, int n)\n{\n    double s = 0;\n    for (int i = 0; i < n; i++) { int k = (int)(x * i); s += x * (int)(k * 0.5); }\n    return s;\n}", "DIFF013");

        [Fact]
        public void Int_local_stepped_by_x_is_DIFF013() => Declined("[Differentiable] public static double F(double x, int n)\n{\n    int k = n;\n    k += (int)x;\n    return x * (int)(k * 0.5);\n}", "DIFF013");

        [Fact]
        public void Conversion_of_an_index_times_x_is_DIFF013() => Declined("[Differentiable] public static double F(double x, int n)\n{\n    double s = 0;\n    for (int i = 0; i < n; i++) s += x * (int)(i * x);\n    return s;\n}", "DIFF013");

        [Fact]
        public void Sign_of_an_int_conversion_of_x_is_DIFF013() => Declined("[Differentiable] public static double F(double x, int n) => x * Math.Sign((int)x);", "DIFF013");

        // ---- Needless declines (today's diagnostic asserted) ----

        // A double local never assigned after 0.5 is data like the constant: DIFF013 "The conversion '(int)(i * h)' to 'int' cuts the derivative".
        [Fact]
        public void Conversion_of_an_index_times_a_constant_double_local() => Declined("[Differentiable] public static double F(double x, int n)\n{\n    double h = 0.5;\n    double s = 0;\n    for (int i = 0; i < n; i++) s += x * (int)(i * h);\n    return s;\n}", "DIFF013");

        // Math.Sign of a double into an int local: DIFF015 "The integer 'Math.Sign(x)' is not supported yet".
        [Fact]
        public void Sign_of_x_into_an_int_local() => Declined("[Differentiable] public static double F(double x, int n)\n{\n    int s = Math.Sign(x);\n    return x * (int)(s * 0.5 + 1) + s * x * x;\n}", "DIFF015");

        // Float methods: the sign of a float minus an exact constant is the same in float and double (x - 0.5 is 0 only at
        // x = 0.5 in both): was DIFF015 "The expression 'x - 0.5' is not supported yet", read now (a sum of values exact in float).
        [Fact]
        public void Float_sign_of_a_difference_with_an_exact_constant() => LoopFreeCheck.Check("[Differentiable] public static float F(float x) => x * Math.Sign(x - 0.5);", "F", new object[] { 0.2 }, new object[] { 0.9 }, new object[] { 1.7 });

        // (float)Math.Exp(x - 1.0), (float)Math.Sqrt(x * x + y * y + 1.0): a rounding apart only (no cancellation to float
        // precision: x - 1.0 of a float x is exact in double, and Sterbenz makes x - 1f exact where it cancels), yet DIFF015
        // "The expression 'x - 1.0' is not supported yet" / "The expression 'x * x + y * y + 1.0'" before; read now.
        [Fact]
        public void Float_exp_of_a_difference_with_an_exact_constant() => LoopFreeCheck.Check("[Differentiable] public static float F(float x) => (float)Math.Exp(x - 1.0);", "F", new object[] { 0.2 }, new object[] { 1.7 });

        [Fact]
        public void Float_sqrt_of_a_sum_with_an_exact_constant() => LoopFreeCheck.Check("[Differentiable] public static float F(float x, float y) => (float)Math.Sqrt(x * x + y * y + 1.0);", "F", new object[] { 0.2, 1.3 }, new object[] { -1.7, 0.4 });

        // Math.Round(x * 2.0) of a float x: the product is exact in float too, yet DIFF015 "The rounding 'Math.Round(x * 2.0)'".
        [Fact]
        public void Float_round_of_a_doubling() => Declined("[Differentiable] public static float F(float x) => x * (float)Math.Round(x * 2.0);", "DIFF015");

        // ---- Double methods: float computations that jump or cancel (were generated and wrong; DIFF015 now) ----

        // y * 10 < 7 is a float comparison: 0.7f * 10f rounds to 7f (not < 7); the generated 10 * (double)y < 7 is true.
        // At (x, y) = (0.3, 0.7f): expected value 0.3 (and ∂x 1), got 0.09 (∂x 0.6).
        [Fact]
        public void Float_parameter_compared_in_a_double_method_is_declined() => Declined("[Differentiable] public static double F(double x, float y)\n{\n    if (y * 10 < 7) return x * x;\n    return x;\n}", "DIFF015");

        // (float)x < 0.7 at x = 0.7: (float)0.7 = 0.69999999 < 0.7, x * x; the generated x < 0.7 takes x.
        // Expected value 0.49 (∂x 1.4), got 0.7 (∂x 1).
        [Fact]
        public void Value_rounded_to_float_compared_in_a_double_method_is_declined() => Declined("[Differentiable] public static double F(double x) => (float)x < 0.7 ? x * x : x;", "DIFF015");

        // Math.Floor((float)x * 100) at x = 0.29: (float)0.29 * 100 rounds to 29f in float, floor 29; the generated
        // Math.Floor(x * 100) floors 28.999999999999996 to 28. Expected value 8.41 and ∂x 29, got 8.12 and 28.
        [Fact]
        public void Floor_of_a_float_product_in_a_double_method_is_declined() => Declined("[Differentiable] public static double F(double x) => x * Math.Floor((float)x * 100);", "DIFF015");

        // s -= (float)x on a double s: the compound step cancels the rounding like x - (float)x, which DIFF015 reports.
        // At x = 0.7: expected value 12.62 ((0.7 - 0.699999988) * 1e9 + 0.7), got 0.7.
        [Fact]
        public void Compound_subtraction_of_a_value_rounded_to_float_is_declined() => Declined("[Differentiable] public static double F(double x)\n{\n    double s = x;\n    s -= (float)x;\n    return s * 1e9 + x;\n}", "DIFF015");

        // s += y * y (float arithmetic) on a double s: at (0.7, 0.7f) expected value 0.342 (the float product's rounding
        // times 1e8, plus x), got 0.7.
        [Fact]
        public void Compound_addition_of_float_arithmetic_is_declined() => Declined("[Differentiable] public static double F(double x, float y)\n{\n    double s = -((double)y * y);\n    s += y * y;\n    return s * 1e8 + x;\n}", "DIFF015");
    }
}
