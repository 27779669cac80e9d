using System;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>Unrolled optimisation and hypergradients: K steps of an optimiser on an inline loss, the outer loss of the final iterate.</content>
    public sealed partial class Solver25Tests
    {
        /// <summary>w0 (d = 2), lr, lambda, x (n × 2), y (n), xv (3 × 2), yv (3).</summary>
        private static object[] Ridge(Random r, int n) =>
            new object[] { Vector(r, 2, -1, 1), Uniform(r, 0.02, 0.1), Uniform(r, 0.05, 0.5), Vector(r, 2 * n, -1, 1), Vector(r, n, -1, 1), Vector(r, 6, -1, 1), Vector(r, 3, -1, 1) };

        /// <summary>w0 (d = 2), lr, x (n × 2), labels ±1 as double (n), xv (3 × 2), yv (3, ±1).</summary>
        private static object[] Logistic(Random r, int n) =>
            new object[] { Vector(r, 2, -0.5, 0.5), Uniform(r, 0.1, 0.5), Vector(r, 2 * n, -1.5, 1.5), Enumerable.Range(0, n).Select(_ => Sign(r)).ToArray(), Vector(r, 6, -1.5, 1.5), Enumerable.Range(0, 3).Select(_ => Sign(r)).ToArray() };

        private static readonly ArrayCase[] OptimCases =
        {
            S("S25GdScalarLr", """
                [Differentiable("lr", "w0", "a", "b")] public static double S25GdScalarLr(double lr, double w0, double a, double b, double target) {
                    double w = w0;
                    for (int k = 0; k < 10; k++) w -= lr * a * (w - b);
                    return (w - target) * (w - target); }
                """, r => new object[] { Uniform(r, 0.05, 0.3), Uniform(r, -2, 2), Uniform(r, 0.5, 2), Uniform(r, -1, 1), Uniform(r, -1, 1) }),
            C("S25GdRidgeHyper", """
                [Differentiable("w0", "lr", "lambda")] public static double S25GdRidgeHyper(double[] w0, double lr, double lambda, double[] x, double[] y, double[] xv, double[] yv) {
                    int d = w0.Length, n = y.Length;
                    double[] w = new double[d]; for (int j = 0; j < d; j++) w[j] = w0[j];
                    double[] g = new double[d];
                    for (int step = 0; step < 5; step++) {
                        for (int j = 0; j < d; j++) g[j] = 2 * lambda * w[j];
                        for (int i = 0; i < n; i++) {
                            double r = -y[i]; for (int j = 0; j < d; j++) r += w[j] * x[i * d + j];
                            for (int j = 0; j < d; j++) g[j] += 2 * r * x[i * d + j] / n; }
                        for (int j = 0; j < d; j++) w[j] -= lr * g[j];
                    }
                    double loss = 0;
                    for (int i = 0; i < yv.Length; i++) { double r = -yv[i]; for (int j = 0; j < d; j++) r += w[j] * xv[i * d + j]; loss += r * r; }
                    return loss; }
                """, Ridge),
            C("S25GdRidgeData", """
                [Differentiable("x", "y")] public static double S25GdRidgeData(double[] w0, double lr, double lambda, double[] x, double[] y, double[] xv, double[] yv) {
                    int d = w0.Length, n = y.Length;
                    double[] w = (double[])w0.Clone();
                    for (int step = 0; step < 4; step++) {
                        double[] g = new double[d];
                        for (int i = 0; i < n; i++) {
                            double r = -y[i]; for (int j = 0; j < d; j++) r += w[j] * x[i * d + j];
                            for (int j = 0; j < d; j++) g[j] += r * x[i * d + j]; }
                        for (int j = 0; j < d; j++) w[j] -= lr * (g[j] / n + lambda * w[j]);
                    }
                    double loss = 0;
                    for (int i = 0; i < yv.Length; i++) { double r = -yv[i]; for (int j = 0; j < d; j++) r += w[j] * xv[i * d + j]; loss += r * r; }
                    return loss; }
                """, Ridge),
            S("S25MomentumQuadratic", """
                [Differentiable("lr", "beta", "x0", "y0")] public static double S25MomentumQuadratic(double lr, double beta, double x0, double y0, double c) {
                    double[] w = { x0, y0 }; double[] v = new double[2];
                    for (int k = 0; k < 12; k++) {
                        double g0 = 3 * w[0] + 0.5 * w[1], g1 = 0.5 * w[0] + c * w[1];
                        v[0] = beta * v[0] + g0; v[1] = beta * v[1] + g1;
                        w[0] -= lr * v[0]; w[1] -= lr * v[1];
                    }
                    return w[0] * w[0] + 2 * w[1] * w[1]; }
                """, r => new object[] { Uniform(r, 0.02, 0.1), Uniform(r, 0.5, 0.9), Uniform(r, -2, 2), Uniform(r, -2, 2), Uniform(r, 0.5, 2) }),
            S("S25NesterovScalar", """
                [Differentiable] public static double S25NesterovScalar(double lr, double mu, double w0, double a) {
                    double w = w0, v = 0;
                    for (int k = 0; k < 15; k++) {
                        double look = w + mu * v;
                        double g = a * look + Math.Sin(look);
                        v = mu * v - lr * g;
                        w += v;
                    }
                    return 0.5 * a * w * w - Math.Cos(w); }
                """, r => new object[] { Uniform(r, 0.05, 0.2), Uniform(r, 0.3, 0.9), Uniform(r, -2, 2), Uniform(r, 1, 3) }),
            C("S25NesterovVector", """
                [Differentiable("w0", "lr", "mu")] public static double S25NesterovVector(double[] w0, double lr, double mu, double[] h) {
                    int d = w0.Length;
                    double[] w = new double[d], v = new double[d], look = new double[d];
                    for (int j = 0; j < d; j++) w[j] = w0[j];
                    for (int k = 0; k < 6; k++) {
                        for (int j = 0; j < d; j++) look[j] = w[j] + mu * v[j];
                        for (int j = 0; j < d; j++) {
                            double g = h[j] * look[j] + (j > 0 ? 0.3 * look[j - 1] : 0) + (j < d - 1 ? 0.3 * look[j + 1] : 0);
                            v[j] = mu * v[j] - lr * g;
                        }
                        for (int j = 0; j < d; j++) w[j] += v[j];
                    }
                    double f = 0; for (int j = 0; j < d; j++) f += w[j] * w[j] * (j + 1);
                    return f; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, 0.05, 0.2), Uniform(r, 0.3, 0.9), Vector(r, n, 1, 2) }),
            S("S25AdamScalar", """
                [Differentiable] public static double S25AdamScalar(double lr, double beta1, double beta2, double w0, double a) {
                    double w = w0, m = 0, v = 0;
                    for (int t = 1; t <= 8; t++) {
                        double g = a * (w - 1) + 0.1 * w * w * w;
                        m = beta1 * m + (1 - beta1) * g;
                        v = beta2 * v + (1 - beta2) * g * g;
                        double mHat = m / (1 - Math.Pow(beta1, t)), vHat = v / (1 - Math.Pow(beta2, t));
                        w -= lr * mHat / (Math.Sqrt(vHat) + 1e-8);
                    }
                    return (w - 2) * (w - 2); }
                """, r => new object[] { Uniform(r, 0.01, 0.05), Uniform(r, 0.8, 0.95), Uniform(r, 0.9, 0.999), Uniform(r, -3, -1), Uniform(r, 0.5, 2) }),
            C("S25AdamVector", """
                [Differentiable("w0", "lr")] public static double S25AdamVector(double[] w0, double lr, double[] target) {
                    int d = w0.Length;
                    double[] w = [.. w0];
                    double[] m = new double[d]; double[] v = new double[d];
                    double b1t = 1, b2t = 1;
                    for (int t = 0; t < 6; t++) {
                        b1t *= 0.9; b2t *= 0.999;
                        for (int j = 0; j < d; j++) {
                            double g = 2 * (w[j] - target[j]) + Math.Tanh(w[j]);
                            m[j] = 0.9 * m[j] + 0.1 * g;
                            v[j] = 0.999 * v[j] + 0.001 * g * g;
                            w[j] -= lr * (m[j] / (1 - b1t)) / (Math.Sqrt(v[j] / (1 - b2t)) + 1e-8);
                        }
                    }
                    double s = 0; for (int j = 0; j < d; j++) s += Math.Exp(-w[j] * w[j]);
                    return s; }
                """, (r, n) => new object[] { Enumerable.Range(0, n).Select(_ => Uniform(r, -2, -1)).ToArray(), Uniform(r, 0.01, 0.05), Enumerable.Range(0, n).Select(_ => Uniform(r, 1, 2)).ToArray() }),
            C("S25RmsPropLogistic", """
                [Differentiable("w0", "lr")] public static double S25RmsPropLogistic(double[] w0, double lr, double[] x, double[] y, double[] xv, double[] yv) {
                    int n = y.Length; double[] w = new double[2], s = new double[2], g = new double[2];
                    w[0] = w0[0]; w[1] = w0[1];
                    for (int k = 0; k < 5; k++) {
                        g[0] = 0; g[1] = 0;
                        for (int i = 0; i < n; i++) {
                            double z = y[i] * (w[0] * x[2 * i] + w[1] * x[2 * i + 1]);
                            double p = 1 / (1 + Math.Exp(z));
                            g[0] -= p * y[i] * x[2 * i] / n; g[1] -= p * y[i] * x[2 * i + 1] / n;
                        }
                        for (int j = 0; j < 2; j++) { s[j] = 0.9 * s[j] + 0.1 * g[j] * g[j]; w[j] -= lr * g[j] / Math.Sqrt(s[j] + 1e-6); }
                    }
                    double loss = 0;
                    for (int i = 0; i < 3; i++) loss += Math.Log(1 + Math.Exp(-yv[i] * (w[0] * xv[2 * i] + w[1] * xv[2 * i + 1])));
                    return loss; }
                """, Logistic),
            C("S25SgdLogisticPoison", """
                [Differentiable("x")] public static double S25SgdLogisticPoison(double[] w0, double lr, double[] x, double[] y, double[] xv, double[] yv) {
                    double a = w0[0], b = w0[1];
                    for (int epoch = 0; epoch < 3; epoch++)
                        for (int i = 0; i < y.Length; i++) {
                            double z = a * x[2 * i] + b * x[2 * i + 1];
                            double p = 1 / (1 + Math.Exp(-y[i] * z));
                            a += lr * (1 - p) * y[i] * x[2 * i];
                            b += lr * (1 - p) * y[i] * x[2 * i + 1];
                        }
                    double loss = 0;
                    for (int i = 0; i < 3; i++) loss += Math.Log(1 + Math.Exp(-yv[i] * (a * xv[2 * i] + b * xv[2 * i + 1])));
                    return loss; }
                """, Logistic),
            S("S25GdDecayingLr", """
                [Differentiable] public static double S25GdDecayingLr(double lr, double decay, double w0) {
                    double w = w0;
                    for (int k = 0; k < 10; k++) { w -= lr * (w * w * w - 2 * w + 1); lr *= decay; }
                    return w; }
                """, r => new object[] { Uniform(r, 0.02, 0.08), Uniform(r, 0.7, 0.99), Uniform(r, 1.5, 2) }),
            S("S25GdScheduleTernary", """
                [Differentiable] public static double S25GdScheduleTernary(double lr, double w0, double a) {
                    double w = w0;
                    for (int k = 0; k < 12; k++) {
                        double eta = k < 4 ? lr : (k < 8 ? lr * 0.5 : lr * 0.1);
                        w -= eta * (a * w + Math.Exp(0.2 * w));
                    }
                    return w * w; }
                """, r => new object[] { Uniform(r, 0.05, 0.2), Uniform(r, -2, 2), Uniform(r, 0.5, 2) }),
            S("S25InnerNewtonLogit", """
                [Differentiable("prior")] public static double S25InnerNewtonLogit(double prior, double k, double n) {
                    double t = 0;
                    for (int it = 0; it < 8; it++) {
                        double p = 1 / (1 + Math.Exp(-t));
                        double g = k - n * p - prior * t;
                        double h = -n * p * (1 - p) - prior;
                        t -= g / h;
                    }
                    double q = 1 / (1 + Math.Exp(-t));
                    return (q - 0.3) * (q - 0.3); }
                """, r => new object[] { Uniform(r, 0.5, 3), Uniform(r, 1, 5), Uniform(r, 6, 10) }),
        };
    }
}
