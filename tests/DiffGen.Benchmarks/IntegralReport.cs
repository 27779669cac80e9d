using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Reports;
using static DiffGen.Benchmarks.ReportCells;

namespace DiffGen.Benchmarks;

/// <summary>
/// After the run, prints for each integral what BenchmarkDotNet timed beside what it cannot show: the
/// error each way actually made against the exact value, the error it estimated for itself and how
/// many times it evaluated the integrand. Markdown, so that docs/benchmarks.md takes it as it is.
/// </summary>
internal static class IntegralReport
{
    private static readonly (string Method, string Label)[] Rows =
    [
        (IntegralMethods.GeneratedMIntegral, "generated `MIntegral`"),
        (IntegralMethods.DiffGenQuadrature, "DiffGen `Quadrature.Integrate`"),
        (IntegralMethods.MathNetGaussKronrod, "Math.NET `GaussKronrod` (21 points)"),
        (IntegralMethods.MathNetDoubleExponential, "Math.NET `DoubleExponential`"),
    ];

    public static void Print(IReadOnlyList<Summary> summaries, TextWriter output)
    {
        var problems = ReportCells.Measured(summaries)
            .Where(r => typeof(IMeasuresAccuracy).IsAssignableFrom(r.BenchmarkCase.Descriptor.Type))
            .GroupBy(r => r.BenchmarkCase.Descriptor.Type)
            .Select(g => (
                Accuracy: ((IMeasuresAccuracy)Activator.CreateInstance(g.Key)!).MeasureAccuracy(),
                Reports: g.ToDictionary(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name, StringComparer.Ordinal)))
            .ToList();
        if (problems.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine("## Integrals");
        output.WriteLine();
        output.WriteLine("| Integral | " + string.Join(" | ", Rows.Select(r => r.Label)) + " |");
        output.WriteLine("| --- |" + string.Concat(Rows.Select(_ => " ---: |")));
        foreach (var (accuracy, reports) in problems)
        {
            output.WriteLine($"| {accuracy.Name} | " + string.Join(" | ", Rows.Select(r => Time(Mean(reports, r.Method)))) + " |");
        }

        foreach (var (accuracy, reports) in problems)
        {
            double? quadrature = Mean(reports, IntegralMethods.DiffGenQuadrature);
            output.WriteLine();
            output.WriteLine($"### {accuracy.Name}");
            output.WriteLine();
            output.WriteLine($"Exact {accuracy.Exact.ToString("R", CultureInfo.InvariantCulture)}; `MIntegral` by {accuracy.Route}.");
            output.WriteLine();
            output.WriteLine("| | Mean ± error | ÷ DiffGen quadrature | Allocated | Relative error | Own estimate (absolute) | Evaluations |");
            output.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
            foreach (var (method, label) in Rows)
            {
                IntegralAccuracy.Row row = accuracy.Rows.Single(a => a.Method == method);
                double? mean = Mean(reports, method);
                output.WriteLine(
                    $"| {label} | {Time(mean)} ± {Time(Error(reports, method))} | {Ratio(mean, quadrature)} | {Allocated(reports, method)} " +
                    $"| {Scientific(row.RelativeError)} | {(row.Estimate is double e ? Scientific(e) : "none")} | {row.Evaluations} |");
            }
        }

        output.WriteLine();
    }

    private static string Ratio(double? numerator, double? denominator) =>
        numerator is double n && denominator is double d && d > 0
            ? (n / d).ToString(n / d < 100 ? "0.00" : "N0", CultureInfo.InvariantCulture)
            : "?";

    /// <summary>0 as "0", anything else as 1.2e-15.</summary>
    private static string Scientific(double value) =>
        value == 0 ? "0" : value.ToString("0.0e+0", CultureInfo.InvariantCulture);
}
