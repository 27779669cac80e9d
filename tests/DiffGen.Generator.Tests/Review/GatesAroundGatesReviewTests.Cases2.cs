using System;
using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>The review's cases, second half.</content>
    public sealed partial class GatesAroundGatesReviewTests
    {
        private static readonly ArrayCase[] CasesPart2 =
        {
            C("GgContinueGate", """
                [Differentiable("a0", "y")] public static double GgContinueGate(double[] a0, double y, double[] g) {
                    int n = a0.Length; double[] a = (double[])a0.Clone(); double s = 0;
                    for (int it = 0; it < 3; it++) {
                        double e = 0; for (int i = 0; i < n; i++) e += a[i] * a[i];
                        s += e * y;
                        for (int i = 0; i < n; i++) { if (g[i] <= 0) continue; a[i] = Math.Sin(a[i] + y); } }
                    double t = 0; for (int i = 0; i < n; i++) t += a[i] * (i + 1);
                    return s + t; }
                """, A),
            C("GgNeighbourRead", """
                [Differentiable("a0", "y")] public static double GgNeighbourRead(double[] a0, double y, double[] g) {
                    int n = a0.Length; double[] a = (double[])a0.Clone(); double s = 0;
                    for (int it = 0; it < 3; it++) {
                        double e = 0; for (int i = 0; i < n; i++) e += a[i] * a[i];
                        s += e * y;
                        for (int i = 0; i < n; i++) if (g[i] > 0) a[i] = Math.Sin(a[i] + 0.5 * a[(i + 1) % n] + y); }
                    double t = 0; for (int i = 0; i < n; i++) t += a[i] * (i + 1);
                    return s + t; }
                """, A),
            C("GgReadAfterOnly", """
                [Differentiable("a0", "y")] public static double GgReadAfterOnly(double[] a0, double y, double[] g) {
                    int n = a0.Length; double[] a = (double[])a0.Clone(); double s = 0;
                    for (int it = 0; it < 3; it++) {
                        for (int i = 0; i < n; i++) if (g[i] > 0) a[i] = Math.Sin(a[i] + y);
                        double e = 0; for (int i = 0; i < n; i++) e += a[i] * a[i];
                        s += e * y; }
                    return s; }
                """, A),
            C("GgWhileOuterStop", """
                [Differentiable("a0", "y")] public static double GgWhileOuterStop(double[] a0, double y, double[] g) {
                    int n = a0.Length; double[] a = (double[])a0.Clone(); double s = 0; int it = 0;
                    while (it < 4) {
                        double e = 0; for (int i = 0; i < n; i++) e += a[i] * a[i];
                        if (e > 2) break;
                        s += e * y;
                        for (int i = 0; i < n; i++) if (g[i] > 0) a[i] = a[i] * 1.3 + 0.1 * y;
                        it++; }
                    double t = 0; for (int i = 0; i < n; i++) t += a[i] * (i + 1);
                    return s + t; }
                """, A),
            C("GgStopAndIfAndInner", """
                [Differentiable("a0", "y")] public static double GgStopAndIfAndInner(double[] a0, double y, double[] g) {
                    int n = a0.Length; double[] a = (double[])a0.Clone(); double s = 0;
                    for (int it = 0; it < 4; it++) {
                        double e = 0; for (int i = 0; i < n; i++) e += a[i] * a[i];
                        if (e > 3) break;
                        s += e * y;
                        if (e > 0.5) { for (int i = 0; i < n; i++) if (g[i] > 0) a[i] = a[i] * 1.3 + 0.1 * y; } }
                    double t = 0; for (int i = 0; i < n; i++) t += a[i] * (i + 1);
                    return s + t; }
                """, A),
            C("GgInnerNestedCounting", """
                [Differentiable("a0", "y")] public static double GgInnerNestedCounting(double[] a0, double y, double[] g) {
                    int n = a0.Length; double[] a = (double[])a0.Clone(); double s = 0;
                    for (int it = 0; it < 3; it++) {
                        double e = 0; for (int i = 0; i < n; i++) e += a[i] * a[i];
                        s += e * y;
                        for (int i = 0; i < n; i++) if (g[i] > 0) { for (int k = 0; k < 2; k++) a[i] = Math.Sin(a[i] + y * (k + 1)); } }
                    double t = 0; for (int i = 0; i < n; i++) t += a[i] * (i + 1);
                    return s + t; }
                """, A),
            C("GgManyIterations", """
                [Differentiable("a0", "y")] public static double GgManyIterations(double[] a0, double y, double[] g) {
                    int n = a0.Length; double[] a = (double[])a0.Clone(); double s = 0;
                    for (int it = 0; it < 600; it++) {
                        double e = 0; for (int i = 0; i < n; i++) e += a[i] * a[i];
                        s += 0.01 * e * y;
                        for (int i = 0; i < n; i++) if (g[(i + it) % n] > 0) a[i] = 0.98 * a[i] + 0.02 * Math.Sin(a[i] + y); }
                    double t = 0; for (int i = 0; i < n; i++) t += a[i] * (i + 1);
                    return s + t; }
                """, A),
            C("GgManyIterationsDeep", """
                [Differentiable("a0", "y")] public static double GgManyIterationsDeep(double[] a0, double y, double[] g) {
                    int n = a0.Length; double[] a = (double[])a0.Clone(); double s = 0;
                    for (int r = 0; r < 30; r++) {
                        double size = 0; for (int i = 0; i < n; i++) size += a[i] * a[i];
                        if (size > 50) break;
                        for (int it = 0; it < 20; it++) {
                            double e = 0; for (int i = 0; i < n; i++) e += a[i] * a[i];
                            s += 0.01 * e * y;
                            for (int i = 0; i < n; i++) if (g[(i + it) % n] > 0) a[i] = 0.98 * a[i] + 0.02 * Math.Sin(a[i] + y); } }
                    double t = 0; for (int i = 0; i < n; i++) t += a[i] * (i + 1);
                    return s + t; }
                """, A),
            C("GgOwnUndoAndOtherArray", """
                [Differentiable("a0", "b0", "y")] public static double GgOwnUndoAndOtherArray(double[] a0, double[] b0, double y, double[] g, double[] h) {
                    int n = a0.Length; double[] a = (double[])a0.Clone(); double[] b = (double[])b0.Clone(); double s = 0;
                    for (int it = 0; it < 3; it++) {
                        double e = 0; for (int i = 0; i < n; i++) e += b[i] * b[i];
                        s += e * y;
                        for (int i = 0; i < n; i++) { double p = a[i] * a[i]; s += p * y; if (g[i] > 0) { a[i] = Math.Sin(a[i] + y); b[i] = b[i] * 0.9 + p; } } }
                    double t = 0; for (int i = 0; i < n; i++) t += a[i] * (i + 1) + b[i] * b[i];
                    return s + t; }
                """, AB),
            C("GgOwnUndoAndOtherArrayZ", """
                [Differentiable("z0", "b0", "y")] public static double GgOwnUndoAndOtherArrayZ(double[] z0, double[] b0, double y, double[] g, double[] h) {
                    int n = z0.Length; double[] z = (double[])z0.Clone(); double[] b = (double[])b0.Clone(); double s = 0;
                    for (int it = 0; it < 3; it++) {
                        double e = 0; for (int i = 0; i < n; i++) e += b[i] * b[i];
                        s += e * y;
                        for (int i = 0; i < n; i++) { double p = z[i] * z[i]; s += p * y; if (g[i] > 0) { z[i] = Math.Sin(z[i] + y); b[i] = b[i] * 0.9 + p; } } }
                    double t = 0; for (int i = 0; i < n; i++) t += z[i] * (i + 1) + b[i] * b[i];
                    return s + t; }
                """, AB),
            C("GgOwnUndoBothRead", """
                [Differentiable("a0", "b0", "y")] public static double GgOwnUndoBothRead(double[] a0, double[] b0, double y, double[] g, double[] h) {
                    int n = a0.Length; double[] a = (double[])a0.Clone(); double[] b = (double[])b0.Clone(); double s = 0;
                    for (int it = 0; it < 3; it++) {
                        double e = 0; for (int i = 0; i < n; i++) e += b[i] * b[i] + a[i];
                        s += e * y;
                        for (int i = 0; i < n; i++) { double p = a[i] * a[i]; s += p * y; if (g[i] > 0) { a[i] = Math.Sin(a[i] + y); b[i] = b[i] * 0.9 + p; } } }
                    double t = 0; for (int i = 0; i < n; i++) t += a[i] * (i + 1) + b[i] * b[i];
                    return s + t; }
                """, AB),
            C("GgGatedLoopInCountingLoop", """
                [Differentiable("a0", "y")] public static double GgGatedLoopInCountingLoop(double[] a0, double y, double[] g) {
                    int n = a0.Length; double[] a = (double[])a0.Clone(); double s = 0;
                    for (int it = 0; it < 3; it++) {
                        double e = 0; for (int i = 0; i < n; i++) e += a[i] * a[i];
                        s += e * y;
                        for (int k = 0; k < 2; k++)
                            for (int i = 0; i < n; i++) if (g[i] > 0.3 * k) a[i] = Math.Sin(a[i] + y * (k + 1)); }
                    double t = 0; for (int i = 0; i < n; i++) t += a[i] * (i + 1);
                    return s + t; }
                """, A),
            C("GgMixedEveryAndGated", """
                [Differentiable("a0", "y")] public static double GgMixedEveryAndGated(double[] a0, double y, double[] g) {
                    int n = a0.Length; double[] a = (double[])a0.Clone(); double s = 0;
                    for (int it = 0; it < 3; it++) {
                        double e = 0; for (int i = 0; i < n; i++) e += a[i] * a[i];
                        s += e * y;
                        for (int i = 0; i < n; i++) { a[i] *= 0.9 + 0.1 * y; if (g[i] > 0) a[i] = Math.Sin(a[i] + y); } }
                    double t = 0; for (int i = 0; i < n; i++) t += a[i] * (i + 1);
                    return s + t; }
                """, A),
            C("GgNestedIfsInner", """
                [Differentiable("a0", "b0", "y")] public static double GgNestedIfsInner(double[] a0, double[] b0, double y, double[] g, double[] h) {
                    int n = a0.Length; double[] a = (double[])a0.Clone(); double s = 0;
                    for (int it = 0; it < 3; it++) {
                        double e = 0; for (int i = 0; i < n; i++) e += a[i] * a[i];
                        s += e * y;
                        for (int i = 0; i < n; i++) { if (g[i] > 0) { if (h[i] > -0.5) a[i] = Math.Sin(a[i] + y); } } }
                    double t = 0; for (int i = 0; i < n; i++) t += a[i] * (i + 1);
                    return s + t + b0[0 % Math.Max(1, b0.Length)] * 0; }
                """, AB, new[] { 1, 2, 3, 4 }),
            C("GgInnerInElse", """
                [Differentiable("a0", "y")] public static double GgInnerInElse(double[] a0, double y, double[] g) {
                    int n = a0.Length; double[] a = (double[])a0.Clone(); double s = 0;
                    for (int it = 0; it < 4; it++) {
                        double e = 0; for (int i = 0; i < n; i++) e += a[i] * a[i];
                        s += e * y;
                        if (e > 2) { s += 1; } else { for (int i = 0; i < n; i++) if (g[i] > 0) a[i] = a[i] * 1.3 + 0.2 * y; } }
                    double t = 0; for (int i = 0; i < n; i++) t += a[i] * (i + 1);
                    return s + t; }
                """, A),
            C("GgInnerBreakGate", """
                [Differentiable("a0", "y")] public static double GgInnerBreakGate(double[] a0, double y, double[] g) {
                    int n = a0.Length; double[] a = (double[])a0.Clone(); double s = 0;
                    for (int it = 0; it < 3; it++) {
                        double e = 0; for (int i = 0; i < n; i++) e += a[i] * a[i];
                        s += e * y;
                        for (int i = 0; i < n; i++) { if (g[i] > 0.6) break; a[i] = Math.Sin(a[i] + y); } }
                    double t = 0; for (int i = 0; i < n; i++) t += a[i] * (i + 1);
                    return s + t; }
                """, A),
            C("GgThreeGates", """
                [Differentiable("a0", "y")] public static double GgThreeGates(double[] a0, double y, double[] g) {
                    int n = a0.Length; double[] a = (double[])a0.Clone(); double s = 0;
                    for (int r = 0; r < 3; r++) {
                        double size = 0; for (int i = 0; i < n; i++) size += a[i] * a[i];
                        if (size > 3) break;
                        for (int it = 0; it < 2; it++) {
                            double e = 0; for (int i = 0; i < n; i++) e += a[i] * a[i];
                            s += e * y;
                            if (e < 1.5) { for (int i = 0; i < n; i++) if (g[i] > 0) a[i] = a[i] * 1.2 + 0.1 * y; } } }
                    double t = 0; for (int i = 0; i < n; i++) t += a[i] * (i + 1);
                    return s + t; }
                """, A),
            C("GgStopOnOtherArray", """
                [Differentiable("a0", "b0", "y")] public static double GgStopOnOtherArray(double[] a0, double[] b0, double y, double[] g, double[] h) {
                    int n = a0.Length; double[] a = (double[])a0.Clone(); double[] b = (double[])b0.Clone(); double s = 0;
                    for (int it = 0; it < 4; it++) {
                        double size = 0; for (int i = 0; i < n; i++) size += b[i] * b[i];
                        if (size > 2) break;
                        for (int i = 0; i < n; i++) b[i] = b[i] * 1.2 + 0.05;
                        double e = 0; for (int i = 0; i < n; i++) e += a[i] * a[i];
                        s += e * y;
                        for (int i = 0; i < n; i++) if (g[i] > 0) a[i] = Math.Sin(a[i] + y + b[i]); }
                    double t = 0; for (int i = 0; i < n; i++) t += a[i] * (i + 1) + b[i];
                    return s + t; }
                """, AB),
            C("GgBoundFromOuter", """
                [Differentiable("a0", "y")] public static double GgBoundFromOuter(double[] a0, double y, double[] g) {
                    int n = a0.Length; double[] a = (double[])a0.Clone(); double s = 0;
                    for (int it = 0; it < 3; it++) {
                        double e = 0; for (int i = 0; i < n; i++) e += a[i] * a[i];
                        s += e * y;
                        int m = Math.Min(n, it + 1);
                        for (int i = 0; i < m; i++) if (g[i] > 0) a[i] = Math.Sin(a[i] + y); }
                    double t = 0; for (int i = 0; i < n; i++) t += a[i] * (i + 1);
                    return s + t; }
                """, A),
            C("GgStackedAndOuterIfSameArrayIndexIt", """
                [Differentiable("a0", "y")] public static double GgStackedAndOuterIfSameArrayIndexIt(double[] a0, double y, double[] g) {
                    int n = a0.Length; double[] a = (double[])a0.Clone(); double s = 0;
                    for (int it = 0; it < 4; it++) {
                        double e = 0; for (int i = 0; i < n; i++) e += a[i] * a[i];
                        s += e * y;
                        if (e > 1) { a[it % n] = a[it % n] * 0.5; }
                        for (int i = 0; i < n; i++) if (g[(i + it) % n] > 0) a[i] = Math.Sin(a[i] + y) * 1.2; }
                    double t = 0; for (int i = 0; i < n; i++) t += a[i] * (i + 1);
                    return s + t; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1), Vector(r, n, -1, 1) }, new[] { 1, 2, 3, 4 }),
            C("GgSamplesAndElems", """
                [Differentiable("w0", "rate")] public static double GgSamplesAndElems(double[] w0, double rate, double[] x, double[] y) {
                    int d = w0.Length; double[] w = (double[])w0.Clone();
                    for (int epoch = 0; epoch < 3; epoch++) {
                        double n2 = 0; for (int j = 0; j < d; j++) n2 += w[j] * w[j];
                        if (n2 > 3) break;
                        for (int s = 0; s < y.Length; s++) {
                            double sc = 0; for (int j = 0; j < d; j++) sc += w[j] * x[s * d + j];
                            if (y[s] * sc < 1) { for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j]; } }
                        for (int j = 0; j < d; j++) if (x[j % x.Length] > 0) w[j] = Math.Tanh(w[j]) * 1.5; }
                    double l = 0; for (int j = 0; j < d; j++) l += w[j] * w[j] * (j + 1) + w[j];
                    return l; }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, 0.05, 0.3), Vector(r, 2 * n + 2, -1, 1), Enumerable.Range(0, n).Select(_ => Sign(r)).ToArray() }),
            C("GgGateWithinGateElems", """
                [Differentiable("a0", "y")] public static double GgGateWithinGateElems(double[] a0, double y, double[] g) {
                    int n = a0.Length; double[] a = (double[])a0.Clone(); double s = 0;
                    for (int it = 0; it < 3; it++) {
                        double e = 0; for (int i = 0; i < n; i++) e += a[i] * a[i];
                        s += e * y;
                        for (int q = 0; q < n; q++) { if (g[q] > -0.3) { for (int i = 0; i < n; i++) if (g[i] * (q + 1) > 0.2) a[i] = Math.Sin(a[i] + 0.3 * y); } } }
                    double t = 0; for (int i = 0; i < n; i++) t += a[i] * (i + 1);
                    return s + t; }
                """, A),
            C("GgInnerCarriedCounter", """
                [Differentiable("a0", "y")] public static double GgInnerCarriedCounter(double[] a0, double y, double[] g) {
                    int n = a0.Length; double[] a = (double[])a0.Clone(); double s = 0;
                    for (int it = 0; it < 3; it++) {
                        double e = 0; for (int i = 0; i < n; i++) e += a[i] * a[i];
                        s += e * y;
                        double c = -0.5;
                        for (int i = 0; i < n; i++) if (g[i] > c) { a[i] = Math.Sin(a[i] + y); c += 0.4; } }
                    double t = 0; for (int i = 0; i < n; i++) t += a[i] * (i + 1);
                    return s + t; }
                """, A),
            C("GgParityGate", """
                [Differentiable("a0", "y")] public static double GgParityGate(double[] a0, double y, double[] g) {
                    int n = a0.Length; double[] a = (double[])a0.Clone(); double s = 0;
                    for (int it = 0; it < 4; it++) {
                        double e = 0; for (int i = 0; i < n; i++) e += a[i] * a[i] * (i + 1);
                        s += e * y;
                        for (int i = 0; i < n; i++) if ((i + it) % 2 == 0) a[i] = Math.Sin(a[i] + y); }
                    double t = 0; for (int i = 0; i < n; i++) t += a[i] * (i + 1);
                    return s + t; }
                """, A),
            C("GgRowsUnderGate", """
                [Differentiable("a0", "y")] public static double GgRowsUnderGate(double[] a0, double y, double[] g) {
                    int n = a0.Length / 2; double[] a = (double[])a0.Clone(); double s = 0;
                    for (int it = 0; it < 3; it++) {
                        double e = 0; for (int i = 0; i < 2 * n; i++) e += a[i] * a[i];
                        s += e * y;
                        for (int i = 0; i < n; i++) if (g[i] > 0) { for (int k = 0; k < 2; k++) a[i * 2 + k] = Math.Sin(a[i * 2 + k] + y * (k + 1)); } }
                    double t = 0; for (int i = 0; i < a.Length; i++) t += a[i] * (i + 1);
                    return s + t; }
                """, (r, n) => new object[] { Vector(r, 2 * n, -1, 1), Uniform(r, -1, 1), Vector(r, n, -1, 1) }),
            C("GgReverseInner", """
                [Differentiable("a0", "y")] public static double GgReverseInner(double[] a0, double y, double[] g) {
                    int n = a0.Length; double[] a = (double[])a0.Clone(); double s = 0;
                    for (int it = 0; it < 3; it++) {
                        double e = 0; for (int i = 0; i < n; i++) e += a[i] * a[i] * (i + 1);
                        s += e * y;
                        for (int i = n - 1; i >= 0; i--) if (g[i] > 0) a[i] = Math.Sin(a[i] + y); }
                    double t = 0; for (int i = 0; i < n; i++) t += a[i] * (i + 1);
                    return s + t; }
                """, A),
            C("GgStopBeforeReadTwoDeepIf", """
                [Differentiable("a0", "y")] public static double GgStopBeforeReadTwoDeepIf(double[] a0, double y, double[] g) {
                    int n = a0.Length; double[] a = (double[])a0.Clone(); double s = 0;
                    for (int it = 0; it < 4; it++) {
                        double size = 0; for (int i = 0; i < n; i++) size += a[i] * a[i];
                        if (size > 3) break;
                        for (int r = 0; r < 2; r++) {
                            double e = 0; for (int i = 0; i < n; i++) e += a[i] * a[i];
                            s += e * y;
                            for (int i = 0; i < n; i++) { double p = a[i] * y; s += p * p; if (g[i] > 0) a[i] = a[i] * 1.2 + 0.1 * p; } } }
                    double t = 0; for (int i = 0; i < n; i++) t += a[i] * (i + 1);
                    return s + t; }
                """, A),
        };
    }
}
