using System;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>An infinity the method writes, scaled by a differentiated parameter: −r / γ, scale · r, r · r · g, Math.Pow; loop-free and in loops.</content>
    public sealed partial class InfinitySweep26Tests
    {
        private static object[] XG(Random r) => new object[] { Uniform(r, -2, 2), Uniform(r, 0.3, 1.5) };

        private static object[] VectorG(Random r, int n) => new object[] { Vector(r, n, -1.5, 1.5), Uniform(r, 0.3, 1.5) };

        private static readonly ArrayCase[] ScaledCases =
        {
            // Loop-free: exp(−g · ∞) = 0 and 1 / (1 + ∞ · g) = 0, both constant in g.
            S("I26LoopFreeScaleTimesInf", """
                [Differentiable] public static double I26LoopFreeScaleTimesInf(double x, double g) {
                    double r = double.PositiveInfinity;
                    return Math.Exp(-g * r) + x * g + 1 / (1 + r * g); }
                """, XG),

            // Loop-free: exp(−r · r · g) with r = +∞; ∂(r² g)/∂g = r² is tested.
            S("I26LoopFreeSquaredInfTimesG", """
                [Differentiable] public static double I26LoopFreeSquaredInfTimesG(double x, double g) {
                    double r = double.PositiveInfinity;
                    return Math.Exp(-r * r * g) + Math.Sin(x * g); }
                """, XG),

            // Loop-free: sigmoid, softplus, tanh and atan of ±∞ · g, all constant in g.
            S("I26LoopFreeSigmoidOfInf", """
                [Differentiable] public static double I26LoopFreeSigmoidOfInf(double x, double g) {
                    double z = double.PositiveInfinity;
                    double sig = 1 / (1 + Math.Exp(-g * z));
                    double softplus = Math.Log(1 + Math.Exp(-g * z));
                    return sig * x + softplus + Math.Tanh(g * z) * x * x + Math.Atan(z * g); }
                """, XG),

            // Loop-free: Math.Pow(+∞, 2) (a constant exponent, read as a product) scaled by g.
            S("I26LoopFreePowSquaredInf", """
                [Differentiable] public static double I26LoopFreePowSquaredInf(double x, double g) {
                    double r = double.PositiveInfinity;
                    return x * g + Math.Exp(-Math.Pow(r, 2) * g); }
                """, XG),

            // Loop-free: Math.Pow(+∞, g), the exponent differentiated. WRONG (gap B): dG NaN.
            S("I26LoopFreePowInfBase", """
                [Differentiable] public static double I26LoopFreePowInfBase(double x, double g) {
                    double r = double.PositiveInfinity;
                    return x * g + Math.Exp(-Math.Pow(r, g)); }
                """, XG),

            // Loop-free: a discount to the power of the time a goal is reached, +∞ if never. WRONG (gap B): dDiscount NaN where never.
            S("I26LoopFreeDiscountNever", """
                [Differentiable("reward", "discount")] public static double I26LoopFreeDiscountNever(double reward, double discount, double reached, double t) {
                    double tHit = reached > 0 ? t : double.PositiveInfinity;
                    return reward * Math.Pow(discount, tHit); }
                """, r => new object[] { Uniform(r, -2, 2), Uniform(r, 0.5, 0.95), (double)r.Next(2), (double)r.Next(1, 6) }),

            // Loop-free: exp(−√∞ · g).
            S("I26LoopFreeSqrtInfScaled", """
                [Differentiable] public static double I26LoopFreeSqrtInfScaled(double x, double g) {
                    double r = double.PositiveInfinity;
                    return x * g + Math.Exp(-Math.Sqrt(r) * g); }
                """, XG),

            // Loop-free: a two-term soft minimum, one term −∞ / γ.
            S("I26LoopFreeNegInfOverGamma", """
                [Differentiable] public static double I26LoopFreeNegInfOverGamma(double x, double gamma) {
                    double a = double.NegativeInfinity / gamma, b = -x * x / gamma;
                    double mx = Math.Max(a, b);
                    return -gamma * (mx + Math.Log(Math.Exp(a - mx) + Math.Exp(b - mx))); }
                """, XG),

            // In loops: the border scaled: −r[k] / γ, scale · r[k], r[k] · r[k] · g, powers.
            C("I26LoopBorderOverGamma", """
                [Differentiable] public static double I26LoopBorderOverGamma(double[] x, double gamma) {
                    int n = x.Length; double[] r = new double[n + 1];
                    r[0] = double.PositiveInfinity;
                    for (int i = 0; i < n; i++) r[i + 1] = x[i] * x[i];
                    double s = 0;
                    for (int k = 0; k <= n; k++) s += Math.Exp(-r[k] / gamma);
                    return -gamma * Math.Log(s); }
                """, VectorG),

            // scale · r[k] inside exp, the border last.
            C("I26LoopBorderScaled", """
                [Differentiable] public static double I26LoopBorderScaled(double[] x, double scale) {
                    int n = x.Length; double[] r = new double[n + 1];
                    r[n] = double.PositiveInfinity;
                    for (int i = 0; i < n; i++) r[i] = x[i] * x[i];
                    double s = 0;
                    for (int k = 0; k <= n; k++) s += Math.Exp(-(scale * r[k])) * (k + 1);
                    return s; }
                """, VectorG),

            // r[k] · r[k] · g with r[0] = −∞.
            C("I26LoopBorderSquaredTimesG", """
                [Differentiable] public static double I26LoopBorderSquaredTimesG(double[] x, double g) {
                    int n = x.Length; double[] r = new double[n + 1];
                    r[0] = double.NegativeInfinity;
                    for (int i = 0; i < n; i++) r[i + 1] = x[i];
                    double s = 0;
                    for (int k = 0; k <= n; k++) s += Math.Exp(-r[k] * r[k] * g);
                    return s; }
                """, VectorG),

            // Math.Pow(r[k], 2) · g with r[0] = +∞.
            C("I26LoopBorderPowSquared", """
                [Differentiable] public static double I26LoopBorderPowSquared(double[] x, double g) {
                    int n = x.Length; double[] r = new double[n + 1];
                    r[0] = double.PositiveInfinity;
                    for (int i = 0; i < n; i++) r[i + 1] = x[i];
                    double s = 0;
                    for (int k = 0; k <= n; k++) s += Math.Exp(-Math.Pow(r[k], 2) * g);
                    return s; }
                """, VectorG),

            // Math.Pow(r[k], g) with r[0] = +∞. WRONG (gap B): dG NaN.
            C("I26LoopBorderPowParam", """
                [Differentiable] public static double I26LoopBorderPowParam(double[] x, double g) {
                    int n = x.Length; double[] r = new double[n + 1];
                    r[0] = double.PositiveInfinity;
                    for (int i = 0; i < n; i++) r[i + 1] = 1 + x[i] * x[i];
                    double s = 0;
                    for (int k = 0; k <= n; k++) s += Math.Exp(-Math.Pow(r[k], g));
                    return s; }
                """, VectorG),

            // Math.Sqrt(r[k]) · g with r[0] = +∞.
            C("I26LoopBorderSqrtScaled", """
                [Differentiable] public static double I26LoopBorderSqrtScaled(double[] x, double g) {
                    int n = x.Length; double[] r = new double[n + 1];
                    r[0] = double.PositiveInfinity;
                    for (int i = 0; i < n; i++) r[i + 1] = x[i] * x[i];
                    double s = 0;
                    for (int k = 0; k <= n; k++) s += Math.Exp(-Math.Sqrt(r[k]) * g);
                    return s; }
                """, VectorG),

            // Discounted returns where an episode never reaches the goal: time +∞, discount^∞ = 0. WRONG (gap B): dDiscount NaN.
            C("I26DiscountNeverReached", """
                [Differentiable("rewards", "discount")] public static double I26DiscountNeverReached(double[] rewards, double discount, double[] reached) {
                    double v = 0;
                    for (int e = 0; e < rewards.Length; e++) {
                        double tHit = reached[e] > 0 ? e + 1 : double.PositiveInfinity;
                        v += rewards[e] * Math.Pow(discount, tHit);
                    }
                    return v; }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.5, 0.95), Mask(r, n) }),

            // Data scaled into a table with an infinite border: ∂/∂x_i through r[i] = x_i², the border's products with x.
            C("I26LoopBorderTimesData", """
                [Differentiable] public static double I26LoopBorderTimesData(double[] x, double g) {
                    int n = x.Length; double[] r = new double[n + 1];
                    r[0] = double.PositiveInfinity;
                    for (int i = 1; i <= n; i++) r[i] = x[i - 1] * x[i - 1];
                    double s = 0;
                    for (int i = 1; i <= n; i++) s += Math.Exp(-r[i - 1] * x[i - 1] * x[i - 1] * g) + r[i] * g;
                    return s; }
                """, VectorG),
        };
    }
}
