using System;
using System.Collections.Immutable;
using System.Linq;
using DiffGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;
using static DiffGen.Generator.Tests.Diagnostics.BodySources;

namespace DiffGen.Generator.Tests.Diagnostics
{
    /// <summary>
    /// DIFF012, a warning: a piecewise function (Floor, Ceiling, Round(x), Truncate, Sign, in their
    /// Math, MathF, double and float spellings) or a floating-point remainder (% and %=). The method
    /// is still differentiated by convention and generated, and the output compiles; inside
    /// Gradient.Stop(...), or of constants (Math.Floor(2.5)), there is no warning at all.
    /// </summary>
    public sealed class PiecewiseWarningTests
    {
        private const string DoubleHint = "Tests.C.F(double).g.cs";
        private const string FloatHint = "Tests.C.F(float).g.cs";

        [Theory]
        [InlineData("double F(double x)", "=> x * Math.Floor(2.5) + Math.Round(Math.PI) * Math.Sign(-1.0);")]
        [InlineData("double F(double[] w)", "{\n double s = Math.Ceiling(0.5);\n for (int i = 0; i < w.Length; i++) s += w[i] * Math.Truncate(2.75);\n return s;\n }")]
        public void PiecewiseFunction_OfConstants_IsAConstant_WithoutAWarning(string signature, string body) =>
            DiagnosticAssert.AnalyzerReportsExactly(Method(signature, body));

        [Theory]
        [InlineData("System.Math.Floor", "Math.Floor(x)")]
        [InlineData("System.Math.Ceiling", "Math.Ceiling(x)")]
        [InlineData("System.Math.Round", "Math.Round(x)")]
        [InlineData("System.Math.Truncate", "Math.Truncate(x)")]
        [InlineData("System.Math.Sign", "Math.Sign(x)")]
        [InlineData("double.Floor", "double.Floor(x)")]
        [InlineData("double.Ceiling", "double.Ceiling(x)")]
        [InlineData("double.Round", "double.Round(x)")]
        [InlineData("double.Truncate", "double.Truncate(x)")]
        [InlineData("double.Sign", "double.Sign(x)")]
        public void PiecewiseFunction_OnDouble_WarnsAndIsGenerated(string shown, string call)
        {
            var diagnostics = AssertReportedAndGenerated(Alone("double F(double x)", "=> x * {|DIFF012:" + call + "|};"), DoubleHint);
            string message = diagnostics.Single().GetMessage();
            Assert.Equal(
                "'" + shown + "' is piecewise constant: its derivative is zero wherever it is defined and undefined at its jumps, so no gradient flows through it; if that is what you want, wrap it in Gradient.Stop(...) to say so",
                message);
        }

        [Theory]
        [InlineData("System.MathF.Floor", "MathF.Floor(x)")]
        [InlineData("System.MathF.Ceiling", "MathF.Ceiling(x)")]
        [InlineData("System.MathF.Round", "MathF.Round(x)")]
        [InlineData("System.MathF.Truncate", "MathF.Truncate(x)")]
        [InlineData("System.MathF.Sign", "MathF.Sign(x)")]
        [InlineData("float.Floor", "float.Floor(x)")]
        [InlineData("float.Round", "float.Round(x)")]
        [InlineData("float.Sign", "float.Sign(x)")]
        public void PiecewiseFunction_OnFloat_WarnsAndIsGenerated(string shown, string call)
        {
            var diagnostics = AssertReportedAndGenerated(Alone("float F(float x)", "=> x + {|DIFF012:" + call + "|};"), FloatHint);
            string message = diagnostics.Single().GetMessage();
            Assert.StartsWith("'" + shown + "' is piecewise constant", message, StringComparison.Ordinal);
            Assert.Contains("Gradient.Stop(...)", message, StringComparison.Ordinal);
        }

