using System;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>Value losses: GAE backwards over a trajectory, TD(λ) returns, Huber TD, soft values, V-trace, and advantage normalisation.</content>
    public sealed partial class RlSweep24Tests
    {
        private static object[] Trajectory(Random r, int n) =>
            new object[] { Vector(r, n, -1, 1), Vector(r, n + 1, -1, 1), Uniform(r, 0.8, 0.99), Uniform(r, 0.5, 0.97) };

        private static readonly ArrayCase[] ValueCases =
        {
            C("R24GaeSquares", """
                [Differentiable] public static double R24GaeSquares(double[] rewards, double[] values, double gamma, double lambda) {
                    int T = rewards.Length; double gae = 0, loss = 0;
                    for (int t = T - 1; t >= 0; t--) {
                        double delta = rewards[t] + gamma * values[t + 1] - values[t];
                        gae = delta + gamma * lambda * gae;
                        loss += gae * gae;
                    }
                    return loss / T; }
                """, Trajectory),
            C("R24GaeIntoArray", """
                [Differentiable] public static double R24GaeIntoArray(double[] rewards, double[] values, double gamma, double lambda) {
                    int T = rewards.Length; double[] adv = new double[T]; double last = 0;
                    for (int t = T - 1; t >= 0; t--) {
                        double delta = rewards[t] + gamma * values[t + 1] - values[t];
                        last = delta + gamma * lambda * last;
                        adv[t] = last;
                    }
                    double s = 0; for (int t = 0; t < T; t++) s += (t + 1) * adv[t] + 0.5 * adv[t] * adv[t];
                    return s; }
                """, Trajectory),
            C("R24GaeDones", """
                [Differentiable("rewards", "values", "gamma", "lambda")] public static double R24GaeDones(double[] rewards, double[] values, double gamma, double lambda, int[] dones) {
                    int T = rewards.Length; double[] adv = new double[T]; double gae = 0;
                    for (int t = T - 1; t >= 0; t--) {
                        double nonTerminal = 1.0 - dones[t];
                        double delta = rewards[t] + gamma * values[t + 1] * nonTerminal - values[t];
                        gae = delta + gamma * lambda * nonTerminal * gae;
                        adv[t] = gae;
                    }
                    double s = 0; for (int t = 0; t < T; t++) { double ret = adv[t] + values[t]; s += ret * ret - adv[t]; }
                    return s; }
                """, (r, n) => Trajectory(r, n).Append(Ints(r, n, 2)).ToArray()),
            C("R24GaeWhileDown", """
                [Differentiable] public static double R24GaeWhileDown(double[] rewards, double[] values, double gamma, double lambda) {
                    int t = rewards.Length - 1; double gae = 0, s = 0;
                    while (t >= 0) {
                        gae = rewards[t] + gamma * values[t + 1] - values[t] + gamma * lambda * gae;
                        s += Math.Exp(-0.1 * t) * gae;
                        t--;
                    }
                    return s; }
                """, Trajectory),
            C("R24GaeNormalised", """
                [Differentiable] public static double R24GaeNormalised(double[] rewards, double[] values, double gamma, double lambda) {
                    int T = rewards.Length; double[] adv = new double[T]; double gae = 0;
                    for (int t = T - 1; t >= 0; t--) { gae = rewards[t] + gamma * values[t + 1] - values[t] + gamma * lambda * gae; adv[t] = gae; }
                    double mean = 0; for (int t = 0; t < T; t++) mean += adv[t]; mean /= T;
                    double var = 0; for (int t = 0; t < T; t++) var += (adv[t] - mean) * (adv[t] - mean); var /= T;
                    double std = Math.Sqrt(var) + 1e-8, s = 0;
                    for (int t = 0; t < T; t++) s += Math.Sin(t + 1.0) * (adv[t] - mean) / std;
                    return s; }
                """, Trajectory, new[] { 2, 3, 5 }),
            C("R24AdvantageNormalise", """
                [Differentiable] public static double R24AdvantageNormalise(double[] logp, double[] adv) {
                    int n = adv.Length; double mean = 0;
                    foreach (double a in adv) mean += a;
                    mean /= n;
                    double ss = 0; foreach (double a in adv) ss += (a - mean) * (a - mean);
                    double std = Math.Sqrt(ss / (n - 1));
                    double loss = 0;
                    for (int i = 0; i < n; i++) loss -= logp[i] * (adv[i] - mean) / (std + 1e-8);
                    return loss / n; }
                """, (r, n) => new object[] { Vector(r, n, -2, -0.1), Vector(r, n, -2, 2) }, new[] { 2, 3, 5, 8 }),
            C("R24TdLambdaReturnNoStop", """
                [Differentiable] public static double R24TdLambdaReturnNoStop(double[] rewards, double[] values, double gamma, double lambda) {
                    int T = rewards.Length; double g = values[T], loss = 0;
                    for (int t = T - 1; t >= 0; t--) {
                        g = rewards[t] + gamma * ((1 - lambda) * values[t + 1] + lambda * g);
                        loss += (values[t] - g) * (values[t] - g);
                    }
                    return 0.5 * loss; }
                """, Trajectory),
            C("R24HuberTd", """
                [Differentiable("v", "delta")] public static double R24HuberTd(double[] v, double[] r, double[] vNext, double gamma, double delta) {
                    double loss = 0;
                    for (int i = 0; i < v.Length; i++) {
                        double e = r[i] + gamma * vNext[i] - v[i];
                        double ae = Math.Abs(e);
                        if (ae <= delta) loss += 0.5 * e * e;
                        else loss += delta * (ae - 0.5 * delta);
                    }
                    return loss / v.Length; }
                """, (r, n) => new object[] { Vector(r, n, -2, 2), Vector(r, n, -1, 1), Vector(r, n, -2, 2), 0.99, Uniform(r, 0.5, 1.5) }),
            C("R24SmoothL1Td", """
                [Differentiable] public static double R24SmoothL1Td(double[] q, double[] target, double beta) {
                    double loss = 0;
                    for (int i = 0; i < q.Length; i++) {
                        double d = Math.Abs(q[i] - target[i]);
                        loss += d < beta ? 0.5 * d * d / beta : d - 0.5 * beta;
                    }
                    return loss; }
                """, (r, n) => new object[] { Vector(r, n, -2, 2), Vector(r, n, -2, 2), Uniform(r, 0.3, 1.5) }),
            C("R24HuberMinForm", """
                [Differentiable] public static double R24HuberMinForm(double[] q, double[] target, double delta) {
                    double loss = 0;
                    for (int i = 0; i < q.Length; i++) {
                        double a = Math.Abs(q[i] - target[i]);
                        double quad = Math.Min(a, delta);
                        loss += 0.5 * quad * quad + delta * (a - quad);
                    }
                    return loss; }
                """, (r, n) => new object[] { Vector(r, n, -2, 2), Vector(r, n, -2, 2), Uniform(r, 0.3, 1.5) }),
            C("R24SoftValue", """
                [Differentiable] public static double R24SoftValue(double[] q, double tau) {
                    double m = q[0]; for (int i = 1; i < q.Length; i++) if (q[i] > m) m = q[i];
                    double s = 0; for (int i = 0; i < q.Length; i++) s += Math.Exp((q[i] - m) / tau);
                    return m + tau * Math.Log(s); }
                """, (r, n) => new object[] { Separated(r, n + 1, 0.4), Uniform(r, 0.2, 2) }),
            C("R24SoftPolicyLogProb", """
                [Differentiable("q", "tau")] public static double R24SoftPolicyLogProb(double[] q, double tau, int a) {
                    double m = double.MinValue; foreach (double v in q) m = Math.Max(m, v / tau);
                    double s = 0; foreach (double v in q) s += Math.Exp(v / tau - m);
                    return q[a] / tau - m - Math.Log(s); }
                """, (r, n) => new object[] { Separated(r, n + 1, 0.4), Uniform(r, 0.2, 2), r.Next(n + 1) }),
            C("R24CqlPenalty", """
                [Differentiable("q")] public static double R24CqlPenalty(double[] q, int[] actions, int k) {
                    int n = actions.Length; double pen = 0;
                    for (int b = 0; b < n; b++) {
                        double m = q[b * k]; for (int j = 1; j < k; j++) m = Math.Max(m, q[b * k + j]);
                        double s = 0; for (int j = 0; j < k; j++) s += Math.Exp(q[b * k + j] - m);
                        pen += m + Math.Log(s) - q[b * k + actions[b]];
                    }
                    return pen / n; }
                """, (r, n) => new object[] { Enumerable.Range(0, n).SelectMany(_ => Separated(r, 3, 0.4)).ToArray(), Ints(r, n, 3), 3 }),
            C("R24VtraceTargets", """
                [Differentiable] public static double R24VtraceTargets(double[] logRho, double[] rewards, double[] values, double gamma) {
                    int T = rewards.Length; double acc = 0, loss = 0;
                    for (int t = T - 1; t >= 0; t--) {
                        double rho = Math.Min(1.0, Math.Exp(logRho[t]));
                        double c = Math.Min(0.95, Math.Exp(logRho[t]));
                        double delta = rho * (rewards[t] + gamma * values[t + 1] - values[t]);
                        acc = delta + gamma * c * acc;
                        double vs = values[t] + acc;
                        loss += (vs - values[t]) * (vs - values[t]) + 0.1 * vs;
                    }
                    return loss; }
                """, (r, n) => new object[] { Vector(r, n, -0.6, 0.3), Vector(r, n, -1, 1), Vector(r, n + 1, -1, 1), Uniform(r, 0.8, 0.99) }),
            C("R24DoubleQTarget", """
                [Differentiable("qOnline", "qTarget")] public static double R24DoubleQTarget(double[] qOnline, double[] qTarget, int[] s, int[] a, int[] s2, double[] r, int k, double gamma) {
                    double loss = 0;
                    for (int b = 0; b < s.Length; b++) {
                        int best = 0; double bestValue = qOnline[s2[b] * k];
                        for (int j = 1; j < k; j++) if (qOnline[s2[b] * k + j] > bestValue) { bestValue = qOnline[s2[b] * k + j]; best = j; }
                        double e = qOnline[s[b] * k + a[b]] - (r[b] + gamma * qTarget[s2[b] * k + best]);
                        loss += e * e;
                    }
                    return loss; }
                """, (r, n) => new object[] { Separated(r, 3 * 3, 0.3), Vector(r, 9, -1, 1), Ints(r, n, 3), Ints(r, n, 3), Ints(r, n, 3), Vector(r, n, -1, 1), 3, 0.9 }),
        };
    }
}
