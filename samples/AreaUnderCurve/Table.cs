using System;

namespace AreaUnderCurve;

/// <summary>
/// Prints one way of computing an area as a row: its value, the error estimate the method gives for
/// itself, and the error it actually made against the exact value, so the two can be compared.
/// </summary>
internal static class Table
{
    private const int LabelWidth = 56;

    public static void Header() =>
        Console.WriteLine($"  {"how",-LabelWidth}  {"value",-19}  {"its estimate",12}  {"actual error",12}");

    /// <summary>One way's row; <paramref name="errorEstimate"/> is <see cref="double.NaN"/> (printed "none") for a way that gives no estimate, such as F(b) − F(a) or the trapezoid rule.</summary>
    public static void Row(string how, double value, double errorEstimate, double exact)
    {
        string estimate = double.IsNaN(errorEstimate) ? "none" : errorEstimate.ToString("0.0e+0");
        double error = Math.Abs(value - exact);
        string actual = error == 0 ? "0" : error.ToString("0.0e+0");
        Console.WriteLine($"  {how,-LabelWidth}  {value,-19:R}  {estimate,12}  {actual,12}");
    }
}
