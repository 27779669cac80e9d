using System;
using System.Linq;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;
using static DiffGen.Generator.Tests.Diagnostics.BodySources;

namespace DiffGen.Generator.Tests.Diagnostics
{
    /// <summary>
    /// The messages the ninth session's notebook sweep (Arrays/NotebookSweep2Cases.cs) changed, each with the code its advice
    /// leads to: a conversion of data to an integer is read (DIFF013 stays for a differentiated value, and says when the
    /// value is differentiated only because [Differentiable] took every double[]); DIFF007 for parameters m and M names
    /// what to do; a switch statement is DIFF015 only for the shapes not read; a row of jagged data held in a local.
    /// </summary>
    public sealed class NotebookSweep2DiagnosticsTests
    {
        private const string Loss = "double F(double[] w, double[] labels)";

        private const string LossBody = "{\n double s = 0;\n for (int i = 0; i < labels.Length; i++) s += w[{|DIFF013:(int)labels[i]|}];\n return s;\n }";

        [Fact]
        public void A_conversion_of_labels_that_Differentiable_takes_says_to_name_the_parameters()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Alone(Loss, LossBody));
            Assert.Equal(
                "The conversion '(int)labels[i]' to 'int' cuts the derivative: an integer is piecewise constant in the value it came from (its derivative is zero almost everywhere); 'labels' is differentiated here; if it holds data (labels, counts, indices), name only the parameters to differentiate in [Differentiable(...)], and the conversion is read as data, or pass it as int[]; for an index, a bin or a cell through which no derivative is to flow, write (int)Gradient.Stop(labels[i])",
                diagnostics.Single().GetMessage());
        }

        [Fact]
        public void Following_it_the_labels_are_data_and_the_method_is_generated()
        {
            string source = InClass("        [Differentiable(\"w\")]\n        public " + Loss + "\n        " + LossBody.Replace("{|DIFF013:", string.Empty, StringComparison.Ordinal).Replace("|}", string.Empty, StringComparison.Ordinal));
            Assert.Empty(GeneratorHarness.Analyze(source));
            GeneratorRun run = GeneratorHarness.RunAndCompile(source);
            Assert.Contains("dW[(int)labels[i]] += ", run.SourceFor("F"), StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("{\n double s = 0;\n for (int i = 0; i < 2; i++) s += {|DIFF013:(int)x|};\n return s;\n }")]
        [InlineData("{\n double y = 2;\n double s = 0;\n for (int i = 0; i < {|DIFF013:(int)y|}; i++) s += x;\n return s;\n }")]
        public void A_conversion_of_a_differentiated_value_or_of_a_local_stays_DIFF013(string body)
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Alone("double F(double x)", body));
            Assert.Contains("keep the value in double or float", diagnostics.Single().GetMessage(), StringComparison.Ordinal);
        }

        [Fact]
        public void Parameters_differing_in_case_are_told_to_rename_one_or_leave_one_out()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(InClass("        [Differentiable]\n        public double {|DIFF007:E|}(double m, double M) => m * M;"));
            Assert.Equal(
                "DiffGen would generate 'EPartialM' for 'E', but the parameters 'm' and 'M' differ only in the case of their first letter, so their generated names coincide; rename one of them (mCart for m beside M), or leave one out of [Differentiable(...)]: a parameter not differentiated gets no partial and no gradient output",
                diagnostics.Single().GetMessage());
            Assert.Empty(GeneratorHarness.Analyze(InClass("        [Differentiable(\"m\")]\n        public double E(double m, double M) => m * M;")));
        }

        [Fact]
        public void A_row_of_jagged_data_held_in_a_local_is_told_where_its_elements_are()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Alone(
                "double F(double[] w, double[][] X)",
                "{\n double s = 0;\n for (int i = 0; i < X.Length; i++)\n {\n double[] {|DIFF015:row = X[i]|};\n for (int j = 0; j < row.Length; j++) s += w[j] * row[j];\n }\n return s;\n }"));
            Assert.Equal(
                "The local 'row' of type 'double[]' is not supported yet: a row of the jagged data 'X' is read where it is, element by element: X[i][j], and its length X[i].Length",
                diagnostics.Single().GetMessage());
        }

        [Theory]
        [InlineData("{\n switch (n) { case 0: return x * x; case 1: case 2: return x * n; default: return -x; }\n }")]
        [InlineData("{\n double s = x;\n switch (n) { case < 0: s = -x; break; case 0 or 1 when x > 0: s *= 2; break; }\n return s;\n }")]
        public void A_switch_statement_on_a_number_is_read(string body)
        {
            string source = Alone("double F(double x, int n)", body);
            Assert.Empty(GeneratorHarness.Analyze(source));
            GeneratorHarness.RunAndCompile(source);
        }
    }
}
