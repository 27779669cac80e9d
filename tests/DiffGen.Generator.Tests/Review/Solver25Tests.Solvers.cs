using System;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>Fixed-point and iterative solvers with fixed iteration counts: Jacobi, Gauss-Seidel, SOR, power iteration, Newton, Sinkhorn, CG.</content>
    public sealed partial class Solver25Tests
    {
        /// <summary>A diagonally dominant tridiagonal system: diagonal d (n), off-diagonal scale, right-hand side b (n).</summary>
        private static object[] Tridiagonal(Random r, int n) =>
            new object[] { Vector(r, n, 3, 5), Uniform(r, -1, 1), Vector(r, n, -1, 1) };

        /// <summary>An n × n matrix with a dominant diagonal, flattened, and a vector.</summary>
        private static double[] Dominant(Random r, int n)
        {
            double[] a = Vector(r, n * n, -0.5, 0.5);
            for (int i = 0; i < n; i++)
            {
                a[(i * n) + i] = Uniform(r, n + 1, n + 2);
            }

            return a;
        }

        /// <summary>A symmetric n × n matrix whose largest eigenvalue stands apart (a rank-one spike over noise).</summary>
        private static double[] Spiked(Random r, int n)
        {
            double[] u = Vector(r, n, 0.5, 1), a = new double[n * n];
            double[] noise = Vector(r, n * n, -0.1, 0.1);
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    a[(i * n) + j] = (3 * u[i] * u[j]) + (0.5 * (noise[(i * n) + j] + noise[(j * n) + i]));
                }
            }

            return a;
        }

        private static readonly ArrayCase[] SolverCases =
        {
            C("S25JacobiPingPong", """
                [Differentiable] public static double S25JacobiPingPong(double[] d, double off, double[] b) {
                    int n = d.Length; double[] x = new double[n]; double[] xn = new double[n];
                    for (int it = 0; it < 10; it++) {
                        for (int i = 0; i < n; i++) {
                            double s = b[i];
                            if (i > 0) s -= off * x[i - 1];
                            if (i < n - 1) s -= off * x[i + 1];
                            xn[i] = s / d[i];
                        }
                        (x, xn) = (xn, x);
                    }
                    double f = 0; for (int i = 0; i < n; i++) f += (i + 1) * x[i];
                    return f; }
                """, Tridiagonal),
            C("S25JacobiCopyBack", """
                [Differentiable] public static double S25JacobiCopyBack(double[] d, double off, double[] b) {
                    int n = d.Length; double[] x = new double[n]; double[] xn = new double[n];
                    for (int it = 0; it < 8; it++) {
                        for (int i = 0; i < n; i++) {
                            double left = i > 0 ? x[i - 1] : 0;
                            double right = i + 1 < n ? x[i + 1] : 0;
                            xn[i] = (b[i] - off * (left + right)) / d[i];
                        }
                        for (int i = 0; i < n; i++) x[i] = xn[i];
                    }
                    double f = 0; for (int i = 0; i < n; i++) f += x[i] * x[i];
                    return f; }
                """, Tridiagonal),
            C("S25GaussSeidelInPlace", """
                [Differentiable] public static double S25GaussSeidelInPlace(double[] d, double off, double[] b) {
                    int n = d.Length; double[] x = new double[n];
                    for (int it = 0; it < 6; it++)
                        for (int i = 0; i < n; i++) {
                            double s = b[i];
                            if (i > 0) s -= off * x[i - 1];
                            if (i < n - 1) s -= off * x[i + 1];
                            x[i] = s / d[i];
                        }
                    double f = 0; for (int i = 0; i < n; i++) f += Math.Sin(x[i] + i);
                    return f; }
                """, Tridiagonal),
            C("S25SymmetricGaussSeidel", """
                [Differentiable] public static double S25SymmetricGaussSeidel(double[] d, double off, double[] b) {
                    int n = d.Length; double[] x = new double[n];
                    for (int it = 0; it < 4; it++) {
                        for (int i = 0; i < n; i++) x[i] = (b[i] - off * ((i > 0 ? x[i - 1] : 0) + (i < n - 1 ? x[i + 1] : 0))) / d[i];
                        for (int i = n - 1; i >= 0; i--) x[i] = (b[i] - off * ((i > 0 ? x[i - 1] : 0) + (i < n - 1 ? x[i + 1] : 0))) / d[i];
                    }
                    double f = 0; for (int i = 0; i < n; i++) f += x[i] * b[i];
                    return f; }
                """, Tridiagonal),
            C("S25SorDense", """
                [Differentiable("a", "b", "omega")] public static double S25SorDense(double[] a, double[] b, double omega, int n) {
                    double[] x = new double[n];
                    for (int it = 0; it < 8; it++)
                        for (int i = 0; i < n; i++) {
                            double sigma = 0;
                            for (int j = 0; j < n; j++) if (j != i) sigma += a[i * n + j] * x[j];
                            x[i] = (1 - omega) * x[i] + omega * (b[i] - sigma) / a[i * n + i];
                        }
                    double f = 0; for (int i = 0; i < n; i++) f += x[i];
                    return f; }
                """, (r, n) => new object[] { Dominant(r, n), Vector(r, n, -1, 1), Uniform(r, 0.8, 1.3), n }),
            C("S25PowerIterNormalised", """
                [Differentiable("a")] public static double S25PowerIterNormalised(double[] a, int n) {
                    double[] x = new double[n]; double[] y = new double[n];
                    for (int i = 0; i < n; i++) x[i] = 1;
                    for (int it = 0; it < 25; it++) {
                        double norm = 0;
                        for (int i = 0; i < n; i++) { double s = 0; for (int j = 0; j < n; j++) s += a[i * n + j] * x[j]; y[i] = s; norm += s * s; }
                        norm = Math.Sqrt(norm);
                        for (int i = 0; i < n; i++) x[i] = y[i] / norm;
                    }
                    double num = 0;
                    for (int i = 0; i < n; i++) { double s = 0; for (int j = 0; j < n; j++) s += a[i * n + j] * x[j]; num += x[i] * s; }
                    return num; }
                """, (r, n) => new object[] { Spiked(r, n), n }),
            C("S25PowerIterSwap", """
                [Differentiable("a")] public static double S25PowerIterSwap(double[] a, int n) {
                    double[] x = new double[n]; double[] y = new double[n];
                    for (int i = 0; i < n; i++) x[i] = 1.0 / (i + 1);
                    double lambda = 0;
                    for (int it = 0; it < 30; it++) {
                        for (int i = 0; i < n; i++) { y[i] = 0; for (int j = 0; j < n; j++) y[i] += a[i * n + j] * x[j]; }
                        double norm = 0; for (int i = 0; i < n; i++) norm += y[i] * y[i];
                        lambda = Math.Sqrt(norm);
                        for (int i = 0; i < n; i++) y[i] /= lambda;
                        double[] t = x; x = y; y = t;
                    }
                    return lambda + x[0] * x[0]; }
                """, (r, n) => new object[] { Spiked(r, n), n }),
            C("S25NewtonSqrtArray", """
                [Differentiable] public static double S25NewtonSqrtArray(double[] p) {
                    int n = p.Length; double[] x = new double[n];
                    for (int i = 0; i < n; i++) x[i] = 1;
                    for (int it = 0; it < 12; it++)
                        for (int i = 0; i < n; i++) x[i] = 0.5 * (x[i] + p[i] / x[i]);
                    double s = 0; for (int i = 0; i < n; i++) s += x[i] * (i + 1);
                    return s; }
                """, (r, n) => new object[] { Vector(r, n, 0.5, 6) }),
            S("S25HalleyCbrt", """
                [Differentiable] public static double S25HalleyCbrt(double a) {
                    double x = 1;
                    for (int it = 0; it < 8; it++) { double x3 = x * x * x; x = x * (x3 + 2 * a) / (2 * x3 + a); }
                    return x; }
                """, r => new object[] { Uniform(r, 0.2, 8) }),
            S("S25NewtonImplicitTanh", """
                [Differentiable] public static double S25NewtonImplicitTanh(double a, double b) {
                    double x = a;
                    for (int it = 0; it < 20; it++) {
                        double t = Math.Tanh(x);
                        double f = x - a - b * t, df = 1 - b * (1 - t * t);
                        x -= f / df;
                    }
                    return x * x; }
                """, r => new object[] { Uniform(r, -2, 2), Uniform(r, 0.1, 0.8) }),
            C("S25NewtonLseRoot", """
                [Differentiable] public static double S25NewtonLseRoot(double[] z) {
                    double t = z[0];
                    for (int i = 1; i < z.Length; i++) t = Math.Max(t, z[i]);
                    for (int it = 0; it < 40; it++) {
                        double s = 0; foreach (double v in z) s += Math.Exp(v - t);
                        t += (s - 1) / s;
                    }
                    return t; }
                """, (r, n) => new object[] { Separated(r, n, 0.4) }),
        };
    }
}
