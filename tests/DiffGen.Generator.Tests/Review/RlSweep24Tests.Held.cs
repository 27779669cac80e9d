using System;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>Gradient.Stop through differentiated values: baselines, TD and Q-learning targets, each with the loss written again with the stopped values held.</content>
    public sealed partial class RlSweep24Tests
    {
        private static (ArrayCase Case, Func<object[], object[], double> Frozen) H(string name, string source, Func<Random, int, object[]> args, Func<object[], object[], double> frozen) =>
            (C(name, source, args), frozen);

        private static double SoftMax(double[] q, int from, int k, double tau)
        {
            double m = q.Skip(from).Take(k).Max();
            return m + tau * Math.Log(q.Skip(from).Take(k).Sum(v => Math.Exp((v - m) / tau)));
        }

        private static object[] Tabular(Random r, int n) =>
            new object[] { Vector(r, 4, -1, 1), Ints(r, n, 4), Ints(r, n, 4), Vector(r, n, -1, 1), Uniform(r, 0.8, 0.99) };

        private static object[] QBatch(Random r, int n) =>
            new object[] { Enumerable.Range(0, 3).SelectMany(_ => Separated(r, 3, 0.4)).ToArray(), Ints(r, n, 3), Ints(r, n, 3), Ints(r, n, 3), Vector(r, n, -1, 1), Uniform(r, 0.8, 0.99) };

        private static readonly (ArrayCase Case, Func<object[], object[], double> Frozen)[] Held =
        {
            H("R24ReinforceBaseline", """
                [Differentiable("logp", "v")] public static double R24ReinforceBaseline(double[] logp, double[] v, double[] ret) {
                    double pg = 0, vf = 0;
                    for (int i = 0; i < logp.Length; i++) {
                        pg -= logp[i] * (ret[i] - Gradient.Stop(v[i]));
                        vf += 0.5 * (v[i] - ret[i]) * (v[i] - ret[i]);
                    }
                    return pg + vf; }
                """, (r, n) => new object[] { Vector(r, n, -2, -0.1), Vector(r, n, -1, 1), Vector(r, n, -1, 1) },
                (p, p0) => Enumerable.Range(0, A(p, 0).Length).Sum(i => (-A(p, 0)[i] * (A(p, 2)[i] - A(p0, 1)[i])) + (0.5 * Math.Pow(A(p, 1)[i] - A(p, 2)[i], 2)))),
            H("R24ReinforceMeanBaseline", """
                [Differentiable("logp", "v")] public static double R24ReinforceMeanBaseline(double[] logp, double[] v, double[] ret) {
                    int n = v.Length; double b = 0;
                    for (int i = 0; i < n; i++) b += v[i] * ret[i];
                    b = Gradient.Stop(b / n);
                    double loss = 0;
                    for (int i = 0; i < n; i++) loss += -logp[i] * (ret[i] - b) + 0.1 * v[i] * v[i];
                    return loss; }
                """, (r, n) => new object[] { Vector(r, n, -2, -0.1), Vector(r, n, -1, 1), Vector(r, n, -1, 1) },
                (p, p0) =>
                {
                    double b = Enumerable.Range(0, A(p0, 1).Length).Sum(i => A(p0, 1)[i] * A(p0, 2)[i]) / A(p0, 1).Length;
                    return Enumerable.Range(0, A(p, 0).Length).Sum(i => (-A(p, 0)[i] * (A(p, 2)[i] - b)) + (0.1 * A(p, 1)[i] * A(p, 1)[i]));
                }),
            H("R24AdvantageNormaliseStop", """
                [Differentiable] public static double R24AdvantageNormaliseStop(double[] logp, double[] adv) {
                    int n = adv.Length; double mean = 0, sq = 0;
                    for (int i = 0; i < n; i++) mean += adv[i];
                    mean /= n;
                    for (int i = 0; i < n; i++) sq += (adv[i] - mean) * (adv[i] - mean);
                    double std = Math.Sqrt(sq / n) + 1e-8, loss = 0;
                    for (int i = 0; i < n; i++) loss -= logp[i] * Gradient.Stop((adv[i] - mean) / std) + 0.01 * adv[i];
                    return loss; }
                """, (r, n) => new object[] { Vector(r, n, -2, -0.1), Vector(r, n, -2, 2) },
                (p, p0) =>
                {
                    double[] a0 = A(p0, 1);
                    double mean = a0.Average(), std = Math.Sqrt(a0.Sum(a => (a - mean) * (a - mean)) / a0.Length) + 1e-8;
                    return Enumerable.Range(0, a0.Length).Sum(i => (-A(p, 0)[i] * ((a0[i] - mean) / std)) - (0.01 * A(p, 1)[i]));
                }),
            H("R24Td0Tabular", """
                [Differentiable("V")] public static double R24Td0Tabular(double[] V, int[] s, int[] s2, double[] r, double gamma) {
                    double loss = 0;
                    for (int i = 0; i < s.Length; i++) {
                        double target = r[i] + gamma * Gradient.Stop(V[s2[i]]);
                        double e = target - V[s[i]];
                        loss += 0.5 * e * e;
                    }
                    return loss; }
                """, Tabular,
                (p, p0) => Enumerable.Range(0, I(p, 1).Length).Sum(i => 0.5 * Math.Pow(A(p, 3)[i] + (D(p, 4) * A(p0, 0)[I(p, 2)[i]]) - A(p, 0)[I(p, 1)[i]], 2))),
            H("R24Td0Linear", """
                [Differentiable("w")] public static double R24Td0Linear(double[] w, double[] phi, double[] phiNext, double[] r, double gamma) {
                    int d = w.Length, n = r.Length; double loss = 0;
                    for (int i = 0; i < n; i++) {
                        double v = 0, vNext = 0;
                        for (int j = 0; j < d; j++) { v += w[j] * phi[i * d + j]; vNext += w[j] * phiNext[i * d + j]; }
                        double delta = r[i] + gamma * Gradient.Stop(vNext) - v;
                        loss += delta * delta;
                    }
                    return loss / n; }
                """, (r, n) => new object[] { Vector(r, 3, -1, 1), Vector(r, 3 * n, -1, 1), Vector(r, 3 * n, -1, 1), Vector(r, n, -1, 1), Uniform(r, 0.8, 0.99) },
                (p, p0) =>
                {
                    double[] w = A(p, 0), w0 = A(p0, 0), phi = A(p, 1), phiNext = A(p, 2), r = A(p, 3);
                    double loss = 0;
                    for (int i = 0; i < r.Length; i++)
                    {
                        double v = 0, vNext = 0;
                        for (int j = 0; j < 3; j++) { v += w[j] * phi[(i * 3) + j]; vNext += w0[j] * phiNext[(i * 3) + j]; }
                        loss += Math.Pow(r[i] + (D(p, 4) * vNext) - v, 2);
                    }

                    return loss / r.Length;
                }),
            H("R24TdLambdaStop", """
                [Differentiable] public static double R24TdLambdaStop(double[] rewards, double[] values, double gamma, double lambda) {
                    int T = rewards.Length; double g = values[T], loss = 0;
                    for (int t = T - 1; t >= 0; t--) {
                        g = rewards[t] + gamma * ((1 - lambda) * values[t + 1] + lambda * g);
                        double target = Gradient.Stop(g);
                        loss += (values[t] - target) * (values[t] - target);
                    }
                    return 0.5 * loss; }
                """, Trajectory,
                (p, p0) =>
                {
                    double[] r0 = A(p0, 0), v0 = A(p0, 1), v = A(p, 1);
                    double g = v0[r0.Length], loss = 0;
                    for (int t = r0.Length - 1; t >= 0; t--)
                    {
                        g = r0[t] + (D(p0, 2) * (((1 - D(p0, 3)) * v0[t + 1]) + (D(p0, 3) * g)));
                        loss += (v[t] - g) * (v[t] - g);
                    }

                    return 0.5 * loss;
                }),
            H("R24GaeValueTargetStop", """
                [Differentiable] public static double R24GaeValueTargetStop(double[] rewards, double[] values, double gamma, double lambda) {
                    int T = rewards.Length; double[] adv = new double[T]; double gae = 0;
                    for (int t = T - 1; t >= 0; t--) { gae = rewards[t] + gamma * values[t + 1] - values[t] + gamma * lambda * gae; adv[t] = gae; }
                    double loss = 0;
                    for (int t = 0; t < T; t++) { double ret = Gradient.Stop(adv[t] + values[t]); loss += (values[t] - ret) * (values[t] - ret); }
                    return loss; }
                """, Trajectory,
                (p, p0) =>
                {
                    double[] r0 = A(p0, 0), v0 = A(p0, 1), v = A(p, 1);
                    double gae = 0, loss = 0;
                    for (int t = r0.Length - 1; t >= 0; t--)
                    {
                        gae = r0[t] + (D(p0, 2) * v0[t + 1]) - v0[t] + (D(p0, 2) * D(p0, 3) * gae);
                        loss += Math.Pow(v[t] - (gae + v0[t]), 2);
                    }

                    return loss;
                }),
            H("R24QTargetMax", """
                [Differentiable("q")] public static double R24QTargetMax(double[] q, int[] s, int[] a, int[] s2, double[] r, double gamma) {
                    const int k = 3; double loss = 0;
                    for (int b = 0; b < s.Length; b++) {
                        double m = double.NegativeInfinity;
                        for (int j = 0; j < k; j++) m = Math.Max(m, q[s2[b] * k + j]);
                        double target = r[b] + gamma * Gradient.Stop(m);
                        double e = q[s[b] * k + a[b]] - target;
                        loss += e * e;
                    }
                    return loss; }
                """, QBatch,
                (p, p0) => Enumerable.Range(0, I(p, 1).Length).Sum(b => Math.Pow(A(p, 0)[(I(p, 1)[b] * 3) + I(p, 2)[b]] - (A(p, 4)[b] + (D(p, 5) * A(p0, 0).Skip(I(p, 3)[b] * 3).Take(3).Max())), 2))),
            H("R24SoftQLoss", """
                [Differentiable("q", "tau")] public static double R24SoftQLoss(double[] q, int[] s, int[] a, int[] s2, double[] r, double gamma, double tau) {
                    const int k = 3; double loss = 0;
                    for (int b = 0; b < s.Length; b++) {
                        double m = q[s2[b] * k]; for (int j = 1; j < k; j++) m = Math.Max(m, q[s2[b] * k + j]);
                        double z = 0; for (int j = 0; j < k; j++) z += Math.Exp((q[s2[b] * k + j] - m) / tau);
                        double target = Gradient.Stop(r[b] + gamma * (m + tau * Math.Log(z)));
                        loss += Math.Pow(q[s[b] * k + a[b]] - target, 2);
                    }
                    return loss; }
                """, (r, n) => QBatch(r, n).Append(Uniform(r, 0.2, 1.5)).ToArray(),
                (p, p0) => Enumerable.Range(0, I(p, 1).Length).Sum(b => Math.Pow(A(p, 0)[(I(p, 1)[b] * 3) + I(p, 2)[b]] - (A(p, 4)[b] + (D(p, 5) * SoftMax(A(p0, 0), I(p, 3)[b] * 3, 3, D(p0, 6)))), 2))),
            H("R24DqnHuberStop", """
                [Differentiable("q")] public static double R24DqnHuberStop(double[] q, int[] s, int[] a, int[] s2, double[] r, double gamma) {
                    double loss = 0;
                    for (int b = 0; b < s.Length; b++) {
                        double best = q[s2[b] * 3];
                        for (int j = 1; j < 3; j++) if (q[s2[b] * 3 + j] > best) best = q[s2[b] * 3 + j];
                        double e = q[s[b] * 3 + a[b]] - Gradient.Stop(r[b] + gamma * best);
                        loss += Math.Abs(e) < 1 ? 0.5 * e * e : Math.Abs(e) - 0.5;
                    }
                    return loss / s.Length; }
                """, QBatch,
                (p, p0) => Enumerable.Range(0, I(p, 1).Length).Sum(b =>
                {
                    double e = A(p, 0)[(I(p, 1)[b] * 3) + I(p, 2)[b]] - (A(p, 4)[b] + (D(p, 5) * A(p0, 0).Skip(I(p, 3)[b] * 3).Take(3).Max()));
                    return Math.Abs(e) < 1 ? 0.5 * e * e : Math.Abs(e) - 0.5;
                }) / I(p, 1).Length),
        };
    }
}
