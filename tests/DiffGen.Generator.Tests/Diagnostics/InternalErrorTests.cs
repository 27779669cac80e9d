using System;
using System.Linq;
using DiffGen.Generator.Emit;
using DiffGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace DiffGen.Generator.Tests.Diagnostics
{
    /// <summary>
    /// An exception while generating one method becomes DIFF900 on that method's identifier; the
    /// other methods are still generated and the output compiles.
    /// </summary>
    public sealed class InternalErrorTests
    {
        private const string Message = "the emitter failed on purpose";

        private const string Markup = @"using System;
using DiffGen;

namespace Failing
{
    public partial class Model
    {
        [Differentiable]
        public double Before(double x) => x * x;

        [Differentiable]
        public static double {|DIFF900:Boom|}(double x, double y) => Math.Sin(x) * y;

        [Differentiable]
        public double After(double x) => Math.Exp(x);
    }
}
";

        private static GeneratorRun RunWithFailingEmitter(string source)
        {
            var generator = new DifferentiableGenerator(method =>
                method.Name == "Boom" ? throw new InvalidOperationException(Message) : SourceEmitter.Emit(method));
            return GeneratorHarness.Run(GeneratorHarness.Compile(source), generator);
        }

        [Fact]
        public void ThrowingEmitter_ReportsDIFF900OnTheMethodIdentifier()
        {
            MarkupSource markup = MarkupSource.Parse(Markup);
            GeneratorRun run = RunWithFailingEmitter(markup.Source);

            Diagnostic error = Assert.Single(run.GeneratorDiagnostics);
            Assert.Equal("DIFF900", error.Id);
            Assert.Equal(DiagnosticSeverity.Error, error.Severity);
            Assert.Equal("Source0.cs", error.Location.GetLineSpan().Path);
            Assert.Equal(markup.Expected.Single().Span, error.Location.SourceSpan);
            FileLinePositionSpan lines = error.Location.GetLineSpan();
            Assert.Equal(11, lines.StartLinePosition.Line);
            Assert.Equal(11, lines.EndLinePosition.Line);
            Assert.Equal(lines.StartLinePosition.Character + "Boom".Length, lines.EndLinePosition.Character);
            Assert.EndsWith("docs/diagnostics/DIFF900.md", error.Descriptor.HelpLinkUri, StringComparison.Ordinal);
        }

        [Fact]
        public void ThrowingEmitter_MessageNamesTheMethodAndTheException()
        {
            GeneratorRun run = RunWithFailingEmitter(MarkupSource.Parse(Markup).Source);
            string message = Assert.Single(run.GeneratorDiagnostics).GetMessage();
            Assert.Contains("'Boom'", message, StringComparison.Ordinal);
            Assert.Contains("InvalidOperationException", message, StringComparison.Ordinal);
            Assert.Contains(Message, message, StringComparison.Ordinal);
        }

        [Fact]
        public void ThrowingEmitter_StillGeneratesTheOtherMethods_AndTheOutputCompiles()
        {
            string source = MarkupSource.Parse(Markup).Source;
            GeneratorRun run = RunWithFailingEmitter(source);

            Assert.Equal(
                new[] { "Failing.Model.After(double).g.cs", "Failing.Model.Before(double).g.cs" },
                run.Sources.Select(s => s.HintName.WithoutHash()).OrderBy(h => h, StringComparer.Ordinal));
            Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "CS8785");
            GeneratorHarness.AssertNoDiagnostics(run.Input.GetDiagnostics(), "the input");
            GeneratorHarness.AssertNoDiagnostics(run.Output.GetDiagnostics(), "the generated code");
            Assert.Contains("BeforePartialX", run.SourceFor("Before"), StringComparison.Ordinal);
            Assert.Contains("AfterGradient", run.SourceFor("After"), StringComparison.Ordinal);
        }

        [Fact]
        public void ThrowingEmitter_OnEveryMethod_ReportsEachOnce()
        {
            var generator = new DifferentiableGenerator(method => throw new NotSupportedException("no " + method.Name));
            GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.Compile(MarkupSource.Parse(Markup).Source), generator);

            Assert.Empty(run.Sources);
            Assert.Equal(
                new[] { "After", "Before", "Boom" },
                run.GeneratorDiagnostics.Select(d => { Assert.Equal("DIFF900", d.Id); return d.GetMessage().Split('\'')[1]; }).OrderBy(n => n, StringComparer.Ordinal));
        }

        [Fact]
        public void TheDefaultGenerator_ReportsNoInternalError()
        {
            GeneratorRun run = GeneratorHarness.RunAndCompile(MarkupSource.Parse(Markup).Source);
            Assert.Equal(3, run.Sources.Count);
        }

        /// <summary>
        /// Issue 10: choices by related tests whose derivatives read each other drew DIFF900 ("the
        /// generated statements depend on each other in a cycle"). In the first, the choices by x ≥ 1
        /// and by x &gt; 1 each read one of the other test's, so they do not fit in one if per test; in
        /// the second, e^(xy) is read on the same side of two ifs by y &lt; 0, the later of which reads
        /// the earlier, and must be computed in the earlier one. Numerical checks of both, and of
        /// variants: Numerical/RelatedConditionCases.cs.
        /// </summary>
        [Theory]
        [InlineData("double x", "(x >= 1 ? x : Math.Tan(x)) * (x > 1 ? x : Math.Log2(Math.Cosh(x)))")]
        [InlineData("double x, double y", "y < 0 ? (x > 2 ? Math.Exp((y < 0 ? y : x) * x) : x * x * (Math.Exp((y < 0 ? y : x) * x) - x)) : Math.Exp((y < 0 ? y : x) * x)")]
        public void Choices_by_related_tests_that_read_each_other_are_generated(string parameters, string body)
        {
            string source = "using System;\nusing DiffGen;\nnamespace Related\n{\n    public static partial class C\n    {\n        [Differentiable]\n        public static double F(" + parameters + ") => " + body + ";\n    }\n}\n";
            GeneratorRun run = GeneratorHarness.RunAndCompile(source);
            Assert.Contains("FGradient", run.SourceFor("F"), StringComparison.Ordinal);
        }

        [Fact]
        public void TheAnalyzer_DoesNotReportDIFF900()
        {
            Assert.Empty(GeneratorHarness.Analyze(MarkupSource.Parse(Markup).Source));
            Assert.DoesNotContain(new DifferentiableAnalyzer().SupportedDiagnostics, d => d.Id == "DIFF900");
        }

        [Fact]
        public void EmitterReceivesTheLoweredMethod()
        {
            string? seen = null;
            var generator = new DifferentiableGenerator(method =>
            {
                seen = method.Name;
                return SourceEmitter.Emit(method);
            });
            string source = "using DiffGen;\nnamespace One { public partial class C { [Differentiable] public static double Only(double x) => x * x; } }\n";
            GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.Compile(source), generator);
            Assert.Equal("Only", seen);
            Assert.Single(run.Sources);
        }
    }
}
