using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>Signed distance functions, smooth minima, rotations (angle, quaternion, Rodrigues), projections, homogeneous coordinates, determinants and inverses.</content>
    public sealed partial class GeometrySweep24Tests
    {
        private static readonly ArrayCase[] SdfCases =
        {
            C("G24SdfSphere", """
                [Differentiable] public static double G24SdfSphere(double x, double y, double z, double cx, double cy, double cz, double r) =>
                    Math.Sqrt((x - cx) * (x - cx) + (y - cy) * (y - cy) + (z - cz) * (z - cz)) - r;
                """, (r, n) => new object[] { Uniform(r, 0.5, 2), Uniform(r, -2, 2), Uniform(r, -2, 2), Uniform(r, -0.3, 0.3), Uniform(r, -0.3, 0.3), Uniform(r, -0.3, 0.3), Uniform(r, 0.5, 1) }),
            C("G24SdfBox", """
                [Differentiable] public static double G24SdfBox(double x, double y, double z, double bx, double by, double bz) {
                    double qx = Math.Abs(x) - bx, qy = Math.Abs(y) - by, qz = Math.Abs(z) - bz;
                    double mx = Math.Max(qx, 0.0), my = Math.Max(qy, 0.0), mz = Math.Max(qz, 0.0);
                    double outside = Math.Sqrt(mx * mx + my * my + mz * mz);
                    double inside = Math.Min(Math.Max(qx, Math.Max(qy, qz)), 0.0);
                    return outside + inside; }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2), Uniform(r, -2, 2), Uniform(r, 0.5, 1), Uniform(r, 0.5, 1), Uniform(r, 0.5, 1) }),
            C("G24SdfBox2DOutsideOnly", """
                [Differentiable] public static double G24SdfBox2DOutsideOnly(double x, double y, double bx, double by) {
                    double dx = Math.Max(Math.Abs(x) - bx, 0), dy = Math.Max(Math.Abs(y) - by, 0);
                    return Math.Sqrt(dx * dx + dy * dy + 1e-12); }
                """, (r, n) => new object[] { Uniform(r, -3, 3), Uniform(r, -3, 3), Uniform(r, 0.5, 1), Uniform(r, 0.5, 1) }),
            C("G24SdfRoundBox2D", """
                [Differentiable] public static double G24SdfRoundBox2D(double x, double y, double bx, double by, double rad) {
                    double qx = Math.Abs(x) - bx + rad, qy = Math.Abs(y) - by + rad;
                    double ox = qx > 0 ? qx : 0, oy = qy > 0 ? qy : 0;
                    return Math.Min(Math.Max(qx, qy), 0) + Math.Sqrt(ox * ox + oy * oy) - rad; }
                """, (r, n) => new object[] { Uniform(r, -3, 3), Uniform(r, -3, 3), Uniform(r, 0.6, 1), Uniform(r, 0.6, 1), Uniform(r, 0.1, 0.3) }),
            C("G24SdfCapsule", """
                [Differentiable] public static double G24SdfCapsule(double px, double py, double pz, double ax, double ay, double az, double bx, double by, double bz, double r) {
                    double pax = px - ax, pay = py - ay, paz = pz - az;
                    double bax = bx - ax, bay = by - ay, baz = bz - az;
                    double h = Math.Clamp((pax * bax + pay * bay + paz * baz) / (bax * bax + bay * bay + baz * baz), 0.0, 1.0);
                    double dx = pax - bax * h, dy = pay - bay * h, dz = paz - baz * h;
                    return Math.Sqrt(dx * dx + dy * dy + dz * dz) - r; }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2), Uniform(r, -2, 2), Uniform(r, -1, -0.5), 0.0, 0.0, Uniform(r, 0.5, 1), 0.1, 0.0, Uniform(r, 0.2, 0.4) }),
            C("G24SdfTorus", """
                [Differentiable] public static double G24SdfTorus(double x, double y, double z, double major, double minor) {
                    double qx = Math.Sqrt(x * x + z * z) - major;
                    return Math.Sqrt(qx * qx + y * y) - minor; }
                """, (r, n) => new object[] { Uniform(r, 0.5, 2), Uniform(r, -1, 1), Uniform(r, -2, 2), Uniform(r, 1, 1.5), Uniform(r, 0.2, 0.4) }),
            C("G24SminExp", """
                [Differentiable] public static double G24SminExp(double x, double y, double k) {
                    double a = Math.Sqrt((x - 1) * (x - 1) + y * y) - 0.5;
                    double b = Math.Sqrt((x + 1) * (x + 1) + y * y) - 0.7;
                    double res = Math.Exp(-k * a) + Math.Exp(-k * b);
                    return -Math.Log(res) / k; }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2), Uniform(r, 4, 16) }),
            C("G24SminLogSumExpStable", """
                [Differentiable] public static double G24SminLogSumExpStable(double a, double b, double k) {
                    double m = Math.Min(a, b);
                    return m - Math.Log(Math.Exp(-k * (a - m)) + Math.Exp(-k * (b - m))) / k; }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2), Uniform(r, 2, 16) }),
            C("G24SminPoly", """
                [Differentiable] public static double G24SminPoly(double a, double b, double k) {
                    double h = Math.Max(k - Math.Abs(a - b), 0.0) / k;
                    return Math.Min(a, b) - h * h * k * 0.25; }
                """, (r, n) => new object[] { Uniform(r, -1, 1), Uniform(r, -1, 1), Uniform(r, 0.2, 1) }),
            C("G24SminPolyMix", """
                [Differentiable] public static double G24SminPolyMix(double a, double b, double k) {
                    double h = Math.Clamp(0.5 + 0.5 * (b - a) / k, 0.0, 1.0);
                    double mix = b * (1 - h) + a * h;
                    return mix - k * h * (1.0 - h); }
                """, (r, n) => new object[] { Uniform(r, -1, 1), Uniform(r, -1, 1), Uniform(r, 0.2, 1) }),
            C("G24SminCubic", """
                [Differentiable] public static double G24SminCubic(double a, double b, double k) {
                    k *= 6.0;
                    double h = Math.Max(k - Math.Abs(a - b), 0.0) / k;
                    return Math.Min(a, b) - h * h * h * k * (1.0 / 6.0); }
                """, (r, n) => new object[] { Uniform(r, -1, 1), Uniform(r, -1, 1), Uniform(r, 0.05, 0.2) }),
            C("G24SdfUnionSubtract", """
                [Differentiable] public static double G24SdfUnionSubtract(double x, double y, double r1, double r2) {
                    double d1 = Math.Sqrt(x * x + y * y) - r1;
                    double d2 = Math.Sqrt((x - 0.5) * (x - 0.5) + y * y) - r2;
                    return Math.Max(d1, -d2); }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2), Uniform(r, 0.8, 1.2), Uniform(r, 0.3, 0.6) }),
            C("G24RotateAngle", """
                [Differentiable] public static double G24RotateAngle(double theta, double x, double y, double tx, double ty) {
                    double c = Math.Cos(theta), s = Math.Sin(theta);
                    double rx = c * x - s * y, ry = s * x + c * y;
                    return (rx - tx) * (rx - tx) + (ry - ty) * (ry - ty); }
                """, (r, n) => new object[] { Uniform(r, -3, 3), Uniform(r, -2, 2), Uniform(r, -2, 2), Uniform(r, -2, 2), Uniform(r, -2, 2) }),
            C("G24RotateTupleSwap", """
                [Differentiable] public static double G24RotateTupleSwap(double theta, double x, double y) {
                    double c = Math.Cos(theta), s = Math.Sin(theta);
                    (x, y) = (c * x - s * y, s * x + c * y);
                    (x, y) = (c * x - s * y, s * x + c * y);
                    return x + 3 * y; }
                """, (r, n) => new object[] { Uniform(r, -3, 3), Uniform(r, -2, 2), Uniform(r, -2, 2) }),
            C("G24QuaternionRotate", """
                [Differentiable] public static double G24QuaternionRotate(double qw, double qx, double qy, double qz, double vx, double vy, double vz) {
                    double n = Math.Sqrt(qw * qw + qx * qx + qy * qy + qz * qz);
                    qw /= n; qx /= n; qy /= n; qz /= n;
                    // t = q * (0, v)
                    double tw = -qx * vx - qy * vy - qz * vz;
                    double tx = qw * vx + qy * vz - qz * vy;
                    double ty = qw * vy + qz * vx - qx * vz;
                    double tz = qw * vz + qx * vy - qy * vx;
                    // r = t * conj(q)
                    double rx = -tw * qx + tx * qw - ty * qz + tz * qy;
                    double ry = -tw * qy + ty * qw - tz * qx + tx * qz;
                    double rz = -tw * qz + tz * qw - tx * qy + ty * qx;
                    return rx + 2 * ry + 3 * rz; }
                """, (r, n) => new object[] { Uniform(r, 0.5, 1), Uniform(r, -1, 1), Uniform(r, -1, 1), Uniform(r, -1, 1), Uniform(r, -2, 2), Uniform(r, -2, 2), Uniform(r, -2, 2) }),
            C("G24QuaternionFromAxisAngle", """
                [Differentiable] public static double G24QuaternionFromAxisAngle(double angle, double ax, double ay, double az, double vx, double vy, double vz) {
                    double len = Math.Sqrt(ax * ax + ay * ay + az * az);
                    double s = Math.Sin(angle / 2) / len;
                    double qw = Math.Cos(angle / 2), qx = ax * s, qy = ay * s, qz = az * s;
                    // v' = v + 2 q.xyz x (q.xyz x v + w v)
                    double cx = qy * vz - qz * vy + qw * vx, cy = qz * vx - qx * vz + qw * vy, cz = qx * vy - qy * vx + qw * vz;
                    double rx = vx + 2 * (qy * cz - qz * cy);
                    double ry = vy + 2 * (qz * cx - qx * cz);
                    double rz = vz + 2 * (qx * cy - qy * cx);
                    return rx * rx + ry - rz; }
                """, (r, n) => new object[] { Uniform(r, -3, 3), Uniform(r, 0.3, 1), Uniform(r, -1, 1), Uniform(r, -1, 1), Uniform(r, -2, 2), Uniform(r, -2, 2), Uniform(r, -2, 2) }),
            C("G24Rodrigues", """
                [Differentiable] public static double G24Rodrigues(double theta, double kx, double ky, double kz, double vx, double vy, double vz) {
                    double len = Math.Sqrt(kx * kx + ky * ky + kz * kz);
                    kx /= len; ky /= len; kz /= len;
                    double c = Math.Cos(theta), s = Math.Sin(theta);
                    double dot = kx * vx + ky * vy + kz * vz;
                    double crx = ky * vz - kz * vy, cry = kz * vx - kx * vz, crz = kx * vy - ky * vx;
                    double rx = vx * c + crx * s + kx * dot * (1 - c);
                    double ry = vy * c + cry * s + ky * dot * (1 - c);
                    double rz = vz * c + crz * s + kz * dot * (1 - c);
                    return rx - 2 * ry + rz * rz; }
                """, (r, n) => new object[] { Uniform(r, -3, 3), Uniform(r, 0.3, 1), Uniform(r, -1, 1), Uniform(r, -1, 1), Uniform(r, -2, 2), Uniform(r, -2, 2), Uniform(r, -2, 2) }),
            C("G24RodriguesSinc", """
                [Differentiable] public static double G24RodriguesSinc(double wx, double wy, double wz, double vx) {
                    double theta = Math.Sqrt(wx * wx + wy * wy + wz * wz);
                    double a = theta < 1e-6 ? 1 - theta * theta / 6 : Math.Sin(theta) / theta;
                    double b = theta < 1e-6 ? 0.5 - theta * theta / 24 : (1 - Math.Cos(theta)) / (theta * theta);
                    // first component of R v for v = (vx, 1, 0)
                    double crx = wy * 0 - wz * 1;
                    double wcx = wy * (wx * 1 - wy * vx) - wz * (wz * vx - wx * 0);
                    return vx + a * crx + b * wcx; }
                """, (r, n) => new object[] { Uniform(r, -1.5, 1.5), Uniform(r, -1.5, 1.5), Uniform(r, -1.5, 1.5), Uniform(r, -2, 2) }),
            C("G24PerspectiveProject", """
                [Differentiable] public static double G24PerspectiveProject(double f, double cx, double cy, double x, double y, double z, double uObs, double vObs) {
                    double u = f * x / z + cx;
                    double v = f * y / z + cy;
                    return (u - uObs) * (u - uObs) + (v - vObs) * (v - vObs); }
                """, (r, n) => new object[] { Uniform(r, 400, 600), Uniform(r, 300, 340), Uniform(r, 220, 260), Uniform(r, -1, 1), Uniform(r, -1, 1), Uniform(r, 2, 5), Uniform(r, 200, 400), Uniform(r, 200, 300) }),
            C("G24Homogeneous", """
                [Differentiable] public static double G24Homogeneous(double h00, double h01, double h02, double h10, double h11, double h12, double h20, double h21, double x, double y) {
                    double w = h20 * x + h21 * y + 1.0;
                    double u = (h00 * x + h01 * y + h02) / w;
                    double v = (h10 * x + h11 * y + h12) / w;
                    return u * u + v; }
                """, (r, n) => new object[] { Uniform(r, 0.8, 1.2), Uniform(r, -0.2, 0.2), Uniform(r, -1, 1), Uniform(r, -0.2, 0.2), Uniform(r, 0.8, 1.2), Uniform(r, -1, 1), Uniform(r, -0.1, 0.1), Uniform(r, -0.1, 0.1), Uniform(r, -2, 2), Uniform(r, -2, 2) }),
            C("G24Det3", """
                [Differentiable] public static double G24Det3(double a, double b, double c, double d, double e, double f, double g, double h, double i) =>
                    a * (e * i - f * h) - b * (d * i - f * g) + c * (d * h - e * g);
                """, (r, n) => Vector(r, 9).Cast<object>().ToArray()),
            C("G24Inverse2x2", """
                [Differentiable] public static double G24Inverse2x2(double a, double b, double c, double d, double x, double y) {
                    double det = a * d - b * c;
                    double ia = d / det, ib = -b / det, ic = -c / det, id = a / det;
                    double sx = ia * x + ib * y, sy = ic * x + id * y;
                    return sx * sx + sy; }
                """, (r, n) => new object[] { Uniform(r, 1, 2), Uniform(r, -0.5, 0.5), Uniform(r, -0.5, 0.5), Uniform(r, 1, 2), Uniform(r, -2, 2), Uniform(r, -2, 2) }),
            C("G24Inverse3x3Trace", """
                [Differentiable] public static double G24Inverse3x3Trace(double a, double b, double c, double d, double e, double f, double g, double h, double i) {
                    double A = e * i - f * h, B = -(d * i - f * g), C = d * h - e * g;
                    double det = a * A + b * B + c * C;
                    double E = a * i - c * g, I = a * e - b * d;
                    return (A + E + I) / det; }
                """, (r, n) => new object[] { Uniform(r, 1.5, 2.5), Uniform(r, -0.3, 0.3), Uniform(r, -0.3, 0.3), Uniform(r, -0.3, 0.3), Uniform(r, 1.5, 2.5), Uniform(r, -0.3, 0.3), Uniform(r, -0.3, 0.3), Uniform(r, -0.3, 0.3), Uniform(r, 1.5, 2.5) }),
        };
    }
}
