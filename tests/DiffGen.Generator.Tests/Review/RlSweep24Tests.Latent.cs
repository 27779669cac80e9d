using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>Latent-variable and preference losses: ELBOs with a reparameterised sample, beta-VAE KL terms, DPO and IPO, InfoNCE.</content>
    public sealed partial class RlSweep24Tests
    {
        private static readonly ArrayCase[] LatentCases =
        {
            C("R24ElboGaussian", """
                [Differentiable("mu", "logVar", "w", "logNoise")] public static double R24ElboGaussian(double[] mu, double[] logVar, double[] eps, double[] w, double logNoise, double[] x) {
                    int k = mu.Length; double[] z = new double[k];
                    for (int j = 0; j < k; j++) z[j] = mu[j] + Math.Exp(0.5 * logVar[j]) * eps[j];
                    double recon = 0;
                    for (int i = 0; i < x.Length; i++) {
                        double xh = 0; for (int j = 0; j < k; j++) xh += w[i * k + j] * z[j];
                        double e = (x[i] - xh) / Math.Exp(logNoise);
                        recon += -0.5 * e * e - logNoise - 0.9189385332046727;
                    }
                    double kl = 0;
                    for (int j = 0; j < k; j++) kl += -0.5 * (1 + logVar[j] - mu[j] * mu[j] - Math.Exp(logVar[j]));
                    return -(recon - kl); }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Vector(r, 2, -1, 0.5), Vector(r, 2, -2, 2), Vector(r, 2 * n, -1, 1), Uniform(r, -0.5, 0.5), Vector(r, n, -1, 1) }),
            C("R24BetaVaeKl", """
                [Differentiable] public static double R24BetaVaeKl(double[] mu, double[] logVar, double beta) {
                    double kl = 0;
                    for (int j = 0; j < mu.Length; j++) kl += Math.Exp(logVar[j]) + mu[j] * mu[j] - 1 - logVar[j];
                    return beta * 0.5 * kl; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Vector(r, n, -2, 1), Uniform(r, 1, 6) }),
            C("R24BetaVaeCapacity", """
                [Differentiable] public static double R24BetaVaeCapacity(double[] mu, double[] logStd, double gamma, double capacity) {
                    double kl = 0;
                    for (int j = 0; j < mu.Length; j++) { double s = Math.Exp(logStd[j]); kl += 0.5 * (s * s + mu[j] * mu[j]) - logStd[j] - 0.5; }
                    return gamma * Math.Abs(kl - capacity); }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Vector(r, n, -1, 0.5), Uniform(r, 1, 10), Uniform(r, 0, 3) }),
            C("R24BernoulliDecoderElbo", """
                [Differentiable("mu", "logVar", "W", "c")] public static double R24BernoulliDecoderElbo(double[] mu, double[] logVar, double[] eps, double[] W, double[] c, int[] x) {
                    int k = mu.Length, d = x.Length; double elbo = 0;
                    double[] z = new double[k];
                    for (int j = 0; j < k; j++) z[j] = mu[j] + Math.Exp(0.5 * logVar[j]) * eps[j];
                    for (int i = 0; i < d; i++) {
                        double l = c[i]; for (int j = 0; j < k; j++) l += W[i * k + j] * z[j];
                        double logSig = -Math.Log(1 + Math.Exp(-l)), logOneMinus = -Math.Log(1 + Math.Exp(l));
                        elbo += x[i] * logSig + (1 - x[i]) * logOneMinus;
                    }
                    for (int j = 0; j < k; j++) elbo -= 0.5 * (Math.Exp(logVar[j]) + mu[j] * mu[j] - 1 - logVar[j]);
                    return -elbo; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Vector(r, 2, -1, 0.5), Vector(r, 2, -2, 2), Vector(r, 2 * n, -1, 1), Vector(r, n, -1, 1), Ints(r, n, 2) }),
            C("R24IwaeTwoSamples", """
                [Differentiable("mu", "logStd")] public static double R24IwaeTwoSamples(double mu, double logStd, double e1, double e2, double x) {
                    double s = Math.Exp(logStd);
                    double z1 = mu + s * e1, z2 = mu + s * e2;
                    double lw1 = -0.5 * z1 * z1 - 0.5 * (x - z1) * (x - z1) + 0.5 * e1 * e1 + logStd;
                    double lw2 = -0.5 * z2 * z2 - 0.5 * (x - z2) * (x - z2) + 0.5 * e2 * e2 + logStd;
                    double m = Math.Max(lw1, lw2);
                    return -(m + Math.Log(0.5 * (Math.Exp(lw1 - m) + Math.Exp(lw2 - m)))); }
                """, (r, n) => new object[] { Uniform(r, -1, 1), Uniform(r, -1, 0.5), Uniform(r, -2, 2), Uniform(r, -2, 2), Uniform(r, -1, 1) }, ArrayCase.Scalar),
            C("R24DpoLoss", """
                [Differentiable("piChosen", "piRejected", "beta")] public static double R24DpoLoss(double[] piChosen, double[] piRejected, double[] refChosen, double[] refRejected, double beta) {
                    double loss = 0;
                    for (int i = 0; i < piChosen.Length; i++) {
                        double margin = beta * ((piChosen[i] - refChosen[i]) - (piRejected[i] - refRejected[i]));
                        double logSig = -(Math.Max(-margin, 0) + Math.Log(1 + Math.Exp(-Math.Abs(margin))));
                        loss -= logSig;
                    }
                    return loss / piChosen.Length; }
                """, (r, n) => new object[] { Vector(r, n, -3, -0.5), Vector(r, n, -3, -0.5), Vector(r, n, -3, -0.5), Vector(r, n, -3, -0.5), Uniform(r, 0.05, 0.5) }),
            C("R24DpoNaive", """
                [Differentiable] public static double R24DpoNaive(double[] piChosen, double[] piRejected, double[] refChosen, double[] refRejected, double beta) {
                    double loss = 0;
                    for (int i = 0; i < piChosen.Length; i++) {
                        double m = beta * (piChosen[i] - piRejected[i] - refChosen[i] + refRejected[i]);
                        loss += -Math.Log(1 / (1 + Math.Exp(-m)));
                    }
                    return loss; }
                """, (r, n) => new object[] { Vector(r, n, -3, -0.5), Vector(r, n, -3, -0.5), Vector(r, n, -3, -0.5), Vector(r, n, -3, -0.5), Uniform(r, 0.05, 0.5) }),
            C("R24IpoLoss", """
                [Differentiable("piChosen", "piRejected")] public static double R24IpoLoss(double[] piChosen, double[] piRejected, double[] refChosen, double[] refRejected, double tau) {
                    double loss = 0;
                    for (int i = 0; i < piChosen.Length; i++) {
                        double h = (piChosen[i] - refChosen[i]) - (piRejected[i] - refRejected[i]);
                        loss += Math.Pow(h - 1 / (2 * tau), 2);
                    }
                    return loss; }
                """, (r, n) => new object[] { Vector(r, n, -3, -0.5), Vector(r, n, -3, -0.5), Vector(r, n, -3, -0.5), Vector(r, n, -3, -0.5), Uniform(r, 0.05, 0.5) }),
            C("R24InfoNce", """
                [Differentiable("za", "zb", "tau")] public static double R24InfoNce(double[] za, double[] zb, int d, double tau) {
                    int n = za.Length / d; double loss = 0;
                    double[] logits = new double[n];
                    for (int i = 0; i < n; i++) {
                        double m = double.NegativeInfinity;
                        for (int j = 0; j < n; j++) {
                            double dot = 0; for (int c = 0; c < d; c++) dot += za[i * d + c] * zb[j * d + c];
                            logits[j] = dot / tau;
                            m = Math.Max(m, logits[j]);
                        }
                        double s = 0; for (int j = 0; j < n; j++) s += Math.Exp(logits[j] - m);
                        loss += m + Math.Log(s) - logits[i];
                    }
                    return loss / n; }
                """, (r, n) => new object[] { Vector(r, 2 * n, -1, 1), Vector(r, 2 * n, -1, 1), 2, Uniform(r, 0.2, 1) }),
            C("R24InfoNceCosine", """
                [Differentiable("za", "zb")] public static double R24InfoNceCosine(double[] za, double[] zb, double tau) {
                    const int d = 3; int n = za.Length / d; double loss = 0;
                    double[] na = new double[n], nb = new double[n];
                    for (int i = 0; i < n; i++) {
                        double sa = 0, sb = 0;
                        for (int c = 0; c < d; c++) { sa += za[i * d + c] * za[i * d + c]; sb += zb[i * d + c] * zb[i * d + c]; }
                        na[i] = Math.Sqrt(sa); nb[i] = Math.Sqrt(sb);
                    }
                    for (int i = 0; i < n; i++) {
                        double denom = 0, pos = 0;
                        for (int j = 0; j < n; j++) {
                            double dot = 0; for (int c = 0; c < d; c++) dot += za[i * d + c] * zb[j * d + c];
                            double sim = dot / (na[i] * nb[j] * tau);
                            denom += Math.Exp(sim);
                            if (j == i) pos = sim;
                        }
                        loss += Math.Log(denom) - pos;
                    }
                    return loss / n; }
                """, (r, n) => new object[] { AwayFromZero(r, 3 * n, 0.3, 1), AwayFromZero(r, 3 * n, 0.3, 1), 0.5 }),
            C("R24InfoNceSymmetric", """
                [Differentiable("za", "zb")] public static double R24InfoNceSymmetric(double[] za, double[] zb, double tau) {
                    int n = za.Length / 2; double loss = 0;
                    double[] sim = new double[n * n];
                    for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) sim[i * n + j] = (za[2 * i] * zb[2 * j] + za[2 * i + 1] * zb[2 * j + 1]) / tau;
                    for (int i = 0; i < n; i++) {
                        double rowS = 0, colS = 0;
                        for (int j = 0; j < n; j++) { rowS += Math.Exp(sim[i * n + j]); colS += Math.Exp(sim[j * n + i]); }
                        loss += 0.5 * (Math.Log(rowS) + Math.Log(colS)) - sim[i * n + i];
                    }
                    return loss / n; }
                """, (r, n) => new object[] { Vector(r, 2 * n, -1, 1), Vector(r, 2 * n, -1, 1), 0.5 }),
        };
    }
}
