using System;
using System.Linq;
using DiffGen.Generator.Tests.Diagnostics;
using DiffGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace DiffGen.Generator.Tests.Calls
{
    /// <summary>
    /// An adversarial pass on custom derivatives, Gradient.Stop, float methods and instance members (the ninth session).
    /// Each case says what it found. Values and derivatives are checked against central differences (Richardson); the
    /// diagnostics by their message, and where a message gives advice, by following it.
    /// </summary>
    public sealed class Adversarial8Tests
    {
        private const string Header = "using System;\nusing DiffGen;\n\nnamespace Tests\n{\n";

        private static readonly object[][] Xy = { new object[] { 0.7, -0.4 }, new object[] { -1.1, 0.9 }, new object[] { 1.6, 1.3 } };

        // Was uncompilable generated code (CS0411): a generic [DerivativeOf] method was accepted, and the generated code called
        // it with no type argument to infer. Now DIFF021 at the derivative.
        [Fact]
        public void Generic_custom_derivative_is_DIFF021()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Header + @"
    public partial class C
    {
        public static double H(double a, double b) => a * a * b;
        [DerivativeOf(nameof(H))] public static double {|DIFF021:HD|}<T>(double a, double b, out double dA) { dA = 2 * a * b; return H(a, b); }
    }
}");
            Assert.Contains("it is generic", diagnostics.Single().GetMessage(), StringComparison.Ordinal);
        }

        // Was a silent wrong derivative: HD(double b, double a, out dA, out dB) for H(double a, double b) was accepted, so
        // each output, named after H's parameters, was paired with the other input (F(x) = H(x, 2) + H(3, x) got
        // F′ = 4x + x² instead of 4x + 9). Now DIFF021: the inputs stand in another order than the original's.
        [Fact]
        public void Custom_derivative_with_inputs_in_another_order_is_DIFF021()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Header + @"
    public partial class C
    {
        public static double H(double a, double b) => a * a * b;
        [DerivativeOf(nameof(H))] public static double {|DIFF021:HD|}(double b, double a, out double dA, out double dB) { dA = 2 * a * b; dB = a * a; return H(a, b); }
    }
}");
            Assert.Contains("parameters must be specified in original order: its parameter 'b' stands where 'H' has 'a'", diagnostics.Single().GetMessage(), StringComparison.Ordinal);
        }

        // Renamed inputs (u for a) are still fine: only names that belong to another of the original's parameters are a swap.
        [Fact]
        public void Custom_derivative_with_renamed_inputs_is_accepted() =>
            LoopFreeCheck.Check(
                "public static double H(double a, double b) => a * a * b;\n[DerivativeOf(nameof(H))] public static double HD(double u, double v, out double dA, out double dB) { dA = 2 * u * v; dB = u * u; return H(u, v); }\n[Differentiable] public static double F(double x, double y) => H(x, y) + H(y, 2.0);",
                "F",
                Xy);

        // Was silently ignored: a [DerivativeOf] of a Math member (Math.Sin, Math.FusedMultiplyAdd) drew no diagnostic, and
        // the call went by the table (Sin's own derivative, FusedMultiplyAdd's since the ninth session's notebook sweep) as if
        // it were not there.
        [Fact]
        public void Custom_derivative_of_a_Math_member_is_DIFF021_with_advice()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Header + @"
    public partial class C
    {
        [Differentiable] public static double F(double x, double y) => Math.FusedMultiplyAdd(x, y, x * x);
        [DerivativeOf(typeof(Math), nameof(Math.FusedMultiplyAdd))]
        public static double {|DIFF021:FmaD|}(double x, double y, double z, out double dX, out double dY, out double dZ) { dX = y; dY = x; dZ = 1; return Math.FusedMultiplyAdd(x, y, z); }
    }
}");
            Assert.Contains("wrap the call in a method of your own", diagnostics.Single(d => d.Id == "DIFF021").GetMessage(), StringComparison.Ordinal);
        }

        // The advice followed: the call wrapped in a method of one's own, the derivative declared for that.
        [Fact]
        public void Custom_derivative_of_a_wrapped_Math_member_works() =>
            LoopFreeCheck.Check(
                "public static double Fma(double x, double y, double z) => Math.FusedMultiplyAdd(x, y, z);\n[DerivativeOf(nameof(Fma))] public static double FmaD(double x, double y, double z, out double dX, out double dY, out double dZ) { dX = y; dY = x; dZ = 1; return Fma(x, y, z); }\n[Differentiable] public static double F(double x, double y) { double s = 0; for (int i = 0; i < 3; i++) s += Fma(x, y * i, x * x); return s; }",
                "F",
                Xy);

        // Was a dead end: for an original with an 'in' parameter and a derivative with the same 'in', DIFF021 said to take the
        // parameters of G(double u) in the original order, which the derivative already did. Now it says why.
        [Fact]
        public void Custom_derivative_of_a_method_with_an_in_parameter_says_why()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Header + @"
    public partial class C
    {
        public static double G(in double u) => u * u;
        [DerivativeOf(nameof(G))] public static double {|DIFF021:GD|}(in double u, out double dU) { dU = 2 * u; return u * u; }
    }
}");
            Assert.Contains("'G' takes 'u' by reference (in)", diagnostics.Single().GetMessage(), StringComparison.Ordinal);
        }
    }
}
