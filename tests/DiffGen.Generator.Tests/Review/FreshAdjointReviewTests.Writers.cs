using DiffGen.Generator.Tests.Arrays;
using Xunit;
using static DiffGen.Generator.Tests.Review.FreshAdjointReviewCheck;
using static DiffGen.Generator.Tests.Review.Review23Check;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>
    /// Review of fresh adjoints: the first writer (written, read, written again; += after the write; a write under an if;
    /// part of the array), what stands between it and the covering loop (an in-place update, a sum into it, a call taking the
    /// array), and calls in the writer.
    /// </summary>
    public sealed partial class FreshAdjointReviewTests
    {
        /// <summary>The writer writes h[k], reads it, writes it again in the same iteration.</summary>
        [Fact]
        public void Writer_writes_reads_writes() => Check("FrWriteReadWrite", """
            [Differentiable("w")]
            public static double FrWriteReadWrite(double[] w, double[] x)
            {
                int m = w.Length;
                double[] h = new double[m];
                double s = 0;
                for (int t = 0; t < x.Length; t++)
                {
                    for (int k = 0; k < m; k++)
                    {
                        h[k] = w[k] * x[t];
                        double u = h[k] * h[k];
                        h[k] = Math.Sin(u + w[k]);
                    }

                    for (int k = 0; k < m; k++)
                    {
                        s += h[k] * x[t];
                    }
                }

                return s * s;
            }
            """, (r, n) => new object[] { V(r, n), V(r, 3) }, fires: false);

        /// <summary>The writer writes h[k] then adds to it.</summary>
        [Fact]
        public void Writer_writes_then_adds() => Check("FrWriteAdd", """
            [Differentiable("w", "b")]
            public static double FrWriteAdd(double[] w, double[] b, double[] x)
            {
                int m = w.Length;
                double[] h = new double[m];
                double s = 0;
                for (int t = 0; t < x.Length; t++)
                {
                    for (int k = 0; k < m; k++)
                    {
                        h[k] = b[k % b.Length];
                        h[k] += w[k] * x[t];
                        h[k] -= 0.1 * h[k] * h[k];
                    }

                    for (int k = 0; k < m; k++)
                    {
                        s += Math.Tanh(h[k]);
                    }
                }

                return s * s;
            }
            """, (r, n) => new object[] { V(r, n), V(r, 2), V(r, 3) }, fires: false);

        /// <summary>Near miss: the writer's first touch is a write under an if (the else side writes something else).</summary>
        [Fact]
        public void Writer_writes_under_an_if() => Check("FrWriteIf", """
            [Differentiable("w")]
            public static double FrWriteIf(double[] w, double[] x)
            {
                int m = w.Length;
                double[] h = new double[m];
                double s = 0;
                for (int t = 0; t < x.Length; t++)
                {
                    for (int k = 0; k < m; k++)
                    {
                        if (x[t] > 0)
                        {
                            h[k] = w[k] * x[t];
                        }
                        else
                        {
                            h[k] = w[k] * w[k] - x[t];
                        }
                    }

                    for (int k = 0; k < m; k++)
                    {
                        s += h[k] * h[k];
                    }
                }

                return s;
            }
            """, (r, n) => new object[] { V(r, n), AwayFromZeroOf(r, 4) }, fires: false);

        /// <summary>The writer writes every element, then an if in it writes some again (at the counter).</summary>
        [Fact]
        public void Writer_writes_then_changes_some_under_an_if() => Check("FrWriteThenIf", """
            [Differentiable("w")]
            public static double FrWriteThenIf(double[] w, double[] x)
            {
                int m = w.Length;
                double[] h = new double[m];
                double s = 0;
                for (int t = 0; t < x.Length; t++)
                {
                    for (int k = 0; k < m; k++)
                    {
                        h[k] = w[k] * x[t];
                        if (k % 2 == t % 2)
                        {
                            h[k] = h[k] * h[k] + 1;
                        }
                    }

                    for (int k = 0; k < m; k++)
                    {
                        s += h[k] * x[t];
                    }
                }

                return s * s;
            }
            """, (r, n) => new object[] { V(r, n), V(r, 3) }, fires: false);

        /// <summary>The writer writes from k = 1; a loop before it writes h[0] (it is then the first writer, and the second overwrites nothing it wrote).</summary>
        [Fact]
        public void Two_writers_splitting_the_array() => Check("FrSplitWriters", """
            [Differentiable("w")]
            public static double FrSplitWriters(double[] w, double[] x)
            {
                int m = w.Length;
                double[] h = new double[m];
                double s = 0;
                for (int t = 0; t < x.Length; t++)
                {
                    for (int k = 0; k < 1; k++)
                    {
                        h[k] = w[0] * x[t] * x[t];
                    }

                    for (int k = 1; k < m; k++)
                    {
                        h[k] = Math.Sin(w[k] * x[t]) + h[0];
                    }

                    for (int k = 0; k < m; k++)
                    {
                        s += h[k] * h[k];
                    }
                }

                return s;
            }
            """, (r, n) => new object[] { V(r, n), V(r, 3) }, fires: false, sizes: ArrayCase.NonEmpty);

        /// <summary>The first writer writes only the first half; the second half is written by a later loop, read in between.</summary>
        [Fact]
        public void First_writer_writes_half() => Check("FrHalfWriter", """
            [Differentiable("w")]
            public static double FrHalfWriter(double[] w, double[] x)
            {
                int m = w.Length;
                double[] h = new double[2 * m];
                double s = 0;
                for (int t = 0; t < x.Length; t++)
                {
                    for (int k = 0; k < m; k++)
                    {
                        h[k] = w[k] * x[t];
                    }

                    double p = 0;
                    for (int k = 0; k < 2 * m; k++)
                    {
                        p += h[k] * h[k];
                    }

                    for (int k = m; k < 2 * m; k++)
                    {
                        h[k] = Math.Cos(w[k - m] + p);
                    }

                    for (int k = 0; k < h.Length; k++)
                    {
                        s += h[k] * x[t];
                    }
                }

                return s * s;
            }
            """, (r, n) => new object[] { V(r, n), V(r, 3) }, fires: false);

        /// <summary>An in-place update and a sum into the array between the writer and the covering loop.</summary>
        [Fact]
        public void Updates_between() => Check("FrUpdatesBetween", """
            [Differentiable("w", "v")]
            public static double FrUpdatesBetween(double[] w, double[] v, double[] x)
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
                        h[k] = Math.Sin(h[k]) * h[k];
                    }

                    for (int k = 0; k < m; k++)
                    {
                        for (int j = 0; j < v.Length; j++)
                        {
                            h[k] += v[j] * x[t] * 0.1;
                        }
                    }

                    for (int k = 0; k < m; k++)
                    {
                        s += h[k] * h[k];
                    }
                }

                return s;
            }
            """, (r, n) => new object[] { V(r, n), V(r, 2), V(r, 3) }, fires: false);

        /// <summary>A [Differentiable] call takes the array whole between the writer and the covering loop.</summary>
        [Fact]
        public void Array_passed_to_a_call_between() => Check("FrCallBetween", """
            [Differentiable]
            public static double FrDot(double[] a, double[] b)
            {
                double d = 0;
                for (int i = 0; i < a.Length; i++)
                {
                    d += a[i] * b[i];
                }

                return d;
            }

            [Differentiable("w", "v")]
            public static double FrCallBetween(double[] w, double[] v, double[] x)
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

                    double o = FrDot(h, v);
                    for (int k = 0; k < m; k++)
                    {
                        s += h[k] * h[k] * o;
                    }
                }

                return s;
            }
            """, (r, n) => new object[] { V(r, n), V(r, n), V(r, 3) }, fires: false);

        /// <summary>Near miss: the covering loop passes the element to a call.</summary>
        [Fact]
        public void Covering_loop_calls() => Check("FrCoveringCalls", """
            [Differentiable]
            public static double FrSoftplus(double u) => Math.Log(1 + Math.Exp(u));

            [Differentiable("w")]
            public static double FrCoveringCalls(double[] w, double[] x)
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
                        s += h[k] * 0.5;
                        s += FrSoftplus(h[k]);
                    }
                }

                return s;
            }
            """, (r, n) => new object[] { V(r, n), V(r, 3) }, fires: false);

        /// <summary>The writer calls a [Differentiable] method for the element.</summary>
        [Fact]
        public void Writer_calls() => Check("FrWriterCalls", """
            [Differentiable]
            public static double FrSquash(double u) => u / (1 + u * u);

            [Differentiable("w")]
            public static double FrWriterCalls(double[] w, double[] x)
            {
                int m = w.Length;
                double[] h = new double[m];
                double s = 0;
                for (int t = 0; t < x.Length; t++)
                {
                    for (int k = 0; k < m; k++)
                    {
                        h[k] = FrSquash(w[k] * x[t]);
                    }

                    for (int k = 0; k < m; k++)
                    {
                        s += h[k] * h[k] * x[t];
                    }
                }

                return s;
            }
            """, (r, n) => new object[] { V(r, n), V(r, 3) }, fires: true);

        /// <summary>Near miss: the array is read before the writer in the same iteration (last sample's values, a recurrence).</summary>
        [Fact]
        public void Read_before_the_writer() => Check("FrReadBeforeWriter", """
            [Differentiable("w")]
            public static double FrReadBeforeWriter(double[] w, double[] x)
            {
                int m = w.Length;
                double[] h = new double[m];
                double s = 0;
                for (int t = 0; t < x.Length; t++)
                {
                    double prev = 0;
                    for (int k = 0; k < m; k++)
                    {
                        prev += h[k];
                    }

                    for (int k = 0; k < m; k++)
                    {
                        h[k] = Math.Sin(w[k] * x[t] + 0.3 * prev);
                    }

                    for (int k = 0; k < m; k++)
                    {
                        s += h[k] * h[k];
                    }
                }

                return s;
            }
            """, (r, n) => new object[] { V(r, n), V(r, 3) }, fires: false);

        /// <summary>A middle statement reads one element (h[0]) at top level of the iteration.</summary>
        [Fact]
        public void Middle_reads_one_element() => Check("FrMiddleElement", """
            [Differentiable("w")]
            public static double FrMiddleElement(double[] w, double[] x)
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

                    double first = h[0] * h[m - 1];
                    for (int k = 0; k < m; k++)
                    {
                        s += h[k] * first;
                    }
                }

                return s;
            }
            """, (r, n) => new object[] { V(r, n), V(r, 3) }, fires: true, sizes: ArrayCase.NonEmpty);
    }
}
