using System;
using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    public sealed partial class NestedGateReviewTests
    {
        private static ArrayCase C(string name, string source, Func<Random, int, object[]> args, int[]? sizes = null)
        {
            ArrayCase c = null!;
            c = new ArrayCase(name, source, args) { Sizes = sizes ?? ArrayCase.WithEmpty, Accept = p => NotebookSweep22Tests.Smooth(c, p) };
            return c;
        }

        /// <summary>The bias perceptron's arguments: w0 (2), b0, rate, x (2n), labels.</summary>
        private static object[] B(Random r, int n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, -0.5, 0.5), Uniform(r, 0.05, 0.3), Vector(r, 2 * n, -1, 1), Signs(r, n) };

        private static double[] Signs(Random r, int n) => Enumerable.Range(0, n).Select(_ => Sign(r)).ToArray();

        internal static readonly ArrayCase[] All =
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

        /// <summary>Float twins of accepted cases: (double twin, float source).</summary>
        internal static readonly (string Twin, string Source)[] Floats =
        {
            ("NgFourDeepBias", """
                [Differentiable("w0", "b0", "rate")] public static float NgFourDeepBiasFloat(float[] w0, float b0, float rate, float[] x, float[] y) {
                    int d = w0.Length; float[] w = (float[])w0.Clone(); float b = b0;
                    for (int a = 0; a < 2; a++)
                        for (int round = 0; round < 2; round++)
                            for (int epoch = 0; epoch < 2; epoch++)
                                for (int s = 0; s < y.Length; s++) {
                                    float sc = b; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                                    if (y[s] * sc < 1) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j]; b += rate * y[s] * 0.5f; } }
                    float l = b * b; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 1);
                    return l; }
                """),
            ("NgContinueGate", """
                [Differentiable("w0", "b0", "rate")] public static float NgContinueGateFloat(float[] w0, float b0, float rate, float[] x, float[] y) {
                    int d = w0.Length; float[] w = (float[])w0.Clone(); float b = b0;
                    for (int epoch = 0; epoch < 3; epoch++)
                        for (int s = 0; s < y.Length; s++) {
                            float sc = b; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (y[s] * sc >= 1) continue;
                            for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j] * MathF.Tanh(sc);
                            b += rate * y[s]; }
                    float l = b * b; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 1);
                    return l; }
                """),
            ("NgTwoArraysBias", """
                [Differentiable("w0", "u0", "b0", "rate")] public static float NgTwoArraysBiasFloat(float[] w0, float[] u0, float b0, float rate, float[] x, float[] y) {
                    int d = w0.Length; float[] w = (float[])w0.Clone(); float[] u = (float[])u0.Clone(); float b = b0;
                    for (int epoch = 0; epoch < 3; epoch++)
                        for (int s = 0; s < y.Length; s++) {
                            float sc = b; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j] + 0.2f * u[j];
                            if (y[s] * sc < 1) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j]; u[s % d] += rate * sc; b += rate * y[s]; } }
                    float l = b * b; for (int j = 0; j < d; j++) l += w[j] * w[j] + u[j] * u[j] * w[j];
                    return l; }
                """),
            ("NgGrowingWindow", """
                [Differentiable("w0", "b0", "rate")] public static float NgGrowingWindowFloat(float[] w0, float b0, float rate, float[] x, float[] y) {
                    int d = w0.Length; float[] w = (float[])w0.Clone(); float b = b0; int m = 1;
                    for (int epoch = 0; epoch < 3; epoch++) {
                        for (int s = 0; s < m; s++) {
                            float sc = b; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (y[s] * sc < 1) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j]; b += rate * y[s]; } }
                        m = Math.Min(m + 1, y.Length); }
                    float l = b * b; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 1);
                    return l; }
                """),
            ("NgOuterReadsBeforeAfterBias", """
                [Differentiable("w0", "b0", "rate")] public static float NgOuterReadsBeforeAfterBiasFloat(float[] w0, float b0, float rate, float[] x, float[] y) {
                    int d = w0.Length; float[] w = (float[])w0.Clone(); float b = b0; float acc = 0;
                    for (int epoch = 0; epoch < 3; epoch++) {
                        float before = w[0] * w[1] + b;
                        for (int s = 0; s < y.Length; s++) {
                            float sc = b; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (y[s] * sc < 1) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j]; b += rate * y[s] * before; } }
                        float after = w[0] - w[1] * b;
                        acc += MathF.Sin(before) * after + b * b; }
                    return acc; }
                """),
        };
    }
}
