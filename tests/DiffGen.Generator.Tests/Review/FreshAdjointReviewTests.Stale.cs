using DiffGen.Generator.Tests.Arrays;
using Xunit;
using static DiffGen.Generator.Tests.Review.FreshAdjointReviewCheck;
using static DiffGen.Generator.Tests.Review.Review23Check;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>
    /// Review of fresh adjoints: a first writer that does not fill the whole array in every iteration (a range that shrinks,
    /// or starts at t % 2), so the covering loop reads some elements an earlier iteration wrote; an early return between the
    /// writer and the covering loop; a covering loop with a running maximum of something else; an alias of the array.
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
    }
}
