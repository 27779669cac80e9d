using System.Linq;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// A seventh adversarial pass (the eighth session), over integer arrays and spans as parameters (gathers and scatters
    /// through an index array, indices as bounds, passed to callees) and indices from the end (<c>x[^1]</c>,
    /// <c>t[^(i + 1)] = ...</c>). Each bug it found is named in the case's comment.
    /// </summary>
    public static class Adversarial7Cases
    {
        /// <summary>n indices in [0, size), repeats likely.</summary>
        private static int[] Indices(System.Random random, int n, int size) => Enumerable.Range(0, n).Select(_ => size == 0 ? 0 : random.Next(size)).ToArray();

        public static readonly ArrayCase[] All =
        {
            // A gather with repeated indices: each w[idx[i]] collects from every i that names it.
            new ArrayCase("Av7GatherRepeated", """
                [Differentiable("w", "x")]
                public static double Av7GatherRepeated(double[] w, int[] idx, double[] x)
                {
                    double s = 0;
                    for (int i = 0; i < idx.Length; i++) s += w[idx[i]] * w[idx[i]] * x[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Indices(r, n, n), Vector(r, n, -1, 1) }),

            // A linear gather: an element sum whose elements repeat.
            new ArrayCase("Av7GatherLinearSum", """
                [Differentiable]
                public static double Av7GatherLinearSum(double[] w, int[] idx)
                {
                    double s = 0;
                    for (int i = 0; i < idx.Length; i++) s += w[idx[i]];
                    return s * s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Indices(r, n, n) }),

            // A scatter into a local array with repeated indices (+=), then read in another loop.
            new ArrayCase("Av7ScatterAdd", """
                [Differentiable]
                public static double Av7ScatterAdd(double[] x, int[] idx, double[] w)
                {
                    var t = new double[w.Length];
                    for (int i = 0; i < idx.Length; i++) t[idx[i]] += x[i] * w[i];
                    double s = 0;
                    for (int j = 0; j < t.Length; j++) s += t[j] * t[j] * w[j];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Indices(r, n, n), Vector(r, n, -1, 1) }),

            // A scatter that overwrites (=) with repeated indices: the last writer of each element wins, the earlier ones
            // have no effect on the result.
            new ArrayCase("Av7ScatterOverwrite", """
                [Differentiable]
                public static double Av7ScatterOverwrite(double[] x, int[] idx)
                {
                    var t = new double[x.Length];
                    for (int i = 0; i < idx.Length; i++) t[idx[i]] = x[i] * x[i] + Math.Sin(x[i]);
                    double s = 0;
                    for (int j = 0; j < t.Length; j++) s += t[j] * (j + 1);
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Indices(r, n, n) }),

            // Written through idx in one order, read through idx backwards.
            new ArrayCase("Av7ScatterReadBackwards", """
                [Differentiable]
                public static double Av7ScatterReadBackwards(double[] x, int[] idx)
                {
                    var t = new double[x.Length];
                    for (int i = 0; i < x.Length; i++) t[i] = Math.Exp(x[i]);
                    for (int i = 0; i < idx.Length; i++) t[idx[i]] = t[idx[i]] * x[i];
                    double s = 0;
                    for (int i = idx.Length - 1; i >= 0; i--) s = s * 0.5 + t[idx[i]] * x[idx.Length - 1 - i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Indices(r, n, n) }),

            // In place through an index array: each step reads an element another step may have written.
            new ArrayCase("Av7InPlaceGather", """
                [Differentiable]
                public static double Av7InPlaceGather(double[] x, int[] idx)
                {
                    var t = new double[x.Length];
                    for (int i = 0; i < x.Length; i++) t[i] = x[i];
                    for (int i = 0; i < idx.Length; i++)
                    {
                        int a = idx[i];
                        int b = idx[(i + 1) % idx.Length];
                        t[a] = t[a] * x[i] + Math.Sin(t[b]);
                    }

                    double s = 0;
                    foreach (double v in t) s += v * v;
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Indices(r, n, n) }),

            // Indices read from the end of the index array, and an index of an index.
            new ArrayCase("Av7IndexFromEndOfIndices", """
                [Differentiable("w")]
                public static double Av7IndexFromEndOfIndices(double[] w, int[] idx)
                {
                    double s = w[idx[^1]] * w[idx[0]];
                    for (int i = 0; i < idx.Length; i++) s += w[idx[^(i + 1)]] * Math.Cos(w[idx[idx[i]]]);
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Indices(r, n, n) })
            {
                Sizes = ArrayCase.NonEmpty,
            },

            // An index array as the bound of an inner loop, with a product that the reverse must divide out or replay.
            new ArrayCase("Av7IndexAsBound", """
                [Differentiable("w")]
                public static double Av7IndexAsBound(double[] w, int[] counts, double[] x)
                {
                    double s = 0;
                    for (int i = 0; i < counts.Length; i++)
                    {
                        double p = 1;
                        for (int k = 0; k < counts[i]; k++) p *= w[k] + x[i];
                        s += p;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, 0.5, 1.5), Indices(r, n, n + 1), Vector(r, n, -0.4, 0.4) }),

            // Writes from the end into a local array, a recurrence t[^(i + 2)] = t[^(i + 1)] * x[i] + ... backwards.
            new ArrayCase("Av7LocalRecurrenceFromEnd", """
                [Differentiable]
                public static double Av7LocalRecurrenceFromEnd(double[] x)
                {
                    var t = new double[x.Length + 1];
                    t[^1] = 1;
                    for (int i = 0; i < x.Length; i++) t[^(i + 2)] = t[^(i + 1)] * x[i] + Math.Sin(x[^(i + 1)]);
                    double s = 0;
                    for (int j = 0; j < t.Length; j++) s += t[j] * (j + 1);
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1) }),

            // In place in one array, from the end: t[^(i + 1)] = t[^(i + 2)] * c, the read one step further than the write.
            new ArrayCase("Av7InPlaceFromEnd", """
                [Differentiable]
                public static double Av7InPlaceFromEnd(double[] x, double c)
                {
                    var t = new double[x.Length];
                    for (int i = 0; i < x.Length; i++) t[i] = x[i];
                    for (int i = 0; i + 1 < t.Length; i++) t[^(i + 1)] = t[^(i + 2)] * c + t[^(i + 1)];
                    double s = 0;
                    for (int j = 0; j < t.Length; j++) s += t[j] * t[j];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // Mixed: the same element written as t[i] and read as t[^(n - i)].
            new ArrayCase("Av7MixedFromEndAndPlain", """
                [Differentiable]
                public static double Av7MixedFromEndAndPlain(double[] x)
                {
                    int n = x.Length;
                    var t = new double[n];
                    double s = 0;
                    for (int i = 0; i < n; i++)
                    {
                        t[i] = x[i] * x[i];
                        t[^(n - i)] = t[^(n - i)] * x[i] + 1;
                        s += t[i] * x[^(i + 1)];
                    }

                    return s + (n > 0 ? t[^n] * t[n - 1] : 0);
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1) }),

            // Spans read from the end: ReadOnlySpan<double> and Span<double> parameters.
            new ArrayCase("Av7SpansFromEnd", """
                [Differentiable]
                public static double Av7SpansFromEnd(ReadOnlySpan<double> x, Span<double> y)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++) s += x[^(i + 1)] * y[i] + Math.Sin(y[^(i + 1)]) * x[i];
                    return s * x[^1];
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Vector(r, n, -1, 1) })
            {
                Sizes = ArrayCase.NonEmpty,
            },

            // A loop counting down that reads from the end: a recurrence whose reverse counts up.
            new ArrayCase("Av7CountDownFromEnd", """
                [Differentiable]
                public static double Av7CountDownFromEnd(double[] x, double a)
                {
                    double s = a;
                    for (int i = x.Length; i >= 1; i--) s = s * x[^i] + Math.Sin(s);
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A running maximum and minimum over x[^(i + 1)], by Math.Max and by an if.
            new ArrayCase("Av7RunningMaxFromEnd", """
                [Differentiable]
                public static double Av7RunningMaxFromEnd(double[] x)
                {
                    double m = x[^1];
                    double lo = x[^1];
                    for (int i = 1; i < x.Length; i++)
                    {
                        m = Math.Max(m, x[^(i + 1)]);
                        if (x[^(i + 1)] < lo) lo = x[^(i + 1)];
                    }

                    return m * m - lo * m;
                }
                """, (r, n) => new object[] { Separated(r, n) })
            {
                Sizes = ArrayCase.NonEmpty,
            },

            // An element sum over part of the array, read from the end: only the last half.
            new ArrayCase("Av7PartSumFromEnd", """
                [Differentiable]
                public static double Av7PartSumFromEnd(double[] x)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length / 2; i++) s += x[^(i + 1)];
                    double q = 0;
                    for (int i = 0; i < x.Length / 2; i++) q += x[^(i + 1)] * x[^(i + 1)];
                    return s * s + q;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1) }),

            // An index array passed to a callee that gathers with it, in a loop of the caller.
            new ArrayCase("Av7CalleeGathers", """
                [Differentiable("w")]
                public static double Av7Gather(double[] w, int[] idx, ReadOnlySpan<int> other)
                {
                    double s = 0;
                    for (int i = 0; i < idx.Length; i++) s += w[idx[i]] * w[other[i]];
                    return s;
                }

                [Differentiable("w")]
                public static double Av7CalleeGathers(double[] w, int[] idx)
                {
                    double s = 0;
                    for (int k = 0; k < 3; k++) s += Math.Sin(Av7Gather(w, idx, idx) * (k + 1));
                    return s + Av7Gather(w, idx, idx);
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Indices(r, n, n) }),

            // An int[] field and an int[] parameter side by side.
            new ArrayCase("Av7FieldAndParameterIndices", """
                private static readonly int[] Av7Table = { 2, 0, 1, 1 };

                [Differentiable]
                public static double Av7FieldAndParameterIndices(double[] w, int[] idx)
                {
                    double s = 0;
                    for (int i = 0; i < idx.Length; i++) s += w[idx[i]] * Av7Table[i % Av7Table.Length] + w[Av7Table[^1] % w.Length] * w[idx[^(i + 1)]];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Indices(r, n, n) }),

            // foreach over an index array with repeats, and a ReadOnlySpan<int> in a test.
            new ArrayCase("Av7ForeachIndices", """
                [Differentiable]
                public static double Av7ForeachIndices(double[] w, int[] idx, ReadOnlySpan<int> labels)
                {
                    double s = 0;
                    foreach (int j in idx) s += w[j] * w[j] * w[j];
                    for (int i = 0; i < labels.Length; i++) s += labels[i] == 1 ? w[i] : -w[i] * labels[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Indices(r, n, n), Indices(r, n, 3) }),

            // Was uncompilable (CS1503, long to int): the adjoint of w[idx[i]] is a span, whose indexer takes an int, and
            // only a long local had its index converted, not an element of a long[] (nor a long parameter).
            new ArrayCase("Av7LongAndShortIndices", """
                [Differentiable]
                public static double Av7LongAndShortIndices(double[] w, long[] idx, short[] scale)
                {
                    double s = 0;
                    for (int i = 0; i < idx.Length; i++) s += w[idx[i]] * scale[i] * w[idx[^(i + 1)]];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Indices(r, n, n).Select(k => (long)k).ToArray(), Indices(r, n, 5).Select(k => (short)(k - 2)).ToArray() }),

            // A long local from a long[]: a sum of the indices as a factor.
            new ArrayCase("Av7LongLocal", """
                [Differentiable]
                public static double Av7LongLocal(double[] w, long[] idx)
                {
                    double s = 0;
                    long total = 0;
                    for (int i = 0; i < idx.Length; i++)
                    {
                        long j = idx[i];
                        total += j;
                        s += w[j] * total;
                    }

                    return s * s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Indices(r, n, n).Select(k => (long)k).ToArray() }),

            // Was uncompilable (CS1503): a long parameter as an index, in a loop and loop-free.
            new ArrayCase("Av7LongParameterIndex", """
                [Differentiable("w")]
                public static double Av7LongParameterIndex(double[] w, long k)
                {
                    double s = 0;
                    for (int i = 0; i < w.Length; i++) s += w[k] * w[i];
                    return s + Av7LongParameterIndexLoopFree(w, k);
                }

                [Differentiable("w")]
                public static double Av7LongParameterIndexLoopFree(double[] w, long k) => w[k] * w[k];
                """, (r, n) => new object[] { Vector(r, n, -1, 1), (long)r.Next(n) })
            {
                Sizes = ArrayCase.NonEmpty,
            },

            // Was uncompilable (CS1503, CS0266): a long bound (k, counts[i]) sized the tape without a cast and started the
            // reverse loop's int counter at k - 1.
            new ArrayCase("Av7LongBounds", """
                [Differentiable("w")]
                public static double Av7LongBounds(double[] w, long k, long[] counts)
                {
                    double s = 1;
                    for (int i = 0; i < k; i++) s = s * w[i] + Math.Sin(s);
                    for (int i = 0; i < counts.Length; i++)
                    {
                        double p = 1;
                        for (int j = 0; j < counts[i]; j++) p = p * w[j] + Math.Sin(p);
                        s += p;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), (long)r.Next(n + 1), Indices(r, n, n + 1).Select(c => (long)c).ToArray() }),

            // Was uncompilable (CS1503): a local long[] and a uint[] parameter as indices.
            new ArrayCase("Av7LocalLongAndUintIndices", """
                [Differentiable("w")]
                public static double Av7LocalLongAndUintIndices(double[] w, uint[] idx)
                {
                    long[] order = { 2, 0, 1 };
                    double s = 0;
                    for (int i = 0; i < 3; i++) s += w[order[i]] * w[i];
                    for (int i = 0; i < idx.Length; i++) s += w[idx[i]] * w[idx[^(i + 1)]];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n + 3, -1, 1), Indices(r, n, n + 3).Select(c => (uint)c).ToArray() }),
        };
    }
}
