using System;
using System.Linq;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// Harder control flow: two counters, long and parameter steps, breaks in nested and reversed
    /// loops, trip counts that depend on differentiated values, two accumulators chosen by a
    /// branch, integer locals, and long arrays (tapes that must grow).
    /// </summary>
    public static class ControlFlowCases
    {
        public static readonly ArrayCase[] All =
        {
            // Two counters meeting in the middle.
            new ArrayCase(
                "TwoCounters",
                """
                [Differentiable]
                public static double TwoCounters(double[] x)
                {
                    double s = 0;
                    for (int i = 0, j = x.Length - 1; i < j; i++, j--)
                    {
                        s += x[i] * Math.Sin(x[j]);
                    }

                    return s;
                }
                """,
                (r, n) => new object[] { Vector(r, n) }),

            // A long counter.
            new ArrayCase(
                "LongCounter",
                """
                [Differentiable]
                public static double LongCounter(double[] w, double[] x)
                {
                    double s = 0;
                    for (long i = 0; i < x.Length; i++)
                    {
                        s += w[i] * x[i] * x[i];
                    }

                    return s;
                }
                """,
                (r, n) => new object[] { Vector(r, n), Vector(r, n) }),

            // The step is an int parameter (1 to 3).
            new ArrayCase(
                "StepParameter",
                """
                [Differentiable]
                public static double StepParameter(double[] x, int step)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i += step)
                    {
                        s += Math.Cos(x[i]) * x[i];
                    }

                    return s;
                }
                """,
                (r, n) => new object[] { Vector(r, n), 1 + r.Next(3) }),

            // A taped recurrence left by break at an int limit (the counter is tested before the break).
            new ArrayCase(
                "TapedUntilLimit",
                """
                [Differentiable]
                public static double TapedUntilLimit(double[] c, double x, int limit)
                {
                    double acc = 0;
                    for (int i = 0; i < c.Length; i++)
                    {
                        if (i >= limit)
                        {
                            break;
                        }

                        acc = acc * x + c[i];
                    }

                    return acc;
                }
                """,
                (r, n) => new object[] { Vector(r, n), Uniform(r, -1.5, 1.5), r.Next(n + 2) }),

            // A backwards loop with a nonlinear recurrence, left by break on data.
            new ArrayCase(
                "BackwardsBreak",
                """
                [Differentiable("c", "x")]
                public static double BackwardsBreak(double[] c, double x, double[] stop)
                {
                    double acc = 0;
                    for (int i = c.Length - 1; i >= 0; i--)
                    {
                        if (stop[i] > 0.8)
                        {
                            break;
                        }

                        acc = Math.Sin(acc) + c[i] * x;
                    }

                    return acc;
                }
                """,
                (r, n) => new object[] { Vector(r, n), Uniform(r, -1.5, 1.5), Vector(r, n, 0, 1) }),

            // A do-while with a recurrence and a break inside.
            new ArrayCase(
                "DoWhileBreak",
                """
                [Differentiable("c", "x")]
                public static double DoWhileBreak(double[] c, double x, double[] stop)
                {
                    double acc = 1;
                    int i = 0;
                    do
                    {
                        if (stop[i] > 0.85)
                        {
                            break;
                        }

                        acc = acc * x + c[i];
                        i++;
                    }
                    while (i < c.Length);

                    return acc;
                }
                """,
                (r, n) => new object[] { Vector(r, n), Uniform(r, -1.5, 1.5), Vector(r, n, 0, 1) })
            {
                Sizes = ArrayCase.NonEmpty,
            },

            // continue in a while loop whose counter moves first.
            new ArrayCase(
                "WhileContinue",
                """
                [Differentiable("x")]
                public static double WhileContinue(double[] x, double[] mask)
                {
                    double s = 0;
                    int i = 0;
                    while (i < x.Length)
                    {
                        i++;
                        if (mask[i - 1] < 0.3)
                        {
                            continue;
                        }

                        s += Math.Exp(x[i - 1]) * mask[i - 1];
                    }

                    return s;
                }
                """,
                (r, n) => new object[] { Vector(r, n, -1, 1), Vector(r, n, 0, 1) }),

            // break in the inner loop of a nested pair, with a recurrence restarted per row.
            new ArrayCase(
                "InnerBreak",
                """
                [Differentiable("a", "w")]
                public static double InnerBreak(double[] a, double w, int rows, int cols, int limit)
                {
                    double s = 0;
                    for (int r = 0; r < rows; r++)
                    {
                        double acc = 0;
                        for (int c = 0; c < cols; c++)
                        {
                            if (c + r >= limit)
                            {
                                break;
                            }

                            acc = Math.Tanh(acc * w + a[r * cols + c]);
                        }

                        s += acc * acc;
                    }

                    return s;
                }
                """,
                (r, n) =>
                {
                    int rows = 1 + (n % 3);
                    return new object[] { Vector(r, rows * n, -1, 1), Uniform(r, -1.5, 1.5), rows, n, r.Next(n + 3) };
                }),

            // A foreach nested in a for.
            new ArrayCase(
                "ForeachInFor",
                """
                [Differentiable]
                public static double ForeachInFor(double[] a, double[] x)
                {
                    double s = 0;
                    for (int r = 0; r < a.Length; r++)
                    {
                        foreach (double v in x)
                        {
                            s += Math.Sin(a[r] * v);
                        }
                    }

                    return s;
                }
                """,
                (r, n) => new object[] { Vector(r, 1 + (n % 3)), Vector(r, n) }),

            // A recurrence that reads x[i] and x[i + 1].
            new ArrayCase(
                "OffsetRecurrence",
                """
                [Differentiable]
                public static double OffsetRecurrence(double[] x)
                {
                    double acc = 1;
                    for (int i = 0; i + 1 < x.Length; i++)
                    {
                        acc = acc * x[i] + x[i + 1];
                    }

                    return acc;
                }
                """,
                (r, n) => new object[] { Vector(r, n, -1.2, 1.2) }),

            // Two accumulators chosen by a branch on data, multiplied after the loop.
            new ArrayCase(
                "PositiveTimesNegative",
                """
                [Differentiable("w")]
                public static double PositiveTimesNegative(double[] w, double[] x)
                {
                    double positive = 1;
                    double negative = 1;
                    for (int i = 0; i < w.Length; i++)
                    {
                        if (x[i] > 0)
                        {
                            positive += w[i] * x[i];
                        }
                        else
                        {
                            negative -= w[i] * x[i];
                        }
                    }

                    return positive * negative;
                }
                """,
                (r, n) => new object[] { Vector(r, n), Vector(r, n) }),

            // An int local counted in a branch and used as a value after the loop.
            new ArrayCase(
                "MeanOfSelected",
                """
                [Differentiable("x")]
                public static double MeanOfSelected(double[] x, double[] mask)
                {
                    double s = 0;
                    int count = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (mask[i] > 0.5)
                        {
                            s += x[i] * x[i];
                            count++;
                        }
                    }

                    return s / Math.Max(1, count);
                }
                """,
                (r, n) => new object[] { Vector(r, n), Vector(r, n, 0, 1) }),

            // An index computed into an int local: a permutation-like gather.
            new ArrayCase(
                "IntLocalIndex",
                """
                [Differentiable]
                public static double IntLocalIndex(double[] w, double[] x)
                {
                    double s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        int j = (i * 7 + 3) % x.Length;
                        s += w[i] * Math.Exp(x[j] / 2);
                    }

                    return s;
                }
                """,
                (r, n) => new object[] { Vector(r, n), Vector(r, n) }),

            // Online log-sum-exp: a running max and a rescaled sum updated together in a branch; starts at −∞.
            new ArrayCase(
                "OnlineLogSumExp",
                """
                [Differentiable]
                public static double OnlineLogSumExp(double[] z)
                {
                    double m = double.NegativeInfinity;
                    double s = 0;
                    for (int i = 0; i < z.Length; i++)
                    {
                        if (z[i] > m)
                        {
                            s = s * Math.Exp(m - z[i]) + 1;
                            m = z[i];
                        }
                        else
                        {
                            s += Math.Exp(z[i] - m);
                        }
                    }

                    return m + Math.Log(s);
                }
                """,
                (r, n) => new object[] { Separated(r, n) })
            {
                Sizes = ArrayCase.NonEmpty,
            },

            // A trip count that depends on differentiated values: y grows by the factor rate until it passes 10.
            new ArrayCase(
                "GrowUntil",
                """
                [Differentiable]
                public static double GrowUntil(double a, double rate)
                {
                    double y = a;
                    while (y < 10)
                    {
                        y *= rate;
                    }

                    return y;
                }
                """,
                (r, n) => new object[] { Uniform(r, 0.5, 2), Uniform(r, 1.2, 2) })
            {
                Sizes = ArrayCase.Scalar,
                Accept = a => SameTripCount((double)a[0], (double)a[1]),
            },

            // Long arrays through taped loops whose trip count is not known up front (tapes that must grow).
            new ArrayCase(
                "LongWhileRecurrence",
                """
                [Differentiable("c", "x")]
                public static double LongWhileRecurrence(double[] c, double x, double[] stop)
                {
                    double acc = 0;
                    int i = 0;
                    while (i < c.Length && stop[i] < 0.995)
                    {
                        acc = Math.Sin(acc) * x + c[i];
                        i++;
                    }

                    return acc;
                }
                """,
                (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -0.9, 0.9), Vector(r, n, 0, 1) })
            {
                Sizes = new[] { 0, 1, 2, 40, 100, 300 },
            },

            // Source names the generated code also uses for itself (value, iterations, a tape, k), in a taped while loop.
            new ArrayCase(
                "GeneratedNames",
                """
                [Differentiable]
                public static double GeneratedNames(double[] x, double rate, double value)
                {
                    double iterations = 0;
                    double accTape = 1;
                    int k = 0;
                    while (k < x.Length)
                    {
                        accTape = accTape * rate + x[k];
                        iterations += value * x[k];
                        k++;
                    }

                    return accTape + iterations;
                }
                """,
                (r, n) => new object[] { Vector(r, n), Uniform(r, -1.5, 1.5), Uniform(r, -2, 2) }),

            // Keywords as names (@in, @double, @out, @int).
            new ArrayCase(
                "KeywordNames",
                """
                [Differentiable]
                public static double KeywordNames(double[] @in, double @double)
                {
                    double @out = 0;
                    for (int @int = 0; @int < @in.Length; @int++)
                    {
                        @out = @out * @double + @in[@int];
                    }

                    return @out;
                }
                """,
                (r, n) => new object[] { Vector(r, n), Uniform(r, -1.5, 1.5) }),
        };

        /// <summary>GrowUntil's loop runs as often when a and rate move by the finite-difference step (3 % covers it).</summary>
        private static bool SameTripCount(double a, double rate)
        {
            int count = Trips(a, rate);
            return new[] { 0.97, 1.03 }.All(f => Trips(a * f, rate) == count && Trips(a, rate * f) == count && Trips(a, 1 + ((rate - 1) * f)) == count);
        }

        private static int Trips(double y, double rate)
        {
            int count = 0;
            while (y < 10)
            {
                y *= rate;
                count++;
            }

            return count;
        }
    }
}
