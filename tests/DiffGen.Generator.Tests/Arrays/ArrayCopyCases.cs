using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// The library's copies and fills read as the loops they run (<c>ProgramLowering.ArrayCopies</c>): a local made by
    /// <c>(double[])x0.Clone()</c> or <c>[.. x0]</c>, <c>Array.Copy</c> with and without indices, <c>Array.Fill</c> whole and
    /// over a range, of differentiated parameters and of local arrays, then updated in place. Each against Richardson
    /// differences.
    /// </summary>
    public static class ArrayCopyCases
    {
        public static readonly ArrayCase[] Double =
        {
            // A damped spring chain started from copies of its inputs, its velocities filled with a differentiated value.
            new ArrayCase("AcSpringChain", """
                [Differentiable]
                public static double AcSpringChain(double[] x0, double k)
                {
                    double[] x = (double[])x0.Clone();
                    double[] v = new double[x.Length];
                    Array.Fill(v, 0.5 * k);
                    double[] start = [.. x0];
                    double e = 0;
                    for (int t = 0; t < 3; t++)
                    {
                        for (int i = 0; i < x.Length; i++)
                        {
                            v[i] -= k * x[i] * 0.1;
                            x[i] += v[i] * 0.1;
                            e += (x[i] - start[i]) * (x[i] - start[i]);
                        }
                    }

                    return e;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.5, 1.5) }),

            // A padded copy by Array.Copy with indices, read by a stencil; a range filled before it.
            new ArrayCase("AcPaddedStencil", """
                [Differentiable]
                public static double AcPaddedStencil(double[] x, double edge)
                {
                    double[] padded = new double[x.Length + 2];
                    Array.Fill(padded, edge, 0, 1);
                    Array.Copy(x, 0, padded, 1, x.Length);
                    padded[x.Length + 1] = edge;
                    double s = 0;
                    for (int i = 1; i <= x.Length; i++)
                    {
                        double d = padded[i - 1] - 2 * padded[i] + padded[i + 1];
                        s += d * d;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // A fill whose value reads the array it fills: Array.Fill computes the value once (a loop reading it again would not).
            new ArrayCase("AcFillReadingItself", """
                [Differentiable]
                public static double AcFillReadingItself(double[] w, double a)
                {
                    double[] u = (double[])w.Clone();
                    Array.Fill(u, u[0] + a * u[u.Length - 1]);
                    double s = 0;
                    for (int i = 0; i < u.Length; i++) s += u[i] * w[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n + 2), Uniform(r, -1.5, 1.5) }),

            // A copy of a local array, the copy's source then changed: the copy keeps the old values.
            new ArrayCase("AcCopyOfALocal", """
                [Differentiable]
                public static double AcCopyOfALocal(double[] w, double a)
                {
                    double[] h = new double[w.Length];
                    for (int i = 0; i < w.Length; i++) h[i] = Math.Tanh(a * w[i]);
                    double[] old = new double[w.Length];
                    Array.Copy(h, old, w.Length);
                    for (int i = 0; i < w.Length; i++) h[i] = h[i] * old[i] + a;
                    double[] last = (double[])h.Clone();
                    double s = 0;
                    for (int i = 0; i < w.Length; i++) s += last[i] * old[i] + h[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1.5, 1.5) }),
        };
    }
}
