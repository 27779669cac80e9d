using System;
using DiffGen.Generator.Tests.Arrays;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>Nested and adaptive iterations: multistep and adaptive integrators, shooting, event times, line searches, Newton-Schulz, fixed quadrature rules, delay equations, helpers returning two values.</content>
    public sealed partial class IterativeSweep24Tests
    {
        private static readonly ArrayCase[] ExtraCases =
        {
            C("I24AdamsBashforth3", """
                [Differentiable] public static double I24AdamsBashforth3(double k, double y0) {
                    double h = 0.05, y = y0;
                    double f2 = -k * y, y1 = y + h * f2, f1 = -k * y1, y2 = y1 + h * f1, f0 = -k * y2; y = y2;
                    for (int i = 0; i < 40; i++) {
                        y += h / 12 * (23 * f0 - 16 * f1 + 5 * f2);
                        f2 = f1; f1 = f0; f0 = -k * y + Math.Sin(y); }
                    return y; }
                """, (r, n) => new object[] { Uniform(r, 0.2, 3), Uniform(r, -1, 1) }),
            C("I24ShootingSecant", """
                [Differentiable] public static double I24ShootingSecant(double k) {
                    double s0 = 0.5, s1 = 1.5, e0 = 0, e1 = 0;
                    for (int pass = 0; pass < 2; pass++) {
                        double s = pass == 0 ? s0 : s1, y = 0, v = s, h = 0.05;
                        for (int i = 0; i < 20; i++) { double a1 = -k * y; double ym = y + 0.5 * h * v, vm = v + 0.5 * h * a1; y += h * vm; v += h * (-k * ym); }
                        if (pass == 0) e0 = y - 1; else e1 = y - 1; }
                    for (int it = 0; it < 10; it++) {
                        if (Math.Abs(e1) < 1e-13) break;
                        double s2 = s1 - e1 * (s1 - s0) / (e1 - e0);
                        double y = 0, v = s2, h = 0.05;
                        for (int i = 0; i < 20; i++) { double a1 = -k * y; double ym = y + 0.5 * h * v, vm = v + 0.5 * h * a1; y += h * vm; v += h * (-k * ym); }
                        s0 = s1; e0 = e1; s1 = s2; e1 = y - 1; }
                    return s1; }
                """, (r, n) => new object[] { Uniform(r, 0.5, 3) }),
            C("I24AdaptiveHeunEuler", """
                [Differentiable("k", "y0")] public static double I24AdaptiveHeunEuler(double k, double y0) {
                    double t = 0, y = y0, h = 0.1; int guard = 0;
                    while (t < 1 && guard < 1000) {
                        h = Math.Min(h, 1 - t);
                        double f1 = -k * y * y * y, yEuler = y + h * f1, f2 = -k * yEuler * yEuler * yEuler;
                        double yHeun = y + 0.5 * h * (f1 + f2), err = Math.Abs(yHeun - yEuler) + 1e-15;
                        if (err < 1e-4) { y = yHeun; t += h; }
                        h = 0.9 * h * Math.Sqrt(1e-4 / err);
                        guard++; }
                    return y; }
                """, (r, n) => new object[] { Uniform(r, 0.5, 3), Uniform(r, 0.5, 1.5) }),
            C("I24TimeOfFlight", """
                [Differentiable("v0", "drag")] public static double I24TimeOfFlight(double v0, double drag) {
                    double y = 0, v = v0, t = 0, dt = 0.1, yPrev = 0;
                    while (y >= 0 && t < 100) { yPrev = y; v -= dt * (9.81 + drag * v); y += dt * v; t += dt; }
                    return t - dt + dt * yPrev / (yPrev - y); }
                """, (r, n) => new object[] { Uniform(r, 3, 10), Uniform(r, 0.05, 0.5) }),
            C("I24BacktrackingGd", """
                [Differentiable] public static double I24BacktrackingGd(double a, double b) {
                    double x = 2;
                    for (int it = 0; it < 15; it++) {
                        double f = Math.Exp(a * x) + b * x * x, g = a * Math.Exp(a * x) + 2 * b * x, step = 1;
                        while (Math.Exp(a * (x - step * g)) + b * (x - step * g) * (x - step * g) > f - 0.5 * step * g * g) step *= 0.5;
                        x -= step * g; }
                    return Math.Exp(a * x) + b * x * x; }
                """, (r, n) => new object[] { Uniform(r, 0.5, 1.5), Uniform(r, 0.5, 2) }),
            C("I24NewtonSchulz", """
                [Differentiable("a")] public static double I24NewtonSchulz(double[] a) {
                    double n1 = Math.Abs(a[0]) + Math.Abs(a[1]), n2 = Math.Abs(a[2]) + Math.Abs(a[3]);
                    double scale = 1 / (Math.Max(n1, n2) * Math.Max(Math.Abs(a[0]) + Math.Abs(a[2]), Math.Abs(a[1]) + Math.Abs(a[3])));
                    double x0 = scale * a[0], x1 = scale * a[2], x2 = scale * a[1], x3 = scale * a[3];
                    for (int it = 0; it < 30; it++) {
                        double m0 = 2 - (a[0] * x0 + a[1] * x2), m1 = -(a[0] * x1 + a[1] * x3), m2 = -(a[2] * x0 + a[3] * x2), m3 = 2 - (a[2] * x1 + a[3] * x3);
                        double y0 = x0 * m0 + x1 * m2, y1 = x0 * m1 + x1 * m3, y2 = x2 * m0 + x3 * m2, y3 = x2 * m1 + x3 * m3;
                        x0 = y0; x1 = y1; x2 = y2; x3 = y3; }
                    return x0 + 2 * x1 + 3 * x2 + 4 * x3; }
                """, (r, n) => new object[] { new[] { Uniform(r, 2, 3), Uniform(r, -0.5, 0.5), Uniform(r, -0.5, 0.5), Uniform(r, 2, 3) } }),
            C("I24GaussLegendre", """
                static readonly double[] Nodes = { -0.9061798459386640, -0.5384693101056831, 0, 0.5384693101056831, 0.9061798459386640 };
                static readonly double[] Weights = { 0.2369268850561891, 0.4786286704993665, 0.5688888888888889, 0.4786286704993665, 0.2369268850561891 };
                [Differentiable] public static double I24GaussLegendre(double a, double b) {
                    double s = 0;
                    for (int panel = 0; panel < 4; panel++) {
                        double lo = panel * 0.25, hi = lo + 0.25;
                        for (int i = 0; i < 5; i++) { double x = 0.5 * (hi - lo) * Nodes[i] + 0.5 * (hi + lo); s += 0.5 * (hi - lo) * Weights[i] * Math.Exp(-a * x) / (1 + b * x * x); } }
                    return s; }
                """, (r, n) => new object[] { Uniform(r, 0, 3), Uniform(r, 0, 3) }),
            C("I24DelayRingBuffer", """
                [Differentiable("k", "y0")] public static double I24DelayRingBuffer(double k, double y0) {
                    int m = 10; double[] buf = new double[m]; double y = y0, dt = 0.1;
                    for (int i = 0; i < m; i++) buf[i] = y0;
                    for (int step = 0; step < 50; step++) {
                        int idx = step % m;
                        double delayed = buf[idx];
                        buf[idx] = y;
                        y += dt * (-k * delayed); }
                    return y; }
                """, (r, n) => new object[] { Uniform(r, 0.2, 1.5), Uniform(r, 0.5, 2) }),
            C("I24DelayRingBufferInOne", """
                [Differentiable("k", "y0")] public static double I24DelayRingBufferInOne(double k, double y0) {
                    int m = 10; double[] buf = new double[m]; double y = y0, dt = 0.1;
                    for (int i = 0; i < m; i++) buf[i] = y0;
                    double[] hist = new double[60];
                    for (int i = 0; i < 10; i++) hist[i] = y0;
                    for (int step = 0; step < 50; step++) { hist[step + 10] = hist[step + 9] + dt * (-k * hist[step]); }
                    return hist[59]; }
                """, (r, n) => new object[] { Uniform(r, 0.2, 1.5), Uniform(r, 0.5, 2) }),
            C("I24LocalRecursion", """
                [Differentiable] public static double I24LocalRecursion(double x) {
                    double Cf(int k) => k > 20 ? 0 : x * x / (2 * k + 1 - Cf(k + 1));
                    return x / (1 - Cf(1)); }
                """, (r, n) => new object[] { Uniform(r, -1.2, 1.2) }),
            C("I24OutHelper", """
                public static double I24Eval(double x, double p, out double df) { df = 3 * x * x + 1; return x * x * x + x - p; }
                [Differentiable] public static double I24OutHelper(double p) {
                    double x = 1;
                    for (int i = 0; i < 30; i++) { double f = I24Eval(x, p, out double df); x -= f / df; }
                    return x; }
                """, (r, n) => new object[] { Uniform(r, -5, 5) }),
            C("I24OutHelperMarked", """
                [Differentiable] public static double I24EvalM(double x, double p, out double df) { df = 3 * x * x + 1; return x * x * x + x - p; }
                [Differentiable] public static double I24OutHelperMarked(double p) {
                    double x = 1;
                    for (int i = 0; i < 30; i++) { double f = I24EvalM(x, p, out double df); x -= f / df; }
                    return x; }
                """, (r, n) => new object[] { Uniform(r, -5, 5) }),
            C("I24TwoHelpers", """
                [Differentiable] public static double I24EvalF(double x, double p) => x * x * x + x - p;
                [Differentiable] public static double I24EvalD(double x) => 3 * x * x + 1;
                [Differentiable] public static double I24TwoHelpers(double p) {
                    double x = 1;
                    for (int i = 0; i < 30; i++) x -= I24EvalF(x, p) / I24EvalD(x);
                    return x; }
                """, (r, n) => new object[] { Uniform(r, -5, 5) }),
            C("I24TupleLocalFunction", """
                [Differentiable] public static double I24TupleLocalFunction(double p) {
                    (double F, double D) Eval(double x) => (x * x * x + x - p, 3 * x * x + 1);
                    double x = 1;
                    for (int i = 0; i < 30; i++) { var e = Eval(x); x -= e.F / e.D; }
                    return x; }
                """, (r, n) => new object[] { Uniform(r, -5, 5) }),
            C("I24TwoLocalFunctions", """
                [Differentiable] public static double I24TwoLocalFunctions(double p) {
                    double F(double x) => x * x * x + x - p;
                    double D(double x) => 3 * x * x + 1;
                    double x = 1;
                    for (int i = 0; i < 30; i++) x -= F(x) / D(x);
                    return x; }
                """, (r, n) => new object[] { Uniform(r, -5, 5) }),
            C("I24RandomWalkSeed", """
                [Differentiable("mu")] public static double I24RandomWalkSeed(double mu, double sigma) {
                    var rng = new Random(42); double x = 0;
                    for (int i = 0; i < 10; i++) x += mu + sigma * (rng.NextDouble() - 0.5);
                    return x * x; }
                """, (r, n) => new object[] { Uniform(r, -1, 1), 0.5 }),
            C("I24RandomWalkData", """
                [Differentiable("mu")] public static double I24RandomWalkData(double mu, double sigma, double[] noise) {
                    double x = 0;
                    for (int i = 0; i < noise.Length; i++) x += mu + sigma * (noise[i] - 0.5);
                    return x * x; }
                """, (r, n) => new object[] { Uniform(r, -1, 1), 0.5, Vector(r, n, 0, 1) }, Sizes),
        };
    }
}
