using System;
using DiffGen.Generator.Tests.Arrays;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>
    /// Quadrature of a parametrised integrand in a loop, power iteration, Jacobi / Gauss-Seidel / SOR sweeps, gradient-descent
    /// inner loops, running recurrences (logistic map, AR(1), exponential smoothing, Kalman) and recurrences on arrays.
    /// </content>
    public sealed partial class IterativeSweep24Tests
    {
        private static readonly ArrayCase[] LinearCases =
        {
            C("I24TrapezoidGaussian", """
                [Differentiable] public static double I24TrapezoidGaussian(double mu, double sigma) {
                    int n = 200; double a = 0, b = 3, h = (b - a) / n;
                    double sum = 0.5 * (Math.Exp(-(a - mu) * (a - mu) / (2 * sigma * sigma)) + Math.Exp(-(b - mu) * (b - mu) / (2 * sigma * sigma)));
                    for (int i = 1; i < n; i++) { double x = a + i * h; sum += Math.Exp(-(x - mu) * (x - mu) / (2 * sigma * sigma)); }
                    return sum * h; }
                """, (r, n) => new object[] { Uniform(r, 0, 3), Uniform(r, 0.3, 2) }),
            C("I24SimpsonDecaySine", """
                [Differentiable] public static double I24SimpsonDecaySine(double a, double b) {
                    int n = 100; double h = 1.0 / n;
                    double sum = Math.Sin(a * 0) * Math.Exp(-b * 0) + Math.Sin(a * 1) * Math.Exp(-b * 1);
                    for (int i = 1; i < n; i++) { double x = i * h; double f = Math.Sin(a * x) * Math.Exp(-b * x); sum += (i % 2 == 1 ? 4 : 2) * f; }
                    return sum * h / 3; }
                """, (r, n) => new object[] { Uniform(r, 0.5, 5), Uniform(r, 0, 2) }),
            C("I24TrapezoidUpperLimit", """
                [Differentiable] public static double I24TrapezoidUpperLimit(double upper, double k) {
                    int n = 64; double h = upper / n, sum = 0;
                    for (int i = 0; i <= n; i++) { double t = i * h; double w = i == 0 || i == n ? 0.5 : 1; sum += w * Math.Exp(-k * t) * Math.Cos(t); }
                    return sum * h; }
                """, (r, n) => new object[] { Uniform(r, 0.5, 4), Uniform(r, 0.1, 2) }),
            C("I24SimpsonPolyCoefficients", """
                [Differentiable("c")] public static double I24SimpsonPolyCoefficients(double[] c, double upper) {
                    int n = 20; double h = upper / n, sum = 0;
                    for (int i = 0; i <= n; i++) {
                        double x = i * h, p = 0;
                        for (int j = c.Length - 1; j >= 0; j--) p = p * x + c[j];
                        double w = i == 0 || i == n ? 1 : (i % 2 == 1 ? 4 : 2);
                        sum += w * p * p; }
                    return sum * h / 3; }
                """, (r, n) => new object[] { Vector(r, n), 1.5 }, Sizes),
            C("I24MidpointHelper", """
                [Differentiable] public static double I24Density(double x, double shape, double rate) => Math.Pow(x, shape - 1) * Math.Exp(-rate * x);
                [Differentiable("shape", "rate")] public static double I24MidpointHelper(double shape, double rate) {
                    int n = 100; double h = 5.0 / n, sum = 0;
                    for (int i = 0; i < n; i++) sum += I24Density((i + 0.5) * h, shape, rate);
                    return sum * h; }
                """, (r, n) => new object[] { Uniform(r, 1.5, 4), Uniform(r, 0.5, 2) }),
            C("I24RombergDoubling", """
                [Differentiable] public static double I24RombergDoubling(double a) {
                    int n = 1; double h = 1.0;
                    double t = 0.5 * h * (1 / (1 + a * 0) + 1 / (1 + a * 1)), prev = 0;
                    int level = 0;
                    while (level < 3 || Math.Abs(t - prev) > 1e-9) {
                        prev = t; double mid = 0;
                        for (int i = 0; i < n; i++) { double x = (i + 0.5) * h; mid += 1 / (1 + a * x * x); }
                        t = 0.5 * (t + h * mid); n *= 2; h *= 0.5; level++; }
                    return t; }
                """, (r, n) => new object[] { Uniform(r, 0.2, 3) }),
            C("I24PowerIteration", """
                [Differentiable("a")] public static double I24PowerIteration(double[] a, int n) {
                    double[] v = new double[n], w = new double[n];
                    for (int i = 0; i < n; i++) v[i] = 1.0 / Math.Sqrt(n);
                    for (int it = 0; it < 40; it++) {
                        for (int i = 0; i < n; i++) { w[i] = 0; for (int j = 0; j < n; j++) w[i] += a[i * n + j] * v[j]; }
                        double norm = 0; for (int i = 0; i < n; i++) norm += w[i] * w[i];
                        norm = Math.Sqrt(norm);
                        for (int i = 0; i < n; i++) v[i] = w[i] / norm; }
                    double lambda = 0;
                    for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) lambda += v[i] * a[i * n + j] * v[j];
                    return lambda; }
                """, (r, n) => new object[] { PositiveMatrix(r, 3), 3 }),
            C("I24PowerIterationTol", """
                [Differentiable("a")] public static double I24PowerIterationTol(double[] a) {
                    double x = 1, y = 1, lambda = 0, prev = -1; int it = 0;
                    while (Math.Abs(lambda - prev) > 1e-14 && it < 500) {
                        prev = lambda;
                        double nx = a[0] * x + a[1] * y, ny = a[2] * x + a[3] * y;
                        double norm = Math.Sqrt(nx * nx + ny * ny);
                        lambda = (x * nx + y * ny) / (x * x + y * y);
                        x = nx / norm; y = ny / norm; it++; }
                    return lambda; }
                """, (r, n) => new object[] { PositiveMatrix(r, 2) }),
            C("I24JacobiSweeps", """
                [Differentiable("a", "b")] public static double I24JacobiSweeps(double[] a, double[] b) {
                    int n = b.Length; double[] x = new double[n], next = new double[n];
                    for (int sweep = 0; sweep < 25; sweep++) {
                        for (int i = 0; i < n; i++) { double s = b[i]; for (int j = 0; j < n; j++) if (j != i) s -= a[i * n + j] * x[j]; next[i] = s / a[i * n + i]; }
                        for (int i = 0; i < n; i++) x[i] = next[i]; }
                    double total = 0; for (int i = 0; i < n; i++) total += x[i] * (i + 1);
                    return total; }
                """, (r, n) => new object[] { DominantMatrix(r, n), Vector(r, n) }, Small),
            C("I24GaussSeidel", """
                [Differentiable("a", "b")] public static double I24GaussSeidel(double[] a, double[] b) {
                    int n = b.Length; double[] x = new double[n];
                    for (int sweep = 0; sweep < 20; sweep++)
                        for (int i = 0; i < n; i++) {
                            double s = b[i];
                            for (int j = 0; j < n; j++) if (j != i) s -= a[i * n + j] * x[j];
                            x[i] = s / a[i * n + i]; }
                    double total = 0; for (int i = 0; i < n; i++) total += x[i] * x[i];
                    return total; }
                """, (r, n) => new object[] { DominantMatrix(r, n), Vector(r, n) }, Small),
            C("I24SorOmega", """
                [Differentiable("omega", "b")] public static double I24SorOmega(double omega, double[] b) {
                    int n = b.Length; double[] x = new double[n];
                    for (int sweep = 0; sweep < 15; sweep++)
                        for (int i = 0; i < n; i++) {
                            double left = i > 0 ? x[i - 1] : 0, right = i < n - 1 ? x[i + 1] : 0;
                            double gs = (b[i] + left + right) / 4;
                            x[i] = (1 - omega) * x[i] + omega * gs; }
                    double total = 0; for (int i = 0; i < n; i++) total += x[i];
                    return total; }
                """, (r, n) => new object[] { Uniform(r, 0.8, 1.5), Vector(r, n) }, Small),
            C("I24GaussSeidelResidual", """
                [Differentiable("d", "b")] public static double I24GaussSeidelResidual(double d, double[] b) {
                    int n = b.Length; double[] x = new double[n]; double change = 1; int sweeps = 0;
                    while (change > 1e-13 && sweeps < 200) {
                        change = 0;
                        for (int i = 0; i < n; i++) {
                            double left = i > 0 ? x[i - 1] : 0, right = i < n - 1 ? x[i + 1] : 0;
                            double xi = (b[i] + left + right) / d;
                            change += Math.Abs(xi - x[i]); x[i] = xi; }
                        sweeps++; }
                    double total = 0; for (int i = 0; i < n; i++) total += x[i] * (i + 1);
                    return total; }
                """, (r, n) => new object[] { Uniform(r, 2.5, 4), Vector(r, n) }, Small),
            C("I24GradientDescentQuadratic", """
                [Differentiable] public static double I24GradientDescentQuadratic(double a, double b, double lr) {
                    double w = 0;
                    for (int it = 0; it < 50; it++) { double grad = 2 * a * (a * w - b); w -= lr * grad; }
                    return (a * w - b) * (a * w - b) + 0.1 * w; }
                """, (r, n) => new object[] { Uniform(r, 0.5, 2), Uniform(r, -2, 2), Uniform(r, 0.01, 0.1) }),
            C("I24GradientDescentLinReg", """
                [Differentiable("lr", "x")] public static double I24GradientDescentLinReg(double lr, double[] x, double[] y) {
                    int n = x.Length; double m = 0, c = 0;
                    for (int epoch = 0; epoch < 30; epoch++) {
                        double gm = 0, gc = 0;
                        for (int i = 0; i < n; i++) { double e = m * x[i] + c - y[i]; gm += 2 * e * x[i] / n; gc += 2 * e / n; }
                        m -= lr * gm; c -= lr * gc; }
                    double loss = 0; for (int i = 0; i < n; i++) { double e = m * x[i] + c - y[i]; loss += e * e; }
                    return loss / n; }
                """, (r, n) => new object[] { Uniform(r, 0.05, 0.3), Vector(r, n, -1, 1), Vector(r, n, -1, 1) }, Small),
            C("I24MomentumRosenbrock", """
                [Differentiable] public static double I24MomentumRosenbrock(double lr, double beta, double a) {
                    double x = -0.5, y = 0.5, vx = 0, vy = 0;
                    for (int it = 0; it < 40; it++) {
                        double gx = -2 * (a - x) - 40 * x * (y - x * x), gy = 20 * (y - x * x);
                        vx = beta * vx + gx; vy = beta * vy + gy;
                        x -= 0.001 * lr * vx; y -= 0.001 * lr * vy; }
                    return (a - x) * (a - x) + 10 * (y - x * x) * (y - x * x); }
                """, (r, n) => new object[] { Uniform(r, 1, 3), Uniform(r, 0.3, 0.6), Uniform(r, 0.5, 1.5) }),
            C("I24NewtonMinimize", """
                [Differentiable] public static double I24NewtonMinimize(double a, double b) {
                    double x = 0;
                    for (int i = 0; i < 20; i++) { double g = Math.Exp(x) - a + 2 * b * x, h = Math.Exp(x) + 2 * b; x -= g / h; }
                    return Math.Exp(x) - a * x + b * x * x; }
                """, (r, n) => new object[] { Uniform(r, 0.5, 3), Uniform(r, 0.2, 2) }),
            C("I24LogisticMap", """
                [Differentiable] public static double I24LogisticMap(double rate, double x0) {
                    double x = x0;
                    for (int i = 0; i < 12; i++) x = rate * x * (1 - x);
                    return x; }
                """, (r, n) => new object[] { Uniform(r, 2.5, 3.5), Uniform(r, 0.1, 0.9) }),
            C("I24Ar1Filter", """
                [Differentiable("phi", "c")] public static double I24Ar1Filter(double phi, double c, double[] x) {
                    double y = 0, sse = 0;
                    for (int t = 0; t < x.Length; t++) { double pred = c + phi * y; sse += (x[t] - pred) * (x[t] - pred); y = x[t]; }
                    return sse; }
                """, (r, n) => new object[] { Uniform(r, -0.9, 0.9), Uniform(r, -1, 1), Vector(r, n) }, ArrayCase.WithEmpty),
            C("I24ArFilterRecursive", """
                [Differentiable("phi", "x")] public static double I24ArFilterRecursive(double phi, double[] x) {
                    double y = 0, s = 0;
                    for (int t = 0; t < x.Length; t++) { y = phi * y + (1 - phi) * x[t]; s += y * y; }
                    return s; }
                """, (r, n) => new object[] { Uniform(r, -0.9, 0.9), Vector(r, n) }, ArrayCase.WithEmpty),
            C("I24ExpSmoothing", """
                [Differentiable("alpha")] public static double I24ExpSmoothing(double alpha, double[] x) {
                    if (x.Length == 0) return 0;
                    double level = x[0], sse = 0;
                    for (int t = 1; t < x.Length; t++) { double e = x[t] - level; sse += e * e; level += alpha * e; }
                    return sse; }
                """, (r, n) => new object[] { Uniform(r, 0.05, 0.95), Vector(r, n) }, ArrayCase.WithEmpty),
            C("I24HoltLinear", """
                [Differentiable("alpha", "beta")] public static double I24HoltLinear(double alpha, double beta, double[] x) {
                    double level = x[0], trend = 0, sse = 0;
                    for (int t = 1; t < x.Length; t++) {
                        double forecast = level + trend, e = x[t] - forecast; sse += e * e;
                        double newLevel = alpha * x[t] + (1 - alpha) * (level + trend);
                        trend = beta * (newLevel - level) + (1 - beta) * trend; level = newLevel; }
                    return sse; }
                """, (r, n) => new object[] { Uniform(r, 0.05, 0.95), Uniform(r, 0.05, 0.95), Vector(r, n) }, ArrayCase.NonEmpty),
            C("I24EwmaVariance", """
                [Differentiable("lambda")] public static double I24EwmaVariance(double lambda, double[] returns) {
                    double v = 1e-4, nll = 0;
                    for (int t = 0; t < returns.Length; t++) { nll += Math.Log(v) + returns[t] * returns[t] / v; v = lambda * v + (1 - lambda) * returns[t] * returns[t]; }
                    return 0.5 * nll; }
                """, (r, n) => new object[] { Uniform(r, 0.8, 0.99), Vector(r, n, -0.05, 0.05) }, ArrayCase.WithEmpty),
            C("I24Kalman1d", """
                [Differentiable("q", "rn")] public static double I24Kalman1d(double q, double rn, double[] z) {
                    double x = 0, p = 1, nll = 0;
                    for (int t = 0; t < z.Length; t++) {
                        p += q; double s = p + rn, innov = z[t] - x;
                        nll += Math.Log(s) + innov * innov / s;
                        double k = p / s; x += k * innov; p *= 1 - k; }
                    return nll; }
                """, (r, n) => new object[] { Uniform(r, 0.01, 1), Uniform(r, 0.1, 1), Vector(r, n) }, ArrayCase.WithEmpty),
            C("I24ArrayRecurrenceInPlace", """
                [Differentiable("rate", "x")] public static double I24ArrayRecurrenceInPlace(double rate, double[] x) {
                    int n = x.Length; double[] a = new double[n];
                    for (int i = 0; i < n; i++) a[i] = x[i];
                    for (int i = 1; i < n; i++) a[i] += rate * a[i - 1];
                    for (int pass = 0; pass < 3; pass++) for (int i = n - 2; i >= 0; i--) a[i] = 0.5 * a[i] + rate * Math.Tanh(a[i + 1]);
                    double s = 0; for (int i = 0; i < n; i++) s += a[i] * a[i];
                    return s; }
                """, (r, n) => new object[] { Uniform(r, -0.9, 0.9), Vector(r, n) }, ArrayCase.WithEmpty),
            C("I24LinearRecurrenceArray", """
                [Differentiable] public static double I24LinearRecurrenceArray(double p, double q, int n) {
                    double[] f = new double[n + 2]; f[0] = 0; f[1] = 1;
                    for (int i = 2; i < n + 2; i++) f[i] = p * f[i - 1] + q * f[i - 2];
                    return f[n + 1]; }
                """, (r, n) => new object[] { Uniform(r, 0.5, 1.5), Uniform(r, -0.5, 0.5), r.Next(0, 15) }),
            C("I24CumulativeProduct", """
                [Differentiable("g")] public static double I24CumulativeProduct(double[] g) {
                    int n = g.Length; double[] wealth = new double[n + 1]; wealth[0] = 1; double s = 0;
                    for (int i = 0; i < n; i++) { wealth[i + 1] = wealth[i] * (1 + g[i]); s += Math.Log(wealth[i + 1]); }
                    return s; }
                """, (r, n) => new object[] { Vector(r, n, -0.5, 0.5) }, ArrayCase.WithEmpty),
            C("I24GaussSeidelPoisson", """
                [Differentiable("f")] public static double I24GaussSeidelPoisson(double[] f) {
                    int n = f.Length; double h = 1.0 / (n + 1); double[] u = new double[n];
                    for (int sweep = 0; sweep < 30; sweep++)
                        for (int i = 0; i < n; i++) u[i] = 0.5 * ((i > 0 ? u[i - 1] : 0) + (i < n - 1 ? u[i + 1] : 0) + h * h * f[i] * f[i]);
                    double s = 0; for (int i = 0; i < n; i++) s += u[i];
                    return s; }
                """, (r, n) => new object[] { Vector(r, n) }, Small),
            C("I24ConjugateGradient", """
                [Differentiable("a", "b")] public static double I24ConjugateGradient(double[] a, double[] b) {
                    int n = b.Length; double[] x = new double[n], res = new double[n], p = new double[n], ap = new double[n];
                    for (int i = 0; i < n; i++) { res[i] = b[i]; p[i] = b[i]; }
                    double rr = 0; for (int i = 0; i < n; i++) rr += res[i] * res[i];
                    for (int it = 0; it < n; it++) {
                        for (int i = 0; i < n; i++) { ap[i] = 0; for (int j = 0; j < n; j++) ap[i] += a[i * n + j] * p[j]; }
                        double pap = 0; for (int i = 0; i < n; i++) pap += p[i] * ap[i];
                        double alpha = rr / pap;
                        for (int i = 0; i < n; i++) { x[i] += alpha * p[i]; res[i] -= alpha * ap[i]; }
                        double rrNew = 0; for (int i = 0; i < n; i++) rrNew += res[i] * res[i];
                        for (int i = 0; i < n; i++) p[i] = res[i] + rrNew / rr * p[i];
                        rr = rrNew; }
                    double total = 0; for (int i = 0; i < n; i++) total += x[i] * (i + 1);
                    return total; }
                """, (r, n) => new object[] { SpdMatrix(r, n), Vector(r, n) }, Small),
        };

        /// <summary>An n×n matrix with positive entries (a dominant eigenvalue well apart), flattened by rows.</summary>
        private static double[] PositiveMatrix(Random r, int n)
        {
            double[] m = new double[n * n];
            for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) m[(i * n) + j] = Uniform(r, 0.2, 1) + (i == j ? 1.5 : 0);
            return m;
        }

        /// <summary>A strictly diagonally dominant n×n matrix, flattened by rows.</summary>
        private static double[] DominantMatrix(Random r, int n)
        {
            double[] m = new double[n * n];
            for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) m[(i * n) + j] = i == j ? Uniform(r, n + 1, n + 3) : Uniform(r, -0.5, 0.5);
            return m;
        }

        /// <summary>A symmetric positive definite n×n matrix, flattened by rows (perturbing it moves it off symmetry, which CG over n steps tolerates).</summary>
        private static double[] SpdMatrix(Random r, int n)
        {
            double[] m = new double[n * n];
            for (int i = 0; i < n; i++) for (int j = 0; j <= i; j++) { double v = i == j ? Uniform(r, 2, 4) : Uniform(r, -0.5, 0.5); m[(i * n) + j] = v; m[(j * n) + i] = v; }
            return m;
        }
    }
}
