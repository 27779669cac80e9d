using System;
using System.Linq;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;
using static DiffGen.Generator.Tests.Diagnostics.BodySources;

namespace DiffGen.Generator.Tests.Diagnostics
{
    /// <summary>
    /// Multi-dimensional data (issue 13): a <c>double[,]</c> or <c>double[][]</c> parameter (float twins included) is
    /// data by default, left out of the gradient like an integer; named in <c>[Differentiable(...)]</c> it is DIFF006 at
    /// the parameter, naming the type as C# writes it and saying to flatten it. The numerical checks are in
    /// <c>Arrays/MatrixDataCases.cs</c>.
    /// </summary>
    public sealed class MultiDimensionalDataTests
    {
        [Theory]
        [InlineData("double F(double x, double[,] X)", "[Differentiable(\"x\", \"X\")]", "double[,]", "double[]")]
        [InlineData("double F(double x, double[][] X)", "[Differentiable(nameof(x), nameof(X))]", "double[][]", "double[]")]
        [InlineData("float F(float x, float[,] X)", "[Differentiable(new[] { \"X\", \"x\" })]", "float[,]", "float[]")]
        [InlineData("double F(double x, float[][] X)", "[Differentiable(\"X\")]", "float[][]", "float[]")]
        public void Named_multi_dimensional_parameter_is_DIFF006_saying_to_flatten_it(string signature, string attribute, string type, string flat)
        {
            string marked = signature.Replace(" X)", " {|DIFF006:X|})", StringComparison.Ordinal);
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(InClass("        " + attribute + "\n        public " + marked + " => x;"));
            Assert.Equal(
                "'F' cannot be differentiated: parameter 'X' has type '" + type + "', " + (type.EndsWith("[][]", StringComparison.Ordinal) ? "a jagged array (an array of rows)" : "a multi-dimensional array") + ", which DiffGen reads as data but cannot differentiate; to differentiate it, flatten it into a " + flat + " (element [i, j] at i * columns + j), or leave it out of [Differentiable(...)] to read it as data",
                diagnostics.Single().GetMessage());
            Assert.Empty(GeneratorHarness.Run(GeneratorHarness.Compile(InClass("        " + attribute + "\n        public " + signature + " => x;"))).Sources);
        }

        [Fact]
        public void By_default_a_matrix_is_data_and_gets_no_gradient_output()
        {
            GeneratorRun run = GeneratorHarness.RunAndCompile(Alone("double F(double x, double[,] X, double[][] Y)", "=> X[0, 0] * x * x + Y[0][0] * x;"));
            string generated = run.SourceFor("F");
            Assert.Contains("FGradient(double x, double[,] X, double[][] Y, out double dX)", generated, StringComparison.Ordinal);
            Assert.Contains("FPartialX(double x, double[,] X, double[][] Y)", generated, StringComparison.Ordinal);
            Assert.DoesNotContain("PartialY", generated, StringComparison.Ordinal);
        }

        [Fact]
        public void A_method_with_only_a_matrix_has_nothing_to_differentiate()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(InClass("        [Differentiable]\n        public double {|DIFF005:F|}(double[,] X) => X[0, 0];"));
            Assert.Single(diagnostics);
        }

        [Fact]
        public void A_matrix_passed_on_to_another_differentiable_method_is_data_there_too()
        {
            GeneratorRun run = GeneratorHarness.RunAndCompile(InClass(@"
        [Differentiable(""w"")]
        public static double Row(double[] w, double[,] X, int i)
        {
            double z = 0;
            for (int j = 0; j < w.Length; j++) z += w[j] * X[i, j];
            return Math.Tanh(z);
        }

        [Differentiable(""w"")]
        public static double Loss(double[] w, double[,] X, double[] y)
        {
            double s = 0;
            for (int i = 0; i < y.Length; i++)
            {
                double r = Row(w, X, i) - y[i];
                s += r * r;
            }

            return s;
        }"));
            Assert.Contains("RowGradient(w, X, i, ", run.SourceFor("Loss"), StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("{|DIFF014:X[0, 1]|} = x;", "X[0, 1]")]
        [InlineData("{|DIFF014:X[0, 1]|} += x;", "X[0, 1]")]
        [InlineData("{|DIFF014:X[1, 1]|}++;", "X[1, 1]")]
        public void Writing_to_a_matrix_element_is_DIFF014(string write, string target)
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Alone("double F(double x, double[,] X)", "{\n " + write + "\n return x * X[0, 0];\n }"));
            Assert.StartsWith("Writing to '" + target + "' changes state the caller owns", diagnostics.Single().GetMessage(), StringComparison.Ordinal);
            Assert.Contains("a multi-dimensional array is data, read only", diagnostics.Single().GetMessage(), StringComparison.Ordinal);
        }

        [Fact]
        public void Writing_to_a_jagged_element_is_DIFF014()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Alone("double F(double x, double[][] X)", "{\n {|DIFF014:X[0][1]|} = x;\n return x * X[0][0];\n }"));
            Assert.Contains("a multi-dimensional array is data, read only", diagnostics.Single().GetMessage(), StringComparison.Ordinal);
        }
    }
}
