namespace DiffGen.Generator.Tests.Review
{
    /// <content>Float twins, each checked against its double twin's finite differences.</content>
    public sealed partial class GeometrySweep24Tests
    {
        internal static readonly (string Twin, string Source)[] Floats =
        {
            ("G24PointSegmentDistance", """
                [Differentiable] public static float G24PointSegmentDistanceFloat(float px, float py, float ax, float ay, float bx, float by) {
                    float abx = bx - ax, aby = by - ay;
                    float t = ((px - ax) * abx + (py - ay) * aby) / (abx * abx + aby * aby);
                    t = Math.Clamp(t, 0f, 1f);
                    float cx = ax + t * abx - px, cy = ay + t * aby - py;
                    return MathF.Sqrt(cx * cx + cy * cy); }
                """),
            ("G24AngleAcos", """
                [Differentiable] public static float G24AngleAcosFloat(float ax, float ay, float az, float bx, float by, float bz) {
                    float dot = ax * bx + ay * by + az * bz;
                    float c = dot / (MathF.Sqrt(ax * ax + ay * ay + az * az) * MathF.Sqrt(bx * bx + by * by + bz * bz));
                    return MathF.Acos(Math.Clamp(c, -1f, 1f)); }
                """),
            ("G24SdfBox", """
                [Differentiable] public static float G24SdfBoxFloat(float x, float y, float z, float bx, float by, float bz) {
                    float qx = MathF.Abs(x) - bx, qy = MathF.Abs(y) - by, qz = MathF.Abs(z) - bz;
                    float mx = MathF.Max(qx, 0f), my = MathF.Max(qy, 0f), mz = MathF.Max(qz, 0f);
                    float outside = MathF.Sqrt(mx * mx + my * my + mz * mz);
                    float inside = MathF.Min(MathF.Max(qx, MathF.Max(qy, qz)), 0f);
                    return outside + inside; }
                """),
            ("G24SminPoly", """
                [Differentiable] public static float G24SminPolyFloat(float a, float b, float k) {
                    float h = MathF.Max(k - MathF.Abs(a - b), 0.0f) / k;
                    return MathF.Min(a, b) - h * h * k * 0.25f; }
                """),
            ("G24BlinnPhong", """
                [Differentiable] public static float G24BlinnPhongFloat(float lx, float ly, float lz, float vx, float vy, float vz, float shininess) {
                    float hx = lx + vx, hy = ly + vy, hz = lz + vz;
                    float hl = MathF.Sqrt(hx * hx + hy * hy + hz * hz);
                    float nh = hz / hl;
                    float spec = MathF.Pow(Math.Clamp(nh, 0f, 1f), shininess);
                    return spec * (shininess + 8) / (8 * MathF.PI); }
                """),
            ("G24FresnelSchlick", """
                [Differentiable] public static float G24FresnelSchlickFloat(float cosTheta, float f0) => f0 + (1 - f0) * MathF.Pow(1 - cosTheta, 5);
                """),
            ("G24ShoelaceArea", """
                [Differentiable] public static float G24ShoelaceAreaFloat(float[] xs, float[] ys) {
                    float sum = 0;
                    for (int i = 0; i < xs.Length; i++) {
                        int j = (i + 1) % xs.Length;
                        sum += xs[i] * ys[j] - xs[j] * ys[i]; }
                    return MathF.Abs(sum) / 2; }
                """),
            ("G24QuaternionRotate", """
                [Differentiable] public static float G24QuaternionRotateFloat(float qw, float qx, float qy, float qz, float vx, float vy, float vz) {
                    float n = MathF.Sqrt(qw * qw + qx * qx + qy * qy + qz * qz);
                    qw /= n; qx /= n; qy /= n; qz /= n;
                    float tw = -qx * vx - qy * vy - qz * vz;
                    float tx = qw * vx + qy * vz - qz * vy;
                    float ty = qw * vy + qz * vx - qx * vz;
                    float tz = qw * vz + qx * vy - qy * vx;
                    float rx = -tw * qx + tx * qw - ty * qz + tz * qy;
                    float ry = -tw * qy + ty * qw - tz * qx + tx * qz;
                    float rz = -tw * qz + tz * qw - tx * qy + ty * qx;
                    return rx + 2 * ry + 3 * rz; }
                """),
        };
    }
}
