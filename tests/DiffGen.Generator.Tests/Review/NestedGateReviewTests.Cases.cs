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

        private static ArrayCase[]? all;

        /// <summary>Every case of the review, in the order of its three files (Cases1 to Cases3).</summary>
        internal static ArrayCase[] All => all ??= CasesPart1.Concat(CasesPart2).Concat(CasesPart3).ToArray();

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
