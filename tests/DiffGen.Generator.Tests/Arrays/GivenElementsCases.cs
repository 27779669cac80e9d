using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// Local arrays given their elements where they are declared (issue 10): data such as <c>double[] xs = { 0, 1, 2 };</c>
    /// in notebook code, <c>new double[] { ... }</c>, <c>new[] { ... }</c>, collection expressions, <c>stackalloc</c>,
    /// integer arrays used as indices and data, elements that are constant expressions or depend on the parameters,
    /// in methods with and without loops. All of these drew cascades of DIFF015 before.
    /// </summary>
    public static class GivenElementsCases
    {
        public static readonly ArrayCase[] All =
        {
            // The notebook code of issue 10: the data in local arrays, a loop over them.
            new ArrayCase("GeNotebookFit", """
                [Differentiable]
                public static double GeNotebookFit(double m, double b)
                {
                    double[] xs = { 0, 1, 2, 3.0 };
                    double[] ys = { 1, 2.9, 5.1, 7 };
                    double cost = 0;
                    for (int i = 0; i < xs.Length; i++)
                    {
                        double e = m * xs[i] + b - ys[i];
                        cost += e * e;
                    }

                    return cost / xs.Length;
                }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2) })
            {
                Sizes = ArrayCase.Scalar,
            },

            // Every way to write the elements, and elements that are constant expressions.
            new ArrayCase("GeForms", """
                [Differentiable]
                public static double GeForms(double[] w, double x)
                {
                    double[] a = new double[] { -1, 0.5, 1e-3 };
                    double[] b = new[] { 2f, Math.PI, Math.E / 3 };
                    double[] c = [1.0 / 3, -2.5, (double)int.MaxValue / 1e9];
                    double[] d = new double[3] { 1, 2, 3 };
                    double s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        int k = i % 3;
                        s += w[i] * (a[k] + b[k] * x + c[k] * x * x) / d[k];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // No loop: the scalar shape of issue 10 (double[] c = { 1, 2 }; return c[0] * x + c[1];).
            new ArrayCase("GeNoLoop", """
                [Differentiable]
                public static double GeNoLoop(double x)
                {
                    double[] c = { 1, 2 };
                    return c[0] * x * x + c[1] * x;
                }
                """, (r, n) => new object[] { Uniform(r, -2, 2) })
            {
                Sizes = ArrayCase.Scalar,
            },

            // Elements computed from the parameters (each is an element write), read without a loop.
            new ArrayCase("GeFromParameters", """
                [Differentiable]
                public static double GeFromParameters(double x, double y)
                {
                    double[] p = { x, x * y, Math.Sin(y) };
                    return p[0] * p[1] + p[2] * p[2] - p[1];
                }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2) })
            {
                Sizes = ArrayCase.Scalar,
            },

            // Elements from the parameters, read in a loop.
            new ArrayCase("GeFromParametersInLoop", """
                [Differentiable]
                public static double GeFromParametersInLoop(double[] x, double a)
                {
                    double[] p = { a, a * a, Math.Exp(-a) };
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += p[i % p.Length] * Math.Sin(x[i]);
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // Integer arrays: a permutation used as indices, counts used as data, a foreach over them.
            new ArrayCase("GeIntegerArrays", """
                [Differentiable]
                public static double GeIntegerArrays(double[] w, double x)
                {
                    int[] order = { 2, 0, 1 };
                    int[] counts = { 1, 3, 2 };
                    double s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        int j = (i / 3) * 3 + order[i % order.Length];
                        if (j < w.Length)
                        {
                            s += w[j] * w[i] * counts[i % 3] * x;
                        }
                    }

                    foreach (int c in counts)
                    {
                        s += c * x * x;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // stackalloc with its elements.
            new ArrayCase("GeStackalloc", """
                [Differentiable]
                public static double GeStackalloc(double[] x, double a)
                {
                    Span<double> c = stackalloc double[] { 1, -2, 0.5 };
                    Span<int> shift = stackalloc[] { 0, 1, 2 };
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += c[i % 3] * Math.Cos(a * x[i] + shift[i % 3]);
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // An array given its elements inside a loop: made again each iteration.
            new ArrayCase("GeDeclaredInLoop", """
                [Differentiable]
                public static double GeDeclaredInLoop(double[] x, double a)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double[] basis = { 1, x[i], x[i] * x[i] };
                        double[] weight = { a, a * a, 0.5 };
                        for (int k = 0; k < basis.Length; k++)
                        {
                            s += weight[k] * basis[k];
                        }
                    }

                    return s * s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // Given elements, then updated in place.
            new ArrayCase("GeGivenThenUpdated", """
                [Differentiable]
                public static double GeGivenThenUpdated(double[] x, double a)
                {
                    double[] c = { a, 2 * a, 3 };
                    for (int i = 0; i < x.Length; i++)
                    {
                        c[i % 3] = c[i % 3] * Math.Cos(x[i]) + a;
                    }

                    return c[0] * c[1] + c[2];
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // The double twin of the float case below.
            new ArrayCase("GeWeights", """
                [Differentiable]
                public static double GeWeights(double[] x, double a)
                {
                    double[] w = { 0.25, -1.5, 2 };
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += w[i % 3] * Math.Tanh(a * x[i]);
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),
        };

        /// <summary>Float cases, each checked against its double twin.</summary>
        public static readonly ArrayCase[] Float =
        {
            new ArrayCase("GeWeightsFloat", """
                [Differentiable]
                public static float GeWeightsFloat(float[] x, float a)
                {
                    float[] w = { 0.25f, -1.5f, 2 };
                    float s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += w[i % 3] * MathF.Tanh(a * x[i]);
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) })
            {
                DoubleTwin = "GeWeights",
            },
        };
    }
}
