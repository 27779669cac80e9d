using System;
using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>
    /// An adversarial pass over gates around stacked gates (commit d154468: InForce combines a loop's own gate, early stopping
    /// or a gating if, with the stacked gates of loops inside it, and gives a loop inside a gate on demand so the loop around
    /// it can put its writes back by the stacked outcomes). Per-element gates (for (i ...) if (g[i] > 0) a[i] = f(a[i])) in an
    /// iteration that reads the elements first, one, two and three loops deep; early stopping of the outer loop before inner
    /// gated loops, with and without reads in the inner iteration, on the elements or on a parameter, three gates deep; an outer
    /// gating if (or its else) around one or two gated loops, beside an outer rescale; gates on different arrays at different
    /// levels; two arrays under one inner gate, under two tests, in two loops; the gated loop inside an if on the counter or a
    /// parameter; computed indices (a[(i + it) % n], gate too); gate tests on data, on a parameter, on an outer local, on an
    /// array the outer loop writes, on the counters' parity, on a scalar the gated writes change; a gate within a gate;
    /// samples' stacked gate beside a per-element gate under early stopping; 600 and 30 x 20 iterations (the stacks grow);
    /// seven float twins. All accepted ones are right against Richardson differences at smooth points
    /// (<see cref="NotebookSweep22Tests.Smooth"/>); none was found wrong, uncompilable or crashing.
    /// Declined (DIFF015), documented: early stopping in a loop inside another (GgStopTwoDeep), a break gate in the inner
    /// loop (GgInnerBreakGate). Not said by the page: the outer loop's early stopping and an if of its body together
    /// (GgStopAndIfAndInner; each alone is accepted, GgStopBeforeUnread, GgOuterIfAroundInner, and three deep with the break
    /// one level up, GgThreeGates); an inner gate written as if (test) continue; (GgContinueGate), though the page says
    /// such a continue "is read as the gate" in exactly this shape (the if form, GgBase, is accepted); a second array under
    /// the inner gate that the outer iteration reads first when the inner iteration also reads the first array before its
    /// write (GgOwnUndoAndOtherArray, its twin named z, GgOwnUndoBothRead; without the inner read, GgTwoArraysOneReadFirst,
    /// accepted).
    /// </summary>
    public sealed class GatesAroundGatesReviewTests
    {
        private static ArrayCase C(string name, string source, Func<Random, int, object[]> args, int[]? sizes = null)
        {
            ArrayCase c = null!;
            c = new ArrayCase(name, source, args) { Sizes = sizes ?? ArrayCase.WithEmpty, Accept = p => NotebookSweep22Tests.Smooth(c, p) };
            return c;
        }

        /// <summary>a0 (n), y, g (n): the per-element shapes' arguments.</summary>
        private static object[] A(Random r, int n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1), Vector(r, n, -1, 1) };

        /// <summary>a0 (n), b0 (n), y, g (n), h (n).</summary>
        private static object[] AB(Random r, int n) => new object[] { Vector(r, n, -1, 1), Vector(r, n, -1, 1), Uniform(r, -1, 1), Vector(r, n, -1, 1), Vector(r, n, -1, 1) };

        internal static readonly ArrayCase[] All =
        {
            C("GgBase", """
                [Differentiable("a0", "y")] public static double GgBase(double[] a0, double y, double[] g) {
                    int n = a0.Length; double[] a = (double[])a0.Clone(); double s = 0;
                    for (int it = 0; it < 3; it++) {
                        double e = 0; for (int i = 0; i < n; i++) e += a[i] * a[i];
                        s += e * y;
                        for (int i = 0; i < n; i++) if (g[i] > 0) a[i] = Math.Sin(a[i] + y); }
                    double t = 0; for (int i = 0; i < n; i++) t += a[i] * (i + 1);
                    return s + t; }
                """, A),
            C("GgTwoDeep", """
                [Differentiable("a0", "y")] public static double GgTwoDeep(double[] a0, double y, double[] g) {
                    int n = a0.Length; double[] a = (double[])a0.Clone(); double s = 0;
                    for (int r = 0; r < 2; r++)
                        for (int it = 0; it < 2; it++) {
                            double e = 0; for (int i = 0; i < n; i++) e += a[i] * a[i] * (i + 1);
                            s += e * y;
                            for (int i = 0; i < n; i++) if (g[i] > 0) a[i] = Math.Sin(a[i] + y) + 0.3 * a[i]; }
                    double t = 0; for (int i = 0; i < n; i++) t += a[i] * (i + 1);
                    return s + t; }
                """, A),
            C("GgThreeDeep", """
                [Differentiable("a0", "y")] public static double GgThreeDeep(double[] a0, double y, double[] g) {
                    int n = a0.Length; double[] a = (double[])a0.Clone(); double s = 0;
                    for (int q = 0; q < 2; q++)
                        for (int r = 0; r < 2; r++)
                            for (int it = 0; it < 2; it++) {
                                double e = 0; for (int i = 0; i < n; i++) e += a[i] * a[i];
                                s += e * y;
                                for (int i = 0; i < n; i++) if (g[i] > 0) a[i] = Math.Tanh(a[i] + y); }
                    double t = 0; for (int i = 0; i < n; i++) t += a[i] * (i + 1);
                    return s + t; }
                """, A),
            C("GgReadsAtEveryLevel", """
                [Differentiable("a0", "y")] public static double GgReadsAtEveryLevel(double[] a0, double y, double[] g) {
                    int n = a0.Length; double[] a = (double[])a0.Clone(); double s = 0;
                    for (int r = 0; r < 2; r++) {
                        double q = 0; for (int i = 0; i < n; i++) q += a[i];
                        s += q * q;
                        for (int it = 0; it < 2; it++) {
                            double e = 0; for (int i = 0; i < n; i++) e += a[i] * a[i];
                            s += e * y;
                            for (int i = 0; i < n; i++) if (g[i] > 0) a[i] = Math.Sin(a[i] + y); }
                        double p = 0; for (int i = 0; i < n; i++) p += a[i] * (i + 1);
                        s += Math.Sin(p); }
                    return s; }
                """, A),
            C("GgStopBeforeUnread", """
                [Differentiable("a0", "y")] public static double GgStopBeforeUnread(double[] a0, double y, double[] g) {
                    int n = a0.Length; double[] a = (double[])a0.Clone();
                    for (int it = 0; it < 4; it++) {
                        double size = 0; for (int i = 0; i < n; i++) size += a[i] * a[i];
                        if (size > 2) break;
                        for (int i = 0; i < n; i++) if (g[i] > 0) a[i] = a[i] * 1.4 + 0.1 * y; }
                    double t = 0; for (int i = 0; i < n; i++) t += a[i] * a[i] * (i + 1);
                    return t; }
                """, A),
            C("GgStopBeforeRead", """
                [Differentiable("a0", "y")] public static double GgStopBeforeRead(double[] a0, double y, double[] g) {
                    int n = a0.Length; double[] a = (double[])a0.Clone(); double s = 0;
                    for (int it = 0; it < 4; it++) {
                        double size = 0; for (int i = 0; i < n; i++) size += a[i] * a[i];
                        if (size > 2) break;
                        for (int i = 0; i < n; i++) { double p = a[i] * a[i] * y; s += p; if (g[i] > 0) a[i] = a[i] * 1.4 + 0.1 * p; } }
                    double t = 0; for (int i = 0; i < n; i++) t += a[i] * (i + 1);
                    return s + t; }
                """, A),
            C("GgStopBeforeTwoInner", """
                [Differentiable("a0", "y")] public static double GgStopBeforeTwoInner(double[] a0, double y, double[] g) {
                    int n = a0.Length; double[] a = (double[])a0.Clone(); double s = 0;
                    for (int it = 0; it < 4; it++) {
                        double size = 0; for (int i = 0; i < n; i++) size += a[i] * a[i];
                        s += size * y;
                        if (size > 2.5) break;
                        for (int i = 0; i < n; i++) if (g[i] > 0) a[i] = a[i] * 1.3 + 0.1 * y;
                        for (int i = 0; i < n; i++) if (g[i] < 0.5) a[i] = Math.Sin(a[i]) + 0.2 * a[i] * y; }
                    double t = 0; for (int i = 0; i < n; i++) t += a[i] * (i + 1);
                    return s + t; }
                """, A),
            C("GgStopOnParameter", """
                [Differentiable("a0", "y")] public static double GgStopOnParameter(double[] a0, double y, double[] g) {
                    int n = a0.Length; double[] a = (double[])a0.Clone(); double s = 0;
                    for (int it = 0; it < 5; it++) {
                        if (it * y > 1.5) break;
                        double e = 0; for (int i = 0; i < n; i++) e += a[i] * a[i];
                        s += e;
                        for (int i = 0; i < n; i++) if (g[i] > 0) a[i] = Math.Sin(a[i] + y); }
                    double t = 0; for (int i = 0; i < n; i++) t += a[i] * (i + 1);
                    return s + t; }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, 0.2, 1.2), Vector(r, n, -1, 1) }),
            C("GgStopTwoDeep", """
                [Differentiable("a0", "y")] public static double GgStopTwoDeep(double[] a0, double y, double[] g) {
                    int n = a0.Length; double[] a = (double[])a0.Clone(); double s = 0;
                    for (int r = 0; r < 2; r++)
                        for (int it = 0; it < 3; it++) {
                            double size = 0; for (int i = 0; i < n; i++) size += a[i] * a[i];
                            if (size > 2) break;
                            for (int i = 0; i < n; i++) if (g[i] > 0) a[i] = a[i] * 1.2 + 0.1 * y; }
                    double t = 0; for (int i = 0; i < n; i++) t += a[i] * (i + 1);
                    return s + t; }
                """, A),
            C("GgOuterIfAroundInner", """
                [Differentiable("a0", "y")] public static double GgOuterIfAroundInner(double[] a0, double y, double[] g) {
                    int n = a0.Length; double[] a = (double[])a0.Clone(); double s = 0;
                    for (int it = 0; it < 4; it++) {
                        double e = 0; for (int i = 0; i < n; i++) e += a[i] * a[i];
                        s += e * y;
                        if (e < 1.5) { for (int i = 0; i < n; i++) if (g[i] > 0) a[i] = a[i] * 1.3 + 0.2 * Math.Sin(y); } }
                    double t = 0; for (int i = 0; i < n; i++) t += a[i] * (i + 1);
                    return s + t; }
                """, A),
            C("GgOuterIfAroundTwoInner", """
                [Differentiable("a0", "y")] public static double GgOuterIfAroundTwoInner(double[] a0, double y, double[] g) {
                    int n = a0.Length; double[] a = (double[])a0.Clone(); double s = 0;
                    for (int it = 0; it < 4; it++) {
                        double e = 0; for (int i = 0; i < n; i++) e += a[i] * a[i];
                        s += e * y;
                        if (e < 1.5) {
                            for (int i = 0; i < n; i++) if (g[i] > 0) a[i] = a[i] * 1.3 + 0.2 * Math.Sin(y);
                            for (int i = 0; i < n; i++) if (g[i] < 0.3) a[i] = a[i] * 0.9 + 0.1 * y; } }
                    double t = 0; for (int i = 0; i < n; i++) t += a[i] * (i + 1);
                    return s + t; }
                """, A),
            C("GgOuterScaleAndInner", """
                [Differentiable("a0", "y")] public static double GgOuterScaleAndInner(double[] a0, double y, double[] g) {
                    int n = a0.Length; double[] a = (double[])a0.Clone(); double s = 0;
                    for (int it = 0; it < 4; it++) {
                        double e = 0; for (int i = 0; i < n; i++) e += a[i] * a[i];
                        s += e * y;
                        if (e > 1) { for (int i = 0; i < n; i++) a[i] *= 0.7; }
                        for (int i = 0; i < n; i++) if (g[i] > 0) a[i] = a[i] * 1.3 + 0.2 * y; }
                    double t = 0; for (int i = 0; i < n; i++) t += a[i] * (i + 1);
                    return s + t; }
                """, A),
            C("GgOuterIfTwoDeep", """
                [Differentiable("a0", "y")] public static double GgOuterIfTwoDeep(double[] a0, double y, double[] g) {
                    int n = a0.Length; double[] a = (double[])a0.Clone(); double s = 0;
                    for (int r = 0; r < 2; r++)
                        for (int it = 0; it < 2; it++) {
                            double e = 0; for (int i = 0; i < n; i++) e += a[i] * a[i];
                            s += e * y;
                            if (e < 1.5) { for (int i = 0; i < n; i++) if (g[i] > 0) a[i] = a[i] * 1.3 + 0.2 * y; } }
                    double t = 0; for (int i = 0; i < n; i++) t += a[i] * (i + 1);
                    return s + t; }
                """, A),
            C("GgDifferentArraysLevels", """
                [Differentiable("a0", "b0", "y")] public static double GgDifferentArraysLevels(double[] a0, double[] b0, double y, double[] g, double[] h) {
                    int n = a0.Length; double[] a = (double[])a0.Clone(); double[] b = (double[])b0.Clone(); double s = 0;
                    for (int it = 0; it < 3; it++) {
                        double e = 0; for (int i = 0; i < n; i++) e += a[i] * b[i];
                        s += e * y;
                        if (e > 0.2) { for (int i = 0; i < n; i++) b[i] = b[i] * 0.8 + 0.1 * y; }
                        for (int i = 0; i < n; i++) if (g[i] > 0) a[i] = Math.Sin(a[i] + b[i]); }
                    double t = 0; for (int i = 0; i < n; i++) t += a[i] * (i + 1) + b[i] * b[i];
                    return s + t; }
                """, AB),
            C("GgDifferentArraysDeep", """
                [Differentiable("a0", "b0", "y")] public static double GgDifferentArraysDeep(double[] a0, double[] b0, double y, double[] g, double[] h) {
                    int n = a0.Length; double[] a = (double[])a0.Clone(); double[] b = (double[])b0.Clone(); double s = 0;
                    for (int r = 0; r < 2; r++) {
                        double q = 0; for (int i = 0; i < n; i++) q += b[i] * b[i];
                        s += q;
                        for (int i = 0; i < n; i++) if (h[i] > 0) b[i] = b[i] * 0.7 + 0.2 * y;
                        for (int it = 0; it < 2; it++) {
                            double e = 0; for (int i = 0; i < n; i++) e += a[i] * a[i] + b[i];
                            s += e * y;
                            for (int i = 0; i < n; i++) if (g[i] > 0) a[i] = Math.Sin(a[i] + y) + 0.1 * b[i]; } }
                    double t = 0; for (int i = 0; i < n; i++) t += a[i] * (i + 1) + b[i];
                    return s + t; }
                """, AB),
            C("GgTwoArraysOneReadFirst", """
                [Differentiable("a0", "b0", "y")] public static double GgTwoArraysOneReadFirst(double[] a0, double[] b0, double y, double[] g, double[] h) {
                    int n = a0.Length; double[] a = (double[])a0.Clone(); double[] b = (double[])b0.Clone(); double s = 0;
                    for (int it = 0; it < 3; it++) {
                        double e = 0; for (int i = 0; i < n; i++) e += a[i] * a[i];
                        s += e * y;
                        for (int i = 0; i < n; i++) if (g[i] > 0) { a[i] = Math.Sin(a[i] + y); b[i] = b[i] * 0.9 + a[i] * y; } }
                    double t = 0; for (int i = 0; i < n; i++) t += a[i] * (i + 1) + b[i] * b[i];
                    return s + t; }
                """, AB),
            C("GgTwoArraysTwoTests", """
                [Differentiable("a0", "b0", "y")] public static double GgTwoArraysTwoTests(double[] a0, double[] b0, double y, double[] g, double[] h) {
                    int n = a0.Length; double[] a = (double[])a0.Clone(); double[] b = (double[])b0.Clone(); double s = 0;
                    for (int it = 0; it < 3; it++) {
                        double e = 0; for (int i = 0; i < n; i++) e += a[i] * a[i];
                        s += e * y;
                        for (int i = 0; i < n; i++) { if (g[i] > 0) a[i] = Math.Sin(a[i] + y); if (h[i] > 0) b[i] = b[i] * 0.9 + y; } }
                    double t = 0; for (int i = 0; i < n; i++) t += a[i] * (i + 1) + b[i] * b[i];
                    return s + t; }
                """, AB),
            C("GgTwoArraysTwoLoops", """
                [Differentiable("a0", "b0", "y")] public static double GgTwoArraysTwoLoops(double[] a0, double[] b0, double y, double[] g, double[] h) {
                    int n = a0.Length; double[] a = (double[])a0.Clone(); double[] b = (double[])b0.Clone(); double s = 0;
                    for (int it = 0; it < 3; it++) {
                        double e = 0; for (int i = 0; i < n; i++) e += a[i] * a[i];
                        s += e * y;
                        for (int i = 0; i < n; i++) if (g[i] > 0) a[i] = Math.Sin(a[i] + y);
                        for (int i = 0; i < n; i++) if (h[i] > 0) b[i] = b[i] * 0.9 + a[i] * y; }
                    double t = 0; for (int i = 0; i < n; i++) t += a[i] * (i + 1) + b[i] * b[i];
                    return s + t; }
                """, AB),
            C("GgInnerInsideIf", """
                [Differentiable("a0", "y")] public static double GgInnerInsideIf(double[] a0, double y, double[] g) {
                    int n = a0.Length; double[] a = (double[])a0.Clone(); double s = 0;
                    for (int it = 0; it < 4; it++) {
                        double e = 0; for (int i = 0; i < n; i++) e += a[i] * a[i];
                        s += e * y;
                        if (it % 2 == 0) { for (int i = 0; i < n; i++) if (g[i] > 0) a[i] = Math.Sin(a[i] + y); } }
                    double t = 0; for (int i = 0; i < n; i++) t += a[i] * (i + 1);
                    return s + t; }
                """, A),
            C("GgInnerInsideIfOnParameter", """
                [Differentiable("a0", "y")] public static double GgInnerInsideIfOnParameter(double[] a0, double y, double[] g) {
                    int n = a0.Length; double[] a = (double[])a0.Clone(); double s = 0;
                    for (int it = 0; it < 4; it++) {
                        double e = 0; for (int i = 0; i < n; i++) e += a[i] * a[i];
                        s += e * y;
                        if (y * it < 1) { for (int i = 0; i < n; i++) if (g[i] > 0) a[i] = Math.Sin(a[i] + y); } }
                    double t = 0; for (int i = 0; i < n; i++) t += a[i] * (i + 1);
                    return s + t; }
                """, A),
            C("GgComputedIndex", """
                [Differentiable("a0", "y")] public static double GgComputedIndex(double[] a0, double y, double[] g) {
                    int n = a0.Length; double[] a = (double[])a0.Clone(); double s = 0;
                    for (int it = 0; it < 3; it++) {
                        double e = 0; for (int i = 0; i < n; i++) e += a[i] * a[i] * (i + 1);
                        s += e * y;
                        for (int i = 0; i < n; i++) if (g[i] > 0) a[(i + it) % n] = Math.Sin(a[(i + it) % n] + y); }
                    double t = 0; for (int i = 0; i < n; i++) t += a[i] * (i + 1);
                    return s + t; }
                """, A),
            C("GgComputedIndexGateToo", """
                [Differentiable("a0", "y")] public static double GgComputedIndexGateToo(double[] a0, double y, double[] g) {
                    int n = a0.Length; double[] a = (double[])a0.Clone(); double s = 0;
                    for (int it = 0; it < 3; it++) {
                        double e = 0; for (int i = 0; i < n; i++) e += a[i] * a[i] * (i + 1);
                        s += e * y;
                        for (int i = 0; i < n; i++) if (g[(i + it) % n] > 0) a[(i + 2 * it) % n] = 0.5 * a[(i + 2 * it) % n] + Math.Cos(a[(i + 2 * it) % n] * y); }
                    double t = 0; for (int i = 0; i < n; i++) t += a[i] * (i + 1);
                    return s + t; }
                """, A),
            C("GgComputedIndexStop", """
                [Differentiable("a0", "y")] public static double GgComputedIndexStop(double[] a0, double y, double[] g) {
                    int n = a0.Length; double[] a = (double[])a0.Clone(); double s = 0;
                    for (int it = 0; it < 4; it++) {
                        double e = 0; for (int i = 0; i < n; i++) e += a[i] * a[i];
                        if (e > 2) break;
                        for (int i = 0; i < n; i++) if (g[i] > 0) a[(i + it) % n] = a[(i + it) % n] * 1.3 + 0.1 * y; }
                    double t = 0; for (int i = 0; i < n; i++) t += a[i] * (i + 1);
                    return s + t; }
                """, A),
            C("GgGateOnParameter", """
                [Differentiable("a0", "y")] public static double GgGateOnParameter(double[] a0, double y, double[] g) {
                    int n = a0.Length; double[] a = (double[])a0.Clone(); double s = 0;
                    for (int it = 0; it < 3; it++) {
                        double e = 0; for (int i = 0; i < n; i++) e += a[i] * a[i];
                        s += e * y;
                        for (int i = 0; i < n; i++) if (a0[i] * y > 0.1 * it) a[i] = Math.Sin(a[i] + y); }
                    double t = 0; for (int i = 0; i < n; i++) t += a[i] * (i + 1);
                    return s + t; }
                """, A),
            C("GgGateOnOuterLocal", """
                [Differentiable("a0", "y")] public static double GgGateOnOuterLocal(double[] a0, double y, double[] g) {
                    int n = a0.Length; double[] a = (double[])a0.Clone(); double s = 0;
                    for (int it = 0; it < 3; it++) {
                        double e = 0; for (int i = 0; i < n; i++) e += a[i] * a[i];
                        s += e * y;
                        double th = e / (n + 1) - 0.3;
                        for (int i = 0; i < n; i++) if (g[i] > th) a[i] = Math.Sin(a[i] + y); }
                    double t = 0; for (int i = 0; i < n; i++) t += a[i] * (i + 1);
                    return s + t; }
                """, A),
            C("GgGateOnOtherWrittenArray", """
                [Differentiable("a0", "b0", "y")] public static double GgGateOnOtherWrittenArray(double[] a0, double[] b0, double y, double[] g, double[] h) {
                    int n = a0.Length; double[] a = (double[])a0.Clone(); double[] b = (double[])b0.Clone(); double s = 0;
                    for (int it = 0; it < 3; it++) {
                        double e = 0; for (int i = 0; i < n; i++) e += a[i] * a[i];
                        s += e * y;
                        for (int i = 0; i < n; i++) b[i] = b[i] - 0.3 + 0.1 * y;
                        for (int i = 0; i < n; i++) if (b[i] > 0) a[i] = Math.Sin(a[i] + y); }
                    double t = 0; for (int i = 0; i < n; i++) t += a[i] * (i + 1) + b[i] * b[i];
                    return s + t; }
                """, AB),
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

        internal static readonly (string Twin, string Source)[] Floats =
        {
            ("GgBase", """
                [Differentiable("a0", "y")] public static float GgBaseFloat(float[] a0, float y, float[] g) {
                    int n = a0.Length; float[] a = (float[])a0.Clone(); float s = 0;
                    for (int it = 0; it < 3; it++) {
                        float e = 0; for (int i = 0; i < n; i++) e += a[i] * a[i];
                        s += e * y;
                        for (int i = 0; i < n; i++) if (g[i] > 0) a[i] = MathF.Sin(a[i] + y); }
                    float t = 0; for (int i = 0; i < n; i++) t += a[i] * (i + 1);
                    return s + t; }
                """),
            ("GgStopBeforeRead", """
                [Differentiable("a0", "y")] public static float GgStopBeforeReadFloat(float[] a0, float y, float[] g) {
                    int n = a0.Length; float[] a = (float[])a0.Clone(); float s = 0;
                    for (int it = 0; it < 4; it++) {
                        float size = 0; for (int i = 0; i < n; i++) size += a[i] * a[i];
                        if (size > 2) break;
                        for (int i = 0; i < n; i++) { float p = a[i] * a[i] * y; s += p; if (g[i] > 0) a[i] = a[i] * 1.4f + 0.1f * p; } }
                    float t = 0; for (int i = 0; i < n; i++) t += a[i] * (i + 1);
                    return s + t; }
                """),
            ("GgOuterIfTwoDeep", """
                [Differentiable("a0", "y")] public static float GgOuterIfTwoDeepFloat(float[] a0, float y, float[] g) {
                    int n = a0.Length; float[] a = (float[])a0.Clone(); float s = 0;
                    for (int r = 0; r < 2; r++)
                        for (int it = 0; it < 2; it++) {
                            float e = 0; for (int i = 0; i < n; i++) e += a[i] * a[i];
                            s += e * y;
                            if (e < 1.5f) { for (int i = 0; i < n; i++) if (g[i] > 0) a[i] = a[i] * 1.3f + 0.2f * y; } }
                    float t = 0; for (int i = 0; i < n; i++) t += a[i] * (i + 1);
                    return s + t; }
                """),
            ("GgComputedIndex", """
                [Differentiable("a0", "y")] public static float GgComputedIndexFloat(float[] a0, float y, float[] g) {
                    int n = a0.Length; float[] a = (float[])a0.Clone(); float s = 0;
                    for (int it = 0; it < 3; it++) {
                        float e = 0; for (int i = 0; i < n; i++) e += a[i] * a[i] * (i + 1);
                        s += e * y;
                        for (int i = 0; i < n; i++) if (g[i] > 0) a[(i + it) % n] = MathF.Sin(a[(i + it) % n] + y); }
                    float t = 0; for (int i = 0; i < n; i++) t += a[i] * (i + 1);
                    return s + t; }
                """),
            ("GgDifferentArraysDeep", """
                [Differentiable("a0", "b0", "y")] public static float GgDifferentArraysDeepFloat(float[] a0, float[] b0, float y, float[] g, float[] h) {
                    int n = a0.Length; float[] a = (float[])a0.Clone(); float[] b = (float[])b0.Clone(); float s = 0;
                    for (int r = 0; r < 2; r++) {
                        float q = 0; for (int i = 0; i < n; i++) q += b[i] * b[i];
                        s += q;
                        for (int i = 0; i < n; i++) if (h[i] > 0) b[i] = b[i] * 0.7f + 0.2f * y;
                        for (int it = 0; it < 2; it++) {
                            float e = 0; for (int i = 0; i < n; i++) e += a[i] * a[i] + b[i];
                            s += e * y;
                            for (int i = 0; i < n; i++) if (g[i] > 0) a[i] = MathF.Sin(a[i] + y) + 0.1f * b[i]; } }
                    float t = 0; for (int i = 0; i < n; i++) t += a[i] * (i + 1) + b[i];
                    return s + t; }
                """),
            ("GgManyIterationsDeep", """
                [Differentiable("a0", "y")] public static float GgManyIterationsDeepFloat(float[] a0, float y, float[] g) {
                    int n = a0.Length; float[] a = (float[])a0.Clone(); float s = 0;
                    for (int r = 0; r < 30; r++) {
                        float size = 0; for (int i = 0; i < n; i++) size += a[i] * a[i];
                        if (size > 50) break;
                        for (int it = 0; it < 20; it++) {
                            float e = 0; for (int i = 0; i < n; i++) e += a[i] * a[i];
                            s += 0.01f * e * y;
                            for (int i = 0; i < n; i++) if (g[(i + it) % n] > 0) a[i] = 0.98f * a[i] + 0.02f * MathF.Sin(a[i] + y); } }
                    float t = 0; for (int i = 0; i < n; i++) t += a[i] * (i + 1);
                    return s + t; }
                """),
            ("GgStopBeforeUnread", """
                [Differentiable("a0", "y")] public static float GgStopBeforeUnreadFloat(float[] a0, float y, float[] g) {
                    int n = a0.Length; float[] a = (float[])a0.Clone();
                    for (int it = 0; it < 4; it++) {
                        float size = 0; for (int i = 0; i < n; i++) size += a[i] * a[i];
                        if (size > 2) break;
                        for (int i = 0; i < n; i++) if (g[i] > 0) a[i] = a[i] * 1.4f + 0.1f * y; }
                    float t = 0; for (int i = 0; i < n; i++) t += a[i] * a[i] * (i + 1);
                    return t; }
                """),
        };

        /// <summary>Declined with DIFF015, each with the message's start.</summary>
        internal static readonly Dictionary<string, string> Declined = new Dictionary<string, string>
        {
            ["GgStopTwoDeep"] = ReadOverwritten,
            ["GgInnerBreakGate"] = ReadOverwritten,
            ["GgStopAndIfAndInner"] = ReadOverwritten,
            ["GgContinueGate"] = ReadOverwritten,
            ["GgOwnUndoAndOtherArray"] = ReadOverwrittenB,
            ["GgOwnUndoAndOtherArrayZ"] = ReadOverwrittenB,
            ["GgOwnUndoBothRead"] = ReadOverwrittenB,
        };

        private const string ReadOverwritten = "Reading an element of the local array 'a' into a value that the same loop iteration overwrites afterwards";

        private const string ReadOverwrittenB = "Reading an element of the local array 'b' into a value that the same loop iteration overwrites afterwards";

        internal static IEnumerable<ArrayCase> Accepted => All.Where(c => !Declined.ContainsKey(c.Name));

        public static TheoryData<string> AcceptedNames() => new TheoryData<string>(Accepted.Select(c => c.Name));

        public static TheoryData<string> DeclinedNames() => new TheoryData<string>(Declined.Keys);

        public static TheoryData<int> FloatIndexes() => new TheoryData<int>(Enumerable.Range(0, Floats.Length));

        [Theory]
        [MemberData(nameof(AcceptedNames))]
        public void Gradient_and_partials_match_finite_differences(string name) => ArrayGradientTests.Check(All.Single(c => c.Name == name));

        [Theory]
        [MemberData(nameof(FloatIndexes))]
        public void Float_gradient_matches_its_double_twin(int i)
        {
            ArrayCase twin = All.Single(c => c.Name == Floats[i].Twin);
            ArrayGradientTests.Check(ArrayCase.FloatTwinOf(twin, Floats[i].Source), twin);
        }

        [Theory]
        [MemberData(nameof(DeclinedNames))]
        public void Gates_around_gates_the_generator_declines(string name)
        {
            ArrayCase c = All.Single(d => d.Name == name);
            var diagnostics = GeneratorHarness.Analyze(CompiledCase.SourceOf(c));
            Assert.True(
                diagnostics.Length > 0 && diagnostics.All(d => d.Id == "DIFF015") && diagnostics.Any(d => d.GetMessage().StartsWith(Declined[name], StringComparison.Ordinal)),
                name + ":\n" + string.Join("\n", diagnostics));
        }

        [Fact]
        public void Every_case_is_named_once()
        {
            Assert.Equal(All.Length, All.Select(c => c.Name).Distinct().Count());
            Assert.All(Declined.Keys, k => Assert.Contains(All, c => c.Name == k));
        }
    }
}
