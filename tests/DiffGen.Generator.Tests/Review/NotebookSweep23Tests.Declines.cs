using System;
using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>Methods written as a notebook writes them that the generator declines, each beside the rewrite its message suggests.</content>
    public sealed partial class NotebookSweep23Tests
    {
        private static readonly ArrayCase[] ProbeCases =
        {
            C("S23NewtonBoolConverged", """
                [Differentiable("a")] public static double S23NewtonBoolConverged(double a, double target) {
                    double x = 1; bool converged = false; int it = 0;
                    while (!converged && it < 50) { double step = (x * x * x - a) / (3 * x * x); x -= step; converged = Math.Abs(step) < 1e-14; it++; }
                    return (x - target) * (x - target); }
                """, (r, n) => new object[] { Uniform(r, 0.5, 8), Uniform(r, 0, 1) }, ArrayCase.Scalar),
            C("S23NewtonIntFlag", """
                [Differentiable("a")] public static double S23NewtonIntFlag(double a, double target) {
                    double x = 1; int converged = 0; int it = 0;
                    while (converged == 0 && it < 50) { double step = (x * x * x - a) / (3 * x * x); x -= step; converged = Math.Abs(step) < 1e-14 ? 1 : 0; it++; }
                    return (x - target) * (x - target); }
                """, (r, n) => new object[] { Uniform(r, 0.5, 8), Uniform(r, 0, 1) }, ArrayCase.Scalar),
            C("S23ClipInPlace", """
                [Differentiable("w", "x")] public static double S23ClipInPlace(double[] w, double[] x) {
                    int n = x.Length; double[] h = new double[n];
                    for (int i = 0; i < n; i++) h[i] = w[i] * x[i];
                    for (int i = 0; i < n; i++) if (h[i] > 1) h[i] = 1;
                    double s = 0; for (int i = 0; i < n; i++) s += h[i] * h[i] + h[i];
                    return s; }
                """, (r, n) => new object[] { Vector(r, n, -2, 2), Vector(r, n, -1, 1) }),
            C("S23ClipChoice", """
                [Differentiable("w", "x")] public static double S23ClipChoice(double[] w, double[] x) {
                    int n = x.Length; double[] h = new double[n];
                    for (int i = 0; i < n; i++) h[i] = w[i] * x[i];
                    for (int i = 0; i < n; i++) h[i] = h[i] > 1 ? 1 : h[i];
                    double s = 0; for (int i = 0; i < n; i++) s += h[i] * h[i] + h[i];
                    return s; }
                """, (r, n) => new object[] { Vector(r, n, -2, 2), Vector(r, n, -1, 1) }),
            C("S23RnnArrayAssign", """
                [Differentiable("w", "u")] public static double S23RnnArrayAssign(double[] w, double[] u, double[] xs) {
                    int hs = 2; double[] h = new double[hs]; double loss = 0;
                    for (int t = 0; t < xs.Length; t++) {
                        double[] hNew = new double[hs];
                        for (int i = 0; i < hs; i++) { double a = w[i] * xs[t]; for (int j = 0; j < hs; j++) a += u[i * hs + j] * h[j]; hNew[i] = Math.Tanh(a); }
                        h = hNew; loss += h[0] * h[1]; }
                    return loss; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Vector(r, 4, -1, 1), Vector(r, n, -1, 1) }),
            C("S23RnnCopyBack", """
                [Differentiable("w", "u")] public static double S23RnnCopyBack(double[] w, double[] u, double[] xs) {
                    int hs = 2; double[] h = new double[hs]; double[] hNew = new double[hs]; double loss = 0;
                    for (int t = 0; t < xs.Length; t++) {
                        for (int i = 0; i < hs; i++) { double a = w[i] * xs[t]; for (int j = 0; j < hs; j++) a += u[i * hs + j] * h[j]; hNew[i] = Math.Tanh(a); }
                        for (int i = 0; i < hs; i++) h[i] = hNew[i];
                        loss += h[0] * h[1]; }
                    return loss; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Vector(r, 4, -1, 1), Vector(r, n, -1, 1) }),
            C("S23RoundedPrice", """
                [Differentiable("s", "k")] public static double S23RoundedPrice(double s, double k, double[] w) {
                    double total = 0;
                    for (int i = 0; i < w.Length; i++) total += w[i] * Math.Round(s * (i + 1) - k, 2) + s * k;
                    return total; }
                """, (r, n) => new object[] { Uniform(r, 1, 2), Uniform(r, 0, 1), Vector(r, n, -1, 1) }),
            C("S23RoundedPriceStop", """
                [Differentiable("s", "k")] public static double S23RoundedPriceStop(double s, double k, double[] w) {
                    double total = 0;
                    for (int i = 0; i < w.Length; i++) total += w[i] * Gradient.Stop(Math.Round((s * (i + 1) - k) * 100) / 100) + s * k;
                    return total; }
                """, (r, n) => new object[] { Uniform(r, 1, 2), Uniform(r, 0, 1), Vector(r, n, -1, 1) }),
            C("S23HypotChain", """
                [Differentiable("xs")] public static double S23HypotChain(double[] xs) {
                    double len = 0;
                    for (int i = 0; i + 3 < xs.Length; i += 2) len += double.Hypot(xs[i + 2] - xs[i], xs[i + 3] - xs[i + 1]);
                    return len; }
                """, (r, n) => new object[] { Vector(r, 2 * n, -2, 2) }),
            C("S23SqrtChain", """
                [Differentiable("xs")] public static double S23SqrtChain(double[] xs) {
                    double len = 0;
                    for (int i = 0; i + 3 < xs.Length; i += 2) len += Math.Sqrt((xs[i + 2] - xs[i]) * (xs[i + 2] - xs[i]) + (xs[i + 3] - xs[i + 1]) * (xs[i + 3] - xs[i + 1]));
                    return len; }
                """, (r, n) => new object[] { Vector(r, 2 * n, -2, 2) }),
            C("S23FirstHitNested", """
                [Differentiable("w")] public static double S23FirstHitNested(double[] w, double[] x, int d) {
                    int rows = x.Length / d;
                    for (int i = 0; i < rows; i++)
                        for (int j = 0; j < d; j++)
                            if (w[j] * x[i * d + j] > 1.5) return w[j] * x[i * d + j];
                    double s = 0; for (int j = 0; j < d; j++) s += w[j] * w[j];
                    return s; }
                """, (r, n) => new object[] { Vector(r, 2, -2, 2), Vector(r, 2 * n, -1.5, 1.5), 2 }),
            C("S23FirstHitFlag", """
                [Differentiable("w")] public static double S23FirstHitFlag(double[] w, double[] x, int d) {
                    int rows = x.Length / d; int found = 0; double hit = 0;
                    for (int i = 0; i < rows; i++) {
                        for (int j = 0; j < d; j++)
                            if (w[j] * x[i * d + j] > 1.5) { hit = w[j] * x[i * d + j]; found = 1; break; }
                        if (found == 1) break; }
                    double s = 0; for (int j = 0; j < d; j++) s += w[j] * w[j];
                    return found == 1 ? hit : s; }
                """, (r, n) => new object[] { Vector(r, 2, -2, 2), Vector(r, 2 * n, -1.5, 1.5), 2 }),
            C("S23JaggedRowLocal", """
                [Differentiable("w")] public static double S23JaggedRowLocal(double[] w, double[][] rows, double[] y) {
                    double sse = 0;
                    for (int i = 0; i < rows.Length; i++) { double[] row = rows[i]; double p = 0; for (int j = 0; j < w.Length; j++) p += w[j] * row[j]; sse += (p - y[i]) * (p - y[i]); }
                    return sse; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Enumerable.Range(0, n).Select(_ => Vector(r, 2, -1, 1)).ToArray(), Vector(r, n, -1, 1) }),
            C("S23JaggedIndexed", """
                [Differentiable("w")] public static double S23JaggedIndexed(double[] w, double[][] rows, double[] y) {
                    double sse = 0;
                    for (int i = 0; i < rows.Length; i++) { double p = 0; for (int j = 0; j < w.Length; j++) p += w[j] * rows[i][j]; sse += (p - y[i]) * (p - y[i]); }
                    return sse; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Enumerable.Range(0, n).Select(_ => Vector(r, 2, -1, 1)).ToArray(), Vector(r, n, -1, 1) }),
            C("S23LocalFunctionBlock", """
                [Differentiable("w")] public static double S23LocalFunctionBlock(double[] w, double[] x, int[] labels) {
                    double Sigmoid(double z) { return 1 / (1 + Math.Exp(-z)); }
                    double nll = 0;
                    for (int i = 0; i < labels.Length; i++) { double p = Sigmoid(w[0] + w[1] * x[i]); nll -= labels[i] == 1 ? Math.Log(p) : Math.Log(1 - p); }
                    return nll; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Vector(r, n, -2, 2), Labels(r, n, 2) }),
            C("S23LocalFunctionArrow", """
                [Differentiable("w")] public static double S23LocalFunctionArrow(double[] w, double[] x, int[] labels) {
                    double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));
                    double nll = 0;
                    for (int i = 0; i < labels.Length; i++) { double p = Sigmoid(w[0] + w[1] * x[i]); nll -= labels[i] == 1 ? Math.Log(p) : Math.Log(1 - p); }
                    return nll; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Vector(r, n, -2, 2), Labels(r, n, 2) }),
            C("S23LambdaActivation", """
                [Differentiable("w")] public static double S23LambdaActivation(double[] w, double[] x) {
                    Func<double, double> act = z => Math.Tanh(z);
                    double s = 0; for (int i = 0; i < x.Length; i++) s += act(w[0] * x[i] + w[1]);
                    return s; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Vector(r, n, -2, 2) }),
            C("S23MatrixWeights", """
                [Differentiable("W")] public static double S23MatrixWeights(double[,] W, double[] x, double[] y) {
                    double sse = 0;
                    for (int i = 0; i < W.GetLength(0); i++) { double p = 0; for (int j = 0; j < W.GetLength(1); j++) p += W[i, j] * x[j]; sse += (p - y[i]) * (p - y[i]); }
                    return sse; }
                """, (r, n) => new object[] { new double[2, 2] { { 0.5, -0.2 }, { 0.1, 0.3 } }, Vector(r, 2, -1, 1), Vector(r, 2, -1, 1) }),
            C("S23MatrixWeightsFlat", """
                [Differentiable("W")] public static double S23MatrixWeightsFlat(double[] W, double[] x, double[] y) {
                    int cols = x.Length; double sse = 0;
                    for (int i = 0; i < y.Length; i++) { double p = 0; for (int j = 0; j < cols; j++) p += W[i * cols + j] * x[j]; sse += (p - y[i]) * (p - y[i]); }
                    return sse; }
                """, (r, n) => new object[] { Vector(r, 2 * n, -1, 1), Vector(r, 2, -1, 1), Vector(r, n, -1, 1) }),
            C("S23MedianSort", """
                [Differentiable("x")] public static double S23MedianSort(double[] x) {
                    double[] s = (double[])x.Clone(); Array.Sort(s);
                    return s[s.Length / 2]; }
                """, (r, n) => new object[] { Separated(r, n, 0.3) }, ArrayCase.NonEmpty),
            C("S23DebugPrint", """
                [Differentiable("w")] public static double S23DebugPrint(double[] w, double[] x) {
                    double loss = 0;
                    for (int i = 0; i < x.Length; i++) { loss += (w[0] * x[i] - 1) * (w[0] * x[i] - 1); if (i % 100 == 0) Console.WriteLine($"step {i}: {loss}"); }
                    return loss; }
                """, (r, n) => new object[] { Vector(r, 1, -1, 1), Vector(r, n, -1, 1) }),
            C("S23RecursivePower", """
                [Differentiable("x")] public static double S23Pow(double x, int n) => n == 0 ? 1 : x * S23Pow(x, n - 1);
                [Differentiable("c", "x")] public static double S23RecursivePower(double[] c, double x) {
                    double s = 0; for (int i = 0; i < c.Length; i++) s += c[i] * S23Pow(x, i);
                    return s; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1.5, 1.5) }),
            C("S23TimeLoopBreak", """
                [Differentiable("k", "v0")] public static double S23TimeLoopBreak(double k, double v0, double dt) {
                    double x = 0, v = v0;
                    for (double t = 0; t < 5; t += dt) { v -= dt * (9.81 + k * v * Math.Abs(v)); x += dt * v; if (x < 0) break; }
                    return v * v; }
                """, (r, n) => new object[] { Uniform(r, 0.05, 0.2), Uniform(r, 5, 10), 0.25 }, ArrayCase.Scalar),
            C("S23TimeLoopDoubleHeader", """
                [Differentiable("k", "v0")] public static double S23TimeLoopDoubleHeader(double k, double v0, double dt) {
                    double x = 0, v = v0;
                    for (double t = 0; t < 2; t += dt) { v -= dt * (9.81 + k * v * Math.Abs(v)); x += dt * v; }
                    return x + v * v; }
                """, (r, n) => new object[] { Uniform(r, 0.05, 0.2), Uniform(r, 5, 10), 0.0125 }, ArrayCase.Scalar),
            C("S23TimeLoopWhileStop", """
                [Differentiable("k", "v0")] public static double S23TimeLoopWhileStop(double k, double v0, double dt) {
                    double x = 0, v = v0, t = 0;
                    while (t < 5 && x >= 0) { v -= dt * (9.81 + k * v * Math.Abs(v)); x += dt * v; t += dt; }
                    return v * v; }
                """, (r, n) => new object[] { Uniform(r, 0.05, 0.2), Uniform(r, 5, 10), 0.25 }, ArrayCase.Scalar),
            C("S23VoidHelperStep", """
                static void Step(ref double x, ref double v, double k, double dt) { v -= k * x * dt; x += v * dt; }
                [Differentiable("k")] public static double S23VoidHelperStep(double k, double x0, int steps) {
                    double x = x0, v = 0;
                    for (int i = 0; i < steps; i++) Step(ref x, ref v, k, 0.1);
                    return x * x + v * v; }
                """, (r, n) => new object[] { Uniform(r, 0.5, 2), 1.0, 10 }, ArrayCase.Scalar),
            C("S23GaussPivot", """
                [Differentiable("a", "b")] public static double S23GaussPivot(double[] a, double[] b, int n) {
                    double[] m = (double[])a.Clone(); double[] rhs = (double[])b.Clone();
                    for (int k = 0; k < n; k++) {
                        int p = k; for (int i = k + 1; i < n; i++) if (Math.Abs(m[i * n + k]) > Math.Abs(m[p * n + k])) p = i;
                        if (p != k) {
                            for (int j = 0; j < n; j++) { double t = m[k * n + j]; m[k * n + j] = m[p * n + j]; m[p * n + j] = t; }
                            double tb = rhs[k]; rhs[k] = rhs[p]; rhs[p] = tb; }
                        for (int i = k + 1; i < n; i++) {
                            double f = m[i * n + k] / m[k * n + k];
                            for (int j = k; j < n; j++) m[i * n + j] -= f * m[k * n + j];
                            rhs[i] -= f * rhs[k]; } }
                    double[] sol = new double[n];
                    for (int i = n - 1; i >= 0; i--) { double s = rhs[i]; for (int j = i + 1; j < n; j++) s -= m[i * n + j] * sol[j]; sol[i] = s / m[i * n + i]; }
                    double o = 0; for (int i = 0; i < n; i++) o += sol[i] * (i + 1);
                    return o; }
                """, (r, n) => { int m = (n % 3) + 1; return new object[] { Vector(r, m * m, -2, 2).Select((v, i) => i % (m + 1) == 0 ? v * 0.2 : v).ToArray(), Vector(r, m, -1, 1), m }; }, new[] { 0, 1, 2, 3, 4, 5 }),
            C("S23GaussPivotCopied", """
                [Differentiable("a", "b")] public static double S23GaussPivotCopied(double[] a, double[] b, int n) {
                    double[] m = (double[])a.Clone(); double[] rhs = (double[])b.Clone(); double[] col = new double[n];
                    for (int k = 0; k < n; k++) {
                        for (int i = 0; i < n; i++) col[i] = Math.Abs(m[i * n + k]);
                        int p = k; for (int i = k + 1; i < n; i++) if (col[i] > col[p]) p = i;
                        for (int j = 0; j < n; j++) { double t = m[k * n + j]; m[k * n + j] = m[p * n + j]; m[p * n + j] = t; }
                        double tb = rhs[k]; rhs[k] = rhs[p]; rhs[p] = tb;
                        for (int i = k + 1; i < n; i++) {
                            double f = m[i * n + k] / m[k * n + k];
                            for (int j = k; j < n; j++) m[i * n + j] -= f * m[k * n + j];
                            rhs[i] -= f * rhs[k]; } }
                    double[] sol = new double[n];
                    for (int i = n - 1; i >= 0; i--) { double s = rhs[i]; for (int j = i + 1; j < n; j++) s -= m[i * n + j] * sol[j]; sol[i] = s / m[i * n + i]; }
                    double o = 0; for (int i = 0; i < n; i++) o += sol[i] * (i + 1);
                    return o; }
                """, (r, n) => { int m = (n % 3) + 1; return new object[] { Vector(r, m * m, -2, 2).Select((v, i) => i % (m + 1) == 0 ? v * 0.2 : v).ToArray(), Vector(r, m, -1, 1), m }; }, new[] { 0, 1, 2, 3, 4, 5 }),
            C("S23GaussPivotNoSwap", """
                [Differentiable("a", "b")] public static double S23GaussPivotNoSwap(double[] a, double[] b, int n) {
                    double[] m = (double[])a.Clone(); double[] rhs = (double[])b.Clone(); double[] col = new double[n];
                    for (int k = 0; k < n; k++) {
                        for (int i = 0; i < n; i++) col[i] = Math.Abs(m[i * n + k]);
                        int p = k; for (int i = k + 1; i < n; i++) if (col[i] > col[p]) p = i;
                        for (int j = 0; j < n; j++) { double rowK = m[k * n + j], rowP = m[p * n + j]; m[k * n + j] = rowP; m[p * n + j] = rowK; }
                        double bk = rhs[k], bp = rhs[p]; rhs[k] = bp; rhs[p] = bk;
                        for (int i = k + 1; i < n; i++) {
                            double f = m[i * n + k] / m[k * n + k];
                            for (int j = k; j < n; j++) m[i * n + j] -= f * m[k * n + j];
                            rhs[i] -= f * rhs[k]; } }
                    double[] sol = new double[n];
                    for (int i = n - 1; i >= 0; i--) { double s = rhs[i]; for (int j = i + 1; j < n; j++) s -= m[i * n + j] * sol[j]; sol[i] = s / m[i * n + i]; }
                    double o = 0; for (int i = 0; i < n; i++) o += sol[i] * (i + 1);
                    return o; }
                """, (r, n) => { int m = (n % 3) + 1; return new object[] { Vector(r, m * m, -2, 2).Select((v, i) => i % (m + 1) == 0 ? v * 0.2 : v).ToArray(), Vector(r, m, -1, 1), m }; }, new[] { 0, 1, 2, 3, 4, 5 }),
            C("S23SwapByMaxIndex", """
                [Differentiable("x")] public static double S23SwapByMaxIndex(double[] x) {
                    int n = x.Length; double[] a = (double[])x.Clone(); double loss = 0;
                    for (int k = 0; k < n; k++) {
                        int p = k; for (int i = k + 1; i < n; i++) if (a[i] > a[p]) p = i;
                        for (int j = 0; j < 1; j++) { double t = a[k]; a[k] = a[p]; a[p] = t; }
                        loss += a[k] * (k + 1); }
                    return loss; }
                """, (r, n) => new object[] { Separated(r, n, 0.3) }, ArrayCase.NonEmpty),
            C("S23SwapByMaxIndexCopied", """
                [Differentiable("x")] public static double S23SwapByMaxIndexCopied(double[] x) {
                    int n = x.Length; double[] a = (double[])x.Clone(); double[] old = new double[n]; double loss = 0;
                    for (int k = 0; k < n; k++) {
                        for (int i = 0; i < n; i++) old[i] = a[i];
                        int p = k; for (int i = k + 1; i < n; i++) if (old[i] > old[p]) p = i;
                        for (int j = 0; j < 1; j++) { double t = a[k]; a[k] = a[p]; a[p] = t; }
                        loss += a[k] * (k + 1); }
                    return loss; }
                """, (r, n) => new object[] { Separated(r, n, 0.3) }, ArrayCase.NonEmpty),
            C("S23InlineStep", """
                [Differentiable("k")] public static double S23InlineStep(double k, double x0, int steps) {
                    double x = x0, v = 0;
                    for (int i = 0; i < steps; i++) { v -= k * x * 0.1; x += v * 0.1; }
                    return x * x + v * v; }
                """, (r, n) => new object[] { Uniform(r, 0.5, 2), 1.0, 10 }, ArrayCase.Scalar),
            C("S23RecursivePowerIf", """
                [Differentiable("x")] public static double S23PowIf(double x, int n) { double r = 1; if (n > 0) { double rest = S23PowIf(x, n - 1); r = x * rest; } return r; }
                [Differentiable("c", "x")] public static double S23RecursivePowerIf(double[] c, double x) {
                    double s = 0; for (int i = 0; i < c.Length; i++) s += c[i] * S23PowIf(x, i);
                    return s; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1.5, 1.5) }),
        };
    }
}
