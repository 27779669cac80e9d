using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using DiffGen.Benchmarks.Problems;
using MathNet.Numerics;

namespace DiffGen.Benchmarks;

/// <summary>
/// One definite integral four ways: the generated <c>MIntegral</c> (F(to) − F(from) where the problem
/// has a closed form, DiffGen's quadrature otherwise), DiffGen's <see cref="Quadrature"/> on the
/// integrand, and Math.NET Numerics' <c>Integrate.GaussKronrod</c> and <c>Integrate.DoubleExponential</c>,
/// all asked for a relative 1e-12 (<see cref="IntegralTolerances"/>). Compiled once per problem, so
/// the integrand is called directly (Math.NET takes a delegate, created once in setup).
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory(Categories.Integrals)]
[GenericTypeArguments(typeof(PolynomialProblem))]
[GenericTypeArguments(typeof(ExpSinProblem))]
[GenericTypeArguments(typeof(InverseSqrtProblem))]
[GenericTypeArguments(typeof(GaussianProblem))]
[GenericTypeArguments(typeof(XSinXProblem))]
public class IntegralBenchmarks<TProblem> : IChecked, IMeasuresAccuracy
    where TProblem : struct, IIntegralProblem
{
    // Bounds in fields, not the problem's constants: with constant bounds the JIT could fold a
    // polynomial's closed form to a constant and time nothing.
    private double from;
    private double to;
    private Func<double, double> function = TProblem.Evaluate;

    [GlobalSetup]
    public void Setup()
    {
        from = TProblem.From;
        to = TProblem.To;
        function = TProblem.Evaluate;
    }

    public string Label => $"Integral of {TProblem.Name}";

    public string Agreement => "the generated MIntegral and DiffGen's quadrature are within a relative 1e-10 of the exact value";

    /// <summary>Throws unless DiffGen's two ways reach a relative 1e-10 (see <see cref="IntegralAccuracy"/>).</summary>
    public void Check() => IntegralAccuracy.ThrowIfDiffGenWrong(TProblem.Name, ((IMeasuresAccuracy)this).MeasureAccuracy());

    IntegralAccuracy.Problem IMeasuresAccuracy.MeasureAccuracy()
    {
        Setup();
        return IntegralAccuracy.Measure<TProblem>(from, to, function, new Dictionary<string, double>
        {
            [IntegralMethods.GeneratedMIntegral] = GeneratedMIntegral(),
            [IntegralMethods.DiffGenQuadrature] = DiffGenQuadrature(),
            [IntegralMethods.MathNetGaussKronrod] = MathNetGaussKronrod(),
            [IntegralMethods.MathNetDoubleExponential] = MathNetDoubleExponential(),
        });
    }

    [Benchmark]
    public double GeneratedMIntegral() => TProblem.GeneratedIntegral(from, to);

    [Benchmark]
    public double DiffGenQuadrature() => Quadrature.Integrate(new ProblemIntegrand<TProblem>(), from, to);

    [Benchmark]
    public double MathNetGaussKronrod() =>
        Integrate.GaussKronrod(
            function, from, to, IntegralTolerances.Relative, IntegralTolerances.MathNetMaximumDepth, IntegralTolerances.MathNetGaussKronrodOrder);

    [Benchmark]
    public double MathNetDoubleExponential() => Integrate.DoubleExponential(function, from, to, IntegralTolerances.Relative);
}

/// <summary>A problem's integrand as DiffGen's quadrature takes it: a struct, called without a delegate.</summary>
public readonly struct ProblemIntegrand<TProblem> : IIntegrand
    where TProblem : struct, IIntegralProblem
{
    public double Evaluate(double x) => TProblem.Evaluate(x);
}

/// <summary>What every method is asked for, the same for all so that their times compare.</summary>
internal static class IntegralTolerances
{
    /// <summary>DiffGen's default (<see cref="Quadrature.DefaultRelativeTolerance"/>), asked of Math.NET too.</summary>
    public const double Relative = Quadrature.DefaultRelativeTolerance;

    /// <summary>The same 21-point rule as DiffGen's (Math.NET's default is 15 points), so the comparison is of the adaptive strategy.</summary>
    public const int MathNetGaussKronrodOrder = 21;

    /// <summary>Math.NET's default depth of interval splitting.</summary>
    public const int MathNetMaximumDepth = 15;
}

/// <summary>The benchmark methods' names, which the accuracy table and the report join on.</summary>
internal static class IntegralMethods
{
    public const string GeneratedMIntegral = nameof(GeneratedMIntegral);
    public const string DiffGenQuadrature = nameof(DiffGenQuadrature);
    public const string MathNetGaussKronrod = nameof(MathNetGaussKronrod);
    public const string MathNetDoubleExponential = nameof(MathNetDoubleExponential);
}
