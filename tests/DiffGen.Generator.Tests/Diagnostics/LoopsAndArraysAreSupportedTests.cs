using System;
using System.Linq;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;
using static DiffGen.Generator.Tests.Diagnostics.BodySources;

namespace DiffGen.Generator.Tests.Diagnostics
{
    /// <summary>
    /// Loops and arrays are differentiated: <c>for</c>, <c>foreach</c>, <c>while</c> and <c>do</c>
    /// loops with <c>break</c> and <c>continue</c>, integer locals (counters, sizes, indices),
    /// double and float array and span parameters (<c>params</c> too), arrays held in fields or
    /// properties read as data, and local arrays made with <c>new double[n]</c> or
    /// <c>stackalloc double[n]</c> and written element by element. These were DIFF006 (array
    /// parameters) and DIFF015 (everything else) before loops arrived. For each, the analyzer reports
    /// nothing and the generated code compiles with no diagnostic at all. What such methods still
    /// do not take is tested with its diagnostic in <see cref="NotSupportedYetTests"/> (DIFF015),
    /// <see cref="SideEffectTests"/> (DIFF014: writes to arrays the caller owns) and
    /// <see cref="CutsDerivativeTests"/> (DIFF013).
    /// </summary>
    public sealed class LoopsAndArraysAreSupportedTests
    {
        private const string OneDouble = "double F(double x)";
        private const string WithArray = "double F(double x, double[] w)";
        private const string Weights = "        private static readonly double[] Weights = { 1.0, 2.0 };\n";

