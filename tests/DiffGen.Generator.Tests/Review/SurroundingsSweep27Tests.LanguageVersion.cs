using System.Linq;
using DiffGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>
    /// Sweep 27 (the user's surroundings): the project's language version. A netstandard2.0 or .NET Framework library
    /// compiles as C# 7.3 by default, and any project may pin &lt;LangVersion&gt;: the generated code must use no syntax
    /// the user's version lacks. Methods of every route (closed form, loops, arrays, spans, stackalloc, tapes, guards,
    /// calls of other methods and custom derivatives, switch, tuples, local functions) and [Integrable] ones.
    /// </summary>
    public sealed class SurroundingsSweep27LanguageVersionTests
    {
        private static readonly string[] Members =
        {
            "public double K = 1.5;",
            "[Differentiable] public double F(double x, double y) => K * x * y + Math.Sin(x);",
            "[Differentiable] public static double Branch(double x, double y) { if (x > 0) return x * y; double t = x * x; return t + y; }",
            "[Differentiable] public static double Loop(double x, double y) { double s = 0; for (int i = 0; i < 3; i++) { s += Math.Exp(0.1 * i * x) * y; if (s > 10) break; } return s; }",
            "[Differentiable] public static double Arr(double[] w, double y) { double s = 0; foreach (double v in w) s += v * v * y; return s; }",
            "[Differentiable] public static double Arr2(double[] w, double[] data) { if (w.Length != data.Length) throw new ArgumentException(\"lengths differ\", nameof(data)); double s = 0; for (int i = 0; i < w.Length; i++) s += w[i] * data[i]; return s * s; }",
            "[Differentiable] public static double Sp(ReadOnlySpan<double> w, double y) { double s = 0; for (int i = 0; i < w.Length; i++) s += w[i] * y; return s; }",
            "[Differentiable] public static double Local(double x, double y) { double t = x * y; double[] tmp = new double[3]; for (int i = 0; i < tmp.Length; i++) tmp[i] = t * i; double s = 0; for (int i = 0; i < tmp.Length; i++) s += tmp[i] * tmp[i]; return s; }",
            "[Differentiable] public static double Sw(double x, double y, int k) { switch (k) { case 0: return x * y; case 1: return x + y; default: return x * x; } }",
            "[Differentiable] public static double Tup(double x, double y) { (x, y) = (x + y * 0.1, y - x * 0.1); return x * y; }",
            "[Differentiable] public static double LocalFn(double x, double y) { double Sq(double v) => v * v; return Sq(x) * y + Sq(y); }",
            "[Differentiable] public static double Cond(double x, double y) => x > y ? x * x : Math.Max(x, y) * Math.Abs(y);",
            "[Differentiable] public static double Piece(double x, double y) => Math.Floor(x) + x * y;",
            "[Differentiable] public static double Stop(double x, double y) => Gradient.Stop(x) * y + x;",
            "[Differentiable] public static double Stack(double x, double y) { Span<double> a = stackalloc double[3]; for (int i = 0; i < 3; i++) a[i] = x * i + y; double s = 0; for (int i = 0; i < 3; i++) s += a[i] * a[i]; return s; }",
            "[Differentiable] public static double While(double x, double y) { double s = x; int n = 0; while (s < 5 && n < 20) { s = s * 1.5 + y * y; n++; } return s; }",
            "[Differentiable] public static double Mat(double[,] X, double[] w) { double s = 0; for (int i = 0; i < X.GetLength(0); i++) { double r = 0; for (int j = 0; j < X.GetLength(1); j++) r += X[i, j] * w[j]; s += r * r; } return s; }",
            "[Differentiable] public static float Fl(float x, float y) { float s = 0; for (int i = 0; i < 2; i++) s += MathF.Sin(x * i) * y; return s; }",
            "[Differentiable] public static double Pw(double x, double y) => Math.Pow(x * x + 1, y) + Math.Sqrt(x * x + y * y) + Math.Atan2(y, x + 3);",
            "[Differentiable] public static double Mod(double x, double y) { double s = 0; for (int i = 0; i < 3; i++) s += (x * i) % 2.0 + y; return s; }",
            "[Differentiable] public static double Clone(double[] w0, double y) { double[] w = (double[])w0.Clone(); for (int i = 0; i < w.Length; i++) w[i] = w[i] * y; double s = 0; for (int i = 0; i < w.Length; i++) s += Math.Sin(w[i]) * w[i]; return s; }",
            "[Differentiable] public static double Tanh(double[] w, double[] x) { double h = 0; for (int t = 0; t < x.Length; t++) h = Math.Tanh(w[0] * h + w[1] * x[t]); return h * h; }",
            "[Differentiable] public static double Newton(double a, double b) { double r = a; int it = 0; while (Math.Abs(r * r - b) > 1e-12 && it < 50) { r = 0.5 * (r + b / r); it++; } return r * a; }",
            "[Differentiable] public static double Sq(double u) => u * u;",
            "[Differentiable] public static double Caller(double[] w, double y) { double s = 0; for (int i = 0; i < w.Length; i++) s += Sq(w[i] - y); return s; }",
            "public static double H(double u) => Math.Sin(u) * u;",
            "[DerivativeOf(nameof(H))] public static double HD(double u, out double dU) { dU = Math.Cos(u) * u + Math.Sin(u); return H(u); }",
            "[Differentiable] public static double Custom(double[] w, double y) { double s = 0; for (int i = 0; i < w.Length; i++) s += H(w[i] * y); return s; }",
            "[Differentiable] public static double Nested(double[] w, double y) { double[] a = new double[w.Length]; for (int i = 0; i < w.Length; i++) { for (int j = 0; j <= i; j++) a[i] += w[j] * y; } double s = 0; for (int i = 0; i < a.Length; i++) s += a[i] * a[i]; return s; }",
            "[Differentiable] public static double Soft(double[] z, int label) { double m = z[0]; for (int i = 1; i < z.Length; i++) m = Math.Max(m, z[i]); double s = 0; for (int i = 0; i < z.Length; i++) s += Math.Exp(z[i] - m); return Math.Log(s) + m - z[label]; }",
            "[Integrable] public static double Gauss(double x) => Math.Exp(-x * x);",
            "[Integrable(\"x\")] public static double Poly(double x, double a) => a * x * x + Math.Sin(x);"
        };

        private static readonly string Source = "using System;\nusing DiffGen;\nnamespace Review\n{\npublic partial class C\n{\n" + string.Join("\n", Members) + "\n}\n}\n";

        [Theory]
        [InlineData(LanguageVersion.CSharp8)]
        [InlineData(LanguageVersion.CSharp9)]
        [InlineData(LanguageVersion.CSharp10)]
        [InlineData(LanguageVersion.CSharp11)]
        [InlineData(LanguageVersion.CSharp12)]
        [InlineData(LanguageVersion.CSharp13)]
        public void Every_route_compiles_clean_under_an_older_language_version(LanguageVersion version)
        {
            GeneratorRun run = Sweep27.RunClean(Sweep27.Compile(Source, version));
            Assert.True(run.Sources.Count >= Members.Count(m => m.StartsWith("[Differentiable]", System.StringComparison.Ordinal)), string.Join(", ", run.Sources.Select(s => s.HintName)));
        }

        [Fact]
        public void A_loop_method_is_right_under_CSharp8() =>
            Sweep27.Check(Source, "Review.C", "Newton", new[] { new object[] { 1.3, 2.0 }, new object[] { 0.8, 3.5 } }, language: LanguageVersion.CSharp8);

        // Found by this sweep: under C# 7.3 (the default of netstandard2.0 and .NET Framework projects) every generated file
        // began with '#nullable enable' and '#nullable disable warnings', error CS8370 twice per file; nothing else in the
        // generated code needs a later version. Generated files now leave the directives out below C# 8.
        [Fact]
        public void Every_route_compiles_clean_under_CSharp7_3()
        {
            GeneratorRun run = Sweep27.RunClean(Sweep27.Compile(Source, LanguageVersion.CSharp7_3));
            Assert.NotEmpty(run.Sources);
        }

        [Fact]
        public void Minimal_CSharp7_3() =>
            Sweep27.Check("using DiffGen;\nnamespace Review\n{\npublic partial class C\n{\n[Differentiable] public static double F(double x, double y) => x * y;\n}\n}\n", "Review.C", "F", Sweep27.Xy, language: LanguageVersion.CSharp7_3);

        // The directives are written from C# 8 on, and left out below it.
        [Theory]
        [InlineData(LanguageVersion.CSharp7_3, false)]
        [InlineData(LanguageVersion.CSharp8, true)]
        public void The_nullable_directives_follow_the_language_version(LanguageVersion version, bool written)
        {
            GeneratorRun run = Sweep27.RunClean(Sweep27.Compile(Source, version));
            Assert.All(run.Sources, s => Assert.Equal(written, s.Text.Contains("#nullable enable", System.StringComparison.Ordinal)));
        }
    }
}
