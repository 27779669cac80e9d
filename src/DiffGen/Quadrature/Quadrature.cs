using System;

namespace DiffGen
{
    /// <summary>
    /// Definite integrals of any function: adaptive Gauss–Kronrod quadrature with an error estimate,
    /// over finite or infinite intervals, iterated over rectangles, and the trapezoid rule for
    /// sampled points (such as the area under a ROC curve). Generated <c>MIntegral</c> methods call it
    /// where no closed form applies; you can call it on any function.
    /// </summary>
    /// <remarks>
    /// <para>
    /// The method is QUADPACK's QAGS (Piessens et al., 1983): the 21-point Gauss–Kronrod rule on the
    /// whole interval; while the summed error estimate exceeds the tolerance, the piece with the
    /// largest error is halved; near an integrable singularity (1/√x, ln x at an end) the sums are
    /// extrapolated with Wynn's ε-algorithm. An infinite bound is mapped to a finite one by
    /// x = a + (1 − t)/t. The rule never evaluates the integrand at a bound.
    /// </para>
    /// <para>
    /// Guarantees: the result aims at a relative error of 1e-12 (<see cref="double"/>) or 1e-6
    /// (<see cref="float"/>) or the best reachable, with at most 1000 pieces; the error estimate is
    /// built to overestimate, and when the tolerance is not met it says so (it is larger, and
    /// <see cref="QuadratureResult.Status"/> says why); an integrand that is NaN or infinite at a point
    /// where it is evaluated gives NaN, and so does an integral that may diverge (∫₋₁² dx/x²), from the
    /// overloads that return a value; <c>to &lt; from</c> gives the negated integral and
    /// <c>from == to</c> gives 0. With a <c>struct</c> integrand nothing is allocated per call: the
    /// working arrays come from <see cref="System.Buffers.ArrayPool{T}.Shared"/>.
    /// </para>
    /// <para>
    /// Limits: an estimate is not a proof (a spike narrower than the rule's spacing can be missed
    /// entirely, as by every method that only samples); a singularity inside the interval is best
    /// split at (integrate on each side); a conditionally convergent integral over an infinite range,
    /// such as ∫₀^∞ sin x / x dx, does not converge this way (the result says
    /// <see cref="QuadratureStatus.MayDiverge"/>, and the value overloads give NaN): integrate over whole periods instead.
    /// </para>
    /// <example>
    /// <code>
    /// double area = Quadrature.Integrate(x => Math.Exp(-x * x), double.NegativeInfinity, double.PositiveInfinity,
    ///     out double error);                                            // √π = 1.772453850905516, error ≈ 4.4e-13
    /// double auc = Quadrature.Trapezoid(new[] { 0, 0, 0.5, 0.5, 1 }, new[] { 0, 0.5, 0.5, 1, 1 });   // 0.75
    /// </code>
    /// </example>
    /// </remarks>
    public static partial class Quadrature
    {
        /// <summary>The relative error <see cref="double"/> integrals aim at: 1e-12.</summary>
        /// <example><code>new QuadratureOptions { RelativeTolerance = Quadrature.DefaultRelativeTolerance * 1000 }</code></example>
        public const double DefaultRelativeTolerance = 1e-12;

        /// <summary>The relative error <see cref="float"/> integrals aim at: 1e-6.</summary>
        /// <example><code>Assert.True(floatError &lt;= Quadrature.DefaultFloatRelativeTolerance * Math.Abs(floatValue));</code></example>
        public const double DefaultFloatRelativeTolerance = 1e-6;

        /// <summary>The largest number of pieces an interval is cut into by default: 1000.</summary>
        /// <example><code>new QuadratureOptions { MaximumSubintervals = 4 * Quadrature.DefaultMaximumSubintervals }</code></example>
        public const int DefaultMaximumSubintervals = 1000;

        /// <summary>∫ f(x) dx from <paramref name="from"/> to <paramref name="to"/>.</summary>
        /// <typeparam name="TIntegrand">The integrand's type; a <c>struct</c> makes the call allocation-free.</typeparam>
        /// <param name="integrand">f.</param>
        /// <param name="from">The lower bound; may be <see cref="double.NegativeInfinity"/>.</param>
        /// <param name="to">The upper bound; may be <see cref="double.PositiveInfinity"/>.</param>
        /// <returns>The integral, to a relative 1e-12 or the best reachable; NaN if f was NaN or infinite where evaluated or the integral may diverge (or stopped at round-off with not one digit known).</returns>
        /// <example><code>double area = Quadrature.Integrate(new Decay(2), 0, double.PositiveInfinity);   // 0.5</code></example>
        public static double Integrate<TIntegrand>(TIntegrand integrand, double from, double to)
            where TIntegrand : IIntegrand =>
            IntervalIntegration.Integrate(ref integrand, from, to, QuadratureSettings.DoubleDefaults).Answer(out _);

