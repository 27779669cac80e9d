namespace DiffGen
{
    /// <summary>
    /// A <see cref="float"/> function of two variables to integrate over a rectangle: the twin of
    /// <see cref="IIntegrand2D"/>.
    /// </summary>
    /// <example>
    /// <code>
    /// readonly struct Product : IFloatIntegrand2D
    /// {
    ///     public float Evaluate(float x, float y) => x * y * y;
    /// }
    ///
    /// float volume = Quadrature.IntegrateRectangle(new Product(), 0f, 2f, 0f, 1f);   // 0.6666667
    /// </code>
    /// </example>
    public interface IFloatIntegrand2D
    {
        /// <summary>The function's value at (<paramref name="x"/>, <paramref name="y"/>).</summary>
        /// <param name="x">The inner variable.</param>
        /// <param name="y">The outer variable.</param>
        /// <returns>f(x, y). NaN or an infinity makes the integral NaN.</returns>
        float Evaluate(float x, float y);
    }
}
