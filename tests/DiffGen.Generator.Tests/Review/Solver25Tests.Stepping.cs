using System;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>Time stepping: heat and wave equations on ping-pong buffers, N bodies, Kalman filters, recurrent cells, convolutions.</content>
    public sealed partial class Solver25Tests
    {
        private static readonly int[] Grids = { 2, 3, 5, 8 };

        private static object[] Grid(Random r, int n) => new object[] { Vector(r, n, -1, 1), Uniform(r, 0.05, 0.3) };

        private static readonly ArrayCase[] SteppingCases =
        {
            C("S25HeatTempSwap", """
                [Differentiable] public static double S25HeatTempSwap(double[] u0, double alpha) {
                    int n = u0.Length; double[] a = new double[n]; double[] b = new double[n];
                    for (int i = 0; i < n; i++) a[i] = u0[i];
                    for (int t = 0; t < 10; t++) {
                        for (int i = 0; i < n; i++) {
                            double left = i > 0 ? a[i - 1] : 0, right = i < n - 1 ? a[i + 1] : 0;
                            b[i] = a[i] + alpha * (left - 2 * a[i] + right);
                        }
                        double[] tmp = a; a = b; b = tmp;
                    }
                    double s = 0; for (int i = 0; i < n; i++) s += a[i] * a[i] * (i + 1);
                    return s; }
                """, Grid, Grids),
            C("S25HeatNeumannCopy", """
                [Differentiable] public static double S25HeatNeumannCopy(double[] u0, double alpha) {
                    int n = u0.Length; double[] u = (double[])u0.Clone(); double[] next = new double[n];
                    for (int t = 0; t < 12; t++) {
                        for (int i = 0; i < n; i++) {
                            int l = i == 0 ? 1 : i - 1, r = i == n - 1 ? n - 2 : i + 1;
                            next[i] = u[i] + alpha * (u[l] - 2 * u[i] + u[r]);
                        }
                        Array.Copy(next, u, n);
                    }
                    double s = 0; for (int i = 0; i < n; i++) s += Math.Exp(u[i]);
                    return s; }
                """, Grid, Grids),
            C("S25HeatPeriodicModulo", """
                [Differentiable] public static double S25HeatPeriodicModulo(double[] u0, double alpha) {
                    int n = u0.Length; double[] u = new double[n]; double[] v = new double[n];
                    for (int i = 0; i < n; i++) u[i] = u0[i];
                    for (int t = 0; t < 8; t++) {
                        for (int i = 0; i < n; i++) v[i] = u[i] + alpha * (u[(i + 1) % n] - 2 * u[i] + u[(i + n - 1) % n]);
                        (u, v) = (v, u);
                    }
                    return u[0] - u[n - 1] + u[n / 2] * u[n / 2]; }
                """, Grid, Grids),
            C("S25ReactionDiffusion", """
                [Differentiable] public static double S25ReactionDiffusion(double[] u0, double diff, double rate) {
                    int n = u0.Length; double[] u = new double[n]; double[] w = new double[n];
                    for (int i = 0; i < n; i++) u[i] = 0.5 + 0.3 * u0[i];
                    for (int t = 0; t < 10; t++) {
                        for (int i = 0; i < n; i++) {
                            double lap = (i > 0 ? u[i - 1] : u[i]) - 2 * u[i] + (i < n - 1 ? u[i + 1] : u[i]);
                            w[i] = u[i] + 0.1 * (diff * lap + rate * u[i] * (1 - u[i]));
                        }
                        double[] swap = u; u = w; w = swap;
                    }
                    double s = 0; for (int i = 0; i < n; i++) s += u[i];
                    return s / n; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, 0.5, 2), Uniform(r, 0.5, 2) }, Grids),
            C("S25WaveThreeBuffers", """
                [Differentiable] public static double S25WaveThreeBuffers(double[] u0, double c2) {
                    int n = u0.Length; double[] prev = new double[n]; double[] cur = new double[n]; double[] next = new double[n];
                    for (int i = 0; i < n; i++) { prev[i] = u0[i]; cur[i] = u0[i]; }
                    for (int t = 0; t < 10; t++) {
                        for (int i = 0; i < n; i++) {
                            double lap = (i > 0 ? cur[i - 1] : 0) - 2 * cur[i] + (i < n - 1 ? cur[i + 1] : 0);
                            next[i] = 2 * cur[i] - prev[i] + c2 * lap;
                        }
                        (prev, cur) = (cur, prev);
                        (cur, next) = (next, cur);
                    }
                    double e = 0; for (int i = 0; i < n; i++) e += (cur[i] - prev[i]) * (cur[i] - prev[i]) + cur[i] * (i + 1);
                    return e; }
                """, Grid, Grids),
            C("S25WaveVelocityInPlace", """
                [Differentiable] public static double S25WaveVelocityInPlace(double[] u0, double c2) {
                    int n = u0.Length; double[] u = new double[n]; double[] v = new double[n];
                    for (int i = 0; i < n; i++) u[i] = u0[i];
                    for (int t = 0; t < 10; t++) {
                        for (int i = 0; i < n; i++) v[i] += c2 * ((i > 0 ? u[i - 1] : 0) - 2 * u[i] + (i < n - 1 ? u[i + 1] : 0));
                        for (int i = 0; i < n; i++) u[i] += 0.5 * v[i];
                    }
                    double e = 0; for (int i = 0; i < n; i++) e += u[i] * u[i] + 0.3 * v[i];
                    return e; }
                """, Grid, Grids),
            C("S25NBodySemiImplicit", """
                [Differentiable("x0", "mass")] public static double S25NBodySemiImplicit(double[] x0, double[] mass, double dt) {
                    int n = mass.Length; double[] x = new double[2 * n]; double[] v = new double[2 * n];
                    for (int i = 0; i < 2 * n; i++) x[i] = x0[i];
                    for (int step = 0; step < 8; step++) {
                        for (int i = 0; i < n; i++) {
                            double ax = 0, ay = 0;
                            for (int j = 0; j < n; j++) {
                                if (j == i) continue;
                                double dx = x[2 * j] - x[2 * i], dy = x[2 * j + 1] - x[2 * i + 1];
                                double r2 = dx * dx + dy * dy + 0.1;
                                double inv = mass[j] / (r2 * Math.Sqrt(r2));
                                ax += inv * dx; ay += inv * dy;
                            }
                            v[2 * i] += dt * ax; v[2 * i + 1] += dt * ay;
                        }
                        for (int i = 0; i < 2 * n; i++) x[i] += dt * v[i];
                    }
                    double s = 0; for (int i = 0; i < n; i++) s += mass[i] * (x[2 * i] * x[2 * i] + x[2 * i + 1]);
                    return s; }
                """, (r, n) => new object[] { Vector(r, 2 * n, -1, 1), Vector(r, n, 0.5, 1.5), 0.05 }, new[] { 1, 2, 3, 4 }),
            C("S25LeapfrogKickDriftKick", """
                [Differentiable] public static double S25LeapfrogKickDriftKick(double[] q0, double[] p0, double k) {
                    int n = q0.Length; double[] q = new double[n]; double[] p = new double[n];
                    for (int i = 0; i < n; i++) { q[i] = q0[i]; p[i] = p0[i]; }
                    double dt = 0.1;
                    for (int t = 0; t < 15; t++) {
                        for (int i = 0; i < n; i++) p[i] -= 0.5 * dt * (k * q[i] + q[i] * q[i] * q[i]);
                        for (int i = 0; i < n; i++) q[i] += dt * p[i];
                        for (int i = 0; i < n; i++) p[i] -= 0.5 * dt * (k * q[i] + q[i] * q[i] * q[i]);
                    }
                    double h = 0; for (int i = 0; i < n; i++) h += q[i] * (i + 1) + p[i] * p[i];
                    return h; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Vector(r, n, -1, 1), Uniform(r, 0.5, 2) }),
            C("S25SpringChainVerlet", """
                [Differentiable("x0", "stiffness")] public static double S25SpringChainVerlet(double[] x0, double stiffness, double rest) {
                    int n = x0.Length; double[] prev = new double[n]; double[] cur = new double[n]; double[] force = new double[n];
                    for (int i = 0; i < n; i++) { cur[i] = x0[i] + i * rest; prev[i] = cur[i]; }
                    for (int t = 0; t < 10; t++) {
                        for (int i = 0; i < n; i++) force[i] = 0;
                        for (int i = 0; i + 1 < n; i++) {
                            double stretch = cur[i + 1] - cur[i] - rest;
                            force[i] += stiffness * stretch; force[i + 1] -= stiffness * stretch;
                        }
                        for (int i = 0; i < n; i++) { double x = cur[i]; cur[i] = 2 * cur[i] - prev[i] + 0.01 * force[i]; prev[i] = x; }
                    }
                    double s = 0; for (int i = 0; i < n; i++) s += cur[i] * cur[i];
                    return s; }
                """, (r, n) => new object[] { Vector(r, n, -0.3, 0.3), Uniform(r, 1, 5), 1.0 }, Grids),
            C("S25Kalman2x2Locals", """
                [Differentiable] public static double S25Kalman2x2Locals(double[] z, double q, double rNoise) {
                    double x0 = 0, x1 = 0, p00 = 1, p01 = 0, p11 = 1, nll = 0, dt = 0.5;
                    for (int t = 0; t < z.Length; t++) {
                        double a0 = x0 + dt * x1, a1 = x1;
                        double q00 = p00 + 2 * dt * p01 + dt * dt * p11 + q * dt * dt * dt / 3, q01 = p01 + dt * p11 + q * dt * dt / 2, q11 = p11 + q * dt;
                        double s = q00 + rNoise, innov = z[t] - a0;
                        double k0 = q00 / s, k1 = q01 / s;
                        x0 = a0 + k0 * innov; x1 = a1 + k1 * innov;
                        p00 = (1 - k0) * q00; p01 = (1 - k0) * q01; p11 = q11 - k1 * q01;
                        nll += 0.5 * (Math.Log(s) + innov * innov / s);
                    }
                    return nll + x0 * x1; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, 0.1, 1), Uniform(r, 0.1, 1) }),
            C("S25Kalman2x2Arrays", """
                [Differentiable] public static double S25Kalman2x2Arrays(double[] z, double q, double rNoise) {
                    double[] x = new double[2]; double[] p = { 1, 0, 0, 1 }; double[] pp = new double[4];
                    double nll = 0, dt = 0.5;
                    for (int t = 0; t < z.Length; t++) {
                        x[0] += dt * x[1];
                        pp[0] = p[0] + dt * (p[1] + p[2]) + dt * dt * p[3] + q;
                        pp[1] = p[1] + dt * p[3]; pp[2] = p[2] + dt * p[3]; pp[3] = p[3] + q;
                        double s = pp[0] + rNoise, innov = z[t] - x[0];
                        double k0 = pp[0] / s, k1 = pp[2] / s;
                        x[0] += k0 * innov; x[1] += k1 * innov;
                        p[0] = (1 - k0) * pp[0]; p[1] = (1 - k0) * pp[1]; p[2] = pp[2] - k1 * pp[0]; p[3] = pp[3] - k1 * pp[1];
                        nll += Math.Log(s) + innov * innov / s;
                    }
                    return nll + p[3]; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, 0.1, 1), Uniform(r, 0.1, 1) }),
        };
    }
}
