using System;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>
    /// Probes of integer state: bounds changed after the loop that read them, bounds that grow or shrink between passes,
    /// counts kept in branches and used as indices, indices chosen by a comparison or by an argmax over the elements a step
    /// then changes, steps that change in a while loop.
    /// </content>
    public sealed partial class Solver25Tests
    {
        private static readonly ArrayCase[] Probe3Cases =
        {
            C("S25BoundChangedAfterLoop", """
                [Differentiable] public static double S25BoundChangedAfterLoop(double[] x, double c) {
                    int n = x.Length; double s = 0;
                    for (int i = 0; i < n; i++) s = s * c + Math.Sin(x[i]);
                    n = n - 1;
                    for (int i = 0; i < n; i++) s += x[i] * s * 0.1;
                    return s; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.2, 0.8) }, ArrayCase.WithEmpty),
            C("S25GrowingInnerBound", """
                [Differentiable] public static double S25GrowingInnerBound(double[] x, double c) {
                    int n = x.Length; double[] a = (double[])x.Clone(); int len = 1;
                    for (int t = 0; t < 4; t++) {
                        for (int i = 0; i < len && i < n; i++) a[i] = a[i] * c + Math.Sin(a[(i + 1) % n]);
                        len = len + 1;
                    }
                    double s = 0; for (int i = 0; i < n; i++) s += a[i] * (i + 1);
                    return s; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.2, 0.8) }),
            C("S25PyramidInPlace", """
                [Differentiable] public static double S25PyramidInPlace(double[] x, double c) {
                    int n = x.Length; double[] a = (double[])x.Clone(); int hi = n;
                    while (hi > 1) {
                        for (int i = 0; i < hi - 1; i++) a[i] = c * a[i] + (1 - c) * a[i + 1] * a[i + 1];
                        hi--;
                    }
                    return a[0]; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.2, 0.8) }),
            C("S25CountInBranchAsIndex", """
                [Differentiable] public static double S25CountInBranchAsIndex(double[] x, double c) {
                    int n = x.Length; double[] a = new double[n]; int count = 0;
                    for (int i = 0; i < n; i++) {
                        if (x[i] > 0) count++;
                        a[count % n] = a[count % n] * c + x[i];
                    }
                    double s = 0; for (int i = 0; i < n; i++) s += a[i] * a[i] * (i + 1);
                    return s; }
                """, (r, n) => new object[] { AwayFromZero(r, n), Uniform(r, 0.2, 0.8) }),
            C("S25BreakIndexUsedLater", """
                [Differentiable] public static double S25BreakIndexUsedLater(double[] x, double limit) {
                    int n = x.Length; double s = 0; int stop = n - 1;
                    for (int i = 0; i < n; i++) {
                        s += x[i] * x[i];
                        if (s > limit) { stop = i; break; }
                    }
                    return s * x[stop] + stop; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.5, 3) }),
            C("S25GrowingStepWhile", """
                [Differentiable] public static double S25GrowingStepWhile(double[] x, double c) {
                    int n = x.Length; int i = 0, step = 1; double s = 0;
                    while (i < n) { s = s * c + x[i] * x[i]; i += step; step++; }
                    return s; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.2, 0.8) }, new[] { 0, 1, 2, 4, 7, 11 }),
            C("S25PositionAcrossPasses", """
                [Differentiable] public static double S25PositionAcrossPasses(double[] x, double c) {
                    int n = x.Length; double[] a = new double[n]; int pos = 0;
                    for (int t = 0; t < 3; t++)
                        for (int i = 0; i < n; i++) { a[pos % n] = a[pos % n] * c + x[i]; pos += 3; }
                    double s = 0; for (int i = 0; i < n; i++) s += a[i] * a[i] * (i + 1);
                    return s; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.2, 0.8) }, new[] { 1, 2, 4, 5, 6 }),
            C("S25IndexByComparison", """
                [Differentiable] public static double S25IndexByComparison(double[] x, double c) {
                    int n = x.Length; double[] a = new double[n];
                    for (int t = 0; t < 2; t++)
                        for (int i = 0; i < n; i++) {
                            int j = x[i] > 0 ? i : n - 1 - i;
                            a[j] = a[j] * c + x[i] * x[i];
                        }
                    double s = 0; for (int i = 0; i < n; i++) s += a[i] * (i + 1);
                    return s; }
                """, (r, n) => new object[] { AwayFromZero(r, n), Uniform(r, 0.2, 0.8) }),
            C("S25GreedyShrinkLargest", """
                [Differentiable] public static double S25GreedyShrinkLargest(double[] x, double c) {
                    int n = x.Length; double[] a = (double[])x.Clone();
                    for (int t = 0; t < 4; t++) {
                        int best = 0;
                        for (int i = 1; i < n; i++) if (a[i] > a[best]) best = i;
                        a[best] = a[best] * c;
                    }
                    double s = 0; for (int i = 0; i < n; i++) s += a[i] * (i + 1);
                    return s; }
                """, (r, n) => new object[] { Separated(r, n, 0.5).Select(v => v + 2).ToArray(), Uniform(r, 0.3, 0.7) }),
            C("S25CountdownStride", """
                [Differentiable] public static double S25CountdownStride(double[] x, double c) {
                    int n = x.Length; double[] a = (double[])x.Clone();
                    for (int stride = n / 2; stride > 0; stride /= 2)
                        for (int i = 0; i + stride < n; i++) a[i] = a[i] + c * a[i + stride] * a[i];
                    double s = 0; for (int i = 0; i < n; i++) s += a[i];
                    return s; }
                """, (r, n) => new object[] { Vector(r, n, -0.8, 0.8), Uniform(r, 0.2, 0.6) }, new[] { 1, 2, 3, 5, 8 }),
            S("S25WhileTrueNewton", """
                [Differentiable] public static double S25WhileTrueNewton(double a) {
                    double x = a; int k = 0;
                    while (true) {
                        double step = (x * x * x - a) / (3 * x * x);
                        x -= step; k++;
                        if (Math.Abs(step) < 1e-14 || k > 60) return x * a;
                    }
                }
                """, r => new object[] { Uniform(r, 0.5, 5) }),
        };
    }
}
