using System;
using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>The accepted training loops: gated updates over epochs, SGD and its variants.</content>
    public sealed partial class NotebookSweep22Tests
    {
        private static readonly ArrayCase[] TrainingCases =
        {
            // Declined when the sweep was made (a scalar the samples' gated update carries, inside an epoch loop); right since the
            // epoch loop puts back what its samples wrote, by each sample's outcome read back from the gate's stack.
            C("S22PerceptronBias", """
                [Differentiable("w0", "b0", "rate")] public static double S22PerceptronBias(double[] w0, double b0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double b = b0;
                    for (int epoch = 0; epoch < 3; epoch++)
                        for (int s = 0; s < y.Length; s++) {
                            double score = b; for (int j = 0; j < d; j++) score += w[j] * x[s * d + j];
                            if (y[s] * score < 1) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j]; b += rate * y[s]; } }
                    double loss = b * b; for (int j = 0; j < d; j++) loss += w[j] * w[j];
                    return loss; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, -0.5, 0.5), Uniform(r, 0.05, 0.3), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
            C("S22CarriedBiasAlways", """
                [Differentiable("w0", "b0", "rate")] public static double S22CarriedBiasAlways(double[] w0, double b0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double b = b0;
                    for (int epoch = 0; epoch < 3; epoch++)
                        for (int s = 0; s < y.Length; s++) {
                            double score = b; for (int j = 0; j < d; j++) score += w[j] * x[s * d + j];
                            if (y[s] * score < 1) { for (int j = 0; j < d; j++) w[j] += rate * (y[s] - score) * x[s * d + j]; }
                            b += 0.1 * rate * (y[s] - score); }
                    double loss = b * b; for (int j = 0; j < d; j++) loss += w[j] * w[j];
                    return loss; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, -0.5, 0.5), Uniform(r, 0.1, 0.4), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
            C("S22GatedScalarStateElse", """
                [Differentiable("w0", "rate", "b0")] public static double S22GatedScalarStateElse(double[] w0, double rate, double b0, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double b = b0; double misses = 0;
                    for (int epoch = 0; epoch < 2; epoch++)
                        for (int s = 0; s < y.Length; s++) {
                            double sc = b; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (y[s] * sc < 0.8) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j]; b += rate * y[s]; misses += 1 - y[s] * sc; }
                            else { b *= 0.95; misses -= 0.1 * sc * sc; } }
                    double l = b + misses; for (int j = 0; j < d; j++) l += w[j] * w[j];
                    return l; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, 0.1, 0.4), Uniform(r, -0.5, 0.5), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
            // Training loops: updates made only where a test holds, inside an epoch loop.
            C("S22DeadZoneLmsEpochs", """
                [Differentiable("w0", "mu")] public static double S22DeadZoneLmsEpochs(double[] w0, double mu, double[] xs, double[] ds) {
                    int m = w0.Length; double[] w = (double[])w0.Clone(); double sse = 0;
                    for (int epoch = 0; epoch < 3; epoch++)
                        for (int t = m - 1; t < xs.Length; t++) {
                            double yh = 0; for (int k = 0; k < m; k++) yh += w[k] * xs[t - k];
                            double e = ds[t] - yh;
                            if (Math.Abs(e) > 0.15) { for (int k = 0; k < m; k++) w[k] += mu * e * xs[t - k]; }
                            if (epoch == 2) sse += e * e; }
                    return sse; }
                """, (r, n) => new object[] { Vector(r, 3, -0.5, 0.5), Uniform(r, 0.05, 0.3), Vector(r, n + 2, -1, 1), Vector(r, n + 2, -1, 1) }),
            C("S22GatedMomentum", """
                [Differentiable("w0", "rate", "beta")] public static double S22GatedMomentum(double[] w0, double rate, double beta, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double[] v = new double[d];
                    for (int epoch = 0; epoch < 2; epoch++)
                        for (int s = 0; s < y.Length; s++) {
                            double e = -y[s]; for (int j = 0; j < d; j++) e += w[j] * x[s * d + j];
                            if (e * e > 0.04) { for (int j = 0; j < d; j++) { v[j] = beta * v[j] + e * x[s * d + j]; w[j] -= rate * v[j]; } } }
                    double loss = 0; for (int s = 0; s < y.Length; s++) { double e = -y[s]; for (int j = 0; j < d; j++) e += w[j] * x[s * d + j]; loss += e * e; }
                    return loss; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, 0.05, 0.3), Uniform(r, 0.5, 0.9), Vector(r, 2 * n, -1, 1), Vector(r, n, -1, 1) }),
            C("S22GatedAdam", """
                [Differentiable("w0", "lr")] public static double S22GatedAdam(double[] w0, double lr, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double[] m = new double[d]; double[] v = new double[d]; int step = 0;
                    for (int epoch = 0; epoch < 2; epoch++)
                        for (int s = 0; s < y.Length; s++) {
                            double e = -y[s]; for (int j = 0; j < d; j++) e += w[j] * x[s * d + j];
                            step++;
                            if (Math.Abs(e) > 0.1) {
                                for (int j = 0; j < d; j++) {
                                    double g = e * x[s * d + j];
                                    m[j] = 0.9 * m[j] + 0.1 * g; v[j] = 0.999 * v[j] + 0.001 * g * g;
                                    w[j] -= lr * (m[j] / (1 - Math.Pow(0.9, step))) / (Math.Sqrt(v[j] / (1 - Math.Pow(0.999, step))) + 1e-8); } } }
                    double loss = 0; for (int s = 0; s < y.Length; s++) { double e = -y[s]; for (int j = 0; j < d; j++) e += w[j] * x[s * d + j]; loss += e * e; }
                    return loss; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, 0.01, 0.1), AwayFromZero(r, 2 * n, 0.3, 1), Vector(r, n, -1, 1) }),
            C("S22GatedFeatures", """
                [Differentiable("w0", "rate")] public static double S22GatedFeatures(double[] w0, double rate, double[] x, double[] y) {
                    double[] w = (double[])w0.Clone(); double[] phi = new double[3];
                    for (int epoch = 0; epoch < 2; epoch++)
                        for (int s = 0; s < y.Length; s++) {
                            phi[0] = 1; phi[1] = x[s]; phi[2] = Math.Sin(2 * x[s]);
                            double p = 0; for (int k = 0; k < 3; k++) p += w[k] * phi[k];
                            double e = p - y[s];
                            if (e > 0.1 || e < -0.1) { for (int k = 0; k < 3; k++) w[k] -= rate * e * phi[k]; } }
                    return w[0] * w[0] + w[1] * w[2]; }
                """, (r, n) => new object[] { Vector(r, 3, -1, 1), Uniform(r, 0.1, 0.4), Vector(r, n, -1, 1), Vector(r, n, -1, 1) }),
            C("S22GatedDecay", """
                [Differentiable("w0", "lr")] public static double S22GatedDecay(double[] w0, double lr, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone();
                    for (int epoch = 0; epoch < 3; epoch++) {
                        for (int s = 0; s < y.Length; s++) {
                            double sc = 0; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (y[s] * sc < 0.5) { for (int j = 0; j < d; j++) w[j] += lr * (y[s] - sc) * x[s * d + j]; } }
                        lr *= 0.7; }
                    double l = 0; for (int j = 0; j < d; j++) l += Math.Exp(0.5 * w[j]);
                    return l; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, 0.1, 0.4), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
            C("S22GatedThenLoss", """
                [Differentiable("w0", "rate")] public static double S22GatedThenLoss(double[] w0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double trace = 0;
                    for (int epoch = 0; epoch < 2; epoch++)
                        for (int s = 0; s < y.Length; s++) {
                            double sc = 0; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (y[s] * sc < 1) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j]; }
                            double after = 0; for (int j = 0; j < d; j++) after += w[j] * x[s * d + j];
                            trace += Math.Log(1 + Math.Exp(-y[s] * after)); }
                    return trace; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, 0.1, 0.4), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
            C("S22GatedWhileEpochs", """
                [Differentiable("w0", "rate")] public static double S22GatedWhileEpochs(double[] w0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); int epoch = 0;
                    while (epoch < 3) {
                        for (int s = 0; s < y.Length; s++) {
                            double sc = 0; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (y[s] * sc < 1) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j]; } }
                        epoch++; }
                    double l = 0; for (int j = 0; j < d; j++) l += w[j] * w[j] * w0[j];
                    return l; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, 0.1, 0.4), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
            C("S22GatedThreeLevels", """
                [Differentiable("w0", "rate")] public static double S22GatedThreeLevels(double[] w0, double rate, double[] x, double[] y, int batch) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); int nb = y.Length / batch;
                    for (int epoch = 0; epoch < 2; epoch++)
                        for (int b = 0; b < nb; b++)
                            for (int i = 0; i < batch; i++) {
                                int s = b * batch + i;
                                double sc = 0; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                                double e = sc - y[s];
                                if (Math.Abs(e) > 0.2) { for (int j = 0; j < d; j++) w[j] -= rate * e * x[s * d + j]; } }
                    double l = 0; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 1);
                    return l; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, 0.1, 0.4), Vector(r, 4 * n, -1, 1), Vector(r, 2 * n, -1, 1), 2 }),
            C("S22MiniBatchClip", """
                [Differentiable("w0", "lr", "clip")] public static double S22MiniBatchClip(double[] w0, double lr, double clip, double[] x, double[] y, int batch) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double[] g = new double[d]; int nb = y.Length / batch;
                    for (int epoch = 0; epoch < 2; epoch++)
                        for (int b = 0; b < nb; b++) {
                            for (int j = 0; j < d; j++) g[j] = 0;
                            for (int i = b * batch; i < (b + 1) * batch; i++) { double e = -y[i]; for (int j = 0; j < d; j++) e += w[j] * x[i * d + j]; for (int j = 0; j < d; j++) g[j] += e * x[i * d + j] / batch; }
                            double norm = 0; for (int j = 0; j < d; j++) norm += g[j] * g[j]; norm = Math.Sqrt(norm);
                            if (norm > clip) { for (int j = 0; j < d; j++) g[j] *= clip / norm; }
                            for (int j = 0; j < d; j++) w[j] -= lr * g[j]; }
                    double loss = 0; for (int i = 0; i < y.Length; i++) { double e = -y[i]; for (int j = 0; j < d; j++) e += w[j] * x[i * d + j]; loss += e * e; }
                    return loss; }
                """, (r, n) => new object[] { Vector(r, 2, -1.5, 1.5), Uniform(r, 0.2, 0.6), Uniform(r, 0.2, 0.6), Vector(r, 4 * n, -1, 1), Vector(r, 2 * n, -1, 1), 2 }),
            C("S22GatedNormalizedUpdate", """
                [Differentiable("w0", "rate")] public static double S22GatedNormalizedUpdate(double[] w0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone();
                    for (int epoch = 0; epoch < 2; epoch++)
                        for (int s = 0; s < y.Length; s++) {
                            double sc = 0; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (y[s] * sc < 1) {
                                double nrm = 0; for (int j = 0; j < d; j++) nrm += w[j] * w[j];
                                for (int j = 0; j < d; j++) w[j] = (w[j] + rate * y[s] * x[s * d + j]) / (1 + rate * nrm); } }
                    double l = 0; for (int j = 0; j < d; j++) l += (w[j] + 1) * (w[j] + 1) * (j + 2);
                    return l; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, 0.1, 0.4), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
            C("S22PerceptronContinue", """
                [Differentiable("w0", "rate")] public static double S22PerceptronContinue(double[] w0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone();
                    for (int epoch = 0; epoch < 3; epoch++)
                        for (int s = 0; s < y.Length; s++) {
                            double sc = 0; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (y[s] * sc >= 1) continue;
                            for (int j = 0; j < d; j++) w[j] += rate * (y[s] - 0.5 * sc) * x[s * d + j]; }
                    double l = 0; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 1) + w[j];
                    return l; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, 0.1, 0.4), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
            C("S22BiasAsElementEpochs", """
                [Differentiable("w0", "rate")] public static double S22BiasAsElementEpochs(double[] w0, double rate, double[] x, double[] y) {
                    int d = w0.Length - 1; double[] w = (double[])w0.Clone();
                    for (int epoch = 0; epoch < 3; epoch++)
                        for (int s = 0; s < y.Length; s++) {
                            double score = w[d]; for (int j = 0; j < d; j++) score += w[j] * x[s * d + j];
                            if (y[s] * score < 1) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j]; w[d] += rate * y[s]; } }
                    double loss = 0; for (int j = 0; j <= d; j++) loss += w[j] * w[j] * (j + 1);
                    return loss; }
                """, (r, n) => new object[] { Vector(r, 3, -1, 1), Uniform(r, 0.1, 0.4), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
            C("S22HingeChoiceEpochs", """
                [Differentiable("w0", "rate", "lambda")] public static double S22HingeChoiceEpochs(double[] w0, double rate, double lambda, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone();
                    for (int epoch = 0; epoch < 2; epoch++)
                        for (int s = 0; s < y.Length; s++) {
                            double m = 0; for (int j = 0; j < d; j++) m += w[j] * x[s * d + j];
                            double push = y[s] * m < 1 ? y[s] : 0;
                            for (int j = 0; j < d; j++) w[j] -= rate * (lambda * w[j] - push * x[s * d + j]); }
                    double obj = 0;
                    for (int s = 0; s < y.Length; s++) { double m = 0; for (int j = 0; j < d; j++) m += w[j] * x[s * d + j]; obj += Math.Log(1 + Math.Exp(-y[s] * m)); }
                    for (int j = 0; j < d; j++) obj += 0.5 * lambda * w[j] * w[j];
                    return obj; }
                """, (r, n) => new object[] { Vector(r, 2, -1.5, 1.5), Uniform(r, 0.05, 0.3), Uniform(r, 0.05, 0.5), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
            C("S22GatedHelperScore", """
                [Differentiable("w", "b")] public static double S22Score(double[] w, double b, double[] x, int s) { double t = b; for (int j = 0; j < w.Length; j++) t += w[j] * x[s * w.Length + j]; return t; }
                [Differentiable("w0", "rate")] public static double S22GatedHelperScore(double[] w0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone();
                    for (int epoch = 0; epoch < 2; epoch++)
                        for (int s = 0; s < y.Length; s++) {
                            double sc = S22Score(w, 0.1, x, s);
                            if (y[s] * sc < 1) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j]; } }
                    double l = 0; for (int j = 0; j < d; j++) l += Math.Exp(w[j]);
                    return l; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, 0.1, 0.4), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
            C("S22GatedDescendingCoupled", """
                [Differentiable("w0", "rate")] public static double S22GatedDescendingCoupled(double[] w0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone();
                    for (int epoch = 0; epoch < 2; epoch++)
                        for (int s = 0; s < y.Length; s++) {
                            double sc = 0; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            double e = sc - y[s];
                            if (e * e > 0.02) { for (int j = d - 1; j >= 0; j--) w[j] -= rate * (e * x[s * d + j] + 0.1 * w[(j + 1) % d]); } }
                    double l = 0; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 1) - w[j];
                    return l; }
                """, (r, n) => new object[] { Vector(r, 3, -1, 1), Uniform(r, 0.1, 0.4), Vector(r, 3 * n, -1, 1), Vector(r, n, -1, 1) }),
            C("S22GatedForeachOrder", """
                [Differentiable("w0", "rate")] public static double S22GatedForeachOrder(double[] w0, double rate, double[] x, double[] y, int[] order) {
                    int d = w0.Length; double[] w = (double[])w0.Clone();
                    for (int epoch = 0; epoch < 2; epoch++)
                        foreach (int s in order) {
                            double sc = 0; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (Math.Max(0, 1 - y[s] * sc) > 0.3) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j] * (1 - y[s] * sc); } }
                    double l = 0; for (int j = 0; j < d; j++) l += Math.Log(1 + w[j] * w[j]);
                    return l; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, 0.1, 0.4), Vector(r, 2 * n, -1, 1), Signs(r, n), Enumerable.Range(0, n).OrderBy(_ => r.Next()).ToArray() }),
            C("S22GatedShrinkingPass", """
                [Differentiable("w0", "rate")] public static double S22GatedShrinkingPass(double[] w0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone();
                    for (int epoch = 0; epoch < 3; epoch++)
                        for (int s = epoch; s < y.Length - epoch; s++) {
                            double sc = 0; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (y[s] * sc < 1) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j]; } }
                    double l = 0; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 1) + Math.Sin(w[j]);
                    return l; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, 0.1, 0.4), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
            C("S22GatedRepeatCounts", """
                [Differentiable("w0", "rate")] public static double S22GatedRepeatCounts(double[] w0, double rate, double[] x, double[] y, int[] reps) {
                    int d = w0.Length; double[] w = (double[])w0.Clone();
                    for (int epoch = 0; epoch < 2; epoch++)
                        for (int s = 0; s < y.Length; s++)
                            for (int k = 0; k < reps[s]; k++) {
                                double e = -y[s]; for (int j = 0; j < d; j++) e += w[j] * x[s * d + j];
                                if (Math.Abs(e) > 0.15) { for (int j = 0; j < d; j++) w[j] -= rate * e * x[s * d + j]; } }
                    double l = 0; for (int j = 0; j < d; j++) l += (w[j] - 0.2) * (w[j] - 0.2);
                    return l; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, 0.1, 0.4), Vector(r, 2 * n, -1, 1), Vector(r, n, -1, 1), Labels(r, n, 3) }),
            C("S22GatedWhileLr", """
                [Differentiable("w0", "lr0")] public static double S22GatedWhileLr(double[] w0, double lr0, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double lr = lr0;
                    while (lr > 0.04) {
                        for (int s = 0; s < y.Length; s++) {
                            double sc = 0; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (y[s] * sc < 1) { for (int j = 0; j < d; j++) w[j] += lr * y[s] * x[s * d + j]; } }
                        lr *= 0.5; }
                    double l = 0; for (int j = 0; j < d; j++) l += w[j] * w[j] + 0.3 * w[j];
                    return l; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, 0.1, 0.5), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
            C("S22GatedPolyakAverage", """
                [Differentiable("w0", "rate")] public static double S22GatedPolyakAverage(double[] w0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double[] avg = (double[])w0.Clone();
                    for (int epoch = 0; epoch < 2; epoch++)
                        for (int s = 0; s < y.Length; s++) {
                            double sc = 0; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (y[s] * sc < 1) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j]; }
                            for (int j = 0; j < d; j++) avg[j] = 0.8 * avg[j] + 0.2 * w[j]; }
                    double l = 0; for (int j = 0; j < d; j++) l += avg[j] * avg[j] * (j + 2) + w[j];
                    return l; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, 0.1, 0.4), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
            C("S22GatedThenNormalize", """
                [Differentiable("w0", "rate")] public static double S22GatedThenNormalize(double[] w0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone();
                    for (int epoch = 0; epoch < 2; epoch++)
                        for (int s = 0; s < y.Length; s++) {
                            double sc = 0; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (y[s] * sc < 1) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j]; } }
                    double nrm = 0; for (int j = 0; j < d; j++) nrm += w[j] * w[j]; nrm = Math.Sqrt(nrm);
                    for (int j = 0; j < d; j++) w[j] /= nrm;
                    double l = 0; for (int s = 0; s < y.Length; s++) { double sc = 0; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j]; l += Math.Log(1 + Math.Exp(-y[s] * sc)); }
                    return l + w[0]; }
                """, (r, n) => new object[] { AwayFromZero(r, 2, 0.3, 1), Uniform(r, 0.1, 0.4), Vector(r, 2 * n, -1, 1), Signs(r, n) }),
            C("S22GatedSparseIndices", """
                [Differentiable("w0", "rate")] public static double S22GatedSparseIndices(double[] w0, double rate, double[] vals, int[] idx, double[] y) {
                    double[] w = (double[])w0.Clone(); int k = 3;
                    for (int epoch = 0; epoch < 3; epoch++)
                        for (int s = 0; s < y.Length; s++) {
                            double sc = 0; for (int q = 0; q < k; q++) sc += w[idx[s * k + q]] * vals[s * k + q];
                            if (y[s] * sc < 1) { for (int q = 0; q < k; q++) w[idx[s * k + q]] = w[idx[s * k + q]] * (1 - 0.1 * rate) + rate * y[s] * vals[s * k + q]; } }
                    double l = 0; for (int j = 0; j < w.Length; j++) l += w[j] * w[j] * (j + 1) + 0.5 * w[j];
                    return l; }
                """, (r, n) => new object[] { Vector(r, 4, -1, 1), Uniform(r, 0.1, 0.4), Vector(r, 3 * n, -1, 1), Labels(r, 3 * n, 4), Signs(r, n) }),
            C("S22NesterovMiniBatch", """
                [Differentiable("w0", "lr", "mom")] public static double S22NesterovMiniBatch(double[] w0, double lr, double mom, double[] x, double[] y, int[] order) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double[] v = new double[d]; double[] look = new double[d]; double[] g = new double[d]; int bs = 2;
                    for (int epoch = 0; epoch < 2; epoch++)
                        for (int b = 0; b + bs <= order.Length; b += bs) {
                            for (int j = 0; j < d; j++) { look[j] = w[j] + mom * v[j]; g[j] = 0; }
                            for (int q = b; q < b + bs; q++) { int i = order[q]; double e = -y[i]; for (int j = 0; j < d; j++) e += look[j] * x[i * d + j]; for (int j = 0; j < d; j++) g[j] += e * x[i * d + j]; }
                            for (int j = 0; j < d; j++) { v[j] = mom * v[j] - lr * g[j]; w[j] += v[j]; } }
                    double loss = 0; for (int i = 0; i < y.Length; i++) { double e = -y[i]; for (int j = 0; j < d; j++) e += w[j] * x[i * d + j]; loss += e * e; }
                    return loss; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, 0.05, 0.2), Uniform(r, 0.5, 0.9), Vector(r, 2 * n, -1, 1), Vector(r, n, -1, 1), Enumerable.Range(0, n).OrderBy(_ => r.Next()).ToArray() }),
            C("S22RmsProp", """
                [Differentiable("w0", "lr", "rho")] public static double S22RmsProp(double[] w0, double lr, double rho, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone(); double[] s2 = new double[d]; double[] g = new double[d];
                    for (int it = 0; it < 3; it++) {
                        for (int j = 0; j < d; j++) g[j] = 0.01 * w[j];
                        for (int i = 0; i < y.Length; i++) { double e = -y[i]; for (int j = 0; j < d; j++) e += w[j] * x[i * d + j]; for (int j = 0; j < d; j++) g[j] += e * x[i * d + j]; }
                        for (int j = 0; j < d; j++) { s2[j] = rho * s2[j] + (1 - rho) * g[j] * g[j]; w[j] -= lr * g[j] / Math.Sqrt(s2[j] + 1e-6); } }
                    double loss = 0; for (int i = 0; i < y.Length; i++) { double e = -y[i]; for (int j = 0; j < d; j++) e += w[j] * x[i * d + j]; loss += e * e; }
                    return loss + w[0] * w[0]; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, 0.01, 0.1), Uniform(r, 0.8, 0.95), Vector(r, 2 * n, -1, 1), Vector(r, n, -1, 1) }),
        };
    }
}
