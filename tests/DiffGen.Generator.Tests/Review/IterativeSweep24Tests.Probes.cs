using System;
using DiffGen.Generator.Tests.Arrays;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>Iterative methods written with constructs off the beaten path (tuples, parameters updated, lambdas, recursion, flags, tableaus in fields), each beside the rewrite a decline advises.</content>
    public sealed partial class IterativeSweep24Tests
    {
        private static readonly ArrayCase[] ProbeCases =
        {
            C("I24NewtonUpdatesParameter", """
                [Differentiable("p")] public static double I24NewtonUpdatesParameter(double p, double x) {
                    for (int i = 0; i < 30; i++) x -= (x * x - p) / (2 * x);
                    return x; }
                """, (r, n) => new object[] { Uniform(r, 0.5, 10), 1.0 }),
            C("I24NewtonUpdatesParameterLocal", """
                [Differentiable("p")] public static double I24NewtonUpdatesParameterLocal(double p, double guess) {
                    double x = guess;
                    for (int i = 0; i < 30; i++) x -= (x * x - p) / (2 * x);
                    return x; }
                """, (r, n) => new object[] { Uniform(r, 0.5, 10), 1.0 }),
            C("I24TimeLoopBreak", """
                [Differentiable("v0", "drag")] public static double I24TimeLoopBreak(double v0, double drag) {
                    double y = 0, v = v0, peak = 0;
                    for (double t = 0; t < 10; t += 0.01) { v -= 0.01 * (9.81 + drag * v * Math.Abs(v)); y += 0.01 * v; if (y < 0) break; peak = Math.Max(peak, y); }
                    return peak; }
                """, (r, n) => new object[] { Uniform(r, 3, 10), Uniform(r, 0.05, 0.5) }),
            C("I24TimeLoopBreakWhile", """
                [Differentiable("v0", "drag")] public static double I24TimeLoopBreakWhile(double v0, double drag) {
                    double y = 0, v = v0, peak = 0, t = 0;
                    while (t < 10) { v -= 0.01 * (9.81 + drag * v * Math.Abs(v)); y += 0.01 * v; if (y < 0) break; peak = Math.Max(peak, y); t += 0.01; }
                    return peak; }
                """, (r, n) => new object[] { Uniform(r, 3, 10), Uniform(r, 0.05, 0.5) }),
            C("I24RecursiveContinuedFraction", """
                [Differentiable] public static double I24Cf(double x, int k) => k > 20 ? 0 : x * x / (2 * k + 1 - I24Cf(x, k + 1));
                [Differentiable] public static double I24RecursiveContinuedFraction(double x) => x / (1 - I24Cf(x, 1));
                """, (r, n) => new object[] { Uniform(r, -1.2, 1.2) }),
            C("I24RecursiveContinuedFractionIf", """
                [Differentiable] public static double I24CfIf(double x, int k) {
                    double rest;
                    if (k > 20) rest = 0; else rest = I24CfIf(x, k + 1);
                    return k > 20 ? 0 : x * x / (2 * k + 1 - rest); }
                [Differentiable] public static double I24RecursiveContinuedFractionIf(double x) => x / (1 - I24CfIf(x, 1));
                """, (r, n) => new object[] { Uniform(r, -1.2, 1.2) }),
            C("I24TupleVerlet", """
                [Differentiable] public static double I24TupleVerlet(double k, double x0, double v0) {
                    double x = x0, v = v0, dt = 0.05;
                    for (int i = 0; i < 50; i++) (x, v) = (x + dt * v, v - dt * k * x);
                    return x * x + v; }
                """, (r, n) => new object[] { Uniform(r, 0.5, 3), Uniform(r, -1, 1), Uniform(r, -1, 1) }),
            C("I24TupleFibonacci", """
                [Differentiable] public static double I24TupleFibonacci(double a0, double b0, double p) {
                    double a = a0, b = b0;
                    for (int i = 0; i < 10; i++) (a, b) = (b, p * a + b);
                    return b; }
                """, (r, n) => new object[] { Uniform(r, -1, 1), Uniform(r, -1, 1), Uniform(r, 0.2, 1) }),
            C("I24LambdaRhs", """
                [Differentiable("k", "y0")] public static double I24LambdaRhs(double k, double y0) {
                    Func<double, double> f = y => -k * y * y;
                    double s = y0;
                    for (int i = 0; i < 20; i++) { double k1 = f(s), k2 = f(s + 0.05 * k1); s += 0.1 * k2; }
                    return s; }
                """, (r, n) => new object[] { Uniform(r, 0.2, 2), Uniform(r, 0.2, 1.5) }),
            C("I24LocalFunctionRhs", """
                [Differentiable("k", "y0")] public static double I24LocalFunctionRhs(double k, double y0) {
                    double F(double y) => -k * y * y;
                    double s = y0;
                    for (int i = 0; i < 20; i++) { double k1 = F(s), k2 = F(s + 0.05 * k1); s += 0.1 * k2; }
                    return s; }
                """, (r, n) => new object[] { Uniform(r, 0.2, 2), Uniform(r, 0.2, 1.5) }),
            C("I24BoolDone", """
                [Differentiable] public static double I24BoolDone(double a) {
                    double x = 1; bool done = false;
                    while (!done) { double step = (x * x - a) / (2 * x); x -= step; done = Math.Abs(step) < 1e-14; }
                    return x; }
                """, (r, n) => new object[] { Uniform(r, 0.5, 10) }),
            C("I24IntDone", """
                [Differentiable] public static double I24IntDone(double a) {
                    double x = 1; int done = 0;
                    while (done == 0) { double step = (x * x - a) / (2 * x); x -= step; done = Math.Abs(step) < 1e-14 ? 1 : 0; }
                    return x; }
                """, (r, n) => new object[] { Uniform(r, 0.5, 10) }),
            C("I24ThrowIfNotConverged", """
                [Differentiable] public static double I24ThrowIfNotConverged(double a) {
                    double x = 1; int it = 0;
                    while (Math.Abs(x * x - a) > 1e-12) { x = 0.5 * (x + a / x); it++; }
                    if (it > 100) throw new InvalidOperationException("did not converge");
                    return x; }
                """, (r, n) => new object[] { Uniform(r, 0.5, 10) }),
            C("I24ButcherTableau", """
                static readonly double[] A21 = { 0.5 }; static readonly double[] Bw = { 1.0 / 6, 1.0 / 3, 1.0 / 3, 1.0 / 6 }; static readonly double[] Cc = { 0, 0.5, 0.5, 1 };
                [Differentiable("k", "y0")] public static double I24ButcherTableau(double k, double y0) {
                    double y = y0, h = 0.1; double[] ks = new double[4];
                    for (int step = 0; step < 20; step++) {
                        double t = step * h;
                        for (int s = 0; s < 4; s++) {
                            double ys = y + (s == 0 ? 0 : (s == 3 ? h * ks[2] : h * A21[0] * ks[s - 1]));
                            ks[s] = -k * ys + Math.Sin(t + Cc[s] * h); }
                        double inc = 0; for (int s = 0; s < 4; s++) inc += Bw[s] * ks[s];
                        y += h * inc; }
                    return y; }
                """, (r, n) => new object[] { Uniform(r, 0.2, 2), Uniform(r, -1, 1) }),
            C("I24FmaHorner", """
                [Differentiable] public static double I24FmaHorner(double[] c, double x) {
                    double acc = 0;
                    for (int i = c.Length - 1; i >= 0; i--) acc = Math.FusedMultiplyAdd(acc, x, c[i]);
                    return acc; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1.5, 1.5) }, ArrayCase.WithEmpty),
            C("I24StepsGiven", """
                [Differentiable("k", "tEnd")] public static double I24StepsGiven(double k, double tEnd, int n) {
                    double dt = tEnd / n, y = 1;
                    for (int i = 0; i < n; i++) y -= dt * k * y * y;
                    return y; }
                """, (r, n) => new object[] { Uniform(r, 0.2, 2), Uniform(r, 0.5, 2), 100 }),
            C("I24HypotPowerIteration", """
                [Differentiable] public static double I24HypotPowerIteration(double a, double b, double c) {
                    double x = 1, y = 0.5;
                    for (int i = 0; i < 30; i++) { double nx = a * x + b * y, ny = b * x + c * y; double norm = double.Hypot(nx, ny); x = nx / norm; y = ny / norm; }
                    return x * (a * x + b * y) + y * (b * x + c * y); }
                """, (r, n) => new object[] { Uniform(r, 2, 3), Uniform(r, 0.1, 0.5), Uniform(r, 0.2, 1) }),
            C("I24SqrtPowerIteration", """
                [Differentiable] public static double I24SqrtPowerIteration(double a, double b, double c) {
                    double x = 1, y = 0.5;
                    for (int i = 0; i < 30; i++) { double nx = a * x + b * y, ny = b * x + c * y; double norm = Math.Sqrt(nx * nx + ny * ny); x = nx / norm; y = ny / norm; }
                    return x * (a * x + b * y) + y * (b * x + c * y); }
                """, (r, n) => new object[] { Uniform(r, 2, 3), Uniform(r, 0.1, 0.5), Uniform(r, 0.2, 1) }),
            C("I24NewtonReturnNested", """
                [Differentiable("p")] public static double I24NewtonReturnNested(double[] p) {
                    double total = 0;
                    for (int k = 0; k < p.Length; k++) {
                        double x = 1;
                        for (int it = 0; it < 50; it++) { double dx = (x * x - p[k]) / (2 * x); x -= dx; if (Math.Abs(dx) < 1e-14) return total + x; }
                        total += x; }
                    return total; }
                """, (r, n) => new object[] { Vector(r, n, 0.5, 5) }, Sizes),
            C("I24ClampedNewton", """
                [Differentiable] public static double I24ClampedNewton(double p) {
                    double x = 3;
                    for (int i = 0; i < 40; i++) { double f = x - Math.Exp(-p * x), df = 1 + p * Math.Exp(-p * x); x = Math.Max(x - f / df, 1e-6); }
                    return x; }
                """, (r, n) => new object[] { Uniform(r, 0.2, 3) }),
            C("I24DoubleCounter", """
                [Differentiable] public static double I24DoubleCounter(double a) {
                    double x = a;
                    for (double it = 0; it < 25; it++) x = 0.5 * (x + a / x);
                    return x; }
                """, (r, n) => new object[] { Uniform(r, 0.5, 20) }),
            C("I24ForeachSeries", """
                static readonly double[] Coefficients = { 1, -0.5, 1.0 / 3, -0.25, 0.2 };
                [Differentiable] public static double I24ForeachSeries(double x) {
                    double power = x, sum = 0;
                    foreach (double c in Coefficients) { sum += c * power; power *= x; }
                    return sum; }
                """, (r, n) => new object[] { Uniform(r, -0.5, 0.5) }),
            C("I24StepsFromParameterCoarse", """
                [Differentiable("k", "tEnd")] public static double I24StepsFromParameterCoarse(double k, double tEnd) {
                    int n = (int)Math.Ceiling(tEnd / 0.5); double dt = tEnd / n, y = 1;
                    for (int i = 0; i < n; i++) y -= dt * k * y * y;
                    return y; }
                """, (r, n) => new object[] { Uniform(r, 0.2, 2), Uniform(r, 0.6, 3.9) }),
            C("I24StepsFromParameterCast", """
                [Differentiable("k", "tEnd")] public static double I24StepsFromParameterCast(double k, double tEnd) {
                    int n = (int)(tEnd / 0.5) + 1; double dt = tEnd / n, y = 1;
                    for (int i = 0; i < n; i++) y -= dt * k * y * y;
                    return y; }
                """, (r, n) => new object[] { Uniform(r, 0.2, 2), Uniform(r, 0.6, 3.9) }),
            C("I24StepsFromParameterFloor", """
                [Differentiable("k", "tEnd")] public static double I24StepsFromParameterFloor(double k, double tEnd) {
                    int n = (int)Math.Floor(tEnd / 0.5) + 1; double dt = tEnd / n, y = 1;
                    for (int i = 0; i < n; i++) y -= dt * k * y * y;
                    return y; }
                """, (r, n) => new object[] { Uniform(r, 0.2, 2), Uniform(r, 0.6, 3.9) }),
            C("I24NewtonReturnNestedFlag", """
                [Differentiable("p")] public static double I24NewtonReturnNestedFlag(double[] p) {
                    double total = 0, result = 0; int found = 0;
                    for (int k = 0; k < p.Length; k++) {
                        double x = 1;
                        for (int it = 0; it < 50; it++) { double dx = (x * x - p[k]) / (2 * x); x -= dx; if (Math.Abs(dx) < 1e-14) { result = total + x; found = 1; break; } }
                        if (found == 1) break;
                        total += x; }
                    return found == 1 ? result : total; }
                """, (r, n) => new object[] { Vector(r, n, 0.5, 5) }, Sizes),
            C("I24ConvergedOrNaN", """
                [Differentiable] public static double I24ConvergedOrNaN(double a) {
                    double x = 1; int it = 0;
                    while (Math.Abs(x * x - a) > 1e-12 && it <= 100) { x = 0.5 * (x + a / x); it++; }
                    return it > 100 ? double.NaN : x; }
                """, (r, n) => new object[] { Uniform(r, 0.5, 10) }),
        };
    }
}
