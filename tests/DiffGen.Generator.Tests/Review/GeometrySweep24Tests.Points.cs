using System;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>Point sets: chamfer distances, distance transforms, mesh energies, circle fits (a loss and a Gauss-Newton step), and the declined spellings with their rewrites.</content>
    public sealed partial class GeometrySweep24Tests
    {
        private static readonly ArrayCase[] PointCases =
        {
            C("G24Chamfer", """
                [Differentiable("a")] public static double G24Chamfer(double[] a, double[] b) {
                    double total = 0;
                    for (int i = 0; i < a.Length / 2; i++) {
                        double best = double.MaxValue;
                        for (int j = 0; j < b.Length / 2; j++) {
                            double dx = a[2 * i] - b[2 * j], dy = a[2 * i + 1] - b[2 * j + 1];
                            double d = dx * dx + dy * dy;
                            if (d < best) best = d; }
                        total += best; }
                    for (int j = 0; j < b.Length / 2; j++) {
                        double best = double.PositiveInfinity;
                        for (int i = 0; i < a.Length / 2; i++) best = Math.Min(best, (a[2 * i] - b[2 * j]) * (a[2 * i] - b[2 * j]) + (a[2 * i + 1] - b[2 * j + 1]) * (a[2 * i + 1] - b[2 * j + 1]));
                        total += best; }
                    return total; }
                """, (r, n) => new object[] { Vector(r, 2 * n), Vector(r, 2 * n + 2) }, new[] { 1, 2, 3, 4 }),
            C("G24ChamferBoth", """
                [Differentiable] public static double G24ChamferBoth(double[] a, double[] b) {
                    double total = 0;
                    for (int i = 0; i < a.Length; i += 2) {
                        double best = 1e300;
                        for (int j = 0; j < b.Length; j += 2) {
                            double d = Math.Sqrt((a[i] - b[j]) * (a[i] - b[j]) + (a[i + 1] - b[j + 1]) * (a[i + 1] - b[j + 1]));
                            best = d < best ? d : best; }
                        total += best; }
                    return total / (a.Length / 2); }
                """, (r, n) => new object[] { Vector(r, 2 * n), Vector(r, 2 * n + 2) }, new[] { 1, 2, 3, 4 }),
            C("G24NearestIndexThenDistance", """
                [Differentiable("qx", "qy")] public static double G24NearestIndexThenDistance(double qx, double qy, double[] xs, double[] ys) {
                    int best = 0; double bestD = double.MaxValue;
                    for (int i = 0; i < xs.Length; i++) {
                        double d = (qx - xs[i]) * (qx - xs[i]) + (qy - ys[i]) * (qy - ys[i]);
                        if (d < bestD) { bestD = d; best = i; } }
                    return Math.Sqrt((qx - xs[best]) * (qx - xs[best]) + (qy - ys[best]) * (qy - ys[best])); }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2), Vector(r, n), Vector(r, n) }, new[] { 1, 2, 3, 5 }),
            C("G24DistanceTransform1D", """
                [Differentiable] public static double G24DistanceTransform1D(double[] f, double scale) {
                    int n = f.Length;
                    double total = 0;
                    for (int p = 0; p < n; p++) {
                        double m = double.PositiveInfinity;
                        for (int q = 0; q < n; q++) m = Math.Min(m, f[q] + scale * (p - q) * (p - q));
                        total += m; }
                    return total; }
                """, (r, n) => new object[] { Vector(r, n, 0, 3), Uniform(r, 0.3, 1.5) }, new[] { 1, 2, 3, 5 }),
            C("G24SoftDistanceTransform", """
                [Differentiable] public static double G24SoftDistanceTransform(double[] f, double scale, double temp) {
                    int n = f.Length;
                    double[] d = new double[n];
                    for (int p = 0; p < n; p++) {
                        double z = 0;
                        for (int q = 0; q < n; q++) z += Math.Exp(-(f[q] + scale * (p - q) * (p - q)) / temp);
                        d[p] = -temp * Math.Log(z); }
                    double s = 0;
                    for (int p = 0; p < n; p++) s += d[p] * (p + 1);
                    return s; }
                """, (r, n) => new object[] { Vector(r, n, 0, 3), Uniform(r, 0.3, 1.5), Uniform(r, 0.2, 1) }, new[] { 1, 2, 3, 5 }),
            C("G24PolylinePointDistance", """
                [Differentiable("qx", "qy")] public static double G24PolylinePointDistance(double qx, double qy, double[] xs, double[] ys) {
                    double best = double.MaxValue;
                    for (int i = 0; i + 1 < xs.Length; i++) {
                        double ex = xs[i + 1] - xs[i], ey = ys[i + 1] - ys[i];
                        double t = Math.Clamp(((qx - xs[i]) * ex + (qy - ys[i]) * ey) / (ex * ex + ey * ey), 0, 1);
                        double dx = xs[i] + t * ex - qx, dy = ys[i] + t * ey - qy;
                        best = Math.Min(best, dx * dx + dy * dy); }
                    return Math.Sqrt(best); }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2), Vector(r, n), Vector(r, n) }, new[] { 2, 3, 5 }),
            C("G24SpringMeshEnergy", """
                [Differentiable("pos")] public static double G24SpringMeshEnergy(double[] pos, int[] edges, double[] rest) {
                    double e = 0;
                    for (int k = 0; k < rest.Length; k++) {
                        int a = edges[2 * k], b = edges[2 * k + 1];
                        double dx = pos[2 * a] - pos[2 * b], dy = pos[2 * a + 1] - pos[2 * b + 1];
                        double len = Math.Sqrt(dx * dx + dy * dy);
                        e += 0.5 * (len - rest[k]) * (len - rest[k]); }
                    return e; }
                """, (r, n) => new object[] { Vector(r, 2 * n + 2), Enumerable.Range(0, n).SelectMany(k => new[] { k, k + 1 }).ToArray(), Vector(r, n, 0.5, 1.5) }, new[] { 1, 2, 3, 5 }),
            C("G24TriangleMeshArea", """
                [Differentiable("v")] public static double G24TriangleMeshArea(double[] v, int[] tris) {
                    double area = 0;
                    for (int t = 0; t < tris.Length; t += 3) {
                        int i = 3 * tris[t], j = 3 * tris[t + 1], k = 3 * tris[t + 2];
                        double ux = v[j] - v[i], uy = v[j + 1] - v[i + 1], uz = v[j + 2] - v[i + 2];
                        double wx = v[k] - v[i], wy = v[k + 1] - v[i + 1], wz = v[k + 2] - v[i + 2];
                        double cx = uy * wz - uz * wy, cy = uz * wx - ux * wz, cz = ux * wy - uy * wx;
                        area += 0.5 * Math.Sqrt(cx * cx + cy * cy + cz * cz); }
                    return area; }
                """, (r, n) => new object[] { Vector(r, 3 * (n + 2)), Enumerable.Range(0, n).SelectMany(k => new[] { k, k + 1, k + 2 }).ToArray() }, new[] { 1, 2, 3 }),
            C("G24LaplacianSmoothness", """
                [Differentiable] public static double G24LaplacianSmoothness(double[] ys) {
                    double e = 0;
                    for (int i = 1; i < ys.Length - 1; i++) { double lap = ys[i - 1] - 2 * ys[i] + ys[i + 1]; e += lap * lap; }
                    return e; }
                """, (r, n) => new object[] { Vector(r, n) }, new[] { 0, 1, 3, 5 }),
            C("G24CircleFitLoss", """
                [Differentiable("cx", "cy", "radius")] public static double G24CircleFitLoss(double cx, double cy, double radius, double[] xs, double[] ys) {
                    double loss = 0;
                    for (int i = 0; i < xs.Length; i++) {
                        double res = Math.Sqrt((xs[i] - cx) * (xs[i] - cx) + (ys[i] - cy) * (ys[i] - cy)) - radius;
                        loss += res * res; }
                    return loss; }
                """, (r, n) => new object[] { Uniform(r, -0.2, 0.2), Uniform(r, -0.2, 0.2), Uniform(r, 0.8, 1.2), Vector(r, n, -1, 1).Select(a => 1.5 * Math.Cos(3 * a)).ToArray(), Vector(r, n, -1, 1).Select(a => 1.5 * Math.Sin(2 * a)).ToArray() }, new[] { 1, 3, 5 }),
            C("G24CircleGaussNewtonStep", """
                [Differentiable("cx", "cy", "radius")] public static double G24CircleGaussNewtonStep(double cx, double cy, double radius, double[] xs, double[] ys) {
                    double a11 = 0, a12 = 0, a13 = 0, a22 = 0, a23 = 0, a33 = 0, g1 = 0, g2 = 0, g3 = 0;
                    for (int i = 0; i < xs.Length; i++) {
                        double dx = cx - xs[i], dy = cy - ys[i];
                        double d = Math.Sqrt(dx * dx + dy * dy);
                        double j1 = dx / d, j2 = dy / d, j3 = -1, res = d - radius;
                        a11 += j1 * j1; a12 += j1 * j2; a13 += j1 * j3; a22 += j2 * j2; a23 += j2 * j3; a33 += j3 * j3;
                        g1 += j1 * res; g2 += j2 * res; g3 += j3 * res; }
                    double det = a11 * (a22 * a33 - a23 * a23) - a12 * (a12 * a33 - a23 * a13) + a13 * (a12 * a23 - a22 * a13);
                    double s1 = (g1 * (a22 * a33 - a23 * a23) - a12 * (g2 * a33 - a23 * g3) + a13 * (g2 * a23 - a22 * g3)) / det;
                    double s2 = (a11 * (g2 * a33 - a23 * g3) - g1 * (a12 * a33 - a23 * a13) + a13 * (a12 * g3 - g2 * a13)) / det;
                    double s3 = (a11 * (a22 * g3 - g2 * a23) - a12 * (a12 * g3 - g2 * a13) + g1 * (a12 * a23 - a22 * a13)) / det;
                    double ncx = cx - s1, ncy = cy - s2, nr = radius - s3;
                    return ncx + 2 * ncy + 3 * nr; }
                """, (r, n) => new object[] { Uniform(r, -0.2, 0.2), Uniform(r, -0.2, 0.2), Uniform(r, 0.8, 1.2), Enumerable.Range(0, n).Select(k => 1.5 * Math.Cos(2 * Math.PI * k / n) + Uniform(r, -0.1, 0.1)).ToArray(), Enumerable.Range(0, n).Select(k => 1.4 * Math.Sin(2 * Math.PI * k / n) + Uniform(r, -0.1, 0.1)).ToArray() }, new[] { 4, 5, 7 }),
            C("G24ProcrustesAngle", """
                [Differentiable("theta", "tx", "ty")] public static double G24ProcrustesAngle(double theta, double tx, double ty, double[] src, double[] dst) {
                    double c = Math.Cos(theta), s = Math.Sin(theta), e = 0;
                    for (int i = 0; i < src.Length; i += 2) {
                        double x = c * src[i] - s * src[i + 1] + tx - dst[i];
                        double y = s * src[i] + c * src[i + 1] + ty - dst[i + 1];
                        e += x * x + y * y; }
                    return e; }
                """, (r, n) => new object[] { Uniform(r, -3, 3), Uniform(r, -1, 1), Uniform(r, -1, 1), Vector(r, 2 * n), Vector(r, 2 * n) }, new[] { 1, 2, 4 }),
            C("G24QuaternionChain", """
                [Differentiable] public static double G24QuaternionChain(double[] q) {
                    double w = 1, x = 0, y = 0, z = 0;
                    for (int k = 0; k < q.Length; k += 4) {
                        double bw = q[k], bx = q[k + 1], by = q[k + 2], bz = q[k + 3];
                        (w, x, y, z) = (w * bw - x * bx - y * by - z * bz, w * bx + x * bw + y * bz - z * by, w * by - x * bz + y * bw + z * bx, w * bz + x * by - y * bx + z * bw); }
                    return x + 2 * y + 3 * z + w * w; }
                """, (r, n) => new object[] { Vector(r, 4 * n, -1, 1) }, new[] { 0, 1, 2, 3 }),
            C("G24SoftRasterizer", """
                [Differentiable("vx", "vy")] public static double G24SoftRasterizer(double[] vx, double[] vy, double sigma, double px, double py) {
                    double cover = 1;
                    for (int i = 0; i < 3; i++) {
                        int j = (i + 1) % 3;
                        double ex = vx[j] - vx[i], ey = vy[j] - vy[i];
                        double sd = ((px - vx[i]) * ey - (py - vy[i]) * ex) / Math.Sqrt(ex * ex + ey * ey);
                        cover *= 1 / (1 + Math.Exp(sd / sigma)); }
                    return cover; }
                """, (r, n) => new object[] { new[] { Uniform(r, -0.1, 0.1), Uniform(r, 0.9, 1.1), Uniform(r, -0.1, 0.1) }, new[] { Uniform(r, -0.1, 0.1), Uniform(r, -0.1, 0.1), Uniform(r, 0.9, 1.1) }, Uniform(r, 0.05, 0.3), Uniform(r, -0.5, 1), Uniform(r, -0.5, 1) }),
        };
    }
}
