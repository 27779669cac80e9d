using System.Linq;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// A ninth adversarial pass (the ninth session), over the program route's control flow and memory: break and continue
    /// in nested loops, while and do loops with counters changed in the body, computed and changing bounds, loops that run
    /// zero times, running extremes, sums from zero and element sums, local arrays written several times (in place, prefix
    /// sums, reversed copies, swaps), shifted and modular indices, stackalloc spans, jagged data, fused and reordered loops,
    /// tapes inside loops that leave early, calls in loops, and float twins. Each bug it found is named in the case's comment.
    /// </summary>
    public static class Adversarial9Cases
    {
        public static readonly ArrayCase[] All =
        {
            // --- break / continue in nested loops ---

            // A continue in the inner loop skips the diagonal's accumulation.
            new ArrayCase("Av9ContinueSkipsDiagonal", """
                [Differentiable]
                public static double Av9ContinueSkipsDiagonal(double[] x, double y)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        for (int j = 0; j < x.Length; j++)
                        {
                            if (j == i) continue;
                            s += x[i] * Math.Sin(x[j] * y);
                        }
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -2, 2) }),

            // A continue skips an update of a carried product (not a sum).
            new ArrayCase("Av9ContinueSkipsProduct", """
                [Differentiable]
                public static double Av9ContinueSkipsProduct(double[] x, double y)
                {
                    double p = 1;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (i % 3 == 1) continue;
                        p = p * (x[i] + y) + Math.Cos(x[i]);
                    }
                    return p;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A continue on data (the sign of an element) skips a costly term.
            new ArrayCase("Av9ContinueOnData", """
                [Differentiable]
                public static double Av9ContinueOnData(double[] x, double y)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (x[i] < 0) continue;
                        s += Math.Exp(x[i] * y) * s + x[i];
                    }
                    return s;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n, 0.2, 1), Uniform(r, -1, 1) }),

            // A break out of the inner loop after the inner loop has updated a carried value part way.
            new ArrayCase("Av9BreakInnerAfterPartialUpdate", """
                [Differentiable]
                public static double Av9BreakInnerAfterPartialUpdate(double[] x, double y)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double p = y;
                        for (int j = 0; j < x.Length; j++)
                        {
                            p = p * x[j] + 1;
                            if (j >= i) break;
                        }
                        s += p * p;
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A break on data out of an inner running product.
            new ArrayCase("Av9BreakInnerOnData", """
                [Differentiable]
                public static double Av9BreakInnerOnData(double[] x, double y)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double p = 1;
                        for (int j = i; j < x.Length; j++)
                        {
                            p *= x[j] * y;
                            if (x[j] < 0) break;
                        }
                        s += p;
                    }
                    return s;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n, 0.3, 1.2), Uniform(r, 0.5, 1.5) }),

            // A break out of the outer loop after its inner loop ran.
            new ArrayCase("Av9BreakOuterAfterInner", """
                [Differentiable]
                public static double Av9BreakOuterAfterInner(double[] x, double y)
                {
                    double s = 0;
                    double acc = y;
                    for (int i = 0; i < x.Length; i++)
                    {
                        for (int j = 0; j <= i; j++)
                        {
                            acc = acc * 0.5 + x[j] * x[i];
                        }
                        s += acc;
                        if (i == 2) break;
                    }
                    return s * acc;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // continue in the outer loop, break in the inner loop, both on integers.
            // Declined as documented (DIFF015, a loop after an if that leaves the iteration); its advice followed in Av9ContinueOuterBreakInnerAdvised.
            new ArrayCase("Av9ContinueOuterBreakInner", """
                [Differentiable]
                public static double Av9ContinueOuterBreakInner(double[] x, double y)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (i % 2 == 1) continue;
                        double t = x[i];
                        for (int j = 0; j < x.Length; j++)
                        {
                            if (j > i + 1) break;
                            t = t * y + x[j];
                        }
                        s += t * t;
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A break as the last statement on a data test: a search for the first negative element.
            new ArrayCase("Av9BreakFirstNegative", """
                [Differentiable]
                public static double Av9BreakFirstNegative(double[] x, double y)
                {
                    double s = 0;
                    int i = 0;
                    while (i < x.Length)
                    {
                        s = s * y + x[i];
                        if (x[i] < 0) break;
                        i++;
                    }
                    return s * i;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n, 0.2, 1), Uniform(r, -1, 1) }),

            // A continue in a while loop after the counter moved.
            new ArrayCase("Av9WhileContinueAfterStep", """
                [Differentiable]
                public static double Av9WhileContinueAfterStep(double[] x, double y)
                {
                    double s = 0;
                    int i = 0;
                    while (i < x.Length)
                    {
                        double v = x[i];
                        i++;
                        if (i % 2 == 0) continue;
                        s = s * Math.Tanh(v * y) + v;
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A continue in a do loop.
            new ArrayCase("Av9DoContinue", """
                [Differentiable]
                public static double Av9DoContinue(double[] x, double y)
                {
                    double s = y;
                    int i = 0;
                    do
                    {
                        i++;
                        if (i == 2) continue;
                        s = Math.Sin(s) * x[i - 1] + y;
                    } while (i < x.Length);
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }) { Sizes = ArrayCase.NonEmpty },

            // A nested break in a triple loop.
            new ArrayCase("Av9TripleBreak", """
                [Differentiable]
                public static double Av9TripleBreak(double[] x, double y)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        for (int j = 0; j < x.Length; j++)
                        {
                            double q = y;
                            for (int k = 0; k < x.Length; k++)
                            {
                                if (k > j) break;
                                q = q * x[k] + x[i];
                            }
                            s += q * x[j];
                        }
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }) { Sizes = new[] { 0, 1, 2, 3, 4 } },

            // --- while and do loops with counters changed in the body ---

            // A while loop whose counter moves by 1 or 2 depending on the counter.
            new ArrayCase("Av9WhileUnevenStep", """
                [Differentiable]
                public static double Av9WhileUnevenStep(double[] x, double y)
                {
                    double s = 0;
                    int k = 0;
                    while (k < x.Length)
                    {
                        s = s * 0.9 + Math.Sin(x[k] * y);
                        k += 1 + k % 2;
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -2, 2) }),

            // A for loop whose counter is also changed in the body.
            new ArrayCase("Av9ForCounterBumped", """
                [Differentiable]
                public static double Av9ForCounterBumped(double[] x, double y)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s = s * y + x[i];
                        if (i % 3 == 0) i++;
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A while loop counting down with a decrement in the middle of the body.
            new ArrayCase("Av9WhileDownMiddle", """
                [Differentiable]
                public static double Av9WhileDownMiddle(double[] x, double y)
                {
                    double s = 1;
                    int k = x.Length;
                    while (k > 0)
                    {
                        double a = x[k - 1];
                        k--;
                        s = s * a + y * k;
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A do loop that runs a fixed count on a local counter, with the data read by another counter.
            new ArrayCase("Av9DoTwoCounters", """
                [Differentiable]
                public static double Av9DoTwoCounters(double[] x, double y)
                {
                    double s = y;
                    int n = 0;
                    int j = x.Length - 1;
                    do
                    {
                        s = s * 0.5 + x[j] * s;
                        n++;
                        j -= 2;
                        if (j < 0) j = x.Length - 1;
                    } while (n < 4);
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }) { Sizes = ArrayCase.NonEmpty },

            // A while loop whose condition reads a value it computes (data dependent count).
            new ArrayCase("Av9WhileValueCondition", """
                [Differentiable]
                public static double Av9WhileValueCondition(double x, double y)
                {
                    double t = x;
                    int n = 0;
                    while (t < 10 && n < 50)
                    {
                        t = t * 1.5 + y;
                        n++;
                    }
                    return t * n;
                }
                """, (r, n) => new object[] { Uniform(r, 0.5, 2), Uniform(r, 0.1, 1) }) { Sizes = ArrayCase.Scalar, Accept = a => NotNearThreshold((double)a[0], (double)a[1]) },

            // --- bounds computed in the method, loops that run zero times ---

            // The bound is computed from the length and an integer parameter.
            new ArrayCase("Av9ComputedBound", """
                [Differentiable]
                public static double Av9ComputedBound(double[] x, double y, int k)
                {
                    int m = Math.Min(x.Length, k) - 1;
                    double s = 0;
                    for (int i = 0; i < m; i++) s += (x[i + 1] - x[i]) * (x[i + 1] - x[i]) * y;
                    return s + y;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1), r.Next(0, n + 2) }),

            // A bound that changes in the loop: m shrinks as the loop runs.
            new ArrayCase("Av9ShrinkingBound", """
                [Differentiable]
                public static double Av9ShrinkingBound(double[] x, double y)
                {
                    int m = x.Length;
                    double s = 0;
                    for (int i = 0; i < m; i++)
                    {
                        s += x[i] * x[m - 1] * y;
                        m--;
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A loop that never runs (start above the bound) beside one that does.
            new ArrayCase("Av9NeverRuns", """
                [Differentiable]
                public static double Av9NeverRuns(double[] x, double y)
                {
                    double p = y;
                    for (int i = x.Length; i < x.Length - 1; i++) p = p * x[i] + Math.Exp(p);
                    double s = p;
                    for (int i = 0; i < x.Length; i++) s = s * x[i] + p;
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A while loop that runs zero times on a scalar: the carried value is the parameter.
            new ArrayCase("Av9WhileZeroTimes", """
                [Differentiable]
                public static double Av9WhileZeroTimes(double[] x, double y)
                {
                    double t = y;
                    int k = x.Length;
                    while (k < 0)
                    {
                        t = t * t;
                        k++;
                    }
                    double s = t;
                    foreach (double v in x) s += v * t;
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A loop over half the array, bounds i / 2.
            new ArrayCase("Av9HalfBound", """
                [Differentiable]
                public static double Av9HalfBound(double[] x, double y)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length / 2; i++) s = s * y + x[2 * i] * x[2 * i + 1];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // An inner bound read from the outer counter and a local that changes across outer iterations.
            new ArrayCase("Av9InnerBoundFromLocal", """
                [Differentiable]
                public static double Av9InnerBoundFromLocal(double[] x, double y)
                {
                    double s = 0;
                    int len = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        len = (len + 2) % (x.Length + 1);
                        for (int j = 0; j < len; j++) s = s * 0.5 + x[j] * x[i] * y;
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // --- running maxima and minima ---

            // A running maximum of computed values z = x[i] * y, then used with the data.
            new ArrayCase("Av9MaxOfComputed", """
                [Differentiable]
                public static double Av9MaxOfComputed(double[] x, double y)
                {
                    double m = double.NegativeInfinity;
                    for (int i = 0; i < x.Length; i++) m = Math.Max(m, Math.Sin(x[i]) * y + x[i]);
                    double s = 0;
                    for (int i = 0; i < x.Length; i++) s += Math.Exp(x[i] - m);
                    return m + Math.Log(s);
                }
                """, (r, n) => new object[] { Separated(r, n, 0.5), Uniform(r, 0.1, 0.3) }) { Sizes = ArrayCase.NonEmpty },

            // A running maximum by an if keeping the index, the index then read.
            new ArrayCase("Av9ArgMaxThenRead", """
                [Differentiable]
                public static double Av9ArgMaxThenRead(double[] x, double[] w)
                {
                    double m = x[0];
                    int k = 0;
                    for (int i = 1; i < x.Length; i++)
                    {
                        if (x[i] > m)
                        {
                            m = x[i];
                            k = i;
                        }
                    }
                    return m * w[k] + w[x.Length - 1 - k] * m * m;
                }
                """, (r, n) => new object[] { Separated(r, n), Vector(r, n, -1, 1) }) { Sizes = ArrayCase.NonEmpty },

            // A running maximum and minimum in the same loop, with a sum beside.
            new ArrayCase("Av9MaxMinSum", """
                [Differentiable]
                public static double Av9MaxMinSum(double[] x, double y)
                {
                    double hi = x[0];
                    double lo = x[0];
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        hi = Math.Max(hi, x[i] * y);
                        lo = Math.Min(x[i] * y, lo);
                        s += x[i];
                    }
                    return (hi - lo) * s;
                }
                """, (r, n) => new object[] { Separated(r, n), Uniform(r, 0.5, 1.5) }) { Sizes = ArrayCase.NonEmpty, Accept = a => MaxMinAwayFromFirst((double[])a[0], (double)a[1]) },

            // A running maximum over a local array computed in a loop before.
            new ArrayCase("Av9MaxOverLocal", """
                [Differentiable]
                public static double Av9MaxOverLocal(double[] x, double y)
                {
                    var z = new double[x.Length];
                    for (int i = 0; i < x.Length; i++) z[i] = x[i] * y + x[i] * x[i];
                    double m = z[0];
                    for (int i = 1; i < z.Length; i++) m = Math.Max(m, z[i]);
                    return m * y;
                }
                """, (r, n) => new object[] { Separated(r, n, 0.4), Uniform(r, -0.1, 0.1) }) { Sizes = ArrayCase.NonEmpty, Accept = a => Distinct(((double[])a[0]).Select(v => v * (double)a[1] + v * v), 0.02) },

            // A running maximum inside an outer loop (reset each row).
            new ArrayCase("Av9MaxPerRow", """
                [Differentiable]
                public static double Av9MaxPerRow(double[] x, double y)
                {
                    int n = x.Length;
                    double s = 0;
                    for (int i = 0; i < n; i++)
                    {
                        double m = double.NegativeInfinity;
                        for (int j = 0; j <= i; j++) m = Math.Max(m, x[j] * (j + 1));
                        s += m * y;
                    }
                    return s;
                }
                """, (r, n) => new object[] { Separated(r, n, 0.5), Uniform(r, -1, 1) }) { Sizes = ArrayCase.NonEmpty, Accept = a => Distinct(((double[])a[0]).Select((v, j) => v * (j + 1)), 0.2) },

            // A running minimum counting down, with a break when it gets below a limit.
            new ArrayCase("Av9MinDownBreak", """
                [Differentiable]
                public static double Av9MinDownBreak(double[] x, double y)
                {
                    double m = y;
                    for (int i = x.Length - 1; i >= 0; i--)
                    {
                        m = Math.Min(m, x[i]);
                        if (m < -1) break;
                    }
                    return m * m;
                }
                """, (r, n) => new object[] { Separated(r, n, 0.37), Uniform(r, -0.5, 0.5) }) { Accept = a => Distinct(((double[])a[0]).Append((double)a[1]), 0.02) && ((double[])a[0]).All(v => System.Math.Abs(v + 1) > 0.02) && System.Math.Abs((double)a[1] + 1) > 0.02 },

            // The if form of a running maximum that also accumulates on the other side.
            new ArrayCase("Av9IfMaxElseSum", """
                [Differentiable]
                public static double Av9IfMaxElseSum(double[] x, double y)
                {
                    double m = 0;
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (x[i] * y > m) m = x[i] * y;
                        else s += x[i] * m;
                    }
                    return m + s;
                }
                """, (r, n) => new object[] { Separated(r, n, 0.37), Uniform(r, 0.5, 1.5) }) { Accept = a => Distinct(((double[])a[0]).Select(v => v * (double)a[1]).Append(0), 0.02) },

            // --- sums from zero, element sums ---

            // A sum from zero read inside the same loop (not a pure sum).
            new ArrayCase("Av9SumReadInLoop", """
                [Differentiable]
                public static double Av9SumReadInLoop(double[] x, double y)
                {
                    double s = 0;
                    double t = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += x[i] * y;
                        t += s * s;
                    }
                    return t + s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A sum reset in the middle of the loop.
            new ArrayCase("Av9SumReset", """
                [Differentiable]
                public static double Av9SumReset(double[] x, double y)
                {
                    double s = 0;
                    double t = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += x[i] * y;
                        if (i % 3 == 2)
                        {
                            t += s * s;
                            s = 0;
                        }
                    }
                    return t + s * y;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // An element sum: each x[i] read once, the sum then scaled nonlinearly.
            new ArrayCase("Av9ElementSumThenLog", """
                [Differentiable]
                public static double Av9ElementSumThenLog(double[] x, double y)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++) s += Math.Exp(x[i] * y);
                    double t = 0;
                    for (int i = 0; i < x.Length; i++) t += x[i] * Math.Exp(x[i] * y) / s;
                    return Math.Log(s) + t;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }) { Sizes = ArrayCase.NonEmpty },

            // The same element read in two loops, one of them skipping.
            new ArrayCase("Av9ElementSumSkipping", """
                [Differentiable]
                public static double Av9ElementSumSkipping(double[] x, double y)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (i % 2 == 0) continue;
                        s += x[i] * x[i];
                    }
                    double t = 0;
                    for (int i = 0; i < x.Length; i++) t += x[i];
                    return s * t * y;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A sum whose term reads the element at a shifted index (not an element sum).
            new ArrayCase("Av9SumShifted", """
                [Differentiable]
                public static double Av9SumShifted(double[] x, double y)
                {
                    double s = 0;
                    for (int i = 0; i + 1 < x.Length; i++) s += (x[i + 1] - x[i]) * (x[i + 1] - x[i]);
                    double t = 0;
                    for (int i = 1; i < x.Length - 1; i++) t += x[i - 1] - 2 * x[i] + x[i + 1];
                    return s * y + t * t;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A sum from zero, returned with a shift of its mean.
            new ArrayCase("Av9SumMeanCentered", """
                [Differentiable]
                public static double Av9SumMeanCentered(double[] x)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++) s += x[i];
                    double mean = s / x.Length;
                    double v = 0;
                    for (int i = 0; i < x.Length; i++) v += (x[i] - mean) * (x[i] - mean);
                    return v / x.Length + mean * mean * mean;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1) }) { Sizes = ArrayCase.NonEmpty },

            // A sum over the elements with the counter going down by two.
            new ArrayCase("Av9SumDownByTwo", """
                [Differentiable]
                public static double Av9SumDownByTwo(double[] x, double y)
                {
                    double s = 0;
                    for (int i = x.Length - 1; i >= 0; i -= 2) s += Math.Sin(x[i] * y);
                    return s * s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -2, 2) }),

            // A sum of a term that reads the previous iteration's term through a local.
            new ArrayCase("Av9SumWithPrevious", """
                [Differentiable]
                public static double Av9SumWithPrevious(double[] x, double y)
                {
                    double s = 0;
                    double prev = y;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double cur = Math.Sin(x[i]) * y;
                        s += cur * prev;
                        prev = cur;
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -2, 2) }),

            // --- local arrays written several times ---

            // Overwritten in place by a scale, twice, then read.
            new ArrayCase("Av9ScaleTwiceInPlace", """
                [Differentiable]
                public static double Av9ScaleTwiceInPlace(double[] x, double y)
                {
                    var a = new double[x.Length];
                    for (int i = 0; i < x.Length; i++) a[i] = x[i];
                    for (int i = 0; i < x.Length; i++) a[i] = a[i] * y;
                    for (int i = 0; i < x.Length; i++) a[i] = a[i] * a[i] + y;
                    double s = 0;
                    for (int i = 0; i < a.Length; i++) s += a[i] * x[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -2, 2) }),

            // A prefix sum in place, then a nonlinear read.
            new ArrayCase("Av9PrefixSumInPlace", """
                [Differentiable]
                public static double Av9PrefixSumInPlace(double[] x, double y)
                {
                    var a = new double[x.Length];
                    for (int i = 0; i < x.Length; i++) a[i] = x[i] * y;
                    for (int i = 1; i < a.Length; i++) a[i] += a[i - 1];
                    double s = 0;
                    for (int i = 0; i < a.Length; i++) s += Math.Sin(a[i]);
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A prefix product in place: a[i] *= a[i - 1] (the old a[i] is needed).
            new ArrayCase("Av9PrefixProductInPlace", """
                [Differentiable]
                public static double Av9PrefixProductInPlace(double[] x, double y)
                {
                    var a = new double[x.Length];
                    for (int i = 0; i < x.Length; i++) a[i] = x[i] + y;
                    for (int i = 1; i < a.Length; i++) a[i] *= a[i - 1];
                    double s = 0;
                    for (int i = 0; i < a.Length; i++) s += a[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -0.5, 0.5) }),

            // A reversed copy, then the copy is changed in place reading the original.
            new ArrayCase("Av9ReversedCopy", """
                [Differentiable]
                public static double Av9ReversedCopy(double[] x, double y)
                {
                    int n = x.Length;
                    var a = new double[n];
                    for (int i = 0; i < n; i++) a[i] = Math.Exp(x[i] * y);
                    var b = new double[n];
                    for (int i = 0; i < n; i++) b[i] = a[n - 1 - i];
                    for (int i = 0; i < n; i++) b[i] = b[i] * a[i];
                    double s = 0;
                    for (int i = 0; i < n; i++) s += b[i] * (i + 1);
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A reverse in place by swaps.
            new ArrayCase("Av9ReverseBySwaps", """
                [Differentiable]
                public static double Av9ReverseBySwaps(double[] x, double y)
                {
                    int n = x.Length;
                    var a = new double[n];
                    for (int i = 0; i < n; i++) a[i] = x[i] * x[i] + y;
                    for (int i = 0; i < n / 2; i++)
                    {
                        double t = a[i];
                        a[i] = a[n - 1 - i];
                        a[n - 1 - i] = t;
                    }
                    double s = 0;
                    for (int i = 0; i < n; i++) s = s * y + a[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // Swaps of neighbours in a bubble pass over fixed positions (no data-dependent swap).
            new ArrayCase("Av9NeighbourSwaps", """
                [Differentiable]
                public static double Av9NeighbourSwaps(double[] x, double y)
                {
                    int n = x.Length;
                    var a = new double[n];
                    for (int i = 0; i < n; i++) a[i] = Math.Sin(x[i]) + y * i;
                    for (int pass = 0; pass < 2; pass++)
                    {
                        for (int i = 0; i + 1 < n; i += 2)
                        {
                            double t = a[i];
                            a[i] = a[i + 1] * y;
                            a[i + 1] = t;
                        }
                    }
                    double s = 0;
                    for (int i = 0; i < n; i++) s += a[i] * a[i] * (i + 1);
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A local array overwritten by a whole new pass that reads its old values at shifted indices (a smoothing step
            // in place, left to right: a[i] reads the new a[i - 1] and the old a[i + 1]).
            new ArrayCase("Av9SmoothInPlace", """
                [Differentiable]
                public static double Av9SmoothInPlace(double[] x, double y)
                {
                    int n = x.Length;
                    var a = new double[n];
                    for (int i = 0; i < n; i++) a[i] = x[i];
                    for (int it = 0; it < 3; it++)
                    {
                        for (int i = 1; i < n - 1; i++) a[i] = (a[i - 1] + a[i] * y + a[i + 1]) / 3;
                    }
                    double s = 0;
                    for (int i = 0; i < n; i++) s += a[i] * a[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // Written, read, overwritten with a function of the old value, read again in the same loop.
            new ArrayCase("Av9ReadOverwriteRead", """
                [Differentiable]
                public static double Av9ReadOverwriteRead(double[] x, double y)
                {
                    var a = new double[x.Length];
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        a[i] = x[i] * y;
                        s += a[i] * a[i];
                        a[i] = Math.Cos(a[i]);
                        s += a[i] * x[i];
                    }
                    double t = 0;
                    for (int i = 0; i < x.Length; i++) t += a[i];
                    return s + t * t;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -2, 2) }),

            // A buffer refilled in each outer iteration, read at shifted indices, with a continue before the fill.
            // Declined as documented (DIFF015, a loop after an if that leaves the iteration); its advice followed in Av9RefillAfterContinueAdvised.
            new ArrayCase("Av9RefillAfterContinue", """
                [Differentiable]
                public static double Av9RefillAfterContinue(double[] x, double y)
                {
                    int n = x.Length;
                    var h = new double[n + 1];
                    double s = 0;
                    for (int k = 0; k < 4; k++)
                    {
                        if (k == 1) continue;
                        for (int i = 0; i < n; i++) h[i + 1] = h[i] * y + x[i] * k;
                        for (int i = 0; i < n; i++) s += h[i + 1] * h[i];
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A buffer whose earlier iteration's contents leak into the next: only half refilled each time.
            new ArrayCase("Av9HalfRefill", """
                [Differentiable]
                public static double Av9HalfRefill(double[] x, double y)
                {
                    int n = x.Length;
                    var h = new double[n];
                    double s = 0;
                    for (int k = 0; k < 3; k++)
                    {
                        for (int i = 0; i < n / 2; i++) h[i] = h[n - 1 - i] * y + x[i];
                        for (int i = 0; i < n; i++) s += h[i] * x[i];
                        for (int i = n / 2; i < n; i++) h[i] = Math.Sin(h[i - n / 2]) + y;
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // An element written by two different loops, the second loop's bound being a computed one.
            new ArrayCase("Av9TwoWritersComputedBound", """
                [Differentiable]
                public static double Av9TwoWritersComputedBound(double[] x, double y, int k)
                {
                    int n = x.Length;
                    var a = new double[n];
                    for (int i = 0; i < n; i++) a[i] = x[i] * x[i];
                    int m = Math.Min(k, n);
                    for (int i = 0; i < m; i++) a[i] = a[i] * y + a[n - 1 - i];
                    double s = 0;
                    for (int i = 0; i < n; i++) s += a[i] * (i + 1);
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1), r.Next(0, n + 2) }),

            // A running state kept in an array element a[0], updated each iteration.
            new ArrayCase("Av9StateInElement", """
                [Differentiable]
                public static double Av9StateInElement(double[] x, double y)
                {
                    var st = new double[2];
                    st[0] = y;
                    for (int i = 0; i < x.Length; i++)
                    {
                        st[1] = st[0];
                        st[0] = st[0] * x[i] + Math.Sin(st[1]);
                    }
                    return st[0] + st[1];
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A ring buffer written at i % 3 and read at (i + 1) % 3 (older value).
            new ArrayCase("Av9RingBuffer", """
                [Differentiable]
                public static double Av9RingBuffer(double[] x, double y)
                {
                    var ring = new double[3];
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += ring[(i + 1) % 3] * x[i];
                        ring[i % 3] = x[i] * y + ring[(i + 2) % 3];
                    }
                    return s + ring[0] * ring[1] * ring[2];
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // An array indexed by i / 2: two iterations write the same element (the second overwrites).
            new ArrayCase("Av9HalfIndexOverwrite", """
                [Differentiable]
                public static double Av9HalfIndexOverwrite(double[] x, double y)
                {
                    var a = new double[x.Length / 2 + 1];
                    for (int i = 0; i < x.Length; i++) a[i / 2] = a[i / 2] * y + Math.Exp(x[i]);
                    double s = 0;
                    for (int j = 0; j < a.Length; j++) s += a[j] * a[j];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A plain write at i / 2 (last writer wins) and a read of x at n - 1 - i.
            new ArrayCase("Av9HalfIndexLastWins", """
                [Differentiable]
                public static double Av9HalfIndexLastWins(double[] x, double y)
                {
                    int n = x.Length;
                    var a = new double[n / 2 + 1];
                    for (int i = 0; i < n; i++) a[i / 2] = x[n - 1 - i] * y + x[i];
                    double s = 0;
                    for (int j = 0; j < a.Length; j++) s += Math.Sin(a[j]);
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // Indices i % 3 into x, read and used as a weight.
            new ArrayCase("Av9ModIndexRead", """
                [Differentiable]
                public static double Av9ModIndexRead(double[] x, double[] w)
                {
                    double s = 0;
                    for (int i = 0; i < w.Length; i++) s += w[i] * x[i % x.Length] * x[(i * 2) % x.Length];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, 3, -1, 1), Vector(r, n, -1, 1) }),

            // An accumulation into a[i % 3] (a scatter-add through modular indices), then squared.
            new ArrayCase("Av9ModScatterAdd", """
                [Differentiable]
                public static double Av9ModScatterAdd(double[] x, double y)
                {
                    var a = new double[3];
                    for (int i = 0; i < x.Length; i++) a[i % 3] += x[i] * y;
                    return a[0] * a[0] + a[1] * a[2];
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // Reads of a local array at shifted indices after it was overwritten in place by a backwards recurrence.
            new ArrayCase("Av9BackwardRecurrenceThenShifted", """
                [Differentiable]
                public static double Av9BackwardRecurrenceThenShifted(double[] x, double y)
                {
                    int n = x.Length;
                    var a = new double[n];
                    for (int i = 0; i < n; i++) a[i] = x[i];
                    for (int i = n - 2; i >= 0; i--) a[i] = a[i] + y * a[i + 1];
                    double s = 0;
                    for (int i = 0; i + 1 < n; i++) s += a[i] * a[i + 1];
                    return s + (n > 0 ? a[0] : 0);
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // An array overwritten in an outer loop, each pass reading the last pass's values (a power iteration).
            new ArrayCase("Av9PowerIteration", """
                [Differentiable]
                public static double Av9PowerIteration(double[] x, double y)
                {
                    int n = x.Length;
                    var v = new double[n];
                    var u = new double[n];
                    for (int i = 0; i < n; i++) v[i] = 1;
                    for (int it = 0; it < 4; it++)
                    {
                        for (int i = 0; i < n; i++) u[i] = x[i] * v[i] + y * v[(i + 1) % n];
                        double norm = 0;
                        for (int i = 0; i < n; i++) norm += u[i] * u[i];
                        norm = Math.Sqrt(norm);
                        for (int i = 0; i < n; i++) v[i] = u[i] / norm;
                    }
                    double s = 0;
                    for (int i = 0; i < n; i++) s += v[i] * x[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, 0.5, 1.5), Uniform(r, 0.2, 1) }) { Sizes = ArrayCase.NonEmpty },

            // --- spans with stackalloc ---

            // A stackalloc buffer overwritten in place and read at shifted indices.
            new ArrayCase("Av9StackallocShifted", """
                [Differentiable]
                public static double Av9StackallocShifted(double[] x, double y)
                {
                    int n = x.Length;
                    Span<double> a = stackalloc double[n + 1];
                    a[0] = y;
                    for (int i = 0; i < n; i++) a[i + 1] = a[i] * x[i] + Math.Cos(a[i]);
                    for (int i = 0; i < n; i++) a[i] = a[i + 1] - a[i];
                    double s = 0;
                    for (int i = 0; i <= n; i++) s += a[i] * a[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A stackalloc buffer with a break in the loop that fills it.
            new ArrayCase("Av9StackallocBreakFill", """
                [Differentiable]
                public static double Av9StackallocBreakFill(double[] x, double y)
                {
                    int n = x.Length;
                    Span<double> a = stackalloc double[n];
                    int filled = 0;
                    for (int i = 0; i < n; i++)
                    {
                        if (i == 3) break;
                        a[i] = x[i] * y;
                        filled++;
                    }
                    double s = 0;
                    for (int i = 0; i < filled; i++) s += Math.Exp(a[i]);
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A stackalloc span used as a sliding window of two.
            new ArrayCase("Av9StackallocWindow", """
                [Differentiable]
                public static double Av9StackallocWindow(double[] x, double y)
                {
                    Span<double> w = stackalloc double[2];
                    w[0] = y;
                    w[1] = y * y;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double next = w[0] * x[i] + w[1];
                        w[0] = w[1];
                        w[1] = next;
                    }
                    return w[1];
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A span parameter read at i and at n - 1 - i, with continue.
            new ArrayCase("Av9SpanMirrorContinue", """
                [Differentiable]
                public static double Av9SpanMirrorContinue(ReadOnlySpan<double> x, double y)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (2 * i >= x.Length) continue;
                        s += x[i] * x[x.Length - 1 - i] * y;
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // --- jagged data in nested loops ---

            // A jagged array of data read inside a nested loop with rows of different lengths and a break on the row.
            new ArrayCase("Av9JaggedRowsBreak", """
                [Differentiable("w")]
                public static double Av9JaggedRowsBreak(double[] w, double[][] X)
                {
                    double s = 0;
                    for (int i = 0; i < X.Length; i++)
                    {
                        double z = 0;
                        for (int j = 0; j < X[i].Length; j++)
                        {
                            if (j >= w.Length) break;
                            z += w[j] * X[i][j];
                        }
                        s += Math.Log(1 + Math.Exp(z));
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Enumerable.Range(0, n).Select(i => Vector(r, (i * 2) % (n + 2), -1, 1)).ToArray() }),

            // A jagged array read at [j][i] (transposed) in the inner loop, with a running product.
            new ArrayCase("Av9JaggedTransposed", """
                [Differentiable("w")]
                public static double Av9JaggedTransposed(double[] w, double[][] X)
                {
                    double s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        double p = 1;
                        for (int j = 0; j < X.Length; j++) p = p * 0.5 + X[j][i] * w[i] * w[j % w.Length];
                        s += p;
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Enumerable.Range(0, n + 1).Select(i => Vector(r, n, -1, 1)).ToArray() }),

            // --- fused and reordered loops ---

            // A reduction followed by statements that do not depend on it, then a return using both.
            new ArrayCase("Av9ReductionThenIndependent", """
                [Differentiable]
                public static double Av9ReductionThenIndependent(double[] x, double y)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++) s += x[i] * x[i] * y;
                    double t = y;
                    for (int i = 0; i < 3; i++) t = t * Math.Cos(t) + y;
                    double u = Math.Exp(t);
                    return s / (1 + u * u) + u;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A reduction whose result a later recurrence reads.
            new ArrayCase("Av9ReductionReadByRecurrence", """
                [Differentiable]
                public static double Av9ReductionReadByRecurrence(double[] x, double y)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++) s += Math.Sin(x[i] * y);
                    double t = 1;
                    for (int i = 0; i < x.Length; i++) t = t * s + x[i];
                    return t;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A reduction with a break at its end: not a plain reduction.
            new ArrayCase("Av9ReductionWithBreak", """
                [Differentiable]
                public static double Av9ReductionWithBreak(double[] x, double y)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += Math.Exp(x[i] * y);
                        if (i == 4) break;
                    }
                    return Math.Log(s + 1);
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A reduction with a continue at the top: still independent iterations.
            new ArrayCase("Av9ReductionWithContinue", """
                [Differentiable]
                public static double Av9ReductionWithContinue(double[] x, double y)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (i % 2 == 1) continue;
                        s += Math.Exp(x[i] * y) * x[i];
                    }
                    return s * s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // Two reductions, the second reading the first's result, then a nonlinear return.
            new ArrayCase("Av9TwoReductionsChained", """
                [Differentiable]
                public static double Av9TwoReductionsChained(double[] x, double y)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++) s += x[i];
                    double t = 0;
                    for (int i = 0; i < x.Length; i++) t += Math.Tanh(x[i] - s * y);
                    return t * s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A reduction followed by a loop that writes a local array, then the sum read last.
            new ArrayCase("Av9ReductionThenArrayLoop", """
                [Differentiable]
                public static double Av9ReductionThenArrayLoop(double[] x, double y)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++) s += x[i] * y;
                    var a = new double[x.Length];
                    for (int i = 0; i < x.Length; i++) a[i] = Math.Sin(x[i]) * y;
                    double t = 0;
                    for (int i = 0; i < x.Length; i++) t += a[i] * a[i];
                    return t + s * s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A reduction whose term reads a local the statements after the loop assign again.
            new ArrayCase("Av9ReductionLocalAssignedAfter", """
                [Differentiable]
                public static double Av9ReductionLocalAssignedAfter(double[] x, double y)
                {
                    double c = y * y;
                    double s = 0;
                    for (int i = 0; i < x.Length; i++) s += Math.Exp(x[i] * c);
                    c = Math.Sin(y);
                    return s * c;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A reduction after which a parameter copy changes and is read.
            new ArrayCase("Av9ReductionThenScalarRecurrence", """
                [Differentiable]
                public static double Av9ReductionThenScalarRecurrence(double[] x, double y)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++) s += x[i] * x[i];
                    double z = y;
                    z = z * z + s;
                    z = Math.Sqrt(z + 1);
                    return z;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // --- tapes hoisted out of loops, with iterations that leave early ---

            // An inner recurrence (taped) inside an outer loop whose iteration can leave before the inner loop.
            new ArrayCase("Av9InnerTapeAfterContinue", """
                [Differentiable]
                public static double Av9InnerTapeAfterContinue(double[] x, double y)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double t = x[i];
                        for (int j = 0; j < 3; j++) t = Math.Sin(t) * y + x[i];
                        if (i % 2 == 0) continue;
                        s += t;
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // An inner recurrence whose inner loop breaks at a varying point (a tape of varying length per outer iteration).
            new ArrayCase("Av9InnerTapeVaryingBreak", """
                [Differentiable]
                public static double Av9InnerTapeVaryingBreak(double[] x, double y)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double t = y;
                        for (int j = 0; j < x.Length; j++)
                        {
                            t = t * x[j] + Math.Sin(t);
                            if (j == i) break;
                        }
                        s = s * 0.5 + t;
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // An inner loop of varying length (triangle) with a recurrence, the outer loop also a recurrence.
            new ArrayCase("Av9TriangleRecurrences", """
                [Differentiable]
                public static double Av9TriangleRecurrences(double[] x, double y)
                {
                    double outer = y;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double inner = outer;
                        for (int j = i; j < x.Length; j++) inner = inner * x[j] + Math.Cos(inner);
                        outer = outer * 0.5 + inner * x[i];
                    }
                    return outer;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A tape in a while loop whose iteration count differs between outer iterations.
            new ArrayCase("Av9WhileInsideFor", """
                [Differentiable]
                public static double Av9WhileInsideFor(double[] x, double y)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double t = x[i];
                        int k = 0;
                        while (k < i % 3 + 1)
                        {
                            t = t * t * y + x[(i + k) % x.Length];
                            k++;
                        }
                        s += t;
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A do loop inside a for loop with a break in the do.
            new ArrayCase("Av9DoInsideForBreak", """
                [Differentiable]
                public static double Av9DoInsideForBreak(double[] x, double y)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double t = y;
                        int k = 0;
                        do
                        {
                            t = Math.Sin(t + x[i]) * y;
                            k++;
                            if (k > i) break;
                        } while (k < 4);
                        s += t * x[i];
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A costly value kept on a tape in a loop with break, read after the break's test.
            new ArrayCase("Av9CostlyKeptBeforeBreak", """
                [Differentiable]
                public static double Av9CostlyKeptBeforeBreak(double[] x, double y)
                {
                    double s = 1;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double e = Math.Exp(x[i] * y);
                        s = s * e + x[i];
                        if (i == 3) break;
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // --- calls to [Differentiable] methods inside loops ---

            // A scalar callee in a recurrence with continue.
            new ArrayCase("Av9CallInRecurrenceContinue", """
                [Differentiable]
                public static double Av9Soft(double u, double v) => Math.Log(1 + Math.Exp(u * v));

                [Differentiable]
                public static double Av9CallInRecurrenceContinue(double[] x, double y)
                {
                    double s = y;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double c = Av9Soft(s, x[i]);
                        if (i % 3 == 2) continue;
                        s = c * 0.5 + x[i];
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A callee with a loop of its own, called in a nested loop with an index-dependent argument.
            new ArrayCase("Av9CallWithLoopNested", """
                [Differentiable]
                public static double Av9Poly(double u, double[] c)
                {
                    double acc = 0;
                    for (int k = c.Length - 1; k >= 0; k--) acc = acc * u + c[k];
                    return acc;
                }

                [Differentiable]
                public static double Av9CallWithLoopNested(double[] x, double y)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        for (int j = 0; j < i; j++) s += Av9Poly(x[j] * y, x) * x[i];
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }) { Sizes = new[] { 0, 1, 2, 3, 5 } },

            // A callee in a while loop whose condition reads the callee's result.
            new ArrayCase("Av9CallInWhileCondition", """
                [Differentiable]
                public static double Av9Step(double u, double a) => u + a * Math.Sin(u) + 0.5;

                [Differentiable]
                public static double Av9CallInWhileCondition(double x, double a)
                {
                    double u = x;
                    int n = 0;
                    while (u < 5 && n < 20)
                    {
                        u = Av9Step(u, a);
                        n++;
                    }
                    return u * u;
                }
                """, (r, n) => new object[] { Uniform(r, 0, 1), Uniform(r, 0.1, 0.4) }) { Sizes = ArrayCase.Scalar, Accept = a => StepAwayFromFive((double)a[0], (double)a[1]) },

            // A callee taking a local array, called after the array is overwritten in place in a loop.
            new ArrayCase("Av9CallAfterOverwrite", """
                [Differentiable]
                public static double Av9SumSq(double[] v)
                {
                    double s = 0;
                    for (int k = 0; k < v.Length; k++) s += v[k] * v[k];
                    return s;
                }

                [Differentiable]
                public static double Av9CallAfterOverwrite(double[] x, double y)
                {
                    var a = new double[x.Length];
                    for (int i = 0; i < x.Length; i++) a[i] = x[i] * y;
                    double first = Av9SumSq(a);
                    for (int i = 0; i < x.Length; i++) a[i] = Math.Sin(a[i]);
                    return first * Av9SumSq(a);
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A callee taking a local array in a loop that overwrites the array each iteration.
            new ArrayCase("Av9CallInLoopOverwritten", """
                [Differentiable]
                public static double Av9Norm2(double[] v)
                {
                    double s = 0;
                    for (int k = 0; k < v.Length; k++) s += v[k] * v[k];
                    return s;
                }

                [Differentiable]
                public static double Av9CallInLoopOverwritten(double[] x, double y)
                {
                    var a = new double[x.Length];
                    for (int i = 0; i < x.Length; i++) a[i] = x[i];
                    double total = 0;
                    for (int it = 0; it < 3; it++)
                    {
                        for (int i = 0; i < x.Length; i++) a[i] = a[i] * y + x[i];
                        total += Av9Norm2(a);
                    }
                    return total;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // --- integer arithmetic and counters ---

            // Two counters in one for header, meeting in the middle.
            new ArrayCase("Av9TwoCountersMeet", """
                [Differentiable]
                public static double Av9TwoCountersMeet(double[] x, double y)
                {
                    double s = 0;
                    for (int i = 0, j = x.Length - 1; i < j; i++, j--) s = s * y + x[i] * x[j];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A doubling counter.
            new ArrayCase("Av9DoublingCounter", """
                [Differentiable]
                public static double Av9DoublingCounter(double[] x, double y)
                {
                    double s = y;
                    for (int i = 1; i <= x.Length; i *= 2) s = s * x[i - 1] + Math.Sin(s);
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A square bound i * i < n.
            new ArrayCase("Av9SquareBound", """
                [Differentiable]
                public static double Av9SquareBound(double[] x, double y)
                {
                    double s = 0;
                    for (int i = 0; i * i < x.Length; i++) s = s * y + x[i * i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A long counter with a computed bound and a break.
            new ArrayCase("Av9LongCounterBreak", """
                [Differentiable]
                public static double Av9LongCounterBreak(double[] x, double y)
                {
                    double s = y;
                    long m = x.Length - 1L;
                    for (long i = m; i >= 0; i--)
                    {
                        s = s * x[i] + 1;
                        if (i == m - 2) break;
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // An argmax of computed values, then a loop bounded by the argmax.
            new ArrayCase("Av9ArgMaxAsBound", """
                [Differentiable]
                public static double Av9ArgMaxAsBound(double[] x, double y)
                {
                    double m = double.NegativeInfinity;
                    int k = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double z = x[i] * 3;
                        if (z > m)
                        {
                            m = z;
                            k = i;
                        }
                    }
                    double s = m * y;
                    for (int j = 0; j < k; j++) s += x[j] * y;
                    return s;
                }
                """, (r, n) => new object[] { Separated(r, n), Uniform(r, -1, 1) }) { Sizes = ArrayCase.NonEmpty },

            // An argmax kept with the value, then read through the index in a second loop at shifted positions.
            new ArrayCase("Av9ArgMaxShiftedRead", """
                [Differentiable]
                public static double Av9ArgMaxShiftedRead(double[] x, double y)
                {
                    double m = x[0] * y;
                    int k = 0;
                    for (int i = 1; i < x.Length; i++)
                    {
                        if (x[i] * y >= m)
                        {
                            m = x[i] * y;
                            k = i;
                        }
                    }
                    double s = 0;
                    for (int j = 0; j < x.Length; j++) s += x[(j + k) % x.Length] * (j + 1);
                    return s + m;
                }
                """, (r, n) => new object[] { Separated(r, n), Uniform(r, 0.5, 1.5) }) { Sizes = ArrayCase.NonEmpty },

            // A foreach with a break on a counter.
            new ArrayCase("Av9ForeachBreak", """
                [Differentiable]
                public static double Av9ForeachBreak(double[] x, double y)
                {
                    double s = y;
                    int seen = 0;
                    foreach (double v in x)
                    {
                        s = s * v + Math.Exp(-v * v);
                        seen++;
                        if (seen == 3) break;
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A foreach with a continue on data.
            new ArrayCase("Av9ForeachContinueData", """
                [Differentiable]
                public static double Av9ForeachContinueData(double[] x, double y)
                {
                    double p = 1;
                    foreach (double v in x)
                    {
                        if (v * y < 0) continue;
                        p *= 1 + v * y;
                    }
                    return p;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n, 0.2, 1), Uniform(r, 0.3, 1) }),

            // A foreach over a local array overwritten before.
            new ArrayCase("Av9ForeachOverOverwritten", """
                [Differentiable]
                public static double Av9ForeachOverOverwritten(double[] x, double y)
                {
                    var a = new double[x.Length];
                    for (int i = 0; i < x.Length; i++) a[i] = x[i] + y;
                    for (int i = 0; i < x.Length; i++) a[i] = a[i] * a[i];
                    double s = 0;
                    foreach (double v in a) s = s * 0.5 + v;
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A continue that skips a local array write; the array's stale element from an earlier pass is then read.
            new ArrayCase("Av9ContinueSkipsWrite", """
                [Differentiable]
                public static double Av9ContinueSkipsWrite(double[] x, double y)
                {
                    int n = x.Length;
                    var a = new double[n];
                    double s = 0;
                    for (int pass = 0; pass < 3; pass++)
                    {
                        for (int i = 0; i < n; i++)
                        {
                            if ((i + pass) % 2 == 0) continue;
                            a[i] = a[i] * y + x[i];
                        }
                        for (int i = 0; i < n; i++) s += a[i] * a[i];
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A break that skips writes to the rest of a local array; the unwritten elements stay 0.
            new ArrayCase("Av9BreakLeavesZeros", """
                [Differentiable]
                public static double Av9BreakLeavesZeros(double[] x, double y)
                {
                    int n = x.Length;
                    var a = new double[n];
                    for (int i = 0; i < n; i++)
                    {
                        a[i] = Math.Sin(x[i] * y);
                        if (i >= n / 2) break;
                    }
                    double s = 0;
                    for (int i = 0; i < n; i++) s += a[i] * x[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A loop whose body only runs for the last element (i == n - 1 test), a sum then.
            new ArrayCase("Av9OnlyLast", """
                [Differentiable]
                public static double Av9OnlyLast(double[] x, double y)
                {
                    double last = y;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (i != x.Length - 1) continue;
                        last = x[i] * y;
                    }
                    return last * last;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // The last assigned value (not a sum): v = x[i] each iteration.
            new ArrayCase("Av9LastAssignedWithBreak", """
                [Differentiable]
                public static double Av9LastAssignedWithBreak(double[] x, double y)
                {
                    double v = y;
                    for (int i = 0; i < x.Length; i++)
                    {
                        v = x[i] * v;
                        if (x[i] > 0.5) break;
                    }
                    return v;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }) { Accept = a => ((double[])a[0]).All(v => System.Math.Abs(v - 0.5) > 0.02) },

            // The index of the last positive element found in a loop, then read.
            new ArrayCase("Av9LastPositiveIndex", """
                [Differentiable]
                public static double Av9LastPositiveIndex(double[] x, double y)
                {
                    int k = -1;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (x[i] > 0) k = i;
                    }
                    return k < 0 ? y : x[k] * y * x[k];
                }
                """, (r, n) => new object[] { AwayFromZero(r, n), Uniform(r, -1, 1) }),

            // A nested loop where the inner loop reads the outer loop's array element written in the same outer iteration.
            new ArrayCase("Av9InnerReadsFreshElement", """
                [Differentiable]
                public static double Av9InnerReadsFreshElement(double[] x, double y)
                {
                    int n = x.Length;
                    var a = new double[n];
                    double s = 0;
                    for (int i = 0; i < n; i++)
                    {
                        a[i] = x[i] * y;
                        for (int j = 0; j <= i; j++) s += a[j] * a[i];
                        a[i] = Math.Sin(a[i]);
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // Gauss–Seidel sweeps on a tridiagonal system (in place, reading new left and old right neighbours).
            new ArrayCase("Av9GaussSeidel", """
                [Differentiable]
                public static double Av9GaussSeidel(double[] b, double d)
                {
                    int n = b.Length;
                    var u = new double[n];
                    for (int sweep = 0; sweep < 5; sweep++)
                    {
                        for (int i = 0; i < n; i++)
                        {
                            double left = i > 0 ? u[i - 1] : 0;
                            double right = i < n - 1 ? u[i + 1] : 0;
                            u[i] = (b[i] + left + right) / d;
                        }
                    }
                    double s = 0;
                    for (int i = 0; i < n; i++) s += u[i] * b[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, 3, 4) }),

            // Insertion of computed values in a fixed order, read in reverse order with stride.
            new ArrayCase("Av9StridedReverseRead", """
                [Differentiable]
                public static double Av9StridedReverseRead(double[] x, double y)
                {
                    int n = x.Length;
                    var a = new double[n];
                    for (int i = 0; i < n; i++) a[(i * 3) % n] = x[i] * y + i;
                    double s = 0;
                    for (int i = n - 1; i >= 0; i -= 2) s = s * 0.5 + Math.Exp(a[i]);
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }) { Sizes = new[] { 0, 1, 2, 4, 5, 7 } },

            // A loop after which the counter (declared outside) is read as a factor.
            new ArrayCase("Av9CounterReadAfter", """
                [Differentiable]
                public static double Av9CounterReadAfter(double[] x, double y)
                {
                    int i;
                    double s = 0;
                    for (i = 0; i < x.Length; i++)
                    {
                        if (x[i] * y > 1) break;
                        s += x[i] * y;
                    }
                    return s * i + y;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -2, 2) }) { Accept = a => ((double[])a[0]).All(v => System.Math.Abs(v * (double)a[1] - 1) > 0.02) },

            // --- round two: aimed at the optimisations ---

            // A running maximum (kept by index) of a product with a local array the method overwrites afterwards.
            new ArrayCase("Av9MaxThenOverwritten", """
                [Differentiable]
                public static double Av9MaxThenOverwritten(double[] x, double y)
                {
                    var z = new double[x.Length];
                    for (int i = 0; i < x.Length; i++) z[i] = x[i] + 3;
                    double m = 0;
                    for (int i = 0; i < x.Length; i++) m = Math.Max(m, z[i] * y);
                    for (int i = 0; i < x.Length; i++) z[i] = Math.Sin(z[i]) * y;
                    double s = m;
                    for (int i = 0; i < x.Length; i++) s += z[i];
                    return s;
                }
                """, (r, n) => new object[] { Separated(r, n, 0.3), Uniform(r, 0.5, 1.5) }),

            // A running maximum that may never move: the parameter it starts from wins, or the loop runs zero times.
            new ArrayCase("Av9MaxNeverMoves", """
                [Differentiable]
                public static double Av9MaxNeverMoves(double[] x, double y)
                {
                    double m = y;
                    for (int i = 0; i < x.Length; i++) m = Math.Max(m, x[i] * x[i]);
                    return m * y;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 2) }) { Accept = a => Distinct(((double[])a[0]).Select(v => v * v).Append((double)a[1]), 0.05) },

            // A running minimum counting down by two over a computed index.
            new ArrayCase("Av9MinDownStepTwo", """
                [Differentiable]
                public static double Av9MinDownStepTwo(double[] x, double y)
                {
                    int n = x.Length;
                    double m = double.PositiveInfinity;
                    for (int i = n - 1; i >= 0; i -= 2) m = Math.Min(x[n - 1 - i] * y + i, m);
                    return n == 0 ? y : m * m;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, 0.5, 1.5) }) { Accept = a => { var x = (double[])a[0]; int n = x.Length; return Distinct(Enumerable.Range(0, n).Where(i => (n - 1 - i) % 2 == 0).Select(i => x[n - 1 - i] * (double)a[1] + i), 0.05); } },

            // Two running maxima one after another, the second starting from the first.
            new ArrayCase("Av9MaxChained", """
                [Differentiable]
                public static double Av9MaxChained(double[] x, double[] w)
                {
                    double m = -10;
                    for (int i = 0; i < x.Length; i++) m = Math.Max(m, x[i]);
                    double m2 = m;
                    for (int i = 0; i < w.Length; i++) m2 = Math.Max(w[i] * m, m2);
                    return m * m2;
                }
                """, (r, n) => new object[] { Separated(r, n, 0.4).Select(v => v + 1.5).ToArray(), Separated(r, n, 0.4) }) { Accept = a => { var x = (double[])a[0]; var w = (double[])a[1]; double m = x.Append(-10.0).Max(); return Distinct(w.Select(v => v * m).Append(m), 0.05); } },

            // An element read at one index only, the index a local stepped on some iterations.
            new ArrayCase("Av9OneIndexStepped", """
                [Differentiable]
                public static double Av9OneIndexStepped(double[] x, double[] w)
                {
                    double s = 0;
                    int j = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        s += x[j] * w[i];
                        if (i % 2 == 1) j++;
                    }
                    return s * s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Vector(r, n, -1, 1) }),

            // An element read at an index fixed for the inner loop but changed by the outer loop.
            new ArrayCase("Av9OneIndexPerOuter", """
                [Differentiable]
                public static double Av9OneIndexPerOuter(double[] x, double[] w)
                {
                    double s = 0;
                    for (int k = 0; k < x.Length; k++)
                    {
                        int j = (k * 2) % x.Length;
                        for (int i = 0; i < w.Length; i++) s += x[j] * w[i] * w[i];
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Vector(r, n, -1, 1) }),

            // An element read at an integer parameter's index inside the loop, with a break.
            new ArrayCase("Av9ParamIndexBreak", """
                [Differentiable]
                public static double Av9ParamIndexBreak(double[] x, double[] w, int k)
                {
                    double s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        s += x[k] * w[i] + x[i] * x[i];
                        if (i == k) break;
                    }
                    return s * x[k];
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Vector(r, n, -1, 1), n == 0 ? 0 : r.Next(n) }) { Sizes = ArrayCase.NonEmpty },

            // An element read at an index the loop's own counter gives only after the loop ran: x[i] with i declared outside.
            new ArrayCase("Av9ElementOfOuterCounter", """
                [Differentiable]
                public static double Av9ElementOfOuterCounter(double[] x, double y)
                {
                    double s = 0;
                    int k = 0;
                    for (k = 0; k < x.Length - 1; k++) s += x[k + 1] * x[k + 1] * y;
                    return s + x[k] * y;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }) { Sizes = ArrayCase.NonEmpty },

            // An element sum read at i + 1 from i = -1.
            new ArrayCase("Av9ShiftedStart", """
                [Differentiable]
                public static double Av9ShiftedStart(double[] x, double y)
                {
                    double s = 0;
                    for (int i = -1; i < x.Length - 1; i++) s += x[i + 1] * y;
                    return s * s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // An online log-sum-exp: the shift changes inside the loop.
            new ArrayCase("Av9OnlineLogSumExp", """
                [Differentiable]
                public static double Av9OnlineLogSumExp(double[] x)
                {
                    double m = x[0];
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double mNew = Math.Max(m, x[i]);
                        s = s * Math.Exp(m - mNew) + Math.Exp(x[i] - mNew);
                        m = mNew;
                    }
                    return m + Math.Log(s);
                }
                """, (r, n) => new object[] { Separated(r, n, 0.3) }) { Sizes = ArrayCase.NonEmpty },

            // A log-sum-exp whose shift is a parameter copy changed after the loop.
            new ArrayCase("Av9LogSumExpShiftChanged", """
                [Differentiable]
                public static double Av9LogSumExpShiftChanged(double[] x, double y)
                {
                    double c = y;
                    double s = 0;
                    for (int i = 0; i < x.Length; i++) s += Math.Exp(x[i] - c);
                    c = c * 2;
                    return c + Math.Log(s);
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }) { Sizes = ArrayCase.NonEmpty },

            // A sum whose adjoint is only known from another sum of the same loop.
            new ArrayCase("Av9FusedNeedsOtherSum", """
                [Differentiable]
                public static double Av9FusedNeedsOtherSum(double[] x, double y)
                {
                    double s = 0;
                    double t = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += x[i] * y;
                        t += x[i] * x[i];
                    }
                    return s / (1 + t * t);
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // The last loop a reduction, followed by a statement that overwrites a local the loop read.
            new ArrayCase("Av9FusedThenLocalChanged", """
                [Differentiable]
                public static double Av9FusedThenLocalChanged(double[] x, double y)
                {
                    double z = y;
                    double s = 0;
                    for (int i = 0; i < x.Length; i++) s += x[i] * z * z;
                    z = Math.Sin(z);
                    return s * 2 + z;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A reduction (not last) read by nothing after, followed by a statement that overwrites an element it read.
            new ArrayCase("Av9ReductionThenElementChanged", """
                [Differentiable]
                public static double Av9ReductionThenElementChanged(double[] x, double y)
                {
                    var a = new double[x.Length + 1];
                    for (int i = 0; i < x.Length; i++) a[i] = x[i] * y;
                    double s = 0;
                    for (int i = 0; i < a.Length; i++) s += a[i] * a[i];
                    a[0] = y * y * y;
                    double t = 0;
                    for (int i = 0; i < a.Length; i++) t = t * 0.5 + a[i];
                    return s + t;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A reduction followed by a loop changing in place the array the reduction read.
            new ArrayCase("Av9ReductionThenArrayChanged", """
                [Differentiable]
                public static double Av9ReductionThenArrayChanged(double[] x, double y)
                {
                    var a = new double[x.Length];
                    for (int i = 0; i < x.Length; i++) a[i] = x[i] + y;
                    double s = 0;
                    for (int i = 0; i < a.Length; i++) s += Math.Exp(a[i]);
                    for (int i = 0; i < a.Length; i++) a[i] = a[i] * a[i];
                    double t = 0;
                    for (int i = 0; i < a.Length; i++) t = t * y + a[i];
                    return t + s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A reduction followed by a scalar recurrence reading a local the reduction also reads, changed in between.
            new ArrayCase("Av9ReductionThenRecurrenceOnItsLocal", """
                [Differentiable]
                public static double Av9ReductionThenRecurrenceOnItsLocal(double[] x, double y)
                {
                    double c = y;
                    double s = 0;
                    for (int i = 0; i < x.Length; i++) s += x[i] * c;
                    for (int i = 0; i < x.Length; i++) c = c * x[i] + 0.5;
                    return s + c;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A buffer filled for the first k + 1 elements, read over k + 2 (one stale element from the last pass).
            new ArrayCase("Av9BufferOffByOne", """
                [Differentiable]
                public static double Av9BufferOffByOne(double[] x, double y)
                {
                    int n = x.Length;
                    var h = new double[n + 2];
                    double s = 0;
                    for (int k = 0; k < n; k++)
                    {
                        for (int i = 0; i <= k; i++) h[i] = x[i] * y + h[i + 1];
                        for (int i = 0; i < k + 2; i++) s += h[i] * h[i];
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A buffer filled each outer iteration, with a break out of the outer loop after the buffer is read.
            new ArrayCase("Av9BufferThenBreak", """
                [Differentiable]
                public static double Av9BufferThenBreak(double[] x, double y)
                {
                    int n = x.Length;
                    var h = new double[n];
                    double s = 0;
                    for (int k = 0; k < 5; k++)
                    {
                        for (int i = 0; i < n; i++) h[i] = Math.Sin(x[i] * (k + y));
                        for (int i = 0; i < n; i++) s += h[i] * s * 0.1 + h[i];
                        if (k == 2) break;
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A buffer filled by a while loop in each outer iteration.
            new ArrayCase("Av9BufferFilledByWhile", """
                [Differentiable]
                public static double Av9BufferFilledByWhile(double[] x, double y)
                {
                    int n = x.Length;
                    var h = new double[n];
                    double s = 0;
                    for (int k = 0; k < 3; k++)
                    {
                        int i = 0;
                        while (i < n)
                        {
                            h[i] = Math.Exp(x[i] * y * k);
                            i++;
                        }
                        for (int j = 0; j < n; j++) s = s * 0.5 + h[j];
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A stepped index whose step is changed by the outer loop.
            new ArrayCase("Av9StepChangedOutside", """
                [Differentiable]
                public static double Av9StepChangedOutside(double[] x, double y)
                {
                    double s = 0;
                    int step = 1;
                    for (int k = 0; k < 3; k++)
                    {
                        int li = 0;
                        for (int i = 0; i < 4; i++)
                        {
                            s += Math.Sin(x[li % x.Length] * y) * s + x[li % x.Length];
                            li += step;
                        }
                        step++;
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }) { Sizes = ArrayCase.NonEmpty },

            // A stepped index carried across outer iterations (not reset), read after the loops.
            new ArrayCase("Av9StepCarried", """
                [Differentiable]
                public static double Av9StepCarried(double[] x, double y)
                {
                    double s = y;
                    int li = 0;
                    for (int k = 0; k < x.Length; k++)
                    {
                        for (int i = 0; i < k; i++)
                        {
                            s = s * 0.5 + Math.Cos(x[li % x.Length] * s);
                            li++;
                        }
                    }
                    return s * x[li % x.Length];
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }) { Sizes = ArrayCase.NonEmpty },

            // A stepped index moved by the outer counter (li += k), read in the inner loop.
            new ArrayCase("Av9StepByCounter", """
                [Differentiable]
                public static double Av9StepByCounter(double[] x, double y)
                {
                    double s = y;
                    int li = 0;
                    for (int k = 0; k < 4; k++)
                    {
                        for (int i = 0; i < 3; i++)
                        {
                            s = Math.Sin(s) * x[li % x.Length] + y;
                            li += k;
                        }
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }) { Sizes = ArrayCase.NonEmpty },

            // A stepped index decremented, starting from a value the outer loop computes.
            new ArrayCase("Av9StepDownFromOuter", """
                [Differentiable]
                public static double Av9StepDownFromOuter(double[] x, double y)
                {
                    double s = 0;
                    for (int k = 0; k < x.Length; k++)
                    {
                        int li = k;
                        for (int i = 0; i <= k; i++)
                        {
                            s = s * y + x[li];
                            li--;
                        }
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // An inner recurrence with a data break inside an outer loop: the tape's length differs per outer iteration.
            new ArrayCase("Av9InnerDataBreakTape", """
                [Differentiable]
                public static double Av9InnerDataBreakTape(double[] x, double y)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double t = x[i];
                        for (int j = 0; j < 5; j++)
                        {
                            t = Math.Sin(t) * y + x[i];
                            if (t > 0.9) break;
                        }
                        s += t * t;
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }) { Accept = a => InnerBreakAway((double[])a[0], (double)a[1]) },

            // A while loop with many iterations (past the growing tape's first 16) inside a for loop.
            new ArrayCase("Av9LongWhileTape", """
                [Differentiable]
                public static double Av9LongWhileTape(double[] x, double y)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double t = x[i];
                        int k = 0;
                        while (k < 7 + 3 * i)
                        {
                            t = 0.9 * t + 0.1 * Math.Sin(t * y);
                            k++;
                        }
                        s = s * 0.5 + t;
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // Writes under an integer if to an element read in the write.
            new ArrayCase("Av9ConditionalInPlace", """
                [Differentiable]
                public static double Av9ConditionalInPlace(double[] x, double y)
                {
                    int n = x.Length;
                    var a = new double[n];
                    for (int i = 0; i < n; i++) a[i] = x[i];
                    for (int it = 0; it < 3; it++)
                    {
                        for (int i = 0; i < n; i++)
                        {
                            if ((i + it) % 2 == 0) a[i] = a[i] * y + 1;
                            else a[i] = Math.Sin(a[i]);
                        }
                    }
                    double s = 0;
                    for (int i = 0; i < n; i++) s += a[i] * x[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // An element accumulated in an inner loop, then squashed, in a triangle.
            new ArrayCase("Av9TriangleAccumulateSquash", """
                [Differentiable]
                public static double Av9TriangleAccumulateSquash(double[] x, double y)
                {
                    int n = x.Length;
                    var a = new double[n];
                    for (int i = 0; i < n; i++)
                    {
                        a[i] = x[i] * y;
                        for (int j = 0; j < i; j++) a[i] += a[j] * x[j];
                        a[i] = Math.Tanh(a[i]);
                    }
                    double s = 0;
                    for (int i = 0; i < n; i++) s += a[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // a[i] += a[i - 1] run backwards (each reads a neighbour not yet updated).
            new ArrayCase("Av9BackwardNeighbourAdd", """
                [Differentiable]
                public static double Av9BackwardNeighbourAdd(double[] x, double y)
                {
                    int n = x.Length;
                    var a = new double[n];
                    for (int i = 0; i < n; i++) a[i] = x[i] * x[i] + y;
                    for (int i = n - 1; i >= 1; i--) a[i] += a[i - 1] * y;
                    double s = 0;
                    for (int i = 0; i < n; i++) s += a[i] * a[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // Shift right in place (from the end) and shift left in place (from the start).
            new ArrayCase("Av9ShiftsInPlace", """
                [Differentiable]
                public static double Av9ShiftsInPlace(double[] x, double y)
                {
                    int n = x.Length;
                    var a = new double[n];
                    for (int i = 0; i < n; i++) a[i] = Math.Exp(x[i] * y);
                    for (int i = n - 1; i >= 1; i--) a[i] = a[i - 1];
                    if (n > 0) a[0] = y;
                    double s = 0;
                    for (int i = 0; i < n; i++) s += a[i] * (i + 1);
                    for (int i = 0; i + 1 < n; i++) a[i] = a[i + 1] * x[i];
                    for (int i = 0; i < n; i++) s += a[i] * a[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A local array read at i and written at i + 1 in the same statement, then read again reversed.
            new ArrayCase("Av9ForwardFillThenReverseRead", """
                [Differentiable]
                public static double Av9ForwardFillThenReverseRead(double[] x, double y)
                {
                    int n = x.Length;
                    var a = new double[n + 1];
                    a[0] = y;
                    for (int i = 0; i < n; i++) a[i + 1] = a[i] * Math.Cos(x[i]) + x[i];
                    double s = 0;
                    for (int i = n; i >= 0; i--) s = s * 0.5 + a[i] * a[n - i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // Two local arrays swapped by element each iteration (double buffering by copy).
            new ArrayCase("Av9DoubleBuffer", """
                [Differentiable]
                public static double Av9DoubleBuffer(double[] x, double y)
                {
                    int n = x.Length;
                    var cur = new double[n];
                    var nxt = new double[n];
                    for (int i = 0; i < n; i++) cur[i] = x[i];
                    for (int t = 0; t < 3; t++)
                    {
                        for (int i = 0; i < n; i++) nxt[i] = cur[i] * y + (i > 0 ? cur[i - 1] : 0) * 0.5;
                        for (int i = 0; i < n; i++) cur[i] = Math.Sin(nxt[i]);
                    }
                    double s = 0;
                    for (int i = 0; i < n; i++) s += cur[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A call in a loop whose argument is an element overwritten later in the same iteration.
            new ArrayCase("Av9CallReadsElementThenOverwritten", """
                [Differentiable]
                public static double Av9Sq(double u) => u * u * u;

                [Differentiable]
                public static double Av9CallReadsElementThenOverwritten(double[] x, double y)
                {
                    int n = x.Length;
                    var a = new double[n];
                    for (int i = 0; i < n; i++) a[i] = x[i] + y;
                    double s = 0;
                    for (int i = 0; i < n; i++)
                    {
                        s += Av9Sq(a[i]);
                        a[i] = a[i] * y;
                    }
                    for (int i = 0; i < n; i++) s += a[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A call in a while loop inside a for loop, the call's result carried.
            new ArrayCase("Av9CallInNestedWhile", """
                [Differentiable]
                public static double Av9Damp(double u, double v) => u * Math.Exp(-v * v);

                [Differentiable]
                public static double Av9CallInNestedWhile(double[] x, double y)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double t = y;
                        int k = 0;
                        while (k <= i)
                        {
                            t = Av9Damp(t, x[k]) + x[i];
                            k++;
                        }
                        s += t;
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A call with an array argument inside a loop with a break after it.
            new ArrayCase("Av9ArrayCallThenBreak", """
                [Differentiable]
                public static double Av9Dot2(double[] v, double k)
                {
                    double s = 0;
                    for (int j = 0; j < v.Length; j++) s += v[j] * Math.Sin(k * j);
                    return s;
                }

                [Differentiable]
                public static double Av9ArrayCallThenBreak(double[] x, double y)
                {
                    double s = 0;
                    for (int i = 0; i < 5; i++)
                    {
                        s = s * 0.5 + Av9Dot2(x, y + i);
                        if (i == 2) break;
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A stackalloc span written in a nested loop with a continue and read after.
            new ArrayCase("Av9StackallocNestedContinue", """
                [Differentiable]
                public static double Av9StackallocNestedContinue(double[] x, double y)
                {
                    int n = x.Length;
                    Span<double> acc = stackalloc double[n];
                    for (int i = 0; i < n; i++)
                    {
                        for (int j = 0; j < n; j++)
                        {
                            if (j == i) continue;
                            acc[i] += x[j] * y * x[i];
                        }
                    }
                    double s = 0;
                    for (int i = 0; i < n; i++) s += Math.Tanh(acc[i]);
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // Jagged data read at [i][j] and [j][i] in a triangle with a running product carried across rows.
            new ArrayCase("Av9JaggedTriangleProduct", """
                [Differentiable("w")]
                public static double Av9JaggedTriangleProduct(double[] w, double[][] X)
                {
                    double p = 1;
                    for (int i = 0; i < w.Length; i++)
                    {
                        for (int j = 0; j < i; j++) p = p * (1 + 0.1 * X[i][j] * w[j]) + 0.01 * X[j][i] * w[i];
                    }
                    return p;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Enumerable.Range(0, n).Select(i => Vector(r, n, -1, 1)).ToArray() }),

            // A do-while loop that runs once only (condition false at first test) with a recurrence.
            new ArrayCase("Av9DoOnce", """
                [Differentiable]
                public static double Av9DoOnce(double[] x, double y)
                {
                    double t = y;
                    int k = 0;
                    do
                    {
                        t = Math.Exp(t * 0.5) + (x.Length > 0 ? x[0] : 0);
                        k += 10;
                    } while (k < 5);
                    return t;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A for loop whose condition reads a value the body changes (a double compared, no counter bound).
            new ArrayCase("Av9ForDataCondition", """
                [Differentiable]
                public static double Av9ForDataCondition(double[] x, double y)
                {
                    double s = 0;
                    int i;
                    for (i = 0; i < x.Length && s < 2; i++) s += x[i] * x[i] * y;
                    return s * i;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, 0.5, 1.5) }) { Accept = a => { var x = (double[])a[0]; double s = 0; foreach (double v in x) { s += v * v * (double)a[1]; if (System.Math.Abs(s - 2) < 0.05) return false; } return true; } },

            // --- round three: output entries written once, break shapes, reordering ---

            // A loop that covers w (written dW[i] = ...) and a call that reads w as a whole after it.
            new ArrayCase("Av9CoveredThenCall", """
                [Differentiable]
                public static double Av9SqSum(double[] v)
                {
                    double s = 0;
                    for (int k = 0; k < v.Length; k++) s += v[k] * v[k] * v[k];
                    return s;
                }

                [Differentiable]
                public static double Av9CoveredThenCall(double[] w, double y)
                {
                    double s = 0;
                    for (int i = 0; i < w.Length; i++) s += w[i] * w[i] * y;
                    return s / 2 + Av9SqSum(w);
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // The same with the call before the loop.
            new ArrayCase("Av9CallThenCovered", """
                [Differentiable]
                public static double Av9SqSum2(double[] v)
                {
                    double s = 0;
                    for (int k = 0; k < v.Length; k++) s += Math.Sin(v[k]);
                    return s;
                }

                [Differentiable]
                public static double Av9CallThenCovered(double[] w, double y)
                {
                    double c = Av9SqSum2(w);
                    double s = 0;
                    for (int i = 0; i < w.Length; i++) s += w[i] * w[i] * y;
                    return s + c * y;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A loop that covers w and a foreach over w before it.
            new ArrayCase("Av9ForeachThenCovered", """
                [Differentiable]
                public static double Av9ForeachThenCovered(double[] w, double y)
                {
                    double c = 0;
                    foreach (double v in w) c += Math.Exp(v);
                    double s = 0;
                    for (int i = 0; i < w.Length; i++) s += w[i] * y;
                    return s / c;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }) { Sizes = ArrayCase.NonEmpty },

            // A loop that covers w, with the counter's step changed in the body.
            new ArrayCase("Av9CoveredButSkips", """
                [Differentiable]
                public static double Av9CoveredButSkips(double[] w, double y)
                {
                    double s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        s += w[i] * w[i] * y;
                        i++;
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A span output written once with a copy of w's length in a local as the bound.
            new ArrayCase("Av9CoveredLocalBound", """
                [Differentiable]
                public static double Av9CoveredLocalBound(double[] w, double[] x)
                {
                    int n = w.Length;
                    double s = 0;
                    for (int i = 0; i < n; i++) s += w[i] * x[i % x.Length];
                    return s * s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Vector(r, 2, -1, 1) }),

            // The same parameter covered by two loops.
            new ArrayCase("Av9CoveredTwice", """
                [Differentiable]
                public static double Av9CoveredTwice(double[] w, double y)
                {
                    double s = 0;
                    for (int i = 0; i < w.Length; i++) s += w[i] * y;
                    double t = 0;
                    for (int i = 0; i < w.Length; i++) t += w[i] * w[i];
                    return s + t;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A covered loop that also reads w at the counter in a nested loop.
            new ArrayCase("Av9CoveredNestedRead", """
                [Differentiable]
                public static double Av9CoveredNestedRead(double[] w, double y)
                {
                    double s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        s += w[i] * y;
                        for (int j = 0; j < 2; j++) s += w[i] * j;
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A loop whose bound is a local that later statements change (reordering must not move it past them).
            new ArrayCase("Av9ReorderBoundChanged", """
                [Differentiable]
                public static double Av9ReorderBoundChanged(double[] x, double y)
                {
                    int m = x.Length / 2;
                    double s = 0;
                    for (int i = 0; i < m; i++) s += x[i] * x[i];
                    m = x.Length;
                    double t = y;
                    for (int i = 0; i < m; i++) t = t * 0.5 + x[i];
                    return s * y + t;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A loop whose start is a local that later statements change.
            new ArrayCase("Av9ReorderStartChanged", """
                [Differentiable]
                public static double Av9ReorderStartChanged(double[] x, double y)
                {
                    int k = 1;
                    double s = 0;
                    for (int i = k; i < x.Length; i++) s += Math.Exp(x[i] * y);
                    k = 0;
                    double u = y * y + k;
                    return s + u;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // --- break and continue placements ---

            // An if that updates and then breaks; statements follow in the body.
            new ArrayCase("Av9UpdateThenBreak", """
                [Differentiable]
                public static double Av9UpdateThenBreak(double[] x, double y)
                {
                    double s = 0;
                    double t = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (i == 3)
                        {
                            s += x[i] * y;
                            break;
                        }
                        t += x[i] * x[i];
                    }
                    return s + t * y;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A break in the else branch.
            new ArrayCase("Av9BreakInElse", """
                [Differentiable]
                public static double Av9BreakInElse(double[] x, double y)
                {
                    double s = y;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (i < 4) s = s * x[i] + 1;
                        else break;
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A continue in a nested if.
            // Declined as documented (DIFF015, a continue inside an if that other statements follow); its advice followed in Av9NestedIfContinueAdvised.
            new ArrayCase("Av9NestedIfContinue", """
                [Differentiable]
                public static double Av9NestedIfContinue(double[] x, double y)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (i % 2 == 0)
                        {
                            if (i % 4 == 0) continue;
                        }
                        s = s * y + x[i];
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A while (true) loop left by a break in the middle.
            new ArrayCase("Av9WhileTrueBreak", """
                [Differentiable]
                public static double Av9WhileTrueBreak(double[] x, double y)
                {
                    double s = y;
                    int i = 0;
                    while (true)
                    {
                        if (i >= x.Length) break;
                        s = Math.Sin(s) + x[i];
                        i++;
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A continue in the inner loop of a while inside a for, the inner loop's step after the continue's test.
            new ArrayCase("Av9ForWhileContinue", """
                [Differentiable]
                public static double Av9ForWhileContinue(double[] x, double y)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        int k = 0;
                        while (k < x.Length)
                        {
                            k++;
                            if (k == i) continue;
                            s = s * 0.5 + x[k - 1] * x[i] * y;
                        }
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A break on an if-else chain's middle arm.
            new ArrayCase("Av9BreakMiddleArm", """
                [Differentiable]
                public static double Av9BreakMiddleArm(double[] x, double y)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (x[i] < -0.5) s += x[i] * y;
                        else if (x[i] > 0.8) break;
                        else s = s * y + x[i];
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }) { Accept = a => ((double[])a[0]).All(v => System.Math.Abs(v + 0.5) > 0.03 && System.Math.Abs(v - 0.8) > 0.03) },

            // A do loop with a continue whose condition then reads the value the skipped part would have changed.
            new ArrayCase("Av9DoContinueConditionValue", """
                [Differentiable]
                public static double Av9DoContinueConditionValue(double[] x, double y)
                {
                    double s = y;
                    int i = 0;
                    do
                    {
                        i++;
                        if (i % 2 == 0) continue;
                        s = s * 0.5 + x[(i - 1) % x.Length];
                    } while (i < 2 * x.Length);
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }) { Sizes = ArrayCase.NonEmpty },

            // The advice for a loop after an if that leaves the iteration, followed: the test moved inside the loops.
            new ArrayCase("Av9RefillAfterContinueAdvised", """
                [Differentiable]
                public static double Av9RefillAfterContinueAdvised(double[] x, double y)
                {
                    int n = x.Length;
                    var h = new double[n + 1];
                    double s = 0;
                    for (int k = 0; k < 4; k++)
                    {
                        for (int i = 0; i < n; i++)
                        {
                            if (k != 1) h[i + 1] = h[i] * y + x[i] * k;
                        }
                        for (int i = 0; i < n; i++)
                        {
                            if (k != 1) s += h[i + 1] * h[i];
                        }
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // The same advice for Av9ContinueOuterBreakInner.
            new ArrayCase("Av9ContinueOuterBreakInnerAdvised", """
                [Differentiable]
                public static double Av9ContinueOuterBreakInnerAdvised(double[] x, double y)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double t = x[i];
                        for (int j = 0; j < x.Length; j++)
                        {
                            if (i % 2 == 1 || j > i + 1) break;
                            t = t * y + x[j];
                        }
                        if (i % 2 == 0) s += t * t;
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A running maximum in a loop with a continue (not the one-statement form).
            new ArrayCase("Av9MaxWithContinue", """
                [Differentiable]
                public static double Av9MaxWithContinue(double[] x, double y)
                {
                    double m = -5;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (i % 2 == 1) continue;
                        m = Math.Max(m, x[i] * y);
                    }
                    return m * m;
                }
                """, (r, n) => new object[] { Separated(r, n, 0.4), Uniform(r, 0.5, 1.5) }) { Accept = a => Distinct(((double[])a[0]).Select(v => v * (double)a[1]), 0.05) },

            // A running maximum in a while loop.
            new ArrayCase("Av9MaxInWhile", """
                [Differentiable]
                public static double Av9MaxInWhile(double[] x, double y)
                {
                    double m = -5;
                    int i = 0;
                    while (i < x.Length)
                    {
                        m = Math.Max(x[i] + y, m);
                        i += 2;
                    }
                    return m * y;
                }
                """, (r, n) => new object[] { Separated(r, n, 0.4), Uniform(r, -1, 1) }),

            // A running maximum whose candidate reads a local the loop does not change but a later loop does.
            new ArrayCase("Av9MaxCandidateLocal", """
                [Differentiable]
                public static double Av9MaxCandidateLocal(double[] x, double y)
                {
                    double c = y * y;
                    double m = double.NegativeInfinity;
                    for (int i = 0; i < x.Length; i++) m = Math.Max(m, x[i] * c);
                    for (int i = 0; i < x.Length; i++) c = c * 0.5 + x[i];
                    return m + c;
                }
                """, (r, n) => new object[] { Separated(r, n, 0.4), Uniform(r, 0.8, 1.5) }) { Sizes = ArrayCase.NonEmpty },

            // A running maximum nested in another loop with the outer counter in the candidate and the max carried on.
            new ArrayCase("Av9MaxCarriedAcrossOuter", """
                [Differentiable]
                public static double Av9MaxCarriedAcrossOuter(double[] x, double y)
                {
                    double m = -10;
                    double s = 0;
                    for (int k = 0; k < 3; k++)
                    {
                        for (int i = 0; i < x.Length; i++) m = Math.Max(m, x[i] * (k + 1) * y);
                        s += m;
                    }
                    return s;
                }
                """, (r, n) => new object[] { Separated(r, n, 0.4), Uniform(r, 0.5, 1.5) }) { Accept = a => Distinct(Enumerable.Range(1, 3).SelectMany(k => ((double[])a[0]).Select(v => v * k * (double)a[1])), 0.06) },

            // --- round four: header variables changed later, in-place permutations, calls ---

            // A taped loop whose start variable is changed after the loop.
            new ArrayCase("Av9StartChangedAfterTaped", """
                [Differentiable]
                public static double Av9StartChangedAfterTaped(double[] x, double y)
                {
                    int k = 1;
                    double acc = y;
                    for (int i = k; i < x.Length; i++) acc = acc * x[i] + Math.Sin(acc);
                    k = 3;
                    double t = acc;
                    for (int i = 0; i < k; i++) t = t * y + acc;
                    return t;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A taped inner loop whose start is an integer the outer loop steps after it.
            new ArrayCase("Av9InnerStartSteppedByOuter", """
                [Differentiable]
                public static double Av9InnerStartSteppedByOuter(double[] x, double y)
                {
                    int k = 0;
                    double acc = y;
                    for (int o = 0; o < 3; o++)
                    {
                        for (int i = k; i < x.Length; i++) acc = acc * x[i] + Math.Sin(acc);
                        k++;
                    }
                    return acc;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A taped inner loop whose bound an outer-loop local changes in a data-independent but irregular way.
            new ArrayCase("Av9InnerBoundIrregular", """
                [Differentiable]
                public static double Av9InnerBoundIrregular(double[] x, double y)
                {
                    int m = x.Length;
                    double acc = y;
                    for (int o = 0; o < 4; o++)
                    {
                        for (int i = 0; i < m; i++) acc = acc * 0.5 + x[i] * Math.Cos(acc);
                        m = (m * 3 + 1) % (x.Length + 1);
                    }
                    return acc;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // Rotation left in place: the last element reads the new first one.
            new ArrayCase("Av9RotateInPlace", """
                [Differentiable]
                public static double Av9RotateInPlace(double[] x, double y)
                {
                    int n = x.Length;
                    var a = new double[n];
                    for (int i = 0; i < n; i++) a[i] = x[i] * x[i];
                    for (int i = 0; i < n; i++) a[i] = a[(i + 1) % n] * y + x[i];
                    double s = 0;
                    for (int i = 0; i < n; i++) s += a[i] * (i + 1);
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // Both halves written in one loop: a[n - 1 - i] from a[i].
            new ArrayCase("Av9MirrorWriteInPlace", """
                [Differentiable]
                public static double Av9MirrorWriteInPlace(double[] x, double y)
                {
                    int n = x.Length;
                    var a = new double[n];
                    for (int i = 0; i < n; i++) a[i] = Math.Exp(x[i]);
                    for (int i = 0; i < n; i++) a[n - 1 - i] = a[i] * y + a[n - 1 - i];
                    double s = 0;
                    for (int i = 0; i < n; i++) s += a[i] * a[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // An element written under an if that then breaks, inside a nested loop.
            new ArrayCase("Av9WriteThenBreakNested", """
                [Differentiable]
                public static double Av9WriteThenBreakNested(double[] x, double y)
                {
                    int n = x.Length;
                    var a = new double[n];
                    for (int i = 0; i < n; i++)
                    {
                        for (int j = 0; j < n; j++)
                        {
                            if (j == i)
                            {
                                a[j] = x[j] * y + (j > 0 ? a[j - 1] : 0);
                                break;
                            }
                        }
                    }
                    double s = 0;
                    for (int i = 0; i < n; i++) s += Math.Sin(a[i]);
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // An in-place update with a break on data.
            new ArrayCase("Av9InPlaceDataBreak", """
                [Differentiable]
                public static double Av9InPlaceDataBreak(double[] x, double y)
                {
                    int n = x.Length;
                    var a = new double[n];
                    for (int i = 0; i < n; i++) a[i] = x[i];
                    for (int it = 0; it < 3; it++)
                    {
                        for (int i = 0; i < n; i++)
                        {
                            a[i] = a[i] * y + 0.1;
                            if (x[i] > 0.7) break;
                        }
                    }
                    double s = 0;
                    for (int i = 0; i < n; i++) s += a[i] * a[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }) { Accept = a => ((double[])a[0]).All(v => System.Math.Abs(v - 0.7) > 0.02) },

            // A local array declared inside the loop, its size from the counter, with a break.
            new ArrayCase("Av9ArrayInLoopSized", """
                [Differentiable]
                public static double Av9ArrayInLoopSized(double[] x, double y)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        var t = new double[i + 1];
                        for (int j = 0; j <= i; j++) t[j] = x[j] * y;
                        for (int j = 1; j <= i; j++) t[j] += t[j - 1];
                        s += t[i] * t[i];
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A callee with a loop and a break of its own, called in a loop.
            new ArrayCase("Av9CalleeWithBreak", """
                [Differentiable]
                public static double Av9FirstTerms(double[] v, double u)
                {
                    double s = 0;
                    for (int k = 0; k < v.Length; k++)
                    {
                        s = s * u + v[k];
                        if (k == 2) break;
                    }
                    return s;
                }

                [Differentiable]
                public static double Av9CalleeWithBreak(double[] x, double y)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++) s += Av9FirstTerms(x, x[i] * y);
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A callee taking a local array written in place between two calls in a loop.
            // Declined as documented (DIFF015); the message read 'Reading an element of the local array' for a call passing the array, and now names the call.
            new ArrayCase("Av9CallsAroundInPlace", """
                [Differentiable]
                public static double Av9Energy(double[] v, double u)
                {
                    double s = 0;
                    for (int k = 0; k < v.Length; k++) s += v[k] * v[k] * u;
                    return s;
                }

                [Differentiable]
                public static double Av9CallsAroundInPlace(double[] x, double y)
                {
                    int n = x.Length;
                    var a = new double[n];
                    for (int i = 0; i < n; i++) a[i] = x[i];
                    double s = 0;
                    for (int it = 0; it < 3; it++)
                    {
                        s += Av9Energy(a, y);
                        for (int i = 0; i < n; i++) a[i] = Math.Sin(a[i] + y);
                    }
                    return s + Av9Energy(a, 1);
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A recursive callee in a loop.
            // Declined as documented (DIFF015 at the callee's call in an arm of ?:); its advice followed in Av9RecursiveInLoopAdvised.
            new ArrayCase("Av9RecursiveInLoop", """
                [Differentiable]
                public static double Av9Pow(double u, int k) => k <= 0 ? 1 : u * Av9Pow(u, k - 1);

                [Differentiable]
                public static double Av9RecursiveInLoop(double[] x, double y)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++) s += Av9Pow(x[i] * y, i % 4);
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A callee called with a stackalloc span the loop fills.
            new ArrayCase("Av9CallWithStackalloc", """
                [Differentiable]
                public static double Av9SpanNorm(ReadOnlySpan<double> v)
                {
                    double s = 0;
                    for (int k = 0; k < v.Length; k++) s += v[k] * v[k];
                    return Math.Sqrt(s + 1);
                }

                [Differentiable]
                public static double Av9CallWithStackalloc(double[] x, double y)
                {
                    Span<double> t = stackalloc double[3];
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        t[i % 3] = x[i] * y;
                        s += Av9SpanNorm(t);
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // Two levels of callees in loops.
            new ArrayCase("Av9TwoLevelCalls", """
                [Differentiable]
                public static double Av9Inner(double u, double v) => u * Math.Tanh(v);

                [Differentiable]
                public static double Av9Middle(double[] v, double u)
                {
                    double s = 0;
                    for (int k = 0; k < v.Length; k++) s = s * 0.5 + Av9Inner(v[k], u);
                    return s;
                }

                [Differentiable]
                public static double Av9TwoLevelCalls(double[] x, double y)
                {
                    double s = y;
                    for (int i = 0; i < 3; i++) s = Av9Middle(x, s) + y;
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A partial's tangent of an in-place local array with a continue.
            new ArrayCase("Av9TangentArrayContinue", """
                [Differentiable]
                public static double Av9TangentArrayContinue(double[] x, double y, double z)
                {
                    int n = x.Length;
                    var a = new double[n];
                    for (int i = 0; i < n; i++) a[i] = x[i] * y;
                    for (int it = 0; it < 2; it++)
                    {
                        for (int i = 0; i < n; i++)
                        {
                            if (i % 2 == it) continue;
                            a[i] = a[i] * z + y;
                        }
                    }
                    double s = 0;
                    for (int i = 0; i < n; i++) s += a[i] * a[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1), Uniform(r, -1, 1) }),

            // An element sum (an element read at one index) with the index a parameter read in a while loop.
            new ArrayCase("Av9InvariantElementInWhile", """
                [Differentiable]
                public static double Av9InvariantElementInWhile(double[] x, double[] w, int k)
                {
                    double s = 0;
                    int i = 0;
                    while (i < w.Length)
                    {
                        s = s * 0.5 + x[k] * w[i];
                        i++;
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Vector(r, n, -1, 1), n == 0 ? 0 : r.Next(n) }) { Sizes = ArrayCase.NonEmpty },

            // An element read at one index inside an inner loop whose outer loop writes nothing to it but reads it elsewhere.
            new ArrayCase("Av9InvariantElementAndOthers", """
                [Differentiable]
                public static double Av9InvariantElementAndOthers(double[] x, double y)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        for (int j = 0; j < 3; j++) s = s * y + x[i] * j;
                        s += x[(i + 1) % x.Length];
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // The advice for Av9RecursiveInLoop's DIFF015 followed: the callee's call computed in an if / else.
            new ArrayCase("Av9RecursiveInLoopAdvised", """
                [Differentiable]
                public static double Av9PowIf(double u, int k)
                {
                    double r;
                    if (k <= 0) r = 1;
                    else r = u * Av9PowIf(u, k - 1);
                    return r;
                }

                [Differentiable]
                public static double Av9RecursiveInLoopAdvised(double[] x, double y)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++) s += Av9PowIf(x[i] * y, i % 4);
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // Was a dead end (DIFF015's advice followed, DIFF015 again): the advice said to copy the old elements into a local array
            // of their own first; declared inside the loop, the copy is computed again with the iteration from the changed
            // elements, and is refused the same way. The advice now says to declare the copy before the loop (Av9CallsAroundInPlaceAdvised).
            new ArrayCase("Av9CopyInsideLoop", """
                [Differentiable]
                public static double Av9EnergyD(double[] v, double u)
                {
                    double s = 0;
                    for (int k = 0; k < v.Length; k++) s += v[k] * v[k] * u;
                    return s;
                }

                [Differentiable]
                public static double Av9CopyInsideLoop(double[] x, double y)
                {
                    int n = x.Length;
                    var a = new double[n];
                    for (int i = 0; i < n; i++) a[i] = x[i];
                    double s = 0;
                    for (int it = 0; it < 3; it++)
                    {
                        var old = new double[n];
                        for (int i = 0; i < n; i++) old[i] = a[i];
                        s += Av9EnergyD(old, y);
                        for (int i = 0; i < n; i++) a[i] = Math.Sin(a[i] + y);
                    }
                    return s + Av9EnergyD(a, 1);
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // The advice for Av9CallsAroundInPlace's DIFF015 followed: the old elements copied into a local array declared before the loop.
            new ArrayCase("Av9CallsAroundInPlaceAdvised", """
                [Differentiable]
                public static double Av9EnergyB(double[] v, double u)
                {
                    double s = 0;
                    for (int k = 0; k < v.Length; k++) s += v[k] * v[k] * u;
                    return s;
                }

                [Differentiable]
                public static double Av9CallsAroundInPlaceAdvised(double[] x, double y)
                {
                    int n = x.Length;
                    var a = new double[n];
                    for (int i = 0; i < n; i++) a[i] = x[i];
                    var old = new double[n];
                    double s = 0;
                    for (int it = 0; it < 3; it++)
                    {
                        for (int i = 0; i < n; i++) old[i] = a[i];
                        s += Av9EnergyB(old, y);
                        for (int i = 0; i < n; i++) a[i] = Math.Sin(old[i] + y);
                    }
                    return s + Av9EnergyB(a, 1);
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A sum over a local array's elements before a nested loop of the same iteration overwrites them (DIFF015).
            // The three reads of Av9ReadBeforeNestedOverwrite, Av9CopyInsideLoop and Av9CallsAroundInPlace, with the overwrite
            // under an if in its loop: how many elements an iteration overwrites depends on the data, so the reverse sweep cannot
            // put them back before it computes the iteration again. Declined with DIFF015 and advice that can be followed.
            new ArrayCase("Av9ReadBeforeGuardedOverwrite", """
                [Differentiable]
                public static double Av9ReadBeforeGuardedOverwrite(double[] x, double y)
                {
                    int n = x.Length;
                    var a = new double[n];
                    for (int i = 0; i < n; i++) a[i] = x[i];
                    double s = 0;
                    for (int it = 0; it < 3; it++)
                    {
                        double e = 0;
                        for (int i = 0; i < n; i++) e += a[i] * a[i];
                        s += e * y;
                        for (int i = 0; i < n; i++)
                        {
                            if (x[i] > 0) a[i] = Math.Sin(a[i] + y);
                        }
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }) { Accept = XAwayFromItsGate },

            new ArrayCase("Av9CopyInsideGuardedLoop", """
                [Differentiable]
                public static double Av9EnergyG(double[] v, double u)
                {
                    double s = 0;
                    for (int k = 0; k < v.Length; k++) s += v[k] * v[k] * u;
                    return s;
                }

                [Differentiable]
                public static double Av9CopyInsideGuardedLoop(double[] x, double y)
                {
                    int n = x.Length;
                    var a = new double[n];
                    for (int i = 0; i < n; i++) a[i] = x[i];
                    double s = 0;
                    for (int it = 0; it < 3; it++)
                    {
                        var old = new double[n];
                        for (int i = 0; i < n; i++) old[i] = a[i];
                        s += Av9EnergyG(old, y);
                        for (int i = 0; i < n; i++)
                        {
                            if (x[i] > 0) a[i] = Math.Sin(a[i] + y);
                        }
                    }
                    return s + Av9EnergyG(a, 1);
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }) { Accept = XAwayFromItsGate },

            new ArrayCase("Av9CallsAroundGuardedInPlace", """
                [Differentiable]
                public static double Av9EnergyH(double[] v, double u)
                {
                    double s = 0;
                    for (int k = 0; k < v.Length; k++) s += v[k] * v[k] * u;
                    return s;
                }

                [Differentiable]
                public static double Av9CallsAroundGuardedInPlace(double[] x, double y)
                {
                    int n = x.Length;
                    var a = new double[n];
                    for (int i = 0; i < n; i++) a[i] = x[i];
                    double s = 0;
                    for (int it = 0; it < 3; it++)
                    {
                        s += Av9EnergyH(a, y);
                        for (int i = 0; i < n; i++)
                        {
                            if (x[i] > 0) a[i] = Math.Sin(a[i] + y);
                        }
                    }
                    return s + Av9EnergyH(a, 1);
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }) { Accept = XAwayFromItsGate },

            new ArrayCase("Av9ReadBeforeNestedOverwrite", """
                [Differentiable]
                public static double Av9ReadBeforeNestedOverwrite(double[] x, double y)
                {
                    int n = x.Length;
                    var a = new double[n];
                    for (int i = 0; i < n; i++) a[i] = x[i];
                    double s = 0;
                    for (int it = 0; it < 3; it++)
                    {
                        double e = 0;
                        for (int i = 0; i < n; i++) e += a[i] * a[i];
                        s += e * y;
                        for (int i = 0; i < n; i++) a[i] = Math.Sin(a[i] + y);
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // Calls passing a local array read only after each pass overwrote it in place.
            new ArrayCase("Av9CallAfterEachPass", """
                [Differentiable]
                public static double Av9EnergyC(double[] v, double u)
                {
                    double s = 0;
                    for (int k = 0; k < v.Length; k++) s += v[k] * v[k] * u;
                    return s;
                }

                [Differentiable]
                public static double Av9CallAfterEachPass(double[] x, double y)
                {
                    int n = x.Length;
                    var a = new double[n];
                    for (int i = 0; i < n; i++) a[i] = x[i];
                    double s = Av9EnergyC(a, y);
                    for (int it = 0; it < 3; it++)
                    {
                        for (int i = 0; i < n; i++) a[i] = Math.Sin(a[i] + y);
                        s += Av9EnergyC(a, it < 2 ? y : 1);
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // The advice for Av9ReadBeforeNestedOverwrite's DIFF015 followed: the old elements copied into an array declared before the loop.
            new ArrayCase("Av9ReadBeforeNestedOverwriteAdvised", """
                [Differentiable]
                public static double Av9ReadBeforeNestedOverwriteAdvised(double[] x, double y)
                {
                    int n = x.Length;
                    var a = new double[n];
                    for (int i = 0; i < n; i++) a[i] = x[i];
                    var old = new double[n];
                    double s = 0;
                    for (int it = 0; it < 3; it++)
                    {
                        for (int i = 0; i < n; i++) old[i] = a[i];
                        double e = 0;
                        for (int i = 0; i < n; i++) e += old[i] * old[i];
                        s += e * y;
                        for (int i = 0; i < n; i++) a[i] = Math.Sin(a[i] + y);
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // The advice for Av9NestedIfContinue's DIFF015 followed: one if with the combined test.
            new ArrayCase("Av9NestedIfContinueAdvised", """
                [Differentiable]
                public static double Av9NestedIfContinueAdvised(double[] x, double y)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (i % 2 == 0 && i % 4 == 0) continue;
                        s = s * y + x[i];
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // --- round five: odd loop headers and integer state ---

            // A for loop with no condition, left by a break.
            new ArrayCase("Av9ForNoCondition", """
                [Differentiable]
                public static double Av9ForNoCondition(double[] x, double y)
                {
                    double s = y;
                    for (int i = 0; ; i++)
                    {
                        if (i >= x.Length) break;
                        s = s * Math.Cos(x[i]) + x[i] * y;
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A for loop with its counter declared before it and no initializer, continued by a second loop.
            new ArrayCase("Av9ForNoInitializer", """
                [Differentiable]
                public static double Av9ForNoInitializer(double[] x, double y)
                {
                    double s = y;
                    int i = 0;
                    for (; i < x.Length / 2; i++) s = s * x[i] + 1;
                    for (; i < x.Length; i++) s = Math.Sin(s) * x[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // An integer halved in a while loop, used as an index.
            new ArrayCase("Av9HalvingIndex", """
                [Differentiable]
                public static double Av9HalvingIndex(double[] x, double y)
                {
                    double s = 0;
                    int k = x.Length - 1;
                    while (k > 0)
                    {
                        s = s * y + x[k];
                        k /= 2;
                    }
                    return s + (x.Length > 0 ? x[0] * y : 0);
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // An integer found by a while loop alone (k * k < n), then used as an index and a bound.
            new ArrayCase("Av9IntegerSearchLoop", """
                [Differentiable]
                public static double Av9IntegerSearchLoop(double[] x, double y)
                {
                    int k = 0;
                    while ((k + 1) * (k + 1) <= x.Length) k++;
                    double s = y;
                    for (int i = 0; i < k; i++) s = s * x[i * i] + y;
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A count of elements passing a data test, used as a divisor.
            new ArrayCase("Av9CountOfPositives", """
                [Differentiable]
                public static double Av9CountOfPositives(double[] x, double y)
                {
                    int count = 0;
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (x[i] > 0)
                        {
                            count++;
                            s += x[i] * y;
                        }
                    }
                    return count == 0 ? y : s / count + x[count - 1] * y;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n), Uniform(r, -1, 1) }),

            // A counter that repeats an iteration once (i-- in the body) on a flag held in an integer.
            new ArrayCase("Av9RepeatIteration", """
                [Differentiable]
                public static double Av9RepeatIteration(double[] x, double y)
                {
                    double s = 0;
                    int repeated = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s = s * y + x[i];
                        if (i == 1 && repeated == 0)
                        {
                            repeated = 1;
                            i--;
                        }
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // An index chosen by ?: on integers, wrapping around.
            new ArrayCase("Av9WrapIndexChoice", """
                [Differentiable]
                public static double Av9WrapIndexChoice(double[] x, double y)
                {
                    int n = x.Length;
                    var a = new double[n];
                    for (int i = 0; i < n; i++) a[i] = x[i] * y;
                    for (int i = 0; i < n; i++) a[i] = a[i] + 0.5 * a[i > 0 ? i - 1 : n - 1];
                    double s = 0;
                    for (int i = 0; i < n; i++) s += a[i] * a[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A foreach over a local array whose first element the body changes.
            new ArrayCase("Av9ForeachWritesOwnArray", """
                [Differentiable]
                public static double Av9ForeachWritesOwnArray(double[] x, double y)
                {
                    var a = new double[x.Length + 1];
                    for (int i = 0; i < x.Length; i++) a[i + 1] = x[i] * y;
                    foreach (double v in a) a[0] += v * v;
                    return a[0];
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A long while loop (hundreds of iterations) with a growing tape.
            new ArrayCase("Av9LongTape", """
                [Differentiable]
                public static double Av9LongTape(double[] x, double y)
                {
                    double t = y;
                    int k = 0;
                    while (k < 300 + x.Length)
                    {
                        t = t + 0.01 * Math.Sin(t * x[k % Math.Max(1, x.Length)] + y);
                        k++;
                    }
                    return t;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }) { Sizes = ArrayCase.NonEmpty },

            // A do loop left by a break before its condition is ever tested.
            new ArrayCase("Av9DoBreakFirst", """
                [Differentiable]
                public static double Av9DoBreakFirst(double[] x, double y)
                {
                    double s = y;
                    int k = 0;
                    do
                    {
                        s = s * s * 0.5 + (x.Length > k ? x[k] : 0);
                        k++;
                        if (k >= 2) break;
                    } while (s < 100);
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A while loop whose condition reads an element of a local array the body writes at another index.
            new ArrayCase("Av9WhileConditionReadsLocal", """
                [Differentiable]
                public static double Av9WhileConditionReadsLocal(double[] x, double y)
                {
                    int n = x.Length;
                    var a = new double[n + 1];
                    a[0] = 0.1;
                    int k = 0;
                    while (k < n && a[k] < 5)
                    {
                        a[k + 1] = a[k] * 1.5 + x[k] * x[k] * y;
                        k++;
                    }
                    return a[k] * a[k];
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, 0.5, 1) }) { Accept = a => { var x = (double[])a[0]; double v = 0.1; foreach (double e in x) { v = v * 1.5 + e * e * (double)a[1]; if (System.Math.Abs(v - 5) < 0.1) return false; if (v >= 5) break; } return true; } },

            // Sibling inner loops sharing a counter name inside a taped outer loop.
            new ArrayCase("Av9SiblingInnerLoops", """
                [Differentiable]
                public static double Av9SiblingInnerLoops(double[] x, double y)
                {
                    double s = y;
                    for (int k = 0; k < 3; k++)
                    {
                        for (int i = 0; i < x.Length; i++) s = s * 0.5 + Math.Sin(x[i] * s);
                        for (int i = x.Length - 1; i >= 0; i--) s = s * x[i] + y;
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A float accumulator mixing integer factors.
            new ArrayCase("Av9IntegerFactors", """
                [Differentiable]
                public static double Av9IntegerFactors(double[] x, double y)
                {
                    double s = 0;
                    int n = x.Length;
                    for (int i = 0; i < n; i++) s += x[i] * (n - 1 - i) / (i + 1) + (i % 3) * x[(i * 5) % n] * y;
                    return s * s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A triangle solve (forward substitution) in place over a flattened matrix.
            new ArrayCase("Av9ForwardSubstitution", """
                [Differentiable("b", "d")]
                public static double Av9ForwardSubstitution(double[] b, double d, double[] L)
                {
                    int n = b.Length;
                    var z = new double[n];
                    for (int i = 0; i < n; i++)
                    {
                        double acc = b[i];
                        for (int j = 0; j < i; j++) acc -= L[(i * n + j) % L.Length] * z[j];
                        z[i] = acc / (d + i);
                    }
                    double s = 0;
                    for (int i = 0; i < n; i++) s += z[i] * z[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, 1, 2), Vector(r, n * n + 1, -0.5, 0.5) }),

            // Back substitution in place on the same array (reading elements written later in the loop order).
            new ArrayCase("Av9BackSubstitutionInPlace", """
                [Differentiable]
                public static double Av9BackSubstitutionInPlace(double[] b, double d)
                {
                    int n = b.Length;
                    var z = new double[n];
                    for (int i = 0; i < n; i++) z[i] = b[i];
                    for (int i = n - 1; i >= 0; i--)
                    {
                        for (int j = i + 1; j < n; j++) z[i] -= 0.3 * z[j];
                        z[i] /= d;
                    }
                    double s = 0;
                    for (int i = 0; i < n; i++) s += z[i] * (i + 1);
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, 1, 2) }),

            // --- round six: buffers whose filling loop leaves early ---

            // A buffer each outer iteration fills by a loop that breaks part way: the rest holds the last pass's values.
            new ArrayCase("Av9BufferFillBreaks", """
                [Differentiable]
                public static double Av9BufferFillBreaks(double[] x, double y)
                {
                    int n = x.Length;
                    var h = new double[n];
                    double s = 0;
                    for (int k = 0; k < n; k++)
                    {
                        for (int i = 0; i < n; i++)
                        {
                            h[i] = Math.Sin(x[i] * y + k);
                            if (i == n - 1 - k) break;
                        }
                        for (int i = 0; i < n; i++) s += h[i] * x[k];
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A buffer each outer iteration fills by a loop that skips some elements.
            new ArrayCase("Av9BufferFillSkips", """
                [Differentiable]
                public static double Av9BufferFillSkips(double[] x, double y)
                {
                    int n = x.Length;
                    var h = new double[n];
                    double s = 0;
                    for (int k = 0; k < 3; k++)
                    {
                        for (int i = 0; i < n; i++)
                        {
                            if (i % 3 == k) continue;
                            h[i] = Math.Exp(x[i] * y) * (k + 1);
                        }
                        for (int i = 0; i < n; i++) s += h[i] * h[i];
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A buffer filled under an integer test in the filling loop.
            new ArrayCase("Av9BufferFillGuarded", """
                [Differentiable]
                public static double Av9BufferFillGuarded(double[] x, double y)
                {
                    int n = x.Length;
                    var h = new double[n];
                    double s = 0;
                    for (int k = 0; k < 3; k++)
                    {
                        for (int i = 0; i < n; i++)
                        {
                            if (i <= k) h[i] = x[i] * y * (k + 2);
                        }
                        for (int i = 0; i < n; i++) s += Math.Sin(h[i]) * x[i];
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A buffer filled by a while loop that stops on data.
            new ArrayCase("Av9BufferFillDataStop", """
                [Differentiable]
                public static double Av9BufferFillDataStop(double[] x, double y)
                {
                    int n = x.Length;
                    var h = new double[n];
                    double s = 0;
                    for (int k = 0; k < 3; k++)
                    {
                        int i = 0;
                        while (i < n && x[i] * (k + 1) < 1.5)
                        {
                            h[i] = x[i] * y + k;
                            i++;
                        }
                        for (int j = 0; j < n; j++) s += h[j] * h[j];
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }) { Accept = a => ((double[])a[0]).All(v => new[] { 1.0, 2.0, 3.0 }.All(k => System.Math.Abs(v * k - 1.5) > 0.03)) },

            // A buffer filled over a range that shrinks with the outer counter, read over the whole length.
            new ArrayCase("Av9BufferShrinkingFill", """
                [Differentiable]
                public static double Av9BufferShrinkingFill(double[] x, double y)
                {
                    int n = x.Length;
                    var h = new double[n];
                    double s = 0;
                    for (int k = 0; k < n; k++)
                    {
                        for (int i = k; i < n; i++) h[i] = h[i] * 0.5 + x[i - k] * y;
                        for (int i = 0; i < n; i++) s += h[i] * h[i];
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A buffer filled over the whole length anew, but from the end, reading its neighbour already filled.
            new ArrayCase("Av9BufferFillFromEnd", """
                [Differentiable]
                public static double Av9BufferFillFromEnd(double[] x, double y)
                {
                    int n = x.Length;
                    var h = new double[n + 1];
                    double s = 0;
                    for (int k = 0; k < 3; k++)
                    {
                        h[n] = y * k;
                        for (int i = n - 1; i >= 0; i--) h[i] = h[i + 1] * 0.5 + Math.Cos(x[i] * y);
                        for (int i = 0; i <= n; i++) s += h[i] * x[(i + k) % Math.Max(1, n)];
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }) { Sizes = ArrayCase.NonEmpty },

            // --- round seven: early returns inside loops (DIFF015) and their advice followed ---

            // A return inside a loop on data: DIFF015 as documented. Its advice (assign the result to a local and return it
            // last) did not say how to leave the loop; it now says to break and choose the result by an integer flag
            // (Av9ReturnInLoopAdvised), since the natural bool flag is DIFF015 too (Av9ReturnInLoopBoolFlag).
            new ArrayCase("Av9ReturnInLoop", """
                [Differentiable]
                public static double Av9ReturnInLoop(double[] x, double y)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (x[i] > 0.8) return s * y + x[i];
                        s += x[i] * x[i];
                    }
                    return s * y;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }) { Accept = a => ((double[])a[0]).All(v => System.Math.Abs(v - 0.8) > 0.02) },

            // Its advice followed: the result assigned to a local, the loop left by a break, one return last.
            new ArrayCase("Av9ReturnInLoopAdvised", """
                [Differentiable]
                public static double Av9ReturnInLoopAdvised(double[] x, double y)
                {
                    double s = 0;
                    double result = 0;
                    int found = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (x[i] > 0.8)
                        {
                            result = s * y + x[i];
                            found = 1;
                            break;
                        }
                        s += x[i] * x[i];
                    }
                    return found == 1 ? result : s * y;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }) { Accept = a => ((double[])a[0]).All(v => System.Math.Abs(v - 0.8) > 0.02) },

            // A return from inside a nested loop: DIFF015 as documented (advice followed in Av9ReturnInNestedLoopAdvised).
            new ArrayCase("Av9ReturnInNestedLoop", """
                [Differentiable]
                public static double Av9ReturnInNestedLoop(double[] x, double y)
                {
                    double s = y;
                    for (int i = 0; i < x.Length; i++)
                    {
                        for (int j = 0; j < x.Length; j++)
                        {
                            s = s * 0.5 + x[i] * x[j];
                            if (s > 1.5) return s * y;
                        }
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // Its advice followed: a flag, a break out of each loop, one return last.
            new ArrayCase("Av9ReturnInNestedLoopAdvised", """
                [Differentiable]
                public static double Av9ReturnInNestedLoopAdvised(double[] x, double y)
                {
                    double s = y;
                    int done = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        for (int j = 0; j < x.Length; j++)
                        {
                            s = s * 0.5 + x[i] * x[j];
                            if (s > 1.5)
                            {
                                done = 1;
                                break;
                            }
                        }
                        if (done == 1) break;
                    }
                    return done == 1 ? s * y : s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }) { Accept = a => ReturnNestedAway((double[])a[0], (double)a[1]) },

            // A running search with the answer in an if that sets it and breaks, then a loop-free tail.
            new ArrayCase("Av9SearchThenTail", """
                [Differentiable]
                public static double Av9SearchThenTail(double[] x, double y)
                {
                    int at = -1;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (x[i] * y > 0.5)
                        {
                            at = i;
                            break;
                        }
                    }
                    double v = at < 0 ? y : x[at];
                    return v * v * y;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, 0.5, 1.5) }) { Accept = a => ((double[])a[0]).All(v => System.Math.Abs(v * (double)a[1] - 0.5) > 0.03) },

            // The natural rewrite of Av9ReturnInLoop with a bool flag: DIFF015 (a bool local assigned again), whose advice
            // (declare it with its test, or write the condition in the if) could not be followed for a flag; it now says to
            // use an integer local, as Av9ReturnInLoopAdvised does.
            new ArrayCase("Av9ReturnInLoopBoolFlag", """
                [Differentiable]
                public static double Av9ReturnInLoopBoolFlag(double[] x, double y)
                {
                    double s = 0;
                    double result = 0;
                    bool found = false;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (x[i] > 0.8)
                        {
                            result = s * y + x[i];
                            found = true;
                            break;
                        }
                        s += x[i] * x[i];
                    }
                    return found ? result : s * y;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }) { Accept = a => ((double[])a[0]).All(v => System.Math.Abs(v - 0.8) > 0.02) },

            // --- round eight: the adjoint known before the last loop runs (fused) ---

            // The sum's adjoint chosen by a test on a parameter.
            new ArrayCase("Av9FusedBranchAdjoint", """
                [Differentiable]
                public static double Av9FusedBranchAdjoint(double[] w, double y)
                {
                    double s = 0;
                    for (int i = 0; i < w.Length; i++) s += Math.Exp(w[i] * y);
                    return y > 0 ? s * y : 2 * s - y;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), AwayFromZero(r, 1)[0] }),

            // The sum's adjoint from a value a loop before computed, which the fused loop also reads.
            new ArrayCase("Av9FusedAdjointFromEarlierLoop", """
                [Differentiable]
                public static double Av9FusedAdjointFromEarlierLoop(double[] w, double y)
                {
                    double t = y;
                    for (int i = 0; i < w.Length; i++) t = t * 0.5 + w[i];
                    double s = 0;
                    for (int i = 0; i < w.Length; i++) s += w[i] * w[i] * t;
                    return s * t;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // The sum under Abs: its adjoint depends on its own value.
            new ArrayCase("Av9FusedAbsOfSum", """
                [Differentiable]
                public static double Av9FusedAbsOfSum(double[] w, double y)
                {
                    double s = 0;
                    for (int i = 0; i < w.Length; i++) s += w[i] * y;
                    return Math.Abs(s) + y;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }) { Sizes = ArrayCase.NonEmpty, Accept = a => System.Math.Abs(((double[])a[0]).Sum() * (double)a[1]) > 0.05 },

            // Two sums in the last loop, the return reading one of them through the other's test.
            new ArrayCase("Av9FusedTwoSumsTest", """
                [Differentiable]
                public static double Av9FusedTwoSumsTest(double[] w, double y)
                {
                    double s = 0;
                    double t = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        s += w[i] * y;
                        t += w[i];
                    }
                    return t > 0 ? s : -s * y;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }) { Sizes = ArrayCase.NonEmpty, Accept = a => System.Math.Abs(((double[])a[0]).Sum()) > 0.05 },

            // The last loop a reduction whose elements are also read by a statement after it.
            new ArrayCase("Av9FusedThenElementRead", """
                [Differentiable]
                public static double Av9FusedThenElementRead(double[] w, double y)
                {
                    double s = 0;
                    for (int i = 0; i < w.Length; i++) s += w[i] * w[i];
                    double last = w.Length > 0 ? w[w.Length - 1] * y : y;
                    return s * 0.5 + last * last;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A reduction with a local array's element sum and a running maximum in the same method, returned together.
            new ArrayCase("Av9SoftmaxCrossEntropy", """
                [Differentiable]
                public static double Av9SoftmaxCrossEntropy(double[] z, int label)
                {
                    double m = z[0];
                    for (int i = 1; i < z.Length; i++) m = Math.Max(m, z[i]);
                    double s = 0;
                    for (int i = 0; i < z.Length; i++) s += Math.Exp(z[i] - m);
                    return Math.Log(s) + m - z[label];
                }
                """, (r, n) => new object[] { Separated(r, n, 0.3), n == 0 ? 0 : r.Next(n) }) { Sizes = ArrayCase.NonEmpty },

            // --- round nine: calls under tests and in conditions ---

            // A scalar callee called under a data test inside a loop.
            new ArrayCase("Av9CallUnderTestInLoop", """
                [Differentiable]
                public static double Av9Root(double u) => Math.Sqrt(u);

                [Differentiable]
                public static double Av9CallUnderTestInLoop(double[] x, double y)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (x[i] > 0) s += Av9Root(x[i]) * y;
                        else s += x[i] * x[i];
                    }
                    return s;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n), Uniform(r, -1, 1) }),

            // A callee in a while loop's condition: DIFF015 as documented (advice followed in Av9CallInConditionAdvised).
            new ArrayCase("Av9CallInCondition", """
                [Differentiable]
                public static double Av9Grow(double u, double a) => u * (1 + a) + 0.1;

                [Differentiable]
                public static double Av9CallInCondition(double x, double a)
                {
                    double u = x;
                    int n = 0;
                    while (Av9Grow(u, a) < 3 && n < 30)
                    {
                        u = u * 1.1 + a;
                        n++;
                    }
                    return u;
                }
                """, (r, n) => new object[] { Uniform(r, 0.1, 0.5), Uniform(r, 0.1, 0.3) }) { Sizes = ArrayCase.Scalar },

            // Its advice followed: the value computed into a local before the loop and again at the end of its body.
            new ArrayCase("Av9CallInConditionAdvised", """
                [Differentiable]
                public static double Av9Grow2(double u, double a) => u * (1 + a) + 0.1;

                [Differentiable]
                public static double Av9CallInConditionAdvised(double x, double a)
                {
                    double u = x;
                    int n = 0;
                    double g = Av9Grow2(u, a);
                    while (g < 3 && n < 30)
                    {
                        u = u * 1.1 + a;
                        n++;
                        g = Av9Grow2(u, a);
                    }
                    return u;
                }
                """, (r, n) => new object[] { Uniform(r, 0.1, 0.5), Uniform(r, 0.1, 0.3) }) { Sizes = ArrayCase.Scalar, Accept = a => GrowAway((double)a[0], (double)a[1]) },

            // A callee whose result decides a break.
            new ArrayCase("Av9CallDecidesBreak", """
                [Differentiable]
                public static double Av9Sig(double u) => 1 / (1 + Math.Exp(-u));

                [Differentiable]
                public static double Av9CallDecidesBreak(double[] x, double y)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double p = Av9Sig(x[i] * y);
                        s += p;
                        if (p > 0.7) break;
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1.5, 1.5) }) { Accept = a => ((double[])a[0]).All(v => System.Math.Abs(1 / (1 + System.Math.Exp(-v * (double)a[1])) - 0.7) > 0.01) },
        };

        /// <summary>float twins.</summary>
        public static readonly ArrayCase[] Float =
        {
            ArrayCase.FloatTwinOf(All.Single(c => c.Name == "Av9ContinueSkipsProduct"), """
                [Differentiable]
                public static float Av9ContinueSkipsProductF(float[] x, float y)
                {
                    float p = 1;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (i % 3 == 1) continue;
                        p = p * (x[i] + y) + MathF.Cos(x[i]);
                    }
                    return p;
                }
                """),
            ArrayCase.FloatTwinOf(All.Single(c => c.Name == "Av9BreakInnerAfterPartialUpdate"), """
                [Differentiable]
                public static float Av9BreakInnerAfterPartialUpdateF(float[] x, float y)
                {
                    float s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        float p = y;
                        for (int j = 0; j < x.Length; j++)
                        {
                            p = p * x[j] + 1;
                            if (j >= i) break;
                        }
                        s += p * p;
                    }
                    return s;
                }
                """),
            ArrayCase.FloatTwinOf(All.Single(c => c.Name == "Av9WhileUnevenStep"), """
                [Differentiable]
                public static float Av9WhileUnevenStepF(float[] x, float y)
                {
                    float s = 0;
                    int k = 0;
                    while (k < x.Length)
                    {
                        s = s * 0.9f + MathF.Sin(x[k] * y);
                        k += 1 + k % 2;
                    }
                    return s;
                }
                """),
            ArrayCase.FloatTwinOf(All.Single(c => c.Name == "Av9ArgMaxThenRead"), """
                [Differentiable]
                public static float Av9ArgMaxThenReadF(float[] x, float[] w)
                {
                    float m = x[0];
                    int k = 0;
                    for (int i = 1; i < x.Length; i++)
                    {
                        if (x[i] > m)
                        {
                            m = x[i];
                            k = i;
                        }
                    }
                    return m * w[k] + w[x.Length - 1 - k] * m * m;
                }
                """),
            ArrayCase.FloatTwinOf(All.Single(c => c.Name == "Av9MaxOfComputed"), """
                [Differentiable]
                public static float Av9MaxOfComputedF(float[] x, float y)
                {
                    float m = float.NegativeInfinity;
                    for (int i = 0; i < x.Length; i++) m = MathF.Max(m, MathF.Sin(x[i]) * y + x[i]);
                    float s = 0;
                    for (int i = 0; i < x.Length; i++) s += MathF.Exp(x[i] - m);
                    return m + MathF.Log(s);
                }
                """),
            ArrayCase.FloatTwinOf(All.Single(c => c.Name == "Av9PrefixSumInPlace"), """
                [Differentiable]
                public static float Av9PrefixSumInPlaceF(float[] x, float y)
                {
                    var a = new float[x.Length];
                    for (int i = 0; i < x.Length; i++) a[i] = x[i] * y;
                    for (int i = 1; i < a.Length; i++) a[i] += a[i - 1];
                    float s = 0;
                    for (int i = 0; i < a.Length; i++) s += MathF.Sin(a[i]);
                    return s;
                }
                """),
            ArrayCase.FloatTwinOf(All.Single(c => c.Name == "Av9ReverseBySwaps"), """
                [Differentiable]
                public static float Av9ReverseBySwapsF(float[] x, float y)
                {
                    int n = x.Length;
                    var a = new float[n];
                    for (int i = 0; i < n; i++) a[i] = x[i] * x[i] + y;
                    for (int i = 0; i < n / 2; i++)
                    {
                        float t = a[i];
                        a[i] = a[n - 1 - i];
                        a[n - 1 - i] = t;
                    }
                    float s = 0;
                    for (int i = 0; i < n; i++) s = s * y + a[i];
                    return s;
                }
                """),
            ArrayCase.FloatTwinOf(All.Single(c => c.Name == "Av9SmoothInPlace"), """
                [Differentiable]
                public static float Av9SmoothInPlaceF(float[] x, float y)
                {
                    int n = x.Length;
                    var a = new float[n];
                    for (int i = 0; i < n; i++) a[i] = x[i];
                    for (int it = 0; it < 3; it++)
                    {
                        for (int i = 1; i < n - 1; i++) a[i] = (a[i - 1] + a[i] * y + a[i + 1]) / 3;
                    }
                    float s = 0;
                    for (int i = 0; i < n; i++) s += a[i] * a[i];
                    return s;
                }
                """),
            ArrayCase.FloatTwinOf(All.Single(c => c.Name == "Av9RingBuffer"), """
                [Differentiable]
                public static float Av9RingBufferF(float[] x, float y)
                {
                    var ring = new float[3];
                    float s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += ring[(i + 1) % 3] * x[i];
                        ring[i % 3] = x[i] * y + ring[(i + 2) % 3];
                    }
                    return s + ring[0] * ring[1] * ring[2];
                }
                """),
            ArrayCase.FloatTwinOf(All.Single(c => c.Name == "Av9StackallocShifted"), """
                [Differentiable]
                public static float Av9StackallocShiftedF(float[] x, float y)
                {
                    int n = x.Length;
                    Span<float> a = stackalloc float[n + 1];
                    a[0] = y;
                    for (int i = 0; i < n; i++) a[i + 1] = a[i] * x[i] + MathF.Cos(a[i]);
                    for (int i = 0; i < n; i++) a[i] = a[i + 1] - a[i];
                    float s = 0;
                    for (int i = 0; i <= n; i++) s += a[i] * a[i];
                    return s;
                }
                """),
            ArrayCase.FloatTwinOf(All.Single(c => c.Name == "Av9JaggedRowsBreak"), """
                [Differentiable("w")]
                public static float Av9JaggedRowsBreakF(float[] w, float[][] X)
                {
                    float s = 0;
                    for (int i = 0; i < X.Length; i++)
                    {
                        float z = 0;
                        for (int j = 0; j < X[i].Length; j++)
                        {
                            if (j >= w.Length) break;
                            z += w[j] * X[i][j];
                        }
                        s += MathF.Log(1 + MathF.Exp(z));
                    }
                    return s;
                }
                """),
            ArrayCase.FloatTwinOf(All.Single(c => c.Name == "Av9InnerTapeVaryingBreak"), """
                [Differentiable]
                public static float Av9InnerTapeVaryingBreakF(float[] x, float y)
                {
                    float s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        float t = y;
                        for (int j = 0; j < x.Length; j++)
                        {
                            t = t * x[j] + MathF.Sin(t);
                            if (j == i) break;
                        }
                        s = s * 0.5f + t;
                    }
                    return s;
                }
                """),
            ArrayCase.FloatTwinOf(All.Single(c => c.Name == "Av9CallInRecurrenceContinue"), """
                [Differentiable]
                public static float Av9CallInRecurrenceContinueF(float[] x, float y)
                {
                    float s = y;
                    for (int i = 0; i < x.Length; i++)
                    {
                        float c = Av9SoftF(s, x[i]);
                        if (i % 3 == 2) continue;
                        s = c * 0.5f + x[i];
                    }
                    return s;
                }

                [Differentiable]
                public static float Av9SoftF(float u, float v) => MathF.Log(1 + MathF.Exp(u * v));
                """),
            ArrayCase.FloatTwinOf(All.Single(c => c.Name == "Av9ContinueSkipsWrite"), """
                [Differentiable]
                public static float Av9ContinueSkipsWriteF(float[] x, float y)
                {
                    int n = x.Length;
                    var a = new float[n];
                    float s = 0;
                    for (int pass = 0; pass < 3; pass++)
                    {
                        for (int i = 0; i < n; i++)
                        {
                            if ((i + pass) % 2 == 0) continue;
                            a[i] = a[i] * y + x[i];
                        }
                        for (int i = 0; i < n; i++) s += a[i] * a[i];
                    }
                    return s;
                }
                """),
            ArrayCase.FloatTwinOf(All.Single(c => c.Name == "Av9GaussSeidel"), """
                [Differentiable]
                public static float Av9GaussSeidelF(float[] b, float d)
                {
                    int n = b.Length;
                    var u = new float[n];
                    for (int sweep = 0; sweep < 5; sweep++)
                    {
                        for (int i = 0; i < n; i++)
                        {
                            float left = i > 0 ? u[i - 1] : 0;
                            float right = i < n - 1 ? u[i + 1] : 0;
                            u[i] = (b[i] + left + right) / d;
                        }
                    }
                    float s = 0;
                    for (int i = 0; i < n; i++) s += u[i] * b[i];
                    return s;
                }
                """),
            ArrayCase.FloatTwinOf(All.Single(c => c.Name == "Av9HalfIndexOverwrite"), """
                [Differentiable]
                public static float Av9HalfIndexOverwriteF(float[] x, float y)
                {
                    var a = new float[x.Length / 2 + 1];
                    for (int i = 0; i < x.Length; i++) a[i / 2] = a[i / 2] * y + MathF.Exp(x[i]);
                    float s = 0;
                    for (int j = 0; j < a.Length; j++) s += a[j] * a[j];
                    return s;
                }
                """),
            ArrayCase.FloatTwinOf(All.Single(c => c.Name == "Av9StateInElement"), """
                [Differentiable]
                public static float Av9StateInElementF(float[] x, float y)
                {
                    var st = new float[2];
                    st[0] = y;
                    for (int i = 0; i < x.Length; i++)
                    {
                        st[1] = st[0];
                        st[0] = st[0] * x[i] + MathF.Sin(st[1]);
                    }
                    return st[0] + st[1];
                }
                """),
            ArrayCase.FloatTwinOf(All.Single(c => c.Name == "Av9DoubleBuffer"), """
                [Differentiable]
                public static float Av9DoubleBufferF(float[] x, float y)
                {
                    int n = x.Length;
                    var cur = new float[n];
                    var nxt = new float[n];
                    for (int i = 0; i < n; i++) cur[i] = x[i];
                    for (int t = 0; t < 3; t++)
                    {
                        for (int i = 0; i < n; i++) nxt[i] = cur[i] * y + (i > 0 ? cur[i - 1] : 0) * 0.5f;
                        for (int i = 0; i < n; i++) cur[i] = MathF.Sin(nxt[i]);
                    }
                    float s = 0;
                    for (int i = 0; i < n; i++) s += cur[i];
                    return s;
                }
                """),
            ArrayCase.FloatTwinOf(All.Single(c => c.Name == "Av9OnlineLogSumExp"), """
                [Differentiable]
                public static float Av9OnlineLogSumExpF(float[] x)
                {
                    float m = x[0];
                    float s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        float mNew = MathF.Max(m, x[i]);
                        s = s * MathF.Exp(m - mNew) + MathF.Exp(x[i] - mNew);
                        m = mNew;
                    }
                    return m + MathF.Log(s);
                }
                """),
            ArrayCase.FloatTwinOf(All.Single(c => c.Name == "Av9LongWhileTape"), """
                [Differentiable]
                public static float Av9LongWhileTapeF(float[] x, float y)
                {
                    float s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        float t = x[i];
                        int k = 0;
                        while (k < 7 + 3 * i)
                        {
                            t = 0.9f * t + 0.1f * MathF.Sin(t * y);
                            k++;
                        }
                        s = s * 0.5f + t;
                    }
                    return s;
                }
                """),
            ArrayCase.FloatTwinOf(All.Single(c => c.Name == "Av9InnerDataBreakTape"), """
                [Differentiable]
                public static float Av9InnerDataBreakTapeF(float[] x, float y)
                {
                    float s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        float t = x[i];
                        for (int j = 0; j < 5; j++)
                        {
                            t = MathF.Sin(t) * y + x[i];
                            if (t > 0.9f) break;
                        }
                        s += t * t;
                    }
                    return s;
                }
                """),
            ArrayCase.FloatTwinOf(All.Single(c => c.Name == "Av9BufferFillBreaks"), """
                [Differentiable]
                public static float Av9BufferFillBreaksF(float[] x, float y)
                {
                    int n = x.Length;
                    var h = new float[n];
                    float s = 0;
                    for (int k = 0; k < n; k++)
                    {
                        for (int i = 0; i < n; i++)
                        {
                            h[i] = MathF.Sin(x[i] * y + k);
                            if (i == n - 1 - k) break;
                        }
                        for (int i = 0; i < n; i++) s += h[i] * x[k];
                    }
                    return s;
                }
                """),
            ArrayCase.FloatTwinOf(All.Single(c => c.Name == "Av9ReturnInLoopAdvised"), """
                [Differentiable]
                public static float Av9ReturnInLoopAdvisedF(float[] x, float y)
                {
                    float s = 0;
                    float result = 0;
                    int found = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (x[i] > 0.8f)
                        {
                            result = s * y + x[i];
                            found = 1;
                            break;
                        }
                        s += x[i] * x[i];
                    }
                    return found == 1 ? result : s * y;
                }
                """),
            ArrayCase.FloatTwinOf(All.Single(c => c.Name == "Av9LongCounterBreak"), """
                [Differentiable]
                public static float Av9LongCounterBreakF(float[] x, float y)
                {
                    float s = y;
                    long m = x.Length - 1L;
                    for (long i = m; i >= 0; i--)
                    {
                        s = s * x[i] + 1;
                        if (i == m - 2) break;
                    }
                    return s;
                }
                """),
            ArrayCase.FloatTwinOf(All.Single(c => c.Name == "Av9TriangleAccumulateSquash"), """
                [Differentiable]
                public static float Av9TriangleAccumulateSquashF(float[] x, float y)
                {
                    int n = x.Length;
                    var a = new float[n];
                    for (int i = 0; i < n; i++)
                    {
                        a[i] = x[i] * y;
                        for (int j = 0; j < i; j++) a[i] += a[j] * x[j];
                        a[i] = MathF.Tanh(a[i]);
                    }
                    float s = 0;
                    for (int i = 0; i < n; i++) s += a[i];
                    return s;
                }
                """),
            ArrayCase.FloatTwinOf(All.Single(c => c.Name == "Av9MaxNeverMoves"), """
                [Differentiable]
                public static float Av9MaxNeverMovesF(float[] x, float y)
                {
                    float m = y;
                    for (int i = 0; i < x.Length; i++) m = MathF.Max(m, x[i] * x[i]);
                    return m * y;
                }
                """),
            ArrayCase.FloatTwinOf(All.Single(c => c.Name == "Av9StackallocWindow"), """
                [Differentiable]
                public static float Av9StackallocWindowF(float[] x, float y)
                {
                    Span<float> w = stackalloc float[2];
                    w[0] = y;
                    w[1] = y * y;
                    for (int i = 0; i < x.Length; i++)
                    {
                        float next = w[0] * x[i] + w[1];
                        w[0] = w[1];
                        w[1] = next;
                    }
                    return w[1];
                }
                """),
            ArrayCase.FloatTwinOf(All.Single(c => c.Name == "Av9WhileConditionReadsLocal"), """
                [Differentiable]
                public static float Av9WhileConditionReadsLocalF(float[] x, float y)
                {
                    int n = x.Length;
                    var a = new float[n + 1];
                    a[0] = 0.1f;
                    int k = 0;
                    while (k < n && a[k] < 5)
                    {
                        a[k + 1] = a[k] * 1.5f + x[k] * x[k] * y;
                        k++;
                    }
                    return a[k] * a[k];
                }
                """),
        };

        private static bool Distinct(System.Collections.Generic.IEnumerable<double> values, double gap)
        {
            double[] v = values.OrderBy(t => t).ToArray();
            for (int i = 1; i < v.Length; i++)
            {
                if (v[i] - v[i - 1] < gap) return false;
            }

            return true;
        }

        private static bool MaxMinAwayFromFirst(double[] x, double y) => Distinct(x.Select(v => v * y).Append(x[0]), 0.02);

        /// <summary>t = t·1.5 + y from x never comes within 0.01 of 10 in 50 steps.</summary>
        private static bool NotNearThreshold(double x, double y)
        {
            double t = x;
            for (int n = 0; n < 50 && t < 10; n++)
            {
                t = (t * 1.5) + y;
                if (System.Math.Abs(t - 10) < 0.5) return false;
            }

            return true;
        }

        /// <summary>u = u + a·sin u + 0.5 from x takes as many steps to reach 5 at x ± 0.03 and a ± 0.03.</summary>
        private static bool StepAwayFromFive(double x, double a)
        {
            static int Steps(double x, double a)
            {
                double u = x;
                int n = 0;
                while (u < 5 && n < 20)
                {
                    u = u + (a * System.Math.Sin(u)) + 0.5;
                    n++;
                }

                return n;
            }

            int steps = Steps(x, a);
            return Steps(x + 0.03, a) == steps && Steps(x - 0.03, a) == steps && Steps(x, a + 0.03) == steps && Steps(x, a - 0.03) == steps;
        }

        /// <summary>The inner recurrence of Av9InnerDataBreakTape never comes within 0.02 of its break threshold.</summary>
        private static bool InnerBreakAway(double[] x, double y)
        {
            foreach (double v in x)
            {
                double t = v;
                for (int j = 0; j < 5; j++)
                {
                    t = (System.Math.Sin(t) * y) + v;
                    if (System.Math.Abs(t - 0.9) < 0.02) return false;
                    if (t > 0.9) break;
                }
            }

            return true;
        }

        /// <summary>Av9ReturnInNestedLoopAdvised's running value never comes within 0.03 of 1.5 before it passes it.</summary>
        private static bool ReturnNestedAway(double[] x, double y)
        {
            double s = y;
            for (int i = 0; i < x.Length; i++)
            {
                for (int j = 0; j < x.Length; j++)
                {
                    s = (s * 0.5) + (x[i] * x[j]);
                    if (System.Math.Abs(s - 1.5) < 0.03) return false;
                    if (s > 1.5) return true;
                }
            }

            return true;
        }

        /// <summary>Av9CallInConditionAdvised's test g &lt; 3 keeps away from 3 at x ± 0.03 and a ± 0.03 (the same count of steps).</summary>
        private static bool GrowAway(double x, double a)
        {
            static int Steps(double x, double a)
            {
                double u = x;
                int n = 0;
                while ((u * (1 + a)) + 0.1 < 3 && n < 30)
                {
                    u = (u * 1.1) + a;
                    n++;
                }

                return n;
            }

            int steps = Steps(x, a);
            return Steps(x + 0.03, a) == steps && Steps(x - 0.03, a) == steps && Steps(x, a + 0.03) == steps && Steps(x, a - 0.03) == steps;
        }

        /// <summary>
        /// The guarded-overwrite cases' points are away from the if's flip at x[i] = 0 (generated since the twenty-second session;
        /// the oracle's steps would cross it).
        /// </summary>
        private static bool XAwayFromItsGate(object[] point) => ((double[])point[0]).All(v => System.Math.Abs(v) > 0.05);
    }
}
