using System;
using System.Globalization;

namespace DiffGen
{
    /// <summary>The trapezoid rule for sampled points.</summary>
    public static partial class Quadrature
    {
        /// <summary>
        /// The area under the polyline through the points (x[i], y[i]): the sum of the trapezoids
        /// (x[i+1] − x[i]) · (y[i] + y[i+1]) / 2. Exact for a piecewise-linear curve such as a ROC
        /// curve; for samples of a smooth function the error falls as the square of the spacing.
        /// </summary>
        /// <param name="x">The abscissas, never decreasing (equal neighbours are a vertical step).</param>
        /// <param name="y">The values, one for each abscissa.</param>
        /// <returns>The area (negative where y is negative); 0 for fewer than two points; NaN if a y is NaN.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="x"/> or <paramref name="y"/> is <c>null</c>.</exception>
        /// <exception cref="ArgumentException">The lengths differ, or an x is NaN or smaller than the one before it.</exception>
        /// <example>
        /// <code>
        /// // The ROC curve through (0, 0), (0, 0.5), (0.5, 0.5), (0.5, 1), (1, 1)
        /// double auc = Quadrature.Trapezoid(new[] { 0, 0, 0.5, 0.5, 1 }, new[] { 0, 0.5, 0.5, 1, 1 });   // 0.75
        /// </code>
        /// </example>
        public static double Trapezoid(double[] x, double[] y)
        {
            CheckSamples(x, y, x?.Length ?? 0, y?.Length ?? 0);
            double area = 0;
            for (int i = 1; i < x!.Length; i++)
            {
                if (!(x[i] >= x[i - 1]))
                {
                    throw Decreasing(i, x[i], x[i - 1]);
                }

                area += (x[i] - x[i - 1]) * (y![i] + y[i - 1]) * 0.5;
            }

            return area;
        }

        /// <summary>The trapezoid rule over <see cref="float"/> samples, added up in <see cref="double"/>; see <see cref="Trapezoid(double[], double[])"/>.</summary>
        /// <param name="x">The abscissas, never decreasing.</param>
        /// <param name="y">The values, one for each abscissa.</param>
        /// <returns>The area rounded to <see cref="float"/>; 0 for fewer than two points; NaN if a y is NaN.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="x"/> or <paramref name="y"/> is <c>null</c>.</exception>
        /// <exception cref="ArgumentException">The lengths differ, or an x is NaN or smaller than the one before it.</exception>
        /// <example><code>float auc = Quadrature.Trapezoid(new[] { 0f, 0.5f, 1f }, new[] { 0f, 0.8f, 1f });   // 0.65</code></example>
        public static float Trapezoid(float[] x, float[] y)
        {
            CheckSamples(x, y, x?.Length ?? 0, y?.Length ?? 0);
            double area = 0;
            for (int i = 1; i < x!.Length; i++)
            {
                if (!(x[i] >= x[i - 1]))
                {
                    throw Decreasing(i, x[i], x[i - 1]);
                }

                area += ((double)x[i] - x[i - 1]) * ((double)y![i] + y[i - 1]) * 0.5;
            }

            return (float)area;
        }

        private static void CheckSamples(object? x, object? y, int xLength, int yLength)
        {
            if (x is null)
            {
                throw new ArgumentNullException(nameof(x));
            }

            if (y is null)
            {
                throw new ArgumentNullException(nameof(y));
            }

            if (xLength != yLength)
            {
                throw new ArgumentException(
                    "The trapezoid rule needs one y for each x: x has " + xLength.ToString(CultureInfo.InvariantCulture)
                    + " points and y has " + yLength.ToString(CultureInfo.InvariantCulture) + ".",
                    nameof(y));
            }
        }

        private static ArgumentException Decreasing(int i, double xi, double previous)
        {
            string at = "x[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            string before = "x[" + (i - 1).ToString(CultureInfo.InvariantCulture) + "]";
            string message = double.IsNaN(previous) ? before + " is NaN; the x values must be numbers that never decrease."
                : double.IsNaN(xi) ? at + " is NaN; the x values must be numbers that never decrease."
                : "The x values must not decrease: " + at + " = " + xi.ToString("R", CultureInfo.InvariantCulture)
                    + " is less than " + before + " = " + previous.ToString("R", CultureInfo.InvariantCulture) + ".";
            return new ArgumentException(message, "x");
        }
    }
}
