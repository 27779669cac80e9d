using System;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>
    /// Probes of what the reverse sweep does not run again: last writes of an iteration whose derivative reads the element
    /// they wrote (a quotient, a root, a logistic, an exponential), buffers filled under a mask, invariant-looking reads of
    /// scattered arrays, helpers that read an array a reduction fills as it goes.
    /// </content>
    public sealed partial class Solver25Tests
    {
        private static object[] Lms(Random r, int n) => new object[] { Vector(r, 3, -0.5, 0.5), Uniform(r, 0.05, 0.2), Vector(r, n + 3, -1, 1), Vector(r, n + 3, -1, 1) };

        private static readonly ArrayCase[] Probe4Cases =
        {
            C("S25UnreadQuotientWrite", """
                [Differentiable("w0", "mu")] public static double S25UnreadQuotientWrite(double[] w0, double mu, double[] x, double[] d) {
                    int m = w0.Length; double[] w = new double[m]; double loss = 0;
                    for (int k = 0; k < m; k++) w[k] = w0[k];
                    for (int t = m - 1; t < x.Length; t++) {
                        double y = 0; for (int k = 0; k < m; k++) y += w[k] * x[t - k];
                        double e = d[t] - y; loss += e * e;
                        double norm = 1 + 0.1 * e * e;
                        for (int k = 0; k < m; k++) w[k] = (w[k] + mu * e * x[t - k]) / norm;
                    }
                    return loss; }
                """, Lms),
            C("S25UnreadRootWrite", """
                [Differentiable("w0", "mu")] public static double S25UnreadRootWrite(double[] w0, double mu, double[] x, double[] d) {
                    int m = w0.Length; double[] w = new double[m]; double loss = 0;
                    for (int k = 0; k < m; k++) w[k] = w0[k];
                    for (int t = m - 1; t < x.Length; t++) {
                        double y = 0; for (int k = 0; k < m; k++) y += w[k] * x[t - k];
                        double e = d[t] - y; loss += e * e;
                        for (int k = 0; k < m; k++) w[k] = Math.Sqrt(w[k] * w[k] + mu * e * e);
                    }
                    return loss; }
                """, Lms),
            C("S25UnreadLogisticWrite", """
                [Differentiable("w0", "mu")] public static double S25UnreadLogisticWrite(double[] w0, double mu, double[] x, double[] d) {
                    int m = w0.Length; double[] w = new double[m]; double loss = 0;
                    for (int k = 0; k < m; k++) w[k] = w0[k];
                    for (int t = m - 1; t < x.Length; t++) {
                        double y = 0; for (int k = 0; k < m; k++) y += w[k] * x[t - k];
                        double e = d[t] - y; loss += e * e;
                        for (int k = 0; k < m; k++) w[k] = 1 / (1 + Math.Exp(-(w[k] + mu * e * x[t - k])));
                    }
                    return loss; }
                """, Lms),
            C("S25UnreadExpWrite", """
                [Differentiable("w0", "mu")] public static double S25UnreadExpWrite(double[] w0, double mu, double[] x, double[] d) {
                    int m = w0.Length; double[] w = new double[m]; double loss = 0;
                    for (int k = 0; k < m; k++) w[k] = w0[k];
                    for (int t = m - 1; t < x.Length; t++) {
                        double y = 0; for (int k = 0; k < m; k++) y += w[k] * x[t - k];
                        double e = d[t] - y; loss += e * e;
                        for (int k = 0; k < m; k++) w[k] = Math.Exp(0.5 * w[k] - mu * e * x[t - k]) - 1;
                    }
                    return loss; }
                """, Lms),
            C("S25UnreadDecayWrite", """
                [Differentiable("w0", "mu", "lam")] public static double S25UnreadDecayWrite(double[] w0, double mu, double lam, double[] x, double[] d) {
                    int m = w0.Length; double[] w = new double[m]; double loss = 0;
                    for (int k = 0; k < m; k++) w[k] = w0[k];
                    for (int t = m - 1; t < x.Length; t++) {
                        double y = 0; for (int k = 0; k < m; k++) y += w[k] * x[t - k];
                        double e = d[t] - y; loss += e * e;
                        for (int k = 0; k < m; k++) w[k] += mu * e * x[t - k];
                        for (int k = 0; k < m; k++) w[k] *= Math.Exp(-lam * e * e);
                    }
                    return loss; }
                """, (r, n) => new object[] { Vector(r, 3, -0.5, 0.5), Uniform(r, 0.05, 0.2), Uniform(r, 0.1, 1), Vector(r, n + 3, -1, 1), Vector(r, n + 3, -1, 1) }),
            C("S25MaskedHiddenLayer", """
                [Differentiable("w", "v")] public static double S25MaskedHiddenLayer(double[] w, double[] v, double[] xs, int[] mask) {
                    int h = w.Length; double[] hid = new double[h]; double output = 0;
                    for (int s = 0; s < xs.Length; s++) {
                        for (int k = 0; k < h; k++) if (mask[s * h + k] == 1) hid[k] = Math.Tanh(w[k] * xs[s]);
                        for (int k = 0; k < h; k++) output += v[k] * hid[k] * (s + 1);
                    }
                    return output; }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n), Vector(r, 4), Ints(r, 4 * n, 2) }),
            C("S25AccumulatedHiddenLayer", """
                [Differentiable("w", "v")] public static double S25AccumulatedHiddenLayer(double[] w, double[] v, double[] xs) {
                    int h = w.Length; double[] hid = new double[h]; double output = 0;
                    for (int s = 0; s < xs.Length; s++) {
                        for (int k = 0; k < h; k++) hid[k] += Math.Tanh(w[k] * xs[s]);
                        for (int k = 0; k < h; k++) output += v[k] * hid[k] * hid[k];
                    }
                    return output; }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n), Vector(r, 4) }),
            C("S25HalfFilledHiddenLayer", """
                [Differentiable("w", "v")] public static double S25HalfFilledHiddenLayer(double[] w, double[] v, double[] xs) {
                    int h = w.Length; double[] hid = new double[h]; double output = 0;
                    for (int s = 0; s < xs.Length; s++) {
                        for (int k = 0; k < h; k++) hid[k / 2] = Math.Tanh(w[k] * xs[s] + hid[k / 2]);
                        for (int k = 0; k < h; k++) output += v[k] * hid[k];
                    }
                    return output; }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n), Vector(r, 4) }),
            C("S25InvariantReadScattered", """
                [Differentiable] public static double S25InvariantReadScattered(double[] x, int[] idx) {
                    double[] a = { 1, 0.5, 0.25 }; double s = 0;
                    for (int i = 0; i < x.Length; i++) { s += a[0] * x[i] + a[2] * a[2]; a[idx[i]] += x[i] * x[i]; }
                    return s; }
                """, (r, n) => new object[] { Vector(r, n), Ints(r, n, 3) }, new[] { 1, 2, 4, 6 }),
            C("S25HelperReadsPartiallyFilled", """
                [Differentiable] public static double S25SumSquares(double[] u) { double e = 0; for (int i = 0; i < u.Length; i++) e += u[i] * u[i] * (i + 1); return e; }
                [Differentiable] public static double S25HelperReadsPartiallyFilled(double[] x, double c) {
                    int n = x.Length; double[] a = new double[n]; double s = 0;
                    for (int i = 0; i < n; i++) { a[i] = x[i] * c; s += S25SumSquares(a); }
                    return s; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.2, 0.8) }),
            C("S25HelperTwiceSameArray", """
                [Differentiable] public static double S25Dot(double[] u, double[] v) { double e = 0; for (int i = 0; i < u.Length; i++) e += u[i] * v[i]; return e; }
                [Differentiable] public static double S25HelperTwiceSameArray(double[] x, double lr) {
                    int n = x.Length; double[] a = (double[])x.Clone(); double s = 0;
                    for (int k = 0; k < 3; k++) {
                        double e = S25Dot(a, a) + S25Dot(a, x);
                        for (int i = 0; i < n; i++) a[i] -= lr * (2 * a[i] + x[i]) * e;
                        s += e;
                    }
                    return s; }
                """, (r, n) => new object[] { Vector(r, n, -0.7, 0.7), Uniform(r, 0.02, 0.08) }),
        };
    }
}
