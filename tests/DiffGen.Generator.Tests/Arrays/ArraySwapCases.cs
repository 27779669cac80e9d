using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// Two local arrays swapped, a double buffer's step (<c>double[] tmp = u; u = next; next = tmp;</c> or
    /// <c>(u, next) = (next, u);</c>): read as the loop that exchanges their elements, where both are made with one length
    /// and nothing else holds them (docs/supported.md, "Local arrays"). DIFF015 before (the domain sweep's DsHeatEquationSwap).
    /// </summary>
    public static class ArraySwapCases
    {
        public static readonly ArrayCase[] Double =
        {
            // Jacobi iterations for a tridiagonal system, the buffers swapped by a tuple.
            new ArrayCase("AsJacobiTupleSwap", """
                [Differentiable("b", "d")]
                public static double AsJacobiTupleSwap(double[] b, double d)
                {
                    int n = b.Length;
                    double[] x = new double[n];
                    double[] next = new double[n];
                    for (int it = 0; it < 4; it++)
                    {
                        for (int i = 0; i < n; i++)
                        {
                            double left = i > 0 ? x[i - 1] : 0;
                            double right = i + 1 < n ? x[i + 1] : 0;
                            next[i] = (b[i] + left + right) / d;
                        }

                        (x, next) = (next, x);
                    }

                    double s = 0;
                    for (int i = 0; i < n; i++) s += x[i] * x[i] + 0.5 * next[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 3, 5) }),

            // A swap inside an if: only on even steps, the temporary declared there.
            new ArrayCase("AsSwapInIf", """
                [Differentiable]
                public static double AsSwapInIf(double[] x, double a)
                {
                    int n = x.Length;
                    double[] u = new double[n];
                    double[] v = new double[n];
                    for (int i = 0; i < n; i++) { u[i] = x[i]; v[i] = a * x[i]; }
                    for (int s = 0; s < 3; s++)
                    {
                        for (int i = 0; i < n; i++) v[i] = Math.Sin(u[i] + a * v[i]);
                        if (s % 2 == 0)
                        {
                            double[] tmp = u;
                            u = v;
                            v = tmp;
                        }
                    }

                    double t = 0;
                    for (int i = 0; i < n; i++) t += u[i] * (i + 1) - v[i];
                    return t;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),
        };

        /// <summary>Arrays that may have different lengths, or a temporary read again: still DIFF015.</summary>
        public static readonly ArrayCase[] Declined =
        {
            new ArrayCase("AsSwapOfDifferentLengths", """
                [Differentiable]
                public static double AsSwapOfDifferentLengths(double[] x, double a)
                {
                    double[] u = new double[x.Length];
                    double[] v = new double[x.Length + 1];
                    for (int i = 0; i < x.Length; i++) u[i] = a * x[i];
                    double[] tmp = u;
                    u = v;
                    v = tmp;
                    double s = 0;
                    for (int i = 0; i < v.Length; i++) s += v[i] * v[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            new ArrayCase("AsTemporaryReadAgain", """
                [Differentiable]
                public static double AsTemporaryReadAgain(double[] x, double a)
                {
                    double[] u = new double[x.Length];
                    double[] v = new double[x.Length];
                    for (int i = 0; i < x.Length; i++) u[i] = a * x[i];
                    double[] tmp = u;
                    u = v;
                    v = tmp;
                    double s = 0;
                    for (int i = 0; i < x.Length; i++) s += tmp[i] * v[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),
        };
    }
}
