using System;

namespace DiffGen
{
    /// <summary>
    /// Adapters between generated gradients and optimizers that work on one flat parameter vector:
    /// scalar-parameter functions and their <c>MGradient</c> become functions of a <c>double[]</c>, and a
    /// <see cref="GradientFunction"/> becomes the <c>Func</c> shapes optimizer libraries take.
    /// </summary>
    /// <remarks>
    /// <para>
    /// The adapters add one delegate call and no allocation per call, except the two that return a
    /// new gradient array (<see cref="GradientOf"/>, <see cref="ValueAndGradientOf"/>): an optimizer
    /// such as BFGS keeps the previous gradient to compare with the next, so handing it the same
    /// array every time would corrupt its state.
    /// </para>
    /// <para>With MathNet.Numerics (not a dependency of DiffGen), for example:</para>
    /// <example>
    /// <code>
    /// // [Differentiable] static double Rosenbrock(double x, double y)   (in partial class Functions)
    /// GradientFunction gradient = FlatVector.Gradient(Functions.RosenbrockGradient);
    /// Func&lt;double[], (double Value, double[] Gradient)&gt; both = FlatVector.ValueAndGradientOf(gradient);
    ///
    /// IObjectiveFunction objective = ObjectiveFunction.Gradient(v =>
    /// {
    ///     (double value, double[] g) = both(v.AsArray() ?? v.ToArray());   // a dense vector's own array
    ///     return (value, Vector&lt;double&gt;.Build.Dense(g));
    /// });
    /// var result = new BfgsMinimizer(1e-8, 1e-8, 1e-8).FindMinimum(objective, Vector&lt;double&gt;.Build.Dense(new[] { -1.2, 1.0 }));
    /// </code>
    /// </example>
    /// </remarks>
    public static class FlatVector
    {
        /// <summary>A function of one scalar, as a function of a one-entry vector.</summary>
        /// <param name="function">For example a <c>[Differentiable]</c> method <c>double M(double p0)</c>.</param>
        /// <returns><c>x => function(x[0])</c>.</returns>
        /// <example><code>Func&lt;double[], double&gt; f = FlatVector.Function&lt;double&gt;(Functions.Softplus);</code></example>
        /// <exception cref="ArgumentNullException"><paramref name="function"/> is <c>null</c>.</exception>
        public static Func<double[], double> Function(Func<double, double> function)
        {
            NotNull(function, nameof(function));
            return x => function(x[0]);
        }

        /// <summary>A function of two scalars, as a function of a two-entry vector.</summary>
        /// <param name="function">For example a <c>[Differentiable]</c> method <c>double M(double p0, double p1)</c>.</param>
        /// <returns><c>x => function(x[0], x[1])</c>.</returns>
        /// <example><code>Func&lt;double[], double&gt; f = FlatVector.Function(Functions.Rosenbrock);</code></example>
        /// <exception cref="ArgumentNullException"><paramref name="function"/> is <c>null</c>.</exception>
        public static Func<double[], double> Function(Func<double, double, double> function)
        {
            NotNull(function, nameof(function));
            return x => function(x[0], x[1]);
        }

        /// <summary>A function of three scalars, as a function of a three-entry vector.</summary>
        /// <param name="function">For example a <c>[Differentiable]</c> method <c>double M(double p0, double p1, double p2)</c>.</param>
        /// <returns><c>x => function(x[0], x[1], x[2])</c>.</returns>
        /// <example><code>Func&lt;double[], double&gt; f = FlatVector.Function(Physics.Energy);</code></example>
        /// <exception cref="ArgumentNullException"><paramref name="function"/> is <c>null</c>.</exception>
        public static Func<double[], double> Function(Func<double, double, double, double> function)
        {
            NotNull(function, nameof(function));
            return x => function(x[0], x[1], x[2]);
        }

        /// <summary>A function of four scalars, as a function of a four-entry vector.</summary>
        /// <param name="function">For example a <c>[Differentiable]</c> method <c>double M(double p0, …, double p3)</c>.</param>
        /// <returns><c>x => function(x[0], x[1], x[2], x[3])</c>.</returns>
        /// <example><code>Func&lt;double[], double&gt; f = FlatVector.Function(Model.Loss);</code></example>
        /// <exception cref="ArgumentNullException"><paramref name="function"/> is <c>null</c>.</exception>
        public static Func<double[], double> Function(Func<double, double, double, double, double> function)
        {
            NotNull(function, nameof(function));
            return x => function(x[0], x[1], x[2], x[3]);
        }

