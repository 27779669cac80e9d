using System;
using System.Linq;
using DiffGen.Generator.Tests.Infrastructure;
using static DiffGen.Generator.Tests.Arrays.Draw;
using static DiffGen.Generator.Tests.Arrays.SmoothPoints;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// The statistics and signal-processing sweep: code as a statistician or a DSP engineer writes it, none of it seen by
    /// an earlier test. Statistics: normal, Student-t, Poisson, negative-binomial, binomial, zero-inflated, Gamma, Weibull
    /// and mixture likelihoods written with loops over the data (a log-gamma by recurrence and Stirling's series as a
    /// [Differentiable] helper), log-sum-exp with a running maximum, softplus and sigmoid in their stable branchy forms,
    /// weighted means and variances, Welford and West running updates, robust losses (Huber, Cauchy, Tukey's biweight,
    /// pinball, expectile), kernel density estimates with a leave-one-out continue, EM responsibilities and one EM step.
    /// Signal processing: FIR filters in their valid, causal and circular forms (x[(i + k) % n]), moving averages over a
    /// window, exponential smoothing and AR recurrences into local arrays, biquads, Goertzel and DFT bins, total-variation
    /// penalties, clipping by Math.Clamp, Max and Min, envelope followers, LMS adaptive filters, decimation and
    /// interpolation. Where a method has kinks its points are drawn where Richardson differences of the method itself,
    /// with two steps, agree (<see cref="Smooth"/>).
    /// </summary>
    public static class StatsSignalCases
    {
        public static readonly ArrayCase[] All =
        {
            // ---------------------------------------------------------------- statistics

            // Normal negative log-likelihood, the scale on the log axis; the data differentiated too.
            new ArrayCase("SsNormalNll", """
                [Differentiable]
                public static double SsNormalNll(double mu, double logSigma, double[] x)
                {
                    double sigma = Math.Exp(logSigma);
                    double nll = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double z = (x[i] - mu) / sigma;
                        nll += 0.5 * z * z + logSigma + 0.5 * Math.Log(2 * Math.PI);
                    }

                    return nll;
                }
                """, (r, n) => new object[] { Uniform(r, -1, 1), Uniform(r, -1, 1), Vector(r, n) }),

            // Normal linear regression with an unknown variance: the variance profiled out (σ² = SSE / n), the concentrated
            // log-likelihood n/2·log(SSE/n): two loops, the second reads the first's result.
            new ArrayCase("SsProfiledRegression", """
                [Differentiable("a", "b")]
                public static double SsProfiledRegression(double a, double b, double[] x, double[] y)
                {
                    int n = x.Length;
                    double sse = 0;
                    for (int i = 0; i < n; i++)
                    {
                        double r = y[i] - a - b * x[i];
                        sse += r * r;
                    }

                    double s2 = sse / n;
                    double nll = 0;
                    for (int i = 0; i < n; i++)
                    {
                        double r = y[i] - a - b * x[i];
                        nll += 0.5 * Math.Log(2 * Math.PI * s2) + r * r / (2 * s2);
                    }

                    return nll;
                }
                """, (r, n) => new object[] { Uniform(r, -1, 1), Uniform(r, -1, 1), Vector(r, n + 2), Vector(r, n + 2) }) { Sizes = ArrayCase.NonEmpty },

            // Log-gamma by the upward recurrence to z ≥ 7, then Stirling's series: a while on a differentiated value, a local
            // copy of the parameter; the Student-t likelihood calls it with ν differentiated.
            new ArrayCase("SsStudentTNll", """
                [Differentiable]
                public static double SsLogGamma(double z)
                {
                    double shift = 0;
                    double w = z;
                    while (w < 7)
                    {
                        shift -= Math.Log(w);
                        w += 1;
                    }

                    double inv = 1 / w;
                    double inv2 = inv * inv;
                    double series = inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 * (1.0 / 1260 - inv2 / 1680)));
                    return shift + (w - 0.5) * Math.Log(w) - w + 0.5 * Math.Log(2 * Math.PI) + series;
                }

                [Differentiable("mu", "logScale", "nu")]
                public static double SsStudentTNll(double mu, double logScale, double nu, double[] x)
                {
                    double scale = Math.Exp(logScale);
                    double norm = SsLogGamma(0.5 * (nu + 1)) - SsLogGamma(0.5 * nu) - 0.5 * Math.Log(nu * Math.PI) - logScale;
                    double ll = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double z = (x[i] - mu) / scale;
                        ll += norm - 0.5 * (nu + 1) * Math.Log(1 + z * z / nu);
                    }

                    return -ll;
                }
                """, (r, n) => new object[] { Uniform(r, -0.5, 0.5), Uniform(r, -0.5, 0.5), Uniform(r, 1.3, 9.7), Vector(r, n + 1, -3, 3) }) { Accept = Smooth("SsStudentTNll") },

            // Poisson regression with a log link over int[] counts; log(y!) accumulated by an inner loop bounded by the count.
            new ArrayCase("SsPoissonRegression", """
                [Differentiable("b0", "b1")]
                public static double SsPoissonRegression(double b0, double b1, double[] x, int[] counts)
                {
                    double nll = 0;
                    for (int i = 0; i < counts.Length; i++)
                    {
                        double eta = b0 + b1 * x[i];
                        double logFactorial = 0;
                        for (int k = 2; k <= counts[i]; k++) logFactorial += Math.Log(k);
                        nll += Math.Exp(eta) - counts[i] * eta + logFactorial;
                    }

                    return nll / Math.Max(1, counts.Length);
                }
                """, (r, n) => new object[] { Uniform(r, -0.5, 1), Uniform(r, -0.5, 0.5), Vector(r, n, -1, 1), Counts(r, n, 6) }),

            // Negative binomial with dispersion r: Σ_k<y log(r + k) instead of a log-gamma ratio, the count as the bound.
            new ArrayCase("SsNegBinomialNll", """
                [Differentiable("logMean", "logR")]
                public static double SsNegBinomialNll(double logMean, double logR, int[] counts)
                {
                    double m = Math.Exp(logMean);
                    double rr = Math.Exp(logR);
                    double ll = 0;
                    foreach (int y in counts)
                    {
                        for (int k = 0; k < y; k++)
                        {
                            ll += Math.Log(rr + k) - Math.Log(k + 1.0);
                        }

                        ll += rr * Math.Log(rr / (rr + m)) + y * Math.Log(m / (rr + m));
                    }

                    return -ll;
                }
                """, (r, n) => new object[] { Uniform(r, -0.5, 1.5), Uniform(r, -1, 2), Counts(r, n, 9) }),

            // Zero-inflated Poisson: a branch on the integer count, log of a mixture at zero.
            new ArrayCase("SsZeroInflatedPoisson", """
                [Differentiable("logitPi", "logLambda")]
                public static double SsZeroInflatedPoisson(double logitPi, double logLambda, int[] counts)
                {
                    double pi = 1 / (1 + Math.Exp(-logitPi));
                    double lambda = Math.Exp(logLambda);
                    double ll = 0;
                    for (int i = 0; i < counts.Length; i++)
                    {
                        if (counts[i] == 0)
                        {
                            ll += Math.Log(pi + (1 - pi) * Math.Exp(-lambda));
                        }
                        else
                        {
                            ll += Math.Log(1 - pi) - lambda + counts[i] * logLambda;
                            for (int k = 2; k <= counts[i]; k++) ll -= Math.Log(k);
                        }
                    }

                    return -ll;
                }
                """, (r, n) => new object[] { Uniform(r, -2, 1), Uniform(r, -0.5, 1.2), Counts(r, n, 5) }),

            // Binomial logistic regression over int[] trials and successes, softplus in its stable form with a branch on the
            // sign: log(1 + e^z) = z + log(1 + e^-z) for z > 0.
            new ArrayCase("SsBinomialLogit", """
                [Differentiable("a", "b")]
                public static double SsBinomialLogit(double a, double b, double[] dose, int[] trials, int[] successes)
                {
                    double nll = 0;
                    for (int i = 0; i < dose.Length; i++)
                    {
                        double z = a + b * dose[i];
                        double softplus;
                        if (z > 0) softplus = z + Math.Log(1 + Math.Exp(-z));
                        else softplus = Math.Log(1 + Math.Exp(z));
                        nll += trials[i] * softplus - successes[i] * z;
                    }

                    return nll;
                }
                """, (r, n) => Binomial(r, n)) { Accept = Smooth("SsBinomialLogit") },

            // Stable softplus by Math.Max and Math.Abs in one line: max(z, 0) + log(1 + exp(-|z|)); kinks cancel.
            new ArrayCase("SsSoftplusMaxAbs", """
                [Differentiable]
                public static double SsSoftplusMaxAbs(double[] w, double[] x)
                {
                    double total = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double z = w[i % w.Length] * x[i];
                        total += Math.Max(z, 0) + Math.Log(1 + Math.Exp(-Math.Abs(z)));
                    }

                    return total;
                }
                """, (r, n) => new object[] { Vector(r, 3, 0.3, 2), AwayFromZero(r, n, 0.2, 3) }),

            // Logistic log loss through a stable sigmoid written with ?: on the sign, labels as double data.
            new ArrayCase("SsStableSigmoidLoss", """
                [Differentiable("w", "b")]
                public static double SsStableSigmoidLoss(double[] w, double b, double[] x, double[] labels)
                {
                    int d = w.Length;
                    double loss = 0;
                    for (int i = 0; i < labels.Length; i++)
                    {
                        double z = b;
                        for (int j = 0; j < d; j++) z += w[j] * x[i * d + j];
                        double p = z >= 0 ? 1 / (1 + Math.Exp(-z)) : Math.Exp(z) / (1 + Math.Exp(z));
                        loss -= labels[i] * Math.Log(p) + (1 - labels[i]) * Math.Log(1 - p);
                    }

                    return loss / labels.Length;
                }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, -0.5, 0.5), Vector(r, 2 * n, -2, 2), Enumerable.Range(0, n).Select(_ => (double)r.Next(2)).ToArray() }) { Sizes = ArrayCase.NonEmpty, Accept = Smooth("SsStableSigmoidLoss") },

            // Log-sum-exp with the running maximum subtracted: the maximum's derivative cancels exactly.
            new ArrayCase("SsLogSumExp", """
                [Differentiable]
                public static double SsLogSumExp(double[] x)
                {
                    double m = double.NegativeInfinity;
                    for (int i = 0; i < x.Length; i++) m = Math.Max(m, x[i]);
                    double s = 0;
                    for (int i = 0; i < x.Length; i++) s += Math.Exp(x[i] - m);
                    return m + Math.Log(s);
                }
                """, (r, n) => new object[] { Separated(r, n, 0.4) }) { Sizes = ArrayCase.NonEmpty },

            // Log-sum-exp in one streaming pass: when a new maximum arrives the sum is rescaled (the online softmax form).
            new ArrayCase("SsStreamingLogSumExp", """
                [Differentiable]
                public static double SsStreamingLogSumExp(double[] x, double temperature)
                {
                    double m = x[0] / temperature;
                    double s = 1;
                    for (int i = 1; i < x.Length; i++)
                    {
                        double v = x[i] / temperature;
                        if (v > m)
                        {
                            s = s * Math.Exp(m - v) + 1;
                            m = v;
                        }
                        else
                        {
                            s += Math.Exp(v - m);
                        }
                    }

                    return temperature * (m + Math.Log(s));
                }
                """, (r, n) => new object[] { Separated(r, n, 0.4), Uniform(r, 0.5, 2) }) { Sizes = ArrayCase.NonEmpty },

            // Softmax cross-entropy over a flat batch of logits with int[] targets, the row maximum first.
            new ArrayCase("SsSoftmaxCrossEntropy", """
                [Differentiable("logits")]
                public static double SsSoftmaxCrossEntropy(double[] logits, int[] targets, int classes)
                {
                    double loss = 0;
                    for (int s = 0; s < targets.Length; s++)
                    {
                        int off = s * classes;
                        double m = logits[off];
                        for (int c = 1; c < classes; c++) m = Math.Max(m, logits[off + c]);
                        double z = 0;
                        for (int c = 0; c < classes; c++) z += Math.Exp(logits[off + c] - m);
                        loss += m + Math.Log(z) - logits[off + targets[s]];
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Separated(r, 4 * n, 0.2), Counts(r, n, 3), 4 }),

            // Weighted mean and unbiased weighted variance (reliability weights), weights and values differentiated.
            new ArrayCase("SsWeightedVariance", """
                [Differentiable]
                public static double SsWeightedVariance(double[] w, double[] x)
                {
                    double sw = 0, sw2 = 0, swx = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        sw += w[i];
                        sw2 += w[i] * w[i];
                        swx += w[i] * x[i];
                    }

                    double mean = swx / sw;
                    double ss = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double d = x[i] - mean;
                        ss += w[i] * d * d;
                    }

                    return ss / (sw - sw2 / sw);
                }
                """, (r, n) => new object[] { Vector(r, n + 2, 0.2, 2), Vector(r, n + 2) }),

            // Welford's running mean and variance: the count as a double, delta before and after the mean moves.
            new ArrayCase("SsWelfordVariance", """
                [Differentiable]
                public static double SsWelfordVariance(double[] x)
                {
                    double mean = 0, m2 = 0, count = 0;
                    foreach (double v in x)
                    {
                        count += 1;
                        double delta = v - mean;
                        mean += delta / count;
                        double delta2 = v - mean;
                        m2 += delta * delta2;
                    }

                    return m2 / (count - 1);
                }
                """, (r, n) => new object[] { Vector(r, n + 2) }),

            // West's weighted incremental variance, with the weight sum carried and the old sum kept for the update.
            new ArrayCase("SsWestWeightedVariance", """
                [Differentiable]
                public static double SsWestWeightedVariance(double[] w, double[] x)
                {
                    double wSum = 0, mean = 0, s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double wOld = wSum;
                        wSum = wOld + w[i];
                        double meanOld = mean;
                        mean = meanOld + (w[i] / wSum) * (x[i] - meanOld);
                        s = s + w[i] * (x[i] - meanOld) * (x[i] - mean);
                    }

                    return s / wSum;
                }
                """, (r, n) => new object[] { Vector(r, n + 1, 0.3, 2), Vector(r, n + 1) }),

            // Welford's covariance and both variances in one pass: Pearson's correlation.
            new ArrayCase("SsOnlineCorrelation", """
                [Differentiable]
                public static double SsOnlineCorrelation(double[] x, double[] y)
                {
                    double mx = 0, my = 0, cxy = 0, sxx = 0, syy = 0;
                    int n = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        n++;
                        double dx = x[i] - mx;
                        double dy = y[i] - my;
                        mx += dx / n;
                        my += dy / n;
                        cxy += dx * (y[i] - my);
                        sxx += dx * (x[i] - mx);
                        syy += dy * (y[i] - my);
                    }

                    return cxy / Math.Sqrt(sxx * syy);
                }
                """, (r, n) => new object[] { Vector(r, n + 3), Vector(r, n + 3) }),

            // Huber regression: a branch on |r| ≤ δ inside the loop, δ differentiated too.
            new ArrayCase("SsHuberRegression", """
                [Differentiable("a", "b", "delta")]
                public static double SsHuberRegression(double a, double b, double delta, double[] x, double[] y)
                {
                    double loss = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double r = y[i] - a - b * x[i];
                        double ar = Math.Abs(r);
                        if (ar <= delta) loss += 0.5 * r * r;
                        else loss += delta * (ar - 0.5 * delta);
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Uniform(r, -0.5, 0.5), Uniform(r, -0.5, 0.5), Uniform(r, 0.3, 1), Vector(r, n), Vector(r, n, -3, 3) }) { Accept = Smooth("SsHuberRegression") },

            // Cauchy (Lorentzian) loss with a scale, and its location as a weighted mean from one reweighting step.
            new ArrayCase("SsCauchyIrls", """
                [Differentiable("mu0", "c")]
                public static double SsCauchyIrls(double mu0, double c, double[] x)
                {
                    double sw = 0, swx = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double r = (x[i] - mu0) / c;
                        double wi = 1 / (1 + r * r);
                        sw += wi;
                        swx += wi * x[i];
                    }

                    double mu = swx / sw;
                    double loss = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double r = (x[i] - mu) / c;
                        loss += 0.5 * c * c * Math.Log(1 + r * r);
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Uniform(r, -0.5, 0.5), Uniform(r, 0.5, 2), Vector(r, n, -3, 3) }) { Sizes = ArrayCase.NonEmpty },

            // Tukey's biweight: inside the cutoff a cubic in (r/c)², outside a constant; the continue form.
            new ArrayCase("SsTukeyBiweight", """
                [Differentiable("mu", "c")]
                public static double SsTukeyBiweight(double mu, double c, double[] x)
                {
                    double c2 = c * c / 6;
                    double loss = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double u = (x[i] - mu) / c;
                        if (Math.Abs(u) > 1)
                        {
                            loss += c2;
                            continue;
                        }

                        double t = 1 - u * u;
                        loss += c2 * (1 - t * t * t);
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Uniform(r, -0.5, 0.5), Uniform(r, 1, 2.5), Vector(r, n, -4, 4) }) { Accept = Smooth("SsTukeyBiweight") },

            // Quantile regression over several quantiles at once: the pinball loss by Math.Max of both sides.
            new ArrayCase("SsMultiQuantile", """
                [Differentiable("q")]
                public static double SsMultiQuantile(double[] q, double[] taus, double[] y)
                {
                    double loss = 0;
                    for (int k = 0; k < taus.Length; k++)
                    {
                        for (int i = 0; i < y.Length; i++)
                        {
                            double r = y[i] - q[k];
                            loss += Math.Max(taus[k] * r, (taus[k] - 1) * r);
                        }
                    }

                    return loss / y.Length;
                }
                """, (r, n) => new object[] { Vector(r, 3, -1, 1), new[] { 0.1, 0.5, 0.9 }, Vector(r, n, -2, 2) }) { Sizes = ArrayCase.NonEmpty, Accept = Smooth("SsMultiQuantile") },

            // Expectile loss: an asymmetric square, the weight chosen by the residual's sign in ?:.
            new ArrayCase("SsExpectile", """
                [Differentiable("m", "tau")]
                public static double SsExpectile(double m, double tau, double[] y)
                {
                    double loss = 0;
                    foreach (double v in y)
                    {
                        double r = v - m;
                        double weight = r < 0 ? 1 - tau : tau;
                        loss += weight * r * r;
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Uniform(r, -0.5, 0.5), Uniform(r, 0.1, 0.9), Vector(r, n, -2, 2) }) { Accept = Smooth("SsExpectile") },

            // Smoothed pinball (a softplus with temperature) for a quantile regression line.
            new ArrayCase("SsSmoothPinball", """
                [Differentiable("a", "b", "h")]
                public static double SsSmoothPinball(double a, double b, double h, double tau, double[] x, double[] y)
                {
                    double loss = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double r = y[i] - a - b * x[i];
                        loss += tau * r + h * Math.Log(1 + Math.Exp(-r / h));
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Uniform(r, -0.5, 0.5), Uniform(r, -0.5, 0.5), Uniform(r, 0.2, 1), 0.3, Vector(r, n), Vector(r, n) }),

            // Gaussian kernel density estimate, leave-one-out log-likelihood for the bandwidth: j == i skipped by continue.
            new ArrayCase("SsKdeLeaveOneOut", """
                [Differentiable("h")]
                public static double SsKdeLeaveOneOut(double h, double[] data)
                {
                    int n = data.Length;
                    double ll = 0;
                    for (int i = 0; i < n; i++)
                    {
                        double dens = 0;
                        for (int j = 0; j < n; j++)
                        {
                            if (j == i) continue;
                            double u = (data[i] - data[j]) / h;
                            dens += Math.Exp(-0.5 * u * u);
                        }

                        ll += Math.Log(dens / ((n - 1) * h * Math.Sqrt(2 * Math.PI)));
                    }

                    return ll;
                }
                """, (r, n) => new object[] { Uniform(r, 0.5, 1.5), Vector(r, n + 2, -1, 1) }),

            // KDE evaluated at query points with an Epanechnikov kernel: max(0, 1 - u²), the support's edge a kink.
            new ArrayCase("SsKdeEpanechnikov", """
                [Differentiable]
                public static double SsKdeEpanechnikov(double h, double[] queries, double[] data)
                {
                    double total = 0;
                    foreach (double q in queries)
                    {
                        double dens = 0;
                        foreach (double d in data)
                        {
                            double u = (q - d) / h;
                            dens += 0.75 * Math.Max(0, 1 - u * u);
                        }

                        total += dens / (data.Length * h);
                    }

                    return total;
                }
                """, (r, n) => new object[] { Uniform(r, 0.8, 2), Vector(r, 3, -1, 1), Vector(r, n + 1, -2, 2) }) { Accept = Smooth("SsKdeEpanechnikov") },

            // One EM step for a two-component Gaussian mixture: responsibilities, then the updated means and the weight; the
            // function returns a combination of the updated parameters.
            new ArrayCase("SsEmStep", """
                [Differentiable("pi", "mu1", "mu2", "s")]
                public static double SsEmStep(double pi, double mu1, double mu2, double s, double[] x)
                {
                    double n1 = 0, n2 = 0, sx1 = 0, sx2 = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double a = pi * Math.Exp(-0.5 * (x[i] - mu1) * (x[i] - mu1) / (s * s));
                        double b = (1 - pi) * Math.Exp(-0.5 * (x[i] - mu2) * (x[i] - mu2) / (s * s));
                        double gamma = a / (a + b);
                        n1 += gamma;
                        n2 += 1 - gamma;
                        sx1 += gamma * x[i];
                        sx2 += (1 - gamma) * x[i];
                    }

                    double newMu1 = sx1 / n1;
                    double newMu2 = sx2 / n2;
                    double newPi = n1 / x.Length;
                    return newMu1 - newMu2 + newPi;
                }
                """, (r, n) => new object[] { Uniform(r, 0.3, 0.7), Uniform(r, -1.5, -0.5), Uniform(r, 0.5, 1.5), Uniform(r, 0.7, 1.5), Vector(r, n + 2, -2, 2) }),

            // Three EM iterations in place on local arrays of means and weights (responsibilities in a local array per point).
            new ArrayCase("SsEmIterations", """
                [Differentiable("mu", "x")]
                public static double SsEmIterations(double[] mu, double[] x, double s)
                {
                    int k = mu.Length;
                    double[] m = new double[k];
                    double[] w = new double[k];
                    for (int c = 0; c < k; c++) { m[c] = mu[c]; w[c] = 1.0 / k; }
                    double[] nk = new double[k];
                    double[] sk = new double[k];
                    double[] g = new double[k];
                    for (int it = 0; it < 3; it++)
                    {
                        for (int c = 0; c < k; c++) { nk[c] = 0; sk[c] = 0; }
                        for (int i = 0; i < x.Length; i++)
                        {
                            double z = 0;
                            for (int c = 0; c < k; c++)
                            {
                                g[c] = w[c] * Math.Exp(-0.5 * (x[i] - m[c]) * (x[i] - m[c]) / (s * s));
                                z += g[c];
                            }

                            for (int c = 0; c < k; c++)
                            {
                                nk[c] += g[c] / z;
                                sk[c] += g[c] / z * x[i];
                            }
                        }

                        for (int c = 0; c < k; c++)
                        {
                            m[c] = sk[c] / nk[c];
                            w[c] = nk[c] / x.Length;
                        }
                    }

                    double result = 0;
                    for (int c = 0; c < k; c++) result += (c + 1) * m[c] + w[c] * w[c];
                    return result;
                }
                """, (r, n) => new object[] { new[] { Uniform(r, -1.5, -0.8), Uniform(r, -0.2, 0.2), Uniform(r, 0.8, 1.5) }, Vector(r, n + 3, -2, 2), 0.8 }),

            // Gaussian mixture log-likelihood, K components from arrays, the per-point log-sum-exp with its running maximum.
            new ArrayCase("SsGmmLogLik", """
                [Differentiable("logits", "means", "logSigmas")]
                public static double SsGmmLogLik(double[] logits, double[] means, double[] logSigmas, double[] x)
                {
                    int k = logits.Length;
                    double lmax = logits[0];
                    for (int c = 1; c < k; c++) lmax = Math.Max(lmax, logits[c]);
                    double lz = 0;
                    for (int c = 0; c < k; c++) lz += Math.Exp(logits[c] - lmax);
                    lz = lmax + Math.Log(lz);
                    double ll = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double best = double.NegativeInfinity;
                        for (int c = 0; c < k; c++)
                        {
                            double z = (x[i] - means[c]) / Math.Exp(logSigmas[c]);
                            best = Math.Max(best, logits[c] - lz - logSigmas[c] - 0.5 * z * z);
                        }

                        double acc = 0;
                        for (int c = 0; c < k; c++)
                        {
                            double z = (x[i] - means[c]) / Math.Exp(logSigmas[c]);
                            acc += Math.Exp(logits[c] - lz - logSigmas[c] - 0.5 * z * z - best);
                        }

                        ll += best + Math.Log(acc) - 0.5 * Math.Log(2 * Math.PI);
                    }

                    return ll;
                }
                """, (r, n) => new object[] { Vector(r, 3, -1, 1), new[] { Uniform(r, -2, -1), Uniform(r, -0.3, 0.3), Uniform(r, 1, 2) }, Vector(r, 3, -0.5, 0.3), Vector(r, n, -3, 3) }) { Accept = Smooth("SsGmmLogLik") },

            // Gamma likelihood, shape and rate on the log axis, the log-gamma helper again.
            new ArrayCase("SsGammaNll", """
                [Differentiable]
                public static double SsGammaLogGamma(double z)
                {
                    double shift = 0;
                    double w = z;
                    while (w < 7)
                    {
                        shift -= Math.Log(w);
                        w += 1;
                    }

                    return shift + (w - 0.5) * Math.Log(w) - w + 0.5 * Math.Log(2 * Math.PI) + 1 / (12 * w) - 1 / (360 * w * w * w);
                }

                [Differentiable("logShape", "logRate")]
                public static double SsGammaNll(double logShape, double logRate, double[] x)
                {
                    double k = Math.Exp(logShape);
                    double rate = Math.Exp(logRate);
                    double sumLog = 0, sum = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        sumLog += Math.Log(x[i]);
                        sum += x[i];
                    }

                    int n = x.Length;
                    return -(n * (k * logRate - SsGammaLogGamma(k)) + (k - 1) * sumLog - rate * sum);
                }
                """, (r, n) => new object[] { Uniform(r, -0.8, 1.5), Uniform(r, -1, 1), Vector(r, n, 0.1, 4) }) { Accept = Smooth("SsGammaNll") },

            // Weibull likelihood: Math.Pow with a differentiated exponent, log of a ratio.
            new ArrayCase("SsWeibullNll", """
                [Differentiable("k", "lambda")]
                public static double SsWeibullNll(double k, double lambda, double[] t, double[] censored)
                {
                    double ll = 0;
                    for (int i = 0; i < t.Length; i++)
                    {
                        double ratio = t[i] / lambda;
                        double logHazard = Math.Log(k / lambda) + (k - 1) * Math.Log(ratio);
                        ll += (1 - censored[i]) * logHazard - Math.Pow(ratio, k);
                    }

                    return -ll;
                }
                """, (r, n) => new object[] { Uniform(r, 0.6, 2.5), Uniform(r, 0.5, 2), Vector(r, n, 0.1, 3), Enumerable.Range(0, n).Select(_ => (double)r.Next(2)).ToArray() }),

            // Log-normal likelihood with the data differentiated: log of each point, its mean and variance in closed form.
            new ArrayCase("SsLogNormalMle", """
                [Differentiable]
                public static double SsLogNormalMle(double[] x)
                {
                    int n = x.Length;
                    double mu = 0;
                    for (int i = 0; i < n; i++) mu += Math.Log(x[i]);
                    mu /= n;
                    double v = 0;
                    for (int i = 0; i < n; i++)
                    {
                        double d = Math.Log(x[i]) - mu;
                        v += d * d;
                    }

                    v /= n;
                    return mu + 0.5 * v;
                }
                """, (r, n) => new object[] { Vector(r, n + 1, 0.2, 5) }) { Sizes = ArrayCase.NonEmpty },

            // Standardized moments: skewness and excess kurtosis from central sums, the data differentiated.
            new ArrayCase("SsSkewKurtosis", """
                [Differentiable]
                public static double SsSkewKurtosis(double[] x)
                {
                    int n = x.Length;
                    double mean = 0;
                    foreach (double v in x) mean += v;
                    mean /= n;
                    double m2 = 0, m3 = 0, m4 = 0;
                    foreach (double v in x)
                    {
                        double d = v - mean;
                        double d2 = d * d;
                        m2 += d2;
                        m3 += d2 * d;
                        m4 += d2 * d2;
                    }

                    m2 /= n; m3 /= n; m4 /= n;
                    double skew = m3 / Math.Pow(m2, 1.5);
                    double kurt = m4 / (m2 * m2) - 3;
                    return skew + 0.5 * kurt;
                }
                """, (r, n) => new object[] { Vector(r, n + 3, -2, 2) }),

            // Bayesian linear regression log marginal likelihood for one feature: closed-form posterior precision.
            new ArrayCase("SsBayesLinearEvidence", """
                [Differentiable("logAlpha", "logBeta")]
                public static double SsBayesLinearEvidence(double logAlpha, double logBeta, double[] x, double[] y)
                {
                    double alpha = Math.Exp(logAlpha), beta = Math.Exp(logBeta);
                    double sxx = 0, sxy = 0, syy = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        sxx += x[i] * x[i];
                        sxy += x[i] * y[i];
                        syy += y[i] * y[i];
                    }

                    double a = alpha + beta * sxx;
                    double m = beta * sxy / a;
                    double e = 0.5 * beta * (syy - 2 * m * sxy + m * m * sxx) + 0.5 * alpha * m * m;
                    int n = x.Length;
                    return 0.5 * logAlpha + 0.5 * n * logBeta - e - 0.5 * Math.Log(a) - 0.5 * n * Math.Log(2 * Math.PI);
                }
                """, (r, n) => new object[] { Uniform(r, -1, 1), Uniform(r, -1, 1), Vector(r, n + 1), Vector(r, n + 1) }),

            // A Beta-binomial log-likelihood by rising products in loops bounded by counts and trials: lgamma ratios.
            new ArrayCase("SsBetaBinomial", """
                [Differentiable("logA", "logB")]
                public static double SsBetaBinomial(double logA, double logB, int[] successes, int[] trials)
                {
                    double a = Math.Exp(logA), b = Math.Exp(logB);
                    double ll = 0;
                    for (int i = 0; i < trials.Length; i++)
                    {
                        int k = successes[i];
                        int n = trials[i];
                        for (int j = 0; j < k; j++) ll += Math.Log(a + j);
                        for (int j = 0; j < n - k; j++) ll += Math.Log(b + j);
                        for (int j = 0; j < n; j++) ll -= Math.Log(a + b + j);
                    }

                    return -ll;
                }
                """, (r, n) => BetaBinomial(r, n)),

            // ---------------------------------------------------------------- signal processing

            // FIR filter, "valid" part: y[i] = Σ h[k]·x[i + k]; the output energy against a target.
            new ArrayCase("SsFirValid", """
                [Differentiable]
                public static double SsFirValid(double[] h, double[] x, double[] target)
                {
                    int m = h.Length;
                    double loss = 0;
                    for (int i = 0; i + m <= x.Length; i++)
                    {
                        double y = 0;
                        for (int k = 0; k < m; k++) y += h[k] * x[i + k];
                        double e = y - target[i];
                        loss += e * e;
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Vector(r, 3, -1, 1), Vector(r, n + 3), Vector(r, n + 1) }),

            // Causal FIR with zero padding before the start: y[t] = Σ_{k ≤ t} h[k]·x[t − k], the bound by Math.Min.
            new ArrayCase("SsFirCausal", """
                [Differentiable("h")]
                public static double SsFirCausal(double[] h, double[] x, double[] d)
                {
                    double loss = 0;
                    for (int t = 0; t < x.Length; t++)
                    {
                        double y = 0;
                        int kmax = Math.Min(h.Length - 1, t);
                        for (int k = 0; k <= kmax; k++) y += h[k] * x[t - k];
                        loss += (y - d[t]) * (y - d[t]);
                    }

                    return 0.5 * loss;
                }
                """, (r, n) => new object[] { Vector(r, 4, -1, 1), Vector(r, n), Vector(r, n) }),

            // Causal FIR, the padding by a test on the index inside the inner loop.
            new ArrayCase("SsFirCausalIf", """
                [Differentiable]
                public static double SsFirCausalIf(double[] h, double[] x)
                {
                    double energy = 0;
                    for (int t = 0; t < x.Length; t++)
                    {
                        double y = 0;
                        for (int k = 0; k < h.Length; k++)
                        {
                            if (t - k >= 0) y += h[k] * x[t - k];
                        }

                        energy += y * y;
                    }

                    return energy;
                }
                """, (r, n) => new object[] { Vector(r, 3, -1, 1), Vector(r, n) }),

            // Circular convolution: x[(i + k) % n].
            new ArrayCase("SsCircularConv", """
                [Differentiable]
                public static double SsCircularConv(double[] h, double[] x)
                {
                    int n = x.Length;
                    double s = 0;
                    for (int i = 0; i < n; i++)
                    {
                        double y = 0;
                        for (int k = 0; k < h.Length; k++) y += h[k] * x[(i + k) % n];
                        s += Math.Sin(y);
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, 3, -1, 1), Vector(r, n) }) { Sizes = ArrayCase.NonEmpty },

            // Circular convolution backwards: x[(i − k + n) % n] into a local array, then a second pass reads it shifted.
            new ArrayCase("SsCircularConvBack", """
                [Differentiable]
                public static double SsCircularConvBack(double[] h, double[] x)
                {
                    int n = x.Length;
                    double[] y = new double[n];
                    for (int i = 0; i < n; i++)
                    {
                        for (int k = 0; k < h.Length; k++) y[i] += h[k] * x[(i - k + n * h.Length) % n];
                    }

                    double s = 0;
                    for (int i = 0; i < n; i++) s += y[i] * y[(i + 1) % n];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, 3, -1, 1), Vector(r, n) }) { Sizes = ArrayCase.NonEmpty },

            // Circular autocorrelation at lags 1..L, its sum of squares (a whiteness statistic, Ljung–Box-like).
            new ArrayCase("SsCircularAutocorr", """
                [Differentiable]
                public static double SsCircularAutocorr(double[] x, int maxLag)
                {
                    int n = x.Length;
                    double mean = 0;
                    for (int i = 0; i < n; i++) mean += x[i];
                    mean /= n;
                    double c0 = 0;
                    for (int i = 0; i < n; i++) c0 += (x[i] - mean) * (x[i] - mean);
                    double q = 0;
                    for (int lag = 1; lag <= maxLag; lag++)
                    {
                        double c = 0;
                        for (int i = 0; i < n; i++) c += (x[i] - mean) * (x[(i + lag) % n] - mean);
                        double rho = c / c0;
                        q += rho * rho / (n - lag);
                    }

                    return n * (n + 2) * q;
                }
                """, (r, n) => new object[] { Vector(r, n + 4), 3 }),

            // Moving average over a window by a running sum: add the new sample, subtract the one leaving the window.
            new ArrayCase("SsMovingAverageRunning", """
                [Differentiable]
                public static double SsMovingAverageRunning(double[] x, double[] target, int window)
                {
                    double s = 0;
                    double loss = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += x[i];
                        if (i >= window) s -= x[i - window];
                        if (i >= window - 1)
                        {
                            double e = s / window - target[i];
                            loss += e * e;
                        }
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n), 3 }),

            // Centered moving average into a local array, the window shrinking at the ends (clamped indices).
            new ArrayCase("SsCenteredMovingAverage", """
                [Differentiable]
                public static double SsCenteredMovingAverage(double[] x, int half)
                {
                    int n = x.Length;
                    double[] smooth = new double[n];
                    for (int i = 0; i < n; i++)
                    {
                        int lo = Math.Max(0, i - half);
                        int hi = Math.Min(n - 1, i + half);
                        double s = 0;
                        for (int j = lo; j <= hi; j++) s += x[j];
                        smooth[i] = s / (hi - lo + 1);
                    }

                    double rough = 0;
                    for (int i = 1; i < n; i++)
                    {
                        double d = smooth[i] - smooth[i - 1];
                        rough += d * d;
                    }

                    double fit = 0;
                    for (int i = 0; i < n; i++) fit += (x[i] - smooth[i]) * (x[i] - smooth[i]);
                    return fit + 3 * rough;
                }
                """, (r, n) => new object[] { Vector(r, n), 2 }),

            // Exponential smoothing into a local array, forecasts compared one step ahead; α through a sigmoid.
            new ArrayCase("SsExpSmoothingArray", """
                [Differentiable("logitAlpha", "x")]
                public static double SsExpSmoothingArray(double logitAlpha, double[] x)
                {
                    double alpha = 1 / (1 + Math.Exp(-logitAlpha));
                    int n = x.Length;
                    double[] s = new double[n];
                    s[0] = x[0];
                    for (int t = 1; t < n; t++) s[t] = alpha * x[t] + (1 - alpha) * s[t - 1];
                    double sse = 0;
                    for (int t = 1; t < n; t++)
                    {
                        double e = x[t] - s[t - 1];
                        sse += e * e;
                    }

                    return sse;
                }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Vector(r, n) }) { Sizes = ArrayCase.NonEmpty },

            // AR(2) filter driven by the input: y[t] = a1·y[t−1] + a2·y[t−2] + x[t] into a local array, then a loss.
            new ArrayCase("SsAr2Filter", """
                [Differentiable]
                public static double SsAr2Filter(double a1, double a2, double[] x, double[] target)
                {
                    int n = x.Length;
                    double[] y = new double[n];
                    for (int t = 0; t < n; t++)
                    {
                        y[t] = x[t];
                        if (t >= 1) y[t] += a1 * y[t - 1];
                        if (t >= 2) y[t] += a2 * y[t - 2];
                    }

                    double loss = 0;
                    for (int t = 0; t < n; t++) loss += (y[t] - target[t]) * (y[t] - target[t]);
                    return loss;
                }
                """, (r, n) => new object[] { Uniform(r, -0.6, 0.6), Uniform(r, -0.3, 0.3), Vector(r, n), Vector(r, n) }),

            // Biquad, direct form I, with the four states carried in scalars; coefficients from a peaking-EQ formula.
            new ArrayCase("SsBiquadPeak", """
                [Differentiable("gainDb", "q", "x")]
                public static double SsBiquadPeak(double gainDb, double q, double[] x, double w0)
                {
                    double A = Math.Pow(10, gainDb / 40);
                    double alpha = Math.Sin(w0) / (2 * q);
                    double cw = Math.Cos(w0);
                    double a0 = 1 + alpha / A;
                    double b0 = (1 + alpha * A) / a0, b1 = -2 * cw / a0, b2 = (1 - alpha * A) / a0;
                    double a1 = -2 * cw / a0, a2 = (1 - alpha / A) / a0;
                    double x1 = 0, x2 = 0, y1 = 0, y2 = 0, energy = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double y = b0 * x[i] + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
                        x2 = x1; x1 = x[i];
                        y2 = y1; y1 = y;
                        energy += y * y;
                    }

                    return energy;
                }
                """, (r, n) => new object[] { Uniform(r, -6, 6), Uniform(r, 0.5, 2), Vector(r, n), Uniform(r, 0.3, 2.5) }),

            // Goertzel power at a continuous frequency ω: s = x + 2cos ω·s1 − s2; ω and the samples differentiated.
            new ArrayCase("SsGoertzelPower", """
                [Differentiable]
                public static double SsGoertzelPower(double omega, double[] x)
                {
                    double coeff = 2 * Math.Cos(omega);
                    double s1 = 0, s2 = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double s = x[i] + coeff * s1 - s2;
                        s2 = s1;
                        s1 = s;
                    }

                    return s1 * s1 + s2 * s2 - coeff * s1 * s2;
                }
                """, (r, n) => new object[] { Uniform(r, 0.2, 2.9), Vector(r, n) }),

            // DFT power spectrum over all bins with a Hann window: cos and sin of 2π·k·t/N products of integers.
            new ArrayCase("SsHannSpectrum", """
                [Differentiable]
                public static double SsHannSpectrum(double[] x, double[] weights)
                {
                    int n = x.Length;
                    double total = 0;
                    for (int k = 0; k < n; k++)
                    {
                        double re = 0, im = 0;
                        for (int t = 0; t < n; t++)
                        {
                            double win = 0.5 - 0.5 * Math.Cos(2 * Math.PI * t / (n - 1));
                            double angle = 2 * Math.PI * k * t / n;
                            re += win * x[t] * Math.Cos(angle);
                            im -= win * x[t] * Math.Sin(angle);
                        }

                        total += weights[k] * Math.Sqrt(re * re + im * im + 1e-3);
                    }

                    return total;
                }
                """, (r, n) => new object[] { Vector(r, n + 2), Vector(r, n + 2, 0, 1) }) { Sizes = ArrayCase.NonEmpty },

            // A sinusoid fitted by least squares: amplitude, frequency and phase of A·cos(ω·t + φ) + c over sample times.
            new ArrayCase("SsSinusoidFit", """
                [Differentiable("amp", "omega", "phase", "offset")]
                public static double SsSinusoidFit(double amp, double omega, double phase, double offset, double[] y, double dt)
                {
                    double sse = 0;
                    for (int t = 0; t < y.Length; t++)
                    {
                        double model = amp * Math.Cos(omega * t * dt + phase) + offset;
                        sse += (y[t] - model) * (y[t] - model);
                    }

                    return sse;
                }
                """, (r, n) => new object[] { Uniform(r, 0.5, 2), Uniform(r, 0.5, 3), Uniform(r, -1, 1), Uniform(r, -0.3, 0.3), Vector(r, n), 0.1 }),

            // Total-variation denoising objective: fit plus λ·Σ|u[i+1] − u[i]|; points where no difference is near zero.
            new ArrayCase("SsTotalVariation", """
                [Differentiable("u", "lambda")]
                public static double SsTotalVariation(double[] u, double lambda, double[] f)
                {
                    double fit = 0;
                    for (int i = 0; i < u.Length; i++) fit += 0.5 * (u[i] - f[i]) * (u[i] - f[i]);
                    double tv = 0;
                    for (int i = 0; i + 1 < u.Length; i++) tv += Math.Abs(u[i + 1] - u[i]);
                    return fit + lambda * tv;
                }
                """, (r, n) => new object[] { Separated(r, n, 0.3), Uniform(r, 0.1, 1), Vector(r, n) }),

            // Huberized (smoothed) total variation in two dimensions over a flat image, with wrap-around neighbours.
            new ArrayCase("SsTv2dPeriodic", """
                [Differentiable("img")]
                public static double SsTv2dPeriodic(double[] img, int width, double eps)
                {
                    int height = img.Length / width;
                    double tv = 0;
                    for (int r = 0; r < height; r++)
                    {
                        for (int c = 0; c < width; c++)
                        {
                            double v = img[r * width + c];
                            double dx = img[r * width + (c + 1) % width] - v;
                            double dy = img[((r + 1) % height) * width + c] - v;
                            tv += Math.Sqrt(dx * dx + dy * dy + eps * eps);
                        }
                    }

                    return tv;
                }
                """, (r, n) => new object[] { Vector(r, 3 * (n + 1)), 3, 0.1 }),

            // Hard clipping of a gained signal by Math.Clamp, then a loss: the gain and the limits differentiated.
            new ArrayCase("SsClampGain", """
                [Differentiable("gain", "lo", "hi")]
                public static double SsClampGain(double gain, double lo, double hi, double[] x, double[] target)
                {
                    double loss = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double y = Math.Clamp(gain * x[i], lo, hi);
                        loss += (y - target[i]) * (y - target[i]);
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Uniform(r, 0.5, 2), Uniform(r, -1.2, -0.6), Uniform(r, 0.6, 1.2), Vector(r, n), Vector(r, n) }) { Accept = Smooth("SsClampGain") },

            // The same limiter by Math.Max(Math.Min(...)) in place on a local copy, then first differences.
            new ArrayCase("SsMaxMinLimiter", """
                [Differentiable]
                public static double SsMaxMinLimiter(double[] x, double ceiling)
                {
                    int n = x.Length;
                    double[] y = new double[n];
                    for (int i = 0; i < n; i++) y[i] = x[i];
                    for (int i = 0; i < n; i++) y[i] = Math.Max(Math.Min(y[i], ceiling), -ceiling);
                    double s = 0;
                    for (int i = 1; i < n; i++) s += (y[i] - y[i - 1]) * (y[i] - y[i - 1]);
                    return s + y[0] * y[0];
                }
                """, (r, n) => new object[] { Vector(r, n, -2, 2), Uniform(r, 0.5, 1.5) }) { Sizes = ArrayCase.NonEmpty, Accept = Smooth("SsMaxMinLimiter") },

            // Soft thresholding (the proximal map of the L1 norm) by nested ?:, summed against a target.
            new ArrayCase("SsSoftThreshold", """
                [Differentiable("x", "t")]
                public static double SsSoftThreshold(double[] x, double t, double[] target)
                {
                    double loss = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double shrunk = x[i] > t ? x[i] - t : x[i] < -t ? x[i] + t : 0;
                        loss += (shrunk - target[i]) * (shrunk - target[i]);
                    }

                    return loss;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n, 0.1, 2), Uniform(r, 0.2, 0.5), Vector(r, n) }) { Accept = Smooth("SsSoftThreshold") },

            // Envelope follower with attack and release: the smoothing coefficient chosen by whether the rectified input
            // rises above the envelope.
            new ArrayCase("SsEnvelopeFollower", """
                [Differentiable("attack", "release", "x")]
                public static double SsEnvelopeFollower(double attack, double release, double[] x)
                {
                    double env = 0;
                    double area = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double rect = Math.Abs(x[i]);
                        double coef = rect > env ? attack : release;
                        env = coef * env + (1 - coef) * rect;
                        area += env;
                    }

                    return area;
                }
                """, (r, n) => new object[] { Uniform(r, 0.1, 0.5), Uniform(r, 0.7, 0.95), AwayFromZero(r, n, 0.1, 2) }) { Accept = Smooth("SsEnvelopeFollower") },

            // Pre-emphasis then RMS normalization: y[i] = x[i] − a·x[i − 1], divided by the RMS, compared to a target.
            new ArrayCase("SsPreEmphasisRms", """
                [Differentiable("a", "x")]
                public static double SsPreEmphasisRms(double a, double[] x, double[] target)
                {
                    int n = x.Length;
                    double[] y = new double[n];
                    y[0] = x[0];
                    for (int i = 1; i < n; i++) y[i] = x[i] - a * x[i - 1];
                    double ms = 0;
                    for (int i = 0; i < n; i++) ms += y[i] * y[i];
                    double rms = Math.Sqrt(ms / n);
                    double loss = 0;
                    for (int i = 0; i < n; i++) loss += (y[i] / rms - target[i]) * (y[i] / rms - target[i]);
                    return loss;
                }
                """, (r, n) => new object[] { Uniform(r, 0.5, 0.97), Vector(r, n), Vector(r, n) }) { Sizes = ArrayCase.NonEmpty },

            // LMS adaptive filter: the prediction reads the weights, then the same iteration updates them in place.
            new ArrayCase("SsLmsFilter", """
                [Differentiable("mu", "w0")]
                public static double SsLmsFilter(double mu, double[] w0, double[] x, double[] d)
                {
                    int m = w0.Length;
                    double[] w = new double[m];
                    for (int k = 0; k < m; k++) w[k] = w0[k];
                    double sse = 0;
                    for (int t = m - 1; t < x.Length; t++)
                    {
                        double y = 0;
                        for (int k = 0; k < m; k++) y += w[k] * x[t - k];
                        double e = d[t] - y;
                        sse += e * e;
                        for (int k = 0; k < m; k++) w[k] += mu * e * x[t - k];
                    }

                    return sse;
                }
                """, (r, n) => new object[] { Uniform(r, 0.01, 0.2), Vector(r, 3, -0.5, 0.5), Vector(r, n + 3), Vector(r, n + 3) }),

            // Decimation by 2 after a 3-tap smoothing: the loop steps by 2, reads i − 1 and i + 1 guarded by ternaries.
            new ArrayCase("SsDecimate", """
                [Differentiable]
                public static double SsDecimate(double[] x, double c)
                {
                    int n = x.Length;
                    double energy = 0;
                    for (int i = 0; i < n; i += 2)
                    {
                        double left = i > 0 ? x[i - 1] : x[i];
                        double right = i + 1 < n ? x[i + 1] : x[i];
                        double y = c * left + (1 - 2 * c) * x[i] + c * right;
                        energy += y * y * (i / 2 + 1);
                    }

                    return energy;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.1, 0.4) }),

            // Upsampling by 2 with linear interpolation into a local array of length 2n − 1, then a smoothness penalty.
            new ArrayCase("SsUpsampleLinear", """
                [Differentiable]
                public static double SsUpsampleLinear(double[] x)
                {
                    int n = x.Length;
                    double[] y = new double[2 * n - 1];
                    for (int i = 0; i < n; i++)
                    {
                        y[2 * i] = x[i];
                        if (i + 1 < n) y[2 * i + 1] = 0.5 * (x[i] + x[i + 1]);
                    }

                    double s = 0;
                    for (int j = 1; j + 1 < y.Length; j++)
                    {
                        double c = y[j - 1] - 2 * y[j] + y[j + 1];
                        s += c * c + Math.Sin(y[j]);
                    }

                    return s + y[y.Length - 1];
                }
                """, (r, n) => new object[] { Vector(r, n) }) { Sizes = ArrayCase.NonEmpty },

            // Savitzky–Golay smoothing with a constant coefficient table, the edges left as they are.
            new ArrayCase("SsSavitzkyGolay", """
                [Differentiable]
                public static double SsSavitzkyGolay(double[] x, double[] target)
                {
                    double[] c = { -3.0 / 35, 12.0 / 35, 17.0 / 35, 12.0 / 35, -3.0 / 35 };
                    int n = x.Length;
                    double loss = 0;
                    for (int i = 0; i < n; i++)
                    {
                        double y;
                        if (i < 2 || i >= n - 2) y = x[i];
                        else
                        {
                            y = 0;
                            for (int k = -2; k <= 2; k++) y += c[k + 2] * x[i + k];
                        }

                        loss += (y - target[i]) * (y - target[i]);
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n) }),

            // Cross-correlation with a template at every lag, a soft maximum over the lags (a log-sum-exp of scores).
            new ArrayCase("SsTemplateMatch", """
                [Differentiable]
                public static double SsTemplateMatch(double[] template, double[] signal, double beta)
                {
                    int m = template.Length;
                    int lags = signal.Length - m + 1;
                    double[] score = new double[lags];
                    double best = double.NegativeInfinity;
                    for (int lag = 0; lag < lags; lag++)
                    {
                        for (int k = 0; k < m; k++) score[lag] += template[k] * signal[lag + k];
                        best = Math.Max(best, score[lag]);
                    }

                    double z = 0;
                    for (int lag = 0; lag < lags; lag++) z += Math.Exp(beta * (score[lag] - best));
                    return best + Math.Log(z) / beta;
                }
                """, (r, n) => new object[] { Vector(r, 3, -1, 1), Vector(r, n + 3), Uniform(r, 0.5, 3) }) { Accept = Smooth("SsTemplateMatch") },

            // Phase-locked loop, first order: the phase error through Math.Sin, the phase advanced by a gain.
            new ArrayCase("SsPhaseLockedLoop", """
                [Differentiable("gain", "omega")]
                public static double SsPhaseLockedLoop(double gain, double omega, double[] inputPhase)
                {
                    double phase = 0;
                    double errorEnergy = 0;
                    for (int t = 0; t < inputPhase.Length; t++)
                    {
                        double err = Math.Sin(inputPhase[t] - phase);
                        errorEnergy += err * err;
                        phase += omega + gain * err;
                    }

                    return errorEnergy;
                }
                """, (r, n) => new object[] { Uniform(r, 0.1, 0.6), Uniform(r, 0.1, 0.5), Vector(r, n, -3, 3) }),

            // Median-free robust scale: the mean absolute deviation around a differentiated centre.
            new ArrayCase("SsMeanAbsDeviation", """
                [Differentiable]
                public static double SsMeanAbsDeviation(double center, double[] x)
                {
                    double s = 0;
                    foreach (double v in x) s += Math.Abs(v - center);
                    return s / x.Length;
                }
                """, (r, n) => new object[] { Uniform(r, -0.1, 0.1), AwayFromZero(r, n, 0.3, 2) }) { Sizes = ArrayCase.NonEmpty },

            // ---------------------------------------------------------------- the advice of the DIFF015s above, followed

            // SsZeroInflatedPoisson with the log-factorial loop moved out of the if (it runs no iterations for a zero count).
            new ArrayCase("SsZeroInflatedPoissonHoisted", """
                [Differentiable("logitPi", "logLambda")]
                public static double SsZeroInflatedPoissonHoisted(double logitPi, double logLambda, int[] counts)
                {
                    double pi = 1 / (1 + Math.Exp(-logitPi));
                    double lambda = Math.Exp(logLambda);
                    double ll = 0;
                    for (int i = 0; i < counts.Length; i++)
                    {
                        for (int k = 2; k <= counts[i]; k++) ll -= Math.Log(k);
                        if (counts[i] == 0) ll += Math.Log(pi + (1 - pi) * Math.Exp(-lambda));
                        else ll += Math.Log(1 - pi) - lambda + counts[i] * logLambda;
                    }

                    return -ll;
                }
                """, (r, n) => new object[] { Uniform(r, -2, 1), Uniform(r, -0.5, 1.2), Counts(r, n, 5) }),

            // SsSavitzkyGolay with the if inside the inner loop, as DIFF015 advises (the index kept in range by Math.Clamp).
            new ArrayCase("SsSavitzkyGolayInner", """
                [Differentiable]
                public static double SsSavitzkyGolayInner(double[] x, double[] target)
                {
                    double[] c = { -3.0 / 35, 12.0 / 35, 17.0 / 35, 12.0 / 35, -3.0 / 35 };
                    int n = x.Length;
                    double loss = 0;
                    for (int i = 0; i < n; i++)
                    {
                        bool edge = i < 2 || i >= n - 2;
                        double y = edge ? x[i] : 0;
                        for (int k = -2; k <= 2; k++)
                        {
                            if (!edge) y += c[k + 2] * x[Math.Clamp(i + k, 0, n - 1)];
                        }

                        loss += (y - target[i]) * (y - target[i]);
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n) }),

            // SsLmsFilter with the old weights copied into a local array declared before the loop, as DIFF015 advises.
            new ArrayCase("SsLmsFilterCopy", """
                [Differentiable("mu", "w0")]
                public static double SsLmsFilterCopy(double mu, double[] w0, double[] x, double[] d)
                {
                    int m = w0.Length;
                    double[] w = new double[m];
                    double[] old = new double[m];
                    for (int k = 0; k < m; k++) w[k] = w0[k];
                    double sse = 0;
                    for (int t = m - 1; t < x.Length; t++)
                    {
                        for (int k = 0; k < m; k++) old[k] = w[k];
                        double y = 0;
                        for (int k = 0; k < m; k++) y += old[k] * x[t - k];
                        double e = d[t] - y;
                        sse += e * e;
                        for (int k = 0; k < m; k++) w[k] = old[k] + mu * e * x[t - k];
                    }

                    return sse;
                }
                """, (r, n) => new object[] { Uniform(r, 0.01, 0.2), Vector(r, 3, -0.5, 0.5), Vector(r, n + 3), Vector(r, n + 3) }),

            // ---------------------------------------------------------------- in-place buffers, as DSP code keeps them

            // A moving average by a ring buffer: the oldest sample overwritten at pos, pos = (pos + 1) % w.
            new ArrayCase("SsRingBufferAverage", """
                [Differentiable]
                public static double SsRingBufferAverage(double[] x, int window)
                {
                    double[] buf = new double[window];
                    int pos = 0;
                    double s = 0, out2 = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += x[i] - buf[pos];
                        buf[pos] = x[i];
                        pos = (pos + 1) % window;
                        double avg = s / window;
                        out2 += avg * avg * Math.Cos(i);
                    }

                    return out2;
                }
                """, (r, n) => new object[] { Vector(r, n), 3 }),

            // FIR with a delay line shifted in place each sample (d[k] = d[k − 1] from the end), then y = Σ h[k]·d[k].
            new ArrayCase("SsDelayLineFir", """
                [Differentiable]
                public static double SsDelayLineFir(double[] h, double[] x)
                {
                    int m = h.Length;
                    double[] d = new double[m];
                    double energy = 0;
                    for (int t = 0; t < x.Length; t++)
                    {
                        for (int k = m - 1; k > 0; k--) d[k] = d[k - 1];
                        d[0] = x[t];
                        double y = 0;
                        for (int k = 0; k < m; k++) y += h[k] * d[k];
                        energy += y * y * y;
                    }

                    return energy;
                }
                """, (r, n) => new object[] { Vector(r, 3, -1, 1), Vector(r, n) }),

            // A one-pole IIR applied in place on a copy of the input: y[t] += a·y[t − 1].
            new ArrayCase("SsInPlaceIir", """
                [Differentiable]
                public static double SsInPlaceIir(double a, double[] x)
                {
                    int n = x.Length;
                    double[] y = new double[n];
                    for (int t = 0; t < n; t++) y[t] = x[t];
                    for (int t = 1; t < n; t++) y[t] += a * y[t - 1];
                    double s = 0;
                    for (int t = 0; t < n; t++) s += Math.Sin(y[t]) * (t + 1);
                    return s;
                }
                """, (r, n) => new object[] { Uniform(r, -0.9, 0.9), Vector(r, n) }),

            // Zero-phase filtering (filtfilt): forward one-pole pass, then a backward pass in place from the end.
            new ArrayCase("SsFiltFilt", """
                [Differentiable]
                public static double SsFiltFilt(double b, double[] x, double[] target)
                {
                    int n = x.Length;
                    double[] y = new double[n];
                    y[0] = x[0];
                    for (int t = 1; t < n; t++) y[t] = b * y[t - 1] + (1 - b) * x[t];
                    for (int t = n - 2; t >= 0; t--) y[t] = b * y[t + 1] + (1 - b) * y[t];
                    double loss = 0;
                    for (int t = 0; t < n; t++) loss += (y[t] - target[t]) * (y[t] - target[t]);
                    return loss;
                }
                """, (r, n) => new object[] { Uniform(r, 0.2, 0.8), Vector(r, n), Vector(r, n) }) { Sizes = ArrayCase.NonEmpty },

            // Cumulative sum in place, then the mean of the cumulated path (a CUSUM-like statistic), squared.
            new ArrayCase("SsCusumInPlace", """
                [Differentiable]
                public static double SsCusumInPlace(double[] x, double drift)
                {
                    int n = x.Length;
                    double[] c = new double[n];
                    for (int i = 0; i < n; i++) c[i] = x[i] - drift;
                    for (int i = 1; i < n; i++) c[i] += c[i - 1];
                    double s = 0;
                    for (int i = 0; i < n; i++) s += c[i] * c[i];
                    return s / Math.Max(1, n);
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -0.3, 0.3) }),

            // Insertion sort of a local copy (compare and swap in place), then a trimmed mean dropping the extremes.
            new ArrayCase("SsTrimmedMeanSort", """
                [Differentiable]
                public static double SsTrimmedMeanSort(double[] x)
                {
                    int n = x.Length;
                    double[] a = new double[n];
                    for (int i = 0; i < n; i++) a[i] = x[i];
                    for (int i = 1; i < n; i++)
                    {
                        for (int j = i; j > 0; j--)
                        {
                            if (a[j - 1] > a[j])
                            {
                                double tmp = a[j];
                                a[j] = a[j - 1];
                                a[j - 1] = tmp;
                            }
                        }
                    }

                    double s = 0;
                    for (int i = 1; i < n - 1; i++) s += a[i] * (i + 1);
                    return s / (n - 2);
                }
                """, (r, n) => new object[] { Separated(r, n + 3, 0.3) }),

            // A median-of-three filter by Max and Min: median(a, b, c) = max(min(a, b), min(max(a, b), c)).
            new ArrayCase("SsMedian3Filter", """
                [Differentiable]
                public static double SsMedian3Filter(double[] x, double[] target)
                {
                    double loss = 0;
                    for (int i = 1; i + 1 < x.Length; i++)
                    {
                        double a = x[i - 1], b = x[i], c = x[i + 1];
                        double med = Math.Max(Math.Min(a, b), Math.Min(Math.Max(a, b), c));
                        loss += (med - target[i]) * (med - target[i]);
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Separated(r, n + 2, 0.3), Vector(r, n + 2) }),

            // ---------------------------------------------------------------- index arithmetic

            // A DFT bin with the phase reduced in integers: cos(2π·((k·t) % n)/n), k an integer parameter.
            new ArrayCase("SsDftBinModular", """
                [Differentiable]
                public static double SsDftBinModular(double[] x, int k)
                {
                    int n = x.Length;
                    double re = 0, im = 0;
                    for (int t = 0; t < n; t++)
                    {
                        int phase = (k * t) % n;
                        re += x[t] * Math.Cos(2 * Math.PI * phase / n);
                        im -= x[t] * Math.Sin(2 * Math.PI * phase / n);
                    }

                    return Math.Log(re * re + im * im + 0.1);
                }
                """, (r, n) => new object[] { Vector(r, n + 1), 2 }),

            // A chirp template correlated with the signal: phase ω·t + ½·rate·t², t an int counter.
            new ArrayCase("SsChirpCorrelation", """
                [Differentiable("omega", "rate")]
                public static double SsChirpCorrelation(double omega, double rate, double[] x)
                {
                    double c = 0, s = 0;
                    for (int t = 0; t < x.Length; t++)
                    {
                        double phase = omega * t + 0.5 * rate * t * t;
                        c += x[t] * Math.Cos(phase);
                        s += x[t] * Math.Sin(phase);
                    }

                    return c * c + s * s;
                }
                """, (r, n) => new object[] { Uniform(r, 0.2, 1.5), Uniform(r, -0.1, 0.1), Vector(r, n) }),

            // A strided walk x[(i·stride) % n] that visits some elements several times (gcd(stride, n) > 1).
            new ArrayCase("SsStridedModular", """
                [Differentiable]
                public static double SsStridedModular(double[] x, int stride)
                {
                    int n = x.Length;
                    double s = 0;
                    for (int i = 0; i < n; i++)
                    {
                        double v = x[(i * stride) % n];
                        s += v * v * x[i];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), 2 }),

            // Reversed filtering with indices from the end: y = Σ h[k]·x[^(t + k + 1)].
            new ArrayCase("SsReverseIndexFir", """
                [Differentiable]
                public static double SsReverseIndexFir(double[] h, double[] x)
                {
                    double s = 0;
                    for (int t = 0; t + h.Length <= x.Length; t++)
                    {
                        double y = 0;
                        for (int k = 0; k < h.Length; k++) y += h[k] * x[^(t + k + 1)];
                        s += y * y * (t + 1);
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Vector(r, n + 2) }),

            // Filter taps chosen by a switch expression on the tap index.
            new ArrayCase("SsSwitchTaps", """
                [Differentiable]
                public static double SsSwitchTaps(double[] x, double g)
                {
                    double s = 0;
                    for (int i = 2; i < x.Length; i++)
                    {
                        double y = 0;
                        for (int k = 0; k < 3; k++)
                        {
                            double c = k switch { 0 => 0.25 * g, 1 => 0.5, _ => 0.25 / g };
                            y += c * x[i - k];
                        }

                        s += y * y;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n + 2), Uniform(r, 0.5, 2) }),

            // ---------------------------------------------------------------- numerics

            // Kahan-compensated sum of log-densities: the compensation's derivative is zero algebraically.
            new ArrayCase("SsKahanLogLik", """
                [Differentiable]
                public static double SsKahanLogLik(double mu, double[] x)
                {
                    double sum = 0, comp = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double term = -0.5 * (x[i] - mu) * (x[i] - mu) - Math.Log(1 + x[i] * x[i]);
                        double yk = term - comp;
                        double t = sum + yk;
                        comp = (t - sum) - yk;
                        sum = t;
                    }

                    return sum;
                }
                """, (r, n) => new object[] { Uniform(r, -1, 1), Vector(r, n) }),

            // Exponentially weighted log-likelihood: weights λ^(n−1−i) by Math.Pow with an integer exponent, λ differentiated.
            new ArrayCase("SsDiscountedLogLik", """
                [Differentiable("lambda", "mu")]
                public static double SsDiscountedLogLik(double lambda, double mu, double[] x)
                {
                    int n = x.Length;
                    double ll = 0, wsum = 0;
                    for (int i = 0; i < n; i++)
                    {
                        double w = Math.Pow(lambda, n - 1 - i);
                        ll += w * (-0.5 * (x[i] - mu) * (x[i] - mu));
                        wsum += w;
                    }

                    return ll / wsum;
                }
                """, (r, n) => new object[] { Uniform(r, 0.5, 0.99), Uniform(r, -1, 1), Vector(r, n) }) { Sizes = ArrayCase.NonEmpty },

            // Missing data marked in an int[] beside the values, skipped with continue (the form DIFF010 advises for y[i] != y[i]).
            new ArrayCase("SsMissingMaskNll", """
                [Differentiable("mu", "logSigma")]
                public static double SsMissingMaskNll(double mu, double logSigma, double[] y, int[] observed)
                {
                    double nll = 0;
                    int present = 0;
                    for (int i = 0; i < y.Length; i++)
                    {
                        if (observed[i] == 0) continue;
                        double z = (y[i] - mu) * Math.Exp(-logSigma);
                        nll += 0.5 * z * z + logSigma;
                        present++;
                    }

                    return nll / Math.Max(present, 1);
                }
                """, (r, n) => new object[] { Uniform(r, -1, 1), Uniform(r, -1, 1), Vector(r, n), Enumerable.Range(0, n).Select(_ => r.Next(4) == 0 ? 0 : 1).ToArray() }),

            // Huber M-estimate of location by IRLS until the step is tiny: a while with a tolerance on the derivative's path.
            new ArrayCase("SsHuberLocationIrls", """
                [Differentiable("x")]
                public static double SsHuberLocationIrls(double[] x, double k)
                {
                    double mu = 0;
                    for (int i = 0; i < x.Length; i++) mu += x[i];
                    mu /= x.Length;
                    double step = 1;
                    int iter = 0;
                    while (Math.Abs(step) > 1e-14 && iter < 200)
                    {
                        double sw = 0, swx = 0;
                        for (int i = 0; i < x.Length; i++)
                        {
                            double r = Math.Abs(x[i] - mu);
                            double w = r <= k ? 1 : k / r;
                            sw += w;
                            swx += w * x[i];
                        }

                        double next = swx / sw;
                        step = next - mu;
                        mu = next;
                        iter++;
                    }

                    return mu;
                }
                """, (r, n) => new object[] { Vector(r, n + 2, -3, 3), 1.0 }) { Sizes = ArrayCase.NonEmpty, Accept = Smooth("SsHuberLocationIrls") },

            // Winsorizing by Math.Clamp with bounds from the data's own mean and standard deviation.
            new ArrayCase("SsWinsorizedMean", """
                [Differentiable]
                public static double SsWinsorizedMean(double[] x, double k)
                {
                    int n = x.Length;
                    double mean = 0;
                    for (int i = 0; i < n; i++) mean += x[i];
                    mean /= n;
                    double v = 0;
                    for (int i = 0; i < n; i++) v += (x[i] - mean) * (x[i] - mean);
                    double sd = Math.Sqrt(v / n);
                    double s = 0;
                    for (int i = 0; i < n; i++) s += Math.Clamp(x[i], mean - k * sd, mean + k * sd);
                    return s / n;
                }
                """, (r, n) => new object[] { Vector(r, n + 3, -3, 3), Uniform(r, 0.8, 1.5) }) { Accept = Smooth("SsWinsorizedMean") },

            // A peak envelope: peak = max(decay·peak, |x|), the decay differentiated, area under the envelope.
            new ArrayCase("SsPeakEnvelope", """
                [Differentiable]
                public static double SsPeakEnvelope(double decay, double[] x)
                {
                    double peak = 0, area = 0;
                    foreach (double v in x)
                    {
                        peak = Math.Max(decay * peak, Math.Abs(v));
                        area += peak;
                    }

                    return area;
                }
                """, (r, n) => new object[] { Uniform(r, 0.5, 0.95), AwayFromZero(r, n, 0.1, 2) }) { Accept = Smooth("SsPeakEnvelope") },

            // Zero-crossing-weighted energy: a test on the product of neighbours chooses the weight.
            new ArrayCase("SsZeroCrossingEnergy", """
                [Differentiable]
                public static double SsZeroCrossingEnergy(double[] x, double bonus)
                {
                    double e = 0;
                    for (int i = 1; i < x.Length; i++)
                    {
                        double w = x[i] * x[i - 1] < 0 ? bonus : 1;
                        e += w * (x[i] - x[i - 1]) * (x[i] - x[i - 1]);
                    }

                    return e;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n, 0.2, 2), Uniform(r, 1, 3) }),

            // Attention-like streaming weighted average (online softmax): the running maximum rescales both sums.
            new ArrayCase("SsOnlineSoftmaxAverage", """
                [Differentiable]
                public static double SsOnlineSoftmaxAverage(double[] scores, double[] values)
                {
                    double m = double.NegativeInfinity, z = 0, acc = 0;
                    for (int i = 0; i < scores.Length; i++)
                    {
                        double mNew = Math.Max(m, scores[i]);
                        double scale = Math.Exp(m - mNew);
                        double p = Math.Exp(scores[i] - mNew);
                        z = z * scale + p;
                        acc = acc * scale + p * values[i];
                        m = mNew;
                    }

                    return acc / z;
                }
                """, (r, n) => new object[] { Separated(r, n, 0.4), Vector(r, n) }) { Sizes = ArrayCase.NonEmpty },

            // Welford with the count as the loop's integer counter (mean += δ / (i + 1)), then a z-score of the last point.
            new ArrayCase("SsWelfordIntCount", """
                [Differentiable]
                public static double SsWelfordIntCount(double[] x)
                {
                    double mean = 0, m2 = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double delta = x[i] - mean;
                        mean += delta / (i + 1);
                        m2 += delta * (x[i] - mean);
                    }

                    double sd = Math.Sqrt(m2 / (x.Length - 1));
                    return (x[^1] - mean) / sd;
                }
                """, (r, n) => new object[] { Vector(r, n + 2) }),

            // A stackalloc ring of the last three residuals for a moving-average MA(3) error model.
            new ArrayCase("SsMa3Stackalloc", """
                [Differentiable("theta")]
                public static double SsMa3Stackalloc(double[] theta, double[] y)
                {
                    Span<double> e = stackalloc double[3];
                    double css = 0;
                    for (int t = 0; t < y.Length; t++)
                    {
                        double pred = 0;
                        for (int k = 0; k < 3; k++) pred += theta[k] * e[(t - 1 - k + 3 * y.Length) % 3];
                        double eps = y[t] - pred;
                        e[t % 3] = eps;
                        css += eps * eps;
                    }

                    return css;
                }
                """, (r, n) => new object[] { Vector(r, 3, -0.4, 0.4), Vector(r, n) }),

            // Math.Clamp of integers as a factor in a method without loops (was DIFF011, as in SsSavitzkyGolayInner).
            new ArrayCase("SsClampIntegerScalar", """
                [Differentiable]
                public static double SsClampIntegerScalar(double x, int n) => x * x * Math.Clamp(n, 1, 3) + Math.Sin(x) / Math.Clamp(2 * n - 1, 1, 4);
                """, (r, n) => new object[] { Uniform(r, -2, 2), r.Next(-1, 5) }) { Sizes = ArrayCase.Scalar },

            // SsTrimmedMeanSort with the compare-exchange as Min and Max (the DIFF015 advice: one assignment with a choice).
            new ArrayCase("SsTrimmedMeanMinMax", """
                [Differentiable]
                public static double SsTrimmedMeanMinMax(double[] x)
                {
                    int n = x.Length;
                    double[] a = new double[n];
                    for (int i = 0; i < n; i++) a[i] = x[i];
                    for (int i = 1; i < n; i++)
                    {
                        for (int j = i; j > 0; j--)
                        {
                            double lo = Math.Min(a[j - 1], a[j]);
                            double hi = Math.Max(a[j - 1], a[j]);
                            a[j - 1] = lo;
                            a[j] = hi;
                        }
                    }

                    double s = 0;
                    for (int i = 1; i < n - 1; i++) s += a[i] * (i + 1);
                    return s / (n - 2);
                }
                """, (r, n) => new object[] { Separated(r, n + 3, 0.3) }),

            // The same with the two elements first copied into a local array declared before the loops (the other advice).
            new ArrayCase("SsTrimmedMeanOldCopy", """
                [Differentiable]
                public static double SsTrimmedMeanOldCopy(double[] x)
                {
                    int n = x.Length;
                    double[] a = new double[n];
                    double[] old = new double[n];
                    for (int i = 0; i < n; i++) a[i] = x[i];
                    for (int i = 1; i < n; i++)
                    {
                        for (int j = i; j > 0; j--)
                        {
                            old[j - 1] = a[j - 1];
                            old[j] = a[j];
                            a[j - 1] = Math.Min(old[j - 1], old[j]);
                            a[j] = Math.Max(old[j - 1], old[j]);
                        }
                    }

                    double s = 0;
                    for (int i = 1; i < n - 1; i++) s += a[i] * (i + 1);
                    return s / (n - 2);
                }
                """, (r, n) => new object[] { Separated(r, n + 3, 0.3) }),

            // ---------------------------------------------------------------- in place, read across the wrap

            // A ring buffer whose write position wraps by an if (pos = 0), not by %.
            new ArrayCase("SsRingBufferIfWrap", """
                [Differentiable]
                public static double SsRingBufferIfWrap(double[] x, double g)
                {
                    double[] buf = new double[4];
                    int pos = 0;
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double oldest = buf[pos];
                        buf[pos] = g * x[i] + 0.5 * oldest;
                        pos++;
                        if (pos == buf.Length) pos = 0;
                        s += buf[pos] * x[i] + oldest * oldest;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n + 2), Uniform(r, 0.5, 1.5) }),

            // A circular one-pole filter in place: y[i] += a·y[(i + n − 1) % n], so y[0] reads the old y[n − 1] and
            // every later element the new one before it; two passes.
            new ArrayCase("SsCircularInPlaceIir", """
                [Differentiable]
                public static double SsCircularInPlaceIir(double a, double[] x)
                {
                    int n = x.Length;
                    double[] y = new double[n];
                    for (int i = 0; i < n; i++) y[i] = x[i];
                    for (int pass = 0; pass < 2; pass++)
                    {
                        for (int i = 0; i < n; i++) y[i] += a * y[(i + n - 1) % n];
                    }

                    double s = 0;
                    for (int i = 0; i < n; i++) s += y[i] * y[i] * (i + 1);
                    return s;
                }
                """, (r, n) => new object[] { Uniform(r, -0.7, 0.7), Vector(r, n) }),

            // Gauss–Seidel smoothing sweeps in place: each element averaged with its new left and old right neighbour.
            new ArrayCase("SsGaussSeidelSmooth", """
                [Differentiable]
                public static double SsGaussSeidelSmooth(double[] f, double lambda)
                {
                    int n = f.Length;
                    double[] u = new double[n];
                    for (int i = 0; i < n; i++) u[i] = f[i];
                    for (int sweep = 0; sweep < 3; sweep++)
                    {
                        for (int i = 1; i < n - 1; i++)
                        {
                            u[i] = (f[i] + lambda * (u[i - 1] + u[i + 1])) / (1 + 2 * lambda);
                        }
                    }

                    double e = 0;
                    for (int i = 0; i < n; i++) e += Math.Sin(u[i]) + u[i] * f[i];
                    return e;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.2, 2) }),

            // Polyphase interpolation: output j reads x[j / 2] and x[j / 2 + 1] (integer division, each input read by two outputs).
            new ArrayCase("SsPolyphaseUpsample", """
                [Differentiable]
                public static double SsPolyphaseUpsample(double[] x, double[] h)
                {
                    double s = 0;
                    for (int j = 0; j + 2 < 2 * x.Length; j++)
                    {
                        int phase = j % 2;
                        double y = h[phase] * x[j / 2] + h[2 + phase] * x[j / 2 + 1];
                        s += y * y * y;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n + 1), Vector(r, 4, -1, 1) }),

            // A triangular (lower) nested loop: the weighted cumulative mean at every t, weights decaying with the lag.
            new ArrayCase("SsTriangularDecay", """
                [Differentiable]
                public static double SsTriangularDecay(double rho, double[] x)
                {
                    double loss = 0;
                    for (int t = 0; t < x.Length; t++)
                    {
                        double num = 0, den = 0, w = 1;
                        for (int s = t; s >= 0; s--)
                        {
                            num += w * x[s];
                            den += w;
                            w *= rho;
                        }

                        double m = num / den;
                        loss += (x[t] - m) * (x[t] - m) + m;
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Uniform(r, 0.3, 0.9), Vector(r, n) }),

            // An element squared in place by *= on itself, then a product across neighbours (a Teager–Kaiser-like energy).
            new ArrayCase("SsSquareInPlaceTeager", """
                [Differentiable]
                public static double SsSquareInPlaceTeager(double[] x)
                {
                    int n = x.Length;
                    double[] p = new double[n];
                    for (int i = 0; i < n; i++) p[i] = x[i];
                    for (int i = 0; i < n; i++) p[i] *= p[i];
                    double s = 0;
                    for (int i = 1; i + 1 < n; i++) s += p[i] - x[i - 1] * x[i + 1] + p[i - 1] * p[i + 1];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n) }),

            // A stride given as a parameter: i += stride over the signal, a decimated energy.
            new ArrayCase("SsStrideParameter", """
                [Differentiable]
                public static double SsStrideParameter(double[] x, int stride, double c)
                {
                    double s = 0;
                    int count = 0;
                    for (int i = stride - 1; i < x.Length; i += stride)
                    {
                        s += Math.Exp(c * x[i]) * (count + 1);
                        count++;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), 3, Uniform(r, -1, 1) }),
        };

        public static readonly ArrayCase[] Float =
        {
            Twin("SsNormalNll", """
                [Differentiable]
                public static float SsNormalNllF(float mu, float logSigma, float[] x)
                {
                    float sigma = MathF.Exp(logSigma);
                    float nll = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        float z = (x[i] - mu) / sigma;
                        nll += 0.5f * z * z + logSigma + 0.5f * MathF.Log(2 * MathF.PI);
                    }

                    return nll;
                }
                """),

            Twin("SsWelfordVariance", """
                [Differentiable]
                public static float SsWelfordVarianceF(float[] x)
                {
                    float mean = 0, m2 = 0, count = 0;
                    foreach (float v in x)
                    {
                        count += 1;
                        float delta = v - mean;
                        mean += delta / count;
                        float delta2 = v - mean;
                        m2 += delta * delta2;
                    }

                    return m2 / (count - 1);
                }
                """),

            Twin("SsCircularConv", """
                [Differentiable]
                public static float SsCircularConvF(float[] h, float[] x)
                {
                    int n = x.Length;
                    float s = 0;
                    for (int i = 0; i < n; i++)
                    {
                        float y = 0;
                        for (int k = 0; k < h.Length; k++) y += h[k] * x[(i + k) % n];
                        s += MathF.Sin(y);
                    }

                    return s;
                }
                """),

            Twin("SsGoertzelPower", """
                [Differentiable]
                public static float SsGoertzelPowerF(float omega, float[] x)
                {
                    float coeff = 2 * MathF.Cos(omega);
                    float s1 = 0, s2 = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        float s = x[i] + coeff * s1 - s2;
                        s2 = s1;
                        s1 = s;
                    }

                    return s1 * s1 + s2 * s2 - coeff * s1 * s2;
                }
                """),

            Twin("SsLogSumExp", """
                [Differentiable]
                public static float SsLogSumExpF(float[] x)
                {
                    float m = float.NegativeInfinity;
                    for (int i = 0; i < x.Length; i++) m = MathF.Max(m, x[i]);
                    float s = 0;
                    for (int i = 0; i < x.Length; i++) s += MathF.Exp(x[i] - m);
                    return m + MathF.Log(s);
                }
                """),

            Twin("SsExpSmoothingArray", """
                [Differentiable("logitAlpha", "x")]
                public static float SsExpSmoothingArrayF(float logitAlpha, float[] x)
                {
                    float alpha = 1 / (1 + MathF.Exp(-logitAlpha));
                    int n = x.Length;
                    float[] s = new float[n];
                    s[0] = x[0];
                    for (int t = 1; t < n; t++) s[t] = alpha * x[t] + (1 - alpha) * s[t - 1];
                    float sse = 0;
                    for (int t = 1; t < n; t++)
                    {
                        float e = x[t] - s[t - 1];
                        sse += e * e;
                    }

                    return sse;
                }
                """),
        };

        private static ArrayCase Twin(string doubleTwin, string source) => ArrayCase.FloatTwinOf(All.Single(c => c.Name == doubleTwin), source);

        /// <summary>Counts 0..<paramref name="max"/> − 1 (as int[] data: bounds, factors, indices).</summary>
        private static int[] Counts(Random r, int n, int max) => Enumerable.Range(0, n).Select(_ => r.Next(max)).ToArray();

        private static object[] Binomial(Random r, int n)
        {
            int[] trials = Enumerable.Range(0, n).Select(_ => 1 + r.Next(8)).ToArray();
            int[] successes = trials.Select(t => r.Next(t + 1)).ToArray();
            return new object[] { Uniform(r, -1, 1), Uniform(r, -1, 1), Vector(r, n, -2, 2), trials, successes };
        }

        private static object[] BetaBinomial(Random r, int n)
        {
            int[] trials = Enumerable.Range(0, n).Select(_ => r.Next(7)).ToArray();
            int[] successes = trials.Select(t => r.Next(t + 1)).ToArray();
            return new object[] { Uniform(r, -1, 1.5), Uniform(r, -1, 1.5), successes, trials };
        }

    }
}
