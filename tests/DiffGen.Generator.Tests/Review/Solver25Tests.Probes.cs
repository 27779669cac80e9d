using System;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>
    /// Probes aimed at what the generator leaves off the tape: buffers filled anew but not whole, reductions whose reads alias
    /// another iteration's writes, running extremes of elements changed later, induction variables with changing steps, sums
    /// read by local functions, scatters with repeated indices, returns from loops after writes.
    /// </content>
    public sealed partial class Solver25Tests
    {
        private static readonly ArrayCase[] ProbeCases =
        {
            C("S25FreshNotWhole", """
                [Differentiable] public static double S25FreshNotWhole(double[] x, double c) {
                    int n = x.Length; double[] buf = new double[n + 1]; double s = 0;
                    for (int t = 0; t < 3; t++) {
                        for (int i = 0; i < n; i++) buf[i] = Math.Sin(x[i] + c * t);
                        buf[n] = buf[n] * 0.5 + buf[0];
                        for (int i = 0; i < n; i++) s += buf[i + 1] * buf[i];
                    }
                    return s; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.2, 1) }),
            C("S25FreshTwoReaders", """
                [Differentiable("w", "v")] public static double S25FreshTwoReaders(double[] w, double[] v, double[] xs) {
                    int h = w.Length; double[] hid = new double[h]; double out1 = 0, out2 = 0;
                    for (int s = 0; s < xs.Length; s++) {
                        for (int k = 0; k < h; k++) hid[k] = Math.Tanh(w[k] * xs[s]);
                        for (int k = 0; k < h; k++) out1 += v[k] * hid[k];
                        for (int k = 0; k < h; k += 2) out2 += hid[k] * hid[k];
                    }
                    return out1 + out2; }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n), Vector(r, 3) }),
            C("S25StaleConditionalWrite", """
                [Differentiable] public static double S25StaleConditionalWrite(double[] x, double c) {
                    int n = x.Length; double[] a = new double[n]; double s = 0;
                    for (int t = 0; t < 4; t++)
                        for (int i = 0; i < n; i++) {
                            if (x[i] * (t + 1) > 1) a[i] = x[i] * t + a[i] * c;
                            s += a[i] * x[i];
                        }
                    return s; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.2, 0.8) }),
            C("S25ReductionAliasNext", """
                [Differentiable] public static double S25ReductionAliasNext(double[] x, double c) {
                    int n = x.Length; double[] a = new double[n]; double s = 0;
                    for (int i = 0; i < n; i++) { a[i] = x[i] * x[i] + c; s += a[(i + 1) % n] * x[i]; }
                    return s; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.2, 0.8) }),
            C("S25ReductionAliasMirror", """
                [Differentiable] public static double S25ReductionAliasMirror(double[] x, double c) {
                    int n = x.Length; double[] a = new double[n]; double s = 0;
                    for (int i = 0; i < n; i++) { a[i] = Math.Exp(c * x[i]); s += a[n - 1 - i] * x[i]; }
                    return s; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.2, 0.8) }),
            C("S25ReductionAliasHalf", """
                [Differentiable] public static double S25ReductionAliasHalf(double[] x, double c) {
                    int n = x.Length; double[] a = new double[n]; double s = 0;
                    for (int i = 0; i < n; i++) { s += a[i / 2] * x[i]; a[i] = c * x[i] + 1; }
                    return s; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.2, 0.8) }),
            C("S25RunningMaxThenChanged", """
                [Differentiable] public static double S25RunningMaxThenChanged(double[] x) {
                    int n = x.Length; double[] a = (double[])x.Clone();
                    double m = double.NegativeInfinity;
                    for (int i = 0; i < n; i++) m = Math.Max(m, a[i] * a[i]);
                    for (int i = 0; i < n; i++) a[i] = a[i] * m;
                    double s = 0; for (int i = 0; i < n; i++) s += a[i];
                    return s + m; }
                """, (r, n) => new object[] { Separated(r, n, 0.3).Select(v => v + 0.05).ToArray() }, ArrayCase.NonEmpty),
            C("S25InductionGrowingStep", """
                [Differentiable] public static double S25InductionGrowingStep(double[] x, double w) {
                    int n = x.Length; int off = 0, step = 1; double s = 0;
                    for (int i = 0; i < n; i++) { s += x[off % n] * x[i] * w; off += step; step += 1; }
                    return s; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.2, 0.8) }),
            C("S25InductionInIf", """
                [Differentiable] public static double S25InductionInIf(double[] x, int[] take) {
                    int n = x.Length; int k = 0; double s = 0; double[] kept = new double[n];
                    for (int i = 0; i < n; i++) { if (take[i] == 1) { kept[k] = x[i] * x[i]; k++; } }
                    for (int i = 0; i < k; i++) s += kept[i] * (i + 1);
                    return s; }
                """, (r, n) => new object[] { Vector(r, n), Ints(r, n, 2) }, ArrayCase.WithEmpty),
            C("S25SumReadByLocalFunction", """
                [Differentiable] public static double S25SumReadByLocalFunction(double[] x, double c) {
                    double s = 0, t = 0;
                    double Scaled() => s * c;
                    for (int i = 0; i < x.Length; i++) { t += Scaled() * x[i]; s += x[i]; }
                    return t + s; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.2, 0.8) }, ArrayCase.WithEmpty),
            C("S25ProductReadByLocalFunction", """
                [Differentiable] public static double S25ProductReadByLocalFunction(double[] x) {
                    double p = 1, t = 0;
                    double Log() => Math.Log(p);
                    for (int i = 0; i < x.Length; i++) { p *= x[i]; t += Log() * i; }
                    return t; }
                """, (r, n) => new object[] { Vector(r, n, 0.5, 2) }, ArrayCase.WithEmpty),
            C("S25LocalFunctionReadsElement", """
                [Differentiable] public static double S25LocalFunctionReadsElement(double[] x, double c) {
                    int n = x.Length; double[] a = (double[])x.Clone(); double s = 0;
                    double At(int i) => a[i];
                    for (int t = 0; t < 3; t++)
                        for (int i = 0; i < n; i++) { s += At(i) * At(i); a[i] = c * Math.Sin(At(i)) + x[i]; }
                    return s; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.2, 0.8) }),
            C("S25ScatterRepeated", """
                [Differentiable] public static double S25ScatterRepeated(double[] x, int[] idx, double c) {
                    double[] a = new double[3];
                    for (int i = 0; i < x.Length; i++) a[idx[i]] = a[idx[i]] * c + x[i];
                    return a[0] * a[0] + a[1] - a[2] * a[2] * a[2]; }
                """, (r, n) => new object[] { Vector(r, n), Ints(r, n, 3), Uniform(r, 0.2, 0.8) }, new[] { 1, 2, 4, 6 }),
            C("S25ScatterThenGather", """
                [Differentiable] public static double S25ScatterThenGather(double[] x, int[] idx, int[] jdx) {
                    double[] a = { 1, 1, 1 }; double s = 0;
                    for (int i = 0; i < x.Length; i++) { s += a[jdx[i]] * x[i]; a[idx[i]] *= 1 + x[i] * x[i]; }
                    return s + a[0]; }
                """, (r, n) => new object[] { Vector(r, n), Ints(r, n, 3), Ints(r, n, 3) }, new[] { 1, 2, 4, 6 }),
            C("S25SelfAddInPlace", """
                [Differentiable] public static double S25SelfAddInPlace(double[] x, double c) {
                    int n = x.Length; double[] a = (double[])x.Clone();
                    for (int t = 0; t < 3; t++) for (int i = 0; i < n; i++) a[i] += a[i] * c;
                    for (int i = 0; i < n; i++) a[i] += a[i];
                    double s = 0; for (int i = 0; i < n; i++) s += a[i] * a[i];
                    return s; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.2, 0.8) }),
            C("S25MirrorInPlace", """
                [Differentiable] public static double S25MirrorInPlace(double[] x, double c) {
                    int n = x.Length; double[] a = (double[])x.Clone();
                    for (int t = 0; t < 2; t++) for (int i = 0; i < n; i++) a[i] = a[n - 1 - i] * c + a[i];
                    double s = 0; for (int i = 0; i < n; i++) s += a[i] * a[i] * (i + 1);
                    return s; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.2, 0.8) }, new[] { 1, 2, 3, 4, 5 }),
            C("S25TwoWritesSameElement", """
                [Differentiable] public static double S25TwoWritesSameElement(double[] x, double c) {
                    int n = x.Length; double[] a = new double[n]; double s = 0;
                    for (int t = 0; t < 3; t++)
                        for (int i = 0; i < n; i++) { a[i] = x[i] + c * a[i]; s += a[i]; a[i] = a[i] * a[i]; }
                    return s + a[0]; }
                """, (r, n) => new object[] { Vector(r, n, -0.8, 0.8), Uniform(r, 0.2, 0.8) }),
            C("S25UnboundedKnapsackForward", """
                [Differentiable("values")] public static double S25UnboundedKnapsackForward(double[] values, int[] weights, int capacity) {
                    double[] dp = new double[capacity + 1];
                    for (int i = 0; i < values.Length; i++)
                        for (int c = weights[i]; c <= capacity; c++)
                            dp[c] = Math.Max(dp[c], dp[c - weights[i]] + values[i]);
                    return dp[capacity]; }
                """, (r, n) => new object[] { Vector(r, n, 0.5, 3), Enumerable.Range(0, n).Select(_ => 1 + r.Next(4)).ToArray(), 7 }),
            C("S25ReturnFromLoopAfterWrites", """
                [Differentiable] public static double S25ReturnFromLoopAfterWrites(double[] x, double c) {
                    int n = x.Length; double[] a = (double[])x.Clone();
                    for (int it = 0; it < 20; it++) {
                        for (int i = 0; i < n; i++) a[i] = 0.5 * a[i] + c * Math.Sin(a[i]);
                        double m = 0; for (int i = 0; i < n; i++) m = Math.Max(m, Math.Abs(a[i]));
                        if (m < 0.3) return a[0] * m + it;
                        a[0] += 0.01;
                    }
                    return -a[0]; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.05, 0.3) }),
            S("S25ReturnFromWhile", """
                [Differentiable] public static double S25ReturnFromWhile(double a, double b) {
                    double x = a, y = b; int k = 0;
                    while (k < 100) {
                        (x, y) = (0.5 * (x + y), Math.Sqrt(x * y));
                        if (Math.Abs(x - y) < 1e-12) return x + k * 0;
                        k++;
                    }
                    return -1; }
                """, r => new object[] { Uniform(r, 0.5, 3), Uniform(r, 0.5, 3) }),
            C("S25BreakBetweenArrayWrites", """
                [Differentiable] public static double S25BreakBetweenArrayWrites(double[] x, double c) {
                    int n = x.Length; double[] a = (double[])x.Clone(); double[] acc = new double[n];
                    for (int it = 0; it < 15; it++) {
                        for (int i = 0; i < n; i++) a[i] = c * Math.Tanh(a[i]);
                        double norm = 0; for (int i = 0; i < n; i++) norm += a[i] * a[i];
                        if (norm < 0.01) break;
                        for (int i = 0; i < n; i++) acc[i] += a[i] * (it + 1);
                    }
                    double s = 0; for (int i = 0; i < n; i++) s += acc[i] + a[i];
                    return s; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.5, 0.9) }),
            C("S25SwapInVariableInnerLoop", """
                [Differentiable] public static double S25SwapInVariableInnerLoop(double[] u0, double alpha) {
                    int n = u0.Length; double[] a = new double[n]; double[] b = new double[n];
                    for (int i = 0; i < n; i++) a[i] = u0[i];
                    for (int t = 0; t < 3; t++)
                        for (int s = 0; s <= t; s++) {
                            for (int i = 0; i < n; i++) b[i] = a[i] + alpha * (a[(i + 1) % n] - a[i]) * (s + 1);
                            (a, b) = (b, a);
                        }
                    double r = 0; for (int i = 0; i < n; i++) r += a[i] * a[i] * (i + 1) + b[i];
                    return r; }
                """, Grid, Grids),
        };
    }
}
