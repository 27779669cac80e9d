using System;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>Unrolled optimisation, continued: helpers and local functions for the inner gradient, clipping, averaging, AdamW, lookahead, trajectory losses.</content>
    public sealed partial class Solver25Tests
    {
        private static readonly ArrayCase[] Optim2Cases =
        {
            S("S25GdStopOnSmallStep", """
                [Differentiable] public static double S25GdStopOnSmallStep(double lr, double w0, double c) {
                    double w = w0;
                    for (int k = 0; k < 40; k++) {
                        double g = w - c + 0.2 * Math.Sin(3 * w);
                        if (Math.Abs(g) < 1e-3) break;
                        w -= lr * g;
                    }
                    return w * w * w; }
                """, r => new object[] { Uniform(r, 0.1, 0.4), Uniform(r, -2, 2), Uniform(r, -1, 1) }),
            C("S25GdSwapBuffers", """
                [Differentiable("w0", "lr")] public static double S25GdSwapBuffers(double[] w0, double lr, double[] a) {
                    int d = w0.Length;
                    double[] w = new double[d]; double[] next = new double[d];
                    for (int j = 0; j < d; j++) w[j] = w0[j];
                    for (int k = 0; k < 5; k++) {
                        for (int j = 0; j < d; j++) {
                            double left = j > 0 ? w[j - 1] : 0, right = j < d - 1 ? w[j + 1] : 0;
                            next[j] = w[j] - lr * (a[j] * w[j] - 0.5 * (left + right) + 0.1 * w[j] * w[j] * w[j]);
                        }
                        double[] tmp = w; w = next; next = tmp;
                    }
                    double s = 0; for (int j = 0; j < d; j++) s += w[j] * (j + 1.0);
                    return s; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, 0.05, 0.2), Vector(r, n, 1.5, 3) }),
            C("S25AdagradVector", """
                [Differentiable("w0", "lr", "target")] public static double S25AdagradVector(double[] w0, double lr, double[] target) {
                    int d = w0.Length; double[] w = new double[d]; double[] acc = new double[d];
                    for (int j = 0; j < d; j++) { w[j] = w0[j]; acc[j] = 0.1; }
                    for (int k = 0; k < 7; k++)
                        for (int j = 0; j < d; j++) {
                            double g = w[j] - target[j];
                            acc[j] += g * g;
                            w[j] -= lr * g / Math.Sqrt(acc[j]);
                        }
                    double f = 0; for (int j = 0; j < d; j++) f += Math.Log(1 + w[j] * w[j]);
                    return f; }
                """, (r, n) => new object[] { Vector(r, n, -2, 2), Uniform(r, 0.1, 0.5), Vector(r, n, -2, 2) }),
            S("S25GdHelperGradient", """
                [Differentiable] public static double S25InnerGrad(double w, double a, double b) => a * (w - b) + 0.5 * Math.Tanh(w);
                [Differentiable] public static double S25GdHelperGradient(double lr, double w0, double a, double b) {
                    double w = w0;
                    for (int k = 0; k < 10; k++) w -= lr * S25InnerGrad(w, a, b);
                    return Math.Exp(-w * w); }
                """, r => new object[] { Uniform(r, 0.05, 0.3), Uniform(r, -2, 2), Uniform(r, 0.5, 2), Uniform(r, -1, 1) }),
            S("S25GdLocalFunction", """
                [Differentiable] public static double S25GdLocalFunction(double lr, double w0, double a) {
                    double Grad(double u) => a * u - Math.Cos(u);
                    double w = w0;
                    for (int k = 0; k < 10; k++) w -= lr * Grad(w);
                    return w * w + Grad(w); }
                """, r => new object[] { Uniform(r, 0.05, 0.3), Uniform(r, -2, 2), Uniform(r, 1, 3) }),
            C("S25GdClippedGradient", """
                [Differentiable("w0", "lr")] public static double S25GdClippedGradient(double[] w0, double lr, double[] c) {
                    int d = w0.Length; double[] w = (double[])w0.Clone();
                    for (int k = 0; k < 6; k++)
                        for (int j = 0; j < d; j++) {
                            double g = 2 * (w[j] - c[j]) * (w[j] - c[j]) * (w[j] - c[j]);
                            w[j] -= lr * Math.Clamp(g, -1.0, 1.0);
                        }
                    double f = 0; for (int j = 0; j < d; j++) f += w[j] * w[j];
                    return f; }
                """, (r, n) => new object[] { Vector(r, n, -2, 2), Uniform(r, 0.05, 0.2), Vector(r, n, -2, 2) }),
            C("S25GdNormClipping", """
                [Differentiable("w0", "lr", "maxNorm")] public static double S25GdNormClipping(double[] w0, double lr, double maxNorm, double[] c) {
                    int d = w0.Length; double[] w = new double[d]; double[] g = new double[d];
                    for (int j = 0; j < d; j++) w[j] = w0[j];
                    for (int k = 0; k < 5; k++) {
                        double norm2 = 0;
                        for (int j = 0; j < d; j++) { g[j] = 3 * (w[j] - c[j]); norm2 += g[j] * g[j]; }
                        double scale = Math.Min(1.0, maxNorm / Math.Sqrt(norm2 + 1e-12));
                        for (int j = 0; j < d; j++) w[j] -= lr * scale * g[j];
                    }
                    double f = 0; for (int j = 0; j < d; j++) f += (w[j] - 0.5) * (w[j] - 0.5);
                    return f; }
                """, (r, n) => new object[] { Vector(r, n, -2, 2), Uniform(r, 0.05, 0.2), Uniform(r, 0.3, 3), Vector(r, n, -2, 2) }),
            S("S25PolyakAverage", """
                [Differentiable] public static double S25PolyakAverage(double lr, double w0, double a) {
                    double w = w0, avg = 0;
                    for (int k = 0; k < 10; k++) { w -= lr * (a * w - Math.Sin(w)); avg += (w - avg) / (k + 1); }
                    return avg * avg; }
                """, r => new object[] { Uniform(r, 0.05, 0.3), Uniform(r, -2, 2), Uniform(r, 1.5, 3) }),
            C("S25AdamWDecoupled", """
                [Differentiable("w0", "lr", "wd")] public static double S25AdamWDecoupled(double[] w0, double lr, double wd, double[] c) {
                    int d = w0.Length; double[] w = [.. w0]; double[] m = new double[d]; double[] v = new double[d];
                    for (int t = 1; t <= 5; t++) {
                        double bc1 = 1 - Math.Pow(0.9, t), bc2 = 1 - Math.Pow(0.99, t);
                        for (int j = 0; j < d; j++) {
                            double g = Math.Sinh(w[j] - c[j]);
                            m[j] = 0.9 * m[j] + 0.1 * g;
                            v[j] = 0.99 * v[j] + 0.01 * g * g;
                            w[j] = w[j] * (1 - lr * wd) - lr * (m[j] / bc1) / (Math.Sqrt(v[j] / bc2) + 1e-8);
                        }
                    }
                    double f = 0; for (int j = 0; j < d; j++) f += Math.Cos(w[j]);
                    return f; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, 0.01, 0.1), Uniform(r, 0.01, 0.5), Vector(r, n, 1.5, 2.5) }),
            C("S25LookaheadOptimizer", """
                [Differentiable("w0", "lr", "alpha")] public static double S25LookaheadOptimizer(double[] w0, double lr, double alpha, double[] c) {
                    int d = w0.Length; double[] slow = new double[d]; double[] fast = new double[d];
                    for (int j = 0; j < d; j++) slow[j] = w0[j];
                    for (int outer = 0; outer < 3; outer++) {
                        for (int j = 0; j < d; j++) fast[j] = slow[j];
                        for (int k = 0; k < 4; k++)
                            for (int j = 0; j < d; j++) fast[j] -= lr * (fast[j] - c[j]) * (1 + fast[j] * fast[j]);
                        for (int j = 0; j < d; j++) slow[j] += alpha * (fast[j] - slow[j]);
                    }
                    double f = 0; for (int j = 0; j < d; j++) f += slow[j] * slow[j] * slow[j];
                    return f; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, 0.02, 0.1), Uniform(r, 0.3, 0.8), Vector(r, n, -1, 1) }),
            S("S25TrajectoryLoss", """
                [Differentiable] public static double S25TrajectoryLoss(double lr, double w0, double a) {
                    double w = w0, total = 0;
                    for (int k = 0; k < 8; k++) {
                        double loss = 0.5 * a * w * w + Math.Exp(-w);
                        total += loss * Math.Pow(0.9, k);
                        w -= lr * (a * w - Math.Exp(-w));
                    }
                    return total; }
                """, r => new object[] { Uniform(r, 0.05, 0.3), Uniform(r, -1, 2), Uniform(r, 0.5, 2) }),
            C("S25MomentumTwoArrays", """
                [Differentiable("w0", "lr", "beta")] public static double S25MomentumTwoArrays(double[] w0, double lr, double beta, double[] c) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double[] vel = new double[d];
                    for (int k = 0; k < 8; k++) {
                        for (int j = 0; j < d; j++) vel[j] = beta * vel[j] - lr * (w[j] - c[j]) * Math.Exp(0.1 * w[j]);
                        for (int j = d - 1; j >= 0; j--) w[j] += vel[j];
                    }
                    double f = 0; for (int j = 0; j < d; j++) f += (w[j] + 1) * (w[j] + 1);
                    return f; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, 0.05, 0.2), Uniform(r, 0.3, 0.9), Vector(r, n, -1, 1) }),
            C("S25GdRegWeightOnly", """
                [Differentiable("lambda")] public static double S25GdRegWeightOnly(double[] w0, double lr, double lambda, double[] x, double[] y, double[] xv, double[] yv) {
                    int d = 2, n = y.Length; double[] w = new double[d];
                    w[0] = w0[0]; w[1] = w0[1];
                    for (int step = 0; step < 6; step++) {
                        double g0 = lambda * w[0], g1 = lambda * w[1];
                        for (int i = 0; i < n; i++) { double r = w[0] * x[2 * i] + w[1] * x[2 * i + 1] - y[i]; g0 += r * x[2 * i]; g1 += r * x[2 * i + 1]; }
                        w[0] -= lr * g0; w[1] -= lr * g1;
                    }
                    double loss = 0;
                    for (int i = 0; i < 3; i++) { double r = w[0] * xv[2 * i] + w[1] * xv[2 * i + 1] - yv[i]; loss += r * r; }
                    return loss; }
                """, Ridge),
        };
    }
}
