using System.Linq;
using Xunit;
using static DiffGen.Generator.Tests.Diagnostics.BodySources;

namespace DiffGen.Generator.Tests.Diagnostics
{
    /// <summary>
    /// Integer arrays and spans as parameters are read-only data (the eighth session's adversarial pass): what misuses them
    /// draws a diagnostic at the construct, whose advice is one the method can follow.
    /// </summary>
    public sealed class IntegerArrayMisuseTests
    {
        private const string WriteAdvice = "changes state the caller owns (a field, property or array element); a differentiable method may assign only its own locals and parameters, so return the value instead";

        /// <summary>An element of an integer array or span parameter written: DIFF014, advising an integer local, not a local double[].</summary>
        [Theory]
        [InlineData("double F(double[] w, int[] idx)", "{\n double s = 0;\n for (int i = 0; i < idx.Length; i++) { {|DIFF014:idx[i]|} = i; s += w[idx[i]]; }\n return s;\n }", "idx[i]")]
        [InlineData("double F(double[] w, Span<int> idx)", "{\n {|DIFF014:idx[^1]|} = 0;\n return w[idx[^1]];\n }", "idx[^1]")]
        [InlineData("double F(double[] w, long[] idx)", "{\n {|DIFF014:idx[0]|}++;\n return w[idx[0]];\n }", "idx[0]")]
        public void WriteToAnIntegerArrayParameter(string signature, string body, string target)
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Alone(signature, body));
            Assert.Equal("Writing to '" + target + "' " + WriteAdvice + "; an integer array is data, read only: keep an index that changes in an integer local (int j = idx[i] + 1;)", diagnostics.Single().GetMessage());
        }

        /// <summary>A local integer array passed to a callee's int[] parameter: DIFF015 that says what can be passed, not "an array this method holds" (it is one).</summary>
        [Fact]
        public void LocalIntegerArrayPassedOn()
        {
            string source = InClass("""
                        [Differentiable("w")]
                        public static double G(double[] w, int[] idx) => w[idx[0]];

                        [Differentiable]
                        public static double F(double[] w)
                        {
                            int[] order = { 2, 0, 1 };
                            double s = 0;
                            for (int i = 0; i < 3; i++) s += w[i];
                            return s * G(w, {|DIFF015:order|});
                        }
                """);
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(source);
            Assert.Contains("make a local one a static readonly field", diagnostics.Single().GetMessage(), System.StringComparison.Ordinal);
        }

        /// <summary>An integer array named in [Differentiable(...)] is DIFF004; integer arrays of two dimensions or jagged are DIFF006.</summary>
        [Theory]
        [InlineData("[Differentiable(\"w\", {|DIFF004:\"idx\"|})]\n        public static double F(double[] w, int[] idx) => w[idx[0]];", "DIFF004")]
        [InlineData("[Differentiable]\n        public static double F(double[] w, int[,] {|DIFF006:m|}) => w[m[0, 0]];", "DIFF006")]
        [InlineData("[Differentiable]\n        public static double F(double[] w, int[][] {|DIFF006:m|}) => w[m[0][0]];", "DIFF006")]
        public void IntegerArraysThatAreNotData(string method, string id)
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(InClass("        " + method));
            Assert.Equal(id, diagnostics.Single().Id);
        }

        /// <summary>An index from the end on a row of multi-dimensional data: DIFF015 at the ^, saying to count from the length, not the list of integer expressions.</summary>
        [Fact]
        public void IndexFromEndOfMultiDimensionalData()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Alone("double F(double[] w, double[][] X)", "=> w[0] * X[{|DIFF015:^1|}][0];"));
            Assert.StartsWith("The index from the end '^1' here is not supported yet: an index from the end is read on a one-dimensional array or span (x[^1]); for a row or column of multi-dimensional data, count from its length", diagnostics.Single().GetMessage(), System.StringComparison.Ordinal);
        }

        /// <summary>
        /// x[^0] is x[x.Length]: the method always throws there, and a derivative that drops the read (its value unused) would
        /// return a value instead; DIFF015 at the ^0, on arrays, spans and integer arrays alike.
        /// </summary>
        [Theory]
        [InlineData("double F(double[] w)", "{\n double unused = w[{|DIFF015:^0|}];\n return w[0] * w[0];\n }")]
        [InlineData("double F(ReadOnlySpan<double> w)", "=> w[0] * w[{|DIFF015:^0|}];")]
        [InlineData("double F(double[] w, int[] idx)", "{\n int last = idx[{|DIFF015:^0|}];\n return w[0] * w[0];\n }")]
        public void IndexFromEndZero(string signature, string body)
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Alone(signature, body));
            Assert.Equal("The index from the end '^0' is not supported yet: ^0 is the length itself, one past the last element, so the method always throws IndexOutOfRangeException there; the last element is ^1", diagnostics.Single().GetMessage());
        }

        /// <summary>A System.Index chosen by ?: (x[k > 0 ? ^1 : 0]): one DIFF015 for the index, not one for ^1 and one for the integer '0'.</summary>
        [Fact]
        public void IndexChosenByAChoice()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Alone("double F(double[] x, int k)", "=> x[{|DIFF015:k > 0 ? ^1 : 0|}] * x[0];"));
            Assert.Equal("The index 'k > 0 ? ^1 : 0' of type Index is not supported yet: an index from the end is read where it is written in the brackets (x[^k]); choose or compute the position as an integer, counting from the length (k > 0 ? x.Length - 1 : 0)", diagnostics.Single().GetMessage());
        }
    }
}
