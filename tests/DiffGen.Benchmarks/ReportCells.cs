using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Reports;

namespace DiffGen.Benchmarks;

/// <summary>
/// The cells the reports after the run print for one benchmark method (its reports keyed by method
/// name), formatted alike in every table.
/// </summary>
internal static class ReportCells
{
    /// <summary>The reports of every benchmark that ran and was measured.</summary>
    public static IEnumerable<BenchmarkReport> Measured(IEnumerable<Summary> summaries) =>
        summaries.SelectMany(s => s.Reports).Where(r => r.Success && r.ResultStatistics is not null);

    public static double? Mean(Dictionary<string, BenchmarkReport> reports, string method) =>
        reports.TryGetValue(method, out var r) ? r.ResultStatistics!.Mean : null;

    /// <summary>Half the 99.9 % confidence interval of the mean, as BenchmarkDotNet's Error column.</summary>
    public static double? Error(Dictionary<string, BenchmarkReport> reports, string method) =>
        reports.TryGetValue(method, out var r) ? r.ResultStatistics!.ConfidenceInterval.Margin : null;

    public static string Allocated(Dictionary<string, BenchmarkReport> reports, string method) =>
        reports.TryGetValue(method, out var r) && r.GcStats.GetBytesAllocatedPerOperation(r.BenchmarkCase) is long bytes
            ? $"{bytes.ToString(CultureInfo.InvariantCulture)} B"
            : "?";

    /// <summary>A time in nanoseconds, in the unit that reads best.</summary>
    public static string Time(double? nanoseconds) => nanoseconds switch
    {
        null => "?",
        < 1e3 => $"{nanoseconds.Value.ToString("0.00", CultureInfo.InvariantCulture)} ns",
        < 1e6 => $"{(nanoseconds.Value / 1e3).ToString("0.00", CultureInfo.InvariantCulture)} µs",
        _ => $"{(nanoseconds.Value / 1e6).ToString("0.00", CultureInfo.InvariantCulture)} ms",
    };
}
