using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// More shapes of local arrays updated in place (issue 10), each (double[] w, double x) at points away from the
    /// kinks at zero: elements read into locals and overwritten afterwards, writes on branches, counters stepped by
    /// hand, loops counting down or by two, buffers refilled by an outer loop, and the updates of common numerical code.
    /// </summary>
    public static class InPlaceVariantCases
    {
        public static readonly ArrayCase[] All =
        {
            // An element kept in a local, then overwritten from it: the reverse loop puts the element back before it recomputes the local.
            Case("IvReadOldInLocal", """
                [Differentiable]
                public static double IvReadOldInLocal(double[] w, double x)
                {
                    double[] t = new double[w.Length];
                    for (int i = 0; i < w.Length; i++) t[i] = Math.Sin(w[i]);
                    double s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        double old = t[i];
                        t[i] = old * old * x + w[i];
                        s += old * t[i];
                    }
                    foreach (double v in t) s += v * x;
                    return s;
                }
                """),

            // Three writes of one element in an iteration, with locals read between them.
            Case("IvTwoWritesSameElement", """
                [Differentiable]
                public static double IvTwoWritesSameElement(double[] w, double x)
                {
                    double[] t = new double[w.Length];
                    double s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        t[i] = w[i] * x;
                        double a = t[i] * t[i];
                        t[i] = Math.Exp(t[i]);
                        double b = t[i] + a;
                        t[i] = t[i] * b;
                        s += a * b + t[i];
                    }
                    return s;
                }
                """),

            // Two arrays, each read into a local before the iteration writes the next element of one and the current of the other.
            Case("IvTwoArraysUndo", """
                [Differentiable]
                public static double IvTwoArraysUndo(double[] w, double x)
                {
                    double[] a = new double[w.Length + 1];
                    double[] b = new double[w.Length + 1];
                    double s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        double u = a[i] + b[i + 1] + w[i];
                        a[i + 1] = u * x;
                        b[i] = Math.Sin(u);
                        s += u * a[i + 1] * b[i];
                    }
                    return s;
                }
                """),

            // Read into a local, then overwritten, inside passes of an outer loop.
            Case("IvNestedReadOld", """
                [Differentiable]
                public static double IvNestedReadOld(double[] w, double x)
                {
                    double[] t = new double[w.Length];
                    for (int i = 0; i < w.Length; i++) t[i] = w[i];
                    double s = 0;
                    for (int r = 0; r < 3; r++)
                    {
                        for (int i = 0; i < w.Length; i++)
                        {
                            double old = t[i];
                            t[i] = Math.Tanh(old * x + 0.1 * r);
                            s += old * t[i];
                        }
                    }
                    return s;
                }
                """),

            // Loops counting down; an element added to from the one after it.
            Case("IvDownCounting", """
                [Differentiable]
                public static double IvDownCounting(double[] w, double x)
                {
                    double[] t = new double[w.Length];
                    for (int i = w.Length - 1; i >= 0; i--) t[i] = w[i] * x;
                    for (int i = w.Length - 1; i >= 1; i--) t[i - 1] += t[i] * x;
                    double s = 0;
                    for (int i = 0; i < w.Length; i++) s += t[i] * t[i];
                    return s;
                }
                """),

            // Loops stepping by two; odd elements from even ones, then the even ones squared in place.
            Case("IvStepTwo", """
                [Differentiable]
                public static double IvStepTwo(double[] w, double x)
                {
                    double[] t = new double[w.Length];
                    for (int i = 0; i < w.Length; i += 2) t[i] = Math.Exp(w[i] * x);
                    for (int i = 1; i < w.Length; i += 2) t[i] = t[i - 1] * x;
                    for (int i = 0; i < w.Length; i += 2) t[i] *= t[i];
                    double s = 0;
                    foreach (double v in t) s += v;
                    return s;
                }
                """),

            // An in-place update skipped by continue.
            Case("IvContinueInPlace", """
                [Differentiable]
                public static double IvContinueInPlace(double[] w, double x)
                {
                    double[] t = new double[w.Length];
                    for (int i = 0; i < w.Length; i++) t[i] = w[i] * 2;
                    double s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        if (w[i] < 0) continue;
                        t[i] = Math.Sin(t[i] * x);
                        s += t[i];
                    }
                    foreach (double v in t) s += v * v * x;
                    return s;
                }
                """),

            // In-place updates on both sides of an if.
            Case("IvBranchInPlace", """
                [Differentiable]
                public static double IvBranchInPlace(double[] w, double x)
                {
                    double[] t = new double[w.Length];
                    for (int i = 0; i < w.Length; i++) t[i] = w[i];
                    for (int i = 0; i < w.Length; i++)
                    {
                        if (w[i] > 0) t[i] = t[i] * t[i] * x;
                        else t[i] = Math.Cos(t[i]) + x;
                    }
                    double s = 0;
                    foreach (double v in t) s += v * v;
                    return s;
                }
                """),

            // An array given its elements inside a loop, updated in place and read into a local before an overwrite.
            Case("IvDeclaredInLoopInPlace", """
                [Differentiable]
                public static double IvDeclaredInLoopInPlace(double[] w, double x)
                {
                    double s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        double[] t = { w[i], x, w[i] * x };
                        for (int k = 0; k < 3; k++) t[k] = Math.Sin(t[k]) + t[(k + 1) % 3];
                        double old = t[0];
                        t[0] = t[1] * t[2];
                        s += old * t[0] + t[1];
                    }
                    return s;
                }
                """),

            // An element chosen by a counter the body steps on a branch: t[k] = t[k] * x + w[i].
            Case("IvMovingIndex", """
                [Differentiable]
                public static double IvMovingIndex(double[] w, double x)
                {
                    double[] t = new double[w.Length + 1];
                    int k = 0;
                    double s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        t[k] = t[k] * x + w[i];
                        s += t[k] * t[k];
                        if (w[i] > 0) k++;
                    }
                    return s;
                }
                """),

            // Read by one loop (at i and i + 1), overwritten by a later one, read again.
            Case("IvCrossLoopOverwrite", """
                [Differentiable]
                public static double IvCrossLoopOverwrite(double[] w, double x)
                {
                    double[] a = new double[w.Length];
                    for (int i = 0; i < w.Length; i++) a[i] = Math.Exp(w[i] * x);
                    double s = 0;
                    for (int i = 0; i < w.Length; i++) s += a[i] * a[(i + 1) % w.Length];
                    for (int i = 0; i < w.Length; i++) a[i] = Math.Sin(a[i]) * x;
                    for (int i = 0; i < w.Length; i++) s += a[i] * w[i];
                    return s;
                }
                """),

            // Straight-line writes, reads and overwrites, then a loop reading the result.
            Case("IvTopLevelReuse", """
                [Differentiable]
                public static double IvTopLevelReuse(double[] w, double x)
                {
                    double[] a = new double[2];
                    a[0] = x * x;
                    a[1] = Math.Sin(x);
                    double p = a[0] * a[1];
                    a[0] = a[1] * p;
                    a[1] = Math.Exp(a[0]);
                    double q = a[0] + a[1] + p;
                    for (int i = 0; i < w.Length; i++) q += a[i % 2] * w[i];
                    return q;
                }
                """),

            // while loops with a counter stepped by hand, counting down in the second.
            Case("IvWhileCounterInPlace", """
                [Differentiable]
                public static double IvWhileCounterInPlace(double[] w, double x)
                {
                    double[] t = new double[w.Length];
                    int k = 0;
                    while (k < w.Length) { t[k] = w[k] * x; k++; }
                    k = w.Length - 1;
                    double s = 0;
                    while (k >= 0)
                    {
                        double o = t[k];
                        t[k] = o * o + x;
                        s += t[k] * o;
                        k--;
                    }
                    return s;
                }
                """),

            // Sums per bucket that keep growing across the passes of an outer loop, read in each pass.
            Case("IvAccumulateAcrossOuter", """
                [Differentiable]
                public static double IvAccumulateAcrossOuter(double[] w, double x)
                {
                    double[] acc = new double[3];
                    double s = 0;
                    for (int r = 0; r < 2; r++)
                    {
                        for (int i = 0; i < w.Length; i++) acc[i % 3] += w[i] * x * (r + 1);
                        for (int k = 0; k < 3; k++) s += acc[k] * acc[k];
                    }
                    return s;
                }
                """),

            // Sums per bucket reset at the start of each pass.
            Case("IvResetThenAccumulate", """
                [Differentiable]
                public static double IvResetThenAccumulate(double[] w, double x)
                {
                    double[] acc = new double[3];
                    double s = 0;
                    for (int r = 0; r < 3; r++)
                    {
                        for (int k = 0; k < 3; k++) acc[k] = 0;
                        for (int i = 0; i < w.Length; i++) acc[i % 3] += Math.Sin(w[i] * x + r);
                        for (int k = 0; k < 3; k++) s += acc[k] * acc[k];
                    }
                    return s;
                }
                """),

            // A running maximum computed in place (elements well apart: the maximum does not flip within the step).
            Case("IvRunningMaxInPlace", """
                [Differentiable]
                public static double IvRunningMaxInPlace(double[] w, double x)
                {
                    double[] t = new double[w.Length];
                    for (int i = 0; i < w.Length; i++) t[i] = w[i] * x;
                    for (int i = 1; i < w.Length; i++) t[i] = Math.Max(t[i], t[i - 1]);
                    double s = 0;
                    foreach (double v in t) s += v;
                    return s;
                }
                """, (r, n) => new object[] { Separated(r, n), Sign(r) * Uniform(r, 0.1, 0.8) }),

            // An element replaced by a ?: of its old value.
            Case("IvChoiceOnOld", """
                [Differentiable]
                public static double IvChoiceOnOld(double[] w, double x)
                {
                    double[] t = new double[w.Length];
                    for (int i = 0; i < w.Length; i++) t[i] = w[i] * x;
                    double s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        t[i] = t[i] > 0 ? t[i] * t[i] : -t[i] * x;
                        s += t[i] * w[i];
                    }
                    return s;
                }
                """),

            // A row buffer refilled for each outer iteration, then added to from its previous element.
            Case("IvHorner2D", """
                [Differentiable]
                public static double IvHorner2D(double[] w, double x)
                {
                    int n = w.Length;
                    double[] row = new double[n];
                    double s = 0;
                    for (int i = 0; i < n; i++)
                    {
                        for (int j = 0; j < n; j++) row[j] = w[(i + j) % n] * x;
                        for (int j = 1; j < n; j++) row[j] += row[j - 1] * 0.5;
                        s += row[n - 1] * row[0];
                    }
                    return s;
                }
                """),

            // Swapping pairs of elements with additions and subtractions, in place.
            Case("IvSwapLike", """
                [Differentiable]
                public static double IvSwapLike(double[] w, double x)
                {
                    double[] a = new double[w.Length];
                    for (int i = 0; i < w.Length; i++) a[i] = w[i] * x + i;
                    for (int i = 0; i + 1 < w.Length; i += 2)
                    {
                        a[i] = a[i] + a[i + 1];
                        a[i + 1] = a[i] - a[i + 1];
                        a[i] = a[i] - a[i + 1];
                    }
                    double s = 0;
                    for (int i = 0; i < w.Length; i++) s += a[i] * (i + 1) * w[i];
                    return s;
                }
                """),

            // Softmax in place: exponentials, then divided by their sum.
            Case("IvSoftmax", """
                [Differentiable]
                public static double IvSoftmax(double[] w, double x)
                {
                    double[] z = new double[w.Length];
                    for (int i = 0; i < w.Length; i++) z[i] = w[i] * x;
                    double m = 0;
                    for (int i = 0; i < w.Length; i++) m = Math.Max(m, z[i]);
                    double se = 0;
                    for (int i = 0; i < w.Length; i++) { z[i] = Math.Exp(z[i] - m); se += z[i]; }
                    for (int i = 0; i < w.Length; i++) z[i] /= se;
                    double s = 0;
                    for (int i = 0; i < w.Length; i++) s += z[i] * (i + 1);
                    return s;
                }
                """),

            // A vector divided by its norm in place.
            Case("IvNormalize", """
                [Differentiable]
                public static double IvNormalize(double[] w, double x)
                {
                    double[] v = new double[w.Length];
                    for (int i = 0; i < w.Length; i++) v[i] = w[i] + x;
                    double nrm = 1e-3;
                    for (int i = 0; i < w.Length; i++) nrm += v[i] * v[i];
                    nrm = Math.Sqrt(nrm);
                    for (int i = 0; i < w.Length; i++) v[i] /= nrm;
                    double s = 0;
                    for (int i = 0; i < w.Length; i++) s += v[i] * Math.Cos(i + x);
                    return s;
                }
                """),

            // Momentum and parameters updated in place over a few steps.
            Case("IvAdamLike", """
                [Differentiable]
                public static double IvAdamLike(double[] w, double x)
                {
                    double[] m = new double[w.Length];
                    double[] p = new double[w.Length];
                    for (int i = 0; i < w.Length; i++) p[i] = w[i];
                    double loss = 0;
                    for (int step = 0; step < 3; step++)
                    {
                        for (int i = 0; i < w.Length; i++)
                        {
                            double g = 2 * (p[i] - x);
                            m[i] = 0.9 * m[i] + 0.1 * g;
                            p[i] -= 0.1 * m[i];
                        }
                        for (int i = 0; i < w.Length; i++) loss += (p[i] - x) * (p[i] - x);
                    }
                    return loss;
                }
                """),

            // No loop: an element kept in a local, then overwritten.
            Case("IvReadOldAfterUpdateTop", """
                [Differentiable]
                public static double IvReadOldAfterUpdateTop(double[] w, double x)
                {
                    double[] a = { x, 2 * x, 3 };
                    double old = a[1];
                    a[1] = a[1] * a[0];
                    return old * a[1] + a[2] * w.Length;
                }
                """),

            // A running product computed in place.
            Case("IvPrefixProdInPlace", """
                [Differentiable]
                public static double IvPrefixProdInPlace(double[] w, double x)
                {
                    double[] t = new double[w.Length];
                    for (int i = 0; i < w.Length; i++) t[i] = 1 + w[i] * x;
                    for (int i = 1; i < w.Length; i++) t[i] *= t[i - 1];
                    double s = 0;
                    for (int i = 0; i < w.Length; i++) s += t[i];
                    return s;
                }
                """),

            // An array declared after the last loop, a reduction: its two sweeps stay apart.
            Case("IvArrayAfterReduction", """
                [Differentiable]
                public static double IvArrayAfterReduction(double[] w, double x)
                {
                    double s = 0;
                    for (int i = 0; i < w.Length; i++) s += w[i] * w[i] * x;
                    double[] a = new double[1];
                    a[0] = s * 2;
                    return a[0] * a[0];
                }
                """),

            // An element read by the last loop, a reduction, then overwritten after it.
            Case("IvOverwrittenAfterReduction", """
                [Differentiable]
                public static double IvOverwrittenAfterReduction(double[] w, double x)
                {
                    double[] t = { x, 1 };
                    double s = 0;
                    for (int i = 0; i < w.Length; i++) s += t[0] * w[i];
                    t[0] = Math.Sin(x);
                    return s + t[0] * t[0];
                }
                """),

            // An array given its elements from the result of the last loop.
            Case("IvGivenAfterReduction", """
                [Differentiable]
                public static double IvGivenAfterReduction(double[] w, double x)
                {
                    double s = 0;
                    for (int i = 0; i < w.Length; i++) s += w[i] * x;
                    double[] a = { s, s * s };
                    return a[0] + a[1];
                }
                """),
        };

        private static ArrayCase Case(string name, string source, System.Func<System.Random, int, object[]>? arguments = null) =>
            new ArrayCase(name, source, arguments ?? ((r, n) => new object[] { AwayFromZero(r, n, 0.1, 1), Sign(r) * Uniform(r, 0.1, 0.8) }));
    }
}
