using System;

namespace DiffGen
{
    /// <summary>
    /// Checks a gradient (generated or hand-written) against numerical derivatives: central
    /// differences refined by Richardson extrapolation, one entry of the flat parameter vector at a
    /// time. The result names the entry that disagrees most, with both values.
    /// </summary>
    /// <remarks>
    /// <para>
    /// For each entry i the check evaluates the function at x ± h·eᵢ for h, h/2, h/4, … and combines
    /// the central differences D(h) = (f(x + h) − f(x − h)) / 2h in a Neville tableau: D(h) errs by
    /// c₁h² + c₂h⁴ + …, and each level cancels one more term, so the result is accurate to near
    /// round-off, far better than one central difference (about 1e-10 rather than 1e-6 relative).
    /// </para>
    /// <para>
    /// It also compares the value the gradient function returns with the function's own value. Check
    /// at an ordinary point: at a minimum every entry is 0 and only round-off is left to compare.
    /// </para>
    /// <example>
    /// <code>
    /// // [Differentiable] static double Rosenbrock(double x, double y)   (in partial class Functions)
    /// GradientCheckResult result = GradientCheck.Run(
    ///     p => Functions.Rosenbrock(p[0], p[1]),
    ///     (p, g) => Functions.RosenbrockGradient(p[0], p[1], out g[0], out g[1]),
    ///     new[] { -1.2, 1.0 });
    /// Console.WriteLine(result);      // "Gradient check passed: worst relative error 5.2e-14 at index 0 &lt;= tolerance 1e-6 …"
    /// result.ThrowIfFailed();         // or assert on result.Passed in a test
    /// </code>
    /// </example>
    /// </remarks>
    public static class GradientCheck
    {
        /// <summary>The default tolerance for <see cref="double"/> functions.</summary>
        /// <example><code>new GradientCheckOptions { Tolerance = GradientCheck.DefaultTolerance / 100 }</code></example>
        public const double DefaultTolerance = 1e-6;

        /// <summary>The default tolerance for <see cref="float"/> functions.</summary>
        /// <example><code>Assert.Equal(GradientCheck.DefaultFloatTolerance, floatResult.Tolerance);</code></example>
        public const double DefaultFloatTolerance = 1e-3;

        private const double DefaultRelativeStep = 1e-2;
        private const double DefaultFloatRelativeStep = 5e-2;
        private const int DefaultLevels = 5;
        private const int DefaultFloatLevels = 3;
        private const int MaximumLevels = 10;

        /// <summary>
        /// Checks <paramref name="gradient"/> against numerical derivatives of
        /// <paramref name="function"/> at <paramref name="point"/>.
        /// </summary>
        /// <param name="function">f over the flat parameter vector. It must not change its argument.</param>
        /// <param name="gradient">The gradient to check; it returns f(x) and writes ∇f(x).</param>
        /// <param name="point">Where to check; not changed (the check perturbs a copy).</param>
        /// <param name="options">Tolerance, steps and entry names; <c>null</c> for the defaults.</param>
        /// <returns>The worst relative error, where it is, and every entry's values.</returns>
        /// <example>
        /// <code>
        /// // [Differentiable("w", "b")] static double Loss(double[] w, double b, double[] xs, double[] ys)
        /// double[] w = new double[n];
        /// GradientCheckResult result = GradientCheck.Run(
        ///     x => { Array.Copy(x, w, n); return Model.Loss(w, x[n], xs, ys); },
        ///     (x, g) => { Array.Copy(x, w, n); return Model.LossGradient(w, x[n], xs, ys, g.AsSpan(0, n), out g[n]); },
        ///     start,
        ///     new GradientCheckOptions { Names = i => i &lt; n ? $"w[{i}]" : "b" });
        /// </code>
        /// </example>
        /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
        /// <exception cref="ArgumentException"><paramref name="point"/> is empty, or an option is out of range.</exception>
        public static GradientCheckResult Run(
            Func<double[], double> function, GradientFunction gradient, double[] point, GradientCheckOptions? options = null)
        {
            RequireArguments(function, gradient, point);
            Validate(point.Length, options);
            double relativeStep = options?.RelativeStepOr(DefaultRelativeStep) ?? DefaultRelativeStep;
            int levels = options?.LevelsOr(DefaultLevels) ?? DefaultLevels;

            int n = point.Length;
            var probe = (double[])point.Clone();
            var analytic = new double[n];
            double gradientValue = gradient(probe, analytic);
            Restore(probe, point);
            double value = function(probe);
            Restore(probe, point);

            var numeric = new double[n];
            var row = new double[levels];
            for (int i = 0; i < n; i++)
            {
                double x = point[i];
                numeric[i] = Richardson(x, relativeStep, row, h =>
                {
                    double plus = x + h, minus = x - h;
                    probe[i] = plus;
                    double fPlus = function(probe);
                    probe[i] = minus;
                    double fMinus = function(probe);
                    probe[i] = x;

                    // The step actually taken, (x + h) − (x − h), is not exactly 2h once rounded.
                    return (fPlus - fMinus) / (plus - minus);
                });
            }

            return new GradientCheckResult(
                point, value, gradientValue, analytic, numeric, options?.ToleranceOr(DefaultTolerance) ?? DefaultTolerance,
                options?.ScaleFloor ?? 1e-3, options?.Names, isFloat: false);
        }

