namespace DiffGen
{
    /// <summary>
    /// A function of one variable to integrate with <see cref="Quadrature"/>. Implement it on a
    /// <c>struct</c> that holds whatever else the function needs as fields: the quadrature is a
    /// generic method, so the compiler makes a copy of it for your struct, calls
    /// <see cref="Evaluate"/> directly and allocates nothing on the heap (a lambda would allocate a
    /// closure and cost a delegate call per point).
    /// </summary>
    /// <example>
    /// <code>
    /// // ∫ e^(−k·x) dx, with k a parameter
    /// readonly struct Decay : IIntegrand
    /// {
    ///     private readonly double k;
    ///     public Decay(double k) { this.k = k; }
    ///     public double Evaluate(double x) => Math.Exp(-k * x);
    /// }
    ///
    /// double area = Quadrature.Integrate(new Decay(2), 0, double.PositiveInfinity);   // 0.5
    /// </code>
    /// </example>
    public interface IIntegrand
    {
        /// <summary>The function's value at <paramref name="x"/>.</summary>
        /// <param name="x">A point strictly inside the interval of integration (the quadrature never evaluates at the bounds).</param>
        /// <returns>f(x). NaN or an infinity makes the integral NaN.</returns>
        double Evaluate(double x);
    }
}
