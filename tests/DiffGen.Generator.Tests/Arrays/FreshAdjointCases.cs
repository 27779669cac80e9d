using System.Linq;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// Local arrays each iteration fills anew and then reads whole (a hidden layer per sample, a centred point per
    /// component): the reverse sweep writes their adjoints fresh (<c>dH[k] = ...</c>, no zeroing after the read; shape:
    /// <see cref="FreshAdjointTests"/>; values: <see cref="ArrayGradientTests"/>). Then near misses, each of which must keep
    /// its zeroing: a reader under a test, a share under a choice, a read after the loop, a running maximum as the last
    /// reader, a last loop that covers part of the array, taped writes (one element at a time, an element overwritten after
    /// it was read), a call as the reader.
    /// </summary>
    public static class FreshAdjointCases
    {
        public static readonly ArrayCase[] Double =
        {
            // A tanh layer per sample, read by the output's sum: the perceptron's shape, in the loop fused with its reverse.
            new ArrayCase("FaHiddenLayer", """
                [Differentiable("w", "v")]
                public static double FaHiddenLayer(double[] w, double[] v, double[] x, int m)
                {
                    int n = x.Length / m;
                    double[] h = new double[m];
                    double loss = 0;
                    for (int s = 0; s < n; s++)
                    {
                        for (int k = 0; k < m; k++)
                        {
                            double a = 0.1;
                            for (int j = 0; j < m; j++)
                            {
                                a += w[(k * m + j) % w.Length] * x[s * m + j];
                            }

                            h[k] = Math.Tanh(a);
                        }

                        double o = 0;
                        for (int k = 0; k < m; k++)
                        {
                            o += v[k % v.Length] * h[k];
                        }

                        loss += (o - 1) * (o - 1);
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Vector(r, n * n + 1, -1, 1), Vector(r, n + 1), Vector(r, 3 * (n + 1)), n + 1 }),

            // The GMM's shape: per sample and component a centred point, Q times it through a triangle, its squared norm,
            // then a log-sum-exp over the components. Three arrays filled anew, one read by a triangle's inner loop.
            new ArrayCase("FaTriangleComponents", """
                [Differentiable("q", "mu")]
                public static double FaTriangleComponents(double[] q, double[] mu, double[] x, int d)
                {
                    int k = 2;
                    int n = x.Length / d;
                    double[] c = new double[d];
                    double[] z = new double[d];
                    double[] terms = new double[k];
                    double total = 0;
                    for (int s = 0; s < n; s++)
                    {
                        for (int ik = 0; ik < k; ik++)
                        {
                            for (int i = 0; i < d; i++)
                            {
                                c[i] = x[s * d + i] - mu[(ik * d + i) % mu.Length];
                                z[i] = Math.Exp(q[(ik + i) % q.Length]) * c[i];
                            }

                            int l = ik;
                            for (int i = 0; i < d; i++)
                            {
                                for (int j = i + 1; j < d; j++)
                                {
                                    z[j] += q[l % q.Length] * c[i];
                                    l++;
                                }
                            }

                            double sq = 0;
                            for (int i = 0; i < d; i++)
                            {
                                sq += z[i] * z[i];
                            }

                            terms[ik] = q[ik % q.Length] - 0.5 * sq;
                        }

                        double se = 0;
                        for (int ik = 0; ik < k; ik++)
                        {
                            se += Math.Exp(terms[ik]);
                        }

                        total += Math.Log(se);
                    }

                    return total;
                }
                """, (r, n) => new object[] { Vector(r, n + 4, -0.5, 0.5), Vector(r, 2 * n + 2, 0, 1), Vector(r, 2 * (n + 1), 0, 1), n + 1 }),

            // Near miss: elements written one by one (each write overwrites the last iteration's element, so they are taped).
            new ArrayCase("FaFirstElement", """
                [Differentiable("w")]
                public static double FaFirstElement(double[] w, double[] x)
                {
                    double[] b = new double[3];
                    double s = 0;
                    for (int t = 0; t < x.Length; t++)
                    {
                        b[0] = w[0] * x[t];
                        b[1] = w[1 % w.Length] + x[t];
                        b[2] = b[0] * b[1];
                        for (int k = 0; k < 3; k++)
                        {
                            s += b[k] * b[k];
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, 2), Vector(r, n) }),

            // Two readers in the last loop: the later one's share writes the entry, the earlier one's adds to it.
            new ArrayCase("FaTwoReaders", """
                [Differentiable("w")]
                public static double FaTwoReaders(double[] w, double[] x)
                {
                    int m = w.Length;
                    double[] h = new double[m];
                    double s = 0;
                    double p = 0;
                    for (int t = 0; t < x.Length; t++)
                    {
                        for (int k = 0; k < m; k++)
                        {
                            h[k] = Math.Sin(w[k] * x[t]);
                        }

                        for (int k = 0; k < h.Length; k++)
                        {
                            double g = h[k] * x[t];
                            s += g * g;
                            p += h[k];
                        }
                    }

                    return s + p * p;
                }
                """, (r, n) => new object[] { Vector(r, n + 1), Vector(r, 4) }),

            // Near miss: the last loop reads the array only where a test holds; its adjoint keeps its zeroing.
            new ArrayCase("FaReadUnderTest", """
                [Differentiable("w")]
                public static double FaReadUnderTest(double[] w, double[] x)
                {
                    int m = w.Length;
                    double[] h = new double[m];
                    double s = 0;
                    for (int t = 0; t < x.Length; t++)
                    {
                        for (int k = 0; k < m; k++)
                        {
                            h[k] = w[k] * x[t] + 0.3;
                        }

                        for (int k = 0; k < m; k++)
                        {
                            if (x[t] > 0)
                            {
                                s += h[k] * h[k];
                            }
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n + 1), Vector(r, 4) }) { Accept = args => ((double[])args[1]).All(v => System.Math.Abs(v) > 0.05) },

            // Near miss: the last loop's share is an element read only where a test holds (k > 0 ? h[k] : 0).
            new ArrayCase("FaGuardedShare", """
                [Differentiable("w")]
                public static double FaGuardedShare(double[] w, double[] x)
                {
                    int m = w.Length;
                    double[] h = new double[m];
                    double s = 0;
                    for (int t = 0; t < x.Length; t++)
                    {
                        for (int k = 0; k < m; k++)
                        {
                            h[k] = w[k] * x[t] - 0.2;
                        }

                        for (int k = 0; k < m; k++)
                        {
                            s += k > 0 ? h[k] * h[k] : 0;
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n + 1), Vector(r, 4) }),

            // Near miss: the array is read after the loop too (the last sample's layer), so its adjoint is not the loop's alone.
            new ArrayCase("FaReadAfterLoop", """
                [Differentiable("w")]
                public static double FaReadAfterLoop(double[] w, double[] x)
                {
                    int m = w.Length;
                    double[] h = new double[m];
                    double s = 0;
                    for (int t = 0; t < x.Length; t++)
                    {
                        for (int k = 0; k < m; k++)
                        {
                            h[k] = Math.Tanh(w[k] * x[t]);
                        }

                        for (int k = 0; k < m; k++)
                        {
                            s += h[k] * w[k];
                        }
                    }

                    return s + h[0];
                }
                """, (r, n) => new object[] { Vector(r, n + 1), Vector(r, 4) }) { Sizes = ArrayCase.NonEmpty },

            // Near miss: the last reader is a running maximum, whose adjoint goes to one element only.
            new ArrayCase("FaMaximumReads", """
                [Differentiable("w")]
                public static double FaMaximumReads(double[] w, double[] x)
                {
                    int m = w.Length;
                    double[] h = new double[m];
                    double s = 0;
                    for (int t = 0; t < x.Length; t++)
                    {
                        for (int k = 0; k < m; k++)
                        {
                            h[k] = w[k] * x[t] + k;
                        }

                        double top = h[0];
                        for (int k = 1; k < m; k++)
                        {
                            top = Math.Max(top, h[k]);
                        }

                        s += top * top;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Separated(r, n + 1), Vector(r, 4) }) { Sizes = ArrayCase.NonEmpty },

            // Near miss: the last loop reads all but the last element; that element's adjoint must stay 0.
            new ArrayCase("FaPartCovered", """
                [Differentiable("w")]
                public static double FaPartCovered(double[] w, double[] x)
                {
                    int m = w.Length;
                    double[] h = new double[m];
                    double s = 0;
                    for (int t = 0; t < x.Length; t++)
                    {
                        for (int k = 0; k < m; k++)
                        {
                            h[k] = w[k] * x[t] * x[t];
                        }

                        h[m - 1] = h[m - 1] * 3 + h[0];
                        for (int k = 0; k < m - 1; k++)
                        {
                            s += h[k] * h[k];
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n + 1), Vector(r, 4) }) { Sizes = ArrayCase.NonEmpty },

            // Near miss: a second write between the first and the last reader, overwriting an element read before it (taped).
            new ArrayCase("FaWrittenTwice", """
                [Differentiable("w")]
                public static double FaWrittenTwice(double[] w, double[] x)
                {
                    int m = w.Length;
                    double[] h = new double[m];
                    double s = 0;
                    for (int t = 0; t < x.Length; t++)
                    {
                        for (int k = 0; k < m; k++)
                        {
                            h[k] = w[k] * x[t];
                        }

                        double first = h[0];
                        h[0] = first * first + h[m - 1];
                        for (int k = 0; k < m; k++)
                        {
                            s += h[k] * x[t];
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n + 1), Vector(r, 4) }) { Sizes = ArrayCase.NonEmpty },

            // Near miss: the last reader passes the element to a [Differentiable] method.
            new ArrayCase("FaCalledReader", """
                [Differentiable]
                public static double FaSquare(double u) => u * u;

                [Differentiable("w")]
                public static double FaCalledReader(double[] w, double[] x)
                {
                    int m = w.Length;
                    double[] h = new double[m];
                    double s = 0;
                    for (int t = 0; t < x.Length; t++)
                    {
                        for (int k = 0; k < m; k++)
                        {
                            h[k] = w[k] + x[t];
                        }

                        for (int k = 0; k < m; k++)
                        {
                            s += FaSquare(h[k]);
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n + 1), Vector(r, 4) }),
        };

        public static readonly ArrayCase[] Float =
        {
            Twin("FaHiddenLayer", """
                [Differentiable("w", "v")]
                public static float FaHiddenLayerFloat(float[] w, float[] v, float[] x, int m)
                {
                    int n = x.Length / m;
                    float[] h = new float[m];
                    float loss = 0;
                    for (int s = 0; s < n; s++)
                    {
                        for (int k = 0; k < m; k++)
                        {
                            float a = 0.1f;
                            for (int j = 0; j < m; j++)
                            {
                                a += w[(k * m + j) % w.Length] * x[s * m + j];
                            }

                            h[k] = MathF.Tanh(a);
                        }

                        float o = 0;
                        for (int k = 0; k < m; k++)
                        {
                            o += v[k % v.Length] * h[k];
                        }

                        loss += (o - 1) * (o - 1);
                    }

                    return loss;
                }
                """),
            Twin("FaFirstElement", """
                [Differentiable("w")]
                public static float FaFirstElementFloat(float[] w, float[] x)
                {
                    float[] b = new float[3];
                    float s = 0;
                    for (int t = 0; t < x.Length; t++)
                    {
                        b[0] = w[0] * x[t];
                        b[1] = w[1 % w.Length] + x[t];
                        b[2] = b[0] * b[1];
                        for (int k = 0; k < 3; k++)
                        {
                            s += b[k] * b[k];
                        }
                    }

                    return s;
                }
                """),
        };

        private static ArrayCase Twin(string doubleTwin, string source) => ArrayCase.FloatTwinOf(Double.Single(c => c.Name == doubleTwin), source);
    }
}
