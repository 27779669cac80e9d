using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.Calls
{
    /// <summary>
    /// Loop-free methods that compute a call only where the source does: on the right of &amp;&amp; and || (in a ?:, an
    /// if, a bool local), and in choices by different tests. A call the generated code ran anyway would throw (G: Math.Clamp
    /// with lo &gt; hi) or recurse without end, which kills the test host: while changing the generator, run the throwing
    /// cases first and the recursive ones (named ..._ends) alone. Values, partials and gradients against central differences.
    /// </summary>
    public sealed class ShortCircuitTests
    {
        /// <summary>G(x) = x / 2 for x ≥ 0; Math.Clamp throws for x &lt; 0 (lo &gt; hi).</summary>
        private const string Throwing = "[Differentiable] public static double G(double x) => Math.Clamp(0.5 * x, 0.0, x);\n";

        private static readonly object[][] Xy = { new object[] { -1.0, 0.7 }, new object[] { 0.5, 1.3 }, new object[] { 3.0, -0.4 }, new object[] { 5.0, 2.0 }, new object[] { -0.3, -1.1 } };

        private static readonly object[][] X = { new object[] { 0.5 }, new object[] { 1.5 }, new object[] { 5.0 }, new object[] { -3.0 } };

        [Fact]
        public void Log_on_the_right_of_and() =>
            LoopFreeCheck.Check("[Differentiable] public static double F(double x, double y) => x > 0 && Math.Log(x) > 1 ? Math.Log(x) * y : x * y;", "F", Xy);

        [Fact]
        public void Sqrt_on_the_right_of_or() =>
            LoopFreeCheck.Check("[Differentiable] public static double F(double x, double y) => x <= 0 || Math.Sqrt(x) < 2 ? x * y : Math.Sqrt(x) * y;", "F", Xy);

        [Fact]
        public void Throwing_call_on_the_right_of_and_in_a_choice() =>
            LoopFreeCheck.Check(Throwing + "[Differentiable] public static double F(double x, double y) => x >= 0 && G(x) > 1 ? G(x) * y : x * y;", "F", Xy);

        [Fact]
        public void Throwing_call_on_the_right_of_or_in_a_choice() =>
            LoopFreeCheck.Check(Throwing + "[Differentiable] public static double F(double x, double y) => x < 0 || G(x) < 1 ? x * y : G(x) * y * y;", "F", Xy);

        [Fact]
        public void Throwing_call_on_the_right_of_and_in_an_if() =>
            LoopFreeCheck.Check(Throwing + "[Differentiable] public static double F(double x, double y)\n{\n    if (x >= 0 && G(x) > 1) return G(x) * y;\n    return y * y;\n}", "F", Xy);

        [Fact]
        public void Throwing_call_on_the_right_of_or_in_a_bool_local() =>
            LoopFreeCheck.Check(Throwing + "[Differentiable] public static double F(double x, double y)\n{\n    bool small = x < 0 || G(x) < 1;\n    double r = small ? x * y : G(x) + y;\n    if (small) r = r * r;\n    return r;\n}", "F", Xy);

        [Fact]
        public void Throwing_call_nested_in_and_of_or() =>
            LoopFreeCheck.Check(Throwing + "[Differentiable] public static double F(double x, double y) => x >= 0 && (y > 1 || G(x) > 0.5) ? G(x) * y : y;", "F", Xy);

        [Fact]
        public void Throwing_call_under_a_not() =>
            LoopFreeCheck.Check(Throwing + "[Differentiable] public static double F(double x, double y) => !(x < 0 || G(x) <= 1) ? G(x) * y : x - y;", "F", Xy);

        [Fact]
        public void Throwing_call_only_in_the_condition() =>
            LoopFreeCheck.Check(Throwing + "[Differentiable] public static double F(double x, double y) => x >= 0 && G(x) > 1 ? x * y : Math.Sin(y);", "F", Xy);

        [Fact]
        public void Throwing_call_shared_by_choices_on_different_tests() =>
            LoopFreeCheck.Check(Throwing + "[Differentiable] public static double F(double x, double y) => (x >= 0 ? G(x) * y : 0) + (x > 2 ? G(x) : y);", "F", Xy);

        [Fact]
        public void Throwing_call_as_a_later_and_operand() =>
            LoopFreeCheck.Check(Throwing + "[Differentiable] public static double H(double x) => x * x;\n[Differentiable] public static double F(double x, double y) => H(x) > 0.01 && x > 0 && G(x) > 0.2 ? G(x) * H(x) * y : H(x) - y;", "F", Xy);

        [Fact]
        public void Throwing_call_read_by_a_local_after_the_guard() =>
            LoopFreeCheck.Check(Throwing + "[Differentiable] public static double F(double x, double y)\n{\n    double r = y;\n    if (x >= 0 && G(x) > 0.2)\n    {\n        double g = G(x);\n        r = g * g + y;\n    }\n    return r * y;\n}", "F", Xy);

        /// <summary>G(x - 1)'s guard, (y &gt; 0 &amp;&amp; G(x) &gt; 1) || x &gt; 3, reads G(x) where the source computes it only when y &gt; 0.</summary>
        [Fact]
        public void Guard_reading_an_earlier_call_guards_that_call_too() =>
            LoopFreeCheck.Check(Throwing + "[Differentiable] public static double F(double x, double y) => (y > 0 ? (G(x) > 1 && G(x - 1) > 0.1 ? x : 2) : 3) * y + (x > 3 ? G(x - 1) : 0);", "F", new object[] { -1.0, -0.7 }, new object[] { 0.5, 1.3 }, new object[] { 2.8, -0.4 }, new object[] { 5.0, 2.0 }, new object[] { 2.5, 1.0 }, new object[] { 3.5, -1.0 });

        [Fact]
        public void Float_throwing_call_is_not_needed_but_sign_is() =>
            LoopFreeCheck.Check("[Differentiable] public static float F(float x, float y) => x > 0 && Math.Sign(Math.Log(x)) > 0 ? MathF.Log(x) * y : x * y;", "F", Xy);

        [Fact]
        public void Instance_calls_after_an_early_return_in_a_bool_local_and_an_if() =>
            LoopFreeCheck.Check("private double w = 1.5;\n[Differentiable] public double G(double u) => w * u * u;\n[Differentiable] public double F(double x, double y)\n{\n    if (x < 0) return y;\n    double g = G(x);\n    bool ok = g > 1 || G(y) > 2;\n    if (ok && G(x + y) > 0.5) return G(x + y) * g;\n    return ok ? G(y) : x * y;\n}", "F", Xy);

        [Fact]
        public void Calls_shared_by_choices_and_a_condition() =>
            LoopFreeCheck.Check("private double w = 1.5;\n[Differentiable] public double G(double u) => w * u * u;\n[Differentiable] public double F(double x, double y) => (x > 0 ? G(x) : 0) + (y > 0 ? G(x) * G(y) : 1) + (x + y > 1 && G(y) > 0.2 ? 1 : G(x));", "F", Xy);

        [Fact]
        public void Recursion_on_the_right_of_or_ends() =>
            LoopFreeCheck.Check("[Differentiable] public static double F(double x) => x < 1 || F(x / 2) < 0.3 ? x * x : F(x / 2) * x;", "F", X);

        [Fact]
        public void Recursion_shared_by_choices_on_different_tests_ends() =>
            LoopFreeCheck.Check("[Differentiable] public static double F(double x) => (x >= 1 ? F(x / 2) : 0) + (x > 2 ? F(x / 2) * x : 1);", "F", X);

        [Fact]
        public void Recursion_nested_in_and_of_or_ends() =>
            LoopFreeCheck.Check("[Differentiable] public static double F(double x, double y) => x >= 1 && (y > 1 || F(x / 2, y) > 0.2) ? F(x / 2, y) * y + x : x * y;", "F", Xy);

        [Fact]
        public void Float_recursion_on_the_right_of_and_ends() =>
            LoopFreeCheck.Check("[Differentiable] public static float F(float x) => x >= 1 && F(x / 2) > 0.3f ? F(x / 2) * x : x * x;", "F", X);

        [Fact]
        public void Float_recursion_through_a_bool_local_ends() =>
            LoopFreeCheck.Check("[Differentiable] public static float F(float x)\n{\n    bool small = x < 1 || F(x / 2) < 0.3f;\n    if (small) return x * x;\n    return F(x / 2) * x;\n}", "F", X);

        [Fact]
        public void Mutual_recursion_in_an_if_ends() =>
            LoopFreeCheck.Check("[Differentiable] public static double A(double x) => x >= 1 && B(x / 3) > 0 ? B(x / 3) + x : Math.Sin(x);\n[Differentiable] public static double B(double x)\n{\n    if (x > 0.5 && A(x) > -1) return A(x) * x;\n    return x * x;\n}", "A", new object[] { 2.0 }, new object[] { 5.0 }, new object[] { 0.5 }, new object[] { -3.0 });
    }
}
