using System;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Numerical
{
    /// <summary>
    /// Infinities the method writes as constants: a dynamic-programming table bordered with <c>double.PositiveInfinity</c>
    /// (soft-DTW, edit distances), a log-space start at <c>double.NegativeInfinity</c>. Where a product reads one it is a
    /// constant (−r / γ is −∞ whatever γ is), so its derivative is 0; the rules' local partial (r / γ²) is infinite and met
    /// a zero derivative or adjoint: the partials and the gradient were NaN where the value and its true derivative are
    /// finite (the twenty-fifth session's sweep; JAX and PyTorch give NaN there too). Each case is checked against central
    /// finite differences with Richardson extrapolation, and the generated code tests the product only where a partial
    /// multiplies by such a value.
    /// </summary>
    public sealed class ConstantInfinityTests
    {
        private static readonly int[] Lengths = { 1, 2, 3, 5 };

        private static object[] TwoSeries(Random r, int n) => new object[] { Vector(r, n, -1, 1), Vector(r, n + 1, -1, 1), Uniform(r, 0.3, 1.5) };

        private static readonly ArrayCase SoftDtw = new ArrayCase("InfSoftDtw", """
            [Differentiable] public static double InfSoftDtw(double[] x, double[] y, double gamma) {
                int n = x.Length, m = y.Length, w = m + 1;
                double[] r = new double[(n + 1) * w];
                for (int k = 1; k < r.Length; k++) r[k] = double.PositiveInfinity;
                for (int i = 1; i <= n; i++)
                    for (int j = 1; j <= m; j++) {
                        double a = -r[(i - 1) * w + j - 1] / gamma, b = -r[(i - 1) * w + j] / gamma, c = -r[i * w + j - 1] / gamma;
                        double mx = Math.Max(a, Math.Max(b, c));
                        double d = x[i - 1] - y[j - 1];
                        r[i * w + j] = d * d - gamma * (mx + Math.Log(Math.Exp(a - mx) + Math.Exp(b - mx) + Math.Exp(c - mx)));
                    }
                return r[n * w + m]; }
            """, TwoSeries) { Sizes = Lengths };

        private static readonly ArrayCase[] Cases =
        {
            SoftDtw,

            // The border's cost scaled by a weight: ∂(scale·r)/∂scale = r, ∞ on the border.
            new ArrayCase("InfScaledBorder", """
                [Differentiable] public static double InfScaledBorder(double[] x, double scale) {
                    int n = x.Length;
                    double[] r = new double[n + 1];
                    r[0] = double.PositiveInfinity;
                    double s = 0;
                    for (int i = 1; i <= n; i++) {
                        r[i] = x[i - 1] * x[i - 1];
                        s += Math.Exp(-scale * r[i - 1]) + scale * r[i];
                    }
                    return s; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.3, 1.5) }) { Sizes = ArrayCase.NonEmpty },

            // A square of the border: ∂(r²)/∂r = 2·r, ∞, times the border's zero derivative.
            new ArrayCase("InfSquaredBorder", """
                [Differentiable] public static double InfSquaredBorder(double[] x, double gamma) {
                    double[] r = { double.PositiveInfinity, 0 };
                    double s = 0;
                    for (int i = 0; i < x.Length; i++) {
                        r[1] = x[i];
                        s += Math.Exp(-r[0] * r[0] * gamma) + Math.Exp(-r[1] * r[1] * gamma);
                    }
                    return s; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.3, 1.5) }) { Sizes = ArrayCase.NonEmpty },

            // The HMM forward algorithm in log space, started at −∞ for every state but the first, with a temperature.
            new ArrayCase("InfHmmLogForward", """
                [Differentiable("logA", "logB", "t")] public static double InfHmmLogForward(double[] logA, double[] logB, double t) {
                    const int K = 2;
                    double[] alpha = { 0, double.NegativeInfinity };
                    double[] next = new double[K];
                    for (int step = 0; step < 3; step++) {
                        for (int s = 0; s < K; s++) {
                            double u = alpha[0] * t + logA[s], v = alpha[1] * t + logA[K + s];
                            double mx = Math.Max(u, v);
                            next[s] = mx + Math.Log(Math.Exp(u - mx) + Math.Exp(v - mx)) + logB[s];
                        }
                        for (int s = 0; s < K; s++) alpha[s] = next[s];
                    }
                    double top = Math.Max(alpha[0], alpha[1]);
                    return top + Math.Log(Math.Exp(alpha[0] - top) + Math.Exp(alpha[1] - top)); }
                """, (r, n) => new object[] { Vector(r, 4, -1.5, -0.2), Vector(r, 2, -1.5, -0.2), Uniform(r, 0.5, 1.2) }) { Sizes = ArrayCase.Scalar },
        };

        public static TheoryData<string> Names() => new TheoryData<string>(Cases.Select(c => c.Name));

        [Theory]
        [MemberData(nameof(Names))]
        public void Gradient_and_partials_match_finite_differences(string name)
        {
            ArrayCase c = Cases.Single(k => k.Name == name);
            Assert.Empty(GeneratorHarness.Analyze(CompiledCase.SourceOf(c)));
            ArrayGradientTests.Check(c);
        }

        [Fact]
        public void Float_soft_dtw_matches_its_double_twin() =>
            ArrayGradientTests.Check(ArrayCase.FloatTwinOf(SoftDtw, """
                [Differentiable] public static float InfSoftDtwF(float[] x, float[] y, float gamma) {
                    int n = x.Length, m = y.Length, w = m + 1;
                    float[] r = new float[(n + 1) * w];
                    for (int k = 1; k < r.Length; k++) r[k] = float.PositiveInfinity;
                    for (int i = 1; i <= n; i++)
                        for (int j = 1; j <= m; j++) {
                            float a = -r[(i - 1) * w + j - 1] / gamma, b = -r[(i - 1) * w + j] / gamma, c = -r[i * w + j - 1] / gamma;
                            float mx = MathF.Max(a, MathF.Max(b, c));
                            float d = x[i - 1] - y[j - 1];
                            r[i * w + j] = d * d - gamma * (mx + MathF.Log(MathF.Exp(a - mx) + MathF.Exp(b - mx) + MathF.Exp(c - mx)));
                        }
                    return r[n * w + m]; }
                """), SoftDtw);

        /// <summary>Loop-free: −∞ / g is −∞ for every g, exp of it 0; the gradient and the partial in g were NaN.</summary>
        [Fact]
        public void Loop_free_quotient_of_an_infinite_constant() =>
            LoopFreeCheck.Check(
                "[Differentiable] public static double F(double x, double g)\n{\n    double r = double.PositiveInfinity;\n    double a = -r / g;\n    return x * g + Math.Exp(a);\n}",
                "F",
                new object[] { 0.5, 0.7 }, new object[] { -1.25, 2.5 }, new object[] { 3.0, 0.1 });

        /// <summary>Loop-free: a running maximum started at −∞ and the start scaled: exp(−∞·g) is 0, its partial in g was 0·∞.</summary>
        [Fact]
        public void Loop_free_product_with_a_negative_infinity() =>
            LoopFreeCheck.Check(
                "[Differentiable] public static double F(double x, double g)\n{\n    double best = double.NegativeInfinity;\n    double s = Math.Max(best, x * g);\n    return s + Math.Exp(best * g);\n}",
                "F",
                new object[] { 0.5, 0.7 }, new object[] { -1.25, 2.5 }, new object[] { 3.0, 0.1 });

        /// <summary>The test goes where a partial multiplies by what may be infinite (∂a/∂γ), not on the shares that do not (∂a/∂r = −1/γ).</summary>
        [Fact]
        public void Only_partials_that_multiply_by_the_infinity_are_tested()
        {
            string generated = GeneratorHarness.RunAndCompile(CompiledCase.SourceOf(SoftDtw)).SourceFor("InfSoftDtw");
            string gradient = generated.Substring(generated.IndexOf("InfSoftDtwGradient(", StringComparison.Ordinal));
            Assert.Contains("global::System.Math.Abs(a) < double.PositiveInfinity ? -dA * a / gamma : 0", gradient, StringComparison.Ordinal);
            // ∂a/∂γ, ∂b/∂γ, ∂c/∂γ, and ∂/∂γ of γ·(mx + ln(...)), whose sum may be infinite too (mx of three −∞).
            Assert.Equal(4, gradient.Split("< double.PositiveInfinity").Length - 1);
        }

        /// <summary>A reader is told why a rule tests |v| &lt; ∞, and reads double.PositiveInfinity as ∞ in the formulas.</summary>
        [Fact]
        public void The_doc_comments_say_why_a_term_is_tested()
        {
            const string note = "A term tested with |v| &lt; ∞ is 0 where v is infinite";
            string loops = GeneratorHarness.RunAndCompile(CompiledCase.SourceOf(SoftDtw)).SourceFor("InfSoftDtw");
            Assert.Equal(2, loops.Split(note).Length - 1); // the partial in gamma and the gradient
            string loopFree = GeneratorHarness.RunAndCompile("using System;\nusing DiffGen;\npublic static partial class C\n{\n    [Differentiable] public static double F(double x, double g) { double r = double.PositiveInfinity; double a = -r / g; return x * g + Math.Exp(a); }\n}\n").SourceFor("F");
            Assert.Contains("where a = −∞ / g.", loopFree, StringComparison.Ordinal);
            Assert.Equal(2, loopFree.Split(note).Length - 1); // FPartialG and the gradient, not FPartialX
        }
    }
}
