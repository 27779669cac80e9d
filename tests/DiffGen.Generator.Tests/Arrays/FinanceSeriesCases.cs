using System;
using System.Linq;
using DiffGen.Generator.Tests.Infrastructure;
using static DiffGen.Generator.Tests.Arrays.Draw;
using static DiffGen.Generator.Tests.Arrays.SmoothPoints;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// The finance, time-series and signal-processing sweep: models as a quant or an engineer writes them in a notebook
    /// (GARCH and GJR-GARCH likelihoods with their variance recursions, AR(p) and ARMA(1,1) residual recursions, exponential
    /// smoothing, Holt and Holt–Winters with a seasonal array updated in place, Kalman filters, a Hamilton regime filter,
    /// Black–Scholes through a [Differentiable] normal CDF, implied volatility and yield to maturity by Newton's method in a
    /// while or do-while with a tolerance and a cap, binomial trees with early exercise by Math.Max in place, Monte-Carlo
    /// averages over given normals, portfolio variance over a flat covariance, Sharpe, Sortino, drawdown, CVaR, risk parity,
    /// IIR, FIR, Goertzel and DFT filters, a Cox partial likelihood, pinball and Student-t losses). Each uses only what
    /// docs/supported.md calls supported, except the few listed in KnownBugs.NotSupportedYet, whose decline is checked.
    /// Where a method has kinks (Math.Max, Math.Abs, a ternary) its points are drawn where Richardson differences of the
    /// method itself, with two different steps, agree (<see cref="Smooth"/>): the filter reads the method only, never the
    /// generated code.
    /// </summary>
    public static class FinanceSeriesCases
    {
        public static readonly ArrayCase[] All =
        {
            // GARCH(1,1) negative log-likelihood: the variance started at the sample variance (a loop of its own, then /=),
            // then the recursion sigma2 = omega + alpha·r² + beta·sigma2 over the returns.
            new ArrayCase("FsGarchNll", """
                [Differentiable("omega", "alpha", "beta")]
                public static double FsGarchNll(double omega, double alpha, double beta, double[] returns)
                {
                    int n = returns.Length;
                    double sampleVar = 0;
                    for (int t = 0; t < n; t++) sampleVar += returns[t] * returns[t];
                    sampleVar /= n;
                    double sigma2 = sampleVar;
                    double nll = 0;
                    for (int t = 1; t < n; t++)
                    {
                        double r = returns[t - 1];
                        sigma2 = omega + alpha * r * r + beta * sigma2;
                        nll += 0.5 * (Math.Log(2 * Math.PI) + Math.Log(sigma2) + returns[t] * returns[t] / sigma2);
                    }

                    return nll;
                }
                """, (r, n) => new object[] { Uniform(r, 0.01, 0.2), Uniform(r, 0.02, 0.2), Uniform(r, 0.6, 0.9), Vector(r, (3 * n) + 2, -1, 1) }) { Sizes = ArrayCase.NonEmpty },

            // GARCH with a mean, everything differentiated (the returns too): the variance starts at its unconditional value,
            // the update sits in an if (t > 0), and the residual is carried to the next iteration in ePrev.
            new ArrayCase("FsGarchMeanNll", """
                [Differentiable]
                public static double FsGarchMeanNll(double mu, double omega, double alpha, double beta, double[] returns)
                {
                    double sigma2 = omega / (1 - alpha - beta);
                    double ePrev = 0;
                    double ll = 0;
                    for (int t = 0; t < returns.Length; t++)
                    {
                        if (t > 0)
                        {
                            sigma2 = omega + alpha * ePrev * ePrev + beta * sigma2;
                        }

                        double e = returns[t] - mu;
                        ll += -0.5 * Math.Log(2 * Math.PI * sigma2) - e * e / (2 * sigma2);
                        ePrev = e;
                    }

                    return -ll / returns.Length;
                }
                """, (r, n) => new object[] { Uniform(r, -0.1, 0.1), Uniform(r, 0.05, 0.2), Uniform(r, 0.05, 0.15), Uniform(r, 0.6, 0.8), Vector(r, n, -1, 1) }) { Sizes = ArrayCase.NonEmpty },

            // GJR-GARCH: the leverage term switched on by an integer ternary on the sign of the last residual.
            new ArrayCase("FsGjrGarchNll", """
                [Differentiable("omega", "alpha", "gamma", "beta")]
                public static double FsGjrGarchNll(double omega, double alpha, double gamma, double beta, double[] returns)
                {
                    double sigma2 = 0.1;
                    double nll = 0;
                    for (int t = 1; t < returns.Length; t++)
                    {
                        double ePrev = returns[t - 1];
                        sigma2 = omega + (alpha + gamma * (ePrev < 0 ? 1 : 0)) * ePrev * ePrev + beta * sigma2;
                        nll += Math.Log(sigma2) + returns[t] * returns[t] / sigma2;
                    }

                    return 0.5 * nll;
                }
                """, (r, n) => new object[] { Uniform(r, 0.01, 0.1), Uniform(r, 0.02, 0.1), Uniform(r, 0.02, 0.1), Uniform(r, 0.7, 0.9), AwayFromZero(r, (2 * n) + 1, 0.05, 1) }) { Sizes = ArrayCase.NonEmpty },

            // A GARCH likelihood that returns a penalty at once when the parameters leave the stationary region: an early
            // return before the loop, as every notebook writes it.
            new ArrayCase("FsGarchEarlyReturn", """
                [Differentiable("omega", "alpha", "beta")]
                public static double FsGarchEarlyReturn(double omega, double alpha, double beta, double[] returns)
                {
                    if (alpha + beta >= 1) return 1e10;
                    double sigma2 = omega / (1 - alpha - beta);
                    double nll = 0;
                    for (int t = 1; t < returns.Length; t++)
                    {
                        sigma2 = omega + alpha * returns[t - 1] * returns[t - 1] + beta * sigma2;
                        nll += Math.Log(sigma2) + returns[t] * returns[t] / sigma2;
                    }

                    return nll;
                }
                """, (r, n) => new object[] { Uniform(r, 0.01, 0.2), Uniform(r, 0.02, 0.2), Uniform(r, 0.6, 0.75), Vector(r, n + 1, -1, 1) }),

            // AR(p) by conditional least squares: an inner loop over the lags reads y[t - 1 - k]; the mean over n - p terms.
            new ArrayCase("FsArResiduals", """
                [Differentiable("c", "phi")]
                public static double FsArResiduals(double c, double[] phi, double[] y)
                {
                    int p = phi.Length;
                    int n = y.Length;
                    double sse = 0;
                    for (int t = p; t < n; t++)
                    {
                        double pred = c;
                        for (int k = 0; k < p; k++)
                        {
                            pred += phi[k] * y[t - 1 - k];
                        }

                        double e = y[t] - pred;
                        sse += e * e;
                    }

                    return sse / (n - p);
                }
                """, (r, n) => new object[] { Uniform(r, -0.5, 0.5), Vector(r, 3, -0.5, 0.5), Vector(r, n + 4) }),

            // ARMA(1,1) conditional sum of squares: the residual feeds the next one through ePrev.
            new ArrayCase("FsArmaCss", """
                [Differentiable("c", "phi", "theta")]
                public static double FsArmaCss(double c, double phi, double theta, double[] y)
                {
                    double ePrev = 0, css = 0;
                    for (int t = 1; t < y.Length; t++)
                    {
                        double e = y[t] - c - phi * y[t - 1] - theta * ePrev;
                        css += e * e;
                        ePrev = e;
                    }

                    return 0.5 * css;
                }
                """, (r, n) => new object[] { Uniform(r, -0.5, 0.5), Uniform(r, -0.8, 0.8), Uniform(r, -0.8, 0.8), Vector(r, n + 1) }),

            // The same with the data differentiated too (the sensitivity of the fit to each observation).
            new ArrayCase("FsArmaCssAll", """
                [Differentiable]
                public static double FsArmaCssAll(double c, double phi, double theta, double[] y)
                {
                    double ePrev = 0, css = 0;
                    for (int t = 1; t < y.Length; t++)
                    {
                        double e = y[t] - c - phi * y[t - 1] - theta * ePrev;
                        css += e * e;
                        ePrev = e;
                    }

                    return 0.5 * css;
                }
                """, (r, n) => new object[] { Uniform(r, -0.5, 0.5), Uniform(r, -0.8, 0.8), Uniform(r, -0.8, 0.8), Vector(r, n + 1) }),

            // Exact Gaussian AR(1) likelihood: the stationary first term, then the conditional terms.
            new ArrayCase("FsAr1ExactNll", """
                [Differentiable("c", "phi", "logSigma")]
                public static double FsAr1ExactNll(double c, double phi, double logSigma, double[] y)
                {
                    double sigma2 = Math.Exp(2 * logSigma);
                    double mu = c / (1 - phi);
                    double v0 = sigma2 / (1 - phi * phi);
                    double nll = 0.5 * (Math.Log(2 * Math.PI * v0) + (y[0] - mu) * (y[0] - mu) / v0);
                    for (int t = 1; t < y.Length; t++)
                    {
                        double e = y[t] - c - phi * y[t - 1];
                        nll += 0.5 * (Math.Log(2 * Math.PI * sigma2) + e * e / sigma2);
                    }

                    return nll;
                }
                """, (r, n) => new object[] { Uniform(r, -0.5, 0.5), Uniform(r, -0.8, 0.8), Uniform(r, -1, 0.5), Vector(r, n) }) { Sizes = ArrayCase.NonEmpty },

            // Simple exponential smoothing over a foreach: the one-step error, then level += alpha·error.
            new ArrayCase("FsSesSse", """
                [Differentiable("alpha", "level0")]
                public static double FsSesSse(double alpha, double level0, double[] y)
                {
                    double level = level0;
                    double sse = 0;
                    foreach (double obs in y)
                    {
                        double err = obs - level;
                        sse += err * err;
                        level += alpha * err;
                    }

                    return sse;
                }
                """, (r, n) => new object[] { Uniform(r, 0.05, 0.95), Uniform(r, -1, 1), Vector(r, 2 * n) }),

            // Holt's linear trend: the previous level kept in a local, then level and trend overwritten in turn.
            new ArrayCase("FsHolt", """
                [Differentiable("alpha", "beta")]
                public static double FsHolt(double alpha, double beta, double[] y)
                {
                    double level = y[0];
                    double trend = y[1] - y[0];
                    double mse = 0;
                    for (int t = 2; t < y.Length; t++)
                    {
                        double forecast = level + trend;
                        double err = y[t] - forecast;
                        mse += err * err;
                        double prevLevel = level;
                        level = alpha * y[t] + (1 - alpha) * (level + trend);
                        trend = beta * (level - prevLevel) + (1 - beta) * trend;
                    }

                    return mse / (y.Length - 2);
                }
                """, (r, n) => new object[] { Uniform(r, 0.05, 0.95), Uniform(r, 0.05, 0.95), Vector(r, n + 3) }),

            // Additive Holt–Winters: a seasonal local array initialised from the first period, read (forecast, new level) and
            // then overwritten at t % period in every iteration.
            new ArrayCase("FsHoltWintersAdditive", """
                [Differentiable("alpha", "beta", "gamma")]
                public static double FsHoltWintersAdditive(double alpha, double beta, double gamma, double[] y, int period)
                {
                    double[] season = new double[period];
                    double level = 0;
                    for (int i = 0; i < period; i++) level += y[i];
                    level /= period;
                    for (int i = 0; i < period; i++) season[i] = y[i] - level;
                    double trend = (y[period] - y[0]) / period;
                    double sse = 0;
                    for (int t = period; t < y.Length; t++)
                    {
                        int s = t % period;
                        double forecast = level + trend + season[s];
                        double err = y[t] - forecast;
                        sse += err * err;
                        double newLevel = alpha * (y[t] - season[s]) + (1 - alpha) * (level + trend);
                        trend = beta * (newLevel - level) + (1 - beta) * trend;
                        season[s] = gamma * (y[t] - newLevel) + (1 - gamma) * season[s];
                        level = newLevel;
                    }

                    return sse;
                }
                """, (r, n) => new object[] { Uniform(r, 0.1, 0.9), Uniform(r, 0.05, 0.5), Uniform(r, 0.05, 0.5), Vector(r, 8 + (2 * n)), 4 }),

            // The same with the observations differentiated too (and the smoothing parameters).
            new ArrayCase("FsHoltWintersAll", """
                [Differentiable]
                public static double FsHoltWintersAll(double alpha, double beta, double gamma, double[] y, int period)
                {
                    double[] season = new double[period];
                    double level = 0;
                    for (int i = 0; i < period; i++) level += y[i];
                    level /= period;
                    for (int i = 0; i < period; i++) season[i] = y[i] - level;
                    double trend = (y[period] - y[0]) / period;
                    double sse = 0;
                    for (int t = period; t < y.Length; t++)
                    {
                        int s = t % period;
                        double forecast = level + trend + season[s];
                        double err = y[t] - forecast;
                        sse += err * err;
                        double newLevel = alpha * (y[t] - season[s]) + (1 - alpha) * (level + trend);
                        trend = beta * (newLevel - level) + (1 - beta) * trend;
                        season[s] = gamma * (y[t] - newLevel) + (1 - gamma) * season[s];
                        level = newLevel;
                    }

                    return sse;
                }
                """, (r, n) => new object[] { Uniform(r, 0.1, 0.9), Uniform(r, 0.05, 0.5), Uniform(r, 0.05, 0.5), Vector(r, 6 + (2 * n)), 3 }),

            // Multiplicative Holt–Winters with a damped trend: seasonal indices divided and multiplied, updated by *= and
            // a weighted form, the forecast error relative (err / forecast).
            new ArrayCase("FsHoltWintersMultiplicative", """
                [Differentiable("alpha", "beta", "gamma", "phi")]
                public static double FsHoltWintersMultiplicative(double alpha, double beta, double gamma, double phi, double[] y, int period)
                {
                    double[] season = new double[period];
                    double level = 0;
                    for (int i = 0; i < period; i++) level += y[i] / period;
                    for (int i = 0; i < period; i++) season[i] = y[i] / level;
                    double trend = 0;
                    double loss = 0;
                    for (int t = period; t < y.Length; t++)
                    {
                        int s = t % period;
                        double forecast = (level + phi * trend) * season[s];
                        double rel = (y[t] - forecast) / forecast;
                        loss += rel * rel;
                        double prev = level;
                        level = alpha * y[t] / season[s] + (1 - alpha) * (level + phi * trend);
                        trend = beta * (level - prev) + (1 - beta) * phi * trend;
                        season[s] *= 1 - gamma;
                        season[s] += gamma * y[t] / level;
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Uniform(r, 0.1, 0.9), Uniform(r, 0.05, 0.5), Uniform(r, 0.05, 0.5), Uniform(r, 0.8, 0.98), Vector(r, 8 + (2 * n), 5, 15), 4 }),

            // A local-level Kalman filter with missing observations skipped by continue (integer mask); P grows by q every step.
            new ArrayCase("FsKalmanMissing", """
                [Differentiable("q", "r")]
                public static double FsKalmanMissing(double q, double r, double[] y, int[] observed)
                {
                    double m = y[0], p = 1e3, ll = 0;
                    for (int t = 1; t < y.Length; t++)
                    {
                        p += q;
                        if (observed[t] == 0) continue;
                        double f = p + r;
                        double v = y[t] - m;
                        ll += Math.Log(f) + v * v / f;
                        double k = p / f;
                        m += k * v;
                        p *= 1 - k;
                    }

                    return 0.5 * ll;
                }
                """, (r, n) => new object[] { Uniform(r, 0.05, 1), Uniform(r, 0.05, 1), Vector(r, (2 * n) + 1), Enumerable.Range(0, (2 * n) + 1).Select(i => r.Next(4) == 0 ? 0 : 1).ToArray() }) { Sizes = ArrayCase.NonEmpty },

            // The same, with the prediction step inside the if that skips a missing observation (the way it is often written).
            new ArrayCase("FsKalmanMissingBlock", """
                [Differentiable("q", "r")]
                public static double FsKalmanMissingBlock(double q, double r, double[] y, int[] observed)
                {
                    double m = y[0], p = 1e3, ll = 0;
                    for (int t = 1; t < y.Length; t++)
                    {
                        if (observed[t] == 0)
                        {
                            p += q;
                            continue;
                        }

                        p += q;
                        double f = p + r;
                        double v = y[t] - m;
                        ll += Math.Log(f) + v * v / f;
                        double k = p / f;
                        m += k * v;
                        p *= 1 - k;
                    }

                    return 0.5 * ll;
                }
                """, (r, n) => new object[] { Uniform(r, 0.05, 1), Uniform(r, 0.05, 1), Vector(r, (2 * n) + 1), Enumerable.Range(0, (2 * n) + 1).Select(i => r.Next(4) == 0 ? 0 : 1).ToArray() }) { Sizes = ArrayCase.NonEmpty },

            // An AR(1) state observed in noise, Kalman-filtered: log-variances, the stationary start, and the data differentiated.
            new ArrayCase("FsKalmanAr1", """
                [Differentiable]
                public static double FsKalmanAr1(double phi, double logQ, double logR, double[] y)
                {
                    double q = Math.Exp(logQ), r = Math.Exp(logR);
                    double m = 0, P = q / (1 - phi * phi);
                    double nll = 0;
                    for (int t = 0; t < y.Length; t++)
                    {
                        double S = P + r;
                        double v = y[t] - m;
                        nll += 0.5 * (Math.Log(2 * Math.PI * S) + v * v / S);
                        double K = P / S;
                        double mf = m + K * v;
                        double Pf = (1 - K) * P;
                        m = phi * mf;
                        P = phi * phi * Pf + q;
                    }

                    return nll;
                }
                """, (r, n) => new object[] { Uniform(r, -0.9, 0.9), Uniform(r, -2, 0.5), Uniform(r, -2, 0.5), Vector(r, 2 * n) }),

            // Hamilton's filter for a two-state Markov switching mean: filtered probabilities carried from step to step.
            new ArrayCase("FsHamiltonFilter", """
                [Differentiable("mu0", "mu1", "logSigma", "p00Logit", "p11Logit")]
                public static double FsHamiltonFilter(double mu0, double mu1, double logSigma, double p00Logit, double p11Logit, double[] y)
                {
                    double p00 = 1 / (1 + Math.Exp(-p00Logit));
                    double p11 = 1 / (1 + Math.Exp(-p11Logit));
                    double sigma = Math.Exp(logSigma);
                    double xi0 = (1 - p11) / (2 - p00 - p11);
                    double xi1 = 1 - xi0;
                    double nll = 0;
                    for (int t = 0; t < y.Length; t++)
                    {
                        double pred0 = p00 * xi0 + (1 - p11) * xi1;
                        double pred1 = 1 - pred0;
                        double z0 = (y[t] - mu0) / sigma, z1 = (y[t] - mu1) / sigma;
                        double f0 = Math.Exp(-0.5 * z0 * z0) / (sigma * Math.Sqrt(2 * Math.PI));
                        double f1 = Math.Exp(-0.5 * z1 * z1) / (sigma * Math.Sqrt(2 * Math.PI));
                        double lik = pred0 * f0 + pred1 * f1;
                        nll -= Math.Log(lik);
                        xi0 = pred0 * f0 / lik;
                        xi1 = pred1 * f1 / lik;
                    }

                    return nll;
                }
                """, (r, n) => new object[] { Uniform(r, -1, -0.2), Uniform(r, 0.2, 1), Uniform(r, -0.7, 0), Uniform(r, -1, 2), Uniform(r, -1, 2), Vector(r, 2 * n, -1.5, 1.5) }),

            // Ornstein–Uhlenbeck maximum likelihood on the exact discretisation.
            new ArrayCase("FsOuNll", """
                [Differentiable("kappa", "theta", "sigma")]
                public static double FsOuNll(double kappa, double theta, double sigma, double[] x, double dt)
                {
                    double a = Math.Exp(-kappa * dt);
                    double v = sigma * sigma * (1 - a * a) / (2 * kappa);
                    double nll = 0;
                    for (int t = 1; t < x.Length; t++)
                    {
                        double m = theta + (x[t - 1] - theta) * a;
                        nll += 0.5 * Math.Log(2 * Math.PI * v) + (x[t] - m) * (x[t] - m) / (2 * v);
                    }

                    return nll;
                }
                """, (r, n) => new object[] { Uniform(r, 0.5, 3), Uniform(r, -0.5, 0.5), Uniform(r, 0.2, 1), Vector(r, n + 1), 0.1 }),

            // RiskMetrics EWMA variance: lambda fitted by the Gaussian likelihood, the variance updated after its use.
            new ArrayCase("FsEwmaNll", """
                [Differentiable("lambda")]
                public static double FsEwmaNll(double lambda, double[] returns)
                {
                    double variance = returns[0] * returns[0] + 1e-4;
                    double nll = 0;
                    for (int t = 1; t < returns.Length; t++)
                    {
                        nll += Math.Log(variance) + returns[t] * returns[t] / variance;
                        variance = lambda * variance + (1 - lambda) * returns[t] * returns[t];
                    }

                    return nll;
                }
                """, (r, n) => new object[] { Uniform(r, 0.8, 0.99), Vector(r, (2 * n) + 1, -0.05, 0.05) }) { Sizes = ArrayCase.NonEmpty },

            // An EWMA correlation of two series: three recursions in one loop, a ratio at the end.
            new ArrayCase("FsEwmCorrelation", """
                [Differentiable("lambda", "a")]
                public static double FsEwmCorrelation(double lambda, double[] a, double[] b)
                {
                    double va = a[0] * a[0], vb = b[0] * b[0], cov = a[0] * b[0];
                    for (int t = 1; t < a.Length; t++)
                    {
                        va = lambda * va + (1 - lambda) * a[t] * a[t];
                        vb = lambda * vb + (1 - lambda) * b[t] * b[t];
                        cov = lambda * cov + (1 - lambda) * a[t] * b[t];
                    }

                    return cov / Math.Sqrt(va * vb);
                }
                """, (r, n) => new object[] { Uniform(r, 0.5, 0.95), AwayFromZero(r, n, 0.2, 1), AwayFromZero(r, n, 0.2, 1) }) { Sizes = ArrayCase.NonEmpty },

            // Black–Scholes call through a [Differentiable] normal CDF (Abramowitz–Stegun 7.1.26 for erf, |x| and a ternary
            // on the sign), called twice.
            new ArrayCase("FsBlackScholesCall", """
                [Differentiable]
                public static double FsNormCdf(double x)
                {
                    double z = Math.Abs(x) / Math.Sqrt(2);
                    double t = 1 / (1 + 0.3275911 * z);
                    double poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
                    double erf = 1 - poly * Math.Exp(-z * z);
                    return x >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
                }

                [Differentiable("spot", "vol", "rate", "maturity")]
                public static double FsBlackScholesCall(double spot, double strike, double vol, double rate, double maturity)
                {
                    double sqrtT = Math.Sqrt(maturity);
                    double d1 = (Math.Log(spot / strike) + (rate + 0.5 * vol * vol) * maturity) / (vol * sqrtT);
                    double d2 = d1 - vol * sqrtT;
                    return spot * FsNormCdf(d1) - strike * Math.Exp(-rate * maturity) * FsNormCdf(d2);
                }
                """, (r, n) => new object[] { Uniform(r, 0.7, 1.3), 1.0, Uniform(r, 0.1, 0.5), Uniform(r, 0, 0.08), Uniform(r, 0.25, 2) }) { Sizes = ArrayCase.Scalar, Accept = Smooth("FsBlackScholesCall") },

            // A put by put–call parity over a [Differentiable] call helper, plus its vega from a second helper: helpers of
            // helpers, a scalar method throughout.
            new ArrayCase("FsBlackScholesPutParity", """
                [Differentiable]
                public static double FsPhi(double x) => 0.5 * (1 + Math.Tanh(0.7978845608 * (x + 0.044715 * x * x * x)));

                [Differentiable]
                public static double FsCall(double spot, double strike, double vol, double rate, double maturity)
                {
                    double sd = vol * Math.Sqrt(maturity);
                    double d1 = (Math.Log(spot / strike) + rate * maturity) / sd + 0.5 * sd;
                    return spot * FsPhi(d1) - strike * Math.Exp(-rate * maturity) * FsPhi(d1 - sd);
                }

                [Differentiable("spot", "vol")]
                public static double FsBlackScholesPutParity(double spot, double strike, double vol, double rate, double maturity)
                {
                    double call = FsCall(spot, strike, vol, rate, maturity);
                    double put = call - spot + strike * Math.Exp(-rate * maturity);
                    return put;
                }
                """, (r, n) => new object[] { Uniform(r, 0.7, 1.3), 1.0, Uniform(r, 0.1, 0.5), Uniform(r, 0, 0.08), Uniform(r, 0.25, 2) }) { Sizes = ArrayCase.Scalar },

            // Implied volatility by Newton's method in a while with a tolerance and an iteration cap, the price and vega from
            // [Differentiable] helpers; differentiated in the price (the inverse of vega at the solution).
            new ArrayCase("FsImpliedVol", """
                [Differentiable]
                public static double FsIvPhi(double x) => 0.5 * (1 + Math.Tanh(0.7978845608 * (x + 0.044715 * x * x * x)));

                [Differentiable]
                public static double FsIvCall(double spot, double strike, double vol, double rate, double maturity)
                {
                    double sd = vol * Math.Sqrt(maturity);
                    double d1 = (Math.Log(spot / strike) + rate * maturity) / sd + 0.5 * sd;
                    return spot * FsIvPhi(d1) - strike * Math.Exp(-rate * maturity) * FsIvPhi(d1 - sd);
                }

                [Differentiable]
                public static double FsIvVega(double spot, double strike, double vol, double rate, double maturity)
                {
                    double sd = vol * Math.Sqrt(maturity);
                    double d1 = (Math.Log(spot / strike) + rate * maturity) / sd + 0.5 * sd;
                    return spot * Math.Sqrt(maturity) * Math.Exp(-0.5 * d1 * d1) / Math.Sqrt(2 * Math.PI);
                }

                [Differentiable("price")]
                public static double FsImpliedVol(double price, double spot, double strike, double rate, double maturity)
                {
                    double vol = 0.3;
                    double diff = 1;
                    int iter = 0;
                    while (Math.Abs(diff) > 1e-13 && iter < 60)
                    {
                        double call = FsIvCall(spot, strike, vol, rate, maturity);
                        double vega = FsIvVega(spot, strike, vol, rate, maturity);
                        diff = (call - price) / vega;
                        vol -= diff;
                        iter++;
                    }

                    return vol;
                }
                """, (r, n) => new object[] { Uniform(r, 0.08, 0.15), 1.0, 1.0, 0.02, 1.0 }) { Sizes = ArrayCase.Scalar, Accept = Smooth("FsImpliedVol") },

            // Yield to maturity by Newton's method in a do-while, the price and its derivative by a loop over coupons with a
            // running discount factor (disc /= 1 + y); differentiated in the coupon and the price.
            new ArrayCase("FsYieldToMaturity", """
                [Differentiable("coupon", "price")]
                public static double FsYieldToMaturity(double coupon, double price, int years)
                {
                    double y = 0.05;
                    double step;
                    int iter = 0;
                    do
                    {
                        double pv = 0, dpv = 0, disc = 1;
                        for (int t = 1; t <= years; t++)
                        {
                            disc /= 1 + y;
                            pv += coupon * disc;
                            dpv -= t * coupon * disc / (1 + y);
                        }

                        pv += 100 * disc;
                        dpv -= years * 100 * disc / (1 + y);
                        step = (pv - price) / dpv;
                        y -= step;
                        iter++;
                    }
                    while (Math.Abs(step) > 1e-13 && iter < 100);
                    return y;
                }
                """, (r, n) => new object[] { Uniform(r, 2, 8), Uniform(r, 85, 115), 10 }) { Sizes = ArrayCase.Scalar, Accept = Smooth("FsYieldToMaturity") },

            // A Cox–Ross–Rubinstein American put: terminal payoffs by Math.Max, then backward induction in place with early
            // exercise, v[i] = Math.Max(continuation, exercise), the node's price by Math.Pow with an int exponent.
            new ArrayCase("FsBinomialAmericanPut", """
                [Differentiable("spot", "vol", "rate")]
                public static double FsBinomialAmericanPut(double spot, double strike, double vol, double rate, double maturity, int steps)
                {
                    double dt = maturity / steps;
                    double u = Math.Exp(vol * Math.Sqrt(dt));
                    double d = 1 / u;
                    double p = (Math.Exp(rate * dt) - d) / (u - d);
                    double disc = Math.Exp(-rate * dt);
                    double[] v = new double[steps + 1];
                    for (int i = 0; i <= steps; i++)
                    {
                        v[i] = Math.Max(strike - spot * Math.Pow(u, steps - 2 * i), 0);
                    }

                    for (int step = steps - 1; step >= 0; step--)
                    {
                        for (int i = 0; i <= step; i++)
                        {
                            double cont = disc * (p * v[i] + (1 - p) * v[i + 1]);
                            double exercise = strike - spot * Math.Pow(u, step - 2 * i);
                            v[i] = Math.Max(cont, exercise);
                        }
                    }

                    return v[0];
                }
                """, (r, n) => new object[] { Uniform(r, 0.8, 1.2), 1.0, Uniform(r, 0.15, 0.4), Uniform(r, 0.02, 0.08), 1.0, 6 }) { Sizes = ArrayCase.Scalar, Accept = Smooth("FsBinomialAmericanPut") },

            // An American call with a dividend yield: the stock prices in a second local array moved down a level in place
            // (st[i] *= d), the choice by a ternary.
            new ArrayCase("FsBinomialAmericanCallArrays", """
                [Differentiable("spot", "vol", "dividend")]
                public static double FsBinomialAmericanCallArrays(double spot, double strike, double vol, double rate, double dividend, int steps)
                {
                    double dt = 1.0 / steps;
                    double u = Math.Exp(vol * Math.Sqrt(dt)), d = Math.Exp(-vol * Math.Sqrt(dt));
                    double p = (Math.Exp((rate - dividend) * dt) - d) / (u - d);
                    double disc = Math.Exp(-rate * dt);
                    double[] st = new double[steps + 1];
                    double[] v = new double[steps + 1];
                    for (int i = 0; i <= steps; i++)
                    {
                        st[i] = spot * Math.Pow(u, steps - i) * Math.Pow(d, i);
                        v[i] = st[i] > strike ? st[i] - strike : 0.0;
                    }

                    for (int step = steps - 1; step >= 0; step--)
                    {
                        for (int i = 0; i <= step; i++)
                        {
                            st[i] *= d;
                            double cont = disc * (p * v[i] + (1 - p) * v[i + 1]);
                            double exercise = st[i] - strike;
                            v[i] = cont > exercise ? cont : exercise;
                        }
                    }

                    return v[0];
                }
                """, (r, n) => new object[] { Uniform(r, 0.8, 1.2), 1.0, Uniform(r, 0.15, 0.4), 0.03, Uniform(r, 0.03, 0.1), 5 }) { Sizes = ArrayCase.Scalar, Accept = Smooth("FsBinomialAmericanCallArrays") },

            // A European call by Monte Carlo over given standard normals: Math.Max payoff averaged, discounted.
            new ArrayCase("FsMcCall", """
                [Differentiable("spot", "vol", "rate")]
                public static double FsMcCall(double spot, double strike, double vol, double rate, double maturity, double[] z)
                {
                    double drift = (rate - 0.5 * vol * vol) * maturity;
                    double diffusion = vol * Math.Sqrt(maturity);
                    double sum = 0;
                    for (int i = 0; i < z.Length; i++)
                    {
                        double st = spot * Math.Exp(drift + diffusion * z[i]);
                        sum += Math.Max(st - strike, 0.0);
                    }

                    return Math.Exp(-rate * maturity) * sum / z.Length;
                }
                """, (r, n) => new object[] { Uniform(r, 0.8, 1.2), 1.0, Uniform(r, 0.1, 0.4), Uniform(r, 0, 0.05), 1.0, Normals(r, 3 * n) }) { Sizes = ArrayCase.NonEmpty, Accept = Smooth("FsMcCall") },

            // An arithmetic Asian call by Monte Carlo with antithetic paths: two prices multiplied along each path (*=), the
            // normals flat, paths × steps, the count of paths by integer division.
            new ArrayCase("FsMcAsianAntithetic", """
                [Differentiable("spot", "vol")]
                public static double FsMcAsianAntithetic(double spot, double vol, double rate, double strike, double[] z, int steps)
                {
                    int paths = z.Length / steps;
                    double dt = 1.0 / steps;
                    double total = 0;
                    for (int p = 0; p < paths; p++)
                    {
                        double s = spot, sa = spot, avg = 0, avgA = 0;
                        for (int k = 0; k < steps; k++)
                        {
                            double shock = vol * Math.Sqrt(dt) * z[p * steps + k];
                            s *= Math.Exp((rate - 0.5 * vol * vol) * dt + shock);
                            sa *= Math.Exp((rate - 0.5 * vol * vol) * dt - shock);
                            avg += s / steps;
                            avgA += sa / steps;
                        }

                        total += 0.5 * (Math.Max(avg - strike, 0) + Math.Max(avgA - strike, 0));
                    }

                    return Math.Exp(-rate) * total / paths;
                }
                """, (r, n) => new object[] { Uniform(r, 0.8, 1.2), Uniform(r, 0.1, 0.4), 0.02, 1.0, Normals(r, 5 * n), 5 }) { Sizes = ArrayCase.NonEmpty, Accept = Smooth("FsMcAsianAntithetic") },

            // Heston by Euler with full truncation (Math.Max(v, 0)) over two given normal streams; a smooth payoff (S²).
            new ArrayCase("FsHestonMc", """
                [Differentiable("kappa", "theta", "xi", "v0")]
                public static double FsHestonMc(double kappa, double theta, double xi, double v0, double[] z1, double[] z2, int steps, double rho)
                {
                    int paths = z1.Length / steps;
                    double dt = 1.0 / steps, total = 0;
                    for (int p = 0; p < paths; p++)
                    {
                        double logS = 0, v = v0;
                        for (int k = 0; k < steps; k++)
                        {
                            int idx = p * steps + k;
                            double vPos = Math.Max(v, 0);
                            double w2 = rho * z1[idx] + Math.Sqrt(1 - rho * rho) * z2[idx];
                            logS += -0.5 * vPos * dt + Math.Sqrt(vPos * dt) * z1[idx];
                            v += kappa * (theta - vPos) * dt + xi * Math.Sqrt(vPos * dt) * w2;
                        }

                        double st = Math.Exp(logS);
                        total += st * st;
                    }

                    return total / paths;
                }
                """, (r, n) => new object[] { Uniform(r, 1, 3), Uniform(r, 0.04, 0.09), Uniform(r, 0.05, 0.2), Uniform(r, 0.04, 0.09), Normals(r, 4 * n), Normals(r, 4 * n), 4, -0.5 }) { Sizes = ArrayCase.NonEmpty, Accept = Smooth("FsHestonMc") },

            // Discrete delta hedging of a call along a given path: the delta from a [Differentiable] CDF helper in the loop,
            // the cash account grown by *=, the hedge error squared.
            new ArrayCase("FsHedgeError", """
                [Differentiable]
                public static double FsHedgePhi(double x) => 0.5 * (1 + Math.Tanh(0.7978845608 * (x + 0.044715 * x * x * x)));

                [Differentiable("vol")]
                public static double FsHedgeError(double vol, double[] path, double strike, double rate, double maturity)
                {
                    int steps = path.Length - 1;
                    double dt = maturity / steps;
                    double cash = 0, shares = 0;
                    for (int k = 0; k < steps; k++)
                    {
                        double tau = maturity - k * dt;
                        double d1 = (Math.Log(path[k] / strike) + (rate + 0.5 * vol * vol) * tau) / (vol * Math.Sqrt(tau));
                        double delta = FsHedgePhi(d1);
                        cash -= (delta - shares) * path[k];
                        shares = delta;
                        cash *= Math.Exp(rate * dt);
                    }

                    double err = shares * path[steps] + cash - Math.Max(path[steps] - strike, 0);
                    return err * err;
                }
                """, (r, n) => new object[] { Uniform(r, 0.1, 0.4), Prices(r, n + 2, 1.0, 0.05), 1.0, 0.02, 1.0 }) { Sizes = ArrayCase.NonEmpty },

            // SABR implied volatility (Hagan): a ternary for the at-the-money limit of z / x(z), Math.Pow with a data exponent.
            new ArrayCase("FsSabrVol", """
                [Differentiable("alpha", "rho", "nu")]
                public static double FsSabrVol(double forward, double strike, double maturity, double alpha, double beta, double rho, double nu)
                {
                    double fk = forward * strike;
                    double logFk = Math.Log(forward / strike);
                    double fkBeta = Math.Pow(fk, (1 - beta) / 2);
                    double z = nu / alpha * fkBeta * logFk;
                    double xz = Math.Log((Math.Sqrt(1 - 2 * rho * z + z * z) + z - rho) / (1 - rho));
                    double zOverX = Math.Abs(z) < 1e-7 ? 1 : z / xz;
                    double oneMinusBeta = 1 - beta;
                    double denom = fkBeta * (1 + oneMinusBeta * oneMinusBeta / 24 * logFk * logFk + Math.Pow(oneMinusBeta, 4) / 1920 * Math.Pow(logFk, 4));
                    double correction = 1 + (oneMinusBeta * oneMinusBeta / 24 * alpha * alpha / (fkBeta * fkBeta) + 0.25 * rho * beta * nu * alpha / fkBeta + (2 - 3 * rho * rho) / 24 * nu * nu) * maturity;
                    return alpha / denom * zOverX * correction;
                }
                """, (r, n) => new object[] { 1.0, Uniform(r, 0.6, 0.9), 1.0, Uniform(r, 0.1, 0.4), 0.5, Uniform(r, -0.6, 0.3), Uniform(r, 0.2, 0.8) }) { Sizes = ArrayCase.Scalar },

            // A growing annuity summed until the term is negligible: while (true) left by a break on a tolerance or a cap.
            new ArrayCase("FsGrowingAnnuity", """
                [Differentiable("rate", "growth")]
                public static double FsGrowingAnnuity(double rate, double growth, double cashflow)
                {
                    double pv = 0, term = cashflow / (1 + rate);
                    int t = 0;
                    while (true)
                    {
                        pv += term;
                        term *= (1 + growth) / (1 + rate);
                        t++;
                        if (term < 1e-15 * pv || t >= 5000) break;
                    }

                    return pv;
                }
                """, (r, n) => new object[] { Uniform(r, 0.06, 0.12), Uniform(r, 0, 0.04), Uniform(r, 1, 5) }) { Sizes = ArrayCase.Scalar, Accept = Smooth("FsGrowingAnnuity") },

            // Convexity less duration² of a bond under continuous compounding: three sums over the cash flows.
            new ArrayCase("FsConvexity", """
                [Differentiable("y", "cashflows")]
                public static double FsConvexity(double y, double[] cashflows, double[] times)
                {
                    double price = 0, weighted = 0, convex = 0;
                    for (int i = 0; i < cashflows.Length; i++)
                    {
                        double df = Math.Exp(-y * times[i]);
                        price += cashflows[i] * df;
                        weighted += times[i] * cashflows[i] * df;
                        convex += times[i] * times[i] * cashflows[i] * df;
                    }

                    double duration = weighted / price;
                    return convex / price - duration * duration;
                }
                """, (r, n) => new object[] { Uniform(r, 0.01, 0.08), Vector(r, n, 1, 10), Enumerable.Range(1, n).Select(i => 0.5 * i).ToArray() }) { Sizes = ArrayCase.NonEmpty },

            // Discount factors bootstrapped from par rates: each element of a local array from the running annuity of those
            // before it; then zero rates weighted by maturity.
            new ArrayCase("FsBootstrapZeroCurve", """
                [Differentiable("parRates")]
                public static double FsBootstrapZeroCurve(double[] parRates, double[] weights)
                {
                    int n = parRates.Length;
                    double[] df = new double[n];
                    double annuity = 0;
                    for (int i = 0; i < n; i++)
                    {
                        df[i] = (1 - parRates[i] * annuity) / (1 + parRates[i]);
                        annuity += df[i];
                    }

                    double s = 0;
                    for (int i = 0; i < n; i++)
                    {
                        double zero = -Math.Log(df[i]) / (i + 1);
                        s += weights[i] * zero;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, 0.01, 0.06), Vector(r, n, 0.5, 2) }) { Sizes = ArrayCase.NonEmpty },

            // Nelson–Siegel yield-curve fit: the loading (1 − e^(−x))/x of each maturity over tau.
            new ArrayCase("FsNelsonSiegelSse", """
                [Differentiable("beta0", "beta1", "beta2", "tau")]
                public static double FsNelsonSiegelSse(double beta0, double beta1, double beta2, double tau, double[] maturities, double[] yields)
                {
                    double sse = 0;
                    for (int i = 0; i < maturities.Length; i++)
                    {
                        double x = maturities[i] / tau;
                        double decay = Math.Exp(-x);
                        double loading = (1 - decay) / x;
                        double fitted = beta0 + beta1 * loading + beta2 * (loading - decay);
                        sse += (fitted - yields[i]) * (fitted - yields[i]);
                    }

                    return sse;
                }
                """, (r, n) => new object[] { Uniform(r, 0.02, 0.06), Uniform(r, -0.03, 0.03), Uniform(r, -0.03, 0.03), Uniform(r, 0.5, 3), Vector(r, n, 0.25, 30), Vector(r, n, 0.01, 0.06) }),

            // Almgren–Chriss execution cost along the sinh trajectory, the previous holding carried in a local.
            new ArrayCase("FsAlmgrenChriss", """
                [Differentiable("kappa")]
                public static double FsAlmgrenChriss(double kappa, double shares, double eta, double lambdaRisk, double sigma, int steps)
                {
                    double tau = 1.0 / steps;
                    double total = 0, prev = shares;
                    for (int k = 1; k <= steps; k++)
                    {
                        double holding = shares * Math.Sinh(kappa * (1 - k * tau)) / Math.Sinh(kappa);
                        double trade = prev - holding;
                        total += eta * trade * trade / tau + lambdaRisk * sigma * sigma * tau * holding * holding;
                        prev = holding;
                    }

                    return total;
                }
                """, (r, n) => new object[] { Uniform(r, 0.2, 3), 1000.0, Uniform(r, 0.01, 0.1), Uniform(r, 0.1, 1), Uniform(r, 0.1, 0.4), 10 }) { Sizes = ArrayCase.Scalar },

            // Portfolio variance wᵀΣw with Σ flat (row-major, n = w.Length), both differentiated.
            new ArrayCase("FsPortfolioVariance", """
                [Differentiable]
                public static double FsPortfolioVariance(double[] w, double[] cov)
                {
                    int n = w.Length;
                    double variance = 0;
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            variance += w[i] * cov[i * n + j] * w[j];
                    return variance;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Covariance(r, n) }),

            // Portfolio volatility over the upper triangle (an integer ternary doubles the off-diagonal terms), then its root.
            new ArrayCase("FsPortfolioVolTriangle", """
                [Differentiable("w")]
                public static double FsPortfolioVolTriangle(double[] w, double[] cov)
                {
                    int n = w.Length;
                    double variance = 0;
                    for (int i = 0; i < n; i++)
                    {
                        for (int j = i; j < n; j++)
                        {
                            variance += (i == j ? 1 : 2) * w[i] * cov[i * n + j] * w[j];
                        }
                    }

                    return Math.Sqrt(variance);
                }
                """, (r, n) => new object[] { Vector(r, n, 0.2, 1), Covariance(r, n) }) { Sizes = ArrayCase.NonEmpty },

            // Sharpe ratio of a portfolio over a double[,] of returns: portfolio returns in a local array, mean, then the
            // sample standard deviation (T − 1), annualised by √252. A local named var.
            new ArrayCase("FsSharpe", """
                [Differentiable("w")]
                public static double FsSharpe(double[] w, double[,] returns, double riskFree)
                {
                    int T = returns.GetLength(0), n = returns.GetLength(1);
                    double[] port = new double[T];
                    double mean = 0;
                    for (int t = 0; t < T; t++)
                    {
                        double r = 0;
                        for (int i = 0; i < n; i++) r += w[i] * returns[t, i];
                        port[t] = r - riskFree;
                        mean += port[t];
                    }

                    mean /= T;
                    double var = 0;
                    for (int t = 0; t < T; t++) var += (port[t] - mean) * (port[t] - mean);
                    double sd = Math.Sqrt(var / (T - 1));
                    return Math.Sqrt(252) * mean / sd;
                }
                """, (r, n) => new object[] { Vector(r, 3, 0.1, 1), ReturnsMatrix(r, n + 3, 3), 0.0001 }),

            // Sortino ratio: downside deviation from Math.Min(r − target, 0).
            new ArrayCase("FsSortino", """
                [Differentiable("w")]
                public static double FsSortino(double[] w, double[,] returns, double target)
                {
                    int T = returns.GetLength(0);
                    double mean = 0, downside = 0;
                    for (int t = 0; t < T; t++)
                    {
                        double r = 0;
                        for (int i = 0; i < w.Length; i++) r += w[i] * returns[t, i];
                        mean += r / T;
                        double shortfall = Math.Min(r - target, 0);
                        downside += shortfall * shortfall / T;
                    }

                    return -mean / Math.Sqrt(downside + 1e-12);
                }
                """, (r, n) => new object[] { Vector(r, 3, 0.1, 1), ReturnsMatrix(r, n + 3, 3), 0.0 }) { Accept = Smooth("FsSortino") },

            // Mean–variance utility with a budget penalty: the row Σw computed inside the loop over assets.
            new ArrayCase("FsMeanVariance", """
                [Differentiable("w")]
                public static double FsMeanVariance(double[] w, double[] mu, double[] cov, double riskAversion)
                {
                    int n = w.Length;
                    double ret = 0, risk = 0, budget = -1;
                    for (int i = 0; i < n; i++)
                    {
                        ret += w[i] * mu[i];
                        budget += w[i];
                        double row = 0;
                        for (int j = 0; j < n; j++) row += cov[i * n + j] * w[j];
                        risk += w[i] * row;
                    }

                    return -(ret - 0.5 * riskAversion * risk) + 100 * budget * budget;
                }
                """, (r, n) => new object[] { Vector(r, n, 0, 1), Vector(r, n, -0.1, 0.2), Covariance(r, n), Uniform(r, 1, 5) }),

            // Softmax weights (running max by an if, a local array normalised by /=) into a mean–variance objective.
            new ArrayCase("FsSoftmaxPortfolio", """
                [Differentiable("theta")]
                public static double FsSoftmaxPortfolio(double[] theta, double[] cov, double[] mu, double lambda)
                {
                    int n = theta.Length;
                    double max = theta[0];
                    for (int i = 1; i < n; i++) if (theta[i] > max) max = theta[i];
                    double[] w = new double[n];
                    double z = 0;
                    for (int i = 0; i < n; i++)
                    {
                        w[i] = Math.Exp(theta[i] - max);
                        z += w[i];
                    }

                    for (int i = 0; i < n; i++) w[i] /= z;
                    double risk = 0, ret = 0;
                    for (int i = 0; i < n; i++)
                    {
                        ret += w[i] * mu[i];
                        for (int j = 0; j < n; j++) risk += w[i] * cov[i * n + j] * w[j];
                    }

                    return lambda * risk - ret;
                }
                """, (r, n) => new object[] { Separated(r, n), Covariance(r, n), Vector(r, n, -0.1, 0.2), Uniform(r, 1, 5) }) { Sizes = ArrayCase.NonEmpty },

            // Risk parity: marginal risks in a local array added to (+=), each asset's share of the total against 1/n.
            new ArrayCase("FsRiskParity", """
                [Differentiable("w")]
                public static double FsRiskParity(double[] w, double[] cov)
                {
                    int n = w.Length;
                    double[] marginal = new double[n];
                    double total = 0;
                    for (int i = 0; i < n; i++)
                    {
                        for (int j = 0; j < n; j++) marginal[i] += cov[i * n + j] * w[j];
                        total += w[i] * marginal[i];
                    }

                    double loss = 0;
                    for (int i = 0; i < n; i++)
                    {
                        double contribution = w[i] * marginal[i] / total;
                        double diff = contribution - 1.0 / n;
                        loss += diff * diff;
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Vector(r, n, 0.2, 1), Covariance(r, n) }) { Sizes = ArrayCase.NonEmpty },

            // CVaR by Rockafellar–Uryasev with a softplus for the hinge (a ternary above 30): the scenario losses flat.
            new ArrayCase("FsCvarSmooth", """
                [Differentiable("w", "var")]
                public static double FsCvarSmooth(double[] w, double var, double[] scenarios, double alpha, double temperature)
                {
                    int n = w.Length;
                    int s = scenarios.Length / n;
                    double tail = 0;
                    for (int k = 0; k < s; k++)
                    {
                        double loss = 0;
                        for (int i = 0; i < n; i++) loss -= w[i] * scenarios[k * n + i];
                        double z = (loss - var) / temperature;
                        tail += z > 30 ? z : Math.Log(1 + Math.Exp(z));
                    }

                    return var + temperature * tail / ((1 - alpha) * s);
                }
                """, (r, n) => new object[] { Vector(r, 3, 0, 1), Uniform(r, -0.1, 0.1), Vector(r, 3 * (n + 2), -0.2, 0.2), 0.95, Uniform(r, 0.01, 0.1) }),

            // Maximum drawdown of a portfolio's wealth: wealth *= 1 + r, a running peak by Math.Max beside other work, and a
            // running maximum of the drawdown.
            new ArrayCase("FsMaxDrawdown", """
                [Differentiable("weights")]
                public static double FsMaxDrawdown(double[] weights, double[,] returns)
                {
                    double wealth = 1, peak = 1, maxDd = 0;
                    for (int t = 0; t < returns.GetLength(0); t++)
                    {
                        double r = 0;
                        for (int i = 0; i < weights.Length; i++) r += weights[i] * returns[t, i];
                        wealth *= 1 + r;
                        peak = Math.Max(peak, wealth);
                        double dd = (peak - wealth) / peak;
                        maxDd = Math.Max(maxDd, dd);
                    }

                    return maxDd;
                }
                """, (r, n) => new object[] { Vector(r, 3, 0.2, 1), ReturnsMatrix(r, n + 4, 3), }) { Accept = Smooth("FsMaxDrawdown") },

            // Kelly growth over scenarios, the log's argument floored by Math.Max; differentiated in the scalar fraction.
            new ArrayCase("FsKelly", """
                [Differentiable("f")]
                public static double FsKelly(double f, double[] outcomes, double[] probs)
                {
                    double g = 0;
                    for (int i = 0; i < outcomes.Length; i++)
                    {
                        g += probs[i] * Math.Log(Math.Max(1 + f * outcomes[i], 1e-8));
                    }

                    return -g;
                }
                """, (r, n) => new object[] { Uniform(r, 0, 1), Vector(r, n, -0.5, 0.8), Vector(r, n, 0.05, 0.3) }),

            // A stop-loss rule: trading until wealth falls below a stop (a while left by a break), log wealth at the end.
            new ArrayCase("FsStopLossWealth", """
                [Differentiable("leverage")]
                public static double FsStopLossWealth(double leverage, double[] returns, double stop)
                {
                    double wealth = 1;
                    int t = 0;
                    while (t < returns.Length)
                    {
                        wealth *= 1 + leverage * returns[t];
                        t++;
                        if (wealth < stop) break;
                    }

                    return Math.Log(wealth);
                }
                """, (r, n) => new object[] { Uniform(r, 0.5, 3), Vector(r, 2 * n, -0.1, 0.1), 0.85 }) { Accept = Smooth("FsStopLossWealth") },

            // Transaction-cost-aware EMA crossover: fast and slow EMAs, a tanh position, turnover cost by Math.Abs.
            new ArrayCase("FsEmaCrossoverPnl", """
                [Differentiable("fastAlpha", "slowAlpha", "k")]
                public static double FsEmaCrossoverPnl(double fastAlpha, double slowAlpha, double k, double[] prices, double cost)
                {
                    double fast = prices[0], slow = prices[0];
                    double position = 0, pnl = 0;
                    for (int t = 1; t < prices.Length; t++)
                    {
                        pnl += position * (prices[t] - prices[t - 1]);
                        fast += fastAlpha * (prices[t] - fast);
                        slow += slowAlpha * (prices[t] - slow);
                        double target = Math.Tanh(k * (fast - slow));
                        pnl -= cost * Math.Abs(target - position);
                        position = target;
                    }

                    return -pnl;
                }
                """, (r, n) => new object[] { Uniform(r, 0.2, 0.6), Uniform(r, 0.02, 0.15), Uniform(r, 0.5, 5), Prices(r, (2 * n) + 1, 1.0, 0.03), 0.001 }) { Sizes = ArrayCase.NonEmpty, Accept = Smooth("FsEmaCrossoverPnl") },

            // Market impact cost |v/V|^1.5·|v| over a schedule, plus a completion penalty on the inventory.
            new ArrayCase("FsImpactCost", """
                [Differentiable("trades")]
                public static double FsImpactCost(double[] trades, double[] volume, double impact)
                {
                    double cost = 0, inventory = 0;
                    for (int t = 0; t < trades.Length; t++)
                    {
                        double participation = trades[t] / volume[t];
                        cost += impact * Math.Pow(Math.Abs(participation), 1.5) * Math.Abs(trades[t]);
                        inventory += trades[t];
                    }

                    return cost + (inventory - 1) * (inventory - 1);
                }
                """, (r, n) => new object[] { AwayFromZero(r, n, 0.05, 0.5), Vector(r, n, 1, 3), 0.1 }),

            // Log returns into a local array, their mean, then annualised realised volatility (n − 1 in the denominator).
            new ArrayCase("FsRealizedVol", """
                [Differentiable]
                public static double FsRealizedVol(double[] prices)
                {
                    int n = prices.Length - 1;
                    double[] r = new double[n];
                    double mean = 0;
                    for (int t = 0; t < n; t++)
                    {
                        r[t] = Math.Log(prices[t + 1] / prices[t]);
                        mean += r[t];
                    }

                    mean /= n;
                    double ss = 0;
                    for (int t = 0; t < n; t++) ss += (r[t] - mean) * (r[t] - mean);
                    return Math.Sqrt(252.0 * ss / (n - 1));
                }
                """, (r, n) => new object[] { Prices(r, n + 3, 1.0, 0.02) }) { Accept = Smooth("FsRealizedVol") },

            // Parkinson's range-based volatility: ln(H/L)² summed, 4·n·ln 2 with an int product in the denominator.
            new ArrayCase("FsParkinsonVol", """
                [Differentiable]
                public static double FsParkinsonVol(double[] high, double[] low)
                {
                    double sum = 0;
                    for (int i = 0; i < high.Length; i++)
                    {
                        double hl = Math.Log(high[i] / low[i]);
                        sum += hl * hl;
                    }

                    return Math.Sqrt(sum / (4 * high.Length * Math.Log(2)));
                }
                """, (r, n) => new object[] { Vector(r, n, 1.02, 1.1), Vector(r, n, 0.9, 0.98) }) { Sizes = ArrayCase.NonEmpty },

            // CAPM regression with a Huber loss: |r| in a local, the choice by a ternary.
            new ArrayCase("FsCapmHuber", """
                [Differentiable("alpha", "beta")]
                public static double FsCapmHuber(double alpha, double beta, double[] asset, double[] market, double delta)
                {
                    double loss = 0;
                    for (int t = 0; t < asset.Length; t++)
                    {
                        double r = asset[t] - alpha - beta * market[t];
                        double a = Math.Abs(r);
                        loss += a <= delta ? 0.5 * r * r : delta * (a - 0.5 * delta);
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Uniform(r, -0.5, 0.5), Uniform(r, 0.5, 1.5), Vector(r, 2 * n), Vector(r, 2 * n), 0.5 }) { Accept = Smooth("FsCapmHuber") },

            // Pinball (quantile) loss by a ternary on the sign of the residual.
            new ArrayCase("FsPinballLoss", """
                [Differentiable("q")]
                public static double FsPinballLoss(double[] q, double[] y, double tau)
                {
                    double loss = 0;
                    for (int i = 0; i < y.Length; i++)
                    {
                        double u = y[i] - q[i];
                        loss += u >= 0 ? tau * u : (tau - 1) * u;
                    }

                    return loss / y.Length;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n), Uniform(r, 0.05, 0.95) }) { Sizes = ArrayCase.NonEmpty, Accept = Smooth("FsPinballLoss") },

            // Several quantiles at once: tau from integers ((k + 1.0) / (m + 1)), predictions flat [i * m + k], the pinball
            // by Math.Max, and a penalty on crossing quantiles by Math.Max(0, ...).
            new ArrayCase("FsMultiQuantile", """
                [Differentiable("q")]
                public static double FsMultiQuantile(double[] q, double[] y, int m)
                {
                    double loss = 0;
                    for (int i = 0; i < y.Length; i++)
                    {
                        for (int k = 0; k < m; k++)
                        {
                            double tau = (k + 1.0) / (m + 1);
                            double u = y[i] - q[i * m + k];
                            loss += Math.Max(tau * u, (tau - 1) * u);
                            if (k + 1 < m)
                            {
                                double crossing = Math.Max(0, q[i * m + k] - q[i * m + k + 1]);
                                loss += 10 * crossing * crossing;
                            }
                        }
                    }

                    return loss / y.Length;
                }
                """, (r, n) => new object[] { Vector(r, 3 * n), Vector(r, n), 3 }) { Sizes = ArrayCase.NonEmpty, Accept = Smooth("FsMultiQuantile") },

            // Cox partial likelihood over rows sorted by time: the linear predictors in a local array (+= from zero), the risk
            // set's sum built backwards, events from an int[] and censored rows skipped by continue.
            new ArrayCase("FsCoxNll", """
                [Differentiable("beta")]
                public static double FsCoxNll(double[] beta, double[,] X, int[] events)
                {
                    int n = X.GetLength(0), p = X.GetLength(1);
                    double[] eta = new double[n];
                    for (int i = 0; i < n; i++)
                    {
                        for (int j = 0; j < p; j++) eta[i] += beta[j] * X[i, j];
                    }

                    double riskSum = 0, ll = 0;
                    for (int i = n - 1; i >= 0; i--)
                    {
                        riskSum += Math.Exp(eta[i]);
                        if (events[i] == 0) continue;
                        ll += eta[i] - Math.Log(riskSum);
                    }

                    return -ll;
                }
                """, (r, n) => new object[] { Vector(r, 3, -1, 1), MatrixDataCases.Matrix(r, n, 3), Enumerable.Range(0, n).Select(i => r.Next(3) == 0 ? 0 : 1).ToArray() }) { Sizes = ArrayCase.NonEmpty },

            // Student-t likelihood with log-Γ from a [Differentiable] helper that shifts its argument up in a while (its
            // parameter assigned) before Stirling's series.
            new ArrayCase("FsStudentTNll", """
                [Differentiable]
                public static double FsLogGamma(double x)
                {
                    double shift = 0;
                    while (x < 7)
                    {
                        shift -= Math.Log(x);
                        x += 1;
                    }

                    double inv = 1 / x, inv2 = inv * inv;
                    return (x - 0.5) * Math.Log(x) - x + 0.5 * Math.Log(2 * Math.PI) + inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 / 1260)) + shift;
                }

                [Differentiable("mu", "logScale", "logNuMinus2")]
                public static double FsStudentTNll(double mu, double logScale, double logNuMinus2, double[] x)
                {
                    double nu = 2 + Math.Exp(logNuMinus2);
                    double scale = Math.Exp(logScale);
                    double constant = FsLogGamma(0.5 * (nu + 1)) - FsLogGamma(0.5 * nu) - 0.5 * Math.Log(nu * Math.PI) - logScale;
                    double ll = 0;
                    foreach (double xi in x)
                    {
                        double z = (xi - mu) / scale;
                        ll += constant - 0.5 * (nu + 1) * Math.Log(1 + z * z / nu);
                    }

                    return -ll;
                }
                """, (r, n) => new object[] { Uniform(r, -0.5, 0.5), Uniform(r, -1, 0.5), Uniform(r, -1, 2.5), Vector(r, n, -3, 3) }) { Sizes = ArrayCase.NonEmpty, Accept = Smooth("FsStudentTNll") },

            // A biquad IIR (direct form I) fitted to a target response: two input and two output delays shifted each sample.
            new ArrayCase("FsBiquadFit", """
                [Differentiable("b", "a")]
                public static double FsBiquadFit(double[] b, double[] a, double[] x, double[] target)
                {
                    double x1 = 0, x2 = 0, y1 = 0, y2 = 0, loss = 0;
                    for (int n = 0; n < x.Length; n++)
                    {
                        double y = b[0] * x[n] + b[1] * x1 + b[2] * x2 - a[0] * y1 - a[1] * y2;
                        x2 = x1;
                        x1 = x[n];
                        y2 = y1;
                        y1 = y;
                        double e = y - target[n];
                        loss += e * e;
                    }

                    return loss / x.Length;
                }
                """, (r, n) => new object[] { Vector(r, 3, -1, 1), new[] { Uniform(r, -0.5, 0.5), Uniform(r, -0.3, 0.3) }, Vector(r, 2 * n), Vector(r, 2 * n) }) { Sizes = ArrayCase.NonEmpty },

            // A one-pole low-pass y[n] = y[n−1] + a·(x[n] − y[n−1]) written into a local output array, then compared.
            new ArrayCase("FsOnePoleArray", """
                [Differentiable("a", "x")]
                public static double FsOnePoleArray(double a, double[] x, double[] target)
                {
                    double[] y = new double[x.Length];
                    y[0] = a * x[0];
                    for (int n = 1; n < x.Length; n++) y[n] = y[n - 1] + a * (x[n] - y[n - 1]);
                    double loss = 0;
                    for (int n = 0; n < x.Length; n++) loss += (y[n] - target[n]) * (y[n] - target[n]);
                    return loss;
                }
                """, (r, n) => new object[] { Uniform(r, 0.05, 0.95), Vector(r, n), Vector(r, n) }) { Sizes = ArrayCase.NonEmpty },

            // An FIR filter fitted by least squares, the inner bound by Math.Min of ints (causal start).
            new ArrayCase("FsFirFit", """
                [Differentiable("h")]
                public static double FsFirFit(double[] h, double[] x, double[] y)
                {
                    int taps = h.Length;
                    double loss = 0;
                    for (int n = 0; n < x.Length; n++)
                    {
                        double acc = 0;
                        for (int k = 0; k <= Math.Min(n, taps - 1); k++)
                        {
                            acc += h[k] * x[n - k];
                        }

                        double e = acc - y[n];
                        loss += e * e;
                    }

                    return 0.5 * loss;
                }
                """, (r, n) => new object[] { Vector(r, 4, -1, 1), Vector(r, 2 * n), Vector(r, 2 * n) }),

            // A Savitzky–Golay smoother with constant coefficients in a local array, k from −2 to 2, the roughness it leaves.
            new ArrayCase("FsSavGolRoughness", """
                [Differentiable("x")]
                public static double FsSavGolRoughness(double[] x)
                {
                    double[] c = { -3, 12, 17, 12, -3 };
                    double rough = 0;
                    for (int t = 2; t < x.Length - 2; t++)
                    {
                        double smooth = 0;
                        for (int k = -2; k <= 2; k++) smooth += c[k + 2] * x[t + k];
                        smooth /= 35;
                        double d = x[t] - smooth;
                        rough += d * d;
                    }

                    return rough;
                }
                """, (r, n) => new object[] { Vector(r, n + 4) }),

            // A DFT magnitude loss: Math.Cos and Math.Sin of 2πkt/n (int k·t), re and im by += and −=, a magnitude per bin.
            new ArrayCase("FsDftMagnitudeLoss", """
                [Differentiable("x")]
                public static double FsDftMagnitudeLoss(double[] x, double[] targetMag)
                {
                    int n = x.Length;
                    double loss = 0;
                    for (int k = 0; k < targetMag.Length; k++)
                    {
                        double re = 0, im = 0;
                        for (int t = 0; t < n; t++)
                        {
                            double angle = 2 * Math.PI * k * t / n;
                            re += x[t] * Math.Cos(angle);
                            im -= x[t] * Math.Sin(angle);
                        }

                        double mag = Math.Sqrt(re * re + im * im + 1e-12);
                        loss += (mag - targetMag[k]) * (mag - targetMag[k]);
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, (n / 2) + 1, 0, 2) }) { Sizes = ArrayCase.NonEmpty },

            // Goertzel's single-bin power: an IIR of two delays, the frequency differentiated through the coefficient.
            new ArrayCase("FsGoertzelPower", """
                [Differentiable("x", "freq")]
                public static double FsGoertzelPower(double[] x, double freq)
                {
                    double coeff = 2 * Math.Cos(2 * Math.PI * freq / x.Length);
                    double s1 = 0, s2 = 0;
                    foreach (double v in x)
                    {
                        double s = v + coeff * s1 - s2;
                        s2 = s1;
                        s1 = s;
                    }

                    return s1 * s1 + s2 * s2 - coeff * s1 * s2;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.2, 2.5) }) { Sizes = ArrayCase.NonEmpty },

            // A median-of-three spike filter by Math.Max and Math.Min, against a target.
            new ArrayCase("FsMedian3Loss", """
                [Differentiable("x")]
                public static double FsMedian3Loss(double[] x, double[] y)
                {
                    double loss = 0;
                    for (int t = 1; t + 1 < x.Length; t++)
                    {
                        double a = x[t - 1], b = x[t], c = x[t + 1];
                        double med = Math.Max(Math.Min(a, b), Math.Min(Math.Max(a, b), c));
                        loss += (med - y[t]) * (med - y[t]);
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Separated(r, n + 2), Vector(r, n + 2) }),

            // A smoothed L1 trend filter: squared fit plus √(second difference² + ε).
            new ArrayCase("FsTrendFilter", """
                [Differentiable("x")]
                public static double FsTrendFilter(double[] x, double[] y, double lambda)
                {
                    double fit = 0, penalty = 0;
                    for (int t = 0; t < x.Length; t++)
                    {
                        fit += (y[t] - x[t]) * (y[t] - x[t]);
                        if (t == 0 || t == x.Length - 1) continue;
                        double d2 = x[t - 1] - 2 * x[t] + x[t + 1];
                        penalty += Math.Sqrt(d2 * d2 + 1e-6);
                    }

                    return fit + lambda * penalty;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n), Uniform(r, 0.1, 2) }),

            // A rolling z-score, the window's mean and variance by inner loops after 'if (t < window) continue;'.
            new ArrayCase("FsRollingZScore", """
                [Differentiable("x")]
                public static double FsRollingZScore(double[] x, int window)
                {
                    double score = 0;
                    for (int t = 0; t < x.Length; t++)
                    {
                        if (t < window) continue;
                        double mean = 0;
                        for (int j = t - window; j < t; j++) mean += x[j];
                        mean /= window;
                        double var = 0;
                        for (int j = t - window; j < t; j++) var += (x[j] - mean) * (x[j] - mean);
                        double z = (x[t] - mean) / Math.Sqrt(var / (window - 1) + 1e-8);
                        score += z * z;
                    }

                    return score;
                }
                """, (r, n) => new object[] { Vector(r, n + 3), 3 }),

            // The same z-score with the loop started at the window, as the decline of the one above advises.
            new ArrayCase("FsRollingZScoreFromWindow", """
                [Differentiable("x")]
                public static double FsRollingZScoreFromWindow(double[] x, int window)
                {
                    double score = 0;
                    for (int t = window; t < x.Length; t++)
                    {
                        double mean = 0;
                        for (int j = t - window; j < t; j++) mean += x[j];
                        mean /= window;
                        double var = 0;
                        for (int j = t - window; j < t; j++) var += (x[j] - mean) * (x[j] - mean);
                        double z = (x[t] - mean) / Math.Sqrt(var / (window - 1) + 1e-8);
                        score += z * z;
                    }

                    return score;
                }
                """, (r, n) => new object[] { Vector(r, n + 3), 3 }),

            // The Ljung–Box statistic of residuals: autocorrelations up to a lag, n(n + 2)·Σ ρ²/(n − k) with int factors.
            new ArrayCase("FsLjungBox", """
                [Differentiable]
                public static double FsLjungBox(double[] e, int lags)
                {
                    int n = e.Length;
                    double mean = 0;
                    for (int t = 0; t < n; t++) mean += e[t];
                    mean /= n;
                    double c0 = 0;
                    for (int t = 0; t < n; t++) c0 += (e[t] - mean) * (e[t] - mean);
                    double q = 0;
                    for (int k = 1; k <= lags; k++)
                    {
                        double ck = 0;
                        for (int t = k; t < n; t++) ck += (e[t] - mean) * (e[t - k] - mean);
                        double rho = ck / c0;
                        q += rho * rho / (n - k);
                    }

                    return n * (n + 2) * q;
                }
                """, (r, n) => new object[] { Vector(r, n + 4), 3 }),

            // Seasonal dummies fitted with a sum-to-zero penalty: mean *= 1.0 / period, the index t % period.
            new ArrayCase("FsSeasonalDummyFit", """
                [Differentiable("seasonal")]
                public static double FsSeasonalDummyFit(double[] seasonal, double[] y, int period)
                {
                    double mean = 0;
                    for (int k = 0; k < period; k++) mean += seasonal[k];
                    mean *= 1.0 / period;
                    double loss = 0;
                    for (int t = 0; t < y.Length; t++)
                    {
                        double e = y[t] - (seasonal[t % period] - mean);
                        loss += e * e;
                    }

                    return loss / y.Length + 10 * mean * mean;
                }
                """, (r, n) => new object[] { Vector(r, 4), Vector(r, 2 * n + 1), 4 }),

            // Exponential moving averages at two spans, alpha = 2 / (span + 1) from an int, compared with a running sum of
            // squared gaps; the first value seeds both.
            new ArrayCase("FsEmaSpans", """
                [Differentiable("x")]
                public static double FsEmaSpans(double[] x, int fastSpan, int slowSpan)
                {
                    double af = 2.0 / (fastSpan + 1), aSlow = 2.0 / (slowSpan + 1);
                    double fast = x[0], slow = x[0], gap = 0;
                    for (int t = 1; t < x.Length; t++)
                    {
                        fast = af * x[t] + (1 - af) * fast;
                        slow = aSlow * x[t] + (1 - aSlow) * slow;
                        gap += (fast - slow) * (fast - slow) * t / x.Length;
                    }

                    return gap;
                }
                """, (r, n) => new object[] { Vector(r, n), 3, 10 }) { Sizes = ArrayCase.NonEmpty },

            // The smallest shape of Holt–Winters' seasonal update: an element read into a local, then overwritten, at an
            // index held in an integer local the body declares first (int s = t % period;). Was DIFF015 ("Reading an
            // element of the local array 'season' into a value that the same loop iteration overwrites afterwards"): the
            // reverse sweep puts the iteration's overwritten elements back before it computes the iteration's locals again,
            // so an index that read such a local could not be written there; it is now written with the local's value.
            new ArrayCase("FsSeasonIndexLocalMinimal", """
                [Differentiable("g", "y")]
                public static double FsSeasonIndexLocalMinimal(double g, double[] y, int period)
                {
                    double[] season = new double[period];
                    double sum = 0;
                    for (int t = 0; t < y.Length; t++)
                    {
                        int s = t % period;
                        double old = season[s];
                        sum += old * old * y[t];
                        season[s] = g * y[t] + (1 - g) * season[s];
                    }

                    return sum;
                }
                """, (r, n) => new object[] { Uniform(r, 0.1, 0.9), Vector(r, (2 * n) + 1), 3 }),

            // The same with the index local built from another (int phase = t + offset; int s = phase % period;).
            new ArrayCase("FsSeasonIndexChainMinimal", """
                [Differentiable("g", "y")]
                public static double FsSeasonIndexChainMinimal(double g, double[] y, int period, int offset)
                {
                    double[] season = new double[period];
                    double sum = 0;
                    for (int t = 0; t < y.Length; t++)
                    {
                        int phase = t + offset;
                        int s = phase % period;
                        double old = season[s];
                        sum += Math.Sin(old) * y[t];
                        season[s] *= 1 - g;
                        season[s] += g * y[t];
                    }

                    return sum;
                }
                """, (r, n) => new object[] { Uniform(r, 0.1, 0.9), Vector(r, (2 * n) + 1), 3, 2 }),
        };

        public static readonly ArrayCase[] Float =
        {
            Twin("FsGarchNll", """
                [Differentiable("omega", "alpha", "beta")]
                public static float FsGarchNllF(float omega, float alpha, float beta, float[] returns)
                {
                    int n = returns.Length;
                    float sampleVar = 0;
                    for (int t = 0; t < n; t++) sampleVar += returns[t] * returns[t];
                    sampleVar /= n;
                    float sigma2 = sampleVar;
                    float nll = 0;
                    for (int t = 1; t < n; t++)
                    {
                        float r = returns[t - 1];
                        sigma2 = omega + alpha * r * r + beta * sigma2;
                        nll += 0.5f * (MathF.Log(2 * MathF.PI) + MathF.Log(sigma2) + returns[t] * returns[t] / sigma2);
                    }

                    return nll;
                }
                """),

            Twin("FsHoltWintersAdditive", """
                [Differentiable("alpha", "beta", "gamma")]
                public static float FsHoltWintersAdditiveF(float alpha, float beta, float gamma, float[] y, int period)
                {
                    float[] season = new float[period];
                    float level = 0;
                    for (int i = 0; i < period; i++) level += y[i];
                    level /= period;
                    for (int i = 0; i < period; i++) season[i] = y[i] - level;
                    float trend = (y[period] - y[0]) / period;
                    float sse = 0;
                    for (int t = period; t < y.Length; t++)
                    {
                        int s = t % period;
                        float forecast = level + trend + season[s];
                        float err = y[t] - forecast;
                        sse += err * err;
                        float newLevel = alpha * (y[t] - season[s]) + (1 - alpha) * (level + trend);
                        trend = beta * (newLevel - level) + (1 - beta) * trend;
                        season[s] = gamma * (y[t] - newLevel) + (1 - gamma) * season[s];
                        level = newLevel;
                    }

                    return sse;
                }
                """),

            Twin("FsKalmanAr1", """
                [Differentiable]
                public static float FsKalmanAr1F(float phi, float logQ, float logR, float[] y)
                {
                    float q = MathF.Exp(logQ), r = MathF.Exp(logR);
                    float m = 0, P = q / (1 - phi * phi);
                    float nll = 0;
                    for (int t = 0; t < y.Length; t++)
                    {
                        float S = P + r;
                        float v = y[t] - m;
                        nll += 0.5f * (MathF.Log(2 * MathF.PI * S) + v * v / S);
                        float K = P / S;
                        float mf = m + K * v;
                        float Pf = (1 - K) * P;
                        m = phi * mf;
                        P = phi * phi * Pf + q;
                    }

                    return nll;
                }
                """),

            Twin("FsKalmanMissing", """
                [Differentiable("q", "r")]
                public static float FsKalmanMissingF(float q, float r, float[] y, int[] observed)
                {
                    float m = y[0], p = 1e3f, ll = 0;
                    for (int t = 1; t < y.Length; t++)
                    {
                        p += q;
                        if (observed[t] == 0) continue;
                        float f = p + r;
                        float v = y[t] - m;
                        ll += MathF.Log(f) + v * v / f;
                        float k = p / f;
                        m += k * v;
                        p *= 1 - k;
                    }

                    return 0.5f * ll;
                }
                """),

            Twin("FsBlackScholesCall", """
                [Differentiable("spot", "vol", "rate", "maturity")]
                public static float FsBlackScholesCallF(float spot, float strike, float vol, float rate, float maturity)
                {
                    float sqrtT = MathF.Sqrt(maturity);
                    float d1 = (MathF.Log(spot / strike) + (rate + 0.5f * vol * vol) * maturity) / (vol * sqrtT);
                    float d2 = d1 - vol * sqrtT;
                    return spot * FsNormCdfF(d1) - strike * MathF.Exp(-rate * maturity) * FsNormCdfF(d2);
                }

                [Differentiable]
                public static float FsNormCdfF(float x)
                {
                    float z = MathF.Abs(x) / MathF.Sqrt(2);
                    float t = 1 / (1 + 0.3275911f * z);
                    float poly = t * (0.254829592f + t * (-0.284496736f + t * (1.421413741f + t * (-1.453152027f + t * 1.061405429f))));
                    float erf = 1 - poly * MathF.Exp(-z * z);
                    return x >= 0 ? 0.5f * (1 + erf) : 0.5f * (1 - erf);
                }
                """),

            Twin("FsBinomialAmericanPut", """
                [Differentiable("spot", "vol", "rate")]
                public static float FsBinomialAmericanPutF(float spot, float strike, float vol, float rate, float maturity, int steps)
                {
                    float dt = maturity / steps;
                    float u = MathF.Exp(vol * MathF.Sqrt(dt));
                    float d = 1 / u;
                    float p = (MathF.Exp(rate * dt) - d) / (u - d);
                    float disc = MathF.Exp(-rate * dt);
                    float[] v = new float[steps + 1];
                    for (int i = 0; i <= steps; i++)
                    {
                        v[i] = MathF.Max(strike - spot * MathF.Pow(u, steps - 2 * i), 0);
                    }

                    for (int step = steps - 1; step >= 0; step--)
                    {
                        for (int i = 0; i <= step; i++)
                        {
                            float cont = disc * (p * v[i] + (1 - p) * v[i + 1]);
                            float exercise = strike - spot * MathF.Pow(u, step - 2 * i);
                            v[i] = MathF.Max(cont, exercise);
                        }
                    }

                    return v[0];
                }
                """),

            Twin("FsMcCall", """
                [Differentiable("spot", "vol", "rate")]
                public static float FsMcCallF(float spot, float strike, float vol, float rate, float maturity, float[] z)
                {
                    float drift = (rate - 0.5f * vol * vol) * maturity;
                    float diffusion = vol * MathF.Sqrt(maturity);
                    float sum = 0;
                    for (int i = 0; i < z.Length; i++)
                    {
                        float st = spot * MathF.Exp(drift + diffusion * z[i]);
                        sum += MathF.Max(st - strike, 0f);
                    }

                    return MathF.Exp(-rate * maturity) * sum / z.Length;
                }
                """),

            Twin("FsPortfolioVariance", """
                [Differentiable]
                public static float FsPortfolioVarianceF(float[] w, float[] cov)
                {
                    int n = w.Length;
                    float variance = 0;
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            variance += w[i] * cov[i * n + j] * w[j];
                    return variance;
                }
                """),

            Twin("FsSharpe", """
                [Differentiable("w")]
                public static float FsSharpeF(float[] w, float[,] returns, float riskFree)
                {
                    int T = returns.GetLength(0), n = returns.GetLength(1);
                    float[] port = new float[T];
                    float mean = 0;
                    for (int t = 0; t < T; t++)
                    {
                        float r = 0;
                        for (int i = 0; i < n; i++) r += w[i] * returns[t, i];
                        port[t] = r - riskFree;
                        mean += port[t];
                    }

                    mean /= T;
                    float var = 0;
                    for (int t = 0; t < T; t++) var += (port[t] - mean) * (port[t] - mean);
                    float sd = MathF.Sqrt(var / (T - 1));
                    return MathF.Sqrt(252) * mean / sd;
                }
                """),

            Twin("FsBiquadFit", """
                [Differentiable("b", "a")]
                public static float FsBiquadFitF(float[] b, float[] a, float[] x, float[] target)
                {
                    float x1 = 0, x2 = 0, y1 = 0, y2 = 0, loss = 0;
                    for (int n = 0; n < x.Length; n++)
                    {
                        float y = b[0] * x[n] + b[1] * x1 + b[2] * x2 - a[0] * y1 - a[1] * y2;
                        x2 = x1;
                        x1 = x[n];
                        y2 = y1;
                        y1 = y;
                        float e = y - target[n];
                        loss += e * e;
                    }

                    return loss / x.Length;
                }
                """),

            Twin("FsDftMagnitudeLoss", """
                [Differentiable("x")]
                public static float FsDftMagnitudeLossF(float[] x, float[] targetMag)
                {
                    int n = x.Length;
                    float loss = 0;
                    for (int k = 0; k < targetMag.Length; k++)
                    {
                        float re = 0, im = 0;
                        for (int t = 0; t < n; t++)
                        {
                            float angle = 2 * MathF.PI * k * t / n;
                            re += x[t] * MathF.Cos(angle);
                            im -= x[t] * MathF.Sin(angle);
                        }

                        float mag = MathF.Sqrt(re * re + im * im + 1e-12f);
                        loss += (mag - targetMag[k]) * (mag - targetMag[k]);
                    }

                    return loss;
                }
                """),

            Twin("FsPinballLoss", """
                [Differentiable("q")]
                public static float FsPinballLossF(float[] q, float[] y, float tau)
                {
                    float loss = 0;
                    for (int i = 0; i < y.Length; i++)
                    {
                        float u = y[i] - q[i];
                        loss += u >= 0 ? tau * u : (tau - 1) * u;
                    }

                    return loss / y.Length;
                }
                """),

            Twin("FsCoxNll", """
                [Differentiable("beta")]
                public static float FsCoxNllF(float[] beta, float[,] X, int[] events)
                {
                    int n = X.GetLength(0), p = X.GetLength(1);
                    float[] eta = new float[n];
                    for (int i = 0; i < n; i++)
                    {
                        for (int j = 0; j < p; j++) eta[i] += beta[j] * X[i, j];
                    }

                    float riskSum = 0, ll = 0;
                    for (int i = n - 1; i >= 0; i--)
                    {
                        riskSum += MathF.Exp(eta[i]);
                        if (events[i] == 0) continue;
                        ll += eta[i] - MathF.Log(riskSum);
                    }

                    return -ll;
                }
                """),

            Twin("FsStudentTNll", """
                [Differentiable("mu", "logScale", "logNuMinus2")]
                public static float FsStudentTNllF(float mu, float logScale, float logNuMinus2, float[] x)
                {
                    float nu = 2 + MathF.Exp(logNuMinus2);
                    float scale = MathF.Exp(logScale);
                    float constant = FsLogGammaF(0.5f * (nu + 1)) - FsLogGammaF(0.5f * nu) - 0.5f * MathF.Log(nu * MathF.PI) - logScale;
                    float ll = 0;
                    foreach (float xi in x)
                    {
                        float z = (xi - mu) / scale;
                        ll += constant - 0.5f * (nu + 1) * MathF.Log(1 + z * z / nu);
                    }

                    return -ll;
                }

                [Differentiable]
                public static float FsLogGammaF(float x)
                {
                    float shift = 0;
                    while (x < 7)
                    {
                        shift -= MathF.Log(x);
                        x += 1;
                    }

                    float inv = 1 / x, inv2 = inv * inv;
                    return (x - 0.5f) * MathF.Log(x) - x + 0.5f * MathF.Log(2 * MathF.PI) + inv * (1.0f / 12 - inv2 * (1.0f / 360 - inv2 / 1260)) + shift;
                }
                """),

            Twin("FsEmaCrossoverPnl", """
                [Differentiable("fastAlpha", "slowAlpha", "k")]
                public static float FsEmaCrossoverPnlF(float fastAlpha, float slowAlpha, float k, float[] prices, float cost)
                {
                    float fast = prices[0], slow = prices[0];
                    float position = 0, pnl = 0;
                    for (int t = 1; t < prices.Length; t++)
                    {
                        pnl += position * (prices[t] - prices[t - 1]);
                        fast += fastAlpha * (prices[t] - fast);
                        slow += slowAlpha * (prices[t] - slow);
                        float target = MathF.Tanh(k * (fast - slow));
                        pnl -= cost * MathF.Abs(target - position);
                        position = target;
                    }

                    return -pnl;
                }
                """),
        };

        private static ArrayCase Twin(string doubleTwin, string source) => ArrayCase.FloatTwinOf(All.Single(c => c.Name == doubleTwin), source);

        /// <summary>Standard normals by Box–Muller.</summary>
        private static double[] Normals(Random r, int n) =>
            Enumerable.Range(0, n).Select(_ => Math.Sqrt(-2 * Math.Log(1 - r.NextDouble())) * Math.Cos(2 * Math.PI * r.NextDouble())).ToArray();

        /// <summary>A price path: <paramref name="count"/> prices from <paramref name="start"/>, log steps uniform in ±<paramref name="step"/>.</summary>
        private static double[] Prices(Random r, int count, double start, double step)
        {
            var prices = new double[count];
            double p = start;
            for (int t = 0; t < count; t++)
            {
                prices[t] = p;
                p *= Math.Exp(Uniform(r, -step, step));
            }

            return prices;
        }

        /// <summary>A covariance matrix, row-major: A·Aᵀ + 0.05·I for A with entries in ±0.3.</summary>
        private static double[] Covariance(Random r, int n)
        {
            double[] a = Vector(r, n * n, -0.3, 0.3);
            var cov = new double[n * n];
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    double s = i == j ? 0.05 : 0;
                    for (int k = 0; k < n; k++)
                    {
                        s += a[(i * n) + k] * a[(j * n) + k];
                    }

                    cov[(i * n) + j] = s;
                }
            }

            return cov;
        }

        /// <summary>Daily-looking asset returns, rows × assets, in ±4 %.</summary>
        private static double[,] ReturnsMatrix(Random r, int rows, int assets)
        {
            var m = new double[rows, assets];
            for (int t = 0; t < rows; t++)
            {
                for (int i = 0; i < assets; i++)
                {
                    m[t, i] = Uniform(r, -0.04, 0.04);
                }
            }

            return m;
        }
    }
}