        /// <summary>∫ f(x) dx from <paramref name="from"/> to <paramref name="to"/>, with an estimate of the absolute error.</summary>
        /// <typeparam name="TIntegrand">The integrand's type; a <c>struct</c> makes the call allocation-free.</typeparam>
        /// <param name="integrand">f.</param>
        /// <param name="from">The lower bound; may be <see cref="double.NegativeInfinity"/>.</param>
        /// <param name="to">The upper bound; may be <see cref="double.PositiveInfinity"/>.</param>
        /// <param name="errorEstimate">An estimate of |integral − returned value|; above 1e-12 of the value when that was not reached; NaN with a NaN value.</param>
        /// <returns>The integral, to a relative 1e-12 or the best reachable; NaN if f was NaN or infinite where evaluated or the integral may diverge (or stopped at round-off with not one digit known).</returns>
        /// <example><code>double area = Quadrature.Integrate(new Decay(2), 0, 1, out double error);</code></example>
        public static double Integrate<TIntegrand>(TIntegrand integrand, double from, double to, out double errorEstimate)
            where TIntegrand : IIntegrand
        {
            return IntervalIntegration.Integrate(ref integrand, from, to, QuadratureSettings.DoubleDefaults).Answer(out errorEstimate);
        }

        /// <summary>∫ f(x) dx from <paramref name="from"/> to <paramref name="to"/> with the given tolerances, and how the integration went.</summary>
        /// <typeparam name="TIntegrand">The integrand's type; a <c>struct</c> makes the call allocation-free.</typeparam>
        /// <param name="integrand">f.</param>
        /// <param name="from">The lower bound; may be <see cref="double.NegativeInfinity"/>.</param>
        /// <param name="to">The upper bound; may be <see cref="double.PositiveInfinity"/>.</param>
        /// <param name="options">Tolerances and the subdivision cap; <c>null</c> for the defaults.</param>
        /// <returns>The value, its error estimate, the status and the work done.</returns>
        /// <exception cref="ArgumentOutOfRangeException">An option is negative, infinite or NaN, or the cap is below 1.</exception>
        /// <example><code>QuadratureResult r = Quadrature.Integrate(new Decay(2), 0, 1, new QuadratureOptions { RelativeTolerance = 1e-8 });</code></example>
        public static QuadratureResult Integrate<TIntegrand>(TIntegrand integrand, double from, double to, QuadratureOptions? options)
            where TIntegrand : IIntegrand
        {
            QuadratureSettings settings = options?.ToSettings(DefaultRelativeTolerance, QuadratureSettings.DoubleRoundoff) ?? QuadratureSettings.DoubleDefaults;
            return IntervalIntegration.Integrate(ref integrand, from, to, settings);
        }

        /// <summary>∫ f(x) dx from <paramref name="from"/> to <paramref name="to"/>, for a lambda or a method group.</summary>
        /// <param name="function">f; called about 21 times per piece (a delegate call each: use an <see cref="IIntegrand"/> struct where that matters).</param>
        /// <param name="from">The lower bound; may be <see cref="double.NegativeInfinity"/>.</param>
        /// <param name="to">The upper bound; may be <see cref="double.PositiveInfinity"/>.</param>
        /// <returns>The integral, to a relative 1e-12 or the best reachable; NaN if f was NaN or infinite where evaluated or the integral may diverge (or stopped at round-off with not one digit known).</returns>
        /// <exception cref="ArgumentNullException"><paramref name="function"/> is <c>null</c>.</exception>
        /// <example><code>double half = Quadrature.Integrate(Math.Sin, 0, Math.PI / 2);   // 1</code></example>
        public static double Integrate(Func<double, double> function, double from, double to) =>
            Integrate(new FunctionIntegrand(function), from, to);

