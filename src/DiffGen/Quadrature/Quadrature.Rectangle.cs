using System;

namespace DiffGen
{
    /// <summary>Iterated integrals over a rectangle.</summary>
    public static partial class Quadrature
    {
        /// <summary>
        /// The iterated integral ∫ from <paramref name="yFrom"/> to <paramref name="yTo"/> of
        /// (∫ from <paramref name="xFrom"/> to <paramref name="xTo"/> of f(x, y) dx) dy: x inner, y outer.
        /// </summary>
        /// <typeparam name="TIntegrand">The integrand's type; a <c>struct</c> makes the call allocation-free.</typeparam>
        /// <param name="integrand">f(x, y).</param>
        /// <param name="xFrom">The inner lower bound; may be infinite.</param>
        /// <param name="xTo">The inner upper bound; may be infinite.</param>
        /// <param name="yFrom">The outer lower bound; may be infinite.</param>
        /// <param name="yTo">The outer upper bound; may be infinite.</param>
        /// <returns>The integral, to a relative 1e-12 or so; NaN if f was NaN or infinite where evaluated or an integral may diverge.</returns>
        /// <example><code>double volume = Quadrature.IntegrateRectangle(new Product(), 0, 2, 0, 1);   // 2/3</code></example>
        public static double IntegrateRectangle<TIntegrand>(TIntegrand integrand, double xFrom, double xTo, double yFrom, double yTo)
            where TIntegrand : IIntegrand2D =>
            IntegrateRectangle(integrand, xFrom, xTo, yFrom, yTo, out _);

        /// <summary>
        /// The iterated integral over a rectangle (x inner, y outer), with an estimate of the absolute
        /// error: the outer integration's estimate plus the outer interval's length times the largest
        /// inner estimate.
        /// </summary>
        /// <typeparam name="TIntegrand">The integrand's type; a <c>struct</c> makes the call allocation-free.</typeparam>
        /// <param name="integrand">f(x, y).</param>
        /// <param name="xFrom">The inner lower bound; may be infinite.</param>
        /// <param name="xTo">The inner upper bound; may be infinite.</param>
        /// <param name="yFrom">The outer lower bound; may be infinite.</param>
        /// <param name="yTo">The outer upper bound; may be infinite.</param>
        /// <param name="errorEstimate">An estimate of |integral − returned value|; NaN with a NaN value.</param>
        /// <returns>The integral, to a relative 1e-12 or so; NaN if f was NaN or infinite where evaluated or an integral may diverge.</returns>
        /// <example><code>double volume = Quadrature.IntegrateRectangle(new Product(), 0, 2, 0, 1, out double error);</code></example>
        public static double IntegrateRectangle<TIntegrand>(
            TIntegrand integrand, double xFrom, double xTo, double yFrom, double yTo, out double errorEstimate)
            where TIntegrand : IIntegrand2D
        {
            return RectangleIntegration.Integrate(ref integrand, xFrom, xTo, yFrom, yTo, QuadratureSettings.DoubleDefaults).Answer(out errorEstimate);
        }

        /// <summary>The iterated integral over a rectangle (x inner, y outer) of a lambda or a method group.</summary>
        /// <param name="function">f(x, y).</param>
        /// <param name="xFrom">The inner lower bound; may be infinite.</param>
        /// <param name="xTo">The inner upper bound; may be infinite.</param>
        /// <param name="yFrom">The outer lower bound; may be infinite.</param>
        /// <param name="yTo">The outer upper bound; may be infinite.</param>
        /// <returns>The integral, to a relative 1e-12 or so; NaN if f was NaN or infinite where evaluated or an integral may diverge.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="function"/> is <c>null</c>.</exception>
        /// <example><code>double volume = Quadrature.IntegrateRectangle((x, y) => x * y * y, 0, 2, 0, 1);   // 2/3</code></example>
        public static double IntegrateRectangle(Func<double, double, double> function, double xFrom, double xTo, double yFrom, double yTo) =>
            IntegrateRectangle(new FunctionIntegrand2D(function), xFrom, xTo, yFrom, yTo, out _);

        /// <summary>The iterated integral over a rectangle (x inner, y outer) of a lambda or a method group, with an estimate of the absolute error.</summary>
        /// <param name="function">f(x, y).</param>
        /// <param name="xFrom">The inner lower bound; may be infinite.</param>
        /// <param name="xTo">The inner upper bound; may be infinite.</param>
        /// <param name="yFrom">The outer lower bound; may be infinite.</param>
        /// <param name="yTo">The outer upper bound; may be infinite.</param>
        /// <param name="errorEstimate">An estimate of |integral − returned value|; NaN with a NaN value.</param>
        /// <returns>The integral, to a relative 1e-12 or so; NaN if f was NaN or infinite where evaluated or an integral may diverge.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="function"/> is <c>null</c>.</exception>
        /// <example><code>double volume = Quadrature.IntegrateRectangle((x, y) => x * y * y, 0, 2, 0, 1, out double error);</code></example>
        public static double IntegrateRectangle(
            Func<double, double, double> function, double xFrom, double xTo, double yFrom, double yTo, out double errorEstimate) =>
            IntegrateRectangle(new FunctionIntegrand2D(function), xFrom, xTo, yFrom, yTo, out errorEstimate);

