using System;
using System.Collections.Generic;
using System.Linq;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// A review's attempts to break running extremes (<see cref="RunningExtremeCases"/>) and element sums
    /// (<see cref="ElementSumCases"/>): the extreme's variable read before its loop in the same row and carried across rows,
    /// two extremes of one variable with a read between, a candidate whose index steps after the loop, a triangle whose
    /// inner loop runs zero times, an extreme inside a loop that sums the element its candidate reads, counting down, a
    /// fused loop's output, a candidate reading values overwritten later, user locals named like the generated ones; sums
    /// with an index reassigned after the loop (also inside an outer loop), an integer array element, <c>n - i - 1</c>,
    /// <c>?:</c>, <c>while</c>/<c>do</c> with <c>break</c>/<c>continue</c>, two arrays in one loop, spans, local arrays, a
    /// callee given the array whole outside the loop. Extremes' draws keep every candidate apart (or ordered the same way
    /// under the finite differences' step), so no step flips which one wins.
    /// </summary>
    public static class ExtremeAndSumReviewCases
    {
        public static IEnumerable<ArrayCase> Double => Extremes.Concat(Sums);

        private static readonly ArrayCase[] Extremes =
        {
            // m read before the row's inner loop, carried into the next row: the reverse sweep must see m as the row began.
            new ArrayCase("XsReadBeforeInRow", """
                [Differentiable("a")]
                public static double XsReadBeforeInRow(double[] a, int columns)
                {
                    int rows = a.Length / columns;
                    double m = a[0];
                    double s = 0;
                    for (int r = 0; r < rows; r++)
                    {
                        s += m * a[r];
                        for (int c = 0; c < columns; c++)
                        {
                            m = Math.Max(m, a[r * columns + c] + 0.01 * r);
                        }
                    }

                    return s + m;
                }
                """, (r, n) => new object[] { Separated(r, 3 * (n + 1)), 3 }),

            // Max then min of one variable, a read between.
            new ArrayCase("XsTwoExtremes", """
                [Differentiable]
                public static double XsTwoExtremes(double[] x, double[] y)
                {
                    double m = -100;
                    for (int i = 0; i < x.Length; i++)
                    {
                        m = Math.Max(m, x[i]);
                    }

                    double between = m * y[0];
                    for (int i = 0; i < y.Length; i++)
                    {
                        m = Math.Min(y[i] + between, m);
                    }

                    return m * between;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n) }) { Sizes = new[] { 1, 2, 3, 5, 8 }, Accept = TwoExtremesApart },

            // The candidate's index steps by 2 after the inner loop; m is read after it in the row.
            new ArrayCase("XsSteppedIndex", """
                [Differentiable]
                public static double XsSteppedIndex(double[] a)
                {
                    int k = 0;
                    double s = 0;
                    double m = -100;
                    for (int r = 0; r < a.Length / 2; r++)
                    {
                        for (int c = 0; c < 2; c++)
                        {
                            m = Math.Max(m, a[k + c] + 0.001 * k);
                        }

                        k += 2;
                        s += m * a[k - 1];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Separated(r, 2 * n) }),

            // A triangle: the inner loop (<= bound) runs zero times in the first rows; m from a[r] there.
            new ArrayCase("XsTriangle", """
                [Differentiable]
                public static double XsTriangle(double[] x)
                {
                    double s = 0;
                    for (int r = 0; r < x.Length; r++)
                    {
                        double m = x[r];
                        for (int c = 1; c <= r - 1; c++)
                        {
                            m = Math.Max(m, x[c] - 0.01 * r);
                        }

                        s += Math.Sin(m);
                    }

                    return s;
                }
                """, (r, n) => new object[] { Separated(r, n) }),

            // An extreme inside a loop whose reverse sums x[i]: the extreme's share goes to the sum.
            new ArrayCase("XsExtremeInSum", """
                [Differentiable("x")]
                public static double XsExtremeInSum(double[] x, double[] y)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        for (int j = 0; j < y.Length; j++)
                        {
                            s += x[i] * y[j];
                            double m = -100;
                            for (int k = 0; k < y.Length; k++)
                            {
                                m = Math.Max(m, y[k] * y[k] + x[i] * j);
                            }

                            s += m * y[j];
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), SeparatedMagnitudes(r, n) }),

            // Counting down, max of magnitudes with the index in the candidate, from 0.
            new ArrayCase("XsAbsDown", """
                [Differentiable]
                public static double XsAbsDown(double[] x)
                {
                    double m = 0;
                    for (int i = x.Length - 1; i >= 0; i--)
                    {
                        m = Math.Max(Math.Abs(x[i]) + 0.01 * i, m);
                    }

                    return m * m;
                }
                """, (r, n) => new object[] { SeparatedMagnitudes(r, n) }),

            // In a loop fused with its reverse, whose output dX is written once per entry: the extreme's share is guarded.
            new ArrayCase("XsFusedExtreme", """
                [Differentiable("x")]
                public static double XsFusedExtreme(double[] x, double[] y)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double m = -100;
                        for (int k = 0; k < y.Length; k++)
                        {
                            m = Math.Max(m, x[i] * y[k]);
                        }

                        s += m * x[i];
                    }

                    return s;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n), Separated(r, n) }),

            // The extreme read in several places after its loop, with a reduction after it.
            new ArrayCase("XsManyReads", """
                [Differentiable]
                public static double XsManyReads(double[] x)
                {
                    double m = x[0];
                    for (int i = 1; i < x.Length; i++)
                    {
                        m = Math.Max(x[i], m);
                    }

                    double a = m * m;
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += Math.Exp(x[i] - m);
                    }

                    double b = Math.Sin(m) + a;
                    return Math.Log(s) + m + b * a;
                }
                """, (r, n) => new object[] { Separated(r, n) }) { Sizes = ArrayCase.NonEmpty },

            // A costly candidate in a loop over rows whose reverse may keep costly values.
            new ArrayCase("XsCostlyCandidate", """
                [Differentiable]
                public static double XsCostlyCandidate(double[] a, int columns)
                {
                    double s = 0;
                    for (int r = 0; r < a.Length / columns; r++)
                    {
                        double e = Math.Exp(0.1 * a[r]);
                        double m = -100;
                        for (int c = 0; c < columns; c++)
                        {
                            m = Math.Max(m, Math.Exp(0.5 * a[r * columns + c]) * e);
                        }

                        s += m * e;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Separated(r, 2 * n), 2 }),

            // The candidate reads t, which the outer loop changes every row.
            new ArrayCase("XsOuterChanged", """
                [Differentiable("x")]
                public static double XsOuterChanged(double[] x, double[] y)
                {
                    double t = 1;
                    double s = 0;
                    for (int r = 0; r < x.Length; r++)
                    {
                        t = t * 0.5 + x[r];
                        double m = t;
                        for (int c = 0; c < y.Length; c++)
                        {
                            m = Math.Max(m, t * y[c]);
                        }

                        s += m;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Separated(r, n) }) { Accept = OuterChangedApart },

            // The candidate reads s and a local array, both overwritten after the loop.
            new ArrayCase("XsOverwrittenLater", """
                [Differentiable]
                public static double XsOverwrittenLater(double[] x)
                {
                    double[] y = new double[x.Length];
                    for (int i = 0; i < x.Length; i++)
                    {
                        y[i] = x[i] * 2;
                    }

                    double s = x[0];
                    double m = -100;
                    for (int i = 0; i < x.Length; i++)
                    {
                        m = Math.Max(m, s * y[i]);
                    }

                    s = s * 3 + m;
                    for (int i = 0; i < x.Length; i++)
                    {
                        y[i] = y[i] * m;
                    }

                    double q = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        q += y[i] * y[i];
                    }

                    return q + s;
                }
                """, (r, n) => new object[] { AwayFromZeroSeparated(r, n) }) { Sizes = ArrayCase.NonEmpty },

            // User locals named as the generated index and adjoint would be (mAt, dM).
            new ArrayCase("XsNameClash", """
                [Differentiable]
                public static double XsNameClash(double[] x)
                {
                    double mAt = x[0] * 2;
                    double m = -100;
                    for (int i = 1; i < x.Length; i++)
                    {
                        m = Math.Max(m, x[i] + mAt);
                    }

                    double dM = m * mAt;
                    return dM + m;
                }
                """, (r, n) => new object[] { Separated(r, n) }) { Sizes = ArrayCase.NonEmpty },
        };

        private static readonly ArrayCase[] Sums =
        {
            // Not an extreme or a sum (found beside them; fixed by DistinctIntegerTypes): two loops count with one name, a long i then an int i.
            new ArrayCase("XsLongThenIntCounters", """
                [Differentiable]
                public static double XsLongThenIntCounters(double[] x)
                {
                    double s = 1;
                    for (long i = x.Length - 1; i >= 0; i--)
                    {
                        s = s * x[i] + 1;
                    }

                    for (int i = 0; i < x.Length; i++)
                    {
                        s = s * x[i] + 1;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1) }),

            // Two loops' bodies declare k, a long then an int, each stepped and used as an index: one type per name.
            new ArrayCase("XsLongThenIntLocals", """
                [Differentiable]
                public static double XsLongThenIntLocals(double[] x)
                {
                    double s = 1;
                    for (int i = 0; i < x.Length; i++)
                    {
                        long k = x.Length - 1 - i;
                        s = s * x[k] + 1;
                        k--;
                        if (k >= 0)
                        {
                            s += Math.Sin(x[k]);
                        }
                    }

                    for (int i = 0; i < x.Length; i++)
                    {
                        int k = i;
                        s = Math.Cos(s) + x[k] * s;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1) }),

            // The index k is reassigned between two loops that each read x[k].
            new ArrayCase("XsSumReassigned", """
                [Differentiable("x")]
                public static double XsSumReassigned(double[] x, double[] y)
                {
                    int k = 0;
                    double s = 0;
                    for (int j = 0; j < y.Length; j++)
                    {
                        s += Math.Sin(x[k] * y[j]);
                    }

                    k = x.Length - 1;
                    for (int j = 0; j < y.Length; j++)
                    {
                        s += Math.Cos(x[k] * y[j]);
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n) }) { Sizes = ArrayCase.NonEmpty },

            // Inside an outer loop: k from the row, reassigned after the first inner loop.
            new ArrayCase("XsSumRowReassigned", """
                [Differentiable("x")]
                public static double XsSumRowReassigned(double[] x, double[] y)
                {
                    double s = 0;
                    for (int r = 0; r < x.Length; r++)
                    {
                        int k = r / 2;
                        for (int j = 0; j < y.Length; j++)
                        {
                            s += Math.Sin(x[k] * y[j]);
                        }

                        k = x.Length - 1 - r;
                        for (int j = 0; j < y.Length; j++)
                        {
                            s += x[k] * x[k] * y[j];
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n) }),

            // An integer array's element, n - i - 1 and 2i mod n as the index.
            new ArrayCase("XsSumIndices", """
                [Differentiable("x")]
                public static double XsSumIndices(double[] x, double[] y)
                {
                    int[] idx = { 2, 0, 1, 1 };
                    double s = 0;
                    for (int i = 0; i < idx.Length; i++)
                    {
                        for (int j = 0; j < y.Length; j++)
                        {
                            s += x[idx[i]] * y[j] * y[j];
                        }

                        for (int j = 0; j < y.Length; j++)
                        {
                            s += Math.Sin(x[x.Length - i - 1] * y[j]);
                        }

                        for (int j = 0; j < i && j < y.Length; j++)
                        {
                            s += x[2 * i % x.Length] * x[2 * i % x.Length] * y[j];
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n + 4), Vector(r, n) }),

            // ?: in a for, continue and break in a while, a read behind a test in a do.
            new ArrayCase("XsSumShapes", """
                [Differentiable("x")]
                public static double XsSumShapes(double[] x, double[] y, int c)
                {
                    double s = 0;
                    for (int j = 0; j < y.Length; j++)
                    {
                        s += y[j] > 0 ? x[c] * y[j] : y[j];
                    }

                    int k = 0;
                    while (k < y.Length)
                    {
                        k++;
                        if (y[k - 1] < -0.5)
                        {
                            continue;
                        }

                        if (y[k - 1] > 1.5)
                        {
                            break;
                        }

                        s += x[c + 1] * x[c + 1] * y[k - 1];
                    }

                    int q = 0;
                    do
                    {
                        if (q < y.Length && y[q] > 0)
                        {
                            s += Math.Exp(x[c] * y[q]);
                        }

                        q++;
                    }
                    while (q < 3);

                    return s * s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Vector(r, n), n - 2 }) { Sizes = new[] { 2, 3, 5, 8 } },

            // Two arrays summed in one loop, with user locals named as the sums would be.
            new ArrayCase("XsSumTwoArrays", """
                [Differentiable("x", "w")]
                public static double XsSumTwoArrays(double[] x, double[] w, double[] y)
                {
                    double s = 0;
                    double dXI = 1;
                    double dWI = 2;
                    for (int i = 0; i < x.Length; i++)
                    {
                        for (int j = 0; j < y.Length; j++)
                        {
                            s += x[i] * w[i] * y[j] + dXI * w[i] * w[i] + dWI * x[i];
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n), Vector(r, n) }),

            // Span parameters.
            new ArrayCase("XsSumSpans", """
                [Differentiable("x")]
                public static double XsSumSpans(ReadOnlySpan<double> x, Span<double> y)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        for (int j = 0; j < y.Length; j++)
                        {
                            s += Math.Sin(x[i] * y[j]) * x[i];
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n) }),

            // Local arrays (new, stackalloc) read at the row's element, one overwritten after.
            new ArrayCase("XsSumLocals", """
                [Differentiable("x")]
                public static double XsSumLocals(double[] x, double[] y)
                {
                    double[] t = new double[x.Length];
                    Span<double> u = stackalloc double[x.Length];
                    for (int i = 0; i < x.Length; i++)
                    {
                        t[i] = x[i] * x[i];
                        u[i] = Math.Sin(x[i]);
                    }

                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        for (int j = 0; j < y.Length; j++)
                        {
                            s += t[i] * u[i] * y[j];
                        }
                    }

                    for (int i = 0; i < x.Length; i++)
                    {
                        t[i] = t[i] * 3;
                    }

                    for (int i = 0; i < x.Length; i++)
                    {
                        s += t[i];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n) }),

            // The array also given whole to a [Differentiable] callee, outside the loop.
            new ArrayCase("XsSumWithCallee", """
                [Differentiable]
                public static double XsNorm(double[] x)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += x[i] * x[i];
                    }

                    return s;
                }

                [Differentiable("x")]
                public static double XsSumWithCallee(double[] x, double[] y)
                {
                    double s = XsNorm(x);
                    for (int i = 0; i < x.Length; i++)
                    {
                        for (int j = 0; j < y.Length; j++)
                        {
                            s += x[i] * y[j] * s * 0.1;
                        }
                    }

                    return s + XsNorm(x);
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Vector(r, n, -1, 1) }),

            // A user local xI, whose adjoint is named dXI as the sum of x[i] would be.
            new ArrayCase("XsSumAdjointClash", """
                [Differentiable("x")]
                public static double XsSumAdjointClash(double[] x, double[] y)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double xI = x[i] * 2;
                        for (int j = 0; j < y.Length; j++)
                        {
                            s += x[i] * y[j] * xI;
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n) }),

            // While loops inside while loops.
            new ArrayCase("XsSumWhile", """
                [Differentiable("x")]
                public static double XsSumWhile(double[] x, double[] y)
                {
                    double s = 0;
                    int i = 0;
                    while (i < x.Length)
                    {
                        int j = 0;
                        while (j < y.Length)
                        {
                            s += Math.Sin(x[i] + y[j]) * x[i];
                            j++;
                        }

                        i++;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n) }),
        };

        public static readonly ArrayCase[] Float =
        {
            Twin("XsReadBeforeInRow", """
                [Differentiable("a")]
                public static float XsReadBeforeInRowFloat(float[] a, int columns)
                {
                    int rows = a.Length / columns;
                    float m = a[0];
                    float s = 0;
                    for (int r = 0; r < rows; r++)
                    {
                        s += m * a[r];
                        for (int c = 0; c < columns; c++)
                        {
                            m = MathF.Max(m, a[r * columns + c] + 0.01f * r);
                        }
                    }

                    return s + m;
                }
                """),
            Twin("XsExtremeInSum", """
                [Differentiable("x")]
                public static float XsExtremeInSumFloat(float[] x, float[] y)
                {
                    float s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        for (int j = 0; j < y.Length; j++)
                        {
                            s += x[i] * y[j];
                            float m = -100;
                            for (int k = 0; k < y.Length; k++)
                            {
                                m = MathF.Max(m, y[k] * y[k] + x[i] * j);
                            }

                            s += m * y[j];
                        }
                    }

                    return s;
                }
                """),
            Twin("XsSumSpans", """
                [Differentiable("x")]
                public static float XsSumSpansFloat(ReadOnlySpan<float> x, Span<float> y)
                {
                    float s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        for (int j = 0; j < y.Length; j++)
                        {
                            s += MathF.Sin(x[i] * y[j]) * x[i];
                        }
                    }

                    return s;
                }
                """),
            Twin("XsSumShapes", """
                [Differentiable("x")]
                public static float XsSumShapesFloat(float[] x, float[] y, int c)
                {
                    float s = 0;
                    for (int j = 0; j < y.Length; j++)
                    {
                        s += y[j] > 0 ? x[c] * y[j] : y[j];
                    }

                    int k = 0;
                    while (k < y.Length)
                    {
                        k++;
                        if (y[k - 1] < -0.5f)
                        {
                            continue;
                        }

                        if (y[k - 1] > 1.5f)
                        {
                            break;
                        }

                        s += x[c + 1] * x[c + 1] * y[k - 1];
                    }

                    int q = 0;
                    do
                    {
                        if (q < y.Length && y[q] > 0)
                        {
                            s += MathF.Exp(x[c] * y[q]);
                        }

                        q++;
                    }
                    while (q < 3);

                    return s * s;
                }
                """),
        };

        /// <summary>|v| = 0.5, 0.8, 1.1, … (jittered), shuffled, random signs: magnitudes and squares far apart, none near 0.</summary>
        private static double[] SeparatedMagnitudes(Random random, int n) =>
            Enumerable.Range(0, n).Select(i => Sign(random) * (0.5 + (0.3 * i) + Uniform(random, -0.03, 0.03))).OrderBy(_ => random.Next()).ToArray();

        /// <summary>As <see cref="SeparatedMagnitudes"/>: products with one value keep their order under the step.</summary>
        private static double[] AwayFromZeroSeparated(Random random, int n) => SeparatedMagnitudes(random, n);

        /// <summary>x apart, y apart, and the min's candidates y[i] + m·y[0] away from m, the max of x.</summary>
        private static bool TwoExtremesApart(object[] arguments)
        {
            double[] x = (double[])arguments[0];
            double[] y = (double[])arguments[1];
            double m = x.Max();
            return Apart(x, 0.1) && Apart(y, 0.1) && y.All(v => Math.Abs(v + (m * y[0]) - m) > 0.3);
        }

        private static bool Apart(double[] values, double gap)
        {
            double[] sorted = values.OrderBy(v => v).ToArray();
            return sorted.Zip(sorted.Skip(1), (a, b) => b - a).All(d => d > gap);
        }

        /// <summary>Each row's t stays away from 0: then t·y[c] against t, and against t·y[d], keeps its order (y is data).</summary>
        private static bool OuterChangedApart(object[] arguments)
        {
            double[] x = (double[])arguments[0];
            double t = 1;
            foreach (double v in x)
            {
                t = (t * 0.5) + v;
                if (Math.Abs(t) < 0.3)
                {
                    return false;
                }
            }

            return true;
        }

        private static ArrayCase Twin(string doubleTwin, string source)
        {
            ArrayCase twin = Double.Single(c => c.Name == doubleTwin);
            string name = source.Substring(source.IndexOf("float ", StringComparison.Ordinal) + 6);
            name = name.Substring(0, name.IndexOf('(', StringComparison.Ordinal));
            return new ArrayCase(name, source, twin.Arguments) { Sizes = twin.Sizes, Accept = twin.Accept, DoubleTwin = doubleTwin };
        }
    }
}
