using System;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>Harder shapes: in-place butterflies and shift registers, stale boundaries after swaps, conditional swaps, returns from loops, local functions over updated arrays.</content>
    public sealed partial class Solver25Tests
    {
        private static readonly ArrayCase[] HarderCases =
        {
            C("S25WalshHadamardInPlace", """
                [Differentiable] public static double S25WalshHadamardInPlace(double[] x) {
                    int n = x.Length; double[] a = (double[])x.Clone();
                    for (int h = 1; h < n; h *= 2)
                        for (int i = 0; i < n; i += 2 * h)
                            for (int j = i; j < i + h; j++) {
                                double u = a[j], v = a[j + h];
                                a[j] = u + v; a[j + h] = u - v;
                            }
                    double s = 0; for (int i = 0; i < n; i++) s += Math.Tanh(a[i]) * (i + 1);
                    return s; }
                """, (r, n) => new object[] { Vector(r, n, -0.5, 0.5) }, new[] { 1, 2, 4, 8 }),
            C("S25ReverseInPlace", """
                [Differentiable] public static double S25ReverseInPlace(double[] x) {
                    int n = x.Length; double[] a = new double[n];
                    for (int i = 0; i < n; i++) a[i] = x[i] * x[i];
                    for (int i = 0; i < n / 2; i++) { double t = a[i]; a[i] = a[n - 1 - i]; a[n - 1 - i] = t; }
                    double s = 0; for (int i = 0; i < n; i++) s += a[i] * (i + 1);
                    return s; }
                """, (r, n) => new object[] { Vector(r, n) }, ArrayCase.WithEmpty),
            C("S25FirShiftRegister", """
                [Differentiable] public static double S25FirShiftRegister(double[] h, double[] x) {
                    int m = h.Length; double[] buf = new double[m]; double out2 = 0;
                    for (int t = 0; t < x.Length; t++) {
                        for (int k = m - 1; k > 0; k--) buf[k] = buf[k - 1];
                        buf[0] = x[t];
                        double y = 0; for (int k = 0; k < m; k++) y += h[k] * buf[k];
                        out2 += y * y;
                    }
                    return out2; }
                """, (r, n) => new object[] { Vector(r, 3, -1, 1), Vector(r, n + 2, -1, 1) }),
            C("S25RotateLeftInPlace", """
                [Differentiable] public static double S25RotateLeftInPlace(double[] x, double c) {
                    int n = x.Length; double[] a = (double[])x.Clone();
                    for (int r = 0; r < 3; r++) {
                        double first = a[0];
                        for (int i = 0; i < n - 1; i++) a[i] = a[i + 1] + c * a[i];
                        a[n - 1] = first;
                    }
                    double s = 0; for (int i = 0; i < n; i++) s += a[i] * a[i] * (i + 1);
                    return s; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.1, 0.5) }),
            C("S25StaleBoundaryPingPong", """
                [Differentiable] public static double S25StaleBoundaryPingPong(double[] u0, double alpha) {
                    int n = u0.Length; double[] a = new double[n]; double[] b = new double[n];
                    for (int i = 0; i < n; i++) a[i] = u0[i];
                    for (int t = 0; t < 5; t++) {
                        for (int i = 1; i < n - 1; i++) b[i] = a[i] + alpha * (a[i - 1] - 2 * a[i] + a[i + 1]);
                        double[] tmp = a; a = b; b = tmp;
                    }
                    double s = 0; for (int i = 0; i < n; i++) s += a[i] * (i + 1) + b[i] * b[i];
                    return s; }
                """, Grid, Grids),
            C("S25ConditionalSwap", """
                [Differentiable] public static double S25ConditionalSwap(double[] u0, double alpha) {
                    int n = u0.Length; double[] a = new double[n]; double[] b = new double[n];
                    for (int i = 0; i < n; i++) { a[i] = u0[i]; b[i] = 1; }
                    for (int t = 0; t < 6; t++) {
                        for (int i = 0; i < n; i++) b[i] = 0.5 * b[i] + alpha * Math.Sin(a[i]);
                        if (t % 2 == 0) (a, b) = (b, a);
                    }
                    double s = 0; for (int i = 0; i < n; i++) s += a[i] * (i + 1) - b[i];
                    return s; }
                """, Grid, Grids),
            C("S25ReturnFromLoopArray", """
                [Differentiable] public static double S25ReturnFromLoopArray(double[] x, double rate) {
                    int n = x.Length; double[] a = (double[])x.Clone();
                    for (int it = 0; it < 30; it++) {
                        double norm = 0; for (int i = 0; i < n; i++) norm += a[i] * a[i];
                        if (norm < 0.1) return norm + a[0];
                        for (int i = 0; i < n; i++) a[i] -= rate * a[i];
                    }
                    return a[0]; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.05, 0.2) }),
            C("S25ReturnFromNestedLoop", """
                [Differentiable] public static double S25ReturnFromNestedLoop(double[] x, double p) {
                    double acc = 0;
                    for (int i = 0; i < x.Length; i++) {
                        for (int j = 0; j <= i; j++) {
                            acc += x[j] * Math.Pow(p, i - j);
                            if (acc > 3) return acc * p;
                        }
                    }
                    return acc; }
                """, (r, n) => new object[] { Vector(r, n, 0, 1), Uniform(r, 0.3, 0.9) }, ArrayCase.WithEmpty),
            C("S25LocalFunctionOverUpdatedArray", """
                [Differentiable("w0", "lr")] public static double S25LocalFunctionOverUpdatedArray(double[] w0, double lr, double[] x, double[] y) {
                    double[] w = new double[2]; w[0] = w0[0]; w[1] = w0[1];
                    double Pred(int i) => w[0] * x[2 * i] + w[1] * x[2 * i + 1];
                    for (int step = 0; step < 4; step++)
                        for (int i = 0; i < y.Length; i++) {
                            double e = Pred(i) - y[i];
                            w[0] -= lr * e * x[2 * i];
                            w[1] -= lr * e * x[2 * i + 1];
                        }
                    double loss = 0; for (int i = 0; i < y.Length; i++) loss += (Pred(i) - y[i]) * (Pred(i) - y[i]);
                    return loss; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, 0.05, 0.2), Vector(r, 2 * n, -1, 1), Vector(r, n, -1, 1) }),
            C("S25NewtonPerElementBreak", """
                [Differentiable] public static double S25NewtonPerElementBreak(double[] p) {
                    int n = p.Length; double[] root = new double[n];
                    for (int i = 0; i < n; i++) {
                        double x = 1;
                        for (int it = 0; it < 50; it++) {
                            double step = (x * x * x - p[i]) / (3 * x * x);
                            x -= step;
                            if (Math.Abs(step) < 1e-14) break;
                        }
                        root[i] = x;
                    }
                    double s = 0; for (int i = 0; i < n; i++) s += root[i] * (i + 1);
                    return s; }
                """, (r, n) => new object[] { Vector(r, n, 0.3, 5) }),
            C("S25NewtonArrayInnerBreak", """
                [Differentiable] public static double S25NewtonArrayInnerBreak(double[] p, double c) {
                    int n = p.Length; double[] x = new double[n];
                    for (int i = 0; i < n; i++) x[i] = 1;
                    for (int outer = 0; outer < 3; outer++)
                        for (int i = 0; i < n; i++) {
                            double target = p[i] + c * outer;
                            for (int it = 0; it < 40; it++) {
                                double step = (x[i] * x[i] - target) / (2 * x[i]);
                                x[i] -= step;
                                if (Math.Abs(step) < 1e-13) break;
                            }
                        }
                    double s = 0; for (int i = 0; i < n; i++) s += x[i];
                    return s; }
                """, (r, n) => new object[] { Vector(r, n, 0.5, 4), Uniform(r, 0.2, 1) }),
            C("S25LuDoolittleLogDet", """
                [Differentiable("a")] public static double S25LuDoolittleLogDet(double[] a, int n) {
                    double[] lu = (double[])a.Clone();
                    for (int k = 0; k < n; k++)
                        for (int i = k + 1; i < n; i++) {
                            lu[i * n + k] /= lu[k * n + k];
                            for (int j = k + 1; j < n; j++) lu[i * n + j] -= lu[i * n + k] * lu[k * n + j];
                        }
                    double logDet = 0; for (int i = 0; i < n; i++) logDet += Math.Log(Math.Abs(lu[i * n + i]));
                    return logDet; }
                """, (r, n) => new object[] { Dominant(r, n), n }),
            C("S25ModifiedGramSchmidt", """
                [Differentiable("a")] public static double S25ModifiedGramSchmidt(double[] a, int n) {
                    double[] q = (double[])a.Clone();
                    double rDiag = 0;
                    for (int k = 0; k < n; k++) {
                        double norm = 0; for (int i = 0; i < n; i++) norm += q[i * n + k] * q[i * n + k];
                        norm = Math.Sqrt(norm);
                        rDiag += Math.Log(norm);
                        for (int i = 0; i < n; i++) q[i * n + k] /= norm;
                        for (int j = k + 1; j < n; j++) {
                            double r = 0; for (int i = 0; i < n; i++) r += q[i * n + k] * q[i * n + j];
                            for (int i = 0; i < n; i++) q[i * n + j] -= r * q[i * n + k];
                        }
                    }
                    return rDiag + q[0] * q[n * n - 1]; }
                """, (r, n) => new object[] { Dominant(r, n), n }),
            C("S25ThomasInPlace", """
                [Differentiable] public static double S25ThomasInPlace(double[] diag, double[] rhs, double off) {
                    int n = diag.Length; double[] d = (double[])diag.Clone(); double[] b = (double[])rhs.Clone();
                    for (int i = 1; i < n; i++) {
                        double m = off / d[i - 1];
                        d[i] -= m * off;
                        b[i] -= m * b[i - 1];
                    }
                    b[n - 1] /= d[n - 1];
                    for (int i = n - 2; i >= 0; i--) b[i] = (b[i] - off * b[i + 1]) / d[i];
                    double s = 0; for (int i = 0; i < n; i++) s += b[i] * b[i] * (i + 1);
                    return s; }
                """, (r, n) => new object[] { Vector(r, n, 3, 5), Vector(r, n, -1, 1), Uniform(r, -1, 1) }),
            C("S25RedBlackGaussSeidel", """
                [Differentiable] public static double S25RedBlackGaussSeidel(double[] d, double off, double[] b) {
                    int n = d.Length; double[] x = new double[n];
                    for (int it = 0; it < 5; it++)
                        for (int color = 0; color < 2; color++)
                            for (int i = color; i < n; i += 2)
                                x[i] = (b[i] - off * ((i > 0 ? x[i - 1] : 0) + (i < n - 1 ? x[i + 1] : 0))) / d[i];
                    double f = 0; for (int i = 0; i < n; i++) f += x[i] * x[i] * (i + 1);
                    return f; }
                """, Tridiagonal),
            C("S25MultigridTwoLevel", """
                [Differentiable] public static double S25MultigridTwoLevel(double[] f, double omega) {
                    int n = f.Length, nc = n / 2;
                    double[] u = new double[n]; double[] res = new double[n]; double[] ec = new double[nc]; double[] rc = new double[nc];
                    for (int cycle = 0; cycle < 2; cycle++) {
                        for (int s = 0; s < 2; s++)
                            for (int i = 0; i < n; i++) u[i] += omega * (f[i] - (2 * u[i] - (i > 0 ? u[i - 1] : 0) - (i < n - 1 ? u[i + 1] : 0))) / 2;
                        for (int i = 0; i < n; i++) res[i] = f[i] - (2 * u[i] - (i > 0 ? u[i - 1] : 0) - (i < n - 1 ? u[i + 1] : 0));
                        for (int i = 0; i < nc; i++) { rc[i] = 0.5 * (res[2 * i] + res[2 * i + 1]); ec[i] = 0; }
                        for (int s = 0; s < 10; s++)
                            for (int i = 0; i < nc; i++) ec[i] = (rc[i] * 0.5 + (i > 0 ? ec[i - 1] : 0) + (i < nc - 1 ? ec[i + 1] : 0)) / 2;
                        for (int i = 0; i < n; i++) u[i] += ec[i / 2];
                    }
                    double e = 0; for (int i = 0; i < n; i++) e += u[i] * f[i];
                    return e; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.5, 0.9) }, new[] { 2, 4, 6, 8 }),
            C("S25LerpTableParamIndex", """
                [Differentiable("t")] public static double S25LerpTableParamIndex(double t, double[] table) {
                    int k = (int)Math.Floor(t);
                    double f = t - k;
                    return table[k] * (1 - f) + table[k + 1] * f; }
                """, (r, n) => new object[] { Uniform(r, 0.05, n + 0.95), Vector(r, n + 2, -1, 1) }),
            C("S25SemiLagrangian", """
                [Differentiable("u0")] public static double S25SemiLagrangian(double[] u0, double shift) {
                    int n = u0.Length; double[] u = (double[])u0.Clone(); double[] v = new double[n];
                    int k = (int)Math.Floor(shift); double f = shift - k;
                    for (int t = 0; t < 4; t++) {
                        for (int i = 0; i < n; i++) {
                            int j = ((i - k) % n + n) % n, j1 = ((i - k - 1) % n + n) % n;
                            v[i] = (1 - f) * u[j] + f * u[j1];
                        }
                        (u, v) = (v, u);
                    }
                    double s = 0; for (int i = 0; i < n; i++) s += u[i] * u[i] * (i + 1);
                    return s; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.1, 2.9) }, Grids),
        };
    }
}
