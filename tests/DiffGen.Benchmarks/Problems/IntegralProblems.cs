using System;

namespace DiffGen.Benchmarks.Problems;

/// <summary>
/// One definite integral to benchmark: the integrand, its interval, its exact value and the
/// generated <c>MIntegral</c>. Static members on a struct, so that a generic benchmark class compiled
/// for each problem calls them directly, with no delegate or virtual call in what is timed.
/// </summary>
public interface IIntegralProblem
{
    /// <summary>How the tables name the problem.</summary>
    static abstract string Name { get; }

    static abstract double From { get; }

    static abstract double To { get; }

    /// <summary>The exact integral, rounded to double (the sources are on each problem).</summary>
    static abstract double Exact { get; }

    /// <summary>The generated antiderivative MIntegral uses (named with nameof, so a missing one fails the build), or null when there is none.</summary>
    static abstract string? ClosedForm { get; }

    static abstract double Evaluate(double x);

    /// <summary>The generated antiderivative F at x; NaN where there is none.</summary>
    static abstract double Antiderivative(double x);

    /// <summary>The generated MIntegral.</summary>
    static abstract double GeneratedIntegral(double from, double to);

    /// <summary>The generated MIntegral with its error estimate.</summary>
    static abstract double GeneratedIntegral(double from, double to, out double errorEstimate);
}

/// <summary>∫₋₁² (3x⁴ − 2x³ + x − 5) dx = −6/5.</summary>
public readonly struct PolynomialProblem : IIntegralProblem
{
    public static string Name => "3x⁴ − 2x³ + x − 5 on [−1, 2]";
    public static double From => -1;
    public static double To => 2;
    public static double Exact => -1.2;
    public static string? ClosedForm => nameof(Integrands.PolynomialAntiderivative);
    public static double Evaluate(double x) => Integrands.Polynomial(x);
    public static double Antiderivative(double x) => Integrands.PolynomialAntiderivative(x);
    public static double GeneratedIntegral(double from, double to) => Integrands.PolynomialIntegral(from, to);
    public static double GeneratedIntegral(double from, double to, out double errorEstimate) =>
        Integrands.PolynomialIntegral(from, to, out errorEstimate);
}

/// <summary>
/// ∫₀^π eˣ·sin 3x dx = 3·(e^π + 1)/10 (mpmath, 30 digits: 7.24220778983378070171872591038); sin 3x is 0 at
/// π, so π rounded to double moves it by far less than a rounding of the result.
/// </summary>
public readonly struct ExpSinProblem : IIntegralProblem
{
    public static string Name => "eˣ·sin 3x on [0, π]";
    public static double From => 0;
    public static double To => Math.PI;
    public static double Exact => 7.2422077898337807017;
    public static string? ClosedForm => nameof(Integrands.ExpSinAntiderivative);
    public static double Evaluate(double x) => Integrands.ExpSin(x);
    public static double Antiderivative(double x) => Integrands.ExpSinAntiderivative(x);
    public static double GeneratedIntegral(double from, double to) => Integrands.ExpSinIntegral(from, to);
    public static double GeneratedIntegral(double from, double to, out double errorEstimate) =>
        Integrands.ExpSinIntegral(from, to, out errorEstimate);
}

/// <summary>∫₀¹ dx/√x = 2.</summary>
public readonly struct InverseSqrtProblem : IIntegralProblem
{
    public static string Name => "1/√x on [0, 1]";
    public static double From => 0;
    public static double To => 1;
    public static double Exact => 2;
    public static string? ClosedForm => nameof(Integrands.InverseSqrtAntiderivative);
    public static double Evaluate(double x) => Integrands.InverseSqrt(x);
    public static double Antiderivative(double x) => Integrands.InverseSqrtAntiderivative(x);
    public static double GeneratedIntegral(double from, double to) => Integrands.InverseSqrtIntegral(from, to);
    public static double GeneratedIntegral(double from, double to, out double errorEstimate) =>
        Integrands.InverseSqrtIntegral(from, to, out errorEstimate);
}

/// <summary>∫ e^(−x²) dx over (−∞, ∞) = √π (mpmath, 30 digits: 1.77245385090551602729816748334).</summary>
public readonly struct GaussianProblem : IIntegralProblem
{
    public static string Name => "e^(−x²) on (−∞, ∞)";
    public static double From => double.NegativeInfinity;
    public static double To => double.PositiveInfinity;
    public static double Exact => 1.7724538509055160273;
    public static string? ClosedForm => null;
    public static double Evaluate(double x) => Integrands.Gaussian(x);
    public static double Antiderivative(double x) => double.NaN;
    public static double GeneratedIntegral(double from, double to) => Integrands.GaussianIntegral(from, to);
    public static double GeneratedIntegral(double from, double to, out double errorEstimate) =>
        Integrands.GaussianIntegral(from, to, out errorEstimate);
}

/// <summary>
/// ∫₀^{40π} x·sin x dx = −40π over 20 periods (mpmath, 30 digits: −125.663706143591729538505735331). The
/// bound 40π rounded to double moves the exact value by about 125·(1e-14)² only, as sin x is 0 there.
/// </summary>
public readonly struct XSinXProblem : IIntegralProblem
{
    public static string Name => "x·sin x on [0, 40π]";
    public static double From => 0;
    public static double To => 40 * Math.PI;
    public static double Exact => -125.66370614359172954;
    public static string? ClosedForm => nameof(Integrands.XSinXAntiderivative);
    public static double Evaluate(double x) => Integrands.XSinX(x);
    public static double Antiderivative(double x) => Integrands.XSinXAntiderivative(x);
    public static double GeneratedIntegral(double from, double to) => Integrands.XSinXIntegral(from, to);
    public static double GeneratedIntegral(double from, double to, out double errorEstimate) =>
        Integrands.XSinXIntegral(from, to, out errorEstimate);
}
