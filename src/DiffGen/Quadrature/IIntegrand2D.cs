namespace DiffGen
{
    /// <summary>
    /// A function of two variables to integrate over a rectangle with
    /// <see cref="Quadrature.IntegrateRectangle{TIntegrand}(TIntegrand, double, double, double, double)"/>.
    /// Implement it on a <c>struct</c> so that nothing is allocated, as for <see cref="IIntegrand"/>.
    /// </summary>
    /// <example>
    /// <code>
    /// readonly struct Product : IIntegrand2D
    /// {
    ///     public double Evaluate(double x, double y) => x * y * y;
    /// }
    ///
    /// double volume = Quadrature.IntegrateRectangle(new Product(), 0, 2, 0, 1);   // ∫₀¹ ∫₀² x·y² dx dy = 2/3
    /// </code>
    /// </example>
    public interface IIntegrand2D
    {
        /// <summary>The function's value at (<paramref name="x"/>, <paramref name="y"/>).</summary>
        /// <param name="x">The inner variable.</param>
        /// <param name="y">The outer variable.</param>
        /// <returns>f(x, y). NaN or an infinity makes the integral NaN.</returns>
        double Evaluate(double x, double y);
    }
}
