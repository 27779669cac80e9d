using System.Linq;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// Whole models as a notebook writes them (the eighth session's pass): class labels, counts and token ids passed as
    /// an int[] (or a ReadOnlySpan&lt;int&gt;), which were DIFF006 and are now data, read as indices, bounds and factors.
    /// </summary>
    public static class NotebookCases
    {
        private static int[] Labels(System.Random random, int n, int classes) => Enumerable.Range(0, n).Select(_ => random.Next(classes)).ToArray();

        public static readonly ArrayCase[] All =
        {
            // Was DIFF006 (parameter 'labels' has type 'int[]'): logistic regression with 0/1 labels beside a design matrix.
            new ArrayCase("NbLogisticIntLabels", """
                [Differentiable("w", "b")]
                public static double NbLogisticIntLabels(double[] w, double b, double[,] X, int[] labels)
                {
                    double nll = 0;
                    int rows = X.GetLength(0), cols = X.GetLength(1);
                    for (int i = 0; i < rows; i++)
                    {
                        double z = b;
                        for (int j = 0; j < cols; j++) z += w[j] * X[i, j];
                        double p = 1 / (1 + Math.Exp(-z));
                        nll -= labels[i] == 1 ? Math.Log(p) : Math.Log(1 - p);
                    }

                    return nll / Math.Max(rows, 1);
                }
                """, (r, n) =>
                {
                    var x = new double[n, 3];
                    for (int i = 0; i < n; i++) { for (int j = 0; j < 3; j++) { x[i, j] = Uniform(r, -1, 1); } }
                    return new object[] { Vector(r, 3, -1, 1), Uniform(r, -1, 1), x, Labels(r, n, 2) };
                }),

            // Was DIFF006: a weighted cross-entropy that skips the ignored label -1 (continue) and reads a class weight table by label.
            new ArrayCase("NbWeightedCeIgnoreIndex", """
                private static readonly double[] NbClassWeights = { 1.0, 2.0, 0.5 };

                [Differentiable("p")]
                public static double NbWeightedCeIgnoreIndex(double[] p, int[] labels)
                {
                    double loss = 0;
                    for (int i = 0; i < labels.Length; i++)
                    {
                        int c = labels[i];
                        if (c < 0) continue;
                        loss -= NbClassWeights[c] * Math.Log(Math.Clamp(p[i], 1e-7, 1 - 1e-7));
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Vector(r, n, 0.05, 0.95), Enumerable.Range(0, n).Select(_ => r.Next(-1, 3)).ToArray() }),

            // Was DIFF006: a Poisson log-likelihood over counts, log k! summed by a loop bounded by the count.
            new ArrayCase("NbPoissonCounts", """
                [Differentiable("logRate")]
                public static double NbPoissonCounts(double logRate, int[] counts)
                {
                    double ll = 0;
                    double lambda = Math.Exp(logRate);
                    for (int i = 0; i < counts.Length; i++)
                    {
                        double logFact = 0;
                        for (int k = 2; k <= counts[i]; k++) logFact += Math.Log(k);
                        ll += counts[i] * logRate - lambda - logFact;
                    }

                    return ll;
                }
                """, (r, n) => new object[] { Uniform(r, -1, 2), Labels(r, n, 7) }),

            // Was DIFF006: batched softmax cross-entropy, the targets a ReadOnlySpan<int>, each row's logits at s * classes.
            new ArrayCase("NbBatchCrossEntropySpanTargets", """
                [Differentiable("logits")]
                public static double NbBatchCrossEntropySpanTargets(double[] logits, int classes, ReadOnlySpan<int> targets)
                {
                    double total = 0;
                    int n = targets.Length;
                    for (int s = 0; s < n; s++)
                    {
                        int off = s * classes;
                        double max = logits[off];
                        for (int c = 1; c < classes; c++) max = Math.Max(max, logits[off + c]);
                        double sum = 0;
                        for (int c = 0; c < classes; c++) sum += Math.Exp(logits[off + c] - max);
                        total += max + Math.Log(sum) - logits[off + targets[s]];
                    }

                    return total / Math.Max(n, 1);
                }
                """, (r, n) => new object[] { Vector(r, 3 * n, -2, 2), 3, Labels(r, n, 3) }),

            // Was DIFF006: a bag of words, foreach over the token ids, and a caller passing the same int[] on.
            new ArrayCase("NbBagOfWordsCaller", """
                [Differentiable("embedding")]
                public static double NbBagOfWords(double[] embedding, int[] tokens, double[] readout)
                {
                    double s = 0;
                    foreach (int t in tokens) s += embedding[t] * readout[t % readout.Length];
                    return Math.Tanh(s);
                }

                [Differentiable("embedding")]
                public static double NbBagOfWordsCaller(double[] embedding, int[] tokens, double[] readout) => 2 * NbBagOfWords(embedding, tokens, readout) + embedding[0] * tokens.Length;
                """, (r, n) => new object[] { Vector(r, 6, -1, 1), Labels(r, n, 6), Vector(r, 4, -1, 1) }),

            // Was DIFF015 (the integer expression '^1'): the last element read from the end, of an array, a local array it
            // writes, and an int[]; x[^i] walks backwards.
            new ArrayCase("NbIndexFromEnd", """
                [Differentiable("x")]
                public static double NbIndexFromEnd(double[] x, int[] order)
                {
                    var t = new double[x.Length];
                    t[^1] = x[0];
                    t[0] = x[^1] * 2;
                    double s = t[^1] * t[0] + x[order[^1]];
                    for (int i = 1; i <= x.Length; i++) s += x[^i] * i;
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Enumerable.Range(0, n).Reverse().ToArray() })
            {
                Sizes = ArrayCase.NonEmpty,
            },

            // Was DIFF010 (the construct 'x[^1]'): the same on a ReadOnlySpan, whose x[^1] is its indexer through Length.
            new ArrayCase("NbSpanIndexFromEnd", """
                [Differentiable]
                public static double NbSpanIndexFromEnd(ReadOnlySpan<double> x, double scale) => scale * x[^1] * x[0] + x[^x.Length];
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) })
            {
                Sizes = ArrayCase.NonEmpty,
            },
        };
    }
}
