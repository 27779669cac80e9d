using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>Likelihoods: cross-entropies with label smoothing, focal loss, Poisson, negative binomial, Gaussian mixtures.</content>
    public sealed partial class RlSweep24Tests
    {
        private static readonly ArrayCase[] LikelihoodCases =
        {
            C("R24BernoulliCeSmoothed", """
                [Differentiable("z", "eps")] public static double R24BernoulliCeSmoothed(double[] z, double[] y, double eps) {
                    double loss = 0;
                    for (int i = 0; i < z.Length; i++) {
                        double t = y[i] * (1 - eps) + 0.5 * eps;
                        double softplus = Math.Max(z[i], 0) + Math.Log(1 + Math.Exp(-Math.Abs(z[i])));
                        loss += softplus - t * z[i];
                    }
                    return loss / z.Length; }
                """, (r, n) => new object[] { AwayFromZero(r, n, 0.1, 4), Enumerable.Range(0, n).Select(_ => (double)r.Next(2)).ToArray(), Uniform(r, 0.01, 0.2) }),
            C("R24BernoulliCeProbs", """
                [Differentiable("z")] public static double R24BernoulliCeProbs(double[] z, int[] y) {
                    double loss = 0;
                    for (int i = 0; i < z.Length; i++) {
                        double p = 1 / (1 + Math.Exp(-z[i]));
                        p = Math.Clamp(p, 1e-7, 1 - 1e-7);
                        loss -= y[i] * Math.Log(p) + (1 - y[i]) * Math.Log(1 - p);
                    }
                    return loss; }
                """, (r, n) => new object[] { Vector(r, n, -4, 4), Ints(r, n, 2) }),
            C("R24CategoricalCeSmoothed", """
                [Differentiable("logits", "eps")] public static double R24CategoricalCeSmoothed(double[] logits, int[] labels, int k, double eps) {
                    int n = labels.Length; double loss = 0;
                    for (int b = 0; b < n; b++) {
                        double m = logits[b * k]; for (int j = 1; j < k; j++) m = Math.Max(m, logits[b * k + j]);
                        double s = 0; for (int j = 0; j < k; j++) s += Math.Exp(logits[b * k + j] - m);
                        double lse = m + Math.Log(s);
                        for (int j = 0; j < k; j++) {
                            double target = (j == labels[b] ? 1 - eps : 0) + eps / k;
                            loss -= target * (logits[b * k + j] - lse);
                        }
                    }
                    return loss / n; }
                """, (r, n) => new object[] { Enumerable.Range(0, n).SelectMany(_ => Separated(r, 4, 0.4)).ToArray(), Ints(r, n, 4), 4, Uniform(r, 0.01, 0.2) }),
            C("R24FocalLoss", """
                [Differentiable("z", "gamma", "alpha")] public static double R24FocalLoss(double[] z, int[] y, double gamma, double alpha) {
                    double loss = 0;
                    for (int i = 0; i < z.Length; i++) {
                        double p = 1 / (1 + Math.Exp(-z[i]));
                        double pt = y[i] == 1 ? p : 1 - p;
                        double at = y[i] == 1 ? alpha : 1 - alpha;
                        loss -= at * Math.Pow(1 - pt, gamma) * Math.Log(pt);
                    }
                    return loss; }
                """, (r, n) => new object[] { Vector(r, n, -3, 3), Ints(r, n, 2), Uniform(r, 0.5, 3), Uniform(r, 0.1, 0.9) }),
            C("R24FocalLossSquare", """
                [Differentiable("z")] public static double R24FocalLossSquare(double[] z, double[] y) {
                    double loss = 0;
                    for (int i = 0; i < z.Length; i++) {
                        double p = 1 / (1 + Math.Exp(-z[i]));
                        double pt = p * y[i] + (1 - p) * (1 - y[i]);
                        loss += -0.25 * Math.Pow(1 - pt, 2) * Math.Log(Math.Max(pt, 1e-12));
                    }
                    return loss; }
                """, (r, n) => new object[] { Vector(r, n, -3, 3), Enumerable.Range(0, n).Select(_ => (double)r.Next(2)).ToArray() }),
            C("R24FocalMulticlass", """
                [Differentiable("logits")] public static double R24FocalMulticlass(double[] logits, int[] labels) {
                    const int k = 3; double loss = 0;
                    for (int b = 0; b < labels.Length; b++) {
                        double s = 0; for (int j = 0; j < k; j++) s += Math.Exp(logits[b * k + j]);
                        double pt = Math.Exp(logits[b * k + labels[b]]) / s;
                        loss -= (1 - pt) * (1 - pt) * Math.Log(pt);
                    }
                    return loss; }
                """, (r, n) => new object[] { Vector(r, 3 * n, -2, 2), Ints(r, n, 3) }),
            C("R24PoissonLogRate", """
                [Differentiable("logRate")] public static double R24PoissonLogRate(double[] logRate, int[] counts) {
                    double nll = 0;
                    for (int i = 0; i < logRate.Length; i++) nll += Math.Exp(logRate[i]) - counts[i] * logRate[i];
                    return nll; }
                """, (r, n) => new object[] { Vector(r, n, -1, 2), Ints(r, n, 6) }),
            C("R24PoissonRegression", """
                [Differentiable("w", "b")] public static double R24PoissonRegression(double[] w, double b, double[,] x, double[] y) {
                    double ll = 0;
                    for (int i = 0; i < y.Length; i++) {
                        double eta = b; for (int j = 0; j < w.Length; j++) eta += w[j] * x[i, j];
                        double rate = Math.Exp(eta);
                        ll += y[i] * Math.Log(rate) - rate;
                    }
                    return -ll; }
                """, (r, n) => new object[] { Vector(r, 2, -0.5, 0.5), Uniform(r, -0.5, 0.5), Matrix(r, n, 2), Enumerable.Range(0, n).Select(_ => (double)r.Next(5)).ToArray() }),
            C("R24NegBinomial", """
                [Differentiable("mu", "logR")] public static double R24NegBinomial(double[] mu, double logR, int[] y) {
                    double r = Math.Exp(logR), ll = 0;
                    for (int i = 0; i < y.Length; i++) {
                        for (int j = 0; j < y[i]; j++) ll += Math.Log(r + j) - Math.Log(j + 1.0);
                        ll += r * Math.Log(r / (r + mu[i])) + y[i] * Math.Log(mu[i] / (r + mu[i]));
                    }
                    return -ll; }
                """, (r, n) => new object[] { Vector(r, n, 0.3, 4), Uniform(r, -1, 1.5), Ints(r, n, 7) }),
            C("R24NegBinomialLogMu", """
                [Differentiable] public static double R24NegBinomialLogMu(double[] logMu, double logR, double[] y) {
                    double r = Math.Exp(logR), nll = 0;
                    for (int i = 0; i < y.Length; i++) {
                        double mu = Math.Exp(logMu[i]);
                        double logDen = Math.Log(r + mu);
                        int yi = (int)y[i];
                        double lg = 0; for (int j = 0; j < yi; j++) lg += Math.Log(r + j);
                        nll -= lg + r * (logR - logDen) + y[i] * (logMu[i] - logDen);
                    }
                    return nll; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1.5), Uniform(r, -1, 1.5), Enumerable.Range(0, n).Select(_ => (double)r.Next(7)).ToArray() }),
            C("R24NegBinomialLogMuNamed", """
                [Differentiable("logMu", "logR")] public static double R24NegBinomialLogMuNamed(double[] logMu, double logR, double[] y) {
                    double r = Math.Exp(logR), nll = 0;
                    for (int i = 0; i < y.Length; i++) {
                        double mu = Math.Exp(logMu[i]);
                        double logDen = Math.Log(r + mu);
                        int yi = (int)y[i];
                        double lg = 0; for (int j = 0; j < yi; j++) lg += Math.Log(r + j);
                        nll -= lg + r * (logR - logDen) + y[i] * (logMu[i] - logDen);
                    }
                    return nll; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1.5), Uniform(r, -1, 1.5), Enumerable.Range(0, n).Select(_ => (double)r.Next(7)).ToArray() }),
            C("R24NegBinomialLogMuStop", """
                [Differentiable] public static double R24NegBinomialLogMuStop(double[] logMu, double logR, double[] y) {
                    double r = Math.Exp(logR), nll = 0;
                    for (int i = 0; i < y.Length; i++) {
                        double mu = Math.Exp(logMu[i]);
                        double logDen = Math.Log(r + mu);
                        int yi = (int)Gradient.Stop(y[i]);
                        double lg = 0; for (int j = 0; j < yi; j++) lg += Math.Log(r + j);
                        nll -= lg + r * (logR - logDen) + y[i] * (logMu[i] - logDen);
                    }
                    return nll; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1.5), Uniform(r, -1, 1.5), Enumerable.Range(0, n).Select(_ => r.Next(7) + Uniform(r, 0.2, 0.8)).ToArray() }),
            C("R24GaussianMixture2", """
                [Differentiable("w", "mu1", "mu2", "logS1", "logS2")] public static double R24GaussianMixture2(double[] x, double w, double mu1, double mu2, double logS1, double logS2) {
                    double logPi1 = -Math.Log(1 + Math.Exp(-w)), logPi2 = -Math.Log(1 + Math.Exp(w));
                    double ll = 0;
                    foreach (double v in x) {
                        double a = logPi1 - logS1 - 0.5 * Math.Pow((v - mu1) / Math.Exp(logS1), 2);
                        double b = logPi2 - logS2 - 0.5 * Math.Pow((v - mu2) / Math.Exp(logS2), 2);
                        double m = Math.Max(a, b);
                        ll += m + Math.Log(Math.Exp(a - m) + Math.Exp(b - m)) - 0.9189385332046727;
                    }
                    return -ll; }
                """, (r, n) => new object[] { Vector(r, n, -2, 2), Uniform(r, -1, 1), Uniform(r, -1.5, -0.3), Uniform(r, 0.3, 1.5), Uniform(r, -0.7, 0.3), Uniform(r, -0.7, 0.3) }),
            C("R24GaussianMixture2Direct", """
                [Differentiable("pi", "mu1", "mu2", "s1", "s2")] public static double R24GaussianMixture2Direct(double[] x, double pi, double mu1, double mu2, double s1, double s2) {
                    double ll = 0;
                    for (int i = 0; i < x.Length; i++) {
                        double n1 = Math.Exp(-0.5 * (x[i] - mu1) * (x[i] - mu1) / (s1 * s1)) / (s1 * Math.Sqrt(2 * Math.PI));
                        double n2 = Math.Exp(-0.5 * (x[i] - mu2) * (x[i] - mu2) / (s2 * s2)) / (s2 * Math.Sqrt(2 * Math.PI));
                        ll += Math.Log(pi * n1 + (1 - pi) * n2);
                    }
                    return ll; }
                """, (r, n) => new object[] { Vector(r, n, -2, 2), Uniform(r, 0.2, 0.8), Uniform(r, -1.5, -0.3), Uniform(r, 0.3, 1.5), Uniform(r, 0.5, 1.3), Uniform(r, 0.5, 1.3) }),
            C("R24GaussianNllSoftplusVar", """
                [Differentiable] public static double R24GaussianNllSoftplusVar(double[] mu, double[] rawVar, double[] y) {
                    double nll = 0;
                    for (int i = 0; i < mu.Length; i++) {
                        double v = Math.Log(1 + Math.Exp(rawVar[i])) + 1e-6;
                        nll += 0.5 * (Math.Log(v) + (y[i] - mu[i]) * (y[i] - mu[i]) / v);
                    }
                    return nll; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Vector(r, n, -2, 2), Vector(r, n, -1, 1) }),
            C("R24LaplaceNll", """
                [Differentiable("mu", "logB")] public static double R24LaplaceNll(double[] mu, double logB, double[] y) {
                    double nll = 0;
                    for (int i = 0; i < y.Length; i++) nll += logB + Math.Log(2) + Math.Abs(y[i] - mu[i]) * Math.Exp(-logB);
                    return nll; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1), Vector(r, n, -1, 1) }),
        };

        private static double[,] Matrix(System.Random r, int rows, int cols)
        {
            var m = new double[rows, cols];
            for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) m[i, j] = Uniform(r, -1, 1);
            return m;
        }
    }
}
