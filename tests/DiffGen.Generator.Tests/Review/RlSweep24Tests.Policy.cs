using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>Policy losses: PPO's clipped surrogate and value clipping, entropy bonuses, KL penalties, Gaussian and tanh-squashed policies.</content>
    public sealed partial class RlSweep24Tests
    {
        private static object[] Ppo(System.Random r, int n)
        {
            double[] logp = Vector(r, n, -2, -0.2);
            double[] old = logp.Select(v => v + Uniform(r, -0.4, 0.4)).ToArray();
            return new object[] { logp, old, AwayFromZero(r, n, 0.2, 2), Uniform(r, 0.1, 0.3) };
        }

        private static readonly ArrayCase[] PolicyCases =
        {
            C("R24PpoClip", """
                [Differentiable] public static double R24PpoClip(double[] logp, double[] oldLogp, double[] adv, double eps) {
                    double s = 0;
                    for (int i = 0; i < logp.Length; i++) {
                        double ratio = Math.Exp(logp[i] - oldLogp[i]);
                        double clipped = Math.Clamp(ratio, 1 - eps, 1 + eps);
                        s += Math.Min(ratio * adv[i], clipped * adv[i]);
                    }
                    return -s / logp.Length; }
                """, Ppo),
            C("R24PpoClipIf", """
                [Differentiable] public static double R24PpoClipIf(double[] logp, double[] oldLogp, double[] adv, double eps) {
                    double s = 0;
                    for (int i = 0; i < logp.Length; i++) {
                        double ratio = Math.Exp(logp[i] - oldLogp[i]);
                        double surr1 = ratio * adv[i];
                        double surr2;
                        if (ratio > 1 + eps) surr2 = (1 + eps) * adv[i];
                        else if (ratio < 1 - eps) surr2 = (1 - eps) * adv[i];
                        else surr2 = surr1;
                        s += surr1 < surr2 ? surr1 : surr2;
                    }
                    return -s / logp.Length; }
                """, Ppo),
            C("R24PpoClipMaxMin", """
                [Differentiable] public static double R24PpoClipMaxMin(double[] logp, double[] oldLogp, double[] adv, double eps) {
                    int n = logp.Length; double[] obj = new double[n];
                    for (int i = 0; i < n; i++) {
                        double ratio = Math.Exp(logp[i] - oldLogp[i]);
                        double c = Math.Max(Math.Min(ratio, 1 + eps), 1 - eps);
                        obj[i] = Math.Min(ratio * adv[i], c * adv[i]);
                    }
                    double mean = 0; foreach (double o in obj) mean += o;
                    return -mean / n; }
                """, Ppo),
            C("R24PpoClipSign", """
                [Differentiable] public static double R24PpoClipSign(double[] logp, double[] oldLogp, double[] adv, double eps) {
                    double s = 0;
                    for (int i = 0; i < logp.Length; i++) {
                        double ratio = Math.Exp(logp[i] - oldLogp[i]);
                        double bound = adv[i] >= 0 ? Math.Min(ratio, 1 + eps) : Math.Max(ratio, 1 - eps);
                        s -= bound * adv[i];
                    }
                    return s / logp.Length; }
                """, Ppo),
            C("R24PpoKlPenalty", """
                [Differentiable] public static double R24PpoKlPenalty(double[] logp, double[] oldLogp, double[] adv, double beta) {
                    double s = 0, kl = 0;
                    for (int i = 0; i < logp.Length; i++) {
                        double logRatio = logp[i] - oldLogp[i];
                        double ratio = Math.Exp(logRatio);
                        s += ratio * adv[i];
                        kl += (ratio - 1) - logRatio;
                    }
                    return -(s - beta * kl) / logp.Length; }
                """, Ppo),
            C("R24PpoValueClip", """
                [Differentiable] public static double R24PpoValueClip(double[] v, double[] vOld, double[] ret, double eps) {
                    double s = 0;
                    for (int i = 0; i < v.Length; i++) {
                        double vClipped = vOld[i] + Math.Clamp(v[i] - vOld[i], -eps, eps);
                        double a = (v[i] - ret[i]) * (v[i] - ret[i]);
                        double b = (vClipped - ret[i]) * (vClipped - ret[i]);
                        s += Math.Max(a, b);
                    }
                    return 0.5 * s / v.Length; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Vector(r, n, -1, 1), Vector(r, n, -1.5, 1.5), Uniform(r, 0.1, 0.4) }),
            C("R24SoftmaxEntropy", """
                [Differentiable] public static double R24SoftmaxEntropy(double[] z) {
                    double m = z[0]; for (int i = 1; i < z.Length; i++) m = Math.Max(m, z[i]);
                    double sum = 0; for (int i = 0; i < z.Length; i++) sum += Math.Exp(z[i] - m);
                    double h = 0;
                    for (int i = 0; i < z.Length; i++) { double p = Math.Exp(z[i] - m) / sum; h -= p * Math.Log(p); }
                    return h; }
                """, (r, n) => new object[] { Separated(r, n + 1, 0.4) }),
            C("R24SoftmaxEntropyLse", """
                [Differentiable] public static double R24SoftmaxEntropyLse(double[] z) {
                    double m = System.Linq.Enumerable.Max(z); double sum = 0;
                    foreach (double v in z) sum += Math.Exp(v - m);
                    double lse = m + Math.Log(sum); double expected = 0;
                    for (int i = 0; i < z.Length; i++) expected += Math.Exp(z[i] - lse) * z[i];
                    return lse - expected; }
                """, (r, n) => new object[] { Separated(r, n + 1, 0.4) }),
            C("R24SoftmaxEntropyLseLoop", """
                [Differentiable] public static double R24SoftmaxEntropyLseLoop(double[] z) {
                    double m = z[0]; for (int i = 1; i < z.Length; i++) m = Math.Max(m, z[i]);
                    double sum = 0;
                    foreach (double v in z) sum += Math.Exp(v - m);
                    double lse = m + Math.Log(sum); double expected = 0;
                    for (int i = 0; i < z.Length; i++) expected += Math.Exp(z[i] - lse) * z[i];
                    return lse - expected; }
                """, (r, n) => new object[] { Separated(r, n + 1, 0.4) }),
            C("R24EntropyBonusBatch", """
                [Differentiable("logits")] public static double R24EntropyBonusBatch(double[] logits, int k) {
                    int n = logits.Length / k; double total = 0;
                    for (int b = 0; b < n; b++) {
                        double m = double.NegativeInfinity;
                        for (int j = 0; j < k; j++) if (logits[b * k + j] > m) m = logits[b * k + j];
                        double sum = 0; for (int j = 0; j < k; j++) sum += Math.Exp(logits[b * k + j] - m);
                        double logSum = Math.Log(sum);
                        for (int j = 0; j < k; j++) { double logp = logits[b * k + j] - m - logSum; total -= Math.Exp(logp) * logp; }
                    }
                    return total / n; }
                """, (r, n) => new object[] { Enumerable.Range(0, n).SelectMany(_ => Separated(r, 3, 0.4)).ToArray(), 3 }),
            C("R24PpoFull", """
                [Differentiable("logits", "v")] public static double R24PpoFull(double[] logits, double[] v, int[] actions, double[] oldLogp, double[] adv, double[] ret, int k) {
                    int n = actions.Length; double pol = 0, vf = 0, ent = 0;
                    for (int b = 0; b < n; b++) {
                        double m = logits[b * k]; for (int j = 1; j < k; j++) m = Math.Max(m, logits[b * k + j]);
                        double sum = 0; for (int j = 0; j < k; j++) sum += Math.Exp(logits[b * k + j] - m);
                        double lse = m + Math.Log(sum);
                        double logp = logits[b * k + actions[b]] - lse;
                        double ratio = Math.Exp(logp - oldLogp[b]);
                        pol += Math.Min(ratio * adv[b], Math.Clamp(ratio, 0.8, 1.2) * adv[b]);
                        vf += (v[b] - ret[b]) * (v[b] - ret[b]);
                        for (int j = 0; j < k; j++) { double lp = logits[b * k + j] - lse; ent -= Math.Exp(lp) * lp; }
                    }
                    return (-pol + 0.5 * vf - 0.01 * ent) / n; }
                """, (r, n) => new object[] { Enumerable.Range(0, n).SelectMany(_ => Separated(r, 4, 0.4)).ToArray(), Vector(r, n, -1, 1), Ints(r, n, 4), Vector(r, n, -2.5, -0.8), AwayFromZero(r, n, 0.2, 2), Vector(r, n, -1, 1), 4 }),
            C("R24KlCategoricalLogits", """
                [Differentiable] public static double R24KlCategoricalLogits(double[] zp, double[] zq) {
                    double mp = zp[0], mq = zq[0], sp = 0, sq = 0;
                    for (int i = 1; i < zp.Length; i++) { mp = Math.Max(mp, zp[i]); mq = Math.Max(mq, zq[i]); }
                    for (int i = 0; i < zp.Length; i++) { sp += Math.Exp(zp[i] - mp); sq += Math.Exp(zq[i] - mq); }
                    double kl = 0;
                    for (int i = 0; i < zp.Length; i++) {
                        double lp = zp[i] - mp - Math.Log(sp), lq = zq[i] - mq - Math.Log(sq);
                        kl += Math.Exp(lp) * (lp - lq);
                    }
                    return kl; }
                """, (r, n) => new object[] { Separated(r, n + 1, 0.4), Separated(r, n + 1, 0.4) }),
            C("R24KlCategoricalProbs", """
                [Differentiable] public static double R24KlCategoricalProbs(double[] p, double[] q) {
                    double kl = 0;
                    for (int i = 0; i < p.Length; i++) kl += p[i] * Math.Log(p[i] / q[i]);
                    return kl; }
                """, (r, n) => new object[] { Vector(r, n, 0.05, 1), Vector(r, n, 0.05, 1) }),
            C("R24KlGaussianDiag", """
                [Differentiable] public static double R24KlGaussianDiag(double[] mu1, double[] logStd1, double[] mu2, double[] logStd2) {
                    double kl = 0;
                    for (int i = 0; i < mu1.Length; i++) {
                        double var1 = Math.Exp(2 * logStd1[i]), var2 = Math.Exp(2 * logStd2[i]);
                        kl += logStd2[i] - logStd1[i] + (var1 + (mu1[i] - mu2[i]) * (mu1[i] - mu2[i])) / (2 * var2) - 0.5;
                    }
                    return kl; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Vector(r, n, -1, 0.5), Vector(r, n, -1, 1), Vector(r, n, -1, 0.5) }),
            C("R24GaussianPolicyLogLik", """
                [Differentiable("mu", "logStd")] public static double R24GaussianPolicyLogLik(double[] a, double[] mu, double[] logStd) {
                    double ll = 0;
                    for (int i = 0; i < a.Length; i++) {
                        double ls = Math.Clamp(logStd[i], -5.0, 2.0);
                        double z = (a[i] - mu[i]) / Math.Exp(ls);
                        ll += -0.5 * z * z - ls - 0.5 * Math.Log(2 * Math.PI);
                    }
                    return ll; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Vector(r, n, -1, 1), Vector(r, n, -6, 3) }),
            C("R24GaussianPolicyTanhBound", """
                [Differentiable] public static double R24GaussianPolicyTanhBound(double[] a, double[] mu, double[] rawLogStd) {
                    const double lo = -5, hi = 2; double ll = 0;
                    for (int i = 0; i < a.Length; i++) {
                        double ls = lo + 0.5 * (hi - lo) * (Math.Tanh(rawLogStd[i]) + 1);
                        double std = Math.Exp(ls);
                        ll -= 0.5 * Math.Pow((a[i] - mu[i]) / std, 2) + ls + 0.9189385332046727;
                    }
                    return -ll; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Vector(r, n, -1, 1), Vector(r, n, -1.5, 1.5) }),
            C("R24TanhSquashLogProb", """
                [Differentiable] public static double R24TanhSquashLogProb(double[] u, double[] mu, double[] logStd) {
                    double logp = 0;
                    for (int i = 0; i < u.Length; i++) {
                        double ls = Math.Max(Math.Min(logStd[i], 2.0), -20.0);
                        double z = (u[i] - mu[i]) * Math.Exp(-ls);
                        logp += -0.5 * z * z - ls - 0.5 * Math.Log(2 * Math.PI);
                        double t = Math.Tanh(u[i]);
                        logp -= Math.Log(1 - t * t + 1e-6);
                    }
                    return logp; }
                """, (r, n) => new object[] { Vector(r, n, -2, 2), Vector(r, n, -1, 1), Vector(r, n, -1.5, 1) }),
            C("R24TanhSquashStable", """
                [Differentiable] public static double R24TanhSquashStable(double[] u, double[] mu, double[] logStd) {
                    double logp = 0;
                    for (int i = 0; i < u.Length; i++) {
                        double z = (u[i] - mu[i]) / Math.Exp(logStd[i]);
                        logp += -0.5 * z * z - logStd[i] - 0.5 * Math.Log(2 * Math.PI);
                        double x = -2 * u[i];
                        double softplus = Math.Max(x, 0) + Math.Log(1 + Math.Exp(-Math.Abs(x)));
                        logp -= 2 * (Math.Log(2) - u[i] - softplus);
                    }
                    return logp; }
                """, (r, n) => new object[] { AwayFromZero(r, n, 0.1, 3), Vector(r, n, -1, 1), Vector(r, n, -1.5, 1) }),
            C("R24SacActor", """
                [Differentiable("mu", "logStd", "alpha")] public static double R24SacActor(double[] mu, double[] logStd, double alpha, double[] eps, double[] w) {
                    double logp = 0, q = 0;
                    for (int i = 0; i < mu.Length; i++) {
                        double u = mu[i] + Math.Exp(logStd[i]) * eps[i];
                        double a = Math.Tanh(u);
                        logp += -0.5 * eps[i] * eps[i] - logStd[i] - 0.9189385332046727 - Math.Log(1 - a * a + 1e-6);
                        q += w[i] * a - 0.5 * a * a;
                    }
                    return alpha * logp - q; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Vector(r, n, -1.5, 0.5), Uniform(r, 0.05, 0.5), Vector(r, n, -2, 2), Vector(r, n, -1, 1) }),
        };
    }
}
