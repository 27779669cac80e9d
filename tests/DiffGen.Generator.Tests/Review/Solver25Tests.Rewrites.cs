using System;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>The rewrites the declines' advice gives, each accepted and checked like the others.</content>
    public sealed partial class Solver25Tests
    {
        private static readonly ArrayCase[] RewriteCases =
        {
            // DIFF015 for double[] w = w0 says a local array is made in its declaration (new double[n]); the copy forms work too.
            C("S25AliasParameterNew", """
                [Differentiable] public static double S25AliasParameterNew(double[] w0, double lr) {
                    double[] w = new double[w0.Length];
                    for (int i = 0; i < w.Length; i++) w[i] = w0[i];
                    for (int k = 0; k < 4; k++) for (int i = 0; i < w.Length; i++) w[i] -= lr * w[i];
                    return w[0]; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.05, 0.3) }),

            // DIFF015 for u = next (a fresh array each step): write its elements instead (u[i] = ...;).
            C("S25FreshArrayEachStepCopy", """
                [Differentiable] public static double S25FreshArrayEachStepCopy(double[] u0, double alpha) {
                    int n = u0.Length; double[] u = (double[])u0.Clone();
                    for (int t = 0; t < 5; t++) {
                        double[] next = new double[n];
                        for (int i = 0; i < n; i++) next[i] = u[i] + alpha * ((i > 0 ? u[i - 1] : 0) - 2 * u[i] + (i < n - 1 ? u[i + 1] : 0));
                        for (int i = 0; i < n; i++) u[i] = next[i];
                    }
                    double s = 0; for (int i = 0; i < n; i++) s += u[i] * u[i] * (i + 1);
                    return s; }
                """, Grid, Grids),

            // DIFF015 for the scaled HMM forward pass: copy the old elements into a local array declared before the if.
            C("S25HmmForwardScaledOld", """
                [Differentiable("a", "b")] public static double S25HmmForwardScaledOld(double[] a, double[] b, int[] obs) {
                    const int K = 2;
                    double[] alpha = { 0.5 * b[obs[0]], 0.5 * b[2 + obs[0]] };
                    double[] old = new double[K];
                    double logLik = 0;
                    for (int t = 0; t < obs.Length; t++) {
                        if (t > 0) {
                            old[0] = alpha[0]; old[1] = alpha[1];
                            alpha[0] = (old[0] * a[0] + old[1] * a[2]) * b[obs[t]];
                            alpha[1] = (old[0] * a[1] + old[1] * a[3]) * b[2 + obs[t]];
                        }
                        double c = 0; for (int s = 0; s < K; s++) c += alpha[s];
                        for (int s = 0; s < K; s++) alpha[s] /= c;
                        logLik += Math.Log(c);
                    }
                    return logLik; }
                """, (r, n) => new object[] { Vector(r, 4, 0.2, 0.8), Vector(r, 4, 0.2, 0.8), Ints(r, n, 2) }),
            // DIFF015 for the return inside the inner loop: leave with break, set a flag, test it after the inner loop.
            C("S25ReturnFromNestedLoopFlag", """
                [Differentiable] public static double S25ReturnFromNestedLoopFlag(double[] x, double p) {
                    double acc = 0, result = 0; int found = 0;
                    for (int i = 0; i < x.Length; i++) {
                        for (int j = 0; j <= i; j++) {
                            acc += x[j] * Math.Pow(p, i - j);
                            if (acc > 3) { result = acc * p; found = 1; break; }
                        }
                        if (found == 1) break;
                    }
                    return found == 1 ? result : acc; }
                """, (r, n) => new object[] { Vector(r, n, 0, 1), Uniform(r, 0.3, 0.9) }, ArrayCase.WithEmpty),

            // DIFF015 for the swap of an array made by Clone: copy the elements with a loop.
            C("S25SemiLagrangianCopy", """
                [Differentiable("u0")] public static double S25SemiLagrangianCopy(double[] u0, double shift) {
                    int n = u0.Length; double[] u = (double[])u0.Clone(); double[] v = new double[n];
                    int k = (int)Math.Floor(shift); double f = shift - k;
                    for (int t = 0; t < 4; t++) {
                        for (int i = 0; i < n; i++) {
                            int j = ((i - k) % n + n) % n, j1 = ((i - k - 1) % n + n) % n;
                            v[i] = (1 - f) * u[j] + f * u[j1];
                        }
                        for (int i = 0; i < n; i++) u[i] = v[i];
                    }
                    double s = 0; for (int i = 0; i < n; i++) s += u[i] * u[i] * (i + 1);
                    return s; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.1, 2.9) }, Grids),

            // DIFF015 for Newton with a break in a loop inside a loop over x[i]: the iterate kept in a scalar, written once.
            C("S25NewtonArrayInnerBreakScalar", """
                [Differentiable] public static double S25NewtonArrayInnerBreakScalar(double[] p, double c) {
                    int n = p.Length; double[] x = new double[n];
                    for (int i = 0; i < n; i++) x[i] = 1;
                    for (int outer = 0; outer < 3; outer++)
                        for (int i = 0; i < n; i++) {
                            double target = p[i] + c * outer, xi = x[i];
                            for (int it = 0; it < 40; it++) {
                                double step = (xi * xi - target) / (2 * xi);
                                xi -= step;
                                if (Math.Abs(step) < 1e-13) break;
                            }
                            x[i] = xi;
                        }
                    double s = 0; for (int i = 0; i < n; i++) s += x[i];
                    return s; }
                """, (r, n) => new object[] { Vector(r, n, 0.5, 4), Uniform(r, 0.2, 1) }),

            // The same with the advice's copy of the old elements into an array declared before the loop.
            C("S25NewtonArrayInnerBreakOld", """
                [Differentiable] public static double S25NewtonArrayInnerBreakOld(double[] p, double c) {
                    int n = p.Length; double[] x = new double[n]; double[] old = new double[n];
                    for (int i = 0; i < n; i++) x[i] = 1;
                    for (int outer = 0; outer < 3; outer++)
                        for (int i = 0; i < n; i++) {
                            old[i] = x[i];
                            double target = p[i] + c * outer, xi = old[i];
                            for (int it = 0; it < 40; it++) {
                                double step = (xi * xi - target) / (2 * xi);
                                xi -= step;
                                if (Math.Abs(step) < 1e-13) break;
                            }
                            x[i] = xi;
                        }
                    double s = 0; for (int i = 0; i < n; i++) s += x[i];
                    return s; }
                """, (r, n) => new object[] { Vector(r, n, 0.5, 4), Uniform(r, 0.2, 1) }),

            // DIFF015 for L-BFGS's two loops reading q then updating it: copy the old elements into an array declared before the loop.
            C("S25LbfgsTwoLoopOld", """
                [Differentiable("w0", "h")] public static double S25LbfgsTwoLoopOld(double[] w0, double[] h) {
                    const int M = 2; int d = w0.Length;
                    double[] w = (double[])w0.Clone(); double[] g = new double[d]; double[] q = new double[d]; double[] old = new double[d];
                    double[] sHist = new double[M * d]; double[] yHist = new double[M * d]; double[] rho = new double[M]; double[] alpha = new double[M];
                    for (int j = 0; j < d; j++) g[j] = h[j] * w[j] + 0.1 * w[j] * w[j] * w[j];
                    for (int k = 0; k < 4; k++) {
                        for (int j = 0; j < d; j++) q[j] = g[j];
                        int stored = Math.Min(k, M);
                        for (int m = 0; m < stored; m++) {
                            int slot = (k - 1 - m) % M;
                            for (int j = 0; j < d; j++) old[j] = q[j];
                            double a = 0; for (int j = 0; j < d; j++) a += sHist[slot * d + j] * old[j];
                            a *= rho[slot]; alpha[slot] = a;
                            for (int j = 0; j < d; j++) q[j] = old[j] - a * yHist[slot * d + j];
                        }
                        for (int j = 0; j < d; j++) q[j] *= 0.5;
                        for (int m = stored - 1; m >= 0; m--) {
                            int slot = (k - 1 - m) % M;
                            for (int j = 0; j < d; j++) old[j] = q[j];
                            double b = 0; for (int j = 0; j < d; j++) b += yHist[slot * d + j] * old[j];
                            b *= rho[slot];
                            for (int j = 0; j < d; j++) q[j] = old[j] + sHist[slot * d + j] * (alpha[slot] - b);
                        }
                        int cur = k % M; double sy = 0;
                        for (int j = 0; j < d; j++) {
                            double step = -q[j];
                            w[j] += step; sHist[cur * d + j] = step;
                            double gNew = h[j] * w[j] + 0.1 * w[j] * w[j] * w[j];
                            yHist[cur * d + j] = gNew - g[j]; g[j] = gNew;
                            sy += step * yHist[cur * d + j];
                        }
                        rho[cur] = 1 / sy;
                    }
                    double f = 0; for (int j = 0; j < d; j++) f += 0.5 * h[j] * w[j] * w[j] + 0.025 * w[j] * w[j] * w[j] * w[j];
                    return f; }
                """, (r, n) => new object[] { Vector(r, n, 0.5, 1.5), Vector(r, n, 1, 2) }),
            // DIFF015 for a return from the loop between the elements' test and a write: read a copy kept in an array of its own.
            C("S25ReturnFromLoopAfterWritesOld", """
                [Differentiable] public static double S25ReturnFromLoopAfterWritesOld(double[] x, double c) {
                    int n = x.Length; double[] a = (double[])x.Clone(); double[] old = new double[n];
                    for (int it = 0; it < 20; it++) {
                        for (int i = 0; i < n; i++) a[i] = 0.5 * a[i] + c * Math.Sin(a[i]);
                        for (int i = 0; i < n; i++) old[i] = a[i];
                        double m = 0; for (int i = 0; i < n; i++) m = Math.Max(m, Math.Abs(old[i]));
                        if (m < 0.3) return old[0] * m + it;
                        a[0] += 0.01;
                    }
                    return -a[0]; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.05, 0.3) }),
            // DIFF015 for a return from a switch section inside the loop: keep the value, set a flag, break after the switch.
            C("S25ReturnFromSwitchInLoopFlag", """
                [Differentiable("x", "c")] public static double S25ReturnFromSwitchInLoopFlag(double[] x, double c, int[] ops) {
                    double acc = c, result = 0; int found = 0;
                    for (int i = 0; i < x.Length; i++) {
                        switch (ops[i]) {
                            case 0: acc += x[i]; break;
                            case 1: acc *= 1 + x[i] * x[i]; break;
                            default: result = acc * x[i]; found = 1; break;
                        }
                        if (found == 1) break;
                    }
                    return found == 1 ? result : acc; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1), Ints(r, n, 3) }, ArrayCase.WithEmpty),
            // DIFF015 for the argmax test over elements the step then changes: copy the old elements and test those.
            C("S25GreedyShrinkLargestOld", """
                [Differentiable] public static double S25GreedyShrinkLargestOld(double[] x, double c) {
                    int n = x.Length; double[] a = (double[])x.Clone(); double[] old = new double[n];
                    for (int t = 0; t < 4; t++) {
                        for (int i = 0; i < n; i++) old[i] = a[i];
                        int best = 0;
                        for (int i = 1; i < n; i++) if (old[i] > old[best]) best = i;
                        a[best] = a[best] * c;
                    }
                    double s = 0; for (int i = 0; i < n; i++) s += a[i] * (i + 1);
                    return s; }
                """, (r, n) => new object[] { Separated(r, n, 0.5).Select(v => v + 2).ToArray(), Uniform(r, 0.3, 0.7) }),
        };
    }
}
