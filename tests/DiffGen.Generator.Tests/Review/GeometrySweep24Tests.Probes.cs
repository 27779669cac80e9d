using System;
using DiffGen.Generator.Tests.Arrays;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>Spellings users reach for that may be declined (System.Numerics vectors, unmarked helpers, estimates, casts), each beside its rewrite, and a few less common Math calls.</content>
    public sealed partial class GeometrySweep24Tests
    {
        private static readonly ArrayCase[] ProbeCases =
        {
            C("G24Vector3Length", """
                [Differentiable] public static double G24Vector3Length(double x, double y, double z) {
                    var v = new System.Numerics.Vector3((float)x, (float)y, (float)z);
                    return v.Length(); }
                """, (r, n) => new object[] { Uniform(r, 0.3, 2), Uniform(r, -2, 2), Uniform(r, -2, 2) }),
            C("G24ComponentsLength", """
                [Differentiable] public static double G24ComponentsLength(double x, double y, double z) => Math.Sqrt(x * x + y * y + z * z);
                """, (r, n) => new object[] { Uniform(r, 0.3, 2), Uniform(r, -2, 2), Uniform(r, -2, 2) }),
            C("G24UnmarkedHelper", """
                private static double Dot3(double ax, double ay, double az, double bx, double by, double bz) => ax * bx + ay * by + az * bz;
                [Differentiable] public static double G24UnmarkedHelper(double ax, double ay, double az, double bx, double by, double bz) =>
                    Dot3(ax, ay, az, bx, by, bz) / Math.Sqrt(Dot3(ax, ay, az, ax, ay, az) * Dot3(bx, by, bz, bx, by, bz));
                """, (r, n) => new object[] { Uniform(r, 0.3, 2), Uniform(r, -2, 2), Uniform(r, -2, 2), Uniform(r, -2, 2), Uniform(r, 0.3, 2), Uniform(r, -2, 2) }),
            C("G24MarkedHelper", """
                [Differentiable] private static double G24Dot3(double ax, double ay, double az, double bx, double by, double bz) => ax * bx + ay * by + az * bz;
                [Differentiable] public static double G24MarkedHelper(double ax, double ay, double az, double bx, double by, double bz) =>
                    G24Dot3(ax, ay, az, bx, by, bz) / Math.Sqrt(G24Dot3(ax, ay, az, ax, ay, az) * G24Dot3(bx, by, bz, bx, by, bz));
                """, (r, n) => new object[] { Uniform(r, 0.3, 2), Uniform(r, -2, 2), Uniform(r, -2, 2), Uniform(r, -2, 2), Uniform(r, 0.3, 2), Uniform(r, -2, 2) }),
            C("G24RsqrtEstimate", """
                [Differentiable] public static double G24RsqrtEstimate(double x, double y) {
                    double inv = Math.ReciprocalSqrtEstimate(x * x + y * y);
                    return x * inv; }
                """, (r, n) => new object[] { Uniform(r, 0.3, 2), Uniform(r, -2, 2) }),
            C("G24RsqrtExact", """
                [Differentiable] public static double G24RsqrtExact(double x, double y) {
                    double inv = 1.0 / Math.Sqrt(x * x + y * y);
                    return x * inv; }
                """, (r, n) => new object[] { Uniform(r, 0.3, 2), Uniform(r, -2, 2) }),
            C("G24FusedCross", """
                [Differentiable] public static double G24FusedCross(double ax, double ay, double bx, double by) => Math.FusedMultiplyAdd(ax, by, -ay * bx);
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2), Uniform(r, -2, 2), Uniform(r, -2, 2) }),
            C("G24CopySignSdf", """
                [Differentiable] public static double G24CopySignSdf(double x, double y, double r) {
                    double d = Math.Sqrt(x * x + y * y) - r;
                    return Math.CopySign(d * d, d); }
                """, (r, n) => new object[] { Uniform(r, 0.3, 2), Uniform(r, -2, 2), Uniform(r, 0.5, 1) }),
            C("G24LabF", """
                [Differentiable] public static double G24LabF(double y, double yn) {
                    double t = y / yn;
                    double f = t > 216.0 / 24389.0 ? Math.Cbrt(t) : (24389.0 / 27.0 * t + 16) / 116;
                    return 116 * f - 16; }
                """, (r, n) => new object[] { r.Next(4) == 0 ? Uniform(r, 0.0005, 0.008) : Uniform(r, 0.02, 1), Uniform(r, 0.9, 1.1) }),
            C("G24SignedAreaSign", """
                [Differentiable] public static double G24SignedAreaSign(double ax, double ay, double bx, double by, double cx, double cy) {
                    double area = 0.5 * ((bx - ax) * (cy - ay) - (cx - ax) * (by - ay));
                    return Math.Sign(area) * area * area; }
                """, (r, n) => new object[] { Uniform(r, -1, 1), Uniform(r, -1, 1), Uniform(r, -1, 1), Uniform(r, -1, 1), Uniform(r, -1, 1), Uniform(r, -1, 1) }),
            C("G24AngleWrap", """
                [Differentiable] public static double G24AngleWrap(double a, double b) {
                    double d = a - b;
                    while (d > Math.PI) d -= 2 * Math.PI;
                    while (d < -Math.PI) d += 2 * Math.PI;
                    return d * d; }
                """, (r, n) => new object[] { Uniform(r, -9, 9), Uniform(r, -9, 9) }),
            C("G24AngleWrapIeee", """
                [Differentiable] public static double G24AngleWrapIeee(double a, double b) {
                    double d = Math.IEEERemainder(a - b, 2 * Math.PI);
                    return d * d; }
                """, (r, n) => new object[] { Uniform(r, -9, 9), Uniform(r, -9, 9) }),
            C("G24AngleWrapAtan2", """
                [Differentiable] public static double G24AngleWrapAtan2(double a, double b) {
                    double d = Math.Atan2(Math.Sin(a - b), Math.Cos(a - b));
                    return d * d; }
                """, (r, n) => new object[] { Uniform(r, -9, 9), Uniform(r, -9, 9) }),
        };
    }
}
