using System.Linq;
using DiffGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using static DiffGen.Generator.Tests.Review.Review23Check;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>
    /// What the twenty-third session's review found declined, each with its id and the start of its message. All but the
    /// first were documented as unsupported (docs/supported.md, "Not supported yet" and the Calls sections). The first was a
    /// decline of what the docs called supported: Math.Sign's int result "with integer constants" is declined when the constant
    /// divides it or takes its remainder. Since the same session the docs and the message say so (integer constants under +,
    /// - and *; divided by an integer it is DIFF015, with the value to write instead).
    /// </summary>
    public sealed class Review23DeclineTests
    {
        private const string SignMessage = "The integer 'Math.Sign(y)' is not supported yet: the sign of a double or float is used as a double or float value";

        /// <summary>Declined, as documented since this session: Math.Sign(y) / 2 (0 in C#), % 2, * 3 / 2.</summary>
        [Fact]
        public void Sign_divided_by_an_integer_constant_is_declined_as_documented()
        {
            Declined("[Differentiable] public static double F(double x, double y) => Math.Sign(y) / 2 * x + y;", "DIFF015", SignMessage);
            Declined("[Differentiable] public static double F(double x, double y) => Math.Sign(x) * y + Math.Sign(y) % 2 * x;", "DIFF015", SignMessage);
            Declined("[Differentiable] public static double Sm(double[] w, double y) => Math.Sign(w[0]) * y + Math.Sign(y) / 2 * w[0];", "DIFF015", SignMessage, arrays: true);
        }

        /// <summary>The multiplication by the same constants is accepted and right (the documented form).</summary>
        [Fact]
        public void Sign_times_integer_constants_is_accepted() => LoopFreeCheck.Check(
            "[Differentiable] public static double F(double x, double y) => (2 * Math.Sign(x) - 1) * x * y + Math.Sign(x * y) * Math.Exp(y);",
            "F", new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 });

        [Fact]
        public void Parameter_named_like_a_gradient_output() =>
            Declined("[Differentiable] public static double F(double x, double dX) => x * dX;", "DIFF007", "DiffGen would generate 'FGradient(..., out dX)' for 'F', but the method already has a parameter named 'dX'");

        [Fact]
        public void Parameters_differing_in_case() =>
            Declined("[Differentiable] public static double F(double x, double X) => x * X * X;", "DIFF007", "DiffGen would generate 'FPartialX' for 'F', but the parameters 'x' and 'X' differ only in the case of their first letter");

        /// <summary>Recursion by ?: in a method that computes with an int (documented: a call inside ?: in such a method); the if form is accepted (Review23CallTests).</summary>
        [Fact]
        public void Integer_recursion_by_conditional() =>
            Declined("[Differentiable] public static double P(double x, int n) => n == 0 ? 1 : x * P(x, n - 1);\n[Differentiable] public static double F(double x, int n) => P(x, n) + P(x * x, 2);", "DIFF015", "The call to 'P' in an arm of ?: is not supported yet");

        [Fact]
        public void Receiver_created_in_place() =>
            Declined("[Differentiable] public static double F(double x, double y) => new S(2.0).G(x, y);\n}\npublic partial struct S\n{\npublic double K;\npublic S(double k) { K = k; }\n[Differentiable] public double G(double a, double b) => a * b * K;", "DIFF010", "The receiver 'new S(2.0)' of the call to 'G' cannot be differentiated here");

        [Fact]
        public void Argument_for_a_parameter_the_callee_does_not_differentiate() =>
            Declined("[Differentiable(\"a\")] public static double G(double a, double b) => a * b * b;\n[Differentiable] public static double F(double x, double y) => G(x, x) + G(y, 2.0);", "DIFF016", "The argument 'x' depends on a differentiated parameter, but 'G' is not differentiated with respect to its parameter 'b'");

        [Fact]
        public void In_and_ref_readonly_parameters()
        {
            Declined("[Differentiable] public static double F(in double x, double y) => x * y;", "DIFF006", "'F' cannot be differentiated: parameter 'x' is passed by reference");
            Declined("[Differentiable] public static double F(ref readonly double x, double y) => x * y;", "DIFF006", "'F' cannot be differentiated: parameter 'x' is passed by reference");
        }

        [Fact]
        public void Params_callee() =>
            Declined("[Differentiable] public static double G(params double[] a) => a[0] * a[1];\n[Differentiable] public static double F(double x, double y) => G(x, y);", "DIFF015", "The call to 'G' is not supported yet: calls of generic methods, or of methods with ref, out, in or params parameters");

        [Fact]
        public void Float_callee_of_a_double_method() =>
            Declined("[Differentiable] public static float G(float a) => a * a;\n[Differentiable] public static double F(double x, double y) => G((float)x) * y;", "DIFF015", "The call to 'G' is not supported yet: it returns float and this method computes in double");

        /// <summary>A custom derivative of an original with an in parameter: DIFF021 at the derivative, DIFF011 at the call.</summary>
        [Fact]
        public void Custom_derivative_of_an_in_parameter()
        {
            string source = LoopFreeCheck.Header + "public partial class C\n{\npublic static double G(in double a) => a * a;\n[DerivativeOf(nameof(G))] public static double GD(in double a, out double dA) { dA = 2 * a; return a * a; }\n[Differentiable] public static double F(double x, double y) => G(x) * y;\n}\n}\n";
            string[] errors = GeneratorHarness.Analyze(source).Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id + ": " + d.GetMessage()).ToArray();
            Assert.Contains(errors, e => e.StartsWith("DIFF021: 'GD' cannot be a custom derivative: 'G' takes 'a' by reference (in)", System.StringComparison.Ordinal));
            Assert.Contains(errors, e => e.StartsWith("DIFF011: The call to 'Review.C.G' cannot be differentiated", System.StringComparison.Ordinal));
        }

        [Fact]
        public void Call_with_the_counter_in_an_arm_of_a_conditional() =>
            Declined("[Differentiable] public static double P(double x, int n) => n == 0 ? 1 : x * P(x, n - 1);\n[Differentiable] public static double R(double[] w, double c) { double s = 0; for (int i = 0; i < w.Length; i++) s += P(w[i], i) * c; return s; }", "DIFF015", "The call to 'P' in an arm of ?: is not supported yet", arrays: true);

        [Fact]
        public void Span_slice_as_an_argument() =>
            Declined("[Differentiable] public static double SDot(ReadOnlySpan<double> a, ReadOnlySpan<double> b) { double s = 0; for (int i = 0; i < a.Length; i++) s += a[i] * b[i]; return s; }\n[Differentiable] public static double R(double[] w, double c) => SDot(w.AsSpan(1), w.AsSpan(1)) * c;", "DIFF015", "The argument 'w.AsSpan(1)' for the parameter 'a' is not supported yet", arrays: true);

        [Fact]
        public void Data_parameter_given_a_differentiated_array() =>
            Declined("[Differentiable(\"c\")] public static double Scale(double[] data, double c) { double s = 0; for (int i = 0; i < data.Length; i++) s += data[i] * c; return s; }\n[Differentiable] public static double R(double[] w, double c) => Scale(w, c);", "DIFF016", "The argument 'w' depends on a differentiated parameter, but 'Scale' is not differentiated with respect to its parameter 'data'", arrays: true);

        /// <summary>Calls of a [DerivativeOf] original in the arms of ?: in a method with a loop (documented: compute it into a local).</summary>
        [Fact]
        public void Custom_calls_in_conditional_arms_in_a_loop_method() =>
            Declined("[DerivativeOf(typeof(Lib), nameof(Lib.Cube))] public static double CubeD(double x, out double dX) { dX = 3 * x * x; return Lib.Cube(x); }\n[Differentiable] public static double F(double x, double y) { double s = 0; for (int i = 0; i < 3; i++) s += Lib.Cube(x * i + y); return s + (y > 0 ? Lib.Cube(y) : Lib.Cube(-y)); }\n}\npublic static class Lib\n{\npublic static double Cube(double x) => x * x * x;", "DIFF015", "The call to 'Cube' in an arm of ?: is not supported yet: in a method with loops or arrays");
    }
}
