using System;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>Log-space dynamic programming: HMM forward and backward, Viterbi, CTC-like alignment sums.</content>
    public sealed partial class InfinitySweep26Tests
    {
        private static object[] Hmm3(Random r, int n) => new object[] { Vector(r, 9, -2, -0.1), Vector(r, 6, -2, -0.1), Uniform(r, 0.5, 2), Ints(r, n, 2) };

        private static readonly ArrayCase[] HmmCases =
        {
            // Forward algorithm in log space from state 0 (the others −∞ by an initializer), scores divided by a temperature.
            C("I26HmmForwardTempered", """
                [Differentiable("logA", "logB", "t")] public static double I26HmmForwardTempered(double[] logA, double[] logB, double t, int[] obs) {
                    const int K = 3;
                    double[] alpha = { 0, double.NegativeInfinity, double.NegativeInfinity };
                    double[] next = new double[K];
                    for (int step = 0; step < obs.Length; step++) {
                        for (int s = 0; s < K; s++) {
                            double mx = double.NegativeInfinity;
                            for (int p = 0; p < K; p++) mx = Math.Max(mx, alpha[p] + (logA[p * K + s] + logB[s * 2 + obs[step]]) / t);
                            double sum = 0;
                            for (int p = 0; p < K; p++) sum += Math.Exp(alpha[p] + (logA[p * K + s] + logB[s * 2 + obs[step]]) / t - mx);
                            next[s] = mx + Math.Log(sum);
                        }
                        for (int s = 0; s < K; s++) alpha[s] = next[s];
                    }
                    double top = double.NegativeInfinity;
                    for (int s = 0; s < K; s++) top = Math.Max(top, alpha[s]);
                    double z = 0; for (int s = 0; s < K; s++) z += Math.Exp(alpha[s] - top);
                    return top + Math.Log(z); }
                """, Hmm3),

            // The forward pass with the temperature multiplying the previous log-probabilities (−∞ · t at the start).
            C("I26HmmForwardScaledAlpha", """
                [Differentiable("logA", "logB", "t")] public static double I26HmmForwardScaledAlpha(double[] logA, double[] logB, double t, int[] obs) {
                    const int K = 3;
                    double[] alpha = new double[K];
                    for (int s = 1; s < K; s++) alpha[s] = double.NegativeInfinity;
                    double[] next = new double[K];
                    for (int step = 0; step < obs.Length; step++) {
                        for (int s = 0; s < K; s++) {
                            double mx = double.NegativeInfinity;
                            for (int p = 0; p < K; p++) mx = Math.Max(mx, t * alpha[p] + logA[p * K + s]);
                            double sum = 0;
                            for (int p = 0; p < K; p++) sum += Math.Exp(t * alpha[p] + logA[p * K + s] - mx);
                            next[s] = mx + Math.Log(sum) + logB[s * 2 + obs[step]];
                        }
                        double[] tmp = alpha; alpha = next; next = tmp;
                    }
                    double top = Math.Max(alpha[0], Math.Max(alpha[1], alpha[2]));
                    return top + Math.Log(Math.Exp(alpha[0] - top) + Math.Exp(alpha[1] - top) + Math.Exp(alpha[2] - top)); }
                """, Hmm3),

            // A left-to-right HMM: the transitions back are −∞ in a local table, a state none reaches stays −∞ (tested).
            C("I26HmmLeftToRight", """
                [Differentiable("logA", "logB", "t")] public static double I26HmmLeftToRight(double[] logA, double[] logB, double t, int[] obs) {
                    const int K = 3;
                    double[] logT = new double[K * K];
                    for (int p = 0; p < K; p++)
                        for (int s = 0; s < K; s++)
                            logT[p * K + s] = s == p || s == p + 1 ? logA[p * K + s] * t : double.NegativeInfinity;
                    double[] alpha = { logB[obs[0]], double.NegativeInfinity, double.NegativeInfinity };
                    double[] next = new double[K];
                    for (int step = 1; step < obs.Length; step++) {
                        for (int s = 0; s < K; s++) {
                            double mx = double.NegativeInfinity;
                            for (int p = 0; p < K; p++) mx = Math.Max(mx, alpha[p] + logT[p * K + s]);
                            if (mx == double.NegativeInfinity) { next[s] = double.NegativeInfinity; continue; }
                            double sum = 0;
                            for (int p = 0; p < K; p++) sum += Math.Exp(alpha[p] + logT[p * K + s] - mx);
                            next[s] = mx + Math.Log(sum) + logB[s * 2 + obs[step]];
                        }
                        for (int s = 0; s < K; s++) alpha[s] = next[s];
                    }
                    double top = Math.Max(alpha[0], Math.Max(alpha[1], alpha[2]));
                    return top + Math.Log(Math.Exp(alpha[0] - top) + Math.Exp(alpha[1] - top) + Math.Exp(alpha[2] - top)); }
                """, (r, n) => new object[] { Vector(r, 9, -2, -0.1), Vector(r, 6, -2, -0.1), Uniform(r, 0.5, 2), Ints(r, n, 2) }),

            // The left-to-right forward pass with the naive log of a sum of exponentials (no maximum): log 0 = −∞ for a state none
            // reaches yet. WRONG (gap D): the log's partial 1 / 0 meets exp(−∞) = 0; NaN in dLogA and dLogB.
            C("I26HmmLeftToRightNaiveLse", """
                [Differentiable("logA", "logB")] public static double I26HmmLeftToRightNaiveLse(double[] logA, double[] logB, int[] obs) {
                    double a0 = logB[obs[0]], a1 = double.NegativeInfinity, a2 = double.NegativeInfinity;
                    for (int step = 1; step < obs.Length; step++) {
                        double n0 = a0 + logA[0] + logB[obs[step]];
                        double n1 = Math.Log(Math.Exp(a0 + logA[1]) + Math.Exp(a1 + logA[4])) + logB[2 + obs[step]];
                        double n2 = Math.Log(Math.Exp(a1 + logA[5]) + Math.Exp(a2 + logA[8])) + logB[4 + obs[step]];
                        a0 = n0; a1 = n1; a2 = n2;
                    }
                    return Math.Log(Math.Exp(a0) + Math.Exp(a1) + Math.Exp(a2)); }
                """, (r, n) => new object[] { Vector(r, 9, -2, -0.1), Vector(r, 6, -2, -0.1), Ints(r, n, 2) }),

            // The backward algorithm in log space, ending in state 2 only (the others −∞ by a loop), with a temperature on the emissions.
            C("I26HmmBackwardEndState", """
                [Differentiable("logA", "logB", "t")] public static double I26HmmBackwardEndState(double[] logA, double[] logB, double t, int[] obs) {
                    const int K = 3; int T = obs.Length;
                    double[] beta = new double[K]; double[] prev = new double[K];
                    for (int s = 0; s < K - 1; s++) beta[s] = double.NegativeInfinity;
                    for (int step = T - 1; step >= 1; step--) {
                        for (int p = 0; p < K; p++) {
                            double mx = double.NegativeInfinity;
                            for (int s = 0; s < K; s++) mx = Math.Max(mx, logA[p * K + s] + logB[s * 2 + obs[step]] / t + beta[s]);
                            double sum = 0;
                            for (int s = 0; s < K; s++) sum += Math.Exp(logA[p * K + s] + logB[s * 2 + obs[step]] / t + beta[s] - mx);
                            prev[p] = mx + Math.Log(sum);
                        }
                        for (int p = 0; p < K; p++) beta[p] = prev[p];
                    }
                    double top = double.NegativeInfinity;
                    for (int s = 0; s < K; s++) top = Math.Max(top, logB[s * 2 + obs[0]] / t + beta[s]);
                    double z = 0;
                    for (int s = 0; s < K; s++) z += Math.Exp(logB[s * 2 + obs[0]] / t + beta[s] - top);
                    return top + Math.Log(z); }
                """, Hmm3),

            // Viterbi (max-plus) from state 0, the others −∞, emissions weighted by a parameter; the best final score.
            C("I26ViterbiMaxPlus", """
                [Differentiable("logA", "logB", "w")] public static double I26ViterbiMaxPlus(double[] logA, double[] logB, double w, int[] obs) {
                    const int K = 3;
                    double[] delta = { w * logB[obs[0]], double.NegativeInfinity, double.NegativeInfinity };
                    double[] next = new double[K];
                    for (int step = 1; step < obs.Length; step++) {
                        for (int s = 0; s < K; s++) {
                            double best = double.NegativeInfinity;
                            for (int p = 0; p < K; p++) best = Math.Max(best, delta[p] + logA[p * K + s]);
                            next[s] = best + w * logB[s * 2 + obs[step]];
                        }
                        for (int s = 0; s < K; s++) delta[s] = next[s];
                    }
                    return Math.Max(delta[0], Math.Max(delta[1], delta[2])); }
                """, Hmm3),

            // Viterbi with the maximum by an if, the scores scaled by the weight after the maximum (w · (−∞) at the start).
            C("I26ViterbiIfScaled", """
                [Differentiable("logA", "logB", "w")] public static double I26ViterbiIfScaled(double[] logA, double[] logB, double w, int[] obs) {
                    const int K = 3;
                    double[] delta = { 0, double.NegativeInfinity, double.NegativeInfinity };
                    double[] next = new double[K];
                    for (int step = 0; step < obs.Length; step++) {
                        for (int s = 0; s < K; s++) {
                            double best = double.NegativeInfinity;
                            for (int p = 0; p < K; p++) {
                                double cand = delta[p] + logA[p * K + s];
                                if (cand > best) best = cand;
                            }
                            next[s] = w * best + logB[s * 2 + obs[step]];
                        }
                        for (int s = 0; s < K; s++) delta[s] = next[s];
                    }
                    double top = double.NegativeInfinity;
                    for (int s = 0; s < K; s++) if (delta[s] > top) top = delta[s];
                    return top; }
                """, Hmm3),

            // Smoothed Viterbi: the maximum replaced by γ · log Σ exp(v / γ), starting from −∞; γ differentiated. WRONG (gap A):
            // (v[p] + logA) / γ, a sum with −∞ inside the quotient, is not tested; dGamma NaN.
            C("I26SmoothedViterbi", """
                [Differentiable("logA", "logB", "gamma")] public static double I26SmoothedViterbi(double[] logA, double[] logB, double gamma, int[] obs) {
                    const int K = 3;
                    double[] v = { 0, double.NegativeInfinity, double.NegativeInfinity };
                    double[] next = new double[K];
                    for (int step = 0; step < obs.Length; step++) {
                        for (int s = 0; s < K; s++) {
                            double sum = 0;
                            for (int p = 0; p < K; p++) sum += Math.Exp((v[p] + logA[p * K + s]) / gamma);
                            next[s] = gamma * Math.Log(sum) + logB[s * 2 + obs[step]];
                        }
                        for (int s = 0; s < K; s++) v[s] = next[s];
                    }
                    return gamma * Math.Log(Math.Exp(v[0] / gamma) + Math.Exp(v[1] / gamma) + Math.Exp(v[2] / gamma)); }
                """, Hmm3),

            // A CTC-like alignment sum: blank-extended labels, α from −∞ but the first two positions, log-add that tests −∞.
            C("I26CtcLoss", """
                [Differentiable("logits")] public static double I26CtcLoss(double[] logits, int[] labels) {
                    const int V = 3; int T = logits.Length / V, L = labels.Length, S = 2 * L + 1;
                    double[] lp = new double[T * V];
                    for (int t = 0; t < T; t++) {
                        double mx = double.NegativeInfinity;
                        for (int k = 0; k < V; k++) mx = Math.Max(mx, logits[t * V + k]);
                        double z = 0; for (int k = 0; k < V; k++) z += Math.Exp(logits[t * V + k] - mx);
                        for (int k = 0; k < V; k++) lp[t * V + k] = logits[t * V + k] - mx - Math.Log(z);
                    }
                    double[] alpha = new double[S]; double[] next = new double[S];
                    for (int s = 0; s < S; s++) alpha[s] = double.NegativeInfinity;
                    alpha[0] = lp[0];
                    alpha[1] = lp[labels[0]];
                    for (int t = 1; t < T; t++) {
                        for (int s = 0; s < S; s++) {
                            int label = s % 2 == 0 ? 0 : labels[s / 2];
                            double a = alpha[s];
                            double b = s > 0 ? alpha[s - 1] : double.NegativeInfinity;
                            double c = s > 1 && label != 0 && label != labels[s / 2 - 1] ? alpha[s - 2] : double.NegativeInfinity;
                            double mx = Math.Max(a, Math.Max(b, c));
                            if (mx == double.NegativeInfinity) next[s] = double.NegativeInfinity;
                            else next[s] = mx + Math.Log(Math.Exp(a - mx) + Math.Exp(b - mx) + Math.Exp(c - mx)) + lp[t * V + label];
                        }
                        for (int s = 0; s < S; s++) alpha[s] = next[s];
                    }
                    double top = Math.Max(alpha[S - 1], alpha[S - 2]);
                    return -(top + Math.Log(Math.Exp(alpha[S - 1] - top) + Math.Exp(alpha[S - 2] - top))); }
                """, (r, n) => new object[] { Vector(r, 3 * (n + 3)), new[] { 1 + r.Next(2), 1 + r.Next(2) } }),
        };
    }
}
