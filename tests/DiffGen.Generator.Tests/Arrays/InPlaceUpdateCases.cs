using System.Linq;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// Local arrays updated in place (issue 10): an element added to after it was read (<c>q[j] += e</c> in a
    /// triangular loop), computed from itself (<c>t[i] = f(t[i])</c>, <c>t[i] *= x</c>), overwritten after it was
    /// read, in nested and triangular loops, across the iterations of an outer loop. The gradient got some of these
    /// silently wrong (the reverse sweep read elements a later write had changed, and ran additions again); now the
    /// forward sweep keeps each value a write overwrites that the reverse sweep needs, or the reverse sweep
    /// recomputes the array, and every case is checked against finite differences.
    /// </summary>
    public static class InPlaceUpdateCases
    {
        public static readonly ArrayCase[] All =
        {
            // The shape of issue 10: q[i] = exp(w[i]); then q[j] += x·w[i] for j > i; then s reads q.
            new ArrayCase("IpTriangular", """
                [Differentiable]
                public static double IpTriangular(double[] w, double x)
                {
                    double[] q = new double[w.Length];
                    for (int i = 0; i < w.Length; i++)
                    {
                        q[i] = Math.Exp(w[i]);
                    }

                    for (int i = 0; i < w.Length; i++)
                    {
                        for (int j = i + 1; j < w.Length; j++)
                        {
                            q[j] += x * w[i];
                        }
                    }

                    double s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        s += q[i] * q[i];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // The same, with the third loop as written: s = q[i] keeps the last element.
            new ArrayCase("IpTriangularLast", """
                [Differentiable]
                public static double IpTriangularLast(double[] w, double x)
                {
                    double[] q = new double[w.Length];
                    for (int i = 0; i < w.Length; i++)
                    {
                        q[i] = Math.Exp(w[i]);
                    }

                    for (int i = 0; i < w.Length; i++)
                    {
                        for (int j = i + 1; j < w.Length; j++)
                        {
                            q[j] += x;
                        }
                    }

                    double s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        s = q[i];
                    }

                    return s * s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // ADBench's GMM objective (without the prior): per point and component, xc = x − μ, qxc = Q·xc with Q's
            // diagonal exp(icf) and its lower triangle from icf, added in place; log-sum-exp over components.
            new ArrayCase("IpGmm", """
                [Differentiable("alphas", "means", "icf")]
                public static double IpGmm(double[] alphas, double[] means, double[] icf, double[] x, int d)
                {
                    int k = alphas.Length;
                    int n = x.Length / d;
                    int icfSize = d * (d + 1) / 2;
                    double[] xc = new double[d];
                    double[] qxc = new double[d];
                    double[] mainTerm = new double[k];
                    double slse = 0;
                    for (int ix = 0; ix < n; ix++)
                    {
                        for (int ik = 0; ik < k; ik++)
                        {
                            double sumQ = 0;
                            for (int id = 0; id < d; id++)
                            {
                                sumQ += icf[ik * icfSize + id];
                                xc[id] = x[ix * d + id] - means[ik * d + id];
                                qxc[id] = Math.Exp(icf[ik * icfSize + id]) * xc[id];
                            }

                            int li = ik * icfSize + d;
                            for (int i = 0; i < d; i++)
                            {
                                for (int j = i + 1; j < d; j++)
                                {
                                    qxc[j] += icf[li] * xc[i];
                                    li++;
                                }
                            }

                            double sq = 0;
                            for (int id = 0; id < d; id++)
                            {
                                sq += qxc[id] * qxc[id];
                            }

                            mainTerm[ik] = alphas[ik] + sumQ - 0.5 * sq;
                        }

                        double m = mainTerm[0];
                        for (int ik = 1; ik < k; ik++)
                        {
                            m = Math.Max(m, mainTerm[ik]);
                        }

                        double se = 0;
                        for (int ik = 0; ik < k; ik++)
                        {
                            se += Math.Exp(mainTerm[ik] - m);
                        }

                        slse += Math.Log(se) + m;
                    }

                    double am = alphas[0];
                    for (int ik = 1; ik < k; ik++)
                    {
                        am = Math.Max(am, alphas[ik]);
                    }

                    double sa = 0;
                    for (int ik = 0; ik < k; ik++)
                    {
                        sa += Math.Exp(alphas[ik] - am);
                    }

                    return slse - n * (Math.Log(sa) + am);
                }
                """, (r, k) => new object[] { Vector(r, k, -1, 1), Vector(r, k * 3, -1, 1), Vector(r, k * 6, -0.5, 0.5), Vector(r, 4 * 3, -1, 1), 3 })
            {
                Sizes = new[] { 1, 2, 3 },
            },

            // An element computed from itself, in a loop of its own between the loop that fills the array and the one that reads it.
            new ArrayCase("IpSelfFunction", """
                [Differentiable]
                public static double IpSelfFunction(double[] x, double w)
                {
                    double[] t = new double[x.Length];
                    for (int i = 0; i < x.Length; i++)
                    {
                        t[i] = x[i] * w;
                    }

                    for (int i = 0; i < x.Length; i++)
                    {
                        t[i] = Math.Tanh(t[i]) * w;
                        t[i] = t[i] * t[i] + x[i];
                    }

                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += Math.Sin(t[i]);
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1.5, 1.5) }),

            // Compound assignments on elements: t[i] *= x[i], t[i] /= 1 + t[i]², t[i] -= w.
            new ArrayCase("IpCompound", """
                [Differentiable]
                public static double IpCompound(double[] x, double w)
                {
                    Span<double> t = stackalloc double[x.Length];
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        t[i] = w + i;
                        t[i] *= x[i];
                        t[i] /= 1 + t[i] * t[i];
                        t[i] -= w * w;
                        s += t[i] * x[i];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // An element read, then overwritten by the same iteration; a later loop reads the new values.
            new ArrayCase("IpOverwrittenAfterRead", """
                [Differentiable]
                public static double IpOverwrittenAfterRead(double[] x, double w)
                {
                    double[] t = new double[x.Length];
                    for (int i = 0; i < x.Length; i++)
                    {
                        t[i] = Math.Exp(w * x[i]);
                    }

                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += t[i] * t[i];
                        t[i] = Math.Sin(x[i] * s);
                    }

                    double u = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        u += t[i] * s;
                    }

                    return u;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // Iteration i reads t[i + 1], which iteration i + 1 overwrites.
            new ArrayCase("IpReadAheadOverwritten", """
                [Differentiable]
                public static double IpReadAheadOverwritten(double[] x, double w)
                {
                    double[] t = new double[x.Length + 1];
                    for (int i = 0; i <= x.Length; i++)
                    {
                        t[i] = w * i + 1;
                    }

                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        t[i] = Math.Sin(x[i] * w);
                        s += t[i + 1] * t[i];
                    }

                    return s + t[0] * t[x.Length];
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // Forward substitution in place: y = L⁻¹·b with L unit-lower-triangular (row-major, n × n).
            new ArrayCase("IpForwardSubstitution", """
                [Differentiable]
                public static double IpForwardSubstitution(double[] l, double[] b)
                {
                    int n = b.Length;
                    double[] y = new double[n];
                    for (int i = 0; i < n; i++)
                    {
                        y[i] = b[i];
                    }

                    for (int i = 0; i < n; i++)
                    {
                        for (int j = 0; j < i; j++)
                        {
                            y[i] -= l[i * n + j] * y[j];
                        }

                        y[i] /= 2 + l[i * n + i] * l[i * n + i];
                    }

                    double s = 0;
                    for (int i = 0; i < n; i++)
                    {
                        s += y[i] * y[i] * (i + 1);
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n * n, -0.5, 0.5), Vector(r, n) }),

            // A running sum computed in place: a[i] += a[i − 1] after a[i] was filled by an earlier loop.
            new ArrayCase("IpPrefixSumInPlace", """
                [Differentiable]
                public static double IpPrefixSumInPlace(double[] x, double w)
                {
                    double[] a = new double[x.Length];
                    for (int i = 0; i < x.Length; i++)
                    {
                        a[i] = Math.Sin(w * x[i]);
                    }

                    for (int i = 1; i < x.Length; i++)
                    {
                        a[i] += a[i - 1] * w;
                    }

                    double s = 0;
                    foreach (double v in a)
                    {
                        s += v * v;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // Repeated smoothing passes over the same array (an outer loop around in-place updates).
            new ArrayCase("IpRepeatedPasses", """
                [Differentiable]
                public static double IpRepeatedPasses(double[] x, double w, int passes)
                {
                    double[] t = new double[x.Length];
                    for (int i = 0; i < x.Length; i++)
                    {
                        t[i] = x[i];
                    }

                    for (int p = 0; p < passes; p++)
                    {
                        for (int i = 0; i < x.Length; i++)
                        {
                            t[i] = 0.5 * t[i] + w * Math.Cos(t[i]);
                        }
                    }

                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += t[i] * x[i];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1), 3 }),

            // Two arrays taking turns (Jacobi sweeps): v is read by one pass and overwritten by the next.
            new ArrayCase("IpPingPong", """
                [Differentiable]
                public static double IpPingPong(double[] x, double w)
                {
                    int n = x.Length;
                    double[] u = new double[n + 2];
                    double[] v = new double[n + 2];
                    for (int i = 0; i < n; i++)
                    {
                        v[i + 1] = x[i];
                    }

                    for (int sweep = 0; sweep < 3; sweep++)
                    {
                        for (int i = 1; i <= n; i++)
                        {
                            u[i] = 0.5 * (v[i - 1] + v[i + 1]) + w * v[i];
                        }

                        for (int i = 1; i <= n; i++)
                        {
                            v[i] = Math.Tanh(u[i]);
                        }
                    }

                    double s = 0;
                    for (int i = 1; i <= n; i++)
                    {
                        s += v[i] * x[i - 1];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // Sums per bucket, read while they grow: a[i % 3] += e, then s reads a[i % 3] in the same iteration.
            new ArrayCase("IpBucketsReadWhileGrowing", """
                [Differentiable]
                public static double IpBucketsReadWhileGrowing(double[] x, double w)
                {
                    double[] a = new double[3];
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        a[i % 3] += Math.Sin(w * x[i]);
                        s += a[i % 3] * a[i % 3] * x[i];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // A hidden layer reused for every sample (filled, squashed in place, then read): recomputed, not stored.
            new ArrayCase("IpHiddenLayerInPlace", """
                [Differentiable("w", "v")]
                public static double IpHiddenLayerInPlace(double[] w, double[] v, double[] x, int hidden)
                {
                    double[] h = new double[hidden];
                    double loss = 0;
                    for (int s = 0; s < x.Length; s++)
                    {
                        for (int j = 0; j < hidden; j++)
                        {
                            h[j] = w[j] * x[s];
                        }

                        for (int j = 0; j < hidden; j++)
                        {
                            h[j] = Math.Tanh(h[j]);
                        }

                        double y = 0;
                        for (int j = 0; j < hidden; j++)
                        {
                            y += v[j] * h[j];
                        }

                        loss += (y - x[s]) * (y - x[s]);
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Vector(r, 3), Vector(r, 3), Vector(r, n), 3 }),

            // In place in a while loop, indexed by a counter the body steps.
            new ArrayCase("IpWhileInPlace", """
                [Differentiable]
                public static double IpWhileInPlace(double[] x, double w)
                {
                    double[] t = new double[x.Length];
                    int k = 0;
                    while (k < x.Length)
                    {
                        t[k] = x[k];
                        k++;
                    }

                    k = 0;
                    while (k < x.Length)
                    {
                        t[k] = t[k] * w + Math.Sin(t[k]);
                        k++;
                    }

                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += t[i] * t[i];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // A while loop whose condition reads the element it updates: it runs backwards by its number of iterations.
            new ArrayCase("IpWhileOnElement", """
                [Differentiable]
                public static double IpWhileOnElement(double[] w, double x)
                {
                    double[] t = { 1 };
                    int k = 0;
                    while (t[0] < 5 && k < 50)
                    {
                        t[0] = t[0] * x + w.Length * 0.1;
                        k++;
                    }

                    return t[0];
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 1.2, 1.6) })
            {
                Sizes = new[] { 0, 1, 2 },
                Accept = p => Trips(((double[])p[0]).Length, (double)p[1] - 0.05) == Trips(((double[])p[0]).Length, (double)p[1] + 0.05),
            },

            // A clip in place with ?: (the if form is DIFF015: its test would read the new value).
            new ArrayCase("IpClipWithChoice", """
                [Differentiable]
                public static double IpClipWithChoice(double[] x, double w)
                {
                    double[] t = new double[x.Length];
                    for (int i = 0; i < x.Length; i++)
                    {
                        t[i] = w * x[i];
                        t[i] = t[i] > 0.5 ? 0.5 + 0.1 * t[i] : t[i];
                    }

                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += t[i] * t[i];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) })
            {
                Accept = p => ((double[])p[0]).All(v => System.Math.Abs(v * (double)p[1] - 0.5) > 0.02),
            },

            // Elements written straight-line, read, then one overwritten and read again.
            new ArrayCase("IpStraightLine", """
                [Differentiable]
                public static double IpStraightLine(double[] x, double w)
                {
                    double[] a = new double[2];
                    a[0] = w * w;
                    a[1] = Math.Exp(w);
                    double s = a[0] * a[1];
                    a[0] = Math.Sin(a[0] + x.Length);
                    a[1] *= a[0];
                    return s + a[0] * a[1];
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) })
            {
                Sizes = ArrayCase.Scalar,
            },

            // A read-only element used in a branch of the loop that overwrites other elements.
            new ArrayCase("IpBranchWrites", """
                [Differentiable]
                public static double IpBranchWrites(double[] x, double w)
                {
                    double[] t = new double[x.Length];
                    for (int i = 0; i < x.Length; i++)
                    {
                        t[i] = w * x[i];
                    }

                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (x[i] > 0)
                        {
                            s += t[i] * t[i];
                            t[i] = Math.Cos(t[i]);
                        }
                        else
                        {
                            t[i] *= w;
                        }
                    }

                    for (int i = 0; i < x.Length; i++)
                    {
                        s += t[i] * w;
                    }

                    return s;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n), Uniform(r, -1, 1) }),

            // Updates of elements written by an earlier loop, in a triangular loop that reads the updated ones.
            new ArrayCase("IpTriangularReadsUpdated", """
                [Differentiable]
                public static double IpTriangularReadsUpdated(double[] w, double x)
                {
                    double[] q = new double[w.Length];
                    for (int i = 0; i < w.Length; i++)
                    {
                        q[i] = Math.Exp(0.5 * w[i]);
                    }

                    for (int i = 0; i < w.Length; i++)
                    {
                        for (int j = i + 1; j < w.Length; j++)
                        {
                            q[j] += x * q[i] * 0.5;
                        }
                    }

                    double s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        s += Math.Log(1 + q[i] * q[i]);
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -0.5, 0.5) }),
            // Declined with DIFF015 before issue 10 (once silently wrong). A local array written, then updated in place (t[i] = sin(t[i])), then read: three loops.
            new ArrayCase(
                "InPlaceLocal",
                """
                [Differentiable]
                public static double InPlaceLocal(double[] x)
                {
                    double[] t = new double[x.Length];
                    for (int i = 0; i < x.Length; i++)
                    {
                        t[i] = x[i] * x[i];
                    }

                    for (int i = 0; i < x.Length; i++)
                    {
                        t[i] = Math.Sin(t[i]);
                    }

                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += t[i];
                    }

                    return s;
                }
                """,
                (r, n) => new object[] { Vector(r, n, -1.5, 1.5) }),

            // An in-place update within one loop on a stackalloc'd local: t[i] = x[i]; t[i] = t[i]·t[i]; s += t[i].
            new ArrayCase(
                "InPlaceSquare",
                """
                [Differentiable]
                public static double InPlaceSquare(double[] x)
                {
                    Span<double> t = stackalloc double[x.Length];
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        t[i] = x[i];
                        t[i] = t[i] * t[i];
                        s += t[i];
                    }

                    return s;
                }
                """,
                (r, n) => new object[] { Vector(r, n) }),
        };

        /// <summary>How many times IpWhileOnElement's loop runs.</summary>
        private static int Trips(int n, double x)
        {
            double t = 1;
            int k = 0;
            while (t < 5 && k < 50)
            {
                t = (t * x) + (n * 0.1);
                k++;
            }

            return k;
        }
    }
}
