using System;
using System.Linq;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// An adversarial review of the guarded loops (<c>if (c) loop</c> run as the loop tested with <c>c &amp;&amp; cond</c>) and
    /// of the floating-point <c>for</c> header (declarations and a while loop, the steps at the end of the body).
    /// </summary>
    public static class GuardReviewCases
    {
        public static readonly ArrayCase[] All =
        {
            // The guard reads, through a local function, the sum the loop changes: tested once in C#.
            new ArrayCase("GrvLocalFunctionGuard", """
                [Differentiable]
                public static double GrvLocalFunctionGuard(double[] x, double a)
                {
                    double s = 0;
                    bool Small() => s < 1;
                    if (Small())
                        for (int i = 0; i < x.Length; i++) s += x[i] * x[i] * a;
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.5, 2) }),

            // The same with an integer counter the while loop changes.
            new ArrayCase("GrvLocalFunctionCounter", """
                [Differentiable]
                public static double GrvLocalFunctionCounter(double[] x, double a)
                {
                    double s = 0;
                    int k = 0;
                    bool Early() => k < 2;
                    if (Early())
                    {
                        while (k < x.Length)
                        {
                            s += Math.Sin(a * x[k]);
                            k++;
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // A guard with || joined to a loop condition (precedence in the generated code).
            new ArrayCase("GrvOrGuard", """
                [Differentiable]
                public static double GrvOrGuard(double[] x, double a, double b)
                {
                    double s = 0;
                    if (a > 0 || b > 0)
                        for (int i = 0; i < x.Length; i++) s += x[i] * a * b;
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 && Math.Abs((double)p[2]) > 0.05 },

            // A loop whose own condition has || and &&, under a guard with && and !.
            new ArrayCase("GrvConditionWithOr", """
                [Differentiable]
                public static double GrvConditionWithOr(double[] x, double a, int n)
                {
                    double s = 0;
                    int i = 0;
                    if (!(a < -0.5) && n != 3)
                    {
                        while (i < x.Length && (x[i] > -1.5 || i == 0))
                        {
                            s += x[i] * a;
                            i++;
                        }
                    }

                    return s + i * a;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1), r.Next(5) }) { Accept = p => Math.Abs((double)p[1] + 0.5) > 0.05 && ((double[])p[0]).All(v => Math.Abs(v + 1.5) > 0.01) },

            // A guarded loop with break and continue in its body.
            new ArrayCase("GrvBreakContinue", """
                [Differentiable]
                public static double GrvBreakContinue(double[] x, double a)
                {
                    double s = 0;
                    if (a > 0)
                    {
                        for (int i = 0; i < x.Length; i++)
                        {
                            if (x[i] > 1.5) break;
                            s += x[i] * x[i] * a;
                        }
                    }

                    if (a < 0.5)
                    {
                        foreach (double v in x)
                        {
                            if (v < 0) continue;
                            s += Math.Exp(v * a);
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 && Math.Abs((double)p[1] - 0.5) > 0.05 && ((double[])p[0]).All(v => Math.Abs(v - 1.5) > 0.01) },

            // Guards on integers and lengths, and the loop's results read after it.
            new ArrayCase("GrvLengthsAndAfter", """
                [Differentiable("x", "a")]
                public static double GrvLengthsAndAfter(double[] x, double[] y, double a, int n)
                {
                    double s = 0, p = 1;
                    if (x.Length == y.Length)
                        for (int i = 0; i < x.Length; i++) { s += x[i] * y[i] * a; p *= 1 + 0.1 * x[i]; }
                    if (n > 1)
                        for (int j = 0; j < n; j++) p = p * 0.9 + a;
                    double last = s * p;
                    if (x.Length < 0)
                        for (int i = 0; i < 3; i++) last += 1;
                    return last + s;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n + (r.Next(2))), Uniform(r, -1, 1), r.Next(4) }),

            // A guard reading the outer loop's counter; the inner loop's bound reads the outer counter too.
            new ArrayCase("GrvOuterCounter", """
                [Differentiable]
                public static double GrvOuterCounter(double[] x, double a)
                {
                    double s = 0;
                    for (int j = 0; j < x.Length; j++)
                    {
                        s += x[j];
                        if (j % 2 == 0)
                            for (int k = j; k < x.Length; k++) s = s * 0.5 + x[k] * a;
                        s += a;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // Constants declared in the if, named like locals declared later in sibling blocks and loops.
            new ArrayCase("GrvConstantsNamesMeet", """
                [Differentiable]
                public static double GrvConstantsNamesMeet(double[] x, double a)
                {
                    double s = 0;
                    if (a > 0)
                    {
                        int k = 0;
                        double w = 0.5;
                        while (k < x.Length) { s += w * x[k] * a; w *= 0.9; k++; }
                    }

                    if (a < 0.5)
                    {
                        int k = 1;
                        double w = 2;
                        while (k < x.Length) { s += w * x[k]; k += 2; }
                    }

                    for (int k = 0; k < x.Length; k++) { double w = x[k] * a; s += w * w; }
                    { double w = a; s += w; }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 && Math.Abs((double)p[1] - 0.5) > 0.05 },

            // A declaration in the if without a value, assigned by the loop.
            new ArrayCase("GrvDeclaredUnassigned", """
                [Differentiable]
                public static double GrvDeclaredUnassigned(double[] x, double a)
                {
                    double s = 0;
                    if (a > 0)
                    {
                        double last;
                        const int stride = 2;
                        for (int i = 0; i < x.Length; i += stride) { last = x[i] * a; s += last * last; }
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 },

            // The guard reads a local array's element the loop writes only at other indices... still a write of it.
            new ArrayCase("GrvGuardReadsOtherElement", """
                [Differentiable]
                public static double GrvGuardReadsOtherElement(double[] x, double a)
                {
                    double[] buf = new double[x.Length + 1];
                    buf[0] = a;
                    if (buf[0] > 0)
                        for (int i = 0; i < x.Length; i++) buf[i + 1] = buf[i] * 0.5 + x[i];
                    return buf[x.Length] + buf[0];
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 },

            // A guard reading a local array the loop does not write, and a guard reading an element of x.
            new ArrayCase("GrvGuardReadsElements", """
                [Differentiable]
                public static double GrvGuardReadsElements(double[] x, double a)
                {
                    double[] c = { a, 2 * a };
                    double s = 0;
                    if (c[1] > 0.5)
                        for (int i = 0; i < x.Length; i++) s += c[0] * x[i];
                    if (x.Length > 1 && x[1] > 0)
                        for (int i = 1; i < x.Length; i++) s += x[i] * x[i - 1] * a;
                    return s;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1] - 0.25) > 0.05 },

            // Two guards, a for and a while after a constant; twinned in float.
            new ArrayCase("GrvTwoGuards", """
                [Differentiable]
                public static double GrvTwoGuards(double[] x, double a)
                {
                    double s = 0;
                    if (a > 0)
                        for (int i = 0; i < x.Length; i++) s += x[i] * x[i] * a;
                    if (x.Length > 2)
                    {
                        int k = 0;
                        while (k < x.Length) { s = s * 0.5 + Math.Sin(a * x[k]); k++; }
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 },

            // A guarded loop whose body holds a floating-point for header, and a floating header loop whose body holds a guarded loop.
            new ArrayCase("GrvGuardAndFloatHeader", """
                [Differentiable]
                public static double GrvGuardAndFloatHeader(double[] x, double a)
                {
                    double s = 0;
                    if (a > -0.5)
                        for (int i = 0; i < x.Length; i++)
                            for (double t = 0; t < 1; t += 0.25) s += x[i] * t * a;
                    for (double t = 0; t < 1; t += 0.5)
                    {
                        if (t > 0.25)
                            foreach (double v in x) s += v * t * a;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1] + 0.5) > 0.05 },

            // The guard calls a differentiable method (computed before the loop).
            new ArrayCase("GrvGuardCalls", """
                [Differentiable]
                public static double GrvSq(double v) => v * v;

                [Differentiable]
                public static double GrvGuardCalls(double[] x, double a)
                {
                    double s = 0;
                    if (GrvSq(a) > 0.25)
                        for (int i = 0; i < x.Length; i++) s += x[i] * a;
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Math.Abs(Math.Abs((double)p[1]) - 0.5) > 0.05 },

            // The guard calls a differentiable method that reads an element, under a test of the length: at length 0 the call must not run.
            new ArrayCase("GrvGuardCallsHead", """
                [Differentiable]
                public static double GrvHead(double[] v) => v[0];

                [Differentiable]
                public static double GrvGuardCallsHead(double[] x, double a)
                {
                    double s = 0;
                    if (x.Length > 0 && GrvHead(x) > 0)
                        for (int i = 0; i < x.Length; i++) s += x[i] * a;
                    return s;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n), Uniform(r, -1, 1) }),

            // A local function in the loop's condition and the guard: reads parameters only.
            new ArrayCase("GrvLocalFunctionParameters", """
                [Differentiable]
                public static double GrvLocalFunctionParameters(double[] x, double a)
                {
                    bool On(double v) => v > 0;
                    double s = 0;
                    if (On(a))
                        for (int i = 0; i < x.Length; i++) s += x[i] * a;
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 },

            // A guard reading a value the loop changes through a deconstruction.
            new ArrayCase("GrvDeconstructionChanges", """
                [Differentiable]
                public static double GrvDeconstructionChanges(double[] x, double a)
                {
                    double s = 0, t = 1;
                    if (t > 0.5)
                        for (int i = 0; i < x.Length; i++) (s, t) = (s + t * x[i], t * a);
                    return s + t;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // A guard around a while loop whose counter was declared before the if, and read after.
            new ArrayCase("GrvCounterBefore", """
                [Differentiable]
                public static double GrvCounterBefore(double[] x, double a, int start)
                {
                    double s = 0;
                    int i = start;
                    if (a > 0)
                        while (i < x.Length) { s += x[i] * a; i++; }
                    return s + i * a;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1), r.Next(3) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 },

            // A guarded loop whose trip count depends on a differentiated value (stepping a double).
            new ArrayCase("GrvWhileOnValue", """
                [Differentiable]
                public static double GrvWhileOnValue(double a, double b)
                {
                    double s = 0, t = a;
                    if (b > 0)
                        while (t < 3) { s += t * b; t += 0.5; }
                    return s + t;
                }
                """, (r, n) => new object[] { Uniform(r, -1, 2.9), Uniform(r, -1, 1) }) { Sizes = ArrayCase.Scalar, Accept = p => Math.Abs((double)p[1]) > 0.05 && Math.Abs((((double)p[0] - 3) / 0.5) - Math.Round(((double)p[0] - 3) / 0.5)) > 0.05 },

            // Floating headers: several doubles, stepped by * and /, with a counter; header names used again in later loops.
            new ArrayCase("GrvHeaderSeveral", """
                [Differentiable]
                public static double GrvHeaderSeveral(double a, double b)
                {
                    double s = 0;
                    for (double t = 1, u = b; t < 20; t *= 2, u /= 2) s += u * a + t * b;
                    for (double t = 16, u = a; t > 1; t /= 2, u *= 1.5) s += u * t;
                    for (double t = 0; t < 1; t += 0.5)
                        for (double u = t; u < 1; u += 0.5) s += t * u * a * b;
                    return s;
                }
                """, (r, n) => new object[] { Uniform(r, -1, 1), Uniform(r, -1, 1) }) { Sizes = ArrayCase.Scalar },

            // A floating header whose step reads what the body changes, in a while loop's body; a header with no condition.
            new ArrayCase("GrvHeaderInWhile", """
                [Differentiable]
                public static double GrvHeaderInWhile(double[] x, double a)
                {
                    double s = 0, dt = 0.25;
                    int k = 0;
                    while (k < x.Length)
                    {
                        for (double t = 0; t < 1; t += dt) { s += x[k] * t * a; dt *= 1.1; }
                        dt = 0.25;
                        k++;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // A floating header with a continue in a nested switch section's if, and in an inner loop (its own).
            new ArrayCase("GrvHeaderSwitchContinue", """
                [Differentiable]
                public static double GrvHeaderSwitchContinue(double a, int n)
                {
                    double s = 0;
                    for (double t = 0; t < 2; t += 0.5)
                    {
                        switch (n)
                        {
                            case 0:
                                if (t > 1) continue;
                                s += t * a;
                                break;
                            default:
                                s += a;
                                break;
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { Uniform(r, -1, 1), n % 2 }) { Sizes = new[] { 0, 1 } },

            // A floating header, the body ending in an if that holds the only writes.
            new ArrayCase("GrvHeaderIfLast", """
                [Differentiable]
                public static double GrvHeaderIfLast(double a, double b)
                {
                    double s = 0;
                    for (double t = a; t < 2; t += 0.25)
                    {
                        if (t * b > 0) s += t * b; else s -= t * a;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Uniform(r, -1, 1.9), Uniform(r, -1, 1) }) { Sizes = ArrayCase.Scalar, Accept = p => Math.Abs((double)p[1]) > 0.05 && Math.Abs((((double)p[0] - 2) / 0.25) - Math.Round(((double)p[0] - 2) / 0.25)) > 0.05 && Enumerable.Range(0, 20).All(j => Math.Abs((double)p[0] + (0.25 * j)) > 0.02) },

            // A NaN in the header's condition: !(t >= end) keeps going for NaN ends (here end is finite), and a guard that is NaN-sensitive.
            new ArrayCase("GrvNegatedConditions", """
                [Differentiable]
                public static double GrvNegatedConditions(double[] x, double a)
                {
                    double s = 0;
                    for (double t = 0; !(t >= 1); t += 0.5) s += t * a;
                    if (!(a <= 0))
                        for (int i = 0; i < x.Length; i++) s += x[i] * a;
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 },

            // The guard, through a local function, reads a local array's element the loop writes.
            new ArrayCase("GrvLocalFunctionElement", """
                [Differentiable]
                public static double GrvLocalFunctionElement(double[] x, double a)
                {
                    double[] acc = new double[1];
                    bool Low() => acc[0] < 0.5;
                    if (Low())
                        for (int i = 0; i < x.Length; i++) acc[0] += x[i] * x[i] * a;
                    return acc[0];
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.5, 2) }),

            // Through two local functions, one calling the other.
            new ArrayCase("GrvLocalFunctionChain", """
                [Differentiable]
                public static double GrvLocalFunctionChain(double[] x, double a)
                {
                    double s = 0;
                    double Level() => s * 2;
                    bool Small() => Level() < 1;
                    if (Small())
                        foreach (double v in x) s += v * v * a;
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.5, 2) }),

            // A guard reading values the loop leaves alone, changed after the loop (the reverse sweep must not test them again).
            new ArrayCase("GrvGuardChangedAfter", """
                [Differentiable]
                public static double GrvGuardChangedAfter(double[] x, double a)
                {
                    double[] c = new double[2];
                    c[0] = a;
                    double t = a * 2, s = 0;
                    int m = x.Length;
                    if (c[0] > 0 && t > 0.5 && m > 1)
                        for (int i = 0; i < x.Length; i++) s += x[i] * c[0] * t;
                    c[0] = -1;
                    t = -s;
                    m = 0;
                    c[1] = s * t;
                    return c[1] + c[0] + m;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 && Math.Abs((double)p[1] - 0.25) > 0.05 },

            // A guard inside an outer loop reading what the outer loop changes after the inner loop.
            new ArrayCase("GrvGuardChangedByOuter", """
                [Differentiable]
                public static double GrvGuardChangedByOuter(double[] x, double a)
                {
                    double s = 0, t = 0;
                    for (int j = 0; j < x.Length; j++)
                    {
                        if (s < 1)
                            for (int k = 0; k <= j; k++) t += x[k] * a;
                        s += x[j] * x[j];
                    }

                    return s + t;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => { double s = 0; foreach (double v in (double[])p[0]) { if (Math.Abs(s - 1) < 0.02) return false; s += v * v; } return true; } },

            // The only reads of x are in guarded loops: with the guard false, dX must be all zeros.
            new ArrayCase("GrvOnlyGuardedReads", """
                [Differentiable]
                public static double GrvOnlyGuardedReads(double[] x, double[] y, double a)
                {
                    double s = a;
                    if (a > 0)
                        for (int i = 0; i < x.Length; i++) s += x[i] * x[i];
                    if (a < 0)
                        foreach (double v in y) s += v * a;
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[2]) > 0.05 },

            // A guarded loop with no condition (or while (true)), left by break.
            new ArrayCase("GrvNoCondition", """
                [Differentiable]
                public static double GrvNoCondition(double[] x, double a)
                {
                    double s = 0;
                    if (a > 0)
                        for (int i = 0; ; i++)
                        {
                            if (i >= x.Length) break;
                            s += x[i] * a;
                        }

                    int k = 0;
                    if (a < 0.5)
                        while (true)
                        {
                            if (k >= x.Length) break;
                            s += Math.Sin(x[k] * a);
                            k++;
                        }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 && Math.Abs((double)p[1] - 0.5) > 0.05 },

            // Guards as a bool local, a pattern, and an integer parameter compared with a length.
            new ArrayCase("GrvGuardForms", """
                [Differentiable]
                public static double GrvGuardForms(double[] x, double a, int n)
                {
                    bool on = a > 0;
                    double s = 0;
                    if (on)
                        for (int i = 0; i < x.Length; i++) s += x[i] * a;
                    if (n is > 0 and < 3)
                        for (int i = 0; i < n && i < x.Length; i++) s += x[i] * x[i];
                    if (n < x.Length)
                        for (int i = n; i < x.Length; i++) s += a * i;
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1), r.Next(4) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 },

            // Headers of other types: a bool flag stepped with the counter.
            new ArrayCase("GrvHeaderBool", """
                [Differentiable]
                public static double GrvHeaderBool(double[] x, double a)
                {
                    double s = 0;
                    int k = 0;
                    for (bool first = true; k < x.Length; first = false, k++) s += first ? x[k] : x[k] * a;
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // A header declaring a float in a double method.
            new ArrayCase("GrvHeaderFloatInDouble", """
                [Differentiable]
                public static double GrvHeaderFloatInDouble(double a)
                {
                    double s = 0;
                    for (float t = 0; t < 1; t += 0.5f) s += t * a;
                    return s;
                }
                """, (r, n) => new object[] { Uniform(r, -1, 1) }) { Sizes = ArrayCase.Scalar },

            // A guarded loop whose header has a floating-point value, and a guarded do-while.
            new ArrayCase("GrvGuardedFloatHeader", """
                [Differentiable]
                public static double GrvGuardedFloatHeader(double a)
                {
                    double s = 0;
                    if (a > 0)
                        for (double t = 0; t < 1; t += 0.5) s += t * a;
                    return s;
                }
                """, (r, n) => new object[] { Uniform(r, -1, 1) }) { Sizes = ArrayCase.Scalar, Accept = p => Math.Abs((double)p[0]) > 0.05 },

            new ArrayCase("GrvGuardedDoWhile", """
                [Differentiable]
                public static double GrvGuardedDoWhile(double[] x, double a)
                {
                    double s = 0;
                    int i = 0;
                    if (x.Length > 0)
                        do { s += x[i] * a; i++; } while (i < x.Length);
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // A guard with an increment (a side effect): joined to the condition, it would run at every test.
            new ArrayCase("GrvGuardIncrements", """
                [Differentiable]
                public static double GrvGuardIncrements(double[] x, double a)
                {
                    double s = 0;
                    int k = 0;
                    if (k++ < 1)
                        for (int i = 0; i < x.Length; i++) s += x[i] * a;
                    return s + k;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // A guarded loop whose for header reads a local function of the parameters only.
            new ArrayCase("GrvHeaderLocalFunction", """
                [Differentiable]
                public static double GrvHeaderLocalFunction(double[] x, double a, int n)
                {
                    int Half(int v) => v / 2;
                    double s = 0;
                    if (a > 0)
                        for (int i = Half(n); i < x.Length; i++) s += x[i] * a;
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1), r.Next(4) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 },

            // A guard whose loop writes the parameter it reads (a copy of it, in the generated code).
            new ArrayCase("GrvGuardParameterWritten", """
                [Differentiable]
                public static double GrvGuardParameterWritten(double[] x, double a)
                {
                    double s = 0;
                    if (a < 1)
                        for (int i = 0; i < x.Length; i++) { a += x[i] * x[i]; s += a; }
                    return s + a;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // The advice for a guard that reads what its loop changes: its result kept in an integer local before the if.
            new ArrayCase("GrvGuardKeptInInteger", """
                [Differentiable]
                public static double GrvGuardKeptInInteger(double[] x, double a)
                {
                    double s = 0;
                    int run = a < 1 ? 1 : 0;
                    if (run == 1)
                        for (int i = 0; i < x.Length; i++) { a += x[i] * x[i]; s += a; }
                    return s + a;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 2) }) { Accept = p => Math.Abs((double)p[1] - 1) > 0.05 },

            // Values the loop does not change, read under a guard on the length: computed ahead of the loop (or its gradient
            // written after it) they would throw where the guard skipped them.
            new ArrayCase("GrvInvariantUnderGuard", """
                [Differentiable("x", "a")]
                public static double GrvInvariantUnderGuard(double[] x, double a, int n)
                {
                    double s = 0;
                    if (x.Length > 0)
                        for (int i = 0; i < n; i++) s += Math.Exp(x[0] * a) * i;
                    return s + a;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1), r.Next(4) }),

            new ArrayCase("GrvInvariantElementSum", """
                [Differentiable]
                public static double GrvInvariantElementSum(double[] x, double[] y, double a)
                {
                    double s = a;
                    if (y.Length > 2)
                        for (int i = 0; i < x.Length; i++) s += x[i] * y[2] + y[1];
                    if (x.Length > 1)
                        foreach (double v in y) s += v * x[1] * x[0];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, r.Next(5)), Uniform(r, -1, 1) }),

            // Values whose derivatives are NaN where the guard is false (Sqrt, Log of a negative): 0 * NaN must not reach the gradient.
            new ArrayCase("GrvInvariantNaN", """
                [Differentiable]
                public static double GrvInvariantNaN(double[] x, double b)
                {
                    double s = 0;
                    if (b > 0)
                        for (int i = 0; i < x.Length; i++) s += Math.Sqrt(b) * x[i] + Math.Log(b);
                    if (b > 0.5)
                        foreach (double v in x) s += Math.Log(b - 0.5) * v;
                    return s + b;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 && Math.Abs((double)p[1] - 0.5) > 0.05 },

            // A guarded loop filling a local array read after it.
            new ArrayCase("GrvGuardedFill", """
                [Differentiable]
                public static double GrvGuardedFill(double[] x, double a)
                {
                    double[] buf = new double[x.Length];
                    if (a > 0)
                        for (int i = 0; i < x.Length; i++) buf[i] = x[i] * a;
                    double s = 0;
                    for (int i = 0; i < x.Length; i++) s += buf[i] * buf[i] + x[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 },

            // A guarded loop inside an outer loop, the guard false on some iterations, the inner loop reading an invariant.
            new ArrayCase("GrvInnerInvariant", """
                [Differentiable]
                public static double GrvInnerInvariant(double[] x, double a)
                {
                    double s = 0;
                    for (int j = 0; j < x.Length; j++)
                    {
                        if (x[j] > 0)
                            for (int k = 0; k < x.Length; k++) s += Math.Sqrt(x[j]) * x[k] * a;
                    }

                    return s;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n), Uniform(r, -1, 1) }),

            // A value both the guard (right of &&, behind a length test) and the loop compute: never ahead of the length test.
            new ArrayCase("GrvSharedWithGuard", """
                [Differentiable]
                public static double GrvSharedWithGuard(double[] x, double a)
                {
                    double s = a;
                    if (x.Length > 0 && Math.Exp(x[0] * a) > 1)
                        for (int i = 0; i < x.Length; i++) s += Math.Exp(x[0] * a) * x[i];
                    if (x.Length > 1)
                        foreach (double v in x) s += Math.Tanh(x[1] * a) * v * Math.Tanh(x[1] * a);
                    return s;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 },

            // Header and guarded-block locals named like what the generated code declares (value, iterations, k, log, dS).
            new ArrayCase("GrvGeneratedNames", """
                [Differentiable]
                public static double GrvGeneratedNames(double[] x, double a)
                {
                    double s = 0;
                    for (double value = 0; value < 1; value += 0.5) s += value * a;
                    if (a > 0)
                    {
                        int iterations = 0;
                        int k = 0;
                        double log = 1;
                        while (iterations < x.Length) { s += Math.Log(1 + x[iterations] * x[iterations]) * a * log; log *= 0.5; iterations++; k++; }
                    }

                    for (double iterations2 = 0, k2 = 1, dS = 0; iterations2 < 1; iterations2 += 0.5, k2 += 1, dS += 1) s += Math.Exp(iterations2 * a) * k2 + dS;
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 },

            // The advice for the guarded do loop and floating-point header: a while loop, which an if alone guards.
            new ArrayCase("GrvGuardedWhileRewrites", """
                [Differentiable]
                public static double GrvGuardedWhileRewrites(double[] x, double a)
                {
                    double s = 0;
                    if (a > 0)
                    {
                        double t = 0;
                        while (t < 1) { s += t * a; t += 0.5; }
                    }

                    int i = 0;
                    if (x.Length > 0)
                        while (i < x.Length) { s += x[i] * a; i++; }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 },

            // A guarded loop inside another if: declined, the advice joins the tests.
            new ArrayCase("GrvNestedIfs", """
                [Differentiable]
                public static double GrvNestedIfs(double[] x, double a, double b)
                {
                    double s = 0;
                    if (a > 0)
                    {
                        if (b > 0)
                            for (int i = 0; i < x.Length; i++) s += x[i] * a * b;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 && Math.Abs((double)p[2]) > 0.05 },

            // The advice followed: one if.
            new ArrayCase("GrvNestedIfsJoined", """
                [Differentiable]
                public static double GrvNestedIfsJoined(double[] x, double a, double b)
                {
                    double s = 0;
                    if (a > 0 && b > 0)
                        for (int i = 0; i < x.Length; i++) s += x[i] * a * b;
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 && Math.Abs((double)p[2]) > 0.05 },

            // Declarations before the loop that are not constants, and a for loop counting a local declared before the if.
            new ArrayCase("GrvDeclarationsNotConstant", """
                [Differentiable]
                public static double GrvDeclarationsNotConstant(double[] x, double a)
                {
                    double s = 0;
                    if (a > 0)
                    {
                        double w = a * 2;
                        for (int i = 0; i < x.Length; i++) s += x[i] * w;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 },

            new ArrayCase("GrvCounterAssignedInHeader", """
                [Differentiable]
                public static double GrvCounterAssignedInHeader(double[] x, double a)
                {
                    double s = 0;
                    int i = 0;
                    if (a > 0)
                        for (i = 0; i < x.Length; i++) s += x[i] * a;
                    return s + i;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 },

            new ArrayCase("GrvCounterAssignedBefore", """
                [Differentiable]
                public static double GrvCounterAssignedBefore(double[] x, double a)
                {
                    double s = 0;
                    int i = 0;
                    i = 0;
                    if (a > 0)
                        for (; i < x.Length; i++) s += x[i] * a;
                    return s + i;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 },

            // Guarded loops nested in guarded loops, the inner guard reading what the outer loop changes after the inner one.
            new ArrayCase("GrvNestedGuardedLoops", """
                [Differentiable]
                public static double GrvNestedGuardedLoops(double[] x, double a)
                {
                    double s = 0, t = 0;
                    if (a > -0.5)
                        for (int i = 0; i < x.Length; i++)
                        {
                            if (s < 2)
                                foreach (double v in x) t += Math.Sin(v * a) * x[i];
                            s += x[i] * x[i];
                        }

                    return s * a + t;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => { if (Math.Abs((double)p[1] + 0.5) < 0.05) return false; double s = 0; foreach (double v in (double[])p[0]) { if (Math.Abs(s - 2) < 0.02) return false; s += v * v; } return true; } },

            // A guarded foreach over a local array its body writes (C# reads each element as the iteration begins).
            new ArrayCase("GrvForeachWritesOwnArray", """
                [Differentiable]
                public static double GrvForeachWritesOwnArray(double[] x, double a)
                {
                    double[] buf = new double[x.Length];
                    for (int i = 0; i < x.Length; i++) buf[i] = x[i] * a;
                    double s = 0;
                    int k = 0;
                    if (x.Length > 1)
                        foreach (double v in buf)
                        {
                            s += v * v;
                            buf[x.Length - 1 - k] = v * 0.5;
                            k++;
                        }

                    return s + buf[0];
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Sizes = ArrayCase.NonEmpty },

            // Float headers around a guarded loop around a float header, in a float-style time loop over data.
            new ArrayCase("GrvDeepNesting", """
                [Differentiable]
                public static double GrvDeepNesting(double[] x, double a, double dt)
                {
                    double s = 0, v = a;
                    for (double t = 0; t < 1; t += dt)
                    {
                        if (t > 0.2)
                            for (int i = 0; i < x.Length; i++)
                            {
                                for (double u = t; u < 1; u += 0.4) s += x[i] * u * v;
                            }

                        v -= 0.1 * v * dt;
                    }

                    return s + v;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1), Uniform(r, 0.15, 0.3) }) { Accept = p => { double dt = (double)p[2]; for (int k = 1; k < 10; k++) { double t = k * dt; if (Math.Abs(t - 0.2) < 0.06 || Math.Abs(t - 1) < 0.06) return false; for (int j = 0; j < 5; j++) if (Math.Abs(t + (0.4 * j) - 1) < 0.06) return false; } return true; } },

            // The guard reads what an element write's index reads (not what the loop changes).
            new ArrayCase("GrvGuardReadsWriteIndex", """
                [Differentiable]
                public static double GrvGuardReadsWriteIndex(double[] x, double a, int m)
                {
                    double[] buf = new double[4];
                    if (m > 0 && m < 4)
                        for (int i = 0; i < x.Length; i++) buf[m - 1] += x[i] * a + buf[m];
                    return buf[0] + buf[1] * buf[2] + a;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1), r.Next(5) }),

            // The guard reads a local array's element that the outer loop overwrites after the guarded loop, and one it wrote before.
            new ArrayCase("GrvGuardElementOuterWrites", """
                [Differentiable]
                public static double GrvGuardElementOuterWrites(double[] x, double a)
                {
                    double[] c = { a, 0.5 };
                    double s = 0;
                    for (int j = 0; j < x.Length; j++)
                    {
                        if (c[0] > 0)
                            for (int k = 0; k < x.Length; k++) s += x[k] * c[0];
                        c[0] = c[0] * 0.5 - x[j];
                    }

                    return s + c[0];
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => { double c = (double)p[1]; foreach (double v in (double[])p[0]) { if (Math.Abs(c) < 0.02) return false; c = (c * 0.5) - v; } return true; } },

            new ArrayCase("GrvGuardElementWrittenBefore", """
                [Differentiable]
                public static double GrvGuardElementWrittenBefore(double[] x, double a)
                {
                    double[] c = new double[x.Length];
                    double s = 0;
                    for (int j = 0; j < x.Length; j++)
                    {
                        c[j] = x[j] * a;
                        if (c[j] > 0)
                            for (int k = 0; k <= j; k++) s += x[k] * c[j];
                    }

                    return s;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 },

            // Calls of differentiable methods in a guarded loop: of scalars, and passing arrays.
            new ArrayCase("GrvCallsInGuardedLoop", """
                [Differentiable]
                public static double GrvSoftplus(double v) => Math.Log(1 + Math.Exp(v));

                [Differentiable]
                public static double GrvDot(double[] u, double[] w)
                {
                    double d = 0;
                    for (int i = 0; i < u.Length; i++) d += u[i] * w[i];
                    return d;
                }

                [Differentiable]
                public static double GrvCallsInGuardedLoop(double[] x, double[] y, double a)
                {
                    double s = 0;
                    if (a > 0)
                        for (int i = 0; i < x.Length; i++) s += GrvSoftplus(x[i] * a) * GrvDot(x, y);
                    if (x.Length > 1)
                        foreach (double v in y) s += GrvSoftplus(v) * GrvDot(y, x) * a;
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[2]) > 0.05 },
        };

        public static readonly ArrayCase[] Float =
        {
            ArrayCase.FloatTwinOf(All.Single(c => c.Name == "GrvTwoGuards"), """
                [Differentiable]
                public static float GrvTwoGuardsFloat(float[] x, float a)
                {
                    float s = 0;
                    if (a > 0)
                        for (int i = 0; i < x.Length; i++) s += x[i] * x[i] * a;
                    if (x.Length > 2)
                    {
                        int k = 0;
                        while (k < x.Length) { s = s * 0.5f + MathF.Sin(a * x[k]); k++; }
                    }

                    return s;
                }
                """),

            ArrayCase.FloatTwinOf(All.Single(c => c.Name == "GrvHeaderSeveral"), """
                [Differentiable]
                public static float GrvHeaderSeveralFloat(float a, float b)
                {
                    float s = 0;
                    for (float t = 1, u = b; t < 20; t *= 2, u /= 2) s += u * a + t * b;
                    for (float t = 16, u = a; t > 1; t /= 2, u *= 1.5f) s += u * t;
                    for (float t = 0; t < 1; t += 0.5f)
                        for (float u = t; u < 1; u += 0.5f) s += t * u * a * b;
                    return s;
                }
                """),
        };
    }
}
