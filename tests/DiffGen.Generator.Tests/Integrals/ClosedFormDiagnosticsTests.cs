using System;
using System.Linq;
using DiffGen.Generator.Symbolic.Integration;
using DiffGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace DiffGen.Generator.Tests.Integrals
{
    /// <summary>
    /// DIFF036, information only: a method of one variable with no closed-form antiderivative gets the message, with the
    /// reason, and still its MIntegral; every rule of the table is used by some method of <see cref="AntiderivativeCases"/>.
    /// </summary>
    public sealed class ClosedFormDiagnosticsTests
    {
        [Theory]
        [InlineData("Math.Exp(-x * x)", "no rule of DiffGen's table applies to ∫ exp(−x²) dx")]
        [InlineData("1 + Math.Sin(x) / x", "no rule of DiffGen's table applies to ∫ sin(x) / x dx")]
        [InlineData("x < 0 ? -x : x", "it branches")]
        [InlineData("Helper(x)", "it calls 'Helper'")]
        [InlineData("Math.Floor(x)", "no rule of DiffGen's table applies to ∫ ⌊x⌋ dx")]
        [InlineData("1 / (x * x * x + x + 1)", "no rule of DiffGen's table applies to ∫ 1 / (x³ + x + 1) dx")]
        public void NoClosedForm_IsReportedWithItsReason_AndMIntegralIsStillGenerated(string body, string reason)
        {
            string source = @"
using System;
using DiffGen;

namespace Tests
{
    public static partial class C
    {
        [Integrable]
        public static double F(double x) => " + body + @";

        [Differentiable]
        public static double Helper(double x) => x * x;
    }
}";
            var reported = GeneratorHarness.Analyze(source).Where(d => d.Id.StartsWith("DIFF03", StringComparison.Ordinal)).ToList();
            Diagnostic diagnostic = Assert.Single(reported);
            Assert.Equal("DIFF036", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
            Assert.Contains(reason, diagnostic.GetMessage(), StringComparison.Ordinal);
            Assert.StartsWith("No FAntiderivative is generated: ", diagnostic.GetMessage(), StringComparison.Ordinal);

            GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.Compile(source), new IntegrableGenerator());
            GeneratorHarness.AssertNoDiagnostics(run.GeneratorDiagnostics, "the generator");
            GeneratorHarness.AssertNoDiagnostics(run.Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error), "the generated code");
            string text = run.SourceFor("F");
            Assert.Contains("FIntegral(", text, StringComparison.Ordinal);
            Assert.DoesNotContain("FAntiderivative", text, StringComparison.Ordinal);
        }

        [Fact]
        public void LoopsAndTakenNamesAreReasonsToo()
        {
            const string source = @"
using System;
using DiffGen;

namespace Tests
{
    public static partial class C
    {
        [Integrable]
        public static double Series(double x)
        {
            double sum = 0;
            for (int k = 1; k <= 3; k++)
            {
                sum += x * k;
            }

            return sum;
        }

        [Integrable]
        public static double Taken(double x) => x;

        public static double TakenAntiderivative(double x) => x * x / 2;
    }
}";
            var reported = GeneratorHarness.Analyze(source).ToList();
            Assert.Equal(2, reported.Count);
            Assert.All(reported, d => Assert.Equal("DIFF036", d.Id));
            Assert.Contains("it has a loop or an array", reported[0].GetMessage(), StringComparison.Ordinal);
            Assert.Contains("'C' already has a member named 'TakenAntiderivative'", reported[1].GetMessage(), StringComparison.Ordinal);
            IntegralHarness.RunAndCompile(source);
        }

        [Fact]
        public void APartialMethod_IsReadFromThePartWithTheBody()
        {
            const string source = @"
using System;
using DiffGen;

namespace Tests
{
    public static partial class C
    {
        [Integrable]
        public static partial double Wave(double x);

        public static partial double Wave(double x) => Math.Cos(3 * x);
    }
}";
            Assert.Empty(GeneratorHarness.Analyze(source));
            Assert.Contains("WaveAntiderivative(double x)", IntegralHarness.RunAndCompile(source).SourceFor("Wave"), StringComparison.Ordinal);
        }

        [Fact]
        public void ABodyTheCompilerRejects_GetsNoMessageFromDiffGen()
        {
            const string source = @"
using System;
using DiffGen;

namespace Tests
{
    public static partial class C
    {
        [Integrable]
        public static double Broken(double x) => Undefined(x);
    }
}";
            Assert.DoesNotContain(GeneratorHarness.Analyze(source), d => d.Id == "DIFF036");
        }

        [Fact]
        public void OverARectangle_NothingIsSearched_AndNothingIsReported()
        {
            const string source = @"
using System;
using DiffGen;

namespace Tests
{
    public static partial class C
    {
        [Integrable(""x"", ""y"")]
        public static double Plane(double x, double y) => x + y;
    }
}";
            Assert.Empty(GeneratorHarness.Analyze(source));
            Assert.DoesNotContain("Antiderivative", IntegralHarness.RunAndCompile(source).SourceFor("Plane"), StringComparison.Ordinal);
        }

        [Fact]
        public void EveryRuleOfTheTableIsUsedByATestedMethod()
        {
            string generated = string.Concat(IntegralHarness.RunAndCompile(AntiderivativeCases.Source).Sources.Select(s => s.Text));
            foreach (IntegrationRule rule in IntegrationRules.All)
            {
                Assert.True(generated.Contains("(" + rule.Name, StringComparison.Ordinal), "no tested antiderivative uses the rule '" + rule.Name + "'");
            }
        }
    }
}
