using System;
using System.Linq;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// Elements a loop reads at one index only (<c>xc[i]</c> in a loop over <c>j</c>): the reverse loop sums their adjoint in a
    /// local and adds it to the element after the loop (shape: <see cref="ElementSumTests"/>). GMM's Qᵀz triangle; an element
    /// past the array's end in a row whose inner loop never runs (the source never reads it); a read a test guards; an
    /// index an inner loop of the loop reads too; near misses (the array written in the loop, read at two indices).
    /// </summary>
    public static class ElementSumCases
    {
        public static readonly ArrayCase[] Double =
        {
            // GMM's Qᵀz: q[j] += l[k] * c[i] over the triangle j > i.
            new ArrayCase("EsTriangle", """
                [Differentiable("c", "l")]
                public static double EsTriangle(double[] c, double[] l)
                {
                    int d = c.Length;
                    double[] q = new double[d];
                    int k = 0;
                    for (int i = 0; i < d; i++)
                    {
                        for (int j = i + 1; j < d; j++)
                        {
                            q[j] += l[k % l.Length] * c[i];
                            k++;
                        }
                    }

                    double s = 0;
                    for (int j = 0; j < d; j++)
                    {
                        s += q[j] * q[j] + c[j];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n + 1) }),

            // x[i + 1] past the end in the last row, where the inner loop does not run.
            new ArrayCase("EsPastTheEnd", """
                [Differentiable("x")]
                public static double EsPastTheEnd(double[] x, double[] y)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        for (int j = i + 1; j < x.Length; j++)
                        {
                            s += Math.Sin(x[i + 1] * y[j]);
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n) }),

            // A read a test guards: x[i - 1] only where i > 0.
            new ArrayCase("EsGuarded", """
                [Differentiable("x")]
                public static double EsGuarded(double[] x, double[] y)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        for (int j = 0; j < y.Length; j++)
                        {
                            s += (i > 0 ? x[i - 1] : 1.0) * y[j] * y[j];
                        }
                    }

                    return s * s;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n) }),

            // The same element read in a loop nested in the loop, and a loop that leaves early.
            new ArrayCase("EsNestedAndBreak", """
                [Differentiable("w")]
                public static double EsNestedAndBreak(double[] w, double[] x)
                {
                    double s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        for (int j = 0; j < x.Length; j++)
                        {
                            for (int k = 0; k < 2; k++)
                            {
                                s += Math.Tanh(w[i] * x[j] + k);
                            }
                        }

                        double t = 0;
                        int m = 0;
                        while (m < x.Length)
                        {
                            t += w[i] * w[i] * x[m];
                            if (t > 3)
                            {
                                break;
                            }

                            m++;
                        }

                        s += t;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Vector(r, n, -1, 1) }) { Accept = NotNearThree },

            // Near miss: the loop writes the array it reads.
            new ArrayCase("EsWrittenInLoop", """
                [Differentiable("x")]
                public static double EsWrittenInLoop(double[] x)
                {
                    double[] h = new double[x.Length];
                    for (int i = 0; i < x.Length; i++)
                    {
                        h[i] = x[i];
                    }

                    for (int i = 0; i < x.Length; i++)
                    {
                        for (int j = 0; j < x.Length; j++)
                        {
                            h[j] = h[j] * 0.5 + h[i] * 0.25;
                        }
                    }

                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += h[i] * h[i];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n) }),
        };

        public static readonly ArrayCase[] Float =
        {
            Twin("EsPastTheEnd", """
                [Differentiable("x")]
                public static float EsPastTheEndFloat(float[] x, float[] y)
                {
                    float s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        for (int j = i + 1; j < x.Length; j++)
                        {
                            s += MathF.Sin(x[i + 1] * y[j]);
                        }
                    }

                    return s;
                }
                """),
        };

        /// <summary>The running sum of the while loop stays away from its break at 3 within the finite differences' step.</summary>
        private static bool NotNearThree(object[] arguments)
        {
            double[] w = (double[])arguments[0];
            double[] x = (double[])arguments[1];
            foreach (double wi in w)
            {
                double t = 0;
                foreach (double xm in x)
                {
                    t += wi * wi * xm;
                    if (Math.Abs(t - 3) < 0.01)
                    {
                        return false;
                    }

                    if (t > 3)
                    {
                        break;
                    }
                }
            }

            return true;
        }

        private static ArrayCase Twin(string doubleTwin, string source) => ArrayCase.FloatTwinOf(Double.Single(c => c.Name == doubleTwin), source);
    }
}
