using System;
using System.Linq;
using System.Reflection;
using Xunit;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>
    /// Session 19's review of quadrature over the whole line as two halves (IntervalIntegration, RectangleIntegration,
    /// QuadratureResult.Plus): convergent integrals against their exact values, the error estimate no smaller than the error.
    /// </summary>
    public sealed class Session19ReviewQuadratureTests
    {
        private const string Source = @"using System;
using DiffGen;
namespace Review
{
    public static partial class Q
    {
        [Integrable] public static double Gauss(double x) => Math.Exp(-x * x);
        [Integrable(""x"")] public static double Shifted(double x, double mu, double s) => Math.Exp(-(x - mu) * (x - mu) / (2 * s * s)) / (s * Math.Sqrt(2 * Math.PI));
        [Integrable] public static double Lorentz(double x) => 1 / (1 + x * x);
        [Integrable] public static double Laplace(double x) => Math.Exp(-Math.Abs(x));
        [Integrable] public static double OddGauss(double x) => x * Math.Exp(-x * x);
        [Integrable] public static double Sech(double x) => 1 / Math.Cosh(x);
        [Integrable] public static double LogisticPdf(double x) => Math.Exp(-x) / ((1 + Math.Exp(-x)) * (1 + Math.Exp(-x)));
        [Integrable] public static float GaussF(float x) => MathF.Exp(-x * x);
        [Integrable] public static double X(double x) => x;
        [Integrable] public static double Cauchy3(double x) => 1 / (1 + Math.Abs(x * x * x));
        [Integrable(""x"", ""y"")] public static double Plane(double x, double y) => Math.Exp(-x * x - 2 * y * y);
        [Integrable(""x"", ""y"")] public static double PlaneOddY(double x, double y) => y * Math.Exp(-x * x - y * y);
        [Integrable(""x"", ""y"")] public static double PlaneY(double x, double y) => y * Math.Exp(-x * x);
    }
}
";

        private static readonly Lazy<Assembly> Compiled = new Lazy<Assembly>(() => Integrals.IntegralHarness.Load(Source));

        private static Type Q => Compiled.Value.GetType("Review.Q", throwOnError: true)!;

        private static void Honest(double exact, (double Value, double Error) result, double tolerance, string what)
        {
            Assert.True(Math.Abs(result.Value - exact) <= tolerance * Math.Max(1, Math.Abs(exact)), what + ": " + result.Value + " for " + exact + " ± " + result.Error);
            Assert.True(Math.Abs(result.Value - exact) <= Math.Max(result.Error, 1e-15 * Math.Max(1, Math.Abs(exact))) * 1.01, what + ": error " + Math.Abs(result.Value - exact) + " above its estimate " + result.Error);
        }

        private static (double, double) Line(string name, params object[] kept) =>
            IntegralReviewOracle.CallWithError(null, Q, name + "Integral", new object[] { double.NegativeInfinity, double.PositiveInfinity }.Concat(kept).ToArray());

        [Fact] public void Gauss_over_the_line() => Honest(Math.Sqrt(Math.PI), Line("Gauss"), 1e-10, "Gauss");

        [Fact] public void Lorentz_over_the_line() => Honest(Math.PI, Line("Lorentz"), 1e-9, "Lorentz");

        [Fact] public void Laplace_over_the_line() => Honest(2, Line("Laplace"), 1e-10, "Laplace");

        [Fact] public void Odd_gauss_over_the_line() => Honest(0, Line("OddGauss"), 1e-10, "OddGauss");

        [Fact] public void Sech_over_the_line() => Honest(Math.PI, Line("Sech"), 1e-10, "Sech");

        // e^(−x) / (1 + e^(−x))² is NaN (∞/∞) far below 0 in IEEE: NaN, as documented, never a plausible wrong number.
        [Fact]
        public void Logistic_written_with_an_overflow_is_NaN()
        {
            (double value, double error) = Line("LogisticPdf");
            Assert.True(double.IsNaN(value) && double.IsNaN(error), value + " ± " + error);
        }

        [Fact] public void Slow_tail_over_the_line() => Honest(4 * Math.PI / (3 * Math.Sqrt(3)), Line("Cauchy3"), 1e-8, "Cauchy3");

        [Theory]
        [InlineData(0.0, 1.0)]
        [InlineData(3.0, 0.5)]
        [InlineData(-7.0, 2.0)]
        [InlineData(30.0, 1.0)]
        public void Shifted_normal_over_the_line(double mu, double s) => Honest(1, Line("Shifted", mu, s), 1e-8, "Shifted(" + mu + ", " + s + ")");

        // Each half, x = (1 − t)/t, sees the peak at t ≈ 1/31 only 0.3/31² wide: Gauss–Kronrod misses it, 2.2e-72 ± 0 for 1
        // (the fold f(x) + f(−x) gave the same before; the long-interval bug of IntegralReviewQuadratureTests, on the whole line).
        [Fact(Skip = "Documented (docs/helpers.md, Limits: a feature the first points all miss gives 0 ± 0), asserting the right value: a narrow peak far from 0 over the whole line converges to 0 ± 0: ShiftedIntegral(-inf, inf, mu: -30, s: 0.3) = 2.2e-72 with error estimate 0 for 1 (pre-existing, same before the split)")]
        public void Narrow_shifted_normal_over_the_line() => Honest(1, Line("Shifted", -30.0, 0.3), 1e-8, "Shifted(-30, 0.3)");

        [Fact]
        public void Float_gauss_over_the_line()
        {
            MethodInfo m = Q.GetMethod("GaussFIntegral", new[] { typeof(float), typeof(float) })!;
            float v = (float)m.Invoke(null, new object[] { float.NegativeInfinity, float.PositiveInfinity })!;
            Assert.Equal(Math.Sqrt(Math.PI), v, 5);
        }

        // ∫ x dx over the line diverges: no number with a finite estimate.
        [Fact]
        public void X_over_the_line_is_not_a_finite_answer()
        {
            (double value, double error) = Line("X");
            Assert.True(double.IsNaN(value) || double.IsInfinity(error) || double.IsNaN(error), value + " ± " + error);
        }

        [Fact]
        public void Plane_gaussian() =>
            Honest(Math.PI / Math.Sqrt(2), IntegralReviewOracle.CallWithError(null, Q, "PlaneIntegral", double.NegativeInfinity, double.PositiveInfinity, double.NegativeInfinity, double.PositiveInfinity), 1e-8, "Plane");

        [Fact]
        public void Plane_gaussian_finite_x() =>
            Honest(Math.Sqrt(Math.PI / 2) * 0.5 * Math.Sqrt(Math.PI) * (Erf(2) - Erf(-1)), IntegralReviewOracle.CallWithError(null, Q, "PlaneIntegral", -1.0, 2.0, double.NegativeInfinity, double.PositiveInfinity), 1e-8, "Plane on [-1, 2] × ℝ");

        [Fact]
        public void Plane_odd_in_y() =>
            Honest(0, IntegralReviewOracle.CallWithError(null, Q, "PlaneOddYIntegral", double.NegativeInfinity, double.PositiveInfinity, double.NegativeInfinity, double.PositiveInfinity), 1e-9, "PlaneOddY");

        // ∫∫ y e^(−x²) over ℝ² diverges in y: no finite answer.
        [Fact]
        public void Plane_divergent_in_y_is_not_a_finite_answer()
        {
            (double value, double error) = IntegralReviewOracle.CallWithError(null, Q, "PlaneYIntegral", double.NegativeInfinity, double.PositiveInfinity, double.NegativeInfinity, double.PositiveInfinity);
            Assert.True(double.IsNaN(value) || double.IsInfinity(error) || double.IsNaN(error), value + " ± " + error);
        }

        private static double Erf(double x)
        {
            // Abramowitz–Stegun 7.1.26 is too coarse: the series and continued fraction via the oracle's own quadrature.
            return 2 / Math.Sqrt(Math.PI) * IntegralReviewOracle.Integrate(t => Math.Exp(-t * t), 0, x);
        }
    }
}
