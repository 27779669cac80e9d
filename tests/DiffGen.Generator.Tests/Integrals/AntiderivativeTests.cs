using System;
using System.Linq;
using System.Reflection;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.Integrals
{
    /// <summary>
    /// Each generated <c>MAntiderivative</c> against oracles independent of the generator: F′, by central differences
    /// with Richardson extrapolation, equals M at many points, and F(b) − F(a) equals DiffGen's adaptive quadrature of M.
    /// The generated code compiles with zero diagnostics (<see cref="AntiderivativeCases"/> is loaded through the harness
    /// that requires it), and the analyzer reports no DIFF036 for any of these methods.
    /// </summary>
    public sealed class AntiderivativeTests
    {
        private const int Points = 41;

        [Theory]
        [InlineData("Polynomial", -2, 3)]
        [InlineData("Cubic", -2, 2)]
        [InlineData("Root", 0.1, 4)]
        [InlineData("InverseSquare", 0.5, 3)]
        [InlineData("Power", 0.1, 3)]
        [InlineData("RootOverX", 0.1, 3)]
        [InlineData("CubeRoot", -3, 3)]
        [InlineData("Reciprocal", 0.5, 4)]
        [InlineData("Reciprocal", -4, -0.5)]
        [InlineData("Exponential", -2, 2)]
        [InlineData("PowerOfTwo", -1, 3)]
        [InlineData("Logarithm", 0.2, 5)]
        [InlineData("CommonLogarithm", 0.2, 5)]
        [InlineData("Sine", -3, 3)]
        [InlineData("Tangent", -1.2, 1.2)]
        [InlineData("SecantSquared", -1.2, 1.2)]
        [InlineData("SineSquared", -3, 3)]
        [InlineData("Hyperbolic", -2, 2)]
        [InlineData("Secant", -1.4, 1.4)]
        [InlineData("Secant", 1.7, 4.5)]
        [InlineData("Cosecant", 0.2, 3)]
        [InlineData("Cosecant", -3, -0.2)]
        [InlineData("HyperbolicSquares", -2, 2)]
        [InlineData("SineTimesCosineOfAnother", -3, 3)]
        [InlineData("SineTimesSineOfAnother", -3, 3)]
        [InlineData("SineCubed", -3, 3)]
        [InlineData("CosineCubed", -3, 3)]
        [InlineData("SineCubedCosineSquared", -3, 3)]
        [InlineData("SineTimesCosine", -3, 3)]
        [InlineData("SineSquaredCosineSquared", -3, 3)]
        [InlineData("CosineFourth", -3, 3)]
        [InlineData("SineFourthCosineSquared", -3, 3)]
        [InlineData("ShiftedSineCubed", -3, 3)]
        [InlineData("Lorentzian", -3, 3)]
        [InlineData("ShiftedLorentzian", -6, 3)]
        [InlineData("Arcsine", -0.9, 0.9)]
        [InlineData("WideArcsine", -1.8, 1.8)]
        [InlineData("InverseHyperbolic", -3, 3)]
        [InlineData("PartialFractions", 1.5, 4)]
        [InlineData("PartialFractions", -0.8, 0.8)]
        [InlineData("Arctangent", -2, 2)]
        [InlineData("ShiftedSine", -2, 2)]
        [InlineData("ShiftedCube", -2, 2)]
        [InlineData("ShiftedReciprocal", 0, 3)]
        [InlineData("Decay", -2, 3)]
        [InlineData("ChainCosine", -2, 2)]
        [InlineData("GaussianSlope", -2, 2)]
        [InlineData("Cotangent", 0.5, 2.5)]
        [InlineData("LogOfQuadratic", -3, 3)]
        [InlineData("SineSquaredCosine", -2, 2)]
        [InlineData("LogLog", 1.5, 5)]
        [InlineData("TangentSubstitution", -1.2, 1.2)]
        [InlineData("ArcsineSubstitution", 0.2, 0.9)]
        [InlineData("ArcsineSubstitution", -0.9, -0.2)]
        [InlineData("TimesExponential", -2, 2)]
        [InlineData("SquareTimesSine", -2, 2)]
        [InlineData("TimesCosine", -2, 2)]
        [InlineData("TimesLogarithm", 0.3, 4)]
        [InlineData("LogarithmOfQuadratic", -3, 3)]
        [InlineData("InverseHyperbolicSine", -3, 3)]
        [InlineData("ExponentialSine", -3, 3)]
        [InlineData("ExponentialCosine", -2, 1.5)]
        [InlineData("DampedSine", -2, 6)]
        [InlineData("Rational", 1.5, 4)]
        [InlineData("Rational", -3, 0.5)]
        [InlineData("ProductOfLinears", 0.5, 3)]
        [InlineData("ProductOfLinears", -0.8, -0.2)]
        [InlineData("OverQuadratic", -4, 3)]
        [InlineData("ThreeLinearFactors", 3.5, 6)]
        [InlineData("ThreeLinearFactors", -2, 0.5)]
        [InlineData("ThreeLinearFactors", 1.2, 1.8)]
        [InlineData("OverCubic", 1.5, 4)]
        [InlineData("OverCubic", -0.8, -0.2)]
        [InlineData("LinearTimesQuadratic", 0.5, 3)]
        [InlineData("LinearTimesQuadratic", -3, -0.5)]
        [InlineData("RepeatedRoots", 0.5, 3)]
        [InlineData("RepeatedRoots", -0.9, -0.2)]
        [InlineData("TwoQuadratics", -3, 3)]
        [InlineData("OverQuartic", -0.5, 0.5)]
        [InlineData("OverQuartic", 2.5, 5)]
        [InlineData("RationalRoot", 1.5, 4)]
        [InlineData("RationalRoot", -0.5, 0.3)]
        [InlineData("TimesArctangent", -2, 2)]
        [InlineData("LogarithmSquared", 0.2, 5)]
        [InlineData("Factored", -2, 3)]
        [InlineData("SquaredQuadratic", -2, 2)]
        [InlineData("WithLocal", -2, 2)]
        [InlineData("Falling", 0, 3)]
        public void DerivativeAndDefiniteIntegralMatchTheIndependentOracles(string method, double from, double to)
        {
            Type rules = AntiderivativeCases.Rules;
            Func<double, double> m = x => (double)rules.Call(method, x);
            Func<double, double> f = x => (double)rules.Call(method + "Antiderivative", x);
            Check(m, f, from, to);
        }

        [Theory]
        [InlineData(2.0, 0.5)]
        [InlineData(-1.0, 3.0)]
        public void OtherParametersAreHeldConstant(double v0, double a)
        {
            Type rules = AntiderivativeCases.Rules;
            Check(t => (double)rules.Call("Speed", t, v0, a), t => (double)rules.Call("SpeedAntiderivative", t, v0, a), 0, 10);
            Check(t => (double)rules.Call("Cooling", t, a), t => (double)rules.Call("CoolingAntiderivative", t, a), 0, 4);
            Check(t => (double)rules.Call("DampedWave", t, a, v0), t => (double)rules.Call("DampedWaveAntiderivative", t, a, v0), -1, 5);
        }

        [Fact]
        public void FloatMethodsGetAFloatAntiderivative()
        {
            Type rules = AntiderivativeCases.Rules;
            for (int i = 0; i <= 20; i++)
            {
                float x = -2 + 4f * i / 20;
                double derivative = Richardson.Derivative(t => (float)rules.Call("FloatWaveAntiderivative", (float)t), x, 0.1);
                double m = (float)rules.Call("FloatWave", x);
                Assert.True(Math.Abs(derivative - m) <= 2e-3 * Math.Max(1, Math.Abs(m)), "at " + x + ": F′ = " + derivative + ", M = " + m);
            }

            double integral = (float)rules.Call("FloatWaveAntiderivative", 2f) - (float)rules.Call("FloatWaveAntiderivative", -1f);
            Assert.Equal(Quadrature.Integrate(t => t * t + Math.Sin(t), -1, 2), integral, 5);
        }

        [Fact]
        public void NoMethodWithAClosedFormGetsTheInformationalDiagnostic()
        {
            var reported = GeneratorHarness.Analyze(AntiderivativeCases.Source).ToList();
            Assert.True(reported.Count == 0, string.Join("\n", reported));
            MethodInfo[] generated = AntiderivativeCases.Rules.GetMethods(BindingFlags.Public | BindingFlags.Static);
            foreach (MethodInfo integrable in generated.Where(g => g.GetCustomAttributes().Any(a => a.GetType().Name == "IntegrableAttribute")))
            {
                Assert.Contains(generated, g => g.Name == integrable.Name + "Antiderivative");
            }
        }

        /// <summary>F′ = M at <see cref="Points"/> points of [from, to] (Richardson), and F(to) − F(from) = ∫ M by quadrature.</summary>
        private static void Check(Func<double, double> m, Func<double, double> antiderivative, double from, double to)
        {
            for (int i = 0; i < Points; i++)
            {
                double x = from + ((to - from) * (i + 0.5) / Points);
                double expected = m(x);
                double derivative = Richardson.Derivative(antiderivative, x, 1e-3);
                Assert.True(
                    Math.Abs(derivative - expected) <= 1e-7 * Math.Max(1, Math.Abs(expected)),
                    "at x = " + x + ": F′ (Richardson) = " + derivative + ", M = " + expected);
            }

            double quadrature = Quadrature.Integrate(m, from, to, out double error);
            double closedForm = antiderivative(to) - antiderivative(from);
            Assert.True(
                Math.Abs(closedForm - quadrature) <= 1e-9 * Math.Max(1, Math.Abs(quadrature)) + (10 * error),
                "F(" + to + ") − F(" + from + ") = " + closedForm + ", quadrature " + quadrature + " ± " + error);
        }
    }
}
