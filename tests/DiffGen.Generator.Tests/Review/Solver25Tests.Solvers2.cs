using System;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>Fixed-point and iterative solvers, continued: Sinkhorn, CG, damped and DEQ fixed points, Neumann series, tolerance breaks, inverse iteration.</content>
    public sealed partial class Solver25Tests
    {
        private static readonly ArrayCase[] Solver2Cases =
        {
            C("S25SinkhornLog", """
                [Differentiable("cost", "eps")] public static double S25SinkhornLog(double[] cost, double eps, int n) {
                    double[] f = new double[n]; double[] g = new double[n];
                    double logMass = -Math.Log(n);
                    for (int it = 0; it < 20; it++) {
                        for (int i = 0; i < n; i++) {
                            double m = double.NegativeInfinity;
                            for (int j = 0; j < n; j++) m = Math.Max(m, (g[j] - cost[i * n + j]) / eps);
                            double s = 0;
                            for (int j = 0; j < n; j++) s += Math.Exp((g[j] - cost[i * n + j]) / eps - m);
                            f[i] = eps * logMass - eps * (m + Math.Log(s));
                        }
                        for (int j = 0; j < n; j++) {
                            double m = double.NegativeInfinity;
                            for (int i = 0; i < n; i++) m = Math.Max(m, (f[i] - cost[i * n + j]) / eps);
                            double s = 0;
                            for (int i = 0; i < n; i++) s += Math.Exp((f[i] - cost[i * n + j]) / eps - m);
                            g[j] = eps * logMass - eps * (m + Math.Log(s));
                        }
                    }
                    double total = 0;
                    for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) total += Math.Exp((f[i] + g[j] - cost[i * n + j]) / eps) * cost[i * n + j];
                    return total; }
                """, (r, n) => new object[] { Vector(r, n * n, 0, 1), Uniform(r, 0.3, 1), n }),
            C("S25SinkhornScaling", """
                [Differentiable("cost", "eps")] public static double S25SinkhornScaling(double[] cost, double eps, int n) {
                    double[] k = new double[n * n]; double[] u = new double[n]; double[] v = new double[n];
                    for (int i = 0; i < n * n; i++) k[i] = Math.Exp(-cost[i] / eps);
                    for (int i = 0; i < n; i++) { u[i] = 1; v[i] = 1; }
                    for (int it = 0; it < 15; it++) {
                        for (int i = 0; i < n; i++) { double s = 0; for (int j = 0; j < n; j++) s += k[i * n + j] * v[j]; u[i] = 1.0 / n / s; }
                        for (int j = 0; j < n; j++) { double s = 0; for (int i = 0; i < n; i++) s += k[i * n + j] * u[i]; v[j] = 1.0 / n / s; }
                    }
                    double total = 0;
                    for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) total += u[i] * k[i * n + j] * v[j] * cost[i * n + j];
                    return total; }
                """, (r, n) => new object[] { Vector(r, n * n, 0, 1), Uniform(r, 0.3, 1), n }),
            C("S25SinkhornHelperLse", """
                [Differentiable] public static double S25Lse2(double a, double b) { double m = Math.Max(a, b); return m + Math.Log(Math.Exp(a - m) + Math.Exp(b - m)); }
                [Differentiable("cost", "eps")] public static double S25SinkhornHelperLse(double[] cost, double eps) {
                    double[] f = new double[2]; double[] g = new double[2];
                    for (int it = 0; it < 15; it++) {
                        for (int i = 0; i < 2; i++) f[i] = -eps * Math.Log(2) - eps * S25Lse2((g[0] - cost[2 * i]) / eps, (g[1] - cost[2 * i + 1]) / eps);
                        for (int j = 0; j < 2; j++) g[j] = -eps * Math.Log(2) - eps * S25Lse2((f[0] - cost[j]) / eps, (f[1] - cost[2 + j]) / eps);
                    }
                    return f[0] + f[1] + g[0] + g[1]; }
                """, (r, n) => new object[] { Vector(r, 4, 0, 1), Uniform(r, 0.2, 1) }, ArrayCase.Scalar),
            C("S25ConjugateGradientFixed", """
                [Differentiable("b", "shift")] public static double S25ConjugateGradientFixed(double[] b, double shift, double[] m) {
                    int n = b.Length; double[] x = new double[n]; double[] r = new double[n]; double[] p = new double[n]; double[] ap = new double[n];
                    for (int i = 0; i < n; i++) { r[i] = b[i]; p[i] = b[i]; }
                    double rr = 0; for (int i = 0; i < n; i++) rr += r[i] * r[i];
                    for (int k = 0; k < n - 1; k++) {
                        for (int i = 0; i < n; i++) {
                            double s = shift * p[i];
                            for (int j = 0; j < n; j++) { double aij = 0; for (int l = 0; l < n; l++) aij += m[i * n + l] * m[j * n + l]; s += aij * p[j]; }
                            ap[i] = s;
                        }
                        double pap = 0; for (int i = 0; i < n; i++) pap += p[i] * ap[i];
                        double alpha = rr / pap;
                        for (int i = 0; i < n; i++) { x[i] += alpha * p[i]; r[i] -= alpha * ap[i]; }
                        double rrNew = 0; for (int i = 0; i < n; i++) rrNew += r[i] * r[i];
                        double beta = rrNew / rr;
                        for (int i = 0; i < n; i++) p[i] = r[i] + beta * p[i];
                        rr = rrNew;
                    }
                    double f = 0; for (int i = 0; i < n; i++) f += x[i] * (i + 1);
                    return f; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, 0.5, 2), Vector(r, n * n, -1, 1) }, new[] { 2, 3, 4, 5 }),
            C("S25FixedPointDampedArray", """
                [Differentiable] public static double S25FixedPointDampedArray(double[] a, double w) {
                    int n = a.Length; double[] x = new double[n];
                    for (int it = 0; it < 30; it++)
                        for (int i = 0; i < n; i++) x[i] = (1 - w) * x[i] + w * Math.Cos(a[i] * x[i]);
                    double s = 0; for (int i = 0; i < n; i++) s += x[i];
                    return s; }
                """, (r, n) => new object[] { Vector(r, n, 0.2, 0.9), Uniform(r, 0.5, 0.9) }),
            C("S25NeumannSeries", """
                [Differentiable("m", "b")] public static double S25NeumannSeries(double[] m, double[] b, int n) {
                    double[] x = new double[n]; double[] y = new double[n];
                    for (int it = 0; it < 15; it++) {
                        for (int i = 0; i < n; i++) { double s = b[i]; for (int j = 0; j < n; j++) s += m[i * n + j] * x[j]; y[i] = s; }
                        for (int i = 0; i < n; i++) x[i] = y[i];
                    }
                    double f = 0; for (int i = 0; i < n; i++) f += x[i] * x[i];
                    return f; }
                """, (r, n) => new object[] { Vector(r, n * n, -0.3 / n, 0.3 / n), Vector(r, n, -1, 1), n }),
            C("S25DeqFixedPoint", """
                [Differentiable("w", "u")] public static double S25DeqFixedPoint(double[] w, double[] u, double[] x, int n) {
                    double[] z = new double[n]; double[] zn = new double[n];
                    for (int it = 0; it < 25; it++) {
                        for (int i = 0; i < n; i++) { double s = u[i] * x[i]; for (int j = 0; j < n; j++) s += w[i * n + j] * z[j]; zn[i] = Math.Tanh(s); }
                        double[] t = z; z = zn; zn = t;
                    }
                    double f = 0; for (int i = 0; i < n; i++) f += z[i] * (i % 2 == 0 ? 1 : -1);
                    return f; }
                """, (r, n) => new object[] { Vector(r, n * n, -0.4 / n, 0.4 / n), Vector(r, n, -1, 1), Vector(r, n, -1, 1), n }),
            C("S25GaussSeidelTolBreak", """
                [Differentiable] public static double S25GaussSeidelTolBreak(double[] d, double off, double[] b) {
                    int n = d.Length; double[] x = new double[n];
                    for (int it = 0; it < 100; it++) {
                        double change = 0;
                        for (int i = 0; i < n; i++) {
                            double s = b[i];
                            if (i > 0) s -= off * x[i - 1];
                            if (i < n - 1) s -= off * x[i + 1];
                            double xi = s / d[i];
                            change = Math.Max(change, Math.Abs(xi - x[i]));
                            x[i] = xi;
                        }
                        if (change < 1e-13) break;
                    }
                    double f = 0; for (int i = 0; i < n; i++) f += x[i] * (i + 0.5);
                    return f; }
                """, Tridiagonal),
            C("S25RichardsonResidual", """
                [Differentiable("d", "b", "tau")] public static double S25RichardsonResidual(double[] d, double[] b, double tau) {
                    int n = d.Length; double[] x = new double[n]; double[] res = new double[n];
                    for (int it = 0; it < 10; it++) {
                        for (int i = 0; i < n; i++) res[i] = b[i] - d[i] * x[i] - 0.2 * ((i > 0 ? x[i - 1] : 0) + (i < n - 1 ? x[i + 1] : 0));
                        for (int i = 0; i < n; i++) x[i] += tau * res[i];
                    }
                    double f = 0; for (int i = 0; i < n; i++) f += res[i] * res[i] + x[i];
                    return f; }
                """, (r, n) => new object[] { Vector(r, n, 1, 2), Vector(r, n, -1, 1), Uniform(r, 0.2, 0.4) }),
            C("S25NewtonKeplerArray", """
                [Differentiable("e")] public static double S25NewtonKeplerArray(double[] meanAnomaly, double e) {
                    int n = meanAnomaly.Length; double[] ea = new double[n];
                    for (int i = 0; i < n; i++) ea[i] = meanAnomaly[i];
                    for (int it = 0; it < 10; it++)
                        for (int i = 0; i < n; i++) ea[i] -= (ea[i] - e * Math.Sin(ea[i]) - meanAnomaly[i]) / (1 - e * Math.Cos(ea[i]));
                    double s = 0; for (int i = 0; i < n; i++) s += Math.Cos(ea[i]);
                    return s; }
                """, (r, n) => new object[] { Vector(r, n, 0.2, 3), Uniform(r, 0.1, 0.7) }),
            C("S25InverseIterationShift", """
                [Differentiable("d", "off")] public static double S25InverseIterationShift(double[] d, double off, double sigma) {
                    int n = d.Length; double[] x = new double[n]; double[] y = new double[n];
                    for (int i = 0; i < n; i++) x[i] = 1;
                    for (int it = 0; it < 6; it++) {
                        for (int i = 0; i < n; i++) y[i] = 0;
                        for (int sweep = 0; sweep < 30; sweep++)
                            for (int i = 0; i < n; i++) {
                                double s = x[i];
                                if (i > 0) s -= off * y[i - 1];
                                if (i < n - 1) s -= off * y[i + 1];
                                y[i] = s / (d[i] - sigma);
                            }
                        double norm = 0; for (int i = 0; i < n; i++) norm += y[i] * y[i];
                        norm = Math.Sqrt(norm);
                        for (int i = 0; i < n; i++) x[i] = y[i] / norm;
                    }
                    double q = 0;
                    for (int i = 0; i < n; i++) q += x[i] * (d[i] * x[i] + (i > 0 ? off * x[i - 1] : 0) + (i < n - 1 ? off * x[i + 1] : 0));
                    return q; }
                """, (r, n) => new object[] { Enumerable.Range(0, n).Select(i => 4 + (1.5 * i) + Uniform(r, -0.2, 0.2)).ToArray(), Uniform(r, -0.4, 0.4), 2.5 }),
        };
    }
}