        /// <summary>Name, members declared beside F (fields), F's signature, F's body.</summary>
        public static TheoryData<string, string, string, string> Supported => new TheoryData<string, string, string, string>
        {
            // Loops (once DIFF015 "The loop is not supported yet").
            { "for loop with an int counter", "", OneDouble, "{\n double s = 0;\n for (int i = 0; i < 3; i++) { s += x; }\n return s;\n }" },
            { "while loop", "", OneDouble, "{\n double s = x;\n while (s > 1) { s /= 2; }\n return s;\n }" },
            { "do loop", "", OneDouble, "{\n double s = x;\n do { s /= 2; } while (s > 1);\n return s;\n }" },
            { "foreach over a static field array", Weights, OneDouble, "{\n double s = 0;\n foreach (double w in Weights) { s += w * x; }\n return s;\n }" },
            { "foreach over an instance field array", "        private double[] weights = { 1.0, 2.0 };\n", OneDouble, "{\n double s = 0;\n foreach (double w in weights) s += w * x;\n return s;\n }" },
            { "for loop with continue", "", OneDouble, "{\n double s = 0;\n for (int i = 0; i < 3; i++) { if (i == 1) continue; s += x; }\n return s;\n }" },
            { "while (true) with a conditional break", "", OneDouble, "{\n double s = 0;\n while (true) { s += x; if (s > 10) break; }\n return s;\n }" },
            { "for loop without a condition, with break and continue", "", OneDouble, "{\n double s = 0;\n for (int i = 0; ; i++) { if (i == 1) continue; if (i > 3) break; s += x; }\n return s;\n }" },
            { "do loop with a break", "", OneDouble, "{\n double s = x;\n do { s /= 2; if (s < 0.1) break; } while (s > 1);\n return s;\n }" },
            { "nested loops reading both counters", "", OneDouble, "{\n double s = 0;\n for (int i = 0; i < 3; i++)\n {\n for (int j = 0; j <= i; j++) { s += x * j; }\n }\n return s;\n }" },
            { "loop counting down from an int parameter", "", "double F(double x, int n)", "{\n double s = 0;\n for (int i = n - 1; i >= 0; i--) s += i * x;\n return s;\n }" },
            { "while loop with an integer counter", "", OneDouble, "{\n double s = x;\n int k = 0;\n while (s > 1) { s /= 2; k++; }\n return s * k;\n }" },

            // Once broken generated code.
            { "MathF.PI and MathF.E in a float loop method", "", "float F(float x, float[] w)", "{\n float s = 0;\n foreach (float v in w) s += MathF.PI * v * x;\n return s * MathF.E + (float)(Math.PI * x) * x;\n }" },
            { "a double field in a float loop method", "        private double scale = 1.5;\n", "float F(float x, float[] w)", "{\n float s = 0;\n foreach (float v in w) s += (float)scale * v * x;\n return s;\n }" },
            { "the length of an int[] field as a bound", "        private int[] idx = { 0, 1 };\n", WithArray, "{\n double s = 0;\n for (int i = 0; i < idx.Length && i < w.Length; i++) s += w[i] * x;\n return s;\n }" },
            { "loop that always breaks", "", OneDouble, "{\n double s = 0;\n while (true) { s += x; break; }\n return s;\n }" },
            { "narrowing integer cast", "", "double F(double x, long k)", "{\n int m = (int)k;\n return x * m;\n }" },

            // Integer locals (once DIFF015 "The integer local ... is not supported yet").
            { "int local", "", OneDouble, "{\n int n = 2;\n return x * n;\n }" },
            { "long local", "", OneDouble, "{\n long count = 2;\n return x * count;\n }" },
            { "int local from a constant cast", "", OneDouble, "{\n int n = (int)2.5;\n return x * n;\n }" },
            { "integer arithmetic in an int local", "", "double F(double x, int n)", "{\n int m = n + 1;\n return x * m;\n }" },

            // Arrays held in fields and properties, read as data (once DIFF015 "The array ... is not supported yet").
            { "element of a static field array", Weights, OneDouble, "=> Weights[1] * x;" },
            { "field array's length as a loop bound", Weights, OneDouble, "{\n double s = 0;\n for (int i = 0; i < Weights.Length; i++) s += Weights[i] * x;\n return s;\n }" },
            { "field array's length in an int local", Weights, OneDouble, "{\n int n = Weights.Length;\n return x * n;\n }" },
            { "auto-property array", "        private double[] Table { get; } = { 1.0, 2.0 };\n", OneDouble, "=> Table[0] * x + Table.Length;" },

            // Local arrays (once DIFF015 "The array or span local ... is not supported yet").
            { "local array written element by element", "", OneDouble, "{\n double[] a = new double[1];\n a[0] = x;\n return a[0] * a[0];\n }" },
            { "stackalloc local written element by element", "", OneDouble, "{\n Span<double> a = stackalloc double[2];\n a[0] = x;\n a[1] = x * x;\n return a[0] + a[1];\n }" },
            { "stackalloc local sized by a parameter, filled in a loop", "", WithArray, "{\n Span<double> a = stackalloc double[w.Length];\n for (int i = 0; i < w.Length; i++) a[i] = w[i] * x;\n double s = 0;\n foreach (double v in a) s += v * v;\n return s;\n }" },

            // Local arrays given their elements (once eight cascading DIFF015, issue 10).
            { "notebook data in local arrays", "", "double F(double m, double b)", "{\n double[] xs = { 0, 1, 2, 3.0 };\n double[] ys = { 1, 3, 5, 7 };\n double cost = 0;\n for (int i = 0; i < xs.Length; i++)\n {\n double e = m * xs[i] + b - ys[i];\n cost += e * e;\n }\n return cost / xs.Length;\n }" },
            { "local array given its elements, no loop", "", OneDouble, "{\n double[] c = { 1, 2 };\n return c[0] * x + c[1];\n }" },
            { "new double[] { ... } and new[] { ... }", "", OneDouble, "{\n double[] a = new double[] { -1, 0.5, 1e-3 };\n double[] b = new[] { 2f, Math.PI, x };\n return a[0] * b[2] + a[1] * b[1] + a[2] * b[0];\n }" },
            { "collection expression", "", OneDouble, "{\n double[] a = [1, x, x * x];\n double s = 0;\n foreach (double v in a) s += v;\n return s;\n }" },
            { "stackalloc given its elements", "", OneDouble, "{\n Span<double> a = stackalloc double[] { 1, x };\n return a[0] + a[1] * a[1];\n }" },
            { "integer array as indices and data", "", WithArray, "{\n int[] order = { 1, 0 };\n double s = 0;\n for (int i = 0; i < 2 && i < w.Length; i++) s += w[order[i] % w.Length] * order[i] * x;\n foreach (int k in order) s += k * x;\n return s;\n }" },
            { "float array given its elements in a float method", "", "float F(float x)", "{\n float[] c = { 0.5f, 2 };\n return c[0] * x + c[1];\n }" },

            // Local arrays updated in place (once silently wrong, then DIFF015; issue 10).
            { "element computed from itself", "", WithArray, "{\n double[] t = new double[w.Length];\n for (int i = 0; i < w.Length; i++) t[i] = w[i] * x;\n for (int i = 0; i < w.Length; i++) t[i] = Math.Sin(t[i]);\n double s = 0;\n foreach (double v in t) s += v;\n return s;\n }" },
            { "element added to after it was read", "", WithArray, "{\n double[] q = new double[w.Length];\n double s = 0;\n for (int i = 0; i < w.Length; i++)\n {\n q[i] = Math.Exp(w[i]);\n s += q[i] * q[i];\n }\n for (int i = 0; i < w.Length; i++) for (int j = i + 1; j < w.Length; j++) q[j] += x;\n foreach (double v in q) s += v * v;\n return s;\n }" },
            { "element read into a local, then overwritten", "", WithArray, "{\n double[] t = new double[w.Length];\n double s = 0;\n for (int i = 0; i < w.Length; i++)\n {\n double old = t[i];\n t[i] = w[i] * x + old;\n s += old * t[i];\n }\n return s;\n }" },

            // Array and span parameters (once DIFF006).
            { "array parameter read in a loop", "", WithArray, "{\n double s = 0;\n for (int i = 0; i < w.Length; i++) s += w[i] * x;\n return s;\n }" },
            { "array parameter never read", "", "double F(double x, double[] xs)", "=> x;" },
            { "params array parameter", "", "double F(double x, params double[] rest)", "{\n double s = x;\n foreach (double r in rest) s += r * x;\n return s;\n }" },
            { "array as the only parameter", "", "double F(double[] w)", "{\n double s = 0;\n foreach (double v in w) s += v * v;\n return Math.Sqrt(s);\n }" },
            { "Span parameter", "", "double F(double x, Span<double> w)", "{\n double s = 0;\n for (int i = 0; i < w.Length; i++) s += w[i] * x;\n return s;\n }" },
            { "ReadOnlySpan parameter", "", "double F(double x, ReadOnlySpan<double> w)", "{\n double s = 0;\n foreach (double v in w) s += v * x;\n return s;\n }" },
            { "float array in a float method", "", "float F(float x, float[] w)", "{\n float s = 0;\n for (int i = 0; i < w.Length; i++) s += w[i] * x;\n return s;\n }" },

            // Multi-dimensional data (once DIFF006 and DIFF015, issue 13): read, never differentiated.
            { "two-dimensional array parameter, GetLength bounds", "", "double F(double x, double[,] X)", "{\n double s = 0;\n for (int i = 0; i < X.GetLength(0); i++) for (int j = 0; j < X.GetLength(1); j++) s += X[i, j] * x * x;\n return s;\n }" },
            { "jagged array parameter, row lengths as bounds", "", "double F(double x, double[][] X)", "{\n double s = 0;\n for (int i = 0; i < X.Length; i++) for (int j = 0; j < X[i].Length; j++) s += Math.Sin(X[i][j] * x);\n return s;\n }" },
            { "two-dimensional array, constant indices, no loop", "", "double F(double x, double[,] A)", "=> A[0, 0] * x * x + A[0, 1] * x + A.Length;" },
            { "jagged array, constant indices, no loop", "", "double F(double x, double[][] A)", "=> A[1][0] * Math.Exp(x);" },
            { "float[,] in a float method", "", "float F(float x, float[,] X)", "{\n float s = 0;\n for (int i = 0; i < X.GetLength(0); i++) s += X[i, 0] * x;\n return s;\n }" },
            { "double[,] in a float method, cast as the source casts it", "", "float F(float x, double[,] X)", "=> (float)X[0, 0] * x + (float)X[1, 1];" },
            { "float[][] in a double method", "", "double F(double x, float[][] X)", "{\n double s = 0;\n for (int i = 0; i < X.Length; i++) s += X[i][0] * x;\n return s;\n }" },
            { "two-dimensional field and jagged auto-property", "        private static readonly double[,] Grid = { { 1.0, 2.0 }, { 3.0, 4.0 } };\n        private double[][] Rows { get; } = { new[] { 1.0 }, new[] { 2.0, 3.0 } };\n", OneDouble, "{\n double s = Grid[1, 0] * x;\n for (int i = 0; i < Rows.Length; i++) s += Rows[i][Rows[i].Length - 1] * x * x;\n return s + Grid.GetLength(1);\n }" },
            { "sizes of matrix fields alone, no element read", "        private static readonly double[,] Grid = { { 1.0, 2.0 } };\n        private static readonly float[][] Rows = { new[] { 1f } };\n", OneDouble, "=> x * Grid.GetLength(1) + x * x * Grid.Length + Rows.Length;" },
            { "matrix element in a condition and an index computed from data", "", "double F(double x, double[,] X, int k)", "{\n double s = 0;\n for (int i = 0; i < X.GetLength(0); i++) { if (X[i, k] > 0) s += X[i, (k + 1) % X.GetLength(1)] * x; }\n return s;\n }" },

            // Inside loops: branches, ?:, Math functions, Gradient.Stop, integer Math.Min.
            { "if/else and ?: in a loop", "", WithArray, "{\n double s = 0;\n for (int i = 0; i < w.Length; i++)\n {\n if (w[i] > 0) s += w[i] * x;\n else s -= w[i] > -1 ? x : 2 * x;\n }\n return s;\n }" },
            { "Math functions and Gradient.Stop in a loop", "", WithArray, "{\n double s = 0;\n for (int i = 0; i < w.Length; i++) s += Gradient.Stop(Math.Floor(w[i])) * Math.Sin(w[i] * x);\n return s;\n }" },
            { "Math.Min of integers as a bound", "", WithArray, "{\n int n = Math.Min(3, w.Length);\n double s = 0;\n int k = 0;\n while (k < n) { s += w[k] * x; k++; }\n return s;\n }" },
        };

