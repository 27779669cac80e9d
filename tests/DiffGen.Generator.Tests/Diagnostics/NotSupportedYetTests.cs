using System;
using System.Linq;
using Xunit;
using static DiffGen.Generator.Tests.Diagnostics.BodySources;

namespace DiffGen.Generator.Tests.Diagnostics
{
    /// <summary>
    /// DIFF015, an error: what DiffGen will differentiate in a later version but does not yet:
    /// <c>switch</c>, loops, arrays and spans, integer locals, calls between [Differentiable] methods.
    /// Branches written with if/else and ?: are differentiated (<see cref="BranchesAreSupportedTests"/>).
    /// </summary>
    public sealed class NotSupportedYetTests
    {
        private const string Switch = "write the cases as an if / else if chain";
        private const string Loops = "loops arrive in a later version; write the method with locals, if/else and ?: over double or float values";
        private const string Arrays = "arrays and spans arrive with loops; pass the values as double or float parameters";

        [Theory]
        [InlineData("double F(double x)", "=> {|DIFF015:x switch { > 0 => x, _ => -x }|};")]
        [InlineData("double F(double x)", "{\n double y = {|DIFF015:x switch { < 0 => 0.0, < 1 => x * x, _ => x }|};\n return y;\n }")]
        [InlineData("double F(double x, int n)", "{\n {|DIFF015:switch (n) { case 0: return x; default: return -x; }|}\n }")]
        [InlineData("double F(double x, int n)", "{\n if (x > 0)\n {\n {|DIFF015:switch (n) { case 0: return x; default: return -x; }|}\n }\n return x;\n }")]
        [InlineData("double F(double x)", "=> x > 1 ? {|DIFF015:x switch { > 2 => x, _ => -x }|} : x;")]
        public void Switch_IsNotSupportedYet_AdviceIsAnIfElseChain(string signature, string body)
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method(signature, body));
            Assert.Equal("The 'switch' is not supported yet: " + Switch, diagnostics.Single().GetMessage());
            AssertNotGenerated(Method(signature, Strip(body)));
        }

        [Fact]
        public void Switch_RewrittenAsAnIfElseChain_IsGenerated()
        {
            // The way out the message gives: the same cases as an if / else if chain.
            AssertReportedAndGenerated(
                Alone("double F(double x)", "{\n if (x < 0) return 0.0;\n else if (x < 1) return x * x;\n else return x;\n }"),
                "Tests.C.F(double).g.cs");
        }

        [Fact]
        public void SwitchStatement_WithBreak_IsReportedOnceAsTheSwitch()
        {
            DiagnosticAssert.AnalyzerReportsExactly(Method("double F(double x, int n)", "{\n double y = x;\n {|DIFF015:switch (n) { case 0: y = -x; break; default: break; }|}\n return y;\n }"));
        }

        [Theory]
        [InlineData("{\n double s = 0;\n {|DIFF015:for (int i = 0; i < 3; i++) { s += x; }|}\n return s;\n }")]
        [InlineData("{\n double s = x;\n {|DIFF015:while (s > 1) { s /= 2; }|}\n return s;\n }")]
        [InlineData("{\n double s = x;\n {|DIFF015:do { s /= 2; } while (s > 1);|}\n return s;\n }")]
        [InlineData("{\n double s = 0;\n {|DIFF015:foreach (double w in Weights) { s += w * x; }|}\n return s;\n }")]
        [InlineData("{\n double s = 0;\n {|DIFF015:for (;;) { s += x; break; }|}\n return s;\n }")]
        [InlineData("{\n double s = 0;\n {|DIFF015:for (int i = 0; i < 3; i++) { if (i == 1) continue; s += x; }|}\n return s;\n }")]
        [InlineData("{\n double s = 0;\n {|DIFF015:while (true) { s += x; if (s > 10) break; }|}\n return s;\n }")]
        public void Loops_AreNotSupportedYet_ReportedOnceWithTheirBreakAndContinue(string body)
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method(body));
            Assert.Equal("The loop is not supported yet: " + Loops, diagnostics.Single().GetMessage());
            AssertNotGenerated(Method(Strip(body)));
        }

        [Theory]
        [InlineData("=> {|DIFF015:Weights[1]|} * x;", "The array 'Weights[1]'")]
        [InlineData("=> Math.Max({|DIFF015:new[] { x }[0]|}, x);", "The array 'new[] { x }[0]'")]
        [InlineData("=> {|DIFF011:Take({|DIFF015:new[] { x, 2 * x }|})|};", "The array 'new[] { x, 2 * x }'")]
        [InlineData("=> {|DIFF011:Take({|DIFF015:new double[2]|})|};", "The array 'new double[2]'")]
        [InlineData("=> {|DIFF011:TakeSpan({|DIFF015:stackalloc double[] { x }|})|};", "The 'stackalloc'")]
        public void ArraysAndSpans_AreNotSupportedYet(string body, string construct)
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method(body));
            Assert.Equal(construct + " is not supported yet: " + Arrays, MessageOf(diagnostics, "DIFF015"));
        }

        [Fact]
        public void ArrayElementWrite_ToAFieldsArray_IsASideEffect()
        {
            // The array belongs to the object, so writing to it is DIFF014, not DIFF015.
            DiagnosticAssert.AnalyzerReportsExactly(Method("{\n {|DIFF014:Weights[0]|} = x;\n return x;\n }"));
        }

        [Theory]
        [InlineData("{\n int {|DIFF015:n = 2|};\n return x;\n }", "n")]
        [InlineData("{\n long {|DIFF015:count = 2|};\n return x;\n }", "count")]
        [InlineData("{\n int {|DIFF015:n = (int)2.5|};\n return x;\n }", "n")]
        public void IntegerLocals_AreNotSupportedYet(string body, string local)
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method(body));
            Assert.Equal(
                "The integer local '" + local + "' is not supported yet: integer locals (counters and indices) arrive with loops; use an integer parameter or a const",
                diagnostics.Single().GetMessage());
        }

        [Fact]
        public void ConstIntegerLocal_IsFine()
        {
            AssertReportedAndGenerated(Alone("double F(double x)", "{\n const int n = 2;\n return x * n;\n }"), "Tests.C.F(double).g.cs");
        }

        [Fact]
        public void CallToAnotherDifferentiableMethod_IsSupported()
        {
            DiagnosticAssert.AnalyzerReportsExactly(Method("=> Square(x) + x;"));
        }

        [Fact]
        public void CallToAnotherDifferentiableMethod_InAnotherType_IsSupported()
        {
            string other = BodySources.Header + "    public static partial class Shapes\n    {\n        [Differentiable]\n        public static double Cube(double t) => t * t * t;\n    }\n}\n";
            DiagnosticAssert.AnalyzerReportsExactly(Method("=> Shapes.Cube(x) * 2.0;"), other);
        }

        [Fact]
        public void CallToADifferentiableMethod_BesideACallWithNoDerivative_OnlyTheLatterIsReported()
        {
            DiagnosticAssert.AnalyzerReportsExactly(Method("=> Square(x) + {|DIFF011:Helper(x)|};"));
        }

        // ---- regressions (once reported as bugs) ---------------------------------------------------

        [Fact]
        public void ArrayLocal_AndWriteToItsElement()
        {
            DiagnosticAssert.AnalyzerReportsAtLeast(Method("{\n double[] {|DIFF015:a = new double[1]|};\n {|DIFF015:a[0]|} = x;\n return x;\n }"), "DIFF010", "DIFF014");
        }

        [Fact]
        public void StackallocLocal()
        {
            DiagnosticAssert.AnalyzerReportsAtLeast(Method("{\n Span<double> {|DIFF015:a = stackalloc double[2]|};\n return x;\n }"), "DIFF010");
        }

        [Fact]
        public void SpanElementRead()
        {
            DiagnosticAssert.AnalyzerReportsAtLeast(Method("=> Math.Max({|DIFF015:stackalloc double[] { x }[0]|}, x);"), "DIFF010");
        }

        [Fact]
        public void IntegerLocal_ReportedOnlyWhereDeclared()
        {
            DiagnosticAssert.AnalyzerReportsExactly(Method("{\n int {|DIFF015:n = 2|};\n return x * n;\n }"));
        }

        [Fact]
        public void IntegerArithmetic_IsNotSupportedYet()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method("double F(double x, int n)", "=> x * ({|DIFF015:n + 1|});"));
            Assert.Contains("is not supported yet", diagnostics.Single().GetMessage(), StringComparison.Ordinal);
        }

        private static string Strip(string markup) => MarkupSource.Parse(markup).Source;
    }
}
