using System;
using DiffGen.Generator.Tests.Arrays;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>
    /// Bisection and golden-section searches written in the ways people write them (a bracket of constants, a bracket that reads
    /// the parameter, the update as ?:, a flag, a tolerance, a grid walk), each warned of (DIFF012), or not.
    /// </content>
    public sealed partial class IterativeSweep24Tests
    {
        private static readonly ArrayCase[] SearchCases =
        {
            C("I24BisectConst", """
                [Differentiable] public static double I24BisectConst(double p) {
                    double lo = 0, hi = 4;
                    for (int i = 0; i < 60; i++) { double mid = 0.5 * (lo + hi); if (mid * mid * mid + mid - p > 0) hi = mid; else lo = mid; }
                    return 0.5 * (lo + hi); }
                """, (r, n) => new object[] { Uniform(r, 0.5, 20) }),
            C("I24BisectConstWhileTol", """
                [Differentiable] public static double I24BisectConstWhileTol(double p) {
                    double lo = 0, hi = 4;
                    while (hi - lo > 1e-12) { double mid = 0.5 * (lo + hi); if (mid * mid - p > 0) hi = mid; else lo = mid; }
                    return lo; }
                """, (r, n) => new object[] { Uniform(r, 0.5, 10) }),
            C("I24BisectConstTernary", """
                [Differentiable] public static double I24BisectConstTernary(double p) {
                    double lo = 0, hi = 4;
                    for (int i = 0; i < 60; i++) { double mid = 0.5 * (lo + hi); double f = mid * mid - p; hi = f > 0 ? mid : hi; lo = f > 0 ? lo : mid; }
                    return 0.5 * (lo + hi); }
                """, (r, n) => new object[] { Uniform(r, 0.5, 10) }),
            C("I24BisectConstIntFlag", """
                [Differentiable] public static double I24BisectConstIntFlag(double p) {
                    double lo = 0, hi = 4;
                    for (int i = 0; i < 60; i++) { double mid = 0.5 * (lo + hi); int above = mid * mid - p > 0 ? 1 : 0; if (above == 1) hi = mid; else lo = mid; }
                    return 0.5 * (lo + hi); }
                """, (r, n) => new object[] { Uniform(r, 0.5, 10) }),
            C("I24BisectConstSquared", """
                [Differentiable] public static double I24BisectConstSquared(double p) {
                    double lo = 0, hi = 4;
                    for (int i = 0; i < 60; i++) { double mid = 0.5 * (lo + hi); if (mid * mid * mid - p > 0) hi = mid; else lo = mid; }
                    double x = 0.5 * (lo + hi);
                    return x * x + 1; }
                """, (r, n) => new object[] { Uniform(r, 0.5, 50) }),
            C("I24BisectConstPlusParam", """
                [Differentiable] public static double I24BisectConstPlusParam(double p) {
                    double lo = 0, hi = 4;
                    for (int i = 0; i < 60; i++) { double mid = 0.5 * (lo + hi); if (mid * mid - p > 0) hi = mid; else lo = mid; }
                    return 0.5 * (lo + hi) + p; }
                """, (r, n) => new object[] { Uniform(r, 0.5, 10) }),
            C("I24BisectConstTwoParams", """
                [Differentiable] public static double I24BisectConstTwoParams(double a, double b) {
                    double lo = 0, hi = 4;
                    for (int i = 0; i < 60; i++) { double mid = 0.5 * (lo + hi); if (a * mid * mid - b > 0) hi = mid; else lo = mid; }
                    double x = 0.5 * (lo + hi);
                    return a * x; }
                """, (r, n) => new object[] { Uniform(r, 0.5, 2), Uniform(r, 0.5, 3) }),
            C("I24BisectParamHi", """
                [Differentiable] public static double I24BisectParamHi(double p) {
                    double lo = 0, hi = p;
                    for (int i = 0; i < 60; i++) { double mid = 0.5 * (lo + hi); if (mid * mid - p > 0) hi = mid; else lo = mid; }
                    return 0.5 * (lo + hi); }
                """, (r, n) => new object[] { Uniform(r, 1.5, 10) }),
            C("I24BisectParamBoth", """
                [Differentiable] public static double I24BisectParamBoth(double p) {
                    double lo = -p, hi = p;
                    for (int i = 0; i < 60; i++) { double mid = 0.5 * (lo + hi); if (mid * mid * mid + mid - p > 0) hi = mid; else lo = mid; }
                    return 0.5 * (lo + hi); }
                """, (r, n) => new object[] { Uniform(r, 0.5, 5) }),
            C("I24BisectParamWhileTol", """
                [Differentiable] public static double I24BisectParamWhileTol(double p) {
                    double lo = 0, hi = 1 + p;
                    while (hi - lo > 1e-12) { double mid = 0.5 * (lo + hi); if (mid * mid - p > 0) hi = mid; else lo = mid; }
                    return 0.5 * (lo + hi); }
                """, (r, n) => new object[] { Uniform(r, 0.5, 10) }),
            C("I24BisectHelperArray", """
                [Differentiable] public static double I24Cubic(double x, double p) => x * x * x + x - p;
                [Differentiable("p")] public static double I24BisectHelperArray(double[] p) {
                    double total = 0;
                    for (int k = 0; k < p.Length; k++) {
                        double lo = 0, hi = 4;
                        for (int i = 0; i < 60; i++) { double mid = 0.5 * (lo + hi); if (I24Cubic(mid, p[k]) > 0) hi = mid; else lo = mid; }
                        total += 0.5 * (lo + hi); }
                    return total; }
                """, (r, n) => new object[] { Vector(r, n, 0.5, 20) }, Sizes),
            C("I24GridWalk", """
                [Differentiable] public static double I24GridWalk(double p) {
                    double x = 0;
                    while (x * x < p) x += 1e-3;
                    return x; }
                """, (r, n) => new object[] { Uniform(r, 0.5, 4) }),
            C("I24GoldenArgminConst", """
                [Differentiable] public static double I24GoldenArgminConst(double a) {
                    double lo = -5, hi = 5, g = 0.6180339887498949;
                    for (int i = 0; i < 80; i++) {
                        double c = hi - g * (hi - lo), d = lo + g * (hi - lo);
                        if ((c - a) * (c - a) + Math.Cosh(c) < (d - a) * (d - a) + Math.Cosh(d)) hi = d; else lo = c; }
                    return 0.5 * (lo + hi); }
                """, (r, n) => new object[] { Uniform(r, -2, 2) }),
            C("I24GoldenArgminParamBracket", """
                [Differentiable] public static double I24GoldenArgminParamBracket(double a) {
                    double lo = a - 3, hi = a + 3, g = 0.6180339887498949;
                    for (int i = 0; i < 80; i++) {
                        double c = hi - g * (hi - lo), d = lo + g * (hi - lo);
                        if ((c - a) * (c - a) + Math.Cosh(c) < (d - a) * (d - a) + Math.Cosh(d)) hi = d; else lo = c; }
                    return 0.5 * (lo + hi); }
                """, (r, n) => new object[] { Uniform(r, -2, 2) }),
            C("I24BisectStop", """
                [Differentiable] public static double I24BisectStop(double p) {
                    double lo = 0, hi = 4;
                    for (int i = 0; i < 60; i++) { double mid = 0.5 * (lo + hi); if (mid * mid - p > 0) hi = mid; else lo = mid; }
                    return Gradient.Stop(0.5 * (lo + hi)); }
                """, (r, n) => new object[] { Uniform(r, 0.5, 10) }),
            C("I24CountHalvings", """
                [Differentiable] public static double I24CountHalvings(double p) {
                    double x = 100; double count = 0;
                    while (x > p) { x *= 0.5; count += 1; }
                    return count; }
                """, (r, n) => new object[] { Uniform(r, 0.5, 10) }),
            C("I24BisectTolReadsParam", """
                [Differentiable] public static double I24BisectTolReadsParam(double p) {
                    double lo = 0, hi = 4;
                    while (hi - lo > 1e-12 * p) { double mid = 0.5 * (lo + hi); if (mid * mid - p > 0) hi = mid; else lo = mid; }
                    return lo; }
                """, (r, n) => new object[] { Uniform(r, 0.5, 10) }),
            C("I24BisectMidInLoop", """
                [Differentiable] public static double I24BisectMidInLoop(double p, double q) {
                    double lo = 0, hi = 4, x = 2;
                    for (int i = 0; i < 60; i++) { x = 0.5 * (lo + hi); if (x * x * x - p * x - q > 0) hi = x; else lo = x; }
                    return x * p; }
                """, (r, n) => new object[] { Uniform(r, 0.5, 2), Uniform(r, 1, 3) }),
            C("I24BisectDerivativeOf", """
                public static double I24BisectRoot(double p) {
                    double lo = 0, hi = 4;
                    for (int i = 0; i < 60; i++) { double mid = 0.5 * (lo + hi); if (mid * mid * mid + mid - p > 0) hi = mid; else lo = mid; }
                    return 0.5 * (lo + hi); }
                [DerivativeOf(nameof(I24BisectRoot))] public static double I24BisectRootDerivative(double p, out double dP) {
                    double x = I24BisectRoot(p); dP = 1 / (3 * x * x + 1); return x; }
                [Differentiable] public static double I24BisectDerivativeOf(double p) { double x = I24BisectRoot(p); return x * x + p; }
                """, (r, n) => new object[] { Uniform(r, 0.5, 20) }),
            C("I24BisectDerivativeOfInLoop", """
                public static double I24BisectRootL(double p) {
                    double lo = 0, hi = 4;
                    for (int i = 0; i < 60; i++) { double mid = 0.5 * (lo + hi); if (mid * mid * mid + mid - p > 0) hi = mid; else lo = mid; }
                    return 0.5 * (lo + hi); }
                [DerivativeOf(nameof(I24BisectRootL))] public static double I24BisectRootLDerivative(double p, out double dP) {
                    double x = I24BisectRootL(p); dP = 1 / (3 * x * x + 1); return x; }
                [Differentiable("p")] public static double I24BisectDerivativeOfInLoop(double[] p) {
                    double s = 0; for (int i = 0; i < p.Length; i++) s += I24BisectRootL(p[i]) * (i + 1);
                    return s; }
                """, (r, n) => new object[] { Vector(r, n, 0.5, 20) }, Sizes),
            C("I24BisectConstFloat", """
                [Differentiable] public static float I24BisectConstFloat(float p) {
                    float lo = 0, hi = 4;
                    for (int i = 0; i < 40; i++) { float mid = 0.5f * (lo + hi); if (mid * mid - p > 0) hi = mid; else lo = mid; }
                    return 0.5f * (lo + hi); }
                """, (r, n) => new object[] { Uniform(r, 0.5, 10) }),
        };
    }
}
