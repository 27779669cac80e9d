using System;
using System.Linq;
using System.Text;
using DiffGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace DiffGen.Generator.Tests.Diagnostics
{
    /// <summary>Inputs a code review found mishandled: each must now be generated correctly or reported, never crash.</summary>
    public sealed class ReviewRegressionTests
    {
        private const string Header = "using System;\nusing DiffGen;\nnamespace Review\n{\n";

        [Fact]
        public void Methods_whose_names_differ_only_in_case_each_get_a_file()
        {
            GeneratorRun run = GeneratorHarness.RunAndCompile(Header + "public static partial class Cs\n{\n    [Differentiable] public static double f(double x) => x * x;\n    [Differentiable] public static double F(double y) => y * y * y;\n}\n}\n");
            Assert.Equal(2, run.Sources.Count);
        }

        [Fact]
        public void Keyword_names_give_valid_doc_comments()
        {
            string source = Header + "public static partial class Kw\n{\n    /// <summary>A method with keyword-named parameters.</summary>\n    /// <param name=\"double\">x</param>\n    /// <param name=\"n\">n</param>\n    [Differentiable] public static double @if(double @double, int n) => @double * @double * n;\n}\n}\n";
            CSharpCompilation input = GeneratorHarness.Compile(source);
            input = input.WithOptions(input.Options.WithSpecificDiagnosticOptions(input.Options.SpecificDiagnosticOptions.SetItem("CS1591", ReportDiagnostic.Suppress)));
            var withDocs = input.RemoveAllSyntaxTrees().AddSyntaxTrees(input.SyntaxTrees.Select(t => t.WithRootAndOptions(t.GetRoot(), ((CSharpParseOptions)t.Options).WithDocumentationMode(DocumentationMode.Diagnose))));
            GeneratorRun run = GeneratorHarness.Run(withDocs);
            GeneratorHarness.AssertNoDiagnostics(run.Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning), "the generated code with documentation checks on");
        }

        [Fact]
        public void Null_names_mean_every_parameter()
        {
            GeneratorRun run = GeneratorHarness.RunAndCompile(Header + "#nullable disable\npublic static partial class N\n{\n    [Differentiable(null)] public static double F(double x, double y) => x * y;\n}\n}\n");
            Assert.Contains("FPartialY", run.SourceFor("F"), StringComparison.Ordinal);
        }

        [Fact]
        public void Primary_constructor_parameters_are_reported_not_crashed_on()
        {
            DiagnosticAssert.AnalyzerReportsExactly(Header + "public partial class Prim(double k)\n{\n    [Differentiable] public double M(double x) => {|DIFF015:k|} * x * x;\n}\n}\n");
        }

        [Fact]
        public void Writes_to_primary_constructor_parameters_are_side_effects_not_crashes()
        {
            // Was DIFF900 (KeyNotFoundException) in loop-free methods and a DIFF015 that spoke of copying a parameter with loops.
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Header
                + "public partial class Prim(double k)\n{\n"
                + "    [Differentiable] public double A(double x) { {|DIFF014:k|} = x; return x * x; }\n"
                + "    [Differentiable] public double B(double x) { {|DIFF014:k|} += x; return x * x; }\n"
                + "    [Differentiable] public double C(double[] w) { double s = 0; for (int i = 0; i < w.Length; i++) { {|DIFF014:k|} = w[i]; s += w[i]; } return s; }\n"
                + "}\n}\n");
            Assert.All(diagnostics, d => Assert.StartsWith("Writing to the primary constructor parameter 'k' changes the object's state", d.GetMessage(), System.StringComparison.Ordinal));
            GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.Compile(Header + "public partial class Prim(double k)\n{\n    [Differentiable] public double A(double x) { k = x; return x * x; }\n}\n}\n"));
            Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "DIFF900");
        }

        [Fact]
        public void Virtual_and_override_methods_are_reported()
        {
            DiagnosticAssert.AnalyzerReportsExactly(Header + "public partial class Shape\n{\n    [Differentiable] public virtual double {|DIFF006:Area|}(double r) => r * r;\n}\n}\n");
        }

        [Fact]
        public void Float_methods_report_constants_beyond_float_and_double_locals()
        {
            DiagnosticAssert.AnalyzerReportsExactly(Header + "public static partial class Fl\n{\n    [Differentiable] public static float Big(float x) => (float)(x * {|DIFF015:1e39|});\n    [Differentiable] public static float Mixed(float x)\n    {\n        double {|DIFF015:t = x * 2.0|};\n        return (float)t;\n    }\n}\n}\n");
        }

        [Fact]
        public void A_very_long_expression_is_reported_or_generated_never_a_crash()
        {
            var sum = new StringBuilder("x * 0.001");
            for (int i = 2; i < 3000; i++)
            {
                sum.Append(" + x * 0.001");
            }

            string source = Header + "public static partial class Long\n{\n    [Differentiable] public static double F(double x) => Math.Sin(" + sum + ");\n    [Differentiable] public static double G(double x) => x * x;\n}\n}\n";
            GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.Compile(source));
            Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "CS8785");
            Assert.Contains(run.Sources, s => s.HintName.Contains(".G(", StringComparison.Ordinal));
            Assert.Empty(run.Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        }
    }
}