        /// <summary>
        /// Checks a gradient function against numerical derivatives of the value it returns itself:
        /// one lambda suffices when the function is known only through its generated gradient. Each
        /// numerical derivative then costs gradient evaluations (into a scratch array) instead of
        /// function evaluations.
        /// </summary>
        /// <param name="gradient">The gradient to check; it returns f(x) and writes ∇f(x).</param>
        /// <param name="point">Where to check; not changed.</param>
        /// <param name="options">Tolerance, steps and entry names; <c>null</c> for the defaults.</param>
        /// <returns>The worst relative error, where it is, and every entry's values.</returns>
        /// <example>
        /// <code>
        /// GradientCheck.Run((p, g) => Functions.RosenbrockGradient(p[0], p[1], out g[0], out g[1]), new[] { 0.5, 2.0 })
        ///     .ThrowIfFailed();
        /// </code>
        /// </example>
        /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
        /// <exception cref="ArgumentException"><paramref name="point"/> is empty, or an option is out of range.</exception>
        public static GradientCheckResult Run(GradientFunction gradient, double[] point, GradientCheckOptions? options = null)
        {
            if (gradient is null)
            {
                throw new ArgumentNullException(nameof(gradient));
            }

            double[]? scratch = null;
            return Run(
                x => gradient(x, scratch ??= new double[x.Length]),
                gradient,
                point,
                options);
        }

        /// <summary>
        /// Checks a <see cref="float"/> gradient against numerical derivatives of a <see cref="float"/>
        /// function. The differences are taken in <see cref="double"/> from the function's
        /// <see cref="float"/> values, with larger steps and fewer levels than for <see cref="double"/>
        /// (float round-off, about 6e-8 of the value, grows as the step shrinks); the default tolerance
        /// is <see cref="DefaultFloatTolerance"/>.
        /// </summary>
        /// <param name="function">f over the flat parameter vector. It must not change its argument.</param>
        /// <param name="gradient">The gradient to check; it returns f(x) and writes ∇f(x).</param>
        /// <param name="point">Where to check; not changed.</param>
        /// <param name="options">Tolerance, steps and entry names; <c>null</c> for the defaults.</param>
        /// <returns>The worst relative error, where it is, and every entry's values (as doubles).</returns>
        /// <example>
        /// <code>
        /// // [Differentiable] static float Rosenbrock(float x, float y)
        /// GradientCheck.Run(
        ///     p => Functions.Rosenbrock(p[0], p[1]),
        ///     (p, g) => Functions.RosenbrockGradient(p[0], p[1], out g[0], out g[1]),
        ///     new[] { -1.2f, 1f }).ThrowIfFailed();
        /// </code>
        /// </example>
        /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
        /// <exception cref="ArgumentException"><paramref name="point"/> is empty, or an option is out of range.</exception>
        public static GradientCheckResult Run(
            Func<float[], float> function, FloatGradientFunction gradient, float[] point, GradientCheckOptions? options = null)
        {
            RequireArguments(function, gradient, point);
            Validate(point.Length, options);
            double relativeStep = options?.RelativeStepOr(DefaultFloatRelativeStep) ?? DefaultFloatRelativeStep;
            int levels = options?.LevelsOr(DefaultFloatLevels) ?? DefaultFloatLevels;

            int n = point.Length;
            var probe = (float[])point.Clone();
            var analyticFloat = new float[n];
            double gradientValue = gradient(probe, analyticFloat);
            Restore(probe, point);
            double value = function(probe);
            Restore(probe, point);

            var numeric = new double[n];
            var row = new double[levels];
            for (int i = 0; i < n; i++)
            {
                float x = point[i];
                numeric[i] = Richardson(x, relativeStep, row, h =>
                {
                    // The step actually taken is the difference of the two float arguments.
                    float plus = (float)(x + h), minus = (float)(x - h);
                    probe[i] = plus;
                    double fPlus = function(probe);
                    probe[i] = minus;
                    double fMinus = function(probe);
                    probe[i] = x;
                    return (fPlus - fMinus) / ((double)plus - minus);
                });
            }

            var pointAsDouble = new double[n];
            var analytic = new double[n];
            for (int i = 0; i < n; i++)
            {
                pointAsDouble[i] = point[i];
                analytic[i] = analyticFloat[i];
            }

            return new GradientCheckResult(
                pointAsDouble, value, gradientValue, analytic, numeric,
                options?.ToleranceOr(DefaultFloatTolerance) ?? DefaultFloatTolerance,
                options?.ScaleFloor ?? 1e-3, options?.Names, isFloat: true);
        }

