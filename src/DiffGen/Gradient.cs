namespace DiffGen
{
    /// <summary>
    /// Helpers that steer differentiation inside a <c>[Differentiable]</c> method.
    /// </summary>
    public static class Gradient
    {
        /// <summary>
        /// Returns <paramref name="value"/> unchanged, and tells DiffGen to treat it as a constant:
        /// no derivative flows through it. The counterpart of Swift's <c>withoutDerivative(at:)</c>
        /// and JAX's <c>stop_gradient</c>. Use it to keep a deliberate non-differentiable step,
        /// such as <c>Gradient.Stop(Math.Round(x))</c>, and silence DIFF012.
        /// </summary>
        /// <param name="value">The value to pass through.</param>
        /// <returns><paramref name="value"/>.</returns>
        public static double Stop(double value) => value;

        /// <inheritdoc cref="Stop(double)"/>
        public static float Stop(float value) => value;
    }
}
