using System;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>
    /// Last probes: stackalloc spans swapped through a temporary, local functions over swapped buffers, a generalised mean
    /// with a differentiated exponent, a pendulum read back with Atan2, a guard on a differentiated value before the loops,
    /// back pointers cast without Gradient.Stop.
    /// </content>
    public sealed partial class Solver25Tests
    {
        private static readonly ArrayCase[] Probe6Cases =
        {
            C("S25StackallocSpanSwap", """
                [Differentiable] public static double S25StackallocSpanSwap(double[] u0, double alpha) {
                    int n = u0.Length; Span<double> a = stackalloc double[n]; Span<double> b = stackalloc double[n];
                    for (int i = 0; i < n; i++) a[i] = u0[i];
                    for (int t = 0; t < 5; t++) {
                        for (int i = 0; i < n; i++) b[i] = a[i] + alpha * ((i > 0 ? a[i - 1] : 0) - 2 * a[i] + (i < n - 1 ? a[i + 1] : 0));
                        Span<double> tmp = a; a = b; b = tmp;
                    }
                    double s = 0; for (int i = 0; i < n; i++) s += a[i] * a[i] * (i + 1);
                    return s; }
                """, Grid, Grids),
            C("S25LocalFunctionOverSwapped", """
                [Differentiable] public static double S25LocalFunctionOverSwapped(double[] u0, double alpha) {
                    int n = u0.Length; double[] a = new double[n]; double[] b = new double[n];
                    double Lap(int i) => (i > 0 ? a[i - 1] : 0) - 2 * a[i] + (i < n - 1 ? a[i + 1] : 0);
                    for (int i = 0; i < n; i++) a[i] = u0[i];
                    for (int t = 0; t < 5; t++) {
                        for (int i = 0; i < n; i++) b[i] = a[i] + alpha * Lap(i);
                        (a, b) = (b, a);
                    }
                    double s = 0; for (int i = 0; i < n; i++) s += a[i] * a[i] * (i + 1) + Lap(i);
                    return s; }
                """, Grid, Grids),
            C("S25GeneralisedMeanIteration", """
                [Differentiable] public static double S25GeneralisedMeanIteration(double[] x, double p) {
                    int n = x.Length; double[] a = new double[n];
                    for (int i = 0; i < n; i++) a[i] = x[i];
                    for (int t = 0; t < 3; t++) {
                        double s = 0; for (int i = 0; i < n; i++) s += Math.Pow(a[i], p);
                        double mean = Math.Pow(s / n, 1 / p);
                        for (int i = 0; i < n; i++) a[i] = 0.5 * (a[i] + mean);
                    }
                    return a[0] + a[n - 1]; }
                """, (r, n) => new object[] { Vector(r, n, 0.5, 2), Uniform(r, 0.5, 3) }),
            S("S25PendulumAtan2", """
                [Differentiable] public static double S25PendulumAtan2(double theta0, double omega0, double g) {
                    double x = Math.Sin(theta0), y = -Math.Cos(theta0), vx = omega0 * Math.Cos(theta0), vy = omega0 * Math.Sin(theta0);
                    double dt = 0.02;
                    for (int k = 0; k < 40; k++) {
                        double theta = Math.Atan2(x, -y), omega = (x * vy - y * vx) / (x * x + y * y);
                        omega -= dt * g * Math.Sin(theta);
                        theta += dt * omega;
                        x = Math.Sin(theta); y = -Math.Cos(theta); vx = omega * Math.Cos(theta); vy = omega * Math.Sin(theta);
                    }
                    return Math.Atan2(x, -y); }
                """, r => new object[] { Uniform(r, -1, 1), Uniform(r, -1, 1), Uniform(r, 5, 12) }),
            C("S25GuardOnDifferentiated", """
                [Differentiable] public static double S25GuardOnDifferentiated(double[] x, double lr) {
                    if (lr <= 0 || lr >= 1) return 1e10;
                    double[] a = (double[])x.Clone();
                    for (int k = 0; k < 5; k++) for (int i = 0; i < a.Length; i++) a[i] -= lr * (a[i] * a[i] * a[i] - 1);
                    double s = 0; for (int i = 0; i < a.Length; i++) s += a[i];
                    return s; }
                """, (r, n) => new object[] { Vector(r, n, 0.2, 1.5), Uniform(r, -0.1, 0.3) }),
            C("S25ViterbiBackPointersCast", """
                [Differentiable("logA", "logB")] public static double S25ViterbiBackPointersCast(double[] logA, double[] logB, int[] obs) {
                    const int K = 3; int n = obs.Length;
                    double[] delta = new double[n * K]; double[] back = new double[n * K];
                    for (int s = 0; s < K; s++) delta[s] = logB[s * 2 + obs[0]];
                    for (int t = 1; t < n; t++)
                        for (int s = 0; s < K; s++) {
                            int best = 0; double bv = delta[(t - 1) * K] + logA[s];
                            for (int p = 1; p < K; p++) { double v = delta[(t - 1) * K + p] + logA[p * K + s]; if (v > bv) { bv = v; best = p; } }
                            delta[t * K + s] = bv + logB[s * 2 + obs[t]];
                            back[t * K + s] = best;
                        }
                    int state = 0;
                    for (int s = 1; s < K; s++) if (delta[(n - 1) * K + s] > delta[(n - 1) * K + state]) state = s;
                    double emissions = 0;
                    for (int t = n - 1; t >= 0; t--) { emissions += logB[state * 2 + obs[t]]; state = (int)back[t * K + state]; }
                    return emissions; }
                """, (r, n) => Hmm(r, n).Where((_, k) => k != 2).ToArray()),
        };
    }
}
