using System.Linq;
using DiffGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>
    /// Custom derivatives of unusual shapes and calls (review-custom): named and default arguments, outputs for a subset of
    /// the parameters, outputs out of order, integer parameters, instance originals, a derivative replacing a generated one.
    /// Either declined with a diagnostic or generated right: never generated wrong.
    /// </summary>
    public sealed class CustomDerivativeShapeReviewTests
    {
        private static readonly object[][] Xy = CustomDerivativeReviewTests.Xy;

        private const string P = "public static double P(double a, double b) => a * a * b + Math.Exp(0.5 * b);\n"
            + "[DerivativeOf(nameof(P))] public static double PD(double a, double b, out double dA, out double dB) { dA = 2 * a * b; dB = a * a + 0.5 * Math.Exp(0.5 * b); return P(a, b); }\n";

        private static string[] Errors(string members) =>
            GeneratorHarness.Analyze(LoopFreeCheck.Header + "public partial class C\n{\n" + members + "\n}\n}\n").Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id + ": " + d.GetMessage()).ToArray();

        [Fact] public void Named_arguments_out_of_order() => LoopFreeCheck.Check(P + "[Differentiable] public static double F(double x, double y) => P(b: y, a: x * x) + 2 * P(b: x, a: y);", "F", Xy);

        [Fact] public void Named_arguments_out_of_order_loop_route() => LoopFreeCheck.Check(P + "[Differentiable] public static double F(double x, double y)\n{\n    double s = 0;\n    for (int i = 0; i < 2; i++) s += P(b: y + i, a: x * x);\n    return s;\n}", "F", Xy);

        [Fact] public void Named_arguments_out_of_order_differentiable_callee() => LoopFreeCheck.Check("[Differentiable] public static double Q(double a, double b) => a * a * b + Math.Exp(0.5 * b);\n[Differentiable] public static double F(double x, double y) => Q(b: y, a: x * x) + Q(b: x, a: y);", "F", Xy);

        [Fact] public void Named_arguments_out_of_order_differentiable_callee_loop_route() => LoopFreeCheck.Check("[Differentiable] public static double Q(double a, double b) => a * a * b + Math.Exp(0.5 * b);\n[Differentiable] public static double F(double x, double y)\n{\n    double s = 0;\n    for (int i = 0; i < 2; i++) s += Q(b: y + i, a: x * x);\n    return s;\n}", "F", Xy);

        [Fact]
        public void Default_argument_of_a_custom_derivative() =>
            LoopFreeCheck.CheckOrDeclined("public static double D(double x, double s = 2.0) => Math.Sin(s * x);\n[DerivativeOf(nameof(D))] public static double DD(double x, double s, out double dX, out double dS) { dX = s * Math.Cos(s * x); dS = x * Math.Cos(s * x); return D(x, s); }\n[Differentiable] public static double F(double x, double y) => D(x) * y + D(y, x);", "F", Xy);

        [Fact]
        public void Default_argument_of_a_custom_derivative_loop_route() =>
            LoopFreeCheck.CheckOrDeclined("public static double D(double x, double s = 2.0) => Math.Sin(s * x);\n[DerivativeOf(nameof(D))] public static double DD(double x, double s, out double dX, out double dS) { dX = s * Math.Cos(s * x); dS = x * Math.Cos(s * x); return D(x, s); }\n[Differentiable] public static double F(double x, double y)\n{\n    double t = 0;\n    for (int i = 0; i < 2; i++) t += D(x) * y + D(y, x);\n    return t;\n}", "F", Xy);

        // A derivative with an output for a only: a differentiated value passed to b must be declined (DIFF016), not cut.
        [Theory]
        [InlineData("[Differentiable] public static double F(double x, double y) => PA(x, y);")]
        [InlineData("[Differentiable] public static double F(double x, double y) => PA(x, x * y);")]
        [InlineData("[Differentiable] public static double F(double x, double y)\n{\n    double s = 0;\n    for (int i = 0; i < 2; i++) s += PA(x, y + i);\n    return s;\n}")]
        [InlineData("[Differentiable] public static double F(double x, double y)\n{\n    double[] a = { x, y };\n    return PA(a[0], a[1]);\n}")]
        public void Derivative_for_a_subset_declines_a_differentiated_argument_elsewhere(string body)
        {
            const string PA = "public static double PA(double a, double b) => a * a * b;\n[DerivativeOf(nameof(PA))] public static double PAD(double a, double b, out double dA) { dA = 2 * a * b; return PA(a, b); }\n";
            string[] errors = Errors(PA + body);
            Assert.True(errors.Length > 0, "accepted; its check:");
        }

        // F = PA(x, y) + PA(x², stop(x)), a²b: ∂F/∂x = 2xy + 2x²·x·2x.
        [Fact]
        public void Derivative_for_a_subset_with_constant_other_argument() =>
            ReviewCheck.ByHand("public static double PA(double a, double b) => a * a * b;\n[DerivativeOf(nameof(PA))] public static double PAD(double a, double b, out double dA) { dA = 2 * a * b; return PA(a, b); }\n[Differentiable(\"x\")] public static double F(double x, double y) => PA(x, y) + PA(x * x, Gradient.Stop(x)) + PA(y, 2.0) * 0;\npublic static double[] Expected(double x, double y) => new[] { 2 * x * y + 4 * x * x * x * x };", "F", Xy);

        // Outputs out of the original order (dB before dA) must be DIFF021 or paired by name.
        [Fact]
        public void Outputs_out_of_order()
        {
            string members = "public static double PS(double a, double b) => a * a * b;\n[DerivativeOf(nameof(PS))] public static double PSD(double a, double b, out double dB, out double dA) { dA = 2 * a * b; dB = a * a; return PS(a, b); }\n[Differentiable] public static double F(double x, double y) => PS(x, y) + PS(y, 3.0);";
            LoopFreeCheck.CheckOrDeclined(members, "F", Xy);
        }

        // Outputs not named after the parameters (dX for a, dY for b).
        [Fact]
        public void Outputs_named_otherwise()
        {
            string members = "public static double PS(double a, double b) => a * a * b;\n[DerivativeOf(nameof(PS))] public static double PSD(double a, double b, out double dY, out double dX) { dY = 2 * a * b; dX = a * a; return PS(a, b); }\n[Differentiable] public static double F(double x, double y) => PS(x, y) + PS(y, 3.0);";
            LoopFreeCheck.CheckOrDeclined(members, "F", Xy);
        }

        [Fact]
        public void Integer_parameter_of_a_custom_derivative() =>
            LoopFreeCheck.Check("public static double Pw(double x, int n) => Math.Pow(x, n);\n[DerivativeOf(nameof(Pw))] public static double PwD(double x, int n, out double dX) { dX = n * Math.Pow(x, n - 1); return Pw(x, n); }\n[Differentiable] public static double F(double x, double y) => Pw(x, 3) + Pw(y, 2) * x;", "F", Xy);

        [Fact]
        public void Integer_parameter_of_a_custom_derivative_loop_counter() =>
            LoopFreeCheck.CheckOrDeclined("public static double Pw(double x, int n) => Math.Pow(x, n);\n[DerivativeOf(nameof(Pw))] public static double PwD(double x, int n, out double dX) { dX = n * Math.Pow(x, n - 1); return Pw(x, n); }\n[Differentiable] public static double F(double x, double y)\n{\n    double s = 0;\n    for (int i = 1; i < 4; i++) s += Pw(x, i) * y;\n    return s;\n}", "F", Xy);

        [Fact]
        public void Integer_parameter_of_a_custom_derivative_integer_expression() =>
            LoopFreeCheck.CheckOrDeclined("public static double Pw(double x, int n) => Math.Pow(x, n);\n[DerivativeOf(nameof(Pw))] public static double PwD(double x, int n, out double dX) { dX = n * Math.Pow(x, n - 1); return Pw(x, n); }\n[Differentiable] public static double F(double x, double y)\n{\n    double s = 0;\n    for (int i = 0; i < 3; i++) s += Pw(x, i + 1) * y;\n    return s;\n}", "F", Xy);

        [Fact]
        public void Instance_original_and_derivative_reading_a_field() =>
            LoopFreeCheck.Check("public double Scale = 1.5;\npublic double H(double x) => Math.Sin(Scale * x);\n[DerivativeOf(nameof(H))] public double HD(double x, out double dX) { dX = Scale * Math.Cos(Scale * x); return H(x); }\n[Differentiable] public double F(double x, double y) => H(x) * y + this.H(y * x);", "F", Xy);

        [Fact]
        public void Instance_original_loop_route() =>
            LoopFreeCheck.Check("public double Scale = 1.5;\npublic double H(double x) => Math.Sin(Scale * x);\n[DerivativeOf(nameof(H))] public double HD(double x, out double dX) { dX = Scale * Math.Cos(Scale * x); return H(x); }\n[Differentiable] public double F(double x, double y)\n{\n    double[] a = { x, y };\n    double s = 0;\n    foreach (double v in a) s += H(v) * this.H(v * y);\n    return s;\n}", "F", Xy);

        // A custom derivative of a [Differentiable] method takes precedence; here it is right, so the result is too, and the
        // generated GGradient does not clash with it.
        [Fact]
        public void Custom_derivative_of_a_differentiable_method() =>
            LoopFreeCheck.Check("[Differentiable] public static double G(double x) => x * x * x;\n[DerivativeOf(nameof(G))] public static double GD(double x, out double dX) { dX = 3 * x * x; return G(x); }\n[Differentiable] public static double F(double x, double y) => G(x) * y + G(y);", "F", Xy);

        // A custom derivative named as DiffGen would name the generated gradient.
        [Fact]
        public void Custom_derivative_named_like_the_generated_gradient()
        {
            string members = "[Differentiable] public static double G(double x) => x * x * x;\n[DerivativeOf(nameof(G))] public static double GGradient(double x, out double dX) { dX = 3 * x * x; return G(x); }\n[Differentiable] public static double F(double x, double y) => G(x) * y + G(y);";
            string source = LoopFreeCheck.Header + "public partial class C\n{\n" + members + "\n}\n}\n";
            GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.Compile(source));
            var errors = run.Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
            var reported = GeneratorHarness.Analyze(source).Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
            Assert.True(errors.Length == 0 || reported.Length > 0, "uncompilable without a diagnostic: " + string.Join("\n", errors));
        }

        // A custom derivative in another type, declared in the caller's type.
        [Fact]
        public void Derivative_of_another_types_method_declared_in_the_caller() =>
            LoopFreeCheck.CheckType(
                "public static class Special { public static double Cube(double x) => x * x * x; }\npublic partial class C\n{\n[DerivativeOf(typeof(Special), nameof(Special.Cube))] public static double CubeD(double x, out double dX) { dX = 3 * x * x; return Special.Cube(x); }\n[Differentiable] public static double F(double x, double y)\n{\n    double s = 0;\n    for (int i = 0; i < 2; i++) s += Special.Cube(x + i * y);\n    return s + Special.Cube(y);\n}\n}\n",
                "C",
                "F",
                Xy);

        // A derivative method whose body differs from the value: the generated code must return the value the derivative
        // returns, so F's value comes from it (this one returns the original's value, as the contract says).
        [Fact]
        public void Float_custom_derivative_with_two_parameters_in_a_double_caller_is_declined_or_right() =>
            LoopFreeCheck.CheckOrDeclined("public static float Pf(float a, float b) => a * b;\n[DerivativeOf(nameof(Pf))] public static float PfD(float a, float b, out float dA, out float dB) { dA = b; dB = a; return Pf(a, b); }\n[Differentiable] public static double F(double x, double y) => Pf((float)x, (float)y) * x;", "F", Xy);

        // Was a silent wrong derivative: for H(double x, double X), an output dX was paired with x whatever the derivative
        // computed, so with HD's dX = ∂H/∂X = x + 1, F(u, v) = H(u·v, 2) + v had FPartialU = −0.288 instead of −0.8 at
        // (0.7, −0.4). Now DIFF021 at the derivative: dX names both parameters.
        [Fact]
        public void Output_name_shared_by_two_parameters_is_DIFF021()
        {
            string members = "public static double H(double x, double X) => x * X + X;\n[DerivativeOf(nameof(H))] public static double HD(double x, double X, out double dX) { dX = x + 1; return H(x, X); }\n[Differentiable] public static double F(double u, double v) => H(u * v, 2.0) + v;";
            var reported = GeneratorHarness.Analyze(LoopFreeCheck.Header + "public partial class C\n{\n" + members + "\n}\n}\n");
            Assert.Contains(reported, d => d.Id == "DIFF021" && d.GetMessage().Contains("'dX' names the derivative of 'x' and of 'X' alike", System.StringComparison.Ordinal));
        }
    }
}
