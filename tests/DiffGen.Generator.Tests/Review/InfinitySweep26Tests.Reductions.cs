using System;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>Running minima and maxima started at ±∞, top-k selections, log-sum-exp with a running maximum from −∞.</content>
    public sealed partial class InfinitySweep26Tests
    {
        private static object[] SeparatedScale(Random r, int n) => new object[] { Separated(r, n, 0.3), Uniform(r, 0.3, 1.5) };

        private static readonly ArrayCase[] ReductionCases =
        {
            // The running maximum from −∞ by Math.Max, then scaled.
            C("I26RunningMaxScaled", """
                [Differentiable] public static double I26RunningMaxScaled(double[] x, double scale) {
                    double best = double.NegativeInfinity;
                    for (int i = 0; i < x.Length; i++) best = Math.Max(best, x[i] * x[i] - i);
                    return scale * best + Math.Exp(-best * scale); }
                """, SeparatedScale),

            // The running minimum from +∞ by an if, the nearest centre's squared distance.
            C("I26NearestCentre", """
                [Differentiable] public static double I26NearestCentre(double[] centres, double p, double temp) {
                    double best = double.PositiveInfinity;
                    for (int k = 0; k < centres.Length; k++) {
                        double d = (p - centres[k]) * (p - centres[k]);
                        if (d < best) best = d;
                    }
                    return Math.Exp(-best / temp); }
                """, (r, n) => new object[] { Separated(r, n, 0.7), Uniform(r, -1, 1), Uniform(r, 0.3, 1.5) }),

            // Argmax from −∞, then the chosen element times a weight.
            C("I26ArgmaxFromNegInf", """
                [Differentiable] public static double I26ArgmaxFromNegInf(double[] x, double w) {
                    double best = double.NegativeInfinity; int arg = -1;
                    for (int i = 0; i < x.Length; i++) if (x[i] > best) { best = x[i]; arg = i; }
                    return w * x[arg] + best * best; }
                """, SeparatedScale),

            // The two largest, both started at −∞.
            C("I26TopTwo", """
                [Differentiable] public static double I26TopTwo(double[] x, double scale) {
                    double first = double.NegativeInfinity, second = double.NegativeInfinity;
                    for (int i = 0; i < x.Length; i++) {
                        if (x[i] > first) { second = first; first = x[i]; }
                        else if (x[i] > second) second = x[i];
                    }
                    double s = scale * first;
                    if (x.Length > 1) s += scale * scale * second;
                    return s; }
                """, SeparatedScale),

            // The second largest kept at −∞ when there is one element: exp(scale · second) is 0, ∂/∂scale multiplies −∞ by it.
            C("I26TopTwoSoftGap", """
                [Differentiable] public static double I26TopTwoSoftGap(double[] x, double scale) {
                    double first = double.NegativeInfinity, second = double.NegativeInfinity;
                    for (int i = 0; i < x.Length; i++) {
                        if (x[i] > first) { second = first; first = x[i]; }
                        else if (x[i] > second) second = x[i];
                    }
                    return first + Math.Exp(scale * second) + Math.Log(1 + Math.Exp(second * scale)); }
                """, SeparatedScale, ArrayCase.NonEmpty),

            // Top-k sum (k = 2) by repeated selection, the chosen ones marked in a double[] of flags. Declined (DIFF015), see Declines.
            C("I26TopKSelection", """
                [Differentiable("x")] public static double I26TopKSelection(double[] x, int k) {
                    int n = x.Length; double[] used = new double[n];
                    double sum = 0;
                    for (int t = 0; t < k; t++) {
                        double best = double.NegativeInfinity; int arg = 0;
                        for (int i = 0; i < n; i++) if (used[i] == 0 && x[i] > best) { best = x[i]; arg = i; }
                        used[arg] = 1;
                        sum += best * best;
                    }
                    return sum; }
                """, (r, n) => new object[] { Separated(r, n, 0.3), Math.Min(2, n) }),

            // Log-sum-exp with the running maximum from −∞, and a temperature: t · LSE(x / t).
            C("I26LogSumExpTemperature", """
                [Differentiable] public static double I26LogSumExpTemperature(double[] x, double t) {
                    double mx = double.NegativeInfinity;
                    for (int i = 0; i < x.Length; i++) mx = Math.Max(mx, x[i] / t);
                    double s = 0;
                    for (int i = 0; i < x.Length; i++) s += Math.Exp(x[i] / t - mx);
                    return t * (mx + Math.Log(s)); }
                """, SeparatedScale),

            // Log-sum-exp from an empty start: −∞ for no elements, the maximum scaled (t · mx) before the sum.
            C("I26LogSumExpScaledMax", """
                [Differentiable] public static double I26LogSumExpScaledMax(double[] x, double t) {
                    double mx = double.NegativeInfinity;
                    for (int i = 0; i < x.Length; i++) mx = Math.Max(mx, x[i]);
                    double s = 0;
                    for (int i = 0; i < x.Length; i++) s += Math.Exp(t * x[i] - t * mx);
                    return t * mx + Math.Log(s); }
                """, SeparatedScale),

            // Online log-sum-exp in one pass, the sum rescaled when the maximum grows (exp(−∞ − x) at the first element).
            C("I26OnlineLogSumExp", """
                [Differentiable] public static double I26OnlineLogSumExp(double[] x, double t) {
                    double m = double.NegativeInfinity, s = 0;
                    for (int i = 0; i < x.Length; i++) {
                        double v = x[i] * t;
                        if (v > m) { s = s * Math.Exp(m - v) + 1; m = v; }
                        else s += Math.Exp(v - m);
                    }
                    return m + Math.Log(s); }
                """, SeparatedScale),

            // 1-D max-pooling with windows of 2, each window from −∞, a ReLU layer before.
            C("I26MaxPoolWindows", """
                [Differentiable] public static double I26MaxPoolWindows(double[] x, double w) {
                    int n = x.Length, outs = (n + 1) / 2;
                    double total = 0;
                    for (int o = 0; o < outs; o++) {
                        double best = double.NegativeInfinity;
                        for (int k = 2 * o; k < Math.Min(n, 2 * o + 2); k++) best = Math.Max(best, w * x[k] + 0.1 * k);
                        total += best * (o + 1);
                    }
                    return total; }
                """, (r, n) => new object[] { Separated(r, n, 0.4), Uniform(r, 0.5, 1.5) }),

            // Chamfer distance between two point sets on a line: each point's nearest from +∞, both directions.
            C("I26Chamfer", """
                [Differentiable] public static double I26Chamfer(double[] a, double[] b) {
                    double total = 0;
                    for (int i = 0; i < a.Length; i++) {
                        double best = double.PositiveInfinity;
                        for (int j = 0; j < b.Length; j++) best = Math.Min(best, (a[i] - b[j]) * (a[i] - b[j]));
                        total += best;
                    }
                    for (int j = 0; j < b.Length; j++) {
                        double best = double.PositiveInfinity;
                        for (int i = 0; i < a.Length; i++) best = Math.Min(best, (a[i] - b[j]) * (a[i] - b[j]));
                        total += best;
                    }
                    return total; }
                """, (r, n) => new object[] { Separated(r, n, 0.5), Separated(r, n + 1, 0.37).Select(v => v + 0.11).ToArray() }),

            // Multiclass hinge: the largest wrong score from −∞.
            C("I26MulticlassHinge", """
                [Differentiable("scores", "margin")] public static double I26MulticlassHinge(double[] scores, double margin, int label) {
                    double worst = double.NegativeInfinity;
                    for (int k = 0; k < scores.Length; k++) if (k != label) worst = Math.Max(worst, scores[k]);
                    return Math.Max(0, margin + worst - scores[label]); }
                """, (r, n) => new object[] { Separated(r, n + 1, 0.4), Uniform(r, 0.5, 1.5), r.Next(n + 1) }),

            // A masked maximum that can stay −∞ (no element passes): exp(g · best) is then 0.
            C("I26MaskedMaxMayStayNegInf", """
                [Differentiable("x", "g")] public static double I26MaskedMaxMayStayNegInf(double[] x, double[] mask, double g) {
                    double best = double.NegativeInfinity, s = 0;
                    for (int i = 0; i < x.Length; i++) { s += x[i] * g; if (mask[i] > 0) best = Math.Max(best, x[i]); }
                    return s + Math.Exp(g * best); }
                """, (r, n) => new object[] { Separated(r, n, 0.3), Enumerable.Range(0, n).Select(_ => (double)(r.Next(3) == 0 ? 1 : 0)).ToArray(), Uniform(r, 0.3, 1.5) }),

            // Loop-free: the maximum of three from −∞ written out, then a log-sum-exp around it.
            S("I26LoopFreeRunningMax", """
                [Differentiable] public static double I26LoopFreeRunningMax(double a, double b, double c, double t) {
                    double m = double.NegativeInfinity;
                    m = Math.Max(m, a / t);
                    m = Math.Max(m, b / t);
                    m = Math.Max(m, c / t);
                    return t * (m + Math.Log(Math.Exp(a / t - m) + Math.Exp(b / t - m) + Math.Exp(c / t - m))); }
                """, r => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2), Uniform(r, -2, 2), Uniform(r, 0.3, 1.5) }),

            // Loop-free: a maximum that stays −∞ when no flag is set, scaled inside exp. WRONG (gap A, loop-free): dG NaN there.
            S("I26LoopFreeMaxStaysNegInf", """
                [Differentiable("a", "b", "g")] public static double I26LoopFreeMaxStaysNegInf(double a, double b, double g, double useA, double useB) {
                    double best = double.NegativeInfinity;
                    if (useA > 0) best = Math.Max(best, a);
                    if (useB > 0) best = Math.Max(best, b);
                    return a * g + Math.Exp(g * best); }
                """, r => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2), Uniform(r, 0.3, 1.5), (double)r.Next(2), (double)r.Next(2) }),
        };
    }
}
