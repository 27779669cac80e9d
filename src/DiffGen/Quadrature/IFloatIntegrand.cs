namespace DiffGen
{
    /// <summary>
    /// A <see cref="float"/> function of one variable to integrate with <see cref="Quadrature"/>: the
    /// twin of <see cref="IIntegrand"/>. The quadrature evaluates it at points rounded to
    /// <see cref="float"/> and adds the values up in <see cref="double"/>.
    /// </summary>
    /// <example>
    /// <code>
    /// readonly struct Square : IFloatIntegrand
    /// {
    ///     public float Evaluate(float x) => x * x;
    /// }
    ///
    /// float third = Quadrature.Integrate(new Square(), 0f, 1f);   // 0.33333334
    /// </code>
    /// </example>
    public interface IFloatIntegrand
    {
        /// <summary>The function's value at <paramref name="x"/>.</summary>
        /// <param name="x">A point inside the interval of integration.</param>
        /// <returns>f(x). NaN or an infinity makes the integral NaN.</returns>
        float Evaluate(float x);
    }
}
