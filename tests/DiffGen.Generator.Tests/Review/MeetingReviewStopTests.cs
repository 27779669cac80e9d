using System;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using Xunit;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>
    /// The meeting review, Gradient.Stop inside loops and arrays: stopped loop-carried values (a product on a tape, a running
    /// sum read through an index, a carried value in a while loop left on data), stopped elements (a scatter's target with
    /// repeated indices, a gather, a buffer reused across outer iterations, an element read before and after its overwrite), a
    /// stopped custom call, a stop inside a local function, and a stopped running maximum in a log-sum-exp. Where the stop
    /// changes the derivative, the expected gradient is worked by hand (forward mode written out beside the case); where it
    /// only shifts a value the result does not depend on (the log-sum-exp's maximum), central differences remain the oracle.
    /// </summary>
    public sealed class MeetingReviewStopTests
    {
        private static int[] Indices(Random r, int n, int size) => Enumerable.Range(0, n).Select(_ => size == 0 ? 0 : r.Next(size)).ToArray();

        private static ArrayCase Case(string name, string source, Func<Random, int, object[]> arguments, int[]? sizes = null) =>
            new ArrayCase(name, source, arguments) { Sizes = sizes ?? ArrayCase.WithEmpty };

        // p ← stop(p)·w[i] + 0.5·p from p = y; F = p·y. dp ← p·dw[i] + 0.5·dp, so ∂p_n/∂w[j] = p_j·0.5^(n−1−j) (p_j the value
        // iteration j began with) and ∂p_n/∂y = 0.5^n: ∂F/∂w[j] = y·p_j·0.5^(n−1−j), ∂F/∂y = p_n + y·0.5^n. The carried value
        // goes on a tape; the reverse sweep must read each iteration's own p for the stopped factor.
        [Fact]
        public void Stopped_carried_product() => MeetingReviewCheck.ByHand(
            Case("MtgStopCarriedProduct", """
                [Differentiable]
                public static double MtgStopCarriedProduct(double[] w, double y)
                {
                    double p = y;
                    for (int i = 0; i < w.Length; i++) p = Gradient.Stop(p) * w[i] + p * 0.5;
                    return p * y;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, 0.5, 1.5) }),
            a => CarriedProduct(((double[])a[0]).Select(v => v).ToArray(), Convert.ToDouble(a[1])));

        // The float twin: the same derivatives, the method computing in float.
        [Fact]
        public void Stopped_carried_product_float() => MeetingReviewCheck.ByHand(
            Case("MtgStopCarriedProductF", """
                [Differentiable]
                public static float MtgStopCarriedProductF(float[] w, float y)
                {
                    float p = y;
                    for (int i = 0; i < w.Length; i++) p = Gradient.Stop(p) * w[i] + p * 0.5f;
                    return p * y;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, 0.5, 1.5) }),
            a => CarriedProduct(((float[])a[0]).Select(v => (double)v).ToArray(), Convert.ToDouble(a[1])));

        private static object[] CarriedProduct(double[] w, double y)
        {
            int n = w.Length;
            var begins = new double[n];
            double p = y;
            for (int i = 0; i < n; i++)
            {
                begins[i] = p;
                p = (p * w[i]) + (p * 0.5);
            }

            return new object[] { Enumerable.Range(0, n).Select(j => y * begins[j] * Math.Pow(0.5, n - 1 - j)).ToArray(), p + (y * Math.Pow(0.5, n)) };
        }

        // A scatter whose target is stopped, with repeated indices: u[idx[i]] = stop(u[idx[i]])·0.5 + w[i]² + 0.3, then
        // F = Σ u[k]². Only the last write to each element reaches F with a derivative: ∂F/∂w[i] = 4·u[idx[i]]·w[i] when i
        // is the last i writing idx[i], else 0 (its value reaches F only through a stop).
        [Fact]
        public void Stopped_scatter_target_with_repeated_indices() => MeetingReviewCheck.ByHand(
            Case("MtgStopScatterTarget", """
                [Differentiable("w")]
                public static double MtgStopScatterTarget(double[] w, int[] idx)
                {
                    double[] u = new double[w.Length];
                    for (int i = 0; i < idx.Length; i++) u[idx[i]] = Gradient.Stop(u[idx[i]]) * 0.5 + w[i] * w[i] + 0.3;
                    double s = 0;
                    for (int k = 0; k < u.Length; k++) s += u[k] * u[k];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Indices(r, n, n) }),
            a =>
            {
                var w = (double[])a[0];
                var idx = (int[])a[1];
                var u = new double[w.Length];
                var last = Enumerable.Repeat(-1, w.Length).ToArray();
                for (int i = 0; i < idx.Length; i++)
                {
                    u[idx[i]] = (u[idx[i]] * 0.5) + (w[i] * w[i]) + 0.3;
                    last[idx[i]] = i;
                }

                return new object[] { Enumerable.Range(0, w.Length).Select(i => last[idx[i]] == i ? 4 * u[idx[i]] * w[i] : 0).ToArray() };
            });

        // A stopped gather beside an unstopped one, and the running sum stopped: s += stop(w[idx[i]])·w[i] + stop(s)·w[idx[i]].
        // ∂F/∂w[i] gets w[idx[i]] from the first term, and w[idx[i]] collects the sum s had as iteration i began.
        [Fact]
        public void Stopped_gather_and_stopped_running_sum() => MeetingReviewCheck.ByHand(
            Case("MtgStopGather", """
                [Differentiable("w")]
                public static double MtgStopGather(double[] w, int[] idx)
                {
                    double s = 0;
                    for (int i = 0; i < idx.Length; i++) s += Gradient.Stop(w[idx[i]]) * w[i] + Gradient.Stop(s) * w[idx[i]];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Indices(r, n, n) }),
            a =>
            {
                var w = (double[])a[0];
                var idx = (int[])a[1];
                var d = new double[w.Length];
                double s = 0;
                for (int i = 0; i < idx.Length; i++)
                {
                    d[i] += w[idx[i]];
                    d[idx[i]] += s;
                    s += (w[idx[i]] * w[i]) + (s * w[idx[i]]);
                }

                return new object[] { d };
            });

        // A buffer reused across the outer loop, each element updated in place from its stopped old value:
        // u[j] = stop(u[j])·x[t] + w[j]·y, and s += u[j]² after each update. Each u[j] carries dw[j]·y + w[j]·dy and nothing
        // from its past: ∂F/∂w[j] = Σ_t 2·u_t[j]·y, ∂F/∂y = Σ_t Σ_j 2·u_t[j]·w[j].
        [Fact]
        public void Stopped_element_of_a_buffer_reused_across_outer_iterations() => MeetingReviewCheck.ByHand(
            Case("MtgStopReusedBuffer", """
                [Differentiable("w", "y")]
                public static double MtgStopReusedBuffer(double[] w, double y, double[] x)
                {
                    double[] u = new double[w.Length];
                    double s = 0;
                    for (int t = 0; t < x.Length; t++)
                    {
                        for (int j = 0; j < u.Length; j++)
                        {
                            u[j] = Gradient.Stop(u[j]) * x[t] + w[j] * y;
                            s += u[j] * u[j];
                        }
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1), Vector(r, 3, -1, 1) }),
            a =>
            {
                var w = (double[])a[0];
                double y = (double)a[1];
                var x = (double[])a[2];
                var u = new double[w.Length];
                var dW = new double[w.Length];
                double dY = 0;
                for (int t = 0; t < x.Length; t++)
                {
                    for (int j = 0; j < u.Length; j++)
                    {
                        u[j] = (u[j] * x[t]) + (w[j] * y);
                        dW[j] += 2 * u[j] * y;
                        dY += 2 * u[j] * w[j];
                    }
                }

                return new object[] { dW, dY };
            });

        // A running sum read, stopped, into an index: k = ⌊3·|s|⌋ mod x.Length chooses the data element each iteration
        // multiplies by, and s += w[i] carries on. ∂F/∂w[i] = 2·w[i]·x[k_i] + 1 with k_i from the sum as iteration i began:
        // the reverse sweep must compute k_i from that sum, not the final one.
        [Fact]
        public void Stopped_running_sum_read_as_an_index() => MeetingReviewCheck.ByHand(
            Case("MtgStopSumAsIndex", """
                [Differentiable("w")]
                public static double MtgStopSumAsIndex(double[] w, double[] x)
                {
                    double s = 0, t = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        int k = (int)Gradient.Stop(Math.Floor(Math.Abs(s) * 3)) % x.Length;
                        t += w[i] * x[k] * w[i];
                        s += w[i];
                    }
                    return t + s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Vector(r, 4, -1, 1) }),
            a =>
            {
                var w = (double[])a[0];
                var x = (double[])a[1];
                var d = new double[w.Length];
                double s = 0;
                for (int i = 0; i < w.Length; i++)
                {
                    int k = (int)Math.Floor(Math.Abs(s) * 3) % x.Length;
                    d[i] = (2 * w[i] * x[k]) + 1;
                    s += w[i];
                }

                return new object[] { d };
            });

        // A custom derivative's value used stopped and unstopped in the two arms of an if: h = H(w[i]);
        // x[i] > 0: s += h², else s += stop(h)·w[i]. ∂F/∂w[i] = 2·h·H′(w[i]) or h.
        [Fact]
        public void Stopped_custom_call_in_one_arm() => MeetingReviewCheck.ByHand(
            Case("MtgStopCustomArm", MeetingReviewCustomTests.Originals + """
                [Differentiable("w")]
                public static double MtgStopCustomArm(double[] w, double[] x)
                {
                    double s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        double h = H(w[i]);
                        if (x[i] > 0) s += h * h; else s += Gradient.Stop(h) * w[i];
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1.5, 1.5), AwayFromZero(r, n, 0.2, 1) }),
            a =>
            {
                var w = (double[])a[0];
                var x = (double[])a[1];
                return new object[] { Enumerable.Range(0, w.Length).Select(i => x[i] > 0 ? 2 * H(w[i]) * HPrime(w[i]) : H(w[i])).ToArray() };
            });

        internal static double H(double x) => Math.Sin(x) * x;

        internal static double HPrime(double x) => (Math.Cos(x) * x) + Math.Sin(x);

        // A local function that stops its argument, applied in place: u[i] = L(u[i])·w[i] with L(q) = q·stop(q) + 0.5, from
        // u[i] = w[i]·y. du = (u·du)·w + L(u)·dw: ∂u'/∂w[i] = u·y·w + L(u) (u = w[i]·y), ∂u'/∂y = u·w[i]·w[i]; F = Σ u'[i]².
        [Fact]
        public void Stop_inside_a_local_function_applied_in_place() => MeetingReviewCheck.ByHand(
            Case("MtgStopLocalFunction", """
                [Differentiable]
                public static double MtgStopLocalFunction(double[] w, double y)
                {
                    double[] u = new double[w.Length];
                    for (int i = 0; i < w.Length; i++) u[i] = w[i] * y;
                    for (int i = 0; i < u.Length; i++)
                    {
                        double L(double q) => q * Gradient.Stop(q) + 0.5;
                        u[i] = L(u[i]) * w[i];
                    }
                    double s = 0;
                    foreach (double v in u) s += v * v;
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, 0.5, 1.5) }),
            a =>
            {
                var w = (double[])a[0];
                double y = (double)a[1];
                var dW = new double[w.Length];
                double dY = 0;
                for (int i = 0; i < w.Length; i++)
                {
                    double u = w[i] * y;
                    double l = (u * u) + 0.5;
                    double v = l * w[i];
                    dW[i] = 2 * v * ((u * y * w[i]) + l);
                    dY += 2 * v * u * w[i] * w[i];
                }

                return new object[] { dW, dY };
            });

        // A carried value stopped in a while loop that leaves on data (idx[k] == 0): h ← stop(h)·w[k] + h·y from h = y, so
        // dh ← h·dw[k] + y·dh + h·dy. The loop's counters and h are on tapes; the reverse sweep must stop where the forward one did.
        [Fact]
        public void Stopped_carried_value_in_a_while_loop_left_on_data() => MeetingReviewCheck.ByHand(
            Case("MtgStopWhileOnData", """
                [Differentiable("w", "y")]
                public static double MtgStopWhileOnData(double[] w, double y, int[] idx)
                {
                    double h = y;
                    int k = 0;
                    while (k < w.Length && idx[k] != 0)
                    {
                        h = Gradient.Stop(h) * w[k] + h * y;
                        k++;
                    }
                    return h * h;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, 0.4, 0.9), Indices(r, n, 4) }),
            a =>
            {
                var w = (double[])a[0];
                double y = (double)a[1];
                var idx = (int[])a[2];
                double h = y, dy = 1;
                var dw = new double[w.Length];
                int k = 0;
                while (k < w.Length && idx[k] != 0)
                {
                    for (int j = 0; j < w.Length; j++)
                    {
                        dw[j] *= y;
                    }

                    dw[k] += h;
                    dy = (y * dy) + h;
                    h = (h * w[k]) + (h * y);
                    k++;
                }

                return new object[] { dw.Select(v => 2 * h * v).ToArray(), 2 * h * dy };
            });

        // An element stopped when it is read, then overwritten and read again in the same iteration:
        // old = stop(u[i]); u[i] = old·w[i] + u[i]; s += old·u[i]. With u[i] = w[i]² first: ∂u'/∂w[i] = old + 2·w[i],
        // ∂F/∂w[i] = old·(old + 2·w[i]).
        [Fact]
        public void Stopped_element_read_before_and_after_its_overwrite() => MeetingReviewCheck.ByHand(
            Case("MtgStopReadAroundOverwrite", """
                [Differentiable]
                public static double MtgStopReadAroundOverwrite(double[] w)
                {
                    double[] u = new double[w.Length];
                    for (int i = 0; i < w.Length; i++) u[i] = w[i] * w[i];
                    double s = 0;
                    for (int i = 0; i < u.Length; i++)
                    {
                        double old = Gradient.Stop(u[i]);
                        u[i] = old * w[i] + u[i];
                        s += old * u[i];
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1.2, 1.2) }),
            a =>
            {
                var w = (double[])a[0];
                return new object[] { w.Select(v => v * v * ((v * v) + (2 * v))).ToArray() };
            });

        // Softmax cross-entropy over a flat weight matrix W[c·d + j], labels as int[] (a one-hot read, logits[labels[s]]), the
        // row maximum a running maximum, stopped before the log-sum-exp. The stop shifts a value the result does not depend on,
        // so the gradient is the full one: central differences are the oracle.
        private static readonly ArrayCase SoftmaxMax = new ArrayCase("MtgStopSoftmaxMax", """
            [Differentiable("W")]
            public static double MtgStopSoftmaxMax(double[] W, double[] X, int[] labels, int d)
            {
                int k = W.Length / d;
                double[] logits = new double[k];
                double nll = 0;
                for (int s = 0; s < labels.Length; s++)
                {
                    for (int c = 0; c < k; c++)
                    {
                        double z = 0;
                        for (int j = 0; j < d; j++) z += W[c * d + j] * X[s * d + j];
                        logits[c] = z;
                    }
                    double m = logits[0];
                    for (int c = 1; c < k; c++) m = Math.Max(m, logits[c]);
                    m = Gradient.Stop(m);
                    double sum = 0;
                    for (int c = 0; c < k; c++) sum += Math.Exp(logits[c] - m);
                    nll += Math.Log(sum) + m - logits[labels[s]];
                }
                return nll;
            }
            """, (r, n) => new object[] { Vector(r, 6, -1, 1), Vector(r, 2 * n, -2, 2), Indices(r, n, 3), 2 });

        [Fact]
        public void Stopped_running_maximum_in_a_softmax_with_labels() => MeetingReviewCheck.Fd(SoftmaxMax);

        // The float twin, with MathF: the double case is its oracle.
        [Fact]
        public void Stopped_running_maximum_in_a_softmax_with_labels_float() => MeetingReviewCheck.Fd(
            MeetingReviewCheck.FloatTwin("MtgStopSoftmaxMaxF", SoftmaxMax, """
                [Differentiable("W")]
                public static float MtgStopSoftmaxMaxF(float[] W, float[] X, int[] labels, int d)
                {
                    int k = W.Length / d;
                    float[] logits = new float[k];
                    float nll = 0;
                    for (int s = 0; s < labels.Length; s++)
                    {
                        for (int c = 0; c < k; c++)
                        {
                            float z = 0;
                            for (int j = 0; j < d; j++) z += W[c * d + j] * X[s * d + j];
                            logits[c] = z;
                        }
                        float m = logits[0];
                        for (int c = 1; c < k; c++) m = MathF.Max(m, logits[c]);
                        m = Gradient.Stop(m);
                        float sum = 0;
                        for (int c = 0; c < k; c++) sum += MathF.Exp(logits[c] - m);
                        nll += MathF.Log(sum) + m - logits[labels[s]];
                    }
                    return nll;
                }
                """),
            SoftmaxMax);
    }
}
