using System;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>Dynamic programming: soft-DTW, Viterbi, HMM forward and backward passes, edit distances, knapsack, shortest paths, value iteration.</content>
    public sealed partial class Solver25Tests
    {
        private static object[] TwoSeries(Random r, int n) => new object[] { Vector(r, n, -1, 1), Vector(r, n + 1, -1, 1), Uniform(r, 0.3, 1.5) };

        /// <summary>Log transition (k × k), log emission (k × 2), log initial (k), observations in {0, 1}: k = 3.</summary>
        private static object[] Hmm(Random r, int n) =>
            new object[] { Vector(r, 9, -2, 0), Vector(r, 6, -2, 0), Vector(r, 3, -2, 0), Ints(r, n, 2) };

        private static readonly ArrayCase[] ProgramCases =
        {
            C("S25SoftDtw", """
                [Differentiable] public static double S25SoftDtw(double[] x, double[] y, double gamma) {
                    int n = x.Length, m = y.Length, w = m + 1;
                    double[] r = new double[(n + 1) * w];
                    for (int k = 0; k < r.Length; k++) r[k] = 1e10;
                    r[0] = 0;
                    for (int i = 1; i <= n; i++)
                        for (int j = 1; j <= m; j++) {
                            double a = -r[(i - 1) * w + j - 1] / gamma, b = -r[(i - 1) * w + j] / gamma, c = -r[i * w + j - 1] / gamma;
                            double mx = Math.Max(a, Math.Max(b, c));
                            double softmin = -gamma * (mx + Math.Log(Math.Exp(a - mx) + Math.Exp(b - mx) + Math.Exp(c - mx)));
                            double d = x[i - 1] - y[j - 1];
                            r[i * w + j] = d * d + softmin;
                        }
                    return r[n * w + m]; }
                """, TwoSeries),
            C("S25SoftDtwTwoRows", """
                [Differentiable] public static double S25SoftDtwTwoRows(double[] x, double[] y, double gamma) {
                    int n = x.Length, m = y.Length;
                    double[] prev = new double[m + 1]; double[] cur = new double[m + 1];
                    for (int j = 1; j <= m; j++) prev[j] = 1e10;
                    for (int i = 1; i <= n; i++) {
                        cur[0] = 1e10;
                        for (int j = 1; j <= m; j++) {
                            double a = prev[j - 1], b = prev[j], c = cur[j - 1];
                            double lo = Math.Min(a, Math.Min(b, c));
                            double s = Math.Exp(-(a - lo) / gamma) + Math.Exp(-(b - lo) / gamma) + Math.Exp(-(c - lo) / gamma);
                            double d = x[i - 1] - y[j - 1];
                            cur[j] = d * d + lo - gamma * Math.Log(s);
                        }
                        (prev, cur) = (cur, prev);
                    }
                    return prev[m]; }
                """, TwoSeries),
            C("S25DtwHardMin", """
                [Differentiable("x", "y")] public static double S25DtwHardMin(double[] x, double[] y) {
                    int n = x.Length, m = y.Length;
                    double[] d = new double[(n + 1) * (m + 1)];
                    for (int j = 1; j <= m; j++) d[j] = double.PositiveInfinity;
                    for (int i = 1; i <= n; i++) {
                        d[i * (m + 1)] = double.PositiveInfinity;
                        for (int j = 1; j <= m; j++)
                            d[i * (m + 1) + j] = Math.Abs(x[i - 1] - y[j - 1]) + Math.Min(d[(i - 1) * (m + 1) + j - 1], Math.Min(d[(i - 1) * (m + 1) + j], d[i * (m + 1) + j - 1]));
                    }
                    return d[n * (m + 1) + m]; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Vector(r, n + 1, -1, 1) }),
            C("S25ViterbiMaxPlus", """
                [Differentiable("logA", "logB", "logPi")] public static double S25ViterbiMaxPlus(double[] logA, double[] logB, double[] logPi, int[] obs) {
                    const int K = 3;
                    double[] delta = new double[K]; double[] next = new double[K];
                    for (int s = 0; s < K; s++) delta[s] = logPi[s] + logB[s * 2 + obs[0]];
                    for (int t = 1; t < obs.Length; t++) {
                        for (int s = 0; s < K; s++) {
                            double best = double.NegativeInfinity;
                            for (int p = 0; p < K; p++) best = Math.Max(best, delta[p] + logA[p * K + s]);
                            next[s] = best + logB[s * 2 + obs[t]];
                        }
                        for (int s = 0; s < K; s++) delta[s] = next[s];
                    }
                    double score = delta[0];
                    for (int s = 1; s < K; s++) score = Math.Max(score, delta[s]);
                    return score; }
                """, Hmm),
            C("S25HmmForwardLog", """
                [Differentiable("logA", "logB", "logPi")] public static double S25HmmForwardLog(double[] logA, double[] logB, double[] logPi, int[] obs) {
                    const int K = 3;
                    double[] alpha = new double[K]; double[] nextAlpha = new double[K];
                    for (int s = 0; s < K; s++) alpha[s] = logPi[s] + logB[s * 2 + obs[0]];
                    for (int t = 1; t < obs.Length; t++) {
                        for (int s = 0; s < K; s++) {
                            double m = double.NegativeInfinity;
                            for (int p = 0; p < K; p++) m = Math.Max(m, alpha[p] + logA[p * K + s]);
                            double sum = 0;
                            for (int p = 0; p < K; p++) sum += Math.Exp(alpha[p] + logA[p * K + s] - m);
                            nextAlpha[s] = m + Math.Log(sum) + logB[s * 2 + obs[t]];
                        }
                        double[] tmp = alpha; alpha = nextAlpha; nextAlpha = tmp;
                    }
                    double mx = Math.Max(alpha[0], Math.Max(alpha[1], alpha[2]));
                    return mx + Math.Log(Math.Exp(alpha[0] - mx) + Math.Exp(alpha[1] - mx) + Math.Exp(alpha[2] - mx)); }
                """, Hmm),
            C("S25HmmForwardScaled", """
                [Differentiable("a", "b")] public static double S25HmmForwardScaled(double[] a, double[] b, int[] obs) {
                    const int K = 2;
                    double[] alpha = { 0.5 * b[obs[0]], 0.5 * b[2 + obs[0]] };
                    double logLik = 0;
                    for (int t = 0; t < obs.Length; t++) {
                        if (t > 0) {
                            double n0 = (alpha[0] * a[0] + alpha[1] * a[2]) * b[obs[t]];
                            double n1 = (alpha[0] * a[1] + alpha[1] * a[3]) * b[2 + obs[t]];
                            alpha[0] = n0; alpha[1] = n1;
                        }
                        double c = 0; for (int s = 0; s < K; s++) c += alpha[s];
                        for (int s = 0; s < K; s++) alpha[s] /= c;
                        logLik += Math.Log(c);
                    }
                    return logLik; }
                """, (r, n) => new object[] { Vector(r, 4, 0.2, 0.8), Vector(r, 4, 0.2, 0.8), Ints(r, n, 2) }),
            C("S25HmmBackwardLog", """
                [Differentiable("logA", "logB", "logPi")] public static double S25HmmBackwardLog(double[] logA, double[] logB, double[] logPi, int[] obs) {
                    const int K = 3; int n = obs.Length;
                    double[] beta = new double[K]; double[] prev = new double[K];
                    for (int t = n - 2; t >= 0; t--) {
                        for (int s = 0; s < K; s++) {
                            double m = double.NegativeInfinity;
                            for (int q = 0; q < K; q++) m = Math.Max(m, logA[s * K + q] + logB[q * 2 + obs[t + 1]] + beta[q]);
                            double sum = 0;
                            for (int q = 0; q < K; q++) sum += Math.Exp(logA[s * K + q] + logB[q * 2 + obs[t + 1]] + beta[q] - m);
                            prev[s] = m + Math.Log(sum);
                        }
                        for (int s = 0; s < K; s++) beta[s] = prev[s];
                    }
                    double total = 0;
                    for (int s = 0; s < K; s++) total += Math.Exp(logPi[s] + logB[s * 2 + obs[0]] + beta[s]);
                    return Math.Log(total); }
                """, Hmm),
            C("S25SoftEditDistance", """
                [Differentiable("x", "y", "gap", "gamma")] public static double S25SoftEditDistance(double[] x, double[] y, double gap, double gamma) {
                    int n = x.Length, m = y.Length;
                    double[] t = new double[(n + 1) * (m + 1)];
                    for (int i = 0; i <= n; i++) t[i * (m + 1)] = i * gap;
                    for (int j = 0; j <= m; j++) t[j] = j * gap;
                    for (int i = 1; i <= n; i++)
                        for (int j = 1; j <= m; j++) {
                            double sub = t[(i - 1) * (m + 1) + j - 1] + (x[i - 1] - y[j - 1]) * (x[i - 1] - y[j - 1]);
                            double del = t[(i - 1) * (m + 1) + j] + gap, ins = t[i * (m + 1) + j - 1] + gap;
                            t[i * (m + 1) + j] = -gamma * Math.Log(Math.Exp(-sub / gamma) + Math.Exp(-del / gamma) + Math.Exp(-ins / gamma));
                        }
                    return t[n * (m + 1) + m]; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Vector(r, n + 1, -1, 1), Uniform(r, 0.3, 1), Uniform(r, 0.5, 2) }),
            C("S25NeedlemanWunschMax", """
                [Differentiable("x", "y", "gap")] public static double S25NeedlemanWunschMax(double[] x, double[] y, double gap) {
                    int n = x.Length, m = y.Length; double[] row = new double[m + 1]; double[] next = new double[m + 1];
                    for (int j = 0; j <= m; j++) row[j] = -j * gap;
                    for (int i = 1; i <= n; i++) {
                        next[0] = -i * gap;
                        for (int j = 1; j <= m; j++)
                            next[j] = Math.Max(row[j - 1] + x[i - 1] * y[j - 1], Math.Max(row[j] - gap, next[j - 1] - gap));
                        for (int j = 0; j <= m; j++) row[j] = next[j];
                    }
                    return row[m]; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Vector(r, n + 1, -1, 1), Uniform(r, 0.2, 1) }),
            C("S25KnapsackInPlace", """
                [Differentiable("values")] public static double S25KnapsackInPlace(double[] values, int[] weights, int capacity) {
                    double[] dp = new double[capacity + 1];
                    for (int i = 0; i < values.Length; i++)
                        for (int c = capacity; c >= weights[i]; c--)
                            dp[c] = Math.Max(dp[c], dp[c - weights[i]] + values[i]);
                    return dp[capacity]; }
                """, (r, n) => new object[] { Vector(r, n, 0.5, 3), Enumerable.Range(0, n).Select(_ => 1 + r.Next(4)).ToArray(), 6 }),
            C("S25FloydWarshallMin", """
                [Differentiable("w")] public static double S25FloydWarshallMin(double[] w, int n) {
                    double[] d = (double[])w.Clone();
                    for (int i = 0; i < n; i++) d[i * n + i] = 0;
                    for (int k = 0; k < n; k++)
                        for (int i = 0; i < n; i++)
                            for (int j = 0; j < n; j++)
                                d[i * n + j] = Math.Min(d[i * n + j], d[i * n + k] + d[k * n + j]);
                    double s = 0; for (int i = 0; i < n * n; i++) s += d[i] * (1 + i % 3);
                    return s; }
                """, (r, n) => new object[] { Vector(r, n * n, 0.5, 3), n }, new[] { 2, 3, 4 }),
            C("S25SoftFloydWarshall", """
                [Differentiable("w", "gamma")] public static double S25SoftFloydWarshall(double[] w, double gamma, int n) {
                    double[] d = new double[n * n];
                    for (int i = 0; i < n * n; i++) d[i] = w[i];
                    for (int k = 0; k < n; k++)
                        for (int i = 0; i < n; i++)
                            for (int j = 0; j < n; j++) {
                                double a = d[i * n + j], b = d[i * n + k] + d[k * n + j];
                                double lo = Math.Min(a, b);
                                d[i * n + j] = lo - gamma * Math.Log(Math.Exp((lo - a) / gamma) + Math.Exp((lo - b) / gamma));
                            }
                    return d[n - 1]; }
                """, (r, n) => new object[] { Vector(r, n * n, 0.5, 3), Uniform(r, 0.2, 1), n }, new[] { 1, 2, 3, 4 }),
            C("S25BellmanFordRelax", """
                [Differentiable("w")] public static double S25BellmanFordRelax(double[] w, int[] from, int[] to, int nodes) {
                    double[] dist = new double[nodes];
                    for (int v = 1; v < nodes; v++) dist[v] = 1e6;
                    for (int it = 0; it < nodes - 1; it++)
                        for (int e = 0; e < w.Length; e++) {
                            double cand = dist[from[e]] + w[e];
                            dist[to[e]] = Math.Min(dist[to[e]], cand);
                        }
                    double s = 0; for (int v = 0; v < nodes; v++) s += dist[v];
                    return s; }
                """, (r, n) => new object[] { Vector(r, n + 3, 0.5, 3), new[] { 0, 0, 1 }.Concat(Ints(r, n, 4)).ToArray(), new[] { 1, 2, 3 }.Concat(Ints(r, n, 4)).ToArray(), 4 }),
            C("S25ValueIterationMax", """
                [Differentiable("reward")] public static double S25ValueIterationMax(double[] reward, int[] nextState, double gamma) {
                    const int S = 3, A = 2;
                    double[] v = new double[S]; double[] vNew = new double[S];
                    for (int it = 0; it < 12; it++) {
                        for (int s = 0; s < S; s++) {
                            double best = double.NegativeInfinity;
                            for (int a = 0; a < A; a++) best = Math.Max(best, reward[s * A + a] + gamma * v[nextState[s * A + a]]);
                            vNew[s] = best;
                        }
                        (v, vNew) = (vNew, v);
                    }
                    return v[0] + 0.5 * v[1]; }
                """, (r, n) => new object[] { Vector(r, 6, -1, 1), Ints(r, 6, 3), Uniform(r, 0.5, 0.9) }, ArrayCase.Scalar),
            C("S25SoftValueIteration", """
                [Differentiable("reward", "tau")] public static double S25SoftValueIteration(double[] reward, double tau, int[] nextState, double gamma) {
                    const int S = 3, A = 2;
                    double[] v = new double[S];
                    for (int it = 0; it < 12; it++) {
                        double[] q = new double[S * A];
                        for (int k = 0; k < S * A; k++) q[k] = reward[k] + gamma * v[nextState[k]];
                        for (int s = 0; s < S; s++) {
                            double m = Math.Max(q[s * A], q[s * A + 1]);
                            v[s] = m + tau * Math.Log(Math.Exp((q[s * A] - m) / tau) + Math.Exp((q[s * A + 1] - m) / tau));
                        }
                    }
                    return v[0] - v[2]; }
                """, (r, n) => new object[] { Vector(r, 6, -1, 1), Uniform(r, 0.3, 1.5), Ints(r, 6, 3), Uniform(r, 0.5, 0.9) }, ArrayCase.Scalar),
            C("S25OnlineLogSumExp", """
                [Differentiable] public static double S25OnlineLogSumExp(double[] z) {
                    double m = double.NegativeInfinity, s = 0;
                    for (int i = 0; i < z.Length; i++) {
                        double mNew = Math.Max(m, z[i]);
                        s = s * Math.Exp(m - mNew) + Math.Exp(z[i] - mNew);
                        m = mNew;
                    }
                    return m + Math.Log(s); }
                """, (r, n) => new object[] { Separated(r, n, 0.4) }),
            C("S25OnlineSoftmaxDot", """
                [Differentiable] public static double S25OnlineSoftmaxDot(double[] z, double[] v) {
                    double m = z[0], s = 1, acc = v[0];
                    for (int i = 1; i < z.Length; i++) {
                        if (z[i] > m) {
                            double scale = Math.Exp(m - z[i]);
                            s = s * scale + 1; acc = acc * scale + v[i]; m = z[i];
                        } else {
                            double e = Math.Exp(z[i] - m);
                            s += e; acc += e * v[i];
                        }
                    }
                    return acc / s; }
                """, (r, n) => new object[] { Separated(r, n, 0.4), Vector(r, n, -1, 1) }),
            C("S25CtcLikeForward", """
                [Differentiable("logp")] public static double S25CtcLikeForward(double[] logp, int steps) {
                    const int L = 3;
                    double[] a = new double[L]; double[] b = new double[L];
                    a[0] = logp[0]; a[1] = -1e9; a[2] = -1e9;
                    for (int t = 1; t < steps; t++) {
                        for (int s = 0; s < L; s++) {
                            double stay = a[s], move = s > 0 ? a[s - 1] : -1e9;
                            double m = Math.Max(stay, move);
                            b[s] = m + Math.Log(Math.Exp(stay - m) + Math.Exp(move - m)) + logp[t * L + s];
                        }
                        for (int s = 0; s < L; s++) a[s] = b[s];
                    }
                    return a[L - 1]; }
                """, (r, n) => new object[] { Vector(r, 3 * (n + 2), -2, 0), n + 2 }),
        };
    }
}
