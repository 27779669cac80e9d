using System;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>Other spellings, continued: do / while loops, continue, switch, tuples, scratch buffers reused, sorting networks, fresh arrays, kernels in fields, projections.</content>
    public sealed partial class Solver25Tests
    {
        private static readonly ArrayCase[] Style2Cases =
        {
            C("S25ContinueMaskedCells", """
                [Differentiable("u0", "alpha")] public static double S25ContinueMaskedCells(double[] u0, double alpha, int[] fixedCell) {
                    int n = u0.Length; double[] u = new double[n]; double[] un = new double[n];
                    for (int i = 0; i < n; i++) { u[i] = u0[i]; un[i] = u0[i]; }
                    for (int t = 0; t < 6; t++) {
                        for (int i = 0; i < n; i++) {
                            if (fixedCell[i] == 1) continue;
                            un[i] = u[i] + alpha * ((i > 0 ? u[i - 1] : 0) - 2 * u[i] + (i < n - 1 ? u[i + 1] : 0));
                        }
                        for (int i = 0; i < n; i++) u[i] = un[i];
                    }
                    double s = 0; for (int i = 0; i < n; i++) s += u[i] * u[i] * (i + 1);
                    return s; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.05, 0.3), Ints(r, n, 2) }, Grids),
            C("S25ContinueMaskedCellsIf", """
                [Differentiable("u0", "alpha")] public static double S25ContinueMaskedCellsIf(double[] u0, double alpha, int[] fixedCell) {
                    int n = u0.Length; double[] u = new double[n]; double[] un = new double[n];
                    for (int i = 0; i < n; i++) { u[i] = u0[i]; un[i] = u0[i]; }
                    for (int t = 0; t < 6; t++) {
                        for (int i = 0; i < n; i++)
                            if (fixedCell[i] != 1) un[i] = u[i] + alpha * ((i > 0 ? u[i - 1] : 0) - 2 * u[i] + (i < n - 1 ? u[i + 1] : 0));
                        for (int i = 0; i < n; i++) u[i] = un[i];
                    }
                    double s = 0; for (int i = 0; i < n; i++) s += u[i] * u[i] * (i + 1);
                    return s; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.05, 0.3), Ints(r, n, 2) }, Grids),
            S("S25SwitchOptimizer", """
                [Differentiable("lr", "w0")] public static double S25SwitchOptimizer(double lr, double w0, int kind) {
                    double w = w0, m = 0, v = 0;
                    for (int t = 1; t <= 6; t++) {
                        double g = w * w * w - w + 0.5;
                        switch (kind) {
                            case 0: w -= lr * g; break;
                            case 1: m = 0.9 * m + g; w -= lr * m; break;
                            default: v = 0.9 * v + 0.1 * g * g; w -= lr * g / Math.Sqrt(v + 1e-8); break;
                        }
                    }
                    return w * w; }
                """, r => new object[] { Uniform(r, 0.02, 0.1), Uniform(r, -1, 1), r.Next(3) }),
            S("S25TupleMomentum", """
                [Differentiable] public static double S25TupleMomentum(double lr, double beta, double w0) {
                    double w = w0, v = 0;
                    for (int k = 0; k < 12; k++) (w, v) = (w + beta * v - lr * Math.Sin(w), beta * v - lr * Math.Sin(w));
                    return w + v * v; }
                """, r => new object[] { Uniform(r, 0.05, 0.3), Uniform(r, 0.3, 0.9), Uniform(r, 1, 2.5) }),
            C("S25ScratchReusedTwice", """
                [Differentiable] public static double S25ScratchReusedTwice(double[] x, double k) {
                    int n = x.Length; double[] scratch = new double[n]; double[] a = new double[n];
                    for (int i = 0; i < n; i++) scratch[i] = Math.Exp(k * x[i]);
                    double z = 0; for (int i = 0; i < n; i++) z += scratch[i];
                    for (int i = 0; i < n; i++) a[i] = scratch[i] / z;
                    for (int i = 0; i < n; i++) scratch[i] = a[i] * x[i] + (i > 0 ? a[i - 1] : 0);
                    double s = 0; for (int i = 0; i < n; i++) s += scratch[i] * scratch[i];
                    return s; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.2, 2) }),
            C("S25IndexFromEnd", """
                [Differentiable] public static double S25IndexFromEnd(double[] x, double decay) {
                    int n = x.Length; double[] a = new double[n];
                    for (int i = 0; i < n; i++) a[^(i + 1)] = x[i];
                    for (int t = 0; t < 3; t++) for (int i = 1; i < n; i++) a[i] += decay * a[i - 1] * a[^1];
                    return a[^1] + a[0]; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, 0.1, 0.4) }),
            C("S25SortingNetworkMinMax", """
                [Differentiable] public static double S25SortingNetworkMinMax(double[] x) {
                    int n = x.Length; double[] a = (double[])x.Clone();
                    for (int pass = 0; pass < n; pass++)
                        for (int i = 0; i + 1 < n; i++) {
                            double lo = Math.Min(a[i], a[i + 1]), hi = Math.Max(a[i], a[i + 1]);
                            a[i] = lo; a[i + 1] = hi;
                        }
                    double s = 0; for (int i = 0; i < n; i++) s += a[i] * (i + 1) * (i + 1);
                    return s; }
                """, (r, n) => new object[] { Separated(r, n, 0.3) }, ArrayCase.WithEmpty),
            C("S25BubbleSortSwapIf", """
                [Differentiable] public static double S25BubbleSortSwapIf(double[] x) {
                    int n = x.Length; double[] a = (double[])x.Clone();
                    for (int pass = 0; pass < n; pass++)
                        for (int i = 0; i + 1 < n; i++)
                            if (a[i] > a[i + 1]) { double t = a[i]; a[i] = a[i + 1]; a[i + 1] = t; }
                    double s = 0; for (int i = 0; i < n; i++) s += a[i] * (i + 1) * (i + 1);
                    return s; }
                """, (r, n) => new object[] { Separated(r, n, 0.3) }, ArrayCase.WithEmpty),
            C("S25FreshArrayEachStep", """
                [Differentiable] public static double S25FreshArrayEachStep(double[] u0, double alpha) {
                    int n = u0.Length; double[] u = (double[])u0.Clone();
                    for (int t = 0; t < 5; t++) {
                        double[] next = new double[n];
                        for (int i = 0; i < n; i++) next[i] = u[i] + alpha * ((i > 0 ? u[i - 1] : 0) - 2 * u[i] + (i < n - 1 ? u[i + 1] : 0));
                        u = next;
                    }
                    double s = 0; for (int i = 0; i < n; i++) s += u[i] * u[i] * (i + 1);
                    return s; }
                """, Grid, Grids),
            C("S25AliasParameter", """
                [Differentiable] public static double S25AliasParameter(double[] w0, double lr) {
                    double[] w = w0;
                    for (int k = 0; k < 4; k++) for (int i = 0; i < w.Length; i++) w[i] -= lr * w[i];
                    return w[0]; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.05, 0.3) }),
            C("S25ConstKernelSmoothing", """
                [Differentiable] public static double S25ConstKernelSmoothing(double[] x) {
                    double[] k = { 0.25, 0.5, 0.25 };
                    int n = x.Length; double[] a = new double[n]; double[] b = new double[n];
                    for (int i = 0; i < n; i++) a[i] = x[i];
                    for (int it = 0; it < 5; it++) {
                        for (int i = 0; i < n; i++) b[i] = k[0] * a[Math.Max(i - 1, 0)] + k[1] * a[i] + k[2] * a[Math.Min(i + 1, n - 1)];
                        (a, b) = (b, a);
                    }
                    double s = 0; for (int i = 0; i < n; i++) s += Math.Sin(a[i]) * (i + 1);
                    return s; }
                """, (r, n) => new object[] { Vector(r, n) }, Grids),
            C("S25StaticFieldKernel", """
                private static readonly double[] S25Stencil = { -1, 2, -1 };
                [Differentiable] public static double S25StaticFieldKernel(double[] x, double tau) {
                    int n = x.Length; double[] a = new double[n]; double[] b = new double[n];
                    for (int i = 0; i < n; i++) a[i] = x[i];
                    for (int it = 0; it < 5; it++) {
                        for (int i = 0; i < n; i++) {
                            double lap = S25Stencil[1] * a[i];
                            if (i > 0) lap += S25Stencil[0] * a[i - 1];
                            if (i < n - 1) lap += S25Stencil[2] * a[i + 1];
                            b[i] = a[i] - tau * lap;
                        }
                        for (int i = 0; i < n; i++) a[i] = b[i];
                    }
                    return a[0] * a[n - 1]; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.05, 0.25) }, Grids),
            C("S25ProjectedBox", """
                [Differentiable("w0", "lr", "c")] public static double S25ProjectedBox(double[] w0, double lr, double[] c, double lo, double hi) {
                    int n = w0.Length; double[] w = new double[n];
                    for (int i = 0; i < n; i++) w[i] = w0[i];
                    for (int k = 0; k < 6; k++)
                        for (int i = 0; i < n; i++) w[i] = Math.Clamp(w[i] - lr * (w[i] - c[i]) * (1 + w[i] * w[i]), lo, hi);
                    double s = 0; for (int i = 0; i < n; i++) s += w[i] * (i + 1);
                    return s; }
                """, (r, n) => new object[] { Vector(r, n, -0.5, 0.5), Uniform(r, 0.05, 0.2), Vector(r, n, -3, 3), -1.0, 1.0 }),
            C("S25SoftmaxInPlace", """
                [Differentiable] public static double S25SoftmaxInPlace(double[] z, double temp) {
                    int n = z.Length; double[] p = new double[n];
                    double m = z[0]; for (int i = 1; i < n; i++) m = Math.Max(m, z[i]);
                    for (int i = 0; i < n; i++) p[i] = (z[i] - m) / temp;
                    double s = 0; for (int i = 0; i < n; i++) { p[i] = Math.Exp(p[i]); s += p[i]; }
                    for (int i = 0; i < n; i++) p[i] /= s;
                    double h = 0; for (int i = 0; i < n; i++) h -= p[i] * Math.Log(p[i]);
                    return h; }
                """, (r, n) => new object[] { Separated(r, n, 0.4), Uniform(r, 0.5, 2) }),
            C("S25LogBarrierNewton", """
                [Differentiable] public static double S25LogBarrierNewton(double[] c, double mu) {
                    int n = c.Length; double[] x = new double[n];
                    for (int i = 0; i < n; i++) x[i] = 0.5;
                    for (int it = 0; it < 15; it++)
                        for (int i = 0; i < n; i++) {
                            double g = c[i] - mu / x[i] + mu / (1 - x[i]);
                            double h = mu / (x[i] * x[i]) + mu / ((1 - x[i]) * (1 - x[i]));
                            double step = g / h;
                            x[i] = step > 0.9 * x[i] ? 0.1 * x[i] : (step < -0.9 * (1 - x[i]) ? x[i] + 0.9 * (1 - x[i]) : x[i] - step);
                        }
                    double f = 0; for (int i = 0; i < n; i++) f += c[i] * x[i];
                    return f; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, 0.2, 1) }),
        };
    }
}
