namespace DiffGen
{
    /// <summary>
    /// A function of one flat parameter vector that returns its value at <c>x</c> and writes its
    /// gradient into <c>gradient</c> (the same length as <c>x</c>): the shape that
    /// <see cref="GradientCheck"/> checks and <see cref="FlatVector"/> adapts for optimizers.
    /// </summary>
    /// <remarks>
    /// A generated <c>MGradient</c> fits in a lambda: a scalar parameter is an entry of
    /// <c>x</c> and its <c>out</c> output an entry of <c>gradient</c>; an array parameter that is the
    /// whole vector is passed as it is, and its <c>Span</c> output gets the whole array or a slice.
    /// <example>
    /// <code>
    /// // [Differentiable] static double Rosenbrock(double x, double y)
    /// GradientFunction f = (p, g) => Functions.RosenbrockGradient(p[0], p[1], out g[0], out g[1]);
    ///
    /// // [Differentiable("w", "b")] static double Loss(double[] w, double b, double[] data)
    /// // with x = (w₀, …, wₙ₋₁, b) and a work array w of length n:
    /// GradientFunction loss = (x, g) =>
    /// {
    ///     Array.Copy(x, w, n);
    ///     return Model.LossGradient(w, x[n], data, g.AsSpan(0, n), out g[n]);
    /// };
    /// </code>
    /// </example>
    /// </remarks>
    /// <param name="x">The point: every parameter, in one array. Not to be changed.</param>
    /// <param name="gradient">Receives ∂f/∂x[i] in entry i; as long as <paramref name="x"/>.</param>
    /// <returns>f(x).</returns>
    public delegate double GradientFunction(double[] x, double[] gradient);

    /// <summary>
    /// The <see cref="float"/> twin of <see cref="GradientFunction"/>: returns f(x) and writes
    /// ∂f/∂x[i] into <c>gradient[i]</c>.
    /// </summary>
    /// <remarks>
    /// <example>
    /// <code>
    /// // [Differentiable] static float Rosenbrock(float x, float y)
    /// FloatGradientFunction f = (p, g) => Functions.RosenbrockGradient(p[0], p[1], out g[0], out g[1]);
    /// </code>
    /// </example>
    /// </remarks>
    /// <param name="x">The point. Not to be changed.</param>
    /// <param name="gradient">Receives the gradient; as long as <paramref name="x"/>.</param>
    /// <returns>f(x).</returns>
    public delegate float FloatGradientFunction(float[] x, float[] gradient);

    /// <summary>
    /// The shape of a generated gradient of a method with one scalar parameter,
    /// <c>double MGradient(double p0, out double d0)</c>; <see cref="FlatVector.Gradient(ScalarGradient1)"/>
    /// turns it into a <see cref="GradientFunction"/>.
    /// </summary>
    /// <remarks>
    /// <example>
    /// <code>
    /// // [Differentiable] static double Softplus(double z)
    /// ScalarGradient1 g = Functions.SoftplusGradient;
    /// </code>
    /// </example>
    /// </remarks>
    /// <param name="p0">The parameter.</param>
    /// <param name="d0">Receives ∂M/∂p0.</param>
    /// <returns>M's value.</returns>
    public delegate double ScalarGradient1(double p0, out double d0);

    /// <summary>
    /// The shape of a generated gradient of a method with two scalar parameters,
    /// <c>double MGradient(double p0, double p1, out double d0, out double d1)</c>;
    /// <see cref="FlatVector.Gradient(ScalarGradient2)"/> turns it into a <see cref="GradientFunction"/>.
    /// </summary>
    /// <remarks>
    /// <example>
    /// <code>
    /// // [Differentiable] static double Rosenbrock(double x, double y)
    /// ScalarGradient2 g = Functions.RosenbrockGradient;
    /// </code>
    /// </example>
    /// </remarks>
    /// <param name="p0">The first parameter.</param>
    /// <param name="p1">The second parameter.</param>
    /// <param name="d0">Receives ∂M/∂p0.</param>
    /// <param name="d1">Receives ∂M/∂p1.</param>
    /// <returns>M's value.</returns>
    public delegate double ScalarGradient2(double p0, double p1, out double d0, out double d1);

    /// <summary>
    /// The shape of a generated gradient of a method with three scalar parameters,
    /// <c>double MGradient(double p0, double p1, double p2, out double d0, out double d1, out double d2)</c>;
    /// <see cref="FlatVector.Gradient(ScalarGradient3)"/> turns it into a <see cref="GradientFunction"/>.
    /// </summary>
    /// <remarks>
    /// <example>
    /// <code>
    /// // [Differentiable] static double Energy(double x, double y, double z)
    /// ScalarGradient3 g = Physics.EnergyGradient;
    /// </code>
    /// </example>
    /// </remarks>
    /// <param name="p0">The first parameter.</param>
    /// <param name="p1">The second parameter.</param>
    /// <param name="p2">The third parameter.</param>
    /// <param name="d0">Receives ∂M/∂p0.</param>
    /// <param name="d1">Receives ∂M/∂p1.</param>
    /// <param name="d2">Receives ∂M/∂p2.</param>
    /// <returns>M's value.</returns>
    public delegate double ScalarGradient3(double p0, double p1, double p2, out double d0, out double d1, out double d2);

    /// <summary>
    /// The shape of a generated gradient of a method with four scalar parameters,
    /// <c>double MGradient(double p0, …, double p3, out double d0, …, out double d3)</c>;
    /// <see cref="FlatVector.Gradient(ScalarGradient4)"/> turns it into a <see cref="GradientFunction"/>.
    /// </summary>
    /// <remarks>
    /// <example>
    /// <code>
    /// // [Differentiable] static double Loss(double a, double b, double c, double d)
    /// ScalarGradient4 g = Model.LossGradient;
    /// </code>
    /// </example>
    /// </remarks>
    /// <param name="p0">The first parameter.</param>
    /// <param name="p1">The second parameter.</param>
    /// <param name="p2">The third parameter.</param>
    /// <param name="p3">The fourth parameter.</param>
    /// <param name="d0">Receives ∂M/∂p0.</param>
    /// <param name="d1">Receives ∂M/∂p1.</param>
    /// <param name="d2">Receives ∂M/∂p2.</param>
    /// <param name="d3">Receives ∂M/∂p3.</param>
    /// <returns>M's value.</returns>
    public delegate double ScalarGradient4(
        double p0, double p1, double p2, double p3, out double d0, out double d1, out double d2, out double d3);
}