        /// <summary>∫ f(x) dx from <paramref name="from"/> to <paramref name="to"/>, with an estimate of the absolute error, for a lambda or a method group.</summary>
        /// <param name="function">f.</param>
        /// <param name="from">The lower bound; may be <see cref="double.NegativeInfinity"/>.</param>
        /// <param name="to">The upper bound; may be <see cref="double.PositiveInfinity"/>.</param>
        /// <param name="errorEstimate">An estimate of |integral − returned value|; NaN with a NaN value.</param>
        /// <returns>The integral, to a relative 1e-12 or the best reachable; NaN if f was NaN or infinite where evaluated or the integral may diverge (or stopped at round-off with not one digit known).</returns>
        /// <exception cref="ArgumentNullException"><paramref name="function"/> is <c>null</c>.</exception>
        /// <example><code>double gauss = Quadrature.Integrate(x => Math.Exp(-x * x), double.NegativeInfinity, double.PositiveInfinity, out double error);</code></example>
        public static double Integrate(Func<double, double> function, double from, double to, out double errorEstimate) =>
            Integrate(new FunctionIntegrand(function), from, to, out errorEstimate);

        /// <summary>∫ f(x) dx from <paramref name="from"/> to <paramref name="to"/> with the given tolerances, for a lambda or a method group.</summary>
        /// <param name="function">f.</param>
        /// <param name="from">The lower bound; may be <see cref="double.NegativeInfinity"/>.</param>
        /// <param name="to">The upper bound; may be <see cref="double.PositiveInfinity"/>.</param>
        /// <param name="options">Tolerances and the subdivision cap; <c>null</c> for the defaults.</param>
        /// <returns>The value, its error estimate, the status and the work done.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="function"/> is <c>null</c>.</exception>
        /// <exception cref="ArgumentOutOfRangeException">An option is negative, infinite or NaN, or the cap is below 1.</exception>
        /// <example><code>Console.WriteLine(Quadrature.Integrate(Math.Sqrt, 0, 1, new QuadratureOptions()));</code></example>
        public static QuadratureResult Integrate(Func<double, double> function, double from, double to, QuadratureOptions? options) =>
            Integrate(new FunctionIntegrand(function), from, to, options);

        /// <summary>
        /// ∫ f(x) dx from <paramref name="from"/> to <paramref name="to"/> for a <see cref="float"/>
        /// integrand: evaluated at points rounded to <see cref="float"/>, added up in <see cref="double"/>,
        /// to a relative 1e-6.
        /// </summary>
        /// <typeparam name="TIntegrand">The integrand's type; a <c>struct</c> makes the call allocation-free.</typeparam>
        /// <param name="integrand">f.</param>
        /// <param name="from">The lower bound; may be <see cref="float.NegativeInfinity"/>.</param>
        /// <param name="to">The upper bound; may be <see cref="float.PositiveInfinity"/>.</param>
        /// <returns>The integral rounded to <see cref="float"/>; NaN if f was NaN or infinite where evaluated or the integral may diverge (or stopped at round-off with not one digit known).</returns>
        /// <example><code>float third = Quadrature.Integrate(new Square(), 0f, 1f);</code></example>
        public static float Integrate<TIntegrand>(TIntegrand integrand, float from, float to)
            where TIntegrand : IFloatIntegrand =>
            Integrate(integrand, from, to, out _);

        /// <summary>
        /// ∫ f(x) dx from <paramref name="from"/> to <paramref name="to"/> for a <see cref="float"/>
        /// integrand, with an estimate of the absolute error (which includes rounding the result to <see cref="float"/>).
        /// </summary>
        /// <typeparam name="TIntegrand">The integrand's type; a <c>struct</c> makes the call allocation-free.</typeparam>
        /// <param name="integrand">f.</param>
        /// <param name="from">The lower bound; may be <see cref="float.NegativeInfinity"/>.</param>
        /// <param name="to">The upper bound; may be <see cref="float.PositiveInfinity"/>.</param>
        /// <param name="errorEstimate">An estimate of |integral − returned value|; NaN with a NaN value.</param>
        /// <returns>The integral rounded to <see cref="float"/>; NaN if f was NaN or infinite where evaluated or the integral may diverge (or stopped at round-off with not one digit known).</returns>
        /// <example><code>float third = Quadrature.Integrate(new Square(), 0f, 1f, out float error);</code></example>
        public static float Integrate<TIntegrand>(TIntegrand integrand, float from, float to, out float errorEstimate)
            where TIntegrand : IFloatIntegrand
        {
            var adapted = new FloatIntegrand<TIntegrand>(integrand);
            QuadratureResult result = IntervalIntegration.Integrate(ref adapted, from, to, QuadratureSettings.FloatDefaults);
            return ToFloat(result, out errorEstimate);
        }

