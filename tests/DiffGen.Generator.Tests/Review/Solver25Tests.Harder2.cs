using System;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>Harder optimisers and programs: L-BFGS's two loops over a circular history, coordinate descent with a residual kept in place, ISTA, EM, PageRank, a binomial tree, the inside algorithm.</content>
    public sealed partial class Solver25Tests
    {
        private static readonly ArrayCase[] Harder2Cases =
        {
            C("S25LbfgsTwoLoop", """
                [Differentiable("w0", "h")] public static double S25LbfgsTwoLoop(double[] w0, double[] h) {
                    const int M = 2; int d = w0.Length;
                    double[] w = (double[])w0.Clone(); double[] g = new double[d]; double[] q = new double[d];
                    double[] sHist = new double[M * d]; double[] yHist = new double[M * d]; double[] rho = new double[M]; double[] alpha = new double[M];
                    for (int j = 0; j < d; j++) g[j] = h[j] * w[j] + 0.1 * w[j] * w[j] * w[j];
                    for (int k = 0; k < 4; k++) {
                        for (int j = 0; j < d; j++) q[j] = g[j];
                        int stored = Math.Min(k, M);
                        for (int m = 0; m < stored; m++) {
                            int slot = (k - 1 - m) % M;
                            double a = 0; for (int j = 0; j < d; j++) a += sHist[slot * d + j] * q[j];
                            a *= rho[slot]; alpha[slot] = a;
                            for (int j = 0; j < d; j++) q[j] -= a * yHist[slot * d + j];
                        }
                        for (int j = 0; j < d; j++) q[j] *= 0.5;
                        for (int m = stored - 1; m >= 0; m--) {
                            int slot = (k - 1 - m) % M;
                            double b = 0; for (int j = 0; j < d; j++) b += yHist[slot * d + j] * q[j];
                            b *= rho[slot];
                            for (int j = 0; j < d; j++) q[j] += sHist[slot * d + j] * (alpha[slot] - b);
                        }
                        int cur = k % M; double sy = 0;
                        for (int j = 0; j < d; j++) {
                            double step = -q[j];
                            w[j] += step; sHist[cur * d + j] = step;
                            double gNew = h[j] * w[j] + 0.1 * w[j] * w[j] * w[j];
                            yHist[cur * d + j] = gNew - g[j]; g[j] = gNew;
                            sy += step * yHist[cur * d + j];
                        }
                        rho[cur] = 1 / sy;
                    }
                    double f = 0; for (int j = 0; j < d; j++) f += 0.5 * h[j] * w[j] * w[j] + 0.025 * w[j] * w[j] * w[j] * w[j];
                    return f; }
                """, (r, n) => new object[] { Vector(r, n, 0.5, 1.5), Vector(r, n, 1, 2) }),
            C("S25CoordinateDescentLasso", """
                [Differentiable("y", "lambda")] public static double S25CoordinateDescentLasso(double[] x, double[] y, double lambda, int d) {
                    int n = y.Length; double[] w = new double[d]; double[] res = (double[])y.Clone();
                    for (int sweep = 0; sweep < 4; sweep++)
                        for (int j = 0; j < d; j++) {
                            double rho = 0, z = 0;
                            for (int i = 0; i < n; i++) { rho += x[i * d + j] * (res[i] + x[i * d + j] * w[j]); z += x[i * d + j] * x[i * d + j]; }
                            double wNew = rho > lambda ? (rho - lambda) / z : (rho < -lambda ? (rho + lambda) / z : 0);
                            for (int i = 0; i < n; i++) res[i] -= x[i * d + j] * (wNew - w[j]);
                            w[j] = wNew;
                        }
                    double f = 0; for (int j = 0; j < d; j++) f += w[j] * (j + 1);
                    return f; }
                """, (r, n) => new object[] { Vector(r, 2 * (n + 2), -1, 1), Vector(r, n + 2, -2, 2), Uniform(r, 0.05, 0.5), 2 }),
            C("S25IstaSoftThreshold", """
                [Differentiable("b", "lambda")] public static double S25IstaSoftThreshold(double[] a, double[] b, double lambda, double step) {
                    int n = b.Length; double[] x = new double[n]; double[] g = new double[n];
                    for (int it = 0; it < 8; it++) {
                        for (int i = 0; i < n; i++) { double s = -b[i]; for (int j = 0; j < n; j++) s += a[i * n + j] * x[j]; g[i] = s; }
                        for (int i = 0; i < n; i++) {
                            double z = x[i] - step * g[i];
                            x[i] = Math.Max(z - step * lambda, 0) - Math.Max(-z - step * lambda, 0);
                        }
                    }
                    double f = 0; for (int i = 0; i < n; i++) f += x[i] * x[i];
                    return f; }
                """, (r, n) => new object[] { Dominant(r, n).Select(v => v / (n + 1)).ToArray(), Vector(r, n, -2, 2), Uniform(r, 0.05, 0.3), 0.5 }),
            C("S25EmGaussianMixture", """
                [Differentiable("x")] public static double S25EmGaussianMixture(double[] x) {
                    int n = x.Length; double[] resp = new double[n];
                    double mu0 = -1, mu1 = 1, v0 = 1, v1 = 1, pi0 = 0.5;
                    for (int it = 0; it < 5; it++) {
                        for (int i = 0; i < n; i++) {
                            double l0 = pi0 * Math.Exp(-(x[i] - mu0) * (x[i] - mu0) / (2 * v0)) / Math.Sqrt(v0);
                            double l1 = (1 - pi0) * Math.Exp(-(x[i] - mu1) * (x[i] - mu1) / (2 * v1)) / Math.Sqrt(v1);
                            resp[i] = l0 / (l0 + l1);
                        }
                        double n0 = 0, s0 = 0, s1 = 0;
                        for (int i = 0; i < n; i++) { n0 += resp[i]; s0 += resp[i] * x[i]; s1 += (1 - resp[i]) * x[i]; }
                        mu0 = s0 / n0; mu1 = s1 / (n - n0);
                        double q0 = 0, q1 = 0;
                        for (int i = 0; i < n; i++) { q0 += resp[i] * (x[i] - mu0) * (x[i] - mu0); q1 += (1 - resp[i]) * (x[i] - mu1) * (x[i] - mu1); }
                        v0 = q0 / n0 + 0.1; v1 = q1 / (n - n0) + 0.1; pi0 = n0 / n;
                    }
                    return mu0 * mu1 + v0 - v1 + pi0; }
                """, (r, n) => new object[] { Enumerable.Range(0, n).Select(i => (i % 2 == 0 ? -1.5 : 1.5) + Uniform(r, -0.7, 0.7)).ToArray() }, new[] { 2, 3, 5, 8 }),
            C("S25SoftKMeans", """
                [Differentiable("x", "beta")] public static double S25SoftKMeans(double[] x, double beta, double[] c0) {
                    const int K = 2; int n = x.Length; double[] c = (double[])c0.Clone(); double[] num = new double[K]; double[] den = new double[K];
                    for (int it = 0; it < 6; it++) {
                        for (int k = 0; k < K; k++) { num[k] = 0; den[k] = 0; }
                        for (int i = 0; i < n; i++) {
                            double e0 = Math.Exp(-beta * (x[i] - c[0]) * (x[i] - c[0])), e1 = Math.Exp(-beta * (x[i] - c[1]) * (x[i] - c[1]));
                            double r0 = e0 / (e0 + e1);
                            num[0] += r0 * x[i]; den[0] += r0; num[1] += (1 - r0) * x[i]; den[1] += 1 - r0;
                        }
                        for (int k = 0; k < K; k++) c[k] = num[k] / den[k];
                    }
                    return c[0] * c[0] + c[1]; }
                """, (r, n) => new object[] { Vector(r, n + 1, -2, 2), Uniform(r, 0.3, 2), new[] { -1.0, 1.0 } }),
            C("S25PageRankDamping", """
                [Differentiable("damping", "personal")] public static double S25PageRankDamping(double damping, double[] personal, int[] outTo, int n) {
                    double[] rank = new double[n]; double[] next = new double[n];
                    for (int i = 0; i < n; i++) rank[i] = 1.0 / n;
                    for (int it = 0; it < 20; it++) {
                        for (int i = 0; i < n; i++) next[i] = (1 - damping) * personal[i];
                        for (int i = 0; i < n; i++) { next[outTo[2 * i]] += damping * 0.5 * rank[i]; next[outTo[2 * i + 1]] += damping * 0.5 * rank[i]; }
                        double[] t = rank; rank = next; next = t;
                    }
                    return rank[0] - rank[n - 1] + rank[n / 2] * rank[n / 2]; }
                """, (r, n) => new object[] { Uniform(r, 0.5, 0.9), Vector(r, n, 0.1, 1), Ints(r, 2 * n, n), n }),
            C("S25MirrorDescentSimplex", """
                [Differentiable("c", "eta")] public static double S25MirrorDescentSimplex(double[] c, double eta) {
                    int n = c.Length; double[] p = new double[n];
                    for (int i = 0; i < n; i++) p[i] = 1.0 / n;
                    for (int it = 0; it < 8; it++) {
                        double z = 0;
                        for (int i = 0; i < n; i++) { p[i] *= Math.Exp(-eta * (c[i] + p[i])); z += p[i]; }
                        for (int i = 0; i < n; i++) p[i] /= z;
                    }
                    double f = 0; for (int i = 0; i < n; i++) f += p[i] * c[i] + 0.5 * p[i] * p[i];
                    return f; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.2, 1) }),
            C("S25AmericanBinomialTree", """
                [Differentiable("s0", "sigma", "rate")] public static double S25AmericanBinomialTree(double s0, double sigma, double rate, double strike, int steps) {
                    double dt = 1.0 / steps, u = Math.Exp(sigma * Math.Sqrt(dt)), dn = 1 / u;
                    double p = (Math.Exp(rate * dt) - dn) / (u - dn), disc = Math.Exp(-rate * dt);
                    double[] v = new double[steps + 1];
                    for (int i = 0; i <= steps; i++) v[i] = Math.Max(strike - s0 * Math.Pow(u, i) * Math.Pow(dn, steps - i), 0);
                    for (int step = steps - 1; step >= 0; step--)
                        for (int i = 0; i <= step; i++) {
                            double cont = disc * (p * v[i + 1] + (1 - p) * v[i]);
                            double exercise = strike - s0 * Math.Pow(u, i) * Math.Pow(dn, step - i);
                            v[i] = Math.Max(cont, exercise);
                        }
                    return v[0]; }
                """, (r, n) => new object[] { Uniform(r, 0.8, 1.2), Uniform(r, 0.1, 0.4), Uniform(r, 0.01, 0.08), 1.0, 3 + n }),
            C("S25InsideAlgorithm", """
                [Differentiable("binary", "unary")] public static double S25InsideAlgorithm(double[] binary, double[] unary, int n) {
                    double[] chart = new double[n * n];
                    for (int i = 0; i < n; i++) chart[i * n + i] = unary[i];
                    for (int len = 2; len <= n; len++)
                        for (int i = 0; i + len - 1 < n; i++) {
                            int j = i + len - 1;
                            double m = double.NegativeInfinity;
                            for (int k = i; k < j; k++) m = Math.Max(m, chart[i * n + k] + chart[(k + 1) * n + j] + binary[k]);
                            double s = 0;
                            for (int k = i; k < j; k++) s += Math.Exp(chart[i * n + k] + chart[(k + 1) * n + j] + binary[k] - m);
                            chart[i * n + j] = m + Math.Log(s);
                        }
                    return chart[n - 1]; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Vector(r, n, -1, 1), n }),
            C("S25ForwardBackwardMarginals", """
                [Differentiable("logA", "logB")] public static double S25ForwardBackwardMarginals(double[] logA, double[] logB, int[] obs) {
                    const int K = 2; int n = obs.Length;
                    double[] fw = new double[n * K]; double[] bw = new double[n * K];
                    for (int s = 0; s < K; s++) fw[s] = Math.Log(0.5) + logB[s * 2 + obs[0]];
                    for (int t = 1; t < n; t++)
                        for (int s = 0; s < K; s++) {
                            double a = fw[(t - 1) * K] + logA[s], b = fw[(t - 1) * K + 1] + logA[2 + s];
                            double m = Math.Max(a, b);
                            fw[t * K + s] = m + Math.Log(Math.Exp(a - m) + Math.Exp(b - m)) + logB[s * 2 + obs[t]];
                        }
                    for (int t = n - 2; t >= 0; t--)
                        for (int s = 0; s < K; s++) {
                            double a = logA[s * 2] + logB[obs[t + 1]] + bw[(t + 1) * K], b = logA[s * 2 + 1] + logB[2 + obs[t + 1]] + bw[(t + 1) * K + 1];
                            double m = Math.Max(a, b);
                            bw[t * K + s] = m + Math.Log(Math.Exp(a - m) + Math.Exp(b - m));
                        }
                    double expected = 0;
                    for (int t = 0; t < n; t++) {
                        double g0 = fw[t * K] + bw[t * K], g1 = fw[t * K + 1] + bw[t * K + 1];
                        expected += 1 / (1 + Math.Exp(g0 - g1));
                    }
                    return expected; }
                """, (r, n) => new object[] { Vector(r, 4, -2, 0), Vector(r, 4, -2, 0), Ints(r, n, 2) }),
            C("S25PrefixMaxArray", """
                [Differentiable] public static double S25PrefixMaxArray(double[] x) {
                    int n = x.Length; double[] m = new double[n];
                    m[0] = x[0];
                    for (int i = 1; i < n; i++) m[i] = Math.Max(m[i - 1], x[i]);
                    double s = 0; for (int i = 0; i < n; i++) s += m[i] * (n - i);
                    return s; }
                """, (r, n) => new object[] { Separated(r, n, 0.3) }, ArrayCase.NonEmpty),
            C("S25AdamRestartFill", """
                [Differentiable("w0", "lr")] public static double S25AdamRestartFill(double[] w0, double lr, double[] c) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double[] m = new double[d];
                    for (int k = 0; k < 9; k++) {
                        if (k % 3 == 0) Array.Fill(m, 0.0);
                        for (int j = 0; j < d; j++) { m[j] = 0.8 * m[j] + (w[j] - c[j]) * Math.Cosh(0.3 * w[j]); w[j] -= lr * m[j]; }
                    }
                    double f = 0; for (int j = 0; j < d; j++) f += w[j] * w[j] * (j + 1);
                    return f; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.02, 0.1), Vector(r, n) }),
            C("S25PerParameterLr", """
                [Differentiable("lrs", "w0")] public static double S25PerParameterLr(double[] lrs, double[] w0, double[] c) {
                    int d = w0.Length; double[] w = (double[])w0.Clone();
                    for (int k = 0; k < 6; k++) {
                        double coupling = 0; for (int j = 0; j < d; j++) coupling += w[j];
                        for (int j = 0; j < d; j++) w[j] -= lrs[j] * (w[j] - c[j] + 0.1 * coupling);
                    }
                    double f = 0; for (int j = 0; j < d; j++) f += Math.Exp(w[j]) * (j + 1);
                    return f; }
                """, (r, n) => new object[] { Vector(r, n, 0.05, 0.3), Vector(r, n), Vector(r, n) }),
            C("S25IrlsLogistic1d", """
                [Differentiable("x")] public static double S25IrlsLogistic1d(double[] x, double[] y, double prior) {
                    double a = 0, b = 0;
                    for (int it = 0; it < 6; it++) {
                        double ga = -prior * a, gb = -prior * b, haa = prior, hab = 0, hbb = prior;
                        for (int i = 0; i < x.Length; i++) {
                            double p = 1 / (1 + Math.Exp(-(a * x[i] + b)));
                            ga += (y[i] - p) * x[i]; gb += y[i] - p;
                            double w = p * (1 - p);
                            haa += w * x[i] * x[i]; hab += w * x[i]; hbb += w;
                        }
                        double det = haa * hbb - hab * hab;
                        a += (hbb * ga - hab * gb) / det; b += (haa * gb - hab * ga) / det;
                    }
                    return a * a + b; }
                """, (r, n) => new object[] { Vector(r, n + 2, -2, 2), Enumerable.Range(0, n + 2).Select(_ => (double)r.Next(2)).ToArray(), Uniform(r, 0.5, 2) }),
            C("S25FrankWolfeSimplex", """
                [Differentiable("c")] public static double S25FrankWolfeSimplex(double[] c, double[] target) {
                    int n = c.Length; double[] p = new double[n];
                    p[0] = 1;
                    for (int k = 0; k < 6; k++) {
                        int best = 0; double bestG = double.PositiveInfinity;
                        for (int i = 0; i < n; i++) { double g = c[i] + p[i] - target[i]; if (g < bestG) { bestG = g; best = i; } }
                        double gamma = 2.0 / (k + 2);
                        for (int i = 0; i < n; i++) p[i] = (1 - gamma) * p[i] + (i == best ? gamma : 0);
                    }
                    double f = 0; for (int i = 0; i < n; i++) f += c[i] * p[i] + 0.5 * (p[i] - target[i]) * (p[i] - target[i]);
                    return f; }
                """, (r, n) => new object[] { Separated(r, n, 0.5), Vector(r, n, 0, 0.3) }),
        };
    }
}