        [Fact]
        public void Sign_AsTheWholeBody_WarnsAndIsGenerated()
        {
            // Math.Sign returns an int; the method converts it to double.
            AssertReportedAndGenerated(Alone("double F(double x)", "=> {|DIFF012:Math.Sign(x)|};"), DoubleHint);
        }

        [Fact]
        public void Sign_InAMethodWithArrays_WarnsAndIsGenerated()
        {
            // The loop route reads Math.Sign as the scalar route does: a value whose derivative is 0, not an index.
            AssertReportedAndGenerated(Alone("double F(double x, double[] w)", "=> {|DIFF012:Math.Sign(x)|} * x;"), "Tests.C.F(double,double__).g.cs");
            AssertReportedAndGenerated(Alone("float F(float x, float[] w)", "=> {|DIFF012:MathF.Sign(x)|} * x + (float){|DIFF012:float.Sign(w[0])|};"), "Tests.C.F(float,float__).g.cs");
        }

        [Fact]
        public void Sign_InALoop_WarnsAndIsGenerated_ButNotInItsCondition()
        {
            AssertReportedAndGenerated(
                Alone("double F(double x, double[] w)", "{\n double s = 0;\n for (int i = 0; i < w.Length; i++)\n {\n  if (Math.Sign(w[i]) > 0 && Math.Floor(x) < 3) s += {|DIFF012:Math.Sign(x - w[i])|} * x;\n }\n return s;\n }"),
                "Tests.C.F(double,double__).g.cs");
        }

        [Fact]
        public void Sign_WithIntegerConstants_WarnsAndIsGenerated()
        {
            // 2 * Math.Sign(x) - 1 is integer arithmetic: a method with it is read statement by statement, as one with loops;
            // Math.Sign(1.0), of a constant, is a constant (no warning).
            AssertReportedAndGenerated(Alone("double F(double x)", "=> (2 * {|DIFF012:Math.Sign(x)|} - 1) * x + Math.Sign(1.0) * 3;"), DoubleHint);
        }

