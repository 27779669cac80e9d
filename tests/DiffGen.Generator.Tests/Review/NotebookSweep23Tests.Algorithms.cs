using System;
using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>
    /// Accepted textbook algorithms with integer bookkeeping beside the floating-point work: argmax and argmin found by
    /// comparisons, pivoting, backpointers, recurrences in three terms, continued fractions, bidirectional passes.
    /// </content>
    public sealed partial class NotebookSweep23Tests
    {
        private static readonly ArrayCase[] AlgorithmCases =
        {
            C("S23KMeansHard", """
                [Differentiable("centers")] public static double S23KMeansHard(double[] centers, double[] x) {
                    int k = centers.Length; double loss = 0;
                    for (int i = 0; i < x.Length; i++) {
                        int best = 0; double bestD = (x[i] - centers[0]) * (x[i] - centers[0]);
                        for (int c = 1; c < k; c++) { double dd = (x[i] - centers[c]) * (x[i] - centers[c]); if (dd < bestD) { bestD = dd; best = c; } }
                        loss += bestD + 0.01 * centers[best]; }
                    return loss; }
                """, (r, n) => new object[] { new[] { -1.5 + Uniform(r, -0.2, 0.2), Uniform(r, -0.2, 0.2), 1.5 + Uniform(r, -0.2, 0.2) }, Vector(r, n, -2.5, 2.5) }),
            C("S23ViterbiScore", """
                [Differentiable("emit", "trans")] public static double S23ViterbiScore(double[] emit, double[] trans, int k) {
                    int t = emit.Length / k; double[] score = new double[k]; double[] next = new double[k];
                    for (int j = 0; j < k; j++) score[j] = emit[j];
                    for (int s = 1; s < t; s++) {
                        for (int j = 0; j < k; j++) {
                            double best = double.NegativeInfinity;
                            for (int i = 0; i < k; i++) best = Math.Max(best, score[i] + trans[i * k + j]);
                            next[j] = best + emit[s * k + j]; }
                        for (int j = 0; j < k; j++) score[j] = next[j]; }
                    double fin = double.NegativeInfinity; for (int j = 0; j < k; j++) fin = Math.Max(fin, score[j]);
                    return fin; }
                """, (r, n) => new object[] { Vector(r, 3 * (n + 1), -2, 2), Vector(r, 9, -1, 1), 3 }, Small),
            C("S23ChebyshevThreeTerm", """
                [Differentiable("c", "x")] public static double S23ChebyshevThreeTerm(double[] c, double x) {
                    double tPrev = 1, tCur = x; double s = c.Length > 0 ? c[0] : 0;
                    for (int k = 1; k < c.Length; k++) { s += c[k] * tCur; double tNext = 2 * x * tCur - tPrev; tPrev = tCur; tCur = tNext; }
                    return s; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -0.95, 0.95) }),
            C("S23ClenshawBackward", """
                [Differentiable("c", "x")] public static double S23ClenshawBackward(double[] c, double x) {
                    double b1 = 0, b2 = 0;
                    for (int k = c.Length - 1; k >= 1; k--) { double b0 = c[k] + 2 * x * b1 - b2; b2 = b1; b1 = b0; }
                    return (c.Length > 0 ? c[0] : 0) + x * b1 - b2; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -0.95, 0.95) }),
            C("S23ContinuedFractionTanh", """
                [Differentiable("x")] public static double S23ContinuedFractionTanh(double x, int terms) {
                    double f = 2 * terms + 1;
                    for (int k = terms - 1; k >= 0; k--) f = (2 * k + 1) + x * x / f;
                    return x / f; }
                """, (r, n) => new object[] { Uniform(r, -2, 2), 12 }, ArrayCase.Scalar),
            C("S23BidirectionalRnn", """
                [Differentiable("wf", "wb")] public static double S23BidirectionalRnn(double[] wf, double[] wb, double[] xs) {
                    int t = xs.Length; double[] hf = new double[t]; double[] hb = new double[t];
                    double h = 0; for (int s = 0; s < t; s++) { h = Math.Tanh(wf[0] * xs[s] + wf[1] * h); hf[s] = h; }
                    h = 0; for (int s = t - 1; s >= 0; s--) { h = Math.Tanh(wb[0] * xs[s] + wb[1] * h); hb[s] = h; }
                    double loss = 0; for (int s = 0; s < t; s++) loss += (hf[s] * hb[s] - 0.1 * xs[s]) * (hf[s] * hb[s] - 0.1 * xs[s]);
                    return loss; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Vector(r, 2, -1, 1), Vector(r, n, -1, 1) }),
            C("S23ExpBySquaring", """
                [Differentiable("x")] public static double S23ExpBySquaring(double x, int n) {
                    double result = 1, b = x; int e = n;
                    while (e > 0) { if (e % 2 == 1) result *= b; b *= b; e /= 2; }
                    return result; }
                """, (r, n) => new object[] { Uniform(r, -1.3, 1.3), 13 }, ArrayCase.Scalar),
            C("S23CopyFillCollection", """
                [Differentiable("x0", "decay")] public static double S23CopyFillCollection(double[] x0, double decay) {
                    int n = x0.Length; double[] a = [.. x0]; double[] b = new double[n]; Array.Fill(b, 0.5);
                    double loss = 0;
                    for (int it = 0; it < 3; it++) {
                        for (int i = 0; i < n; i++) b[i] = decay * b[i] + (1 - decay) * a[i] * a[i];
                        Array.Copy(b, a, n);
                        for (int i = 0; i < n; i++) loss += Math.Sqrt(a[i] + 1); }
                    return loss; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, 0.3, 0.9) }),
            C("S23TopLevelEarlyStop", """
                [Differentiable("w")] public static double S23TopLevelEarlyStop(double[] w, double[] x) {
                    double s = 0; double[] acc = new double[x.Length];
                    for (int i = 0; i < x.Length; i++) { acc[i] = w[i % w.Length] * x[i]; s += acc[i] * acc[i]; if (s > 4) return Math.Sqrt(s); }
                    return s; }
                """, (r, n) => new object[] { Vector(r, 2, -1.5, 1.5), Vector(r, n, -1.5, 1.5) }),
            C("S23DoubleLabelsToInt", """
                [Differentiable("w")] public static double S23DoubleLabelsToInt(double[] w, double[] x, double[] y) {
                    int k = 3; double nll = 0;
                    for (int i = 0; i < y.Length; i++) {
                        int label = (int)y[i]; double mx = double.NegativeInfinity;
                        for (int c = 0; c < k; c++) mx = Math.Max(mx, w[c] * x[i]);
                        double z = 0; for (int c = 0; c < k; c++) z += Math.Exp(w[c] * x[i] - mx);
                        nll += mx + Math.Log(z) - w[label] * x[i]; }
                    return nll; }
                """, (r, n) => new object[] { Vector(r, 3, -1, 1), Vector(r, n, -2, 2), Enumerable.Range(0, n).Select(_ => (double)r.Next(3)).ToArray() }),
            C("S23ArgmaxThenLog", """
                [Differentiable("logits")] public static double S23ArgmaxThenLog(double[] logits, int k) {
                    int rows = logits.Length / k; double total = 0;
                    for (int s = 0; s < rows; s++) {
                        int arg = 0; for (int c = 1; c < k; c++) if (logits[s * k + c] > logits[s * k + arg]) arg = c;
                        double z = 0; for (int c = 0; c < k; c++) z += Math.Exp(logits[s * k + c] - logits[s * k + arg]);
                        total += Math.Log(z) + 0.1 * logits[s * k + arg] * arg; }
                    return total; }
                """, (r, n) => new object[] { Enumerable.Range(0, n).SelectMany(_ => Separated(r, 3, 0.5)).ToArray(), 3 }),
            C("S23PowIntExponent", """
                [Differentiable("x", "b")] public static double S23PowIntExponent(double[] x, double b, int n) {
                    double s = 0; for (int i = 0; i < x.Length; i++) s += Math.Pow(x[i], n) + Math.Log(Math.Abs(x[i]) + 1, b);
                    return s; }
                """, (r, n) => new object[] { AwayFromZero(r, n, 0.2, 1.5), Uniform(r, 1.5, 4), 3 }),
            C("S23GaussPivotAugmented", """
                [Differentiable("a", "b")] public static double S23GaussPivotAugmented(double[] a, double[] b, int n) {
                    int w = n + 1; double[] m = new double[n * w]; double[] col = new double[n];
                    for (int i = 0; i < n; i++) { for (int j = 0; j < n; j++) m[i * w + j] = a[i * n + j]; m[i * w + n] = b[i]; }
                    for (int k = 0; k < n; k++) {
                        for (int i = 0; i < n; i++) col[i] = Math.Abs(m[i * w + k]);
                        int p = k; for (int i = k + 1; i < n; i++) if (col[i] > col[p]) p = i;
                        for (int j = 0; j < w; j++) { double t = m[k * w + j]; m[k * w + j] = m[p * w + j]; m[p * w + j] = t; }
                        for (int i = k + 1; i < n; i++) {
                            double f = m[i * w + k] / m[k * w + k];
                            for (int j = k; j < w; j++) m[i * w + j] -= f * m[k * w + j]; } }
                    double[] sol = new double[n];
                    for (int i = n - 1; i >= 0; i--) { double s = m[i * w + n]; for (int j = i + 1; j < n; j++) s -= m[i * w + j] * sol[j]; sol[i] = s / m[i * w + i]; }
                    double o = 0; for (int i = 0; i < n; i++) o += sol[i] * (i + 1);
                    return o; }
                """, (r, n) => { int m = (n % 3) + 1; return new object[] { Vector(r, m * m, -2, 2).Select((v, i) => i % (m + 1) == 0 ? v * 0.2 : v).ToArray(), Vector(r, m, -1, 1), m }; }, new[] { 0, 1, 2, 3, 4, 5 }),
        };
    }
}
