using System;
using DiffGen.Generator.Tests.Arrays;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>Power series summed until the term is small, continued fractions, Horner's rule, Clenshaw's recurrence, compensated sums.</content>
    public sealed partial class IterativeSweep24Tests
    {
        private static readonly ArrayCase[] SeriesCases =
        {
            C("I24ExpSeriesTol", """
                [Differentiable] public static double I24ExpSeriesTol(double x) {
                    double term = 1, sum = 1; int k = 1;
                    while (Math.Abs(term) > 1e-17 * Math.Abs(sum)) { term *= x / k; sum += term; k++; }
                    return sum; }
                """, (r, n) => new object[] { Uniform(r, -3, 3) }),
            C("I24ExpSeriesFixed", """
                [Differentiable] public static double I24ExpSeriesFixed(double x, double s) {
                    double term = 1, sum = 1;
                    for (int k = 1; k < 30; k++) { term = term * (s * x) / k; sum += term; }
                    return sum; }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, 0.5, 1.5) }),
            C("I24SinSeriesTol", """
                [Differentiable] public static double I24SinSeriesTol(double x) {
                    double term = x, sum = x; int n = 1;
                    while (Math.Abs(term) > 1e-18) { term *= -x * x / ((2 * n) * (2 * n + 1)); sum += term; n++; }
                    return sum; }
                """, (r, n) => new object[] { Uniform(r, -3, 3) }),
            C("I24Log1pSeries", """
                [Differentiable] public static double I24Log1pSeries(double x) {
                    double power = x, sum = 0; int k = 1;
                    while (Math.Abs(power / k) > 1e-17) { sum += (k % 2 == 1 ? 1 : -1) * power / k; power *= x; k++; }
                    return sum; }
                """, (r, n) => new object[] { Uniform(r, -0.5, 0.5) }),
            C("I24AtanSeriesFor", """
                [Differentiable] public static double I24AtanSeriesFor(double x) {
                    double sum = 0, p = x, sign = 1;
                    for (int k = 0; k < 200 && Math.Abs(p) > 1e-18; k++) { sum += sign * p / (2 * k + 1); p *= x * x; sign = -sign; }
                    return sum; }
                """, (r, n) => new object[] { Uniform(r, -0.6, 0.6) }),
            C("I24BesselJ0Series", """
                [Differentiable] public static double I24BesselJ0Series(double x) {
                    double term = 1, sum = 1, q = -x * x / 4; int k = 1;
                    do { term *= q / (k * k); sum += term; k++; } while (Math.Abs(term) > 1e-17 * Math.Abs(sum) + 1e-300);
                    return sum; }
                """, (r, n) => new object[] { Uniform(r, -4, 4) }),
            C("I24ErfSeries", """
                [Differentiable] public static double I24ErfSeries(double x) {
                    double sum = x, term = x; int n = 0;
                    while (Math.Abs(term) > 1e-17) { n++; term *= -x * x / n; sum += term / (2 * n + 1); }
                    return 2 / Math.Sqrt(Math.PI) * sum; }
                """, (r, n) => new object[] { Uniform(r, -1.5, 1.5) }),
            C("I24GeometricTol", """
                [Differentiable] public static double I24GeometricTol(double q, double a) {
                    double term = a, sum = 0;
                    while (Math.Abs(term) > 1e-16) { sum += term; term *= q; }
                    return sum; }
                """, (r, n) => new object[] { Uniform(r, -0.7, 0.7), Uniform(r, 0.5, 2) }),
            C("I24ZetaPartial", """
                [Differentiable] public static double I24ZetaPartial(double s) {
                    double sum = 0;
                    for (int k = 1; k <= 200; k++) sum += Math.Pow(k, -s);
                    return sum + Math.Pow(200, 1 - s) / (s - 1); }
                """, (r, n) => new object[] { Uniform(r, 1.5, 4) }),
            C("I24ContinuedFractionTan", """
                [Differentiable] public static double I24ContinuedFractionTan(double x) {
                    double f = 0;
                    for (int k = 25; k >= 1; k--) f = x * x / (2 * k + 1 - f);
                    return x / (1 - f); }
                """, (r, n) => new object[] { Uniform(r, -1.2, 1.2) }),
            C("I24LentzTan", """
                [Differentiable] public static double I24LentzTan(double x) {
                    double tiny = 1e-30, f = tiny, c = f, d = 0; int j = 1;
                    while (j < 100) {
                        double a = j == 1 ? x : -x * x, b = 2 * j - 1;
                        d = b + a * d; if (Math.Abs(d) < tiny) d = tiny;
                        c = b + a / c; if (Math.Abs(c) < tiny) c = tiny;
                        d = 1 / d; double delta = c * d; f *= delta;
                        if (Math.Abs(delta - 1) < 1e-15) break;
                        j++; }
                    return f; }
                """, (r, n) => new object[] { Uniform(r, -1.2, 1.2) }),
            C("I24ContinuedFractionSqrt", """
                [Differentiable] public static double I24ContinuedFractionSqrt(double a) {
                    double f = 1;
                    for (int i = 0; i < 60; i++) f = 1 + (a - 1) / (1 + f);
                    return f; }
                """, (r, n) => new object[] { Uniform(r, 0.5, 4) }),
            C("I24Horner", """
                [Differentiable] public static double I24Horner(double[] c, double x) {
                    double acc = 0;
                    for (int i = c.Length - 1; i >= 0; i--) acc = acc * x + c[i];
                    return acc; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1.5, 1.5) }, ArrayCase.WithEmpty),
            C("I24HornerWithSlope", """
                [Differentiable] public static double I24HornerWithSlope(double[] c, double x) {
                    double p = 0, dp = 0;
                    for (int i = c.Length - 1; i >= 0; i--) { dp = dp * x + p; p = p * x + c[i]; }
                    return p * p + dp; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1.5, 1.5) }, ArrayCase.WithEmpty),
            C("I24HornerNewtonRoot", """
                [Differentiable("c")] public static double I24HornerNewtonRoot(double[] c) {
                    double x = 1;
                    for (int it = 0; it < 30; it++) {
                        double p = 0, dp = 0;
                        for (int i = c.Length - 1; i >= 0; i--) { dp = dp * x + p; p = p * x + c[i]; }
                        double f = x - 2 + 0.1 * x * x * p, df = 1 + 0.1 * (2 * x * p + x * x * dp);
                        x -= f / df; }
                    return x; }
                """, (r, n) => new object[] { Vector(r, n, 0.05, 0.3) }, Small),
            C("I24ClenshawChebyshev", """
                [Differentiable] public static double I24ClenshawChebyshev(double[] c, double x) {
                    double b1 = 0, b2 = 0;
                    for (int k = c.Length - 1; k >= 1; k--) { double b0 = 2 * x * b1 - b2 + c[k]; b2 = b1; b1 = b0; }
                    return c.Length == 0 ? 0 : x * b1 - b2 + c[0]; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }, ArrayCase.WithEmpty),
            C("I24ClenshawLegendre", """
                [Differentiable] public static double I24ClenshawLegendre(double[] c, double x) {
                    int n = c.Length; double b1 = 0, b2 = 0;
                    for (int k = n - 1; k >= 0; k--) {
                        double alpha = (2.0 * k + 1) / (k + 1) * x, beta = -(k + 1.0) / (k + 2);
                        double b0 = c[k] + alpha * b1 + beta * b2; b2 = b1; b1 = b0; }
                    return b1; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }, ArrayCase.WithEmpty),
            C("I24ChebyshevRecurrence", """
                [Differentiable] public static double I24ChebyshevRecurrence(double[] c, double x) {
                    double t0 = 1, t1 = x, sum = 0;
                    for (int k = 0; k < c.Length; k++) {
                        if (k == 0) sum += c[0] * t0; else if (k == 1) sum += c[1] * t1;
                        else { double t2 = 2 * x * t1 - t0; t0 = t1; t1 = t2; sum += c[k] * t1; } }
                    return sum; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }, ArrayCase.WithEmpty),
            C("I24KahanSum", """
                [Differentiable("w")] public static double I24KahanSum(double[] w, double[] x) {
                    double sum = 0, comp = 0;
                    for (int i = 0; i < w.Length; i++) {
                        double y = w[i] * x[i] - comp;
                        double t = sum + y;
                        comp = (t - sum) - y;
                        sum = t; }
                    return sum * sum; }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n) }, ArrayCase.WithEmpty),
            C("I24NeumaierSum", """
                [Differentiable] public static double I24NeumaierSum(double[] x, double scale) {
                    double sum = 0, comp = 0;
                    for (int i = 0; i < x.Length; i++) {
                        double v = scale * x[i];
                        double t = sum + v;
                        if (Math.Abs(sum) >= Math.Abs(v)) comp += (sum - t) + v; else comp += (v - t) + sum;
                        sum = t; }
                    return Math.Exp(0.1 * (sum + comp)); }
                """, (r, n) => new object[] { AwayFromZero(r, n), Uniform(r, 0.5, 2) }, ArrayCase.WithEmpty),
            C("I24PowBySquaring", """
                [Differentiable] public static double I24PowBySquaring(double x, int n) {
                    double result = 1, b = x; int m = n;
                    while (m > 0) { if (m % 2 == 1) result *= b; b *= b; m /= 2; }
                    return result; }
                """, (r, n) => new object[] { Uniform(r, 0.5, 1.5), r.Next(0, 12) }),
            C("I24Aitken", """
                [Differentiable] public static double I24Aitken(double a) {
                    double x = 0.5;
                    for (int i = 0; i < 6; i++) x = Math.Cos(a * x);
                    double x1 = Math.Cos(a * x), x2 = Math.Cos(a * x1);
                    return x2 - (x2 - x1) * (x2 - x1) / (x2 - 2 * x1 + x); }
                """, (r, n) => new object[] { Uniform(r, 0.3, 1.0) }),
            C("I24ContinuedFractionLogistic", """
                [Differentiable] public static double I24ContinuedFractionLogistic(double x, double depth) {
                    double f = 1;
                    for (int k = 40; k >= 1; k--) f = 1 + depth * x / (k + f);
                    return Math.Log(f); }
                """, (r, n) => new object[] { Uniform(r, 0.1, 3), Uniform(r, 0.5, 2) }),
        };
    }
}
