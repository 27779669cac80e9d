using System;
using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>The review's cases, second part: decay around the samples, biases, outer gates of other arrays, sparse indices, innermost gates, long, do-while, stepped and triangular epochs, shuffled samples, buffers filled anew.</content>
    public sealed partial class NestedGateReviewTests
    {
        private static readonly ArrayCase[] CasesPart2 =
        {
            C("NgReverseSamples", """
                [Differentiable("w0", "b0", "rate")] public static double NgReverseSamples(double[] w0, double b0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double b = b0;
                    for (int epoch = 0; epoch < 3; epoch++)
                        for (int s = y.Length - 1; s >= 0; s--) {
                            double sc = b; for (int j = d - 1; j >= 0; j--) sc += w[j] * x[s * d + j];
                            if (y[s] * sc < 1) { for (int j = d - 1; j >= 0; j--) w[j] += rate * y[s] * x[s * d + j]; b += rate * y[s]; } }
                    double l = b * b; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 1);
                    return l; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, -0.5, 0.5), Uniform(r, 0.05, 0.3), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
            C("NgEpochDecayAfter", """
                [Differentiable("w0", "b0", "rate")] public static double NgEpochDecayAfter(double[] w0, double b0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double b = b0;
                    for (int epoch = 0; epoch < 3; epoch++) {
                        for (int s = 0; s < y.Length; s++) {
                            double sc = b; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (y[s] * sc < 1) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j]; b += rate * y[s]; } }
                        for (int j = 0; j < d; j++) w[j] = 0.9 * w[j] + 0.01 * w[j] * w[j];
                        b *= 0.9; }
                    double l = b * b; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 1);
                    return l; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, -0.5, 0.5), Uniform(r, 0.05, 0.3), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
            C("NgGatedAccumulator", """
                [Differentiable("w0", "rate")] public static double NgGatedAccumulator(double[] w0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double hinge = 0;
                    for (int epoch = 0; epoch < 3; epoch++)
                        for (int s = 0; s < y.Length; s++) {
                            double sc = 0; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (y[s] * sc < 1) { hinge += (1 - y[s] * sc) * (epoch + 1); for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j]; } }
                    return hinge + w[0] * w[w.Length - 1]; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, 0.05, 0.3), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
            C("NgTwoBiases", """
                [Differentiable("w0", "b0", "c0", "rate")] public static double NgTwoBiases(double[] w0, double b0, double c0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double b = b0; double c = c0;
                    for (int epoch = 0; epoch < 3; epoch++)
                        for (int s = 0; s < y.Length; s++) {
                            double sc = b + c * c; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            c = 0.9 * c + 0.05 * sc;
                            if (y[s] * sc < 1) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j]; b += rate * y[s] * c; } }
                    double l = b * b + c; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 1);
                    return l; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, -0.5, 0.5), Uniform(r, -0.5, 0.5), Uniform(r, 0.05, 0.3), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
            C("NgStackedAndEpochScratch", """
                [Differentiable("w0", "b0", "rate")] public static double NgStackedAndEpochScratch(double[] w0, double b0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double[] avg = new double[d]; double b = b0;
                    for (int epoch = 0; epoch < 3; epoch++) {
                        for (int s = 0; s < y.Length; s++) {
                            double sc = b; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (y[s] * sc < 1) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j]; b += rate * y[s]; } }
                        for (int j = 0; j < d; j++) avg[j] += w[j] * b; }
                    double l = b * b; for (int j = 0; j < d; j++) l += avg[j] * avg[j] + w[j];
                    return l; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, -0.5, 0.5), Uniform(r, 0.05, 0.3), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
            C("NgOuterGateOtherArray", """
                [Differentiable("w0", "u0", "b0", "rate")] public static double NgOuterGateOtherArray(double[] w0, double[] u0, double b0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double[] u = (double[])u0.Clone(); double b = b0;
                    for (int epoch = 0; epoch < 3; epoch++) {
                        double bb = b * b;
                        if (bb > 0.3) { for (int j = 0; j < d; j++) u[j] = 0.5 * u[j] + bb; }
                        for (int s = 0; s < y.Length; s++) {
                            double sc = b; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j] * u[j];
                            if (y[s] * sc < 1) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j]; b += rate * y[s]; } } }
                    double l = b * b; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 1) + u[j];
                    return l; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Vector(r, 2, 0.5, 1.5), Uniform(r, -0.9, 0.9), Uniform(r, 0.05, 0.3), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
            C("NgOuterGateWInnerU", """
                [Differentiable("w0", "u0", "rate")] public static double NgOuterGateWInnerU(double[] w0, double[] u0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double[] u = (double[])u0.Clone();
                    for (int epoch = 0; epoch < 3; epoch++) {
                        double n2 = 0; for (int j = 0; j < d; j++) n2 += w[j] * w[j];
                        if (n2 > 1) { for (int j = 0; j < d; j++) w[j] *= 0.8; }
                        for (int s = 0; s < y.Length; s++) {
                            double sc = 0; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j] + u[j];
                            if (y[s] * sc < 1) { for (int j = 0; j < d; j++) u[j] += rate * y[s] * x[s * d + j] * w[j]; } } }
                    double l = 0; for (int j = 0; j < d; j++) l += w[j] * u[j] + u[j] * u[j];
                    return l; }
                """, (r, n) => new object[] { Vector(r, 2, -1.5, 1.5), Vector(r, 2, -0.5, 0.5), Uniform(r, 0.05, 0.3), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
            C("NgEpochBreakBeforeOnScalar", """
                [Differentiable("w0", "rate")] public static double NgEpochBreakBeforeOnScalar(double[] w0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double hinge = 10;
                    for (int epoch = 0; epoch < 5; epoch++) {
                        if (hinge < 0.5) break;
                        hinge = 0;
                        for (int s = 0; s < y.Length; s++) {
                            double sc = 0; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (y[s] * sc < 1) { hinge += 1 - y[s] * sc; for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j]; } } }
                    double l = hinge; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 1);
                    return l; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, 0.1, 0.5), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
            C("NgEpochBreakBeforeOnScalarBias", """
                [Differentiable("w0", "b0", "rate")] public static double NgEpochBreakBeforeOnScalarBias(double[] w0, double b0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double b = b0; double hinge = 10;
                    for (int epoch = 0; epoch < 5; epoch++) {
                        if (hinge < 0.5) break;
                        hinge = 0;
                        for (int s = 0; s < y.Length; s++) {
                            double sc = b; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (y[s] * sc < 1) { hinge += 1 - y[s] * sc; for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j]; b += rate * y[s]; } } }
                    double l = hinge + b; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 1);
                    return l; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, -0.5, 0.5), Uniform(r, 0.1, 0.5), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
            C("NgSparseIndex", """
                [Differentiable("w0", "b0", "rate")] public static double NgSparseIndex(double[] w0, double b0, double rate, double[] x, int[] idx, double[] y) {
                    double[] w = (double[])w0.Clone(); double b = b0;
                    for (int epoch = 0; epoch < 3; epoch++)
                        for (int s = 0; s < y.Length; s++) {
                            double sc = b + w[idx[2 * s]] * x[2 * s] + w[idx[2 * s + 1]] * x[2 * s + 1];
                            if (y[s] * sc < 1) { w[idx[2 * s]] += rate * y[s] * x[2 * s]; w[idx[2 * s + 1]] += rate * y[s] * x[2 * s + 1]; b += rate * y[s]; } }
                    double l = b * b; for (int j = 0; j < w.Length; j++) l += w[j] * w[j] * (j + 1);
                    return l; }
                """, (r, n) => new object[] { Vector(r, 3, -1, 1), Uniform(r, -0.5, 0.5), Uniform(r, 0.05, 0.3), Vector(r, 2 * n, -1, 1), Enumerable.Range(0, 2 * n).Select(_ => r.Next(3)).ToArray(), Signs(r, n) }),
            C("NgSparseLocalIndex", """
                [Differentiable("w0", "b0", "rate")] public static double NgSparseLocalIndex(double[] w0, double b0, double rate, double[] x, int[] idx, double[] y) {
                    double[] w = (double[])w0.Clone(); double b = b0;
                    for (int epoch = 0; epoch < 3; epoch++)
                        for (int s = 0; s < y.Length; s++) {
                            int k = idx[s];
                            double sc = b + w[k] * x[s];
                            if (y[s] * sc < 1) { w[k] += rate * y[s] * x[s]; b += rate * y[s]; } }
                    double l = b * b; for (int j = 0; j < w.Length; j++) l += w[j] * w[j] * (j + 1);
                    return l; }
                """, (r, n) => new object[] { Vector(r, 3, -1, 1), Uniform(r, -0.5, 0.5), Uniform(r, 0.05, 0.3), Vector(r, n, -1, 1), Enumerable.Range(0, n).Select(_ => r.Next(3)).ToArray(), Signs(r, n) }),
            C("NgSparseLocalIndexNoBias", """
                [Differentiable("w0", "rate")] public static double NgSparseLocalIndexNoBias(double[] w0, double rate, double[] x, int[] idx, double[] y) {
                    double[] w = (double[])w0.Clone();
                    for (int epoch = 0; epoch < 3; epoch++)
                        for (int s = 0; s < y.Length; s++) {
                            int k = idx[s];
                            double sc = w[k] * x[s] + w[0];
                            if (y[s] * sc < 1) { w[k] += rate * y[s] * x[s] * sc; } }
                    double l = 0; for (int j = 0; j < w.Length; j++) l += w[j] * w[j] * (j + 1);
                    return l; }
                """, (r, n) => new object[] { Vector(r, 3, -1, 1), Uniform(r, 0.05, 0.3), Vector(r, n, -1, 1), Enumerable.Range(0, n).Select(_ => r.Next(3)).ToArray(), Signs(r, n) }),
            C("NgInnermostGate", """
                [Differentiable("w0", "b0", "rate")] public static double NgInnermostGate(double[] w0, double b0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double b = b0;
                    for (int epoch = 0; epoch < 2; epoch++)
                        for (int s = 0; s < y.Length; s++) {
                            for (int j = 0; j < d; j++) {
                                double p = w[j] * x[s * d + j] + b;
                                if (p * y[s] < 0.5) w[j] += rate * y[s] * x[s * d + j]; }
                            b += 0.1 * rate * (y[s] - b); }
                    double l = b * b; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 1);
                    return l; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, -0.5, 0.5), Uniform(r, 0.05, 0.3), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
            C("NgInnermostGateCarried", """
                [Differentiable("w0", "b0", "rate")] public static double NgInnermostGateCarried(double[] w0, double b0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double b = b0;
                    for (int epoch = 0; epoch < 2; epoch++)
                        for (int s = 0; s < y.Length; s++) {
                            for (int j = 0; j < d; j++) {
                                double p = w[j] * x[s * d + j] + b;
                                if (p * y[s] < 0.5) { w[j] += rate * y[s] * x[s * d + j]; b += 0.1 * rate * y[s]; } } }
                    double l = b * b; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 1);
                    return l; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, -0.5, 0.5), Uniform(r, 0.05, 0.3), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
            C("NgCountedBreakBefore", """
                [Differentiable("w0", "rate")] public static double NgCountedBreakBefore(double[] w0, double rate, double[] x, double[] y, int lim) {
                    int d = w0.Length; double[] w = (double[])w0.Clone();
                    for (int epoch = 0; epoch < 3; epoch++)
                        for (int s = 0; s < y.Length; s++) {
                            if (s >= lim + epoch) break;
                            double sc = 0; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (y[s] * sc < 1) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j] * sc; } }
                    double l = 0; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 1);
                    return l; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, 0.05, 0.3), Vector(r, 2 * n, -1, 1), Signs(r, n), r.Next(0, 4) }),
            C("NgHugeEpochs", """
                [Differentiable("w0", "b0", "rate")] public static double NgHugeEpochs(double[] w0, double b0, double rate, double[] x, double[] y, int epochs) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double b = b0;
                    for (int epoch = 0; epoch < epochs; epoch++)
                        for (int s = 0; s < y.Length; s++) {
                            double sc = b; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (y[s] * sc < 1) { for (int j = 0; j < d; j++) w[j] += 1e-5 * rate * y[s] * x[s * d + j]; b += 1e-5 * rate * y[s]; } }
                    double l = b * b; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 1);
                    return l; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, -0.5, 0.5), Uniform(r, 0.05, 0.3), Vector(r, 2 * n, -1, 1), Signs(r, n), 2000 + r.Next(0, 100) }, new[] { 1, 3, 8 }),
            C("NgDoWhileEpochs", """
                [Differentiable("w0", "b0", "rate")] public static double NgDoWhileEpochs(double[] w0, double b0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double b = b0; int epoch = 0;
                    do {
                        for (int s = 0; s < y.Length; s++) {
                            double sc = b; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (y[s] * sc < 1) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j]; b += rate * y[s]; } }
                        epoch++;
                    } while (epoch < 3);
                    double l = b * b; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 1);
                    return l; }
                """, B),
            C("NgEpochStep2", """
                [Differentiable("w0", "b0", "rate")] public static double NgEpochStep2(double[] w0, double b0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double b = b0;
                    for (int epoch = 0; epoch < 6; epoch += 2)
                        for (int s = 0; s < y.Length; s++) {
                            double sc = b; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (y[s] * sc < 1) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j] / (epoch + 1); b += rate * y[s]; } }
                    double l = b * b; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 1);
                    return l; }
                """, B),
            C("NgTriangularEpochs", """
                [Differentiable("w0", "b0", "rate")] public static double NgTriangularEpochs(double[] w0, double b0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double b = b0;
                    for (int round = 0; round < 3; round++)
                        for (int epoch = 0; epoch < round; epoch++)
                            for (int s = 0; s < y.Length; s++) {
                                double sc = b; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                                if (y[s] * sc < 1) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j]; b += rate * y[s]; } }
                    double l = b * b; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 1);
                    return l; }
                """, B),
            C("NgGateReadsEpochMargin", """
                [Differentiable("w0", "b0", "rate")] public static double NgGateReadsEpochMargin(double[] w0, double b0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double b = b0;
                    for (int epoch = 0; epoch < 3; epoch++) {
                        double margin = 1.0 / (epoch + 1) + 0.1 * b;
                        for (int s = 0; s < y.Length; s++) {
                            double sc = b; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (y[s] * sc < margin) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j] * margin; b += rate * y[s]; } } }
                    double l = b * b; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 1);
                    return l; }
                """, B),
            C("NgEpochDecayBefore", """
                [Differentiable("w0", "b0", "rate")] public static double NgEpochDecayBefore(double[] w0, double b0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double b = b0;
                    for (int epoch = 0; epoch < 3; epoch++) {
                        for (int j = 0; j < d; j++) w[j] = 0.95 * w[j] - 0.02 * w[j] * w[j];
                        for (int s = 0; s < y.Length; s++) {
                            double sc = b; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (y[s] * sc < 1) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j]; b += rate * y[s]; } } }
                    double l = b * b; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 1);
                    return l; }
                """, B),
            C("NgRoundDecayMiddle", """
                [Differentiable("w0", "b0", "rate")] public static double NgRoundDecayMiddle(double[] w0, double b0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double b = b0;
                    for (int round = 0; round < 2; round++) {
                        for (int epoch = 0; epoch < 2; epoch++) {
                            for (int s = 0; s < y.Length; s++) {
                                double sc = b; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                                if (y[s] * sc < 1) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j]; b += rate * y[s]; } }
                            for (int j = 0; j < d; j++) w[j] *= 0.9 + 0.01 * w[j]; }
                        b = 0.5 * b + 0.1 * w[0]; }
                    double l = b * b; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 1);
                    return l; }
                """, B),
            C("NgTestReadsElement", """
                [Differentiable("w0", "rate")] public static double NgTestReadsElement(double[] w0, double rate, double[] x, double[] y) {
                    double[] w = (double[])w0.Clone();
                    for (int epoch = 0; epoch < 3; epoch++)
                        for (int s = 0; s < y.Length; s++) {
                            if (y[s] * (w[0] * x[2 * s] + w[1] * x[2 * s + 1]) < 1) { w[0] += rate * y[s] * x[2 * s]; w[1] += rate * y[s] * x[2 * s + 1]; } }
                    return w[0] * w[0] + 2 * w[1] * w[1]; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, 0.05, 0.3), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
            C("NgWhileSamples", """
                [Differentiable("w0", "b0", "rate")] public static double NgWhileSamples(double[] w0, double b0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double b = b0;
                    for (int epoch = 0; epoch < 3; epoch++) {
                        int s = 0;
                        while (s < y.Length) {
                            double sc = b; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (y[s] * sc < 1) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j]; b += rate * y[s]; }
                            s++; } }
                    double l = b * b; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 1);
                    return l; }
                """, B),
            C("NgShuffled", """
                [Differentiable("w0", "b0", "rate")] public static double NgShuffled(double[] w0, double b0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double b = b0; int n = y.Length;
                    for (int epoch = 0; epoch < 3; epoch++)
                        for (int t = 0; t < n; t++) {
                            int s = (t * 3 + epoch) % n;
                            double sc = b; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (y[s] * sc < 1) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j]; b += rate * y[s]; } }
                    double l = b * b; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 1);
                    return l; }
                """, B),
            C("NgGatedBufferFilledAnew", """
                [Differentiable("w0", "b0", "rate")] public static double NgGatedBufferFilledAnew(double[] w0, double b0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double[] g = new double[d]; double b = b0;
                    for (int epoch = 0; epoch < 3; epoch++)
                        for (int s = 0; s < y.Length; s++) {
                            double sc = b; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (y[s] * sc < 1) { for (int j = 0; j < d; j++) g[j] = y[s] * x[s * d + j] * (1 - y[s] * sc); for (int j = 0; j < d; j++) w[j] += rate * g[j]; b += rate * y[s]; } }
                    double l = b * b; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 1) + g[j];
                    return l; }
                """, B),
            C("NgEpochBoundFromData", """
                [Differentiable("w0", "b0", "rate")] public static double NgEpochBoundFromData(double[] w0, double b0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double b = b0;
                    int epochs = y.Length % 3 + 1;
                    for (int epoch = 0; epoch < epochs; epoch++)
                        for (int s = 0; s < y.Length; s++) {
                            double sc = b; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (y[s] * sc < 1) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j]; b += rate * y[s]; } }
                    double l = b * b; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 1);
                    return l; }
                """, B),
            C("NgIndexReadsEpochLocal2", """
                [Differentiable("w0", "b0", "rate")] public static double NgIndexReadsEpochLocal2(double[] w0, double b0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double b = b0;
                    for (int epoch = 0; epoch < 3; epoch++) {
                        int off = (epoch * 2 + 1) % d;
                        for (int s = 0; s < y.Length; s++) {
                            double sc = b; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (y[s] * sc < 1) { for (int j = off; j < d; j++) w[j] += rate * y[s] * x[s * d + j - off]; b += rate * y[s]; } } }
                    double l = b * b; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 1);
                    return l; }
                """, (r, n) => new object[] { Vector(r, 3, -1, 1), Uniform(r, -0.5, 0.5), Uniform(r, 0.05, 0.3), Vector(r, 3 * n, -1, 1), Signs(r, n) }),
            C("NgIndexReadsEpochLocal3", """
                [Differentiable("w0", "b0", "rate")] public static double NgIndexReadsEpochLocal3(double[] w0, double b0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double b = b0;
                    for (int epoch = 0; epoch < 3; epoch++) {
                        int off = (epoch * 2 + 1) % d;
                        for (int s = 0; s < y.Length; s++) {
                            double sc = b; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (y[s] * sc < 1) { w[off] += rate * y[s] * x[s * d + off]; b += rate * y[s]; } } }
                    double l = b * b; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 1);
                    return l; }
                """, (r, n) => new object[] { Vector(r, 3, -1, 1), Uniform(r, -0.5, 0.5), Uniform(r, 0.05, 0.3), Vector(r, 3 * n, -1, 1), Signs(r, n) }),
            C("NgGateInsideEpochIfNoBias", """
                [Differentiable("w0", "rate")] public static double NgGateInsideEpochIfNoBias(double[] w0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone();
                    for (int epoch = 0; epoch < 4; epoch++) {
                        if (epoch % 2 == 0) {
                            for (int s = 0; s < y.Length; s++) {
                                double sc = 0; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                                if (y[s] * sc < 1) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j] * sc; } } } }
                    double l = 0; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 1);
                    return l; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, 0.05, 0.3), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
        };
    }
}
