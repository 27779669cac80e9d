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
    /// LINQ, lambdas and delegates, local functions and Math.Round with digits or a mode: each is
    /// reported once, at the construct, with the same message in a method without loops
    /// (<c>F(double x)</c>) and in one with an array (<c>F(double[] xs)</c>, lowered as a program),
    /// and the way out the message names compiles and is differentiated.
    /// </summary>
    public sealed class WaysOutTests
    {
        private const string Linq = "it is LINQ, which runs library code (and any lambda given to it) that DiffGen cannot see; write a for loop over the array instead: double sum = 0; for (int i = 0; i < $values.Length; i++) { sum += $values[i]; } (use Math.Max or Math.Min in the loop for Max and Min, and divide by $values.Length for Average)";
        private const string Delegates = "DiffGen cannot see the code a lambda or delegate runs; write the expression inline, as a local function of one expression (double Sq(double v) => v * v;), which is read where it is called, or make it a [Differentiable] method and call that";
        private const string LocalFunction = "a local function is read where it is called when its body is one expression of its parameters (double Sq(double v) => v * v;), its parameters are double, float or integer values, and it does not call itself; write it that way, or make it a [Differentiable] method of the type and call that";
        private const string Steps = " is a step function (its derivative is zero wherever it exists), and of the rounding functions DiffGen takes only Math.Round(x), Math.Floor, Math.Ceiling and Math.Truncate, with a DIFF012 warning; round the result outside the method";

        /// <summary>A value of the method's input: <c>x</c> without loops, <c>xs[0]</c> with an array.</summary>
        private static string Signature(bool loops) => loops ? "double F(double[] xs)" : "double F(double x)";

        private static string Input(bool loops) => loops ? "xs[0]" : "x";

        /// <summary>An array to run LINQ on: a field (data) without loops, the parameter with an array.</summary>
        private static string Values(bool loops) => loops ? "xs" : "Weights";

        private static void AssertReportedOnce(bool loops, string body, string id, string message)
        {
            string markup = Method(Signature(loops), body.Replace("$x", Input(loops)).Replace("$values", Values(loops)));
            ImmutableArray<Diagnostic> diagnostics = DiagnosticAssert.AnalyzerReportsExactly(markup);
            Assert.Equal(id, diagnostics.Single().Id);
            Assert.Equal(message.Replace("$x", Input(loops)).Replace("$values", Values(loops)), diagnostics.Single().GetMessage());
            AssertNotGenerated(MarkupSource.Parse(markup).Source);
        }

        [Theory]
        [InlineData(false, "=> {|DIFF011:$values.Sum()|} * $x;", "Sum")]
        [InlineData(true, "=> {|DIFF011:$values.Sum()|} * $x;", "Sum")]
        [InlineData(false, "=> {|DIFF011:Enumerable.Sum($values)|} * $x;", "Sum")]
        [InlineData(true, "=> {|DIFF011:Enumerable.Sum($values)|} * $x;", "Sum")]
        [InlineData(false, "=> {|DIFF011:$values.Select(v => v * v).Sum()|} * $x;", "Sum")]
        [InlineData(true, "=> {|DIFF011:$values.Select(v => v * v).Sum()|} * $x;", "Sum")]
        [InlineData(false, "=> {|DIFF011:$values.Max()|} * $x;", "Max")]
        [InlineData(true, "=> {|DIFF011:$values.Max()|} * $x;", "Max")]
        [InlineData(false, "=> {|DIFF011:$values.Average()|} * $x;", "Average")]
        [InlineData(true, "=> {|DIFF011:$values.Average()|} * $x;", "Average")]
        [InlineData(false, "=> {|DIFF011:(from v in $values select v * 2).Sum()|} * $x;", "Sum")]
        [InlineData(true, "=> {|DIFF011:(from v in $values select v * 2).Sum()|} * $x;", "Sum")]
        public void Linq_SaysToWriteAForLoop(bool loops, string body, string member) =>
            AssertReportedOnce(loops, body, "DIFF011", "The call to 'System.Linq.Enumerable." + member + "' cannot be differentiated: " + Linq);

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public void LambdaInALocal_IsCalledALambda(bool loops) =>
            AssertReportedOnce(loops, "{\n Func<double, double> {|DIFF010:sq = v => v * v|};\n return sq($x);\n }", "DIFF010",
                "The lambda or delegate local 'sq' of type 'Func<double, double>' cannot be differentiated here: " + Delegates);

        [Theory]
        [InlineData(false, "=> {|DIFF011:Apply(v => v * v, $x)|};")]
        [InlineData(true, "=> {|DIFF011:Apply(v => v * v, $x)|};")]
        [InlineData(false, "=> {|DIFF011:Apply(Helper, $x)|};")]
        [InlineData(true, "=> {|DIFF011:Apply(Helper, $x)|};")]
        public void LambdaArgument_IsCalledALambda(bool loops, string body) =>
            AssertReportedOnce(loops, body, "DIFF011", "The call to 'Tests.C.Apply' cannot be differentiated: it takes a lambda or delegate (its parameter 'f'); " + Delegates);

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public void LocalFunction_OfOneExpression_IsReadWhereItIsCalled(bool loops)
        {
            string markup = Method(Signature(loops), "{\n double Sq(double v) => v * v;\n return Sq($x) + Sq(Sq($x));\n }".Replace("$x", Input(loops)));
            DiagnosticAssert.AnalyzerReportsExactly(markup);
        }

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public void LocalFunction_OfStatements_IsReportedAtItsDeclarationOnce_WithTheShapeThatIsRead(bool loops)
        {
            string markup = Method(Signature(loops), "{\n {|DIFF015:double Sq(double v) { double u = v * v; return u; }|}\n return Sq($x);\n }".Replace("$x", Input(loops)));
            ImmutableArray<Diagnostic> diagnostics = DiagnosticAssert.AnalyzerReportsExactly(markup);
            Assert.Equal("The local function 'Sq' (its body is statements, not one expression) is not supported yet: " + LocalFunction, MessageOf(diagnostics, "DIFF015"));
            AssertNotGenerated(MarkupSource.Parse(markup).Source);
        }

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public void LocalFunction_ReturningNothing_IsReportedAtItsCallOnly(bool loops)
        {
            // Review: it was also DIFF015 at the declaration ("its body is statements", for void Show(double v) => ...),
            // which stayed after the call was removed as DIFF014 says; uncalled, it is harmless.
            string markup = Method(Signature(loops), "{\n void Show(double v) => System.Console.WriteLine(v);\n {|DIFF014:Show($x)|};\n return $x;\n }".Replace("$x", Input(loops)));
            DiagnosticAssert.AnalyzerReportsExactly(markup);
            DiagnosticAssert.AnalyzerReportsExactly(Method(Signature(loops), "{\n void Show(double v) => System.Console.WriteLine(v);\n return $x * $x;\n }".Replace("$x", Input(loops))));
        }

        [Fact]
        public void LocalFunction_ThatCallsItself_IsReportedAtTheCall()
        {
            string markup = Method(Signature(false), "{\n double Half(double v) => v < 1 ? v : {|DIFF015:Half(v / 2)|};\n return Half(x);\n }");
            ImmutableArray<Diagnostic> diagnostics = DiagnosticAssert.AnalyzerReportsExactly(markup);
            Assert.StartsWith("The call of 'Half' inside itself is not supported yet: ", MessageOf(diagnostics, "DIFF015"), StringComparison.Ordinal);
        }

        [Theory]
        [InlineData(false, "Math.Round($x, 2)", "rounding to 2 digits" + Steps + ", or, to use the rounded value here, write Gradient.Stop(Math.Round($x * 100) / 100)")]
        [InlineData(true, "Math.Round($x, 2)", "rounding to 2 digits" + Steps + ", or, to use the rounded value here, write Gradient.Stop(Math.Round($x * 100) / 100)")]
        [InlineData(false, "Math.Round($x, MidpointRounding.ToZero)", "rounding with a MidpointRounding mode" + Steps + ", or, to use the rounded value here, write Gradient.Stop(Math.Truncate($x))")]
        [InlineData(true, "Math.Round($x, MidpointRounding.ToZero)", "rounding with a MidpointRounding mode" + Steps + ", or, to use the rounded value here, write Gradient.Stop(Math.Truncate($x))")]
        [InlineData(false, "Math.Round($x, 1, MidpointRounding.ToNegativeInfinity)", "rounding to 1 digit" + Steps + ", or, to use the rounded value here, write Gradient.Stop(Math.Floor($x * 10) / 10)")]
        [InlineData(true, "Math.Round($x, 1, MidpointRounding.ToNegativeInfinity)", "rounding to 1 digit" + Steps + ", or, to use the rounded value here, write Gradient.Stop(Math.Floor($x * 10) / 10)")]
        [InlineData(false, "Math.Round($x, MidpointRounding.AwayFromZero)", "rounding with a MidpointRounding mode" + Steps + ", or write the rounding with those functions inside Gradient.Stop(...), which keeps the value and passes no derivative")]
        [InlineData(true, "Math.Round($x, MidpointRounding.AwayFromZero)", "rounding with a MidpointRounding mode" + Steps + ", or write the rounding with those functions inside Gradient.Stop(...), which keeps the value and passes no derivative")]
        [InlineData(false, "Math.Round($x, 2, MidpointRounding.AwayFromZero)", "rounding to 2 digits" + Steps + ", or write the rounding with those functions inside Gradient.Stop(...), which keeps the value and passes no derivative")]
        [InlineData(true, "Math.Round($x, 2, MidpointRounding.AwayFromZero)", "rounding to 2 digits" + Steps + ", or write the rounding with those functions inside Gradient.Stop(...), which keeps the value and passes no derivative")]
        public void RoundWithDigitsOrAMode_SaysToRoundOutsideOrStop(bool loops, string call, string way) =>
            AssertReportedOnce(loops, "=> {|DIFF011:" + call + "|} + $x;", "DIFF011", "The call to 'System.Math.Round' cannot be differentiated: " + way);

        [Fact]
        public void RoundWithDigits_InAComplexOperand_ParenthesizesIt()
        {
            ImmutableArray<Diagnostic> diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Method("=> {|DIFF011:MathF.Round({|DIFF015:(float)x + 1f|}, 3)|};".Replace("=>", "=> (double)")));
            Assert.EndsWith("write Gradient.Stop(MathF.Round(((float)x + 1f) * 1000) / 1000)", diagnostics.Single(d => d.Id == "DIFF011").GetMessage(), StringComparison.Ordinal);
        }

        // ---- the ways out compile and are differentiated, on both routes ---------------------------

        [Theory]
        [InlineData("double F(double x)", "=> Gradient.Stop(Math.Round(x * 100) / 100) * x + Gradient.Stop(Math.Truncate(x)) + Gradient.Stop(Math.Floor(x * 10) / 10);")]
        [InlineData("double F(double[] xs)", "=> Gradient.Stop(Math.Round(xs[0] * 100) / 100) * xs[0] + Gradient.Stop(Math.Truncate(xs[0])) + Gradient.Stop(Math.Floor(xs[0] * 10) / 10);")]
        [InlineData("double F(double[] xs)", "{\n double sum = 0;\n for (int i = 0; i < xs.Length; i++) { sum += xs[i] * xs[i]; }\n return sum / xs.Length;\n }")]
        [InlineData("double F(double x)", "{\n double sum = 0;\n for (int i = 0; i < Weights.Length; i++) { sum += Weights[i]; }\n return sum * x;\n }")]
        [InlineData("double F(double[] xs)", "{\n double max = xs[0];\n for (int i = 1; i < xs.Length; i++) { max = Math.Max(max, xs[i]); }\n return max;\n }")]
        public void TheWayOut_IsDifferentiated(string signature, string body)
        {
            string source = Alone(signature, body).Replace("    public partial class C\n    {\n", "    public partial class C\n    {\n        private static readonly double[] Weights = { 1.0, 2.0 };\n");
            Assert.Empty(DiagnosticAssert.Analyze(GeneratorHarness.Compile(source)));
            GeneratorRun run = GeneratorHarness.RunAndCompile(source);
            Assert.Contains("FGradient(", run.SourceFor("F"), StringComparison.Ordinal);
        }
    }
}
