using System;
using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>Accepted science and finance methods: filters, likelihoods, option pricing, integrators, PDE steps, solvers, splines.</content>
    public sealed partial class NotebookSweep23Tests
    {
        private static readonly ArrayCase[] ScienceCases =
        {
            // State-space models.
            C("S23LocalLinearTrendKf", """
                [Differentiable("logQl", "logQb", "logR")] public static double S23LocalLinearTrendKf(double logQl, double logQb, double logR, double[] y) {
                    double ql = Math.Exp(logQl), qb = Math.Exp(logQb), r = Math.Exp(logR);
                    double l = 0, b = 0, p00 = 10, p01 = 0, p11 = 10, nll = 0;
                    for (int t = 0; t < y.Length; t++) {
                        double lp = l + b, bp = b;
                        double a00 = p00 + 2 * p01 + p11 + ql, a01 = p01 + p11, a11 = p11 + qb;
                        double s = a00 + r, v = y[t] - lp;
                        nll += 0.5 * (Math.Log(2 * Math.PI * s) + v * v / s);
                        double k0 = a00 / s, k1 = a01 / s;
                        l = lp + k0 * v; b = bp + k1 * v;
                        p00 = a00 - k0 * a00; p01 = a01 - k0 * a01; p11 = a11 - k1 * a01; }
                    return nll; }
                """, (r, n) => new object[] { Uniform(r, -2, 0), Uniform(r, -3, -1), Uniform(r, -1, 0.5), Enumerable.Range(0, n).Select(i => (0.3 * i) + Uniform(r, -0.5, 0.5)).ToArray() }),
            C("S23RtsSmoother", """
                [Differentiable("phi", "q", "r")] public static double S23RtsSmoother(double phi, double q, double r, double[] y) {
                    int n = y.Length; double[] mf = new double[n]; double[] pf = new double[n]; double[] mp = new double[n]; double[] pp = new double[n];
                    double m = 0, p = 1;
                    for (int t = 0; t < n; t++) {
                        mp[t] = phi * m; pp[t] = phi * phi * p + q;
                        double k = pp[t] / (pp[t] + r); m = mp[t] + k * (y[t] - mp[t]); p = (1 - k) * pp[t];
                        mf[t] = m; pf[t] = p; }
                    double[] ms = new double[n]; double loss = 0;
                    if (n > 0) ms[n - 1] = mf[n - 1];
                    for (int t = n - 2; t >= 0; t--) { double g = pf[t] * phi / pp[t + 1]; ms[t] = mf[t] + g * (ms[t + 1] - mp[t + 1]); }
                    for (int t = 0; t < n; t++) loss += (ms[t] - y[t]) * (ms[t] - y[t]) + 0.1 * ms[t];
                    return loss; }
                """, (r, n) => new object[] { Uniform(r, 0.3, 0.95), Uniform(r, 0.1, 1), Uniform(r, 0.1, 1), Vector(r, n, -1, 1) }),
            C("S23HmmForwardLog", """
                [Differentiable("logitStay", "mu", "logSigma")] public static double S23HmmForwardLog(double logitStay, double[] mu, double logSigma, double[] obs) {
                    int k = mu.Length; double stay = 1 / (1 + Math.Exp(-logitStay)); double sigma = Math.Exp(logSigma);
                    double[] alpha = new double[k]; double[] next = new double[k];
                    for (int i = 0; i < k; i++) { double z = (obs[0] - mu[i]) / sigma; alpha[i] = -Math.Log(k) - 0.5 * z * z - logSigma; }
                    for (int t = 1; t < obs.Length; t++) {
                        for (int j = 0; j < k; j++) {
                            double mx = double.NegativeInfinity;
                            for (int i = 0; i < k; i++) { double tr = i == j ? Math.Log(stay) : Math.Log((1 - stay) / (k - 1)); mx = Math.Max(mx, alpha[i] + tr); }
                            double s = 0;
                            for (int i = 0; i < k; i++) { double tr = i == j ? Math.Log(stay) : Math.Log((1 - stay) / (k - 1)); s += Math.Exp(alpha[i] + tr - mx); }
                            double z = (obs[t] - mu[j]) / sigma;
                            next[j] = mx + Math.Log(s) - 0.5 * z * z - logSigma; }
                        for (int j = 0; j < k; j++) alpha[j] = next[j]; }
                    double m2 = double.NegativeInfinity; for (int i = 0; i < k; i++) m2 = Math.Max(m2, alpha[i]);
                    double tot = 0; for (int i = 0; i < k; i++) tot += Math.Exp(alpha[i] - m2);
                    return -(m2 + Math.Log(tot)); }
                """, (r, n) => new object[] { Uniform(r, -1, 2), new[] { Uniform(r, -1.5, -0.5), Uniform(r, 0.5, 1.5) }, Uniform(r, -0.5, 0.3), Vector(r, n, -2, 2) }, ArrayCase.NonEmpty),

            // Likelihoods.
            C("S23PoissonGlm", """
                [Differentiable("beta")] public static double S23PoissonGlm(double[] beta, double[] x, int[] counts, double[] exposure) {
                    int d = beta.Length; double nll = 0;
                    for (int i = 0; i < counts.Length; i++) {
                        double eta = Math.Log(exposure[i]); for (int j = 0; j < d; j++) eta += beta[j] * x[i * d + j];
                        nll += Math.Exp(eta) - counts[i] * eta; }
                    return nll; }
                """, (r, n) => new object[] { Vector(r, 2, -0.5, 0.5), Vector(r, 2 * n, -1, 1), Labels(r, n, 6), Vector(r, n, 0.5, 2) }),
            C("S23NegBinomialLoop", """
                [Differentiable("logMu", "logR")] public static double S23NegBinomialLoop(double logMu, double logR, int[] counts) {
                    double mu = Math.Exp(logMu), rr = Math.Exp(logR); double ll = 0;
                    for (int i = 0; i < counts.Length; i++) {
                        for (int k = 0; k < counts[i]; k++) ll += Math.Log(rr + k) - Math.Log(k + 1.0);
                        ll += rr * Math.Log(rr / (rr + mu)) + counts[i] * Math.Log(mu / (rr + mu)); }
                    return -ll; }
                """, (r, n) => new object[] { Uniform(r, 0, 1.5), Uniform(r, -0.5, 1.5), Labels(r, n, 8) }),
            C("S23StudentTStirling", """
                [Differentiable] public static double S23LogGamma(double x) {
                    double shift = 0;
                    while (x < 7) { shift -= Math.Log(x); x += 1; }
                    double inv = 1 / x, inv2 = inv * inv;
                    return shift + (x - 0.5) * Math.Log(x) - x + 0.5 * Math.Log(2 * Math.PI) + inv / 12 - inv * inv2 / 360 + inv * inv2 * inv2 / 1260; }
                [Differentiable("loc", "logScale", "nu")] public static double S23StudentTStirling(double loc, double logScale, double nu, double[] x) {
                    double scale = Math.Exp(logScale); double ll = 0;
                    double lg1 = S23LogGamma(0.5 * (nu + 1)); double lg0 = S23LogGamma(0.5 * nu);
                    for (int i = 0; i < x.Length; i++) {
                        double z = (x[i] - loc) / scale;
                        ll += lg1 - lg0 - 0.5 * Math.Log(nu * Math.PI) - logScale - 0.5 * (nu + 1) * Math.Log(1 + z * z / nu); }
                    return -ll; }
                """, (r, n) => new object[] { Uniform(r, -0.5, 0.5), Uniform(r, -0.5, 0.5), Uniform(r, 1.2, 9), Vector(r, n, -3, 3) }),
            C("S23BetaBinomial", """
                [Differentiable] public static double S23BetaBinomial(double logA, double logB, int[] k, int[] trials) {
                    double a = Math.Exp(logA), b = Math.Exp(logB); double ll = 0;
                    for (int i = 0; i < k.Length; i++) {
                        for (int j = 0; j < k[i]; j++) ll += Math.Log(a + j);
                        for (int j = 0; j < trials[i] - k[i]; j++) ll += Math.Log(b + j);
                        for (int j = 0; j < trials[i]; j++) ll -= Math.Log(a + b + j); }
                    return -ll; }
                """, (r, n) => { int[] tr = Enumerable.Range(0, n).Select(_ => r.Next(1, 7)).ToArray(); return new object[] { Uniform(r, -0.5, 1), Uniform(r, -0.5, 1), tr.Select(t => r.Next(t + 1)).ToArray(), tr }; }),
            C("S23WeibullCensored", """
                [Differentiable("logK", "logLam")] public static double S23WeibullCensored(double logK, double logLam, double[] times, int[] eventObserved) {
                    double k = Math.Exp(logK), lam = Math.Exp(logLam); double ll = 0;
                    for (int i = 0; i < times.Length; i++) {
                        double z = times[i] / lam; double zk = Math.Pow(z, k);
                        if (eventObserved[i] == 1) ll += logK - logLam + (k - 1) * Math.Log(z) - zk;
                        else ll -= zk; }
                    return -ll; }
                """, (r, n) => new object[] { Uniform(r, -0.5, 0.8), Uniform(r, -0.5, 0.8), Vector(r, n, 0.2, 3), Labels(r, n, 2) }),
            C("S23GmmEm1d", """
                [Differentiable("mu", "logSd", "logitW")] public static double S23GmmEm1d(double[] mu, double[] logSd, double logitW, double[] x) {
                    double w0 = 1 / (1 + Math.Exp(-logitW)); double nll = 0;
                    for (int i = 0; i < x.Length; i++) {
                        double a = Math.Log(w0) - logSd[0] - 0.5 * Math.Pow((x[i] - mu[0]) / Math.Exp(logSd[0]), 2);
                        double b = Math.Log(1 - w0) - logSd[1] - 0.5 * Math.Pow((x[i] - mu[1]) / Math.Exp(logSd[1]), 2);
                        double m = Math.Max(a, b);
                        nll -= m + Math.Log(Math.Exp(a - m) + Math.Exp(b - m)) - 0.5 * Math.Log(2 * Math.PI); }
                    return nll; }
                """, (r, n) => new object[] { new[] { Uniform(r, -2, -0.5), Uniform(r, 0.5, 2) }, Vector(r, 2, -0.5, 0.5), Uniform(r, -1, 1), Vector(r, n, -3, 3) }),

            // Option pricing.
            C("S23BinomialEuropean", """
                [Differentiable("s0", "sigma", "rate")] public static double S23BinomialEuropean(double s0, double sigma, double rate, double strike, double maturity, int steps) {
                    double dt = maturity / steps; double u = Math.Exp(sigma * Math.Sqrt(dt)); double d = 1 / u;
                    double p = (Math.Exp(rate * dt) - d) / (u - d); double disc = Math.Exp(-rate * dt);
                    double[] v = new double[steps + 1];
                    for (int i = 0; i <= steps; i++) { double st = s0 * Math.Pow(u, steps - i) * Math.Pow(d, i); v[i] = Math.Log(1 + Math.Exp(4 * (st - strike))) / 4; }
                    for (int n = steps - 1; n >= 0; n--) for (int i = 0; i <= n; i++) v[i] = disc * (p * v[i] + (1 - p) * v[i + 1]);
                    return v[0]; }
                """, (r, n) => new object[] { Uniform(r, 80, 120), Uniform(r, 0.1, 0.4), Uniform(r, 0.0, 0.05), 100.0, 1.0, n + 1 }),
            C("S23BinomialAmericanPut", """
                [Differentiable("s0", "sigma", "rate")] public static double S23BinomialAmericanPut(double s0, double sigma, double rate, double strike, int steps) {
                    double dt = 1.0 / steps; double u = Math.Exp(sigma * Math.Sqrt(dt)); double d = 1 / u;
                    double p = (Math.Exp(rate * dt) - d) / (u - d); double disc = Math.Exp(-rate * dt);
                    double[] v = new double[steps + 1];
                    for (int i = 0; i <= steps; i++) v[i] = Math.Max(strike - s0 * Math.Pow(u, steps - 2 * i), 0);
                    for (int n = steps - 1; n >= 0; n--)
                        for (int i = 0; i <= n; i++) {
                            double cont = disc * (p * v[i] + (1 - p) * v[i + 1]);
                            double ex = strike - s0 * Math.Pow(u, n - 2 * i);
                            v[i] = Math.Max(cont, ex); }
                    return v[0]; }
                """, (r, n) => new object[] { Uniform(r, 85, 115), Uniform(r, 0.15, 0.4), Uniform(r, 0.01, 0.06), 100.0, n + 2 }),
            C("S23HestonEulerMc", """
                [Differentiable("kappa", "theta", "xi", "v0")] public static double S23HestonEulerMc(double kappa, double theta, double xi, double v0, double[] z1, double[] z2, int steps) {
                    int paths = z1.Length / steps; double dt = 1.0 / steps; double payoff = 0;
                    for (int p = 0; p < paths; p++) {
                        double logS = Math.Log(100), v = v0;
                        for (int t = 0; t < steps; t++) {
                            double vp = Math.Max(v, 1e-8); double sq = Math.Sqrt(vp * dt);
                            logS += -0.5 * vp * dt + sq * z1[p * steps + t];
                            v += kappa * (theta - vp) * dt + xi * sq * z2[p * steps + t]; }
                        double st = Math.Exp(logS); payoff += 5 * Math.Log(1 + Math.Exp((st - 100) / 5)); }
                    return paths > 0 ? payoff / paths : 0; }
                """, (r, n) => new object[] { Uniform(r, 1, 3), Uniform(r, 0.03, 0.08), Uniform(r, 0.1, 0.3), Uniform(r, 0.03, 0.08), Vector(r, 4 * n, -1.5, 1.5), Vector(r, 4 * n, -1.5, 1.5), 4 }),
            C("S23ImpliedVolNewton", """
                [Differentiable] public static double S23Ncdf(double x) {
                    double t = 1 / (1 + 0.2316419 * Math.Abs(x));
                    double poly = t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
                    double tail = Math.Exp(-0.5 * x * x) / Math.Sqrt(2 * Math.PI) * poly;
                    return x >= 0 ? 1 - tail : tail; }
                [Differentiable] public static double S23BsCall(double s, double k, double sigma) {
                    double d1 = (Math.Log(s / k) + 0.5 * sigma * sigma) / sigma; return s * S23Ncdf(d1) - k * S23Ncdf(d1 - sigma); }
                [Differentiable("price")] public static double S23ImpliedVolNewton(double price, double s, double k) {
                    double sigma = 0.3;
                    for (int it = 0; it < 30; it++) {
                        double d1 = (Math.Log(s / k) + 0.5 * sigma * sigma) / sigma;
                        double vega = s * Math.Exp(-0.5 * d1 * d1) / Math.Sqrt(2 * Math.PI);
                        double c = S23BsCall(s, k, sigma);
                        sigma -= (c - price) / vega; }
                    return sigma; }
                """, (r, n) => new object[] { Uniform(r, 8, 14), 100.0, 100.0 }, ArrayCase.Scalar),

            // ODE integrators.
            C("S23Rk4Lorenz", """
                [Differentiable("sigma", "rho", "beta")] public static double S23Rk4Lorenz(double sigma, double rho, double beta, double[] x0, double dt, int steps) {
                    double[] s = new double[3]; double[] k1 = new double[3]; double[] k2 = new double[3]; double[] k3 = new double[3]; double[] k4 = new double[3]; double[] tmp = new double[3];
                    for (int i = 0; i < 3; i++) s[i] = x0[i];
                    for (int st = 0; st < steps; st++) {
                        k1[0] = sigma * (s[1] - s[0]); k1[1] = s[0] * (rho - s[2]) - s[1]; k1[2] = s[0] * s[1] - beta * s[2];
                        for (int i = 0; i < 3; i++) tmp[i] = s[i] + 0.5 * dt * k1[i];
                        k2[0] = sigma * (tmp[1] - tmp[0]); k2[1] = tmp[0] * (rho - tmp[2]) - tmp[1]; k2[2] = tmp[0] * tmp[1] - beta * tmp[2];
                        for (int i = 0; i < 3; i++) tmp[i] = s[i] + 0.5 * dt * k2[i];
                        k3[0] = sigma * (tmp[1] - tmp[0]); k3[1] = tmp[0] * (rho - tmp[2]) - tmp[1]; k3[2] = tmp[0] * tmp[1] - beta * tmp[2];
                        for (int i = 0; i < 3; i++) tmp[i] = s[i] + dt * k3[i];
                        k4[0] = sigma * (tmp[1] - tmp[0]); k4[1] = tmp[0] * (rho - tmp[2]) - tmp[1]; k4[2] = tmp[0] * tmp[1] - beta * tmp[2];
                        for (int i = 0; i < 3; i++) s[i] += dt / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]); }
                    return s[0] * s[0] + s[1] + 0.1 * s[2]; }
                """, (r, n) => new object[] { Uniform(r, 8, 12), Uniform(r, 20, 30), Uniform(r, 2, 3), Vector(r, 3, -1, 1), 0.01, n + 1 }, ArrayCase.NonEmpty),
            C("S23SirFit", """
                [Differentiable("logBeta", "logGamma")] public static double S23SirFit(double logBeta, double logGamma, double[] cases, double pop) {
                    double beta = Math.Exp(logBeta), gamma = Math.Exp(logGamma); double s = pop - 1, inf = 1, rec = 0; double nll = 0; double dt = 0.25;
                    for (int day = 0; day < cases.Length; day++) {
                        double newCases = 0;
                        for (int sub = 0; sub < 4; sub++) {
                            double flow = beta * s * inf / pop * dt; double cure = gamma * inf * dt;
                            s -= flow; inf += flow - cure; rec += cure; newCases += flow; }
                        nll += newCases - cases[day] * Math.Log(newCases); }
                    return nll; }
                """, (r, n) => new object[] { Uniform(r, -0.7, 0), Uniform(r, -2, -1), Vector(r, n, 0, 5), 1000.0 }),
            C("S23VerletNBody1d", """
                [Differentiable("x0", "soft")] public static double S23VerletNBody1d(double[] x0, double soft, double dt, int steps) {
                    int n = x0.Length; double[] x = (double[])x0.Clone(); double[] v = new double[n]; double[] a = new double[n];
                    for (int st = 0; st < steps; st++) {
                        for (int i = 0; i < n; i++) { a[i] = 0; for (int j = 0; j < n; j++) if (j != i) { double dx = x[j] - x[i]; a[i] += dx / Math.Pow(dx * dx + soft * soft, 1.5); } }
                        for (int i = 0; i < n; i++) { v[i] += dt * a[i]; x[i] += dt * v[i]; } }
                    double e = 0; for (int i = 0; i < n; i++) e += 0.5 * v[i] * v[i] + x[i] * x[i] * 0.01;
                    return e; }
                """, (r, n) => new object[] { Enumerable.Range(0, n).Select(i => i + Uniform(r, -0.2, 0.2)).ToArray(), Uniform(r, 0.3, 0.8), 0.05, 4 }),
            C("S23ImplicitEulerNewton", """
                [Differentiable("k", "y0")] public static double S23ImplicitEulerNewton(double k, double y0, double[] forcing, double h) {
                    double y = y0; double loss = 0;
                    for (int t = 0; t < forcing.Length; t++) {
                        double yn = y;
                        for (int it = 0; it < 8; it++) { double g = yn - y + h * k * (yn * yn * yn - forcing[t]); double dg = 1 + 3 * h * k * yn * yn; yn -= g / dg; }
                        y = yn; loss += y * y; }
                    return loss; }
                """, (r, n) => new object[] { Uniform(r, 0.5, 2), Uniform(r, -1, 1), Vector(r, n, -1, 1), 0.1 }),
            C("S23KeplerFixedPoint", """
                [Differentiable("ecc", "meanAnom")] public static double S23KeplerFixedPoint(double ecc, double meanAnom, double a) {
                    double e = meanAnom;
                    for (int it = 0; it < 60; it++) e = meanAnom + ecc * Math.Sin(e);
                    double x = a * (Math.Cos(e) - ecc); double y = a * Math.Sqrt(1 - ecc * ecc) * Math.Sin(e);
                    return Math.Atan2(y, x); }
                """, (r, n) => new object[] { Uniform(r, 0.05, 0.4), Uniform(r, 0.3, 2.5), 1.5 }, ArrayCase.Scalar),
            C("S23NewtonWhileTol", """
                [Differentiable("a", "b")] public static double S23NewtonWhileTol(double a, double b) {
                    double x = 1; double step = 1; int it = 0;
                    while (Math.Abs(step) > 1e-13 && it < 100) { double f = x * x * x + a * x - b; double df = 3 * x * x + a; step = f / df; x -= step; it++; }
                    return x * x; }
                """, (r, n) => new object[] { Uniform(r, 0.5, 2), Uniform(r, 0.5, 3) }, ArrayCase.Scalar),

            // PDE time stepping.
            C("S23HeatImplicitThomas", """
                [Differentiable("u0", "alpha")] public static double S23HeatImplicitThomas(double[] u0, double alpha, int steps) {
                    int n = u0.Length; double[] u = (double[])u0.Clone(); double[] cp = new double[n]; double[] dp = new double[n];
                    for (int st = 0; st < steps; st++) {
                        double b = 1 + 2 * alpha, c = -alpha;
                        cp[0] = c / b; dp[0] = u[0] / b;
                        for (int i = 1; i < n; i++) { double m = b - c * cp[i - 1]; cp[i] = c / m; dp[i] = (u[i] - c * dp[i - 1]) / m; }
                        u[n - 1] = dp[n - 1];
                        for (int i = n - 2; i >= 0; i--) u[i] = dp[i] - cp[i] * u[i + 1]; }
                    double s = 0; for (int i = 0; i < n; i++) s += u[i] * (i + 1);
                    return s; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, 0.1, 1), 3 }, ArrayCase.NonEmpty),
            C("S23BurgersUpwind", """
                [Differentiable("u0", "nu")] public static double S23BurgersUpwind(double[] u0, double nu, double dt, double dx, int steps) {
                    int n = u0.Length; double[] u = new double[n]; double[] un = new double[n]; for (int i = 0; i < n; i++) u[i] = u0[i];
                    for (int st = 0; st < steps; st++) {
                        for (int i = 1; i + 1 < n; i++) {
                            double adv = u[i] > 0 ? u[i] * (u[i] - u[i - 1]) / dx : u[i] * (u[i + 1] - u[i]) / dx;
                            un[i] = u[i] - dt * adv + nu * dt / (dx * dx) * (u[i + 1] - 2 * u[i] + u[i - 1]); }
                        for (int i = 1; i + 1 < n; i++) u[i] = un[i]; }
                    double e = 0; for (int i = 0; i < n; i++) e += u[i] * u[i];
                    return e; }
                """, (r, n) => new object[] { AwayFromZero(r, n, 0.3, 1), Uniform(r, 0.01, 0.1), 0.02, 0.2, 3 }),
            C("S23ReactionDiffusion", """
                [Differentiable("u0", "d", "rate")] public static double S23ReactionDiffusion(double[] u0, double d, double rate, int steps) {
                    int n = u0.Length; double[] u = (double[])u0.Clone(); double[] lap = new double[n];
                    for (int st = 0; st < steps; st++) {
                        for (int i = 0; i < n; i++) { int l = i == 0 ? n - 1 : i - 1; int r = i == n - 1 ? 0 : i + 1; lap[i] = u[l] - 2 * u[i] + u[r]; }
                        for (int i = 0; i < n; i++) u[i] += 0.1 * (d * lap[i] + rate * u[i] * (1 - u[i])); }
                    double m = 0; for (int i = 0; i < n; i++) m += u[i] * u[i] * u[i];
                    return m; }
                """, (r, n) => new object[] { Vector(r, n, 0, 1), Uniform(r, 0.1, 1), Uniform(r, 0.5, 2), 3 }),

            // Linear algebra by hand.
            C("S23GpMatern32Predict", """
                [Differentiable("logEll", "ys")] public static double S23GpMatern32Predict(double logEll, double[] xs, double[] ys, double xStar, double noise) {
                    int n = xs.Length; double ell = Math.Exp(logEll); double[] a = new double[n * n];
                    for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) { double r = Math.Sqrt(3) * Math.Abs(xs[i] - xs[j]) / ell; a[i * n + j] = (1 + r) * Math.Exp(-r) + (i == j ? noise : 0); }
                    for (int j = 0; j < n; j++) {
                        for (int k = 0; k < j; k++) a[j * n + j] -= a[j * n + k] * a[j * n + k];
                        a[j * n + j] = Math.Sqrt(a[j * n + j]);
                        for (int i = j + 1; i < n; i++) { for (int k = 0; k < j; k++) a[i * n + j] -= a[i * n + k] * a[j * n + k]; a[i * n + j] /= a[j * n + j]; } }
                    double[] z = new double[n]; double[] alpha = new double[n];
                    for (int i = 0; i < n; i++) { double s = ys[i]; for (int k = 0; k < i; k++) s -= a[i * n + k] * z[k]; z[i] = s / a[i * n + i]; }
                    for (int i = n - 1; i >= 0; i--) { double s = z[i]; for (int k = i + 1; k < n; k++) s -= a[k * n + i] * alpha[k]; alpha[i] = s / a[i * n + i]; }
                    double mean = 0;
                    for (int i = 0; i < n; i++) { double r = Math.Sqrt(3) * Math.Abs(xStar - xs[i]) / ell; mean += (1 + r) * Math.Exp(-r) * alpha[i]; }
                    return mean; }
                """, (r, n) => new object[] { Uniform(r, -0.5, 0.5), Enumerable.Range(0, n).Select(i => i + Uniform(r, -0.2, 0.2)).ToArray(), Vector(r, n, -1, 1), Uniform(r, -0.5, 0.5) + (n / 2.0), 0.1 }, Small),
            C("S23PortfolioVariance", """
                [Differentiable("logits")] public static double S23PortfolioVariance(double[] logits, double[,] cov, double[] mu, double riskAversion) {
                    int n = logits.Length; double[] w = new double[n]; double z = 0;
                    for (int i = 0; i < n; i++) { w[i] = Math.Exp(logits[i]); z += w[i]; }
                    for (int i = 0; i < n; i++) w[i] /= z;
                    double ret = 0, var = 0;
                    for (int i = 0; i < n; i++) { ret += w[i] * mu[i]; for (int j = 0; j < n; j++) var += w[i] * cov[i, j] * w[j]; }
                    return riskAversion * var - ret; }
                """, (r, n) => { var cov = new double[n, n]; var a = Vector(r, n * n, -1, 1); for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) { double s = i == j ? 0.1 : 0; for (int k = 0; k < n; k++) s += a[i * n + k] * a[j * n + k]; cov[i, j] = s; } return new object[] { Vector(r, n, -1, 1), cov, Vector(r, n, 0, 0.2), 2.0 }; }, ArrayCase.NonEmpty),
            C("S23SharpeFromReturns", """
                [Differentiable("w")] public static double S23SharpeFromReturns(double[] w, double[][] returns) {
                    int t = returns.Length; int a = w.Length; double mean = 0; double[] port = new double[t];
                    for (int s = 0; s < t; s++) { double p = 0; for (int i = 0; i < a; i++) p += w[i] * returns[s][i]; port[s] = p; mean += p; }
                    mean /= t;
                    double var = 0; for (int s = 0; s < t; s++) var += (port[s] - mean) * (port[s] - mean);
                    var /= t - 1;
                    return -mean / Math.Sqrt(var); }
                """, (r, n) => new object[] { Vector(r, 3, 0.1, 1), Enumerable.Range(0, n + 3).Select(_ => Vector(r, 3, -0.1, 0.15)).ToArray() }),
            C("S23PowerPageRank", """
                [Differentiable("damping", "personal")] public static double S23PowerPageRank(double damping, double[] personal, int[] from, int[] to, int[] outDeg) {
                    int n = personal.Length; double[] pr = new double[n]; double[] nx = new double[n];
                    for (int i = 0; i < n; i++) pr[i] = 1.0 / n;
                    for (int it = 0; it < 20; it++) {
                        for (int i = 0; i < n; i++) nx[i] = (1 - damping) * personal[i];
                        for (int e = 0; e < from.Length; e++) nx[to[e]] += damping * pr[from[e]] / outDeg[from[e]];
                        for (int i = 0; i < n; i++) pr[i] = nx[i]; }
                    double s = 0; for (int i = 0; i < n; i++) s += pr[i] * (i + 1);
                    return s; }
                """, (r, n) => new object[] { Uniform(r, 0.6, 0.9), Vector(r, 4, 0.1, 0.4), new[] { 0, 0, 1, 2, 3, 3 }, new[] { 1, 2, 2, 0, 0, 2 }, new[] { 2, 1, 1, 2 } }, ArrayCase.Scalar),
            C("S23MeanFieldIsing", """
                [Differentiable("beta", "h")] public static double S23MeanFieldIsing(double beta, double[] h, double[] coupling) {
                    int n = h.Length; double[] m = new double[n];
                    for (int it = 0; it < 25; it++)
                        for (int i = 0; i < n; i++) { double field = h[i]; for (int j = 0; j < n; j++) if (j != i) field += coupling[i * n + j] * m[j]; m[i] = Math.Tanh(beta * field); }
                    double f = 0; for (int i = 0; i < n; i++) f += m[i] * h[i];
                    return f; }
                """, (r, n) => new object[] { Uniform(r, 0.2, 0.6), Vector(r, n, -1, 1), Vector(r, n * n, -0.3, 0.3) }),

            // Curves and splines.
            C("S23DeCasteljau", """
                [Differentiable("ctrl", "t")] public static double S23DeCasteljau(double[] ctrl, double t) {
                    int n = ctrl.Length; double[] b = new double[n]; for (int i = 0; i < n; i++) b[i] = ctrl[i];
                    for (int r = 1; r < n; r++) for (int i = 0; i < n - r; i++) b[i] = (1 - t) * b[i] + t * b[i + 1];
                    return b[0]; }
                """, (r, n) => new object[] { Vector(r, n, -2, 2), Uniform(r, 0.05, 0.95) }, ArrayCase.NonEmpty),
            C("S23HornerWithDerivative", """
                [Differentiable("c", "x")] public static double S23HornerWithDerivative(double[] c, double x) {
                    double p = 0, dp = 0;
                    for (int i = c.Length - 1; i >= 0; i--) { dp = dp * x + p; p = p * x + c[i]; }
                    return p * p + dp * dp; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1.2, 1.2) }),
            C("S23NaturalCubicSpline", """
                [Differentiable("ys")] public static double S23NaturalCubicSpline(double[] ys, double[] knots, double[] queries) {
                    int n = ys.Length; double[] m = new double[n]; double[] cp = new double[n]; double[] dp = new double[n];
                    for (int i = 1; i + 1 < n; i++) {
                        double h0 = knots[i] - knots[i - 1], h1 = knots[i + 1] - knots[i];
                        double a = h0 / 6, b = (h0 + h1) / 3, c = h1 / 6;
                        double rhs = (ys[i + 1] - ys[i]) / h1 - (ys[i] - ys[i - 1]) / h0;
                        double prevC = i > 1 ? cp[i - 1] : 0, prevD = i > 1 ? dp[i - 1] : 0;
                        double den = b - a * prevC; cp[i] = c / den; dp[i] = (rhs - a * prevD) / den; }
                    for (int i = n - 2; i >= 1; i--) m[i] = dp[i] - cp[i] * m[i + 1];
                    double total = 0;
                    for (int q = 0; q < queries.Length; q++) {
                        int k = 0; while (k + 2 < n && queries[q] > knots[k + 1]) k++;
                        double h = knots[k + 1] - knots[k]; double s = (queries[q] - knots[k]) / h;
                        double val = (1 - s) * ys[k] + s * ys[k + 1] + h * h / 6 * (((1 - s) * (1 - s) * (1 - s) - (1 - s)) * m[k] + (s * s * s - s) * m[k + 1]);
                        total += val * val; }
                    return total; }
                """, (r, n) => new object[] { Vector(r, n + 2, -1, 1), Enumerable.Range(0, n + 2).Select(i => i + Uniform(r, -0.2, 0.2)).ToArray(), Vector(r, 3, 0.3, n + 0.7) }),
            C("S23UniformBspline", """
                [Differentiable("coef")] public static double S23UniformBspline(double[] coef, double[] ts) {
                    double total = 0;
                    for (int q = 0; q < ts.Length; q++) {
                        int i = (int)Math.Floor(ts[q]); double u = ts[q] - i;
                        double b0 = (1 - u) * (1 - u) * (1 - u) / 6, b1 = (3 * u * u * u - 6 * u * u + 4) / 6, b2 = (-3 * u * u * u + 3 * u * u + 3 * u + 1) / 6, b3 = u * u * u / 6;
                        double val = b0 * coef[i] + b1 * coef[i + 1] + b2 * coef[i + 2] + b3 * coef[i + 3];
                        total += Math.Sin(val); }
                    return total; }
                """, (r, n) => new object[] { Vector(r, n + 4, -1, 1), Vector(r, 4, 0.05, n + 0.95) }),
            C("S23SoftDtw", """
                [Differentiable("x", "gamma")] public static double S23SoftDtw(double[] x, double gamma, double[] y) {
                    int n = x.Length, m = y.Length; double[] r = new double[(n + 1) * (m + 1)];
                    for (int i = 0; i <= n; i++) for (int j = 0; j <= m; j++) r[i * (m + 1) + j] = 1e10;
                    r[0] = 0;
                    for (int i = 1; i <= n; i++)
                        for (int j = 1; j <= m; j++) {
                            double c = (x[i - 1] - y[j - 1]) * (x[i - 1] - y[j - 1]);
                            double a = -r[(i - 1) * (m + 1) + j - 1] / gamma, b = -r[(i - 1) * (m + 1) + j] / gamma, d = -r[i * (m + 1) + j - 1] / gamma;
                            double mx = Math.Max(a, Math.Max(b, d));
                            r[i * (m + 1) + j] = c - gamma * (mx + Math.Log(Math.Exp(a - mx) + Math.Exp(b - mx) + Math.Exp(d - mx))); }
                    return r[n * (m + 1) + m]; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, 0.3, 1.5), Vector(r, 3, -1, 1) }, ArrayCase.NonEmpty),

            // Quadrature.
            C("S23SimpsonSpectrum", """
                [Differentiable] public static double S23SimpsonSpectrum(double omega, double damping, int panels) {
                    double a = 0, b = 4, h = (b - a) / (2 * panels); double s = 0;
                    for (int i = 0; i <= 2 * panels; i++) {
                        double t = a + i * h; double f = Math.Exp(-damping * t) * Math.Cos(omega * t) * t;
                        double wgt = i == 0 || i == 2 * panels ? 1 : i % 2 == 1 ? 4 : 2;
                        s += wgt * f; }
                    return s * h / 3; }
                """, (r, n) => new object[] { Uniform(r, 0.5, 3), Uniform(r, 0.1, 1), 8 }, ArrayCase.Scalar),
            C("S23GaussHermiteExpectation", """
                [Differentiable] public static double S23GaussHermiteExpectation(double mu, double logSigma) {
                    double[] nodes = { -2.0201828704560856, -0.9585724646138185, 0.0, 0.9585724646138185, 2.0201828704560856 };
                    double[] weights = { 0.019953242059045913, 0.3936193231522412, 0.9453087204829419, 0.3936193231522412, 0.019953242059045913 };
                    double sigma = Math.Exp(logSigma); double e = 0;
                    for (int i = 0; i < nodes.Length; i++) { double x = mu + Math.Sqrt(2) * sigma * nodes[i]; e += weights[i] * Math.Log(1 + Math.Exp(x)); }
                    return e / Math.Sqrt(Math.PI); }
                """, (r, n) => new object[] { Uniform(r, -1, 1), Uniform(r, -1, 0.5) }, ArrayCase.Scalar),
            C("S23LennardJonesCutoff", """
                [Differentiable("pos", "sigma")] public static double S23LennardJonesCutoff(double[] pos, double sigma, double cutoff) {
                    int n = pos.Length / 2; double e = 0;
                    for (int i = 0; i < n; i++)
                        for (int j = i + 1; j < n; j++) {
                            double dx = pos[2 * i] - pos[2 * j], dy = pos[2 * i + 1] - pos[2 * j + 1]; double r2 = dx * dx + dy * dy;
                            if (r2 > cutoff * cutoff) continue;
                            double s6 = Math.Pow(sigma * sigma / r2, 3); e += 4 * (s6 * s6 - s6); }
                    return e; }
                """, (r, n) => new object[] { Enumerable.Range(0, 2 * n).Select(i => (i / 2 * 1.1) + (i % 2 == 1 ? 0.3 * (i / 2 % 2) : 0) + Uniform(r, -0.05, 0.05)).ToArray(), Uniform(r, 0.8, 1.0), 2.0 }),
            C("S23ArrheniusFit", """
                [Differentiable] public static double S23ArrheniusFit(double logA, double ea, double[] temps, double[] rates) {
                    double sse = 0;
                    for (int i = 0; i < temps.Length; i++) { double pred = logA - ea / (8.314e-3 * temps[i]); double e = Math.Log(rates[i]) - pred; sse += e * e; }
                    return sse; }
                """, (r, n) => new object[] { Uniform(r, 5, 15), Uniform(r, 20, 60), Vector(r, n, 280, 400), Vector(r, n, 0.01, 2) }),
        };
    }
}
