using System.Linq;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// Buffers a loop fills anew each iteration through a loop nest (a triangle or a matrix times a vector): the forward loop
    /// keeps a copy per iteration and the reverse loop copies it back instead of filling it again (shape:
    /// <see cref="KeptBufferTests"/>; values: <see cref="ArrayGradientTests"/>). Fused with the sweep and not; the buffer
    /// read by a later statement of the iteration; a write behind a test; near misses: a buffer overwritten after it was
    /// read (its old values are taped, so it is filled again), one filled by a single loop (cheaper to fill again).
    /// </summary>
    public static class KeptBufferCases
    {
        public static readonly ArrayCase[] Double =
        {
            // A matrix times a vector per sample, then tanh: a hidden layer in the loop that is not the method's last.
            new ArrayCase("KbHiddenLayer", """
                [Differentiable("w")]
                public static double KbHiddenLayer(double[] w, double[] x, int m)
                {
                    int n = x.Length / m;
                    double[] h = new double[m];
                    double total = 0;
                    for (int s = 0; s < n; s++)
                    {
                        for (int j = 0; j < m; j++)
                        {
                            h[j] = 0;
                        }

                        for (int j = 0; j < m; j++)
                        {
                            for (int i = 0; i < m; i++)
                            {
                                h[j] += w[(j * m + i) % w.Length] * x[s * m + i];
                            }
                        }

                        double a = 0;
                        for (int j = 0; j < m; j++)
                        {
                            a += Math.Tanh(h[j]) * h[j];
                        }

                        total += a * a;
                    }

                    return Math.Sqrt(1 + total);
                }
                """, (r, n) => new object[] { Vector(r, n * n + 1), Vector(r, 3 * (n + 1)), n + 1 }),

            // The triangle, with a later loop that multiplies into the result: not fused, the buffer read after it is kept.
            new ArrayCase("KbTriangleThenProduct", """
                [Differentiable("l", "c")]
                public static double KbTriangleThenProduct(double[] l, double[] c, int rows)
                {
                    int d = c.Length;
                    double[] q = new double[d];
                    double product = 1;
                    for (int r = 0; r < rows; r++)
                    {
                        for (int i = 0; i < d; i++)
                        {
                            q[i] = c[i] * (r + 1);
                        }

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
                        for (int i = 0; i < d; i++)
                        {
                            s += Math.Sin(q[i]);
                        }

                        product *= 1 + 0.1 * s;
                    }

                    return product;
                }
                """, (r, n) => new object[] { Vector(r, n + 2), Vector(r, n), 3 }),

            // The nest's write behind a test, the buffer read by a statement of the iteration after the nest; a loop whose
            // iterations depend on each other (not fused), so the reverse loop runs them last to first.
            new ArrayCase("KbGuardedNest", """
                [Differentiable]
                public static double KbGuardedNest(double[] a, double[] b)
                {
                    int d = b.Length;
                    double[] t = new double[d];
                    double sum = 0;
                    for (int r = 0; r < 3; r++)
                    {
                        for (int i = 0; i < d; i++)
                        {
                            t[i] = b[i] + r;
                        }

                        for (int i = 0; i < d; i++)
                        {
                            for (int j = 0; j < d; j++)
                            {
                                if (j != i)
                                {
                                    t[i] += a[(i + j) % a.Length] * b[j];
                                }
                            }
                        }

                        double u = t[0] * t[d - 1];
                        sum = 0.5 * sum + u * u + Math.Exp(-t[d / 2] * t[d / 2]);
                    }

                    return sum;
                }
                """, (r, n) => new object[] { Vector(r, n + 1), Vector(r, n + 1) }),

            // Near miss: the nest reads the buffer it fills (q[j] += l·q[i]), which the analysis cannot prove leaves every
            // element read alone afterwards: its writes are taped, and the reverse sweep fills it again.
            new ArrayCase("KbNestReadsItsBuffer", """
                [Differentiable("l", "c")]
                public static double KbNestReadsItsBuffer(double[] l, double[] c)
                {
                    int d = c.Length;
                    double[] q = new double[d];
                    double product = 1;
                    for (int r = 0; r < 3; r++)
                    {
                        for (int i = 0; i < d; i++)
                        {
                            q[i] = c[i] * (r + 1);
                        }

                        int k = 0;
                        for (int i = 0; i < d; i++)
                        {
                            for (int j = i + 1; j < d; j++)
                            {
                                q[j] += l[k % l.Length] * q[i];
                                k++;
                            }
                        }

                        double s = 0;
                        for (int i = 0; i < d; i++)
                        {
                            s += Math.Sin(q[i]);
                        }

                        product *= 1 + 0.1 * s;
                    }

                    return product;
                }
                """, (r, n) => new object[] { Vector(r, n + 2), Vector(r, n) }),

            // Near miss: after the nest reads q[i], q[i] is overwritten in the same iteration (taped): filled again.
            new ArrayCase("KbOverwrittenAfterRead", """
                [Differentiable("l")]
                public static double KbOverwrittenAfterRead(double[] l, double[] c)
                {
                    int d = c.Length;
                    double[] q = new double[d];
                    double s = 0;
                    for (int r = 0; r < 2; r++)
                    {
                        for (int i = 0; i < d; i++)
                        {
                            q[i] = c[i];
                        }

                        for (int i = 0; i < d; i++)
                        {
                            for (int j = 0; j < d; j++)
                            {
                                q[i] += l[(i * d + j) % l.Length] * c[j];
                            }
                        }

                        for (int i = 0; i < d; i++)
                        {
                            s += q[i] * q[i];
                            q[i] = Math.Sin(q[i]);
                            s += q[i];
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n * n + 1), Vector(r, n + 1) }),

            // Near miss: a buffer one loop fills (a subtraction per element) is filled again, not kept.
            new ArrayCase("KbShallowBuffer", """
                [Differentiable("mu")]
                public static double KbShallowBuffer(double[] mu, double[] x, int d)
                {
                    int k = mu.Length / d;
                    double[] xc = new double[d];
                    double total = 0;
                    for (int ik = 0; ik < k; ik++)
                    {
                        for (int id = 0; id < d; id++)
                        {
                            xc[id] = x[id] - mu[ik * d + id];
                        }

                        double sq = 0;
                        for (int id = 0; id < d; id++)
                        {
                            sq += xc[id] * xc[id];
                        }

                        total += Math.Log(1 + sq);
                    }

                    return total;
                }
                """, (r, n) => new object[] { Vector(r, 3 * (n + 1)), Vector(r, 3), 3 }),

            // A buffer one loop fills (GMM's centred point), where the loop runs backwards on its own: only that loop uses it, so it
            // is kept in place, each iteration filling its row of the tape, which the reverse iteration reads.
            new ArrayCase("KbRowsShallow", """
                [Differentiable("mu")]
                public static double KbRowsShallow(double[] mu, double[] x, int d)
                {
                    int k = mu.Length / d;
                    double[] xc = new double[d];
                    double total = 0;
                    for (int ik = 0; ik < k; ik++)
                    {
                        for (int id = 0; id < d; id++)
                        {
                            xc[id] = x[id] - mu[ik * d + id];
                        }

                        double sq = 0;
                        for (int id = 0; id < d; id++)
                        {
                            sq += Math.Exp(-xc[id] * xc[id]);
                        }

                        total = Math.Sin(total) + sq;
                    }

                    return total;
                }
                """, (r, n) => new object[] { Vector(r, 3 * (n + 1)), Vector(r, 3), 3 }),

            // Near miss: the triangle's buffer read after its loop too (the last iteration's q[0]): not filled anew by each
            // iteration as far as the method goes, so what its writes overwrite is taped instead.
            new ArrayCase("KbReadAfterItsLoop", """
                [Differentiable("l", "c")]
                public static double KbReadAfterItsLoop(double[] l, double[] c, int rows)
                {
                    int d = c.Length;
                    double[] q = new double[d];
                    double product = 1;
                    for (int r = 0; r < rows; r++)
                    {
                        for (int i = 0; i < d; i++)
                        {
                            q[i] = c[i] * (r + 1);
                        }

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
                        for (int i = 0; i < d; i++)
                        {
                            s += Math.Sin(q[i]);
                        }

                        product = product * 0.5 + Math.Cos(s);
                    }

                    return product + q[0] * q[d - 1];
                }
                """, (r, n) => new object[] { Vector(r, n * n + 1), Vector(r, n + 2), 3 }),
        };

        public static readonly ArrayCase[] Float =
        {
            Twin("KbTriangleThenProduct", """
                [Differentiable("l", "c")]
                public static float KbTriangleThenProductFloat(float[] l, float[] c, int rows)
                {
                    int d = c.Length;
                    float[] q = new float[d];
                    float product = 1;
                    for (int r = 0; r < rows; r++)
                    {
                        for (int i = 0; i < d; i++)
                        {
                            q[i] = c[i] * (r + 1);
                        }

                        int k = 0;
                        for (int i = 0; i < d; i++)
                        {
                            for (int j = i + 1; j < d; j++)
                            {
                                q[j] += l[k % l.Length] * c[i];
                                k++;
                            }
                        }

                        float s = 0;
                        for (int i = 0; i < d; i++)
                        {
                            s += MathF.Sin(q[i]);
                        }

                        product *= 1 + 0.1f * s;
                    }

                    return product;
                }
                """),
        };

        private static ArrayCase Twin(string doubleTwin, string source) => ArrayCase.FloatTwinOf(Double.Single(c => c.Name == doubleTwin), source);
    }
}
