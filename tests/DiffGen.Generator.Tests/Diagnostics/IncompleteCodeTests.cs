using System.Collections.Immutable;
using System.Linq;
using DiffGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace DiffGen.Generator.Tests.Diagnostics
{
    /// <summary>
    /// Code as it looks while being typed: the compiler already reports it. The analyzer must never
    /// throw (AD0001), the generator never fail (DIFF900, CS8785), and DiffGen should not add
    /// diagnostics that misdescribe what the compiler rejects.
    /// </summary>
    public sealed class IncompleteCodeTests
    {
        private static string InClass(string members) =>
            "using System;\nusing DiffGen;\n\nnamespace Typing\n{\n    public partial class C\n    {\n" + members + "\n    }\n}\n";

        [Theory]
        [InlineData("[Differentiable] public double F(double x) => x * ")]
        [InlineData("[Differentiable] public double F(double x) => ;")]
        [InlineData("[Differentiable] public double F(double x) { x += ; return x; }")]
        [InlineData("[Differentiable] public double F(double x) { double y = x; }")]
        [InlineData("[Differentiable] public double F(")]
        [InlineData("[Differentiable] public double")]
        [InlineData("[Differentiable(nope)] public double F(double x) => x;")]
        [InlineData("[Differentiable(1)] public double F(double x) => x;")]
        [InlineData("[Differentiable] public double F(double x, double x) => x;")]
        [InlineData("[Differentiable] public double F(double x) => x * y;")]
        [InlineData("[Differentiable] public double F(double x) => Math.Sine(x);")]
        [InlineData("[Differentiable] public double F(double x) { double y; y += x; return y; }")]
        [InlineData("[Differentiable] public double F(double ) => 1.0;")]
        [InlineData("[Differentiable] public double F(double x, double) => x;")]
        public void NeverCrashes(string members)
        {
            string source = InClass(members);
            ImmutableArray<Diagnostic> analyzer = GeneratorHarness.Analyze(source);
            Assert.DoesNotContain(analyzer, d => d.Id == "AD0001");

            GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.Compile(source));
            Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "DIFF900" || d.Id == "CS8785");
        }

        [Theory]
        [InlineData("[Differentiable] public double F(double x) => x * y;")]
        [InlineData("[Differentiable] public double F(double x) => Math.Sine(x);")]
        [InlineData("[Differentiable] public double F(double x) => x * ")]
        public void AddsNothingToACompilerError(string members)
        {
            string source = InClass(members);
            Assert.Contains(GeneratorHarness.Compile(source).GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
            Assert.Empty(GeneratorHarness.Analyze(source).Where(d => d.Id.StartsWith("DIFF", System.StringComparison.Ordinal)));
        }
    }
}