        /// <summary>
        /// ∫ f(x) dx for a <see cref="float"/> integrand with the given tolerances (the relative one
        /// defaults to 1e-6), and how the integration went. The value is not rounded to <see cref="float"/>.
        /// </summary>
        /// <typeparam name="TIntegrand">The integrand's type; a <c>struct</c> makes the call allocation-free.</typeparam>
        /// <param name="integrand">f.</param>
        /// <param name="from">The lower bound; may be <see cref="float.NegativeInfinity"/>.</param>
        /// <param name="to">The upper bound; may be <see cref="float.PositiveInfinity"/>.</param>
        /// <param name="options">Tolerances and the subdivision cap; <c>null</c> for the defaults.</param>
        /// <returns>The value, its error estimate, the status and the work done.</returns>
        /// <exception cref="ArgumentOutOfRangeException">An option is negative, infinite or NaN, or the cap is below 1.</exception>
        /// <example><code>QuadratureResult r = Quadrature.Integrate(new Square(), 0f, 1f, new QuadratureOptions());</code></example>
        public static QuadratureResult Integrate<TIntegrand>(TIntegrand integrand, float from, float to, QuadratureOptions? options)
            where TIntegrand : IFloatIntegrand
        {
            QuadratureSettings settings = options?.ToSettings(DefaultFloatRelativeTolerance, QuadratureSettings.FloatRoundoff) ?? QuadratureSettings.FloatDefaults;
            var adapted = new FloatIntegrand<TIntegrand>(integrand);
            return IntervalIntegration.Integrate(ref adapted, from, to, settings);
        }

        /// <summary>
        /// ∫ f(x) dx for a <see cref="float"/> lambda or method group, to a relative 1e-6. (A separate
        /// name: with integer bounds, C# would pick a <see cref="float"/> overload of
        /// <c>Integrate</c> for a lambda such as <c>x =&gt; x * x</c>.)
        /// </summary>
        /// <param name="function">f.</param>
        /// <param name="from">The lower bound; may be <see cref="float.NegativeInfinity"/>.</param>
        /// <param name="to">The upper bound; may be <see cref="float.PositiveInfinity"/>.</param>
        /// <returns>The integral rounded to <see cref="float"/>; NaN if f was NaN or infinite where evaluated or the integral may diverge (or stopped at round-off with not one digit known).</returns>
        /// <exception cref="ArgumentNullException"><paramref name="function"/> is <c>null</c>.</exception>
        /// <example><code>float third = Quadrature.IntegrateFloat(x => x * x, 0f, 1f);</code></example>
        public static float IntegrateFloat(Func<float, float> function, float from, float to) =>
            Integrate(new FloatFunctionIntegrand(function), from, to, out _);

        /// <summary>∫ f(x) dx for a <see cref="float"/> lambda or method group, with an estimate of the absolute error.</summary>
        /// <param name="function">f.</param>
        /// <param name="from">The lower bound; may be <see cref="float.NegativeInfinity"/>.</param>
        /// <param name="to">The upper bound; may be <see cref="float.PositiveInfinity"/>.</param>
        /// <param name="errorEstimate">An estimate of |integral − returned value|, rounding to <see cref="float"/> included; NaN with a NaN value.</param>
        /// <returns>The integral rounded to <see cref="float"/>; NaN if f was NaN or infinite where evaluated or the integral may diverge (or stopped at round-off with not one digit known).</returns>
        /// <exception cref="ArgumentNullException"><paramref name="function"/> is <c>null</c>.</exception>
        /// <example><code>float third = Quadrature.IntegrateFloat(x => x * x, 0f, 1f, out float error);</code></example>
        public static float IntegrateFloat(Func<float, float> function, float from, float to, out float errorEstimate) =>
            Integrate(new FloatFunctionIntegrand(function), from, to, out errorEstimate);

        /// <summary>Rounds a result's answer to <see cref="float"/>, adding the rounding to its error estimate (rounded up, never down).</summary>
        private static float ToFloat(in QuadratureResult result, out float floatErrorEstimate)
        {
            double value = result.Answer(out double errorEstimate);
            float rounded = (float)value;
            double error = errorEstimate + Math.Abs(value - rounded);
            floatErrorEstimate = (float)error;
            if (floatErrorEstimate < error)
            {
                // 2⁻²² is at least twice a float's relative spacing, so this rounds to a float above error.
                floatErrorEstimate = (float)(error * (1 + 2.384185791015625e-7));
            }

            return rounded;
        }
    }
}
