using System;
using DiffGen.Generator.Tests.Arrays;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>Iterations that test and rewrite local arrays in place (sign fixes, early stops on a change, double buffers, tables, explicit stacks) and searches with sign tests.</content>
    public sealed partial class IterativeSweep24Tests
    {
        private static readonly ArrayCase[] MoreCases =
        {
            C("I24PowerIterationSignFix", """
                [Differentiable("a")] public static double I24PowerIterationSignFix(double[] a) {
                    int n = 2; double[] v = { 1, 0.5 }, w = new double[n];
                    for (int it = 0; it < 30; it++) {
                        for (int i = 0; i < n; i++) { w[i] = 0; for (int j = 0; j < n; j++) w[i] += a[i * n + j] * v[j]; }
                        double norm = Math.Sqrt(w[0] * w[0] + w[1] * w[1]);
                        for (int i = 0; i < n; i++) v[i] = w[i] / norm;
                        if (v[0] < 0) for (int i = 0; i < n; i++) v[i] = -v[i]; }
                    return v[0] + 2 * v[1]; }
                """, (r, n) => new object[] { PositiveMatrix(r, 2) }),
            C("I24PowerIterationSignChoice", """
                [Differentiable("a")] public static double I24PowerIterationSignChoice(double[] a) {
                    int n = 2; double[] v = { 1, 0.5 }, w = new double[n];
                    for (int it = 0; it < 30; it++) {
                        for (int i = 0; i < n; i++) { w[i] = 0; for (int j = 0; j < n; j++) w[i] += a[i * n + j] * v[j]; }
                        double norm = Math.Sqrt(w[0] * w[0] + w[1] * w[1]);
                        double sign = w[0] < 0 ? -1 : 1;
                        for (int i = 0; i < n; i++) v[i] = sign * w[i] / norm; }
                    return v[0] + 2 * v[1]; }
                """, (r, n) => new object[] { PositiveMatrix(r, 2) }),
            C("I24GaussSeidelBreak", """
                [Differentiable("b")] public static double I24GaussSeidelBreak(double[] b) {
                    int n = b.Length; double[] x = new double[n];
                    for (int sweep = 0; sweep < 200; sweep++) {
                        double change = 0;
                        for (int i = 0; i < n; i++) {
                            double xi = (b[i] + (i > 0 ? x[i - 1] : 0) + (i < n - 1 ? x[i + 1] : 0)) / 3;
                            change = Math.Max(change, Math.Abs(xi - x[i])); x[i] = xi; }
                        if (change < 1e-14) break; }
                    double s = 0; for (int i = 0; i < n; i++) s += x[i] * (i + 1);
                    return s; }
                """, (r, n) => new object[] { Vector(r, n) }, Small),
            C("I24JacobiSwap", """
                [Differentiable("b", "d")] public static double I24JacobiSwap(double[] b, double d) {
                    int n = b.Length; double[] x = new double[n], next = new double[n];
                    for (int sweep = 0; sweep < 30; sweep++) {
                        for (int i = 0; i < n; i++) next[i] = (b[i] + (i > 0 ? x[i - 1] : 0) + (i < n - 1 ? x[i + 1] : 0)) / d;
                        (x, next) = (next, x); }
                    double s = 0; for (int i = 0; i < n; i++) s += x[i] * x[i];
                    return s; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 2.5, 4) }, Small),
            C("I24RombergTable", """
                [Differentiable] public static double I24RombergTable(double a) {
                    int levels = 5; double[] t = new double[levels];
                    for (int k = 0; k < levels; k++) {
                        int n = 1 << k; double h = 1.0 / n, s = 0;
                        for (int i = 0; i <= n; i++) { double x = i * h; s += (i == 0 || i == n ? 0.5 : 1) * Math.Exp(-a * x * x); }
                        t[k] = s * h; }
                    for (int m = 1; m < levels; m++) {
                        double factor = Math.Pow(4, m);
                        for (int k = levels - 1; k >= m; k--) t[k] = (factor * t[k] - t[k - 1]) / (factor - 1); }
                    return t[levels - 1]; }
                """, (r, n) => new object[] { Uniform(r, 0.2, 3) }),
            C("I24AdaptiveSimpsonStack", """
                [Differentiable] public static double I24AdaptiveSimpsonStack(double k) {
                    double[] los = new double[64], his = new double[64]; int top = 0; double total = 0;
                    los[0] = 0; his[0] = 2; top = 1; int guard = 0;
                    while (top > 0 && guard < 1000) {
                        top--; double lo = los[top], hi = his[top], mid = 0.5 * (lo + hi);
                        double whole = (hi - lo) / 6 * (Math.Exp(-k * lo * lo) + 4 * Math.Exp(-k * mid * mid) + Math.Exp(-k * hi * hi));
                        double m1 = 0.5 * (lo + mid), m2 = 0.5 * (mid + hi);
                        double left = (mid - lo) / 6 * (Math.Exp(-k * lo * lo) + 4 * Math.Exp(-k * m1 * m1) + Math.Exp(-k * mid * mid));
                        double right = (hi - mid) / 6 * (Math.Exp(-k * mid * mid) + 4 * Math.Exp(-k * m2 * m2) + Math.Exp(-k * hi * hi));
                        if (Math.Abs(left + right - whole) < 1e-10 || top > 60) total += left + right;
                        else { los[top] = lo; his[top] = mid; top++; los[top] = mid; his[top] = hi; top++; }
                        guard++; }
                    return total; }
                """, (r, n) => new object[] { Uniform(r, 0.2, 3) }),
            C("I24BisectSignTest", """
                [Differentiable] public static double I24BisectSignTest(double p) {
                    double lo = 0, hi = 4, flo = -p;
                    for (int i = 0; i < 60; i++) {
                        double mid = 0.5 * (lo + hi), fmid = mid * mid - p;
                        if (Math.Sign(fmid) == Math.Sign(flo)) { lo = mid; flo = fmid; } else hi = mid; }
                    return 0.5 * (lo + hi); }
                """, (r, n) => new object[] { Uniform(r, 0.5, 10) }),
            C("I24Illinois", """
                [Differentiable] public static double I24Illinois(double p) {
                    double a = 0, b = 3, fa = -p, fb = 9 + 3 - p, c = 0; int side = 0;
                    for (int i = 0; i < 60; i++) {
                        if (Math.Abs(fb - fa) < 1e-300) break;
                        c = (fa * b - fb * a) / (fa - fb);
                        double fc = c * c + c - p;
                        if (Math.Abs(fc) < 1e-15) break;
                        if (fc * fb > 0) { b = c; fb = fc; if (side == -1) fa *= 0.5; side = -1; }
                        else { a = c; fa = fc; if (side == 1) fb *= 0.5; side = 1; } }
                    return c; }
                """, (r, n) => new object[] { Uniform(r, 0.5, 10) }),
            C("I24NewtonArrayBreak", """
                [Differentiable("p")] public static double I24NewtonArrayBreak(double[] p) {
                    double s = 0;
                    for (int k = 0; k < p.Length; k++) {
                        double x = 1;
                        for (int it = 0; it < 60; it++) { double dx = (x * x * x - p[k]) / (3 * x * x); x -= dx; if (Math.Abs(dx) < 1e-14) break; }
                        s += x * x; }
                    return s; }
                """, (r, n) => new object[] { Vector(r, n, 0.5, 8) }, Sizes),
            C("I24ForCompoundCondition", """
                [Differentiable] public static double I24ForCompoundCondition(double a) {
                    double x = 1, err = 1;
                    for (int i = 0; i < 100 && err > 1e-15; i++) { double next = Math.Cos(a * x) * 0.5 + 0.25; err = Math.Abs(next - x); x = next; }
                    return x; }
                """, (r, n) => new object[] { Uniform(r, 0.5, 2) }),
            C("I24Steffensen", """
                [Differentiable] public static double I24Steffensen(double a) {
                    double x = 1;
                    for (int i = 0; i < 8; i++) { double f = x * x - a; if (Math.Abs(f) < 1e-14) break; double g = ((x + f) * (x + f) - a - f) / f; x -= f / g; }
                    return x; }
                """, (r, n) => new object[] { Uniform(r, 0.8, 1.5) }),
            C("I24HornerStackalloc", """
                [Differentiable] public static double I24HornerStackalloc(double x, double s) {
                    Span<double> c = stackalloc double[6];
                    for (int i = 0; i < 6; i++) c[i] = s / (i + 1);
                    double acc = 0;
                    for (int i = 5; i >= 0; i--) acc = acc * x + c[i];
                    return acc; }
                """, (r, n) => new object[] { Uniform(r, -1, 1), Uniform(r, 0.5, 2) }),
            C("I24ThomasLoop", """
                [Differentiable("d", "diag")] public static double I24ThomasLoop(double[] d, double diag) {
                    int n = d.Length; double[] c = new double[n], e = new double[n], x = new double[n];
                    if (n == 0) return 0;
                    c[0] = -1 / diag; e[0] = d[0] / diag;
                    for (int i = 1; i < n; i++) { double m = diag + c[i - 1]; c[i] = -1 / m; e[i] = (d[i] + e[i - 1]) / m; }
                    x[n - 1] = e[n - 1];
                    for (int i = n - 2; i >= 0; i--) x[i] = e[i] - c[i] * x[i + 1];
                    double s = 0; for (int i = 0; i < n; i++) s += x[i] * (i + 1);
                    return s; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 2.5, 4) }, Sizes),
            C("I24ThomasGuardFirst", """
                [Differentiable("d", "diag")] public static double I24ThomasGuardFirst(double[] d, double diag) {
                    int n = d.Length;
                    if (n == 0) return 0;
                    double[] c = new double[n], e = new double[n], x = new double[n];
                    c[0] = -1 / diag; e[0] = d[0] / diag;
                    for (int i = 1; i < n; i++) { double m = diag + c[i - 1]; c[i] = -1 / m; e[i] = (d[i] + e[i - 1]) / m; }
                    x[n - 1] = e[n - 1];
                    for (int i = n - 2; i >= 0; i--) x[i] = e[i] - c[i] * x[i + 1];
                    double s = 0; for (int i = 0; i < n; i++) s += x[i] * (i + 1);
                    return s; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 2.5, 4) }, Sizes),
            C("I24RombergTableCounted", """
                [Differentiable] public static double I24RombergTableCounted(double a) {
                    int levels = 5; double[] t = new double[levels]; int n = 1;
                    for (int k = 0; k < levels; k++) {
                        double h = 1.0 / n, s = 0;
                        for (int i = 0; i <= n; i++) { double x = i * h; s += (i == 0 || i == n ? 0.5 : 1) * Math.Exp(-a * x * x); }
                        t[k] = s * h; n *= 2; }
                    for (int m = 1; m < levels; m++) {
                        double factor = Math.Pow(4, m);
                        for (int k = levels - 1; k >= m; k--) t[k] = (factor * t[k] - t[k - 1]) / (factor - 1); }
                    return t[levels - 1]; }
                """, (r, n) => new object[] { Uniform(r, 0.2, 3) }),
            C("I24AdaptiveSimpsonStackCopied", """
                [Differentiable] public static double I24AdaptiveSimpsonStackCopied(double k) {
                    double[] los = new double[64], his = new double[64], oldLos = new double[64], oldHis = new double[64]; int top = 1; double total = 0;
                    los[0] = 0; his[0] = 2; int guard = 0;
                    while (top > 0 && guard < 1000) {
                        for (int q = 0; q < 64; q++) { oldLos[q] = los[q]; oldHis[q] = his[q]; }
                        top--; double lo = oldLos[top], hi = oldHis[top], mid = 0.5 * (lo + hi);
                        double whole = (hi - lo) / 6 * (Math.Exp(-k * lo * lo) + 4 * Math.Exp(-k * mid * mid) + Math.Exp(-k * hi * hi));
                        double m1 = 0.5 * (lo + mid), m2 = 0.5 * (mid + hi);
                        double left = (mid - lo) / 6 * (Math.Exp(-k * lo * lo) + 4 * Math.Exp(-k * m1 * m1) + Math.Exp(-k * mid * mid));
                        double right = (hi - mid) / 6 * (Math.Exp(-k * mid * mid) + 4 * Math.Exp(-k * m2 * m2) + Math.Exp(-k * hi * hi));
                        if (Math.Abs(left + right - whole) < 1e-10 || top > 60) total += left + right;
                        else { los[top] = lo; his[top] = mid; top++; los[top] = mid; his[top] = hi; top++; }
                        guard++; }
                    return total; }
                """, (r, n) => new object[] { Uniform(r, 0.2, 3) }),
        };
    }
}
