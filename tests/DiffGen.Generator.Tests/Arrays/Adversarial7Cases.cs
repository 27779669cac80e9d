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

            // Written from the back while read from the front: past the middle, t[i] was overwritten by an earlier step.
            new ArrayCase("Av7CrossingInPlace", """
                [Differentiable]
                public static double Av7CrossingInPlace(double[] x, double c)
                {
                    var t = new double[x.Length];
                    for (int i = 0; i < x.Length; i++) t[i] = x[i] + c;
                    for (int i = 0; i < t.Length; i++) t[^(i + 1)] = t[i] * c + Math.Sin(t[^(i + 1)]);
                    double s = 0;
                    for (int j = 0; j < t.Length; j++) s += t[j] * (j + 2);
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // Read and written through two index arrays: any element may alias any other.
            new ArrayCase("Av7TwoIndexArraysInPlace", """
                [Differentiable]
                public static double Av7TwoIndexArraysInPlace(double[] x, int[] to, int[] from)
                {
                    var t = new double[x.Length];
                    for (int i = 0; i < x.Length; i++) t[i] = Math.Exp(x[i]);
                    for (int i = 0; i < to.Length; i++) t[to[i]] = t[from[i]] * x[i] + t[to[i]] * 0.5;
                    double s = 0;
                    for (int j = 0; j < t.Length; j++) s += t[j] * t[j];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Indices(r, n, n), Indices(r, n, n) }),

            // A loop counting down that writes from the end, and a stackalloc'd span written at ^1.
            new ArrayCase("Av7CountDownWritesFromEnd", """
                [Differentiable]
                public static double Av7CountDownWritesFromEnd(double[] x)
                {
                    int n = x.Length;
                    var t = new double[n + 1];
                    Span<double> u = stackalloc double[n + 1];
                    t[^1] = 1;
                    u[^1] = 0.5;
                    for (int i = n - 1; i >= 0; i--)
                    {
                        t[^(i + 2)] = t[^(i + 1)] * Math.Cos(x[i]);
                        u[^(i + 2)] = u[^(i + 1)] + t[^(i + 2)] * x[^(i + 1)];
                    }

                    return u[0] + t[0] * u[^1];
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1) }),

            // From the end by an element of an index array, and a bound read from the end.
            new ArrayCase("Av7FromEndByIndex", """
                [Differentiable("x")]
                public static double Av7FromEndByIndex(double[] x, int[] back)
                {
                    double s = 0;
                    for (int i = 0; i < back.Length; i++) s += x[^back[i]] * x[^back[i]] * (i + 1);
                    for (int k = 0; k < back[^1]; k++) s += Math.Sin(x[k]);
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Indices(r, n, n).Select(k => k + 1).ToArray() })
            {
                Sizes = ArrayCase.NonEmpty,
            },

            // A running maximum through an index array, by an if that also keeps a second value.
            new ArrayCase("Av7RunningMaxThroughIndex", """
                [Differentiable("w")]
                public static double Av7RunningMaxThroughIndex(double[] w, int[] idx)
                {
                    double m = w[idx[0]];
                    double at = w[0];
                    for (int i = 1; i < idx.Length; i++)
                    {
                        if (w[idx[i]] > m)
                        {
                            m = w[idx[i]];
                            at = w[i] * w[i];
                        }
                    }

                    return m * at + Math.Max(m, w[idx[^1]]);
                }
                """, (r, n) => new object[] { Separated(r, n), Enumerable.Range(0, n).OrderBy(_ => r.Next()).ToArray() })
            {
                Sizes = ArrayCase.NonEmpty,
            },

            // A recurrence through a gather, with a while loop whose condition reads the index array.
            new ArrayCase("Av7RecurrenceThroughGather", """
                [Differentiable]
                public static double Av7RecurrenceThroughGather(double[] w, int[] idx, double[] x, double h0)
                {
                    double h = h0;
                    int k = 0;
                    while (k < idx.Length && idx[k] >= 0)
                    {
                        h = Math.Tanh(h * w[idx[k]] + x[k]);
                        k++;
                    }

                    return h * h + k;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Enumerable.Range(0, n).Select(i => i == n - 2 ? -1 : r.Next(n)).ToArray(), Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A kept buffer written through an index array inside an outer loop, then read.
            new ArrayCase("Av7KeptBufferScatter", """
                [Differentiable("w")]
                public static double Av7KeptBufferScatter(double[] w, int[] idx, int rounds)
                {
                    double s = 0;
                    var h = new double[w.Length];
                    for (int r = 0; r < rounds; r++)
                    {
                        for (int j = 0; j < h.Length; j++) h[j] = w[j] * (r + 1);
                        for (int i = 0; i < idx.Length; i++) h[idx[i]] = Math.Sin(h[idx[i]] + s);
                        for (int j = 0; j < h.Length; j++) s += h[j] * w[j];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Indices(r, n, n), 3 }),

            // A ?: integer index from labels and an index into a local integer array by an index array.
            new ArrayCase("Av7ChosenIndices", """
                [Differentiable("w")]
                public static double Av7ChosenIndices(double[] w, int[] labels, Span<int> pick)
                {
                    int[] order = { 2, 0, 1 };
                    double s = 0;
                    for (int i = 0; i < labels.Length; i++) s += w[labels[i] > 0 ? labels[i] : 0] * w[order[pick[i]]] * labels[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n + 3, -1, 1), Indices(r, n, n + 3).Select(k => k - 1).ToArray(), Indices(r, n, 3) }),

            // Sums from the end in a fused loop: t[^(i + 1)] += ... on a local, and the whole t read after.
            new ArrayCase("Av7AccumulateFromEnd", """
                [Differentiable]
                public static double Av7AccumulateFromEnd(double[] x, int[] idx)
                {
                    var t = new double[x.Length];
                    for (int i = 0; i < x.Length; i++)
                    {
                        t[^(i + 1)] += x[i] * x[i];
                        t[idx[i]] += x[^(i + 1)];
                    }

                    double s = 0;
                    for (int j = 0; j < t.Length; j++) s += t[j] * t[j] * (j + 1);
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Indices(r, n, n) }),

            // A field array read from the end, and x[^(x.Length - i)] (which is x[i]) mixed with x[i].
            new ArrayCase("Av7FieldFromEnd", """
                private static readonly double[] Av7Weights = { 0.5, -1.0, 2.0 };

                [Differentiable]
                public static double Av7FieldFromEnd(double[] x)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++) s += x[^(x.Length - i)] * x[i] * Av7Weights[^1] + Av7Weights[^(i % 3 + 1)] * x[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1) }),

            // A callee reading w[^k] for the caller's loop counter, a stackalloc'd int span read from the end, and a
            // counter read from the end after its loop.
            new ArrayCase("Av7CalleeFromEnd", """
                [Differentiable]
                public static double Av7LastTwo(double[] w, int k) => w[^k] * w[^(k + 1)];

                [Differentiable]
                public static double Av7CalleeFromEnd(double[] w)
                {
                    Span<int> o = stackalloc int[] { 1, 0 };
                    double s = w[o[^1]] * w[o[^2]];
                    int i = 1;
                    for (; i < w.Length; i++) s += Av7LastTwo(w, i) * w[^i];
                    return s + w[^i];
                }
                """, (r, n) => new object[] { Vector(r, n + 2, -1, 1) }),

            // byte indices from a foreach, as an index, from the end and as a factor.
            new ArrayCase("Av7ByteIndices", """
                [Differentiable]
                public static double Av7ByteIndices(double[] w, byte[] b)
                {
                    double s = 0;
                    foreach (byte t in b) s += w[t] * w[^(t + 1)] * t;
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Indices(r, n, n).Select(k => (byte)k).ToArray() }),
        };

        /// <summary>float twins: a gather from the end and a recurrence written from the end.</summary>
        public static readonly ArrayCase[] Float =
        {
            ArrayCase.FloatTwinOf(All.Single(c => c.Name == "Av7IndexFromEndOfIndices"), """
                [Differentiable("w")]
                public static float Av7IndexFromEndOfIndicesF(float[] w, int[] idx)
                {
                    float s = w[idx[^1]] * w[idx[0]];
                    for (int i = 0; i < idx.Length; i++) s += w[idx[^(i + 1)]] * MathF.Cos(w[idx[idx[i]]]);
                    return s;
                }
                """),
            ArrayCase.FloatTwinOf(All.Single(c => c.Name == "Av7LocalRecurrenceFromEnd"), """
                [Differentiable]
                public static float Av7LocalRecurrenceFromEndF(float[] x)
                {
                    var t = new float[x.Length + 1];
                    t[^1] = 1;
                    for (int i = 0; i < x.Length; i++) t[^(i + 2)] = t[^(i + 1)] * x[i] + MathF.Sin(x[^(i + 1)]);
                    float s = 0;
                    for (int j = 0; j < t.Length; j++) s += t[j] * (j + 1);
                    return s;
                }
                """),
        };
    }
}
