using System;
using System.Linq;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.GeneratedCode
{
    /// <summary>
    /// The generated members carry the method's own [Obsolete] and [Experimental] (with their arguments as written), so that a
    /// caller hears of them from the gradient as from the method, and so that the members may call and read what the method
    /// may: members only an obsolete or experimental caller may use.
    /// </summary>
    public sealed class CarriedAttributesTests
    {
        private const string Source = """
            using DiffGen;
            using System.Diagnostics.CodeAnalysis;

            public static partial class C
            {
                [System.Obsolete("Use G, \"the new one\"", DiagnosticId = "DG0002")]
                [Differentiable]
                public static double F(double x, double y) => x * y;

                [Experimental("DG0001", UrlFormat = "https://example.org/{0}")]
                [Differentiable]
                public static double H(double[] w) { double s = 0; for (int i = 0; i < w.Length; i++) s += w[i] * w[i]; return s; }

                [Experimental("DG0001")]
                [Integrable]
                public static double I(double x) => x * x;

                [Differentiable]
                public static double Plain(double x) => x * x;
            }
            """;

        [Fact]
        public void Every_generated_member_of_an_obsolete_or_experimental_method_carries_its_attribute()
        {
            GeneratorRun run = GeneratorHarness.RunAndCompile(Source);
            string f = run.SourceFor("F");
            Assert.Equal(3, Count(f, "[global::System.ObsoleteAttribute(\"Use G, \\\"the new one\\\"\", DiagnosticId = \"DG0002\")]"));
            string h = run.SourceFor("H");
            Assert.Equal(1, Count(h, "[global::System.Diagnostics.CodeAnalysis.ExperimentalAttribute(\"DG0001\", UrlFormat = \"https://example.org/{0}\")]"));
            GeneratorRun integrals = GeneratorHarness.Run(GeneratorHarness.Compile(Source), new IntegrableGenerator());
            GeneratorHarness.AssertNoDiagnostics(integrals.GeneratorDiagnostics, "the integrals' generator");
            GeneratorHarness.AssertNoDiagnostics(integrals.Output.GetDiagnostics(), "the generated integrals");
            string i = string.Concat(integrals.Sources.Where(s => s.HintName.Contains(".I(", StringComparison.Ordinal)).Select(s => s.Text));
            Assert.True(Count(i, "[global::System.Diagnostics.CodeAnalysis.ExperimentalAttribute(\"DG0001\")]") >= 4, i);
            string plain = run.SourceFor("Plain");
            Assert.DoesNotContain("ObsoleteAttribute", plain, StringComparison.Ordinal);
            Assert.DoesNotContain("ExperimentalAttribute", plain, StringComparison.Ordinal);
        }

        private static int Count(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
    }
}