        /// <summary>The generated gradient of a one-scalar method, as a <see cref="GradientFunction"/>.</summary>
        /// <param name="gradient">A generated <c>double MGradient(double p0, out double d0)</c>.</param>
        /// <returns><c>(x, g) => gradient(x[0], out g[0])</c>.</returns>
        /// <example><code>GradientFunction g = FlatVector.Gradient(Functions.SoftplusGradient);</code></example>
        /// <exception cref="ArgumentNullException"><paramref name="gradient"/> is <c>null</c>.</exception>
        public static GradientFunction Gradient(ScalarGradient1 gradient)
        {
            NotNull(gradient, nameof(gradient));
            return (x, g) => gradient(x[0], out g[0]);
        }

        /// <summary>The generated gradient of a two-scalar method, as a <see cref="GradientFunction"/>.</summary>
        /// <param name="gradient">A generated <c>double MGradient(double p0, double p1, out double d0, out double d1)</c>.</param>
        /// <returns><c>(x, g) => gradient(x[0], x[1], out g[0], out g[1])</c>.</returns>
        /// <example><code>GradientFunction g = FlatVector.Gradient(Functions.RosenbrockGradient);</code></example>
        /// <exception cref="ArgumentNullException"><paramref name="gradient"/> is <c>null</c>.</exception>
        public static GradientFunction Gradient(ScalarGradient2 gradient)
        {
            NotNull(gradient, nameof(gradient));
            return (x, g) => gradient(x[0], x[1], out g[0], out g[1]);
        }

        /// <summary>The generated gradient of a three-scalar method, as a <see cref="GradientFunction"/>.</summary>
        /// <param name="gradient">A generated <c>double MGradient(double p0, double p1, double p2, out double d0, out double d1, out double d2)</c>.</param>
        /// <returns><c>(x, g) => gradient(x[0], x[1], x[2], out g[0], out g[1], out g[2])</c>.</returns>
        /// <example><code>GradientFunction g = FlatVector.Gradient(Physics.EnergyGradient);</code></example>
        /// <exception cref="ArgumentNullException"><paramref name="gradient"/> is <c>null</c>.</exception>
        public static GradientFunction Gradient(ScalarGradient3 gradient)
        {
            NotNull(gradient, nameof(gradient));
            return (x, g) => gradient(x[0], x[1], x[2], out g[0], out g[1], out g[2]);
        }

        /// <summary>The generated gradient of a four-scalar method, as a <see cref="GradientFunction"/>.</summary>
        /// <param name="gradient">A generated <c>double MGradient(double p0, …, double p3, out double d0, …, out double d3)</c>.</param>
        /// <returns><c>(x, g) => gradient(x[0], x[1], x[2], x[3], out g[0], out g[1], out g[2], out g[3])</c>.</returns>
        /// <example><code>GradientFunction g = FlatVector.Gradient(Model.LossGradient);</code></example>
        /// <exception cref="ArgumentNullException"><paramref name="gradient"/> is <c>null</c>.</exception>
        public static GradientFunction Gradient(ScalarGradient4 gradient)
        {
            NotNull(gradient, nameof(gradient));
            return (x, g) => gradient(x[0], x[1], x[2], x[3], out g[0], out g[1], out g[2], out g[3]);
        }

        /// <summary>
        /// The value alone of a <see cref="GradientFunction"/>, for an optimizer or check that asks
        /// for the function separately. It computes the gradient too (into a scratch array made on
        /// the first call and reused, so the returned delegate is not safe to call from several threads
        /// at once); when the plain method exists, <see cref="Function(Func{double, double, double})"/>
        /// or a lambda over it is cheaper.
        /// </summary>
        /// <param name="gradient">A value-and-gradient function.</param>
        /// <returns><c>x => gradient(x, scratch)</c>.</returns>
        /// <example><code>Func&lt;double[], double&gt; loss = FlatVector.ValueOf(lossGradient);</code></example>
        /// <exception cref="ArgumentNullException"><paramref name="gradient"/> is <c>null</c>.</exception>
        public static Func<double[], double> ValueOf(GradientFunction gradient)
        {
            NotNull(gradient, nameof(gradient));
            double[]? scratch = null;
            return x =>
            {
                if (scratch is null || scratch.Length != x.Length)
                {
                    scratch = new double[x.Length];
                }

                return gradient(x, scratch);
            };
        }

        /// <summary>
        /// The gradient alone, returned in a new array on each call: the shape of an optimizer's
        /// gradient argument (MathNet's <c>Func&lt;Vector&lt;double&gt;, Vector&lt;double&gt;&gt;</c>
        /// over a dense vector's array). One allocation per call, on purpose: the optimizer may keep it.
        /// </summary>
        /// <param name="gradient">A value-and-gradient function.</param>
        /// <returns><c>x => { var g = new double[x.Length]; gradient(x, g); return g; }</c>.</returns>
        /// <example>
        /// <code>
        /// Func&lt;double[], double[]&gt; grad = FlatVector.GradientOf(FlatVector.Gradient(Functions.RosenbrockGradient));
        /// double[] g = grad(new[] { 1.0, 2.0 });   // { -400, 200 }
        /// </code>
        /// </example>
        /// <exception cref="ArgumentNullException"><paramref name="gradient"/> is <c>null</c>.</exception>
        public static Func<double[], double[]> GradientOf(GradientFunction gradient)
        {
            NotNull(gradient, nameof(gradient));
            return x =>
            {
                var g = new double[x.Length];
                gradient(x, g);
                return g;
            };
        }

