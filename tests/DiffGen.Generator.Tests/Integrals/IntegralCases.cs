using System;
using System.Reflection;

namespace DiffGen.Generator.Tests.Integrals
{
    /// <summary>
    /// The methods the definite-integral tests integrate, compiled once with their generated integrals.
    /// Each comment gives the antiderivative the expected values were worked from by hand.
    /// </summary>
    public static class IntegralCases
    {
        public const string Source = @"
using System;
using DiffGen;

namespace Tests
{
    public static partial class Calculus
    {
        // The calculus course's examples: F = x²/4 and F = x².
        [Integrable]
        public static double Half(double x) => x / 2;

        [Integrable]
        public static double Twice(double x) => 2 * x;

        // F = x⁴ − x³ + x² − 5x
        [Integrable]
        public static double Cubic(double x) => 4 * x * x * x - 3 * x * x + 2 * x - 5;

        // F = eˣ
        [Integrable]
        public static double Exponential(double x) => Math.Exp(x);

        // F = −cos x
        [Integrable]
        public static double Sine(double x) => Math.Sin(x);

        // F = 2√x: an integrable singularity at 0
        [Integrable]
        public static double InverseSqrt(double x) => 1 / Math.Sqrt(x);

        // The standard normal density: 1 over (−∞, ∞)
        [Integrable]
        public static double Gaussian(double x) => Math.Exp(-x * x / 2) / Math.Sqrt(2 * Math.PI);

        // A vehicle's speed; its integral is the distance, v0·t + a·t²/2 from 0
        [Integrable(""t"")]
        public static double Speed(double t, double v0, double a) => v0 + a * t;

        // |x| with a branch: F = x·|x|/2
        [Integrable]
        public static double Tent(double x)
        {
            if (x < 0)
            {
                return -x;
            }

            return x;
        }

        // 1 + x + ... + x^(terms − 1) with a loop: ∫₀¹ is the harmonic number H(terms)
        [Integrable(""x"")]
        public static double Series(double x, int terms)
        {
            double sum = 0;
            double power = 1;
            for (int n = 0; n < terms; n++)
            {
                sum += power;
                power *= x;
            }

            return sum;
        }

        // ln x: NaN for x < 0
        [Integrable]
        public static double Logarithm(double x) => Math.Log(x);

        // float: F = x²/4 and F = sin x
        [Integrable]
        public static float HalfFloat(float x) => x / 2;

        [Integrable]
        public static float CosineFloat(float x) => MathF.Cos(x);

        // Overloads: each gets its own integrand struct
        [Integrable]
        public static double Square(double x) => x * x;

        [Integrable]
        public static float Square(float x) => x * x;

        // Two variables over a rectangle, x inner, y outer: ∫₀¹ ∫₀² x·y² dx dy = 2/3
        [Integrable(""x"", ""y"")]
        public static double Product(double x, double y) => x * y * y;

        [Integrable(""x"", ""y"")]
        public static float ProductFloat(float x, float y) => x * y * y;

        // With a constant before the variables: ∫₀² ∫₀¹ (a + x + y) dx dy = 2a + 3
        [Integrable(""x"", ""y"")]
        public static double Plane(double a, double x, double y) => a + x + y;
    }

    // An instance method reading a field: the work of a spring, ∫₀ᵈ k·x dx = k·d²/2
    public partial class Spring
    {
        private readonly double stiffness;

        public Spring(double stiffness)
        {
            this.stiffness = stiffness;
        }

        [Integrable]
        public double Force(double x) => stiffness * x;
    }
}";

        /// <summary>Compiled after the generator has run: calls of the generated members, as a user writes them.</summary>
        public const string Callers = @"
namespace Tests
{
    // The calls the allocation test measures, without reflection or boxing.
    public static class Probe
    {
        private static readonly Spring Spring = new Spring(3);

        public static double Speed() => Calculus.SpeedIntegral(0, 10, 2, 0.5, out double error) + error;

        public static double Gaussian() => Calculus.GaussianIntegral(double.NegativeInfinity, double.PositiveInfinity);

        public static double Force() => Spring.ForceIntegral(0, 2);

        public static double Product() => Calculus.ProductIntegral(0, 2, 0, 1, out double error) + error;

        public static double HalfFloat() => Calculus.HalfFloatIntegral(1f, 2f, out float error) + error;
    }
}";

        private static readonly Lazy<Assembly> Compiled = new Lazy<Assembly>(() => IntegralHarness.Load(Source, Callers));

        public static Type Calculus => Compiled.Value.GetType("Tests.Calculus", throwOnError: true)!;

        public static Type Spring => Compiled.Value.GetType("Tests.Spring", throwOnError: true)!;

        public static Type Probe => Compiled.Value.GetType("Tests.Probe", throwOnError: true)!;
    }
}
