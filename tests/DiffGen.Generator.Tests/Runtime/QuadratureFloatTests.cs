using System;
using Xunit;

namespace DiffGen.Generator.Tests.Runtime
{
    /// <summary>
    /// <see cref="float"/> integrands: evaluated at points rounded to <see cref="float"/>, summed in
    /// <see cref="double"/>, aimed at a relative 1e-6; the estimate covers the true error, rounding
    /// of the result to <see cref="float"/> included.
    /// </summary>
    public sealed class QuadratureFloatTests
    {
        [Fact]
        public void Struct_integrands_reach_a_relative_1e6_within_their_estimate()
        {
            // √π (Gaussian integral); ∫₀¹ x^(−1/2) = 2; ∫₀¹ ln x = −1; ∫₀¹ ln x·ln(1 − x) = 2 − π²/6 (Bailey, Jeyabalan & Li, problem 15).
            Check(Quadrature.Integrate(new FloatGaussian(), float.NegativeInfinity, float.PositiveInfinity, out float e1), e1, Math.Sqrt(Math.PI));
            Check(Quadrature.Integrate(new FloatInverseSquareRoot(), 0f, 1f, out float e2), e2, 2);
            Check(Quadrature.Integrate(new FloatLog(), 0f, 1f, out float e3), e3, -1);
            Check(Quadrature.Integrate(new FloatLogTimesLog(), 0f, 1f, out float e4), e4, 2 - Math.PI * Math.PI / 6);
            Assert.Equal(Quadrature.Integrate(new FloatLog(), 0f, 1f, out _), Quadrature.Integrate(new FloatLog(), 0f, 1f));
        }

        [Fact]
        public void Lambdas_reach_a_relative_1e6_within_their_estimate()
        {
            // ∫₀^{60π} sin² x dx = 30π (antiderivative x/2 − sin 2x / 4); ∫₀¹ x² dx = 1/3.
            Check(Quadrature.IntegrateFloat(x => MathF.Sin(x) * MathF.Sin(x), 0f, 60 * MathF.PI, out float e1), e1, 30 * Math.PI, rounding: 60 * Math.PI * 1e-7);
            Check(Quadrature.IntegrateFloat(x => x * x, 0f, 1f, out float e2), e2, 1.0 / 3);
            Assert.Equal(1f / 3, Quadrature.IntegrateFloat(x => x * x, 0f, 1f));
        }

        [Fact]
        public void Float_edges_behave_as_double_ones()
        {
            Assert.Equal(-Quadrature.IntegrateFloat(x => x * x, 0f, 2f), Quadrature.IntegrateFloat(x => x * x, 2f, 0f));
            Assert.Equal(0f, Quadrature.IntegrateFloat(x => 1 / x, 0f, 0f));
            Assert.True(float.IsNaN(Quadrature.IntegrateFloat(x => 1 / (x - 0.5f), 0f, 1f, out float error)));
            Assert.True(float.IsNaN(error));
        }

        [Fact]
        public void Options_default_to_the_float_tolerance()
        {
            QuadratureResult result = Quadrature.Integrate(new FloatLogTimesLog(), 0f, 1f, new QuadratureOptions());
            QuadratureResult doubleResult = Quadrature.Integrate(x => Math.Log(x) * Math.Log(1 - x), 0, 1, options: null);

            Assert.True(result.Converged, result.ToString());
            Assert.True(result.Evaluations < doubleResult.Evaluations, result + " vs " + doubleResult);
            Assert.True(result.ErrorEstimate <= Quadrature.DefaultFloatRelativeTolerance * Math.Abs(result.Value), result.ToString());
        }

        /// <param name="rounding">
        /// How far the float integrand itself is from the exact one (sin of a float near 188 is off by
        /// up to about 1e-5 of a period's worth): the quadrature cannot see that, and it is not its error.
        /// </param>
        private static void Check(float value, float estimate, double exact, double rounding = 0)
        {
            double error = Math.Abs(value - exact);
            string report = "value " + value.ToString("R") + " ± " + estimate.ToString("0.0e+0") + ", exact " + exact.ToString("R") + ", error " + error.ToString("0.0e+0");
            Assert.True(error <= 1e-6 * Math.Abs(exact), report);
            Assert.True(error <= estimate + rounding, report);
            Assert.True(estimate <= 2e-6 * Math.Abs(exact), "the estimate should be sharp enough to be useful: " + report);
        }
    }
}
