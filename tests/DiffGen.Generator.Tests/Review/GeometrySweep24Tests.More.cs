using System;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>Less common shapes: a for loop over a double, k nearest by insertion sort, data in jagged and 2-D arrays, clamps with differentiated bounds, patterns, in-place normalisation, the rewritten shoelace.</content>
    public sealed partial class GeometrySweep24Tests
    {
        private static readonly ArrayCase[] MoreCases =
        {
            C("G24ShoelaceInterleavedSplit", """
                [Differentiable] public static double G24ShoelaceInterleavedSplit(double[] p) {
                    int n = p.Length / 2;
                    double sum = 0;
                    for (int i = 0, j = n - 1; i < n; j = i, i++)
                        sum += (p[2 * j] + p[2 * i]) * (p[2 * j + 1] - p[2 * i + 1]);
                    return 0.5 * sum; }
                """, (r, n) => new object[] { Interleaved(r, n) }, Polygon),
            C("G24CopySignAbs", """
                [Differentiable] public static double G24CopySignAbs(double x, double y, double r) {
                    double d = Math.Sqrt(x * x + y * y) - r;
                    return d * Math.Abs(d); }
                """, (r, n) => new object[] { Uniform(r, 0.3, 2), Uniform(r, -2, 2), Uniform(r, 0.5, 1) }),
            C("G24ArcLengthDoubleLoop", """
                [Differentiable] public static double G24ArcLengthDoubleLoop(double a, double b) {
                    double len = 0, px = 0, py = 0;
                    for (double t = 0.05; t <= 1.0; t += 0.05) {
                        double x = a * Math.Cos(t), y = b * Math.Sin(t);
                        len += Math.Sqrt((x - px) * (x - px) + (y - py) * (y - py));
                        px = x; py = y; }
                    return len; }
                """, (r, n) => new object[] { Uniform(r, 0.5, 2), Uniform(r, 0.5, 2) }),
            C("G24KNearestMean", """
                [Differentiable("qx", "qy")] public static double G24KNearestMean(double qx, double qy, double[] xs, double[] ys, int k) {
                    int n = xs.Length;
                    double[] d = new double[n];
                    for (int i = 0; i < n; i++) d[i] = Math.Sqrt((qx - xs[i]) * (qx - xs[i]) + (qy - ys[i]) * (qy - ys[i]));
                    for (int i = 1; i < n; i++) {
                        double key = d[i]; int j = i - 1;
                        while (j >= 0 && d[j] > key) { d[j + 1] = d[j]; j--; }
                        d[j + 1] = key; }
                    double s = 0;
                    for (int i = 0; i < k; i++) s += d[i];
                    return s / k; }
                """, (r, n) => new object[] { Uniform(r, -1, 1), Uniform(r, -1, 1), Vector(r, n), Vector(r, n), Math.Min(2, n) }, new[] { 1, 2, 3, 5 }),
            C("G24KNearestMeanCopied", """
                [Differentiable("qx", "qy")] public static double G24KNearestMeanCopied(double qx, double qy, double[] xs, double[] ys, int k) {
                    int n = xs.Length;
                    double[] d = new double[n];
                    double[] old = new double[n];
                    for (int i = 0; i < n; i++) d[i] = Math.Sqrt((qx - xs[i]) * (qx - xs[i]) + (qy - ys[i]) * (qy - ys[i]));
                    for (int i = 1; i < n; i++) {
                        for (int m = 0; m < n; m++) old[m] = d[m];
                        double key = old[i]; int j = i - 1;
                        while (j >= 0 && old[j] > key) { d[j + 1] = old[j]; j--; }
                        d[j + 1] = key; }
                    double s = 0;
                    for (int i = 0; i < k; i++) s += d[i];
                    return s / k; }
                """, (r, n) => new object[] { Uniform(r, -1, 1), Uniform(r, -1, 1), Vector(r, n), Vector(r, n), Math.Min(2, n) }, new[] { 1, 2, 3, 5 }),
            C("G24JaggedPointsLoss", """
                [Differentiable("cx", "cy")] public static double G24JaggedPointsLoss(double cx, double cy, double[][] pts) {
                    double s = 0;
                    for (int i = 0; i < pts.Length; i++) s += Math.Sqrt((pts[i][0] - cx) * (pts[i][0] - cx) + (pts[i][1] - cy) * (pts[i][1] - cy));
                    return s; }
                """, (r, n) => new object[] { Uniform(r, -0.5, 0.5), Uniform(r, -0.5, 0.5), Enumerable.Range(0, n).Select(_ => new[] { Uniform(r, 1, 2), Uniform(r, -2, 2) }).ToArray() }, new[] { 1, 2, 4 }),
            C("G24MatrixPointsTransform", """
                [Differentiable] public static double G24MatrixPointsTransform(double[] m, double[,] pts) {
                    double s = 0;
                    for (int i = 0; i < pts.GetLength(0); i++) {
                        double x = m[0] * pts[i, 0] + m[1] * pts[i, 1] + m[2];
                        double y = m[3] * pts[i, 0] + m[4] * pts[i, 1] + m[5];
                        s += x * x + 0.5 * y; }
                    return s; }
                """, (r, n) => { var pts = new double[n, 2]; for (int i = 0; i < n; i++) { pts[i, 0] = Uniform(r, -1, 1); pts[i, 1] = Uniform(r, -1, 1); } return new object[] { Vector(r, 6), pts }; }, new[] { 1, 2, 4 }),
            C("G24ClampBounds", """
                [Differentiable] public static double G24ClampBounds(double x, double lo, double hi) => Math.Clamp(x, lo, hi) * (hi - lo) + lo * Math.Clamp(2 * x, lo, hi);
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -1, -0.2), Uniform(r, 0.2, 1) }),
            C("G24PatternRegions", """
                [Differentiable] public static double G24PatternRegions(double t, double a) {
                    double w = t switch { < 0.25 => a * t, < 0.75 => a * 0.25 + (t - 0.25) * (t - 0.25), _ => Math.Sqrt(t) * a };
                    if (t is > 0.4 and < 0.6) w += a * a;
                    return w; }
                """, (r, n) => new object[] { Uniform(r, 0, 1), Uniform(r, -2, 2) }),
            C("G24NormalizeParamInPlace", """
                [Differentiable] public static double G24NormalizeParamInPlace(double[] v) {
                    double len = 0;
                    for (int i = 0; i < v.Length; i++) len += v[i] * v[i];
                    len = Math.Sqrt(len);
                    for (int i = 0; i < v.Length; i++) v[i] /= len;
                    return v[0] + 2 * v[v.Length - 1]; }
                """, (r, n) => new object[] { Vector(r, n, 0.3, 2) }, new[] { 1, 2, 3 }),
            C("G24NormalizeCopy", """
                [Differentiable] public static double G24NormalizeCopy(double[] v) {
                    double len = 0;
                    for (int i = 0; i < v.Length; i++) len += v[i] * v[i];
                    len = Math.Sqrt(len);
                    double[] u = new double[v.Length];
                    for (int i = 0; i < v.Length; i++) u[i] = v[i] / len;
                    return u[0] + 2 * u[v.Length - 1]; }
                """, (r, n) => new object[] { Vector(r, n, 0.3, 2) }, new[] { 1, 2, 3 }),
            C("G24NearestByTernaryIndex", """
                [Differentiable] public static double G24NearestByTernaryIndex(double qx, double ax, double bx, double[] values) {
                    int idx = Math.Abs(qx - ax) < Math.Abs(qx - bx) ? 0 : 1;
                    double d = idx == 0 ? qx - ax : qx - bx;
                    return values[idx] * d * d; }
                """, (r, n) => new object[] { Uniform(r, -1, 1), Uniform(r, -2, -1), Uniform(r, 1, 2), Vector(r, 2) }),
            C("G24SpanStackalloc", """
                [Differentiable] public static double G24SpanStackalloc(ReadOnlySpan<double> p, double t) {
                    Span<double> b = stackalloc double[3];
                    for (int i = 0; i < 3; i++) b[i] = p[i];
                    for (int k = 1; k < 3; k++) for (int i = 0; i < 3 - k; i++) b[i] = b[i] + t * (b[i + 1] - b[i]);
                    return b[0] * b[0]; }
                """, (r, n) => new object[] { Vector(r, 3), Uniform(r, 0, 1) }),
            C("G24MaxAbsComponentNormalize", """
                [Differentiable] public static double G24MaxAbsComponentNormalize(double x, double y, double z) {
                    double m = Math.Max(Math.Abs(x), Math.Max(Math.Abs(y), Math.Abs(z)));
                    x /= m; y /= m; z /= m;
                    return m * Math.Sqrt(x * x + y * y + z * z); }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2), Uniform(r, -2, 2) }),
        };
    }
}
