using System;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>The rewrites the declines' advice gives: the accepted ones are checked like the others; following one advice first gives another DIFF015.</content>
    public sealed partial class InfinitySweep26Tests
    {
        private static readonly ArrayCase[] RewriteCases =
        {
            // DIFF015 for the band's write and continue, its advice "one if around the writes" followed (the cells outside keep the
            // border's +∞): declined again, DIFF015 for reading r into a value the same if overwrites.
            C("I26SoftDtwBandedIf", """
                [Differentiable] public static double I26SoftDtwBandedIf(double[] x, double[] y, double gamma) {
                    int n = x.Length, m = y.Length, w = m + 1;
                    double[] r = new double[(n + 1) * w];
                    for (int k = 1; k < r.Length; k++) r[k] = double.PositiveInfinity;
                    for (int i = 1; i <= n; i++)
                        for (int j = 1; j <= m; j++) {
                            if (Math.Abs(i - j) <= 1) {
                                double a = -r[(i - 1) * w + j - 1] / gamma, b = -r[(i - 1) * w + j] / gamma, c = -r[i * w + j - 1] / gamma;
                                double mx = Math.Max(a, Math.Max(b, c));
                                double d = x[i - 1] - y[j - 1];
                                r[i * w + j] = d * d - gamma * (mx + Math.Log(Math.Exp(a - mx) + Math.Exp(b - mx) + Math.Exp(c - mx)));
                            }
                        }
                    return r[n * w + m]; }
                """, TwoSeries),

            // The same written as if / else, the +∞ written again outside the band: the same second DIFF015.
            C("I26SoftDtwBandedIfElse", """
                [Differentiable] public static double I26SoftDtwBandedIfElse(double[] x, double[] y, double gamma) {
                    int n = x.Length, m = y.Length, w = m + 1;
                    double[] r = new double[(n + 1) * w];
                    for (int k = 1; k < r.Length; k++) r[k] = double.PositiveInfinity;
                    for (int i = 1; i <= n; i++)
                        for (int j = 1; j <= m; j++) {
                            if (Math.Abs(i - j) > 1) r[i * w + j] = double.PositiveInfinity;
                            else {
                                double a = -r[(i - 1) * w + j - 1] / gamma, b = -r[(i - 1) * w + j] / gamma, c = -r[i * w + j - 1] / gamma;
                                double mx = Math.Max(a, Math.Max(b, c));
                                double d = x[i - 1] - y[j - 1];
                                r[i * w + j] = d * d - gamma * (mx + Math.Log(Math.Exp(a - mx) + Math.Exp(b - mx) + Math.Exp(c - mx)));
                            }
                        }
                    return r[n * w + m]; }
                """, TwoSeries),

            // The banded soft edit distance with one if around the write: the same second DIFF015.
            C("I26SoftEditBandedIf", """
                [Differentiable] public static double I26SoftEditBandedIf(double[] x, double[] y, double ins, double del, double gamma) {
                    int n = x.Length, m = y.Length, w = m + 1;
                    double[] r = new double[(n + 1) * w];
                    for (int k = 1; k < r.Length; k++) r[k] = double.PositiveInfinity;
                    r[1] = ins; r[w] = del;
                    for (int i = 1; i <= n; i++)
                        for (int j = 1; j <= m; j++) {
                            if (j - i <= 1 && i - j <= 1) {
                                double d = x[i - 1] - y[j - 1];
                                double ca = r[(i - 1) * w + j - 1] + d * d, cb = r[(i - 1) * w + j] + del, cc = r[i * w + j - 1] + ins;
                                double a = -ca / gamma, b = -cb / gamma, c = -cc / gamma;
                                double mx = Math.Max(a, Math.Max(b, c));
                                r[i * w + j] = -gamma * (mx + Math.Log(Math.Exp(a - mx) + Math.Exp(b - mx) + Math.Exp(c - mx)));
                            }
                        }
                    return r[n * w + m]; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Vector(r, n + 1, -1, 1), Uniform(r, 0.2, 1), Uniform(r, 0.2, 1), Uniform(r, 0.3, 1.5) }),

            // Both DIFF015s advise copying the old elements into a local array declared before the loop (or the if): the three
            // neighbours copied into one; accepted and right.
            C("I26SoftDtwBandedOld", """
                [Differentiable] public static double I26SoftDtwBandedOld(double[] x, double[] y, double gamma) {
                    int n = x.Length, m = y.Length, w = m + 1;
                    double[] r = new double[(n + 1) * w]; double[] old = new double[3];
                    for (int k = 1; k < r.Length; k++) r[k] = double.PositiveInfinity;
                    for (int i = 1; i <= n; i++)
                        for (int j = 1; j <= m; j++) {
                            old[0] = r[(i - 1) * w + j - 1]; old[1] = r[(i - 1) * w + j]; old[2] = r[i * w + j - 1];
                            if (Math.Abs(i - j) <= 1) {
                                double a = -old[0] / gamma, b = -old[1] / gamma, c = -old[2] / gamma;
                                double mx = Math.Max(a, Math.Max(b, c));
                                double d = x[i - 1] - y[j - 1];
                                r[i * w + j] = d * d - gamma * (mx + Math.Log(Math.Exp(a - mx) + Math.Exp(b - mx) + Math.Exp(c - mx)));
                            }
                        }
                    return r[n * w + m]; }
                """, TwoSeries),

            // The banded soft edit distance the same way: accepted but WRONG (gap A): −(old[0] + d · d) / γ with old[0] = +∞, a sum
            // inside the quotient, is not tested; dGamma NaN.
            C("I26SoftEditBandedOld", """
                [Differentiable] public static double I26SoftEditBandedOld(double[] x, double[] y, double ins, double del, double gamma) {
                    int n = x.Length, m = y.Length, w = m + 1;
                    double[] r = new double[(n + 1) * w]; double[] old = new double[3];
                    for (int k = 1; k < r.Length; k++) r[k] = double.PositiveInfinity;
                    r[1] = ins; r[w] = del;
                    for (int i = 1; i <= n; i++)
                        for (int j = 1; j <= m; j++) {
                            old[0] = r[(i - 1) * w + j - 1]; old[1] = r[(i - 1) * w + j]; old[2] = r[i * w + j - 1];
                            if (j - i <= 1 && i - j <= 1) {
                                double d = x[i - 1] - y[j - 1];
                                double a = -(old[0] + d * d) / gamma, b = -(old[1] + del) / gamma, c = -(old[2] + ins) / gamma;
                                double mx = Math.Max(a, Math.Max(b, c));
                                r[i * w + j] = -gamma * (mx + Math.Log(Math.Exp(a - mx) + Math.Exp(b - mx) + Math.Exp(c - mx)));
                            }
                        }
                    return r[n * w + m]; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Vector(r, n + 1, -1, 1), Uniform(r, 0.2, 1), Uniform(r, 0.2, 1), Uniform(r, 0.3, 1.5) }),

            // The same with the costs added in locals first, so that no sum that may be +∞ stands inside the quotient: right.
            C("I26SoftEditBandedOldLocals", """
                [Differentiable] public static double I26SoftEditBandedOldLocals(double[] x, double[] y, double ins, double del, double gamma) {
                    int n = x.Length, m = y.Length, w = m + 1;
                    double[] r = new double[(n + 1) * w]; double[] old = new double[3];
                    for (int k = 1; k < r.Length; k++) r[k] = double.PositiveInfinity;
                    r[1] = ins; r[w] = del;
                    for (int i = 1; i <= n; i++)
                        for (int j = 1; j <= m; j++) {
                            old[0] = r[(i - 1) * w + j - 1]; old[1] = r[(i - 1) * w + j]; old[2] = r[i * w + j - 1];
                            if (j - i <= 1 && i - j <= 1) {
                                double d = x[i - 1] - y[j - 1];
                                double ca = old[0] + d * d, cb = old[1] + del, cc = old[2] + ins;
                                double a = -ca / gamma, b = -cb / gamma, c = -cc / gamma;
                                double mx = Math.Max(a, Math.Max(b, c));
                                r[i * w + j] = -gamma * (mx + Math.Log(Math.Exp(a - mx) + Math.Exp(b - mx) + Math.Exp(c - mx)));
                            }
                        }
                    return r[n * w + m]; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Vector(r, n + 1, -1, 1), Uniform(r, 0.2, 1), Uniform(r, 0.2, 1), Uniform(r, 0.3, 1.5) }),

            // DIFF015 for the test of used[i] that the iteration then writes: the old flags copied into an array declared before the loop.
            C("I26TopKSelectionOld", """
                [Differentiable("x")] public static double I26TopKSelectionOld(double[] x, int k) {
                    int n = x.Length; double[] used = new double[n]; double[] old = new double[n];
                    double sum = 0;
                    for (int t = 0; t < k; t++) {
                        for (int i = 0; i < n; i++) old[i] = used[i];
                        double best = double.NegativeInfinity; int arg = 0;
                        for (int i = 0; i < n; i++) if (old[i] == 0 && x[i] > best) { best = x[i]; arg = i; }
                        used[arg] = 1;
                        sum += best * best;
                    }
                    return sum; }
                """, (r, n) => new object[] { Separated(r, n, 0.3), Math.Min(2, n) }),
        };
    }
}
