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

        /// <summary>
        /// A method that is neither obsolete nor experimental may use such members where its source accepts them (a pragma beside
        /// the use): its generated file accepts the same ids, since its members use them too (the callee's gradient carries the
        /// callee's [Obsolete], the field is read again).
        /// </summary>
        [Fact]
        public void The_generated_file_accepts_what_the_method_accepts()
        {
            GeneratorRun run = GeneratorHarness.RunAndCompile("""
                using DiffGen;
                using System.Diagnostics.CodeAnalysis;

                public static partial class C
                {
                    [System.Obsolete("Use Cube")]
                    [Differentiable]
                    public static double Sq(double x) => x * x;

                    [Experimental("DG0001")]
                    public static double K = 2;

                    [Differentiable]
                    public static double F(double x)
                    {
                #pragma warning disable CS0618, DG0001
                        return Sq(x) * K;
                #pragma warning restore CS0618, DG0001
                    }
                }
                """);
            Assert.Contains("#pragma warning disable CS0612, CS0618, DG0001", run.SourceFor("F"), StringComparison.Ordinal);
            Assert.DoesNotContain("#pragma", run.SourceFor("Sq"), StringComparison.Ordinal);
        }

        /// <summary>
        /// A custom derivative only an experimental (or obsolete) caller may use, of a function a method that is neither calls: the
        /// generated members would call it where the method never does. DIFF015 at the call, with the two ways out.
        /// </summary>
        [Theory]
        [InlineData("[System.Diagnostics.CodeAnalysis.Experimental(\"DG0001\")]", "[Experimental(\"DG0001\")]")]
        [InlineData("[System.Obsolete(\"old\", true)]", "[Obsolete]")]
        public void A_restricted_custom_derivative_is_reported_at_the_call(string attribute, string shown)
        {
            string source = """
                using DiffGen;

                public static partial class C
                {
                    public static double Helper(double x) => x * x;

                    ATTRIBUTE
                    [DerivativeOf(nameof(Helper))]
                    public static double HelperDerivative(double x, out double dX)
                    {
                        dX = 2 * x;
                        return x * x;
                    }

                    [Differentiable]
                    public static double H(double x) => Helper(x) * x;
                }
                """.Replace("ATTRIBUTE", attribute, StringComparison.Ordinal);
            var diagnostics = GeneratorHarness.Analyze(source);
            var reported = Assert.Single(diagnostics);
            Assert.Equal("DIFF015", reported.Id);
            Assert.Equal(
                "The call to 'Helper' through its custom derivative 'HelperDerivative', marked " + shown + ", is not supported yet: mark 'H' " + shown + " too (its generated members carry it), or take " + shown + " off 'HelperDerivative'",
                reported.GetMessage());
        }

        private static int Count(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
    }
}
