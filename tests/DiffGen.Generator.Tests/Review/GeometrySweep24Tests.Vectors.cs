using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>Vectors in components: distances to segments, lines and planes, angles, triangles, barycentric coordinates, rays.</content>
    public sealed partial class GeometrySweep24Tests
    {
        private static readonly ArrayCase[] VectorCases =
        {
            C("G24PointSegmentDistance", """
                [Differentiable] public static double G24PointSegmentDistance(double px, double py, double ax, double ay, double bx, double by) {
                    double abx = bx - ax, aby = by - ay;
                    double t = ((px - ax) * abx + (py - ay) * aby) / (abx * abx + aby * aby);
                    t = Math.Clamp(t, 0.0, 1.0);
                    double cx = ax + t * abx - px, cy = ay + t * aby - py;
                    return Math.Sqrt(cx * cx + cy * cy); }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2), Uniform(r, -1, 0), Uniform(r, -1, 0), Uniform(r, 0.5, 1.5), Uniform(r, 0.5, 1.5) }),
            C("G24PointSegmentDistanceIf", """
                [Differentiable] public static double G24PointSegmentDistanceIf(double px, double py, double ax, double ay, double bx, double by) {
                    double abx = bx - ax, aby = by - ay;
                    double len2 = abx * abx + aby * aby;
                    double t = ((px - ax) * abx + (py - ay) * aby) / len2;
                    if (t < 0) t = 0;
                    else if (t > 1) t = 1;
                    double dx = px - (ax + t * abx);
                    double dy = py - (ay + t * aby);
                    return Math.Sqrt(dx * dx + dy * dy); }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2), Uniform(r, -1, 0), Uniform(r, -1, 0), Uniform(r, 0.5, 1.5), Uniform(r, 0.5, 1.5) }),
            C("G24PointSegmentEarlyReturn", """
                [Differentiable] public static double G24PointSegmentEarlyReturn(double px, double py, double ax, double ay, double bx, double by) {
                    double abx = bx - ax, aby = by - ay, apx = px - ax, apy = py - ay;
                    double proj = apx * abx + apy * aby;
                    if (proj <= 0) return Math.Sqrt(apx * apx + apy * apy);
                    double len2 = abx * abx + aby * aby;
                    if (proj >= len2) return Math.Sqrt((px - bx) * (px - bx) + (py - by) * (py - by));
                    double cross = apx * aby - apy * abx;
                    return Math.Abs(cross) / Math.Sqrt(len2); }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2), Uniform(r, -1, 0), Uniform(r, -1, 0), Uniform(r, 0.5, 1.5), Uniform(r, 0.5, 1.5) }),
            C("G24PointPlaneDistance", """
                [Differentiable] public static double G24PointPlaneDistance(double px, double py, double pz, double nx, double ny, double nz, double d) {
                    double len = Math.Sqrt(nx * nx + ny * ny + nz * nz);
                    return (nx * px + ny * py + nz * pz + d) / len; }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2), Uniform(r, -2, 2), Uniform(r, 0.3, 1), Uniform(r, -1, 1), Uniform(r, -1, 1), Uniform(r, -1, 1) }),
            C("G24PointPlaneAbsSquared", """
                [Differentiable] public static double G24PointPlaneAbsSquared(double px, double py, double pz, double nx, double ny, double nz, double d) {
                    double inv = 1.0 / Math.Sqrt(nx * nx + ny * ny + nz * nz);
                    nx *= inv; ny *= inv; nz *= inv;
                    double s = Math.Abs(nx * px + ny * py + nz * pz + d * inv);
                    return Math.Pow(s, 2); }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2), Uniform(r, -2, 2), Uniform(r, 0.3, 1), Uniform(r, -1, 1), Uniform(r, -1, 1), Uniform(r, -1, 1) }),
            C("G24NormalizeThenDot", """
                [Differentiable] public static double G24NormalizeThenDot(double ax, double ay, double az, double bx, double by, double bz) {
                    double la = Math.Sqrt(ax * ax + ay * ay + az * az);
                    ax /= la; ay /= la; az /= la;
                    double lb = Math.Sqrt(bx * bx + by * by + bz * bz);
                    bx /= lb; by /= lb; bz /= lb;
                    return ax * bx + ay * by + az * bz; }
                """, (r, n) => new object[] { Uniform(r, 0.3, 2), Uniform(r, -2, 2), Uniform(r, -2, 2), Uniform(r, -2, 2), Uniform(r, 0.3, 2), Uniform(r, -2, 2) }),
            C("G24AngleAcos", """
                [Differentiable] public static double G24AngleAcos(double ax, double ay, double az, double bx, double by, double bz) {
                    double dot = ax * bx + ay * by + az * bz;
                    double c = dot / (Math.Sqrt(ax * ax + ay * ay + az * az) * Math.Sqrt(bx * bx + by * by + bz * bz));
                    return Math.Acos(Math.Clamp(c, -1, 1)); }
                """, (r, n) => new object[] { Uniform(r, 0.3, 2), Uniform(r, -2, 2), Uniform(r, -2, 2), Uniform(r, -2, 2), Uniform(r, 0.3, 2), Uniform(r, -2, 2) }),
            C("G24AngleAcosMinMax", """
                [Differentiable] public static double G24AngleAcosMinMax(double ax, double ay, double bx, double by) {
                    double c = (ax * bx + ay * by) / Math.Sqrt((ax * ax + ay * ay) * (bx * bx + by * by));
                    return Math.Acos(Math.Max(-1.0, Math.Min(1.0, c))) * 180 / Math.PI; }
                """, (r, n) => new object[] { Uniform(r, 0.3, 2), Uniform(r, -2, 2), Uniform(r, -2, 2), Uniform(r, 0.3, 2) }),
            C("G24AngleAtan2", """
                [Differentiable] public static double G24AngleAtan2(double ax, double ay, double az, double bx, double by, double bz) {
                    double cx = ay * bz - az * by, cy = az * bx - ax * bz, cz = ax * by - ay * bx;
                    return Math.Atan2(Math.Sqrt(cx * cx + cy * cy + cz * cz), ax * bx + ay * by + az * bz); }
                """, (r, n) => new object[] { Uniform(r, 0.3, 2), Uniform(r, -2, 2), Uniform(r, -2, 2), Uniform(r, -2, 2), Uniform(r, 0.3, 2), Uniform(r, -2, 2) }),
            C("G24SignedAngle2D", """
                [Differentiable] public static double G24SignedAngle2D(double ax, double ay, double bx, double by) => Math.Atan2(ax * by - ay * bx, ax * bx + ay * by);
                """, (r, n) => new object[] { Uniform(r, 0.3, 2), Uniform(r, -2, 2), Uniform(r, -2, 2), Uniform(r, 0.3, 2) }),
            C("G24TriangleArea", """
                [Differentiable] public static double G24TriangleArea(double ax, double ay, double az, double bx, double by, double bz, double cx, double cy, double cz) {
                    double ux = bx - ax, uy = by - ay, uz = bz - az;
                    double vx = cx - ax, vy = cy - ay, vz = cz - az;
                    double nx = uy * vz - uz * vy, ny = uz * vx - ux * vz, nz = ux * vy - uy * vx;
                    return 0.5 * Math.Sqrt(nx * nx + ny * ny + nz * nz); }
                """, (r, n) => new object[] { 0.0, 0.0, 0.0, 1.0, 0.1, 0.2, 0.2, 1.0, -0.1 }.Select((v, i) => (object)((double)v + Uniform(r, -0.3, 0.3))).ToArray()),
            C("G24TriangleNormalZ", """
                [Differentiable] public static double G24TriangleNormalZ(double ax, double ay, double az, double bx, double by, double bz, double cx, double cy, double cz) {
                    double ux = bx - ax, uy = by - ay, uz = bz - az;
                    double vx = cx - ax, vy = cy - ay, vz = cz - az;
                    double nx = uy * vz - uz * vy, ny = uz * vx - ux * vz, nz = ux * vy - uy * vx;
                    double len = Math.Sqrt(nx * nx + ny * ny + nz * nz);
                    return nz / len + 0.5 * nx / len; }
                """, (r, n) => new object[] { 0.0, 0.0, 0.0, 1.0, 0.1, 0.2, 0.2, 1.0, -0.1 }.Select((v, i) => (object)((double)v + Uniform(r, -0.3, 0.3))).ToArray()),
            C("G24TriangleArea2DSigned", """
                [Differentiable] public static double G24TriangleArea2DSigned(double ax, double ay, double bx, double by, double cx, double cy) =>
                    0.5 * ((bx - ax) * (cy - ay) - (cx - ax) * (by - ay));
                """, (r, n) => new object[] { Uniform(r, -1, 1), Uniform(r, -1, 1), Uniform(r, -1, 1), Uniform(r, -1, 1), Uniform(r, -1, 1), Uniform(r, -1, 1) }),
            C("G24Barycentric", """
                [Differentiable] public static double G24Barycentric(double px, double py, double ax, double ay, double bx, double by, double cx, double cy) {
                    double v0x = bx - ax, v0y = by - ay, v1x = cx - ax, v1y = cy - ay, v2x = px - ax, v2y = py - ay;
                    double d00 = v0x * v0x + v0y * v0y, d01 = v0x * v1x + v0y * v1y, d11 = v1x * v1x + v1y * v1y;
                    double d20 = v2x * v0x + v2y * v0y, d21 = v2x * v1x + v2y * v1y;
                    double denom = d00 * d11 - d01 * d01;
                    double v = (d11 * d20 - d01 * d21) / denom;
                    double w = (d00 * d21 - d01 * d20) / denom;
                    double u = 1.0 - v - w;
                    return 2 * u + 3 * v + 5 * w; }
                """, (r, n) => new object[] { Uniform(r, 0.1, 0.4), Uniform(r, 0.1, 0.4), Uniform(r, -0.2, 0), Uniform(r, -0.2, 0), Uniform(r, 0.9, 1.1), Uniform(r, -0.1, 0.1), Uniform(r, -0.1, 0.1), Uniform(r, 0.9, 1.1) }),
            C("G24BarycentricTuple", """
                [Differentiable] public static double G24BarycentricTuple(double px, double py, double ax, double ay, double bx, double by, double cx, double cy) {
                    double Cross(double ux, double uy, double vx, double vy) => ux * vy - uy * vx;
                    double area = Cross(bx - ax, by - ay, cx - ax, cy - ay);
                    var (l1, l2) = (Cross(bx - px, by - py, cx - px, cy - py) / area, Cross(cx - px, cy - py, ax - px, ay - py) / area);
                    double l3 = 1 - l1 - l2;
                    return l1 * l1 + 2 * l2 * l3; }
                """, (r, n) => new object[] { Uniform(r, 0.1, 0.4), Uniform(r, 0.1, 0.4), Uniform(r, -0.2, 0), Uniform(r, -0.2, 0), Uniform(r, 0.9, 1.1), Uniform(r, -0.1, 0.1), Uniform(r, -0.1, 0.1), Uniform(r, 0.9, 1.1) }),
            C("G24RaySphere", """
                [Differentiable] public static double G24RaySphere(double ox, double oy, double oz, double dx, double dy, double dz, double cx, double cy, double cz, double radius) {
                    double lx = ox - cx, ly = oy - cy, lz = oz - cz;
                    double a = dx * dx + dy * dy + dz * dz;
                    double b = 2 * (dx * lx + dy * ly + dz * lz);
                    double c = lx * lx + ly * ly + lz * lz - radius * radius;
                    double disc = b * b - 4 * a * c;
                    if (disc < 0) return -1;
                    double t0 = (-b - Math.Sqrt(disc)) / (2 * a);
                    double t1 = (-b + Math.Sqrt(disc)) / (2 * a);
                    return t0 > 0 ? t0 : t1; }
                """, (r, n) => new object[] { Uniform(r, -0.2, 0.2), Uniform(r, -0.2, 0.2), Uniform(r, -5, 0.5), Uniform(r, -0.1, 0.1), Uniform(r, -0.1, 0.1), Uniform(r, 0.8, 1.2), Uniform(r, -0.2, 0.2), Uniform(r, -0.2, 0.2), Uniform(r, 2, 3), Uniform(r, 1, 1.5) }),
            C("G24RaySphereHalfB", """
                [Differentiable("radius", "cz")] public static double G24RaySphereHalfB(double radius, double cz, double ox, double oz, double dz) {
                    double lz = oz - cz;
                    double b = dz * lz;
                    double c = ox * ox + lz * lz - radius * radius;
                    double h = b * b - c;
                    if (h < 0.0) return 1e6;
                    h = Math.Sqrt(h);
                    return -b - h; }
                """, (r, n) => new object[] { Uniform(r, 1, 1.5), Uniform(r, 2, 3), Uniform(r, -0.3, 0.3), Uniform(r, -0.5, 0), 1.0 }),
            C("G24RayPlane", """
                [Differentiable] public static double G24RayPlane(double ox, double oy, double oz, double dx, double dy, double dz, double nx, double ny, double nz, double d) {
                    double denom = nx * dx + ny * dy + nz * dz;
                    if (Math.Abs(denom) < 1e-9) return double.PositiveInfinity;
                    return -(nx * ox + ny * oy + nz * oz + d) / denom; }
                """, (r, n) => new object[] { Uniform(r, -1, 1), Uniform(r, -1, 1), Uniform(r, -1, 1), Uniform(r, -0.3, 0.3), Uniform(r, -0.3, 0.3), Uniform(r, 0.8, 1.2), Uniform(r, -0.2, 0.2), Uniform(r, -0.2, 0.2), Uniform(r, 0.8, 1.2), Uniform(r, -3, -1) }),
            C("G24RayTriangleMollerU", """
                [Differentiable] public static double G24RayTriangleMollerU(double ox, double oy, double dz, double e1x, double e2y) {
                    double e1y = 0.1, e1z = 0, e2x = 0.1, e2z = 0, dx = 0.05, dy = -0.02;
                    double px = dy * e2z - dz * e2y, py = dz * e2x - dx * e2z, pz = dx * e2y - dy * e2x;
                    double det = e1x * px + e1y * py + e1z * pz;
                    double inv = 1 / det;
                    double tx = ox, ty = oy, tz = -2;
                    double u = (tx * px + ty * py + tz * pz) * inv;
                    double qx = ty * e1z - tz * e1y, qy = tz * e1x - tx * e1z, qz = tx * e1y - ty * e1x;
                    double v = (dx * qx + dy * qy + dz * qz) * inv;
                    double t = (e2x * qx + e2y * qy + e2z * qz) * inv;
                    return u + 2 * v + 3 * t; }
                """, (r, n) => new object[] { Uniform(r, 0.1, 0.4), Uniform(r, 0.1, 0.4), Uniform(r, 0.8, 1.2), Uniform(r, 0.8, 1.2), Uniform(r, 0.8, 1.2) }),
        };
    }
}
