using System;
using System.Linq;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// Adversarial review of undoing writes in loops nested in a recomputed iteration (ArrayOverwrites.Undo.cs,
    /// GradientWriter.UndoWrites / UndoneBackwards): a pass of a loop reads a local array, then overwrites its elements in
    /// counting loops of its own; the reverse sweep runs those loops backwards over the tape before it computes the pass
    /// again. Loops counting down, triangular nests, bounds read from locals of the pass or carried between passes, two
    /// arrays, the same array written twice, while and do loops, two levels of units, calls, stackalloc, float twins.
    /// Wrong or not compiling (KnownBugs.Open): two passes nested in each other with a bound or index that is a local of the
    /// outer pass (NurTwoLevelsOuterBound, NurTwoLevelsOuterIndex: CS0841); a bound or index, as the pass began, that tests
    /// an element a write of the pass changes (NurSelfBoundViaLocal, NurStopBinBound, NurSelfIndexViaLocal,
    /// NurCrossArrayBound, NurCrossArrayBoundViaLocal), and two older ones of the same kind (NurCrossArrayIndexPlain,
    /// NurIndexTestsWrittenElement). Declined shapes are in KnownBugs.NotSupportedYet.
    /// </summary>
    public static class NestedUndoReviewCases
    {
        private static object[] XY(Random r, int n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) };

        public static readonly ArrayCase[] Double =
        {
            // The plain shape: a sum over w, then every element of w changed from itself and the sum.
            new ArrayCase("NurPlain", """
                [Differentiable]
                public static double NurPlain(double[] x, double y)
                {
                    int n = x.Length;
                    var w = new double[n];
                    for (int i = 0; i < n; i++) w[i] = x[i];
                    double s = 0;
                    for (int it = 0; it < 3; it++)
                    {
                        double e = 0;
                        for (int k = 0; k < n; k++) e += w[k] * w[k];
                        s += e * y;
                        for (int k = 0; k < n; k++) w[k] = Math.Sin(w[k] + 0.1 * y * e);
                    }
                    return s;
                }
                """, XY),

            // The overwriting loop counts down.
            new ArrayCase("NurCountDown", """
                [Differentiable]
                public static double NurCountDown(double[] x, double y)
                {
                    int n = x.Length;
                    var w = new double[n];
                    for (int i = 0; i < n; i++) w[i] = x[i];
                    double s = 0;
                    for (int it = 0; it < 3; it++)
                    {
                        double e = 0;
                        for (int k = 0; k < n; k++) e += w[k] * (k + 1);
                        s += e * e * y;
                        for (int k = n - 1; k >= 0; k--) w[k] = 0.8 * w[k] + 0.1 * y * e * (k + 1);
                    }
                    return s;
                }
                """, XY),

            // Counting up, reading the element below that the loop has just changed (a running recurrence).
            new ArrayCase("NurRecurrenceUp", """
                [Differentiable]
                public static double NurRecurrenceUp(double[] x, double y)
                {
                    int n = x.Length;
                    var w = new double[n];
                    for (int i = 0; i < n; i++) w[i] = x[i];
                    double s = 0;
                    for (int it = 0; it < 3; it++)
                    {
                        double e = 0;
                        for (int k = 0; k < n; k++) e += w[k];
                        s += Math.Sin(e) * y;
                        for (int k = 1; k < n; k++) w[k] = 0.5 * w[k - 1] + w[k] * y * 0.7;
                    }
                    return s;
                }
                """, XY),

            // Gauss–Seidel sweeps: each element from its neighbours, one already changed, one not.
            new ArrayCase("NurGaussSeidel", """
                [Differentiable]
                public static double NurGaussSeidel(double[] x, double y)
                {
                    int n = x.Length;
                    var u = new double[n];
                    for (int i = 0; i < n; i++) u[i] = x[i];
                    double s = 0;
                    for (int sweep = 0; sweep < 3; sweep++)
                    {
                        double r = 0;
                        for (int k = 1; k < n - 1; k++) { double d = u[k - 1] - 2 * u[k] + u[k + 1]; r += d * d; }
                        s += r * y + u[0];
                        for (int k = 1; k < n - 1; k++) u[k] = 0.5 * (u[k - 1] + u[k + 1]) + 0.1 * y * u[k];
                    }
                    return s;
                }
                """, XY) { Sizes = ArrayCase.NonEmpty },

            // A triangular nest whose inner loop starts after the outer counter (an elimination's row updates).
            new ArrayCase("NurTriangular", """
                [Differentiable]
                public static double NurTriangular(double[] x, double y)
                {
                    int n = x.Length;
                    var w = new double[n];
                    for (int i = 0; i < n; i++) w[i] = x[i];
                    double s = 0;
                    for (int it = 0; it < 2; it++)
                    {
                        double e = 0;
                        for (int k = 0; k < n; k++) e += w[k] * w[k];
                        s += e * y;
                        for (int j = 0; j < n; j++)
                        {
                            for (int k = j + 1; k < n; k++) w[k] -= 0.1 * y * w[j];
                        }
                    }
                    return s;
                }
                """, XY),

            // The triangular nest backwards: the inner loop counts down from the outer counter.
            new ArrayCase("NurTriangularDown", """
                [Differentiable]
                public static double NurTriangularDown(double[] x, double y)
                {
                    int n = x.Length;
                    var w = new double[n];
                    for (int i = 0; i < n; i++) w[i] = x[i];
                    double s = 0;
                    for (int it = 0; it < 2; it++)
                    {
                        double e = 0;
                        for (int k = 0; k < n; k++) e += Math.Sin(w[k]);
                        s += e * y;
                        for (int j = n - 1; j >= 0; j--)
                        {
                            for (int k = j; k >= 0; k--) w[k] = w[k] * 0.9 + 0.05 * e * w[j];
                        }
                    }
                    return s;
                }
                """, XY),

            // An inner loop counting down to just above the outer counter, reading the element below.
            new ArrayCase("NurTriangularDownAbove", """
                [Differentiable]
                public static double NurTriangularDownAbove(double[] x, double y)
                {
                    int n = x.Length;
                    var w = new double[n];
                    for (int i = 0; i < n; i++) w[i] = x[i];
                    double s = 0;
                    for (int it = 0; it < 2; it++)
                    {
                        double e = 0;
                        for (int k = 0; k < n; k++) e += w[k];
                        s += Math.Tanh(e) * y;
                        for (int j = 0; j < n; j++)
                        {
                            for (int k = n - 1; k > j; k--) w[k] = w[k] + 0.2 * y * w[k - 1];
                        }
                    }
                    return s;
                }
                """, XY),

            // The overwriting loop's bound is an integer local the pass declares before it, from the pass's counter.
            new ArrayCase("NurBoundLocalOfPass", """
                [Differentiable]
                public static double NurBoundLocalOfPass(double[] x, double y)
                {
                    int n = x.Length;
                    var w = new double[n];
                    for (int i = 0; i < n; i++) w[i] = x[i];
                    double s = 0;
                    for (int it = 0; it < 4; it++)
                    {
                        int m = n - it;
                        double e = 0;
                        for (int k = 0; k < n; k++) e += w[k] * w[k];
                        s += e * y;
                        for (int k = 0; k < m; k++) w[k] *= 1 + 0.1 * y * Math.Sin(e);
                    }
                    return s;
                }
                """, XY),

            // The bound is an integer local changed between passes, after the overwriting loop (lim++).
            new ArrayCase("NurBoundCarriedAfter", """
                [Differentiable]
                public static double NurBoundCarriedAfter(double[] x, double y)
                {
                    int n = x.Length;
                    var w = new double[n];
                    for (int i = 0; i < n; i++) w[i] = x[i];
                    double s = 0;
                    int lim = 1;
                    for (int it = 0; it < 4; it++)
                    {
                        double e = 0;
                        for (int k = 0; k < n; k++) e += w[k] * w[k];
                        s += e * y;
                        for (int k = 0; k < Math.Min(lim, n); k++) w[k] = Math.Cos(w[k] * y + 0.1 * e);
                        lim++;
                    }
                    return s;
                }
                """, XY),

            // The carried bound changed at the start of the pass, before the reads and the overwriting loop.
            new ArrayCase("NurBoundCarriedBefore", """
                [Differentiable]
                public static double NurBoundCarriedBefore(double[] x, double y)
                {
                    int n = x.Length;
                    var w = new double[n];
                    for (int i = 0; i < n; i++) w[i] = x[i];
                    double s = 0;
                    int lim = 0;
                    for (int it = 0; it < 4; it++)
                    {
                        lim++;
                        double e = 0;
                        for (int k = 0; k < n; k++) e += w[k] * w[k];
                        s += e * y;
                        for (int k = 0; k < Math.Min(lim, n); k++) w[k] = w[k] * y + 0.2 * Math.Sin(e);
                    }
                    return s;
                }
                """, XY),

            // The carried bound copied into a local of the pass, then changed before the overwriting loop.
            new ArrayCase("NurBoundCarriedCopied", """
                [Differentiable]
                public static double NurBoundCarriedCopied(double[] x, double y)
                {
                    int n = x.Length;
                    var w = new double[n];
                    for (int i = 0; i < n; i++) w[i] = x[i];
                    double s = 0;
                    int lim = 0;
                    for (int it = 0; it < 4; it++)
                    {
                        int m = Math.Min(lim, n);
                        lim = lim + 1;
                        double e = 0;
                        for (int k = 0; k < n; k++) e += w[k] * w[k];
                        s += e * y;
                        for (int k = 0; k < m; k++) w[k] = w[k] * y + 0.2 * Math.Sin(e);
                    }
                    return s;
                }
                """, XY),

            // The bound is the array's Length.
            new ArrayCase("NurBoundLength", """
                [Differentiable]
                public static double NurBoundLength(double[] x, double y)
                {
                    var w = new double[x.Length + 1];
                    for (int i = 0; i < x.Length; i++) w[i] = x[i];
                    w[x.Length] = y;
                    double s = 0;
                    for (int it = 0; it < 3; it++)
                    {
                        double e = 0;
                        for (int k = 0; k < w.Length; k++) e += w[k] * w[k];
                        s += e;
                        for (int k = 0; k < w.Length; k++) w[k] = w[k] / (1 + 0.1 * e);
                    }
                    return s;
                }
                """, XY),

            // The bound is the Length of a local array the pass makes anew.
            new ArrayCase("NurBoundLengthOfPassArray", """
                [Differentiable]
                public static double NurBoundLengthOfPassArray(double[] x, double y)
                {
                    int n = x.Length;
                    var w = new double[n];
                    for (int i = 0; i < n; i++) w[i] = x[i];
                    double s = 0;
                    for (int it = 0; it < 3; it++)
                    {
                        var t = new double[n - it > 0 ? n - it : 0];
                        for (int k = 0; k < t.Length; k++) t[k] = w[k] * y;
                        double e = 0;
                        for (int k = 0; k < t.Length; k++) e += t[k] * w[k];
                        s += e;
                        for (int k = 0; k < t.Length; k++) w[k] = w[k] * 0.7 + 0.1 * t[k];
                    }
                    return s;
                }
                """, XY),

            // The write's offset is carried between passes, changed after the overwriting loop.
            new ArrayCase("NurIndexCarriedOffset", """
                [Differentiable]
                public static double NurIndexCarriedOffset(double[] x, double y)
                {
                    int n = x.Length;
                    var w = new double[n];
                    for (int i = 0; i < n; i++) w[i] = x[i];
                    double s = 0;
                    int off = 0;
                    for (int it = 0; it < 4; it++)
                    {
                        double e = 0;
                        for (int k = 0; k < n; k++) e += w[k] * w[k];
                        s += e * y;
                        for (int k = 0; k < 2; k++) w[(off + k) % n] = w[(off + k) % n] * y + 0.1 * e;
                        off = (off + 1) % n;
                    }
                    return s;
                }
                """, XY) { Sizes = ArrayCase.NonEmpty },

            // The write's index is an integer local declared inside the nested loop (declined: named in the message).
            new ArrayCase("NurIndexLocalInNested", """
                [Differentiable]
                public static double NurIndexLocalInNested(double[] x, double y)
                {
                    int n = x.Length;
                    var w = new double[n];
                    for (int i = 0; i < n; i++) w[i] = x[i];
                    double s = 0;
                    for (int it = 0; it < 3; it++)
                    {
                        double e = 0;
                        for (int k = 0; k < n; k++) e += w[k] * w[k];
                        s += e * y;
                        for (int k = 0; k < n; k++)
                        {
                            int idx = n - 1 - k;
                            w[idx] = w[idx] * 0.8 + 0.1 * y;
                        }
                    }
                    return s;
                }
                """, XY),

            // A flat matrix updated row by row: the index reads two counters.
            new ArrayCase("NurFlatMatrix", """
                [Differentiable]
                public static double NurFlatMatrix(double[] x, double y)
                {
                    int n = x.Length;
                    var A = new double[n * n];
                    for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) A[i * n + j] = x[i] * x[j] + (i == j ? 1 : 0);
                    double s = 0;
                    for (int it = 0; it < 2; it++)
                    {
                        double tr = 0;
                        for (int i = 0; i < n; i++) tr += A[i * n + i];
                        s += tr * y;
                        for (int i = 0; i < n; i++)
                        {
                            for (int j = 0; j < n; j++) A[i * n + j] = A[i * n + j] * 0.9 + 0.05 * y * A[j * n + i];
                        }
                    }
                    return s;
                }
                """, XY),

            // Two arrays read, then each overwritten in a loop of its own.
            new ArrayCase("NurTwoArrays", """
                [Differentiable]
                public static double NurTwoArrays(double[] x, double y)
                {
                    int n = x.Length;
                    var u = new double[n];
                    var v = new double[n];
                    for (int i = 0; i < n; i++) { u[i] = x[i]; v[i] = 1 - x[i]; }
                    double s = 0;
                    for (int it = 0; it < 3; it++)
                    {
                        double e = 0;
                        for (int k = 0; k < n; k++) e += u[k] * v[k];
                        s += e * y;
                        for (int k = 0; k < n; k++) u[k] = u[k] + 0.1 * y * v[k];
                        for (int k = n - 1; k >= 0; k--) v[k] = v[k] - 0.1 * e * u[k];
                    }
                    return s;
                }
                """, XY),

            // One array undone in plain statements, another in a nested loop, in the same pass.
            new ArrayCase("NurPlainAndNestedArrays", """
                [Differentiable]
                public static double NurPlainAndNestedArrays(double[] x, double y)
                {
                    int n = x.Length;
                    var u = new double[n];
                    var c = new double[2];
                    for (int i = 0; i < n; i++) u[i] = x[i];
                    c[0] = y; c[1] = 1;
                    double s = 0;
                    for (int it = 0; it < 3; it++)
                    {
                        double e = c[0] * c[1];
                        for (int k = 0; k < n; k++) e += u[k] * u[k];
                        s += e;
                        c[0] = c[0] * 0.5 + 0.1 * e;
                        c[1] = Math.Sin(c[1] + y);
                        for (int k = 0; k < n; k++) u[k] = u[k] * c[1];
                    }
                    return s;
                }
                """, XY),

            // The same array written directly, then in a nested loop.
            new ArrayCase("NurDirectThenNested", """
                [Differentiable]
                public static double NurDirectThenNested(double[] x, double y)
                {
                    int n = x.Length;
                    var w = new double[n];
                    for (int i = 0; i < n; i++) w[i] = x[i];
                    double s = 0;
                    for (int it = 0; it < 3; it++)
                    {
                        double e = 0;
                        for (int k = 0; k < n; k++) e += w[k] * w[k];
                        s += e * y;
                        w[0] = w[0] * y + 0.1;
                        for (int k = 0; k < n; k++) w[k] = Math.Sin(w[k]) + 0.05 * e;
                        w[n - 1] = w[n - 1] * 0.5;
                    }
                    return s;
                }
                """, XY) { Sizes = ArrayCase.NonEmpty },

            // The same array in two nested loops of the same pass, with a read of the new values between them.
            new ArrayCase("NurTwoLoopsReadBetween", """
                [Differentiable]
                public static double NurTwoLoopsReadBetween(double[] x, double y)
                {
                    int n = x.Length;
                    var w = new double[n];
                    for (int i = 0; i < n; i++) w[i] = x[i];
                    double s = 0;
                    for (int it = 0; it < 3; it++)
                    {
                        double e = 0;
                        for (int k = 0; k < n; k++) e += w[k] * w[k];
                        for (int k = 0; k < n; k++) w[k] += 0.1 * y * e;
                        double mid = 0;
                        for (int k = 0; k < n; k++) mid += w[k];
                        for (int k = n - 1; k >= 0; k--) w[k] *= 1 + 0.1 * Math.Sin(mid);
                        s += e * y + mid * mid;
                    }
                    return s;
                }
                """, XY),

            // The overwriting loop is a while loop with a counter.
            new ArrayCase("NurWhileCounting", """
                [Differentiable]
                public static double NurWhileCounting(double[] x, double y)
                {
                    int n = x.Length;
                    var w = new double[n];
                    for (int i = 0; i < n; i++) w[i] = x[i];
                    double s = 0;
                    for (int it = 0; it < 3; it++)
                    {
                        double e = 0;
                        for (int k = 0; k < n; k++) e += w[k] * w[k];
                        s += e * y;
                        int j = 0;
                        while (j < n)
                        {
                            w[j] = w[j] * 0.8 + 0.1 * y * e;
                            j++;
                        }
                    }
                    return s;
                }
                """, XY),

            // A continue in the overwriting loop (declined).
            new ArrayCase("NurContinueInNested", """
                [Differentiable]
                public static double NurContinueInNested(double[] x, double y)
                {
                    int n = x.Length;
                    var w = new double[n];
                    for (int i = 0; i < n; i++) w[i] = x[i];
                    double s = 0;
                    for (int it = 0; it < 3; it++)
                    {
                        double e = 0;
                        for (int k = 0; k < n; k++) e += w[k] * w[k];
                        s += e * y;
                        for (int k = 0; k < n; k++)
                        {
                            if (k == 1) continue;
                            w[k] = w[k] * 0.8 + 0.1 * y * e;
                        }
                    }
                    return s;
                }
                """, XY),

            // An if on the pass's counter around the overwriting loop.
            new ArrayCase("NurIfAroundNested", """
                [Differentiable]
                public static double NurIfAroundNested(double[] x, double y)
                {
                    int n = x.Length;
                    var w = new double[n];
                    for (int i = 0; i < n; i++) w[i] = x[i];
                    double s = 0;
                    for (int it = 0; it < 4; it++)
                    {
                        double e = 0;
                        for (int k = 0; k < n; k++) e += w[k] * w[k];
                        s += e * y;
                        if (it % 2 == 0)
                        {
                            for (int k = 0; k < n; k++) w[k] = w[k] * 0.8 + 0.1 * y * e;
                        }
                    }
                    return s;
                }
                """, XY),

            // An if on the nested counter around the write.
            new ArrayCase("NurIfAroundWrite", """
                [Differentiable]
                public static double NurIfAroundWrite(double[] x, double y)
                {
                    int n = x.Length;
                    var w = new double[n];
                    for (int i = 0; i < n; i++) w[i] = x[i];
                    double s = 0;
                    for (int it = 0; it < 3; it++)
                    {
                        double e = 0;
                        for (int k = 0; k < n; k++) e += w[k] * w[k];
                        s += e * y;
                        for (int k = 0; k < n; k++)
                        {
                            if (k % 2 == 0) w[k] = w[k] * 0.8 + 0.1 * y * e;
                        }
                    }
                    return s;
                }
                """, XY),

            // Two levels of units: the outer pass reads w before its inner passes, each of which reads w then overwrites it.
            new ArrayCase("NurTwoLevels", """
                [Differentiable]
                public static double NurTwoLevels(double[] x, double y)
                {
                    int n = x.Length;
                    var w = new double[n];
                    for (int i = 0; i < n; i++) w[i] = x[i];
                    double s = 0;
                    for (int outer = 0; outer < 2; outer++)
                    {
                        double first = 0;
                        for (int k = 0; k < n; k++) first += w[k];
                        for (int inner = 0; inner < 2; inner++)
                        {
                            double e = 0;
                            for (int k = 0; k < n; k++) e += w[k] * w[k];
                            s += e * y * first;
                            for (int k = 0; k < n; k++) w[k] = Math.Sin(w[k] + 0.1 * y * e);
                        }
                    }
                    return s;
                }
                """, XY),

            // Two levels, the nested loop's bound a local of the outer pass.
            new ArrayCase("NurTwoLevelsOuterBound", """
                [Differentiable]
                public static double NurTwoLevelsOuterBound(double[] x, double y)
                {
                    int n = x.Length;
                    var w = new double[n];
                    for (int i = 0; i < n; i++) w[i] = x[i];
                    double s = 0;
                    for (int outer = 0; outer < 3; outer++)
                    {
                        int m = n - outer;
                        double first = 0;
                        for (int k = 0; k < n; k++) first += w[k];
                        for (int inner = 0; inner < 2; inner++)
                        {
                            double e = 0;
                            for (int k = 0; k < n; k++) e += w[k] * w[k];
                            s += e * y + first * inner;
                            for (int k = 0; k < m; k++) w[k] = Math.Sin(w[k] + 0.1 * y * e);
                        }
                    }
                    return s;
                }
                """, XY),

            // Two levels, a direct write of the inner pass at an index that is a local of the outer pass.
            new ArrayCase("NurTwoLevelsOuterIndex", """
                [Differentiable]
                public static double NurTwoLevelsOuterIndex(double[] x, double y)
                {
                    int n = x.Length;
                    var w = new double[n];
                    for (int i = 0; i < n; i++) w[i] = x[i];
                    double s = 0;
                    for (int outer = 0; outer < 3; outer++)
                    {
                        int at = outer % n;
                        double first = w[0] + w[n - 1];
                        for (int inner = 0; inner < 2; inner++)
                        {
                            double e = w[at] * w[at];
                            s += e * y + first * inner;
                            w[at] = Math.Sin(w[at] + 0.3 * y);
                        }
                    }
                    return s;
                }
                """, XY) { Sizes = ArrayCase.NonEmpty },

            // A [Differentiable] callee reads the array whole before the pass's loop overwrites it, and again after.
            new ArrayCase("NurCallBeforeAndAfter", """
                [Differentiable]
                public static double NurEnergy(double[] v, double c)
                {
                    double s = 0;
                    for (int k = 0; k < v.Length; k++) s += v[k] * v[k] * c;
                    return s;
                }

                [Differentiable]
                public static double NurCallBeforeAndAfter(double[] x, double y)
                {
                    int n = x.Length;
                    var w = new double[n];
                    for (int i = 0; i < n; i++) w[i] = x[i];
                    double s = 0;
                    for (int it = 0; it < 3; it++)
                    {
                        double e = NurEnergy(w, y);
                        for (int k = 0; k < n; k++) w[k] = w[k] * 0.8 + 0.1 * Math.Sin(e);
                        s += e + NurEnergy(w, 0.5);
                    }
                    return s;
                }
                """, XY),

            // A stackalloc'd array.
            new ArrayCase("NurStackalloc", """
                [Differentiable]
                public static double NurStackalloc(double[] x, double y)
                {
                    int n = x.Length;
                    Span<double> w = stackalloc double[n];
                    for (int i = 0; i < n; i++) w[i] = x[i];
                    double s = 0;
                    for (int it = 0; it < 3; it++)
                    {
                        double e = 0;
                        for (int k = 0; k < n; k++) e += w[k] * w[k];
                        s += e * y;
                        for (int k = n - 1; k >= 0; k--) w[k] = Math.Sin(w[k] + 0.1 * y * e);
                    }
                    return s;
                }
                """, XY),

            // Reads of the new values after the overwriting loop, in the same pass.
            new ArrayCase("NurReadAfterWrites", """
                [Differentiable]
                public static double NurReadAfterWrites(double[] x, double y)
                {
                    int n = x.Length;
                    var w = new double[n];
                    for (int i = 0; i < n; i++) w[i] = x[i];
                    double s = 0;
                    for (int it = 0; it < 3; it++)
                    {
                        double e = 0;
                        for (int k = 0; k < n; k++) e += w[k] * w[k];
                        for (int k = 0; k < n; k++) w[k] = w[k] * y + 0.1 * e;
                        double after = 0;
                        for (int k = 0; k < n; k++) after += w[k] * x[k];
                        s += e * after;
                    }
                    return s;
                }
                """, XY),

            // A foreach over the array before the overwriting loop.
            new ArrayCase("NurForeachBefore", """
                [Differentiable]
                public static double NurForeachBefore(double[] x, double y)
                {
                    int n = x.Length;
                    var w = new double[n];
                    for (int i = 0; i < n; i++) w[i] = x[i];
                    double s = 0;
                    for (int it = 0; it < 3; it++)
                    {
                        double e = 0;
                        foreach (double v in w) e += v * v;
                        s += e * y;
                        for (int k = 0; k < n; k++) w[k] = Math.Cos(w[k]) * y + 0.1 * e;
                    }
                    return s;
                }
                """, XY),

            // Locals named as the generated counters and tape reader would be (k2, k3, wTapeBack, wTapeTop).
            new ArrayCase("NurNamesTaken", """
                [Differentiable]
                public static double NurNamesTaken(double[] x, double y)
                {
                    int n = x.Length;
                    var w = new double[n];
                    for (int k2 = 0; k2 < n; k2++) w[k2] = x[k2];
                    double s = 0;
                    int wTapeBack = 2;
                    for (int k3 = 0; k3 < 3; k3++)
                    {
                        double wTapeTop = 0;
                        for (int k = 0; k < n; k++) wTapeTop += w[k] * w[k];
                        s += wTapeTop * y;
                        for (int k = 0; k < n; k++) w[k] = w[k] * 0.5 + 0.1 * y * wTapeTop * wTapeBack;
                        int k4 = k3 + 1;
                        s += k4 * 0.01 * w[0];
                    }
                    return s;
                }
                """, XY) { Sizes = ArrayCase.NonEmpty },

            // A long counter in the overwriting loop.
            new ArrayCase("NurLongCounter", """
                [Differentiable]
                public static double NurLongCounter(double[] x, double y)
                {
                    int n = x.Length;
                    var w = new double[n];
                    for (int i = 0; i < n; i++) w[i] = x[i];
                    double s = 0;
                    for (int it = 0; it < 3; it++)
                    {
                        double e = 0;
                        for (int k = 0; k < n; k++) e += w[k] * w[k];
                        s += e * y;
                        for (long k = 0; k < n; k++) w[k] = w[k] * 0.8 + 0.1 * y * e;
                    }
                    return s;
                }
                """, XY),

            // A long bound local of the pass.
            new ArrayCase("NurLongBoundLocal", """
                [Differentiable]
                public static double NurLongBoundLocal(double[] x, double y)
                {
                    int n = x.Length;
                    var w = new double[n];
                    for (int i = 0; i < n; i++) w[i] = x[i];
                    double s = 0;
                    for (long it = 0; it < 3; it++)
                    {
                        long m = n - it;
                        double e = 0;
                        for (int k = 0; k < n; k++) e += w[k] * w[k];
                        s += e * y;
                        for (int k = 0; k < m; k++) w[k] = w[k] * 0.8 + 0.1 * y * e;
                    }
                    return s;
                }
                """, XY),

            // The overwriting loop steps by 2.
            new ArrayCase("NurStepTwo", """
                [Differentiable]
                public static double NurStepTwo(double[] x, double y)
                {
                    int n = x.Length;
                    var w = new double[n];
                    for (int i = 0; i < n; i++) w[i] = x[i];
                    double s = 0;
                    for (int it = 0; it < 3; it++)
                    {
                        double e = 0;
                        for (int k = 0; k < n; k++) e += w[k] * w[k];
                        s += e * y;
                        for (int k = it % 2; k < n; k += 2) w[k] = w[k] * 0.8 + 0.1 * y * e;
                    }
                    return s;
                }
                """, XY),

            // Three loops deep, the innermost writing.
            new ArrayCase("NurThreeDeep", """
                [Differentiable]
                public static double NurThreeDeep(double[] x, double y)
                {
                    int n = x.Length;
                    var w = new double[n];
                    for (int i = 0; i < n; i++) w[i] = x[i];
                    double s = 0;
                    for (int it = 0; it < 2; it++)
                    {
                        double e = 0;
                        for (int k = 0; k < n; k++) e += w[k] * w[k];
                        s += Math.Sqrt(1 + e) * y;
                        for (int a = 0; a < 2; a++)
                        {
                            for (int b = a; b < n; b++)
                            {
                                for (int c = 0; c <= a; c++) w[b] = w[b] * 0.9 + 0.02 * y * w[(b + c) % n];
                            }
                        }
                    }
                    return s;
                }
                """, XY),

            // The pass loop itself counts down; the nested bound reads its counter.
            new ArrayCase("NurUnitCountsDown", """
                [Differentiable]
                public static double NurUnitCountsDown(double[] x, double y)
                {
                    int n = x.Length;
                    var w = new double[n];
                    for (int i = 0; i < n; i++) w[i] = x[i];
                    double s = 0;
                    for (int it = 3; it >= 0; it--)
                    {
                        double e = 0;
                        for (int k = 0; k < n; k++) e += w[k] * (k + 1);
                        s += e * e * y;
                        for (int k = 0; k < Math.Min(it + 1, n); k++) w[k] = Math.Sin(w[k] * y) + 0.1 * e;
                    }
                    return s;
                }
                """, XY),

            // The pass loop is a while loop with a counter.
            new ArrayCase("NurUnitWhile", """
                [Differentiable]
                public static double NurUnitWhile(double[] x, double y)
                {
                    int n = x.Length;
                    var w = new double[n];
                    for (int i = 0; i < n; i++) w[i] = x[i];
                    double s = 0;
                    int it = 0;
                    while (it < 3)
                    {
                        double e = 0;
                        for (int k = 0; k < n; k++) e += w[k] * w[k];
                        s += e * y;
                        for (int k = 0; k < n; k++) w[k] = w[k] * 0.7 + 0.1 * y * e;
                        it++;
                    }
                    return s;
                }
                """, XY),

            // An array filled anew each pass, read, then changed in a nested loop of the pass.
            new ArrayCase("NurRenewedBuffer", """
                [Differentiable]
                public static double NurRenewedBuffer(double[] x, double y)
                {
                    int n = x.Length;
                    var w = new double[n];
                    var b = new double[n];
                    for (int i = 0; i < n; i++) w[i] = x[i];
                    double s = 0;
                    for (int it = 0; it < 3; it++)
                    {
                        for (int k = 0; k < n; k++) b[k] = w[k] * y;
                        double e = 0;
                        for (int k = 0; k < n; k++) e += b[k] * b[k];
                        for (int k = 0; k < n; k++) b[k] = b[k] * 0.5 + e;
                        for (int k = 0; k < n; k++) w[k] = w[k] * 0.9 + 0.01 * b[k];
                        s += e;
                    }
                    return s;
                }
                """, XY),

            // Berendsen-like scaling by *= with a factor of the pass.
            new ArrayCase("NurScaleInPlace", """
                [Differentiable]
                public static double NurScaleInPlace(double[] x, double y)
                {
                    int n = x.Length;
                    var v = new double[n];
                    for (int i = 0; i < n; i++) v[i] = x[i];
                    double s = 0;
                    for (int step = 0; step < 4; step++)
                    {
                        double ke = 0.1;
                        for (int k = 0; k < n; k++) ke += 0.5 * v[k] * v[k];
                        double lambda = Math.Sqrt(1 + 0.2 * (y * y / ke - 1));
                        for (int k = 0; k < n; k++) v[k] *= lambda;
                        for (int k = 0; k < n; k++) v[k] += 0.05 * Math.Sin(v[(k + 1) % n]);
                        s += ke;
                    }
                    return s;
                }
                """, XY),

            // The bound is carried between passes and changed in a loop of the pass after the overwriting one.
            new ArrayCase("NurBoundCarriedInLoop", """
                [Differentiable]
                public static double NurBoundCarriedInLoop(double[] x, double y)
                {
                    int n = x.Length;
                    var w = new double[n];
                    for (int i = 0; i < n; i++) w[i] = x[i];
                    double s = 0;
                    int c = 1;
                    for (int it = 0; it < 3; it++)
                    {
                        double e = 0;
                        for (int k = 0; k < n; k++) e += w[k] * w[k];
                        s += e * y;
                        for (int k = 0; k < Math.Min(c, n); k++) w[k] = Math.Sin(w[k] + 0.2 * y * e);
                        for (int j = 0; j < it + 1; j++) c++;
                    }
                    return s;
                }
                """, XY),

            // A pass loop's counter declared before its for, the overwriting loop's counter too.
            new ArrayCase("NurCountersDeclaredOutside", """
                [Differentiable]
                public static double NurCountersDeclaredOutside(double[] x, double y)
                {
                    int n = x.Length;
                    var w = new double[n];
                    for (int i = 0; i < n; i++) w[i] = x[i];
                    double s = 0;
                    int k;
                    for (int it = 0; it < 3; it++)
                    {
                        double e = 0;
                        for (int j = 0; j < n; j++) e += w[j] * w[j];
                        s += e * y;
                        for (k = 0; k < n; k++) w[k] = Math.Sin(w[k] + 0.2 * y * e);
                    }
                    return s;
                }
                """, XY),

            // A running maximum of w in the pass, then w overwritten.
            new ArrayCase("NurRunningMaxInPass", """
                [Differentiable]
                public static double NurRunningMaxInPass(double[] x, double y)
                {
                    int n = x.Length;
                    var w = new double[n];
                    for (int i = 0; i < n; i++) w[i] = x[i];
                    double s = 0;
                    for (int it = 0; it < 3; it++)
                    {
                        double mx = w[0];
                        for (int k = 1; k < n; k++) if (w[k] > mx) mx = w[k];
                        s += mx * y;
                        for (int k = 0; k < n; k++) w[k] = w[k] * 0.9 + 0.1 * y * (k + 1);
                    }
                    return s;
                }
                """, (r, n) => new object[] { Separated(r, n), Uniform(r, 0.5, 1) }) { Sizes = ArrayCase.NonEmpty },

            // The array is made anew by an outer loop; its inner passes read, then overwrite it.
            new ArrayCase("NurArrayMadeInOuter", """
                [Differentiable]
                public static double NurArrayMadeInOuter(double[] x, double y)
                {
                    int n = x.Length;
                    double s = 0;
                    for (int rep = 0; rep < 2; rep++)
                    {
                        var w = new double[n];
                        for (int i = 0; i < n; i++) w[i] = x[i] * (rep + 1);
                        for (int it = 0; it < 2; it++)
                        {
                            double e = 0;
                            for (int k = 0; k < n; k++) e += w[k] * w[k];
                            s += e * y;
                            for (int k = 0; k < n; k++) w[k] = Math.Sin(w[k] + 0.1 * y * e);
                        }
                        s += w.Length > 0 ? w[0] : 0;
                    }
                    return s;
                }
                """, XY),

            // A continue at the start of the pass (declined).
            new ArrayCase("NurContinueInPass", """
                [Differentiable]
                public static double NurContinueInPass(double[] x, double y)
                {
                    int n = x.Length;
                    var w = new double[n];
                    for (int i = 0; i < n; i++) w[i] = x[i];
                    double s = 0;
                    for (int it = 0; it < 3; it++)
                    {
                        if (it == 1) continue;
                        double e = 0;
                        for (int k = 0; k < n; k++) e += w[k] * w[k];
                        s += e * y;
                        for (int k = 0; k < n; k++) w[k] = Math.Sin(w[k] + 0.1 * y * e);
                    }
                    return s;
                }
                """, XY),

            // The overwriting loop also reads each element into a local before writing it (a unit inside the unit).
            new ArrayCase("NurOldInWriteLoop", """
                [Differentiable]
                public static double NurOldInWriteLoop(double[] x, double y)
                {
                    int n = x.Length;
                    var w = new double[n];
                    for (int i = 0; i < n; i++) w[i] = x[i];
                    double s = 0;
                    for (int it = 0; it < 3; it++)
                    {
                        double e = 0;
                        for (int k = 0; k < n; k++) e += w[k] * w[k];
                        double t = 0;
                        for (int k = 0; k < n; k++)
                        {
                            double old = w[k];
                            w[k] = old * 0.5 + 0.1 * y * e;
                            t += old * w[k];
                        }
                        s += e * y + t;
                    }
                    return s;
                }
                """, XY),

            // The overwrite in a foreach over a parameter.
            new ArrayCase("NurForeachWrites", """
                [Differentiable]
                public static double NurForeachWrites(double[] x, double y)
                {
                    var w = new double[2];
                    w[0] = y; w[1] = 1 - y;
                    double s = 0;
                    for (int it = 0; it < 3; it++)
                    {
                        double e = w[0] * w[1];
                        s += e;
                        foreach (double v in x)
                        {
                            w[0] = w[0] * 0.5 + v * w[1];
                            w[1] = Math.Sin(w[1] + 0.1 * v);
                        }
                    }
                    return s;
                }
                """, XY),

            // The write's index read from integer data given where it is declared.
            new ArrayCase("NurIntegerDataIndex", """
                [Differentiable]
                public static double NurIntegerDataIndex(double[] x, double y)
                {
                    int n = x.Length;
                    int[] perm = { 2, 0, 1 };
                    var w = new double[3];
                    for (int i = 0; i < 3; i++) w[i] = x[i % n];
                    double s = 0;
                    for (int it = 0; it < 3; it++)
                    {
                        double e = 0;
                        for (int k = 0; k < 3; k++) e += w[k] * (k + 1);
                        s += e * e * y;
                        for (int k = 0; k < 3; k++) w[perm[k]] = w[perm[k]] * 0.6 + 0.2 * w[k] * y;
                    }
                    return s;
                }
                """, XY) { Sizes = ArrayCase.NonEmpty },

            // A call that reads the array whole inside the overwriting loop.
            new ArrayCase("NurCallInWriteLoop", """
                [Differentiable]
                public static double NurEnergyIn(double[] v, double c)
                {
                    double s = 0;
                    for (int k = 0; k < v.Length; k++) s += v[k] * v[k] * c;
                    return s;
                }

                [Differentiable]
                public static double NurCallInWriteLoop(double[] x, double y)
                {
                    int n = x.Length;
                    var w = new double[n];
                    for (int i = 0; i < n; i++) w[i] = x[i];
                    double s = 0;
                    for (int it = 0; it < 3; it++)
                    {
                        double e = 0;
                        for (int k = 0; k < n; k++) e += w[k] * w[k];
                        s += e * y;
                        for (int k = 0; k < n; k++)
                        {
                            double en = NurEnergyIn(w, y);
                            w[k] = w[k] * 0.9 + 0.01 * en;
                        }
                    }
                    return s;
                }
                """, XY),

            // A while loop of passes whose nested bound reads its counter.
            new ArrayCase("NurUnitWhileBound", """
                [Differentiable]
                public static double NurUnitWhileBound(double[] x, double y)
                {
                    int n = x.Length;
                    var w = new double[n];
                    for (int i = 0; i < n; i++) w[i] = x[i];
                    double s = 0;
                    int it = 0;
                    while (it < 4)
                    {
                        double e = 0;
                        for (int k = 0; k < n; k++) e += w[k] * w[k];
                        s += e * y;
                        for (int k = 0; k < Math.Min(it + 1, n); k++) w[k] = Math.Sin(w[k] + 0.1 * y * e);
                        it++;
                    }
                    return s;
                }
                """, XY),

            // A reversal by swaps in the nested loop: two writes, each from the other's old element.
            new ArrayCase("NurSwapReverse", """
                [Differentiable]
                public static double NurSwapReverse(double[] x, double y)
                {
                    int n = x.Length;
                    var w = new double[n];
                    for (int i = 0; i < n; i++) w[i] = x[i];
                    double s = 0;
                    for (int it = 0; it < 3; it++)
                    {
                        double e = 0;
                        for (int k = 0; k < n; k++) e += w[k] * (k + 1);
                        s += e * y;
                        for (int k = 0; k < n / 2; k++)
                        {
                            double a = w[k];
                            w[k] = w[n - 1 - k] * y;
                            w[n - 1 - k] = a + 0.1 * e;
                        }
                    }
                    return s;
                }
                """, XY),

            // A Cholesky factorization in place of a matrix of any size: a pivot read, a direct write, triangular updates.
            new ArrayCase("NurCholeskyInPlace", """
                [Differentiable]
                public static double NurCholeskyInPlace(double[] x, double y)
                {
                    int n = x.Length;
                    var A = new double[n * n];
                    for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) A[i * n + j] = 0.3 * x[i] * x[j] + (i == j ? 2 + y * y : 0.1 * y);
                    for (int j = 0; j < n; j++)
                    {
                        double piv = Math.Sqrt(A[j * n + j]);
                        A[j * n + j] = piv;
                        for (int i = j + 1; i < n; i++) A[i * n + j] /= piv;
                        for (int i = j + 1; i < n; i++)
                        {
                            for (int k = j + 1; k <= i; k++) A[i * n + k] -= A[i * n + j] * A[k * n + j];
                        }
                    }
                    double ld = 0;
                    for (int j = 0; j < n; j++) ld += Math.Log(A[j * n + j]);
                    return ld;
                }
                """, XY),

            // Many passes: the tape grows past its first rent while the reverse sweep reads it back.
            new ArrayCase("NurManyPasses", """
                [Differentiable]
                public static double NurManyPasses(double[] x, double y)
                {
                    int n = x.Length;
                    var w = new double[n];
                    for (int i = 0; i < n; i++) w[i] = x[i];
                    double s = 0;
                    for (int it = 0; it < 12; it++)
                    {
                        double e = 0;
                        for (int k = 0; k < n; k++) e += w[k] * w[k];
                        s += e * y;
                        for (int j = 0; j < n; j++)
                        {
                            for (int k = j; k < n; k++) w[k] = w[k] * 0.95 + 0.01 * y * Math.Sin(e + w[j]);
                        }
                    }
                    return s;
                }
                """, XY),

            // A write in the for loop's iterator of the pass, after the body's nested overwrite.
            new ArrayCase("NurWriteInPassIterator", """
                [Differentiable]
                public static double NurWriteInPassIterator(double[] x, double y)
                {
                    int n = x.Length;
                    var w = new double[n + 1];
                    for (int i = 0; i < n; i++) w[i + 1] = x[i];
                    w[0] = y;
                    double s = 0;
                    for (int it = 0; it < 3; it++, w[0] = w[0] * 0.5 + y)
                    {
                        double e = 0;
                        for (int k = 0; k <= n; k++) e += w[k] * w[k];
                        s += e * y;
                        for (int k = 0; k <= n; k++) w[k] = Math.Sin(w[k] + 0.1 * e);
                    }
                    return s;
                }
                """, XY),

            // The passes are a foreach over the very array they overwrite.
            new ArrayCase("NurForeachPassesOverArray", """
                [Differentiable]
                public static double NurForeachPassesOverArray(double[] x, double y)
                {
                    int n = x.Length;
                    var w = new double[n];
                    for (int i = 0; i < n; i++) w[i] = x[i];
                    double s = 0;
                    foreach (double v in w)
                    {
                        s += v * v * y;
                        for (int k = 0; k < n; k++) w[k] = w[k] * 0.8 + 0.1 * v;
                    }
                    return s;
                }
                """, XY),

            // The passes are a foreach over a parameter (an LMS filter over its samples).
            new ArrayCase("NurForeachPassesOverParameter", """
                [Differentiable]
                public static double NurForeachPassesOverParameter(double[] x, double y)
                {
                    var w = new double[3];
                    w[0] = y; w[1] = 0.5; w[2] = -0.25;
                    double s = 0;
                    foreach (double v in x)
                    {
                        double p = w[0] + w[1] * v + w[2] * v * v;
                        double e = Math.Sin(v) - p;
                        s += e * e;
                        for (int k = 0; k < 3; k++) w[k] += 0.1 * e * (k == 0 ? 1 : k == 1 ? v : v * v);
                    }
                    return s;
                }
                """, XY),

            // Writes whose derivative reads the value they wrote (exp), twice per pass on the same elements.
            new ArrayCase("NurExpWritesTwice", """
                [Differentiable]
                public static double NurExpWritesTwice(double[] x, double y)
                {
                    int n = x.Length;
                    var w = new double[n];
                    for (int i = 0; i < n; i++) w[i] = x[i];
                    double s = 0;
                    for (int it = 0; it < 3; it++)
                    {
                        double e = 0;
                        for (int k = 0; k < n; k++) e += w[k];
                        s += Math.Sin(e) * y;
                        for (int k = 0; k < n; k++) w[k] = Math.Exp(0.3 * w[k] * y);
                        for (int k = n - 1; k >= 0; k--) w[k] = Math.Exp(-0.2 * w[k]) + 0.1 * e;
                    }
                    return s;
                }
                """, XY),

            // The inner loop writes the outer nest counter's element again and again.
            new ArrayCase("NurWriteOuterCounterElement", """
                [Differentiable]
                public static double NurWriteOuterCounterElement(double[] x, double y)
                {
                    int n = x.Length;
                    var w = new double[n];
                    for (int i = 0; i < n; i++) w[i] = x[i];
                    double s = 0;
                    for (int it = 0; it < 2; it++)
                    {
                        double e = 0;
                        for (int k = 0; k < n; k++) e += w[k] * w[k];
                        s += e * y;
                        for (int j = 0; j < n; j++)
                        {
                            for (int k = j + 1; k < n; k++) w[j] = w[j] * 0.8 + 0.1 * y * w[k];
                        }
                    }
                    return s;
                }
                """, XY),

            // A bound that is a local of the loop between the pass and the write (declined).
            new ArrayCase("NurBoundLocalOfNest", """
                [Differentiable]
                public static double NurBoundLocalOfNest(double[] x, double y)
                {
                    int n = x.Length;
                    var w = new double[n];
                    for (int i = 0; i < n; i++) w[i] = x[i];
                    double s = 0;
                    for (int it = 0; it < 2; it++)
                    {
                        double e = 0;
                        for (int k = 0; k < n; k++) e += w[k] * w[k];
                        s += e * y;
                        for (int j = 0; j < n; j++)
                        {
                            int m = j + 1;
                            for (int k = 0; k < m; k++) w[k] = w[k] * 0.9 + 0.01 * y;
                        }
                    }
                    return s;
                }
                """, XY),

            // NurTwoLevelsOuterBound with the bound written out (n - outer) instead of a local of the outer pass.
            new ArrayCase("NurTwoLevelsInlineBound", """
                [Differentiable]
                public static double NurTwoLevelsInlineBound(double[] x, double y)
                {
                    int n = x.Length;
                    var w = new double[n];
                    for (int i = 0; i < n; i++) w[i] = x[i];
                    double s = 0;
                    for (int outer = 0; outer < 3; outer++)
                    {
                        double first = 0;
                        for (int k = 0; k < n; k++) first += w[k];
                        for (int inner = 0; inner < 2; inner++)
                        {
                            double e = 0;
                            for (int k = 0; k < n; k++) e += w[k] * w[k];
                            s += e * y + first * inner;
                            for (int k = 0; k < n - outer; k++) w[k] = Math.Sin(w[k] + 0.1 * y * e);
                        }
                    }
                    return s;
                }
                """, XY),

            // NurTwoLevelsOuterIndex with the index written out (outer % n).
            new ArrayCase("NurTwoLevelsInlineIndex", """
                [Differentiable]
                public static double NurTwoLevelsInlineIndex(double[] x, double y)
                {
                    int n = x.Length;
                    var w = new double[n];
                    for (int i = 0; i < n; i++) w[i] = x[i];
                    double s = 0;
                    for (int outer = 0; outer < 3; outer++)
                    {
                        double first = w[0] + w[n - 1];
                        for (int inner = 0; inner < 2; inner++)
                        {
                            double e = w[outer % n] * w[outer % n];
                            s += e * y + first * inner;
                            w[outer % n] = Math.Sin(w[outer % n] + 0.3 * y);
                        }
                    }
                    return s;
                }
                """, XY) { Sizes = ArrayCase.NonEmpty },

            // Two levels where the outer pass reads only after its inner passes, before a write of its own.
            new ArrayCase("NurTwoLevelsOuterReadsLate", """
                [Differentiable]
                public static double NurTwoLevelsOuterReadsLate(double[] x, double y)
                {
                    int n = x.Length;
                    var w = new double[n];
                    for (int i = 0; i < n; i++) w[i] = x[i];
                    double s = 0;
                    for (int outer = 0; outer < 3; outer++)
                    {
                        int m = n - outer;
                        for (int inner = 0; inner < 2; inner++)
                        {
                            double e = 0;
                            for (int k = 0; k < n; k++) e += w[k] * w[k];
                            s += e * y;
                            for (int k = 0; k < m; k++) w[k] = Math.Sin(w[k] + 0.1 * y * e);
                        }
                        double f = w[0];
                        w[0] = f * 0.5 + y;
                        s += f * f;
                    }
                    return s;
                }
                """, XY) { Sizes = ArrayCase.NonEmpty },

            // A direct write after the nested overwrite, at an index that is a local declared between them.
            new ArrayCase("NurDirectWriteLocalAfterNested", """
                [Differentiable]
                public static double NurDirectWriteLocalAfterNested(double[] x, double y)
                {
                    int n = x.Length;
                    var w = new double[n];
                    for (int i = 0; i < n; i++) w[i] = x[i];
                    double s = 0;
                    for (int it = 0; it < 4; it++)
                    {
                        double e = 0;
                        for (int k = 0; k < n; k++) e += w[k] * w[k];
                        s += e * y;
                        for (int k = 0; k < n; k++) w[k] = w[k] * 0.9 + 0.05 * e;
                        int last = n - 1 - it % n;
                        w[last] = Math.Sin(w[last] * y);
                    }
                    return s;
                }
                """, XY) { Sizes = ArrayCase.NonEmpty },

            // An if on the counter inside the overwriting loop, not around the write, reading the element it then writes.
            new ArrayCase("NurIfBeforeWriteInNested", """
                [Differentiable]
                public static double NurIfBeforeWriteInNested(double[] x, double y)
                {
                    int n = x.Length;
                    var w = new double[n];
                    for (int i = 0; i < n; i++) w[i] = x[i];
                    double s = 0;
                    for (int it = 0; it < 3; it++)
                    {
                        double e = 0;
                        for (int k = 0; k < n; k++) e += w[k] * w[k];
                        double t = 0;
                        for (int k = 0; k < n; k++)
                        {
                            if (k % 2 == 0) t += w[k] * y;
                            w[k] = Math.Sin(w[k] + 0.1 * e);
                        }
                        s += e * y + t * t;
                    }
                    return s;
                }
                """, XY),

            // Two levels, each undoing an array of its own, both written in the inner pass's loop.
            new ArrayCase("NurTwoLevelsTwoArrays", """
                [Differentiable]
                public static double NurTwoLevelsTwoArrays(double[] x, double y)
                {
                    int n = x.Length;
                    var u = new double[n];
                    var v = new double[n];
                    for (int i = 0; i < n; i++) { u[i] = x[i]; v[i] = 0.5 - x[i]; }
                    double s = 0;
                    for (int outer = 0; outer < 2; outer++)
                    {
                        double a = 0;
                        for (int k = 0; k < n; k++) a += u[k] * u[k];
                        s += a * y;
                        for (int inner = 0; inner < 2; inner++)
                        {
                            double b = 0;
                            for (int k = 0; k < n; k++) b += v[k] * v[k];
                            s += b;
                            for (int k = 0; k < n; k++)
                            {
                                v[k] = v[k] * 0.9 + 0.1 * Math.Sin(u[k]);
                                u[k] = u[k] * 0.8 + 0.1 * Math.Cos(v[k]) * y;
                            }
                        }
                    }
                    return s;
                }
                """, XY),

            // The replayed overwrite of w reads v, which a later loop of the pass overwrites (nonlinearly in w).
            new ArrayCase("NurReplayReadsOtherArray", """
                [Differentiable]
                public static double NurReplayReadsOtherArray(double[] x, double y)
                {
                    int n = x.Length;
                    var w = new double[n];
                    var v = new double[n];
                    for (int i = 0; i < n; i++) { w[i] = x[i]; v[i] = y + 0.1 * i; }
                    double s = 0;
                    for (int it = 0; it < 3; it++)
                    {
                        double e = 0;
                        for (int k = 0; k < n; k++) e += w[k] * w[k];
                        s += e * y;
                        for (int k = 0; k < n; k++) w[k] = w[k] * 0.9 + 0.1 * v[k] * e;
                        for (int k = 0; k < n; k++) v[k] = v[k] * 0.5 + 0.3 * Math.Sin(w[k]);
                    }
                    for (int k = 0; k < n; k++) s += v[k] * w[k];
                    return s;
                }
                """, XY),

            // A bound with ?: on a local of the pass.
            new ArrayCase("NurBoundConditionalOfLocal", """
                [Differentiable]
                public static double NurBoundConditionalOfLocal(double[] x, double y)
                {
                    int n = x.Length;
                    var w = new double[n];
                    for (int i = 0; i < n; i++) w[i] = x[i];
                    double s = 0;
                    for (int it = 0; it < 4; it++)
                    {
                        int a = it + 1;
                        double e = 0;
                        for (int k = 0; k < n; k++) e += w[k] * w[k];
                        s += e * y;
                        for (int k = 0; k < (a > 2 ? n : Math.Min(a, n)); k++) w[k] = Math.Sin(w[k] + 0.2 * y * e);
                    }
                    return s;
                }
                """, XY),

            // The overwriting loop's bound is an integer local of the pass whose value tests an element the loop then
            // overwrites (the direct form, the test in the loop's header, is DIFF015 with the advice to do exactly this).
            new ArrayCase("NurSelfBoundViaLocal", """
                [Differentiable]
                public static double NurSelfBoundViaLocal(double[] x, double y)
                {
                    int n = x.Length;
                    var w = new double[n + 3];
                    for (int i = 0; i < n; i++) w[i + 3] = x[i];
                    w[0] = 1 + y * y; w[1] = 2 - y; w[2] = 0.5 + y * y;
                    double s = 0;
                    for (int it = 0; it < 3; it++)
                    {
                        double e = 0;
                        for (int k = 0; k < w.Length; k++) e += w[k] * w[k];
                        s += e * y;
                        int m = w[2] > 0 ? 3 : 2;
                        for (int k = 0; k < m; k++) w[k] = -w[k] * 0.5 - 0.5 * y;
                    }
                    return s + w[0] * w[1];
                }
                """, XY),

            // The same through a bin index (int)Gradient.Stop(...) of an element the loop overwrites.
            new ArrayCase("NurStopBinBound", """
                [Differentiable]
                public static double NurStopBinBound(double[] x, double y)
                {
                    int n = x.Length;
                    var w = new double[n + 3];
                    for (int i = 0; i < n; i++) w[i + 3] = x[i];
                    w[0] = 1 + y * y; w[1] = 2 - y; w[2] = 3.5 + y * y;
                    double s = 0;
                    for (int it = 0; it < 3; it++)
                    {
                        double e = 0;
                        for (int k = 0; k < w.Length; k++) e += w[k] * w[k];
                        s += e * y;
                        int m = Math.Max(0, Math.Min((int)Gradient.Stop(w[2]), 3));
                        for (int k = 0; k < m; k++) w[k] = -w[k] * 0.5 + 0.1 * y;
                    }
                    return s + w[0] * w[1];
                }
                """, XY),

            // The overwriting loop's write index is an integer local of the pass that tests an element the loop overwrites.
            new ArrayCase("NurSelfIndexViaLocal", """
                [Differentiable]
                public static double NurSelfIndexViaLocal(double[] x, double y)
                {
                    int n = x.Length;
                    var w = new double[n + 3];
                    for (int i = 0; i < n; i++) w[i + 3] = x[i];
                    w[0] = 1 + y * y; w[1] = 2 - y; w[2] = 0.5 + y * y;
                    double s = 0;
                    for (int it = 0; it < 3; it++)
                    {
                        double e = 0;
                        for (int k = 0; k < w.Length; k++) e += w[k] * w[k];
                        s += e * y;
                        int j = w[0] > 0 ? 0 : 1;
                        for (int k = 0; k < 2; k++) w[k + j] = -w[k + j] * 0.5 - 0.5 * y;
                    }
                    return s + w[0] * w[1] + w[2];
                }
                """, XY),

            // The overwriting loop's bound tests an element of another array the pass overwrites after the loop.
            new ArrayCase("NurCrossArrayBound", """
                [Differentiable]
                public static double NurCrossArrayBound(double[] x, double y)
                {
                    int n = x.Length;
                    var w = new double[n + 3];
                    var v = new double[1];
                    for (int i = 0; i < n; i++) w[i + 3] = x[i];
                    w[0] = 1 + y * y; w[1] = 2 - y; w[2] = y;
                    v[0] = 1 + y * y;
                    double s = 0;
                    for (int it = 0; it < 3; it++)
                    {
                        double e = v[0];
                        for (int k = 0; k < w.Length; k++) e += w[k] * w[k];
                        s += e * y;
                        for (int k = 0; k < (v[0] > 0 ? 3 : 2); k++) w[k] = -w[k] * 0.5 - 0.5 * y;
                        v[0] = -v[0] * 0.9;
                    }
                    return s + w[0] * w[1];
                }
                """, XY),

            // The same through an integer local of the pass.
            new ArrayCase("NurCrossArrayBoundViaLocal", """
                [Differentiable]
                public static double NurCrossArrayBoundViaLocal(double[] x, double y)
                {
                    int n = x.Length;
                    var w = new double[n + 3];
                    var v = new double[1];
                    for (int i = 0; i < n; i++) w[i + 3] = x[i];
                    w[0] = 1 + y * y; w[1] = 2 - y; w[2] = y;
                    v[0] = 1 + y * y;
                    double s = 0;
                    for (int it = 0; it < 3; it++)
                    {
                        double e = v[0];
                        for (int k = 0; k < w.Length; k++) e += w[k] * w[k];
                        s += e * y;
                        int m = v[0] > 0 ? 3 : 2;
                        for (int k = 0; k < m; k++) w[k] = -w[k] * 0.5 - 0.5 * y;
                        v[0] = -v[0] * 0.9;
                    }
                    return s + w[0] * w[1];
                }
                """, XY),

            // Plain statements only (the undo before this change): a write's index tests another array's element that the
            // pass overwrites after it.
            new ArrayCase("NurCrossArrayIndexPlain", """
                [Differentiable]
                public static double NurCrossArrayIndexPlain(double[] x, double y)
                {
                    int n = x.Length;
                    var w = new double[n + 3];
                    var v = new double[1];
                    for (int i = 0; i < n; i++) w[i + 3] = x[i];
                    w[0] = 1 + y * y; w[1] = 2 - y; w[2] = y;
                    v[0] = 1 + y * y;
                    double s = 0;
                    for (int it = 0; it < 3; it++)
                    {
                        double e = w[0] * w[1] + w[2] + v[0];
                        s += e * y;
                        w[v[0] > 0 ? 0 : 2] = -w[1] * 0.5 - 0.5 * y;
                        v[0] = -v[0] * 0.9;
                    }
                    double t = 0;
                    for (int k = 0; k < w.Length; k++) t += w[k] * w[k];
                    return s + w[0] * w[1] + t;
                }
                """, XY),

            // No loop at all: a write whose index tests the element it overwrites.
            new ArrayCase("NurIndexTestsWrittenElement", """
                [Differentiable]
                public static double NurIndexTestsWrittenElement(double[] x, double y)
                {
                    var w = new double[2];
                    w[0] = 1 + y * y;
                    w[1] = 2 - y;
                    w[w[0] > 0 ? 0 : 1] = -w[0] * w[1] - 0.5;
                    double s = 0;
                    for (int i = 0; i < x.Length; i++) s += x[i] * w[1];
                    return w[0] * w[1] * y + s;
                }
                """, XY),
        };

        public static readonly ArrayCase[] Float =
        {
            Twin("NurPlain", """
                [Differentiable]
                public static float NurPlainF(float[] x, float y)
                {
                    int n = x.Length;
                    var w = new float[n];
                    for (int i = 0; i < n; i++) w[i] = x[i];
                    float s = 0;
                    for (int it = 0; it < 3; it++)
                    {
                        float e = 0;
                        for (int k = 0; k < n; k++) e += w[k] * w[k];
                        s += e * y;
                        for (int k = 0; k < n; k++) w[k] = MathF.Sin(w[k] + 0.1f * y * e);
                    }
                    return s;
                }
                """),

            Twin("NurTriangular", """
                [Differentiable]
                public static float NurTriangularF(float[] x, float y)
                {
                    int n = x.Length;
                    var w = new float[n];
                    for (int i = 0; i < n; i++) w[i] = x[i];
                    float s = 0;
                    for (int it = 0; it < 2; it++)
                    {
                        float e = 0;
                        for (int k = 0; k < n; k++) e += w[k] * w[k];
                        s += e * y;
                        for (int j = 0; j < n; j++)
                        {
                            for (int k = j + 1; k < n; k++) w[k] -= 0.1f * y * w[j];
                        }
                    }
                    return s;
                }
                """),

            Twin("NurTwoArrays", """
                [Differentiable]
                public static float NurTwoArraysF(float[] x, float y)
                {
                    int n = x.Length;
                    var u = new float[n];
                    var v = new float[n];
                    for (int i = 0; i < n; i++) { u[i] = x[i]; v[i] = 1 - x[i]; }
                    float s = 0;
                    for (int it = 0; it < 3; it++)
                    {
                        float e = 0;
                        for (int k = 0; k < n; k++) e += u[k] * v[k];
                        s += e * y;
                        for (int k = 0; k < n; k++) u[k] = u[k] + 0.1f * y * v[k];
                        for (int k = n - 1; k >= 0; k--) v[k] = v[k] - 0.1f * e * u[k];
                    }
                    return s;
                }
                """),

            Twin("NurBoundCarriedAfter", """
                [Differentiable]
                public static float NurBoundCarriedAfterF(float[] x, float y)
                {
                    int n = x.Length;
                    var w = new float[n];
                    for (int i = 0; i < n; i++) w[i] = x[i];
                    float s = 0;
                    int lim = 1;
                    for (int it = 0; it < 4; it++)
                    {
                        float e = 0;
                        for (int k = 0; k < n; k++) e += w[k] * w[k];
                        s += e * y;
                        for (int k = 0; k < Math.Min(lim, n); k++) w[k] = MathF.Cos(w[k] * y + 0.1f * e);
                        lim++;
                    }
                    return s;
                }
                """),

            Twin("NurStackalloc", """
                [Differentiable]
                public static float NurStackallocF(float[] x, float y)
                {
                    int n = x.Length;
                    Span<float> w = stackalloc float[n];
                    for (int i = 0; i < n; i++) w[i] = x[i];
                    float s = 0;
                    for (int it = 0; it < 3; it++)
                    {
                        float e = 0;
                        for (int k = 0; k < n; k++) e += w[k] * w[k];
                        s += e * y;
                        for (int k = n - 1; k >= 0; k--) w[k] = MathF.Sin(w[k] + 0.1f * y * e);
                    }
                    return s;
                }
                """),

            Twin("NurWhileCounting", """
                [Differentiable]
                public static float NurWhileCountingF(float[] x, float y)
                {
                    int n = x.Length;
                    var w = new float[n];
                    for (int i = 0; i < n; i++) w[i] = x[i];
                    float s = 0;
                    for (int it = 0; it < 3; it++)
                    {
                        float e = 0;
                        for (int k = 0; k < n; k++) e += w[k] * w[k];
                        s += e * y;
                        int j = 0;
                        while (j < n)
                        {
                            w[j] = w[j] * 0.8f + 0.1f * y * e;
                            j++;
                        }
                    }
                    return s;
                }
                """),

            Twin("NurCholeskyInPlace", """
                [Differentiable]
                public static float NurCholeskyInPlaceF(float[] x, float y)
                {
                    int n = x.Length;
                    var A = new float[n * n];
                    for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) A[i * n + j] = 0.3f * x[i] * x[j] + (i == j ? 2 + y * y : 0.1f * y);
                    for (int j = 0; j < n; j++)
                    {
                        float piv = MathF.Sqrt(A[j * n + j]);
                        A[j * n + j] = piv;
                        for (int i = j + 1; i < n; i++) A[i * n + j] /= piv;
                        for (int i = j + 1; i < n; i++)
                        {
                            for (int k = j + 1; k <= i; k++) A[i * n + k] -= A[i * n + j] * A[k * n + j];
                        }
                    }
                    float ld = 0;
                    for (int j = 0; j < n; j++) ld += MathF.Log(A[j * n + j]);
                    return ld;
                }
                """),

            Twin("NurSwapReverse", """
                [Differentiable]
                public static float NurSwapReverseF(float[] x, float y)
                {
                    int n = x.Length;
                    var w = new float[n];
                    for (int i = 0; i < n; i++) w[i] = x[i];
                    float s = 0;
                    for (int it = 0; it < 3; it++)
                    {
                        float e = 0;
                        for (int k = 0; k < n; k++) e += w[k] * (k + 1);
                        s += e * y;
                        for (int k = 0; k < n / 2; k++)
                        {
                            float a = w[k];
                            w[k] = w[n - 1 - k] * y;
                            w[n - 1 - k] = a + 0.1f * e;
                        }
                    }
                    return s;
                }
                """),

            Twin("NurScaleInPlace", """
                [Differentiable]
                public static float NurScaleInPlaceF(float[] x, float y)
                {
                    int n = x.Length;
                    var v = new float[n];
                    for (int i = 0; i < n; i++) v[i] = x[i];
                    float s = 0;
                    for (int step = 0; step < 4; step++)
                    {
                        float ke = 0.1f;
                        for (int k = 0; k < n; k++) ke += 0.5f * v[k] * v[k];
                        float lambda = MathF.Sqrt(1 + 0.2f * (y * y / ke - 1));
                        for (int k = 0; k < n; k++) v[k] *= lambda;
                        for (int k = 0; k < n; k++) v[k] += 0.05f * MathF.Sin(v[(k + 1) % n]);
                        s += ke;
                    }
                    return s;
                }
                """),
        };

        private static ArrayCase Twin(string doubleTwin, string source) => ArrayCase.FloatTwinOf(Double.Single(c => c.Name == doubleTwin), source);
    }
}
