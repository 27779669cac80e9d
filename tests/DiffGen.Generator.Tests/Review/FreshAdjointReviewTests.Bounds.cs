using DiffGen.Generator.Tests.Arrays;
using Xunit;
using static DiffGen.Generator.Tests.Review.FreshAdjointReviewCheck;
using static DiffGen.Generator.Tests.Review.Review23Check;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>
    /// Review of fresh adjoints: the covering loop's bound (a.Length, a parameter, a constant, a local that changes, a
    /// different expression) and direction, break and continue in the loops, and where the array is declared and read.
    /// </summary>
    public sealed partial class FreshAdjointReviewTests
    {
        [Fact]
        public void Bound_is_the_length() => Check("FrBoundLength", """
            [Differentiable("w")]
            public static double FrBoundLength(double[] w, double[] x)
            {
                double[] h = new double[w.Length + 1];
                double s = 0;
                for (int t = 0; t < x.Length; t++)
                {
                    for (int k = 0; k < h.Length; k++)
                    {
                        h[k] = Math.Sin(w[k % w.Length] * x[t] + k);
                    }

                    for (int k = 0; k < h.Length; k++)
                    {
                        s += h[k] * h[k] * x[t];
                    }
                }

                return s;
            }
            """, (r, n) => new object[] { V(r, n + 1), V(r, 3) }, fires: true);

        [Fact]
        public void Bound_is_a_parameter() => Check("FrBoundParameter", """
            [Differentiable("w")]
            public static double FrBoundParameter(double[] w, double[] x, int m)
            {
                double[] h = new double[m];
                double s = 0;
                for (int t = 0; t < x.Length; t++)
                {
                    for (int k = 0; k < m; k++)
                    {
                        h[k] = w[k % w.Length] * x[t] - 0.1 * k;
                    }

                    for (int k = 0; k < m; k++)
                    {
                        s += Math.Exp(0.5 * h[k]);
                    }
                }

                return Math.Log(1 + s);
            }
            """, (r, n) => new object[] { V(r, n + 1), V(r, 3), n + 1 }, fires: true);

        [Fact]
        public void Bound_is_a_constant() => Check("FrBoundConstant", """
            [Differentiable("w")]
            public static double FrBoundConstant(double[] w, double[] x)
            {
                double[] h = new double[3];
                double s = 0;
                for (int t = 0; t < x.Length; t++)
                {
                    for (int k = 0; k < 3; k++)
                    {
                        h[k] = w[(t + k) % w.Length] * x[t];
                    }

                    for (int k = 0; k < 3; k++)
                    {
                        s += h[k] * h[k] * (k + 1);
                    }
                }

                return s;
            }
            """, (r, n) => new object[] { V(r, n + 1), V(r, n) }, fires: true);

        /// <summary>Near miss: the bound's local changes later (m++ after the loop), so it may not be the array's length.</summary>
        [Fact]
        public void Bound_local_assigned_elsewhere() => Check("FrBoundAssigned", """
            [Differentiable("w")]
            public static double FrBoundAssigned(double[] w, double[] x)
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
                    }
                }

                m++;
                return s * m;
            }
            """, (r, n) => new object[] { V(r, n), V(r, 3) }, fires: false);

        /// <summary>The covering bound shrinks with the outer counter (k &lt; t + 1, capped): it covers part of the array only.</summary>
        [Fact]
        public void Bound_changes_per_iteration() => Check("FrBoundShrinks", """
            [Differentiable("w")]
            public static double FrBoundShrinks(double[] w, double[] x)
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

                    double p = 0;
                    for (int k = 0; k < m; k++)
                    {
                        p += h[k];
                    }

                    int c = Math.Min(t + 1, m);
                    for (int k = 0; k < c; k++)
                    {
                        s += h[k] * h[k] * p;
                    }
                }

                return s;
            }
            """, (r, n) => new object[] { V(r, n), V(r, 4) }, fires: false);

        /// <summary>The covering loop's bound is a local whose value changes in the loop around (m = t + 1), the array made with it.</summary>
        [Fact]
        public void Array_made_inside_with_changing_length() => Check("FrMadeInside", """
            [Differentiable("w")]
            public static double FrMadeInside(double[] w, double[] x)
            {
                double s = 0;
                for (int e = 0; e < 3; e++)
                {
                    int m = Math.Min(e + 1, w.Length);
                    double[] h = new double[m];
                    for (int t = 0; t < x.Length; t++)
                    {
                        for (int k = 0; k < m; k++)
                        {
                            h[k] = Math.Tanh(w[k] * x[t] + e);
                        }

                        for (int k = 0; k < m; k++)
                        {
                            s += h[k] * x[t];
                        }
                    }
                }

                return s * s;
            }
            """, (r, n) => new object[] { V(r, n + 1), V(r, 3) }, fires: true);

        /// <summary>The array made in an outer loop of fixed length, filled per sample in an inner loop (epochs, samples).</summary>
        [Fact]
        public void Array_made_per_epoch() => Check("FrPerEpoch", """
            [Differentiable("w")]
            public static double FrPerEpoch(double[] w, double[] x)
            {
                int m = w.Length;
                double s = 0;
                double scale = 1;
                for (int e = 0; e < 2; e++)
                {
                    double[] h = new double[m];
                    for (int t = 0; t < x.Length; t++)
                    {
                        for (int k = 0; k < m; k++)
                        {
                            h[k] = scale * w[k] * x[t];
                        }

                        for (int k = 0; k < m; k++)
                        {
                            s += h[k] * h[k];
                        }
                    }

                    scale = 0.5 * scale + 0.1 * s;
                }

                return s + scale;
            }
            """, (r, n) => new object[] { V(r, n, 0), Draw.Vector(r, 3, -1, 1) }, fires: true);

        /// <summary>Near miss: the covering loop counts down.</summary>
        [Fact]
        public void Covering_loop_counts_down() => Check("FrBackwards", """
            [Differentiable("w")]
            public static double FrBackwards(double[] w, double[] x)
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

                    for (int k = m - 1; k >= 0; k--)
                    {
                        s += h[k] * h[k] * (k + 1);
                    }
                }

                return s;
            }
            """, (r, n) => new object[] { V(r, n), V(r, 3) }, fires: false);

        /// <summary>The first writer counts down; the covering loop counts up.</summary>
        [Fact]
        public void First_writer_counts_down() => Check("FrWriterBackwards", """
            [Differentiable("w")]
            public static double FrWriterBackwards(double[] w, double[] x)
            {
                int m = w.Length;
                double[] h = new double[m];
                double s = 0;
                for (int t = 0; t < x.Length; t++)
                {
                    for (int k = m - 1; k >= 0; k--)
                    {
                        h[k] = Math.Sin(w[k] * x[t]);
                    }

                    for (int k = 0; k < m; k++)
                    {
                        s += h[k] * h[k] * (k + 1);
                    }
                }

                return s;
            }
            """, (r, n) => new object[] { V(r, n), V(r, 3) }, fires: false);

        /// <summary>Near miss: continue in the loop around (samples skipped by a test on the data).</summary>
        [Fact]
        public void Continue_in_the_loop_around() => Check("FrContinueOuter", """
            [Differentiable("w")]
            public static double FrContinueOuter(double[] w, double[] x)
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

                    if (x[t] < -1)
                    {
                        continue;
                    }

                    for (int k = 0; k < m; k++)
                    {
                        s += h[k] * h[k] * x[t];
                    }
                }

                return s;
            }
            """, (r, n) => new object[] { V(r, n), V(r, 5) }, fires: false);

        /// <summary>Near miss: continue in the covering loop.</summary>
        [Fact]
        public void Continue_in_the_covering_loop() => Check("FrContinueCovering", """
            [Differentiable("w")]
            public static double FrContinueCovering(double[] w, double[] x)
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
                        if (k == t % 3)
                        {
                            continue;
                        }

                        s += h[k] * h[k] * x[t];
                    }
                }

                return s;
            }
            """, (r, n) => new object[] { V(r, n), V(r, 5) }, fires: false);

        /// <summary>Near miss: break in the first writer (after the element is written).</summary>
        [Fact]
        public void Break_in_the_first_writer() => Check("FrBreakWriter", """
            [Differentiable("w")]
            public static double FrBreakWriter(double[] w, double[] x)
            {
                int m = w.Length;
                double[] h = new double[m];
                double s = 0;
                for (int t = 0; t < x.Length; t++)
                {
                    for (int k = 0; k < m; k++)
                    {
                        h[k] = Math.Sin(w[k] * x[t]);
                        if (k >= 2 + t)
                        {
                            break;
                        }
                    }

                    for (int k = 0; k < m; k++)
                    {
                        s += h[k] * h[k] * x[t];
                    }
                }

                return s;
            }
            """, (r, n) => new object[] { V(r, n), V(r, 3) }, fires: false);

        /// <summary>Near miss: the array is read after the loop as well (its last sample).</summary>
        [Fact]
        public void Read_after_the_loop() => Check("FrReadAfter", """
            [Differentiable("w")]
            public static double FrReadAfter(double[] w, double[] x)
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

                double last = 0;
                for (int k = 0; k < m; k++)
                {
                    last += h[k];
                }

                return s + last * last;
            }
            """, (r, n) => new object[] { V(r, n), V(r, 3) }, fires: false);

        /// <summary>Near miss: the array is written before the loop (a start the first sample reads is not there: it is overwritten).</summary>
        [Fact]
        public void Written_before_the_loop() => Check("FrWrittenBefore", """
            [Differentiable("w")]
            public static double FrWrittenBefore(double[] w, double[] x)
            {
                int m = w.Length;
                double[] h = new double[m];
                for (int k = 0; k < m; k++)
                {
                    h[k] = w[k];
                }

                double s = 0;
                for (int t = 0; t < x.Length; t++)
                {
                    for (int k = 0; k < m; k++)
                    {
                        h[k] = Math.Sin(w[k] * x[t]) + 0.1 * h[k];
                    }

                    for (int k = 0; k < m; k++)
                    {
                        s += h[k] * h[k];
                    }
                }

                return s;
            }
            """, (r, n) => new object[] { V(r, n), V(r, 3) }, fires: false);
    }
}
