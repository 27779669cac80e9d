using System;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>Other ways users spell an infinity: 1.0 / 0.0, a float constant in a double method, Math.Log(0), a switch expression.</content>
    public sealed partial class InfinitySweep26Tests
    {
        private static readonly ArrayCase[] SpellingCases =
        {
            // 1.0 / 0.0 as +∞ (a constant the compiler folds).
            S("I26DivideByZeroConstant", """
                [Differentiable] public static double I26DivideByZeroConstant(double x, double g) {
                    double r = 1.0 / 0.0;
                    return x * g + Math.Exp(-r / g) + Math.Exp(-g * r); }
                """, XG),

            // float.NegativeInfinity as the start of a double running maximum, the maximum scaled.
            C("I26FloatConstantInDouble", """
                [Differentiable] public static double I26FloatConstantInDouble(double[] x, double[] mask, double g) {
                    double best = float.NegativeInfinity, s = 0;
                    for (int i = 0; i < x.Length; i++) { s += x[i] * g; if (mask[i] > 0) best = Math.Max(best, x[i]); }
                    return s + Math.Exp(g * best); }
                """, (r, n) => new object[] { Separated(r, n, 0.3), Enumerable.Range(0, n).Select(_ => (double)(r.Next(3) == 0 ? 1 : 0)).ToArray(), Uniform(r, 0.3, 1.5) }),

            // log 0 written as Math.Log(0) for an impossible start state (a runtime infinity from a finite constant).
            C("I26LogZeroStart", """
                [Differentiable("logA", "logB", "t")] public static double I26LogZeroStart(double[] logA, double[] logB, double t, int[] obs) {
                    const int K = 3;
                    double logZero = Math.Log(0);
                    double[] alpha = { 0, logZero, logZero };
                    double[] next = new double[K];
                    for (int step = 0; step < obs.Length; step++) {
                        for (int s = 0; s < K; s++) {
                            double mx = double.NegativeInfinity;
                            for (int p = 0; p < K; p++) mx = Math.Max(mx, t * alpha[p] + logA[p * K + s]);
                            double sum = 0;
                            for (int p = 0; p < K; p++) sum += Math.Exp(t * alpha[p] + logA[p * K + s] - mx);
                            next[s] = mx + Math.Log(sum) + logB[s * 2 + obs[step]];
                        }
                        for (int s = 0; s < K; s++) alpha[s] = next[s];
                    }
                    double top = Math.Max(alpha[0], Math.Max(alpha[1], alpha[2]));
                    return top + Math.Log(Math.Exp(alpha[0] - top) + Math.Exp(alpha[1] - top) + Math.Exp(alpha[2] - top)); }
                """, Hmm3),

            // The mask as a switch expression on an int code (0 pad, 1 keep, 2 keep twice as strongly).
            C("I26SwitchMask", """
                [Differentiable("q", "scale")] public static double I26SwitchMask(double[] q, int[] code, double scale) {
                    int n = q.Length; double[] s = new double[n];
                    double mx = double.NegativeInfinity;
                    for (int i = 0; i < n; i++) {
                        s[i] = code[i] switch { 0 => double.NegativeInfinity, 1 => scale * q[i], _ => 2 * scale * q[i] };
                        mx = Math.Max(mx, s[i]);
                    }
                    double z = 0, acc = 0;
                    for (int i = 0; i < n; i++) { double e = Math.Exp(s[i] - mx); z += e; acc += e * q[i]; }
                    return acc / z; }
                """, (r, n) => { int[] code = Ints(r, n, 3); code[r.Next(n)] = 1; return new object[] { Vector(r, n), code, Uniform(r, 0.3, 1.5) }; }),

            // Double.NegativeInfinity spelled through the type name, and -double.PositiveInfinity, in a Viterbi start.
            C("I26NegatedPositiveStart", """
                [Differentiable("logA", "logB", "w")] public static double I26NegatedPositiveStart(double[] logA, double[] logB, double w, int[] obs) {
                    const int K = 3;
                    double[] delta = { 0, -double.PositiveInfinity, Double.NegativeInfinity };
                    double[] next = new double[K];
                    for (int step = 0; step < obs.Length; step++) {
                        for (int s = 0; s < K; s++) {
                            double best = double.NegativeInfinity;
                            for (int p = 0; p < K; p++) best = Math.Max(best, w * delta[p] + logA[p * K + s]);
                            next[s] = best + logB[s * 2 + obs[step]];
                        }
                        for (int s = 0; s < K; s++) delta[s] = next[s];
                    }
                    return Math.Max(delta[0], Math.Max(delta[1], delta[2])); }
                """, Hmm3),
        };
    }
}
