using System;
using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>The review's cases, third part: growing windows, carried indices, two ifs on one test, stale reads, threshold arrays, one-vs-rest, returns, two gates in a sample, names taken by the method.</content>
    public sealed partial class NestedGateReviewTests
    {
        private static readonly ArrayCase[] CasesPart3 =
        {
            C("NgBreakAfterOuterReads", """
                [Differentiable("w0", "rate")] public static double NgBreakAfterOuterReads(double[] w0, double rate, double[] x, double[] y, int lim) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double acc = 0;
                    for (int epoch = 0; epoch < 3; epoch++) {
                        double before = w[0] * w[1];
                        for (int s = 0; s < y.Length; s++) {
                            double sc = 0; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (y[s] * sc < 1) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j] * Math.Cos(sc); }
                            if (s >= lim) break; }
                        double after = w[0] - w[1];
                        acc += Math.Sin(before) * after; }
                    return acc + w[0]; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, 0.05, 0.3), Vector(r, 2 * n, -1, 1), Signs(r, n), r.Next(0, 4) }),
            C("NgGrowingWindow", """
                [Differentiable("w0", "b0", "rate")] public static double NgGrowingWindow(double[] w0, double b0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double b = b0; int m = 1;
                    for (int epoch = 0; epoch < 3; epoch++) {
                        for (int s = 0; s < m; s++) {
                            double sc = b; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (y[s] * sc < 1) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j]; b += rate * y[s]; } }
                        m = Math.Min(m + 1, y.Length); }
                    double l = b * b; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 1);
                    return l; }
                """, B, ArrayCase.NonEmpty),
            C("NgGrowingWindowNoBias", """
                [Differentiable("w0", "rate")] public static double NgGrowingWindowNoBias(double[] w0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); int m = 1; double acc = 0;
                    for (int epoch = 0; epoch < 3; epoch++) {
                        double before = w[0] * w[1];
                        for (int s = 0; s < m; s++) {
                            double sc = 0; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (y[s] * sc < 1) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j] * sc; } }
                        acc += Math.Sin(before) * w[0];
                        m = Math.Min(m + 1, y.Length); }
                    return acc + w[1]; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, 0.05, 0.3), Vector(r, 2 * n, -1, 1), Signs(r, n) }, ArrayCase.NonEmpty),
            C("NgCarriedIndex", """
                [Differentiable("w0", "b0", "rate")] public static double NgCarriedIndex(double[] w0, double b0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double b = b0; int k = 0;
                    for (int epoch = 0; epoch < 3; epoch++) {
                        for (int s = 0; s < y.Length; s++) {
                            double sc = b; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (y[s] * sc < 1) { w[k] += rate * y[s] * x[s * d + k]; b += rate * y[s]; } }
                        k = (k + 1) % d; }
                    double l = b * b; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 1);
                    return l; }
                """, B),
            C("NgCarriedIndexNoBias", """
                [Differentiable("w0", "rate")] public static double NgCarriedIndexNoBias(double[] w0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); int k = 0; double acc = 0;
                    for (int epoch = 0; epoch < 3; epoch++) {
                        double before = w[0] * w[1];
                        for (int s = 0; s < y.Length; s++) {
                            double sc = 0; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (y[s] * sc < 1) { w[k] += rate * y[s] * x[s * d + k] * sc; } }
                        acc += Math.Sin(before) * w[0];
                        k = (k + 1) % d; }
                    return acc + w[1]; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, 0.05, 0.3), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
            C("NgLocalBoundInSample", """
                [Differentiable("w0", "b0", "rate")] public static double NgLocalBoundInSample(double[] w0, double b0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double b = b0;
                    for (int epoch = 0; epoch < 3; epoch++)
                        for (int s = 0; s < y.Length; s++) {
                            int m = s % d + 1;
                            double sc = b; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (y[s] * sc < 1) { for (int j = 0; j < m; j++) w[j] += rate * y[s] * x[s * d + j]; b += rate * y[s]; } }
                    double l = b * b; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 1);
                    return l; }
                """, B),
            C("NgRoundOuterGateWInnerU", """
                [Differentiable("w0", "u0", "rate")] public static double NgRoundOuterGateWInnerU(double[] w0, double[] u0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double[] u = (double[])u0.Clone();
                    for (int round = 0; round < 2; round++)
                        for (int epoch = 0; epoch < 2; epoch++) {
                            double n2 = 0; for (int j = 0; j < d; j++) n2 += w[j] * w[j];
                            if (n2 > 1) { for (int j = 0; j < d; j++) w[j] *= 0.8; }
                            for (int s = 0; s < y.Length; s++) {
                                double sc = 0; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j] + u[j];
                                if (y[s] * sc < 1) { for (int j = 0; j < d; j++) u[j] += rate * y[s] * x[s * d + j] * w[j]; } } }
                    double l = 0; for (int j = 0; j < d; j++) l += w[j] * u[j] + u[j] * u[j];
                    return l; }
                """, (r, n) => new object[] { Vector(r, 2, -1.5, 1.5), Vector(r, 2, -0.5, 0.5), Uniform(r, 0.05, 0.3), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
            C("NgGatedBufferOneLevel", """
                [Differentiable("w0", "b0", "rate")] public static double NgGatedBufferOneLevel(double[] w0, double b0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double[] g = new double[d]; double b = b0;
                    for (int s = 0; s < y.Length; s++) {
                        double sc = b; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                        if (y[s] * sc < 1) { for (int j = 0; j < d; j++) g[j] = y[s] * x[s * d + j] * (1 - y[s] * sc); for (int j = 0; j < d; j++) w[j] += rate * g[j]; b += rate * y[s]; } }
                    double l = b * b; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 1) + g[j];
                    return l; }
                """, B),
            C("NgGatedBufferNoBias", """
                [Differentiable("w0", "rate")] public static double NgGatedBufferNoBias(double[] w0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double[] g = new double[d];
                    for (int epoch = 0; epoch < 3; epoch++)
                        for (int s = 0; s < y.Length; s++) {
                            double sc = 0; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (y[s] * sc < 1) { for (int j = 0; j < d; j++) g[j] = y[s] * x[s * d + j] * (1 - y[s] * sc); for (int j = 0; j < d; j++) w[j] += rate * g[j]; } }
                    double l = 0; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 1);
                    return l; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, 0.05, 0.3), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
            C("NgWhileSamplesNoBias", """
                [Differentiable("w0", "rate")] public static double NgWhileSamplesNoBias(double[] w0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone();
                    for (int epoch = 0; epoch < 3; epoch++) {
                        int s = 0;
                        while (s < y.Length) {
                            double sc = 0; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (y[s] * sc < 1) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j] * sc; }
                            s++; } }
                    double l = 0; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 1);
                    return l; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, 0.05, 0.3), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
            C("NgSameTextTwoIfs", """
                [Differentiable("w0", "rate")] public static double NgSameTextTwoIfs(double[] w0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone();
                    for (int epoch = 0; epoch < 2; epoch++)
                        for (int s = 0; s < y.Length; s++) {
                            double sc = 0; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (y[s] * sc < 1) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j]; }
                            sc = 0.5 * sc + 0.8 * y[s];
                            if (y[s] * sc < 1) { for (int j = 0; j < d; j++) w[j] -= 0.5 * rate * x[s * d + j] * sc; } }
                    double l = 0; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 1);
                    return l; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, 0.05, 0.3), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
            C("NgSameTextTwoIfsOneLevel", """
                [Differentiable("w0", "rate")] public static double NgSameTextTwoIfsOneLevel(double[] w0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone();
                    for (int s = 0; s < y.Length; s++) {
                        double sc = 0; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                        if (y[s] * sc < 1) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j]; }
                        sc = 0.5 * sc + 0.8 * y[s];
                        if (y[s] * sc < 1) { for (int j = 0; j < d; j++) w[j] -= 0.5 * rate * x[s * d + j] * sc; } }
                    double l = 0; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 1);
                    return l; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, 0.05, 0.3), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
            C("NgSameTextChangedInside", """
                [Differentiable("w0", "rate")] public static double NgSameTextChangedInside(double[] w0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone();
                    for (int epoch = 0; epoch < 2; epoch++)
                        for (int s = 0; s < y.Length; s++) {
                            double sc = 0; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (y[s] * sc < 1) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j]; sc += 3 * y[s]; }
                            if (y[s] * sc < 1) { for (int j = 0; j < d; j++) w[j] -= 0.5 * rate * x[s * d + j] * sc; } }
                    double l = 0; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 1);
                    return l; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, 0.05, 0.3), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
            C("NgNestedTestStaleRead", """
                [Differentiable("w0", "rate")] public static double NgNestedTestStaleRead(double[] w0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double total = 0;
                    for (int epoch = 0; epoch < 3; epoch++) {
                        for (int s = 0; s < y.Length; s++) {
                            double v = w[0] * x[s * d];
                            double t = 0;
                            if (v > 0.1) t = v * v; else t = -v;
                            total += t * y[s];
                        }
                        for (int j = 0; j < d; j++) w[j] = 0.9 * w[j] + rate * Math.Sin(w[j]);
                    }
                    return total + w[0]; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, 0.05, 0.3), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
            C("NgNestedTestStaleBuffer", """
                [Differentiable("w0", "rate")] public static double NgNestedTestStaleBuffer(double[] w0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double[] h = new double[y.Length]; double total = 0;
                    for (int epoch = 0; epoch < 3; epoch++) {
                        for (int s = 0; s < y.Length; s++) {
                            double v = w[0] * x[s * d] + w[1];
                            if (v > 0.1) { double q = v * y[s]; h[s] = q * q; }
                        }
                        for (int s = 0; s < y.Length; s++) total += h[s] * w[1];
                        if (y.Length > 0 && h[0] > 0.05) { for (int j = 0; j < d; j++) w[j] *= 0.9; }
                        for (int j = 0; j < d; j++) w[j] += rate * Math.Cos(w[j]);
                    }
                    return total + w[0]; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, 0.05, 0.3), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
            C("NgGateWithinGate", """
                [Differentiable("w0", "rate")] public static double NgGateWithinGate(double[] w0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone();
                    for (int epoch = 0; epoch < 2; epoch++)
                        for (int s = 0; s < y.Length; s++) {
                            double sc = 0; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (y[s] * sc < 1) {
                                for (int j = 0; j < d; j++) { double g = y[s] * x[s * d + j]; if (g * g > 0.04) w[j] += rate * g; } } }
                    double l = 0; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 1);
                    return l; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, 0.05, 0.3), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
            C("NgThresholdArray", """
                [Differentiable("w0", "rate")] public static double NgThresholdArray(double[] w0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double[] thr = new double[2]; thr[0] = 1; thr[1] = 0.8;
                    for (int epoch = 0; epoch < 3; epoch++) {
                        for (int s = 0; s < y.Length; s++) {
                            double sc = 0; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (y[s] * sc < thr[s % 2]) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j]; } }
                        thr[0] = 0.9 * thr[0] + 0.05 * w[0] * w[0];
                        thr[1] = 0.9 * thr[1] + 0.05 * w[1]; }
                    double l = thr[0] + thr[1]; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 1);
                    return l; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, 0.05, 0.3), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
            C("NgOneVsRestBiasArray", """
                [Differentiable("w0", "rate")] public static double NgOneVsRestBiasArray(double[] w0, double rate, double[] x, int[] labels) {
                    int k = 2; int d = 2; double[] w = (double[])w0.Clone(); double[] bb = new double[k];
                    for (int epoch = 0; epoch < 2; epoch++)
                        for (int c = 0; c < k; c++)
                            for (int s = 0; s < labels.Length; s++) {
                                double t = labels[s] == c ? 1 : -1;
                                double sc = bb[c]; for (int j = 0; j < d; j++) sc += w[c * d + j] * x[s * d + j];
                                if (t * sc < 1) { for (int j = 0; j < d; j++) w[c * d + j] += rate * t * x[s * d + j]; bb[c] += rate * t; } }
                    double l = 0; for (int i = 0; i < w.Length; i++) l += w[i] * w[i] * (i + 1);
                    for (int c = 0; c < k; c++) l += bb[c] * bb[c];
                    return l; }
                """, (r, n) => new object[] { Vector(r, 4, -1, 1), Uniform(r, 0.05, 0.3), Vector(r, 2 * n, -1, 1), Enumerable.Range(0, n).Select(_ => r.Next(2)).ToArray() }),
            C("NgOneVsRestScalarBias", """
                [Differentiable("w0", "rate")] public static double NgOneVsRestScalarBias(double[] w0, double rate, double[] x, int[] labels) {
                    int k = 2; int d = 2; double[] w = (double[])w0.Clone(); double b = 0;
                    for (int epoch = 0; epoch < 2; epoch++)
                        for (int c = 0; c < k; c++)
                            for (int s = 0; s < labels.Length; s++) {
                                double t = labels[s] == c ? 1 : -1;
                                double sc = b; for (int j = 0; j < d; j++) sc += w[c * d + j] * x[s * d + j];
                                if (t * sc < 1) { for (int j = 0; j < d; j++) w[c * d + j] += rate * t * x[s * d + j]; b += 0.3 * rate * t; } }
                    double l = b * b; for (int i = 0; i < w.Length; i++) l += w[i] * w[i] * (i + 1);
                    return l; }
                """, (r, n) => new object[] { Vector(r, 4, -1, 1), Uniform(r, 0.05, 0.3), Vector(r, 2 * n, -1, 1), Enumerable.Range(0, n).Select(_ => r.Next(2)).ToArray() }),
            C("NgReturnInInner", """
                [Differentiable("w0", "rate")] public static double NgReturnInInner(double[] w0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone();
                    for (int epoch = 0; epoch < 3; epoch++)
                        for (int s = 0; s < y.Length; s++) {
                            double sc = 0; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (sc > 50) return sc;
                            if (y[s] * sc < 1) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j]; } }
                    double l = 0; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 1);
                    return l; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, 0.05, 0.3), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
            C("NgMixedTwoArraysEveryAndGated", """
                [Differentiable("w0", "b0", "rate")] public static double NgMixedTwoArraysEveryAndGated(double[] w0, double b0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double[] m = new double[d]; double b = b0;
                    for (int epoch = 0; epoch < 3; epoch++)
                        for (int s = 0; s < y.Length; s++) {
                            double sc = b; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j] + 0.1 * m[j];
                            for (int j = 0; j < d; j++) m[j] = 0.8 * m[j] + 0.2 * sc * x[s * d + j];
                            if (y[s] * sc < 1) { for (int j = 0; j < d; j++) w[j] += rate * (y[s] * x[s * d + j] - 0.1 * m[j]); b += rate * y[s]; } }
                    double l = b * b; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 1) + m[j] * m[j];
                    return l; }
                """, B),
            C("NgReturnOneLevel", """
                [Differentiable("w0", "rate")] public static double NgReturnOneLevel(double[] w0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone();
                    for (int s = 0; s < y.Length; s++) {
                        double sc = 0; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                        if (sc > 50) return sc;
                        if (y[s] * sc < 1) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j]; } }
                    double l = 0; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 1);
                    return l; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, 0.05, 0.3), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
            C("NgReturnNoArrays", """
                [Differentiable("w0", "rate")] public static double NgReturnNoArrays(double w0, double rate, double[] x) {
                    double w = w0;
                    for (int e = 0; e < 2; e++)
                        for (int s = 0; s < x.Length; s++) {
                            if (w > 50) return w;
                            w += rate * x[s] * w; }
                    return w; }
                """, (r, n) => new object[] { Uniform(r, -1, 1), Uniform(r, 0.05, 0.3), Vector(r, n, -1, 1) }),
            C("NgThresholdAfterLoop", """
                [Differentiable("w0", "b0", "rate")] public static double NgThresholdAfterLoop(double[] w0, double b0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double b = b0; double thr = 1;
                    for (int epoch = 0; epoch < 3; epoch++) {
                        for (int s = 0; s < y.Length; s++) {
                            double sc = b; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (y[s] * sc < thr) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j]; b += rate * y[s]; } }
                        thr = 0.5 + 0.2 * w[0] * w[0] + 0.1 * b; }
                    double l = b * b + thr; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 1);
                    return l; }
                """, B),
            C("NgTwoGatesInSample", """
                [Differentiable("w0", "rate")] public static double NgTwoGatesInSample(double[] w0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone();
                    for (int epoch = 0; epoch < 2; epoch++)
                        for (int s = 0; s < y.Length; s++) {
                            double sc = 0; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (y[s] * sc < 1) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j]; }
                            for (int k = 0; k < d; k++) { double p = w[k] * x[s * d + k]; if (p > 0.3) w[k] -= 0.1 * rate * p; } }
                    double l = 0; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 1);
                    return l; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, 0.05, 0.3), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
            C("NgRoundGateAndStacked", """
                [Differentiable("w0", "b0", "rate")] public static double NgRoundGateAndStacked(double[] w0, double b0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double b = b0;
                    for (int round = 0; round < 2; round++) {
                        double n2 = 0; for (int j = 0; j < d; j++) n2 += w[j] * w[j];
                        if (n2 > 1) { for (int j = 0; j < d; j++) w[j] *= 0.8; }
                        for (int epoch = 0; epoch < 2; epoch++)
                            for (int s = 0; s < y.Length; s++) {
                                double sc = 0; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                                if (y[s] * sc < 1) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j] * sc; } } }
                    double l = b; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 1);
                    return l; }
                """, B),
            C("NgBreakBias", """
                [Differentiable("w0", "b0", "rate")] public static double NgBreakBias(double[] w0, double b0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double b = b0;
                    for (int epoch = 0; epoch < 3; epoch++)
                        for (int s = 0; s < y.Length; s++) {
                            double sc = b; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (y[s] * sc < 1) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j]; b += rate * y[s]; }
                            if (s >= 2) break; }
                    double l = b * b; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 1);
                    return l; }
                """, B),
            C("NgNamesCollide", """
                [Differentiable("w0", "wChanged", "rate")] public static double NgNamesCollide(double[] w0, double wChanged, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double wChangedTapeTop = wChanged; double wChangedBack = 0;
                    for (int epoch = 0; epoch < 3; epoch++)
                        for (int s = 0; s < y.Length; s++) {
                            double wChangedTape = wChangedTapeTop; for (int j = 0; j < d; j++) wChangedTape += w[j] * x[s * d + j];
                            wChangedBack += wChangedTape * 0.1;
                            if (y[s] * wChangedTape < 1) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j]; wChangedTapeTop += rate * y[s]; } }
                    double l = wChangedTapeTop * wChangedTapeTop + wChangedBack; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 1);
                    return l; }
                """, B),
            C("NgEpochsInsideTopIf", """
                [Differentiable("w0", "b0", "rate")] public static double NgEpochsInsideTopIf(double[] w0, double b0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double b = b0;
                    for (int j = 0; j < d; j++) w[j] = Math.Tanh(w[j]) + 0.1 * w[j];
                    if (rate > 0.1) {
                        for (int epoch = 0; epoch < 3; epoch++)
                            for (int s = 0; s < y.Length; s++) {
                                double sc = b; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                                if (y[s] * sc < 1) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j]; b += rate * y[s]; } } }
                    double l = b * b; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 1);
                    return l; }
                """, B),
        };
    }
}
