using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Reports;
using static DiffGen.Benchmarks.ReportCells;

namespace DiffGen.Benchmarks;

/// <summary>
/// After the run, prints per problem the two ratios the goals are stated in, which
/// BenchmarkDotNet's own table gives only against the baseline: generated ÷ hand-written (goal
/// ≤ 1.10) and gradient ÷ function (goal ≤ 4), with the bytes each allocates. Printed as Markdown,
/// so that docs/benchmarks.md takes it as it is, with no ratio worked out by hand.
/// </summary>
internal static class RatioReport
{
    private const double GeneratedOverHandGoal = 1.10;
    private const double GradientOverFunctionGoal = 4;

    /// <summary>The rows of each problem's table: benchmark method and how the table names it.</summary>
    private static readonly (string Method, string Label)[] Rows =
    [
        (Categories.Function, "Function"),
        (Categories.HandWritten, "Hand-written gradient"),
        (Categories.Generated, "Generated gradient"),
        (Categories.FiniteDifferences, "Finite differences"),
    ];

    public static void Print(IReadOnlyList<Summary> summaries, TextWriter output)
    {
        var problems = ReportCells.Measured(summaries)
            .GroupBy(r => r.BenchmarkCase.Descriptor.Categories.FirstOrDefault() ?? "?")
            // Only the problems: groups with a hand-written gradient (not ZeroingThenExp).
            .Where(g => g.Any(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == Categories.HandWritten))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Name: g.Key, Reports: g.ToDictionary(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name, StringComparer.Ordinal)))
            .ToList();
        if (problems.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine("## Summary");
        output.WriteLine();
        output.WriteLine("| Problem | Generated ÷ hand-written (goal ≤ 1.10) | Gradient ÷ function (goal ≤ 4) | Allocated by the generated gradient |");
        output.WriteLine("| --- | ---: | ---: | ---: |");
        foreach (var (name, reports) in problems)
        {
            double? generated = Mean(reports, Categories.Generated);
            output.WriteLine(
                $"| {name} | {Ratio(generated, Mean(reports, Categories.HandWritten), GeneratedOverHandGoal)} " +
                $"| {Ratio(generated, Mean(reports, Categories.Function), GradientOverFunctionGoal)} " +
                $"| {Allocated(reports, Categories.Generated)} |");
        }

        foreach (var (name, reports) in problems)
        {
            double? hand = Mean(reports, Categories.HandWritten);
            double? function = Mean(reports, Categories.Function);
            output.WriteLine();
            output.WriteLine($"### {name}");
            output.WriteLine();
            output.WriteLine("| | Mean ± error | ÷ hand-written | ÷ function | Allocated |");
            output.WriteLine("| --- | ---: | ---: | ---: | ---: |");
            foreach (var (method, label) in Rows)
            {
                double? mean = Mean(reports, method);
                output.WriteLine(
                    $"| {label} | {Time(mean)} ± {Time(Error(reports, method))} | {Ratio(mean, hand, null)} " +
                    $"| {Ratio(mean, function, null)} | {Allocated(reports, method)} |");
            }
        }

        output.WriteLine();
    }

    /// <summary>numerator ÷ denominator to 2 decimals; in bold, with "not met", where above the goal.</summary>
    private static string Ratio(double? numerator, double? denominator, double? goal)
    {
        if (numerator is not double n || denominator is not double d || d <= 0)
        {
            return "?";
        }

        double ratio = n / d;
        string text = ratio.ToString(ratio < 100 ? "0.00" : "N0", CultureInfo.InvariantCulture);
        return goal is double g && ratio > g ? $"**{text}** (not met)" : text;
    }
}
