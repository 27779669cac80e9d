using System;
using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>Accepted network and loss methods: normalization, attention, recurrent cells, convolutions, losses, ranking, embeddings.</content>
    public sealed partial class NotebookSweep23Tests
    {
        private static readonly ArrayCase[] NetCases =
        {
            // Normalization layers.
            C("S23RmsNorm", """
                [Differentiable("x", "g")] public static double S23RmsNorm(double[] x, double[] g, double[] target, int d) {
                    int rows = x.Length / d; double loss = 0;
                    for (int r = 0; r < rows; r++) {
                        double ms = 0; for (int j = 0; j < d; j++) ms += x[r * d + j] * x[r * d + j];
                        double inv = 1.0 / Math.Sqrt(ms / d + 1e-6);
                        for (int j = 0; j < d; j++) { double y = x[r * d + j] * inv * g[j]; double e = y - target[r * d + j]; loss += e * e; } }
                    return loss / Math.Max(1, rows); }
                """, (r, n) => new object[] { Vector(r, 3 * n, -1.5, 1.5), Vector(r, 3, 0.5, 1.5), Vector(r, 3 * n, -1, 1), 3 }),
            C("S23PreNormResidual", """
                [Differentiable] public static double S23Gelu(double u) => 0.5 * u * (1 + Math.Tanh(0.7978845608028654 * (u + 0.044715 * u * u * u)));
                [Differentiable("x", "w", "gamma", "beta")] public static double S23PreNormResidual(double[] x, double[] w, double gamma, double beta) {
                    int n = x.Length; double mean = 0; for (int i = 0; i < n; i++) mean += x[i]; mean /= n;
                    double v = 0; for (int i = 0; i < n; i++) v += (x[i] - mean) * (x[i] - mean); v /= n;
                    double sd = Math.Sqrt(v + 1e-5); double[] h = new double[n];
                    for (int i = 0; i < n; i++) h[i] = gamma * (x[i] - mean) / sd + beta;
                    double outSum = 0;
                    for (int i = 0; i < n; i++) { double a = 0; for (int j = 0; j < n; j++) a += w[i * n + j] * h[j]; double y = x[i] + S23Gelu(a); outSum += y * y; }
                    return outSum; }
                """, (r, n) => new object[] { Vector(r, n, -1.5, 1.5), Vector(r, n * n, -0.7, 0.7), Uniform(r, 0.5, 1.5), Uniform(r, -0.3, 0.3) }, new[] { 2, 3, 4 }),
            C("S23BatchNormColumns", """
                [Differentiable("x", "gamma", "beta")] public static double S23BatchNormColumns(double[] x, double[] gamma, double[] beta, int batch) {
                    int f = gamma.Length; double loss = 0;
                    for (int j = 0; j < f; j++) {
                        double mu = 0; for (int b = 0; b < batch; b++) mu += x[b * f + j]; mu /= batch;
                        double var = 0; for (int b = 0; b < batch; b++) { double c = x[b * f + j] - mu; var += c * c; } var /= batch;
                        double inv = 1 / Math.Sqrt(var + 1e-3);
                        for (int b = 0; b < batch; b++) { double y = gamma[j] * (x[b * f + j] - mu) * inv + beta[j]; loss += Math.Log(1 + Math.Exp(y)) * (b + 1); } }
                    return loss; }
                """, (r, n) => new object[] { Vector(r, 2 * (n + 2), -2, 2), Vector(r, 2, 0.5, 1.5), Vector(r, 2, -0.5, 0.5), n + 2 }),

            // Attention.
            C("S23TwoHeadAttention", """
                [Differentiable("q", "k", "v", "wo")] public static double S23TwoHeadAttention(double[] q, double[] k, double[] v, double[] wo, int t) {
                    int heads = 2, dh = 2, dm = heads * dh; double[] att = new double[t]; double[] ctx = new double[dm]; double total = 0;
                    for (int i = 0; i < t; i++) {
                        for (int hd = 0; hd < heads; hd++) {
                            double mx = double.NegativeInfinity;
                            for (int j = 0; j < t; j++) { double s = 0; for (int c = 0; c < dh; c++) s += q[i * dm + hd * dh + c] * k[j * dm + hd * dh + c]; att[j] = s / Math.Sqrt(dh); if (att[j] > mx) mx = att[j]; }
                            double z = 0; for (int j = 0; j < t; j++) { att[j] = Math.Exp(att[j] - mx); z += att[j]; }
                            for (int c = 0; c < dh; c++) { double o = 0; for (int j = 0; j < t; j++) o += att[j] / z * v[j * dm + hd * dh + c]; ctx[hd * dh + c] = o; } }
                        double y = 0; for (int c = 0; c < dm; c++) y += wo[c] * ctx[c];
                        total += y * y; }
                    return total; }
                """, (r, n) => new object[] { Vector(r, 4 * (n + 1), -1, 1), Vector(r, 4 * (n + 1), -1, 1), Vector(r, 4 * (n + 1), -1, 1), Vector(r, 4, -1, 1), n + 1 }, Small),
            C("S23RelPosAttention", """
                [Differentiable("x", "bias", "temp")] public static double S23RelPosAttention(double[] x, double[] bias, double temp) {
                    int t = x.Length; double loss = 0;
                    for (int i = 0; i < t; i++) {
                        double mx = -1e300;
                        for (int j = 0; j < t; j++) { double s = x[i] * x[j] / temp + bias[i - j + t - 1]; mx = Math.Max(mx, s); }
                        double z = 0, o = 0;
                        for (int j = 0; j < t; j++) { double e = Math.Exp(x[i] * x[j] / temp + bias[i - j + t - 1] - mx); z += e; o += e * x[j]; }
                        loss += (o / z - 0.5 * x[i]) * (o / z - 0.5 * x[i]); }
                    return loss; }
                """, (r, n) => new object[] { Vector(r, n, -1.5, 1.5), Vector(r, Math.Max(2 * n - 1, 0), -0.5, 0.5), Uniform(r, 0.7, 2) }),
            C("S23AttentionPooling", """
                [Differentiable] public static double S23AttentionPooling(double[] h, double[] u, double[] y, int d) {
                    int t = h.Length / d; double[] a = new double[t]; double z = 0;
                    for (int i = 0; i < t; i++) { double s = 0; for (int c = 0; c < d; c++) s += Math.Tanh(h[i * d + c]) * u[c]; a[i] = Math.Exp(s); z += a[i]; }
                    double loss = 0;
                    for (int c = 0; c < d; c++) { double p = 0; for (int i = 0; i < t; i++) p += a[i] * h[i * d + c]; p /= z; loss += (p - y[c]) * (p - y[c]); }
                    return loss; }
                """, (r, n) => new object[] { Vector(r, 2 * (n + 1), -1, 1), Vector(r, 2, -1, 1), Vector(r, 2, -1, 1), 2 }, Small),

            // Recurrent cells through time.
            C("S23LstmScalar", """
                [Differentiable] public static double S23Sigmoid(double z) => 1 / (1 + Math.Exp(-z));
                [Differentiable("w")] public static double S23LstmScalar(double[] w, double[] xs, double[] ys) {
                    double h = 0, c = 0, loss = 0;
                    for (int t = 0; t < xs.Length; t++) {
                        double ig = S23Sigmoid(w[0] * xs[t] + w[1] * h + w[2]);
                        double fg = S23Sigmoid(w[3] * xs[t] + w[4] * h + w[5] + w[12] * c);
                        double og = S23Sigmoid(w[6] * xs[t] + w[7] * h + w[8]);
                        double gg = Math.Tanh(w[9] * xs[t] + w[10] * h + w[11]);
                        c = fg * c + ig * gg; h = og * Math.Tanh(c);
                        loss += (h - ys[t]) * (h - ys[t]); }
                    return loss; }
                """, (r, n) => new object[] { Vector(r, 13, -1, 1), Vector(r, n, -1, 1), Vector(r, n, -0.5, 0.5) }),
            C("S23GruHidden2", """
                [Differentiable("wz", "uz", "wh", "uh", "h0")] public static double S23GruHidden2(double[] wz, double[] uz, double[] wh, double[] uh, double[] h0, double[] xs) {
                    int hsz = 2; double[] h = new double[hsz]; double[] hn = new double[hsz]; for (int i = 0; i < hsz; i++) h[i] = h0[i];
                    for (int t = 0; t < xs.Length; t++) {
                        for (int i = 0; i < hsz; i++) {
                            double az = wz[i] * xs[t]; double ah = wh[i] * xs[t];
                            for (int j = 0; j < hsz; j++) { az += uz[i * hsz + j] * h[j]; ah += uh[i * hsz + j] * h[j]; }
                            double z = 1 / (1 + Math.Exp(-az)); hn[i] = (1 - z) * h[i] + z * Math.Tanh(ah); }
                        for (int i = 0; i < hsz; i++) h[i] = hn[i]; }
                    return h[0] * h[0] + 2 * h[1]; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Vector(r, 4, -1, 1), Vector(r, 2, -1, 1), Vector(r, 4, -1, 1), Vector(r, 2, -0.5, 0.5), Vector(r, n, -1, 1) }),
            C("S23ElmanTeacherForcing", """
                [Differentiable("wx", "wh", "wy", "b")] public static double S23ElmanTeacherForcing(double wx, double wh, double wy, double b, double[] seq) {
                    double h = 0; double nll = 0;
                    for (int t = 0; t + 1 < seq.Length; t++) {
                        h = Math.Tanh(wx * seq[t] + wh * h + b);
                        double pred = wy * h; double e = seq[t + 1] - pred; nll += 0.5 * e * e; }
                    return nll; }
                """, (r, n) => new object[] { Uniform(r, -1, 1), Uniform(r, -0.9, 0.9), Uniform(r, -1, 1), Uniform(r, -0.3, 0.3), Vector(r, n + 1, -1, 1) }),

            // Convolutions and pooling.
            C("S23ConvReluAvgPool", """
                [Differentiable("kernel", "bias")] public static double S23ConvReluAvgPool(double[] kernel, double bias, double[] signal) {
                    int m = kernel.Length; int outLen = signal.Length - m + 1; if (outLen < 0) outLen = 0;
                    double[] feat = new double[outLen];
                    for (int i = 0; i < outLen; i++) { double s = bias; for (int k = 0; k < m; k++) s += kernel[k] * signal[i + k]; feat[i] = Math.Max(0, s); }
                    double loss = 0;
                    for (int p = 0; p + 1 < outLen; p += 2) { double pooled = 0.5 * (feat[p] + feat[p + 1]); loss += pooled * pooled; }
                    return loss; }
                """, (r, n) => new object[] { Vector(r, 3, -1, 1), Uniform(r, -0.2, 0.4), Vector(r, n + 3, -1, 1) }),
            C("S23ConvLeakyMaxPool", """
                [Differentiable("kernel", "slope")] public static double S23ConvLeakyMaxPool(double[] kernel, double slope, double[] signal, int pool) {
                    int m = kernel.Length; int outLen = Math.Max(0, signal.Length - m + 1); double total = 0;
                    for (int start = 0; start + pool <= outLen; start += pool) {
                        double best = double.NegativeInfinity;
                        for (int i = start; i < start + pool; i++) {
                            double s = 0; for (int k = 0; k < m; k++) s += kernel[k] * signal[i + k];
                            double a = s > 0 ? s : slope * s;
                            if (a > best) best = a; }
                        total += best; }
                    return total; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, 0.05, 0.3), Vector(r, 2 * n + 2, -1.5, 1.5), 2 }),
            C("S23CausalDilatedConv", """
                [Differentiable("w1", "w2")] public static double S23CausalDilatedConv(double[] w1, double[] w2, double[] x) {
                    int n = x.Length; double[] h1 = new double[n]; double loss = 0;
                    for (int t = 0; t < n; t++) { double s = w1[0] * x[t]; if (t >= 1) s += w1[1] * x[t - 1]; h1[t] = Math.Tanh(s); }
                    for (int t = 0; t < n; t++) { double s = w2[0] * h1[t]; if (t >= 2) s += w2[1] * h1[t - 2]; double target = t + 1 < n ? x[t + 1] : 0; loss += (s - target) * (s - target); }
                    return loss; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Vector(r, 2, -1, 1), Vector(r, n, -1, 1) }),

            // Losses.
            C("S23FocalLoss", """
                [Differentiable("z", "gamma")] public static double S23FocalLoss(double[] z, double gamma, double alpha, int[] labels) {
                    double loss = 0;
                    for (int i = 0; i < z.Length; i++) {
                        double p = 1 / (1 + Math.Exp(-z[i]));
                        double pt = labels[i] == 1 ? p : 1 - p;
                        double at = labels[i] == 1 ? alpha : 1 - alpha;
                        loss -= at * Math.Pow(1 - pt, gamma) * Math.Log(pt); }
                    return loss / Math.Max(1, z.Length); }
                """, (r, n) => new object[] { Vector(r, n, -3, 3), Uniform(r, 0.5, 3), 0.25, Labels(r, n, 2) }),
            C("S23SmoothedCe", """
                [Differentiable("logits", "eps")] public static double S23SmoothedCe(double[] logits, double eps, int[] labels, int k) {
                    int n = labels.Length; double loss = 0;
                    for (int s = 0; s < n; s++) {
                        double mx = logits[s * k]; for (int c = 1; c < k; c++) if (logits[s * k + c] > mx) mx = logits[s * k + c];
                        double z = 0; for (int c = 0; c < k; c++) z += Math.Exp(logits[s * k + c] - mx);
                        double lse = mx + Math.Log(z);
                        for (int c = 0; c < k; c++) { double target = (c == labels[s] ? 1 - eps : 0) + eps / k; loss -= target * (logits[s * k + c] - lse); } }
                    return loss; }
                """, (r, n) => new object[] { Vector(r, 3 * n, -2, 2), Uniform(r, 0.01, 0.3), Labels(r, n, 3), 3 }),
            C("S23HuberIfElse", """
                [Differentiable("pred", "delta")] public static double S23HuberIfElse(double[] pred, double delta, double[] y) {
                    double total = 0;
                    for (int i = 0; i < y.Length; i++) {
                        double r = Math.Abs(pred[i] - y[i]);
                        if (r <= delta) total += 0.5 * r * r;
                        else total += delta * (r - 0.5 * delta); }
                    return total / Math.Max(1, y.Length); }
                """, (r, n) => new object[] { Vector(r, n, -2, 2), Uniform(r, 0.3, 1.2), Vector(r, n, -2, 2) }),
            C("S23PinballMulti", """
                [Differentiable("pred")] public static double S23PinballMulti(double[] pred, double[] y, double[] taus) {
                    int q = taus.Length; double loss = 0;
                    for (int i = 0; i < y.Length; i++)
                        for (int j = 0; j < q; j++) { double e = y[i] - pred[i * q + j]; loss += Math.Max(taus[j] * e, (taus[j] - 1) * e); }
                    return loss; }
                """, (r, n) => new object[] { Vector(r, 3 * n, -2, 2), Vector(r, n, -2, 2), new[] { 0.1, 0.5, 0.9 } }),
            C("S23LogCoshQuantile", """
                [Differentiable] public static double S23LogCoshQuantile(double[] pred, double tau, double[] y) {
                    double loss = 0;
                    for (int i = 0; i < y.Length; i++) { double e = y[i] - pred[i]; double w = e > 0 ? tau : 1 - tau; loss += w * Math.Log(Math.Cosh(e)); }
                    return loss; }
                """, (r, n) => new object[] { Vector(r, n, -2, 2), Uniform(r, 0.1, 0.9), Vector(r, n, -2, 2) }),
            C("S23Contrastive", """
                [Differentiable("a", "b", "margin")] public static double S23Contrastive(double[] a, double[] b, double margin, int[] same, int d) {
                    int pairs = same.Length; double loss = 0;
                    for (int p = 0; p < pairs; p++) {
                        double d2 = 0; for (int j = 0; j < d; j++) { double diff = a[p * d + j] - b[p * d + j]; d2 += diff * diff; }
                        double dist = Math.Sqrt(d2 + 1e-9);
                        if (same[p] == 1) loss += d2;
                        else { double gap = Math.Max(0, margin - dist); loss += gap * gap; } }
                    return 0.5 * loss; }
                """, (r, n) => new object[] { Vector(r, 2 * n, -1, 1), Vector(r, 2 * n, -1, 1), Uniform(r, 0.5, 2), Labels(r, n, 2), 2 }),
            C("S23KlDiagGauss", """
                [Differentiable("mu", "logVar")] public static double S23KlDiagGauss(double[] mu, double[] logVar, double[] eps, double[] x) {
                    int d = mu.Length; double kl = 0, rec = 0;
                    for (int j = 0; j < d; j++) {
                        kl += 0.5 * (Math.Exp(logVar[j]) + mu[j] * mu[j] - 1 - logVar[j]);
                        double zj = mu[j] + Math.Exp(0.5 * logVar[j]) * eps[j];
                        rec += (x[j] - Math.Tanh(zj)) * (x[j] - Math.Tanh(zj)); }
                    return rec + kl; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Vector(r, n, -1, 0.5), Vector(r, n, -1.5, 1.5), Vector(r, n, -1, 1) }),
            C("S23GumbelSoftmax", """
                [Differentiable("logits", "temp")] public static double S23GumbelSoftmax(double[] logits, double temp, double[] gumbel, double[] values) {
                    int k = logits.Length; double mx = double.NegativeInfinity;
                    for (int c = 0; c < k; c++) mx = Math.Max(mx, (logits[c] + gumbel[c]) / temp);
                    double z = 0, ev = 0;
                    for (int c = 0; c < k; c++) { double e = Math.Exp((logits[c] + gumbel[c]) / temp - mx); z += e; ev += e * values[c]; }
                    return ev / z; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, 0.3, 2), Vector(r, n, -1, 2), Vector(r, n, -1, 1) }, ArrayCase.NonEmpty),
            C("S23SoftmaxEntropyTemp", """
                [Differentiable] public static double S23SoftmaxEntropyTemp(double[] x, double temp) {
                    double mx = x[0]; for (int i = 1; i < x.Length; i++) mx = Math.Max(mx, x[i]);
                    double z = 0; for (int i = 0; i < x.Length; i++) z += Math.Exp((x[i] - mx) / temp);
                    double h = 0;
                    for (int i = 0; i < x.Length; i++) { double logp = (x[i] - mx) / temp - Math.Log(z); h -= Math.Exp(logp) * logp; }
                    return h; }
                """, (r, n) => new object[] { Separated(r, n, 0.4), Uniform(r, 0.5, 2) }, ArrayCase.NonEmpty),
            C("S23OnlineSoftmaxLse", """
                [Differentiable] public static double S23OnlineSoftmaxLse(double[] x) {
                    double m = double.NegativeInfinity, s = 0;
                    for (int i = 0; i < x.Length; i++) {
                        if (x[i] > m) { s = s * Math.Exp(m - x[i]) + 1; m = x[i]; }
                        else s += Math.Exp(x[i] - m); }
                    return m + Math.Log(s); }
                """, (r, n) => new object[] { Separated(r, n, 0.4) }, ArrayCase.NonEmpty),

            // Ranking.
            C("S23RankNet", """
                [Differentiable("scores")] public static double S23RankNet(double[] scores, double[] rel) {
                    double loss = 0;
                    for (int i = 0; i < scores.Length; i++)
                        for (int j = 0; j < scores.Length; j++) {
                            if (rel[i] <= rel[j]) continue;
                            double diff = scores[i] - scores[j];
                            loss += Math.Log(1 + Math.Exp(-diff)); }
                    return loss; }
                """, (r, n) => new object[] { Vector(r, n, -2, 2), Enumerable.Range(0, n).Select(_ => (double)r.Next(3)).ToArray() }),
            C("S23PairwiseHinge", """
                [Differentiable("w")] public static double S23PairwiseHinge(double[] w, double[] feats, int[] better, int[] worse, double margin) {
                    int d = w.Length; double loss = 0;
                    for (int p = 0; p < better.Length; p++) {
                        double sb = 0, sw = 0;
                        for (int j = 0; j < d; j++) { sb += w[j] * feats[better[p] * d + j]; sw += w[j] * feats[worse[p] * d + j]; }
                        loss += Math.Max(0, margin - (sb - sw)); }
                    double reg = 0; for (int j = 0; j < d; j++) reg += w[j] * w[j];
                    return loss + 0.01 * reg; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Vector(r, 8, -1, 1), Labels(r, n, 4), Labels(r, n, 4), 1.0 }),
            C("S23ListNet", """
                [Differentiable("scores")] public static double S23ListNet(double[] scores, double[] rel) {
                    int n = scores.Length; double zs = 0, zr = 0;
                    for (int i = 0; i < n; i++) { zs += Math.Exp(scores[i]); zr += Math.Exp(rel[i]); }
                    double ce = 0;
                    for (int i = 0; i < n; i++) ce -= Math.Exp(rel[i]) / zr * (scores[i] - Math.Log(zs));
                    return ce; }
                """, (r, n) => new object[] { Vector(r, n, -2, 2), Vector(r, n, 0, 2) }, ArrayCase.NonEmpty),
            C("S23SoftNdcgLike", """
                [Differentiable("scores", "temp")] public static double S23SoftNdcgLike(double[] scores, double temp, double[] gains) {
                    int n = scores.Length; double dcg = 0;
                    for (int i = 0; i < n; i++) {
                        double softRank = 1;
                        for (int j = 0; j < n; j++) if (j != i) softRank += 1 / (1 + Math.Exp((scores[i] - scores[j]) / temp));
                        dcg += gains[i] / Math.Log(1 + softRank, 2); }
                    return -dcg; }
                """, (r, n) => new object[] { Vector(r, n, -2, 2), Uniform(r, 0.3, 1.5), Vector(r, n, 0, 3) }),

            // Embeddings and factorization.
            C("S23MatrixFactorization", """
                [Differentiable("u", "v", "bu", "bi")] public static double S23MatrixFactorization(double[] u, double[] v, double[] bu, double[] bi, int[] users, int[] items, double[] ratings, double lambda) {
                    int k = 2; double loss = 0;
                    for (int s = 0; s < ratings.Length; s++) {
                        double pred = bu[users[s]] + bi[items[s]];
                        for (int f = 0; f < k; f++) pred += u[users[s] * k + f] * v[items[s] * k + f];
                        double e = ratings[s] - pred; loss += e * e; }
                    for (int j = 0; j < u.Length; j++) loss += lambda * u[j] * u[j];
                    for (int j = 0; j < v.Length; j++) loss += lambda * v[j] * v[j];
                    return loss; }
                """, (r, n) => new object[] { Vector(r, 6, -1, 1), Vector(r, 8, -1, 1), Vector(r, 3, -0.5, 0.5), Vector(r, 4, -0.5, 0.5), Labels(r, n, 3), Labels(r, n, 4), Vector(r, n, 1, 5), 0.05 }),
            C("S23SkipGramNeg", """
                [Differentiable("emb", "ctx")] public static double S23SkipGramNeg(double[] emb, double[] ctx, int[] center, int[] context, int[] negatives, int d) {
                    double loss = 0; int negPer = 2;
                    for (int s = 0; s < center.Length; s++) {
                        double pos = 0; for (int j = 0; j < d; j++) pos += emb[center[s] * d + j] * ctx[context[s] * d + j];
                        loss += Math.Log(1 + Math.Exp(-pos));
                        for (int q = 0; q < negPer; q++) {
                            int neg = negatives[s * negPer + q];
                            double sc = 0; for (int j = 0; j < d; j++) sc += emb[center[s] * d + j] * ctx[neg * d + j];
                            loss += Math.Log(1 + Math.Exp(sc)); } }
                    return loss; }
                """, (r, n) => new object[] { Vector(r, 8, -1, 1), Vector(r, 8, -1, 1), Labels(r, n, 4), Labels(r, n, 4), Labels(r, 2 * n, 4), 2 }),
            C("S23EmbeddingBagLogReg", """
                [Differentiable("table", "w", "b")] public static double S23EmbeddingBagLogReg(double[] table, double[] w, double b, int[] tokens, int[] offsets, int[] labels) {
                    int d = w.Length; double[] bag = new double[d]; double nll = 0;
                    for (int s = 0; s < labels.Length; s++) {
                        int start = offsets[s], end = offsets[s + 1];
                        for (int j = 0; j < d; j++) bag[j] = 0;
                        for (int t = start; t < end; t++) for (int j = 0; j < d; j++) bag[j] += table[tokens[t] * d + j];
                        int cnt = Math.Max(1, end - start);
                        double z = b; for (int j = 0; j < d; j++) z += w[j] * bag[j] / cnt;
                        nll += Math.Log(1 + Math.Exp(z)) - labels[s] * z; }
                    return nll; }
                """, (r, n) => new object[] { Vector(r, 10, -1, 1), Vector(r, 2, -1, 1), Uniform(r, -0.5, 0.5), Labels(r, 3 * n, 5), Enumerable.Range(0, n + 1).Select(i => 3 * i).ToArray(), Labels(r, n, 2) }),
            C("S23CosineEmbeddingLoss", """
                [Differentiable("a", "b")] public static double S23CosineEmbeddingLoss(double[] a, double[] b, double[] y, int d) {
                    double loss = 0;
                    for (int p = 0; p < y.Length; p++) {
                        double ab = 0, aa = 0, bb = 0;
                        for (int j = 0; j < d; j++) { ab += a[p * d + j] * b[p * d + j]; aa += a[p * d + j] * a[p * d + j]; bb += b[p * d + j] * b[p * d + j]; }
                        double cos = ab / Math.Sqrt(aa * bb);
                        loss += y[p] > 0 ? 1 - cos : Math.Max(0, cos - 0.2); }
                    return loss; }
                """, (r, n) => new object[] { Vector(r, 3 * n, -1, 1), Vector(r, 3 * n, -1, 1), Signs(r, n), 3 }),
            C("S23DropoutMlp", """
                [Differentiable("w1", "w2")] public static double S23DropoutMlp(double[] w1, double[] w2, double[] x, int[] keep, double[] y) {
                    int hid = 3, din = 2; double loss = 0; double[] h = new double[hid];
                    for (int s = 0; s < y.Length; s++) {
                        for (int i = 0; i < hid; i++) { double a = 0; for (int j = 0; j < din; j++) a += w1[i * din + j] * x[s * din + j]; h[i] = keep[s * hid + i] == 1 ? Math.Tanh(a) / 0.8 : 0; }
                        double o = 0; for (int i = 0; i < hid; i++) o += w2[i] * h[i];
                        loss += (o - y[s]) * (o - y[s]); }
                    return loss; }
                """, (r, n) => new object[] { Vector(r, 6, -1, 1), Vector(r, 3, -1, 1), Vector(r, 2 * n, -1, 1), Labels(r, 3 * n, 2), Vector(r, n, -1, 1) }),
        };
    }
}
