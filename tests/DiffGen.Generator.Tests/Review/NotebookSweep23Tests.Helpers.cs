using System;
using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>
    /// Accepted methods that lean on the less travelled paths: [Differentiable] helpers taking arrays (with offsets, the same array
    /// twice, a local array changed between two calls), spans and stackalloc, switch statements, local functions reading a
    /// local the loop changes, running indices, guards, tables read at a computed cell, double buffers swapped through a temporary.
    /// </content>
    public sealed partial class NotebookSweep23Tests
    {
        private static readonly ArrayCase[] HelperCases =
        {
            C("S23DotWithOffsets", """
                [Differentiable("a", "b")] public static double S23Dot(double[] a, double[] b, int offA, int offB, int len) {
                    double s = 0; for (int i = 0; i < len; i++) s += a[offA + i] * b[offB + i]; return s; }
                [Differentiable("q", "k")] public static double S23DotWithOffsets(double[] q, double[] k, int d) {
                    int t = q.Length / d; double total = 0;
                    for (int i = 0; i < t; i++) {
                        double mx = -1e300; double z = 0; double num = 0;
                        for (int j = 0; j <= i; j++) { double s = S23Dot(q, k, i * d, j * d, d); mx = Math.Max(mx, s); }
                        for (int j = 0; j <= i; j++) { double s = S23Dot(q, k, i * d, j * d, d); double e = Math.Exp(s - mx); z += e; num += e * (j + 1); }
                        total += num / z; }
                    return total; }
                """, (r, n) => new object[] { Vector(r, 2 * n, -1, 1), Vector(r, 2 * n, -1, 1), 2 }),
            C("S23SameArrayTwice", """
                [Differentiable] public static double S23Cos(double[] a, double[] b) {
                    double ab = 0, aa = 0, bb = 0; for (int i = 0; i < a.Length; i++) { ab += a[i] * b[i]; aa += a[i] * a[i]; bb += b[i] * b[i]; }
                    return ab / Math.Sqrt(aa * bb + 1e-12); }
                [Differentiable("w", "v")] public static double S23SameArrayTwice(double[] w, double[] v) {
                    double self = S23Cos(w, w); double cross = S23Cos(w, v);
                    return self * 0.5 + cross * cross; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Vector(r, n, -1, 1) }, ArrayCase.NonEmpty),
            C("S23HelperThenMutate", """
                [Differentiable] public static double S23SqNorm(double[] a) { double s = 0; for (int i = 0; i < a.Length; i++) s += a[i] * a[i]; return s; }
                [Differentiable("w")] public static double S23HelperThenMutate(double[] w, double[] x) {
                    int n = w.Length; double[] h = new double[n];
                    for (int i = 0; i < n; i++) h[i] = Math.Tanh(w[i] * x[i]);
                    double n1 = S23SqNorm(h);
                    for (int i = 0; i < n; i++) h[i] = h[i] * w[i] + 0.5;
                    double n2 = S23SqNorm(h);
                    return n1 * n2 + n1; }
                """, (r, n) => new object[] { Vector(r, n, -1.5, 1.5), Vector(r, n, -1, 1) }),
            C("S23HelperInLoopOnBuffer", """
                [Differentiable] public static double S23LogSumExp(double[] z) {
                    double m = double.NegativeInfinity; for (int i = 0; i < z.Length; i++) m = Math.Max(m, z[i]);
                    double s = 0; for (int i = 0; i < z.Length; i++) s += Math.Exp(z[i] - m); return m + Math.Log(s); }
                [Differentiable("w")] public static double S23HelperInLoopOnBuffer(double[] w, double[] x, int[] labels) {
                    int k = 3, d = 2; double[] logits = new double[k]; double nll = 0;
                    for (int s = 0; s < labels.Length; s++) {
                        for (int c = 0; c < k; c++) { logits[c] = 0; for (int j = 0; j < d; j++) logits[c] += w[c * d + j] * x[s * d + j]; }
                        nll += S23LogSumExp(logits) - logits[labels[s]]; }
                    return nll; }
                """, (r, n) => new object[] { Vector(r, 6, -1, 1), Vector(r, 2 * n, -1.5, 1.5), Labels(r, n, 3) }),
            C("S23SpanStackalloc", """
                [Differentiable("w")] public static double S23SpanStackalloc(ReadOnlySpan<double> w, ReadOnlySpan<double> x) {
                    int n = x.Length; Span<double> cum = stackalloc double[n + 1];
                    cum[0] = 0; for (int i = 0; i < n; i++) cum[i + 1] = cum[i] + w[i % w.Length] * x[i];
                    double s = 0; for (int i = 1; i <= n; i++) s += Math.Sin(cum[i]) / i;
                    return s; }
                """, (r, n) => new object[] { Vector(r, 3, -1, 1), Vector(r, n, -1, 1) }),
            C("S23SwitchActivation", """
                [Differentiable("w")] public static double S23SwitchActivation(double[] w, double[] x, int[] kinds) {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++) {
                        double a = w[0] * x[i] + w[1]; double h;
                        switch (kinds[i]) {
                            case 0: h = Math.Tanh(a); break;
                            case 1: h = a > 0 ? a : 0.01 * a; break;
                            case 2: h = a / (1 + Math.Exp(-a)); break;
                            default: h = Math.Log(1 + Math.Exp(a)); break; }
                        s += h * h + h; }
                    return s; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Vector(r, n, -2, 2), Labels(r, n, 4) }),
            C("S23LocalFunctionReadsChangingLocal", """
                [Differentiable("w", "decay")] public static double S23LocalFunctionReadsChangingLocal(double[] w, double decay) {
                    double scale = 1;
                    double Scaled(double z) => z * scale + 0.1 * scale * scale;
                    double s = 0;
                    for (int i = 0; i < w.Length; i++) { s += Scaled(w[i]) * Scaled(w[i]); scale *= decay; }
                    return s; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, 0.5, 0.99) }),
            C("S23RunningIndexReader", """
                [Differentiable("coef")] public static double S23RunningIndexReader(double[] coef, double[] x, int degree) {
                    double loss = 0; int k = 0;
                    for (int i = 0; i < x.Length; i++) {
                        double p = 0; double pw = 1;
                        for (int d = 0; d <= degree; d++) { p += coef[d] * pw; pw *= x[i]; }
                        double target = Math.Sin(x[i]);
                        loss += (p - target) * (p - target) * (1 + 0.1 * k++); }
                    return loss; }
                """, (r, n) => new object[] { Vector(r, 4, -1, 1), Vector(r, n, -1.5, 1.5), 3 }),
            C("S23GuardThenMean", """
                [Differentiable("x")] public static double S23GuardThenMean(double[] x, double[] wts) {
                    double s = 0, sw = 0;
                    for (int i = 0; i < x.Length; i++) { s += wts[i] * Math.Log(1 + x[i] * x[i]); sw += wts[i]; }
                    if (sw == 0) return 0;
                    return s / sw; }
                """, (r, n) => new object[] { Vector(r, n, -2, 2), Vector(r, n, 0.1, 1) }),
            C("S23TableInterp", """
                [Differentiable("table")] public static double S23TableInterp(double[] table, double[] q, double h) {
                    double s = 0;
                    for (int i = 0; i < q.Length; i++) {
                        double pos = q[i] / h; int cell = (int)Math.Floor(pos); double frac = pos - cell;
                        if (cell < 0) { cell = 0; frac = 0; }
                        if (cell > table.Length - 2) { cell = table.Length - 2; frac = 1; }
                        double v = (1 - frac) * table[cell] + frac * table[cell + 1]; s += v * v; }
                    return s; }
                """, (r, n) => new object[] { Vector(r, 6, -1, 1), Vector(r, n, -0.5, 3), 0.5 }),
            C("S23CrankNicolsonTmpSwap", """
                [Differentiable("u0", "alpha")] public static double S23CrankNicolsonTmpSwap(double[] u0, double alpha, int steps) {
                    int n = u0.Length; double[] u = new double[n]; double[] next = new double[n]; double[] cp = new double[n]; double[] dp = new double[n];
                    for (int i = 0; i < n; i++) u[i] = u0[i];
                    double a = -0.5 * alpha, b = 1 + alpha;
                    for (int st = 0; st < steps; st++) {
                        for (int i = 0; i < n; i++) {
                            double left = i > 0 ? u[i - 1] : 0, right = i + 1 < n ? u[i + 1] : 0;
                            double rhs = u[i] + 0.5 * alpha * (left - 2 * u[i] + right);
                            double m = i > 0 ? b - a * cp[i - 1] : b;
                            cp[i] = a / m; dp[i] = i > 0 ? (rhs - a * dp[i - 1]) / m : rhs / m; }
                        for (int i = n - 1; i >= 0; i--) next[i] = i + 1 < n ? dp[i] - cp[i] * next[i + 1] : dp[i];
                        double[] tmp = u; u = next; next = tmp; }
                    double s = 0; for (int i = 0; i < n; i++) s += u[i] * u[i] * (i + 2);
                    return s; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, 0.2, 2), 3 }),
            C("S23Heat2dVariableK", """
                [Differentiable("kappa", "u0")] public static double S23Heat2dVariableK(double[] kappa, double[] u0, int nx, int steps) {
                    int ny = u0.Length / nx; double[] u = (double[])u0.Clone(); double[] du = new double[u0.Length];
                    for (int st = 0; st < steps; st++) {
                        for (int i = 0; i < nx; i++)
                            for (int j = 0; j < ny; j++) {
                                int c = j * nx + i; double acc = 0;
                                if (i > 0) acc += 0.5 * (kappa[c] + kappa[c - 1]) * (u[c - 1] - u[c]);
                                if (i + 1 < nx) acc += 0.5 * (kappa[c] + kappa[c + 1]) * (u[c + 1] - u[c]);
                                if (j > 0) acc += 0.5 * (kappa[c] + kappa[c - nx]) * (u[c - nx] - u[c]);
                                if (j + 1 < ny) acc += 0.5 * (kappa[c] + kappa[c + nx]) * (u[c + nx] - u[c]);
                                du[c] = 0.1 * acc; }
                        for (int c = 0; c < u.Length; c++) u[c] += du[c]; }
                    double s = 0; for (int c = 0; c < u.Length; c++) s += u[c] * u[c] * (c % 3 + 1);
                    return s; }
                """, (r, n) => new object[] { Vector(r, 3 * n, 0.2, 1), Vector(r, 3 * n, -1, 1), 3, 3 }),
            C("S23HmcLeapfrog", """
                [Differentiable("eps", "q0", "p0")] public static double S23HmcLeapfrog(double eps, double[] q0, double[] p0, double[] prec, int steps) {
                    int d = q0.Length; double[] q = (double[])q0.Clone(); double[] p = (double[])p0.Clone();
                    double h0 = 0; for (int i = 0; i < d; i++) h0 += 0.5 * prec[i] * q0[i] * q0[i] + 0.5 * p0[i] * p0[i];
                    for (int i = 0; i < d; i++) p[i] -= 0.5 * eps * prec[i] * q[i];
                    for (int l = 0; l < steps; l++) {
                        for (int i = 0; i < d; i++) q[i] += eps * p[i];
                        double scale = l + 1 < steps ? 1.0 : 0.5;
                        for (int i = 0; i < d; i++) p[i] -= scale * eps * prec[i] * q[i]; }
                    double h1 = 0; for (int i = 0; i < d; i++) h1 += 0.5 * prec[i] * q[i] * q[i] + 0.5 * p[i] * p[i];
                    return Math.Min(0, h0 - h1) + h1 * 0.01; }
                """, (r, n) => new object[] { Uniform(r, 0.1, 0.4), Vector(r, n, -1, 1), Vector(r, n, -1, 1), Vector(r, n, 0.5, 3), 5 }),
            C("S23LuLogDet", """
                [Differentiable("a")] public static double S23LuLogDet(double[] a, int n) {
                    double[] m = (double[])a.Clone(); double logDet = 0;
                    for (int k = 0; k < n; k++) {
                        logDet += Math.Log(Math.Abs(m[k * n + k]));
                        for (int i = k + 1; i < n; i++) {
                            double f = m[i * n + k] / m[k * n + k];
                            for (int j = k; j < n; j++) m[i * n + j] -= f * m[k * n + j]; } }
                    return logDet; }
                """, (r, n) => { int m = (n % 3) + 1; var a = Vector(r, m * m, -0.5, 0.5); for (int i = 0; i < m; i++) a[i * m + i] += 3; return new object[] { a, m }; }, new[] { 0, 1, 2, 3, 4, 5 }),
            C("S23EmaBiasCorrected", """
                [Differentiable("beta", "x")] public static double S23EmaBiasCorrected(double beta, double[] x) {
                    double m = 0; double loss = 0;
                    for (int t = 0; t < x.Length; t++) { m = beta * m + (1 - beta) * x[t]; double mhat = m / (1 - Math.Pow(beta, t + 1)); loss += (mhat - x[t]) * (mhat - x[t]); }
                    return loss; }
                """, (r, n) => new object[] { Uniform(r, 0.5, 0.95), Vector(r, n, -1, 1) }),
            C("S23ClampedLogLoss", """
                [Differentiable("z")] public static double S23ClampedLogLoss(double[] z, int[] labels) {
                    double nll = 0;
                    for (int i = 0; i < z.Length; i++) { double p = Math.Clamp(1 / (1 + Math.Exp(-z[i])), 1e-4, 1 - 1e-4); nll -= labels[i] * Math.Log(p) + (1 - labels[i]) * Math.Log(1 - p); }
                    return nll; }
                """, (r, n) => new object[] { Vector(r, n, -5, 5), Labels(r, n, 2) }),
            C("S23FmaHorner", """
                [Differentiable] public static double S23FmaHorner(double[] c, double x) {
                    double acc = 0; for (int i = c.Length - 1; i >= 0; i--) acc = Math.FusedMultiplyAdd(acc, x, c[i]);
                    return acc; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1.5, 1.5) }),
            C("S23CausalMaskContinue", """
                [Differentiable("q", "k")] public static double S23CausalMaskContinue(double[] q, double[] k, double[] v) {
                    int t = q.Length; double total = 0;
                    for (int i = 0; i < t; i++) {
                        double z = 0, o = 0;
                        for (int j = 0; j < t; j++) { if (j > i) continue; double e = Math.Exp(q[i] * k[j]); z += e; o += e * v[j]; }
                        total += o / z; }
                    return total; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Vector(r, n, -1, 1), Vector(r, n, -1, 1) }),
            C("S23DoWhileNewtonSqrt", """
                [Differentiable("a")] public static double S23DoWhileNewtonSqrt(double a, double[] w) {
                    double x = Math.Max(1, a); double dx;
                    do { dx = 0.5 * (x - a / x); x -= dx; } while (Math.Abs(dx) > 1e-15 * x);
                    double s = 0; for (int i = 0; i < w.Length; i++) s += w[i] * Math.Pow(x, i);
                    return s; }
                """, (r, n) => new object[] { Uniform(r, 0.3, 5), Vector(r, n, -1, 1) }),
            C("S23ForeachRunningIndex", """
                [Differentiable("x", "lam")] public static double S23ForeachRunningIndex(double[] x, double lam) {
                    double s = 0; int i = 0;
                    foreach (double v in x) { s += Math.Exp(-lam * i) * v * v; i++; }
                    return s; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, 0.1, 1) }),
            C("S23HelperInsideIf", """
                [Differentiable] public static double S23L2(double[] a) { double s = 0; for (int i = 0; i < a.Length; i++) s += a[i] * a[i]; return s; }
                [Differentiable("w", "lambda")] public static double S23HelperInsideIf(double[] w, double lambda, double[] x, double[] y) {
                    int d = w.Length; double[] g = new double[d]; double loss = 0;
                    for (int s = 0; s < y.Length; s++) {
                        for (int j = 0; j < d; j++) g[j] = w[j] * x[s * d + j];
                        double p = 0; for (int j = 0; j < d; j++) p += g[j];
                        double e = p - y[s]; loss += e * e;
                        if (e > 0) loss += lambda * S23L2(g); }
                    return loss; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, 0.1, 1), Vector(r, 2 * n, -1, 1), Vector(r, n, -1, 1) }),
            C("S23HelperArraysInLoop", """
                [Differentiable] public static double S23Norm(double[] a) { double s = 0; for (int i = 0; i < a.Length; i++) s += a[i] * a[i]; return Math.Sqrt(s + 1e-6); }
                [Differentiable("w")] public static double S23HelperArraysInLoop(double[] w, double[] x) {
                    int n = w.Length; double[] u = new double[n]; double total = 0;
                    for (int it = 0; it < 3; it++) {
                        for (int i = 0; i < n; i++) u[i] = w[i] * x[i] + it * 0.1;
                        double nu = S23Norm(u);
                        for (int i = 0; i < n; i++) total += u[i] / nu * (i + 1); }
                    return total; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Vector(r, n, 0.2, 1) }, ArrayCase.NonEmpty),
            C("S23NestedHelpers", """
                [Differentiable] public static double S23Sq(double u) => u * u;
                [Differentiable] public static double S23Energy(double[] p, double k) { double e = 0; for (int i = 0; i + 1 < p.Length; i++) e += k * S23Sq(p[i + 1] - p[i] - 1); return e; }
                [Differentiable("p0", "k")] public static double S23NestedHelpers(double[] p0, double k, double lr) {
                    int n = p0.Length; double[] p = (double[])p0.Clone(); double[] grad = new double[n];
                    for (int it = 0; it < 4; it++) {
                        for (int i = 0; i < n; i++) grad[i] = 0;
                        for (int i = 0; i + 1 < n; i++) { double st = p[i + 1] - p[i] - 1; grad[i] -= 2 * k * st; grad[i + 1] += 2 * k * st; }
                        for (int i = 0; i < n; i++) p[i] -= lr * grad[i]; }
                    return S23Energy(p, k) + 0.1 * S23Energy(p0, k); }
                """, (r, n) => new object[] { Enumerable.Range(0, n).Select(i => i * 1.2 + Uniform(r, -0.2, 0.2)).ToArray(), Uniform(r, 0.5, 2), 0.05 }),
        };
    }
}