        /// <summary>The null checks every overload makes, each naming its own argument.</summary>
        private static void RequireArguments(object? function, object? gradient, object? point)
        {
            if (function is null)
            {
                throw new ArgumentNullException(nameof(function));
            }

            if (gradient is null)
            {
                throw new ArgumentNullException(nameof(gradient));
            }

            if (point is null)
            {
                throw new ArgumentNullException(nameof(point));
            }
        }

        /// <summary>
        /// The derivative at coordinate value <paramref name="x"/>: central differences of steps h,
        /// h/2, … (h = <paramref name="relativeStep"/>·max(1, |x|)), one per entry of
        /// <paramref name="row"/>, refined by Richardson extrapolation.
        /// </summary>
        private static double Richardson(double x, double relativeStep, double[] row, Func<double, double> centralDifference)
        {
            double h = relativeStep * Math.Max(1, Math.Abs(x));
            for (int level = 0; level < row.Length; level++)
            {
                Extrapolate(row, level, centralDifference(h));
                h /= 2;
            }

            return row[row.Length - 1];
        }

        /// <summary>
        /// Adds the central difference of step h/2^level as row <paramref name="level"/> of the
        /// Neville tableau, kept as one row: afterwards <c>row[j]</c> holds T[level, j], where
        /// T[i, j] = T[i, j−1] + (T[i, j−1] − T[i−1, j−1]) / (4^j − 1).
        /// </summary>
        private static void Extrapolate(double[] row, int level, double difference)
        {
            double above = row[0]; // T[level − 1, 0]
            row[0] = difference;
            double factor = 4;
            for (int j = 1; j <= level; j++)
            {
                double aboveNext = row[j]; // T[level − 1, j]
                row[j] = row[j - 1] + ((row[j - 1] - above) / (factor - 1));
                above = aboveNext;
                factor *= 4;
            }
        }

        private static void Validate(int length, GradientCheckOptions? options)
        {
            if (length == 0)
            {
                throw new ArgumentException("The point has no entries: there is nothing to check.", "point");
            }

            if (options is null)
            {
                return;
            }

            if (options.Levels is int levels && (levels < 1 || levels > MaximumLevels))
            {
                throw new ArgumentException($"Levels must be between 1 and {MaximumLevels}; it is {levels}.", nameof(options));
            }

            if (options.RelativeStep is double step && !(step > 0 && step < double.PositiveInfinity))
            {
                throw new ArgumentException($"RelativeStep must be positive and finite; it is {step}.", nameof(options));
            }

            if (options.Tolerance is double tolerance && !(tolerance >= 0))
            {
                throw new ArgumentException($"Tolerance must be 0 or more; it is {tolerance}.", nameof(options));
            }

            if (!(options.ScaleFloor >= 0))
            {
                throw new ArgumentException($"ScaleFloor must be 0 or more; it is {options.ScaleFloor}.", nameof(options));
            }
        }

        // Puts the point back in the probe, in case a function wrote into its argument.
        private static void Restore<T>(T[] probe, T[] point) => Array.Copy(point, probe, point.Length);
    }
}
