using System;
using System.Linq;
using DiffGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace DiffGen.Generator.Tests.Numerical
{
    /// <summary>
    /// A result that depends on the differentiated parameters only through comparisons (a step function, a bisection from a
    /// fixed bracket) has derivative 0 wherever it exists, which the generated members return as the program's derivative:
    /// DIFF012, the piecewise-constant warning, at the first comparison that reads a value carrying a derivative, and the
    /// members are still generated. A result that reads such a value by arithmetic too (|x| as sign·x, a ReLU) is not warned
    /// of, nor one wrapped in Gradient.Stop, which says the staircase is meant.
    /// </summary>
    public sealed class StepResultTests
    {
        private static string Source(string members) => LoopFreeCheck.Header + "public static partial class C\n{\n" + members + "\n}\n}\n";

        [Theory]
        [InlineData("[Differentiable] public static double F(double x) => x > 0 ? 1.0 : 0.0;", "x > 0")]
        [InlineData("[Differentiable] public static double F(double x, double y)\n{\n    if (x * y < 1) return -1;\n    return 2;\n}", "x * y < 1")]
        [InlineData("[Differentiable(\"a\")] public static double F(double a, double b)\n{\n    double lo = 0, hi = 4, x = 2;\n    for (int it = 0; it < 50; it++)\n    {\n        x = 0.5 * (lo + hi);\n        double f = x * x * x + a * x - b;\n        if (f > 0) hi = x; else lo = x;\n    }\n\n    return x;\n}", "f > 0")]
        [InlineData("[Differentiable] public static double F(double[] w, double t)\n{\n    double count = 0;\n    for (int i = 0; i < w.Length; i++)\n    {\n        if (w[i] > t) count += 1;\n    }\n\n    return count;\n}", "w[i] > t")]
        public void A_result_that_depends_only_through_comparisons_is_warned_of(string members, string comparison)
        {
            string source = Source(members);
            Diagnostic warning = Assert.Single(GeneratorHarness.Analyze(source), d => d.Id.StartsWith("DIFF", StringComparison.Ordinal));
            Assert.Equal("DIFF012", warning.Id);
            Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
            Assert.Equal(comparison, warning.Location.SourceTree!.GetText().ToString(warning.Location.SourceSpan));
            Assert.Contains("only through comparisons such as '" + comparison + "'", warning.GetMessage(), StringComparison.Ordinal);

            GeneratorRun run = GeneratorHarness.RunAndCompile(source);
            Assert.Contains(run.Output.SyntaxTrees, t => t.ToString().Contains("FGradient", StringComparison.Ordinal));
        }

        [Theory]
        [InlineData("[Differentiable] public static double F(double x)\n{\n    double s = x > 0 ? 1.0 : -1.0;\n    return s * x;\n}")]
        [InlineData("[Differentiable] public static double F(double x) => Gradient.Stop(x > 0 ? 1.0 : 0.0);")]
        [InlineData("[Differentiable] public static double F(double[] w, double x)\n{\n    double s = 0;\n    for (int i = 0; i < w.Length; i++) s += w[i] * x > 0 ? w[i] * x : 0;\n    return s;\n}")]
        [InlineData("[Differentiable(\"a\")] public static double F(double a, double b)\n{\n    double x = 1;\n    for (int it = 0; it < 20; it++)\n    {\n        double f = x * x * x + a * x - b;\n        if (Math.Abs(f) < 1e-14) break;\n        x -= f / (3 * x * x + a);\n    }\n\n    return x;\n}")]
        public void A_result_that_reads_a_differentiated_value_by_arithmetic_is_not_warned_of(string members)
        {
            Assert.DoesNotContain(GeneratorHarness.Analyze(Source(members)), d => d.Id.StartsWith("DIFF", StringComparison.Ordinal));
        }
    }
}
