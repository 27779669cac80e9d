using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;
using static DiffGen.Generator.Tests.Diagnostics.BodySources;

namespace DiffGen.Generator.Tests.Diagnostics
{
    /// <summary>
    /// DIFF011, an error: a call with no derivative DiffGen can use. The message says which way out
    /// applies: inline a method of this compilation, rewrite with the supported Math functions, or
    /// the replacement for a Math member.
    /// </summary>
    public sealed class NoDerivativeTests
    {
        private const string InlineIt = "it is not in the derivative table and not [Differentiable]; mark 'Helper' [Differentiable] (its generated gradient is then used), or declare its derivative with a [DerivativeOf(typeof(C), nameof(C.Helper))] method in this type (see docs/supported.md)";
        private const string Library = "namespace Lib\n{\n    public static class Curves\n    {\n        public static double Smooth(double t) => t * t * (3 - 2 * t);\n    }\n}\n";

        [Fact]
        public void UserMethodInThisCompilation_SaysToInlineIt()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method("=> {|DIFF011:Helper(x)|};"));
            string message = diagnostics.Single().GetMessage();
            Assert.StartsWith("The call to ", message, StringComparison.Ordinal);
            Assert.Contains("Tests.C.Helper", message, StringComparison.Ordinal);
            Assert.EndsWith("cannot be differentiated: " + InlineIt, message, StringComparison.Ordinal);
        }

        [Fact]
        public void UserInstanceMethod()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method("=> {|DIFF011:InstanceHelper(x)|} + x;"));
            Assert.Contains("Tests.C.InstanceHelper", diagnostics.Single().GetMessage(), StringComparison.Ordinal);
        }

        [Fact]
        public void MethodFromAnotherAssembly_SaysToUseTheSupportedFunctions()
        {
            MetadataReference library = DiagnosticAssert.CompileLibrary("Lib", Library);
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactlyIn(
                compilation => compilation.AddReferences(library),
                Method("=> {|DIFF011:Lib.Curves.Smooth(x)|} * x;"));
            string message = diagnostics.Single().GetMessage();
            Assert.Contains("Lib.Curves.Smooth", message, StringComparison.Ordinal);
            Assert.EndsWith(
                "cannot be differentiated: it is compiled elsewhere, not in the derivative table and not [Differentiable]; declare its derivative with a [DerivativeOf(typeof(Curves), nameof(Curves.Smooth))] method in this type (see docs/supported.md), or compute the value from the Math functions in docs/supported.md",
                message,
                StringComparison.Ordinal);
        }

        [Fact]
        public void DelegateInvocation()
        {
            // The local holding the delegate is reported where it is declared; its call is not reported again.
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method("{\n Func<double, double> {|DIFF010:f = Math.Sin|};\n return f(x);\n }"));
            Assert.Equal(
                "The lambda or delegate local 'f' of type 'Func<double, double>' cannot be differentiated here: DiffGen cannot see the code a lambda or delegate runs; write the expression inline, as a local function of one expression (double Sq(double v) => v * v;), which is read where it is called, or make it a [Differentiable] method and call that",
                diagnostics.Single().GetMessage());
        }

        [Theory]
        [InlineData("=> {|DIFF011:Math.ScaleB(x, 2)|};", "System.Math.ScaleB", "it is not among the functions DiffGen differentiates (the table in docs/supported.md); write x * Math.Pow(2, 2) instead")]
        [InlineData("=> {|DIFF011:Math.IEEERemainder(x, 2.0)|};", "System.Math.IEEERemainder", "it works on the representation of the number, not on a smooth function of it; for an angle wrapped to (−π, π], write Math.Atan2(Math.Sin(d), Math.Cos(d)), or a while loop that adds or subtracts 2π, and for another remainder the operator % (whose derivative DIFF012 describes)")]
        [InlineData("=> {|DIFF011:Math.BitIncrement(x)|};", "System.Math.BitIncrement", "it works on the representation of the number, not on a smooth function of it")]
        [InlineData("=> {|DIFF011:Math.CopySign(x, -1.0)|};", "System.Math.CopySign", "it works on the representation of the number, not on a smooth function of it; write the choice it makes: y >= 0 ? Math.Abs(x) : -Math.Abs(x) (for x * x signed by x, x * Math.Abs(x))")]
        // A member the table does not have at all was told "only the double and float overloads ... have derivatives", which
        // it is (the eighth session's adversarial pass): it is now told so, and what to write where a rewrite is at hand.
        [InlineData("=> {|DIFF011:double.Hypot(x, x)|};", "double.Hypot", "it is not among the functions DiffGen differentiates (the table in docs/supported.md); write Math.Sqrt(x * x + x * x) instead")]
        [InlineData("=> {|DIFF011:double.Lerp(x, 2.0, 0.25)|};", "double.Lerp", "it is not among the functions DiffGen differentiates (the table in docs/supported.md); write x + (2.0 - x) * 0.25 instead")]
        [InlineData("=> {|DIFF011:double.Exp2(x * x)|};", "double.Exp2", "it is not among the functions DiffGen differentiates (the table in docs/supported.md); write Math.Pow(2, x * x) instead")]
        [InlineData("=> {|DIFF011:double.MaxMagnitude(x, 1.0)|};", "double.MaxMagnitude", "it is not among the functions DiffGen differentiates (the table in docs/supported.md); compute it with those functions, or outside the method and pass the value in")]
        public void MathMember_SaysWhatToWriteInstead(string body, string shown, string way)
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method(body));
            Assert.Equal("The call to '" + shown + "' cannot be differentiated: " + way, diagnostics.Single().GetMessage());
        }

        [Fact]
        public void MathFRoundWithDigits_OnFloat_ButNotClamp()
        {
            // MathF has no Clamp: Math.Clamp's float overload and float.Clamp are in the table.
            DiagnosticAssert.AnalyzerReportsExactly(Method("float F(float x)", "=> {|DIFF011:MathF.Round(x, 1)|} + Math.Clamp(x, 0f, 1f) + float.Clamp(x, -1f, 2f);"));
        }

        [Fact]
        public void Clamp_OfDoubles_IsInTheTable_OfIntegers_IsData()
        {
            DiagnosticAssert.AnalyzerReportsExactly(Method("=> Math.Clamp(x, 0.0, 1.0) + double.Clamp(x, -1, 1);"));

            // Math.Clamp of integers is integer data, as Math.Min, Max and Abs of integers are (an index x[Math.Clamp(i + k, 0, n - 1)]
            // was DIFF011, 'cannot be differentiated', although nothing there needs a derivative).
            DiagnosticAssert.AnalyzerReportsExactly(Method("double F(double x, int n)", "=> x * Math.Clamp(n, 0, 1);"));
        }

        [Fact]
        public void IntegerOverloadOfASupportedFunction_OnIntegerData_IsData()
        {
            // Math.Abs of an integer parameter is integer data, as in a method with loops: nothing to report.
            DiagnosticAssert.AnalyzerReportsExactly(Method("double F(double x, int n)", "=> x * Math.Abs(n);"));
        }

        [Fact]
        public void EveryProblemInOneMethodIsReported()
        {
            DiagnosticAssert.AnalyzerReportsExactly(Method(
                "{\n double a = {|DIFF011:Helper(x)|};\n double b = {|DIFF012:x % 3.0|};\n double c = x switch { > 0 => x, _ => 0.0 };\n return a + b * c * {|DIFF011:Math.IEEERemainder(x, 2.0)|};\n }"));
        }

        [Fact]
        public void ProblemsInsideTheArgumentsAreAlsoReported()
        {
            DiagnosticAssert.AnalyzerReportsExactly(Method("=> {|DIFF011:Helper({|DIFF011:Math.IEEERemainder(x, {|DIFF010:Scale|})|})|};"));
        }

        // ---- regressions (once reported as bugs) ---------------------------------------------------

        [Theory]
        [InlineData("=> {|DIFF011:TakeText(\"a\")|};")]
        [InlineData("=> {|DIFF011:TakeC(this)|} + x;")]
        public void ArgumentsThatAreNotNumbers_AreNotReportedOnTheirOwn(string body)
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method(body));
            Assert.Contains("[Differentiable] (its generated gradient is then used), or declare its derivative with a [DerivativeOf(", diagnostics.Single().GetMessage(), StringComparison.Ordinal);
        }

        [Fact]
        public void UserMethod_NameIsQuotedOnce()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method("=> {|DIFF011:Helper(x)|};"));
            Assert.Equal(
                "The call to 'Tests.C.Helper' cannot be differentiated: " + InlineIt,
                diagnostics.Single().GetMessage());
        }
    }
}
