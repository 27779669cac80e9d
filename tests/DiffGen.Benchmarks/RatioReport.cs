using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Reports;

namespace DiffGen.Benchmarks;

/// <summary>
/// After the run, prints per problem the two ratios the goals are stated in, which
/// BenchmarkDotNet's own table gives only against the baseline: generated ÷ hand-written (goal
/// ≤ 1.10) and generated gradient ÷ function (goal ≤ 4), plus the bytes each allocates. Printed as
/// Markdown so that docs/benchmarks.md takes it as it is.
/// </summary>
internal static class RatioReport
{
    private const double GeneratedOverHandGoal = 1.10;
    private const double GradientOverFunctionGoal = 4;

    public static void Print(IReadOnlyList<Summary> summaries, TextWriter output)
    {
        // (problem, method) -> report, over every summary (one when joined, else one per class).
        var byProblem = summaries
            .SelectMany(s => s.Reports)
            .Where(r => r.Success && r.ResultStatistics is not null)
            .GroupBy(r => r.BenchmarkCase.Descriptor.Categories.FirstOrDefault() ?? "?")
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        if (byProblem.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine("Ratios per problem (means; goals: generated ÷ hand-written ≤ 1.10, generated ÷ function ≤ 4):");
        output.WriteLine();
        output.WriteLine("| Problem | Function | Hand-written | Generated | Finite differences | Generated ÷ hand-written | Generated ÷ function | Hand-written ÷ function | FD ÷ generated | Allocated B/op (function / hand / generated / FD) |");
        output.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        foreach (var problem in byProblem)
        {
            var reports = problem.ToDictionary(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name, StringComparer.Ordinal);
            double? Mean(string method) => reports.TryGetValue(method, out var r) ? r.ResultStatistics!.Mean : null;
            string Allocated(string method) =>
                reports.TryGetValue(method, out var r) && r.GcStats.GetBytesAllocatedPerOperation(r.BenchmarkCase) is long bytes
                    ? bytes.ToString(CultureInfo.InvariantCulture)
                    : "?";

            double? function = Mean(Categories.Function);
            double? hand = Mean(Categories.HandWritten);
            double? generated = Mean(Categories.Generated);
            double? fd = Mean(Categories.FiniteDifferences);
            output.WriteLine(
                $"| {problem.Key} | {Time(function)} | {Time(hand)} | {Time(generated)} | {Time(fd)} " +
                $"| {Ratio(generated, hand, GeneratedOverHandGoal)} | {Ratio(generated, function, GradientOverFunctionGoal)} " +
                $"| {Ratio(hand, function, null)} | {Ratio(fd, generated, null)} " +
                $"| {Allocated(Categories.Function)} / {Allocated(Categories.HandWritten)} / {Allocated(Categories.Generated)} / {Allocated(Categories.FiniteDifferences)} |");
        }

        output.WriteLine();
    }

    private static string Ratio(double? numerator, double? denominator, double? goal)
    {
        if (numerator is not double n || denominator is not double d || d <= 0)
        {
            return "?";
        }

        double ratio = n / d;
        string text = ratio.ToString(ratio < 100 ? "0.00" : "N0", CultureInfo.InvariantCulture);
        return goal is double g && ratio > g ? $"**{text}** (goal ≤ {g.ToString(CultureInfo.InvariantCulture)})" : text;
    }

    /// <summary>A time in nanoseconds, in the unit that reads best.</summary>
    private static string Time(double? nanoseconds) => nanoseconds switch
    {
        null => "?",
        < 1e3 => $"{nanoseconds.Value.ToString("0.00", CultureInfo.InvariantCulture)} ns",
        < 1e6 => $"{(nanoseconds.Value / 1e3).ToString("0.00", CultureInfo.InvariantCulture)} µs",
        _ => $"{(nanoseconds.Value / 1e6).ToString("0.00", CultureInfo.InvariantCulture)} ms",
    };
}
