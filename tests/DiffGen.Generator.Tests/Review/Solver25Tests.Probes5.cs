using System;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>
    /// Probes of layouts: both Sinkhorn potentials in one array, a 2-D Gauss-Seidel sweep on a flat grid, copies after a
    /// tolerance break, a GRU with array gates, strided and dilated convolutions, shrinking valid convolutions in one buffer,
    /// Viterbi with back pointers.
    /// </content>
    public sealed partial class Solver25Tests
    {
        private static readonly ArrayCase[] Probe5Cases =
        {
            C("S25SinkhornOneArray", """
                [Differentiable("cost", "eps")] public static double S25SinkhornOneArray(double[] cost, double eps, int n) {
                    double[] pot = new double[2 * n];
                    for (int it = 0; it < 12; it++)
                        for (int side = 0; side < 2; side++)
                            for (int i = 0; i < n; i++) {
                                double m = double.NegativeInfinity;
                                for (int j = 0; j < n; j++) m = Math.Max(m, (pot[(1 - side) * n + j] - cost[side == 0 ? i * n + j : j * n + i]) / eps);
                                double s = 0;
                                for (int j = 0; j < n; j++) s += Math.Exp((pot[(1 - side) * n + j] - cost[side == 0 ? i * n + j : j * n + i]) / eps - m);
                                pot[side * n + i] = -eps * Math.Log(n) - eps * (m + Math.Log(s));
                            }
                    double total = 0; for (int i = 0; i < 2 * n; i++) total += pot[i];
                    return total; }
                """, (r, n) => new object[] { Vector(r, n * n, 0, 1), Uniform(r, 0.3, 1), n }),
            C("S25GaussSeidel2d", """
                [Differentiable] public static double S25GaussSeidel2d(double[] f, double h) {
                    const int W = 3; int rows = f.Length / W; double[] u = new double[f.Length];
                    for (int it = 0; it < 6; it++)
                        for (int r = 0; r < rows; r++)
                            for (int c = 0; c < W; c++) {
                                int k = r * W + c;
                                double nb = (c > 0 ? u[k - 1] : 0) + (c < W - 1 ? u[k + 1] : 0) + (r > 0 ? u[k - W] : 0) + (r < rows - 1 ? u[k + W] : 0);
                                u[k] = (h * h * f[k] + nb) / 4;
                            }
                    double s = 0; for (int k = 0; k < u.Length; k++) s += u[k] * u[k] * (k + 1);
                    return s; }
                """, (r, n) => new object[] { Vector(r, 3 * n), Uniform(r, 0.5, 1.5) }),
            C("S25JacobiCopyAfterBreak", """
                [Differentiable] public static double S25JacobiCopyAfterBreak(double[] d, double off, double[] b) {
                    int n = d.Length; double[] x = new double[n]; double[] xn = new double[n];
                    for (int it = 0; it < 200; it++) {
                        double diff = 0;
                        for (int i = 0; i < n; i++) {
                            xn[i] = (b[i] - off * ((i > 0 ? x[i - 1] : 0) + (i < n - 1 ? x[i + 1] : 0))) / d[i];
                            diff += (xn[i] - x[i]) * (xn[i] - x[i]);
                        }
                        Array.Copy(xn, x, n);
                        if (diff < 1e-24) break;
                    }
                    double f = 0; for (int i = 0; i < n; i++) f += x[i] * (i + 1);
                    return f; }
                """, Tridiagonal),
            C("S25GruArrays", """
                [Differentiable("wz", "wr", "wc")] public static double S25GruArrays(double[] wz, double[] wr, double[] wc, double[] xs) {
                    const int H = 2; double[] h = new double[H]; double[] z = new double[H]; double[] rg = new double[H]; double[] c = new double[H];
                    double loss = 0;
                    for (int t = 0; t < xs.Length; t++) {
                        for (int k = 0; k < H; k++) {
                            double sz = wz[k * 3] * xs[t], sr = wr[k * 3] * xs[t];
                            for (int j = 0; j < H; j++) { sz += wz[k * 3 + 1 + j] * h[j]; sr += wr[k * 3 + 1 + j] * h[j]; }
                            z[k] = 1 / (1 + Math.Exp(-sz)); rg[k] = 1 / (1 + Math.Exp(-sr));
                        }
                        for (int k = 0; k < H; k++) {
                            double sc = wc[k * 3] * xs[t];
                            for (int j = 0; j < H; j++) sc += wc[k * 3 + 1 + j] * rg[j] * h[j];
                            c[k] = Math.Tanh(sc);
                        }
                        for (int k = 0; k < H; k++) h[k] = (1 - z[k]) * h[k] + z[k] * c[k];
                        loss += (h[0] - xs[t]) * (h[0] - xs[t]) + h[1];
                    }
                    return loss; }
                """, (r, n) => new object[] { Vector(r, 6, -1, 1), Vector(r, 6, -1, 1), Vector(r, 6, -1, 1), Vector(r, n, -1, 1) }),
            C("S25StridedDilatedConv", """
                [Differentiable("kernel", "x")] public static double S25StridedDilatedConv(double[] kernel, double[] x, int stride, int dilation) {
                    int k = kernel.Length, pad = dilation; int outLen = (x.Length + 2 * pad - dilation * (k - 1) - 1) / stride + 1;
                    double[] y = new double[outLen];
                    for (int o = 0; o < outLen; o++)
                        for (int j = 0; j < k; j++) {
                            int p = o * stride + j * dilation - pad;
                            if (p >= 0 && p < x.Length) y[o] += kernel[j] * x[p];
                        }
                    double s = 0; for (int o = 0; o < outLen; o++) s += Math.Tanh(y[o]) * (o + 1);
                    return s; }
                """, (r, n) => new object[] { Vector(r, 3, -1, 1), Vector(r, n + 4, -1, 1), 1 + (n % 2), 1 + (n % 3) }),
            C("S25ShrinkingValidConv", """
                [Differentiable("kernel", "x")] public static double S25ShrinkingValidConv(double[] kernel, double[] x) {
                    int n = x.Length; double[] a = (double[])x.Clone(); double[] b = new double[n]; int len = n;
                    for (int layer = 0; layer < 3; layer++) {
                        for (int i = 0; i + 2 < len; i++) b[i] = Math.Tanh(kernel[0] * a[i] + kernel[1] * a[i + 1] + kernel[2] * a[i + 2]);
                        len -= 2;
                        for (int i = 0; i < len; i++) a[i] = b[i];
                    }
                    double s = 0; for (int i = 0; i < len; i++) s += a[i] * (i + 1);
                    return s; }
                """, (r, n) => new object[] { Vector(r, 3, -1, 1), Vector(r, n + 6, -1, 1) }),
            C("S25ViterbiBackPointers", """
                [Differentiable("logA", "logB")] public static double S25ViterbiBackPointers(double[] logA, double[] logB, int[] obs) {
                    const int K = 3; int n = obs.Length;
                    double[] delta = new double[n * K]; int[] back = new int[n * K];
                    for (int s = 0; s < K; s++) delta[s] = logB[s * 2 + obs[0]];
                    for (int t = 1; t < n; t++)
                        for (int s = 0; s < K; s++) {
                            int best = 0; double bv = delta[(t - 1) * K] + logA[s];
                            for (int p = 1; p < K; p++) { double v = delta[(t - 1) * K + p] + logA[p * K + s]; if (v > bv) { bv = v; best = p; } }
                            delta[t * K + s] = bv + logB[s * 2 + obs[t]];
                            back[t * K + s] = best;
                        }
                    int state = 0;
                    for (int s = 1; s < K; s++) if (delta[(n - 1) * K + s] > delta[(n - 1) * K + state]) state = s;
                    double emissions = 0;
                    for (int t = n - 1; t >= 0; t--) { emissions += logB[state * 2 + obs[t]]; state = back[t * K + state]; }
                    return emissions; }
                """, (r, n) => Hmm(r, n).Where((_, k) => k != 2).ToArray()),
            C("S25ViterbiBackPointersStop", """
                [Differentiable("logA", "logB")] public static double S25ViterbiBackPointersStop(double[] logA, double[] logB, int[] obs) {
                    const int K = 3; int n = obs.Length;
                    double[] delta = new double[n * K]; double[] back = new double[n * K];
                    for (int s = 0; s < K; s++) delta[s] = logB[s * 2 + obs[0]];
                    for (int t = 1; t < n; t++)
                        for (int s = 0; s < K; s++) {
                            int best = 0; double bv = delta[(t - 1) * K] + logA[s];
                            for (int p = 1; p < K; p++) { double v = delta[(t - 1) * K + p] + logA[p * K + s]; if (v > bv) { bv = v; best = p; } }
                            delta[t * K + s] = bv + logB[s * 2 + obs[t]];
                            back[t * K + s] = best;
                        }
                    int state = 0;
                    for (int s = 1; s < K; s++) if (delta[(n - 1) * K + s] > delta[(n - 1) * K + state]) state = s;
                    double emissions = 0;
                    for (int t = n - 1; t >= 0; t--) { emissions += logB[state * 2 + obs[t]]; state = (int)Gradient.Stop(back[t * K + state]); }
                    return emissions; }
                """, (r, n) => Hmm(r, n).Where((_, k) => k != 2).ToArray()),
            S("S25AdamDoubleCounter", """
                [Differentiable] public static double S25AdamDoubleCounter(double lr, double beta1, double w0) {
                    double w = w0, m = 0, v = 0, t = 0;
                    for (int k = 0; k < 7; k++) {
                        t += 1;
                        double g = Math.Sinh(w - 0.5);
                        m = beta1 * m + (1 - beta1) * g; v = 0.99 * v + 0.01 * g * g;
                        w -= lr * (m / (1 - Math.Pow(beta1, t))) / Math.Sqrt(v / (1 - Math.Pow(0.99, t)) + 1e-12);
                    }
                    return w * w * w; }
                """, r => new object[] { Uniform(r, 0.02, 0.1), Uniform(r, 0.7, 0.95), Uniform(r, -1.5, -0.5) }),
        };
    }
}
