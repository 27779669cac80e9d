using System;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>Arrays of vertices and points: polygon area, perimeter and centroid, Bezier and Catmull-Rom curves, arc length, reprojection, chamfer, softmin, inverse-distance weighting, distance transforms, a circle fit.</content>
    public sealed partial class GeometrySweep24Tests
    {
        /// <summary>A convex-ish polygon of n ≥ 3 vertices around the origin, jittered: x then y arrays.</summary>
        private static double[] Ring(Random r, int n, bool ys) =>
            Enumerable.Range(0, n).Select(i => (1 + Uniform(r, -0.2, 0.2)) * (ys ? Math.Sin(2 * Math.PI * i / n) : Math.Cos(2 * Math.PI * i / n))).ToArray();

        private static double[] Interleaved(Random r, int n) =>
            Enumerable.Range(0, 2 * n).Select(k => (1 + Uniform(r, -0.2, 0.2)) * (k % 2 == 1 ? Math.Sin(2 * Math.PI * (k / 2) / n) : Math.Cos(2 * Math.PI * (k / 2) / n))).ToArray();

        private static int[] Polygon => new[] { 3, 4, 5, 7 };

        private static readonly ArrayCase[] PolygonCases =
        {
            C("G24ShoelaceArea", """
                [Differentiable] public static double G24ShoelaceArea(double[] xs, double[] ys) {
                    double sum = 0;
                    for (int i = 0; i < xs.Length; i++) {
                        int j = (i + 1) % xs.Length;
                        sum += xs[i] * ys[j] - xs[j] * ys[i]; }
                    return Math.Abs(sum) / 2; }
                """, (r, n) => new object[] { Ring(r, n, false), Ring(r, n, true) }, Polygon),
            C("G24ShoelaceInterleaved", """
                [Differentiable] public static double G24ShoelaceInterleaved(double[] p) {
                    int n = p.Length / 2;
                    double sum = 0;
                    for (int i = 0, j = n - 1; i < n; j = i++)
                        sum += (p[2 * j] + p[2 * i]) * (p[2 * j + 1] - p[2 * i + 1]);
                    return 0.5 * sum; }
                """, (r, n) => new object[] { Interleaved(r, n) }, Polygon),
            C("G24Perimeter", """
                [Differentiable] public static double G24Perimeter(double[] xs, double[] ys) {
                    double per = 0;
                    int n = xs.Length;
                    for (int i = 0; i < n; i++) {
                        double dx = xs[(i + 1) % n] - xs[i], dy = ys[(i + 1) % n] - ys[i];
                        per += Math.Sqrt(dx * dx + dy * dy); }
                    return per; }
                """, (r, n) => new object[] { Ring(r, n, false), Ring(r, n, true) }, Polygon),
            C("G24PolygonCentroidX", """
                [Differentiable] public static double G24PolygonCentroidX(double[] xs, double[] ys) {
                    double a = 0, cx = 0;
                    for (int i = 0; i < xs.Length; i++) {
                        int k = i == xs.Length - 1 ? 0 : i + 1;
                        double cross = xs[i] * ys[k] - xs[k] * ys[i];
                        a += cross;
                        cx += (xs[i] + xs[k]) * cross; }
                    a *= 0.5;
                    return cx / (6 * a); }
                """, (r, n) => new object[] { Ring(r, n, false), Ring(r, n, true) }, Polygon),
            C("G24PointCentroidSpread", """
                [Differentiable] public static double G24PointCentroidSpread(double[] xs, double[] ys) {
                    double mx = 0, my = 0;
                    foreach (double x in xs) mx += x;
                    foreach (double y in ys) my += y;
                    mx /= xs.Length; my /= ys.Length;
                    double s = 0;
                    for (int i = 0; i < xs.Length; i++) s += (xs[i] - mx) * (xs[i] - mx) + (ys[i] - my) * (ys[i] - my);
                    return s; }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n) }, Polygon),
            C("G24BezierDeCasteljau", """
                [Differentiable] public static double G24BezierDeCasteljau(double[] ctrl, double t) {
                    int n = ctrl.Length;
                    double[] b = new double[n];
                    for (int i = 0; i < n; i++) b[i] = ctrl[i];
                    for (int k = 1; k < n; k++)
                        for (int i = 0; i < n - k; i++)
                            b[i] = (1 - t) * b[i] + t * b[i + 1];
                    return b[0]; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.05, 0.95) }, new[] { 1, 2, 3, 4, 6 }),
            C("G24BezierCubic2D", """
                [Differentiable] public static double G24BezierCubic2D(double[] px, double[] py, double t) {
                    double u = 1 - t;
                    double b0 = u * u * u, b1 = 3 * u * u * t, b2 = 3 * u * t * t, b3 = t * t * t;
                    double x = b0 * px[0] + b1 * px[1] + b2 * px[2] + b3 * px[3];
                    double y = b0 * py[0] + b1 * py[1] + b2 * py[2] + b3 * py[3];
                    return Math.Sqrt(x * x + y * y); }
                """, (r, n) => new object[] { Vector(r, 4, 0.5, 2), Vector(r, 4), Uniform(r, 0, 1) }),
            C("G24BezierBernstein", """
                [Differentiable] public static double G24BezierBernstein(double[] ctrl, double t) {
                    int n = ctrl.Length - 1;
                    double sum = 0, binom = 1;
                    for (int i = 0; i <= n; i++) {
                        sum += binom * Math.Pow(t, i) * Math.Pow(1 - t, n - i) * ctrl[i];
                        binom = binom * (n - i) / (i + 1); }
                    return sum; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.05, 0.95) }, new[] { 1, 2, 3, 4, 6 }),
            C("G24CatmullRom", """
                [Differentiable] public static double G24CatmullRom(double p0, double p1, double p2, double p3, double t) {
                    double t2 = t * t, t3 = t2 * t;
                    return 0.5 * (2 * p1 + (-p0 + p2) * t + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t2 + (-p0 + 3 * p1 - 3 * p2 + p3) * t3); }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2), Uniform(r, -2, 2), Uniform(r, -2, 2), Uniform(r, 0, 1) }),
            C("G24CatmullRomSpline", """
                [Differentiable("pts")] public static double G24CatmullRomSpline(double[] pts, double s) {
                    int seg = (int)Math.Floor(s);
                    double t = s - seg;
                    double p0 = pts[Math.Max(seg - 1, 0)], p1 = pts[seg], p2 = pts[seg + 1], p3 = pts[Math.Min(seg + 2, pts.Length - 1)];
                    return 0.5 * (2 * p1 + (p2 - p0) * t + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t * t + (3 * p1 - p0 - 3 * p2 + p3) * t * t * t); }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.05, n - 1.05) }, new[] { 2, 3, 5 }),
            C("G24CentripetalCatmullRom", """
                [Differentiable] public static double G24CentripetalCatmullRom(double y0, double y1, double y2, double y3, double t) {
                    double T(double ti, double ya, double yb) => ti + Math.Pow(1 + (yb - ya) * (yb - ya), 0.25);
                    double t0 = 0, t1 = T(t0, y0, y1), t2 = T(t1, y1, y2), t3 = T(t2, y2, y3);
                    double tt = t1 + t * (t2 - t1);
                    double a1 = (t1 - tt) / (t1 - t0) * y0 + (tt - t0) / (t1 - t0) * y1;
                    double a2 = (t2 - tt) / (t2 - t1) * y1 + (tt - t1) / (t2 - t1) * y2;
                    double a3 = (t3 - tt) / (t3 - t2) * y2 + (tt - t2) / (t3 - t2) * y3;
                    double b1 = (t2 - tt) / (t2 - t0) * a1 + (tt - t0) / (t2 - t0) * a2;
                    double b2 = (t3 - tt) / (t3 - t1) * a2 + (tt - t1) / (t3 - t1) * a3;
                    return (t2 - tt) / (t2 - t1) * b1 + (tt - t1) / (t2 - t1) * b2; }
                """, (r, n) => new object[] { Uniform(r, -1, 1), Uniform(r, -1, 1), Uniform(r, -1, 1), Uniform(r, -1, 1), Uniform(r, 0.05, 0.95) }),
            C("G24ArcLengthBezier", """
                [Differentiable] public static double G24ArcLengthBezier(double[] px, double[] py) {
                    const int steps = 32;
                    double len = 0, prevX = px[0], prevY = py[0];
                    for (int s = 1; s <= steps; s++) {
                        double t = (double)s / steps, u = 1 - t;
                        double x = u * u * px[0] + 2 * u * t * px[1] + t * t * px[2];
                        double y = u * u * py[0] + 2 * u * t * py[1] + t * t * py[2];
                        len += Math.Sqrt((x - prevX) * (x - prevX) + (y - prevY) * (y - prevY));
                        prevX = x; prevY = y; }
                    return len; }
                """, (r, n) => new object[] { new[] { Uniform(r, -0.2, 0.2), Uniform(r, 0.8, 1.2), Uniform(r, 1.8, 2.2) }, new[] { Uniform(r, -0.2, 0.2), Uniform(r, 0.8, 1.5), Uniform(r, -0.2, 0.2) } }),
            C("G24PolylineLength", """
                [Differentiable] public static double G24PolylineLength(double[] p) {
                    double len = 0;
                    for (int i = 2; i < p.Length; i += 2)
                        len += Math.Sqrt(Math.Pow(p[i] - p[i - 2], 2) + Math.Pow(p[i + 1] - p[i - 1], 2));
                    return len; }
                """, (r, n) => new object[] { Interleaved(r, n) }, Polygon),
            C("G24ReprojectionError", """
                [Differentiable("f", "theta", "tx", "ty", "tz")] public static double G24ReprojectionError(double f, double theta, double tx, double ty, double tz, double[] X, double[] Y, double[] Z, double[] u, double[] v) {
                    double c = Math.Cos(theta), s = Math.Sin(theta);
                    double err = 0;
                    for (int i = 0; i < X.Length; i++) {
                        double xc = c * X[i] + s * Z[i] + tx;
                        double yc = Y[i] + ty;
                        double zc = -s * X[i] + c * Z[i] + tz;
                        double du = f * xc / zc - u[i], dv = f * yc / zc - v[i];
                        err += du * du + dv * dv; }
                    return err / X.Length; }
                """, (r, n) => new object[] { Uniform(r, 1, 2), Uniform(r, -0.3, 0.3), Uniform(r, -0.2, 0.2), Uniform(r, -0.2, 0.2), Uniform(r, 4, 6), Vector(r, n, -1, 1), Vector(r, n, -1, 1), Vector(r, n, -1, 1), Vector(r, n, -0.5, 0.5), Vector(r, n, -0.5, 0.5) }, Polygon),
            C("G24SoftminDistances", """
                [Differentiable("qx", "qy", "temp")] public static double G24SoftminDistances(double qx, double qy, double temp, double[] xs, double[] ys) {
                    double acc = 0;
                    for (int i = 0; i < xs.Length; i++) {
                        double d = Math.Sqrt((qx - xs[i]) * (qx - xs[i]) + (qy - ys[i]) * (qy - ys[i]));
                        acc += Math.Exp(-d / temp); }
                    return -temp * Math.Log(acc); }
                """, (r, n) => new object[] { Uniform(r, -1, 1), Uniform(r, -1, 1), Uniform(r, 0.2, 1), Vector(r, n), Vector(r, n) }, Polygon),
            C("G24SoftminWeightedPoint", """
                [Differentiable] public static double G24SoftminWeightedPoint(double[] d, double beta) {
                    double m = d[0];
                    for (int i = 1; i < d.Length; i++) m = Math.Min(m, d[i]);
                    double z = 0, wsum = 0;
                    for (int i = 0; i < d.Length; i++) { double w = Math.Exp(-beta * (d[i] - m)); z += w; wsum += w * d[i]; }
                    return wsum / z; }
                """, (r, n) => new object[] { Separated(r, n).Select(x => x + 2).ToArray(), Uniform(r, 0.5, 3) }, Polygon),
            C("G24InverseDistanceWeighting", """
                [Differentiable] public static double G24InverseDistanceWeighting(double qx, double qy, double[] xs, double[] ys, double[] values) {
                    double num = 0, den = 0;
                    for (int i = 0; i < xs.Length; i++) {
                        double d2 = (qx - xs[i]) * (qx - xs[i]) + (qy - ys[i]) * (qy - ys[i]);
                        double w = 1.0 / Math.Pow(d2, 1.5);
                        num += w * values[i]; den += w; }
                    return num / den; }
                """, (r, n) => new object[] { Uniform(r, 2, 3), Uniform(r, 2, 3), Vector(r, n, -1, 1), Vector(r, n, -1, 1), Vector(r, n) }, Polygon),
        };
    }
}
