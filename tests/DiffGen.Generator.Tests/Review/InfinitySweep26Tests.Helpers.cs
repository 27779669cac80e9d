using System;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>Infinities through helpers, named constants, Array.Fill, and maxima of −∞ scaled inline.</content>
    public sealed partial class InfinitySweep26Tests
    {
        private static readonly ArrayCase[] HelperCases =
        {
            // Soft-DTW with its soft minimum in a [Differentiable] helper: the helper sees +∞ in its arguments, not as a constant.
            // WRONG (gap C): the helper's gradient is 0 · ∞ in gamma; dGamma NaN. As a local function of one expression it is right.
            C("I26SoftDtwHelper", """
                [Differentiable] private static double I26SoftMin3(double a, double b, double c, double gamma) {
                    double x = -a / gamma, y = -b / gamma, z = -c / gamma;
                    double mx = Math.Max(x, Math.Max(y, z));
                    return -gamma * (mx + Math.Log(Math.Exp(x - mx) + Math.Exp(y - mx) + Math.Exp(z - mx))); }
                [Differentiable] public static double I26SoftDtwHelper(double[] x, double[] y, double gamma) {
                    int n = x.Length, m = y.Length, w = m + 1;
                    double[] r = new double[(n + 1) * w];
                    for (int k = 1; k < r.Length; k++) r[k] = double.PositiveInfinity;
                    for (int i = 1; i <= n; i++)
                        for (int j = 1; j <= m; j++) {
                            double d = x[i - 1] - y[j - 1];
                            r[i * w + j] = d * d + I26SoftMin3(r[(i - 1) * w + j - 1], r[(i - 1) * w + j], r[i * w + j - 1], gamma);
                        }
                    return r[n * w + m]; }
                """, TwoSeries),

            // The soft minimum as a local function of one expression.
            C("I26SoftDtwLocalFunction", """
                [Differentiable] public static double I26SoftDtwLocalFunction(double[] x, double[] y, double gamma) {
                    double E(double v) => Math.Exp(-v / gamma);
                    int n = x.Length, m = y.Length, w = m + 1;
                    double[] r = new double[(n + 1) * w];
                    for (int k = 1; k < r.Length; k++) r[k] = double.PositiveInfinity;
                    for (int i = 1; i <= n; i++)
                        for (int j = 1; j <= m; j++) {
                            double d = x[i - 1] - y[j - 1];
                            r[i * w + j] = d * d - gamma * Math.Log(E(r[(i - 1) * w + j - 1]) + E(r[(i - 1) * w + j]) + E(r[i * w + j - 1]));
                        }
                    return r[n * w + m]; }
                """, TwoSeries),

            // The border written by Array.Fill, then the corner set to 0.
            C("I26SoftDtwArrayFill", """
                [Differentiable] public static double I26SoftDtwArrayFill(double[] x, double[] y, double gamma) {
                    int n = x.Length, m = y.Length, w = m + 1;
                    double[] r = new double[(n + 1) * w];
                    Array.Fill(r, double.PositiveInfinity);
                    r[0] = 0;
                    for (int i = 1; i <= n; i++)
                        for (int j = 1; j <= m; j++) {
                            double a = -r[(i - 1) * w + j - 1] / gamma, b = -r[(i - 1) * w + j] / gamma, c = -r[i * w + j - 1] / gamma;
                            double mx = Math.Max(a, Math.Max(b, c));
                            double d = x[i - 1] - y[j - 1];
                            r[i * w + j] = d * d - gamma * (mx + Math.Log(Math.Exp(a - mx) + Math.Exp(b - mx) + Math.Exp(c - mx)));
                        }
                    return r[n * w + m]; }
                """, TwoSeries),

            // The infinity as a named const local, and as −PositiveInfinity.
            C("I26ConstLocalInfinity", """
                [Differentiable] public static double I26ConstLocalInfinity(double[] x, double gamma) {
                    const double Inf = double.PositiveInfinity;
                    int n = x.Length; double[] r = new double[n + 1];
                    r[0] = Inf;
                    for (int i = 0; i < n; i++) r[i + 1] = x[i] * x[i];
                    double mx = -double.PositiveInfinity;
                    for (int k = 0; k <= n; k++) mx = Math.Max(mx, -r[k] / gamma);
                    double s = 0;
                    for (int k = 0; k <= n; k++) s += Math.Exp(-r[k] / gamma - mx);
                    return -gamma * (mx + Math.Log(s)); }
                """, VectorG),

            // The infinity as a const field of the class.
            C("I26ConstFieldInfinity", """
                private const double Big = double.PositiveInfinity;
                [Differentiable] public static double I26ConstFieldInfinity(double[] x, double gamma) {
                    int n = x.Length; double[] r = new double[n + 1];
                    r[0] = Big;
                    for (int i = 0; i < n; i++) r[i + 1] = x[i] * x[i];
                    double s = 0;
                    for (int k = 0; k <= n; k++) s += Math.Exp(-r[k] / gamma);
                    return -gamma * Math.Log(s); }
                """, VectorG),

            // Loop-free with a const field: exp(−Big / g).
            S("I26LoopFreeConstField", """
                private const double NegBig = double.NegativeInfinity;
                [Differentiable] public static double I26LoopFreeConstField(double x, double g) {
                    return x * g + Math.Exp(NegBig / g) + Math.Exp(g * NegBig); }
                """, XG),

            // Left-to-right Viterbi: the maximum of two −∞ is −∞, scaled by the weight inline (w · max(…)). WRONG (gap A): the call
            // inside the product is not tested; dW NaN.
            C("I26ViterbiLeftToRightScaledMax", """
                [Differentiable("logA", "logB", "w")] public static double I26ViterbiLeftToRightScaledMax(double[] logA, double[] logB, double w, int[] obs) {
                    const int K = 3;
                    double[] delta = { logB[obs[0]], double.NegativeInfinity, double.NegativeInfinity };
                    double[] next = new double[K];
                    for (int step = 1; step < obs.Length; step++) {
                        next[0] = w * (delta[0] + logA[0]) + logB[obs[step]];
                        for (int s = 1; s < K; s++)
                            next[s] = w * Math.Max(delta[s - 1] + logA[(s - 1) * K + s], delta[s] + logA[s * K + s]) + logB[s * 2 + obs[step]];
                        for (int s = 0; s < K; s++) delta[s] = next[s];
                    }
                    double top = Math.Max(delta[0], Math.Max(delta[1], delta[2]));
                    return top + Math.Exp(delta[2]); }
                """, Hmm3),

            // A maximum that stays −∞ scaled inline inside exp in a loop: exp(g · max(best, …)). WRONG (gap A): dG NaN.
            C("I26ScaledMaxInline", """
                [Differentiable("x", "g")] public static double I26ScaledMaxInline(double[] x, double[] mask, double g) {
                    double best = double.NegativeInfinity, s = 0;
                    for (int i = 0; i < x.Length; i++) {
                        best = mask[i] > 0 ? Math.Max(best, x[i]) : best;
                        s += x[i] * g + Math.Exp(g * Math.Max(best, double.NegativeInfinity));
                    }
                    return s; }
                """, (r, n) => new object[] { Separated(r, n, 0.3), Enumerable.Range(0, n).Select(_ => (double)(r.Next(3) == 0 ? 1 : 0)).ToArray(), Uniform(r, 0.3, 1.5) }),
        };
    }
}
