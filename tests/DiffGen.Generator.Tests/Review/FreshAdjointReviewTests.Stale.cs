using DiffGen.Generator.Tests.Arrays;
using Xunit;
using static DiffGen.Generator.Tests.Review.FreshAdjointReviewCheck;
using static DiffGen.Generator.Tests.Review.Review23Check;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>
    /// Review of fresh adjoints: a first writer that does not fill the whole array in every iteration (a range that shrinks,
    /// or starts at t % 2), so the covering loop reads some elements an earlier iteration wrote (both taped, no fire); a writer
    /// completed by a second loop; an early return between the writer and the covering loop; a covering loop with a running
    /// maximum of something else; a continue in the loop around; while, do-while and foreach loops; an array made per iteration.
    /// </summary>
    public sealed partial class FreshAdjointReviewTests
    {
        /// <summary>The writer fills h[0 .. m - t): the covering loop reads the rest as earlier iterations left it.</summary>
        [Fact]
        public void Writer_range_shrinks() => Check("FrShrinkingWriter", """
            [Differentiable("w")]
            public static double FrShrinkingWriter(double[] w, double[] x)
            {
                int m = w.Length;
                double[] h = new double[m];
                double s = 0;
                for (int t = 0; t < x.Length; t++)
                {
                    int c = Math.Max(0, m - t);
                    for (int k = 0; k < c; k++)
                    {
                        h[k] = Math.Sin(w[k] * x[t]);
                    }

                    for (int k = 0; k < m; k++)
                    {
                        s += h[k] * h[k] * x[t];
                    }
                }

                return s;
            }
            """, (r, n) => new object[] { V(r, n), V(r, 3) }, fires: false);

        /// <summary>The writer starts at t % 2: odd iterations read h[0] as the iteration before left it.</summary>
        [Fact]
        public void Writer_start_alternates() => Check("FrOddStartWriter", """
            [Differentiable("w")]
            public static double FrOddStartWriter(double[] w, double[] x)
            {
                int m = w.Length;
                double[] h = new double[m];
                double s = 0;
                for (int t = 0; t < x.Length; t++)
                {
                    for (int k = t % 2; k < m; k++)
                    {
                        h[k] = Math.Sin(w[k] * x[t]) + 0.5;
                    }

                    for (int k = 0; k < m; k++)
                    {
                        s += h[k] * h[k] * x[t];
                    }
                }

                return s;
            }
            """, (r, n) => new object[] { V(r, n), V(r, 4) }, fires: false);

        /// <summary>An early return between the writer and the covering loop.</summary>
        [Fact]
        public void Early_return_between() => Check("FrEarlyReturn", """
            [Differentiable("w")]
            public static double FrEarlyReturn(double[] w, double[] x)
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

                    if (x[t] > 1.5)
                    {
                        return s;
                    }

                    for (int k = 0; k < m; k++)
                    {
                        s += h[k] * h[k] * x[t];
                    }
                }

                return s;
            }
            """, (r, n) => new object[] { V(r, n), V(r, 4) }, fires: false);

        /// <summary>The covering loop keeps a running maximum of something else (w[k] * x[t]) next to its read of h.</summary>
        [Fact]
        public void Covering_loop_with_a_running_maximum_of_something_else() => Check("FrCoveringMax", """
            [Differentiable("w")]
            public static double FrCoveringMax(double[] w, double[] x)
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

                    double top = -10;
                    for (int k = 0; k < m; k++)
                    {
                        s += h[k] * h[k];
                        top = Math.Max(top, w[k] * x[t]);
                    }

                    s += top;
                }

                return s;
            }
            """, (r, n) => new object[] { Separated(r, n), AwayFromZeroOf(r, 3) }, fires: true);
            /// <summary>A continue in the loop around the one where h is fresh: the rest of that iteration is skipped.</summary>
        [Fact]
        public void Nested_continue_around() => Check("FrNestedContinue", """
            [Differentiable("w")]
            public static double FrNestedContinue(double[] w, double[] x)
            {
                int m = w.Length;
                double[] h = new double[m];
                double s = 0;
                for (int e = 0; e < 3; e++)
                {
                    if (e > 0 && x[e] > 0.5)
                    {
                        continue;
                    }

                    s += 0.1 * s;

                    for (int t = 0; t < x.Length; t++)
                    {
                        for (int k = 0; k < m; k++)
                        {
                            h[k] = Math.Sin(w[k] * x[t] + e);
                        }

                        for (int k = 0; k < m; k++)
                        {
                            s += h[k] * h[k] * x[t];
                        }
                    }
                }

                return s;
            }
            """, (r, n) => new object[] { V(r, n), AwayFromZeroOf(r, 4) }, fires: true);

        /// <summary>L is a while loop with its own counter; the covering loop is a foreach over the array.</summary>
        [Fact]
        public void While_loop_and_foreach_covering() => Check("FrWhileForeach", """
            [Differentiable("w")]
            public static double FrWhileForeach(double[] w, double[] x)
            {
                int m = w.Length;
                double[] h = new double[m];
                double s = 0;
                int t = 0;
                while (t < x.Length)
                {
                    for (int k = 0; k < m; k++)
                    {
                        h[k] = Math.Sin(w[k] * x[t]);
                    }

                    foreach (double v in h)
                    {
                        s += v * v * x[t];
                    }

                    t++;
                }

                return s;
            }
            """, (r, n) => new object[] { V(r, n), V(r, 3) }, fires: true);

        /// <summary>The covering loop's bound is 2 * m, the array made with m * 2: not the same expression.</summary>
        [Fact]
        public void Bound_written_differently() => Check("FrBoundOther", """
            [Differentiable("w")]
            public static double FrBoundOther(double[] w, double[] x)
            {
                int m = w.Length;
                double[] h = new double[m * 2];
                double s = 0;
                for (int t = 0; t < x.Length; t++)
                {
                    for (int k = 0; k < m * 2; k++)
                    {
                        h[k] = Math.Sin(w[k % m] * x[t] + k);
                    }

                    for (int k = 0; k < 2 * m; k++)
                    {
                        s += h[k] * h[k];
                    }
                }

                return s;
            }
            """, (r, n) => new object[] { V(r, n + 1), V(r, 3) }, fires: false);

        /// <summary>Readers writing another array's element (g[k] = ...) and a declaration read later in the covering loop.</summary>
        [Fact]
        public void Reader_writing_another_array() => Check("FrWritesOther", """
            [Differentiable("w")]
            public static double FrWritesOther(double[] w, double[] x)
            {
                int m = w.Length;
                double[] h = new double[m];
                double[] g = new double[m];
                double s = 0;
                for (int t = 0; t < x.Length; t++)
                {
                    for (int k = 0; k < m; k++)
                    {
                        h[k] = Math.Sin(w[k] + x[t]);
                    }

                    for (int k = 0; k < m; k++)
                    {
                        g[k] = h[k] * h[k] + x[t];
                        double u = h[k] * 3;
                        s += u * g[k];
                    }

                    for (int k = 0; k < m; k++)
                    {
                        s += Math.Sqrt(1 + g[k] * g[k]);
                    }
                }

                return s;
            }
            """, (r, n) => new object[] { V(r, n), V(r, 3) }, fires: true);

        /// <summary>A do-while loop around (a counter of its own), the covering loop's body a single sum.</summary>
        [Fact]
        public void Do_while_around() => Check("FrDoWhile", """
            [Differentiable("w")]
            public static double FrDoWhile(double[] w, double[] x)
            {
                int m = w.Length;
                double[] h = new double[m];
                double s = 0;
                int t = 0;
                do
                {
                    for (int k = 0; k < m; k++)
                    {
                        h[k] = Math.Cos(w[k] * x[t]);
                    }

                    for (int k = 0; k < m; k++)
                    {
                        s += h[k] * h[k] * x[t];
                    }

                    t++;
                }
                while (t < x.Length);
                return s;
            }
            """, (r, n) => new object[] { V(r, n), V(r, 3) }, fires: true);

        /// <summary>The first writer fills all but the last element; a loop after it fills the last one before anything reads it (taped: no fire).</summary>
        [Fact]
        public void Last_element_filled_by_a_second_loop() => Check("FrCompletedLater", """
            [Differentiable("w")]
            public static double FrCompletedLater(double[] w, double[] x)
            {
                int m = w.Length;
                double[] h = new double[m];
                double s = 0;
                for (int t = 0; t < x.Length; t++)
                {
                    for (int k = 0; k < m - 1; k++)
                    {
                        h[k] = Math.Sin(w[k] * x[t]);
                    }

                    for (int k = m - 1; k < m; k++)
                    {
                        h[k] = w[k] * x[t] * x[t];
                    }

                    for (int k = 0; k < m; k++)
                    {
                        s += h[k] * h[k] * (k + 1);
                    }
                }

                return s;
            }
            """, (r, n) => new object[] { V(r, n), V(r, 3) }, fires: false, sizes: ArrayCase.NonEmpty);

        /// <summary>An array made in each iteration next to the one made before the loop (only the latter can be fresh).</summary>
        [Fact]
        public void Array_made_in_the_iteration_next_to_one_made_before() => Check("FrMadeInIteration", """
            [Differentiable("w")]
            public static double FrMadeInIteration(double[] w, double[] x)
            {
                int m = w.Length;
                double[] h = new double[m];
                double s = 0;
                for (int t = 0; t < x.Length; t++)
                {
                    double[] g = new double[m];
                    for (int k = 0; k < m; k++)
                    {
                        h[k] = Math.Sin(w[k] * x[t]);
                        g[k] = h[k] * x[t];
                    }

                    for (int k = 0; k < m; k++)
                    {
                        s += h[k] * g[k] + g[k];
                    }
                }

                return s;
            }
            """, (r, n) => new object[] { V(r, n), V(r, 3) }, fires: true);
    }
}
