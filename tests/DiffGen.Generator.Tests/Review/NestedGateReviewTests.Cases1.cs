using System;
using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>The review's cases, first part: depth, two arrays, mixed writes, outer gates, epoch loops, indices from the epoch, reads around the samples, continue-gates, gates in ifs and siblings, early stopping.</content>
    public sealed partial class NestedGateReviewTests
    {
        private static readonly ArrayCase[] CasesPart1 =
        {
            C("NgThreeDeep", """
                [Differentiable("w0", "rate")] public static double NgThreeDeep(double[] w0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone();
                    for (int round = 0; round < 2; round++)
                        for (int epoch = 0; epoch < 2; epoch++)
                            for (int s = 0; s < y.Length; s++) {
                                double sc = 0; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                                if (y[s] * sc < 1) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j] * Math.Tanh(sc); } }
                    double l = 0; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 1);
                    return l; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, 0.05, 0.3), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
            C("NgFourDeepBias", """
                [Differentiable("w0", "b0", "rate")] public static double NgFourDeepBias(double[] w0, double b0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double b = b0;
                    for (int a = 0; a < 2; a++)
                        for (int round = 0; round < 2; round++)
                            for (int epoch = 0; epoch < 2; epoch++)
                                for (int s = 0; s < y.Length; s++) {
                                    double sc = b; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                                    if (y[s] * sc < 1) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j]; b += rate * y[s] * 0.5; } }
                    double l = b * b; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 1);
                    return l; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, -0.5, 0.5), Uniform(r, 0.05, 0.2), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
            C("NgTwoArraysOneGate", """
                [Differentiable("w0", "u0", "rate")] public static double NgTwoArraysOneGate(double[] w0, double[] u0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double[] u = (double[])u0.Clone();
                    for (int epoch = 0; epoch < 3; epoch++)
                        for (int s = 0; s < y.Length; s++) {
                            double sc = 0; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j] + u[j] * u[j];
                            if (y[s] * sc < 1) { for (int j = 0; j < d; j++) { w[j] += rate * y[s] * x[s * d + j]; u[j] -= rate * 0.3 * u[j] * sc; } } }
                    double l = 0; for (int j = 0; j < d; j++) l += w[j] * w[j] + u[j] * w[j];
                    return l; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Vector(r, 2, -0.5, 0.5), Uniform(r, 0.05, 0.3), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
            C("NgTwoArraysBias", """
                [Differentiable("w0", "u0", "b0", "rate")] public static double NgTwoArraysBias(double[] w0, double[] u0, double b0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double[] u = (double[])u0.Clone(); double b = b0;
                    for (int epoch = 0; epoch < 3; epoch++)
                        for (int s = 0; s < y.Length; s++) {
                            double sc = b; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j] + 0.2 * u[j];
                            if (y[s] * sc < 1) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j]; u[s % d] += rate * sc; b += rate * y[s]; } }
                    double l = b * b; for (int j = 0; j < d; j++) l += w[j] * w[j] + u[j] * u[j] * w[j];
                    return l; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Vector(r, 2, -0.5, 0.5), Uniform(r, -0.5, 0.5), Uniform(r, 0.05, 0.3), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
            C("NgMixedDecay", """
                [Differentiable("w0", "rate")] public static double NgMixedDecay(double[] w0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone();
                    for (int epoch = 0; epoch < 3; epoch++)
                        for (int s = 0; s < y.Length; s++) {
                            double sc = 0; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            for (int j = 0; j < d; j++) w[j] *= 0.97;
                            if (y[s] * sc < 1) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j] * sc; } }
                    double l = 0; for (int j = 0; j < d; j++) l += Math.Sin(w[j]) + w[j] * w[j];
                    return l; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, 0.05, 0.3), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
            C("NgMixedDecayBias", """
                [Differentiable("w0", "b0", "rate")] public static double NgMixedDecayBias(double[] w0, double b0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double b = b0;
                    for (int epoch = 0; epoch < 3; epoch++)
                        for (int s = 0; s < y.Length; s++) {
                            double sc = b; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (y[s] * sc < 1) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j]; b += rate * y[s]; }
                            for (int j = 0; j < d; j++) w[j] -= 0.05 * rate * w[j] * w[j]; }
                    double l = b * b; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 2);
                    return l; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, -0.5, 0.5), Uniform(r, 0.05, 0.3), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
            C("NgOuterGateInnerStacked", """
                [Differentiable("w0", "rate")] public static double NgOuterGateInnerStacked(double[] w0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone();
                    for (int epoch = 0; epoch < 3; epoch++) {
                        double n2 = 0; for (int j = 0; j < d; j++) n2 += w[j] * w[j];
                        if (n2 > 1) { for (int j = 0; j < d; j++) w[j] *= 0.8; }
                        for (int s = 0; s < y.Length; s++) {
                            double sc = 0; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (y[s] * sc < 1) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j] * Math.Tanh(sc); } } }
                    double l = 0; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 1) + w[j];
                    return l; }
                """, (r, n) => new object[] { Vector(r, 2, -1.5, 1.5), Uniform(r, 0.05, 0.3), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
            C("NgOuterGateInnerStackedBias", """
                [Differentiable("w0", "b0", "rate")] public static double NgOuterGateInnerStackedBias(double[] w0, double b0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double b = b0;
                    for (int epoch = 0; epoch < 3; epoch++) {
                        double n2 = 0; for (int j = 0; j < d; j++) n2 += w[j] * w[j];
                        if (n2 > 1) { for (int j = 0; j < d; j++) w[j] *= 0.8; }
                        for (int s = 0; s < y.Length; s++) {
                            double sc = b; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (y[s] * sc < 1) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j]; b += rate * y[s]; } } }
                    double l = b * b; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 1) + w[j];
                    return l; }
                """, (r, n) => new object[] { Vector(r, 2, -1.5, 1.5), Uniform(r, -0.5, 0.5), Uniform(r, 0.05, 0.3), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
            C("NgEpochsParam", """
                [Differentiable("w0", "b0", "rate")] public static double NgEpochsParam(double[] w0, double b0, double rate, double[] x, double[] y, int epochs) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double b = b0;
                    for (int epoch = 0; epoch < epochs; epoch++)
                        for (int s = 0; s < y.Length; s++) {
                            double sc = b; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (y[s] * sc < 1) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j]; b += rate * y[s]; } }
                    double l = b * b; for (int j = 0; j < d; j++) l += w[j] * w[j];
                    return l; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, -0.5, 0.5), Uniform(r, 0.05, 0.3), Vector(r, 2 * n, -1, 1), Signs(r, n), r.Next(0, 5) }),
            C("NgWhileEpochs", """
                [Differentiable("w0", "b0", "rate")] public static double NgWhileEpochs(double[] w0, double b0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double b = b0;
                    int epoch = 0;
                    while (epoch < 3) {
                        for (int s = 0; s < y.Length; s++) {
                            double sc = b; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (y[s] * sc < 1) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j]; b += rate * y[s]; } }
                        epoch++; }
                    double l = b * b; for (int j = 0; j < d; j++) l += w[j] * w[j];
                    return l; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, -0.5, 0.5), Uniform(r, 0.05, 0.3), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
            C("NgWhileEpochsData", """
                [Differentiable("w0", "rate")] public static double NgWhileEpochsData(double[] w0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone();
                    int epoch = 0; double sse = 10;
                    while (epoch < 4 && sse > 0.01) {
                        sse = 0;
                        for (int s = 0; s < y.Length; s++) {
                            double e = -y[s]; for (int j = 0; j < d; j++) e += w[j] * x[s * d + j];
                            sse += e * e;
                            if (Math.Abs(e) > 0.2) { for (int j = 0; j < d; j++) w[j] -= rate * e * x[s * d + j]; } }
                        epoch++; }
                    double l = 0; for (int j = 0; j < d; j++) l += w[j] * w[j] + w[j];
                    return l; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, 0.05, 0.3), Vector(r, 2 * n, -1, 1), Vector(r, n, -1, 1) }),
            C("NgInnerLengthVaries", """
                [Differentiable("w0", "b0", "rate")] public static double NgInnerLengthVaries(double[] w0, double b0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double b = b0;
                    for (int epoch = 0; epoch < 3; epoch++)
                        for (int s = epoch; s < y.Length; s++) {
                            double sc = b; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (y[s] * sc < 1) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j]; b += rate * y[s]; } }
                    double l = b * b; for (int j = 0; j < d; j++) l += w[j] * w[j];
                    return l; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, -0.5, 0.5), Uniform(r, 0.05, 0.3), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
            C("NgInnerLengthVariesNoBias", """
                [Differentiable("w0", "rate")] public static double NgInnerLengthVariesNoBias(double[] w0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone();
                    for (int epoch = 0; epoch < 3; epoch++)
                        for (int s = 0; s < y.Length - epoch; s++) {
                            double sc = 0; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (y[s] * sc < 1) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j] * sc; } }
                    double l = 0; for (int j = 0; j < d; j++) l += w[j] * w[j] * w[j];
                    return l; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, 0.05, 0.3), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
            C("NgIndexReadsEpoch", """
                [Differentiable("w0", "b0", "rate")] public static double NgIndexReadsEpoch(double[] w0, double b0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double b = b0;
                    for (int epoch = 0; epoch < 3; epoch++)
                        for (int s = 0; s < y.Length; s++) {
                            double sc = b; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (y[s] * sc < 1) { w[(s + epoch) % d] += rate * y[s] * x[s * d + (s + epoch) % d]; b += rate * y[s]; } }
                    double l = b * b; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 1);
                    return l; }
                """, (r, n) => new object[] { Vector(r, 3, -1, 1), Uniform(r, -0.5, 0.5), Uniform(r, 0.05, 0.3), Vector(r, 3 * n, -1, 1), Signs(r, n) }),
            C("NgIndexReadsEpochLocal", """
                [Differentiable("w0", "b0", "rate")] public static double NgIndexReadsEpochLocal(double[] w0, double b0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double b = b0;
                    for (int epoch = 0; epoch < 3; epoch++) {
                        int off = (epoch * 2 + 1) % d;
                        for (int s = 0; s < y.Length; s++) {
                            double sc = b; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (y[s] * sc < 1) { for (int j = 0; j + off < d; j++) w[j + off] += rate * y[s] * x[s * d + j]; b += rate * y[s]; } } }
                    double l = b * b; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 1);
                    return l; }
                """, (r, n) => new object[] { Vector(r, 3, -1, 1), Uniform(r, -0.5, 0.5), Uniform(r, 0.05, 0.3), Vector(r, 3 * n, -1, 1), Signs(r, n) }),
            C("NgOuterReadsBeforeAfter", """
                [Differentiable("w0", "rate")] public static double NgOuterReadsBeforeAfter(double[] w0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double acc = 0;
                    for (int epoch = 0; epoch < 3; epoch++) {
                        double before = w[0] * w[1];
                        for (int s = 0; s < y.Length; s++) {
                            double sc = 0; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (y[s] * sc < 1) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j] * Math.Cos(sc); } }
                        double after = w[0] - w[1];
                        acc += Math.Sin(before) * after; }
                    return acc + w[0]; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, 0.05, 0.3), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
            C("NgOuterReadsBeforeAfterBias", """
                [Differentiable("w0", "b0", "rate")] public static double NgOuterReadsBeforeAfterBias(double[] w0, double b0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double b = b0; double acc = 0;
                    for (int epoch = 0; epoch < 3; epoch++) {
                        double before = w[0] * w[1] + b;
                        for (int s = 0; s < y.Length; s++) {
                            double sc = b; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (y[s] * sc < 1) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j]; b += rate * y[s] * before; } }
                        double after = w[0] - w[1] * b;
                        acc += Math.Sin(before) * after + b * b; }
                    return acc; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, -0.5, 0.5), Uniform(r, 0.05, 0.3), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
            C("NgContinueGate", """
                [Differentiable("w0", "b0", "rate")] public static double NgContinueGate(double[] w0, double b0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double b = b0;
                    for (int epoch = 0; epoch < 3; epoch++)
                        for (int s = 0; s < y.Length; s++) {
                            double sc = b; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (y[s] * sc >= 1) continue;
                            for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j] * Math.Tanh(sc);
                            b += rate * y[s]; }
                    double l = b * b; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 1);
                    return l; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, -0.5, 0.5), Uniform(r, 0.05, 0.3), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
            C("NgGateInsideEpochIf", """
                [Differentiable("w0", "b0", "rate")] public static double NgGateInsideEpochIf(double[] w0, double b0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double b = b0;
                    for (int epoch = 0; epoch < 4; epoch++) {
                        if (epoch % 2 == 0) {
                            for (int s = 0; s < y.Length; s++) {
                                double sc = b; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                                if (y[s] * sc < 1) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j]; b += rate * y[s]; } } } }
                    double l = b * b; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 1);
                    return l; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, -0.5, 0.5), Uniform(r, 0.05, 0.3), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
            C("NgGateInsideEpochIfData", """
                [Differentiable("w0", "rate")] public static double NgGateInsideEpochIfData(double[] w0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double acc = 0;
                    for (int epoch = 0; epoch < 3; epoch++) {
                        double n2 = w[0] * w[0] + w[1] * w[1];
                        acc += n2;
                        if (n2 < 2) {
                            for (int s = 0; s < y.Length; s++) {
                                double sc = 0; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                                if (y[s] * sc < 1) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j]; } } } }
                    return acc + w[0] * w[1]; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, 0.05, 0.3), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
            C("NgSiblingGatedLoops", """
                [Differentiable("w0", "b0", "rate")] public static double NgSiblingGatedLoops(double[] w0, double b0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double b = b0;
                    for (int epoch = 0; epoch < 2; epoch++) {
                        for (int s = 0; s < y.Length; s++) {
                            double sc = b; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (y[s] * sc < 1) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j]; b += rate * y[s]; } }
                        for (int s = y.Length - 1; s >= 0; s--) {
                            double e = -y[s]; for (int j = 0; j < d; j++) e += w[j] * x[s * d + j];
                            if (Math.Abs(e) > 0.5) { for (int j = 0; j < d; j++) w[j] -= 0.5 * rate * e * x[s * d + j]; } } }
                    double l = b * b; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 1);
                    return l; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, -0.5, 0.5), Uniform(r, 0.05, 0.3), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
            C("NgSiblingGatedLoopsTwoArrays", """
                [Differentiable("w0", "u0", "rate")] public static double NgSiblingGatedLoopsTwoArrays(double[] w0, double[] u0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double[] u = (double[])u0.Clone(); double b = 0;
                    for (int epoch = 0; epoch < 2; epoch++) {
                        for (int s = 0; s < y.Length; s++) {
                            double sc = b; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (y[s] * sc < 1) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j]; b += rate * y[s]; } }
                        for (int s = 0; s < y.Length; s++) {
                            double e = b; for (int j = 0; j < d; j++) e += u[j] * x[s * d + j] * w[j];
                            if (e * y[s] < 0.5) { for (int j = 0; j < d; j++) u[j] += rate * y[s] * x[s * d + j]; b -= 0.1 * rate; } } }
                    double l = b * b; for (int j = 0; j < d; j++) l += w[j] * u[j] + u[j] * u[j];
                    return l; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Vector(r, 2, -1, 1), Uniform(r, 0.05, 0.3), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
            C("NgEpochEarlyStop", """
                [Differentiable("w0", "rate")] public static double NgEpochEarlyStop(double[] w0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone();
                    for (int epoch = 0; epoch < 5; epoch++) {
                        int mistakes = 0;
                        for (int s = 0; s < y.Length; s++) {
                            double sc = 0; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (y[s] * sc < 1) { mistakes++; for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j] * Math.Tanh(sc); } }
                        if (mistakes == 0) break; }
                    double l = 0; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 1);
                    return l; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, 0.05, 0.3), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
            C("NgEpochEarlyStopBias", """
                [Differentiable("w0", "b0", "rate")] public static double NgEpochEarlyStopBias(double[] w0, double b0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double b = b0;
                    for (int epoch = 0; epoch < 5; epoch++) {
                        int mistakes = 0;
                        for (int s = 0; s < y.Length; s++) {
                            double sc = b; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (y[s] * sc < 1) { mistakes++; for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j]; b += rate * y[s]; } }
                        if (mistakes == 0) break; }
                    double l = b * b; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 1);
                    return l; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, -0.5, 0.5), Uniform(r, 0.1, 0.5), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
            C("NgEpochStopOnValue", """
                [Differentiable("w0", "rate")] public static double NgEpochStopOnValue(double[] w0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone();
                    for (int epoch = 0; epoch < 5; epoch++) {
                        double n2 = 0; for (int j = 0; j < d; j++) n2 += w[j] * w[j];
                        if (n2 > 4) break;
                        for (int s = 0; s < y.Length; s++) {
                            double sc = 0; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (y[s] * sc < 1) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j]; } } }
                    double l = 0; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 1);
                    return l; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, 0.1, 0.6), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
            C("NgGateReadsCounter", """
                [Differentiable("w0", "rate")] public static double NgGateReadsCounter(double[] w0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double run = 0;
                    for (int epoch = 0; epoch < 3; epoch++)
                        for (int s = 0; s < y.Length; s++) {
                            double sc = 0; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            run = 0.8 * run + 0.2 * sc;
                            if (y[s] * (sc + run) < 1) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j]; } }
                    double l = run; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 1);
                    return l; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, 0.05, 0.3), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
            C("NgGateReadsGatedScalar", """
                [Differentiable("w0", "rate")] public static double NgGateReadsGatedScalar(double[] w0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double thr = 1;
                    for (int epoch = 0; epoch < 3; epoch++)
                        for (int s = 0; s < y.Length; s++) {
                            double sc = 0; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (y[s] * sc < thr) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j]; thr *= 0.9 + 0.05 * sc * sc; } }
                    double l = thr; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 1);
                    return l; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, 0.05, 0.3), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
            C("NgManyEpochs", """
                [Differentiable("w0", "b0", "rate")] public static double NgManyEpochs(double[] w0, double b0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double b = b0;
                    for (int epoch = 0; epoch < 300; epoch++)
                        for (int s = 0; s < y.Length; s++) {
                            double sc = b; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (y[s] * sc < 1) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j] * 0.01; b += 0.001 * rate * y[s]; } }
                    double l = b * b; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 1);
                    return l; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, -0.5, 0.5), Uniform(r, 0.05, 0.3), Vector(r, 2 * n, -1, 1), Signs(r, n) }, new[] { 1, 2, 3, 5 }),
            C("NgGateMiddleWritesDeep", """
                [Differentiable("w0", "rate")] public static double NgGateMiddleWritesDeep(double[] w0, double rate, double[] x, double[] y) {
                    double[] w = (double[])w0.Clone(); int k = 2; int d = 2;
                    for (int epoch = 0; epoch < 2; epoch++)
                        for (int s = 0; s < y.Length; s++) {
                            double sc = 0; for (int c = 0; c < k; c++) for (int j = 0; j < d; j++) sc += w[c * d + j] * x[s * d + j] * (c + 1);
                            if (y[s] * sc < 1) { for (int c = 0; c < k; c++) for (int j = 0; j < d; j++) w[c * d + j] += rate * y[s] * x[s * d + j] / (c + 1); } }
                    double l = 0; for (int i = 0; i < w.Length; i++) l += w[i] * w[i] * (i + 1);
                    return l; }
                """, (r, n) => new object[] { Vector(r, 4, -1, 1), Uniform(r, 0.05, 0.3), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
            C("NgNestedIfsGate", """
                [Differentiable("w0", "b0", "rate")] public static double NgNestedIfsGate(double[] w0, double b0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double b = b0;
                    for (int epoch = 0; epoch < 3; epoch++)
                        for (int s = 0; s < y.Length; s++) {
                            double sc = b; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (s > 0) { if (y[s] * sc < 1) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j]; b += rate * y[s]; } } }
                    double l = b * b; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 1);
                    return l; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, -0.5, 0.5), Uniform(r, 0.05, 0.3), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
        };
    }
}
