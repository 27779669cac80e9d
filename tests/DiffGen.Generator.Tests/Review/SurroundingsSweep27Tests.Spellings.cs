using Xunit;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>
    /// Sweep 27 (the user's spelling): ordinary ways of writing the body. Members read as constants, var and tuples,
    /// patterns, loops of every shape, INumber-style statics, FusedMultiplyAdd, literal spellings, named and omitted
    /// arguments of other [Differentiable] methods, guard messages in every string form. Each generated and right.
    /// </summary>
    public sealed class SurroundingsSweep27SpellingsTests
    {
        private const string Head = "using System;\nusing DiffGen;\nnamespace Review\n{\npublic partial class C\n{\n"
            + "public const double K0 = 0.5; public static readonly double S0 = 1.25; public static double P0 { get; } = 0.75; public double I0 = 2; public double Ip { get; init; } = 1.5;\n";

        internal static string Source(string members) => Head + members + "\n}\n}\n";

        private static void Check(string members) => Sweep27.Check(Source(members), "Review.C", "F", Sweep27.Xy);

        [Theory]
        [InlineData("[Differentiable] public double F(double x, double y) => K0 * x * y + S0 * Math.Sin(x) + P0 * y + this.I0 * x * x + Ip * y * y;")]
        [InlineData("[Differentiable] public double F(double x, double y) { var (a, b) = (x * y, x + y); var c = a * b; const double half = 0.5; return half * c + a; }")]
        [InlineData("[Differentiable] public double F(double x, double y) { var t = x * y; var u = Math.Sin(t); double w = t is > 0 ? u : -u; return w; }")]
        [InlineData("[Differentiable] public double F(double x, double y) { double r; if (x > 0) { r = x * y; } else { r = y; } return r; }")]
        [InlineData("[Differentiable] public double F(double x, double y) { double t = default; t += x * y; return t; }")]
        public void Members_var_tuples_and_definite_assignment(string members) => Check(members);

        [Theory]
        [InlineData("[Differentiable] public double F(double x, double y) { switch (x) { case > 0: return x * y; case < -1: return -x * y; default: return x * x + y; } }")]
        [InlineData("[Differentiable] public double F(double x, double y) => x is > 0 and < 1 ? x * y : x * x * y;")]
        [InlineData("[Differentiable] public double F(double x, double y) { double s = 0; for (int i = 0; i < 4; i++) { switch (i) { case 0: s += x; break; case > 1 and < 3: s += x * y; break; default: s += y * s; break; } } return s; }")]
        [InlineData("[Differentiable] public double F(double x, double y) { double s = x; int n = 0; do { s = s * 0.5 + y; n++; } while (n < 4); return s; }")]
        [InlineData("[Differentiable] public double F(double x, double y) { double s = x; int n = 0; while (true) { s = s * 0.5 + y * x; n++; if (n >= 4) break; } return s; }")]
        [InlineData("[Differentiable] public double F(double x, double y) { const int N = 3; double s = 0; for (int i = 0; i < N; i++) s += x * y / N; return s; }")]
        public void Patterns_switches_and_loops_of_every_shape(string members) => Check(members);

        [Theory]
        [InlineData("[Differentiable] public double F(double x, double y) => Math.FusedMultiplyAdd(x, y, Math.Sin(x));")]
        [InlineData("[Differentiable] public double F(double x, double y) => double.Sqrt(x * x + 1) * double.Sin(y) + double.Exp(x) + double.Pow(x, 2) + double.Abs(y) + double.Log(2 + x * x);")]
        [InlineData("[Differentiable] public float F(float x, float y) => MathF.Sin(x) * 0.5f + x * y * 2.0f + MathF.Sqrt(x * x + 1);")]
        [InlineData("[Differentiable] public float F(float x, float y) => MathF.Sin(x) * (float)0.5 + x * y * (float)Math.PI;")]
        [InlineData("[Differentiable] public double F(double x, double y, int n) => x * y * (n / 2) + x * (n / 2.0);")]
        [InlineData("[Differentiable] public double F(double x, double y) => .5 * x + 1_000.5e-3 * y + 0x10 * x * y + 2D * x + 1.5e+3 * 0.001 * y + 3f * x;")]
        [InlineData("[Differentiable] public double F(double x, double y) => Math.Max(x * x, double.Epsilon) + Math.Min(y, double.MaxValue) + -(-x) + +y;")]
        [InlineData("[Differentiable] public double F(double x, double y) => Math.Pow(y: 2, x: x) + Math.Max(val2: y, val1: x) + Math.Atan2(x: y, y: x + 3);")]
        public void Functions_and_literals_spelled_otherwise(string members) =>
            Sweep27.Check(Source(members), "Review.C", "F", new[] { new object[] { 0.7, -0.4, 3 }, new object[] { -1.1, 0.9, 4 }, new object[] { 1.6, 1.3, 5 } });

        // Another [Differentiable] method called with named arguments out of order and with a default left out.
        [Theory]
        [InlineData("[Differentiable] public double F(double x, double y) => G(b: x, a: y) + H(x) + H(k: y, a: x);")]
        [InlineData("[Differentiable] public double F(double x, double y) { double s = 0; for (int i = 0; i < 2; i++) s += G(b: x, a: y * i) + H(x) + H(k: y, a: x); return s; }")]
        public void Named_and_omitted_arguments_of_another_method(string members) =>
            Check("[Differentiable] public static double G(double a, double b) => a * a * b + Math.Sin(b);\n[Differentiable] public static double H(double a, double k = 2.0) => a * k * a;\n" + members);

        // Guard messages in every string form: the generated members re-emit them.
        [Theory]
        [InlineData("throw new ArgumentException(@\"say \"\"hi\"\" \\n\", nameof(x));")]
        [InlineData("throw new ArgumentException(\"\"\"x \"quoted\" {y}\"\"\", nameof(x));")]
        [InlineData("throw new ArgumentException($$\"\"\"value {{x}} \"q\" {ok}\"\"\", nameof(x));")]
        [InlineData("throw new ArgumentException($\"{nameof(x)}={x,8:F2} {{braces}} \\u03c3 \\\"q\\\"\", nameof(x));")]
        [InlineData("throw new ArgumentOutOfRangeException(nameof(x), x, \"x must exceed -5\");")]
        [InlineData("throw new ArgumentException(\"x must exceed \" + \"-5: \" + nameof(x), nameof(x));")]
        [InlineData("throw new ArgumentException($\"x must exceed -5, got {x:F2}\", nameof(x));")]
        public void Guard_messages_in_every_string_form(string thrown)
        {
            Check("[Differentiable] public double F(double x, double y) { if (x < -5) " + thrown + " return x * y + Math.Sin(x); }");
            Check("[Differentiable] public double F(double x, double y) { if (x < -5) " + thrown + " double s = 0; for (int i = 0; i < 2; i++) s += x * y; return s; }");
        }
    }
}
