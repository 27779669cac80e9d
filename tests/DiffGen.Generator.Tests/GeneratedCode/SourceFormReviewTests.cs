using System;
using System.Diagnostics;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.GeneratedCode
{
    /// <summary>
    /// An adversarial pass over the source forms of loop-free members (<c>Emit/SourceForms.cs</c>): the value the gradient returns
    /// is the method's own to the last bit for arithmetic and <c>Math</c> calls, also where the DAG holds a value the source
    /// computes as a node it computes otherwise (a cancellation, terms in another order, a field or a named constant divided by a
    /// number); the code compiles where a node is declared in a branch's block; no integer arithmetic where the source had
    /// floating point; a chain of such values does not make the generator slow.
    /// </summary>
    public sealed class SourceFormReviewTests
    {
        private const string Values = @"
using System;
using DiffGen;
public static partial class Review
{
    private const double D = 3;
    private static readonly double G = 2;
    private static readonly int F = 3;
    private static readonly float FF = 0.1f;
    private const int K = 3;

    // A field or a named constant divided by a number printed the whole local from the DAG (x / 3 + D * x / 2 + 0.1).
    [Differentiable] public static double ConstField(double x) { double q = x / 3 + 0.1 + D / 2 * x; return q * q; }
    [Differentiable] public static double StaticField(double x) { double q = x / 3 + 0.1 + G / 4 * x + F / G * x; return q * q; }
    [Differentiable] public static double FloatField(double x) { double q = x / 3 + 0.1 + FF / 4 * x; return q * q; }
    [Differentiable] public static double IntConstant(double x) { double q = x / K + 1.0 / K + D / 2 * x; return q * q; }

    // A product that shares factors with a partial's (SharedProducts) printed the whole local from the DAG.
    [Differentiable] public static double SharedFactors(double x) { double q = x / 3 + 0.1 + G * x * G; return q * q; }

    // The DAG holds two computations the source writes differently as one node.
    [Differentiable] public static double SumsInTwoOrders(double x, double e) { double a = x + 1 + e; double b = x + e + 1; return Math.Log(b) * a; }
    [Differentiable] public static double QuotientAndProduct(double x, double y) { double a = x / 3; double b = x * (1.0 / 3); return (a - b) * y + a * b; }
    [Differentiable] public static double Cancels(double x, double y) { const double h = 2; double a = x * y + h - h; double b = a * h + x; return b * y; }
    [Differentiable] public static double CancelsToNaN(double x, double y) { double a = x > 0 ? Math.Log(x) * Math.Log(x) + Math.Log(x) : 0; double b = a * y + Math.Log(x) - Math.Log(x); return b * y; }
    [Differentiable] public static double ReturnsAParameter(double x) => x + 1 - 1;
    [Differentiable] public static double ReturnsAProduct(double x, double y) => x * y * 3 / 3;

    // Held before the review.
    [Differentiable] public static double Written(double x, double s, double epsilon) { double a = Math.Log(x * x + 1 + epsilon) * 3 + 0.1 * s; return a * (x / 2 + s * 2); }
    [Differentiable] public static double Numbers(double x) { double q = x * (1.0 / 2) + 1.0 / 3 + x * (3.0 / 4) + Math.Abs(2.0) / 4 * x + Math.Max(2.0, 3) / 2 * x + Math.Min(1.0, 3) / 2; return q * q; }
    // (Math.Sign in integer arithmetic takes the program route, which is not source forms: left out.)
    [Differentiable] public static double Signs(double x, double y) { double q = (double)Math.Sign(x) / 2 * y + Math.Sign(-3.0) / 2.0 + (2 * Math.Sign(y) - 1) * x; return q * q; }
    [Differentiable] public static double Negations(double x, double y) { double q = -(-x) + x - -y - -1.0 * x + -(x * y) - -0.0 + x * -0.0; return q * x; }
    [Differentiable] public static double NegativeZero(double x) { double q = 1 / (x * -0.0 + 0.0 * -x); return q; }
    [Differentiable] public static double Large(double x) { double q = x + 1e16 - 1e16 + 1e20 * x - 1e20 * x + 1e300 * x * 1e-300 + 123456789012.0 * x; return q * q; }
    [Differentiable] public static double Grouping(double a, double b, double c) { double q = a - (b - c) + a / (b * c) + a % b * c - (a * b) - -(a * b) + a / b / c - a * (b / c) + a - b - c + (a - b) * -c; return q * a; }
    [Differentiable] public static double Remainders(double a, double b, double c) { double q = a % (b * c) + (a % b) % c + a % (b % c) - a % b % c; return q * a; }
    [Differentiable] public static double Elementary(double x, double y) { double u = Math.Sin(x * 2) + Math.Cos(y / 3) * Math.Exp(-x * x) + Math.Atan2(y, x + 4) + Math.Tanh(x - y) / 7 + Math.Sqrt(x * x + y * y + 1) + Math.Cbrt(x + y) - Math.Log10(x * x + 2) + Math.Log2(y * y + 3); return u * Math.Log(1 + u * u) * 3; }
    [Differentiable] public static double Clamped(double x, double y) { double a = Math.Max(x, 0) * 3 + y + 1 + Math.Min(1, x) / 3 + Math.Clamp(y, -1, 1) * 2 + Math.Abs(x - y) + Math.Max(-1, y * 2); return a * y; }
    [Differentiable] public static double Stopped(double x, double y) { double a = Gradient.Stop(x / 3) + y * 3; double b = a / 3 + Gradient.Stop(a * 2) * x + 1 + y; return b / 2 + a; }
    [Differentiable] public static double Branches(double x, double y) { double a = x * 2 + y; if (a < -1) return a / 2 + 1; double u = Math.Sqrt(a + 1) * 3 + x; if (u > 4) return u / 2 - a; double v = u * u / 3 + a; return v - u; }
    [Differentiable] public static double Switches(double x, double y) { double a = (x > 0 ? x * 3 : -x / 2) + y; double b = a > 1 ? Math.Log(a) / 2 + x : a * a / 3; double c = (x * 2) switch { > 1 => b / 3 + 1, < -1 => b * 2 - x, _ => b + a / 4 }; return c * 2 + b / 3 + a; }
}";

        /// <summary>The gradient's value is the method's own, bit for bit, at 500 points each.</summary>
        [Theory]
        [InlineData("ConstField")]
        [InlineData("StaticField")]
        [InlineData("FloatField")]
        [InlineData("IntConstant")]
        [InlineData("SharedFactors")]
        [InlineData("SumsInTwoOrders")]
        [InlineData("QuotientAndProduct")]
        [InlineData("Cancels")]
        [InlineData("CancelsToNaN")]
        [InlineData("ReturnsAParameter")]
        [InlineData("ReturnsAProduct")]
        [InlineData("Written")]
        [InlineData("Numbers")]
        [InlineData("Negations")]
        [InlineData("NegativeZero")]
        [InlineData("Large")]
        [InlineData("Grouping")]
        [InlineData("Remainders")]
        [InlineData("Elementary")]
        [InlineData("Clamped")]
        [InlineData("Stopped")]
        [InlineData("Branches")]
        [InlineData("Switches")]
        public void TheGradientReturnsTheMethodsOwnValue(string method)
        {
            Type cases = Compiled.Value.GetType("Review")!;
            BitForBit.GradientReturnsTheMethodsValue(cases, method, new Random(17), (random, _, _) => Math.Round(random.NextDouble() * 8 - 4, random.Next(1, 16)));
        }

        private static readonly Lazy<System.Reflection.Assembly> Compiled = new Lazy<System.Reflection.Assembly>(() => GeneratorHarness.RunAndCompile(Values).Load());

        /// <summary>The forms the values above print in: the source's (a double const divides in double as written: D / 2).</summary>
        [Theory]
        [InlineData("ConstField", "double q = x / 3 + 0.1 + global::Review.D / 2 * x;")]
        [InlineData("StaticField", "double q = x / 3 + 0.1 + global::Review.G / 4 * x + FOverG * x;")]
        [InlineData("FloatField", "double q = x / 3 + 0.1 + (double)global::Review.FF / 4 * x;")]
        [InlineData("SumsInTwoOrders", "double logB = global::System.Math.Log(x + e + 1);")]
        [InlineData("Cancels", "double b = (a + h - h) * h + x;")]
        [InlineData("ReturnsAParameter", "return returnsAParameter + 1 - 1;")]
        public void AValueIsComputedAsTheSourceWritesIt(string method, string line)
        {
            string text = GeneratorHarness.RunAndCompile(Values).SourceFor(method);
            int start = text.IndexOf(" " + method + "Gradient(", StringComparison.Ordinal);
            Assert.True(start >= 0, method + "Gradient was not generated");
            Assert.Contains(line, text.Substring(start), StringComparison.Ordinal);
        }

        /// <summary>
        /// Arithmetic of const locals is no local of its own: the source forms may print around it (here the call of
        /// <c>MathF.FusedMultiplyAdd(k1, k1, 1f)</c> and the division each computed as written), and a constant local nothing
        /// reads is CS0219, an error where warnings are (fuzzer, seed 913: <c>float k1Squared = k1 * k1;</c>, never read).
        /// </summary>
        [Fact]
        public void ArithmeticOfConstantsIsNoUnreadLocal()
        {
            string text = GeneratorHarness.RunAndCompile(@"
using System;
using DiffGen;
public static partial class Folded
{
    [Differentiable]
    public static float F(float x, float z)
    {
        const float k1 = 0.5f;
        x = MathF.FusedMultiplyAdd(k1, k1, 1.0f);
        x /= k1 * (k1 * MathF.E) + 1;
        return MathF.Asinh(x * z) * 2;
    }
}").SourceFor("F");
            Assert.DoesNotContain("k1 * k1;", text, StringComparison.Ordinal);
            Assert.Contains("global::System.MathF.FusedMultiplyAdd(k1, k1, 1f)", text, StringComparison.Ordinal);
        }

        /// <summary>
        /// A node the local's value computes only on a side of a choice may be declared in that side's block (in a partial):
        /// a local that the source computes it in again, beside the choice, must not read it by name, out of its scope (CS0103;
        /// the case a local's value is computed from the node only through a choice, which the review's first fix missed).
        /// </summary>
        [Fact]
        public void ANodeComputedOnlyInABranchIsNotReadOutsideIt()
        {
            const string source = @"
using System;
using DiffGen;
public static partial class Scoped
{
    [Differentiable]
    public static double Beside(double x, double y)
    {
        double u = x * y + 1;
        double v = x > 0 ? Math.Log(u * u + 1) * Math.Log(u * u + 1) : u;
        double w = v + (Math.Log(u * u + 1) - Math.Log(u * u + 1)) + x / 3;
        return w * u;
    }

    [Differentiable]
    public static double Cancelled(double x, double y)
    {
        double u = x * y + 1;
        double v = x > 0 ? Math.Log(u * u + 1) * Math.Log(u * u + 1) : u;
        double w = v + Math.Log(u * u + 1) - Math.Log(u * u + 1) + x / 3;
        return w * u;
    }
}";
            Type type = GeneratorHarness.RunAndCompile(source).Load().GetType("Scoped")!;
            BitForBit.GradientReturnsTheMethodsValue(type, "Beside", new Random(3), (random, _, _) => Math.Round(random.NextDouble() * 8 - 4, random.Next(1, 16)), points: 200);
        }

        /// <summary>Shapes around the source forms compile, and the value and the partials agree with the method and with differences.</summary>
        [Theory]
        [InlineData("Branched", new[] { 0.7, -1.3 }, new[] { -0.4, 2.1 }, new[] { 1.9, 0.3 })]
        [InlineData("Called", new[] { 0.7, -1.3 }, new[] { -0.4, 2.1 })]
        [InlineData("WithLocalFunction", new[] { 0.7, -1.3 }, new[] { -0.4, 2.1 })]
        [InlineData("ConstLocals", new[] { 0.7, -1.3 }, new[] { -0.4, 2.1 })]
        [InlineData("Custom", new[] { 0.7, -1.3 }, new[] { -0.4, 2.1 })]
        public void TrickyShapesCompileAndDifferentiate(string method, params double[][] points)
        {
            const string members = @"
    [Differentiable]
    public static double Sq(double u) => u * u / 3 + 1;

    public static double Soft(double u) => Math.Log(1 + Math.Exp(u));

    [DerivativeOf(nameof(Soft))]
    public static double SoftDerivative(double u, out double dU)
    {
        dU = 1 / (1 + Math.Exp(-u));
        return Soft(u);
    }

    [Differentiable]
    public static double Branched(double x, double y)
    {
        double a = x * 2 + y;
        double b;
        if (a > 0) { double t = Math.Log(a + 1) * 3; b = t + x / 2; }
        else { double t = Math.Exp(a) / 3; b = t - y / 2; }
        double c = (x * 2) switch { > 1 => b / 3 + 1, < -1 => b * 2 - x, _ => b + a / 4 };
        return c * a + x - (b - c);
    }

    [Differentiable]
    public static double Called(double x, double y)
    {
        double a = Sq(x / 2) + y * 3 + 1;
        double b = Sq(a) / 3 + Sq(y + 1) * 2 + Sq(a) - Sq(a);
        return b / 2 + a;
    }

    [Differentiable]
    public static double WithLocalFunction(double x, double y)
    {
        double a = x / 3 + y * 2;
        return Inner(a) / 2 + a - a * 1;
        static double Inner(double u) => u * u / 3 + 1;
    }

    [Differentiable]
    public static double ConstLocals(double x, double y)
    {
        const double h = 0.5;
        const double d = 2;
        double a = x * y + h - h + d / 4 * x + 1 / d;
        if (x > 0) { return a * h; }
        return a * y / d;
    }

    [Differentiable]
    public static double Custom(double x, double y)
    {
        double a = Soft(x * 2) / 3 + y + 1;
        return a * Soft(a) + x / 2;
    }";
            object[][] at = Array.ConvertAll(points, p => Array.ConvertAll(p, v => (object)v));
            LoopFreeCheck.Check(members, method, at);
        }

        /// <summary>
        /// A chain of locals that each hold what the DAG holds otherwise (a cancellation) reads each one by name past a line's
        /// length, rather than repeating it: each repeated in full doubles the next, and computing the forms only to discard
        /// them took time exponential in the chain's length (the compiler ran for minutes on 300 such locals).
        /// </summary>
        [Fact]
        public void AChainOfRecomputedValuesIsQuick()
        {
            var source = new System.Text.StringBuilder("using System;\nusing DiffGen;\npublic static partial class Chained\n{\n    [Differentiable]\n    public static double Chain(double x, double y)\n    {\n        double a0 = x * y + 1;\n");
            for (int i = 1; i < 300; i++)
            {
                source.Append("        double a" + i + " = (a" + (i - 1) + " + y * 0.5) / (a" + (i - 1) + " + 2) + a" + (i - 1) + " - a" + (i - 1) + ";\n");
            }

            source.Append("        return a299;\n    }\n}\n");
            var clock = Stopwatch.StartNew();
            string text = GeneratorHarness.RunAndCompile(source.ToString()).SourceFor("Chain");
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), "the generator took " + clock.Elapsed);
            Assert.DoesNotContain(new string('(', 6), text, StringComparison.Ordinal);
        }
    }
}
