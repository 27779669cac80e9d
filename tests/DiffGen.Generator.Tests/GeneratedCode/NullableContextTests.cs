using System.Linq;
using DiffGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace DiffGen.Generator.Tests.GeneratedCode
{
    /// <summary>
    /// Generated files turn nullable annotations on and nullable warnings off: the members' signatures
    /// read to a nullable-aware caller as the user's own do (an array parameter is not nullable, not
    /// oblivious), and the compiler skips its nullable analysis of the bodies, which hold only
    /// numbers, arrays and spans (docs/benchmarks.md, build time).
    /// </summary>
    public class NullableContextTests
    {
        private const string Source = @"
using System;
using DiffGen;
public static partial class Model
{
    [Differentiable(""w"", ""b"")]
    public static double Score(double[] w, double b, double[] x)
    {
        double s = b;
        for (int i = 0; i < w.Length; i++) s += w[i] * x[i];
        return Math.Log(1 + Math.Exp(s));
    }

    [Differentiable]
    public static double Cost(double x, double y) => x * x * y;
}";

        [Theory]
        [InlineData("Score")]
        [InlineData("Cost")]
        public void GeneratedBodies_HaveAnnotationsOnAndWarningsOff(string method)
        {
            GeneratorRun run = GeneratorHarness.RunAndCompile(Source);
            string text = run.SourceFor(method);
            SyntaxTree tree = run.Output.SyntaxTrees.Single(t => t.ToString() == text);
            SemanticModel model = run.Output.GetSemanticModel(tree);
            int insideGradient = text.IndexOf(method + "Gradient(", System.StringComparison.Ordinal);
            Assert.True(insideGradient > 0, text);

            NullableContext context = model.GetNullableContext(insideGradient);

            Assert.True(context.AnnotationsEnabled(), "annotations should be on in the generated code");
            Assert.False(context.WarningsEnabled(), "nullable warnings (and so the nullable analysis) should be off in the generated code");
        }

        [Fact]
        public void GeneratedArrayParameters_AreNotNullable_NotOblivious()
        {
            GeneratorRun run = GeneratorHarness.RunAndCompile(Source);
            IMethodSymbol gradient = run.Output.GetTypeByMetadataName("Model")!.GetMembers("ScoreGradient").OfType<IMethodSymbol>().Single();

            foreach (IParameterSymbol parameter in gradient.Parameters.Where(p => p.Type is IArrayTypeSymbol))
            {
                Assert.Equal(NullableAnnotation.NotAnnotated, parameter.NullableAnnotation);
            }
        }
    }
}
