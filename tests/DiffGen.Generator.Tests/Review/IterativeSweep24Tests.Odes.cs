using System;
using DiffGen.Generator.Tests.Arrays;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>ODE integrators over a fixed number of steps (explicit Euler, RK2, RK4, Verlet, leapfrog), and time loops whose step count depends on a value.</content>
    public sealed partial class IterativeSweep24Tests
    {
        private static readonly ArrayCase[] OdeCases =
        {
            C("I24EulerDecay", """
                [Differentiable("k", "y0")] public static double I24EulerDecay(double k, double y0, int steps) {
                    double dt = 1.0 / steps; double y = y0;
                    for (int i = 0; i < steps; i++) y += dt * (-k * y);
                    return y; }
                """, (r, n) => new object[] { Uniform(r, 0.1, 3), Uniform(r, -2, 2), 20 }),
            C("I24EulerLogistic", """
                [Differentiable] public static double I24EulerLogistic(double rate, double cap, double y0) {
                    double y = y0, dt = 0.05;
                    for (int i = 0; i < 100; i++) { y = y + dt * rate * y * (1 - y / cap); }
                    return y; }
                """, (r, n) => new object[] { Uniform(r, 0.2, 2), Uniform(r, 1, 5), Uniform(r, 0.1, 1) }),
            C("I24EulerLotkaVolterra", """
                [Differentiable("a", "b", "c", "d")] public static double I24EulerLotkaVolterra(double a, double b, double c, double d, double x0, double y0) {
                    double x = x0, y = y0; const double dt = 0.01;
                    for (int i = 0; i < 300; i++) {
                        double dx = a * x - b * x * y;
                        double dy = -c * y + d * x * y;
                        x += dt * dx; y += dt * dy; }
                    return x + 2 * y; }
                """, (r, n) => new object[] { Uniform(r, 0.5, 1.5), Uniform(r, 0.2, 0.8), Uniform(r, 0.5, 1.5), Uniform(r, 0.2, 0.8), 1.0, 0.5 }),
            C("I24EulerSir", """
                [Differentiable("beta", "gamma")] public static double I24EulerSir(double beta, double gamma, double i0) {
                    double s = 1 - i0, inf = i0, rec = 0, h = 0.1;
                    for (int t = 0; t < 200; t++) {
                        double newInf = beta * s * inf * h;
                        double newRec = gamma * inf * h;
                        s -= newInf; inf += newInf - newRec; rec += newRec; }
                    return rec; }
                """, (r, n) => new object[] { Uniform(r, 0.2, 0.6), Uniform(r, 0.05, 0.2), 0.01 }),
            C("I24Rk2Midpoint", """
                [Differentiable("k", "y0")] public static double I24Rk2Midpoint(double k, double y0) {
                    double y = y0, t = 0, h = 0.05;
                    for (int i = 0; i < 40; i++) {
                        double k1 = -k * y + Math.Sin(t);
                        double yMid = y + 0.5 * h * k1;
                        double k2 = -k * yMid + Math.Sin(t + 0.5 * h);
                        y += h * k2; t += h; }
                    return y; }
                """, (r, n) => new object[] { Uniform(r, 0.1, 2), Uniform(r, -1, 1) }),
            C("I24Rk2HeunPendulum", """
                [Differentiable("gOverL", "theta0")] public static double I24Rk2HeunPendulum(double gOverL, double theta0, double omega0) {
                    double th = theta0, om = omega0, h = 0.02;
                    for (int i = 0; i < 100; i++) {
                        double a1 = -gOverL * Math.Sin(th);
                        double thP = th + h * om, omP = om + h * a1;
                        double a2 = -gOverL * Math.Sin(thP);
                        th += 0.5 * h * (om + omP);
                        om += 0.5 * h * (a1 + a2); }
                    return th * th + om; }
                """, (r, n) => new object[] { Uniform(r, 1, 10), Uniform(r, -1, 1), 0.3 }),
            C("I24Rk4Scalar", """
                [Differentiable] public static double I24Rk4Scalar(double k, double y0) {
                    double y = y0, t = 0; double h = 0.1;
                    for (int i = 0; i < 30; i++) {
                        double k1 = -k * y * y + Math.Cos(t);
                        double k2 = -k * (y + h / 2 * k1) * (y + h / 2 * k1) + Math.Cos(t + h / 2);
                        double k3 = -k * (y + h / 2 * k2) * (y + h / 2 * k2) + Math.Cos(t + h / 2);
                        double k4 = -k * (y + h * k3) * (y + h * k3) + Math.Cos(t + h);
                        y += h / 6 * (k1 + 2 * k2 + 2 * k3 + k4);
                        t += h; }
                    return y; }
                """, (r, n) => new object[] { Uniform(r, 0.1, 1), Uniform(r, 0, 1) }),
            C("I24Rk4DampedOscillator", """
                [Differentiable] public static double I24Rk4DampedOscillator(double omega, double zeta, double x0, double v0) {
                    double x = x0, v = v0, h = 0.05;
                    for (int i = 0; i < 60; i++) {
                        double kx1 = v, kv1 = -2 * zeta * omega * v - omega * omega * x;
                        double kx2 = v + h / 2 * kv1, kv2 = -2 * zeta * omega * (v + h / 2 * kv1) - omega * omega * (x + h / 2 * kx1);
                        double kx3 = v + h / 2 * kv2, kv3 = -2 * zeta * omega * (v + h / 2 * kv2) - omega * omega * (x + h / 2 * kx2);
                        double kx4 = v + h * kv3, kv4 = -2 * zeta * omega * (v + h * kv3) - omega * omega * (x + h * kx3);
                        x += h / 6 * (kx1 + 2 * kx2 + 2 * kx3 + kx4);
                        v += h / 6 * (kv1 + 2 * kv2 + 2 * kv3 + kv4); }
                    return x; }
                """, (r, n) => new object[] { Uniform(r, 0.5, 3), Uniform(r, 0.05, 0.8), Uniform(r, -1, 1), Uniform(r, -1, 1) }),
            C("I24Rk4ArrayState", """
                [Differentiable("k", "s0")] public static double I24Rk4ArrayState(double[] k, double[] s0) {
                    int n = s0.Length; double h = 0.1;
                    double[] s = new double[n], k1 = new double[n], k2 = new double[n], k3 = new double[n], k4 = new double[n], tmp = new double[n];
                    for (int i = 0; i < n; i++) s[i] = s0[i];
                    for (int step = 0; step < 10; step++) {
                        for (int i = 0; i < n; i++) k1[i] = -k[i] * s[i] + (i > 0 ? s[i - 1] : 0);
                        for (int i = 0; i < n; i++) tmp[i] = s[i] + h / 2 * k1[i];
                        for (int i = 0; i < n; i++) k2[i] = -k[i] * tmp[i] + (i > 0 ? tmp[i - 1] : 0);
                        for (int i = 0; i < n; i++) tmp[i] = s[i] + h / 2 * k2[i];
                        for (int i = 0; i < n; i++) k3[i] = -k[i] * tmp[i] + (i > 0 ? tmp[i - 1] : 0);
                        for (int i = 0; i < n; i++) tmp[i] = s[i] + h * k3[i];
                        for (int i = 0; i < n; i++) k4[i] = -k[i] * tmp[i] + (i > 0 ? tmp[i - 1] : 0);
                        for (int i = 0; i < n; i++) s[i] += h / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]); }
                    double total = 0; for (int i = 0; i < n; i++) total += s[i] * s[i];
                    return total; }
                """, (r, n) => new object[] { Vector(r, n, 0.1, 2), Vector(r, n, -1, 1) }, Small),
            C("I24Rk4Helper", """
                [Differentiable] public static double I24Rhs(double t, double y, double k) => -k * y + Math.Exp(-t) * Math.Sin(y);
                [Differentiable("k", "y0")] public static double I24Rk4Helper(double k, double y0) {
                    double y = y0, t = 0, h = 0.1;
                    for (int i = 0; i < 20; i++) {
                        double k1 = I24Rhs(t, y, k);
                        double k2 = I24Rhs(t + h / 2, y + h / 2 * k1, k);
                        double k3 = I24Rhs(t + h / 2, y + h / 2 * k2, k);
                        double k4 = I24Rhs(t + h, y + h * k3, k);
                        y += h * (k1 + 2 * k2 + 2 * k3 + k4) / 6; t += h; }
                    return y; }
                """, (r, n) => new object[] { Uniform(r, 0.1, 2), Uniform(r, -2, 2) }),
            C("I24VelocityVerlet", """
                [Differentiable] public static double I24VelocityVerlet(double k, double m, double x0, double v0) {
                    double x = x0, v = v0, dt = 0.05;
                    double a = -k / m * x;
                    for (int i = 0; i < 80; i++) {
                        x += v * dt + 0.5 * a * dt * dt;
                        double aNew = -k / m * x;
                        v += 0.5 * (a + aNew) * dt;
                        a = aNew; }
                    return 0.5 * m * v * v + 0.5 * k * x * x + x; }
                """, (r, n) => new object[] { Uniform(r, 0.5, 3), Uniform(r, 0.5, 2), Uniform(r, -1, 1), Uniform(r, -1, 1) }),
            C("I24LeapfrogPendulum", """
                [Differentiable] public static double I24LeapfrogPendulum(double g, double x0, double v0) {
                    double x = x0, v = v0, dt = 0.05;
                    for (int i = 0; i < 60; i++) {
                        v -= 0.5 * dt * g * Math.Sin(x);
                        x += dt * v;
                        v -= 0.5 * dt * g * Math.Sin(x); }
                    return x; }
                """, (r, n) => new object[] { Uniform(r, 1, 10), Uniform(r, -1.5, 1.5), Uniform(r, -1, 1) }),
            C("I24StormerVerlet", """
                [Differentiable] public static double I24StormerVerlet(double k, double x0, double v0) {
                    double dt = 0.05; double prev = x0; double x = x0 + v0 * dt - 0.5 * k * x0 * x0 * x0 * dt * dt;
                    for (int i = 1; i < 100; i++) { double next = 2 * x - prev - k * x * x * x * dt * dt; prev = x; x = next; }
                    return x + (x - prev) / dt; }
                """, (r, n) => new object[] { Uniform(r, 0.5, 3), Uniform(r, -1, 1), Uniform(r, -1, 1) }),
            C("I24NBodyLeapfrog", """
                [Differentiable("x0", "mass")] public static double I24NBodyLeapfrog(double[] x0, double[] mass) {
                    int n = x0.Length; double[] x = new double[n], v = new double[n], f = new double[n]; double dt = 0.02;
                    for (int i = 0; i < n; i++) x[i] = x0[i];
                    for (int step = 0; step < 15; step++) {
                        for (int i = 0; i < n; i++) { f[i] = 0; for (int j = 0; j < n; j++) { double d = x[j] - x[i]; f[i] += mass[j] * d / Math.Pow(d * d + 0.1, 1.5); } }
                        for (int i = 0; i < n; i++) v[i] += dt * f[i];
                        for (int i = 0; i < n; i++) x[i] += dt * v[i]; }
                    double e = 0; for (int i = 0; i < n; i++) e += mass[i] * (v[i] * v[i] + x[i]);
                    return e; }
                """, (r, n) => new object[] { Vector(r, n, -2, 2), Vector(r, n, 0.5, 2) }, Small),
            C("I24ForTimeHeader", """
                [Differentiable("k", "y0")] public static double I24ForTimeHeader(double k, double y0, double tEnd) {
                    double y = y0;
                    for (double t = 0; t < tEnd; t += 0.01) y -= 0.01 * k * Math.Sin(y + t);
                    return y; }
                """, (r, n) => new object[] { Uniform(r, 0.2, 2), Uniform(r, -1, 1), Uniform(r, 0.5, 1.5) }),
            C("I24WhileTimeStepParam", """
                [Differentiable("k", "dt")] public static double I24WhileTimeStepParam(double k, double dt) {
                    double y = 1, t = 0;
                    while (t < 1) { y += dt * (-k * y); t += dt; }
                    return y; }
                """, (r, n) => new object[] { Uniform(r, 0.2, 2), Uniform(r, 0.05, 0.2) }),
            C("I24AdaptiveEuler", """
                [Differentiable("k", "y0")] public static double I24AdaptiveEuler(double k, double y0) {
                    double y = y0, t = 0, h = 0.5;
                    int guard = 0;
                    while (t < 2 && guard < 10000) {
                        double full = y + h * (-k * y * y * y);
                        double half = y + 0.5 * h * (-k * y * y * y);
                        double two = half + 0.5 * h * (-k * half * half * half);
                        if (Math.Abs(full - two) > 1e-3) { h *= 0.5; }
                        else { y = two; t += h; }
                        guard++; }
                    return y; }
                """, (r, n) => new object[] { Uniform(r, 0.5, 2), Uniform(r, 0.5, 1.5) }),
            C("I24ImplicitEulerNewton", """
                [Differentiable("k", "y0")] public static double I24ImplicitEulerNewton(double k, double y0) {
                    double y = y0, h = 0.1;
                    for (int step = 0; step < 20; step++) {
                        double z = y;
                        for (int it = 0; it < 6; it++) { double g = z - y + h * k * z * z * z; double dg = 1 + 3 * h * k * z * z; z -= g / dg; }
                        y = z; }
                    return y; }
                """, (r, n) => new object[] { Uniform(r, 0.5, 5), Uniform(r, 0.5, 2) }),
            C("I24HeatExplicit", """
                [Differentiable("u0", "alpha")] public static double I24HeatExplicit(double[] u0, double alpha) {
                    int n = u0.Length; double[] u = new double[n], next = new double[n];
                    for (int i = 0; i < n; i++) u[i] = u0[i];
                    for (int step = 0; step < 20; step++) {
                        for (int i = 0; i < n; i++) { double left = i > 0 ? u[i - 1] : 0, right = i < n - 1 ? u[i + 1] : 0; next[i] = u[i] + alpha * (left - 2 * u[i] + right); }
                        for (int i = 0; i < n; i++) u[i] = next[i]; }
                    double s = 0; for (int i = 0; i < n; i++) s += u[i] * (i + 1);
                    return s; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, 0.05, 0.25) }, Small),
            C("I24Rk4FitLoss", """
                [Differentiable("k", "y0")] public static double I24Rk4FitLoss(double k, double y0, double[] obs) {
                    double y = y0, h = 0.1, loss = 0;
                    for (int i = 0; i < obs.Length; i++) {
                        for (int s = 0; s < 5; s++) {
                            double k1 = -k * y, k2 = -k * (y + h / 2 * k1), k3 = -k * (y + h / 2 * k2), k4 = -k * (y + h * k3);
                            y += h / 6 * (k1 + 2 * k2 + 2 * k3 + k4); }
                        loss += (y - obs[i]) * (y - obs[i]); }
                    return loss; }
                """, (r, n) => new object[] { Uniform(r, 0.1, 2), Uniform(r, 0.5, 2), Vector(r, n, 0, 1) }, Sizes),
        };
    }
}