        /// <summary>The iterated integral over a rectangle (x inner, y outer) of a <see cref="float"/> integrand, to a relative 1e-6.</summary>
        /// <typeparam name="TIntegrand">The integrand's type; a <c>struct</c> makes the call allocation-free.</typeparam>
        /// <param name="integrand">f(x, y).</param>
        /// <param name="xFrom">The inner lower bound; may be infinite.</param>
        /// <param name="xTo">The inner upper bound; may be infinite.</param>
        /// <param name="yFrom">The outer lower bound; may be infinite.</param>
        /// <param name="yTo">The outer upper bound; may be infinite.</param>
        /// <returns>The integral rounded to <see cref="float"/>; NaN if f was NaN or infinite where evaluated or an integral may diverge.</returns>
        /// <example><code>float volume = Quadrature.IntegrateRectangle(new FloatProduct(), 0f, 2f, 0f, 1f);</code></example>
        public static float IntegrateRectangle<TIntegrand>(TIntegrand integrand, float xFrom, float xTo, float yFrom, float yTo)
            where TIntegrand : IFloatIntegrand2D =>
            IntegrateRectangle(integrand, xFrom, xTo, yFrom, yTo, out _);

        /// <summary>
        /// The iterated integral over a rectangle (x inner, y outer) of a <see cref="float"/> integrand,
        /// with an estimate of the absolute error (rounding to <see cref="float"/> included).
        /// </summary>
        /// <typeparam name="TIntegrand">The integrand's type; a <c>struct</c> makes the call allocation-free.</typeparam>
        /// <param name="integrand">f(x, y).</param>
        /// <param name="xFrom">The inner lower bound; may be infinite.</param>
        /// <param name="xTo">The inner upper bound; may be infinite.</param>
        /// <param name="yFrom">The outer lower bound; may be infinite.</param>
        /// <param name="yTo">The outer upper bound; may be infinite.</param>
        /// <param name="errorEstimate">An estimate of |integral − returned value|; NaN with a NaN value.</param>
        /// <returns>The integral rounded to <see cref="float"/>; NaN if f was NaN or infinite where evaluated or an integral may diverge.</returns>
        /// <example><code>float volume = Quadrature.IntegrateRectangle(new FloatProduct(), 0f, 2f, 0f, 1f, out float error);</code></example>
        public static float IntegrateRectangle<TIntegrand>(
            TIntegrand integrand, float xFrom, float xTo, float yFrom, float yTo, out float errorEstimate)
            where TIntegrand : IFloatIntegrand2D
        {
            var adapted = new FloatIntegrand2D<TIntegrand>(integrand);
            QuadratureResult result = RectangleIntegration.Integrate(ref adapted, xFrom, xTo, yFrom, yTo, QuadratureSettings.FloatDefaults);
            return ToFloat(result, out errorEstimate);
        }

        /// <summary>The iterated integral over a rectangle (x inner, y outer) of a <see cref="float"/> lambda or method group, to a relative 1e-6.</summary>
        /// <param name="function">f(x, y).</param>
        /// <param name="xFrom">The inner lower bound; may be infinite.</param>
        /// <param name="xTo">The inner upper bound; may be infinite.</param>
        /// <param name="yFrom">The outer lower bound; may be infinite.</param>
        /// <param name="yTo">The outer upper bound; may be infinite.</param>
        /// <returns>The integral rounded to <see cref="float"/>; NaN if f was NaN or infinite where evaluated or an integral may diverge.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="function"/> is <c>null</c>.</exception>
        /// <example><code>float volume = Quadrature.IntegrateRectangleFloat((x, y) => x * y * y, 0f, 2f, 0f, 1f);   // 0.6666667</code></example>
        public static float IntegrateRectangleFloat(Func<float, float, float> function, float xFrom, float xTo, float yFrom, float yTo) =>
            IntegrateRectangle(new FloatFunctionIntegrand2D(function), xFrom, xTo, yFrom, yTo, out _);

        /// <summary>The iterated integral over a rectangle (x inner, y outer) of a <see cref="float"/> lambda or method group, with an estimate of the absolute error.</summary>
        /// <param name="function">f(x, y).</param>
        /// <param name="xFrom">The inner lower bound; may be infinite.</param>
        /// <param name="xTo">The inner upper bound; may be infinite.</param>
        /// <param name="yFrom">The outer lower bound; may be infinite.</param>
        /// <param name="yTo">The outer upper bound; may be infinite.</param>
        /// <param name="errorEstimate">An estimate of |integral − returned value|; NaN with a NaN value.</param>
        /// <returns>The integral rounded to <see cref="float"/>; NaN if f was NaN or infinite where evaluated or an integral may diverge.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="function"/> is <c>null</c>.</exception>
        /// <example><code>float volume = Quadrature.IntegrateRectangleFloat((x, y) => x * y * y, 0f, 2f, 0f, 1f, out float error);</code></example>
        public static float IntegrateRectangleFloat(
            Func<float, float, float> function, float xFrom, float xTo, float yFrom, float yTo, out float errorEstimate) =>
            IntegrateRectangle(new FloatFunctionIntegrand2D(function), xFrom, xTo, yFrom, yTo, out errorEstimate);
    }
}
