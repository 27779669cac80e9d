using DiffGen.Generator.Tests.Arrays;
using Xunit;
using static DiffGen.Generator.Tests.Review.FreshAdjointReviewCheck;
using static DiffGen.Generator.Tests.Review.Review23Check;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>
    /// Review of fresh adjoints: models. Two arrays sharing loops, a chain of arrays (one's covering loop the next one's
    /// writer), a two-layer net with a softmax, the GMM's shape (per point, per component), a covering loop that is the loop
    /// of another fresh array, fused and not fused loops around.
    /// </summary>
    public sealed partial class FreshAdjointReviewTests
    {
        [Fact]
        public void Two_arrays_sharing_writer_and_reader() => Check("FrTwoArrays", """
            [Differentiable("w", "v")]
            public static double FrTwoArrays(double[] w, double[] v, double[] x)
            {
                int m = w.Length;
                double[] a = new double[m];
                double[] b = new double[m];
                double s = 0;
                for (int t = 0; t < x.Length; t++)
                {
                    for (int k = 0; k < m; k++)
                    {
                        a[k] = Math.Sin(w[k] * x[t]);
                        b[k] = a[k] * v[k] + x[t];
                    }

                    for (int k = 0; k < m; k++)
                    {
                        s += a[k] * b[k] + b[k] * b[k];
                    }
                }

                return s;
            }
            """, (r, n) => new object[] { V(r, n), V(r, n), V(r, 3) }, fires: true);

        /// <summary>h's covering loop writes g (g's first writer), whose covering loop comes last.</summary>
        [Fact]
        public void Chain_of_arrays() => Check("FrChain", """
            [Differentiable("w", "v")]
            public static double FrChain(double[] w, double[] v, double[] x)
            {
                int m = w.Length;
                double[] h = new double[m];
                double[] g = new double[m];
                double s = 0;
                for (int t = 0; t < x.Length; t++)
                {
                    for (int k = 0; k < m; k++)
                    {
                        h[k] = Math.Tanh(w[k] * x[t]);
                    }

                    for (int k = 0; k < m; k++)
                    {
                        g[k] = h[k] * v[k] + 0.5 * h[k] * h[k];
                        s += 0.1 * h[k];
                    }

                    double o = 0;
                    for (int k = 0; k < m; k++)
                    {
                        o += g[k] * g[k];
                    }

                    s += Math.Sqrt(1 + o);
                }

                return s;
            }
            """, (r, n) => new object[] { V(r, n), V(r, n), V(r, 3) }, fires: true);

        /// <summary>A two-layer net per sample with a softmax cross-entropy: h1 read by an inner loop of the next layer (no fire for it), h2 and z fresh.</summary>
        [Fact]
        public void Two_layer_net_with_softmax() => Check("FrTwoLayer", """
            [Differentiable("w1", "w2")]
            public static double FrTwoLayer(double[] w1, double[] w2, double[] x, int d)
            {
                int n = x.Length / d;
                double[] h1 = new double[d];
                double[] z = new double[d];
                double loss = 0;
                for (int s = 0; s < n; s++)
                {
                    for (int k = 0; k < d; k++)
                    {
                        double a = 0;
                        for (int j = 0; j < d; j++)
                        {
                            a += w1[(k * d + j) % w1.Length] * x[s * d + j];
                        }

                        h1[k] = Math.Tanh(a);
                    }

                    for (int k = 0; k < d; k++)
                    {
                        double a = 0;
                        for (int j = 0; j < d; j++)
                        {
                            a += w2[(k * d + j) % w2.Length] * h1[j];
                        }

                        z[k] = a;
                    }

                    double zt = z[s % d];
                    double top = z[0];
                    for (int k = 1; k < d; k++)
                    {
                        top = Math.Max(top, z[k]);
                    }

                    double se = 0;
                    for (int k = 0; k < d; k++)
                    {
                        se += Math.Exp(z[k] - top);
                    }

                    loss += Math.Log(se) + top - zt;
                }

                return loss;
            }
            """, (r, n) => new object[] { Draw.Vector(r, n * n + 1, -1, 1), Draw.Vector(r, n * n + 1, -1, 1), V(r, 2 * (n + 1)), n + 1 }, fires: true);

        /// <summary>The GMM's shape: per point and component a centred point (fresh in the component loop), its norm, then a log-sum-exp of terms (fresh in the point loop).</summary>
        [Fact]
        public void Gmm_points_and_components() => Check("FrGmm", """
            [Differentiable("mu", "a")]
            public static double FrGmm(double[] mu, double[] a, double[] x, int d)
            {
                int k = a.Length;
                int n = x.Length / d;
                double[] c = new double[d];
                double[] terms = new double[k];
                double total = 0;
                for (int s = 0; s < n; s++)
                {
                    for (int ik = 0; ik < k; ik++)
                    {
                        for (int i = 0; i < d; i++)
                        {
                            c[i] = x[s * d + i] - mu[(ik * d + i) % mu.Length];
                        }

                        double sq = 0;
                        for (int i = 0; i < d; i++)
                        {
                            sq += c[i] * c[i] * Math.Exp(a[ik]);
                            for (int j = 0; j < i; j++)
                            {
                                sq += 0.1 * c[i] * c[j];
                            }
                        }

                        terms[ik] = a[ik] - 0.5 * sq;
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
            """, (r, n) => new object[] { Draw.Vector(r, 2 * n + 2, 0, 1), Draw.Vector(r, 2, -0.5, 0.5), Draw.Vector(r, 2 * (n + 1), 0, 1), n + 1 }, fires: true);

        /// <summary>The covering loop of b (per sample) is the loop where a is fresh; a's covering loop reads b at the outer counter.</summary>
        [Fact]
        public void Covering_loop_is_the_loop_of_another() => Check("FrNestedFresh", """
            [Differentiable("w", "v")]
            public static double FrNestedFresh(double[] w, double[] v, double[] x)
            {
                int m = w.Length;
                int q = v.Length;
                double[] b = new double[m];
                double[] a = new double[q];
                double s = 0;
                for (int t = 0; t < x.Length; t++)
                {
                    for (int j = 0; j < m; j++)
                    {
                        b[j] = Math.Sin(w[j] * x[t]);
                    }

                    for (int j = 0; j < m; j++)
                    {
                        for (int k = 0; k < q; k++)
                        {
                            a[k] = v[k] * x[t] + j;
                        }

                        for (int k = 0; k < q; k++)
                        {
                            s += a[k] * a[k] * b[j];
                        }
                    }
                }

                return s;
            }
            """, (r, n) => new object[] { V(r, n), V(r, 2), V(r, 3) }, fires: true);

        /// <summary>The same, the plain reader of b next to the nested loops, before and after them.</summary>
        [Fact]
        public void Covering_loop_is_the_loop_of_another_with_readers() => Check("FrNestedFreshReaders", """
            [Differentiable("w", "v")]
            public static double FrNestedFreshReaders(double[] w, double[] v, double[] x)
            {
                int m = w.Length;
                int q = v.Length;
                double[] b = new double[m];
                double[] a = new double[q];
                double s = 0;
                for (int t = 0; t < x.Length; t++)
                {
                    for (int j = 0; j < m; j++)
                    {
                        b[j] = Math.Sin(w[j] * x[t]);
                    }

                    for (int j = 0; j < m; j++)
                    {
                        s += b[j] * b[j];
                        for (int k = 0; k < q; k++)
                        {
                            a[k] = v[k] * b[j] + j;
                        }

                        for (int k = 0; k < q; k++)
                        {
                            s += a[k] * a[k] * b[j];
                        }

                        s += 0.5 * b[j];
                    }
                }

                return s;
            }
            """, (r, n) => new object[] { V(r, n), V(r, 2), V(r, 3) }, fires: true);

        /// <summary>Not fused: the loop is followed by statements that read its result (the return needs s to know dS).</summary>
        [Fact]
        public void Not_fused_loop() => Check("FrNotFused", """
            [Differentiable("w")]
            public static double FrNotFused(double[] w, double[] x)
            {
                int m = w.Length;
                double[] h = new double[m];
                double s = 0;
                for (int t = 0; t < x.Length; t++)
                {
                    for (int k = 0; k < m; k++)
                    {
                        h[k] = Math.Sin(w[k] * x[t]);
                    }

                    for (int k = 0; k < m; k++)
                    {
                        s += h[k] * h[k];
                    }
                }

                double r = Math.Log(1 + s);
                return r * r;
            }
            """, (r, n) => new object[] { V(r, n), V(r, 3) }, fires: true);

        /// <summary>Fused: the loop is the method's last reduction and the return needs nothing of it (s / n).</summary>
        [Fact]
        public void Fused_loop() => Check("FrFused", """
            [Differentiable("w")]
            public static double FrFused(double[] w, double[] x)
            {
                int m = w.Length;
                double[] h = new double[m];
                double s = 0;
                for (int t = 0; t < x.Length; t++)
                {
                    for (int k = 0; k < m; k++)
                    {
                        h[k] = Math.Sin(w[k] * x[t]);
                    }

                    double o = 0;
                    for (int k = 0; k < m; k++)
                    {
                        o += h[k] * h[k];
                    }

                    s += (o - 1) * (o - 1);
                }

                return s / Math.Max(1, x.Length);
            }
            """, (r, n) => new object[] { V(r, n), V(r, 3) }, fires: true);

        /// <summary>Arrays swapped each iteration (a double buffer): touched by the swap, no fresh adjoint.</summary>
        [Fact]
        public void Swapped_buffers() => Check("FrSwap", """
            [Differentiable("w")]
            public static double FrSwap(double[] w, double[] x)
            {
                int m = w.Length;
                double[] h = new double[m];
                double[] g = new double[m];
                double s = 0;
                for (int t = 0; t < x.Length; t++)
                {
                    for (int k = 0; k < m; k++)
                    {
                        h[k] = Math.Sin(w[k] * x[t]) + 0.5 * g[k];
                    }

                    for (int k = 0; k < m; k++)
                    {
                        s += h[k] * h[k];
                    }

                    (h, g) = (g, h);
                }

                return s;
            }
            """, (r, n) => new object[] { V(r, n), V(r, 3) }, fires: false);

        [Fact]
        public void Float_twins()
        {
            ArrayCase hidden = Check("FrFloatHiddenD", """
                [Differentiable("w", "v")]
                public static double FrFloatHiddenD(double[] w, double[] v, double[] x)
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

                        double o = 0;
                        for (int k = 0; k < m; k++)
                        {
                            o += v[k] * h[k];
                            for (int j = 0; j < k; j++)
                            {
                                o += 0.1 * h[k] * v[j];
                            }
                        }

                        s += (o - 1) * (o - 1);
                    }

                    return s;
                }
                """, (r, n) => new object[] { V(r, n), V(r, n), V(r, 3) }, fires: true);
            Twin(hidden, "FrFloatHidden", """
                [Differentiable("w", "v")]
                public static float FrFloatHidden(float[] w, float[] v, float[] x)
                {
                    int m = w.Length;
                    float[] h = new float[m];
                    float s = 0;
                    for (int t = 0; t < x.Length; t++)
                    {
                        for (int k = 0; k < m; k++)
                        {
                            h[k] = MathF.Tanh(w[k] * x[t]);
                        }

                        float o = 0;
                        for (int k = 0; k < m; k++)
                        {
                            o += v[k] * h[k];
                            for (int j = 0; j < k; j++)
                            {
                                o += 0.1f * h[k] * v[j];
                            }
                        }

                        s += (o - 1) * (o - 1);
                    }

                    return s;
                }
                """, fires: true);
        }
    }
}
