using System;
using Xunit;

namespace DiffGen.Generator.Tests.Integrals
{
    /// <summary>
    /// MIntegral takes F(to) − F(from) only where F is shown continuous between the bounds, and the quadrature everywhere
    /// else: the closed form agrees with the quadrature of the method, is exactly F(to) − F(from) where it is used, and is
    /// never used across a discontinuity of F (a pole of the integrand, ln of 0) or with an infinite bound.
    /// </summary>
    public sealed class ClosedFormIntegralTests
    {
        [Theory]
        [InlineData("Polynomial", -2, 3)]
        [InlineData("Reciprocal", 0.5, 4)]
        [InlineData("Reciprocal", -4, -0.5)]
        [InlineData("Logarithm", 0.2, 5)]
        [InlineData("Lorentzian", -3, 3)]
        [InlineData("ShiftedLorentzian", -6, 3)]
        [InlineData("Arcsine", -0.9, 0.9)]
        [InlineData("PartialFractions", 1.5, 4)]
        [InlineData("PartialFractions", -0.8, 0.8)]
        [InlineData("ShiftedReciprocal", 0, 3)]
        [InlineData("TimesLogarithm", 0.3, 4)]
        [InlineData("Decay", -2, 3)]
        [InlineData("TimesExponential", -2, 2)]
        [InlineData("InverseHyperbolic", -3, 3)]
        [InlineData("PowerOfTwo", -1, 3)]
        [InlineData("Root", 0, 4)]
        [InlineData("Arcsine", -1, 1)]
        [InlineData("SineCubed", 0, 3)]
        [InlineData("SineCubedCosineSquared", -2, 5)]
        [InlineData("SineSquaredCosineSquared", 0, 10)]
        [InlineData("CosineFourth", -1, 0.5)]
        [InlineData("SineFourthCosineSquared", 1, 7)]
        [InlineData("ShiftedSineCubed", -4, 2)]
        [InlineData("ExponentialSine", -3, 3)]
        [InlineData("ExponentialCosine", 0, 1)]
        [InlineData("DampedSine", -1, 8)]
        [InlineData("ThreeLinearFactors", 3.5, 6)]
        [InlineData("ThreeLinearFactors", 1.1, 1.9)]
        [InlineData("OverCubic", -3, -1.5)]
        [InlineData("LinearTimesQuadratic", 0.25, 8)]
        [InlineData("RepeatedRoots", -0.8, -0.1)]
        [InlineData("TwoQuadratics", -10, 4)]
        [InlineData("OverQuartic", -0.9, 0.9)]
        [InlineData("RationalRoot", 1.2, 9)]
        [InlineData("CubeRoot", -3, 3)]
        [InlineData("RootOverX", 0.5, 4)]
        [InlineData("HyperbolicSquares", -2, 2)]
        [InlineData("SineTimesCosineOfAnother", -3, 3)]
        [InlineData("SineTimesSineOfAnother", -1, 2)]
        [InlineData("LogarithmOfQuadratic", -3, 3)]
        [InlineData("InverseHyperbolicSine", -3, 3)]
        public void WhereFIsContinuous_TheClosedFormIsUsed_AndAgreesWithTheQuadrature(string method, double from, double to)
        {
            Type rules = AntiderivativeCases.Rules;
            double closedForm = (double)rules.Call(method + "Antiderivative", to) - (double)rules.Call(method + "Antiderivative", from);
            double integral = (double)rules.Call(method + "Integral", from, to);
            Assert.Equal(closedForm, integral);
            double quadrature = Quadrature.Integrate(x => (double)rules.Call(method, x), from, to, out double error);
            Assert.True(Math.Abs(integral - quadrature) <= 1e-9 * Math.Max(1, Math.Abs(quadrature)) + (10 * error), method + ": " + integral + " against " + quadrature);

            (double value, double estimate) = rules.CallWithError<double>(method + "Integral", from, to);
            Assert.Equal(integral, value);
            Assert.InRange(estimate, 0, 1e-12 * Math.Max(1, Math.Abs(value)) * 100);
        }

        /// <summary>
        /// Where F's two values nearly cancel, F(to) − F(from) keeps too few digits: atan(1001) − atan(1000), 10⁻⁶ from two
        /// values near π/2, is off by 5·10⁻¹¹ of itself. The quadrature, which does not cancel, is used instead, and
        /// the result meets 1e-12 (the exact value is atan(1/1001001)). Found by the fuzzer's integrals family: tanh(−11.2) −
        /// tanh(−11.85) for 1/cosh² (Regressions/integrals-Wrong-9f7386ae.json).
        /// </summary>
        [Fact]
        public void WhereFsValuesCancel_TheQuadratureIsUsed()
        {
            Type rules = AntiderivativeCases.Rules;
            double exact = Math.Atan(1.0 / 1001001);
            double integral = (double)rules.Call("LorentzianIntegral", 1000.0, 1001.0);
            Assert.True(Math.Abs(integral - exact) <= 1e-12 * exact, integral + " against " + exact);
            (double value, double estimate) = rules.CallWithError<double>("LorentzianIntegral", 1000.0, 1001.0);
            Assert.True(Math.Abs(value - exact) <= 1e-12 * exact && estimate <= 1e-12 * exact, value + " ± " + estimate + " against " + exact);
        }

