using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.Numerical
{
    /// <summary>Loop-free bodies read by the one lowering (ProgramLowering, then StraightLineBody): values and partials against the truth.</summary>
    public sealed class LoopFreeReviewTests
    {
        private static readonly object[][] Xy = { new object[] { 0.7, -1.3 }, new object[] { -0.4, 2.1 }, new object[] { 1.9, 0.35 }, new object[] { -2.2, -0.8 } };

        [Fact]
        public void Integer_parameters_divided_as_doubles() =>
            LoopFreeCheck.Check("[Differentiable] public static double F(double x, int n, int k) => x * ((double)n / k) + (double)n / k * x * x;", "F", new object[] { 0.7, 3, 2 }, new object[] { -1.1, 7, 4 });

        [Fact]
        public void Integer_parameters_times_x_over_k() =>
            LoopFreeCheck.Check("[Differentiable] public static double F(double x, int n, int k) => x * n / k + n / (double)k;", "F", new object[] { 0.7, 3, 2 }, new object[] { -1.1, 7, 4 });

        [Fact]
        public void Abs_of_integer_parameters_divided() =>
            LoopFreeCheck.Check("[Differentiable] public static double F(double x, int n, int k) => x * ((double)Math.Abs(n) / Math.Max(k, 1)) + (double)Math.Min(n, k) / Math.Abs(k);", "F", new object[] { 0.7, -3, 2 }, new object[] { -1.1, 7, 4 });

        [Fact]
        public void Integer_choice_divided() =>
            LoopFreeCheck.Check("[Differentiable] public static double F(double x, int n, int k) => x * ((double)(x > 0 ? n : k) / k);", "F", new object[] { 0.7, 3, 2 }, new object[] { -1.1, 7, 4 });

        [Fact]
        public void Integer_negation_divided() =>
            LoopFreeCheck.Check("[Differentiable] public static double F(double x, int n, int k) => x * ((double)-n / k);", "F", new object[] { 0.7, 3, 2 }, new object[] { -1.1, 7, 4 });

        [Fact]
        public void Integer_fields_divided() =>
            LoopFreeCheck.Check("private static readonly int N = 3; private const int K = 2; private int m = 5;\n[Differentiable] public double F(double x) => x * N / K + (double)m / N * x * x + (double)K / m;", "F", new object[] { 0.7 }, new object[] { -1.1 });

        [Fact]
        public void Double_parameter_reassigned() =>
            LoopFreeCheck.Check("[Differentiable] public static double F(double x, double y)\n{\n    x = x * y;\n    y += x;\n    if (x > 0) { x = Math.Sin(x); } else { y = y * y; }\n    return x * y;\n}", "F", Xy);

        [Fact]
        public void Double_parameter_incremented() =>
            LoopFreeCheck.Check("[Differentiable] public static double F(double x, double y)\n{\n    x++;\n    y--;\n    ++x;\n    return x * y;\n}", "F", Xy);

        [Fact]
        public void Bool_local_captures_value_before_reassignment() =>
            LoopFreeCheck.Check("[Differentiable] public static double F(double x, double y)\n{\n    bool positive = x > 0;\n    x = -x;\n    if (positive) return x * y;\n    return 2 * x + y;\n}", "F", Xy);

        [Fact]
        public void Bool_local_reassigned_in_branches() =>
            LoopFreeCheck.Check("[Differentiable] public static double F(double x, double y)\n{\n    bool b = false;\n    double s = y;\n    if (x > 0) { b = true; s = x * y; }\n    else if (y > 0) { b = x < -1; }\n    b = !b || y > 1;\n    if (b) return s * s;\n    return s + x;\n}", "F", Xy);

        [Fact]
        public void Nested_early_returns_with_locals() =>
            LoopFreeCheck.Check("[Differentiable] public static double F(double x, double y)\n{\n    double a = x;\n    if (x > 0)\n    {\n        a = x * y;\n        if (y > 0) return a * a;\n        a += 1;\n    }\n    else\n    {\n        if (y < -1) { return a - y; }\n        else { a = a * 3; }\n    }\n    if (a > 0.5) return a * x;\n    return a + y;\n}", "F", Xy);

        [Fact]
        public void Unreachable_code_after_return() =>
            LoopFreeCheck.Check("[Differentiable] public static double F(double x, double y)\n{\n    if (x > 0) { return x * y; } else { return y; }\n#pragma warning disable CS0162\n    return 0;\n#pragma warning restore CS0162\n}", "F", Xy);

        [Fact]
        public void Calls_inside_choice_and_logic() =>
            LoopFreeCheck.Check("[Differentiable] public static double G(double x) => x * x * x;\n[Differentiable] public static double F(double x, double y) => x > 0 && G(y) > 0.1 ? G(x) * y : G(x + y);", "F", Xy);

        [Fact]
        public void Calls_with_integer_arguments_computed() =>
            LoopFreeCheck.Check("[Differentiable] public static double G(double x, int n) => Math.Pow(x, n);\n[Differentiable] public static double F(double x, int n) => G(x, Math.Abs(n)) + G(x, -n);", "F", new object[] { 0.7, 3 }, new object[] { 1.3, -2 });

        [Fact]
        public void Call_with_integer_argument_and_early_return() =>
            LoopFreeCheck.Check("[Differentiable] public static double G(double x, int n) => Math.Pow(x, n);\n[Differentiable] public static double F(double x, int n)\n{\n    if (x < 0) return -x;\n    return G(x, Math.Abs(n)) + G(x, -n) * G(x, Math.Max(-(-n), 1));\n}", "F", new object[] { 0.7, 3 }, new object[] { 1.3, -2 }, new object[] { -0.5, 2 });

        [Fact]
        public void Base_field_and_this_field() =>
            LoopFreeCheck.CheckType("public class B { public double K = 1.5; public int M = 2; }\npublic partial class C : B\n{\n    public new double K = 5; public new int M = 7;\n    [Differentiable] public double F(double x)\n    {\n        if (x > base.K) return base.K * x * x / base.M;\n        return K * x / M + (double)base.M / M;\n    }\n}\n", "C", "F", new object[] { 0.7 }, new object[] { 2.1 });

        [Fact]
        public void Const_fields_of_other_types() =>
            LoopFreeCheck.Check("private const float Half = 0.5f; private const long L = 3; private const short S = 2; private const decimal D = 1.5m; private const byte By = 4;\n[Differentiable] public static double F(double x) => Half * x * L / S + x / By + By / S * x;", "F", new object[] { 0.7 }, new object[] { -2.1 });

        [Fact]
        public void Float_method_with_branches_and_integers() =>
            LoopFreeCheck.Check("[Differentiable] public static float F(float x, float y, int n)\n{\n    bool b = x > y;\n    x = x * n / 2;\n    if (b) { return MathF.Sin(x) * y; }\n    y = y / n;\n    return x * y;\n}", "F", new object[] { 0.7f, -1.3f, 3 }, new object[] { -0.4f, 2.1f, 5 });

        [Fact]
        public void Local_declared_inside_branch_shadowing_order() =>
            LoopFreeCheck.Check("[Differentiable] public static double F(double x, double y)\n{\n    double r = 0;\n    if (x > 0) { double t = x * y; r = t * t; }\n    else { double t = y - x; r = t; }\n    return r + x;\n}", "F", Xy);
    
        [Fact]
        public void Guard_keeps_the_branch_finite() =>
            LoopFreeCheck.Check("[Differentiable] public static double F(double x, double y)\n{\n    double r2 = x * x + y * y;\n    bool tiny = r2 < 1e-12;\n    if (tiny) return 1;\n    double r = Math.Sqrt(r2);\n    return Math.Sin(r) / r;\n}", "F", new object[] { 0.0, 0.0 }, new object[] { 0.3, 0.4 });

        [Fact]
        public void Guard_in_nested_branches_with_pending_return() =>
            LoopFreeCheck.Check("[Differentiable] public static double F(double x)\n{\n    double s = 1;\n    if (x < 2)\n    {\n        if (x <= 0) return x * x;\n        s = Math.Log(x);\n    }\n    return s * x;\n}", "F", new object[] { -1.0 }, new object[] { 0.5 }, new object[] { 3.0 });

        [Fact]
        public void Recursion_through_a_choice_ends() =>
            LoopFreeCheck.Check("[Differentiable] public static double F(double x) => x < 1 ? x * x : 2 * F(x / 2);", "F", new object[] { 0.5 }, new object[] { 5.0 });

        [Fact]
        public void Recursion_through_an_early_return_ends() =>
            LoopFreeCheck.Check("[Differentiable] public static double F(double x)\n{\n    if (x < 1) return x * x;\n    return 2 * F(x / 2);\n}", "F", new object[] { 0.5 }, new object[] { 5.0 });

        [Fact]
        public void Parameter_reassigned_then_passed_to_a_call() =>
            LoopFreeCheck.Check("[Differentiable] public static double G(double x) => x * Math.Exp(x);\n[Differentiable] public static double F(double x, double y)\n{\n    double x0 = x;\n    if (y > 0) x = x * y; else y = G(x);\n    return G(x) + y * x0;\n}", "F", Xy);

        [Fact]
        public void Parameter_reassigned_read_by_a_condition_before_and_after() =>
            LoopFreeCheck.Check("[Differentiable] public static double F(double x, double y)\n{\n    bool before = x > 0;\n    x = x - 1;\n    bool after = x > 0;\n    if (before && !after) return x * y;\n    if (after) return x * x;\n    return y;\n}", "F", new object[] { 0.5, 2.0 }, new object[] { 1.5, 2.0 }, new object[] { -0.5, 2.0 });

        [Fact]
        public void Local_assigned_only_in_then_and_returned_in_else() =>
            LoopFreeCheck.Check("[Differentiable] public static double F(double x, double y)\n{\n    double a = y;\n    if (x > 0) a = x * y;\n    else return a * a;\n    a = a + 1;\n    return a * x;\n}", "F", Xy);

        [Fact]
        public void Return_in_both_branches_of_an_inner_if_inside_a_then() =>
            LoopFreeCheck.Check("[Differentiable] public static double F(double x, double y)\n{\n    double a = y;\n    if (x > 0)\n    {\n        a = x;\n        if (y > 0) return a * y; else return a - y;\n    }\n    a = a * 2;\n    return a + x;\n}", "F", Xy);
    
        [Fact]
        public void Float_method_with_integer_fields_and_parameters() =>
            LoopFreeCheck.Check("private static readonly int N = 3; private const int K = 2;\n[Differentiable] public static float F(float x, int n)\n{\n    x /= 2;\n    if (N > K && x > n) return x * N / K;\n    return x * Math.Abs(n) / K + (float)Math.Max(n, 2) / 4 + (float)-n / N;\n}", "F", new object[] { 0.7f, 3 }, new object[] { 9.0f, 3 }, new object[] { -1.1f, -5 });

        [Fact]
        public void Integer_math_of_parameters_and_constants_divided() =>
            LoopFreeCheck.Check("[Differentiable] public static double F(double x, int n, long m)\n{\n    if (x > Math.Max(n, 2)) return x * ((double)Math.Max(n, 2) / 4);\n    return x * ((double)Math.Min(m, 3L) / 2) + (double)Math.Abs(m) / Math.Abs(n) * x;\n}", "F", new object[] { 0.7, 3, 5L }, new object[] { 9.0, 3, -7L }, new object[] { -1.1, -5, 1L });

        [Fact]
        public void Undifferentiated_parameter_reassigned_from_a_differentiated_one() =>
            LoopFreeCheck.Check("[Differentiable(\"x\")] public static double F(double x, double y)\n{\n    y = y * x;\n    if (y > 0) y += Math.Sin(x);\n    return y * y + x;\n}", "F", Xy);

        [Fact]
        public void Locals_named_like_generated_names() =>
            LoopFreeCheck.Check("[Differentiable] public static double F(double x, double @double)\n{\n    double dX = x * @double;\n    double x1 = dX * 2;\n    double value = x1 + 1;\n    double dDouble = value * dX;\n    @double = dDouble - x;\n    if (@double > 0) return value * @double;\n    double result = @double * x1;\n    return result + dX;\n}", "F", Xy);

        [Fact]
        public void Bool_local_copied_then_original_reassigned() =>
            LoopFreeCheck.Check("[Differentiable] public static double F(double x, double y)\n{\n    bool a = x > 0;\n    bool b = a;\n    a = y > 0;\n    bool c;\n    if (b) c = !a; else c = a & x < -1;\n    if (c | b) return x * y;\n    return x - y;\n}", "F", Xy);

        [Fact]
        public void Local_without_initializer_assigned_in_both_branches() =>
            LoopFreeCheck.Check("[Differentiable] public static double F(double x, double y)\n{\n    double a;\n    if (x > 0) a = x * y; else a = -x;\n    if (y > 0) { double b = a * a; return b + y; }\n    return a;\n}", "F", Xy);

        [Fact]
        public void Instance_method_with_fields_branches_and_calls() =>
            LoopFreeCheck.Check("private double w = 1.5; private int n = 3;\n[Differentiable] public double G(double u) => w * u * u / n;\n[Differentiable] public double F(double x, double y)\n{\n    y = y + w;\n    if (x > 0 && G(x) > 0.1) return G(y) * x / n;\n    return x > -1 ? G(x + y) : this.G(y) * n;\n}", "F", Xy);
    
        [Fact]
        public void Recursion_on_the_right_of_and_ends() =>
            LoopFreeCheck.Check("[Differentiable] public static double F(double x) => x >= 1 && F(x / 2) > 0.3 ? F(x / 2) * x : x * x;", "F", new object[] { 0.5 }, new object[] { 5.0 });

        [Fact]
        public void Recursion_through_a_bool_local_ends() =>
            LoopFreeCheck.Check("[Differentiable] public static double F(double x)\n{\n    bool big = x >= 1 && F(x / 2) > 0.3;\n    if (big) return F(x / 2) * x;\n    return x * x;\n}", "F", new object[] { 0.5 }, new object[] { 5.0 });
    
        [Fact]
        public void Assignment_inside_an_expression() =>
            LoopFreeCheck.CheckOrDeclined("[Differentiable] public static double F(double x, double y)\n{\n    double a = (x = x * 2) + x;\n    return a * x + y;\n}", "F", Xy);

        [Fact]
        public void Chained_assignment() =>
            LoopFreeCheck.CheckOrDeclined("[Differentiable] public static double F(double x, double y)\n{\n    double a;\n    y = a = x = x * 3;\n    return a * x + y;\n}", "F", Xy);

        [Fact]
        public void Compound_inside_compound() =>
            LoopFreeCheck.CheckOrDeclined("[Differentiable] public static double F(double x, double y)\n{\n    x += y *= x;\n    return x * y;\n}", "F", Xy);

        [Fact]
        public void Increment_inside_an_expression() =>
            LoopFreeCheck.CheckOrDeclined("[Differentiable] public static double F(double x, double y)\n{\n    double a = x++ * 2 + x;\n    return a * y;\n}", "F", Xy);

        [Fact]
        public void Assignment_in_a_condition() =>
            LoopFreeCheck.CheckOrDeclined("[Differentiable] public static double F(double x, double y)\n{\n    if ((x = x * y) > 0) return x;\n    return x * x;\n}", "F", Xy);

        [Fact]
        public void Assignment_in_a_choice() =>
            LoopFreeCheck.CheckOrDeclined("[Differentiable] public static double F(double x, double y)\n{\n    double a = y > 0 ? (x = x * 2) : x;\n    return a + x * y;\n}", "F", Xy);

        [Fact]
        public void Bool_assignment_in_a_condition() =>
            LoopFreeCheck.CheckOrDeclined("[Differentiable] public static double F(double x, double y)\n{\n    bool b = false;\n    if (y > 0 && (b = x > 0)) return x;\n    return b ? x * y : y;\n}", "F", Xy);
    
        /// <summary>The old lowering folded const locals of any type; an integer one must not make the body a program (which declines early returns, bool locals and calls in ?:).</summary>
        [Fact]
        public void Const_integer_local_beside_early_returns_bool_locals_and_calls_in_choices() =>
            LoopFreeCheck.Check("[Differentiable] public static double G(double x) => x * x;\n[Differentiable] public static double F(double x, double y)\n{\n    const int K = 3;\n    const long L = 2;\n    bool b = x > 0;\n    if (y > K) return x * K;\n    double r = b ? G(x) / K : G(y) * L;\n    if (r > 1) return r / L;\n    return r * K / L + (double)K / L;\n}", "F", Xy);
    }
}
