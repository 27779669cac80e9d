using System;
using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Review
{
    /// <content>The review's cases, first half.</content>
    public sealed partial class GatesAroundGatesReviewTests
    {
        private static readonly ArrayCase[] CasesPart1 =
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
        };
    }
}
