using System;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>
    /// More probes: powers with integer exponents of negative bases, C#'s truncating index division, names the generated code
    /// uses, ragged jagged data, swaps an odd number of times or under a data test, helpers on swapped arrays, packed
    /// triangles, returns from a switch or a foreach inside a loop.
    /// </content>
    public sealed partial class Solver25Tests
    {
        private static double[][] Ragged(Random r, int n) => Enumerable.Range(0, n).Select(i => Vector(r, 1 + ((i * 2) % 4), -1, 1)).ToArray();

        private static readonly ArrayCase[] Probe2Cases =
        {
            C("S25PowCounterNegativeBase", """
                [Differentiable] public static double S25PowCounterNegativeBase(double[] c, double x) {
                    double s = 0;
                    for (int k = 0; k < c.Length; k++) s += c[k] * Math.Pow(x, k);
                    return s; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, -0.2) }, ArrayCase.WithEmpty),
            C("S25PowDoubleLocalExponent", """
                [Differentiable] public static double S25PowDoubleLocalExponent(double[] c, double x) {
                    double s = 0;
                    for (int k = 0; k < c.Length; k++) { double e = k + 1; s += c[k] * Math.Pow(x, e); }
                    return s; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, -0.2) }, ArrayCase.WithEmpty),
            C("S25PowDataExponent", """
                [Differentiable("c", "x")] public static double S25PowDataExponent(double[] c, double x, double[] powers) {
                    double s = 0;
                    for (int k = 0; k < c.Length; k++) s += c[k] * Math.Pow(x, powers[k]);
                    return s; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, -0.2), Enumerable.Range(0, n).Select(_ => (double)r.Next(5)).ToArray() }),
            C("S25HeapParentTruncation", """
                [Differentiable] public static double S25HeapParentTruncation(double[] x, double c) {
                    int n = x.Length; double[] a = (double[])x.Clone();
                    for (int i = 0; i < n; i++) a[i] += c * Math.Sin(a[(i - 1) / 2]);
                    double s = 0; for (int i = 0; i < n; i++) s += a[i] * (i + 1);
                    return s; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.2, 0.8) }, new[] { 1, 2, 3, 5, 8 }),
            C("S25GeneratedNames", """
                [Differentiable("w", "lr")] public static double S25GeneratedNames(double[] w, double lr, double[] x) {
                    int n = w.Length; double[] dW = new double[n]; double[] wTape = (double[])w.Clone();
                    double value = 0, dValue = 0, dLr = lr;
                    for (int k = 0; k < 4; k++) {
                        for (int i = 0; i < n; i++) dW[i] = 2 * (wTape[i] - x[i]) + dValue;
                        for (int i = 0; i < n; i++) wTape[i] -= dLr * dW[i];
                        dValue = 0.1 * dW[0];
                    }
                    for (int i = 0; i < n; i++) value += wTape[i] * wTape[i];
                    return value; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.05, 0.3), Vector(r, n) }),
            C("S25GeneratedNamesTwo", """
                [Differentiable] public static double S25GeneratedNamesTwo(double[] x, double alpha) {
                    int n = x.Length; double[] u = new double[n]; double[] next = new double[n];
                    for (int i = 0; i < n; i++) u[i] = x[i];
                    double swapped = 0, dAlpha = alpha * 2, dX = 0;
                    for (int t = 0; t < 3; t++) {
                        for (int i = 0; i < n; i++) { double fill = u[i] * dAlpha; next[i] = u[i] + fill * 0.1; dX += next[i]; }
                        (u, next) = (next, u);
                        swapped += u[0];
                    }
                    return swapped + dX; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.2, 0.8) }),
            C("S25RaggedRnn", """
                [Differentiable("w", "u")] public static double S25RaggedRnn(double w, double u, double[][] seqs) {
                    double loss = 0;
                    for (int s = 0; s < seqs.Length; s++) {
                        double h = 0;
                        for (int t = 0; t < seqs[s].Length; t++) h = Math.Tanh(w * h + u * seqs[s][t]);
                        loss += (h - 0.5) * (h - 0.5);
                    }
                    return loss; }
                """, (r, n) => new object[] { Uniform(r, -1, 1), Uniform(r, -1, 1), Ragged(r, n) }),
            C("S25SwapCountFromData", """
                [Differentiable] public static double S25SwapCountFromData(double[] u0, double alpha, int steps) {
                    int n = u0.Length; double[] a = new double[n]; double[] b = new double[n];
                    for (int i = 0; i < n; i++) a[i] = u0[i];
                    for (int t = 0; t < steps; t++) {
                        for (int i = 0; i < n; i++) b[i] = a[i] + alpha * Math.Sin(a[(i + 1) % n]);
                        double[] tmp = a; a = b; b = tmp;
                    }
                    double s = 0; for (int i = 0; i < n; i++) s += a[i] * (i + 1) + 0.5 * b[i] * b[i];
                    return s; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.1, 0.5), n }, new[] { 1, 2, 3, 4, 5 }),
            C("S25SwapUnderDataTest", """
                [Differentiable] public static double S25SwapUnderDataTest(double[] u0, double alpha) {
                    int n = u0.Length; double[] a = new double[n]; double[] b = new double[n];
                    for (int i = 0; i < n; i++) { a[i] = u0[i]; b[i] = -u0[i]; }
                    for (int t = 0; t < 6; t++) {
                        double norm = 0;
                        for (int i = 0; i < n; i++) { b[i] = 0.7 * b[i] + alpha * a[i]; norm += b[i] * b[i]; }
                        if (norm > 0.5) (a, b) = (b, a);
                    }
                    double s = 0; for (int i = 0; i < n; i++) s += a[i] * (i + 1) + b[i];
                    return s; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.3, 0.9) }),
            C("S25SwapAfterBreak", """
                [Differentiable] public static double S25SwapAfterBreak(double[] u0, double alpha) {
                    int n = u0.Length; double[] a = new double[n]; double[] b = new double[n];
                    for (int i = 0; i < n; i++) a[i] = u0[i];
                    for (int t = 0; t < 30; t++) {
                        double norm = 0;
                        for (int i = 0; i < n; i++) { b[i] = alpha * Math.Tanh(a[i]); norm += b[i] * b[i]; }
                        if (norm < 0.01) break;
                        (a, b) = (b, a);
                    }
                    double s = 0; for (int i = 0; i < n; i++) s += a[i] * (i + 1) + b[i];
                    return s; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.5, 0.9) }),
            C("S25HelperOnSwapped", """
                [Differentiable] public static double S25Curv(double[] u) { double e = 0; for (int i = 1; i < u.Length; i++) e += (u[i] - u[i - 1]) * (u[i] - u[i - 1]); return e; }
                [Differentiable] public static double S25HelperOnSwapped(double[] u0, double alpha) {
                    int n = u0.Length; double[] a = new double[n]; double[] b = new double[n]; double total = 0;
                    for (int i = 0; i < n; i++) a[i] = u0[i];
                    for (int t = 0; t < 4; t++) {
                        for (int i = 0; i < n; i++) b[i] = a[i] + alpha * ((i > 0 ? a[i - 1] : 0) - 2 * a[i] + (i < n - 1 ? a[i + 1] : 0));
                        (a, b) = (b, a);
                        total += S25Curv(a) - 0.5 * S25Curv(b);
                    }
                    return total; }
                """, Grid, Grids),
            C("S25HelperWithLoopsPerStep", """
                [Differentiable] public static double S25Entropy(double[] z) {
                    double m = z[0]; for (int i = 1; i < z.Length; i++) m = Math.Max(m, z[i]);
                    double s = 0; for (int i = 0; i < z.Length; i++) s += Math.Exp(z[i] - m);
                    double h = 0; for (int i = 0; i < z.Length; i++) { double p = Math.Exp(z[i] - m) / s; h -= p * Math.Log(p); }
                    return h; }
                [Differentiable] public static double S25HelperWithLoopsPerStep(double[] z0, double lr) {
                    int n = z0.Length; double[] z = (double[])z0.Clone(); double total = 0;
                    for (int k = 0; k < 4; k++) {
                        total += S25Entropy(z);
                        for (int i = 0; i < n; i++) z[i] -= lr * (z[i] - 0.1 * i);
                    }
                    return total; }
                """, (r, n) => new object[] { Separated(r, n, 0.4), Uniform(r, 0.05, 0.3) }),
            C("S25PackedTriangleSolve", """
                [Differentiable("packed", "b")] public static double S25PackedTriangleSolve(double[] packed, double[] b) {
                    int n = b.Length; double[] x = (double[])b.Clone(); int li = 0;
                    for (int i = 0; i < n; i++) {
                        for (int j = 0; j < i; j++) { x[i] -= packed[li] * x[j]; li++; }
                        x[i] /= packed[li]; li++;
                    }
                    double s = 0; for (int i = 0; i < n; i++) s += x[i] * x[i] * (i + 1);
                    return s; }
                """, (r, n) => new object[] { Enumerable.Range(0, n).SelectMany(i => Vector(r, i, -0.5, 0.5).Append(Uniform(r, 1, 2))).ToArray(), Vector(r, n) }),
            C("S25ReturnFromSwitchInLoop", """
                [Differentiable("x", "c")] public static double S25ReturnFromSwitchInLoop(double[] x, double c, int[] ops) {
                    double acc = c;
                    for (int i = 0; i < x.Length; i++) {
                        switch (ops[i]) {
                            case 0: acc += x[i]; break;
                            case 1: acc *= 1 + x[i] * x[i]; break;
                            default: return acc * x[i];
                        }
                    }
                    return acc; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1), Ints(r, n, 3) }, ArrayCase.WithEmpty),
            C("S25ReturnFromForeach", """
                [Differentiable] public static double S25ReturnFromForeach(double[] x, double limit) {
                    double acc = 0;
                    foreach (double v in x) {
                        acc += v * v;
                        if (acc > limit) return acc * limit;
                    }
                    return -acc; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.5, 3) }, ArrayCase.WithEmpty),
            C("S25IntegerDivisionBounds", """
                [Differentiable] public static double S25IntegerDivisionBounds(double[] x) {
                    int n = x.Length; double s = 0;
                    for (int i = 0; i < n; i++)
                        for (int j = i / 2; j < n - i / 3; j++) s += x[i] * x[j] / (1 + (i + j) % 3);
                    return s; }
                """, (r, n) => new object[] { Vector(r, n) }, ArrayCase.WithEmpty),
            C("S25OppositeInductions", """
                [Differentiable] public static double S25OppositeInductions(double[] x) {
                    int n = x.Length; double[] a = (double[])x.Clone(); int lo = 0, hi = n - 1;
                    for (int k = 0; k < n / 2; k++) { double t = a[lo] * a[hi]; a[lo] += 0.3 * t; a[hi] -= 0.2 * t; lo++; hi--; }
                    double s = 0; for (int i = 0; i < n; i++) s += a[i] * (i + 1);
                    return s; }
                """, (r, n) => new object[] { Vector(r, n) }, ArrayCase.WithEmpty),
            C("S25DoubleHeaderSwap", """
                [Differentiable("u0", "kappa")] public static double S25DoubleHeaderSwap(double[] u0, double kappa, double tEnd) {
                    int n = u0.Length; double[] a = new double[n]; double[] b = new double[n];
                    for (int i = 0; i < n; i++) a[i] = u0[i];
                    for (double t = 0; t < tEnd; t += 0.1) {
                        for (int i = 0; i < n; i++) b[i] = a[i] + 0.1 * kappa * ((i > 0 ? a[i - 1] : a[i]) - 2 * a[i] + (i < n - 1 ? a[i + 1] : a[i]));
                        (a, b) = (b, a);
                    }
                    double s = 0; for (int i = 0; i < n; i++) s += a[i] * a[i] * (i + 1);
                    return s; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.5, 2), 0.55 }, Grids),
            C("S25TernaryAcrossSwapped", """
                [Differentiable] public static double S25TernaryAcrossSwapped(double[] u0, double alpha) {
                    int n = u0.Length; double[] a = new double[n]; double[] b = new double[n]; double s = 0;
                    for (int i = 0; i < n; i++) { a[i] = u0[i]; b[i] = u0[i] * u0[i]; }
                    for (int t = 0; t < 5; t++) {
                        for (int i = 0; i < n; i++) b[i] = 0.5 * a[i] + alpha * b[i];
                        (a, b) = (b, a);
                        for (int i = 0; i < n; i++) s += (t % 2 == 0 ? a[i] : b[i]) * (i + 1);
                    }
                    return s; }
                """, Grid, Grids),
            C("S25BoolInteriorLocal", """
                [Differentiable] public static double S25BoolInteriorLocal(double[] u0, double alpha) {
                    int n = u0.Length; double[] u = (double[])u0.Clone(); double[] v = new double[n];
                    for (int t = 0; t < 6; t++) {
                        for (int i = 0; i < n; i++) {
                            bool interior = i > 0 && i < n - 1;
                            v[i] = interior ? u[i] + alpha * (u[i - 1] - 2 * u[i] + u[i + 1]) : u[i];
                        }
                        for (int i = 0; i < n; i++) u[i] = v[i];
                    }
                    double s = 0; for (int i = 0; i < n; i++) s += Math.Exp(u[i]) * (i + 1);
                    return s; }
                """, Grid, Grids),
            C("S25SiblingScopesSameName", """
                [Differentiable] public static double S25SiblingScopesSameName(double[] x, double c) {
                    int n = x.Length; double s = 0;
                    for (int i = 0; i < n; i++) { double t = x[i] * c; s += t * t; }
                    for (int i = 0; i < n; i++) { int t = (i * 7) % n; s += x[t] * c; }
                    for (int k = 0; k < n; k++) { double t = Math.Exp(x[k]); s -= t / (k + 1); }
                    return s; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.2, 0.8) }, ArrayCase.WithEmpty),
            C("S25SoftDtwInfinity", """
                [Differentiable] public static double S25SoftDtwInfinity(double[] x, double[] y, double gamma) {
                    int n = x.Length, m = y.Length, w = m + 1;
                    double[] r = new double[(n + 1) * w];
                    for (int k = 1; k < r.Length; k++) r[k] = double.PositiveInfinity;
                    for (int i = 1; i <= n; i++)
                        for (int j = 1; j <= m; j++) {
                            double a = -r[(i - 1) * w + j - 1] / gamma, b = -r[(i - 1) * w + j] / gamma, c = -r[i * w + j - 1] / gamma;
                            double mx = Math.Max(a, Math.Max(b, c));
                            double d = x[i - 1] - y[j - 1];
                            r[i * w + j] = d * d - gamma * (mx + Math.Log(Math.Exp(a - mx) + Math.Exp(b - mx) + Math.Exp(c - mx)));
                        }
                    return r[n * w + m]; }
                """, TwoSeries),
            C("S25InfiniteBorderMinimal", """
                [Differentiable] public static double S25InfiniteBorderMinimal(double[] x, double gamma) {
                    double[] r = { 0, double.PositiveInfinity };
                    double s = 0;
                    for (int i = 0; i < x.Length; i++) s += Math.Exp(-r[1] / gamma) + x[i] * gamma;
                    return s; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.3, 1.5) }, ArrayCase.NonEmpty),
        };
    }
}
