using System.Linq;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>
    /// Local functions read in place (review-custom): captures that change between calls, captured parameters reassigned,
    /// parameters shadowing outer names, named and default arguments, local functions in loops, calling custom derivatives
    /// and [Differentiable] methods, and recursion (declined). Both routes, double and float; checked against central
    /// differences.
    /// </summary>
    public sealed class LocalFunctionReviewTests
    {
        private static readonly object[][] Xy = CustomDerivativeReviewTests.Xy;

        private static void Check(string body) => LoopFreeCheck.Check(CustomDerivativeReviewTests.Originals + body, "F", Xy);

        [Fact] public void Capture_changes_between_calls() => Check("[Differentiable] public static double F(double x, double y)\n{\n    double a = x;\n    double Sc(double v) => v * a + a * a;\n    double r1 = Sc(y);\n    a = y * y;\n    double r2 = Sc(x);\n    a = Math.Sin(a);\n    return r1 + r2 * Sc(x * y);\n}");

        [Fact] public void Capture_changes_between_calls_loop_route() => Check("[Differentiable] public static double F(double x, double y)\n{\n    double a = x;\n    double Sc(double v) => v * a + a * a;\n    double r = 0;\n    for (int i = 0; i < 3; i++)\n    {\n        r += Sc(y + i);\n        a = a * y + 0.1;\n    }\n    return r + Sc(x);\n}");

        [Fact] public void Capture_changes_between_calls_float() => Check("[Differentiable] public static float F(float x, float y)\n{\n    float a = x;\n    float Sc(float v) => v * a + a * a;\n    float r1 = Sc(y);\n    a = y * y;\n    float r2 = Sc(x);\n    float s = 0;\n    for (int i = 0; i < 2; i++) { s += Sc(s * 0.1f + y); a += x; }\n    return r1 + r2 * s;\n}");

        [Fact] public void Captured_parameter_reassigned() => Check("[Differentiable] public static double F(double x, double y)\n{\n    double G(double v) => v * x;\n    double r1 = G(y);\n    x = x * x + y;\n    return r1 + G(y) + G(x);\n}");

        [Fact] public void Captured_parameter_reassigned_loop_route() => Check("[Differentiable] public static double F(double x, double y)\n{\n    double G(double v) => v * x;\n    double r = 0;\n    for (int i = 0; i < 3; i++) { r += G(y); x = x * 0.5 + y; }\n    return r + G(x);\n}");

        [Fact] public void Accumulator_captured_in_the_loop_that_changes_it() => Check("[Differentiable] public static double F(double x, double y)\n{\n    double acc = y;\n    double Add(double v) => v * acc + x;\n    for (int i = 0; i < 3; i++) acc += Add(y * i) * 0.1;\n    return acc;\n}");

        [Fact] public void Declared_in_a_loop_capturing_the_counter_and_a_local() => Check("[Differentiable] public static double F(double x, double y)\n{\n    double s = 0;\n    for (int i = 0; i < 3; i++)\n    {\n        double t = x * i + y;\n        double T(double v) => v * i + t * t;\n        s += T(x) * T(s * 0.1);\n    }\n    return s;\n}");

        [Fact] public void Declared_after_its_call() => Check("[Differentiable] public static double F(double x, double y)\n{\n    double r = Sq(x) + Sq(y * x);\n    return r;\n    double Sq(double v) => v * v * y;\n}");

        [Fact] public void Parameter_shadowing_a_method_parameter() => Check("[Differentiable] public static double F(double x, double y)\n{\n    double Sq(double x) => x * x;\n    return Sq(y) * x + Sq(x + y);\n}");

        [Fact] public void Parameter_shadowing_a_method_parameter_loop_route() => Check("[Differentiable] public static double F(double x, double y)\n{\n    double Sq(double x) => x * x;\n    double s = 0;\n    for (int i = 0; i < 2; i++) s += Sq(y) * x + Sq(x + y * i);\n    return s;\n}");

        [Fact] public void Parameters_swapped_against_outer_names() => Check("[Differentiable] public static double F(double x, double y)\n{\n    double G(double y, double x) => y * y * x + Math.Sin(x);\n    return G(x, y) + G(y, 2 * x);\n}");

        [Fact] public void Parameters_swapped_against_outer_names_loop_route() => Check("[Differentiable] public static double F(double x, double y)\n{\n    double G(double y, double x) => y * y * x + Math.Sin(x);\n    double s = 0;\n    for (int i = 0; i < 2; i++) s += G(x, y) + G(y, 2 * x + i);\n    return s;\n}");

        [Fact] public void Parameter_shadowing_an_outer_local() => Check("[Differentiable] public static double F(double x, double y)\n{\n    double v = x * 2;\n    double Sq(double v) => v * v;\n    return Sq(y) + v * Sq(v + 1);\n}");

        [Fact] public void Nested_calls_passing_outer_name_as_argument() => Check("[Differentiable] public static double F(double x, double y)\n{\n    double v = x * 2;\n    double A(double u) => u * v;\n    double B(double v) => A(v) + v;\n    return B(y) + B(v) + A(B(x));\n}");

        [Fact] public void Nested_calls_passing_outer_name_as_argument_loop_route() => Check("[Differentiable] public static double F(double x, double y)\n{\n    double v = x * 2;\n    double A(double u) => u * v;\n    double B(double v) => A(v) + v;\n    double s = 0;\n    for (int i = 0; i < 2; i++) { s += B(y) + B(v) + A(B(x)); v = v * y; }\n    return s;\n}");

        [Fact] public void Named_arguments_out_of_order() => Check("[Differentiable] public static double F(double x, double y)\n{\n    double L(double a, double b) => a * a * b + b;\n    return L(b: y, a: x) + 2 * L(b: x * x, a: y);\n}");

        [Fact] public void Named_arguments_out_of_order_loop_route() => Check("[Differentiable] public static double F(double x, double y)\n{\n    double L(double a, double b) => a * a * b + b;\n    double s = 0;\n    for (int i = 0; i < 2; i++) s += L(b: y + i, a: x);\n    return s;\n}");

        [Fact] public void Default_argument() => LoopFreeCheck.CheckOrDeclined("[Differentiable] public static double F(double x, double y)\n{\n    double Sc(double v, double k = 2.5) => v * k;\n    return Sc(x) * y + Sc(y, x);\n}", "F", Xy);

        [Fact] public void Default_argument_loop_route() => LoopFreeCheck.CheckOrDeclined("[Differentiable] public static double F(double x, double y)\n{\n    double Sc(double v, double k = 2.5) => v * k;\n    double s = 0;\n    for (int i = 0; i < 2; i++) s += Sc(x) * y + Sc(y, x);\n    return s;\n}", "F", Xy);

        [Fact] public void Integer_parameter() => Check("[Differentiable] public static double F(double x, double y)\n{\n    double Pw(double v, int n) => n * v * v + n;\n    double s = Pw(x, 2);\n    for (int i = 0; i < 3; i++) s += Pw(y * s * 0.1, i);\n    return s;\n}");

        [Fact] public void Calling_custom_derivatives_and_differentiable_methods() => Check("[Differentiable] public static double G(double u) => u * Math.Exp(-u * u);\n[Differentiable] public static double F(double x, double y)\n{\n    double L(double v) => H(v) * G(v) + P(v, y) + K(v * v);\n    return L(x) + L(x * y);\n}");

        [Fact] public void Calling_custom_derivatives_and_differentiable_methods_loop_route() => Check("[Differentiable] public static double G(double u) => u * Math.Exp(-u * u);\n[Differentiable] public static double F(double x, double y)\n{\n    double L(double v) => H(v) * G(v) + P(v, y) + K(v * v);\n    double s = 0;\n    for (int i = 0; i < 2; i++) s += L(x + i * y) * 0.5;\n    return s;\n}");

        [Fact] public void Static_local_function_with_stop() => ReviewCheck.ByHand("[Differentiable] public static double F(double x, double y)\n{\n    static double Half(double v) => Gradient.Stop(v) * v;\n    double s = 0;\n    for (int i = 0; i < 2; i++) s += Half(x * y);\n    return s + Half(x);\n}\npublic static double[] Expected(double x, double y) => new[] { 2 * x * y * y + x, 2 * x * y * x };", "F", Xy);

        [Fact] public void Bool_local_function_reading_a_capture_that_changes() => Check("[Differentiable] public static double F(double x, double y)\n{\n    double lim = 0.5;\n    bool Big(double v) => v > lim;\n    double s = Big(x) ? x * y : y;\n    lim = -5;\n    return s + (Big(x) ? x * x : -x);\n}");

        [Fact] public void Bool_local_function_in_a_loop() => Check("[Differentiable] public static double F(double x, double y)\n{\n    double lim = 0.5;\n    bool Big(double v) => v > lim;\n    double s = 0;\n    for (int i = 0; i < 3; i++) { s += Big(x) ? x * y : y; lim -= 3; }\n    return s;\n}");

        [Theory]
        [InlineData("[Differentiable] public static double F(double x, double y)\n{\n    double A(double v) => v > 1 ? A(v / 2) : v * y;\n    return A(x);\n}")]
        [InlineData("[Differentiable] public static double F(double x, double y)\n{\n    double A(double v) => v > 1 ? B(v / 2) : v * y;\n    double B(double v) => A(v) * 2;\n    return A(x);\n}")]
        [InlineData("[Differentiable] public static double F(double x, double y)\n{\n    double A(double v) => v > 1 ? C2(v / 2) : v * y;\n    double B(double v) => A(v) * 2;\n    double C2(double v) => B(v) + 1;\n    double s = 0;\n    for (int i = 0; i < 2; i++) s += A(x);\n    return s;\n}")]
        public void Recursion_is_declined(string body) =>
            Assert.Contains(GeneratorHarness.Analyze(LoopFreeCheck.Header + "public partial class C\n{\n" + body + "\n}\n}\n"), d => d.Id == "DIFF015");
    }
}
