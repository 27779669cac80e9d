using System;
using System.Reflection;

namespace DiffGen.Generator.Tests.Integrals
{
    /// <summary>
    /// The methods whose generated <c>MAntiderivative</c> the antiderivative tests check, one or more per rule of the
    /// table, compiled once. Each is checked against oracles that share nothing with the generator (Richardson
    /// differences of F, DiffGen's runtime quadrature of M), on the interval named beside it.
    /// </summary>
    public static class AntiderivativeCases
    {
        public const string Source = @"
using System;
using DiffGen;

namespace Tests
{
    public static partial class Rules
    {
        // linearity, constant multiple, power rule
        [Integrable] public static double Polynomial(double x) => 3 * x * x - 2 * x + 5;
        [Integrable] public static double Cubic(double x) => x * x * x / 4 - x;
        [Integrable] public static double Root(double x) => Math.Sqrt(x);
        [Integrable] public static double InverseSquare(double x) => 1 / (x * x);
        [Integrable] public static double Power(double x) => Math.Pow(x, 2.5);
        [Integrable] public static double RootOverX(double x) => Math.Sqrt(x) / x;
        [Integrable] public static double CubeRoot(double x) => Math.Cbrt(x);

        // x⁻¹ → ln|x|
        [Integrable] public static double Reciprocal(double x) => 2 / x;

        // exponentials and logarithms
        [Integrable] public static double Exponential(double x) => Math.Exp(x);
        [Integrable] public static double PowerOfTwo(double x) => Math.Pow(2, x);
        [Integrable] public static double Logarithm(double x) => Math.Log(x);
        [Integrable] public static double CommonLogarithm(double x) => Math.Log10(x);

        // trigonometric and hyperbolic functions
        [Integrable] public static double Sine(double x) => Math.Sin(x);
        [Integrable] public static double Tangent(double x) => Math.Tan(x);
        [Integrable] public static double SecantSquared(double x) => 1 / (Math.Cos(x) * Math.Cos(x));
        [Integrable] public static double SineSquared(double x) => Math.Sin(x) * Math.Sin(x);
        [Integrable] public static double Hyperbolic(double x) => Math.Cosh(2 * x) + Math.Sinh(x) - Math.Tanh(x);
        [Integrable] public static double Secant(double x) => 1 / Math.Cos(x);
        [Integrable] public static double Cosecant(double x) => 1 / Math.Sin(x);
        [Integrable] public static double HyperbolicSquares(double x) => Math.Sinh(x) * Math.Sinh(x) + 1 / Math.Cosh(x);

        // product to sum: sines and cosines of different linear arguments
        [Integrable] public static double SineTimesCosineOfAnother(double x) => Math.Sin(3 * x) * Math.Cos(2 * x);
        [Integrable] public static double SineTimesSineOfAnother(double x) => Math.Sin(x) * Math.Sin(2 * x + 1);

        // products of powers of sine and cosine: an odd power by substitution, even powers by the half-angle formulas
        [Integrable] public static double SineCubed(double x) => Math.Sin(x) * Math.Sin(x) * Math.Sin(x);
        [Integrable] public static double CosineCubed(double x) => Math.Pow(Math.Cos(x), 3);
        [Integrable] public static double SineCubedCosineSquared(double x) => Math.Pow(Math.Sin(x), 3) * Math.Cos(x) * Math.Cos(x);
        [Integrable] public static double SineTimesCosine(double x) => Math.Sin(x) * Math.Cos(x);
        [Integrable] public static double SineSquaredCosineSquared(double x) => Math.Sin(x) * Math.Sin(x) * Math.Cos(x) * Math.Cos(x);
        [Integrable] public static double CosineFourth(double x) => Math.Pow(Math.Cos(x), 4);
        [Integrable] public static double SineFourthCosineSquared(double x) => Math.Pow(Math.Sin(x), 4) * Math.Pow(Math.Cos(x), 2);
        [Integrable] public static double ShiftedSineCubed(double x) => Math.Pow(Math.Sin(2 * x + 1), 3);

        // the inverse-trigonometric forms
        [Integrable] public static double Lorentzian(double x) => 1 / (1 + x * x);
        [Integrable] public static double ShiftedLorentzian(double x) => 1 / (x * x + 4 * x + 13);
        [Integrable] public static double Arcsine(double x) => 1 / Math.Sqrt(1 - x * x);
        [Integrable] public static double WideArcsine(double x) => 1 / Math.Sqrt(4 - x * x);
        [Integrable] public static double InverseHyperbolic(double x) => 1 / Math.Sqrt(x * x + 1);
        [Integrable] public static double PartialFractions(double x) => 1 / (x * x - 1);
        [Integrable] public static double Arctangent(double x) => Math.Atan(x);