        /// <summary>
        /// Value and gradient together, the gradient in a new array on each call: the shape of an
        /// optimizer that asks for both at once (MathNet's <c>ObjectiveFunction.Gradient(Func&lt;Vector&lt;double&gt;,
        /// (double, Vector&lt;double&gt;)&gt;)</c>), which is cheaper than asking separately
        /// because one generated gradient call computes both.
        /// </summary>
        /// <param name="gradient">A value-and-gradient function.</param>
        /// <returns><c>x => (value, gradient)</c> from one call of <paramref name="gradient"/>.</returns>
        /// <example>
        /// <code>
        /// var both = FlatVector.ValueAndGradientOf(FlatVector.Gradient(Functions.RosenbrockGradient));
        /// (double value, double[] g) = both(new[] { 1.0, 2.0 });   // 100, { -400, 200 }
        /// </code>
        /// </example>
        /// <exception cref="ArgumentNullException"><paramref name="gradient"/> is <c>null</c>.</exception>
        public static Func<double[], (double Value, double[] Gradient)> ValueAndGradientOf(GradientFunction gradient)
        {
            NotNull(gradient, nameof(gradient));
            return x =>
            {
                var g = new double[x.Length];
                double value = gradient(x, g);
                return (value, g);
            };
        }

        /// <summary>
        /// Copies <paramref name="length"/> entries of the flat vector, from <paramref name="offset"/> on,
        /// into a parameter array: unpacks one array parameter (say the weights <c>w</c> of
        /// <c>Loss(double[] w, double b, …)</c>) from the vector an optimizer holds, into an array
        /// allocated once.
        /// </summary>
        /// <param name="x">The flat vector.</param>
        /// <param name="offset">Where the parameter starts in <paramref name="x"/>.</param>
        /// <param name="destination">The parameter array; its first <paramref name="length"/> entries are overwritten.</param>
        /// <param name="length">How many entries; by default the whole of <paramref name="destination"/>.</param>
        /// <returns><paramref name="offset"/> + <paramref name="length"/>: where the next parameter starts.</returns>
        /// <example>
        /// <code>
        /// // x = (w₀, …, wₙ₋₁, b); w is a work array of length n allocated once
        /// GradientFunction loss = (x, g) =>
        /// {
        ///     int at = FlatVector.Unpack(x, 0, w);
        ///     return Model.LossGradient(w, x[at], data, g.AsSpan(0, w.Length), out g[at]);
        /// };
        /// </code>
        /// </example>
        /// <exception cref="ArgumentNullException">An array is <c>null</c>.</exception>
        /// <exception cref="ArgumentOutOfRangeException">The range lies outside either array.</exception>
        public static int Unpack(double[] x, int offset, double[] destination, int length = -1)
        {
            NotNull(x, nameof(x));
            NotNull(destination, nameof(destination));
            if (length < 0)
            {
                length = destination.Length;
            }

            if (offset < 0 || length > destination.Length || offset > x.Length - length)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(offset), $"Entries {offset} to {offset + length - 1} do not lie in a vector of {x.Length} and an array of {destination.Length}.");
            }

            Array.Copy(x, offset, destination, 0, length);
            return offset + length;
        }

        /// <summary>
        /// Copies a parameter array into the flat vector from <paramref name="offset"/> on: packs a
        /// starting point (or a result) for an optimizer from the parameters as the model holds them.
        /// </summary>
        /// <param name="source">The parameter array.</param>
        /// <param name="x">The flat vector.</param>
        /// <param name="offset">Where the parameter starts in <paramref name="x"/>.</param>
        /// <returns><paramref name="offset"/> + <paramref name="source"/>.Length: where the next parameter starts.</returns>
        /// <example>
        /// <code>
        /// var start = new double[w.Length + 1];
        /// int at = FlatVector.Pack(w, start, 0);
        /// start[at] = b;
        /// </code>
        /// </example>
        /// <exception cref="ArgumentNullException">An array is <c>null</c>.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="source"/> does not fit at <paramref name="offset"/>.</exception>
        public static int Pack(double[] source, double[] x, int offset)
        {
            NotNull(source, nameof(source));
            NotNull(x, nameof(x));
            if (offset < 0 || offset > x.Length - source.Length)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(offset), $"{source.Length} entries from {offset} on do not fit in a vector of {x.Length}.");
            }

            Array.Copy(source, 0, x, offset, source.Length);
            return offset + source.Length;
        }

        private static void NotNull(object value, string name)
        {
            if (value is null)
            {
                throw new ArgumentNullException(name);
            }
        }
    }
}
