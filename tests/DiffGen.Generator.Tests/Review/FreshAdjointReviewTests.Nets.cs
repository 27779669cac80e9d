using DiffGen.Generator.Tests.Arrays;
using Xunit;
using static DiffGen.Generator.Tests.Review.FreshAdjointReviewCheck;
using static DiffGen.Generator.Tests.Review.Review23Check;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>
    /// Review of fresh adjoints: realistic nets. An RNN whose new state is copied back (the copy is the covering loop), attention
    /// per query (scores and weights fresh), soft k-means distances, a 1-D convolution window, an array of length 1, an array
    /// used twice as scratch in one iteration, and float twins.
    /// </summary>
    public sealed partial class FreshAdjointReviewTests
    {
        [Fact]
        public void Rnn_state_copied_back() => Check("FrRnnCopy", """
            [Differentiable("u", "a")]
            public static double FrRnnCopy(double[] u, double[] a, double[] x)
            {
                int m = u.Length;
                double[] state = new double[m];
                double[] next = new double[m];
                double loss = 0;
                for (int t = 0; t < x.Length; t++)
                {
                    for (int k = 0; k < m; k++)
                    {
                        double z = u[k] * x[t];
                        for (int j = 0; j < m; j++)
                        {
                            z += a[(k + j) % a.Length] * state[j];
                        }

                        next[k] = Math.Tanh(z);
                    }

                    for (int k = 0; k < m; k++)
                    {
                        loss += 0.1 * next[k] * next[k];
                        state[k] = next[k];
                    }
                }

                return loss;
            }
            """, (r, n) => new object[] { V(r, n), Draw.Vector(r, 3, -0.5, 0.5), V(r, 3) }, fires: true);

        [Fact]
        public void Attention_per_query() => Check("FrAttention", """
            [Differentiable("q", "kv")]
            public static double FrAttention(double[] q, double[] kv, int d)
            {
                int n = kv.Length / d;
                double[] scores = new double[n];
                double[] weights = new double[n];
                double total = 0;
                for (int i = 0; i < q.Length / d; i++)
                {
                    for (int j = 0; j < n; j++)
                    {
                        double dot = 0;
                        for (int c = 0; c < d; c++)
                        {
                            dot += q[i * d + c] * kv[j * d + c];
                        }

                        scores[j] = dot;
                    }

                    double z = 0;
                    for (int j = 0; j < n; j++)
                    {
                        z += Math.Exp(scores[j]);
                    }

                    for (int j = 0; j < n; j++)
                    {
                        weights[j] = Math.Exp(scores[j]) / z;
                    }

                    for (int j = 0; j < n; j++)
                    {
                        for (int c = 0; c < d; c++)
                        {
                            total += weights[j] * kv[j * d + c] * (c + 1);
                        }
                    }
                }

                return total;
            }
            """, (r, n) => new object[] { Draw.Vector(r, 2 * 2, -1, 1), Draw.Vector(r, 2 * (n + 1), -1, 1), 2 }, fires: true);

        [Fact]
        public void Soft_kmeans_distances() => Check("FrSoftKMeans", """
            [Differentiable("centres")]
            public static double FrSoftKMeans(double[] centres, double[] x, int k)
            {
                int d = centres.Length / k;
                int n = x.Length / d;
                double[] dist = new double[k];
                double total = 0;
                for (int i = 0; i < n; i++)
                {
                    for (int c = 0; c < k; c++)
                    {
                        double sq = 0;
                        for (int j = 0; j < d; j++)
                        {
                            double e = x[i * d + j] - centres[c * d + j];
                            sq += e * e;
                        }

                        dist[c] = sq;
                    }

                    double z = 0;
                    for (int c = 0; c < k; c++)
                    {
                        z += Math.Exp(-dist[c]);
                    }

                    total += -Math.Log(z);
                }

                return total;
            }
            """, (r, n) => new object[] { Draw.Vector(r, 2 * 2, -1, 1), Draw.Vector(r, 2 * (n + 1), -1, 1), 2 }, fires: true);

        [Fact]
        public void Convolution_window() => Check("FrConvWindow", """
            [Differentiable("kernel")]
            public static double FrConvWindow(double[] kernel, double[] x)
            {
                int w = kernel.Length;
                double[] window = new double[w];
                double total = 0;
                for (int i = 0; i + w <= x.Length; i++)
                {
                    for (int j = 0; j < w; j++)
                    {
                        window[j] = x[i + j] * kernel[j];
                    }

                    double y = 0;
                    for (int j = 0; j < w; j++)
                    {
                        y += window[j];
                    }

                    double o = 0;
                    for (int j = 0; j < w; j++)
                    {
                        o += window[j] * window[j] / (1 + y * y);
                    }

                    total += Math.Tanh(o + y);
                }

                return total;
            }
            """, (r, n) => new object[] { V(r, 2), V(r, n + 2) }, fires: true);

        [Fact]
        public void Array_of_length_one() => Check("FrLengthOne", """
            [Differentiable("w")]
            public static double FrLengthOne(double[] w, double[] x)
            {
                double[] h = new double[1];
                double s = 0;
                for (int t = 0; t < x.Length; t++)
                {
                    for (int k = 0; k < 1; k++)
                    {
                        h[k] = Math.Sin(w[t % w.Length] * x[t]);
                    }

                    for (int k = 0; k < h.Length; k++)
                    {
                        s += h[k] * h[k] + h[k];
                    }
                }

                return s;
            }
            """, (r, n) => new object[] { V(r, n + 1), V(r, n) }, fires: true);

        /// <summary>One scratch array filled, read, filled again and read again in one iteration.</summary>
        [Fact]
        public void Scratch_used_twice() => Check("FrScratchTwice", """
            [Differentiable("w")]
            public static double FrScratchTwice(double[] w, double[] x)
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

                    double p = 0;
                    for (int k = 0; k < m; k++)
                    {
                        p += h[k] * h[k];
                    }

                    for (int k = 0; k < m; k++)
                    {
                        h[k] = Math.Cos(w[k] + p);
                    }

                    for (int k = 0; k < m; k++)
                    {
                        s += h[k] * x[t];
                    }
                }

                return s * s;
            }
            """, (r, n) => new object[] { V(r, n), V(r, 3) }, fires: false);

        [Fact]
        public void Float_twins_of_nets()
        {
            ArrayCase kmeans = Check("FrSoftKMeansD", """
                [Differentiable("centres")]
                public static double FrSoftKMeansD(double[] centres, double[] x, int k)
                {
                    int d = centres.Length / k;
                    int n = x.Length / d;
                    double[] dist = new double[k];
                    double total = 0;
                    for (int i = 0; i < n; i++)
                    {
                        for (int c = 0; c < k; c++)
                        {
                            double sq = 0;
                            for (int j = 0; j < d; j++)
                            {
                                double e = x[i * d + j] - centres[c * d + j];
                                sq += e * e;
                            }

                            dist[c] = sq;
                        }

                        double z = 0;
                        for (int c = 0; c < k; c++)
                        {
                            z += Math.Exp(-dist[c]);
                        }

                        total += -Math.Log(z);
                    }

                    return total;
                }
                """, (r, n) => new object[] { Draw.Vector(r, 2 * 2, -1, 1), Draw.Vector(r, 2 * (n + 1), -1, 1), 2 }, fires: true);
            Twin(kmeans, "FrSoftKMeansF", """
                [Differentiable("centres")]
                public static float FrSoftKMeansF(float[] centres, float[] x, int k)
                {
                    int d = centres.Length / k;
                    int n = x.Length / d;
                    float[] dist = new float[k];
                    float total = 0;
                    for (int i = 0; i < n; i++)
                    {
                        for (int c = 0; c < k; c++)
                        {
                            float sq = 0;
                            for (int j = 0; j < d; j++)
                            {
                                float e = x[i * d + j] - centres[c * d + j];
                                sq += e * e;
                            }

                            dist[c] = sq;
                        }

                        float z = 0;
                        for (int c = 0; c < k; c++)
                        {
                            z += MathF.Exp(-dist[c]);
                        }

                        total += -MathF.Log(z);
                    }

                    return total;
                }
                """, fires: true);

            ArrayCase triangle = Check("FrTriangleD", """
                [Differentiable("w")]
                public static double FrTriangleD(double[] w, double[] x)
                {
                    int m = w.Length;
                    double[] h = new double[m];
                    double s = 0;
                    for (int t = 0; t < x.Length; t++)
                    {
                        for (int k = 0; k < m; k++)
                        {
                            h[k] = Math.Exp(0.3 * w[k] * x[t]);
                        }

                        for (int k = 0; k < m; k++)
                        {
                            for (int j = 0; j < k; j++)
                            {
                                s += h[k] * w[j];
                            }
                        }
                    }

                    return s * s;
                }
                """, (r, n) => new object[] { V(r, n), V(r, 3) }, fires: true);
            Twin(triangle, "FrTriangleF", """
                [Differentiable("w")]
                public static float FrTriangleF(float[] w, float[] x)
                {
                    int m = w.Length;
                    float[] h = new float[m];
                    float s = 0;
                    for (int t = 0; t < x.Length; t++)
                    {
                        for (int k = 0; k < m; k++)
                        {
                            h[k] = MathF.Exp(0.3f * w[k] * x[t]);
                        }

                        for (int k = 0; k < m; k++)
                        {
                            for (int j = 0; j < k; j++)
                            {
                                s += h[k] * w[j];
                            }
                        }
                    }

                    return s * s;
                }
                """, fires: true);
        }
    }
}
