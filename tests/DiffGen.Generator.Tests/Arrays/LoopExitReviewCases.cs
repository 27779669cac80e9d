using System.Linq;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// The adversarial pass over returns from the loop right before the last return (<see cref="EarlyReturnCases.LoopExits"/>):
    /// names the lowering takes (source locals and parameters named returnedValue, returnedEarly, dReturnedValue, value,
    /// iterations), reductions, running maxima and argmax, tapes, local arrays (in place, written once, stackalloc, in the
    /// body), kept calls, calls of [Differentiable] methods, spans, foreach over indices, matrices and jagged rows, do,
    /// do ... while (false), for (;;), while (true) with a break, counters (long, counting down, stepped before the test,
    /// returned), integer flags of the source, Gradient.Stop, switch statements and expressions, patterns, x[^1], RNN
    /// buffers, induction and triangles, inner loops whose breaks read outer locals, constants (NaN and infinities checked
    /// by hand), elements that exist only on one side of the choice, and float twins. No wrong value, nothing
    /// uncompilable. Found and fixed: a local function declared in the loop's body hid the loop's returns, its expression
    /// taken for a return from the loop (DIFF015: LxrLocalFunctionInBody); a loop after the return was declined as one
    /// after "break or continue" (LxrNested, now "after an if that returns from the loop"). Declined as documented:
    /// LxrNested, LxrInPlaceAfterTest, LxrLastCall, LxrWhileTrueOnly. Also found and fixed: a call of a [Differentiable]
    /// method in the last return ran, with its derivative, also where the loop returned (NaN where that derivative is not
    /// finite there, 0 · ∞: LxrTailRoot; IndexOutOfRangeException where the callee reads an element that does not exist
    /// there: LxrTailArrayCall, declined now).
    /// </summary>
    public static class LoopExitReviewCases
    {
        public static readonly ArrayCase[] Double =
        {
            // Source locals named as the lowering's value and flag.
            new ArrayCase("LxrNames", """
                [Differentiable]
                public static double LxrNames(double[] x, double a, int k)
                {
                    double returnedValue = a;
                    int returnedEarly = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        returnedValue += x[i] * a;
                        if (i == k) return returnedValue * returnedValue;
                        returnedEarly++;
                    }

                    return returnedValue + returnedEarly;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), r.Next(-1, n + 1) }),

            // Locals named like the lowering's in the loop's body, and a returnedValue2 too.
            new ArrayCase("LxrNamesInBody", """
                [Differentiable]
                public static double LxrNamesInBody(double[] x, double a, int k)
                {
                    double s = 0;
                    double returnedValue2 = a * a;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double returnedValue = x[i] * a;
                        int returnedEarly = i * 2;
                        s += returnedValue * returnedEarly;
                        if (i == k) return returnedValue + s * returnedValue2;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), r.Next(-1, n + 1) }),

            // A plain reduction as the only loop (fused with the reverse sweep where nothing returns from it).
            new ArrayCase("LxrFusedSum", """
                [Differentiable]
                public static double LxrFusedSum(double[] x, double a, int k)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += a * x[i];
                        if (i == k) return s;
                    }

                    return s * a;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), r.Next(-1, n + 1) }),

            // The return reads the element, not the sum.
            new ArrayCase("LxrFusedElement", """
                [Differentiable]
                public static double LxrFusedElement(double[] x, double a, int k)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += x[i] * x[i];
                        if (i == k) return x[i] * a;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), r.Next(-1, n + 1) }),

            // The sum's test decides.
            new ArrayCase("LxrFusedTest", """
                [Differentiable]
                public static double LxrFusedTest(double[] x, double a)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += a * x[i] * x[i];
                        if (s > 2) return s * s;
                    }

                    return s + a;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }) { Accept = a => SumsApart((double[])a[0], v => (double)a[1] * v * v, 2) },

            // A running maximum.
            new ArrayCase("LxrRunningMax", """
                [Differentiable]
                public static double LxrRunningMax(double[] x, double a, int k)
                {
                    double m = x[0];
                    for (int i = 1; i < x.Length; i++)
                    {
                        m = Math.Max(m, x[i]);
                        if (i == k) return m * a;
                    }

                    return m + a;
                }
                """, (r, n) => new object[] { Separated(r, n), Uniform(r, -2, 2), r.Next(0, n + 1) }) { Sizes = ArrayCase.NonEmpty },

            // A running maximum tested.
            new ArrayCase("LxrRunningMaxTest", """
                [Differentiable]
                public static double LxrRunningMaxTest(double[] x, double a)
                {
                    double m = x[0];
                    for (int i = 1; i < x.Length; i++)
                    {
                        m = Math.Max(m, x[i] * a);
                        if (m > 1.2) return m * m;
                    }

                    return m - a;
                }
                """, (r, n) => new object[] { Separated(r, n), Uniform(r, -2, 2) }) { Sizes = ArrayCase.NonEmpty, Accept = a => ((double[])a[0]).Skip(1).All(v => System.Math.Abs(v * (double)a[1] - 1.2) > 0.03 && System.Math.Abs(v * (double)a[1] - ((double[])a[0])[0]) > 0.03) && System.Math.Abs(((double[])a[0])[0] - 1.2) > 0.03 },

            // A local array changed in place in the loop that returns.
            new ArrayCase("LxrLocalArray", """
                [Differentiable]
                public static double LxrLocalArray(double[] x, double a, int k)
                {
                    double[] y = new double[x.Length];
                    for (int i = 0; i < x.Length; i++)
                    {
                        y[i] = x[i] * a;
                    }

                    double s = 0;
                    for (int i = 0; i < y.Length; i++)
                    {
                        y[i] = y[i] * y[i];
                        s += y[i];
                        if (i == k) return y[i] + s * y[0];
                    }

                    return s + y.Length;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), r.Next(-1, n + 1) }),

            // A recurrence on a tape.
            new ArrayCase("LxrTape", """
                [Differentiable]
                public static double LxrTape(double[] x, double a, int k)
                {
                    double s = a;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s = Math.Sin(s * x[i]) + s;
                        if (i == k) return s * s;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), r.Next(-1, n + 1) }),

            // A recurrence on a tape, tested, the value a call.
            new ArrayCase("LxrTapeTest", """
                [Differentiable]
                public static double LxrTapeTest(double[] x, double a)
                {
                    double s = a;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s = Math.Tanh(s * x[i]) + s * 0.5;
                        if (s > 0.7) return Math.Exp(s) * x[i];
                        s = s + 0.1;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }) { Accept = a => TanhApart((double[])a[0], (double)a[1]) },

            // The value reads a body local, the counter and the element.
            new ArrayCase("LxrBodyLocal", """
                [Differentiable]
                public static double LxrBodyLocal(double[] x, double a, int k)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double t = x[i] * a;
                        s += t * t;
                        if (i == k) return t * i + x[i] * s;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), r.Next(-1, n + 1) }),

            // The counter is the value.
            new ArrayCase("LxrCounter", """
                [Differentiable]
                public static double LxrCounter(double[] x, double a)
                {
                    double s = 0;
                    int i;
                    for (i = 0; i < x.Length; i++)
                    {
                        s += x[i] * a;
                        if (x[i] > 1) return i + s;
                    }

                    return i * a;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }) { Accept = a => ((double[])a[0]).All(v => System.Math.Abs(v - 1) > 0.02) },

            // Calls of another [Differentiable] method in the loop, in the test and in the value.
            new ArrayCase("LxrCalls", """
                [Differentiable]
                public static double LxrSq(double u) => u * u + Math.Sin(u);

                [Differentiable]
                public static double LxrCalls(double[] x, double a, int k)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += LxrSq(x[i] * a);
                        if (i == k) return LxrSq(s) + a;
                    }

                    return LxrSq(s * a);
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), r.Next(-1, n + 1) }),

            // A call in the test.
            new ArrayCase("LxrCallTest", """
                [Differentiable]
                public static double LxrSq2(double u) => u * u;

                [Differentiable]
                public static double LxrCallTest(double[] x, double a)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += x[i] * a;
                        if (LxrSq2(s) > 2) return s * a;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }) { Accept = a => SumsApart((double[])a[0], v => v * (double)a[1], System.Math.Sqrt(2)) && SumsApart((double[])a[0], v => v * (double)a[1], -System.Math.Sqrt(2)) },

            // A do loop that returns in its first iteration.
            new ArrayCase("LxrDoFirst", """
                [Differentiable]
                public static double LxrDoFirst(double[] x, double a, int k)
                {
                    double s = a;
                    int i = 0;
                    do
                    {
                        if (k == 0) return s * s;
                        s += x[i] * s;
                        i++;
                    }
                    while (i < x.Length);
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), r.Next(0, 2) }) { Sizes = ArrayCase.NonEmpty },

            // Constants returned.
            new ArrayCase("LxrConstants", """
                [Differentiable]
                public static double LxrConstants(double[] x, double a)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (x[i] < -1.5) return -1;
                        if (x[i] > 1.5) return double.MaxValue;
                        s += x[i] * a;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }) { Accept = a => ((double[])a[0]).All(v => System.Math.Abs(System.Math.Abs(v) - 1.5) > 0.02) },

            // A guard clause before the loop, and a loop before it with no return.
            new ArrayCase("LxrGuardTwoLoops", """
                [Differentiable]
                public static double LxrGuardTwoLoops(double[] x, double a, int k)
                {
                    if (x.Length == 0) return a;
                    double m = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        m += x[i] / x.Length;
                    }

                    double v = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double d = x[i] - m;
                        v += d * d * a;
                        if (i == k) return v / (i + 1);
                    }

                    return v / x.Length;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), r.Next(-1, n + 1) }),

            // while (true) left by a break or the return.
            new ArrayCase("LxrWhileTrue", """
                [Differentiable]
                public static double LxrWhileTrue(double[] x, double a, int k)
                {
                    double s = a;
                    int i = 0;
                    while (true)
                    {
                        if (i >= x.Length) break;
                        s = s * x[i] + a;
                        if (i == k) return s * a;
                        i++;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), r.Next(-1, n + 1) }),

            // Nested loops before and after the return.
            new ArrayCase("LxrNested", """
                [Differentiable]
                public static double LxrNested(double[] x, double a, int k)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        for (int j = 0; j < i; j++)
                        {
                            s += x[j] * x[i] * a;
                        }

                        if (i == k) return s * x[i];
                        for (int j = i; j < x.Length; j++)
                        {
                            s += x[j] * a;
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), r.Next(-1, n + 1) }),

            // The loop's return the same expression as the last.
            new ArrayCase("LxrSameValue", """
                [Differentiable]
                public static double LxrSameValue(double[] x, double a)
                {
                    double s = 0;
                    foreach (double v in x)
                    {
                        s += v * a;
                        if (v > 1) return s * s;
                    }

                    return s * s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }) { Accept = a => ((double[])a[0]).All(v => System.Math.Abs(v - 1) > 0.02) },

            // A span, foreach, without braces.
            new ArrayCase("LxrSpan", """
                [Differentiable]
                public static double LxrSpan(ReadOnlySpan<double> x, double a)
                {
                    foreach (double v in x)
                        if (v * a > 0.5) return v * v * a;
                    return a;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }) { Accept = a => ((double[])a[0]).All(v => System.Math.Abs(v * (double)a[1] - 0.5) > 0.02) },

            // Gradient.Stop in the test.
            new ArrayCase("LxrStop", """
                [Differentiable]
                public static double LxrStop(double[] x, double a)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += x[i] * a;
                        if (Gradient.Stop(s) > 1) return a * s;
                    }

                    return s * a;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }) { Accept = a => SumsApart((double[])a[0], v => v * (double)a[1], 1) },

            // An integer flag of the source beside the lowering's.
            new ArrayCase("LxrSourceFlag", """
                [Differentiable]
                public static double LxrSourceFlag(double[] x, double a, int k)
                {
                    int found = 0;
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (i == 1) found = 1;
                        s += x[i] * a;
                        if (i == k && found == 1) return s;
                    }

                    return found == 1 ? s * a : a;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), r.Next(-1, n + 1) }),

            // A continue and a break beside the return, the sum tested.
            new ArrayCase("LxrContinueBreak", """
                [Differentiable]
                public static double LxrContinueBreak(double[] x, double a, int k)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (i == 1) continue;
                        s = s * a + x[i];
                        if (i == k) return s * x[i];
                        if (i == k + 2) break;
                    }

                    return s + a;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), r.Next(-3, n + 1) }),

            // A parameter assigned in the loop.
            new ArrayCase("LxrParameterAssigned", """
                [Differentiable]
                public static double LxrParameterAssigned(double[] x, double a, int k)
                {
                    for (int i = 0; i < x.Length; i++)
                    {
                        a = a * x[i] + 1;
                        if (i == k) return a * a;
                    }

                    return a;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), r.Next(-1, n + 1) }),

            // The value a choice.
            new ArrayCase("LxrChoiceValue", """
                [Differentiable]
                public static double LxrChoiceValue(double[] x, double a, int k)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += x[i] * a;
                        if (i == k) return i > 1 ? s * x[i] : a * x[i];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), r.Next(-1, n + 1) }),

            // The test reads what the iteration writes after it.
            new ArrayCase("LxrTestBeforeWrite", """
                [Differentiable]
                public static double LxrTestBeforeWrite(double[] x, double a)
                {
                    double s = a;
                    double p = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (s > 1.5) return p * s;
                        p = s;
                        s = s * x[i] + 0.5;
                    }

                    return s + p;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }) { Accept = a => AffineApart((double[])a[0], (double)a[1]) },

            // An element read at an index of its own only where the loop returns: it may not exist where the loop never returns.
            new ArrayCase("LxrHeldElement", """
                [Differentiable("x", "a")]
                public static double LxrHeldElement(double[] x, double a, int n, int k)
                {
                    double s = 0;
                    for (int i = 0; i < n; i++)
                    {
                        s += a * i;
                        if (i == k) return s * x[k];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), r.Next(0, 6), r.Next(-1, 9) }) { Accept = a => (int)a[3] < 0 || (int)a[3] >= (int)a[2] || (int)a[3] < ((double[])a[0]).Length },

            // Log-sum-exp left early.
            new ArrayCase("LxrLogSumExp", """
                [Differentiable]
                public static double LxrLogSumExp(double[] x, int k)
                {
                    double m = x[0];
                    for (int i = 1; i < x.Length; i++)
                    {
                        m = Math.Max(m, x[i]);
                    }

                    double sum = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        sum += Math.Exp(x[i] - m);
                        if (i == k) return Math.Log(sum) + m;
                    }

                    return Math.Log(sum) + m;
                }
                """, (r, n) => new object[] { Separated(r, n), r.Next(-1, n + 1) }) { Sizes = ArrayCase.NonEmpty },

            // A local array's element tested, then changed in place, and read by the last return.
            new ArrayCase("LxrInPlaceAfterTest", """
                [Differentiable]
                public static double LxrInPlaceAfterTest(double[] x, double a)
                {
                    double[] y = new double[x.Length];
                    for (int i = 0; i < x.Length; i++)
                    {
                        y[i] = x[i] * a;
                    }

                    double s = 0;
                    for (int i = 0; i < y.Length; i++)
                    {
                        if (y[i] > 1) return y[i] * s + y[0];
                        y[i] = y[i] * y[i];
                        s += y[i];
                    }

                    return s + (y.Length > 0 ? y[0] : 0);
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }) { Accept = a => ((double[])a[0]).All(v => System.Math.Abs(v * (double)a[1] - 1) > 0.02) },

            // An element at a fixed index read by every iteration.
            new ArrayCase("LxrElementFixed", """
                [Differentiable]
                public static double LxrElementFixed(double[] x, double a, int k)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += x[0] * x[i] * a;
                        if (i == k) return s * x[0];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), r.Next(-1, n + 1) }),

            // Nothing computed but the test: the first element above a.
            new ArrayCase("LxrFirstAbove", """
                [Differentiable]
                public static double LxrFirstAbove(double[] x, double a)
                {
                    for (int i = 0; i < x.Length; i++)
                        if (x[i] > a) return x[i] * x[i];
                    return a;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }) { Accept = a => ((double[])a[0]).All(v => System.Math.Abs(v - (double)a[1]) > 0.02) },

            // The counter returned, an integer.
            new ArrayCase("LxrIntegerValue", """
                [Differentiable]
                public static double LxrIntegerValue(double[] x, double a)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += x[i] * a;
                        if (s > 1) return i;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }) { Accept = a => SumsApart((double[])a[0], v => v * (double)a[1], 1) },

            // A while loop with a compound condition.
            new ArrayCase("LxrWhileCondition", """
                [Differentiable]
                public static double LxrWhileCondition(double[] x, double a, int k)
                {
                    double s = 0;
                    int i = 0;
                    while (i < x.Length && i < 6)
                    {
                        s = s * 0.5 + x[i] * a;
                        if (i == k) return s * s;
                        i++;
                    }

                    return s * a;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), r.Next(-1, n + 1) }),

            // A foreach over a local array.
            new ArrayCase("LxrForeachLocal", """
                [Differentiable]
                public static double LxrForeachLocal(double[] x, double a)
                {
                    double[] y = new double[x.Length];
                    for (int i = 0; i < x.Length; i++)
                    {
                        y[i] = Math.Sin(x[i]) * a;
                    }

                    double s = 0;
                    foreach (double v in y)
                    {
                        s += v * v;
                        if (v > 0.5) return s * a;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }) { Accept = a => ((double[])a[0]).All(v => System.Math.Abs(System.Math.Sin(v) * (double)a[1] - 0.5) > 0.02) },

            // Rows of a matrix, each a dot product tested.
            new ArrayCase("LxrMatrixRows", """
                [Differentiable]
                public static double LxrMatrixRows(double[,] m, double[] v, int k)
                {
                    double total = 0;
                    for (int r = 0; r < m.GetLength(0); r++)
                    {
                        double d = 0;
                        for (int c = 0; c < m.GetLength(1); c++)
                        {
                            d += m[r, c] * v[c];
                        }

                        total += d * d;
                        if (r == k) return total * d;
                    }

                    return total;
                }
                """, (r, n) => new object[] { MatrixDataCases.Matrix(r, n, 3), Vector(r, 3), r.Next(-1, n + 1) }),

            // A call kept for its derivative, in the value.
            new ArrayCase("LxrKeptCall", """
                [Differentiable]
                public static double LxrKeptCall(double[] x, double a, int k)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double z = Math.Exp(x[i] * a);
                        s += z;
                        if (i == k) return z * s;
                    }

                    return Math.Log(1 + s);
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1), r.Next(-1, n + 1) }),

            // The last return a call of a method taking the array.
            new ArrayCase("LxrLastCall", """
                [Differentiable]
                public static double LxrTotal(double[] x, double b)
                {
                    double t = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        t += x[i] * b;
                    }

                    return t;
                }

                [Differentiable]
                public static double LxrLastCall(double[] x, double a, int k)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += x[i] * x[i];
                        if (i == k) return LxrTotal(x, s);
                    }

                    return LxrTotal(x, a) * s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1), r.Next(-1, n + 1) }),

            // Locals named like the generated code's.
            new ArrayCase("LxrGeneratedNames", """
                [Differentiable]
                public static double LxrGeneratedNames(double[] x, double a, int k)
                {
                    double dReturnedValue = a;
                    double value = 0;
                    int iterations = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double iTape = x[i] * dReturnedValue;
                        value = Math.Sin(value) + iTape;
                        iterations++;
                        if (i == k) return value * iterations;
                    }

                    return value;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1), r.Next(-1, n + 1) }),

            // A differentiated parameter whose gradient output is named like the adjoint of the lowering's value.
            new ArrayCase("LxrParameterName", """
                [Differentiable]
                public static double LxrParameterName(double[] x, double ReturnedValue, int k)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += x[i] * ReturnedValue;
                        if (i == k) return s * s;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), r.Next(-1, n + 1) }),

            // An RNN's step, its buffers filled anew each step.
            new ArrayCase("LxrRnn", """
                [Differentiable("w", "x")]
                public static double LxrRnn(double[] w, double[] x, int k)
                {
                    int n = 2;
                    double[] h = new double[n];
                    double[] pre = new double[n];
                    for (int t = 0; t < x.Length; t++)
                    {
                        for (int i = 0; i < n; i++)
                        {
                            pre[i] = w[i] * h[(i + 1) % n] + x[t];
                        }

                        for (int i = 0; i < n; i++)
                        {
                            h[i] = Math.Tanh(pre[i]);
                        }

                        if (t == k) return h[0] + 2 * h[1];
                    }

                    return h[0] * h[1];
                }
                """, (r, n) => new object[] { Vector(r, 2), Vector(r, n), r.Next(-1, n + 1) }),

            // A local array written once per element.
            new ArrayCase("LxrWrittenOnce", """
                [Differentiable]
                public static double LxrWrittenOnce(double[] x, double a, int k)
                {
                    double[] y = new double[x.Length];
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        y[i] = Math.Exp(x[i] * a);
                        s += y[i] * x[i];
                        if (i == k) return s + y[0];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1), r.Next(-1, n + 1) }),

            // An integer stepped by the iteration, read by the value.
            new ArrayCase("LxrInduction", """
                [Differentiable]
                public static double LxrInduction(double[] w, double[] x, int k)
                {
                    double s = 0;
                    int li = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += w[li] * x[i];
                        li += 2;
                        if (i == k) return s * w[li];
                    }

                    return s + w[li];
                }
                """, (r, n) => new object[] { Vector(r, 2 * n + 1), Vector(r, n), r.Next(-1, n + 1) }),

            // A loop counting down.
            new ArrayCase("LxrCountDown", """
                [Differentiable]
                public static double LxrCountDown(double[] x, double a, int k)
                {
                    double s = a;
                    for (int i = x.Length - 1; i >= 0; i--)
                    {
                        s = s * x[i] + a;
                        if (i == k) return s * x[i];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1), r.Next(-1, n + 1) }),

            // An integer the iteration steps after the test, where the element decides.
            new ArrayCase("LxrCounterStep", """
                [Differentiable]
                public static double LxrCounterStep(double[] x, double a, int k)
                {
                    int c = 0;
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += x[i] * a;
                        if (c == k) return s * x[i];
                        if (x[i] > 0) c++;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1), r.Next(-1, n + 1) }) { Accept = a => ((double[])a[0]).All(v => System.Math.Abs(v) > 0.02) },

            // The next element, read only where it exists.
            new ArrayCase("LxrNextElement", """
                [Differentiable]
                public static double LxrNextElement(double[] x, double a)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += x[i] * a;
                        if (i + 1 < x.Length && x[i + 1] > x[i] + 1) return x[i + 1] * a + s;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = a => ((double[])a[0]).Zip(((double[])a[0]).Skip(1), (u, v) => System.Math.Abs(v - u - 1) > 0.02).All(b => b) },

            // A local declared with a constant, tested.
            new ArrayCase("LxrConstantLocal", """
                [Differentiable]
                public static double LxrConstantLocal(double[] x, double a)
                {
                    double lim = 2;
                    int limit = 3;
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += x[i] * a;
                        if (lim > 1 && limit > i + 1) return s * lim;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // do ... while (false), and for (;;) left by a break.
            new ArrayCase("LxrDoOnce", """
                [Differentiable]
                public static double LxrDoOnce(double[] x, double a)
                {
                    double s = a;
                    do
                    {
                        s = s * s;
                        if (s > 2) return s;
                    }
                    while (false);
                    return s + x.Length;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }) { Sizes = new[] { 1 }, Accept = a => System.Math.Abs(((double)a[1] * (double)a[1]) - 2) > 0.05 },

            new ArrayCase("LxrForEver", """
                [Differentiable]
                public static double LxrForEver(double[] x, double a)
                {
                    double s = a;
                    for (int i = 0; ; i++)
                    {
                        if (i >= x.Length) break;
                        s = s * x[i];
                        if (i == 2) return s;
                    }

                    return s * a;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            // A running extreme and where it is.
            new ArrayCase("LxrArgMax", """
                [Differentiable]
                public static double LxrArgMax(double[] x, double a, int k)
                {
                    double m = x[0];
                    int at = 0;
                    for (int i = 1; i < x.Length; i++)
                    {
                        if (x[i] > m)
                        {
                            m = x[i];
                            at = i;
                        }

                        if (i == k) return m * a + at;
                    }

                    return m * at;
                }
                """, (r, n) => new object[] { Separated(r, n), Uniform(r, -2, 2), r.Next(0, n + 1) }) { Sizes = ArrayCase.NonEmpty },

            // A switch statement in the loop, before the return.
            new ArrayCase("LxrSwitch", """
                [Differentiable]
                public static double LxrSwitch(double[] x, double a, int k)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        switch (i % 3)
                        {
                            case 0:
                                s += x[i] * a;
                                break;
                            case 1:
                                s -= x[i];
                                break;
                            default:
                                s *= a;
                                break;
                        }

                        if (i == k) return s * s;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), r.Next(-1, n + 1) }),

            // A flag and break of the source beside a return.
            new ArrayCase("LxrHandFlag", """
                [Differentiable]
                public static double LxrHandFlag(double[] x, double a, int k)
                {
                    int found = 0;
                    double r = 0;
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += x[i] * a;
                        if (x[i] > 1.5)
                        {
                            r = s * x[i];
                            found = 1;
                            break;
                        }

                        if (i == k) return s * a;
                    }

                    return found == 1 ? r : s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), r.Next(-1, n + 1) }) { Accept = a => ((double[])a[0]).All(v => System.Math.Abs(v - 1.5) > 0.02) },

            // The counter stepped before the test, in a while loop.
            new ArrayCase("LxrStepFirst", """
                [Differentiable]
                public static double LxrStepFirst(double[] x, double a)
                {
                    double s = 0;
                    int i = 0;
                    while (i < x.Length)
                    {
                        i++;
                        s += x[i - 1] * a;
                        if (s > 1) return i * s;
                    }

                    return s - i;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }) { Accept = a => SumsApart((double[])a[0], v => v * (double)a[1], 1) },

            // A long counter.
            new ArrayCase("LxrLongCounter", """
                [Differentiable]
                public static double LxrLongCounter(double[] x, double a, long k)
                {
                    double s = 0;
                    for (long i = 0; i < x.Length; i++)
                    {
                        s += x[i] * a;
                        if (i == k) return s * x[i] * i;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), (long)r.Next(-1, n + 1) }),

            // A local function declared after the last return, called in the loop and in the value.
            new ArrayCase("LxrLocalFunctionAfter", """
                [Differentiable]
                public static double LxrLocalFunctionAfter(double[] x, double a, int k)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += Sq(x[i] * a);
                        if (i == k) return Sq(s) * a;
                    }

                    return s;

                    static double Sq(double u) => u * u + u;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), r.Next(-1, n + 1) }),

            // A switch expression returned.
            new ArrayCase("LxrSwitchValue", """
                [Differentiable]
                public static double LxrSwitchValue(double[] x, double a, int k)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += x[i] * a;
                        if (i == k) return i switch { 0 => s * a, 1 => x[i] * x[0], _ => s * s };
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), r.Next(-1, n + 1) }),

            // A do loop with a continue.
            new ArrayCase("LxrDoContinue", """
                [Differentiable]
                public static double LxrDoContinue(double[] x, double a, int k)
                {
                    double s = a;
                    int i = -1;
                    do
                    {
                        i++;
                        if (i == 1) continue;
                        s = s * x[i] + a;
                        if (i == k) return s * s;
                    }
                    while (i + 1 < x.Length);
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), r.Next(-1, n + 1) }) { Sizes = ArrayCase.NonEmpty },

            // A local array declared in the loop's body.
            new ArrayCase("LxrArrayInBody", """
                [Differentiable]
                public static double LxrArrayInBody(double[] x, double a, int k)
                {
                    double s = 0;
                    for (int t = 0; t < x.Length; t++)
                    {
                        double[] buf = new double[2];
                        buf[0] = x[t] * a;
                        buf[1] = buf[0] * buf[0] + s;
                        s += buf[1];
                        if (t == k) return buf[0] * s;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1), r.Next(-1, n + 1) }),

            // A parameter named like the adjoint of the lowering's value.
            new ArrayCase("LxrAdjointNamedParameter", """
                [Differentiable("x", "a")]
                public static double LxrAdjointNamedParameter(double[] x, double a, double dReturnedValue, int k)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += x[i] * a * dReturnedValue;
                        if (i == k) return s * s;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), Uniform(r, -2, 2), r.Next(-1, n + 1) }),

            // A foreach over integer indices.
            new ArrayCase("LxrForeachIndices", """
                [Differentiable]
                public static double LxrForeachIndices(double[] x, int[] ids, double a, int k)
                {
                    double s = 0;
                    foreach (int id in ids)
                    {
                        s += x[id] * a;
                        if (id == k) return s * x[id];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Enumerable.Range(0, n).Select(_ => r.Next(0, n)).ToArray(), Uniform(r, -2, 2), r.Next(-1, n + 1) }),

            // Rows of a jagged array.
            new ArrayCase("LxrJaggedRows", """
                [Differentiable("w")]
                public static double LxrJaggedRows(double[] w, double[][] rows, int k)
                {
                    double s = 0;
                    for (int r = 0; r < rows.Length; r++)
                    {
                        double d = 0;
                        for (int c = 0; c < w.Length; c++)
                        {
                            d += rows[r][c] * w[c];
                        }

                        s += Math.Tanh(d);
                        if (r == k) return s * d;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, 3), Enumerable.Range(0, n).Select(_ => Vector(r, 3)).ToArray(), r.Next(-1, n + 1) }),

            // A local function declared in the loop's body (its expression is a return of its own).
            new ArrayCase("LxrLocalFunctionInBody", """
                [Differentiable]
                public static double LxrLocalFunctionInBody(double[] x, double a, int k)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double Sq(double u) => u * u * a;
                        s += Sq(x[i]);
                        if (i == k) return Sq(s);
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), r.Next(-1, n + 1) }),

            // A local function of the outer locals in the test.
            new ArrayCase("LxrLocalFunctionTest", """
                [Differentiable]
                public static double LxrLocalFunctionTest(double[] x, double a)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += x[i] * a;
                        if (Over()) return s * s;
                    }

                    return s;

                    bool Over() => s > 1;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }) { Accept = a => SumsApart((double[])a[0], v => v * (double)a[1], 1) },

            // The first crossing of 1 by the running sum, interpolated.
            new ArrayCase("LxrCrossing", """
                [Differentiable]
                public static double LxrCrossing(double[] x, double a)
                {
                    double prev = 0;
                    double t = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double cur = prev + x[i] * a;
                        if (cur > 1) return t + (1 - prev) / (cur - prev);
                        prev = cur;
                        t += 1;
                    }

                    return t + prev;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }) { Accept = a => SumsApart((double[])a[0], v => v * (double)a[1], 1) },

            // A backtracking line search on a scalar.
            new ArrayCase("LxrLineSearch", """
                [Differentiable]
                public static double LxrLineSearch(double x0, double g)
                {
                    double f0 = Math.Cos(x0) + x0 * x0;
                    double step = 1;
                    for (int k = 0; k < 20; k++)
                    {
                        double y = x0 - step * g;
                        double trial = Math.Cos(y) + y * y;
                        if (trial < f0 - 0.1 * step * g * g) return trial;
                        step *= 0.5;
                    }

                    return f0;
                }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -3, 3) }) { Sizes = ArrayCase.Scalar, Accept = a => SameExit(ArmijoExit, (double)a[0], (double)a[1]) },

            // A falling body integrated until it lands, the landing time interpolated; a power of the counter.
            new ArrayCase("LxrLanding", """
                [Differentiable("y0", "v0")]
                public static double LxrLanding(double y0, double v0, double dt)
                {
                    double y = y0;
                    double v = v0;
                    for (int i = 0; i < 400; i++)
                    {
                        double before = y;
                        v -= 9.8 * dt;
                        y += v * dt;
                        if (y < 0) return (i + before / (before - y)) * dt + Math.Pow(0.5, i) * v0;
                    }

                    return -1;
                }
                """, (r, n) => new object[] { Uniform(r, 0.5, 3), Uniform(r, -1, 3), Uniform(r, 0.01, 0.05) }) { Sizes = ArrayCase.Scalar, Accept = a => SameExit((y0, v0) => LandingExit(y0, v0, (double)a[2]), (double)a[0], (double)a[1]) },

            // A relational pattern in the test, the last element from the end in the value.
            new ArrayCase("LxrPattern", """
                [Differentiable]
                public static double LxrPattern(double[] x, double a)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += x[i] * a;
                        if (x[i] is > 1.2 and < 1.8) return s * x[^1];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }) { Accept = a => ((double[])a[0]).All(v => System.Math.Abs(v - 1.2) > 0.02 && System.Math.Abs(v - 1.8) > 0.02) },

            // An inner loop left by a test of a local of the outer body.
            new ArrayCase("LxrInnerBreakOnLocal", """
                [Differentiable]
                public static double LxrInnerBreakOnLocal(double[] x, double a, int k)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double lim = x[i] * a;
                        double t = 0;
                        for (int j = 0; j < x.Length; j++)
                        {
                            if (x[j] > lim) break;
                            t += x[j] * x[j];
                        }

                        s += t * lim;
                        if (i == k) return s * a;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), r.Next(-1, n + 1) }) { Accept = a => ((double[])a[0]).All(u => ((double[])a[0]).All(v => System.Math.Abs(v - (u * (double)a[1])) > 0.1)) },

            // An inner loop left by a test of the outer sum, the outer loop left by a return.
            new ArrayCase("LxrInnerBreakOnSum", """
                [Differentiable]
                public static double LxrInnerBreakOnSum(double[] x, double a)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        for (int j = 0; j <= i; j++)
                        {
                            if (j == 2) break;
                            s += x[j] * a;
                        }

                        if (i == 3) continue;
                        s = s * 0.5;
                        if (s > 3) return s * s;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }) { Accept = a => HalvedSumsApart((double[])a[0], (double)a[1]) },

            // The counter returned, a tape, a kept call (and a float twin).
            new ArrayCase("LxrCounterTape", """
                [Differentiable]
                public static double LxrCounterTape(double[] x, double a, int k)
                {
                    double s = a;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s = Math.Sin(s * x[i]) + s;
                        if (i == k) return i + s * Math.Exp(x[i]);
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), r.Next(-1, n + 1) }),

            // A stackalloc buffer filled in the loop that returns.
            new ArrayCase("LxrStackalloc", """
                [Differentiable]
                public static double LxrStackalloc(double[] x, double a, int k)
                {
                    Span<double> h = stackalloc double[3];
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        h[i % 3] = x[i] * a + h[(i + 1) % 3];
                        s += h[i % 3] * h[i % 3];
                        if (i == k) return s + h[0];
                    }

                    return s * a;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), r.Next(-1, n + 1) }),

            // A call passing the array in the test.
            new ArrayCase("LxrArrayCallInTest", """
                [Differentiable]
                public static double LxrDot(double[] v, double c)
                {
                    double t = 0;
                    for (int i = 0; i < v.Length; i++)
                    {
                        t += v[i] * c;
                    }

                    return t;
                }

                [Differentiable]
                public static double LxrArrayCallInTest(double[] x, double a, int k)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double d = LxrDot(x, s + a);
                        s += d * x[i];
                        if (i == k) return s * d;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1), r.Next(-1, n + 1) }),

            // A triangle of integer steps before the return.
            new ArrayCase("LxrTriangle", """
                [Differentiable]
                public static double LxrTriangle(double[] w, double[] x, int k)
                {
                    int n = x.Length;
                    int li = 0;
                    double s = 0;
                    for (int i = 0; i < n; i++)
                    {
                        for (int j = i + 1; j < n; j++)
                        {
                            s += w[li] * x[j] * x[i];
                            li++;
                        }

                        if (i == k) return s * w[li];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n * (n - 1) / 2 + 1), Vector(r, n), r.Next(-1, n + 1) }),

            // The last return reads an element that exists only where the loop did not return.
            new ArrayCase("LxrTailElement", """
                [Differentiable("x", "a")]
                public static double LxrTailElement(double[] x, double a, int n)
                {
                    double s = a;
                    for (int i = 0; i < n; i++)
                    {
                        if (i >= x.Length) return s * a;
                        s += x[i] * a;
                    }

                    return x[n - 1] * s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), r.Next(1, n + 3) }) { Sizes = ArrayCase.NonEmpty },

            // The loop's return reads an element that exists only where it returns.
            new ArrayCase("LxrExitElement", """
                [Differentiable("x", "a")]
                public static double LxrExitElement(double[] x, double a, int n)
                {
                    double s = a;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += x[i] * a;
                        if (i + 1 == n) return s * x[n - 1] + x[i];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), r.Next(-1, n + 3) }),

            // while (true) left only by its return, the loop the method's last statement: no last return to choose (DIFF015).
            new ArrayCase("LxrWhileTrueOnly", """
                [Differentiable]
                public static double LxrWhileTrueOnly(double c)
                {
                    double r = 1 + c;
                    while (true)
                    {
                        double next = 0.5 * (r + c / r);
                        if (Math.Abs(next - r) < 1e-12) return next;
                        r = next;
                    }
                }
                """, (r, n) => new object[] { Uniform(r, 0.5, 9) }) { Sizes = ArrayCase.Scalar },

            // Was NaN: the call of the last return ran, with its derivative, also where the loop returned (s <= 0, where
            // √'s derivative is not finite), and the adjoint 0 times it was NaN. It runs only where the loop did not return now.
            new ArrayCase("LxrTailRoot", """
                [Differentiable]
                public static double LxrRoot(double u) => Math.Sqrt(u);

                [Differentiable]
                public static double LxrTailRoot(double[] x, double a)
                {
                    double s = a;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += x[i];
                        if (s <= 0) return x[i] * a;
                    }

                    return LxrRoot(s) * a;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.2, 2) }) { Accept = a => SumsApart((double[])a[0], v => v, -(double)a[1]) },

            // A callee of the last return that takes the array, reading x[n - 1], which does not exist where the loop returned
            // (n > x.Length): was IndexOutOfRangeException in the gradient; declined (a call passing an array cannot be in an if yet).
            new ArrayCase("LxrTailArrayCall", """
                [Differentiable]
                public static double LxrAt(double[] v, double c, int j) => v[j] * c;

                [Differentiable("x", "a")]
                public static double LxrTailArrayCall(double[] x, double a, int n)
                {
                    double s = a;
                    for (int i = 0; i < n; i++)
                    {
                        if (i >= x.Length) return s * a;
                        s += x[i] * a;
                    }

                    return LxrAt(x, s, n - 1);
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), r.Next(1, n + 3) }) { Sizes = ArrayCase.NonEmpty },
        };

        public static readonly ArrayCase[] Float =
        {
            Twin("LxrCounterTape", """
                [Differentiable]
                public static float LxrCounterTapeFloat(float[] x, float a, int k)
                {
                    float s = a;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s = MathF.Sin(s * x[i]) + s;
                        if (i == k) return i + s * MathF.Exp(x[i]);
                    }

                    return s;
                }
                """),
            Twin("LxrFusedTest", """
                [Differentiable]
                public static float LxrFusedTestFloat(float[] x, float a)
                {
                    float s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += a * x[i] * x[i];
                        if (s > 2) return s * s;
                    }

                    return s + a;
                }
                """),
            Twin("LxrTapeTest", """
                [Differentiable]
                public static float LxrTapeTestFloat(float[] x, float a)
                {
                    float s = a;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s = MathF.Tanh(s * x[i]) + s * 0.5f;
                        if (s > 0.7f) return MathF.Exp(s) * x[i];
                        s = s + 0.1f;
                    }

                    return s;
                }
                """),
            Twin("LxrNames", """
                [Differentiable]
                public static float LxrNamesFloat(float[] x, float a, int k)
                {
                    float returnedValue = a;
                    int returnedEarly = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        returnedValue += x[i] * a;
                        if (i == k) return returnedValue * returnedValue;
                        returnedEarly++;
                    }

                    return returnedValue + returnedEarly;
                }
                """),
        };

        /// <summary>Whether every partial sum of terms is apart from the threshold.</summary>
        private static bool SumsApart(double[] x, System.Func<double, double> term, double threshold)
        {
            double s = 0;
            foreach (double v in x)
            {
                s += term(v);
                if (System.Math.Abs(s - threshold) < 0.03)
                {
                    return false;
                }
            }

            return true;
        }

        private static bool TanhApart(double[] x, double a)
        {
            double s = a;
            foreach (double v in x)
            {
                s = System.Math.Tanh(s * v) + s * 0.5;
                if (System.Math.Abs(s - 0.7) < 0.03)
                {
                    return false;
                }

                s += 0.1;
            }

            return true;
        }

        private static bool AffineApart(double[] x, double a)
        {
            double s = a;
            foreach (double v in x)
            {
                if (System.Math.Abs(s - 1.5) < 0.03)
                {
                    return false;
                }

                s = s * v + 0.5;
            }

            return true;
        }

        /// <summary>Whether the iteration that returns stays the same when either argument moves by the finite differences' largest step.</summary>
        private static bool SameExit(System.Func<double, double, int> exit, double u, double v)
        {
            int at = exit(u, v);
            double hu = 0.012 * System.Math.Max(1, System.Math.Abs(u));
            double hv = 0.012 * System.Math.Max(1, System.Math.Abs(v));
            return exit(u + hu, v) == at && exit(u - hu, v) == at && exit(u, v + hv) == at && exit(u, v - hv) == at;
        }

        private static int ArmijoExit(double x0, double g)
        {
            double f0 = System.Math.Cos(x0) + (x0 * x0);
            double step = 1;
            for (int k = 0; k < 20; k++)
            {
                double y = x0 - (step * g);
                if (System.Math.Cos(y) + (y * y) < f0 - (0.1 * step * g * g))
                {
                    return k;
                }

                step *= 0.5;
            }

            return -1;
        }

        private static int LandingExit(double y0, double v0, double dt)
        {
            double y = y0;
            double v = v0;
            for (int i = 0; i < 400; i++)
            {
                v -= 9.8 * dt;
                y += v * dt;
                if (y < 0)
                {
                    return i;
                }
            }

            return -1;
        }

        private static bool HalvedSumsApart(double[] x, double a)
        {
            double s = 0;
            for (int i = 0; i < x.Length; i++)
            {
                for (int j = 0; j <= i && j < 2; j++)
                {
                    s += x[j] * a;
                }

                if (i == 3)
                {
                    continue;
                }

                s *= 0.5;
                if (System.Math.Abs(s - 3) < 0.2)
                {
                    return false;
                }

                if (s > 3)
                {
                    return true;
                }
            }

            return true;
        }

        private static ArrayCase Twin(string doubleTwin, string source) => ArrayCase.FloatTwinOf(Double.Single(c => c.Name == doubleTwin), source);
    }
}
