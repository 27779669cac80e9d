using DiffGen.Generator.Tests.Arrays;
using Xunit;
using static DiffGen.Generator.Tests.Review.FreshAdjointReviewCheck;
using static DiffGen.Generator.Tests.Review.Review23Check;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>
    /// Review of fresh adjoints: the readers of the last loop. Several readers in the covering loop, in different orders, some
    /// in loops nested in it (one that runs zero times at k = 0), under an if or a choice, at k ± 1, a running maximum.
    /// </summary>
    public sealed partial class FreshAdjointReviewTests
    {
        [Fact]
        public void Three_plain_readers() => Check("FrThreeReaders", """
            [Differentiable("w")]
            public static double FrThreeReaders(double[] w, double[] x)
            {
                int m = w.Length;
                double[] h = new double[m];
                double s = 0, p = 0, q = 0;
                for (int t = 0; t < x.Length; t++)
                {
                    for (int k = 0; k < m; k++)
                    {
                        h[k] = Math.Sin(w[k] * x[t] + 0.1 * k);
                    }

                    for (int k = 0; k < m; k++)
                    {
                        double g = h[k] * x[t];
                        s += g * g;
                        p += h[k];
                        q -= 0.5 * h[k] * h[k] * h[k];
                    }
                }

                return s + p * p + q;
            }
            """, (r, n) => new object[] { V(r, n), V(r, 3) }, fires: true);

        [Fact]
        public void Reader_then_inner_loop() => Check("FrReaderThenInner", """
            [Differentiable("w", "v")]
            public static double FrReaderThenInner(double[] w, double[] v, double[] x)
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
                        s += h[k] * h[k];
                        for (int j = 0; j < v.Length; j++)
                        {
                            s += h[k] * v[j] * x[t];
                        }
                    }
                }

                return s;
            }
            """, (r, n) => new object[] { V(r, n), V(r, 2), V(r, 3) }, fires: true);

        [Fact]
        public void Inner_loop_then_reader() => Check("FrInnerThenReader", """
            [Differentiable("w", "v")]
            public static double FrInnerThenReader(double[] w, double[] v, double[] x)
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
                        for (int j = 0; j < v.Length; j++)
                        {
                            s += h[k] * v[j] * x[t];
                        }

                        s += h[k] * h[k] * h[k];
                    }
                }

                return s * s;
            }
            """, (r, n) => new object[] { V(r, n), V(r, 2), V(r, 3) }, fires: true);

        /// <summary>The only reader is an inner loop that runs k times: none at k = 0, whose entry must still be written (0).</summary>
        [Fact]
        public void Inner_loop_running_zero_times_is_the_only_reader() => Check("FrTriangleOnly", """
            [Differentiable("w")]
            public static double FrTriangleOnly(double[] w, double[] x)
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

        /// <summary>An inner loop running zero times at k = 0, after a plain reader, and a middle loop reading h[0].</summary>
        [Fact]
        public void Inner_loop_running_zero_times_after_a_reader() => Check("FrTriangleAfter", """
            [Differentiable("w")]
            public static double FrTriangleAfter(double[] w, double[] x)
            {
                int m = w.Length;
                double[] h = new double[m];
                double s = 0;
                for (int t = 0; t < x.Length; t++)
                {
                    for (int k = 0; k < m; k++)
                    {
                        h[k] = Math.Cos(w[k] + x[t]);
                    }

                    double first = h[0] * h[0];
                    for (int k = 0; k < m; k++)
                    {
                        double u = h[k] * first;
                        for (int j = k + 1; j < m; j++)
                        {
                            s += h[k] * h[k] * w[j];
                        }

                        s += u;
                    }
                }

                return s;
            }
            """, (r, n) => new object[] { V(r, n), V(r, 3) }, fires: true, sizes: ArrayCase.NonEmpty);

        [Fact]
        public void Reader_under_an_if_next_to_a_plain_one() => Check("FrIfReader", """
            [Differentiable("w")]
            public static double FrIfReader(double[] w, double[] x)
            {
                int m = w.Length;
                double[] h = new double[m];
                double s = 0, p = 0;
                for (int t = 0; t < x.Length; t++)
                {
                    for (int k = 0; k < m; k++)
                    {
                        h[k] = w[k] * x[t] + 0.25;
                    }

                    for (int k = 0; k < m; k++)
                    {
                        p += h[k];
                        if (x[t] > 0)
                        {
                            s += h[k] * h[k];
                        }
                    }
                }

                return s + p * p;
            }
            """, (r, n) => new object[] { V(r, n), AwayFromZeroOf(r, 4) }, fires: false);

        /// <summary>A choice with no zero arm: the share is unconditional, a choice of amounts.</summary>
        [Fact]
        public void Choice_of_two_amounts() => Check("FrChoiceTwo", """
            [Differentiable("w")]
            public static double FrChoiceTwo(double[] w, double[] x)
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
                        s += x[t] > 0 ? h[k] * h[k] : 2 * h[k];
                        s += 0.5 * h[k];
                    }
                }

                return s * s;
            }
            """, (r, n) => new object[] { V(r, n), AwayFromZeroOf(r, 4) }, fires: true);

        /// <summary>Nested choices, one arm zero inside a choice whose arms are not: the amount is a choice that may be zero.</summary>
        [Fact]
        public void Nested_choice_with_a_zero_inside() => Check("FrChoiceNested", """
            [Differentiable("w")]
            public static double FrChoiceNested(double[] w, double[] x)
            {
                int m = w.Length;
                double[] h = new double[m];
                double s = 0, p = 0;
                for (int t = 0; t < x.Length; t++)
                {
                    for (int k = 0; k < m; k++)
                    {
                        h[k] = Math.Sin(w[k] * x[t]) + 0.1 * k;
                    }

                    for (int k = 0; k < m; k++)
                    {
                        p += h[k] * x[t];
                        s += x[t] > 0 ? (k % 2 == 0 ? h[k] * h[k] : 0) : 3 * h[k];
                    }
                }

                return s * p + s;
            }
            """, (r, n) => new object[] { V(r, n), AwayFromZeroOf(r, 4) }, fires: true);

        /// <summary>Leaky ReLU on the element (a test reading it, both arms reading it), then a zero-armed choice (a guarded share).</summary>
        [Fact]
        public void Relu_readers() => Check("FrRelu", """
            [Differentiable("w", "v")]
            public static double FrRelu(double[] w, double[] v, double[] x)
            {
                int m = w.Length;
                double[] h = new double[m];
                double s = 0;
                for (int t = 0; t < x.Length; t++)
                {
                    for (int k = 0; k < m; k++)
                    {
                        h[k] = w[k] * x[t] - 0.1;
                    }

                    double o = 0;
                    for (int k = 0; k < m; k++)
                    {
                        o += v[k % v.Length] * Math.Max(h[k], 0);
                        o += h[k] > 0 ? h[k] : 0.1 * h[k];
                    }

                    s += (o - 1) * (o - 1);
                }

                return s;
            }
            """, (r, n) => new object[] { V(r, n), V(r, 2), V(r, 3) }, fires: true);

        /// <summary>The same readers in the other order: the guarded share (Math.Max) comes first in the reverse sweep.</summary>
        [Fact]
        public void Relu_readers_other_order() => Check("FrReluOther", """
            [Differentiable("w", "v")]
            public static double FrReluOther(double[] w, double[] v, double[] x)
            {
                int m = w.Length;
                double[] h = new double[m];
                double s = 0;
                for (int t = 0; t < x.Length; t++)
                {
                    for (int k = 0; k < m; k++)
                    {
                        h[k] = w[k] * x[t] - 0.1;
                    }

                    double o = 0;
                    for (int k = 0; k < m; k++)
                    {
                        o += h[k] > 0 ? h[k] : 0.1 * h[k];
                        o += v[k % v.Length] * Math.Max(h[k], 0);
                    }

                    s += (o - 1) * (o - 1);
                }

                return s;
            }
            """, (r, n) => new object[] { V(r, n), V(r, 2), V(r, 3) }, fires: false);

        /// <summary>Near miss: the last loop reads h[k] and h[k - 1].</summary>
        [Fact]
        public void Last_loop_reads_the_neighbour() => Check("FrNeighbour", """
            [Differentiable("w")]
            public static double FrNeighbour(double[] w, double[] x)
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

                    for (int k = 1; k < m; k++)
                    {
                        s += h[k] * h[k - 1];
                    }

                    for (int k = 0; k < m; k++)
                    {
                        s += h[k] * h[k] * (k + 1 < m ? h[k + 1] : 1);
                    }
                }

                return s;
            }
            """, (r, n) => new object[] { V(r, n), V(r, 3) }, fires: false);

        /// <summary>A running maximum of h in the middle, then a plain covering loop: the maximum's share adds to a written entry.</summary>
        [Fact]
        public void Running_maximum_in_the_middle() => Check("FrMaxMiddle", """
            [Differentiable("w")]
            public static double FrMaxMiddle(double[] w, double[] x)
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

                    double z = 0;
                    for (int k = 0; k < m; k++)
                    {
                        z += Math.Exp(h[k] - top);
                    }

                    s += Math.Log(z) + top;
                }

                return s;
            }
            """, (r, n) => new object[] { Separated(r, n), V(r, 3) }, fires: true, sizes: ArrayCase.NonEmpty);

        /// <summary>Near miss: a running maximum inside an inner loop of the covering loop, next to a plain reader.</summary>
        [Fact]
        public void Running_maximum_inside_the_covering_loop() => Check("FrMaxInside", """
            [Differentiable("w", "v")]
            public static double FrMaxInside(double[] w, double[] v, double[] x)
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

                    for (int k = 0; k < m; k++)
                    {
                        s += h[k] * h[k];
                        double top = h[k];
                        for (int j = 0; j < v.Length; j++)
                        {
                            top = Math.Max(top, h[k] * v[j]);
                        }

                        s += top;
                    }
                }

                return s;
            }
            """, (r, n) => new object[] { V(r, n), V(r, 2), AwayFromZeroOf(r, 3) }, fires: false);

        private static double[] AwayFromZeroOf(System.Random r, int n) => Draw.AwayFromZero(r, n);

        private static double[] Separated(System.Random r, int n) => Draw.Separated(r, n);
    }
}
