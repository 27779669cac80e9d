using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace DiffGen
{
    /// <summary>
    /// What a <see cref="GradientCheck"/> found: for each entry of the flat parameter vector the
    /// analytic (checked) and numerical partial derivative and their relative error, the worst entry,
    /// and whether the check passed. <see cref="ToString"/> reads as a short report.
    /// </summary>
    /// <remarks>
    /// <example>
    /// <code>
    /// GradientCheckResult r = GradientCheck.Run(f, fGradient, x);
    /// if (!r.Passed)
    /// {
    ///     Console.WriteLine($"entry {r.WorstIndex}: {r.WorstAnalytic} vs {r.WorstNumeric}");
    /// }
    ///
    /// // Gradient check FAILED: worst relative error 5.0e-01 at index 1 (b) > tolerance 1e-06
    /// //   analytic 2, numeric 4
    /// //   value 3.25 (the gradient function returned 3.25)
    /// //   at point (0.5, 1.5)
    /// //   index  name  analytic  numeric  relative error
    /// //   ...
    /// Console.WriteLine(r);
    /// </code>
    /// </example>
    /// </remarks>
    public sealed class GradientCheckResult
    {
        private const int RowsShown = 10;
        private const int PointEntriesShown = 6;

        private readonly double[] point;
        private readonly double[] analytic;
        private readonly double[] numeric;
        private readonly double[] errors;
        private readonly Func<int, string>? names;
        private readonly bool isFloat;

        internal GradientCheckResult(
            double[] point, double value, double gradientValue, double[] analytic, double[] numeric,
            double tolerance, double scaleFloor, Func<int, string>? names, bool isFloat)
        {
            this.point = (double[])point.Clone();
            this.analytic = analytic;
            this.numeric = numeric;
            this.names = names;
            this.isFloat = isFloat;
            Value = value;
            GradientValue = gradientValue;
            Tolerance = tolerance;

            double largest = 0;
            for (int i = 0; i < analytic.Length; i++)
            {
                largest = Max(largest, Math.Abs(analytic[i]), Math.Abs(numeric[i]));
            }

            errors = new double[analytic.Length];
            WorstIndex = 0;
            for (int i = 0; i < analytic.Length; i++)
            {
                errors[i] = RelativeError(analytic[i], numeric[i], scaleFloor * largest);
                if (errors[i] > errors[WorstIndex])
                {
                    WorstIndex = i;
                }
            }

            ValueRelativeError = RelativeError(gradientValue, value, 0);
            Passed = errors[WorstIndex] <= tolerance && ValueRelativeError <= tolerance;
        }

        /// <summary>Whether every entry and the returned value agree within <see cref="Tolerance"/>.</summary>
        /// <example><code>Assert.True(result.Passed, result.ToString());</code></example>
        public bool Passed { get; }

        /// <summary>The largest relative error that passes.</summary>
        /// <example><code>Console.WriteLine(result.Tolerance);   // 1E-06</code></example>
        public double Tolerance { get; }

        /// <summary>The index, in the flat vector, of the entry with the largest relative error.</summary>
        /// <example><code>Console.WriteLine($"look at entry {result.WorstIndex}");</code></example>
        public int WorstIndex { get; }

        /// <summary>
        /// The largest relative error over the entries (<see cref="double.PositiveInfinity"/> if
        /// either gradient holds a NaN or an infinity there).
        /// </summary>
        /// <example><code>Console.WriteLine($"{result.WorstRelativeError:0.0e+0}");</code></example>
        public double WorstRelativeError => errors[WorstIndex];

        /// <summary>The checked gradient's entry at <see cref="WorstIndex"/>.</summary>
        /// <example><code>double a = result.WorstAnalytic;</code></example>
        public double WorstAnalytic => analytic[WorstIndex];

        /// <summary>The numerical derivative at <see cref="WorstIndex"/>.</summary>
        /// <example><code>double n = result.WorstNumeric;</code></example>
        public double WorstNumeric => numeric[WorstIndex];

        /// <summary>The name of the entry at <see cref="WorstIndex"/>: from <see cref="GradientCheckOptions.Names"/>, else <c>[i]</c>.</summary>
        /// <example><code>Console.WriteLine(result.WorstName);   // "w[3]"</code></example>
        public string WorstName => NameOf(WorstIndex);

        /// <summary>The point the gradient was checked at (a copy).</summary>
        /// <example><code>double x0 = result.Point[0];</code></example>
        public IReadOnlyList<double> Point => point;

        /// <summary>The checked gradient, entry by entry.</summary>
        /// <example><code>double dB = result.Analytic[n];</code></example>
        public IReadOnlyList<double> Analytic => analytic;

        /// <summary>The numerical gradient (Richardson-extrapolated central differences).</summary>
        /// <example><code>double dB = result.Numeric[n];</code></example>
        public IReadOnlyList<double> Numeric => numeric;

        /// <summary>
        /// The relative error of each entry: |analytic − numeric| / max(|analytic|, |numeric|,
        /// <see cref="GradientCheckOptions.ScaleFloor"/> · the largest magnitude in either gradient).
        /// </summary>
        /// <example><code>int bad = result.RelativeErrors.Count(e => e > 1e-6);</code></example>
        public IReadOnlyList<double> RelativeErrors => errors;

        /// <summary>The function's value at <see cref="Point"/>.</summary>
        /// <example><code>Console.WriteLine(result.Value);</code></example>
        public double Value { get; }

        /// <summary>The value the gradient function returned at <see cref="Point"/>; it should equal <see cref="Value"/>.</summary>
        /// <example><code>Console.WriteLine(result.GradientValue - result.Value);</code></example>
        public double GradientValue { get; }

        /// <summary>|<see cref="GradientValue"/> − <see cref="Value"/>| / max(|<see cref="GradientValue"/>|, |<see cref="Value"/>|).</summary>
        /// <example><code>Assert.True(result.ValueRelativeError &lt;= 1e-12);</code></example>
        public double ValueRelativeError { get; }

        /// <summary>Throws if the check failed, with the report as the message.</summary>
        /// <example><code>GradientCheck.Run(f, fGradient, x).ThrowIfFailed();</code></example>
        /// <exception cref="InvalidOperationException">The check did not pass.</exception>
        public void ThrowIfFailed()
        {
            if (!Passed)
            {
                throw new InvalidOperationException(ToString());
            }
        }

        /// <summary>
        /// A report: passed or failed, the worst entry with both values, the value, the point (its
        /// first six entries), and a table of the entries (all of them up to ten, else the ten with
        /// the largest errors).
        /// </summary>
        /// <returns>The report, several lines, numbers in the invariant culture.</returns>
        /// <example><code>Console.WriteLine(GradientCheck.Run(f, fGradient, x));</code></example>
        public override string ToString()
        {
            var text = new StringBuilder();
            string worst = Show(WorstRelativeError, "0.0e+0");
            text.Append("Gradient check ").Append(Passed ? "passed" : "FAILED")
                .Append(": worst relative error ").Append(worst)
                .Append(" at index ").Append(WorstIndex.ToString(CultureInfo.InvariantCulture));
            if (names != null)
            {
                text.Append(" (").Append(WorstName).Append(')');
            }

            text.Append(WorstRelativeError <= Tolerance ? " <= " : " > ")
                .Append("tolerance ").Append(Show(Tolerance, "0e+0")).AppendLine();
            text.Append("  analytic ").Append(Show(WorstAnalytic)).Append(", numeric ").Append(Show(WorstNumeric)).AppendLine();

            text.Append("  value ").Append(Show(Value))
                .Append(" (the gradient function returned ").Append(Show(GradientValue));
            if (ValueRelativeError > Tolerance)
            {
                text.Append(": relative error ").Append(Show(ValueRelativeError, "0.0e+0")).Append(" > tolerance");
            }

            text.AppendLine(")");
            text.Append("  at point (");
            int shown = Math.Min(point.Length, PointEntriesShown);
            for (int i = 0; i < shown; i++)
            {
                text.Append(i == 0 ? string.Empty : ", ").Append(Show(point[i]));
            }

            if (shown < point.Length)
            {
                text.Append(", … ").Append(point.Length.ToString(CultureInfo.InvariantCulture)).Append(" entries");
            }

            text.AppendLine(")");

            // The rows: every entry when there are few, else the worst first.
            var rows = new List<int>();
            for (int i = 0; i < errors.Length; i++)
            {
                rows.Add(i);
            }

            if (rows.Count > RowsShown)
            {
                rows.Sort((a, b) => errors[b].CompareTo(errors[a]) != 0 ? errors[b].CompareTo(errors[a]) : a.CompareTo(b));
                rows.RemoveRange(RowsShown, rows.Count - RowsShown);
                text.Append("  the ").Append(RowsShown.ToString(CultureInfo.InvariantCulture))
                    .Append(" of ").Append(errors.Length.ToString(CultureInfo.InvariantCulture))
                    .AppendLine(" entries with the largest errors:");
            }

            int nameWidth = 5;
            foreach (int i in rows)
            {
                nameWidth = Math.Max(nameWidth, NameOf(i).Length);
            }

            text.Append("  ").Append("entry".PadRight(nameWidth)).Append("  ").Append("analytic".PadLeft(24))
                .Append("  ").Append("numeric".PadLeft(24)).Append("  ").AppendLine("relative error");
            foreach (int i in rows)
            {
                text.Append("  ").Append(NameOf(i).PadRight(nameWidth))
                    .Append("  ").Append(Show(analytic[i]).PadLeft(24))
                    .Append("  ").Append(Show(numeric[i]).PadLeft(24))
                    .Append("  ").Append(Show(errors[i], "0.0e+0"))
                    .AppendLine(errors[i] > Tolerance ? "  <--" : string.Empty);
            }

            return text.ToString().TrimEnd();
        }

        private string NameOf(int index) =>
            names?.Invoke(index) ?? "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

        // Shortest round-trip form: "R" for doubles; a float's entries were floats, so print them as such.
        private string Show(double value) =>
            isFloat && !double.IsNaN(value) && !double.IsInfinity(value) && (float)value == value
                ? ((float)value).ToString("R", CultureInfo.InvariantCulture)
                : value.ToString("R", CultureInfo.InvariantCulture);

        private static string Show(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

        private static double RelativeError(double a, double b, double floor)
        {
            if (double.IsNaN(a) || double.IsNaN(b) || double.IsInfinity(a) || double.IsInfinity(b))
            {
                return double.PositiveInfinity;
            }

            double scale = Max(Math.Abs(a), Math.Abs(b), floor);
            return scale == 0 ? 0 : Math.Abs(a - b) / scale;
        }

        private static double Max(double a, double b, double c) => Math.Max(a, Math.Max(b, c));
    }
}