        // substitution for a linear inner function
        [Integrable] public static double ShiftedSine(double x) => Math.Sin(2 * x + 1);
        [Integrable] public static double ShiftedCube(double x) => Math.Pow(2 * x + 1, 3);
        [Integrable] public static double ShiftedReciprocal(double x) => 1 / (3 * x + 2);
        [Integrable] public static double Decay(double x) => Math.Exp(-0.5 * x + 1);

        // derivative divides, g′(x)·f(g(x))
        [Integrable] public static double ChainCosine(double x) => 2 * x * Math.Cos(x * x);
        [Integrable] public static double GaussianSlope(double x) => x * Math.Exp(-x * x);
        [Integrable] public static double Cotangent(double x) => Math.Cos(x) / Math.Sin(x);
        [Integrable] public static double LogOfQuadratic(double x) => x / (1 + x * x);
        [Integrable] public static double SineSquaredCosine(double x) => Math.Sin(x) * Math.Sin(x) * Math.Cos(x);
        [Integrable] public static double LogLog(double x) => 1 / (x * Math.Log(x));
        [Integrable] public static double TangentSubstitution(double x) => Math.Exp(Math.Tan(x)) / (Math.Cos(x) * Math.Cos(x));
        [Integrable] public static double ArcsineSubstitution(double x) => 1 / (Math.Sqrt(1 - x * x) * Math.Asin(x));

        // integration by parts
        [Integrable] public static double TimesExponential(double x) => x * Math.Exp(x);
        [Integrable] public static double SquareTimesSine(double x) => x * x * Math.Sin(x);
        [Integrable] public static double TimesCosine(double x) => x * Math.Cos(2 * x);
        [Integrable] public static double TimesLogarithm(double x) => x * Math.Log(x);
        [Integrable] public static double LogarithmOfQuadratic(double x) => Math.Log(x * x + 1);
        [Integrable] public static double InverseHyperbolicSine(double x) => Math.Asinh(x);

        // integration by parts twice: eᵃˣ·sin bx and eᵃˣ·cos bx
        [Integrable] public static double ExponentialSine(double x) => Math.Exp(x) * Math.Sin(x);
        [Integrable] public static double ExponentialCosine(double x) => Math.Exp(2 * x) * Math.Cos(3 * x);
        [Integrable] public static double DampedSine(double x) => Math.Exp(-0.5 * x + 1) * Math.Sin(4 * x + 1);
        [Integrable(""t"")] public static double DampedWave(double t, double k, double w) => Math.Exp(-k * t) * Math.Cos(w * t);

        // rational functions: long division, then ln|Q| and the quadratic forms
        [Integrable] public static double Rational(double x) => (x * x + 1) / (x - 1);
        [Integrable] public static double ProductOfLinears(double x) => 1 / (x * (x + 1));
        [Integrable] public static double OverQuadratic(double x) => (x * x * x + 2 * x) / (x * x + 2 * x + 5);

        // partial fractions over a denominator of degree 3 or 4 factored over the rationals
        [Integrable] public static double ThreeLinearFactors(double x) => 1 / ((x - 1) * (x - 2) * (x - 3));
        [Integrable] public static double OverCubic(double x) => (2 * x + 3) / (x * x * x - x);
        [Integrable] public static double LinearTimesQuadratic(double x) => 1 / (x * x * x + x);
        [Integrable] public static double RepeatedRoots(double x) => (x * x + 1) / (x * x * (x + 1) * (x + 1));
        [Integrable] public static double TwoQuadratics(double x) => 1 / ((x * x + 1) * (x * x + 4));
        [Integrable] public static double OverQuartic(double x) => (x * x * x * x + 1) / (x * x * x * x - 5 * x * x + 4);
        [Integrable] public static double RationalRoot(double x) => x / (2 * x * x * x - x * x - 2 * x + 1);
        [Integrable] public static double TimesArctangent(double x) => x * Math.Atan(x);
        [Integrable] public static double LogarithmSquared(double x) => Math.Log(x) * Math.Log(x);

        // multiplying out
        [Integrable] public static double Factored(double x) => (x + 1) * (x - 2);
        [Integrable] public static double SquaredQuadratic(double x) => (x * x + 1) * (x * x + 1);

        // locals and named constants, written out
        [Integrable] public static double WithLocal(double x) { double y = 2 * x + 1; return y * y; }
        [Integrable] public static double Falling(double t) { const double g = 9.81; return 20 - g * t; }

        // other parameters held constant
        [Integrable(""t"")] public static double Speed(double t, double v0, double a) => v0 + a * t;
        [Integrable(""t"")] public static double Cooling(double t, double k) => Math.Exp(-k * t);

        // float
        [Integrable] public static float FloatWave(float x) => x * x + MathF.Sin(x);
    }
}";

        private static readonly Lazy<Assembly> Compiled = new Lazy<Assembly>(() => IntegralHarness.Load(Source));

        public static Type Rules => Compiled.Value.GetType("Tests.Rules")!;
    }
}