        [Fact]
        public void Sign_AsAnIntegerInAMethodWithArrays_IsNotSupportedYet()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Alone("double F(double x, double[] w, int n)", "=> w[{|DIFF015:Math.Sign(x)|} + 1] * x + {|DIFF015:Math.Sign(x)|} * n;"));
            Assert.Equal(
                "The integer 'Math.Sign(x)' is not supported yet: the sign of a double or float is used as a double or float value (Math.Sign(u) * u, 2 * Math.Sign(u) - 1: integer constants under +, - and *), not yet with integer variables, as an index or a size, in an integer local, or divided by an integer (Math.Sign(u) / 2 is always 0, Math.Sign(u) % 2 is Math.Sign(u): write the value); convert it first, as in (double)Math.Sign(u) * n",
                diagnostics.First().GetMessage());
        }

        [Fact]
        public void Remainder_WarnsAndIsGenerated()
        {
            var diagnostics = AssertReportedAndGenerated(Alone("double F(double x)", "=> {|DIFF012:x % 2.0|};"), DoubleHint);
            Assert.Equal(
                "The remainder 'x % 2.0' is linear between its jumps and jumps where the quotient is an integer, so its derivative is 1 in the left operand, −trunc(a/b) in the right, and undefined at the jumps; if that is what you want, wrap it in Gradient.Stop(...) to say so",
                diagnostics.Single().GetMessage());
        }

        [Fact]
        public void Remainder_ByAParameter_WarnsAndIsGenerated()
        {
            var diagnostics = AssertReportedAndGenerated(Alone("double F(double x, double y)", "=> {|DIFF012:x % y|} + y;"), "Tests.C.F(double,double).g.cs");
            Assert.StartsWith("The remainder 'x % y'", diagnostics.Single().GetMessage(), StringComparison.Ordinal);
        }

        [Fact]
        public void Remainder_OnFloat_WarnsAndIsGenerated()
        {
            AssertReportedAndGenerated(Alone("float F(float x)", "=> {|DIFF012:x % 2f|};"), FloatHint);
        }

        [Fact]
        public void RemainderAssignment_OnALocal_WarnsAndIsGenerated()
        {
            var diagnostics = AssertReportedAndGenerated(Alone("double F(double x)", "{\n double s = x * 3.0;\n {|DIFF012:s %= 2.0|};\n return s;\n }"), DoubleHint);
            string message = diagnostics.Single().GetMessage();
            Assert.StartsWith("The remainder in 's %= 2.0' is linear between its jumps", message, StringComparison.Ordinal);
            Assert.EndsWith("wrap it in Gradient.Stop(...) to say so", message, StringComparison.Ordinal);
        }

        [Fact]
        public void RemainderAssignment_OnAParameter_WarnsAndIsGenerated()
        {
            AssertReportedAndGenerated(Alone("double F(double x)", "{\n {|DIFF012:x %= 2.0|};\n return x;\n }"), DoubleHint);
        }

        [Fact]
        public void RemainderAssignment_OnFloat_WarnsAndIsGenerated()
        {
            AssertReportedAndGenerated(Alone("float F(float x)", "{\n float s = x;\n {|DIFF012:s %= 2f|};\n return s;\n }"), FloatHint);
        }

        [Fact]
        public void EveryPiecewiseUse_IsReported_AndTheMethodIsStillGenerated()
        {
            AssertReportedAndGenerated(
                Alone("double F(double x)", "=> {|DIFF012:Math.Floor(x)|} + {|DIFF012:Math.Ceiling(x)|} + {|DIFF012:Math.Round(x)|} + {|DIFF012:Math.Truncate(x)|} + {|DIFF012:Math.Sign(x)|} + {|DIFF012:x % 2.0|};"),
                DoubleHint);
        }

        [Fact]
        public void NestedPiecewiseCalls_AreEachReported()
        {
            AssertReportedAndGenerated(Alone("double F(double x)", "=> {|DIFF012:Math.Round({|DIFF012:Math.Floor(x)|})|};"), DoubleHint);
        }

        [Fact]
        public void FloatMethod_WithEveryMathFFunctionAndRemainderAssignment()
        {
            AssertReportedAndGenerated(
                Alone("float F(float x)", "{\n float y = x;\n {|DIFF012:y %= 2f|};\n return {|DIFF012:MathF.Floor(y)|} + {|DIFF012:MathF.Ceiling(x)|} + {|DIFF012:MathF.Round(x)|} + {|DIFF012:MathF.Truncate(x)|} + {|DIFF012:MathF.Sign(x)|};\n }"),
                FloatHint);
        }

        [Fact]
        public void Descriptor_IsAWarningThatNamesGradientStop()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Alone("double F(double x)", "=> {|DIFF012:Math.Floor(x)|};"));
            Diagnostic warning = diagnostics.Single();
            Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
            Assert.Equal(DiagnosticSeverity.Warning, warning.Descriptor.DefaultSeverity);
            Assert.Contains("Gradient.Stop", warning.Descriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            Assert.Contains("Gradient.Stop", warning.Descriptor.Description.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        // ---- Gradient.Stop(...) silences the warning ---------------------------------------------

        [Theory]
        [InlineData("Gradient.Stop(Math.Round(x)) + x")]
        [InlineData("Gradient.Stop(x % 2.0) + x")]
        [InlineData("x * Gradient.Stop(Math.Floor(x))")]
        [InlineData("Gradient.Stop(Math.Ceiling(x) - Math.Truncate(x)) * x")]
        [InlineData("x * Gradient.Stop(Math.Sign(x))")]
        [InlineData("Gradient.Stop(Math.Floor(x) * Math.Sign(x) + x % 3.0) + x")]
        [InlineData("Gradient.Stop(Gradient.Stop(Math.Round(x)) + Math.Floor(x)) + x")]
        [InlineData("Gradient.Stop(double.Round(x)) + Gradient.Stop(x) * x")]
        public void InsideGradientStop_NoWarning_AndTheMethodIsGenerated(string expression)
        {
            AssertReportedAndGenerated(Alone("double F(double x)", "=> " + expression + ";"), DoubleHint);
        }

        [Fact]
        public void InsideGradientStop_OnFloat_NoWarning()
        {
            AssertReportedAndGenerated(Alone("float F(float x)", "=> Gradient.Stop(MathF.Floor(x)) * x + Gradient.Stop(x % 2f);"), FloatHint);
        }

        [Fact]
        public void InsideGradientStop_InALocal_NoWarning()
        {
            AssertReportedAndGenerated(Alone("double F(double x)", "{\n double s = Gradient.Stop(x % 2.0);\n double r = Gradient.Stop(Math.Round(x));\n return s * x + r;\n }"), DoubleHint);
        }

        [Fact]
        public void OnlyTheUseOutsideGradientStop_Warns()
        {
            AssertReportedAndGenerated(
                Alone("double F(double x)", "{\n double y = x;\n y = Gradient.Stop(Math.Floor(y)) + {|DIFF012:Math.Floor(y)|} + Gradient.Stop(y % 2.0);\n return y;\n }"),
                DoubleHint);
        }

        [Fact]
        public void RemainderAssignment_WithAStoppedDivisor_StillWarns()
        {
            // The remainder itself is outside Gradient.Stop: only its right operand is stopped.
            AssertReportedAndGenerated(Alone("double F(double x)", "{\n double s = x;\n {|DIFF012:s %= Gradient.Stop(2.0)|};\n return s;\n }"), DoubleHint);
        }

        [Fact]
        public void StoppedValue_ThenRemainderAssignment_WarnsOnlyForTheRemainder()
        {
            AssertReportedAndGenerated(Alone("double F(double x)", "{\n double r = Gradient.Stop(Math.Round(x));\n {|DIFF012:r %= 3.0|};\n return r * x;\n }"), DoubleHint);
        }

        [Fact]
        public void GradientStop_DoesNotHideErrors()
        {
            // Only the warning is silenced: a call with no derivative or a cut derivative is still an error.
            string markup = Method("=> Gradient.Stop({|DIFF011:Helper(x)|}) + Gradient.Stop({|DIFF017:{|DIFF013:(int)x|}|}) + Gradient.Stop(Math.Floor(x));");
            DiagnosticAssert.AnalyzerReportsExactly(markup);
            AssertNotGenerated(markup);
        }

        // ---- with errors, nothing is generated ---------------------------------------------------

        [Fact]
        public void WarningBesideAnError_BothReported_NothingGenerated()
        {
            string markup = Method("{\n double a = {|DIFF011:Helper(x)|};\n double b = {|DIFF012:x % 3.0|};\n return a + b * {|DIFF012:Math.Floor(x)|};\n }");
            DiagnosticAssert.AnalyzerReportsExactly(markup);
            AssertNotGenerated(markup);
        }

        [Fact]
        public void WarningInsideTheArgumentOfAnUnknownCall_IsReported()
        {
            DiagnosticAssert.AnalyzerReportsExactly(Method("=> {|DIFF011:Helper({|DIFF012:x % 2.0|})|};"));
        }

        [Fact]
        public void TheGeneratorReportsNoWarning_OnlyTheAnalyzerDoes()
        {
            GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.Compile(Alone("double F(double x)", "=> Math.Floor(x) + x % 2.0;")));
            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Single(run.Sources);
            ImmutableArray<Diagnostic> analyzer = GeneratorHarness.Analyze(Alone("double F(double x)", "=> Math.Floor(x) + x % 2.0;"));
            Assert.Equal(new[] { "DIFF012", "DIFF012" }, analyzer.Select(d => d.Id).ToArray());
        }
    }
}
