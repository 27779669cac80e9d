using System;
using System.Collections.Generic;
using DiffGen.Benchmarks.Problems;
using MathNet.Numerics;

namespace DiffGen.Benchmarks;

/// <summary>
/// How close each way of computing an integral comes to the exact value, with the error it estimates
/// for itself and how many times it evaluates the integrand; measured in the host process before the
/// benchmarks run, for the report after them.
/// </summary>
internal static class IntegralAccuracy
{
    /// <summary>DiffGen's own ways must be this close (relative) before anything is timed.</summary>
    private const double DiffGenTolerance = 1e-10;

    /// <param name="Estimate">The method's own estimate of its absolute error; null where it gives none (double exponential).</param>
    /// <param name="Evaluations">Integrand evaluations; 0 for a closed form.</param>
    public sealed record Row(string Method, double Value, double RelativeError, double? Estimate, int Evaluations);

    public sealed record Problem(string Name, double Exact, string Route, IReadOnlyList<Row> Rows);

    /// <summary>
    /// The rows of one problem: <paramref name="values"/> are what the benchmark methods return; the
    /// estimates and counts come from the same calls made again with an estimate or a counting delegate.
    /// </summary>
    public static Problem Measure<TProblem>(
        double from, double to, Func<double, double> function, IReadOnlyDictionary<string, double> values)
        where TProblem : struct, IIntegralProblem
    {
        double exact = TProblem.Exact;
        double relative(string method) => Math.Abs(values[method] - exact) / Math.Abs(exact);

        TProblem.GeneratedIntegral(from, to, out double generatedEstimate);
        QuadratureResult quadrature = Quadrature.Integrate(new ProblemIntegrand<TProblem>(), from, to, options: null);

        // MIntegral took the closed form if it returned F(to) − F(from) to the last bit.
        double generated = values[IntegralMethods.GeneratedMIntegral];
        bool closedForm = generated == TProblem.Antiderivative(to) - TProblem.Antiderivative(from);
        string route = closedForm ? $"closed form ({TProblem.ClosedForm})" : "quadrature (no closed form used)";

        int gaussKronrodCalls = 0;
        Integrate.GaussKronrod(
            x => { gaussKronrodCalls++; return function(x); }, from, to, out double gaussKronrodEstimate, out _,
            IntegralTolerances.Relative, IntegralTolerances.MathNetMaximumDepth, IntegralTolerances.MathNetGaussKronrodOrder);
        int doubleExponentialCalls = 0;
        Integrate.DoubleExponential(x => { doubleExponentialCalls++; return function(x); }, from, to, IntegralTolerances.Relative);

        return new Problem(TProblem.Name, exact, route,
        [
            new(IntegralMethods.GeneratedMIntegral, generated, relative(IntegralMethods.GeneratedMIntegral), generatedEstimate,
                closedForm ? 0 : quadrature.Evaluations),
            new(IntegralMethods.DiffGenQuadrature, values[IntegralMethods.DiffGenQuadrature], relative(IntegralMethods.DiffGenQuadrature),
                quadrature.ErrorEstimate, quadrature.Evaluations),
            new(IntegralMethods.MathNetGaussKronrod, values[IntegralMethods.MathNetGaussKronrod], relative(IntegralMethods.MathNetGaussKronrod),
                gaussKronrodEstimate, gaussKronrodCalls),
            new(IntegralMethods.MathNetDoubleExponential, values[IntegralMethods.MathNetDoubleExponential],
                relative(IntegralMethods.MathNetDoubleExponential), null, doubleExponentialCalls),
        ]);
    }

    /// <summary>
    /// A benchmark of a wrong integral is worthless: throws unless the generated MIntegral and DiffGen's
    /// quadrature are within a relative 1e-10 of the exact value. Math.NET's results are not checked:
    /// their errors are what the report shows.
    /// </summary>
    public static void ThrowIfDiffGenWrong(string name, Problem problem)
    {
        foreach (Row row in problem.Rows)
        {
            bool diffGen = row.Method is IntegralMethods.GeneratedMIntegral or IntegralMethods.DiffGenQuadrature;
            if (diffGen && !(row.RelativeError <= DiffGenTolerance))
            {
                throw new InvalidOperationException(
                    $"{name}: {row.Method} gave {row.Value:R}, a relative error of {row.RelativeError:0.0e+0} against the exact {problem.Exact:R}.");
            }
        }
    }
}

/// <summary>A benchmark class that can say how accurate what it times is.</summary>
internal interface IMeasuresAccuracy
{
    IntegralAccuracy.Problem MeasureAccuracy();
}
