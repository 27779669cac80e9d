using System;
using DiffGen.Generator.Tests.Arrays;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>Root finding: Newton's iteration (fixed counts, tolerances, early returns), fixed-point and secant iterations, and searches (bisection, golden section) with their rewrites.</content>
    public sealed partial class IterativeSweep24Tests
    {
        private static readonly ArrayCase[] RootCases =
        {
            C("I24NewtonSqrtFixed", """
                [Differentiable] public static double I24NewtonSqrtFixed(double a) {
                    double x = a;
                    for (int i = 0; i < 30; i++) x = 0.5 * (x + a / x);
                    return x; }
                """, (r, n) => new object[] { Uniform(r, 0.1, 50) }),
            C("I24NewtonSqrtTol", """
                [Differentiable] public static double I24NewtonSqrtTol(double a) {
                    double x = a > 1 ? a : 1;
                    while (Math.Abs(x * x - a) > 1e-15 * a) x = 0.5 * (x + a / x);
                    return x; }
                """, (r, n) => new object[] { Uniform(r, 0.1, 50) }),
            C("I24NewtonCbrtFixed", """
                [Differentiable] public static double I24NewtonCbrtFixed(double a) {
                    double x = 1;
                    for (int i = 0; i < 40; i++) x -= (x * x * x - a) / (3 * x * x);
                    return x; }
                """, (r, n) => new object[] { Uniform(r, 0.2, 20) }),
            C("I24NewtonCbrtDoWhile", """
                [Differentiable] public static double I24NewtonCbrtDoWhile(double a) {
                    double x = 1, step;
                    int it = 0;
                    do { step = (x * x * x - a) / (3 * x * x); x -= step; it++; } while (Math.Abs(step) > 1e-14 * Math.Abs(x) && it < 100);
                    return x; }
                """, (r, n) => new object[] { Uniform(r, 0.2, 20) }),
            C("I24LambertWFixed", """
                [Differentiable] public static double I24LambertWFixed(double p) {
                    double x = Math.Log(1 + p);
                    for (int i = 0; i < 25; i++) { double ex = Math.Exp(x); x -= (x * ex - p) / (ex * (x + 1)); }
                    return x; }
                """, (r, n) => new object[] { Uniform(r, 0.1, 10) }),
            C("I24LambertWTol", """
                [Differentiable] public static double I24LambertWTol(double p) {
                    double x = 1, dx = 1;
                    while (Math.Abs(dx) > 1e-13) { double ex = Math.Exp(x); dx = (x * ex - p) / (ex * (x + 1)); x -= dx; }
                    return x; }
                """, (r, n) => new object[] { Uniform(r, 0.1, 10) }),
            C("I24LambertWHalley", """
                [Differentiable] public static double I24LambertWHalley(double p) {
                    double w = 0.5;
                    for (int i = 0; i < 12; i++) {
                        double ew = Math.Exp(w), f = w * ew - p;
                        w -= f / (ew * (w + 1) - (w + 2) * f / (2 * w + 2)); }
                    return w * w; }
                """, (r, n) => new object[] { Uniform(r, 0.1, 10) }),
            C("I24Kepler", """
                [Differentiable] public static double I24Kepler(double meanAnomaly, double ecc) {
                    double e = meanAnomaly;
                    for (int i = 0; i < 30; i++) e -= (e - ecc * Math.Sin(e) - meanAnomaly) / (1 - ecc * Math.Cos(e));
                    return Math.Cos(e) - ecc; }
                """, (r, n) => new object[] { Uniform(r, 0.1, 3), Uniform(r, 0, 0.8) }),
            C("I24NewtonForeverReturn", """
                [Differentiable] public static double I24NewtonForeverReturn(double p) {
                    double x = 1;
                    for (;;) {
                        double f = x * x * x + x - p, df = 3 * x * x + 1;
                        double dx = f / df; x -= dx;
                        if (Math.Abs(dx) < 1e-13) return x; } }
                """, (r, n) => new object[] { Uniform(r, -5, 5) }),
            C("I24NewtonCapBreak", """
                [Differentiable] public static double I24NewtonCapBreak(double p, double q) {
                    double x = 0;
                    for (int i = 0; i < 60; i++) {
                        double f = Math.Exp(x) + q * x - p, df = Math.Exp(x) + q;
                        double dx = f / df; x -= dx;
                        if (Math.Abs(dx) < 1e-14) break; }
                    return x * x + x; }
                """, (r, n) => new object[] { Uniform(r, 0.5, 5), Uniform(r, 0.5, 3) }),
            C("I24FixedPointCos", """
                [Differentiable] public static double I24FixedPointCos(double a) {
                    double x = 0.5;
                    for (int i = 0; i < 200; i++) x = Math.Cos(a * x);
                    return x; }
                """, (r, n) => new object[] { Uniform(r, 0.2, 1.0) }),
            C("I24FixedPointTol", """
                [Differentiable] public static double I24FixedPointTol(double a, double b) {
                    double x = 0, prev = 1;
                    while (Math.Abs(x - prev) > 1e-15) { prev = x; x = a * Math.Exp(-x) + b; }
                    return x; }
                """, (r, n) => new object[] { Uniform(r, 0.1, 0.6), Uniform(r, 0, 1) }),
            C("I24FixedPointDamped", """
                [Differentiable] public static double I24FixedPointDamped(double a, double w) {
                    double x = 1;
                    for (int i = 0; i < 100; i++) x = (1 - w) * x + w * (a / (x * x));
                    return x; }
                """, (r, n) => new object[] { Uniform(r, 0.5, 3), Uniform(r, 0.2, 0.4) }),
            C("I24Secant", """
                [Differentiable] public static double I24Secant(double p) {
                    double x0 = 0, x1 = 2;
                    double f0 = x0 * x0 * x0 + 2 * x0 - p, f1 = x1 * x1 * x1 + 2 * x1 - p;
                    for (int i = 0; i < 40; i++) {
                        if (Math.Abs(f1) < 1e-13) break;
                        double x2 = x1 - f1 * (x1 - x0) / (f1 - f0);
                        x0 = x1; f0 = f1; x1 = x2; f1 = x1 * x1 * x1 + 2 * x1 - p; }
                    return x1; }
                """, (r, n) => new object[] { Uniform(r, 0.5, 10) }),
            C("I24RegulaFalsi", """
                [Differentiable] public static double I24RegulaFalsi(double p) {
                    double lo = 0, hi = 3, flo = -p, fhi = 27 + 3 - p, x = 0;
                    for (int i = 0; i < 200; i++) {
                        x = hi - fhi * (hi - lo) / (fhi - flo);
                        double fx = x * x * x + x - p;
                        if (fx > 0) { hi = x; fhi = fx; } else { lo = x; flo = fx; } }
                    return x; }
                """, (r, n) => new object[] { Uniform(r, 0.5, 20) }),
            C("I24NewtonReciprocal", """
                [Differentiable] public static double I24NewtonReciprocal(double a) {
                    double x = 0.1;
                    for (int i = 0; i < 12; i++) x = x * (2 - a * x);
                    return x; }
                """, (r, n) => new object[] { Uniform(r, 0.5, 15) }),
            C("I24NewtonInvSqrt", """
                [Differentiable] public static double I24NewtonInvSqrt(double a) {
                    double y = 0.3;
                    for (int i = 0; i < 20; i++) y = y * (1.5 - 0.5 * a * y * y);
                    return y; }
                """, (r, n) => new object[] { Uniform(r, 0.5, 10) }),
            C("I24Newton2d", """
                [Differentiable] public static double I24Newton2d(double radius, double slope) {
                    double x = 1, y = 1;
                    for (int i = 0; i < 30; i++) {
                        double f1 = x * x + y * y - radius * radius, f2 = y - slope * x;
                        double j11 = 2 * x, j12 = 2 * y, j21 = -slope, j22 = 1;
                        double det = j11 * j22 - j12 * j21;
                        x -= (j22 * f1 - j12 * f2) / det;
                        y -= (-j21 * f1 + j11 * f2) / det; }
                    return x + 3 * y; }
                """, (r, n) => new object[] { Uniform(r, 0.5, 3), Uniform(r, -2, 2) }),
            C("I24NewtonArrayRoots", """
                [Differentiable("p")] public static double I24NewtonArrayRoots(double[] p) {
                    double total = 0;
                    for (int i = 0; i < p.Length; i++) {
                        double x = 1;
                        for (int it = 0; it < 40; it++) x -= (x * Math.Exp(x) - p[i]) / (Math.Exp(x) * (x + 1));
                        total += x * (i + 1); }
                    return total; }
                """, (r, n) => new object[] { Vector(r, n, 0.2, 6) }, Sizes),
            C("I24BisectionThenNewton", """
                [Differentiable] public static double I24BisectionThenNewton(double a) {
                    double lo = 0, hi = 10;
                    for (int i = 0; i < 60; i++) { double mid = 0.5 * (lo + hi); if (mid * mid * mid - a > 0) hi = mid; else lo = mid; }
                    double x = 0.5 * (lo + hi);
                    x -= (x * x * x - a) / (3 * x * x);
                    return x; }
                """, (r, n) => new object[] { Uniform(r, 0.5, 50) }),
            C("I24BisectionParamBracketThenNewton", """
                [Differentiable] public static double I24BisectionParamBracketThenNewton(double p) {
                    double lo = 0, hi = 2 + p;
                    for (int i = 0; i < 60; i++) { double mid = 0.5 * (lo + hi); if (mid * mid - p > 0) hi = mid; else lo = mid; }
                    double x = 0.5 * (lo + hi);
                    x -= (x * x - p) / (2 * x);
                    return x; }
                """, (r, n) => new object[] { Uniform(r, 0.5, 10) }),
            C("I24BisectionInterpolated", """
                [Differentiable] public static double I24BisectionInterpolated(double a) {
                    double lo = 0, hi = 4;
                    for (int i = 0; i < 30; i++) { double mid = 0.5 * (lo + hi); if (mid * mid * mid + mid - a > 0) hi = mid; else lo = mid; }
                    double flo = lo * lo * lo + lo - a, fhi = hi * hi * hi + hi - a;
                    return lo - flo * (hi - lo) / (fhi - flo); }
                """, (r, n) => new object[] { Uniform(r, 0.5, 30) }),
            C("I24GoldenMinValue", """
                [Differentiable] public static double I24GoldenMinValue(double a, double b) {
                    double lo = -5, hi = 5, g = 0.6180339887498949;
                    double c = hi - g * (hi - lo), d = lo + g * (hi - lo);
                    for (int i = 0; i < 80; i++) {
                        double fc = (c - a) * (c - a) + b * Math.Cosh(c), fd = (d - a) * (d - a) + b * Math.Cosh(d);
                        if (fc < fd) { hi = d; } else { lo = c; }
                        c = hi - g * (hi - lo); d = lo + g * (hi - lo); }
                    double x = 0.5 * (lo + hi);
                    return (x - a) * (x - a) + b * Math.Cosh(x); }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, 0.2, 2) }),
            C("I24GoldenArgminThenNewton", """
                [Differentiable] public static double I24GoldenArgminThenNewton(double a, double b) {
                    double lo = -5, hi = 5, g = 0.6180339887498949;
                    for (int i = 0; i < 80; i++) {
                        double c = hi - g * (hi - lo), d = lo + g * (hi - lo);
                        double fc = (c - a) * (c - a) + b * Math.Cosh(c), fd = (d - a) * (d - a) + b * Math.Cosh(d);
                        if (fc < fd) hi = d; else lo = c; }
                    double x = 0.5 * (lo + hi);
                    x -= (2 * (x - a) + b * Math.Sinh(x)) / (2 + b * Math.Cosh(x));
                    return x; }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, 0.2, 2) }),
        };
    }
}
