using System;
using System.Linq;
using DiffGen.Generator.Tests.Diagnostics;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.Calls
{
    /// <summary>
    /// Calls between [Differentiable] methods and [DerivativeOf] custom derivatives: what the
    /// generated code calls, and the diagnostics for calls and derivative declarations that cannot work.
    /// (Their derivatives are checked numerically in Numerical/CallCases.cs.)
    /// </summary>
    public sealed class CallTests
    {
        private const string Header = "using System;\nusing DiffGen;\n\nnamespace Tests\n{\n";

        [Fact]
        public void CallerUsesTheCalleesGeneratedGradient_NotItsBody()
        {
            var run = GeneratorHarness.RunAndCompile(Header + @"
    public static partial class C
    {
        [Differentiable] public static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));
        [Differentiable] public static double Cost(double w, double x) => Sigmoid(w * x) * Sigmoid(w);
    }
}");
            string cost = run.SourceFor("Cost");
            Assert.Contains("SigmoidGradient(w * x, out double dSigmoidDZ)", cost, StringComparison.Ordinal);
            Assert.DoesNotContain("Math.Exp", cost, StringComparison.Ordinal);
        }

        [Fact]
        public void CustomDerivativeOverridesTheGeneratedOne()
        {
            var run = GeneratorHarness.RunAndCompile(Header + @"
    public static partial class C
    {
        [Differentiable] public static double Cube(double u) => u * u * u;

        [DerivativeOf(nameof(Cube))]
        public static double CubeByHand(double u, out double dU) { dU = 3 * u * u; return u * u * u; }

        [Differentiable] public static double F(double x) => Cube(2 * x);
    }
}");
            Assert.Contains("CubeByHand(2 * x, out double dCubeDU)", run.SourceFor("F"), StringComparison.Ordinal);
        }

        [Fact]
        public void CallerOfACalleeWithProblems_IsSkipped_AndOnlyTheCalleeIsReported()
        {
            string source = Header + @"
    public static partial class C
    {
        [Differentiable] public static double Bad(double z) => z.ToString().Length;
        [Differentiable] public static double Caller(double x) => Bad(x) + x;
    }
}";
            var run = GeneratorHarness.Run(GeneratorHarness.Compile(source));
            Assert.Empty(run.Sources);
            var diagnostics = GeneratorHarness.Analyze(source);
            Assert.All(diagnostics, d => Assert.Contains("ToString", d.GetMessage(), StringComparison.Ordinal));
        }

        [Fact]
        public void ArgumentForAParameterTheCalleeDoesNotDifferentiate_IsDIFF016()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Header + @"
    public static partial class C
    {
        [Differentiable(""v"")] public static double Scale(double v, double k) => k * v;
        [Differentiable] public static double F(double x) => Scale(x, {|DIFF016:2 * x|});
    }
}");
            string message = diagnostics.Single().GetMessage();
            Assert.Contains("'Scale' is not differentiated with respect to its parameter 'k'", message, StringComparison.Ordinal);
            Assert.Contains("Gradient.Stop", message, StringComparison.Ordinal);
        }

        [Fact]
        public void StoppedArgument_IsFine()
        {
            DiagnosticAssert.AnalyzerReportsExactly(Header + @"
    public static partial class C
    {
        [Differentiable(""v"")] public static double Scale(double v, double k) => k * v;
        [Differentiable] public static double F(double x) => Scale(x, Gradient.Stop(2 * x));
    }
}");
        }

        [Theory]
        [InlineData("[DerivativeOf(\"Missing\")] public static double {|DIFF020:D|}(double u, out double dU) { dU = 1; return u; }", "'Tests.C' has no method named 'Missing'")]
        [InlineData("[DerivativeOf(nameof(G))] public static double {|DIFF021:D|}(double u, double v, out double dV, out double dU) { dU = 1; dV = 1; return u; }", "parameters must be specified in original order")]
        [InlineData("[DerivativeOf(nameof(G))] public static float {|DIFF021:D|}(double u, double v, out double dU) { dU = 1; return 0; }", "it must return double, the value of 'G'")]
        [InlineData("[DerivativeOf(nameof(G))] public static double {|DIFF021:D|}(double u, double v, out double dW) { dW = 1; return u; }", "no floating-point parameter that 'dW' could be the derivative for")]
        [InlineData("[DerivativeOf(nameof(G))] public static double {|DIFF021:D|}(float u, double v, out double dU) { dU = 1; return u; }", "it must take the parameters of G(double u, double v) in the original order")]
        [InlineData("[DerivativeOf(nameof(G))] public static double {|DIFF021:D|}(double u, double v) => u;", "it has no 'out' parameter")]
        [InlineData("[DerivativeOf(nameof(G))] public double {|DIFF021:D|}(double u, double v, out double dU) { dU = 1; return u; }", "'G' is static, so its derivative must be static too")]
        [InlineData("[DerivativeOf(nameof(G))] public static double {|DIFF021:D|}(double u, double v, out float dU) { dU = 1; return u; }", "'dU' must be 'out double'")]
        public void InvalidCustomDerivatives_AreReportedPrecisely(string declaration, string reason)
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Header + @"
    public partial class C
    {
        public static double G(double u, double v) => u * v;
        " + declaration + @"
    }
}");
            Assert.Contains(reason, diagnostics.Single().GetMessage(), StringComparison.Ordinal);
        }

        [Fact]
        public void CallToAMethodWithNoDerivative_OffersBothWaysOut()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Header + @"
    public static partial class C
    {
        public static double Helper(double u) => u * u;
        [Differentiable] public static double F(double x) => {|DIFF011:Helper(x)|};
    }
}");
            string message = diagnostics.Single().GetMessage();
            Assert.Contains("mark 'Helper' [Differentiable]", message, StringComparison.Ordinal);
            Assert.Contains("[DerivativeOf(typeof(C), nameof(C.Helper))]", message, StringComparison.Ordinal);
        }

        [Fact]
        public void GeneratedCodeGrowsLinearly_WithAChainOfCalls()
        {
            // Each method calls the previous one twice: inlining would double the code per level.
            var body = string.Concat(Enumerable.Range(1, 12).Select(i =>
                "        [Differentiable] public static double F" + i + "(double x) => F" + (i - 1) + "(x) * F" + (i - 1) + "(2 * x);\n"));
            var run = GeneratorHarness.RunAndCompile(Header + "    public static partial class C\n    {\n        [Differentiable] public static double F0(double x) => Math.Sin(x);\n" + body + "    }\n}");
            Assert.True(run.SourceFor("F12").Length < 2 * run.SourceFor("F2").Length + 2000);
        }
    }
}
