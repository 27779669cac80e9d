using System;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>Soft-DTW and soft edit distances with +∞ borders: flat tables, two rows swapped, borders by loops and initializers.</content>
    public sealed partial class InfinitySweep26Tests
    {
        private static object[] TwoSeries(Random r, int n) => new object[] { Vector(r, n, -1, 1), Vector(r, n + 1, -1, 1), Uniform(r, 0.3, 1.5) };

        private static readonly ArrayCase[] DtwCases =
        {
            // Two rows swapped by a tuple, the border +∞ by a loop and per row, −r / γ with the maximum subtracted.
            C("I26SoftDtwTwoRowsTuple", """
                [Differentiable] public static double I26SoftDtwTwoRowsTuple(double[] x, double[] y, double gamma) {
                    int n = x.Length, m = y.Length;
                    double[] prev = new double[m + 1]; double[] cur = new double[m + 1];
                    for (int j = 1; j <= m; j++) prev[j] = double.PositiveInfinity;
                    for (int i = 1; i <= n; i++) {
                        cur[0] = double.PositiveInfinity;
                        for (int j = 1; j <= m; j++) {
                            double a = -prev[j - 1] / gamma, b = -prev[j] / gamma, c = -cur[j - 1] / gamma;
                            double mx = Math.Max(a, Math.Max(b, c));
                            double d = x[i - 1] - y[j - 1];
                            cur[j] = d * d - gamma * (mx + Math.Log(Math.Exp(a - mx) + Math.Exp(b - mx) + Math.Exp(c - mx)));
                        }
                        (prev, cur) = (cur, prev);
                    }
                    return prev[m]; }
                """, TwoSeries),

            // The soft minimum with the minimum subtracted first (tslearn's form): −(a − lo) / γ, +∞ − lo on the border. WRONG (gap A):
            // the difference inside the quotient is not tested; dGamma NaN.
            C("I26SoftDtwMinFirst", """
                [Differentiable] public static double I26SoftDtwMinFirst(double[] x, double[] y, double gamma) {
                    int n = x.Length, m = y.Length, w = m + 1;
                    double[] r = new double[(n + 1) * w];
                    for (int k = 1; k < r.Length; k++) r[k] = double.PositiveInfinity;
                    for (int i = 1; i <= n; i++)
                        for (int j = 1; j <= m; j++) {
                            double a = r[(i - 1) * w + j - 1], b = r[(i - 1) * w + j], c = r[i * w + j - 1];
                            double lo = Math.Min(a, Math.Min(b, c));
                            double s = Math.Exp(-(a - lo) / gamma) + Math.Exp(-(b - lo) / gamma) + Math.Exp(-(c - lo) / gamma);
                            double d = x[i - 1] - y[j - 1];
                            r[i * w + j] = d * d + lo - gamma * Math.Log(s);
                        }
                    return r[n * w + m]; }
                """, TwoSeries),

            // The naive soft minimum, exp(−r / γ) of the neighbours (no maximum subtracted), rows swapped by reference.
            C("I26SoftDtwNaiveSwap", """
                [Differentiable] public static double I26SoftDtwNaiveSwap(double[] x, double[] y, double gamma) {
                    int n = x.Length, m = y.Length;
                    double[] prev = new double[m + 1]; double[] cur = new double[m + 1];
                    for (int j = 1; j <= m; j++) prev[j] = double.PositiveInfinity;
                    cur[0] = double.PositiveInfinity;
                    for (int i = 1; i <= n; i++) {
                        for (int j = 1; j <= m; j++) {
                            double s = Math.Exp(-prev[j - 1] / gamma) + Math.Exp(-prev[j] / gamma) + Math.Exp(-cur[j - 1] / gamma);
                            double d = x[i - 1] - y[j - 1];
                            cur[j] = d * d - gamma * Math.Log(s);
                        }
                        double[] tmp = prev; prev = cur; cur = tmp;
                    }
                    return prev[m]; }
                """, TwoSeries),

            // A fixed-length template (y of length 3): the first row by an initializer { 0, ∞, ∞, ∞ }.
            C("I26SoftDtwInitializerRow", """
                [Differentiable] public static double I26SoftDtwInitializerRow(double[] x, double[] y, double gamma) {
                    double[] prev = { 0, double.PositiveInfinity, double.PositiveInfinity, double.PositiveInfinity };
                    double[] cur = new double[4];
                    for (int i = 0; i < x.Length; i++) {
                        cur[0] = double.PositiveInfinity;
                        for (int j = 1; j <= 3; j++) {
                            double a = -prev[j - 1] / gamma, b = -prev[j] / gamma, c = -cur[j - 1] / gamma;
                            double mx = Math.Max(a, Math.Max(b, c));
                            double d = x[i] - y[j - 1];
                            cur[j] = d * d - gamma * (mx + Math.Log(Math.Exp(a - mx) + Math.Exp(b - mx) + Math.Exp(c - mx)));
                        }
                        for (int j = 0; j <= 3; j++) prev[j] = cur[j];
                    }
                    return prev[3]; }
                """, (r, n) => new object[] { Vector(r, n + 2, -1, 1), Vector(r, 3, -1, 1), Uniform(r, 0.3, 1.5) }),

            // Sakoe-Chiba band: cells outside |i − j| ≤ 1 are +∞, written in the loop. Declined (DIFF015), see Declines.
            C("I26SoftDtwBanded", """
                [Differentiable] public static double I26SoftDtwBanded(double[] x, double[] y, double gamma) {
                    int n = x.Length, m = y.Length, w = m + 1;
                    double[] r = new double[(n + 1) * w];
                    for (int k = 1; k < r.Length; k++) r[k] = double.PositiveInfinity;
                    for (int i = 1; i <= n; i++)
                        for (int j = 1; j <= m; j++) {
                            if (Math.Abs(i - j) > 1) { r[i * w + j] = double.PositiveInfinity; continue; }
                            double a = -r[(i - 1) * w + j - 1] / gamma, b = -r[(i - 1) * w + j] / gamma, c = -r[i * w + j - 1] / gamma;
                            double mx = Math.Max(a, Math.Max(b, c));
                            double d = x[i - 1] - y[j - 1];
                            r[i * w + j] = d * d - gamma * (mx + Math.Log(Math.Exp(a - mx) + Math.Exp(b - mx) + Math.Exp(c - mx)));
                        }
                    return r[n * w + m]; }
                """, TwoSeries),

            // Subsequence soft-DTW: a free start along the query (row 0 is 0), the column border +∞.
            C("I26SoftDtwSubsequence", """
                [Differentiable] public static double I26SoftDtwSubsequence(double[] x, double[] y, double gamma) {
                    int n = x.Length, m = y.Length, w = m + 1;
                    double[] r = new double[(n + 1) * w];
                    for (int i = 1; i <= n; i++) r[i * w] = double.PositiveInfinity;
                    for (int i = 1; i <= n; i++)
                        for (int j = 1; j <= m; j++) {
                            double a = -r[(i - 1) * w + j - 1] / gamma, b = -r[(i - 1) * w + j] / gamma, c = -r[i * w + j - 1] / gamma;
                            double mx = Math.Max(a, Math.Max(b, c));
                            double d = x[i - 1] - y[j - 1];
                            r[i * w + j] = d * d - gamma * (mx + Math.Log(Math.Exp(a - mx) + Math.Exp(b - mx) + Math.Exp(c - mx)));
                        }
                    double best = double.PositiveInfinity;
                    for (int j = 1; j <= m; j++) best = Math.Min(best, r[n * w + j]);
                    return best; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Vector(r, n + 2, -1, 1), Uniform(r, 0.3, 1.5) }),

            // Soft edit distance within a band: substitution (x − y)², insertion and deletion costs; outside the band +∞. Declined (DIFF015).
            C("I26SoftEditBanded", """
                [Differentiable] public static double I26SoftEditBanded(double[] x, double[] y, double ins, double del, double gamma) {
                    int n = x.Length, m = y.Length, w = m + 1;
                    double[] r = new double[(n + 1) * w];
                    for (int j = 1; j <= m; j++) r[j] = j <= 1 ? j * ins : double.PositiveInfinity;
                    for (int i = 1; i <= n; i++) {
                        r[i * w] = i <= 1 ? i * del : double.PositiveInfinity;
                        for (int j = 1; j <= m; j++) {
                            if (j - i > 1 || i - j > 1) { r[i * w + j] = double.PositiveInfinity; continue; }
                            double d = x[i - 1] - y[j - 1];
                            double a = -(r[(i - 1) * w + j - 1] + d * d) / gamma, b = -(r[(i - 1) * w + j] + del) / gamma, c = -(r[i * w + j - 1] + ins) / gamma;
                            double mx = Math.Max(a, Math.Max(b, c));
                            r[i * w + j] = -gamma * (mx + Math.Log(Math.Exp(a - mx) + Math.Exp(b - mx) + Math.Exp(c - mx)));
                        }
                    }
                    return r[n * w + m]; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Vector(r, n + 1, -1, 1), Uniform(r, 0.2, 1), Uniform(r, 0.2, 1), Uniform(r, 0.3, 1.5) }),

            // Soft edit distance with the diagonal weighted: the neighbours scaled before the soft minimum (+∞ · w). WRONG (gap A):
            // (lo − a) / γ with a = +∞ is not tested; dGamma NaN.
            C("I26SoftEditWeightedBorder", """
                [Differentiable] public static double I26SoftEditWeightedBorder(double[] x, double[] y, double wDiag, double gamma) {
                    int n = x.Length, m = y.Length, w = m + 1;
                    double[] r = new double[(n + 1) * w];
                    for (int k = 1; k < r.Length; k++) r[k] = double.PositiveInfinity;
                    for (int i = 1; i <= n; i++)
                        for (int j = 1; j <= m; j++) {
                            double a = wDiag * r[(i - 1) * w + j - 1], b = r[(i - 1) * w + j] + 0.5, c = r[i * w + j - 1] + 0.5;
                            double lo = Math.Min(a, Math.Min(b, c));
                            double s = Math.Exp((lo - a) / gamma) + Math.Exp((lo - b) / gamma) + Math.Exp((lo - c) / gamma);
                            double d = x[i - 1] - y[j - 1];
                            r[i * w + j] = d * d + lo - gamma * Math.Log(s);
                        }
                    return r[n * w + m]; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Vector(r, n + 1, -1, 1), Uniform(r, 0.8, 1.2), Uniform(r, 0.3, 1.5) }),

            // A log-space alignment score (soft maximum) with a −∞ border: γ · log Σ exp(r / γ), naive.
            C("I26SoftMaxAlignNegBorder", """
                [Differentiable] public static double I26SoftMaxAlignNegBorder(double[] x, double[] y, double gamma) {
                    int n = x.Length, m = y.Length, w = m + 1;
                    double[] r = new double[(n + 1) * w];
                    for (int k = 1; k < r.Length; k++) r[k] = double.NegativeInfinity;
                    for (int i = 1; i <= n; i++)
                        for (int j = 1; j <= m; j++) {
                            double s = Math.Exp(r[(i - 1) * w + j - 1] / gamma) + Math.Exp(r[(i - 1) * w + j] / gamma) + Math.Exp(r[i * w + j - 1] / gamma);
                            r[i * w + j] = -Math.Abs(x[i - 1] - y[j - 1]) + gamma * Math.Log(s);
                        }
                    return r[n * w + m]; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Vector(r, n + 1, -1, 1), Uniform(r, 0.3, 1.5) }),
        };
    }
}
