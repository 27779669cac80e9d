using System;

namespace DiffGen.Benchmarks.Problems;

/// <summary>
/// The integrands of the integral benchmarks. DiffGen generates <c>MIntegral</c> for each and, where
/// its rule table finds one, <c>MAntiderivative</c>; <see cref="IntegralProblems"/> pairs each with its
/// interval and exact value.
/// </summary>
public static partial class Integrands
{
    /// <summary>A polynomial: ∫ = 3x⁵/5 − x⁴/2 + x²/2 − 5x (power rule, linearity).</summary>
    [Integrable]
    public static double Polynomial(double x) => 3 * x * x * x * x - 2 * x * x * x + x - 5;

    /// <summary>eˣ·sin 3x: ∫ = eˣ·(sin 3x − 3·cos 3x)/10 (by parts twice).</summary>
    [Integrable]
    public static double ExpSin(double x) => Math.Exp(x) * Math.Sin(3 * x);

    /// <summary>1/√x, infinite at 0: ∫ = 2√x, continuous at 0, where the quadrature meets an endpoint singularity.</summary>
    [Integrable]
    public static double InverseSqrt(double x) => 1 / Math.Sqrt(x);

    /// <summary>The Gaussian e^(−x²): no elementary antiderivative, so MIntegral is quadrature.</summary>
    [Integrable]
    public static double Gaussian(double x) => Math.Exp(-x * x);

    /// <summary>x·sin x, oscillating with growing amplitude: ∫ = sin x − x·cos x (by parts).</summary>
    [Integrable]
    public static double XSinX(double x) => x * Math.Sin(x);
}
