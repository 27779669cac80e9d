using System;
using System.Linq;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// An adversarial review of loops and local arrays inside an if, and after <c>if (...) continue;</c> (BranchedLoopCases):
    /// tests that would throw where skipped, names the flattening joins into one scope, counting loops of every direction,
    /// nested and chained ifs, exits, calls, in-place updates and float methods.
    /// </summary>
    public static class BranchedLoopReviewCases
    {
        public static readonly ArrayCase[] Double =
        {
            // The if's first statement reads x[0], which does not exist where the test fails.
            new ArrayCase("BlrFirstElement", """
                [Differentiable]
                public static double BlrFirstElement(double[] x, double c)
                {
                    double s = c;
                    if (x.Length > 0)
                    {
                        double a = x[0];
                        for (int i = 1; i < x.Length; i++) s += a * x[i] * c;
                        s += a;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            // Two ifs declaring t, a loop before them and one after declaring t in their bodies.
            new ArrayCase("BlrSiblingNames", """
                [Differentiable]
                public static double BlrSiblingNames(double[] x, double a)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++) { double t = x[i] * a; s += t * t; }
                    if (a > 0)
                    {
                        double t = 0;
                        for (int i = 0; i < x.Length; i++) t += x[i];
                        s += t * a;
                    }

                    if (a < 0.5)
                    {
                        double t = 1;
                        for (int i = 0; i < x.Length; i++) t *= 0.5 + 0.1 * x[i];
                        s += t;
                    }
                    else
                    {
                        double t = a;
                        int i = 0;
                        while (i < x.Length) { t += x[i] * x[i]; i++; }
                        s -= t;
                    }

                    for (int j = 0; j < x.Length; j++) { double t = Math.Sin(x[j]); s += t; }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1.5) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 && Math.Abs((double)p[1] - 0.5) > 0.05 },

            // Integer locals of the if read by a later loop's bound, start, and an array's length.
            new ArrayCase("BlrIntegerLocalBound", """
                [Differentiable]
                public static double BlrIntegerLocalBound(double[] x, double c)
                {
                    double s = 0;
                    if (c > 0)
                    {
                        int m = x.Length / 2;
                        for (int i = 0; i < m; i++) s += x[i] * c;
                        int k = m;
                        while (k < x.Length) { s += x[k] * x[k] * c; k++; }
                        int h = x.Length - m;
                        double[] d = new double[h];
                        for (int i = m; i < x.Length; i++) d[i - m] = x[i] - c;
                        for (int i = 0; i < h; i++) s += d[i] * d[i];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 },

            // The counter is declared before the if and read after it (where the test fails it keeps its value).
            new ArrayCase("BlrCounterOutside", """
                [Differentiable]
                public static double BlrCounterOutside(double[] x, double a)
                {
                    double s = a;
                    int i = 0;
                    if (a > 0)
                    {
                        for (i = 1; i < x.Length; i++) s += a * x[i];
                        s += 0.5;
                    }

                    int j = 1;
                    if (a < 0.5)
                    {
                        for (; j < x.Length; j++) s += a * x[j] * x[j];
                    }

                    return s + i * a + j;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1.5) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 && Math.Abs((double)p[1] - 0.5) > 0.05 },

            // A while loop with a compound condition, a local of the if read after it.
            new ArrayCase("BlrWhileCompound", """
                [Differentiable]
                public static double BlrWhileCompound(double[] x, double a)
                {
                    double s = 0;
                    if (a > 0)
                    {
                        int k = 0;
                        double t = a;
                        while (k < x.Length && (t < 3 || k < 2))
                        {
                            t += x[k] * x[k];
                            k++;
                        }

                        s += t * k;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1.5) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 && Partial((double[])p[0], (double)p[1]).All(t => Math.Abs(t - 3) > 0.05) },

            // A break inside the loop inside the if.
            new ArrayCase("BlrBreakInside", """
                [Differentiable]
                public static double BlrBreakInside(double[] x, double a)
                {
                    double s = a;
                    if (a > 0)
                    {
                        for (int i = 0; i < x.Length; i++)
                        {
                            if (x[i] > 1.2) break;
                            s += a * x[i];
                        }
                    }
                    else
                    {
                        s -= a;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 && ((double[])p[0]).All(v => Math.Abs(v - 1.2) > 0.01) },

            // An outer loop's last statement: an if with a loop, then break.
            new ArrayCase("BlrLoopThenBreak", """
                [Differentiable]
                public static double BlrLoopThenBreak(double[] x, double a)
                {
                    double s = 0;
                    for (int j = 0; j < x.Length; j++)
                    {
                        s += a * x[j] * x[j];
                        if (s > 2)
                        {
                            for (int i = 0; i <= j; i++) s += 0.1 * x[i];
                            break;
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.2, 1.5) }) { Accept = p => Running((double[])p[0], (double)p[1]).All(t => Math.Abs(t - 2) > 0.05) },

            // An if with a loop ending in continue, statements after it in the outer loop's body.
            new ArrayCase("BlrLoopThenContinue", """
                [Differentiable]
                public static double BlrLoopThenContinue(double[] x, double a)
                {
                    double s = 0;
                    for (int j = 0; j < x.Length; j++)
                    {
                        if (x[j] > 0)
                        {
                            double t = 0;
                            for (int i = 0; i <= j; i++) t += a * x[i];
                            s += t * t;
                            continue;
                        }

                        s += Math.Sin(a * x[j]);
                    }

                    return s;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n), Uniform(r, -1.5, 1.5) }),

            // Ifs three deep, a loop at each level, else sides.
            new ArrayCase("BlrThreeDeep", """
                [Differentiable]
                public static double BlrThreeDeep(double[] x, double a, double b)
                {
                    double s = a * b;
                    if (a > 0)
                    {
                        for (int i = 0; i < x.Length; i++) s += a * x[i];
                        if (b > 0)
                        {
                            double u = b * b;
                            for (int i = 0; i < x.Length; i++) u += x[i] * b;
                            if (a + b > 1)
                            {
                                double v = 0;
                                for (int i = x.Length - 1; i >= 0; i--) v = 0.5 * v + x[i] * a;
                                u += v;
                            }
                            else
                            {
                                u -= a;
                            }

                            s += u;
                        }
                        else
                        {
                            double w = 0;
                            foreach (double v in x) w += v * v * b;
                            s += w;
                        }
                    }
                    else
                    {
                        s -= b;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1.5), Uniform(r, -1, 1.5) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 && Math.Abs((double)p[2]) > 0.05 && Math.Abs((double)p[1] + (double)p[2] - 1) > 0.05 },

            // An else-if chain, a loop in every arm, the same local name in each.
            new ArrayCase("BlrElseIfChain", """
                [Differentiable("x", "a")]
                public static double BlrElseIfChain(double[] x, double a, int mode)
                {
                    double s = 0;
                    if (mode == 0)
                    {
                        double t = 0;
                        for (int i = 0; i < x.Length; i++) t += x[i] * a;
                        s = t;
                    }
                    else if (mode == 1)
                    {
                        double t = 1;
                        for (int i = 0; i < x.Length; i++) t += x[i] * x[i];
                        s = t * a;
                    }
                    else if (mode == 2)
                        for (int i = 0; i < x.Length; i++) s += Math.Exp(a * x[i]);
                    else
                        s = a;

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1), r.Next(4) }),

            // Calls of a [Differentiable] method before and after the loop inside the if.
            new ArrayCase("BlrCallsAround", """
                [Differentiable]
                public static double BlrSq(double z) => z * z + Math.Sin(z);

                [Differentiable]
                public static double BlrCallsAround(double[] x, double a)
                {
                    double s = 0;
                    if (a > 0)
                    {
                        double g = BlrSq(a);
                        for (int i = 0; i < x.Length; i++) s += g * x[i];
                        double h = BlrSq(s);
                        s += h;
                    }
                    else
                    {
                        s = BlrSq(a * 2);
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -0.5, 0.5), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 },

            // A local array declared before the if, updated in place inside it, read after.
            new ArrayCase("BlrInPlaceBefore", """
                [Differentiable]
                public static double BlrInPlaceBefore(double[] x, double a)
                {
                    double[] t = new double[x.Length];
                    for (int i = 0; i < x.Length; i++) t[i] = x[i] * a;
                    if (a > 0)
                    {
                        double scale = 1 + a;
                        for (int i = 0; i < t.Length; i++) t[i] = t[i] * scale;
                        for (int i = 1; i < t.Length; i++) t[i] += t[i - 1];
                    }

                    double s = 0;
                    for (int i = 0; i < t.Length; i++) s += t[i] * t[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 },

            // Arrays made in both sides under one name, filled and read in the side.
            new ArrayCase("BlrArraysBothSides", """
                [Differentiable]
                public static double BlrArraysBothSides(double[] x, double a)
                {
                    double s = 0;
                    if (a > 0)
                    {
                        double[] d = new double[x.Length];
                        for (int i = 0; i < x.Length; i++) d[i] = x[i] * a;
                        for (int i = 0; i < d.Length; i++) s += d[i] * d[i];
                    }
                    else
                    {
                        double[] d = new double[x.Length + 1];
                        d[0] = a;
                        for (int i = 0; i < x.Length; i++) d[i + 1] = d[i] + x[i];
                        s = d[x.Length];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 },

            // Counting down, by > 0, >= k and from a constant.
            new ArrayCase("BlrCountingDown", """
                [Differentiable("x", "a")]
                public static double BlrCountingDown(double[] x, double a, int k)
                {
                    double s = 0;
                    if (a > 0)
                    {
                        for (int i = x.Length - 1; i >= 0; i--) s = s * 0.5 + x[i] * a;
                        for (int i = x.Length - 1; i > 0; i--) s += x[i] * x[i - 1];
                        for (int i = x.Length - 1; i >= k; i--) s += a * x[i];
                        for (int i = 2; i >= k; i--) s += a * i;
                        for (int i = 1; i <= x.Length - 1; i++) s += x[i - 1] * a * a;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1), r.Next(-1, 3) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 },

            // A counting loop whose start reads an element, counting down.
            new ArrayCase("BlrFromElementDown", """
                [Differentiable("x", "a")]
                public static double BlrFromElementDown(double[] x, int[] start, double a)
                {
                    double s = a;
                    if (start.Length > 0 && start[0] < x.Length)
                    {
                        for (int i = start[0]; i >= 0; i--) s += x[i] * a;
                        for (int i = start[0]; i < x.Length; i++) s += x[i] * x[i];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), r.Next(3) == 0 ? new int[0] : new[] { r.Next(n + 2) }, Uniform(r, -1, 1) }),

            // Two counters in one header.
            new ArrayCase("BlrTwoCounters", """
                [Differentiable]
                public static double BlrTwoCounters(double[] x, double a)
                {
                    double s = a;
                    if (a > 0)
                    {
                        for (int i = 0, j = x.Length - 1; i < j; i++, j--) s += x[i] * x[j] * a;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 },

            // Inside an outer loop, the test reads the sum the inner loop changes.
            new ArrayCase("BlrTestReadsSumInLoop", """
                [Differentiable]
                public static double BlrTestReadsSumInLoop(double[] x, double c)
                {
                    double s = 0;
                    for (int j = 0; j < 4; j++)
                    {
                        s += 0.3 * c;
                        if (s < 1)
                        {
                            for (int i = 0; i < x.Length; i++) s += 0.1 * Math.Exp(0.5 * x[i] * c);
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1.5) }) { Accept = p => SumsBeforeTests((double[])p[0], (double)p[1]).All(t => Math.Abs(t - 1) > 0.02) },

            // A test with && and || reading elements.
            new ArrayCase("BlrTestReadsElements", """
                [Differentiable]
                public static double BlrTestReadsElements(double[] x, double a)
                {
                    double s = a;
                    if (x.Length > 1 && (x[0] > 0 || x[1] < -0.5))
                    {
                        double t = x[0] + x[1];
                        for (int i = 2; i < x.Length; i++) t += x[i] * a;
                        s += t * t;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => ((double[])p[0]).Length < 2 || (Math.Abs(((double[])p[0])[0]) > 0.05 && Math.Abs(((double[])p[0])[1] + 0.5) > 0.05) },

            // if (...) continue; with statements in its then-side, an array and a loop after it.
            new ArrayCase("BlrContinueThenSide", """
                [Differentiable]
                public static double BlrContinueThenSide(double[] x, double a)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double v = x[i] * a;
                        if (v < 0) { s -= v * v; continue; }
                        double[] p = new double[i + 1];
                        for (int j = 0; j <= i; j++) p[j] = x[j] * v;
                        double t = 0;
                        for (int j = 0; j <= i; j++) t += p[j];
                        s += t;
                    }

                    return s;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 },

            // A continue in an if inside the if that holds the loop.
            new ArrayCase("BlrContinueInNestedIf", """
                [Differentiable]
                public static double BlrContinueInNestedIf(double[] x, double a)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (a > 0)
                        {
                            if (x[i] < 0) continue;
                            for (int j = 0; j < i; j++) s += x[j] * x[i] * a;
                        }

                        s += x[i];
                    }

                    return s;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 },

            // A long counter.
            new ArrayCase("BlrLongCounter", """
                [Differentiable]
                public static double BlrLongCounter(double[] x, double a)
                {
                    double s = 0;
                    if (a > 0)
                    {
                        for (long i = 0; i < x.Length; i++) s += x[i] * a;
                        long k = 0;
                        while (k < x.Length) { s += x[k] * x[k]; k += 2; }
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 },

            // A floating-point for header that reads an element, where the element does not exist when skipped.
            new ArrayCase("BlrFloatHeaderElement", """
                [Differentiable]
                public static double BlrFloatHeaderElement(double[] w, double a)
                {
                    double s = a;
                    if (w.Length > 0)
                    {
                        for (double t = w[0]; t < 2; t += 0.5) s += t * a;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // The skipped side's value is infinite: 1 / n for n = 0.
            new ArrayCase("BlrSkippedInfinite", """
                [Differentiable("x")]
                public static double BlrSkippedInfinite(double[] x, int n)
                {
                    double s = 1;
                    if (n > 0)
                    {
                        double inv = 1.0 / n;
                        double l = Math.Log(n);
                        for (int i = 0; i < x.Length; i++) s += inv * x[i] * l;
                        s *= inv;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), n }),

            // Only the else side holds the loop.
            new ArrayCase("BlrElseOnly", """
                [Differentiable]
                public static double BlrElseOnly(double[] x, double a)
                {
                    double s = a;
                    if (a > 0) s += a * a;
                    else
                    {
                        double m = 0;
                        for (int i = 0; i < x.Length; i++) m = Math.Max(m, x[i] * a);
                        s += m;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Separated(r, n), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 && ((double[])p[0]).All(v => Math.Abs(v * (double)p[1]) > 0.02) },

            // An if with a loop inside a loop inside an if.
            new ArrayCase("BlrIfInLoopInIf", """
                [Differentiable]
                public static double BlrIfInLoopInIf(double[] x, double a)
                {
                    double s = 0;
                    if (a > 0)
                    {
                        for (int i = 0; i < x.Length; i++)
                        {
                            if (x[i] > 0)
                            {
                                double t = 0;
                                for (int j = 0; j <= i; j++) t += x[j] * a;
                                s += t;
                            }
                            else
                            {
                                s -= x[i];
                            }
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 },

            // A switch inside the if, a loop in one of its sections.
            new ArrayCase("BlrSwitchInIf", """
                [Differentiable("x", "a")]
                public static double BlrSwitchInIf(double[] x, double a, int mode)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++) { double t = x[i]; s += t; }
                    if (a > 0)
                    {
                        for (int i = 0; i < x.Length; i++) s += a * x[i];
                        switch (mode)
                        {
                            case 0:
                                double t = a;
                                for (int i = 0; i < x.Length; i++) t += x[i] * x[i];
                                s += t;
                                break;
                            default:
                                s -= a;
                                break;
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1), r.Next(2) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 },

            // A switch with a loop in a section, outside any if.
            new ArrayCase("BlrSwitchLoop", """
                [Differentiable("x", "a")]
                public static double BlrSwitchLoop(double[] x, double a, int mode)
                {
                    double s = 0;
                    switch (mode)
                    {
                        case 0:
                            for (int i = 0; i < x.Length; i++) s += x[i] * a;
                            break;
                        default:
                            s = a;
                            break;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1), r.Next(2) }),

            // A call passing an array inside the if that holds a loop.
            new ArrayCase("BlrArrayCallInIf", """
                [Differentiable]
                public static double BlrDot(double[] u, double[] v)
                {
                    double s = 0;
                    for (int i = 0; i < u.Length; i++) s += u[i] * v[i];
                    return s;
                }

                [Differentiable]
                public static double BlrArrayCallInIf(double[] x, double a)
                {
                    double s = 0;
                    if (a > 0)
                    {
                        double[] d = new double[x.Length];
                        for (int i = 0; i < x.Length; i++) d[i] = x[i] * a;
                        s = BlrDot(d, x);
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 },

            // A return inside the if after its loop.
            new ArrayCase("BlrReturnInIf", """
                [Differentiable]
                public static double BlrReturnInIf(double[] x, double a)
                {
                    double s = 0;
                    if (a > 0)
                    {
                        for (int i = 0; i < x.Length; i++) s += x[i] * a;
                        return s;
                    }

                    for (int i = 0; i < x.Length; i++) s += x[i] * x[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 },

            // A local function declared in the if, called in its loop.
            new ArrayCase("BlrLocalFunctionInIf", """
                [Differentiable]
                public static double BlrLocalFunctionInIf(double[] x, double a)
                {
                    double s = 0;
                    if (a > 0)
                    {
                        double Sq(double u) => u * u * a;
                        for (int i = 0; i < x.Length; i++) s += Sq(x[i]);
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 },

            // A stackalloc buffer in the if, inside an outer loop.
            new ArrayCase("BlrStackallocInIf", """
                [Differentiable]
                public static double BlrStackallocInIf(double[] x, double a)
                {
                    double s = 0;
                    if (a > 0)
                    {
                        Span<double> b = stackalloc double[x.Length];
                        for (int i = 0; i < x.Length; i++) b[i] = x[i] * a;
                        for (int i = 0; i < b.Length; i++) s += b[i] * b[i];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 },

            // A local of the if declared as a constant, read past the loop and changed after it, inside an outer loop.
            new ArrayCase("BlrConstantLocalInOuterLoop", """
                [Differentiable]
                public static double BlrConstantLocalInOuterLoop(double[] x, double a)
                {
                    double s = 0;
                    for (int j = 0; j < 3; j++)
                    {
                        if (a * j > 0.5)
                        {
                            double t = 0;
                            int count = 0;
                            for (int i = 0; i < x.Length; i++) { t += x[i] * a; count++; }
                            t *= count;
                            s += t;
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1] - 0.5) > 0.05 && Math.Abs(2 * (double)p[1] - 0.5) > 0.05 },

            // A switch inside the if whose section declares t, and a later loop body declaring t.
            new ArrayCase("BlrSwitchLaterName", """
                [Differentiable("x", "a")]
                public static double BlrSwitchLaterName(double[] x, double a, int mode)
                {
                    double s = 0;
                    if (a > 0)
                    {
                        switch (mode)
                        {
                            case 0:
                                double t = a;
                                for (int i = 0; i < x.Length; i++) t += x[i] * x[i];
                                s += t;
                                break;
                            case 1:
                                double[] d = new double[x.Length];
                                for (int i = 0; i < x.Length; i++) d[i] = a * x[i];
                                for (int i = 0; i < x.Length; i++) s += d[i] * x[i];
                                break;
                            default:
                                s -= a;
                                break;
                        }
                    }

                    for (int j = 0; j < x.Length; j++) { double t = x[j] * a; s += t * t; }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1), r.Next(3) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 },

            // if (...) return inside the if after its loop, then the if's last return.
            new ArrayCase("BlrTailReturnInIf", """
                [Differentiable]
                public static double BlrTailReturnInIf(double[] x, double a)
                {
                    double s = a;
                    for (int i = 0; i < x.Length; i++) s += x[i];
                    if (a > 0)
                    {
                        double t = 0;
                        for (int i = 0; i < x.Length; i++) t += x[i] * x[i] * a;
                        if (t > 100) return t;
                        s += t;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 },

            // A return from the loop inside the if right before the method's return.
            new ArrayCase("BlrLoopReturnInIf", """
                [Differentiable]
                public static double BlrLoopReturnInIf(double[] x, double a)
                {
                    double s = a;
                    if (a > 0)
                    {
                        for (int i = 0; i < x.Length; i++)
                        {
                            if (x[i] > 1.5) return x[i] * a;
                            s += x[i] * a;
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 && ((double[])p[0]).All(v => Math.Abs(v - 1.5) > 0.01) },

            // A parameter named taken and a local named skipped, beside the flags the lowering makes.
            new ArrayCase("BlrFlagNames", """
                [Differentiable("x", "a")]
                public static double BlrFlagNames(double[] x, double a, int taken)
                {
                    double s = 0;
                    int skipped = taken + 1;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (x[i] * a > 1) continue;
                        double t = 0;
                        for (int j = 0; j < skipped; j++) t += x[i] * a;
                        s += t;
                    }

                    if (a > 0)
                    {
                        int taken2 = 2;
                        for (int i = 0; i < x.Length; i++) s += x[i] * taken2 * taken;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1), r.Next(3) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 && ((double[])p[0]).All(v => Math.Abs(v * (double)p[1] - 1) > 0.02) },

            // An empty then side, the loop in the else side.
            new ArrayCase("BlrEmptyThen", """
                [Differentiable]
                public static double BlrEmptyThen(double[] x, double a)
                {
                    double s = a;
                    if (a <= 0)
                    {
                    }
                    else
                    {
                        for (int i = 0; i < x.Length; i++) s *= 1 + 0.1 * x[i];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 },

            // continue, then a loop, then a return from the loop before the method's return.
            new ArrayCase("BlrContinueThenReturn", """
                [Differentiable]
                public static double BlrContinueThenReturn(double[] x, double a)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (x[i] < 0) continue;
                        double t = 0;
                        for (int j = 0; j <= i; j++) t += x[j] * a;
                        s += t;
                        if (s > 5) return s;
                    }

                    return s;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n), Uniform(r, -1, 1) }),

            // continue in a while loop (the counter stepped before it) and in a do loop.
            new ArrayCase("BlrContinueWhileDo", """
                [Differentiable]
                public static double BlrContinueWhileDo(double[] x, double a)
                {
                    double s = 0;
                    int k = 0;
                    while (k < x.Length)
                    {
                        double v = x[k] * a;
                        k++;
                        if (v < 0) continue;
                        double t = 0;
                        for (int j = 0; j < k; j++) t += x[j] * v;
                        s += t;
                    }

                    int m = 0;
                    do
                    {
                        m++;
                        if (m % 2 == 0) continue;
                        double[] p = new double[m];
                        for (int j = 0; j < m; j++) p[j] = a * j;
                        for (int j = 0; j < m; j++) s += p[j] * p[j];
                    }
                    while (m < 4);

                    return s;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 },

            // continue in a foreach, a loop after it reading the element.
            new ArrayCase("BlrContinueForeach", """
                [Differentiable]
                public static double BlrContinueForeach(double[] x, double a)
                {
                    double s = 0;
                    foreach (double v in x)
                    {
                        if (v * a > 0.5) continue;
                        double t = 1;
                        for (int j = 0; j < 3; j++) t = t * v + a;
                        s += t;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => ((double[])p[0]).All(v => Math.Abs(v * (double)p[1] - 0.5) > 0.02) },

            // An if whose then side holds a loop and ends in continue, a loop after it.
            new ArrayCase("BlrLoopContinueLoop", """
                [Differentiable]
                public static double BlrLoopContinueLoop(double[] x, double a)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (x[i] < 0)
                        {
                            for (int j = 0; j < i; j++) s += x[j] * a;
                            continue;
                        }

                        for (int j = 0; j <= i; j++) s += x[j] * x[i];
                    }

                    return s;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n), Uniform(r, -1, 1) }),

            // An if with a loop ending in break, a loop after it.
            new ArrayCase("BlrLoopBreakLoop", """
                [Differentiable]
                public static double BlrLoopBreakLoop(double[] x, double a)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (x[i] < 0)
                        {
                            for (int j = 0; j < i; j++) s += x[j] * a;
                            break;
                        }

                        for (int j = 0; j <= i; j++) s += x[j] * x[i];
                    }

                    return s;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n), Uniform(r, -1, 1) }),

            // A block inside the if, declaring t beside a later t.
            new ArrayCase("BlrBlockInIf", """
                [Differentiable]
                public static double BlrBlockInIf(double[] x, double a)
                {
                    double s = 0;
                    if (a > 0)
                    {
                        {
                            double t = 0;
                            for (int i = 0; i < x.Length; i++) t += x[i];
                            s += t * a;
                        }
                        {
                            double t = 1;
                            for (int i = 0; i < x.Length; i++) t += x[i] * x[i];
                            s += t;
                        }
                    }

                    double u = 0;
                    for (int i = 0; i < x.Length; i++) { double t = x[i] * a; u += t; }
                    return s + u;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 },

            // The bound changed in the if before its loop; the test reads a local array's element the loop writes.
            new ArrayCase("BlrBoundChangedTestReadsArray", """
                [Differentiable]
                public static double BlrBoundChangedTestReadsArray(double[] x, double a)
                {
                    int n = x.Length;
                    double[] t = new double[n + 1];
                    t[0] = a;
                    for (int i = 0; i < n; i++) t[i + 1] = t[i] * 0.5 + x[i];
                    double s = 0;
                    if (t[0] < 0.5)
                    {
                        n = n - 1;
                        for (int i = 0; i <= n; i++) t[i] = t[i + 1] * a;
                    }
                    else
                    {
                        for (int i = n; i > 0; i--) t[i] = t[i - 1] + a;
                    }

                    for (int i = 0; i < t.Length; i++) s += t[i] * t[i];
                    return s + n;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1] - 0.5) > 0.05 },

            // In the then side, an element write of an array declared before, then a loop reading it.
            new ArrayCase("BlrElementThenLoop", """
                [Differentiable]
                public static double BlrElementThenLoop(double[] x, double a)
                {
                    double[] t = new double[x.Length + 1];
                    double s = 0;
                    if (a > 0)
                    {
                        t[0] = a;
                        for (int i = 1; i < t.Length; i++) t[i] = t[i - 1] * x[i - 1];
                        s = t[x.Length];
                    }
                    else
                    {
                        s = a * a;
                    }

                    for (int i = 0; i < t.Length; i++) s += t[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 },

            // Locals of the if declared from each other, read after a loop, inside an outer loop.
            new ArrayCase("BlrChainedLocals", """
                [Differentiable]
                public static double BlrChainedLocals(double[] x, double a)
                {
                    double s = 0;
                    for (int j = 0; j < x.Length; j++)
                    {
                        if (x[j] > 0)
                        {
                            double p = x[j] * a, q = p * p;
                            int m = j + 1;
                            double acc = 0;
                            for (int i = 0; i < m; i++) acc += x[i] * p;
                            s += acc * q + m;
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n), Uniform(r, -1, 1) }),

            // An array the if makes with a length read from data, the test guarding it.
            new ArrayCase("BlrArrayLengthFromData", """
                [Differentiable("x", "a")]
                public static double BlrArrayLengthFromData(double[] x, int[] lengths, double a)
                {
                    double s = a;
                    if (lengths.Length > 0 && lengths[0] <= x.Length)
                    {
                        double[] d = new double[lengths[0]];
                        for (int i = 0; i < d.Length; i++) d[i] = x[i] * a;
                        for (int i = 0; i < d.Length; i++) s += d[i];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), r.Next(3) == 0 ? new int[0] : new[] { r.Next(0, n + 2) }, Uniform(r, -1, 1) }),

            // Inside an outer loop, the test reads an element of a local array the if's loop overwrites.
            new ArrayCase("BlrTestReadsArrayInLoop", """
                [Differentiable]
                public static double BlrTestReadsArrayInLoop(double[] x, double a)
                {
                    double[] t = new double[x.Length + 1];
                    for (int i = 0; i < x.Length; i++) t[i + 1] = x[i] * a;
                    t[0] = a;
                    double s = 0;
                    for (int r = 0; r < 3; r++)
                    {
                        if (t[0] < 1)
                        {
                            for (int i = 0; i < t.Length; i++) t[i] = t[i] * 0.5 + 0.6;
                        }

                        s += t[0] * t[t.Length - 1];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 2.5) }) { Accept = p => ArrayTests((double)p[1]).All(t => Math.Abs(t - 1) > 0.03) },

            // The same with continue: the test reads an element the rest of the iteration overwrites.
            new ArrayCase("BlrSkipReadsArrayInLoop", """
                [Differentiable]
                public static double BlrSkipReadsArrayInLoop(double[] x, double a)
                {
                    double[] t = new double[x.Length + 1];
                    for (int i = 0; i < x.Length; i++) t[i + 1] = x[i] * a;
                    t[0] = a;
                    double s = 0;
                    for (int r = 0; r < 3; r++)
                    {
                        s += t[0];
                        if (t[0] >= 1) continue;
                        for (int i = 0; i < t.Length; i++) t[i] = t[i] * 0.5 + 0.6;
                    }

                    return s + t[t.Length - 1];
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 2.5) }) { Accept = p => ArrayTests((double)p[1]).All(t => Math.Abs(t - 1) > 0.03) },

            // A local function of the if reads a local of the if.
            new ArrayCase("BlrLocalFunctionCapture", """
                [Differentiable]
                public static double BlrLocalFunctionCapture(double[] x, double a)
                {
                    double s = 0;
                    if (a > 0)
                    {
                        double k = a * 2;
                        double F(double u) => u * k;
                        for (int i = 0; i < x.Length; i++) s += F(x[i]);
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 },

            // A deconstruction and a local declared without a value in the if, read by its loop.
            new ArrayCase("BlrDeconstructAndUnassigned", """
                [Differentiable]
                public static double BlrDeconstructAndUnassigned(double[] x, double a)
                {
                    double s = 0;
                    if (x.Length > 1)
                    {
                        var (p, q) = (x[0], x[1] * a);
                        double t;
                        if (a > 0) t = p; else t = q;
                        for (int i = 2; i < x.Length; i++) s += x[i] * t + q;
                        s += p;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 },

            // The counting loop's start is a local of the if changed after the loop.
            new ArrayCase("BlrStartChangedAfter", """
                [Differentiable]
                public static double BlrStartChangedAfter(double[] x, double a)
                {
                    double s = 0;
                    if (a > 0)
                    {
                        int k = x.Length / 2;
                        for (int i = k; i < x.Length; i++) s += x[i] * x[i] * a;
                        k = 0;
                        s += k;
                        for (int i = x.Length - 1; i >= k; i--) s = s * 0.9 + x[i];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 },

            // A do loop after if (...) continue;.
            new ArrayCase("BlrContinueThenDo", """
                [Differentiable]
                public static double BlrContinueThenDo(double[] x, double a)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (x[i] < 0) continue;
                        int k = 0;
                        do { s += x[i] * a; k++; } while (k < 2);
                    }

                    return s;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n), Uniform(r, -1, 1) }),

            // An array given its elements after if (...) continue;.
            new ArrayCase("BlrContinueThenGivenArray", """
                [Differentiable]
                public static double BlrContinueThenGivenArray(double[] x, double a)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (x[i] < 0) continue;
                        double[] w = { x[i], a * x[i] };
                        s += w[0] * w[1];
                    }

                    return s;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n), Uniform(r, -1, 1) }),

            // A for loop with no condition, left by break, inside the if.
            new ArrayCase("BlrNoConditionFor", """
                [Differentiable]
                public static double BlrNoConditionFor(double[] x, double a)
                {
                    double s = 0;
                    if (a > 0)
                    {
                        for (int i = 0; ; i++)
                        {
                            if (i >= x.Length) break;
                            s += x[i] * a;
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 },

            // A loop stepping by two and one stepping down by two, in the else side.
            new ArrayCase("BlrStepTwo", """
                [Differentiable]
                public static double BlrStepTwo(double[] x, double a)
                {
                    double s = a;
                    if (a > 0) s *= 2;
                    else
                    {
                        for (int i = 0; i < x.Length; i += 2) s += x[i] * a;
                        for (int i = x.Length - 1; i >= 0; i -= 2) s += x[i] * x[i];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 },

            // A switch section holding an if that holds a loop, outside any if.
            new ArrayCase("BlrSwitchSectionIf", """
                [Differentiable("x", "a")]
                public static double BlrSwitchSectionIf(double[] x, double a, int mode)
                {
                    double s = a;
                    switch (mode)
                    {
                        case 0:
                            if (a > 0)
                            {
                                for (int i = 0; i < x.Length; i++) s += x[i] * a;
                            }

                            break;
                        default:
                            s -= a;
                            break;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1), r.Next(2) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 },

            // Inside the if, a loop whose body holds a switch with a loop in a section.
            new ArrayCase("BlrSwitchInLoopInIf", """
                [Differentiable("x", "a")]
                public static double BlrSwitchInLoopInIf(double[] x, double a, int mode)
                {
                    double s = a;
                    if (a > 0)
                    {
                        for (int j = 0; j < 2; j++)
                        {
                            switch (mode)
                            {
                                case 0:
                                    for (int i = 0; i < x.Length; i++) s += x[i] * a;
                                    break;
                                default:
                                    s -= a;
                                    break;
                            }
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1), r.Next(2) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 },

            // In a loop, a switch section holding an if that holds a loop.
            new ArrayCase("BlrLoopSwitchSectionIf", """
                [Differentiable("x", "a")]
                public static double BlrLoopSwitchSectionIf(double[] x, double a, int mode)
                {
                    double s = a;
                    for (int j = 0; j < 2; j++)
                    {
                        switch (mode)
                        {
                            case 0:
                                if (a > 0)
                                {
                                    for (int i = 0; i < x.Length; i++) s += x[i] * a;
                                }

                                break;
                            default:
                                s -= a;
                                break;
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1), r.Next(2) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 },

            // Locals of the if read only by a later loop's step and its header.
            new ArrayCase("BlrStepLocal", """
                [Differentiable]
                public static double BlrStepLocal(double[] x, double a)
                {
                    double s = 0;
                    if (a > 0)
                    {
                        int step = 2;
                        int first = x.Length % 2;
                        for (int i = first; i < x.Length; i += step) s += x[i] * a;
                        for (int i = 0, j = first; j < x.Length; i++, j += step) s += x[j] * i;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 },

            // A parameter the loop changes, which the test reads.
            new ArrayCase("BlrParameterWrittenInIf", """
                [Differentiable]
                public static double BlrParameterWrittenInIf(double[] x, double a)
                {
                    if (a > 0)
                    {
                        for (int i = 0; i < x.Length; i++) a = a * 0.9 + x[i];
                    }
                    else
                    {
                        a = -a;
                    }

                    return a;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 },

            // A while (true) loop left by break inside the if.
            new ArrayCase("BlrWhileTrue", """
                [Differentiable]
                public static double BlrWhileTrue(double[] x, double a)
                {
                    double s = 0;
                    if (x.Length > 0)
                    {
                        int k = 0;
                        while (true)
                        {
                            s += x[k] * a;
                            k++;
                            if (k >= x.Length) break;
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // Inside an outer loop, the start of the if's counting loop changed after the loop.
            new ArrayCase("BlrStartChangedInLoop", """
                [Differentiable]
                public static double BlrStartChangedInLoop(double[] x, double a)
                {
                    double s = 0;
                    for (int r = 0; r < x.Length; r++)
                    {
                        if (x[r] > 0)
                        {
                            int k = r;
                            for (int i = k; i < x.Length; i++) s += x[i] * x[r] * a;
                            k = 0;
                            for (int i = x.Length - 1; i >= k; i--) s = s * 0.9 + x[i] * a;
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n), Uniform(r, -1, 1) }),

            // A call of a [Differentiable] method in the test and in the if's loop.
            new ArrayCase("BlrCallInTestAndLoop", """
                [Differentiable]
                public static double BlrCube(double z) => z * z * z + z;

                [Differentiable]
                public static double BlrCallInTestAndLoop(double[] x, double a)
                {
                    double s = 0;
                    if (BlrCube(a) > 0.5)
                    {
                        for (int i = 0; i < x.Length; i++) s += BlrCube(x[i] * a);
                    }
                    else
                    {
                        for (int i = 0; i < x.Length; i++) s -= BlrCube(x[i]) * a;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }) { Accept = p => { double a = (double)p[1]; return Math.Abs(a * a * a + a - 0.5) > 0.05; } },

            // A local array filled by a loop on either side of the if, read after it, all inside an outer loop.
            new ArrayCase("BlrArrayFilledInIfInLoop", """
                [Differentiable]
                public static double BlrArrayFilledInIfInLoop(double[] x, double a)
                {
                    double s = 0;
                    for (int r = 0; r < 3; r++)
                    {
                        double[] t = new double[x.Length];
                        if (a * r > 0.4)
                        {
                            for (int i = 0; i < x.Length; i++) t[i] = x[i] * a * r;
                        }
                        else
                        {
                            for (int i = 0; i < x.Length; i++) t[i] = x[i] + r;
                        }

                        for (int i = 0; i < x.Length; i++) s += t[i] * t[i];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1] - 0.4) > 0.05 && Math.Abs(2 * (double)p[1] - 0.4) > 0.05 },

            // A nested if whose test reads a local of the outer if and what its loop computed.
            new ArrayCase("BlrNestedTestReadsLocals", """
                [Differentiable]
                public static double BlrNestedTestReadsLocals(double[] x, double a)
                {
                    double s = 0;
                    if (a > 0)
                    {
                        double lim = a * 2;
                        double m = 0;
                        for (int i = 0; i < x.Length; i++) m += x[i] * x[i];
                        if (m > lim)
                        {
                            double[] d = new double[x.Length];
                            for (int i = 0; i < x.Length; i++) d[i] = x[i] / (1 + m);
                            for (int i = 0; i < x.Length; i++) s += d[i] * a;
                        }
                        else
                        {
                            s = m * lim;
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1.5) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 && Math.Abs(((double[])p[0]).Sum(v => v * v) - 2 * (double)p[1]) > 0.05 },

            // A loop whose body holds if (...) continue; then a loop, all inside an if; the outer test on a parameter.
            new ArrayCase("BlrContinueInsideIfLoop", """
                [Differentiable]
                public static double BlrContinueInsideIfLoop(double[] x, double a)
                {
                    double s = a;
                    if (a > -0.5)
                    {
                        for (int i = 0; i < x.Length; i++)
                        {
                            if (x[i] * a > 0.5) continue;
                            double t = 0;
                            for (int j = 0; j <= i; j++) t += x[j];
                            s += t * a;
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1] + 0.5) > 0.05 && ((double[])p[0]).All(v => Math.Abs(v * (double)p[1] - 0.5) > 0.02) },

            // A local array overwritten whole by the if's loop (where the test holds), read after it, at the top level.
            new ArrayCase("BlrOverwriteInIf", """
                [Differentiable]
                public static double BlrOverwriteInIf(double[] x, double a)
                {
                    double[] t = new double[x.Length];
                    for (int i = 0; i < x.Length; i++) t[i] = x[i] * a;
                    if (a > 0.3)
                    {
                        for (int i = 0; i < t.Length; i++) t[i] = x[i] * x[i];
                    }

                    double s = 0;
                    for (int i = 0; i < t.Length; i++) s += t[i] * a;
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1] - 0.3) > 0.05 },

            // The same inside an outer loop, the test changing with the iteration.
            new ArrayCase("BlrOverwriteInIfInLoop", """
                [Differentiable]
                public static double BlrOverwriteInIfInLoop(double[] x, double a)
                {
                    double[] t = new double[x.Length];
                    for (int i = 0; i < x.Length; i++) t[i] = x[i] * a;
                    double s = 0;
                    for (int r = 0; r < 3; r++)
                    {
                        if (a * r > 0.3)
                        {
                            for (int i = 0; i < t.Length; i++) t[i] = x[i] * x[i] * r;
                        }

                        for (int i = 0; i < t.Length; i++) s += t[i] * a;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1] - 0.3) > 0.05 && Math.Abs(2 * (double)p[1] - 0.3) > 0.05 },

            // The same after if (...) continue;.
            new ArrayCase("BlrOverwriteAfterContinue", """
                [Differentiable]
                public static double BlrOverwriteAfterContinue(double[] x, double a)
                {
                    double[] t = new double[x.Length];
                    for (int i = 0; i < x.Length; i++) t[i] = x[i] * a;
                    double s = 0;
                    for (int r = 0; r < 3; r++)
                    {
                        s += t[0] * a;
                        if (a * r <= 0.3) continue;
                        for (int i = 0; i < t.Length; i++) t[i] = x[i] * x[i] * r;
                    }

                    for (int i = 0; i < t.Length; i++) s += t[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Sizes = ArrayCase.NonEmpty, Accept = p => Math.Abs((double)p[1] - 0.3) > 0.05 && Math.Abs(2 * (double)p[1] - 0.3) > 0.05 },

            // A sum from zero in the if, read after it, and an extreme.
            new ArrayCase("BlrSumAndMaxInIf", """
                [Differentiable]
                public static double BlrSumAndMaxInIf(double[] x, double a)
                {
                    double s = a;
                    if (a > 0)
                    {
                        double sum = 0;
                        for (int i = 0; i < x.Length; i++) sum += x[i];
                        double m = double.NegativeInfinity;
                        for (int i = 0; i < x.Length; i++) m = Math.Max(m, x[i]);
                        s += sum * a + (x.Length > 0 ? m : 0);
                    }

                    return s;
                }
                """, (r, n) => new object[] { Separated(r, n), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 },

            // continue; else with the loop, a statement after.
            new ArrayCase("BlrContinueElseLoop", """
                [Differentiable]
                public static double BlrContinueElseLoop(double[] x, double a)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (x[i] < 0)
                        {
                            continue;
                        }
                        else
                        {
                            s += x[i];
                            for (int j = 0; j < i; j++) s += x[j] * a;
                        }

                        s += x[i] * a;
                    }

                    return s;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n), Uniform(r, -1, 1) }),

            // An if with a loop whose then side ends in continue and whose else side goes on, last in the body.
            new ArrayCase("BlrLoopContinueElseLast", """
                [Differentiable]
                public static double BlrLoopContinueElseLast(double[] x, double a)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (x[i] > 0)
                        {
                            for (int j = 0; j < i; j++) s += x[j] * a;
                            s += 1;
                            continue;
                        }
                        else
                        {
                            s -= x[i] * x[i];
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n), Uniform(r, -1, 1) }),

            // The same ending in break, a statement after the if.
            new ArrayCase("BlrLoopBreakElse", """
                [Differentiable]
                public static double BlrLoopBreakElse(double[] x, double a)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (x[i] > 1.2)
                        {
                            for (int j = 0; j < i; j++) s += x[j] * a;
                            s += a;
                            break;
                        }
                        else
                        {
                            s -= x[i] * a;
                        }

                        s += x[i] * x[i];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => ((double[])p[0]).All(v => Math.Abs(v - 1.2) > 0.02) },

            // An if that holds only a local array, no loop, in an else-if chain.
            new ArrayCase("BlrArrayOnlyInIf", """
                [Differentiable("x", "a")]
                public static double BlrArrayOnlyInIf(double[] x, double a, int mode)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++) s += x[i];
                    if (mode == 0)
                    {
                        double[] d = new double[2];
                        d[0] = a;
                        d[1] = a * s;
                        s = d[0] + d[1] * d[1];
                    }
                    else if (mode == 1)
                    {
                        double[] d = new double[3];
                        d[2] = s * s;
                        s += d[2] * a;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1), r.Next(3) }),

            // Two continues, the second ending an if that holds a loop, a loop after both.
            new ArrayCase("BlrChainOfContinues", """
                [Differentiable]
                public static double BlrChainOfContinues(double[] x, double a)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (x[i] < -1) continue;
                        if (x[i] > 1)
                        {
                            double u = 0;
                            for (int j = 0; j < i; j++) u += x[j];
                            s += u * a;
                            continue;
                        }

                        double t = a;
                        for (int j = 0; j <= i; j++) t += x[j] * x[i];
                        s += t;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => ((double[])p[0]).All(v => Math.Abs(Math.Abs(v) - 1) > 0.02) },

            // A return from the loop whose body holds an if with a loop.
            new ArrayCase("BlrFlattenedThenReturn", """
                [Differentiable]
                public static double BlrFlattenedThenReturn(double[] x, double a)
                {
                    double t = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (x[i] > 0)
                        {
                            for (int j = 0; j <= i; j++) t += x[j] * a;
                        }

                        if (t > 3) return t * 2;
                    }

                    return t;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n), Uniform(r, -1, 1.5) }) { Accept = p => Totals((double[])p[0], (double)p[1]).All(t => Math.Abs(t - 3) > 0.05) },

            // A test with a pattern.
            new ArrayCase("BlrPatternTest", """
                [Differentiable("x", "a")]
                public static double BlrPatternTest(double[] x, double a, int mode)
                {
                    double s = a;
                    if (mode is 1 or 3)
                    {
                        for (int i = 0; i < x.Length; i++) s += x[i] * a;
                    }
                    else
                    {
                        s *= s;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1), r.Next(4) }),

            // An if with a loop in a do loop's body.
            new ArrayCase("BlrIfInDoBody", """
                [Differentiable]
                public static double BlrIfInDoBody(double[] x, double a)
                {
                    double s = 0;
                    int k = 0;
                    do
                    {
                        if (k % 2 == 0)
                        {
                            for (int i = 0; i < x.Length; i++) s += x[i] * a * k;
                        }
                        else
                        {
                            s = s * 0.5 + a;
                        }

                        k++;
                    }
                    while (k < 4);

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // A tail return after an if that holds a loop.
            new ArrayCase("BlrTailAfterFlattened", """
                [Differentiable]
                public static double BlrTailAfterFlattened(double[] x, double a)
                {
                    double s = 0;
                    int count = 0;
                    if (a > 0)
                    {
                        for (int i = 0; i < x.Length; i++) { s += x[i] * a; count++; }
                    }

                    if (count == 0) return a;
                    return s / count;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 },

            // A for loop with a floating-point header whose body holds if (...) continue; then a loop.
            new ArrayCase("BlrFloatHeaderContinue", """
                [Differentiable]
                public static double BlrFloatHeaderContinue(double[] x, double a)
                {
                    double s = 0;
                    for (double t = 0; t < 1; t += 0.25)
                    {
                        if (t * a > 0.3) continue;
                        double u = 0;
                        for (int i = 0; i < x.Length; i++) u += x[i] * t;
                        s += u * a + t;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1.5) }) { Accept = p => new[] { 0.25, 0.5, 0.75 }.All(t => Math.Abs(t * (double)p[1] - 0.3) > 0.02) },

            // Locals named with keywords, inside the if and beside it.
            new ArrayCase("BlrKeywordNames", """
                [Differentiable]
                public static double BlrKeywordNames(double[] x, double a)
                {
                    double s = 0;
                    if (a > 0)
                    {
                        double @int = a;
                        for (int @fixed = 0; @fixed < x.Length; @fixed++) @int += x[@fixed];
                        s += @int * @int;
                    }
                    else
                    {
                        double @int = 1;
                        int @double = 0;
                        while (@double < x.Length) { @int *= 1 + 0.1 * x[@double]; @double++; }
                        s += @int;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 },

            // A callee whose own body holds an if with loops, called with an array outside any if.
            new ArrayCase("BlrCalleeWithFlattenedIf", """
                [Differentiable]
                public static double BlrWindowed(double[] u, double c)
                {
                    double s = c;
                    if (u.Length > 1)
                    {
                        double m = 0;
                        for (int i = 0; i < u.Length; i++) m += u[i];
                        m /= u.Length;
                        for (int i = 0; i < u.Length; i++) s += (u[i] - m) * (u[i] - m) * c;
                    }

                    return s;
                }

                [Differentiable]
                public static double BlrCalleeWithFlattenedIf(double[] x, double a)
                {
                    double v = BlrWindowed(x, a);
                    double s = 0;
                    if (v > 0)
                    {
                        for (int i = 0; i < x.Length; i++) s += x[i] * v;
                    }

                    return s + v;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 && Math.Abs(Windowed((double[])p[0], (double)p[1])) > 0.05 },

            // A foreach over a local array the if makes.
            new ArrayCase("BlrForeachLocalArray", """
                [Differentiable]
                public static double BlrForeachLocalArray(double[] x, double a)
                {
                    double s = 0;
                    if (a > 0)
                    {
                        double[] d = new double[x.Length];
                        for (int i = 0; i < x.Length; i++) d[i] = Math.Sin(x[i] * a);
                        foreach (double v in d) s += v * v;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 },

            // A while loop whose condition is an ||, inside the if (joined to the if's local).
            new ArrayCase("BlrWhileOr", """
                [Differentiable]
                public static double BlrWhileOr(double[] x, double a)
                {
                    double s = 0;
                    int k = 0;
                    if (a > 0)
                    {
                        while (k < 2 || s < 1.5)
                        {
                            s += 0.5 + 0.1 * Math.Sin(a * k);
                            k++;
                        }
                    }
                    else
                    {
                        for (int i = 0; i < x.Length; i++) s += x[i] * a;
                    }

                    return s + k;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 },

            // A nested if whose test is an ||, its loop after a loop of the outer if.
            new ArrayCase("BlrNestedOrTest", """
                [Differentiable]
                public static double BlrNestedOrTest(double[] x, double a, double b)
                {
                    double s = 0;
                    if (a > 0)
                    {
                        for (int i = 0; i < x.Length; i++) s += x[i] * a;
                        if (b > 0.5 || b < -0.5)
                        {
                            for (int i = 0; i < x.Length; i++) s += x[i] * x[i] * b;
                        }
                    }

                    return s + b;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 && Math.Abs(Math.Abs((double)p[2]) - 0.5) > 0.05 },

            // Everything at once: a window made in an if, pairs skipped by continue, an inner if with an array and a while loop.
            new ArrayCase("BlrEverything", """
                [Differentiable("x", "a")]
                public static double BlrEverything(double[] x, double a, int window)
                {
                    double s = 0;
                    if (window > 0 && window <= x.Length)
                    {
                        double[] w = new double[window];
                        for (int i = 0; i < window; i++) w[i] = x[i] * a;
                        for (int i = 0; i < window; i++)
                        {
                            if (w[i] * w[i] > 1.5) continue;
                            double acc = 0;
                            for (int j = 0; j < i; j++) acc += w[j] * w[i];
                            if (acc > 0)
                            {
                                double[] c = new double[2];
                                c[0] = acc;
                                c[1] = Math.Sqrt(acc + 1);
                                int k = 0;
                                while (k < 2 && c[k] < 3) { s += c[k]; k++; }
                            }
                            else
                            {
                                s -= acc * a;
                            }
                        }
                    }
                    else
                    {
                        foreach (double v in x) s += Math.Exp(0.1 * v * a);
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1.2, 1.2), Uniform(r, -1.2, 1.2), r.Next(-1, n + 2) }) { Accept = p => EverythingAway((double[])p[0], (double)p[1], (int)p[2]) },

            // A guard clause, then an if that holds a loop.
            new ArrayCase("BlrGuardClauseThenIf", """
                [Differentiable]
                public static double BlrGuardClauseThenIf(double[] x, double a)
                {
                    int n = x.Length;
                    if (n == 0) return a;
                    double s = x[0];
                    if (a > 0)
                    {
                        for (int i = 1; i < n; i++) s += x[i] * x[i - 1] * a;
                    }

                    return s / n;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 },

            // A return from a loop, then an if that holds a loop before the last return.
            new ArrayCase("BlrLoopReturnThenIf", """
                [Differentiable]
                public static double BlrLoopReturnThenIf(double[] x, double a)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (x[i] > 1.5) return x[i] * a;
                        s += x[i];
                    }

                    if (a > 0)
                    {
                        for (int i = 0; i < x.Length; i++) s += x[i] * a;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 && ((double[])p[0]).All(v => Math.Abs(v - 1.5) > 0.02) },

            // A matrix read in the if's loops, a span parameter and a field table.
            new ArrayCase("BlrMatrixSpanField", """
                private static readonly double[] BlrTable = { 0.5, -1.0, 2.0 };

                [Differentiable("w", "b")]
                public static double BlrMatrixSpanField(ReadOnlySpan<double> w, double b, double[,] X)
                {
                    double s = b;
                    if (b > 0)
                    {
                        for (int i = 0; i < X.GetLength(0); i++)
                        {
                            double z = b;
                            for (int j = 0; j < w.Length; j++) z += w[j] * X[i, j];
                            s += z * z;
                        }
                    }
                    else
                    {
                        foreach (double t in BlrTable)
                        {
                            for (int j = 0; j < w.Length; j++) s += Math.Sin(t * w[j] * b);
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, 3), Uniform(r, -1, 1), MatrixDataCases.Matrix(r, n, 3) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 },

            // A bool local as the test, and one declared in the if read by its while loop's condition.
            new ArrayCase("BlrBoolLocals", """
                [Differentiable]
                public static double BlrBoolLocals(double[] x, double a, double b)
                {
                    double s = 0;
                    bool big = a > 0.5;
                    if (big)
                    {
                        bool pos = b > 0;
                        int k = 0;
                        while (pos && k < x.Length) { s += x[k] * b; k++; }
                        for (int i = 0; i < x.Length; i++) s += a * x[i];
                    }

                    return s + a * b;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1.5), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1] - 0.5) > 0.05 && Math.Abs((double)p[2]) > 0.05 },

            // A flag set before a break in the if's loop, read after the if.
            new ArrayCase("BlrFoundFlag", """
                [Differentiable]
                public static double BlrFoundFlag(double[] x, double a)
                {
                    int found = 0;
                    double at = 0;
                    if (a > 0)
                    {
                        for (int i = 0; i < x.Length; i++)
                        {
                            if (x[i] * a > 0.8) { found = 1; at = x[i] * a; break; }
                        }
                    }

                    return found == 1 ? at * at : a;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1.5) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 && ((double[])p[0]).All(v => Math.Abs(v * (double)p[1] - 0.8) > 0.02) },

            // Scalar parameters written in the if's loop and in a run before and after it.
            new ArrayCase("BlrParametersWritten", """
                [Differentiable]
                public static double BlrParametersWritten(double[] x, double a, double b)
                {
                    if (a > 0)
                    {
                        b = b * a;
                        for (int i = 0; i < x.Length; i++) { a = a * 0.8 + x[i]; b += a; }
                        a = a + b;
                    }
                    else
                    {
                        double t = b;
                        for (int i = x.Length - 1; i >= 0; i--) t = t * 0.5 + x[i] * a;
                        b = t;
                    }

                    return a * b;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1), Uniform(r, -1, 1) }) { Accept = p => Math.Abs((double)p[1]) > 0.05 },

            // Loops alone in an if whose test reads what they change: a foreach and a while (tested once, as C# does).
            new ArrayCase("BlrAloneTestChanged", """
                [Differentiable]
                public static double BlrAloneTestChanged(double[] x, double a)
                {
                    double s = a * a;
                    if (s < 0.5)
                        foreach (double v in x) s += v * v * a;
                    int k = 0;
                    if (k < 1 && s < 2)
                        while (k < x.Length) { s += Math.Sin(x[k] * a); k++; }
                    return s + k;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1.2, 1.2) }) { Accept = p => Math.Abs((double)p[1] * (double)p[1] - 0.5) > 0.03 && AloneSecondTest((double[])p[0], (double)p[1]) },
        };

        public static readonly ArrayCase[] Float =
        {
            ArrayCase.FloatTwinOf(Double.Single(c => c.Name == "BlrFirstElement"), """
                [Differentiable]
                public static float BlrFirstElementFloat(float[] x, float c)
                {
                    float s = c;
                    if (x.Length > 0)
                    {
                        float a = x[0];
                        for (int i = 1; i < x.Length; i++) s += a * x[i] * c;
                        s += a;
                    }

                    return s;
                }
                """),

            ArrayCase.FloatTwinOf(Double.Single(c => c.Name == "BlrThreeDeep"), """
                [Differentiable]
                public static float BlrThreeDeepFloat(float[] x, float a, float b)
                {
                    float s = a * b;
                    if (a > 0)
                    {
                        for (int i = 0; i < x.Length; i++) s += a * x[i];
                        if (b > 0)
                        {
                            float u = b * b;
                            for (int i = 0; i < x.Length; i++) u += x[i] * b;
                            if (a + b > 1)
                            {
                                float v = 0;
                                for (int i = x.Length - 1; i >= 0; i--) v = 0.5f * v + x[i] * a;
                                u += v;
                            }
                            else
                            {
                                u -= a;
                            }

                            s += u;
                        }
                        else
                        {
                            float w = 0;
                            foreach (float v in x) w += v * v * b;
                            s += w;
                        }
                    }
                    else
                    {
                        s -= b;
                    }

                    return s;
                }
                """),

            ArrayCase.FloatTwinOf(Double.Single(c => c.Name == "BlrContinueThenSide"), """
                [Differentiable]
                public static float BlrContinueThenSideFloat(float[] x, float a)
                {
                    float s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        float v = x[i] * a;
                        if (v < 0) { s -= v * v; continue; }
                        float[] p = new float[i + 1];
                        for (int j = 0; j <= i; j++) p[j] = x[j] * v;
                        float t = 0;
                        for (int j = 0; j <= i; j++) t += p[j];
                        s += t;
                    }

                    return s;
                }
                """),

            ArrayCase.FloatTwinOf(Double.Single(c => c.Name == "BlrEverything"), """
                [Differentiable("x", "a")]
                public static float BlrEverythingFloat(float[] x, float a, int window)
                {
                    float s = 0;
                    if (window > 0 && window <= x.Length)
                    {
                        float[] w = new float[window];
                        for (int i = 0; i < window; i++) w[i] = x[i] * a;
                        for (int i = 0; i < window; i++)
                        {
                            if (w[i] * w[i] > 1.5f) continue;
                            float acc = 0;
                            for (int j = 0; j < i; j++) acc += w[j] * w[i];
                            if (acc > 0)
                            {
                                float[] c = new float[2];
                                c[0] = acc;
                                c[1] = MathF.Sqrt(acc + 1);
                                int k = 0;
                                while (k < 2 && c[k] < 3) { s += c[k]; k++; }
                            }
                            else
                            {
                                s -= acc * a;
                            }
                        }
                    }
                    else
                    {
                        foreach (float v in x) s += MathF.Exp(0.1f * v * a);
                    }

                    return s;
                }
                """),
        };

        /// <summary>The values of t[0] that BlrTestReadsArrayInLoop and BlrSkipReadsArrayInLoop test against 1.</summary>
        private static System.Collections.Generic.IEnumerable<double> ArrayTests(double a)
        {
            double t = a;
            for (int r = 0; r < 3; r++)
            {
                yield return t;
                if (t < 1)
                {
                    t = (t * 0.5) + 0.6;
                }
            }
        }

        /// <summary>BlrFlattenedThenReturn's totals at its tests.</summary>
        private static System.Collections.Generic.IEnumerable<double> Totals(double[] x, double a)
        {
            double t = 0;
            for (int i = 0; i < x.Length; i++)
            {
                if (x[i] > 0)
                {
                    for (int j = 0; j <= i; j++)
                    {
                        t += x[j] * a;
                    }
                }

                yield return t;
                if (t > 3)
                {
                    yield break;
                }
            }
        }

        /// <summary>BlrEverything's tests, each away from its boundary.</summary>
        private static bool EverythingAway(double[] x, double a, int window)
        {
            if (window <= 0 || window > x.Length)
            {
                return true;
            }

            double[] w = x.Take(window).Select(v => v * a).ToArray();
            for (int i = 0; i < window; i++)
            {
                if (Math.Abs((w[i] * w[i]) - 1.5) < 0.05)
                {
                    return false;
                }

                double acc = 0;
                for (int j = 0; j < i; j++)
                {
                    acc += w[j] * w[i];
                }

                if (i > 0 && (Math.Abs(acc) < 0.02 || Math.Abs(acc - 3) < 0.02 || Math.Abs(Math.Sqrt(Math.Abs(acc) + 1) - 3) < 0.02))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>BlrAloneTestChanged's second test, s &lt; 2, away from its boundary.</summary>
        private static bool AloneSecondTest(double[] x, double a)
        {
            double s = a * a;
            if (s < 0.5)
            {
                s += x.Sum(v => v * v * a);
            }

            return Math.Abs(s - 2) > 0.03;
        }

        /// <summary>BlrWindowed's value, tested by BlrCalleeWithFlattenedIf.</summary>
        private static double Windowed(double[] u, double c)
        {
            double s = c;
            if (u.Length > 1)
            {
                double m = u.Average();
                s += u.Sum(v => (v - m) * (v - m) * c);
            }

            return s;
        }

        /// <summary>The partial sums of BlrWhileCompound's t (a + x[0]² + ...).</summary>
        private static System.Collections.Generic.IEnumerable<double> Partial(double[] x, double a)
        {
            double t = a;
            yield return t;
            foreach (double v in x)
            {
                t += v * v;
                yield return t;
            }
        }

        /// <summary>BlrLoopThenBreak's running sums, tested against 2.</summary>
        private static System.Collections.Generic.IEnumerable<double> Running(double[] x, double a)
        {
            double s = 0;
            for (int j = 0; j < x.Length; j++)
            {
                s += a * x[j] * x[j];
                yield return s;
                if (s > 2)
                {
                    yield break;
                }
            }
        }

        /// <summary>BlrTestReadsSumInLoop's sums at its tests.</summary>
        private static System.Collections.Generic.IEnumerable<double> SumsBeforeTests(double[] x, double c)
        {
            double s = 0;
            for (int j = 0; j < 4; j++)
            {
                s += 0.3 * c;
                yield return s;
                if (s < 1)
                {
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += 0.1 * Math.Exp(0.5 * x[i] * c);
                    }
                }
            }
        }
    }
}
