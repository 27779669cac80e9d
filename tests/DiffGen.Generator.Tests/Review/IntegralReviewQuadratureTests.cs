using System;
using System.Reflection;
using DiffGen.Generator.Tests.Integrals;
using Xunit;
using static DiffGen.Generator.Tests.Review.IntegralReviewOracle;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>
    /// Adversarial review of generated <c>MIntegral</c> where it integrates by quadrature (no closed form, an infinite
    /// bound, or a closed form refused across a pole): infinite, swapped, equal and NaN bounds; integrable and
    /// non-integrable singularities; divergent integrals, which docs/supported.md says give NaN, "never a plausible wrong
    /// number"; long intervals; oscillation; branches, loops, arrays, calls, Gradient.Stop, instance methods, float and two
    /// variables. Expected values are worked by hand (in the comments) or come from the review's own Gauss–Legendre oracle.
    /// </summary>
    public sealed class IntegralReviewQuadratureTests
    {
        private const string Source = @"
using System;
using DiffGen;

namespace Review
{
    public static partial class Quad
    {
        [Integrable] public static double ExpNeg(double x) => Math.Exp(-x);
        [Integrable] public static double Lorentz(double x) => 1 / (1 + x * x);
        [Integrable] public static double One(double x) => 1;
        [Integrable] public static double Recip(double x) => 1 / x;
        [Integrable] public static double RecipSqrt(double x) => 1 / Math.Sqrt(x);
        [Integrable] public static double Pow101(double x) => Math.Pow(x, -1.01);
        [Integrable] public static double Sin(double x) => Math.Sin(x);
        [Integrable] public static double SinOverX(double x) => Math.Sin(x) / x;
        [Integrable] public static double Sin100(double x) => Math.Sin(100 * x);
        [Integrable] public static double X(double x) => x;
        [Integrable] public static double X3(double x) => x * x * x;
        [Integrable] public static double Tanh(double x) => Math.Tanh(x);
        [Integrable] public static double OnePlusXOverOnePlusX2(double x) => (x + 1) / (x * x + 1);
        [Integrable(""x"")] public static double CauchyMean(double x, double mu) => x / (Math.PI * (1 + (x - mu) * (x - mu)));
        [Integrable] public static double XPlusGauss(double x) => x + Math.Exp(-x * x);
        [Integrable] public static double Sign(double x) => Math.Sign(x);
        [Integrable(""x"")] public static double Gauss(double x, double mu, double sigma) => Math.Exp(-(x - mu) * (x - mu) / (2 * sigma * sigma)) / (sigma * Math.Sqrt(2 * Math.PI));
        [Integrable] public static double Normal(double x) => Math.Exp(-x * x / 2) / Math.Sqrt(2 * Math.PI);
        [Integrable] public static double Planck(double x) => x * x * x / (Math.Exp(x) - 1);
        [Integrable] public static double Soft20(double x) => 1 / (x * x + 1e-20);
        [Integrable] public static double XLnX(double x) => 1 / (x * Math.Log(x));
        [Integrable] public static double ThreePoles(double x) => 1 / ((x - 0.1) * (x - 0.2) * (x - 0.3));
        [Integrable] public static double FourPoles(double x) => 1 / (x * x * x * x - 16 * x * x * x + 86 * x * x - 176 * x + 105);
        [Integrable] public static double ShiftedInverseSquare(double x) => 1 / ((x - Math.E) * (x - Math.E));
        [Integrable] public static double SecTan(double x) => Math.Sin(x) / (Math.Cos(x) * Math.Cos(x));
        [Integrable] public static double Quartic(double x) => 1 / (x * x * x * x - 5 * x * x + 4);
        [Integrable] public static double InverseCube(double x) => 1 / ((x - 1) * (x - 1) * (x - 1));
        [Integrable] public static double LogCubedOverX(double x) => Math.Pow(Math.Log(x), 3) / x;
        [Integrable] public static double SecSquared(double x) => 1 / (Math.Cos(x) * Math.Cos(x));
        [Integrable] public static double RecipSqrtAbs(double x) => 1 / Math.Sqrt(Math.Abs(x - 1));
        [Integrable] public static double LogAbs(double x) => Math.Log(Math.Abs(x - 1));
        [Integrable] public static double Sinc(double x) => Math.Sin(x) / x;
        [Integrable] public static double Piece(double x) { if (x < 0) return -x; else return x * x; }
        [Integrable] public static double Tent(double x) => x < 1 ? x : 2 - x;
        [Integrable] public static double Step(double x) => x < 1 ? 0 : 1;
        [Integrable] public static double Abs(double x) => Math.Abs(x);
        [Integrable] public static double Relu(double x) => Math.Max(x, 0);
        [Integrable] public static double Clamp(double x) => Math.Clamp(x, 0, 1);
        [Integrable] public static double Atan2OneX(double x) => Math.Atan2(1, x);
        [Integrable] public static double Series(double x) { double s = 0; for (int k = 1; k <= 3; k++) s += Math.Pow(x, k); return s; }
        [Integrable(""x"")] public static double Polynomial(double x, double[] c) { double s = 0; for (int k = 0; k < c.Length; k++) s += c[k] * Math.Pow(x, k); return s; }
        [Integrable] public static double CallsAnother(double x) => Square(x) + 1;
        private static double Square(double t) => t * t;
        [Integrable] public static double Recursive(double x) => x < 1 ? x : Recursive(x / 2);
        [Integrable] public static double Lambda(double x) { Func<double, double> g = t => t * t; return g(x); }
        [Integrable] public static double StopSquare(double x) => Gradient.Stop(x * x) + x;
        [Integrable(""x"", ""y"")] public static double Product(double x, double y) => x * y * y;
        [Integrable(""x"", ""y"")] public static double Gauss2(double x, double y) => Math.Exp(-x * x - y * y);
        [Integrable(""x"", ""y"")] public static double OddInX(double x, double y) => x * Math.Exp(-y * y);
        [Integrable] public static float FloatSin(float x) => MathF.Sin(x);
        [Integrable] public static float FloatLorentz(float x) => 1 / (1 + x * x);
        [Integrable] public static float FloatRecip(float x) => 1 / x;
    }

    public partial struct Spring
    {
        public double K;
        public Spring(double k) { K = k; }
        [Integrable] public double Force(double x) => K * x;
        [Integrable] public double Mutates(double x) { K += 1; return K * x; }
    }
}
";

        private static readonly Lazy<Assembly> Compiled = new Lazy<Assembly>(() => IntegralHarness.Load(Source));

        private static Type Quad => Compiled.Value.GetType("Review.Quad", throwOnError: true)!;

        private const double PositiveInfinity = double.PositiveInfinity;

        private const double NegativeInfinity = double.NegativeInfinity;

        /// <summary>Infinite, swapped, equal and NaN bounds where the integral converges: the documented values.</summary>
        [Theory]
        [InlineData("ExpNeg", 0, PositiveInfinity, 1)]
        [InlineData("ExpNeg", PositiveInfinity, 0, -1)]                                  // swapped: negated
        [InlineData("ExpNeg", 1, 1, 0)]                                                  // equal bounds
        [InlineData("ExpNeg", PositiveInfinity, PositiveInfinity, 0)]                    // equal infinite bounds
        [InlineData("Lorentz", NegativeInfinity, PositiveInfinity, Math.PI)]
        [InlineData("Lorentz", PositiveInfinity, NegativeInfinity, -Math.PI)]
        [InlineData("Lorentz", 0, PositiveInfinity, Math.PI / 2)]
        [InlineData("Lorentz", NegativeInfinity, 1, 3 * Math.PI / 4)]
        [InlineData("Pow101", 1, PositiveInfinity, 100)]                                 // slow 1/x^1.01 tail
        [InlineData("Normal", NegativeInfinity, PositiveInfinity, 1)]
        [InlineData("Normal", 0, 1000, 0.5)]                                             // a long but not too long interval
        [InlineData("Normal", -1000, 1000, 1)]
        [InlineData("Planck", 0, PositiveInfinity, 6.4939394022668291)]                  // π⁴/15
        [InlineData("Planck", 0, 1000, 6.4939394022668291)]
        public void ConvergentIntegralsWithAwkwardBounds_AreRight(string method, double from, double to, double expected)
        {
            Close(expected, Call(Quad, method + "Integral", from, to), 1e-10, method + "Integral(" + from + ", " + to + ")");
            (double value, double error) = CallWithError(null, Quad, method + "Integral", from, to);
            Close(expected, value, 1e-10, method + " (with the estimate)");
            Assert.True(Math.Abs(value - expected) <= error + (1e-12 * Math.Max(1, Math.Abs(expected))), method + ": estimate " + error + " below the error " + Math.Abs(value - expected));
        }

        /// <summary>A NaN bound gives NaN from both overloads.</summary>
        [Fact]
        public void ANaNBound_GivesNaN()
        {
            Assert.True(double.IsNaN(Call(Quad, "ExpNegIntegral", double.NaN, 1.0)));
            Assert.True(double.IsNaN(Call(Quad, "LorentzIntegral", 0.0, double.NaN)));
            (double value, double error) = CallWithError(null, Quad, "SinIntegral", double.NaN, double.NaN);
            Assert.True(double.IsNaN(value) && double.IsNaN(error));
        }

        /// <summary>Parameters passed through to an infinite range: the normal density with a mean and a width integrates to 1.</summary>
        [Theory]
        [InlineData(1.0, 2.0)]
        [InlineData(-3.0, 0.5)]
        [InlineData(100.0, 10.0)]
        public void TheNormalDensity_WithParameters_IntegratesToOne(double mu, double sigma)
        {
            Close(1, Call(Quad, "GaussIntegral", double.NegativeInfinity, double.PositiveInfinity, mu, sigma), 1e-10, "normal(" + mu + ", " + sigma + ")");
            Close(0.5, Call(Quad, "GaussIntegral", mu, double.PositiveInfinity, mu, sigma), 1e-10, "upper half");
        }

        /// <summary>Divergent integrals the quadrature does see: NaN, as documented (value and estimate).</summary>
        [Theory]
        [InlineData("Recip", 1, PositiveInfinity)]       // ln x → ∞
        [InlineData("One", 0, PositiveInfinity)]
        [InlineData("One", NegativeInfinity, PositiveInfinity)]
        [InlineData("RecipSqrt", 1, PositiveInfinity)]
        [InlineData("X", 0, PositiveInfinity)]
        [InlineData("Recip", 0, 1)]                      // a non-integrable singularity at a bound
        [InlineData("XLnX", 0.3, 3)]
        [InlineData("ThreePoles", -0.5, 1)]
        [InlineData("SecSquared", 0, 3)]
        public void DivergentIntegralsThatAreSeen_GiveNaN(string method, double from, double to)
        {
            Assert.True(double.IsNaN(Call(Quad, method + "Integral", from, to)), method + "Integral(" + from + ", " + to + ") = " + Call(Quad, method + "Integral", from, to));
            (double value, double error) = CallWithError(null, Quad, method + "Integral", from, to);
            Assert.True(double.IsNaN(value) && double.IsNaN(error), method + ": " + value + " ± " + error);
        }

        /// <summary>
        /// Conditionally convergent integrals over [0, ∞): documented (helpers.md, Limits) to end MayDiverge and give NaN
        /// rather than converge; a value, if one is ever given, must be right.
        /// </summary>
        [Theory]
        [InlineData("SinOverX", Math.PI / 2)]
        public void ConditionallyConvergentOverAnInfiniteRange_IsNaNOrRight(string method, double expected)
        {
            double value = Call(Quad, method + "Integral", 0.0, double.PositiveInfinity);
            Assert.True(double.IsNaN(value) || Math.Abs(value - expected) <= 1e-10, method + ": " + value);
        }

        /// <summary>
        /// BUG: over (−∞, ∞) the quadrature integrates f(x) + f(−x) on [0, ∞) (QUADPACK's QAGI fold), so a divergent integral
        /// whose odd part diverges comes back as its principal value, with a tiny error estimate: ∫ x dx = 0 (estimate 0), the
        /// mean of a Cauchy distribution = μ, ∫ (x + 1)/(x² + 1) dx = π. The docs promise NaN for a divergent integral.
        /// </summary>
        [Theory] // was a bug: the whole line folded into f(x) + f(−x) gave the principal value; its halves are integrated apart now
        [InlineData("X")]
        [InlineData("Tanh")]
        [InlineData("OnePlusXOverOnePlusX2")]
        [InlineData("XPlusGauss")]
        [InlineData("Sign")]
        [InlineData("CauchyMean")]
        public void OverTheWholeLine_ADivergentIntegral_IsNaN(string method) => WholeLineIsNaN(method);

        // The halves of ∫ x³ and ∫ sin x end RoundoffLimited, not MayDiverge (1.46e35 ± 2.9e35 and −6.4e7 ± 1.2e8 each): the
        // whole is 0 ± 5.8e35 and 0 ± 2.5e8 now (0 ± 0 before), still a number from the value overload (the bug below).
        [Theory] // was a bug: each half ends RoundoffLimited with an estimate above its value: NaN now (QuadratureResult.Answer)
        [InlineData("X3")]
        [InlineData("Sin")]
        public void OverTheWholeLine_ADivergentIntegralWhoseHalvesEndRoundoffLimited_IsNaN(string method) => WholeLineIsNaN(method);

        private static void WholeLineIsNaN(string method)
        {
            object[] arguments = method == "CauchyMean"
                ? new object[] { double.NegativeInfinity, double.PositiveInfinity, 2.0 }
                : new object[] { double.NegativeInfinity, double.PositiveInfinity };
            double value = Call(Quad, method + "Integral", arguments);
            Assert.True(double.IsNaN(value), method + "Integral(−∞, ∞) = " + value.ToString("R") + ", but the integral diverges");
            (double withEstimate, double error) = CallWithError(null, Quad, method + "Integral", arguments);
            Assert.True(double.IsNaN(withEstimate) || error >= Math.Abs(withEstimate), method + ": " + withEstimate + " ± " + error);
        }

        /// <summary>
        /// BUG: a non-integrable pole inside the interval (not at a point the halving reaches) or at a bound, or an
        /// integrand with no limit over [a, ∞), ends RoundoffLimited instead of MayDiverge, so the value overload returns a
        /// finite number where the docs promise NaN (the estimate overload does report an estimate above the value). Values
        /// returned today: 2.69, 41.3, −0.477, 97774.6, 8.2e6, 2.20, −1.66e16, −2.88e6, 1.8e6, −6.4e7, 3.6e6.
        /// </summary>
        [Theory] // was a bug: a result stopped by round-off with an estimate above its value and round-off is NaN now (QuadratureResult.Answer)
        [InlineData("XLnX", 0.5, 2)]                      // pole at 1
        [InlineData("ThreePoles", 0, 1)]                  // poles at 0.1, 0.2, 0.3
        [InlineData("FourPoles", 2, 7)]                   // (x−1)(x−3)(x−5)(x−7): poles at 3, 5 and the bound 7
        [InlineData("ShiftedInverseSquare", 0, 10)]       // 1/(x − e)²
        [InlineData("SecTan", 0, 2.5)]                    // sin x / cos² x at π/2
        [InlineData("Quartic", -1, 2)]                    // (x² − 1)(x² − 4): poles at −1 (bound), 1 and 2 (bound)
        [InlineData("InverseCube", -0.3, 1.7)]            // 1/(x − 1)³
        [InlineData("LogCubedOverX", 0, 1)]               // ln⁴x/4 → −∞ at the bound 0
        [InlineData("SecSquared", 0, Math.PI / 2)]        // tan x → ∞ at the bound
        [InlineData("Sin", 0, PositiveInfinity)]          // no limit
        [InlineData("Sin", 1, PositiveInfinity)]
        public void ADivergentIntegralEndingRoundoffLimited_IsNaN(string method, double from, double to)
        {
            double value = Call(Quad, method + "Integral", from, to);
            Assert.True(double.IsNaN(value), method + "Integral(" + from + ", " + to + ") = " + value.ToString("R") + ", but the integral diverges");
        }

        /// <summary>
        /// BUG: where the integrand's mass lies within the first node's distance of the middle or of a bound of a long
        /// interval (the normal density over [0, 10⁵], Planck's x³/(eˣ − 1) over [0, 10⁶], a softened 1/(x² + 10⁻²⁰) over
        /// [−7, 7]), every node after the first halving sees (nearly) 0 and the result is "Converged" with an error estimate of
        /// exactly 0: 0 for 0.5, 1.9e-101 for 1, 393.35 for 3.14e10. (helpers.md warns that a spike far from the middle can be
        /// missed; these are at the middle or a bound, and the estimate claims full accuracy.)
        /// </summary>
        [Theory(Skip = "Documented (docs/helpers.md, Limits: where the first points all see 0 the result is 0 ± 0), asserting the right value: a long interval whose mass is near a bound or the middle converges to 0 with error estimate 0 (∫₀^1e5 normal pdf = 0 ± 0, ∫₋₁e4^1e4 = 1.9e-101 ± 0, ∫₋₇⁷ dx/(x²+1e-20) = 393 ± 0)")]
        [InlineData("Normal", 0, 1e5, 0.5)]
        [InlineData("Normal", -1e4, 1e4, 1)]
        [InlineData("Normal", 0, 1e6, 0.5)]
        [InlineData("Planck", 0, 1e6, 6.4939394022668291)]
        [InlineData("Soft20", -7, 7, 31415926535.612217)]  // 2·atan(7e10)·1e10
        public void ALongIntervalWithItsMassAtTheMiddleOrABound_IsRightOrSaysSo(string method, double from, double to, double expected)
        {
            (double value, double error) = CallWithError(null, Quad, method + "Integral", from, to);
            bool honest = double.IsNaN(value) || Math.Abs(value - expected) <= Math.Max(error, 1e-10 * Math.Abs(expected));
            Assert.True(honest, method + "Integral(" + from + ", " + to + ") = " + value.ToString("R") + " ± " + error + ", the integral is " + expected);
        }

        /// <summary>Integrable singularities inside the interval or at a bound; the sinc's removable 0/0 at the middle node is documented NaN.</summary>
        [Theory]
        [InlineData("RecipSqrtAbs", 0, 3, 4.8284271247461903)]      // 2 + 2√2
        [InlineData("RecipSqrtAbs", 0.5, 2, 3.4142135623730951)]    // 2√½ + 2
        [InlineData("LogAbs", 0, 3, -1.6137056388801094)]           // 2 ln 2 − 3
        [InlineData("RecipSqrt", 0, 1, 2)]
        [InlineData("Sinc", 0, 1, 0.94608307036718301)]             // Si(1), 0/0 at the bound is never evaluated
        public void IntegrableSingularities_AreIntegrated(string method, double from, double to, double expected)
        {
            Close(expected, Call(Quad, method + "Integral", from, to), 1e-10, method + "Integral(" + from + ", " + to + ")");
        }

        /// <summary>sin x / x over [−1, 1]: 0/0 at the rule's middle node makes it NaN, as documented ("NaN where the method is NaN at a point the rule evaluates"); a value must be 2·Si(1).</summary>
        [Fact]
        public void TheSincAcrossZero_IsNaNOrRight()
        {
            double value = Call(Quad, "SincIntegral", -1.0, 1.0);
            Assert.True(double.IsNaN(value) || Math.Abs(value - 1.8921661407343660) <= 1e-10, "∫₋₁¹ sin x/x = " + value);
        }

        /// <summary>Oscillatory integrands: sin 100x over [0, 10] and sin x over [0, 10⁶] (F continuous, so the closed form or the quadrature).</summary>
        [Fact]
        public void Oscillation_IsIntegrated()
        {
            Close((1 - Math.Cos(1000)) / 100, Call(Quad, "Sin100Integral", 0.0, 10.0), 1e-12, "∫₀¹⁰ sin 100x");
            Close(1 - Math.Cos(1e6), Call(Quad, "SinIntegral", 0.0, 1e6), 1e-11, "∫₀^1e6 sin x");
            Close(0, Call(Quad, "SinIntegral", -Math.PI, Math.PI), 1e-12, "∫₋π^π sin x");
        }

        /// <summary>Branches, kinks and steps (no closed form; the quadrature finds the breaks): each worked by hand.</summary>
        [Theory]
        [InlineData("Piece", -1, 2, 0.5 + (8.0 / 3))]       // ∫₋₁⁰ −x + ∫₀² x²
        [InlineData("Tent", 0, 3, 0.5)]                    // ½ + (∫₁³ 2 − x = 0)
        [InlineData("Step", 0, Math.PI, Math.PI - 1)]
        [InlineData("Abs", -1, 2, 2.5)]
        [InlineData("Relu", -1, 2, 2)]
        [InlineData("Clamp", -1, 2, 1.5)]
        [InlineData("Atan2OneX", -1, 1, Math.PI)]          // atan2(1, x) = π/2 − atan x, continuous through 0
        [InlineData("Atan2OneX", -2, -0.5, 3.6455209407201778)]
        [InlineData("Sign", -1, 2, 1)]
        public void BranchesKinksAndSteps_AreIntegrated(string method, double from, double to, double expected)
        {
            Close(expected, Call(Quad, method + "Integral", from, to), 1e-10, method + "Integral(" + from + ", " + to + ")");
        }

        /// <summary>Loops, arrays, calls, recursion, a lambda and Gradient.Stop: integrated as the method computes them.</summary>
        [Fact]
        public void LoopsArraysCallsAndStop_AreIntegratedAsTheyAre()
        {
            Close((1.0 / 2) + (1.0 / 3) + (1.0 / 4), Call(Quad, "SeriesIntegral", 0.0, 1.0), 1e-12, "Σ x^k");
            Close(1 + 1 + 1, Call(Quad, "PolynomialIntegral", 0.0, 1.0, new double[] { 1, 2, 3 }), 1e-12, "1 + 2x + 3x²");
            Close(0, Call(Quad, "PolynomialIntegral", 0.0, 1.0, new double[0]), 1e-12, "no coefficients");
            Close(9 + 3, Call(Quad, "CallsAnotherIntegral", 0.0, 3.0), 1e-12, "x² + 1 through a call");
            Close(0.5, Call(Quad, "RecursiveIntegral", 0.0, 1.0), 1e-12, "recursion");
            Close(3, Call(Quad, "LambdaIntegral", -1.0, 2.0), 1e-12, "a lambda");
            Close((1.0 / 3) + 0.5, Call(Quad, "StopSquareIntegral", 0.0, 1.0), 1e-12, "Gradient.Stop(x²) + x");
            Assert.Null(Find(Quad, "StopSquareAntiderivative", typeof(double)));
            Assert.Null(Find(Quad, "SeriesAntiderivative", typeof(double)));
        }

        /// <summary>An instance method of a struct reads its field; a method that mutates the instance integrates a copy and leaves the original alone.</summary>
        [Fact]
        public void AStructInstanceMethod_ReadsItsFieldAndLeavesTheInstanceAlone()
        {
            Type spring = Compiled.Value.GetType("Review.Spring", throwOnError: true)!;
            object instance = Activator.CreateInstance(spring, 3.0)!;
            Close(6, CallOn(instance, spring, "ForceIntegral", 0.0, 2.0), 1e-12, "∫₀² 3x");
            Close(6, CallOn(instance, spring, "ForceAntiderivative", 2.0) - CallOn(instance, spring, "ForceAntiderivative", 0.0), 1e-12, "F(2) − F(0)");
            double mutated = CallOn(instance, spring, "MutatesIntegral", 0.0, 2.0);
            Close(8, mutated, 1e-12, "K + 1 = 4 on each call of a copy");
            Assert.Equal(3.0, (double)spring.GetField("K")!.GetValue(instance)!);
        }

        /// <summary>Two variables: a product, a Gaussian over the plane (π), swapped inner bounds; a divergent inner integral is NaN.</summary>
        [Fact]
        public void OverARectangle_IsRight()
        {
            Close(2.0 / 3, Call(Quad, "ProductIntegral", 0.0, 2.0, 0.0, 1.0), 1e-12, "∫₀¹∫₀² x·y²");
            Close(-2.0 / 3, Call(Quad, "ProductIntegral", 2.0, 0.0, 0.0, 1.0), 1e-12, "inner bounds swapped");
            Close(Math.PI, Call(Quad, "Gauss2Integral", double.NegativeInfinity, double.PositiveInfinity, double.NegativeInfinity, double.PositiveInfinity), 1e-10, "∫∫ e^(−x²−y²)");
            Assert.True(double.IsNaN(Call(Quad, "OddInXIntegral", 0.0, double.PositiveInfinity, -1.0, 1.0)), "∫₀^∞ x dx diverges");
        }

        /// <summary>BUG (the whole-line fold, in the inner integral of a rectangle): ∫₋∞^∞ x dx · ∫₋₁¹ e^(−y²) dy comes back 0.</summary>
        [Fact] // was a bug: the inner whole line folded; its halves are integrated apart now
        public void OverARectangle_ADivergentWholeLineInnerIntegral_IsNaN()
        {
            double value = Call(Quad, "OddInXIntegral", double.NegativeInfinity, double.PositiveInfinity, -1.0, 1.0);
            Assert.True(double.IsNaN(value), "∫₋₁¹ ∫₋∞^∞ x·e^(−y²) dx dy = " + value);
        }

        /// <summary>float methods: to 1e-6, over an infinite range too; a pole gives NaN.</summary>
        [Fact]
        public void FloatMethods_AreRightTo1e6()
        {
            Close(1 - Math.Cos(3), Convert.ToDouble(Quad.GetMethod("FloatSinIntegral", new[] { typeof(float), typeof(float) })!.Invoke(null, new object[] { 0f, 3f })), 1e-6, "∫₀³ sin");
            Close(Math.PI, Convert.ToDouble(Quad.GetMethod("FloatLorentzIntegral", new[] { typeof(float), typeof(float) })!.Invoke(null, new object[] { float.NegativeInfinity, float.PositiveInfinity })), 1e-6, "∫ 1/(1 + x²)");
            Close(Math.Log(3), Convert.ToDouble(Quad.GetMethod("FloatRecipIntegral", new[] { typeof(float), typeof(float) })!.Invoke(null, new object[] { 1f, 3f })), 1e-6, "∫₁³ 1/x");
            Assert.True(float.IsNaN((float)Quad.GetMethod("FloatRecipIntegral", new[] { typeof(float), typeof(float) })!.Invoke(null, new object[] { -1f, 3f })!), "∫₋₁³ 1/x");
        }
    }
}