        [Theory]
        [MemberData(nameof(Supported))]
        public void LoopOrArray_IsDifferentiated_AndTheOutputCompiles(string name, string fields, string signature, string body)
        {
            string source = InClass(fields + "        [Differentiable]\n        public " + signature + "\n        " + body);
            GeneratorHarness.AssertNoDiagnostics(GeneratorHarness.Analyze(source), "the analyzer (" + name + ")");

            GeneratorRun run = GeneratorHarness.RunAndCompile(source);
            Assert.Equal(new[] { HintName(signature) }, run.Sources.Select(s => s.HintName.WithoutHash()).ToArray());
            string generated = run.SourceFor("F");
            Assert.Contains("FGradient(", generated, StringComparison.Ordinal);
            if (signature.Contains(" x", StringComparison.Ordinal))
            {
                Assert.Contains("FPartialX(", generated, StringComparison.Ordinal);
            }
        }

        [Fact]
        public void ArrayParameter_GetsASpanOutputInTheGradient()
        {
            GeneratorRun run = GeneratorHarness.RunAndCompile(Alone(WithArray, "{\n double s = 0;\n for (int i = 0; i < w.Length; i++) s += w[i] * x;\n return s;\n }"));
            Assert.Contains("FGradient(double x, double[] w, out double dX, global::System.Span<double> dW)", run.SourceFor("F"), StringComparison.Ordinal);
        }

