using System;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>Masked attention and masked softmax: masked scores written as −∞, by a choice or an if, with a scale or a temperature.</content>
    public sealed partial class InfinitySweep26Tests
    {
        private static object[] ScoresMaskValues(Random r, int n) => new object[] { Vector(r, n), Mask(r, n), Vector(r, n), Uniform(r, 0.3, 2) };

        private static readonly ArrayCase[] AttentionCases =
        {
            // The masked score chosen by ?: inside the scale, the running maximum from −∞, a stable softmax.
            C("I26MaskedSoftmaxTernary", """
                [Differentiable("q", "v", "scale")] public static double I26MaskedSoftmaxTernary(double[] q, double[] mask, double[] v, double scale) {
                    int n = q.Length; double[] s = new double[n];
                    double mx = double.NegativeInfinity;
                    for (int i = 0; i < n; i++) {
                        s[i] = mask[i] > 0 ? scale * q[i] : double.NegativeInfinity;
                        mx = Math.Max(mx, s[i]);
                    }
                    double z = 0, acc = 0;
                    for (int i = 0; i < n; i++) { double e = Math.Exp(s[i] - mx); z += e; acc += e * v[i]; }
                    return acc / z; }
                """, ScoresMaskValues),

            // The same with an if, the maximum by a comparison.
            C("I26MaskedSoftmaxIf", """
                [Differentiable("q", "v", "scale")] public static double I26MaskedSoftmaxIf(double[] q, double[] mask, double[] v, double scale) {
                    int n = q.Length; double[] s = new double[n];
                    double mx = double.NegativeInfinity;
                    for (int i = 0; i < n; i++) {
                        if (mask[i] == 0) s[i] = double.NegativeInfinity;
                        else s[i] = q[i] * scale;
                        if (s[i] > mx) mx = s[i];
                    }
                    double z = 0, acc = 0;
                    for (int i = 0; i < n; i++) { double e = Math.Exp(s[i] - mx); z += e; acc += e * v[i]; }
                    return acc / z; }
                """, ScoresMaskValues),

            // The scale outside the choice: scale · (−∞) is −∞ whatever the scale. WRONG (gap A): dScale NaN, the choice inside the
            // product is not tested (the same with the choice in a local of its own, I26CausalScaleOutside, is right).
            C("I26MaskedSoftmaxScaleOutside", """
                [Differentiable("q", "v", "scale")] public static double I26MaskedSoftmaxScaleOutside(double[] q, double[] mask, double[] v, double scale) {
                    int n = q.Length; double[] s = new double[n];
                    double mx = double.NegativeInfinity;
                    for (int i = 0; i < n; i++) {
                        s[i] = scale * (mask[i] > 0 ? q[i] : double.NegativeInfinity);
                        mx = Math.Max(mx, s[i]);
                    }
                    double z = 0, acc = 0;
                    for (int i = 0; i < n; i++) { double e = Math.Exp(s[i] - mx); z += e; acc += e * v[i]; }
                    return acc / z; }
                """, ScoresMaskValues),

            // A temperature dividing the masked score after the choice.
            C("I26MaskedSoftmaxTemperature", """
                [Differentiable("q", "v", "t")] public static double I26MaskedSoftmaxTemperature(double[] q, double[] mask, double[] v, double t) {
                    int n = q.Length; double[] s = new double[n];
                    double mx = double.NegativeInfinity;
                    for (int i = 0; i < n; i++) {
                        double raw = mask[i] > 0 ? q[i] : double.NegativeInfinity;
                        s[i] = raw / t;
                        mx = Math.Max(mx, s[i]);
                    }
                    double z = 0, acc = 0;
                    for (int i = 0; i < n; i++) { double e = Math.Exp(s[i] - mx); z += e; acc += e * v[i]; }
                    return acc / z; }
                """, ScoresMaskValues),

            // The additive mask kept in a local array (0 or −∞), added to the score, the sum divided by a temperature. WRONG (gap A):
            // dT NaN, the sum inside the quotient is not tested (the sum in a local first, as I26BoltzmannInfeasible does, is right).
            C("I26AdditiveMaskTemperature", """
                [Differentiable("q", "v", "t")] public static double I26AdditiveMaskTemperature(double[] q, double[] mask, double[] v, double t) {
                    int n = q.Length; double[] bias = new double[n]; double[] s = new double[n];
                    for (int i = 0; i < n; i++) bias[i] = mask[i] > 0 ? 0 : double.NegativeInfinity;
                    double mx = double.NegativeInfinity;
                    for (int i = 0; i < n; i++) { s[i] = (q[i] + bias[i]) / t; mx = Math.Max(mx, s[i]); }
                    double z = 0, acc = 0;
                    for (int i = 0; i < n; i++) { double e = Math.Exp(s[i] - mx); z += e; acc += e * v[i]; }
                    return acc / z; }
                """, ScoresMaskValues),

            // The additive mask added after the scale: scale · q + (0 or −∞).
            C("I26AdditiveMaskAfterScale", """
                [Differentiable("q", "v", "scale")] public static double I26AdditiveMaskAfterScale(double[] q, double[] mask, double[] v, double scale) {
                    int n = q.Length; double[] s = new double[n];
                    double mx = double.NegativeInfinity;
                    for (int i = 0; i < n; i++) { s[i] = scale * q[i] + (mask[i] > 0 ? 0 : double.NegativeInfinity); mx = Math.Max(mx, s[i]); }
                    double z = 0, acc = 0;
                    for (int i = 0; i < n; i++) { double e = Math.Exp(s[i] - mx); z += e; acc += e * v[i]; }
                    return acc / z; }
                """, ScoresMaskValues),

            // Scaled dot-product attention for one query over n keys of dimension 2, padding keys masked.
            C("I26DotProductAttention", """
                [Differentiable("query", "keys", "values")] public static double I26DotProductAttention(double[] query, double[] keys, double[] values, double[] mask) {
                    const int D = 2; int n = mask.Length;
                    double scale = 1 / Math.Sqrt(D);
                    double[] s = new double[n];
                    double mx = double.NegativeInfinity;
                    for (int j = 0; j < n; j++) {
                        double dot = 0;
                        for (int d = 0; d < D; d++) dot += query[d] * keys[j * D + d];
                        s[j] = mask[j] > 0 ? dot * scale : double.NegativeInfinity;
                        mx = Math.Max(mx, s[j]);
                    }
                    double z = 0; for (int j = 0; j < n; j++) { s[j] = Math.Exp(s[j] - mx); z += s[j]; }
                    double outSum = 0;
                    for (int j = 0; j < n; j++) for (int d = 0; d < D; d++) outSum += s[j] / z * values[j * D + d] * (d + 1);
                    return outSum; }
                """, (r, n) => new object[] { Vector(r, 2), Vector(r, 2 * n), Vector(r, 2 * n), Mask(r, n) }),

            // Causal self-attention over a sequence of scalars: position i sees j ≤ i, the rest −∞, the scale a parameter.
            C("I26CausalSelfAttention", """
                [Differentiable] public static double I26CausalSelfAttention(double[] x, double scale) {
                    int n = x.Length; double[] s = new double[n];
                    double total = 0;
                    for (int i = 0; i < n; i++) {
                        double mx = double.NegativeInfinity;
                        for (int j = 0; j < n; j++) {
                            s[j] = j <= i ? scale * x[i] * x[j] : double.NegativeInfinity;
                            mx = Math.Max(mx, s[j]);
                        }
                        double z = 0, acc = 0;
                        for (int j = 0; j < n; j++) { double e = Math.Exp(s[j] - mx); z += e; acc += e * x[j]; }
                        total += (acc / z) * (i + 1);
                    }
                    return total; }
                """, (r, n) => new object[] { Vector(r, n, -1.5, 1.5), Uniform(r, 0.3, 1.5) }),

            // The causal mask times the scale after the choice (scale · (j ≤ i ? x_i x_j : −∞)).
            C("I26CausalScaleOutside", """
                [Differentiable] public static double I26CausalScaleOutside(double[] x, double scale) {
                    int n = x.Length; double[] s = new double[n];
                    double total = 0;
                    for (int i = 0; i < n; i++) {
                        double mx = double.NegativeInfinity;
                        for (int j = 0; j < n; j++) {
                            double raw = j <= i ? x[i] * x[j] : double.NegativeInfinity;
                            s[j] = raw * scale;
                            mx = Math.Max(mx, s[j]);
                        }
                        double z = 0, acc = 0;
                        for (int j = 0; j < n; j++) { double e = Math.Exp(s[j] - mx); z += e; acc += e * x[j]; }
                        total += (acc / z) * (i + 1);
                    }
                    return total; }
                """, (r, n) => new object[] { Vector(r, n, -1.5, 1.5), Uniform(r, 0.3, 1.5) }),

            // Masked log-softmax and the negative log-likelihood of a target class.
            C("I26MaskedLogSoftmaxNll", """
                [Differentiable("logits", "t")] public static double I26MaskedLogSoftmaxNll(double[] logits, double[] mask, double t, int target) {
                    int n = logits.Length; double[] s = new double[n];
                    double mx = double.NegativeInfinity;
                    for (int i = 0; i < n; i++) {
                        if (mask[i] > 0 || i == target) s[i] = logits[i] / t;
                        else s[i] = double.NegativeInfinity;
                        if (s[i] > mx) mx = s[i];
                    }
                    double z = 0; for (int i = 0; i < n; i++) z += Math.Exp(s[i] - mx);
                    return -(s[target] - mx - Math.Log(z)); }
                """, (r, n) => new object[] { Vector(r, n), Mask(r, n), Uniform(r, 0.5, 2), r.Next(n) }),

            // Online softmax (one pass, as FlashAttention): the running maximum from −∞ rescales the sum and the weighted sum.
            C("I26OnlineSoftmax", """
                [Differentiable("q", "v", "scale")] public static double I26OnlineSoftmax(double[] q, double[] mask, double[] v, double scale) {
                    double m = double.NegativeInfinity, l = 0, acc = 0;
                    for (int i = 0; i < q.Length; i++) {
                        if (mask[i] == 0) continue;
                        double s = scale * q[i];
                        double mNew = Math.Max(m, s);
                        double c = Math.Exp(m - mNew), e = Math.Exp(s - mNew);
                        l = l * c + e;
                        acc = acc * c + e * v[i];
                        m = mNew;
                    }
                    return acc / l; }
                """, ScoresMaskValues),

            // Online softmax with the masked score kept as −∞ (no continue): exp(−∞ − m) is 0.
            C("I26OnlineSoftmaxMaskedScore", """
                [Differentiable("q", "v", "scale")] public static double I26OnlineSoftmaxMaskedScore(double[] q, double[] mask, double[] v, double scale) {
                    double m = double.NegativeInfinity, l = 0, acc = 0;
                    for (int i = 0; i < q.Length; i++) {
                        double s = mask[i] > 0 ? scale * q[i] : double.NegativeInfinity;
                        double mNew = Math.Max(m, s);
                        if (mNew == double.NegativeInfinity) continue;
                        double c = Math.Exp(m - mNew), e = Math.Exp(s - mNew);
                        l = l * c + e;
                        acc = acc * c + e * v[i];
                        m = mNew;
                    }
                    return acc / l; }
                """, ScoresMaskValues),

            // Attention pooling: scores w·x_i, padded rows −∞, the pooled feature through tanh.
            C("I26AttentionPooling", """
                [Differentiable("x", "w")] public static double I26AttentionPooling(double[] x, double[] w, double[] mask) {
                    const int D = 2; int n = mask.Length;
                    double[] a = new double[n];
                    double mx = double.NegativeInfinity;
                    for (int i = 0; i < n; i++) {
                        a[i] = double.NegativeInfinity;
                        if (mask[i] > 0) a[i] = w[0] * x[i * D] + w[1] * x[i * D + 1];
                        mx = Math.Max(mx, a[i]);
                    }
                    double z = 0; for (int i = 0; i < n; i++) z += Math.Exp(a[i] - mx);
                    double p0 = 0, p1 = 0;
                    for (int i = 0; i < n; i++) { double p = Math.Exp(a[i] - mx) / z; p0 += p * x[i * D]; p1 += p * x[i * D + 1]; }
                    return Math.Tanh(p0) + Math.Tanh(p1); }
                """, (r, n) => new object[] { Vector(r, 2 * n), Vector(r, 2), Mask(r, n) }),

            // Masked max-pooling over time: the padded steps are skipped, the maximum started at −∞, then a scale.
            C("I26MaskedMaxPool", """
                [Differentiable("h", "scale")] public static double I26MaskedMaxPool(double[] h, double[] mask, double scale) {
                    double best = double.NegativeInfinity;
                    for (int i = 0; i < h.Length; i++) best = Math.Max(best, mask[i] > 0 ? h[i] : double.NegativeInfinity);
                    return Math.Tanh(scale * best); }
                """, (r, n) => new object[] { Separated(r, n, 0.3), Mask(r, n), Uniform(r, 0.3, 1.5) }),

            // Loop-free masked softmax over three scores with a temperature: a masked score is −∞ through ?: on a data flag.
            S("I26LoopFreeMaskedSoftmax", """
                [Differentiable("a", "b", "c", "t")] public static double I26LoopFreeMaskedSoftmax(double a, double b, double c, double t, double maskC) {
                    double sa = a / t, sb = b / t;
                    double sc = maskC > 0 ? c / t : double.NegativeInfinity;
                    double mx = Math.Max(sa, Math.Max(sb, sc));
                    double ea = Math.Exp(sa - mx), eb = Math.Exp(sb - mx), ec = Math.Exp(sc - mx);
                    return (ea * 1 + eb * 2 + ec * 3) / (ea + eb + ec); }
                """, r => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2), Uniform(r, -2, 2), Uniform(r, 0.5, 2), (double)r.Next(2) }),

            // Loop-free, the temperature divides after the choice. WRONG (gap A, loop-free): dT NaN where maskC = 0.
            S("I26LoopFreeMaskedThenTemperature", """
                [Differentiable("a", "b", "c", "t")] public static double I26LoopFreeMaskedThenTemperature(double a, double b, double c, double t, double maskC) {
                    double rc = maskC > 0 ? c : double.NegativeInfinity;
                    double sa = a / t, sb = b / t, sc = rc / t;
                    double mx = Math.Max(sa, Math.Max(sb, sc));
                    double ea = Math.Exp(sa - mx), eb = Math.Exp(sb - mx), ec = Math.Exp(sc - mx);
                    return (ea * 1 + eb * 2 + ec * 3) / (ea + eb + ec); }
                """, r => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2), Uniform(r, -2, 2), Uniform(r, 0.5, 2), (double)r.Next(2) }),
        };
    }
}
