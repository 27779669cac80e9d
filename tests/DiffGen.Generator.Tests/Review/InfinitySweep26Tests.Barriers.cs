using System;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>Clipping with an infinite bound, barrier terms whose infinite side is not taken, infeasibility penalties of +∞.</content>
    public sealed partial class InfinitySweep26Tests
    {
        private static readonly ArrayCase[] BarrierCases =
        {
            // Clamp with no lower bound: Math.Clamp(x, −∞, c).
            C("I26ClampNoLowerBound", """
                [Differentiable] public static double I26ClampNoLowerBound(double[] x, double c) {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++) { double y = Math.Clamp(x[i], double.NegativeInfinity, c); s += y * y * (i + 1); }
                    return s; }
                """, (r, n) => new object[] { AwayFromZero(r, n, 0.1, 2), Uniform(r, -0.05, 0.05) + 0.6 }),

            // Per-element upper bounds, +∞ where a data flag says unbounded; the clamp by Math.Min and Math.Max.
            C("I26OptionalUpperBounds", """
                [Differentiable("x", "ub")] public static double I26OptionalUpperBounds(double[] x, double[] ub, double[] hasUpper) {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++) {
                        double hi = hasUpper[i] > 0 ? ub[i] : double.PositiveInfinity;
                        double lo = double.NegativeInfinity;
                        double y = Math.Min(Math.Max(x[i], lo), hi);
                        s += Math.Sin(y) + 0.1 * hi * (hasUpper[i] > 0 ? 1 : 0);
                    }
                    return s; }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n), Enumerable.Range(0, n).Select(_ => (double)r.Next(2)).ToArray() }),

            // Projected gradient descent onto [lo, +∞): the upper bound infinite.
            C("I26ProjectedGdHalfLine", """
                [Differentiable("x0", "lr", "lo")] public static double I26ProjectedGdHalfLine(double[] x0, double lr, double lo, double[] target) {
                    int n = x0.Length; double[] x = new double[n];
                    double hi = double.PositiveInfinity;
                    for (int i = 0; i < n; i++) x[i] = x0[i];
                    for (int k = 0; k < 5; k++)
                        for (int i = 0; i < n; i++) x[i] = Math.Clamp(x[i] - lr * (x[i] - target[i]), lo, hi);
                    double f = 0; for (int i = 0; i < n; i++) f += x[i] * x[i] * (i + 1);
                    return f; }
                """, (r, n) => new object[] { Vector(r, n, 0.5, 2), Uniform(r, 0.1, 0.4), Uniform(r, -0.5, 0), Vector(r, n, 0.5, 2) }),

            // A barrier factor 1 inside the domain and +∞ outside, never outside at the points.
            C("I26BarrierFactor", """
                [Differentiable] public static double I26BarrierFactor(double[] x, double w) {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++) s += w * x[i] * x[i] * (x[i] > 0 ? 1 : double.PositiveInfinity);
                    return s; }
                """, (r, n) => new object[] { Vector(r, n, 0.2, 2), Uniform(r, 0.3, 1.5) }),

            // A log barrier, +∞ outside the domain (not taken), weighted by μ.
            C("I26LogBarrier", """
                [Differentiable] public static double I26LogBarrier(double[] x, double mu) {
                    double f = 0;
                    for (int i = 0; i < x.Length; i++) {
                        double b = x[i] > 0 ? -Math.Log(x[i]) : double.PositiveInfinity;
                        f += (x[i] - 1) * (x[i] - 1) + mu * b;
                    }
                    return f; }
                """, (r, n) => new object[] { Vector(r, n, 0.2, 2), Uniform(r, 0.1, 1) }),

            // An infeasibility penalty of +∞ added to the energy, then a Boltzmann weight exp(−E / T): 0 where infeasible.
            C("I26BoltzmannInfeasible", """
                [Differentiable("x", "temp")] public static double I26BoltzmannInfeasible(double[] x, double[] ok, double temp) {
                    double z = 0, m = 0;
                    for (int i = 0; i < x.Length; i++) {
                        double r = ok[i] > 0 ? 0 : double.PositiveInfinity;
                        double e = x[i] * x[i] + r;
                        double p = Math.Exp(-e / temp);
                        z += p; m += p * x[i];
                    }
                    return m / z; }
                """, (r, n) => new object[] { Vector(r, n), Mask(r, n), Uniform(r, 0.3, 1.5) }),

            // The same with the penalty outside the quotient: exp(−r) · exp(−x² / T).
            C("I26BoltzmannPenaltyFactor", """
                [Differentiable("x", "temp")] public static double I26BoltzmannPenaltyFactor(double[] x, double[] ok, double temp) {
                    double z = 0, m = 0;
                    for (int i = 0; i < x.Length; i++) {
                        double r = ok[i] > 0 ? 0 : double.PositiveInfinity;
                        double p = Math.Exp(-r) * Math.Exp(-x[i] * x[i] / temp);
                        z += p; m += p * x[i];
                    }
                    return m / z; }
                """, (r, n) => new object[] { Vector(r, n), Mask(r, n), Uniform(r, 0.3, 1.5) }),

            // The penalty scaled by a weight inside exp: exp(−λ · r), ∂/∂λ multiplies by r = +∞ where infeasible.
            C("I26WeightedPenaltyExp", """
                [Differentiable("x", "lambda")] public static double I26WeightedPenaltyExp(double[] x, double[] ok, double lambda) {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++) {
                        double r = ok[i] > 0 ? x[i] * x[i] : double.PositiveInfinity;
                        s += Math.Exp(-lambda * r) * (i + 1);
                    }
                    return s; }
                """, (r, n) => new object[] { Vector(r, n), Mask(r, n), Uniform(r, 0.3, 1.5) }),

            // Huber loss whose threshold is +∞ for a plain squared loss (a data flag): the linear side not taken.
            C("I26HuberInfiniteDelta", """
                [Differentiable("pred", "delta0")] public static double I26HuberInfiniteDelta(double[] pred, double[] y, double delta0, double robust) {
                    double delta = robust > 0 ? delta0 : double.PositiveInfinity;
                    double s = 0;
                    for (int i = 0; i < pred.Length; i++) {
                        double r = pred[i] - y[i];
                        s += Math.Abs(r) <= delta ? 0.5 * r * r : delta * (Math.Abs(r) - 0.5 * delta);
                    }
                    return s; }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n), Uniform(r, 0.3, 1), (double)r.Next(2) }),

            // Loop-free: clamp by Math.Min with +∞ and Math.Max with −∞ (no-ops), a barrier term not taken.
            S("I26LoopFreeNoOpBounds", """
                [Differentiable] public static double I26LoopFreeNoOpBounds(double x, double y, double w) {
                    double a = Math.Min(x * w, double.PositiveInfinity);
                    double b = Math.Max(y, double.NegativeInfinity);
                    double c = Math.Clamp(x + y, double.NegativeInfinity, 10.0);
                    return a * b + c * c + w * (y > -5 ? 0 : double.PositiveInfinity); }
                """, r => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2), Uniform(r, 0.3, 1.5) }),

            // Loop-free: a feasibility penalty added and then exp(−r), at feasible and infeasible points.
            S("I26LoopFreePenaltyExp", """
                [Differentiable("x", "y")] public static double I26LoopFreePenaltyExp(double x, double y, double feasible) {
                    double r = feasible > 0 ? 0 : double.PositiveInfinity;
                    return x * x + Math.Exp(-r) * Math.Sin(y) + Math.Exp(-(r + y * y)); }
                """, r => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2), (double)r.Next(2) }),

            // Loop-free: the penalty weighted: exp(−λ · r) with r = +∞ where infeasible. WRONG (gap A, loop-free): dLambda NaN there
            // (the same in a loop, I26WeightedPenaltyExp, is right: r is a local there).
            S("I26LoopFreeWeightedPenalty", """
                [Differentiable("x", "lambda")] public static double I26LoopFreeWeightedPenalty(double x, double lambda, double feasible) {
                    double r = feasible > 0 ? x * x : double.PositiveInfinity;
                    return x + Math.Exp(-lambda * r); }
                """, r => new object[] { Uniform(r, -2, 2), Uniform(r, 0.3, 1.5), (double)r.Next(2) }),

            // Loop-free: a barrier factor (1 or +∞) on a quadratic, the barrier side not taken.
            S("I26LoopFreeBarrierFactor", """
                [Differentiable] public static double I26LoopFreeBarrierFactor(double x, double w) {
                    double guard = x > 0 ? 1 : double.PositiveInfinity;
                    return x * guard * w + Math.Log(x); }
                """, r => new object[] { Uniform(r, 0.2, 2), Uniform(r, 0.3, 1.5) }),
        };
    }
}
