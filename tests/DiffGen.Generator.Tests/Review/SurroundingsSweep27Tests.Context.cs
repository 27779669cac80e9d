using System;
using System.Linq;
using DiffGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>
    /// Sweep 27 (the user's surroundings): the file around the method. using static, aliases, global usings, nullable
    /// contexts, #pragma, #if regions (with and without the symbol), XML documentation checked by the compiler
    /// (DocumentationMode.Diagnose), attributes on the method and its parameters, optional parameters.
    /// </summary>
    public sealed class SurroundingsSweep27ContextTests
    {
        private static readonly object[][] Xy = Sweep27.Xy;

        private static string InC(string usings, string members) => usings + "\nnamespace Review\n{\npublic partial class C\n{\n" + members + "\n}\n}\n";

        [Fact]
        public void Using_static_Math_calls_written_bare() =>
            Sweep27.Check(InC("using static System.Math;\nusing DiffGen;", "[Differentiable] public static double F(double x, double y) => Sin(x) * Exp(y) + Pow(x, 2) + Sqrt(x * x + y * y) + PI * Max(x, y);"), "Review.C", "F", Xy);

        [Fact]
        public void Using_static_MathF_in_a_float_method_loop_route() =>
            Sweep27.Check(InC("using static System.MathF;\nusing DiffGen;", "[Differentiable] public static float F(float x, float y) { float s = 0; for (int i = 0; i < 2; i++) s += Sin(x * i) * Exp(y) + Sqrt(x * x + 1); return s * PI; }"), "Review.C", "F", Xy);

        [Fact]
        public void Aliases_for_Math_and_Double() =>
            Sweep27.Check(InC("using M = System.Math;\nusing D = System.Double;\nusing DiffGen;", "[Differentiable] public static double F(double x, double y) => M.Sin(x) * M.Exp(y) + D.Sqrt(x * x + 1) + M.PI * x;"), "Review.C", "F", Xy);

        [Fact]
        public void Global_usings() =>
            Sweep27.Check(InC("global using static System.Math;\nglobal using DiffGen;", "[Differentiable] public static double F(double x, double y) => Cos(x) * Log(2 + y * y);"), "Review.C", "F", Xy);

        [Fact]
        public void Nullable_disabled_file_with_oblivious_reference_fields() =>
            Sweep27.Check(InC("#nullable disable\nusing System;\nusing DiffGen;", "public string Name;\n[Differentiable] public double F(double x, double y) => x * y + Math.Sin(x);"), "Review.C", "F", Xy);

        [Fact]
        public void Nullable_disabled_compilation() =>
            Sweep27.Check(Sweep27.Compile(InC("using System;\nusing DiffGen;", "public string Name;\n[Differentiable] public double F(double x, double y) => x * y + Math.Sin(x);"), nullable: NullableContextOptions.Disable), "Review.C", "F", Xy);

        [Fact]
        public void Pragma_around_the_method_reading_an_obsolete_field() =>
            Sweep27.Check(InC("using System;\nusing DiffGen;", "#pragma warning disable CS0618\n[Differentiable] public double F(double x, double y) => Old * x * y + Math.Sin(x);\n#pragma warning restore CS0618\n[Obsolete(\"old\")] public double Old = 2;"), "Review.C", "F", Xy);

        [Fact]
        public void Pragma_inside_the_body_reading_an_obsolete_static_field_loop_route() =>
            Sweep27.Check(InC("using System;\nusing DiffGen;", "[Obsolete(\"use Z\")] public static double Old = 2;\n[Differentiable] public double F(double x, double y)\n{\n#pragma warning disable CS0618\n    double k = Old;\n#pragma warning restore CS0618\n    double s = 0;\n    for (int i = 0; i < 2; i++) s += k * x * y;\n    return s;\n}"), "Review.C", "F", Xy);

        private const string IfRegion = "[Differentiable] public double F(double x, double y)\n{\n#if DEBUG\n    double k = 2;\n#else\n    double k = 3;\n#endif\n    #region body\n    /* a comment with */ double s = k * x * y; // and */ this\n    #endregion\n    return s + Math.Sin(x);\n}";

        [Fact]
        public void If_else_region_inside_the_body_without_the_symbol()
        {
            string generated = Sweep27.Check(InC("using System;\nusing DiffGen;", IfRegion), "Review.C", "F", Xy);
            Assert.Contains("const double k = 3;", generated, StringComparison.Ordinal);
        }

        [Fact]
        public void If_else_region_inside_the_body_with_the_symbol()
        {
            string generated = Sweep27.Check(Sweep27.Compile(InC("using System;\nusing DiffGen;", IfRegion), preprocessor: new[] { "DEBUG" }), "Review.C", "F", Xy);
            Assert.Contains("const double k = 2;", generated, StringComparison.Ordinal);
        }

        [Fact]
        public void Attributes_on_the_method_and_its_parameters_and_an_unsafe_method() =>
            Sweep27.Check(
                InC(
                    "using System;\nusing DiffGen;\nusing System.Runtime.CompilerServices;\nusing System.Diagnostics.CodeAnalysis;",
                    "[Differentiable, MethodImpl(MethodImplOptions.AggressiveInlining), SuppressMessage(\"x\", \"y\"), SkipLocalsInit] public unsafe double F([NotNull] double x, [AllowNull] double y, [CallerLineNumber] int line = 0) => x * y + Math.Sin(x) + line * 0;"),
                "Review.C",
                "F",
                new[] { new object[] { 0.7, -0.4, 3 }, new object[] { -1.1, 0.9, 0 } });

        [Fact]
        public void Optional_parameters_with_defaults() =>
            Sweep27.Check(InC("using System;\nusing DiffGen;", "[Differentiable] public double F(double x, double y = 2.5, int n = 3, double z = -1.5) => x * y * n + Math.Sin(x) * z;"), "Review.C", "F", new[] { new object[] { 0.7, -0.4, 3, 1.2 }, new object[] { -1.1, 0.9, 2, -0.3 } });

        // The compiler's documentation checks on (GenerateDocumentationFile): the generated docs and their crefs must raise nothing.
        [Fact]
        public void Documentation_checks_on_with_crefs_to_spans_data_keywords_unicode_overloads_and_nested_generics()
        {
            const string d = "/// <summary>A &lt; b &amp;&amp; <see cref=\"global::System.Math.Sin(double)\"/>.</summary>";
            string source = "using DiffGen;\nnamespace MyApp.System\n{\n/// <summary>C.</summary>\npublic class ReadOnlySpan<T> { }\n/// <summary>C.</summary>\npublic partial class C\n{\n"
                + d + "<param name=\"w\">w</param><param name=\"y\">y</param><returns>r</returns>\n[Differentiable] public static double Sp(global::System.ReadOnlySpan<double> w, double y) { double s = 0; for (int i = 0; i < w.Length; i++) s += w[i] * w[i] * y; return s; }\n"
                + d + "<param name=\"X\">X</param><param name=\"w\">w</param><returns>r</returns>\n[Differentiable] public static double Mat(double[,] X, double[] w) { double s = 0; for (int i = 0; i < X.GetLength(0); i++) { double r = 0; for (int j = 0; j < X.GetLength(1); j++) r += X[i, j] * w[j]; s += r * r; } return s; }\n"
                + d + "<param name=\"X\">X</param><param name=\"w\">w</param><returns>r</returns>\n[Differentiable] public static double Jag(double[][] X, global::System.Span<double> w) { double s = 0; for (int i = 0; i < X.Length; i++) s += X[i][0] * w[0]; return s; }\n"
                + d + "<param name=\"x\">x</param><param name=\"y\">y</param><returns>r</returns>\n[Differentiable] public static double @double(double x, double y) => x * y;\n"
                + d + "<param name=\"σ\">x</param><param name=\"y\">y</param><returns>r</returns>\n[Differentiable] public static double Ωmega(double σ, double y) => σ * y;\n"
                + d + "<param name=\"x\">x</param><param name=\"y\">y</param><returns>r</returns>\n[Differentiable] public static double F(double x, double y) { if (x < -5) throw new global::System.ArgumentException(\"x < -5 & more\", nameof(x)); return x * y; }\n"
                + d + "<param name=\"x\">x</param><param name=\"y\">y</param><returns>r</returns>\n[Differentiable] public static float F(float x, float y) => x * y;\n"
                + d + "<param name=\"x\">x</param><param name=\"labels\">y</param><returns>r</returns>\n[Differentiable] public static double Lab(double[] x, global::System.ReadOnlySpan<int> labels) { double s = 0; for (int i = 0; i < x.Length; i++) s += x[i] * labels[i]; return s; }\n"
                + "}\n/// <summary>G.</summary><typeparam name=\"T\">T</typeparam>\npublic partial class G<T>\n{\n    /// <summary>Nested.</summary><typeparam name=\"U\">U</typeparam>\n    public partial class N<U>\n    {\n"
                + d + "<param name=\"x\">x</param><param name=\"y\">y</param><returns>r</returns>\n[Differentiable] public double F(double x, double y) { double s = 0; for (int i = 0; i < 2; i++) s += x * y; return s; }\n    }\n}\n}\n";
            CSharpCompilation input = Sweep27.Compile(source);
            input = input.RemoveAllSyntaxTrees().AddSyntaxTrees(input.SyntaxTrees.Select(t => t.WithRootAndOptions(t.GetRoot(), ((CSharpParseOptions)t.Options).WithDocumentationMode(DocumentationMode.Diagnose))));
            GeneratorRun run = Sweep27.RunClean(input);
            Assert.Equal(9, run.Sources.Count);
        }
    }
}
