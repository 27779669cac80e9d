using System.Linq;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// Adversarial review of activity as varied and useful (ProgramFacts.Useful), loops and arrays after 'if (...) break;',
    /// methods ending with while (true) and switch sections holding loops: values reaching the result only through callees,
    /// loop exits, guards, tail returns, switch expressions, choices, tuples, in-place updates, tests and extremes.
    /// </summary>
    public static class LaterReviewCases
    {
        public static readonly ArrayCase[] Double =
        {
            // A local array filled in one loop, passed whole to a [Differentiable] callee.
            new ArrayCase("LrvArrayToCallee", """
                [Differentiable]
                public static double LrvSumSq(double[] v)
                {
                    double s = 0;
                    for (int i = 0; i < v.Length; i++) s += v[i] * v[i];
                    return s;
                }

                [Differentiable]
                public static double LrvArrayToCallee(double[] x, double a)
                {
                    double[] t = new double[x.Length];
                    for (int i = 0; i < x.Length; i++) t[i] = a * x[i] + 1;
                    return LrvSumSq(t) + a;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            // A local scalar reaching the result only as a callee's scalar argument inside a loop.
            new ArrayCase("LrvScalarToCalleeInLoop", """
                [Differentiable]
                public static double LrvSoft(double z) => Math.Log(1 + Math.Exp(z));

                [Differentiable]
                public static double LrvScalarToCalleeInLoop(double[] x, double a)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double z = a * x[i] - 0.5;
                        s += LrvSoft(z);
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            // A local array written in one loop and read in another, two arrays deep.
            new ArrayCase("LrvTwoArraysTwoLoops", """
                [Differentiable]
                public static double LrvTwoArraysTwoLoops(double[] x, double a)
                {
                    double[] u = new double[x.Length];
                    double[] v = new double[x.Length];
                    for (int i = 0; i < x.Length; i++) u[i] = Math.Sin(a * x[i]);
                    for (int i = 0; i < x.Length; i++) v[i] = u[i] * u[i] + a;
                    double s = 0;
                    for (int i = 0; i < x.Length; i++) s += v[i] * x[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            // A loop exit returns its running value; the value after the loop otherwise.
            new ArrayCase("LrvExitReturnsRunning", """
                [Differentiable]
                public static double LrvExitReturnsRunning(double[] x, double a)
                {
                    double s = a;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += x[i] * x[i] * a;
                        if (s > 3) return s * 2;
                    }
                    return s - 1;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.1, 1.5) }) { Accept = a => Kinks((double[])a[0], (double)a[1]) },

            // A while (true) that returns a value it builds from a local only its return reads.
            new ArrayCase("LrvWhileTrueReturnsLocal", """
                [Differentiable]
                public static double LrvWhileTrueReturnsLocal(double[] x, double a)
                {
                    int i = 0;
                    double s = 0;
                    while (true)
                    {
                        if (i >= x.Length) return s + a;
                        double t = Math.Exp(a * x[i]);
                        s += t;
                        if (s > 4) return s * t;
                        i++;
                    }
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, 0.1, 1.2) }) { Accept = a => WhileTrueAway((double[])a[0], (double)a[1]) },

            // A guard that returns an element, then a loop.
            new ArrayCase("LrvGuardElement", """
                [Differentiable]
                public static double LrvGuardElement(double[] x, double a, int n)
                {
                    if (n == 0) return x[0] * a;
                    double s = 0;
                    for (int i = 0; i < x.Length; i++) s += a * x[i] * x[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), r.Next(2) }) { Sizes = ArrayCase.NonEmpty },

            // Tail returns after a loop: the chosen one reads a local array.
            new ArrayCase("LrvTailReturnsArray", """
                [Differentiable]
                public static double LrvTailReturnsArray(double[] x, double a)
                {
                    double[] d = new double[x.Length];
                    double m = 0;
                    for (int i = 0; i < x.Length; i++) { d[i] = a * x[i]; m += x[i]; }
                    if (m > 0) return d[0] * d[0];
                    return d[x.Length - 1] + m;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }) { Sizes = ArrayCase.NonEmpty, Accept = a => System.Math.Abs(((double[])a[0]).Sum()) > 0.05 },

            // A switch expression choosing between locals.
            new ArrayCase("LrvSwitchExpressionLocals", """
                [Differentiable]
                public static double LrvSwitchExpressionLocals(double[] x, double a, int k)
                {
                    double p = 0, q = 0, r = 0;
                    for (int i = 0; i < x.Length; i++) { p += x[i]; q += a * x[i] * x[i]; r += Math.Cos(x[i]); }
                    return k switch { 0 => p * a, 1 => q, _ => r + a };
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), r.Next(3) }),

            // A ?: choice whose test reads one local and whose arms read others.
            new ArrayCase("LrvChoiceArms", """
                [Differentiable]
                public static double LrvChoiceArms(double[] x, double a)
                {
                    double t = 0, u = 0, w = 0;
                    for (int i = 0; i < x.Length; i++) { t += x[i]; u += a * x[i]; w += x[i] * x[i]; }
                    return t > 0 ? u : w * a;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }) { Sizes = ArrayCase.NonEmpty, Accept = a => System.Math.Abs(((double[])a[0]).Sum()) > 0.05 },

            // Tuple assignment (swap) of locals that reach the result.
            new ArrayCase("LrvTupleSwap", """
                [Differentiable]
                public static double LrvTupleSwap(double[] x, double a)
                {
                    double p = a, q = 1;
                    for (int i = 0; i < x.Length; i++) (p, q) = (q * x[i], p + a);
                    return p + 2 * q;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            // An in-place element update of a local array, the array read in a second loop.
            new ArrayCase("LrvInPlaceThenRead", """
                [Differentiable]
                public static double LrvInPlaceThenRead(double[] x, double a)
                {
                    double[] t = new double[x.Length];
                    for (int i = 0; i < x.Length; i++) t[i] = x[i];
                    for (int i = 0; i < x.Length; i++) t[i] *= a;
                    for (int i = 1; i < x.Length; i++) t[i] += t[i - 1];
                    double s = 0;
                    for (int i = 0; i < x.Length; i++) s += t[i] * t[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            // A local read by a test and by arithmetic.
            new ArrayCase("LrvTestAndArithmetic", """
                [Differentiable]
                public static double LrvTestAndArithmetic(double[] x, double a)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double d = a * x[i] - 0.3;
                        if (d > 0) s += d * d;
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }) { Accept = a => ((double[])a[0]).All(v => System.Math.Abs((double)a[1] * v - 0.3) > 0.05) },

            // Values written into an array only a test reads; the result counts through it.
            new ArrayCase("LrvArrayOnlyTested", """
                [Differentiable]
                public static double LrvArrayOnlyTested(double[] x, double a)
                {
                    double[] d = new double[x.Length];
                    for (int i = 0; i < x.Length; i++) d[i] = a * x[i];
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (d[i] > 0.2) s += x[i] * a;
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }) { Accept = a => ((double[])a[0]).All(v => System.Math.Abs((double)a[1] * v - 0.2) > 0.05) },

            // A running maximum of locals reaching the result.
            new ArrayCase("LrvRunningMaxLocal", """
                [Differentiable]
                public static double LrvRunningMaxLocal(double[] x, double a)
                {
                    double m = double.NegativeInfinity, lo = double.PositiveInfinity;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double v = a * x[i] + x[i] * x[i];
                        m = Math.Max(m, v);
                        lo = Math.Min(lo, v);
                    }
                    return m - lo;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }) { Sizes = ArrayCase.NonEmpty, Accept = a => Distinct((double[])a[0], (double)a[1]) },

            // A local function computing from a local.
            new ArrayCase("LrvLocalFunction", """
                [Differentiable]
                public static double LrvLocalFunction(double[] x, double a)
                {
                    double k = a * a;
                    double F(double v) => k * v + Math.Sin(v);
                    double s = 0;
                    for (int i = 0; i < x.Length; i++) s += F(x[i]);
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            // if (...) break; then a loop filling a local array, then its sum after the outer loop.
            new ArrayCase("LrvBreakThenArray", """
                [Differentiable]
                public static double LrvBreakThenArray(double[] x, double a)
                {
                    double s = 0;
                    for (int k = 0; k < 3; k++)
                    {
                        if (s > 2) break;
                        double[] t = new double[x.Length];
                        for (int i = 0; i < x.Length; i++) t[i] = a * x[i] * x[i];
                        for (int i = 0; i < x.Length; i++) s += t[i] + 0.25;
                    }
                    return s * a;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.2, 1.5) }) { Accept = a => BreakAway((double[])a[0], (double)a[1]) },

            // if (...) break; with a local written after the rest's last loop and carried.
            new ArrayCase("LrvBreakThenTail", """
                [Differentiable]
                public static double LrvBreakThenTail(double[] x, double a)
                {
                    double s = 0, last = 0;
                    for (int k = 0; k < 4; k++)
                    {
                        if (s > 3) break;
                        double q = 0;
                        for (int i = 0; i < x.Length; i++) q += a * x[i] * x[i];
                        s += q + 0.5;
                        last = q * a;
                    }
                    return s + last;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.2, 1.5) }) { Accept = a => BreakTailAway((double[])a[0], (double)a[1]) },

            // for (;;) ending the method, an array made inside, returning from inside.
            new ArrayCase("LrvForeverNewton", """
                [Differentiable]
                public static double LrvForeverNewton(double[] x, double a)
                {
                    double y = 1;
                    int it = 0;
                    for (;;)
                    {
                        double f = y * y - a;
                        double s = 0;
                        for (int i = 0; i < x.Length; i++) s += x[i] * x[i];
                        y = y - f / (2 * y) + 0 * s;
                        it++;
                        if (it >= 6) return y + s;
                    }
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.5, 3) }),

            // A switch statement with loops in its sections, each building a different local.
            new ArrayCase("LrvSwitchSections", """
                [Differentiable]
                public static double LrvSwitchSections(double[] x, double a, int mode)
                {
                    double r = a;
                    switch (mode)
                    {
                        case 0:
                            double p = 0;
                            for (int i = 0; i < x.Length; i++) p += x[i] * a;
                            r += p * p;
                            break;
                        case 1:
                            double[] t = new double[x.Length];
                            for (int i = 0; i < x.Length; i++) t[i] = Math.Exp(a * x[i]);
                            for (int i = 0; i < x.Length; i++) r += t[i];
                            break;
                        default:
                            r *= 2;
                            break;
                    }
                    return r;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1), r.Next(3) }),

            // A Gradient.Stop'd local and the same local through arithmetic.
            new ArrayCase("LrvStopAndUse", """
                [Differentiable]
                public static double LrvStopAndUse(double[] x, double a)
                {
                    double m = 0;
                    for (int i = 0; i < x.Length; i++) m += x[i];
                    m /= x.Length;
                    double c = Gradient.Stop(m);
                    double s = 0;
                    for (int i = 0; i < x.Length; i++) s += (x[i] - c) * (x[i] - c) + m * a;
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }) { Sizes = ArrayCase.NonEmpty },

            // A float method (Math.Abs on a local) and an integer conversion of another local.
            new ArrayCase("LrvIntegerConversion", """
                [Differentiable]
                public static double LrvIntegerConversion(double[] x, double a)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++) s += a * x[i];
                    int k = (int)Gradient.Stop(s * 0);
                    double t = Math.Abs(s) + k;
                    return t * a;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }) { Sizes = ArrayCase.NonEmpty, Accept = a => System.Math.Abs((double)a[1] * ((double[])a[0]).Sum()) > 0.05 },

            // A running value only tests read, carried across iterations.
            new ArrayCase("LrvCarriedTestOnly", """
                [Differentiable]
                public static double LrvCarriedTestOnly(double[] x, double a)
                {
                    double run = 0, s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        run += a * x[i] * x[i];
                        if (run > 1) s += x[i] * a; else s -= 0.5 * x[i];
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.2, 1.5) }) { Accept = a => RunAway((double[])a[0], (double)a[1], 1) },

            // A while loop whose condition reads a value only it reads.
            new ArrayCase("LrvWhileConditionOnly", """
                [Differentiable]
                public static double LrvWhileConditionOnly(double[] x, double a)
                {
                    double run = 0, s = 0;
                    int i = 0;
                    while (i < x.Length && run < 2)
                    {
                        run += a * x[i] * x[i];
                        s += Math.Sin(x[i]) * a;
                        i++;
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.2, 1.5) }) { Accept = a => RunAway((double[])a[0], (double)a[1], 2) },

            // A loop exit through a value that only the returned value reads, after an if (...) break.
            new ArrayCase("LrvBreakReturnMix", """
                [Differentiable]
                public static double LrvBreakReturnMix(double[] x, double a)
                {
                    double s = 0, keep = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        keep = a * x[i];
                        if (x[i] > 1.5) break;
                        s += keep * keep;
                        if (s > 5) return keep;
                    }
                    return s + keep;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.2, 1.5) }) { Accept = a => MixAway((double[])a[0], (double)a[1]) },

            // A local array passed to a callee inside a loop, refilled each iteration.
            new ArrayCase("LrvArrayToCalleeInLoop", """
                [Differentiable]
                public static double LrvDot(double[] u, double[] v)
                {
                    double s = 0;
                    for (int i = 0; i < u.Length; i++) s += u[i] * v[i];
                    return s;
                }

                [Differentiable]
                public static double LrvArrayToCalleeInLoop(double[] x, double a)
                {
                    double[] t = new double[x.Length];
                    double total = 0;
                    for (int k = 0; k < 3; k++)
                    {
                        for (int i = 0; i < x.Length; i++) t[i] = a * x[i] + k;
                        total += LrvDot(t, x);
                    }
                    return total;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            // A callee that differentiates only its first array, given a varying local as its second.
            new ArrayCase("LrvCalleeDataArg", """
                [Differentiable("u")]
                public static double LrvDotU(double[] u, double[] v)
                {
                    double s = 0;
                    for (int i = 0; i < u.Length; i++) s += u[i] * v[i];
                    return s;
                }

                [Differentiable("x")]
                public static double LrvCalleeDataArg(double[] x, double a)
                {
                    double[] t = new double[x.Length];
                    for (int i = 0; i < x.Length; i++) t[i] = a * i + 1;
                    return LrvDotU(x, t);
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            // A scalar callee whose argument is a local that an if chooses, the if holding a loop.
            new ArrayCase("LrvCalleeAfterIfLoop", """
                [Differentiable]
                public static double LrvSq(double z) => z * z;

                [Differentiable]
                public static double LrvCalleeAfterIfLoop(double[] x, double a, int flag)
                {
                    double z = a;
                    if (flag == 1)
                    {
                        for (int i = 0; i < x.Length; i++) z += x[i] * a;
                    }
                    return LrvSq(z) + 1;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), r.Next(2) }),

            // A switch statement whose sections write a local array read after the switch.
            new ArrayCase("LrvSwitchArrayAfter", """
                [Differentiable]
                public static double LrvSwitchArrayAfter(double[] x, double a, int mode)
                {
                    double[] t = new double[x.Length];
                    switch (mode)
                    {
                        case 0:
                            for (int i = 0; i < x.Length; i++) t[i] = a * x[i];
                            break;
                        case 1:
                            for (int i = 0; i < x.Length; i++) t[i] = Math.Sin(x[i]) + a;
                            break;
                    }
                    double s = 0;
                    for (int i = 0; i < x.Length; i++) s += t[i] * t[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), r.Next(3) }),

            // A while (true) with a local array refilled each pass, returning from it.
            new ArrayCase("LrvWhileTrueArray", """
                [Differentiable]
                public static double LrvWhileTrueArray(double[] x, double a)
                {
                    double[] t = new double[x.Length];
                    double acc = 0;
                    int k = 0;
                    while (true)
                    {
                        for (int i = 0; i < x.Length; i++) t[i] = a * x[i] + acc;
                        double s = 0;
                        for (int i = 0; i < x.Length; i++) s += t[i] * 0.5;
                        acc = s;
                        k++;
                        if (k == 3) return acc + t[0];
                    }
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }) { Sizes = ArrayCase.NonEmpty },

            // if (...) continue; then loops, the value carried and returned from the loop.
            new ArrayCase("LrvContinueThenReturn", """
                [Differentiable]
                public static double LrvContinueThenReturn(double[] x, double a)
                {
                    double s = 0;
                    for (int k = 0; k < 4; k++)
                    {
                        if (k == 1) continue;
                        double q = 0;
                        for (int i = 0; i < x.Length; i++) q += a * x[i] * x[i];
                        s += q + 0.5;
                        if (s > 3) return s * a;
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.2, 1.5) }) { Accept = a => ContinueAway((double[])a[0], (double)a[1]) },

            // A method whose result reaches through a local assigned only in the break's rest, after its last loop.
            new ArrayCase("LrvBreakRestAfterLoop", """
                [Differentiable]
                public static double LrvBreakRestAfterLoop(double[] x, double a)
                {
                    double s = 0, w = 1;
                    for (int k = 0; k < 4; k++)
                    {
                        if (s > 2.5) break;
                        for (int i = 0; i < x.Length; i++) s += a * x[i] * x[i] + 0.1;
                        w *= 1 + a * 0.1;
                        s += w;
                    }
                    return s * w;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.2, 1.5) }) { Accept = a => BreakRestAway((double[])a[0], (double)a[1]) },

            // An alias of a local array: written through one name, read through the other.
            new ArrayCase("LrvAliasLocal", """
                [Differentiable]
                public static double LrvAliasLocal(double[] x, double a)
                {
                    double[] t = new double[x.Length];
                    double[] u = t;
                    for (int i = 0; i < x.Length; i++) t[i] = a * x[i];
                    double s = 0;
                    for (int i = 0; i < x.Length; i++) s += u[i] * u[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            // A break in an inner loop inside a switch section: it leaves the loop, not the switch.
            new ArrayCase("LrvSwitchInnerBreak", """
                [Differentiable]
                public static double LrvSwitchInnerBreak(double[] x, double a, int mode)
                {
                    double s = a;
                    switch (mode)
                    {
                        case 0:
                            for (int i = 0; i < x.Length; i++)
                            {
                                if (x[i] > 1) break;
                                s += a * x[i];
                            }
                            s *= 2;
                            break;
                        default:
                            for (int i = 0; i < x.Length; i++) s += x[i] * x[i];
                            break;
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), r.Next(2) }) { Accept = a => ((double[])a[0]).All(v => System.Math.Abs(v - 1) > 0.05) },

            // Grouped case labels and a when guard.
            new ArrayCase("LrvSwitchGroupedLabels", """
                [Differentiable]
                public static double LrvSwitchGroupedLabels(double[] x, double a, int mode)
                {
                    double s = 0;
                    switch (mode)
                    {
                        case 0:
                        case 2:
                            for (int i = 0; i < x.Length; i++) s += a * x[i] * x[i];
                            break;
                        case 1:
                            for (int i = 0; i < x.Length; i++) s -= Math.Cos(a * x[i]);
                            break;
                    }
                    return s + a;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), r.Next(4) }),

            // A switch in a loop whose section holds a loop and a continue.
            new ArrayCase("LrvSwitchInLoop", """
                [Differentiable]
                public static double LrvSwitchInLoop(double[] x, double a)
                {
                    double s = 0;
                    for (int k = 0; k < 3; k++)
                    {
                        switch (k)
                        {
                            case 1:
                                for (int i = 0; i < x.Length; i++) s += a * x[i];
                                break;
                            default:
                                s += a * k;
                                break;
                        }
                        s *= 0.9;
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            // Two breaks, each followed by a loop.
            new ArrayCase("LrvTwoBreaks", """
                [Differentiable]
                public static double LrvTwoBreaks(double[] x, double a)
                {
                    double s = 0;
                    for (int k = 0; k < 4; k++)
                    {
                        if (s > 4) break;
                        for (int i = 0; i < x.Length; i++) s += a * x[i] * x[i];
                        if (s > 2) break;
                        for (int i = 0; i < x.Length; i++) s += 0.3 + a * 0.1;
                    }
                    return s * a;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.2, 1.5) }) { Accept = a => TwoBreaksAway((double[])a[0], (double)a[1]) },

            // A break after a statement, its test reading a local array the rest fills.
            new ArrayCase("LrvBreakOnArray", """
                [Differentiable]
                public static double LrvBreakOnArray(double[] x, double a)
                {
                    double[] t = new double[x.Length];
                    double s = 0;
                    for (int k = 0; k < 3; k++)
                    {
                        s += a;
                        if (t[0] > 1) break;
                        for (int i = 0; i < x.Length; i++) t[i] += a * x[i] * x[i] + 0.2;
                        s += t[x.Length - 1];
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.2, 1.5) }) { Sizes = ArrayCase.NonEmpty, Accept = a => BreakOnArrayAway((double[])a[0], (double)a[1]) },

            // A break in a while loop with a loop in its rest.
            new ArrayCase("LrvWhileBreakLoop", """
                [Differentiable]
                public static double LrvWhileBreakLoop(double[] x, double a)
                {
                    double s = 0;
                    int k = 0;
                    while (k < 5)
                    {
                        k++;
                        if (s > 3) break;
                        double q = 0;
                        for (int i = 0; i < x.Length; i++) q += Math.Exp(a * x[i]);
                        s += q * 0.5;
                    }
                    return s + k;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, 0.2, 1.0) }) { Accept = a => WhileBreakAway((double[])a[0], (double)a[1]) },

            // while (true) returning from inside an inner for loop.
            new ArrayCase("LrvWhileTrueInnerReturn", """
                [Differentiable]
                public static double LrvWhileTrueInnerReturn(double[] x, double a)
                {
                    double s = 0;
                    while (true)
                    {
                        for (int i = 0; i < x.Length; i++)
                        {
                            s += a * x[i] * x[i] + 0.1;
                            if (s > 3) return s * x[i];
                        }
                    }
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.5, 1.5) }) { Sizes = ArrayCase.NonEmpty, Accept = a => InnerReturnAway((double[])a[0], (double)a[1]) },

            // while (true) with a continue before its return.
            new ArrayCase("LrvWhileTrueContinue", """
                [Differentiable]
                public static double LrvWhileTrueContinue(double[] x, double a)
                {
                    double s = 0;
                    int k = 0;
                    while (true)
                    {
                        k++;
                        if (k % 2 == 0) continue;
                        for (int i = 0; i < x.Length; i++) s += a * x[i];
                        if (k >= 5) return s * s;
                    }
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            // A local function that reads a captured local array written in a loop.
            new ArrayCase("LrvLocalFunctionArray", """
                [Differentiable]
                public static double LrvLocalFunctionArray(double[] x, double a)
                {
                    double[] t = new double[x.Length];
                    for (int i = 0; i < x.Length; i++) t[i] = a * x[i];
                    double G(int i) => t[i] * t[i] + a;
                    double s = 0;
                    for (int i = 0; i < x.Length; i++) s += G(i);
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            // A chain of callees: the local reaching the result through two calls.
            new ArrayCase("LrvCalleeChain", """
                [Differentiable]
                public static double LrvInner(double z, double w) => z * Math.Exp(0.3 * w);

                [Differentiable]
                public static double LrvOuter(double[] v, double c)
                {
                    double s = 0;
                    for (int i = 0; i < v.Length; i++) s += LrvInner(v[i], c);
                    return s;
                }

                [Differentiable]
                public static double LrvCalleeChain(double[] x, double a)
                {
                    double[] t = new double[x.Length];
                    double c = 0;
                    for (int i = 0; i < x.Length; i++) { t[i] = x[i] * x[i]; c += a * x[i]; }
                    return LrvOuter(t, c);
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // A foreach with if (...) break; and a loop after it.
            new ArrayCase("LrvForeachBreakLoop", """
                [Differentiable]
                public static double LrvForeachBreakLoop(double[] x, double a)
                {
                    double s = 0;
                    foreach (double v in x)
                    {
                        if (v > 1.2) break;
                        for (int j = 0; j < 2; j++) s += a * v * (j + 1);
                        s *= 0.9;
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }) { Accept = a => ((double[])a[0]).All(v => System.Math.Abs(v - 1.2) > 0.05) },

            // An inner loop's if (...) break; with a loop after it, inside an outer loop.
            new ArrayCase("LrvNestedBreakLoop", """
                [Differentiable]
                public static double LrvNestedBreakLoop(double[] x, double a)
                {
                    double s = 0;
                    for (int k = 0; k < 2; k++)
                    {
                        for (int i = 0; i < x.Length; i++)
                        {
                            if (x[i] > 1.2) break;
                            for (int j = 0; j < 2; j++) s += a * x[i] + k;
                        }
                    }
                    return s * s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }) { Accept = a => ((double[])a[0]).All(v => System.Math.Abs(v - 1.2) > 0.05) },

            // The break's test reads a value the rest computes from a callee.
            new ArrayCase("LrvBreakAfterCallee", """
                [Differentiable]
                public static double LrvCube(double z) => z * z * z;

                [Differentiable]
                public static double LrvBreakAfterCallee(double[] x, double a)
                {
                    double s = 0;
                    for (int k = 0; k < 4; k++)
                    {
                        if (s > 2) break;
                        for (int i = 0; i < x.Length; i++) s += LrvCube(a * x[i]) * 0.1 + 0.2;
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, 0.2, 1.5) }) { Accept = a => CubeAway((double[])a[0], (double)a[1]) },

            // A value read both in a break test and the result, written in the rest after its last loop.
            new ArrayCase("LrvBreakTestAndResult", """
                [Differentiable]
                public static double LrvBreakTestAndResult(double[] x, double a)
                {
                    double s = 0, m = a;
                    for (int k = 0; k < 5; k++)
                    {
                        if (m > 3) break;
                        for (int i = 0; i < x.Length; i++) s += x[i] * m;
                        m = m * 1.5 + 0.1;
                    }
                    return s + m * m;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.2, 1.5) }) { Accept = a => MAway((double)a[1]) },

            // A switch section with a return and a loop.
            new ArrayCase("LrvSwitchReturn", """
                [Differentiable]
                public static double LrvSwitchReturn(double[] x, double a, int mode)
                {
                    double s = a;
                    switch (mode)
                    {
                        case 0:
                            for (int i = 0; i < x.Length; i++) s += x[i] * a;
                            return s * s;
                        case 1:
                            for (int i = 0; i < x.Length; i++) s -= x[i];
                            break;
                    }
                    return s * a;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), r.Next(3) }),

            // A switch section's loop reads a local that the other section's loop writes (an array declared before).
            new ArrayCase("LrvSwitchSharedLocal", """
                [Differentiable]
                public static double LrvSwitchSharedLocal(double[] x, double a, int mode)
                {
                    double m = 0;
                    for (int i = 0; i < x.Length; i++) m += x[i];
                    switch (mode)
                    {
                        case 0:
                            double q = 0;
                            for (int i = 0; i < x.Length; i++) q += (x[i] - m * a) * (x[i] - m * a);
                            m = q;
                            break;
                        default:
                            for (int i = 0; i < x.Length; i++) m += a;
                            break;
                    }
                    return m;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), r.Next(3) }),

            // A switch on a computed integer, a section with a local array.
            new ArrayCase("LrvSwitchComputed", """
                [Differentiable]
                public static double LrvSwitchComputed(double[] x, double a)
                {
                    double s = 0;
                    switch (x.Length % 3)
                    {
                        case 0:
                            s = a;
                            break;
                        case 1:
                            double[] t = new double[x.Length];
                            for (int i = 0; i < x.Length; i++) t[i] = a * x[i];
                            for (int i = 0; i < x.Length; i++) s += t[i] * t[i];
                            break;
                        default:
                            for (int i = 0; i < x.Length; i++) s += Math.Sin(a + x[i]);
                            break;
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            // while (true) with a float method and Math.Max running extreme, returned.
            new ArrayCase("LrvWhileTrueMax", """
                [Differentiable]
                public static double LrvWhileTrueMax(double[] x, double a)
                {
                    double best = double.NegativeInfinity;
                    int k = 0;
                    while (true)
                    {
                        double v = 0;
                        for (int i = 0; i < x.Length; i++) v += Math.Tanh(a * x[i] + k);
                        best = Math.Max(best, v * (k - 1.3));
                        k++;
                        if (k > 2) return best;
                    }
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }) { Sizes = ArrayCase.NonEmpty, Accept = a => MaxAway((double[])a[0], (double)a[1]) },

            // A carried value only an index reads, through Gradient.Stop.
            new ArrayCase("LrvIndexFromStopped", """
                [Differentiable]
                public static double LrvIndexFromStopped(double[] x, double a)
                {
                    double run = 0, s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        run += Math.Abs(a * x[i]) + 1;
                        int j = (int)Gradient.Stop(run) % x.Length;
                        s += x[j] * a * x[i];
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }) { Accept = a => IndexAway((double[])a[0], (double)a[1]) },

            // A local array only an index reads.
            new ArrayCase("LrvIndexFromArray", """
                [Differentiable]
                public static double LrvIndexFromArray(double[] x, double a)
                {
                    double[] d = new double[x.Length];
                    for (int i = 0; i < x.Length; i++) d[i] = (x[i] + 2) * x.Length * 0.24;
                    double s = 0;
                    for (int i = 0; i < x.Length; i++) s += a * x[(int)Gradient.Stop(d[i]) % x.Length];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1.9, 1.9), Uniform(r, -2, 2) }) { Accept = a => ((double[])a[0]).All(v => Frac((v + 2) * ((double[])a[0]).Length * 0.24)) },

            // A callee in a test, its argument a carried local the result does not read.
            new ArrayCase("LrvCalleeInTest", """
                [Differentiable]
                public static double LrvSquare(double z) => z * z;

                [Differentiable]
                public static double LrvCalleeInTest(double[] x, double a)
                {
                    double run = 0, s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        run += a * x[i];
                        if (LrvSquare(run) > 1) s += x[i] * a; else s += x[i] * x[i];
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }) { Accept = a => SqAway((double[])a[0], (double)a[1]) },

            // A choice's test reading a carried local the result does not read otherwise.
            new ArrayCase("LrvChoiceTestCarried", """
                [Differentiable]
                public static double LrvChoiceTestCarried(double[] x, double a)
                {
                    double run = 0, s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        run = run * 0.5 + a * x[i];
                        s += run > 0.3 ? x[i] * a : -x[i];
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }) { Accept = a => HalfAway((double[])a[0], (double)a[1]) },

            // A varying local a loop's bound reads, through Gradient.Stop.
            new ArrayCase("LrvBoundFromStopped", """
                [Differentiable]
                public static double LrvBoundFromStopped(double[] x, double a)
                {
                    double m = 0;
                    for (int i = 0; i < x.Length; i++) m += x[i] * x[i];
                    int n = (int)Gradient.Stop(m);
                    double s = 0;
                    for (int k = 0; k < n && k < x.Length; k++) s += a * x[k];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }) { Sizes = ArrayCase.NonEmpty, Accept = a => Frac(((double[])a[0]).Sum(v => v * v)) },

            // The user's own locals named stopped and skipped beside a break and a continue taken apart.
            new ArrayCase("LrvFlagNamesTaken", """
                [Differentiable]
                public static double LrvFlagNamesTaken(double[] x, double a)
                {
                    double s = 0;
                    int stopped = 0, skipped = 0;
                    for (int k = 0; k < 4; k++)
                    {
                        if (k == 1) { skipped++; continue; }
                        if (s > 2.5) { stopped = 7; break; }
                        for (int i = 0; i < x.Length; i++) s += a * x[i] * x[i] + 0.3;
                    }
                    return s * (1 + stopped) + skipped * a;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.2, 1.5) }) { Accept = a => FlagAway((double[])a[0], (double)a[1]) },

            // A do loop with if (...) break; before a loop.
            new ArrayCase("LrvDoBreakLoop", """
                [Differentiable]
                public static double LrvDoBreakLoop(double[] x, double a)
                {
                    double s = 0;
                    int k = 0;
                    do
                    {
                        if (s > 2.5) break;
                        for (int i = 0; i < x.Length; i++) s += a * x[i] * x[i] + 0.3;
                        k++;
                    } while (k < 4);
                    return s + k;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.2, 1.5) }) { Accept = a => DoAway((double[])a[0], (double)a[1]) },

            // The break's if does arithmetic before it breaks; the rest ends with a continue after its loop.
            new ArrayCase("LrvBreakWorkThenContinue", """
                [Differentiable]
                public static double LrvBreakWorkThenContinue(double[] x, double a)
                {
                    double s = 0, t = 1;
                    for (int k = 0; k < 5; k++)
                    {
                        if (s > 2.5) { t = s * a; break; }
                        for (int i = 0; i < x.Length; i++) s += a * x[i] * x[i] + 0.3;
                        if (k == 2) continue;
                        t += s;
                    }
                    return s + t;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.2, 1.5) }) { Accept = a => DoAway((double[])a[0], (double)a[1]) },

            // The rest after the break has a return from the loop after its last loop.
            new ArrayCase("LrvBreakThenReturnInRest", """
                [Differentiable]
                public static double LrvBreakThenReturnInRest(double[] x, double a)
                {
                    double s = 0;
                    for (int k = 0; k < 5; k++)
                    {
                        if (s > 2.5) break;
                        for (int i = 0; i < x.Length; i++) s += a * x[i] * x[i] + 0.3;
                        if (s > 1.7) return s * s;
                    }
                    return s * a;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.2, 1.5) }) { Accept = a => ReturnRestAway((double[])a[0], (double)a[1]) },

            // A continue then a local array, the array's sum returned from the loop.
            new ArrayCase("LrvContinueArrayReturn", """
                [Differentiable]
                public static double LrvContinueArrayReturn(double[] x, double a)
                {
                    double s = 0;
                    for (int k = 0; k < 4; k++)
                    {
                        if (k == 0) continue;
                        double[] t = new double[x.Length];
                        for (int i = 0; i < x.Length; i++) t[i] = a * x[i] * k;
                        for (int i = 0; i < x.Length; i++) s += t[i] * t[i];
                        if (s > 50) return t[0] + s;
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.2, 1.5) }) { Sizes = ArrayCase.NonEmpty, Accept = a => Fifty((double[])a[0], (double)a[1]) },

            // A do loop with a constant-true condition that ends the method by returning.
            new ArrayCase("LrvDoTrueReturns", """
                [Differentiable]
                public static double LrvDoTrueReturns(double[] x, double a)
                {
                    double s = 0;
                    int k = 0;
                    do
                    {
                        for (int i = 0; i < x.Length; i++) s += a * x[i];
                        k++;
                        if (k >= 3) return s * s;
                    } while (true);
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            // A float-header loop whose counter reaches the result, after a guard returning a parameter.
            new ArrayCase("LrvFloatCounterUseful", """
                [Differentiable]
                public static double LrvFloatCounterUseful(double[] x, double a)
                {
                    if (x.Length == 0) return a;
                    double s = 0;
                    for (double t = 0; t < 1; t += 0.25)
                    {
                        double w = t * a;
                        for (int i = 0; i < x.Length; i++) s += w * x[i];
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            // A local written both into an array only tested and into the result; the test decides which element counts.
            new ArrayCase("LrvMaskAndValue", """
                [Differentiable]
                public static double LrvMaskAndValue(double[] x, double a)
                {
                    double[] mask = new double[x.Length];
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double v = a * x[i] + 0.2;
                        mask[i] = v;
                        s += v * 0.5;
                    }
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (mask[i] > 0) s += x[i] * x[i];
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }) { Accept = a => ((double[])a[0]).All(v => System.Math.Abs((double)a[1] * v + 0.2) > 0.05) },

            // A switch section changes the switch's own integer: C# tests it once, the next section must not run.
            new ArrayCase("LrvSwitchChangesItsValue", """
                [Differentiable]
                public static double LrvSwitchChangesItsValue(double[] x, double a, int mode)
                {
                    double s = a;
                    int m = mode;
                    switch (m)
                    {
                        case 0:
                            for (int i = 0; i < x.Length; i++) s += a * x[i];
                            m = 1;
                            break;
                        case 1:
                            for (int i = 0; i < x.Length; i++) s -= x[i] * x[i];
                            m = 2;
                            break;
                    }
                    return s * (m + 1);
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), r.Next(3) }),

            // The same with an if / else-if chain.
            new ArrayCase("LrvElseIfChangesItsValue", """
                [Differentiable]
                public static double LrvElseIfChangesItsValue(double[] x, double a, int mode)
                {
                    double s = a;
                    int m = mode;
                    if (m == 0)
                    {
                        for (int i = 0; i < x.Length; i++) s += a * x[i];
                        m = 1;
                    }
                    else if (m == 1)
                    {
                        for (int i = 0; i < x.Length; i++) s -= x[i] * x[i];
                        m = 2;
                    }
                    return s * (m + 1);
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), r.Next(3) }),

            // A switch on a value a floating-point test in a section's when guard chooses.
            new ArrayCase("LrvSwitchWhenGuard", """
                [Differentiable]
                public static double LrvSwitchWhenGuard(double[] x, double a, int mode)
                {
                    double s = 0;
                    switch (mode)
                    {
                        case 0 when a > 0:
                            for (int i = 0; i < x.Length; i++) s += a * x[i];
                            break;
                        case 0:
                            for (int i = 0; i < x.Length; i++) s += x[i] * x[i] * a;
                            break;
                        default:
                            s = a * a;
                            break;
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), r.Next(2) }) { Accept = a => System.Math.Abs((double)a[1]) > 0.05 },

            // A switch whose test reads the sum its first section changes.
            new ArrayCase("LrvSwitchOnChangedSum", """
                [Differentiable]
                public static double LrvSwitchOnChangedSum(double[] x, double a)
                {
                    double s = a;
                    int k = s > 0 ? 0 : 1;
                    switch (k)
                    {
                        case 0:
                            for (int i = 0; i < x.Length; i++) s -= 5 + x[i] * x[i];
                            k = s > 0 ? 0 : 1;
                            break;
                        case 1:
                            for (int i = 0; i < x.Length; i++) s += 3 * a * x[i];
                            break;
                    }
                    return s + k;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }) { Accept = a => System.Math.Abs((double)a[1]) > 0.05 },

            // Counting loops of every shape after if (...) break;: downwards, inclusive, by two, to a != bound.
            new ArrayCase("LrvBreakCountingShapes", """
                [Differentiable]
                public static double LrvBreakCountingShapes(double[] x, double a)
                {
                    double s = 0;
                    int n = x.Length;
                    for (int k = 0; k < 5; k++)
                    {
                        if (s > 2.5) break;
                        for (int i = n - 1; i >= 0; i--) s += a * x[i] * x[i] * 0.25;
                        for (int i = 1; i <= n; i++) s += 0.05 * a * i;
                        for (int i = 0; i < n; i += 2) s += 0.1 * x[i] * x[i] * a;
                        for (int i = 0; i != n; i++) s += 0.02;
                        for (int i = n; i > 0; i--) s += 0.01 * a;
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.2, 1.5) }) { Accept = a => ShapesAway((double[])a[0], (double)a[1]) },

            // A counting loop from a variable start after if (...) continue;, its counter an outer local read afterwards.
            new ArrayCase("LrvContinueOuterCounter", """
                [Differentiable]
                public static double LrvContinueOuterCounter(double[] x, double a)
                {
                    double s = 0;
                    int j = 0;
                    for (int k = 0; k < 4; k++)
                    {
                        if (k == 2) continue;
                        for (j = k % 2; j < x.Length; j++) s += a * x[j];
                    }
                    return s + j * a;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            // An array only tests read, overwritten after the loop that tests it: the reverse sweep must test the old elements.
            new ArrayCase("LrvTestedArrayOverwritten", """
                [Differentiable]
                public static double LrvTestedArrayOverwritten(double[] x, double a)
                {
                    double[] d = new double[x.Length];
                    for (int i = 0; i < x.Length; i++) d[i] = a * x[i];
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (d[i] > 0.2) s += x[i] * a; else s += x[i] * x[i];
                    }
                    for (int i = 0; i < x.Length; i++) d[i] = -5 * a;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (d[i] > 0.2) s += 1;
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }) { Accept = a => ((double[])a[0]).All(v => System.Math.Abs((double)a[1] * v - 0.2) > 0.05) && System.Math.Abs(5 * (double)a[1] + 0.2) > 0.05 },

            // A scalar only tests read, changed after the loop that tests it.
            new ArrayCase("LrvTestedScalarOverwritten", """
                [Differentiable]
                public static double LrvTestedScalarOverwritten(double[] x, double a)
                {
                    double c = a * 0.5;
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (x[i] > c) s += x[i] * a; else s -= x[i] * x[i];
                    }
                    c = 3 * a;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (x[i] > c) s += x[i];
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }) { Accept = a => ((double[])a[0]).All(v => System.Math.Abs(v - 0.5 * (double)a[1]) > 0.05 && System.Math.Abs(v - 3 * (double)a[1]) > 0.2) },

            // An array only tests read, updated in place in the loop after the test, across an outer loop.
            new ArrayCase("LrvTestedArrayInPlaceOuter", """
                [Differentiable]
                public static double LrvTestedArrayInPlaceOuter(double[] x, double a)
                {
                    double[] d = new double[x.Length];
                    for (int i = 0; i < x.Length; i++) d[i] = a * x[i];
                    double s = 0;
                    for (int k = 0; k < 3; k++)
                    {
                        for (int i = 0; i < x.Length; i++)
                        {
                            if (d[i] > 0) s += x[i] * a * k; else s += x[i] * x[i];
                        }
                        for (int i = 0; i < x.Length; i++) d[i] -= 0.7;
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }) { Accept = a => ((double[])a[0]).All(v => new[] { 0.0, 0.7, 1.4 }.All(c => System.Math.Abs((double)a[1] * v - c) > 0.05)) },

            // A carried value only tests read, changed after the test in the same iteration.
            new ArrayCase("LrvCarriedTestedBeforeUpdate", """
                [Differentiable]
                public static double LrvCarriedTestedBeforeUpdate(double[] x, double a)
                {
                    double run = 0, s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (run > 1) s += x[i] * a; else s -= x[i] * x[i] * a;
                        run += a * x[i] * x[i];
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.2, 1.5) }) { Accept = a => RunAway((double[])a[0], (double)a[1], 1) },

            // The same in a nested loop, the carried value a local of the outer iteration tested in the inner loop.
            new ArrayCase("LrvCarriedTestedNested", """
                [Differentiable]
                public static double LrvCarriedTestedNested(double[] x, double a)
                {
                    double s = 0;
                    for (int k = 0; k < 2; k++)
                    {
                        double run = k * 0.3;
                        for (int i = 0; i < x.Length; i++)
                        {
                            double d = run - 0.8;
                            if (d > 0) s += x[i] * a; else s -= x[i] * x[i] * a;
                            run += a * x[i] * x[i];
                        }
                    }
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.2, 1.5) }) { Accept = a => NestedRunAway((double[])a[0], (double)a[1]) },

            // An argmin: the running best only tests read, the result through the index it picks.
            new ArrayCase("LrvArgminThroughIndex", """
                [Differentiable]
                public static double LrvArgminThroughIndex(double[] x, double a)
                {
                    double best = double.PositiveInfinity;
                    int bi = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double v = (x[i] - a) * (x[i] - a);
                        if (v < best) { best = v; bi = i; }
                    }
                    return x[bi] * a + best * 0;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }) { Sizes = ArrayCase.NonEmpty, Accept = a => Apart(((double[])a[0]).Select(v => (v - (double)a[1]) * (v - (double)a[1])).ToArray()) },

            // Compound assignments of every kind on locals, a tuple mixing a useful and a tested-only value.
            new ArrayCase("LrvCompoundsAndTuple", """
                [Differentiable]
                public static double LrvCompoundsAndTuple(double[] x, double a)
                {
                    double p = 1, q = 2, flagv = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        p *= 1 + 0.1 * a * x[i];
                        q /= 1.1 + 0.05 * x[i] * x[i];
                        q -= 0.01 * a;
                        (p, flagv) = (p + 0.01, p - q);
                        if (flagv > 100) p += 1;
                    }
                    return p + q;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            // A switch expression in a loop choosing the element of a local array the loop before fills.
            new ArrayCase("LrvSwitchExpressionArray", """
                [Differentiable]
                public static double LrvSwitchExpressionArray(double[] x, double a)
                {
                    double[] t = new double[x.Length];
                    for (int i = 0; i < x.Length; i++) t[i] = Math.Exp(a * x[i]);
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                        s += (i % 3) switch { 0 => t[i], 1 => t[i] * x[i], _ => a };
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A guard, then while (true) whose iteration holds a switch with loops in its sections.
            new ArrayCase("LrvGuardWhileTrueSwitch", """
                [Differentiable]
                public static double LrvGuardWhileTrueSwitch(double[] x, double a)
                {
                    if (x.Length == 0) return a * a;
                    double s = 0;
                    int k = 0;
                    while (true)
                    {
                        switch (k % 2)
                        {
                            case 0:
                                for (int i = 0; i < x.Length; i++) s += a * x[i];
                                break;
                            default:
                                for (int i = 0; i < x.Length; i++) s *= 0.9 + 0.01 * x[i];
                                break;
                        }
                        k++;
                        if (k == 4) return s + x[0];
                    }
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            // for (;;) with a continue before a local array and its loops, and a return after them.
            new ArrayCase("LrvForeverContinueLoop", """
                [Differentiable]
                public static double LrvForeverContinueLoop(double[] x, double a)
                {
                    double s = 0;
                    for (int k = 0; ; k++)
                    {
                        if (k % 3 == 1) continue;
                        double[] t = new double[x.Length];
                        for (int i = 0; i < x.Length; i++) t[i] = Math.Sin(a * x[i] + k);
                        for (int i = 0; i < x.Length; i++) s += t[i];
                        if (k >= 5) return s * a;
                    }
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),
        };

        public static readonly ArrayCase[] Float =
        {
            ArrayCase.FloatTwinOf(Double.Single(c => c.Name == "LrvTestAndArithmetic"), """
                [Differentiable]
                public static float LrvTestAndArithmeticFloat(float[] x, float a)
                {
                    float s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        float d = a * x[i] - 0.3f;
                        if (d > 0) s += d * d;
                    }
                    return s;
                }
                """),
            ArrayCase.FloatTwinOf(Double.Single(c => c.Name == "LrvBreakThenTail"), """
                [Differentiable]
                public static float LrvBreakThenTailFloat(float[] x, float a)
                {
                    float s = 0, last = 0;
                    for (int k = 0; k < 4; k++)
                    {
                        if (s > 3) break;
                        float q = 0;
                        for (int i = 0; i < x.Length; i++) q += a * x[i] * x[i];
                        s += q + 0.5f;
                        last = q * a;
                    }
                    return s + last;
                }
                """),
        };

        private static bool Kinks(double[] x, double a)
        {
            double s = a;
            foreach (double v in x) { s += v * v * a; if (System.Math.Abs(s - 3) < 0.05) return false; if (s > 3) return true; }
            return true;
        }

        private static bool WhileTrueAway(double[] x, double a)
        {
            double s = 0;
            foreach (double v in x) { s += System.Math.Exp(a * v); if (System.Math.Abs(s - 4) < 0.05) return false; if (s > 4) return true; }
            return true;
        }

        private static bool Distinct(double[] x, double a)
        {
            var v = x.Select(e => a * e + e * e).OrderBy(e => e).ToArray();
            for (int i = 1; i < v.Length; i++) if (v[i] - v[i - 1] < 0.05) return false;
            return true;
        }

        private static bool BreakAway(double[] x, double a)
        {
            double s = 0;
            for (int k = 0; k < 3; k++)
            {
                if (System.Math.Abs(s - 2) < 0.05) return false;
                if (s > 2) break;
                foreach (double v in x) s += a * v * v + 0.25;
            }
            return true;
        }

        private static bool BreakTailAway(double[] x, double a)
        {
            double s = 0;
            for (int k = 0; k < 4; k++)
            {
                if (System.Math.Abs(s - 3) < 0.05) return false;
                if (s > 3) break;
                s += a * x.Sum(v => v * v) + 0.5;
            }
            return true;
        }
    

        private static bool TwoBreaksAway(double[] x, double a)
        {
            double s = 0, q = x.Sum(v => v * v);
            for (int k = 0; k < 4; k++)
            {
                if (System.Math.Abs(s - 4) < 0.05) return false;
                if (s > 4) break;
                s += a * q;
                if (System.Math.Abs(s - 2) < 0.05) return false;
                if (s > 2) break;
                s += x.Length * (0.3 + a * 0.1);
            }
            return true;
        }

        private static bool BreakOnArrayAway(double[] x, double a)
        {
            double t0 = 0;
            for (int k = 0; k < 3; k++)
            {
                if (System.Math.Abs(t0 - 1) < 0.05) return false;
                if (t0 > 1) break;
                t0 += a * x[0] * x[0] + 0.2;
            }
            return true;
        }

        private static bool WhileBreakAway(double[] x, double a)
        {
            double s = 0, q = x.Sum(v => System.Math.Exp(a * v));
            for (int k = 0; k < 5; k++)
            {
                if (System.Math.Abs(s - 3) < 0.05) return false;
                if (s > 3) break;
                s += q * 0.5;
            }
            return true;
        }

        private static bool InnerReturnAway(double[] x, double a)
        {
            double s = 0;
            for (int pass = 0; pass < 1000; pass++)
                foreach (double v in x) { s += a * v * v + 0.1; if (System.Math.Abs(s - 3) < 0.05) return false; if (s > 3) return true; }
            return true;
        }


        private static bool CubeAway(double[] x, double a)
        {
            double s = 0, q = x.Sum(v => System.Math.Pow(a * v, 3) * 0.1 + 0.2);
            for (int k = 0; k < 4; k++) { if (System.Math.Abs(s - 2) < 0.05) return false; if (s > 2) break; s += q; }
            return true;
        }

        private static bool MAway(double a)
        {
            double m = a;
            for (int k = 0; k < 5; k++) { if (System.Math.Abs(m - 3) < 0.05) return false; if (m > 3) break; m = m * 1.5 + 0.1; }
            return true;
        }

        private static bool MaxAway(double[] x, double a)
        {
            var v = Enumerable.Range(0, 3).Select(k => x.Sum(e => System.Math.Tanh(a * e + k)) * (k - 1.3)).OrderBy(e => e).ToArray();
            return v[2] - v[1] > 0.05;
        }


        private static bool Frac(double v) => System.Math.Abs(v - System.Math.Round(v)) > 0.05;

        private static bool IndexAway(double[] x, double a)
        {
            double run = 0;
            foreach (double v in x) { run += System.Math.Abs(a * v) + 1; if (System.Math.Abs(run - System.Math.Round(run)) < 0.2 || System.Math.Abs(a * v) < 0.05) return false; }
            return true;
        }

        private static bool SqAway(double[] x, double a)
        {
            double run = 0;
            foreach (double v in x) { run += a * v; if (System.Math.Abs(run * run - 1) < 0.05) return false; }
            return true;
        }

        private static bool HalfAway(double[] x, double a)
        {
            double run = 0;
            foreach (double v in x) { run = run * 0.5 + a * v; if (System.Math.Abs(run - 0.3) < 0.05) return false; }
            return true;
        }


        private static bool FlagAway(double[] x, double a)
        {
            double s = 0, q = x.Sum(v => a * v * v + 0.3);
            for (int k = 0; k < 4; k++) { if (k == 1) continue; if (System.Math.Abs(s - 2.5) < 0.05) return false; if (s > 2.5) break; s += q; }
            return true;
        }

        private static bool DoAway(double[] x, double a)
        {
            double s = 0, q = x.Sum(v => a * v * v + 0.3);
            for (int k = 0; k < 5; k++) { if (System.Math.Abs(s - 2.5) < 0.05) return false; if (s > 2.5) break; s += q; }
            return true;
        }

        private static bool ReturnRestAway(double[] x, double a)
        {
            double s = 0, q = x.Sum(v => a * v * v + 0.3);
            for (int k = 0; k < 5; k++)
            {
                if (System.Math.Abs(s - 2.5) < 0.05) return false;
                if (s > 2.5) break;
                s += q;
                if (System.Math.Abs(s - 1.7) < 0.05) return false;
                if (s > 1.7) break;
            }
            return true;
        }

        private static bool Fifty(double[] x, double a)
        {
            double s = 0;
            for (int k = 1; k < 4; k++) { s += x.Sum(v => a * v * k * a * v * k); if (System.Math.Abs(s - 50) < 0.5) return false; if (s > 50) break; }
            return true;
        }


        private static bool ShapesAway(double[] x, double a)
        {
            int n = x.Length;
            double q = 0;
            for (int i = n - 1; i >= 0; i--) q += a * x[i] * x[i] * 0.25;
            for (int i = 1; i <= n; i++) q += 0.05 * a * i;
            for (int i = 0; i < n; i += 2) q += 0.1 * x[i] * x[i] * a;
            q += 0.02 * n + 0.01 * a * n;
            double s = 0;
            for (int k = 0; k < 5; k++) { if (System.Math.Abs(s - 2.5) < 0.05) return false; if (s > 2.5) break; s += q; }
            return true;
        }


        private static bool NestedRunAway(double[] x, double a)
        {
            for (int k = 0; k < 2; k++)
            {
                double run = k * 0.3;
                foreach (double v in x) { if (System.Math.Abs(run - 0.8) < 0.05) return false; run += a * v * v; }
            }
            return true;
        }

        private static bool Apart(double[] values)
        {
            var v = values.OrderBy(e => e).ToArray();
            for (int i = 1; i < v.Length; i++) if (v[i] - v[i - 1] < 0.05) return false;
            return true;
        }

        private static bool RunAway(double[] x, double a, double limit)
        {
            double run = 0;
            foreach (double v in x) { run += a * v * v; if (System.Math.Abs(run - limit) < 0.05) return false; }
            return true;
        }

        private static bool MixAway(double[] x, double a)
        {
            double s = 0;
            foreach (double v in x)
            {
                if (System.Math.Abs(v - 1.5) < 0.05) return false;
                if (v > 1.5) break;
                s += a * v * a * v;
                if (System.Math.Abs(s - 5) < 0.05) return false;
                if (s > 5) break;
            }
            return true;
        }

        private static bool ContinueAway(double[] x, double a)
        {
            double s = 0;
            for (int k = 0; k < 4; k++)
            {
                if (k == 1) continue;
                s += a * x.Sum(v => v * v) + 0.5;
                if (System.Math.Abs(s - 3) < 0.05) return false;
                if (s > 3) break;
            }
            return true;
        }

        private static bool BreakRestAway(double[] x, double a)
        {
            double s = 0, w = 1;
            for (int k = 0; k < 4; k++)
            {
                if (System.Math.Abs(s - 2.5) < 0.05) return false;
                if (s > 2.5) break;
                s += x.Sum(v => a * v * v + 0.1);
                w *= 1 + a * 0.1;
                s += w;
            }
            return true;
        }
    }
}
