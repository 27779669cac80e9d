using System;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>The same algorithms in other spellings: jagged and 2-D data, spans, helpers, guards, continue, switch, fills and copies, sorting networks.</content>
    public sealed partial class Solver25Tests
    {
        private static double[][] Rows(Random r, int n, int d) => Enumerable.Range(0, n).Select(_ => Vector(r, d, -1, 1)).ToArray();

        private static readonly ArrayCase[] StyleCases =
        {
            C("S25JaggedDataGd", """
                [Differentiable("w0", "lr")] public static double S25JaggedDataGd(double[] w0, double lr, double[][] xs, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double[] g = new double[d];
                    for (int step = 0; step < 5; step++) {
                        Array.Fill(g, 0.0);
                        for (int i = 0; i < xs.Length; i++) {
                            double r = -y[i];
                            for (int j = 0; j < d; j++) r += w[j] * xs[i][j];
                            for (int j = 0; j < d; j++) g[j] += r * xs[i][j];
                        }
                        for (int j = 0; j < d; j++) w[j] -= lr * g[j];
                    }
                    double s = 0; for (int j = 0; j < d; j++) s += w[j] * w[j];
                    return s; }
                """, (r, n) => new object[] { Vector(r, 3, -1, 1), Uniform(r, 0.02, 0.1), Rows(r, n, 3), Vector(r, n, -1, 1) }),
            C("S25MatrixDataJacobi", """
                [Differentiable] public static double S25MatrixDataJacobi(double[] b, double[,] a) {
                    int n = b.Length; double[] x = new double[n]; double[] xn = new double[n];
                    for (int it = 0; it < 12; it++) {
                        for (int i = 0; i < n; i++) {
                            double s = b[i];
                            for (int j = 0; j < n; j++) if (j != i) s -= a[i, j] * x[j];
                            xn[i] = s / a[i, i];
                        }
                        double[] t = x; x = xn; xn = t;
                    }
                    double f = 0; for (int i = 0; i < n; i++) f += x[i] * x[i] * x[i];
                    return f; }
                """, (r, n) =>
                {
                    double[] flat = Dominant(r, n);
                    var a = new double[n, n];
                    for (int i = 0; i < n * n; i++) a[i / n, i % n] = flat[i];
                    return new object[] { Vector(r, n, -1, 1), a };
                }),
            C("S25JaggedLocalTable", """
                [Differentiable("x", "y", "gap", "gamma")] public static double S25JaggedLocalTable(double[] x, double[] y, double gap, double gamma) {
                    int n = x.Length, m = y.Length;
                    double[][] t = new double[n + 1][];
                    for (int i = 0; i <= n; i++) t[i] = new double[m + 1];
                    for (int i = 0; i <= n; i++) t[i][0] = i * gap;
                    for (int j = 0; j <= m; j++) t[0][j] = j * gap;
                    for (int i = 1; i <= n; i++)
                        for (int j = 1; j <= m; j++) {
                            double sub = t[i - 1][j - 1] + (x[i - 1] - y[j - 1]) * (x[i - 1] - y[j - 1]);
                            double del = t[i - 1][j] + gap, ins = t[i][j - 1] + gap;
                            t[i][j] = -gamma * Math.Log(Math.Exp(-sub / gamma) + Math.Exp(-del / gamma) + Math.Exp(-ins / gamma));
                        }
                    return t[n][m]; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Vector(r, n + 1, -1, 1), Uniform(r, 0.3, 1), Uniform(r, 0.5, 2) }),
            C("S25LocalFunctionIndex", """
                [Differentiable("x", "y", "gamma")] public static double S25LocalFunctionIndex(double[] x, double[] y, double gamma) {
                    int n = x.Length, m = y.Length;
                    int At(int i, int j) => i * (m + 1) + j;
                    double[] r = new double[(n + 1) * (m + 1)];
                    for (int i = 0; i <= n; i++) for (int j = 0; j <= m; j++) r[At(i, j)] = i == 0 && j == 0 ? 0 : 1e10;
                    for (int i = 1; i <= n; i++)
                        for (int j = 1; j <= m; j++) {
                            double a = r[At(i - 1, j - 1)], b = r[At(i - 1, j)], c = r[At(i, j - 1)];
                            double lo = Math.Min(a, Math.Min(b, c));
                            r[At(i, j)] = (x[i - 1] - y[j - 1]) * (x[i - 1] - y[j - 1]) + lo - gamma * Math.Log(Math.Exp((lo - a) / gamma) + Math.Exp((lo - b) / gamma) + Math.Exp((lo - c) / gamma));
                        }
                    return r[At(n, m)]; }
                """, TwoSeries),
            C("S25GuardThenLoops", """
                [Differentiable] public static double S25GuardThenLoops(double[] x, double lr) {
                    if (x.Length == 0) return 0;
                    double[] a = new double[x.Length];
                    for (int i = 0; i < a.Length; i++) a[i] = x[i];
                    for (int k = 0; k < 5; k++) for (int i = 0; i < a.Length; i++) a[i] -= lr * Math.Sinh(a[i]);
                    double s = 0; foreach (double v in a) s += v * v;
                    return s; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.05, 0.2) }, ArrayCase.WithEmpty),
            S("S25ReturnInsideLoop", """
                [Differentiable] public static double S25ReturnInsideLoop(double a) {
                    double x = a;
                    for (int i = 0; i < 50; i++) {
                        double step = (x * x * x - a) / (3 * x * x);
                        x -= step;
                        if (Math.Abs(step) < 1e-14) return x;
                    }
                    return x; }
                """, r => new object[] { Uniform(r, 0.5, 5) }),
            S("S25ReturnInsideLoopBreak", """
                [Differentiable] public static double S25ReturnInsideLoopBreak(double a) {
                    double x = a;
                    for (int i = 0; i < 50; i++) {
                        double step = (x * x * x - a) / (3 * x * x);
                        x -= step;
                        if (Math.Abs(step) < 1e-14) break;
                    }
                    return x; }
                """, r => new object[] { Uniform(r, 0.5, 5) }),
            C("S25HelperTakesLocalArray", """
                [Differentiable] public static double S25Energy(double[] u) { double e = 0; for (int i = 0; i < u.Length; i++) e += u[i] * u[i] + Math.Cos(u[i]); return e; }
                [Differentiable] public static double S25HelperTakesLocalArray(double[] x0, double lr) {
                    int n = x0.Length; double[] x = new double[n]; double total = 0;
                    for (int i = 0; i < n; i++) x[i] = x0[i];
                    for (int k = 0; k < 4; k++) {
                        total += S25Energy(x);
                        for (int i = 0; i < n; i++) x[i] -= lr * (2 * x[i] - Math.Sin(x[i]));
                    }
                    return total + S25Energy(x); }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.05, 0.3) }),
            C("S25HelperHuberPerElement", """
                [Differentiable] public static double S25Huber(double r, double delta) => Math.Abs(r) <= delta ? 0.5 * r * r : delta * (Math.Abs(r) - 0.5 * delta);
                [Differentiable("w0", "lr")] public static double S25HelperHuberPerElement(double[] w0, double lr, double[] t) {
                    int n = w0.Length; double[] w = new double[n];
                    for (int i = 0; i < n; i++) w[i] = w0[i];
                    for (int k = 0; k < 6; k++)
                        for (int i = 0; i < n; i++) {
                            double r = w[i] - t[i];
                            w[i] -= lr * (Math.Abs(r) <= 1 ? r : (r > 0 ? 1.0 : -1.0));
                        }
                    double s = 0; for (int i = 0; i < n; i++) s += S25Huber(w[i], 0.5);
                    return s; }
                """, (r, n) => new object[] { Vector(r, n, -3, 3), Uniform(r, 0.1, 0.3), Vector(r, n, -3, 3) }),
            C("S25ModularIndexMixing", """
                [Differentiable] public static double S25ModularIndexMixing(double[] x, double c) {
                    int n = x.Length; double[] a = new double[n]; double[] b = new double[n];
                    for (int i = 0; i < n; i++) a[i] = x[i];
                    for (int round = 0; round < 4; round++) {
                        for (int i = 0; i < n; i++) b[(i * 3 + round) % n] = a[i] + c * Math.Sin(a[(i + 1) % n]);
                        for (int i = 0; i < n; i++) a[i] = b[i];
                    }
                    double s = 0; for (int i = 0; i < n; i++) s += a[i] * (i + 1);
                    return s; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.2, 0.8) }, new[] { 1, 2, 4, 5, 7 }),
            C("S25StackallocHeat", """
                [Differentiable] public static double S25StackallocHeat(double[] u0, double alpha) {
                    int n = u0.Length; Span<double> u = stackalloc double[n]; Span<double> next = stackalloc double[n];
                    for (int i = 0; i < n; i++) u[i] = u0[i];
                    for (int t = 0; t < 6; t++) {
                        for (int i = 0; i < n; i++) next[i] = u[i] + alpha * ((i > 0 ? u[i - 1] : 0) - 2 * u[i] + (i < n - 1 ? u[i + 1] : 0));
                        for (int i = 0; i < n; i++) u[i] = next[i];
                    }
                    double s = 0; for (int i = 0; i < n; i++) s += u[i] * u[i] * (i + 1);
                    return s; }
                """, Grid, Grids),
            C("S25SpanParameters", """
                [Differentiable("w0", "lr")] public static double S25SpanParameters(ReadOnlySpan<double> w0, double lr, ReadOnlySpan<double> target) {
                    int n = w0.Length; double[] w = new double[n];
                    for (int i = 0; i < n; i++) w[i] = w0[i];
                    for (int k = 0; k < 5; k++) for (int i = 0; i < n; i++) w[i] -= lr * (w[i] - target[i]) * Math.Exp(0.2 * w[i]);
                    double s = 0; for (int i = 0; i < n; i++) s += w[i] * w[i];
                    return s; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.05, 0.3), Vector(r, n) }),
            C("S25ForeachOverUpdated", """
                [Differentiable] public static double S25ForeachOverUpdated(double[] x, double k) {
                    double[] a = (double[])x.Clone();
                    for (int t = 0; t < 4; t++) for (int i = 0; i < a.Length; i++) a[i] = a[i] - k * Math.Tanh(a[i]);
                    double s = 0;
                    foreach (double v in a) s += Math.Exp(v);
                    return s; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.1, 0.5) }, ArrayCase.WithEmpty),
            S("S25DoWhileCounted", """
                [Differentiable] public static double S25DoWhileCounted(double a, double x0) {
                    double x = x0; int k = 0;
                    do { x = x - (Math.Exp(x) - a) / Math.Exp(x); k++; } while (k < 12);
                    return x * a; }
                """, r => new object[] { Uniform(r, 0.5, 5), Uniform(r, 0.5, 1.5) }),
            S("S25WhileTolAndCap", """
                [Differentiable] public static double S25WhileTolAndCap(double a) {
                    double x = 1, step = 1; int k = 0;
                    while (Math.Abs(step) > 1e-13 && k < 60) { step = (x * x - a) / (2 * x); x -= step; k++; }
                    return Math.Log(x); }
                """, r => new object[] { Uniform(r, 0.5, 9) }),
        };
    }
}
