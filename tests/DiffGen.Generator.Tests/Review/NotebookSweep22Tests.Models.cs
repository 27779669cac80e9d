using System;
using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>The other accepted methods: time series, integrators, option pricing, likelihoods, layers and inner optimization loops.</content>
    public sealed partial class NotebookSweep22Tests
    {
        private static readonly ArrayCase[] ModelCases =
        {
            C("S22Adagrad", """
                [Differentiable("w0", "lr")] public static double S22Adagrad(double[] w0, double lr, double[] x, int[] labels) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double[] acc = new double[d];
                    for (int epoch = 0; epoch < 2; epoch++)
                        for (int i = 0; i < labels.Length; i++) {
                            double z = 0; for (int j = 0; j < d; j++) z += w[j] * x[i * d + j];
                            double p = 1 / (1 + Math.Exp(-z)); double e = p - labels[i];
                            for (int j = 0; j < d; j++) { double g = e * x[i * d + j]; acc[j] += g * g; w[j] -= lr * g / Math.Sqrt(acc[j] + 1e-8); } }
                    double nll = 0; for (int i = 0; i < labels.Length; i++) { double z = 0; for (int j = 0; j < d; j++) z += w[j] * x[i * d + j]; nll += Math.Log(1 + Math.Exp(-z)) + (1 - labels[i]) * z; }
                    return nll; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, 0.05, 0.3), Vector(r, 2 * n, -1, 1), Labels(r, n, 2) }),

            // Time series.
            C("S22Arma11", """
                [Differentiable] public static double S22Arma11(double c, double phi, double theta, double logSigma, double[] y) {
                    double e = 0; double nll = 0; double s2 = Math.Exp(2 * logSigma);
                    for (int t = 1; t < y.Length; t++) { double pred = c + phi * y[t - 1] + theta * e; e = y[t] - pred; nll += 0.5 * e * e / s2 + logSigma; }
                    return nll; }
                """, (r, n) => new object[] { Uniform(r, -0.3, 0.3), Uniform(r, -0.8, 0.8), Uniform(r, -0.6, 0.6), Uniform(r, -0.5, 0.5), Vector(r, n + 1, -1, 1) }),
            C("S22HoltWinters", """
                [Differentiable("alpha", "beta", "gamma", "season0")] public static double S22HoltWinters(double alpha, double beta, double gamma, double[] season0, double[] y) {
                    int p = season0.Length; double[] season = new double[p]; for (int k = 0; k < p; k++) season[k] = season0[k];
                    double level = y.Length > 0 ? y[0] : 0; double trend = 0; double sse = 0;
                    for (int t = 0; t < y.Length; t++) {
                        int s = t % p;
                        double fc = level + trend + season[s]; double err = y[t] - fc; sse += err * err;
                        double newLevel = alpha * (y[t] - season[s]) + (1 - alpha) * (level + trend);
                        trend = beta * (newLevel - level) + (1 - beta) * trend;
                        season[s] = gamma * (y[t] - newLevel) + (1 - gamma) * season[s];
                        level = newLevel; }
                    return sse; }
                """, (r, n) => new object[] { Uniform(r, 0.1, 0.9), Uniform(r, 0.05, 0.5), Uniform(r, 0.05, 0.5), Vector(r, 3, -1, 1), Vector(r, 2 * n, -1, 1) }),
            C("S22Garch11", """
                [Differentiable("omega", "alpha", "beta")] public static double S22Garch11(double omega, double alpha, double beta, double[] ret) {
                    double h = omega / (1 - alpha - beta); double nll = 0;
                    for (int t = 0; t < ret.Length; t++) { nll += 0.5 * (Math.Log(h) + ret[t] * ret[t] / h); h = omega + alpha * ret[t] * ret[t] + beta * h; }
                    return nll; }
                """, (r, n) => new object[] { Uniform(r, 0.05, 0.2), Uniform(r, 0.05, 0.2), Uniform(r, 0.5, 0.75), Vector(r, n, -1, 1) }),
            C("S22SeasonalAr", """
                [Differentiable("phi", "bigPhi", "mu")] public static double S22SeasonalAr(double phi, double bigPhi, double mu, double[] y, int period) {
                    double sse = 0;
                    for (int t = period + 1; t < y.Length; t++) {
                        double z = y[t] - mu; double z1 = y[t - 1] - mu; double zs = y[t - period] - mu; double zs1 = y[t - period - 1] - mu;
                        double e = z - phi * z1 - bigPhi * zs + phi * bigPhi * zs1; sse += e * e; }
                    return sse; }
                """, (r, n) => new object[] { Uniform(r, -0.8, 0.8), Uniform(r, -0.8, 0.8), Uniform(r, -0.5, 0.5), Vector(r, n + 4, -1, 1), 3 }),
            C("S22KalmanMissing", """
                [Differentiable("logQ", "logR", "m0")] public static double S22KalmanMissing(double logQ, double logR, double m0, double[] ys, int[] observed) {
                    double q = Math.Exp(logQ), r = Math.Exp(logR); double m = m0, p = 1, nll = 0;
                    for (int t = 0; t < ys.Length; t++) {
                        p += q;
                        if (observed[t] == 0) continue;
                        double s = p + r; double v = ys[t] - m; nll += Math.Log(s) + v * v / s; double k = p / s; m += k * v; p *= 1 - k; }
                    return nll; }
                """, (r, n) => new object[] { Uniform(r, -1, 0), Uniform(r, -1, 0), Uniform(r, -1, 1), Vector(r, n, -1, 1), Labels(r, n, 2) }),
            C("S22DampedTrend", """
                [Differentiable] public static double S22DampedTrend(double alpha, double beta, double phi, double l0, double b0, double[] y) {
                    double l = l0, b = b0, sse = 0;
                    for (int t = 0; t < y.Length; t++) {
                        double fc = l + phi * b; double e = y[t] - fc; sse += e * e;
                        (l, b) = (l + phi * b + alpha * e, phi * b + beta * e); }
                    return sse; }
                """, (r, n) => new object[] { Uniform(r, 0.1, 0.9), Uniform(r, 0.05, 0.4), Uniform(r, 0.8, 0.98), Uniform(r, -1, 1), Uniform(r, -0.2, 0.2), Vector(r, n, -1, 1) }),

            // Physics.
            C("S22SpringChainLeapfrog", """
                [Differentiable("k", "x0")] public static double S22SpringChainLeapfrog(double[] k, double[] x0, double dt, int steps) {
                    int n = x0.Length; double[] x = (double[])x0.Clone(); double[] v = new double[n]; double[] f = new double[n];
                    for (int st = 0; st < steps; st++) {
                        for (int i = 0; i < n; i++) f[i] = 0;
                        for (int i = 0; i + 1 < n; i++) { double stretch = x[i + 1] - x[i] - 1; f[i] += k[i] * stretch; f[i + 1] -= k[i] * stretch; }
                        for (int i = 0; i < n; i++) v[i] += dt * f[i];
                        for (int i = 0; i < n; i++) x[i] += dt * v[i]; }
                    double e = 0; for (int i = 0; i < n; i++) e += 0.5 * v[i] * v[i] + 0.1 * x[i];
                    for (int i = 0; i + 1 < n; i++) { double s = x[i + 1] - x[i] - 1; e += 0.5 * k[i] * s * s; }
                    return e; }
                """, (r, n) => new object[] { Vector(r, Math.Max(n - 1, 0), 0.5, 2), Enumerable.Range(0, n).Select(i => i + Uniform(r, -0.2, 0.2)).ToArray(), 0.1, 5 }),
            C("S22VerletAnharmonic", """
                [Differentiable("k", "eps", "x0", "v0")] public static double S22VerletAnharmonic(double k, double eps, double x0, double v0, double[] obs, double dt) {
                    double x = x0, v = v0; double a = -k * x - eps * x * x * x; double loss = 0;
                    for (int t = 0; t < obs.Length; t++) {
                        x += v * dt + 0.5 * a * dt * dt;
                        double aNew = -k * x - eps * x * x * x;
                        v += 0.5 * (a + aNew) * dt; a = aNew;
                        loss += (x - obs[t]) * (x - obs[t]); }
                    return loss; }
                """, (r, n) => new object[] { Uniform(r, 0.5, 2), Uniform(r, 0, 0.5), Uniform(r, -1, 1), Uniform(r, -1, 1), Vector(r, n, -1, 1), 0.1 }),
            C("S22HeatSwap", """
                [Differentiable("u0", "alpha")] public static double S22HeatSwap(double[] u0, double alpha, int steps) {
                    int n = u0.Length; double[] u = new double[n]; double[] next = new double[n];
                    for (int i = 0; i < n; i++) u[i] = u0[i];
                    for (int st = 0; st < steps; st++) {
                        for (int i = 0; i < n; i++) { double left = i > 0 ? u[i - 1] : 0; double right = i + 1 < n ? u[i + 1] : 0; next[i] = u[i] + alpha * (left - 2 * u[i] + right); }
                        (u, next) = (next, u); }
                    double s = 0; for (int i = 0; i < n; i++) s += u[i] * u[i] * (i + 1);
                    return s; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, 0.1, 0.4), 4 }),
            C("S22WaveThree", """
                [Differentiable("u0", "c2")] public static double S22WaveThree(double[] u0, double c2, int steps) {
                    int n = u0.Length; double[] prev = new double[n]; double[] cur = new double[n]; double[] nxt = new double[n];
                    for (int i = 0; i < n; i++) { prev[i] = u0[i]; cur[i] = u0[i]; }
                    for (int st = 0; st < steps; st++) {
                        for (int i = 1; i + 1 < n; i++) nxt[i] = 2 * cur[i] - prev[i] + c2 * (cur[i + 1] - 2 * cur[i] + cur[i - 1]);
                        (prev, cur) = (cur, prev); (cur, nxt) = (nxt, cur); }
                    double e = 0; for (int i = 0; i < n; i++) e += cur[i] * cur[i] + 0.5 * prev[i] * cur[i];
                    return e; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, 0.1, 0.4), 4 }),
            C("S22Rk4Pendulum", """
                [Differentiable] public static double S22Rk4Pendulum(double omega2, double damping, double theta0, double dt, int steps) {
                    double th = theta0, w = 0;
                    for (int s = 0; s < steps; s++) {
                        double k1t = w, k1w = -omega2 * Math.Sin(th) - damping * w;
                        double k2t = w + 0.5 * dt * k1w, k2w = -omega2 * Math.Sin(th + 0.5 * dt * k1t) - damping * (w + 0.5 * dt * k1w);
                        double k3t = w + 0.5 * dt * k2w, k3w = -omega2 * Math.Sin(th + 0.5 * dt * k2t) - damping * (w + 0.5 * dt * k2w);
                        double k4t = w + dt * k3w, k4w = -omega2 * Math.Sin(th + dt * k3t) - damping * (w + dt * k3w);
                        th += dt / 6 * (k1t + 2 * k2t + 2 * k3t + k4t); w += dt / 6 * (k1w + 2 * k2w + 2 * k3w + k4w); }
                    return th * th + 0.5 * w * w; }
                """, (r, n) => new object[] { Uniform(r, 0.5, 3), Uniform(r, 0, 0.5), Uniform(r, -1.5, 1.5), Uniform(r, 0.05, 0.2), 10 }, ArrayCase.Scalar),
            C("S22ChainEnergy", """
                [Differentiable("pos", "k")] public static double S22ChainEnergy(double[] pos, double k, double g, double rest) {
                    int n = pos.Length / 2; double e = 0;
                    for (int i = 0; i <= n; i++) {
                        double ax = i == 0 ? 0 : pos[2 * (i - 1)], ay = i == 0 ? 0 : pos[2 * (i - 1) + 1];
                        double bx = i == n ? n + 1 : pos[2 * i], by = i == n ? 0 : pos[2 * i + 1];
                        double len = Math.Sqrt((bx - ax) * (bx - ax) + (by - ay) * (by - ay));
                        e += 0.5 * k * (len - rest) * (len - rest); }
                    for (int i = 0; i < n; i++) e += g * pos[2 * i + 1];
                    return e; }
                """, (r, n) => new object[] { Enumerable.Range(0, 2 * n).Select(i => i % 2 == 0 ? i / 2 + 1 + Uniform(r, -0.2, 0.2) : Uniform(r, -0.5, 0.2)).ToArray(), Uniform(r, 1, 5), 0.5, 0.9 }),
            C("S22ProjectileDrag", """
                [Differentiable("v0", "angle", "drag")] public static double S22ProjectileDrag(double v0, double angle, double drag) {
                    double x = 0, y = 0, vx = v0 * Math.Cos(angle), vy = v0 * Math.Sin(angle); double dt = 0.01; double path = 0;
                    for (double t = 0; t < 0.5; t += dt) { double sp = Math.Sqrt(vx * vx + vy * vy); vx -= drag * sp * vx * dt; vy -= (9.81 + drag * sp * vy) * dt; x += vx * dt; y += vy * dt; path += sp * dt; }
                    return x + y + 0.1 * path; }
                """, (r, n) => new object[] { Uniform(r, 5, 15), Uniform(r, 0.3, 1.2), Uniform(r, 0.01, 0.1) }, ArrayCase.Scalar),

            // Finance.
            C("S22EuroCallMc", """
                [Differentiable("s0", "sigma", "rate", "strike")] public static double S22EuroCallMc(double s0, double sigma, double rate, double strike, double[] z, double tMat) {
                    double sum = 0;
                    for (int i = 0; i < z.Length; i++) { double st = s0 * Math.Exp((rate - 0.5 * sigma * sigma) * tMat + sigma * Math.Sqrt(tMat) * z[i]); sum += Math.Max(st - strike, 0); }
                    return Math.Exp(-rate * tMat) * sum / Math.Max(z.Length, 1); }
                """, (r, n) => new object[] { Uniform(r, 80, 120), Uniform(r, 0.1, 0.4), Uniform(r, 0, 0.05), Uniform(r, 90, 110), Vector(r, n, -2, 2), 1.0 }),
            C("S22AsianCall", """
                [Differentiable("s0", "sigma", "strike")] public static double S22AsianCall(double s0, double sigma, double strike, double[] z, int steps) {
                    int paths = z.Length / steps; double dt = 1.0 / steps; double total = 0;
                    for (int p = 0; p < paths; p++) {
                        double s = s0, avg = 0;
                        for (int k = 0; k < steps; k++) { s *= Math.Exp(-0.5 * sigma * sigma * dt + sigma * Math.Sqrt(dt) * z[p * steps + k]); avg += s / steps; }
                        total += Math.Max(avg - strike, 0); }
                    return total / Math.Max(paths, 1); }
                """, (r, n) => new object[] { Uniform(r, 0.8, 1.2), Uniform(r, 0.1, 0.5), Uniform(r, 0.8, 1.1), Vector(r, 4 * n, -2, 2), 4 }),
            C("S22SoftBarrier", """
                [Differentiable("s0", "sigma", "barrier", "sharp")] public static double S22SoftBarrier(double s0, double sigma, double barrier, double sharp, double[] z, int steps, double strike) {
                    int paths = z.Length / steps; double dt = 1.0 / steps; double total = 0;
                    for (int p = 0; p < paths; p++) {
                        double s = s0, alive = 1;
                        for (int k = 0; k < steps; k++) { s *= Math.Exp(sigma * Math.Sqrt(dt) * z[p * steps + k] - 0.5 * sigma * sigma * dt); alive *= 1 / (1 + Math.Exp(sharp * (s - barrier))); }
                        total += alive * Math.Log(1 + Math.Exp(10 * (s - strike))) / 10; }
                    return total / Math.Max(paths, 1); }
                """, (r, n) => new object[] { Uniform(r, 0.8, 1.2), Uniform(r, 0.1, 0.4), Uniform(r, 1.2, 1.5), Uniform(r, 5, 20), Vector(r, 3 * n, -2, 2), 3, 1.0 }),
            C("S22NelsonSiegelBond", """
                [Differentiable("b0", "b1", "b2", "tau")] public static double S22NelsonSiegelBond(double b0, double b1, double b2, double tau, double[] times, double[] cash, double price) {
                    double pv = 0;
                    for (int i = 0; i < times.Length; i++) { double m = times[i] / tau; double load = (1 - Math.Exp(-m)) / m; double yld = b0 + b1 * load + b2 * (load - Math.Exp(-m)); pv += cash[i] * Math.Exp(-yld * times[i]); }
                    return (pv - price) * (pv - price); }
                """, (r, n) => new object[] { Uniform(r, 0.02, 0.05), Uniform(r, -0.02, 0.02), Uniform(r, -0.02, 0.02), Uniform(r, 1, 3), Enumerable.Range(1, n).Select(i => 0.5 * i).ToArray(), Enumerable.Range(1, n).Select(i => i == n ? 105.0 : 5.0).ToArray(), 95.0 }),
            C("S22BlackScholesAs", """
                [Differentiable] public static double S22BlackScholesAs(double s, double k, double sigma, double r, double t) {
                    double Poly(double u) => u * (0.319381530 + u * (-0.356563782 + u * (1.781477937 + u * (-1.821255978 + u * 1.330274429))));
                    double Tail(double a) => 0.3989422804014327 * Math.Exp(-0.5 * a * a) * Poly(1 / (1 + 0.2316419 * a));
                    double Cdf(double x) => x >= 0 ? 1 - Tail(x) : Tail(-x);
                    double d1 = (Math.Log(s / k) + (r + 0.5 * sigma * sigma) * t) / (sigma * Math.Sqrt(t)); double d2 = d1 - sigma * Math.Sqrt(t);
                    return s * Cdf(d1) - k * Math.Exp(-r * t) * Cdf(d2); }
                """, (r, n) => new object[] { Uniform(r, 80, 120), Uniform(r, 80, 120), Uniform(r, 0.1, 0.5), Uniform(r, 0, 0.05), Uniform(r, 0.25, 2) }, ArrayCase.Scalar),
            C("S22LookbackMax", """
                [Differentiable("s0", "sigma")] public static double S22LookbackMax(double s0, double sigma, double[] z, int steps) {
                    int paths = z.Length / steps; double dt = 1.0 / steps; double total = 0;
                    for (int p = 0; p < paths; p++) {
                        double s = s0, mx = s0;
                        for (int k = 0; k < steps; k++) { s *= Math.Exp(sigma * Math.Sqrt(dt) * z[p * steps + k] - 0.5 * sigma * sigma * dt); mx = Math.Max(mx, s); }
                        total += mx - s; }
                    return total / Math.Max(paths, 1); }
                """, (r, n) => new object[] { Uniform(r, 0.8, 1.2), Uniform(r, 0.1, 0.5), Vector(r, 5 * n, -2, 2), 5 }),
            C("S22SmoothCvar", """
                [Differentiable("w", "var", "beta")] public static double S22SmoothCvar(double[] w, double var, double beta, double[] returns, int assets) {
                    int n = returns.Length / assets; double acc = 0;
                    for (int i = 0; i < n; i++) { double loss = 0; for (int a = 0; a < assets; a++) loss -= w[a] * returns[i * assets + a]; double ex = loss - var; acc += ex > 20 ? ex : Math.Log(1 + Math.Exp(ex * 10)) / 10; }
                    return var + acc / ((1 - beta) * Math.Max(n, 1)); }
                """, (r, n) => new object[] { Vector(r, 3, 0, 1), Uniform(r, -0.2, 0.2), Uniform(r, 0.9, 0.99), Vector(r, 3 * n, -0.3, 0.3), 3 }),

            // Statistics.
            C("S22StudentT", """
                [Differentiable("mu", "logScale", "nu")] public static double S22StudentT(double mu, double logScale, double nu, double[] x) {
                    double LogGammaBig(double z) => (z - 0.5) * Math.Log(z) - z + 0.5 * Math.Log(2 * Math.PI) + 1 / (12 * z) - 1 / (360 * z * z * z);
                    double LogGamma(double z) => LogGammaBig(z + 6) - Math.Log(z * (z + 1) * (z + 2) * (z + 3) * (z + 4) * (z + 5));
                    double sc = Math.Exp(logScale); double nll = 0;
                    for (int i = 0; i < x.Length; i++) { double r = (x[i] - mu) / sc; nll -= LogGamma((nu + 1) / 2) - LogGamma(nu / 2) - 0.5 * Math.Log(nu * Math.PI) - logScale - (nu + 1) / 2 * Math.Log(1 + r * r / nu); }
                    return nll; }
                """, (r, n) => new object[] { Uniform(r, -0.5, 0.5), Uniform(r, -0.5, 0.5), Uniform(r, 1.5, 10), Vector(r, n, -3, 3) }),
            C("S22NegBinomial", """
                [Differentiable("b0", "b1", "logR")] public static double S22NegBinomial(double b0, double b1, double logR, double[] x, int[] counts) {
                    double r = Math.Exp(logR); double ll = 0;
                    for (int i = 0; i < counts.Length; i++) {
                        double mu = Math.Exp(b0 + b1 * x[i]);
                        for (int k = 0; k < counts[i]; k++) ll += Math.Log(r + k) - Math.Log(k + 1.0);
                        ll += r * Math.Log(r / (r + mu)) + counts[i] * Math.Log(mu / (r + mu)); }
                    return -ll; }
                """, (r, n) => new object[] { Uniform(r, 0, 1), Uniform(r, -0.5, 0.5), Uniform(r, -0.5, 1), Vector(r, n, -1, 1), Labels(r, n, 6) }),
            C("S22LaplaceMixture", """
                [Differentiable("mu", "logB", "logits")] public static double S22LaplaceMixture(double[] mu, double[] logB, double[] logits, double[] x) {
                    int k = mu.Length; double mxl = logits[0]; for (int c = 1; c < k; c++) mxl = Math.Max(mxl, logits[c]);
                    double zl = 0; for (int c = 0; c < k; c++) zl += Math.Exp(logits[c] - mxl); double lz = mxl + Math.Log(zl);
                    double[] lp = new double[k]; double nll = 0;
                    for (int i = 0; i < x.Length; i++) {
                        double mx = double.NegativeInfinity;
                        for (int c = 0; c < k; c++) { lp[c] = logits[c] - lz - Math.Log(2) - logB[c] - Math.Abs(x[i] - mu[c]) / Math.Exp(logB[c]); mx = Math.Max(mx, lp[c]); }
                        double se = 0; for (int c = 0; c < k; c++) se += Math.Exp(lp[c] - mx);
                        nll -= mx + Math.Log(se); }
                    return nll; }
                """, (r, n) => new object[] { Vector(r, 3, -1, 1), Vector(r, 3, -0.5, 0.5), Vector(r, 3, -1, 1), Vector(r, n, -2, 2) }),
            C("S22SmoothPinball", """
                [Differentiable("q", "temp")] public static double S22SmoothPinball(double q, double temp, double[] y, double tau) {
                    double loss = 0;
                    for (int i = 0; i < y.Length; i++) { double u = y[i] - q; loss += tau * u + temp * Math.Log(1 + Math.Exp(-u / temp)); }
                    return loss; }
                """, (r, n) => new object[] { Uniform(r, -1, 1), Uniform(r, 0.05, 0.5), Vector(r, n, -2, 2), 0.3 }),
            C("S22Zip", """
                [Differentiable("logitPi", "b0", "b1")] public static double S22Zip(double logitPi, double b0, double b1, double[] x, int[] counts) {
                    double pi = 1 / (1 + Math.Exp(-logitPi)); double nll = 0;
                    for (int i = 0; i < counts.Length; i++) {
                        double lam = Math.Exp(b0 + b1 * x[i]);
                        if (counts[i] == 0) nll -= Math.Log(pi + (1 - pi) * Math.Exp(-lam));
                        else { double lf = 0; for (int k = 2; k <= counts[i]; k++) lf += Math.Log(k); nll -= Math.Log(1 - pi) + counts[i] * Math.Log(lam) - lam - lf; } }
                    return nll; }
                """, (r, n) => new object[] { Uniform(r, -1, 1), Uniform(r, -0.5, 1), Uniform(r, -0.5, 0.5), Vector(r, n, -1, 1), Labels(r, n, 4) }),
            C("S22SmoothQuantileNewton", """
                [Differentiable("w", "h")] public static double S22SmoothQuantileNewton(double[] w, double h, double[] x, double tau) {
                    double q = 0; double wsum = 0; for (int i = 0; i < x.Length; i++) wsum += Math.Exp(w[i]);
                    for (int it = 0; it < 6; it++) {
                        double f = -tau, df = 0;
                        for (int i = 0; i < x.Length; i++) { double s = 1 / (1 + Math.Exp(-(q - x[i]) / h)); f += Math.Exp(w[i]) * s / wsum; df += Math.Exp(w[i]) * s * (1 - s) / (h * wsum); }
                        q -= f / df; }
                    return q; }
                """, (r, n) => new object[] { Vector(r, n, -0.5, 0.5), Uniform(r, 0.5, 1), Vector(r, n, -1, 1), Uniform(r, 0.4, 0.6) }, ArrayCase.NonEmpty),
            C("S22FixedPointWhile", """
                [Differentiable] public static double S22FixedPointWhile(double c, double k) {
                    double x = 0; double prev = 1; int it = 0;
                    while (Math.Abs(x - prev) > 1e-13 && it < 200) { prev = x; x = Math.Cos(k * x) * c; it++; }
                    return x; }
                """, (r, n) => new object[] { Uniform(r, 0.3, 0.8), Uniform(r, 0.5, 1.5) }, ArrayCase.Scalar),

            // Layers.
            C("S22Conv1dStrideDil", """
                [Differentiable("ker", "bias")] public static double S22Conv1dStrideDil(double[] ker, double bias, double[] x, int stride, int dil, int pad) {
                    int m = ker.Length; int outLen = (x.Length + 2 * pad - dil * (m - 1) - 1) / stride + 1; double loss = 0;
                    for (int o = 0; o < outLen; o++) {
                        double s = bias;
                        for (int j = 0; j < m; j++) { int idx = o * stride + j * dil - pad; if (idx >= 0 && idx < x.Length) s += ker[j] * x[idx]; }
                        loss += Math.Log(1 + Math.Exp(s)) * (o % 2 == 0 ? 1 : -0.5); }
                    return loss; }
                """, (r, n) => new object[] { Vector(r, 3, -1, 1), Uniform(r, -0.5, 0.5), Vector(r, 2 * n, -1, 1), 2, 2, 1 }),
            C("S22MaskedAttention", """
                [Differentiable("q", "k", "v", "temp")] public static double S22MaskedAttention(double[] q, double[] k, double[] v, double temp, int[] mask) {
                    int t = mask.Length; double total = 0; double[] a = new double[t];
                    for (int i = 0; i < t; i++) {
                        double mx = -1e300;
                        for (int j = 0; j < t; j++) { a[j] = mask[j] == 0 || j > i ? -1e9 : q[i] * k[j] / temp; mx = Math.Max(mx, a[j]); }
                        double z = 0; for (int j = 0; j < t; j++) { a[j] = Math.Exp(a[j] - mx); z += a[j]; }
                        double o = 0; for (int j = 0; j < t; j++) o += a[j] / z * v[j];
                        total += o * o + o; }
                    return total; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Vector(r, n, -1, 1), Vector(r, n, -1, 1), Uniform(r, 0.5, 2), Enumerable.Range(0, n).Select(i => i == 0 ? 1 : r.Next(2)).ToArray() }),
            C("S22Distill", """
                [Differentiable("student", "temp")] public static double S22Distill(double[] student, double temp, double[] teacher, int k) {
                    int n = student.Length / k; double loss = 0; double[] ps = new double[k]; double[] pt = new double[k];
                    for (int i = 0; i < n; i++) {
                        double ms = -1e300, mt = -1e300;
                        for (int c = 0; c < k; c++) { ms = Math.Max(ms, student[i * k + c] / temp); mt = Math.Max(mt, teacher[i * k + c] / temp); }
                        double zs = 0, zt = 0;
                        for (int c = 0; c < k; c++) { ps[c] = Math.Exp(student[i * k + c] / temp - ms); pt[c] = Math.Exp(teacher[i * k + c] / temp - mt); zs += ps[c]; zt += pt[c]; }
                        for (int c = 0; c < k; c++) loss += pt[c] / zt * (Math.Log(pt[c] / zt) - Math.Log(ps[c] / zs)); }
                    return loss * temp * temp / Math.Max(n, 1); }
                """, (r, n) => new object[] { Vector(r, 3 * n, -2, 2), Uniform(r, 1, 4), Vector(r, 3 * n, -2, 2), 3 }),
            C("S22BatchNormTrainStep", """
                [Differentiable("x", "gamma", "beta")] public static double S22BatchNormTrainStep(double[] x, double[] gamma, double[] beta, double[] runMean0, int d, double momentum) {
                    int n = x.Length / d; double[] mean = new double[d]; double[] vr = new double[d]; double[] runMean = (double[])runMean0.Clone(); double loss = 0;
                    for (int j = 0; j < d; j++) {
                        for (int i = 0; i < n; i++) mean[j] += x[i * d + j];
                        mean[j] /= n;
                        for (int i = 0; i < n; i++) { double c = x[i * d + j] - mean[j]; vr[j] += c * c; }
                        vr[j] /= n;
                        runMean[j] = (1 - momentum) * runMean[j] + momentum * mean[j]; }
                    for (int i = 0; i < n; i++) for (int j = 0; j < d; j++) { double yh = gamma[j] * (x[i * d + j] - mean[j]) / Math.Sqrt(vr[j] + 1e-5) + beta[j]; loss += yh > 0 ? yh * yh : 0.1 * yh; }
                    for (int j = 0; j < d; j++) loss += 0.01 * runMean[j] * runMean[j];
                    return loss; }
                """, (r, n) => new object[] { Vector(r, 2 * n, -1, 1), Vector(r, 2, 0.5, 1.5), Vector(r, 2, -0.5, 0.5), Vector(r, 2, -1, 1), 2, 0.1 }, new[] { 2, 3, 5, 8 }),
            C("S22MaxPoolIf", """
                [Differentiable("x", "scale")] public static double S22MaxPoolIf(double[] x, double scale, int window) {
                    double total = 0;
                    for (int s = 0; s + window <= x.Length; s += window) {
                        double best = x[s] * scale;
                        for (int j = 1; j < window; j++) { double c = x[s + j] * scale; if (c > best) best = c; }
                        total += best * best; }
                    return total; }
                """, (r, n) => new object[] { Vector(r, 2 * n, -1, 1), Uniform(r, 0.5, 2), 2 }),
            C("S22ResidualGelu", """
                [Differentiable("w1", "w2")] public static double S22ResidualGelu(double[] w1, double[] w2, double[] x, int d) {
                    int n = x.Length / d; double[] h = new double[d]; double[] o = new double[d]; double loss = 0;
                    double Gelu(double u) => 0.5 * u * (1 + Math.Tanh(0.7978845608028654 * (u + 0.044715 * u * u * u)));
                    for (int i = 0; i < n; i++) {
                        for (int a = 0; a < d; a++) { double s = 0; for (int b = 0; b < d; b++) s += w1[a * d + b] * x[i * d + b]; h[a] = Gelu(s); }
                        for (int a = 0; a < d; a++) { double s = 0; for (int b = 0; b < d; b++) s += w2[a * d + b] * h[b]; o[a] = x[i * d + a] + s; }
                        double mean = 0; for (int a = 0; a < d; a++) mean += o[a] / d;
                        double vv = 0; for (int a = 0; a < d; a++) vv += (o[a] - mean) * (o[a] - mean) / d;
                        for (int a = 0; a < d; a++) { double z = (o[a] - mean) / Math.Sqrt(vv + 1e-5); loss += z * (a + 1) * 0.3 + z * z * z * 0.1; } }
                    return loss; }
                """, (r, n) => new object[] { Vector(r, 9, -1, 1), Vector(r, 9, -1, 1), Vector(r, 3 * n, -1, 1), 3 }),
            C("S22DepthwiseSeparable", """
                [Differentiable("dw", "pw")] public static double S22DepthwiseSeparable(double[] dw, double[] pw, double[] x, int channels, int outCh) {
                    int len = x.Length / channels; int kk = dw.Length / channels; int outLen = len - kk + 1; double loss = 0;
                    double[] mid = new double[channels * Math.Max(outLen, 0)];
                    for (int c = 0; c < channels; c++) for (int t = 0; t < outLen; t++) { double s = 0; for (int j = 0; j < kk; j++) s += dw[c * kk + j] * x[c * len + t + j]; mid[c * outLen + t] = Math.Tanh(s); }
                    for (int o = 0; o < outCh; o++) for (int t = 0; t < outLen; t++) { double s = 0; for (int c = 0; c < channels; c++) s += pw[o * channels + c] * mid[c * outLen + t]; loss += s * s / (1 + t); }
                    return loss; }
                """, (r, n) => new object[] { Vector(r, 4, -1, 1), Vector(r, 6, -1, 1), Vector(r, 2 * (n + 1), -1, 1), 2, 3 }),

            // Optimization inner loops.
            C("S22Backtracking", """
                [Differentiable] public static double S22Backtracking(double x0, double y0, double c1) {
                    double F(double x, double y) => (1 - x) * (1 - x) + 10 * (y - x * x) * (y - x * x);
                    double x = x0, y = y0;
                    for (int it = 0; it < 3; it++) {
                        double gx = -2 * (1 - x) - 40 * x * (y - x * x), gy = 20 * (y - x * x);
                        double t = 1; double f0 = F(x, y);
                        for (int ls = 0; ls < 8; ls++) { if (F(x - t * gx, y - t * gy) > f0 - c1 * t * (gx * gx + gy * gy)) t *= 0.5; }
                        x -= t * gx; y -= t * gy; }
                    return F(x, y); }
                """, (r, n) => new object[] { Uniform(r, -1, 1), Uniform(r, -1, 1), Uniform(r, 1e-4, 0.3) }, ArrayCase.Scalar),
            C("S22ProjectedGd", """
                [Differentiable("x0", "target", "lr")] public static double S22ProjectedGd(double[] x0, double[] target, double lr, double lo, double hi) {
                    int n = x0.Length; double[] x = (double[])x0.Clone();
                    for (int it = 0; it < 5; it++) for (int j = 0; j < n; j++) { double g = 2 * (x[j] - target[j]) + 0.5 * Math.Sin(3 * x[j]); x[j] = Math.Clamp(x[j] - lr * g, lo, hi); }
                    double f = 0; for (int j = 0; j < n; j++) f += (x[j] - target[j]) * (x[j] - target[j]) + x[j];
                    return f; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Vector(r, n, -1, 1), Uniform(r, 0.1, 0.3), -0.5, 0.6 }),
            C("S22ExpGrad", """
                [Differentiable("c", "eta")] public static double S22ExpGrad(double[] c, double eta, int iters) {
                    int n = c.Length; double[] p = new double[n]; for (int i = 0; i < n; i++) p[i] = 1.0 / n;
                    for (int it = 0; it < iters; it++) {
                        double z = 0; for (int i = 0; i < n; i++) { double g = c[i] + 2 * p[i]; p[i] *= Math.Exp(-eta * g); z += p[i]; }
                        for (int i = 0; i < n; i++) p[i] /= z; }
                    double f = 0; for (int i = 0; i < n; i++) f += c[i] * p[i] + p[i] * p[i];
                    return f; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, 0.2, 1), 4 }),
            C("S22Sinkhorn", """
                [Differentiable("a", "b", "eps")] public static double S22Sinkhorn(double[] a, double[] b, double eps, double[,] cost) {
                    int n = a.Length, m = b.Length; double[] u = new double[n]; double[] v = new double[m];
                    for (int i = 0; i < n; i++) u[i] = 1; for (int j = 0; j < m; j++) v[j] = 1;
                    for (int it = 0; it < 5; it++) {
                        for (int i = 0; i < n; i++) { double s = 0; for (int j = 0; j < m; j++) s += Math.Exp(-cost[i, j] / eps) * v[j]; u[i] = a[i] / s; }
                        for (int j = 0; j < m; j++) { double s = 0; for (int i = 0; i < n; i++) s += Math.Exp(-cost[i, j] / eps) * u[i]; v[j] = b[j] / s; } }
                    double total = 0; for (int i = 0; i < n; i++) for (int j = 0; j < m; j++) total += u[i] * Math.Exp(-cost[i, j] / eps) * v[j] * cost[i, j];
                    return total; }
                """, (r, n) => new object[] { Vector(r, n, 0.5, 1.5), Vector(r, 3, 0.5, 1.5), Uniform(r, 0.3, 1), Matrix(r, n, 3, 0, 1) }, ArrayCase.NonEmpty),
            C("S22PowerIteration", """
                [Differentiable("a")] public static double S22PowerIteration(double[] a, int iters) {
                    int n = (int)Math.Round(Math.Sqrt(a.Length)); double[] v = new double[n]; double[] w = new double[n];
                    for (int i = 0; i < n; i++) v[i] = 1;
                    for (int it = 0; it < iters; it++) {
                        double norm = 0;
                        for (int i = 0; i < n; i++) { double s = 0; for (int j = 0; j < n; j++) s += (a[i * n + j] + a[j * n + i]) * v[j]; w[i] = s; norm += s * s; }
                        norm = Math.Sqrt(norm); for (int i = 0; i < n; i++) v[i] = w[i] / norm; }
                    double num = 0, den = 0;
                    for (int i = 0; i < n; i++) { double s = 0; for (int j = 0; j < n; j++) s += (a[i * n + j] + a[j * n + i]) * v[j]; num += v[i] * s; den += v[i] * v[i]; }
                    return num / den; }
                """, (r, n) => new object[] { Vector(r, n * n, 0.1, 1), 5 }, Small),
            C("S22GaussSeidel", """
                [Differentiable("b", "diag")] public static double S22GaussSeidel(double[] b, double diag, int sweeps) {
                    int n = b.Length; double[] x = new double[n];
                    for (int s = 0; s < sweeps; s++) for (int i = 0; i < n; i++) { double r = b[i]; if (i > 0) r += x[i - 1]; if (i + 1 < n) r += x[i + 1]; x[i] = r / diag; }
                    double f = 0; for (int i = 0; i < n; i++) f += x[i] * b[i] + 0.1 * x[i] * x[i] * x[i];
                    return f; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, 2.5, 4), 3 }),
            C("S22ConjugateGradient", """
                [Differentiable("b", "shift")] public static double S22ConjugateGradient(double[] b, double shift, int iters) {
                    int n = b.Length; double[] x = new double[n]; double[] r = (double[])b.Clone(); double[] p = (double[])b.Clone(); double[] ap = new double[n];
                    double rr = 0; for (int i = 0; i < n; i++) rr += r[i] * r[i];
                    for (int it = 0; it < iters; it++) {
                        for (int i = 0; i < n; i++) { double s = (2 + shift) * p[i]; if (i > 0) s -= p[i - 1]; if (i + 1 < n) s -= p[i + 1]; ap[i] = s; }
                        double pap = 0; for (int i = 0; i < n; i++) pap += p[i] * ap[i];
                        double alpha = rr / pap;
                        for (int i = 0; i < n; i++) { x[i] += alpha * p[i]; r[i] -= alpha * ap[i]; }
                        double rrNew = 0; for (int i = 0; i < n; i++) rrNew += r[i] * r[i];
                        double beta = rrNew / rr; rr = rrNew;
                        for (int i = 0; i < n; i++) p[i] = r[i] + beta * p[i]; }
                    double f = 0; for (int i = 0; i < n; i++) f += x[i] * (i + 1);
                    return f; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, 0.5, 2), Math.Max(0, Math.Min(n - 1, 3)) }),
            C("S22NewtonCbrt", """
                [Differentiable] public static double S22NewtonCbrt(double a) {
                    double x = 1;
                    for (int i = 0; i < 8; i++) x = x - (x * x * x - a) / (3 * x * x);
                    return x; }
                """, (r, n) => new object[] { Uniform(r, 0.5, 5) }, ArrayCase.Scalar),
        };
    }
}
