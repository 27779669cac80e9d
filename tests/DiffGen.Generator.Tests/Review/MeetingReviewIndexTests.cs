using System;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using Xunit;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>
    /// The meeting review, integer data and computed indices inside loops: embedding lookups and flat matrices with the width a
    /// parameter, permutations and repeated indices written through and then read, reversed and stride-2 writes, two writes of
    /// one element in one iteration, pointer chasing through a next[] array, buffers reused across outer iterations (two levels,
    /// refilled only in part, by a count from data, backwards, every other element), rows of a flat matrix swapped through
    /// indices, ++ / -- / compound assignments through a gather, writes of ?: and switch through a gather, an index computed
    /// from a stopped element, a one-hot vector written and reset at a label, and a callee passed a local array of odd length.
    /// Central differences are the oracle, or derivatives by hand where a stop makes them none.
    /// </summary>
    public sealed class MeetingReviewIndexTests
    {
        /// <summary>n indices in [0, size), repeats likely.</summary>
        private static int[] Indices(Random r, int n, int size) => Enumerable.Range(0, n).Select(_ => size == 0 ? 0 : r.Next(size)).ToArray();

        private static ArrayCase Case(string name, string source, Func<Random, int, object[]> arguments, int[]? sizes = null) =>
            new ArrayCase(name, source, arguments) { Sizes = sizes ?? ArrayCase.WithEmpty };

        // An embedding lookup E[tokens[t]·d + j] with the width d a parameter, into a context buffer carried across tokens
        // (ctx[j] = ctx[j]/2 + E[...]) and a softplus of its dot product with v.
        [Fact]
        public void Embedding_lookup_into_a_carried_context() => MeetingReviewCheck.Fd(Case("MtgIdxEmbedding", """
            [Differentiable("E", "v")]
            public static double MtgIdxEmbedding(double[] E, double[] v, int[] tokens, int d)
            {
                double[] ctx = new double[d];
                double loss = 0;
                for (int t = 0; t < tokens.Length; t++)
                {
                    for (int j = 0; j < d; j++) ctx[j] = ctx[j] * 0.5 + E[tokens[t] * d + j];
                    double z = 0;
                    for (int j = 0; j < d; j++) z += v[j] * ctx[j];
                    loss += Math.Log(1 + Math.Exp(z));
                }
                return loss;
            }
            """, (r, n) => new object[] { Vector(r, 6, -1, 1), Vector(r, 2, -1, 1), Indices(r, n, 3), 2 }));

        // A flat matrix x[r·n + j] and weights w[j·n + k] with n a parameter, a hidden buffer of length n (from the parameter)
        // filled for every row and read by the row's output.
        [Fact]
        public void Flat_matrices_with_the_width_a_parameter() => MeetingReviewCheck.Fd(Case("MtgIdxFlatMatrix", """
            [Differentiable("w", "v")]
            public static double MtgIdxFlatMatrix(double[] w, double[] v, double[] x, int n)
            {
                int m = x.Length / n;
                double[] h = new double[n];
                double s = 0;
                for (int r = 0; r < m; r++)
                {
                    for (int j = 0; j < n; j++)
                    {
                        double a = 0;
                        for (int k = 0; k < n; k++) a += w[j * n + k] * x[r * n + k];
                        h[j] = Math.Tanh(a);
                    }
                    double o = 0;
                    for (int j = 0; j < n; j++) o += v[j] * h[j];
                    s += o * o;
                }
                return s;
            }
            """, (r, n) => new object[] { Vector(r, 9, -1, 1), Vector(r, 3, -1, 1), Vector(r, 3 * n, -1, 1), 3 }));

        // Written through an index array (a permutation, or with repeats: the last writer wins), then updated in place through
        // it while reading the element at the counter: u[perm[i]] = tanh(w[i]); u[perm[i]] = u[perm[i]]·u[i] + w[i].
        [Fact]
        public void Written_through_indices_then_in_place_through_them() => MeetingReviewCheck.Fd(Case("MtgIdxPermutationInPlace", """
            [Differentiable("w")]
            public static double MtgIdxPermutationInPlace(double[] w, int[] perm)
            {
                double[] u = new double[w.Length];
                for (int i = 0; i < w.Length; i++) u[perm[i]] = Math.Tanh(w[i]);
                for (int i = 0; i < w.Length; i++) u[perm[i]] = u[perm[i]] * u[i] + w[i];
                double s = 0;
                for (int i = 0; i < u.Length; i++) s += u[i] * u[i] * (i + 1);
                return s;
            }
            """, (r, n) => new object[] { Vector(r, n, -1, 1), r.Next(2) == 0 ? Enumerable.Range(0, n).OrderBy(_ => r.Next()).ToArray() : Indices(r, n, n) }));

        // An element read before and after its overwrite in one iteration, through a gather with repeats:
        // old = u[idx[i]]; u[idx[i]] = old·w[i] + 1; s += old·u[idx[i]].
        [Fact]
        public void Gathered_element_read_before_and_after_its_overwrite() => MeetingReviewCheck.Fd(Case("MtgIdxReadAroundOverwrite", """
            [Differentiable("w")]
            public static double MtgIdxReadAroundOverwrite(double[] w, int[] idx)
            {
                double[] u = new double[w.Length];
                for (int i = 0; i < u.Length; i++) u[i] = 1 + 0.1 * i;
                double s = 0;
                for (int i = 0; i < idx.Length; i++)
                {
                    double old = u[idx[i]];
                    u[idx[i]] = old * w[i] + 1;
                    s += old * u[idx[i]];
                }
                return s;
            }
            """, (r, n) => new object[] { Vector(r, n, -1, 1), Indices(r, n, n) }));

        // Written backwards at n − 1 − i from the element the previous iteration wrote (u[n − 2 − i]), then taken in pairs with
        // a stride of 2 (u[i] from u[i + 1], then u[i + 1] from the new u[i]).
        [Fact]
        public void Reversed_writes_then_stride_two_pairs() => MeetingReviewCheck.Fd(Case("MtgIdxReversedStride", """
            [Differentiable]
            public static double MtgIdxReversedStride(double[] w)
            {
                int n = w.Length;
                double[] u = new double[n];
                for (int i = n - 1; i >= 0; i--) u[n - 1 - i] = w[i] * (i + 1) + (i + 1 < n ? u[n - 2 - i] * w[i] : 0);
                for (int i = 0; i + 1 < n; i += 2) { u[i] = u[i + 1] * u[i]; u[i + 1] = Math.Cos(u[i]); }
                double s = 0;
                for (int i = 0; i < n; i++) s += u[i] * w[i];
                return s;
            }
            """, (r, n) => new object[] { Vector(r, n, -1, 1) }));

        // Two writes of one element in one iteration with a read between them and after them, then the element read mirrored.
        [Fact]
        public void Two_writes_of_one_element_in_one_iteration() => MeetingReviewCheck.Fd(Case("MtgIdxTwoWrites", """
            [Differentiable]
            public static double MtgIdxTwoWrites(double[] w)
            {
                double[] u = new double[w.Length];
                double s = 0;
                for (int i = 0; i < w.Length; i++)
                {
                    u[i] = w[i] * 2;
                    s += u[i] * w[i];
                    u[i] = u[i] * u[i] + w[i];
                    s += Math.Sin(u[i]);
                }
                for (int i = 0; i < w.Length; i++) s += u[i] * u[w.Length - 1 - i];
                return s;
            }
            """, (r, n) => new object[] { Vector(r, n, -1, 1) }));

        // Pointer chasing: a while loop follows next[k] (−1 ends it; a step limit ends a cycle), updating u[k] in place from
        // the element the link names.
        [Fact]
        public void Pointer_chasing_through_a_next_array() => MeetingReviewCheck.Fd(Case("MtgIdxPointerChase", """
            [Differentiable("w")]
            public static double MtgIdxPointerChase(double[] w, int[] next)
            {
                double[] u = new double[w.Length];
                for (int i = 0; i < w.Length; i++) u[i] = w[i];
                int k = 0;
                double s = 0;
                int steps = 0;
                while (k >= 0 && steps < 2 * w.Length)
                {
                    u[k] = u[k] * 0.5 + Math.Sin(u[next[k] < 0 ? k : next[k]]);
                    s += u[k] * w[k];
                    k = next[k];
                    steps++;
                }
                return s;
            }
            """, (r, n) => new object[] { Vector(r, n, -1, 1), Enumerable.Range(0, n).Select(_ => r.Next(n + 1) - 1).ToArray() }, ArrayCase.NonEmpty));

        // Two buffers of length n (a parameter) reused across the outer loop: h1 from h2 of the previous step, h2 updated in
        // place from h1 and its own old value.
        [Fact]
        public void Two_level_buffers_reused_across_outer_iterations() => MeetingReviewCheck.Fd(Case("MtgIdxTwoBuffers", """
            [Differentiable("w")]
            public static double MtgIdxTwoBuffers(double[] w, double[] x, int n)
            {
                double[] h1 = new double[n];
                double[] h2 = new double[n];
                double s = 0;
                for (int t = 0; t < x.Length; t++)
                {
                    for (int j = 0; j < n; j++) h1[j] = Math.Tanh(w[j] * x[t] + h2[j]);
                    for (int j = 0; j < n; j++) h2[j] = h1[j] * h1[(j + 1) % n] + h2[j] * 0.5;
                    s += h2[0] * w[n];
                }
                return s;
            }
            """, (r, n) => new object[] { Vector(r, 4, -1, 1), Vector(r, n, -1, 1), 3 }));

        // A buffer refilled only in part each step, by a count from data (lens[t] may be 0 or all of it), and read whole: the
        // elements not refilled hold an earlier step's values, so the buffer is not one the step fills anew.
        [Fact]
        public void Buffer_refilled_in_part_by_a_count_from_data() => MeetingReviewCheck.Fd(Case("MtgIdxPartialRefill", """
            [Differentiable("w", "v")]
            public static double MtgIdxPartialRefill(double[] w, double[] v, double[] x, int[] lens)
            {
                int n = v.Length;
                double[] h = new double[n];
                double s = 0;
                for (int t = 0; t < x.Length; t++)
                {
                    int m = lens[t];
                    for (int j = 0; j < m; j++) h[j] = Math.Tanh(w[j] * x[t]);
                    for (int j = 0; j < n; j++) s += h[j] * v[j];
                }
                return s;
            }
            """, (r, n) => new object[] { Vector(r, 3, -1, 1), Vector(r, 3, -1, 1), Vector(r, n, -1, 1), Indices(r, n, 4) }));

        // The same refilled backwards from the end down to a bound from data, and every other element (from t mod 2), with
        // a second buffer made anew inside the loop and filled in part.
        [Fact]
        public void Buffer_refilled_backwards_by_halves_and_through_a_new_inner_array() => MeetingReviewCheck.Fd(Case("MtgIdxPartialRefillShapes", """
            [Differentiable("w", "v")]
            public static double MtgIdxPartialRefillShapes(double[] w, double[] v, double[] x, int[] lens)
            {
                int n = v.Length;
                double[] h = new double[n];
                double[] g = new double[n];
                double s = 0;
                for (int t = 0; t < x.Length; t++)
                {
                    for (int j = n - 1; j >= lens[t]; j--) h[j] = Math.Sin(w[j] * x[t]) + v[j];
                    for (int j = t % 2; j < n; j += 2) g[j] = Math.Tanh(w[j] * x[t] + g[j]);
                    double[] z = new double[n];
                    for (int j = 0; j < lens[t]; j++) z[j] = w[j] * x[t];
                    double a = 0;
                    for (int j = 0; j < n; j++) a += h[j] * w[j] + g[j] * z[j] * v[j];
                    s += a * a;
                }
                return s;
            }
            """, (r, n) => new object[] { Vector(r, 3, -1, 1), Vector(r, 3, -1, 1), Vector(r, n, -1, 1), Indices(r, n, 4) }));

        // Rows of a flat n×n matrix swapped through indices from data, the swap scaling one side (a three-statement swap
        // through a scalar, in a loop over the row).
        [Fact]
        public void Rows_of_a_flat_matrix_swapped_through_data_indices() => MeetingReviewCheck.Fd(Case("MtgIdxRowSwap", """
            [Differentiable("w")]
            public static double MtgIdxRowSwap(double[] w, int[] idx, int n)
            {
                double[] m = new double[n * n];
                for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) m[i * n + j] = w[(i * n + j) % w.Length] * (i == j ? 2 : 0.5);
                for (int k = 0; k < idx.Length; k++)
                {
                    int a = idx[k] % n, b = idx[(k + 1) % idx.Length] % n;
                    for (int j = 0; j < n; j++) { double t = m[a * n + j]; m[a * n + j] = m[b * n + j]; m[b * n + j] = t * w[k % w.Length]; }
                }
                double s = 0;
                for (int i = 0; i < n * n; i++) s += m[i] * m[i] * (i + 1);
                return s;
            }
            """, (r, n) => new object[] { Vector(r, Math.Max(n, 1), -1, 1), Indices(r, n, 5), 3 }));

        // ++, --, -= and *= on elements reached through a ReadOnlySpan<int> of indices (one from the end), then read by foreach.
        [Fact]
        public void Increments_and_compound_assignments_through_a_gather() => MeetingReviewCheck.Fd(Case("MtgIdxCompound", """
            [Differentiable("w")]
            public static double MtgIdxCompound(double[] w, ReadOnlySpan<int> idx)
            {
                double[] u = new double[w.Length];
                for (int i = 0; i < idx.Length; i++) { u[idx[i]]++; u[idx[i]] -= w[i] * w[i]; --u[idx[^(i + 1)]]; u[idx[i]] *= 1.5; }
                double s = 0;
                foreach (double q in u) s += q * q;
                return s;
            }
            """, (r, n) => new object[] { Vector(r, n, -1, 1), Indices(r, n, n) }));

        // Writes of a ?: and of a switch expression through a gather, each reading the element it overwrites.
        [Fact]
        public void Choices_written_through_a_gather() => MeetingReviewCheck.Fd(Case("MtgIdxChoiceWrites", """
            [Differentiable("w")]
            public static double MtgIdxChoiceWrites(double[] w, int[] idx)
            {
                double[] u = new double[w.Length];
                for (int i = 0; i < w.Length; i++) u[i] = w[i];
                for (int i = 0; i < idx.Length; i++) u[idx[i]] = u[idx[i]] > 0 ? u[idx[i]] * w[i] : Math.Exp(u[idx[i]]);
                for (int i = 0; i < idx.Length; i++) u[idx[i]] = idx[i] switch { 0 => u[idx[i]] * 2, _ => u[idx[i]] + w[0] };
                double s = 0;
                for (int i = 0; i < u.Length; i++) s += u[i] * u[i];
                return s;
            }
            """, (r, n) => new object[] { AwayFromZero(r, n, 0.2, 1), Indices(r, n, n) }));

        // An index computed from a stopped element of a local array: k = ⌊|u[idx[i]]|·n⌋ mod n, then s += u[k]·w[i] with
        // u[k] = sin(w[k]). By hand: ∂F/∂w[i] gets u[k_i], and w[k_i] gets w[i]·cos(w[k_i]).
        [Fact]
        public void Index_computed_from_a_stopped_element() => MeetingReviewCheck.ByHand(
            Case("MtgIdxStoppedIndex", """
                [Differentiable("w")]
                public static double MtgIdxStoppedIndex(double[] w, int[] idx)
                {
                    double[] u = new double[w.Length];
                    for (int i = 0; i < w.Length; i++) u[i] = Math.Sin(w[i]);
                    double s = 0;
                    for (int i = 0; i < idx.Length; i++)
                    {
                        int k = (int)Gradient.Stop(Math.Floor(Math.Abs(u[idx[i]]) * w.Length)) % w.Length;
                        s += u[k] * w[i];
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1.5, 1.5), Indices(r, n, n) }),
            a =>
            {
                var w = (double[])a[0];
                var idx = (int[])a[1];
                var d = new double[w.Length];
                for (int i = 0; i < idx.Length; i++)
                {
                    int k = (int)Math.Floor(Math.Abs(Math.Sin(w[idx[i]])) * w.Length) % w.Length;
                    d[i] += Math.Sin(w[k]);
                    d[k] += w[i] * Math.Cos(w[k]);
                }

                return new object[] { d };
            });

        // A one-hot vector written at a label (onehot[labels[s]] = 1), read by the cross-entropy, and reset (= 0) before the next
        // sample: constant writes at data indices around the reads.
        [Fact]
        public void One_hot_written_and_reset_at_a_label() => MeetingReviewCheck.Fd(Case("MtgIdxOneHot", """
            [Differentiable("W")]
            public static double MtgIdxOneHot(double[] W, double[] X, int[] labels, int d)
            {
                int k = W.Length / d;
                double[] onehot = new double[k];
                double[] z = new double[k];
                double loss = 0;
                for (int s = 0; s < labels.Length; s++)
                {
                    onehot[labels[s]] = 1;
                    double sum = 0;
                    for (int c = 0; c < k; c++)
                    {
                        double a = 0;
                        for (int j = 0; j < d; j++) a += W[c * d + j] * X[s * d + j];
                        z[c] = a;
                        sum += Math.Exp(a);
                    }
                    for (int c = 0; c < k; c++) loss -= onehot[c] * (z[c] - Math.Log(sum));
                    onehot[labels[s]] = 0;
                }
                return loss;
            }
            """, (r, n) => new object[] { Vector(r, 6, -1, 1), Vector(r, 2 * n, -1, 1), Indices(r, n, 3), 2 }));

        // A [Differentiable] callee passed a local array of odd length (w.Length + 2) in each iteration: its gradient writes into
        // a pooled array longer than the argument, which the caller must slice.
        [Fact]
        public void Callee_passed_a_local_array_of_odd_length_in_a_loop() => MeetingReviewCheck.Fd(Case("MtgIdxCalleeOddLength", """
            [Differentiable] public static double L2(double[] a, double b) { double s = 0; for (int k = 0; k < a.Length; k++) s += a[k] * a[k] * b; return s; }
            [Differentiable]
            public static double MtgIdxCalleeOddLength(double[] w, double y)
            {
                double[] u = new double[w.Length + 2];
                double s = 0;
                for (int i = 0; i < w.Length; i++)
                {
                    u[i] = w[i] * y;
                    u[i + 1] = Math.Sin(w[i]);
                    u[i + 2] = y;
                    s += L2(u, w[i]) * 0.1;
                }
                return s;
            }
            """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }));

        // Counts from int data as inner bounds, with a gather and an in-place update of the element the bound reaches.
        [Fact]
        public void Counts_from_data_as_inner_bounds_with_in_place_updates() => MeetingReviewCheck.Fd(Case("MtgIdxCountBounds", """
            [Differentiable("w")]
            public static double MtgIdxCountBounds(double[] w, int[] counts)
            {
                double[] u = new double[w.Length + 1];
                for (int i = 0; i < w.Length; i++) u[i] = w[i];
                double s = 0;
                for (int i = 0; i < counts.Length; i++)
                {
                    for (int k = 0; k < counts[i]; k++) u[k] = u[k] * w[i] + 0.1;
                    s += u[counts[i]] * w[counts[i] % w.Length];
                }
                return s;
            }
            """, (r, n) => new object[] { Vector(r, n, -1, 1), Indices(r, n, n + 1) }, ArrayCase.NonEmpty));
    }
}