        [Fact]
        public void PiecewiseFunction_InALoop_StillWarns()
        {
            var diagnostics = DiagnosticAssert.AnalyzerReportsExactly(Alone(WithArray, "{\n double s = 0;\n for (int i = 0; i < w.Length; i++) s += {|DIFF012:Math.Round(w[i] * x)|} + w[i] * x;\n return s;\n }"));
            Assert.StartsWith("'System.Math.Round' is piecewise constant", diagnostics.Single().GetMessage(), StringComparison.Ordinal);
        }

        /// <summary>The generated file's name for <c>F</c> with <paramref name="signature"/>: <c>double F(double x, double[] w)</c> gives <c>Tests.C.F(double,double__).g.cs</c>.</summary>
        private static string HintName(string signature)
        {
            string parameters = signature.Substring(signature.IndexOf('(') + 1).TrimEnd(')');
            var types = parameters.Split(',').Select(p => p.Trim()).Select(p => p.Substring(p.StartsWith("params ", StringComparison.Ordinal) ? 7 : 0)).Select(p => p.Split(' ')[0]).Select(t => t switch
            {
                "Span<double>" => "global__System.Span_double_",
                "ReadOnlySpan<double>" => "global__System.ReadOnlySpan_double_",
                _ => t.Replace("[", "_", StringComparison.Ordinal).Replace("]", "_", StringComparison.Ordinal),
            });
            return "Tests.C.F(" + string.Join(",", types) + ").g.cs";
        }
    }
}