        /// <summary>
        /// A pole of the integrand between the bounds where the integral diverges: F is not continuous there (2·ln|x|
        /// would give 2·ln 2, −1/x would give −1.5), the quadrature takes over and finds that the integral diverges,
        /// and MIntegral gives NaN, never a plausible number; with the error estimate too.
        /// </summary>
        [Theory]
        [InlineData("Reciprocal", -1, 2)]          // 2/x: a pole at 0 (ln|x| across it)
        [InlineData("InverseSquare", -1, 2)]       // 1/x²: a pole at 0 (−1/x across it)
        [InlineData("InverseSquare", 0, 1)]        // 1/x²: a pole at the bound
        [InlineData("PartialFractions", 0, 2)]     // 1/(x² − 1): a pole at 1
        [InlineData("ShiftedReciprocal", -1, 1)]   // 1/(3x + 2): a pole at −2/3
        [InlineData("Secant", 1, 2)]               // 1/cos x: a pole at π/2 (ln|1/cos x + tan x| across it)
        [InlineData("Cosecant", -1, 1)]            // 1/sin x: a pole at 0
        public void AcrossAPoleWhereTheIntegralDiverges_TheIntegralIsNaN(string method, double from, double to)
        {
            Type rules = AntiderivativeCases.Rules;
            Assert.True(double.IsNaN((double)rules.Call(method + "Integral", from, to)), method);
            Assert.True(double.IsNaN((double)rules.Call(method + "Integral", to, from)), method + ", swapped");
            (double value, double estimate) = rules.CallWithError<double>(method + "Integral", from, to);
            Assert.True(double.IsNaN(value) && double.IsNaN(estimate), method + ": " + value + " ± " + estimate);
        }

        [Theory]
        [InlineData("Logarithm", -1, 1)]           // ln x is NaN below 0
        [InlineData("Logarithm", 0, 1)]            // F = x·ln x − x is continuous at 0, but ln 0 is not shown finite: quadrature
        public void AcrossADiscontinuityOfF_TheQuadratureIsUsed(string method, double from, double to)
        {
            Type rules = AntiderivativeCases.Rules;
            double closedForm = (double)rules.Call(method + "Antiderivative", to) - (double)rules.Call(method + "Antiderivative", from);
            double integral = (double)rules.Call(method + "Integral", from, to);
            if (!double.IsNaN(closedForm))
            {
                Assert.NotEqual(closedForm, integral);
            }

            double quadrature = Quadrature.Integrate(x => (double)rules.Call(method, x), from, to);
            Assert.Equal(quadrature, integral);
        }

        [Fact]
        public void WithAnInfiniteBound_TheQuadratureIsUsed()
        {
            Type rules = AntiderivativeCases.Rules;

            // ∫ 1/(1 + x²) over the real line is π; atan(∞) would give it too, but an infinite bound always takes the quadrature.
            double integral = (double)rules.Call("LorentzianIntegral", double.NegativeInfinity, double.PositiveInfinity);
            Assert.Equal(Quadrature.Integrate(x => 1 / (1 + x * x), double.NegativeInfinity, double.PositiveInfinity), integral);
            Assert.Equal(Math.PI, integral, 10);
        }

        [Fact]
        public void ADivisionByAParameter_IsCheckedAtRunTime()
        {
            Type rules = AntiderivativeCases.Rules;

            // ∫ exp(−k·t) dt = −exp(−k·t)/k holds for k ≠ 0; at k = 0 the integrand is 1 and the quadrature gives the length.
            Assert.Equal(3.0, (double)rules.Call("CoolingIntegral", 1.0, 4.0, 0.0), 12);
            double k = 0.5;
            Assert.Equal((Math.Exp(-k) - Math.Exp(-4 * k)) / k, (double)rules.Call("CoolingIntegral", 1.0, 4.0, k), 14);

            // ∫ exp(−k·t)·cos(w·t) dt = exp(−k·t)·(w·sin(w·t) − k·cos(w·t))/(k² + w²) holds where k² + w² ≠ 0; at k = w = 0
            // the integrand is 1. Elsewhere MIntegral agrees with the quadrature of the method.
            Assert.Equal(3.0, (double)rules.Call("DampedWaveIntegral", 1.0, 4.0, 0.0, 0.0), 12);
            foreach ((double damping, double frequency, double from, double to) in new[] { (0.5, 3.0, 0.0, 10.0), (-0.2, 1.0, -3.0, 2.0), (0.0, 2.0, 0.0, 7.0), (1.0, 0.0, 1.0, 4.0) })
            {
                double expected = Quadrature.Integrate(t => Math.Exp(-damping * t) * Math.Cos(frequency * t), from, to, out double error);
                double integral = (double)rules.Call("DampedWaveIntegral", from, to, damping, frequency);
                Assert.True(Math.Abs(integral - expected) <= 1e-10 * Math.Max(1, Math.Abs(expected)) + (10 * error), damping + ", " + frequency + ": " + integral + " against " + expected);
            }
        }
    }
}
