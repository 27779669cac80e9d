using System;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>Scans in place, cumulative sums and products, reverse loops, triangular bounds, breaks on data, triangular solves.</content>
    public sealed partial class Solver25Tests
    {
        /// <summary>A lower-triangular n × n matrix with a dominant diagonal, flattened.</summary>
        private static double[] Lower(Random r, int n)
        {
            double[] l = new double[n * n];
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < i; j++)
                {
                    l[(i * n) + j] = Uniform(r, -0.5, 0.5);
                }

                l[(i * n) + i] = Uniform(r, 1, 2);
            }

            return l;
        }

        /// <summary>An upper-triangular n × n matrix with a dominant diagonal, flattened.</summary>
        private static double[] Upper(Random r, int n)
        {
            double[] l = Lower(r, n), u = new double[n * n];
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    u[(i * n) + j] = l[(j * n) + i];
                }
            }

            return u;
        }

        private static readonly ArrayCase[] ScanCases =
        {
            C("S25CumSumInPlace", """
                [Differentiable] public static double S25CumSumInPlace(double[] x) {
                    double[] a = (double[])x.Clone();
                    for (int i = 1; i < a.Length; i++) a[i] += a[i - 1];
                    double s = 0; for (int i = 0; i < a.Length; i++) s += Math.Sin(a[i]);
                    return s; }
                """, (r, n) => new object[] { Vector(r, n) }, ArrayCase.WithEmpty),
            C("S25CumProdInPlace", """
                [Differentiable] public static double S25CumProdInPlace(double[] x) {
                    int n = x.Length; double[] a = new double[n];
                    for (int i = 0; i < n; i++) a[i] = x[i];
                    for (int i = 1; i < n; i++) a[i] *= a[i - 1];
                    double s = 0; for (int i = 0; i < n; i++) s += a[i];
                    return s; }
                """, (r, n) => new object[] { Vector(r, n, 0.5, 1.5) }, ArrayCase.WithEmpty),
            C("S25SuffixSumReverse", """
                [Differentiable] public static double S25SuffixSumReverse(double[] x) {
                    int n = x.Length; double[] a = new double[n];
                    for (int i = 0; i < n; i++) a[i] = x[i] * x[i];
                    for (int i = n - 2; i >= 0; i--) a[i] += a[i + 1];
                    double s = 0; for (int i = 0; i < n; i++) s += Math.Log(1 + a[i]) * (i + 1);
                    return s; }
                """, (r, n) => new object[] { Vector(r, n) }, ArrayCase.WithEmpty),
            C("S25HillisSteeleScan", """
                [Differentiable] public static double S25HillisSteeleScan(double[] x) {
                    int n = x.Length; double[] a = new double[n]; double[] b = new double[n];
                    for (int i = 0; i < n; i++) a[i] = Math.Exp(x[i]);
                    for (int offset = 1; offset < n; offset *= 2) {
                        for (int i = 0; i < n; i++) b[i] = i >= offset ? a[i] + a[i - offset] : a[i];
                        double[] t = a; a = b; b = t;
                    }
                    double s = 0; for (int i = 0; i < n; i++) s += Math.Log(a[i]);
                    return s; }
                """, (r, n) => new object[] { Vector(r, n) }, new[] { 1, 2, 3, 5, 8 }),
            C("S25BlellochUpSweep", """
                [Differentiable] public static double S25BlellochUpSweep(double[] x) {
                    int n = x.Length; double[] a = new double[n];
                    for (int i = 0; i < n; i++) a[i] = x[i];
                    for (int d = 1; d < n; d *= 2)
                        for (int i = 2 * d - 1; i < n; i += 2 * d) a[i] += a[i - d];
                    double s = 0; for (int i = 0; i < n; i++) s += a[i] * a[i] * (i + 1);
                    return s; }
                """, (r, n) => new object[] { Vector(r, n) }, new[] { 1, 2, 4, 8 }),
            C("S25RunningMeanVariance", """
                [Differentiable] public static double S25RunningMeanVariance(double[] x) {
                    double mean = 0, m2 = 0;
                    for (int i = 0; i < x.Length; i++) {
                        double delta = x[i] - mean;
                        mean += delta / (i + 1);
                        m2 += delta * (x[i] - mean);
                    }
                    return m2 / x.Length + mean * mean * mean; }
                """, (r, n) => new object[] { Vector(r, n) }, ArrayCase.NonEmpty),
            C("S25ForwardSubstitution", """
                [Differentiable("l", "b")] public static double S25ForwardSubstitution(double[] l, double[] b, int n) {
                    double[] x = new double[n];
                    for (int i = 0; i < n; i++) {
                        double s = b[i];
                        for (int j = 0; j < i; j++) s -= l[i * n + j] * x[j];
                        x[i] = s / l[i * n + i];
                    }
                    double f = 0; for (int i = 0; i < n; i++) f += x[i] * x[i];
                    return f; }
                """, (r, n) => new object[] { Lower(r, n), Vector(r, n, -1, 1), n }),
            C("S25BackSubstitutionInPlace", """
                [Differentiable("u", "b")] public static double S25BackSubstitutionInPlace(double[] u, double[] b, int n) {
                    double[] x = new double[n];
                    for (int i = 0; i < n; i++) x[i] = b[i];
                    for (int i = n - 1; i >= 0; i--) {
                        for (int j = i + 1; j < n; j++) x[i] -= u[i * n + j] * x[j];
                        x[i] /= u[i * n + i];
                    }
                    double f = 0; for (int i = 0; i < n; i++) f += (i + 1) * x[i];
                    return f; }
                """, (r, n) => new object[] { Upper(r, n), Vector(r, n, -1, 1), n }),
            C("S25CholeskyInPlaceSolve", """
                [Differentiable("a", "b")] public static double S25CholeskyInPlaceSolve(double[] a, double[] b, int n) {
                    double[] l = new double[n * n];
                    for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) l[i * n + j] = 0.5 * (a[i * n + j] + a[j * n + i]);
                    for (int j = 0; j < n; j++) {
                        for (int k = 0; k < j; k++) l[j * n + j] -= l[j * n + k] * l[j * n + k];
                        l[j * n + j] = Math.Sqrt(l[j * n + j]);
                        for (int i = j + 1; i < n; i++) {
                            for (int k = 0; k < j; k++) l[i * n + j] -= l[i * n + k] * l[j * n + k];
                            l[i * n + j] /= l[j * n + j];
                        }
                    }
                    double[] y = new double[n];
                    for (int i = 0; i < n; i++) { double s = b[i]; for (int k = 0; k < i; k++) s -= l[i * n + k] * y[k]; y[i] = s / l[i * n + i]; }
                    double f = 0; for (int i = 0; i < n; i++) f += y[i] * y[i];
                    return f; }
                """, (r, n) => new object[] { Dominant(r, n), Vector(r, n, -1, 1), n }),
            C("S25TriangularConvolution", """
                [Differentiable] public static double S25TriangularConvolution(double[] a, double[] b) {
                    int n = a.Length; double[] c = new double[n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j <= i; j++) c[i] += a[j] * b[i - j];
                    double s = 0; for (int i = 0; i < n; i++) s += c[i] * c[i];
                    return s; }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n) }, ArrayCase.WithEmpty),
            C("S25PascalRowReverse", """
                [Differentiable] public static double S25PascalRowReverse(double[] w, double p) {
                    int n = w.Length; double[] row = new double[n + 1];
                    row[0] = 1;
                    for (int k = 1; k <= n; k++)
                        for (int j = k; j >= 1; j--) row[j] = row[j] * (1 - p) + row[j - 1] * p * w[k - 1];
                    for (int k = 1; k <= n; k++) row[0] *= 1 - p;
                    double s = 0; for (int j = 0; j <= n; j++) s += row[j] * (j + 1);
                    return s; }
                """, (r, n) => new object[] { Vector(r, n, 0.5, 1.5), Uniform(r, 0.1, 0.9) }, ArrayCase.WithEmpty),
            C("S25BreakOnThreshold", """
                [Differentiable("x")] public static double S25BreakOnThreshold(double[] x, double threshold) {
                    double s = 0, weighted = 0;
                    for (int i = 0; i < x.Length; i++) {
                        s += x[i] * x[i];
                        weighted += s * (i + 1);
                        if (s > threshold) break;
                    }
                    return weighted; }
                """, (r, n) => new object[] { Vector(r, n), 2.0 }, ArrayCase.WithEmpty),
            C("S25BreakWithArrayUpdate", """
                [Differentiable] public static double S25BreakWithArrayUpdate(double[] x, double rate) {
                    int n = x.Length; double[] a = new double[n];
                    for (int i = 0; i < n; i++) a[i] = x[i];
                    for (int it = 0; it < 20; it++) {
                        double norm = 0; for (int i = 0; i < n; i++) norm += a[i] * a[i];
                        if (norm < 0.05) break;
                        for (int i = 0; i < n; i++) a[i] -= rate * a[i] * (1 + a[i] * a[i]);
                    }
                    double s = 0; for (int i = 0; i < n; i++) s += a[i] * (i + 2);
                    return s; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.05, 0.2) }),
            C("S25WhileUntilExceeds", """
                [Differentiable("x")] public static double S25WhileUntilExceeds(double[] x, double limit) {
                    int i = 0; double acc = 1;
                    while (i < x.Length && acc < limit) { acc *= 1 + x[i] * x[i]; i++; }
                    return acc + i; }
                """, (r, n) => new object[] { Vector(r, n), 3.0 }, ArrayCase.WithEmpty),
            C("S25ReverseHorner2d", """
                [Differentiable] public static double S25ReverseHorner2d(double[] c, double x, double y) {
                    int n = c.Length; double acc = 0;
                    for (int i = n - 1; i >= 0; i--) {
                        double inner = 0;
                        for (int j = i; j >= 0; j--) inner = inner * y + c[j];
                        acc = acc * x + inner;
                    }
                    return acc; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1), Uniform(r, -1, 1) }, ArrayCase.WithEmpty),
            C("S25InPlaceReverseRecurrence", """
                [Differentiable] public static double S25InPlaceReverseRecurrence(double[] x, double decay) {
                    int n = x.Length; double[] a = new double[n];
                    for (int i = 0; i < n; i++) a[i] = x[i];
                    for (int pass = 0; pass < 3; pass++) {
                        for (int i = 1; i < n; i++) a[i] = a[i] + decay * Math.Tanh(a[i - 1]);
                        for (int i = n - 2; i >= 0; i--) a[i] = a[i] + decay * Math.Tanh(a[i + 1]);
                    }
                    double s = 0; for (int i = 0; i < n; i++) s += a[i] * a[i];
                    return s; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.2, 0.8) }),
            C("S25LogCumSumExp", """
                [Differentiable] public static double S25LogCumSumExp(double[] z, double[] w) {
                    int n = z.Length; double[] out1 = new double[n];
                    double m = double.NegativeInfinity, s = 0;
                    for (int i = 0; i < n; i++) {
                        double mNew = Math.Max(m, z[i]);
                        s = s * Math.Exp(m - mNew) + Math.Exp(z[i] - mNew);
                        m = mNew;
                        out1[i] = m + Math.Log(s);
                    }
                    double total = 0; for (int i = 0; i < n; i++) total += w[i] * out1[i];
                    return total; }
                """, (r, n) => new object[] { Separated(r, n, 0.4), Vector(r, n) }),
            C("S25StridedIndexRecurrence", """
                [Differentiable] public static double S25StridedIndexRecurrence(double[] x) {
                    int n = x.Length; double[] a = new double[n];
                    for (int i = 0; i < n; i++) a[i] = x[i];
                    for (int stride = 1; stride < n; stride++)
                        for (int i = stride; i < n; i += stride) a[i] = a[i] * 0.5 + Math.Sin(a[i - stride]);
                    double s = 0; for (int i = 0; i < n; i++) s += a[i] * (n - i);
                    return s; }
                """, (r, n) => new object[] { Vector(r, n) }, new[] { 1, 2, 3, 5, 7 }),
            C("S25TriangularPairSum", """
                [Differentiable] public static double S25TriangularPairSum(double[] x) {
                    int n = x.Length; double energy = 0;
                    for (int i = 0; i < n; i++)
                        for (int j = i + 1; j < n; j++) {
                            double d = x[i] - x[j];
                            energy += 1 / (d * d + 0.5);
                        }
                    return energy; }
                """, (r, n) => new object[] { Vector(r, n) }, ArrayCase.WithEmpty),
        };
    }
}
