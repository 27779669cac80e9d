using System;
using System.Linq;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// Adversarial review of two lifts: a call passing an array to a method that differentiates it inside an if, a switch
    /// section or after <c>if (...) continue;</c> / <c>break;</c> (the if taken apart, the run holding the call in a loop of
    /// one iteration: ProgramLowering.BranchedLoops.cs RunOnce, CallInBranchCases), and an integer local stepped inside an
    /// expression (<c>x[k++]</c>, <c>buf[n++] = v</c>, <c>x[--k]</c>: read there, stepped after the statement,
    /// ProgramLowering.Integers.cs SteppedInStatement, SteppedIndexCases). Else-if chains, nested ifs, switch sections with
    /// shared labels, when guards and default, calls beside loops and local arrays, calls after continue and break with
    /// more statements, tests reading what an earlier call changed, recursion, a [DerivativeOf] callee, guards that keep
    /// x[0] from an empty array; steps in element writes, compound assignments, declarations, deconstructions, call
    /// arguments, local functions, integer ?:, switch arms, conditions, loop headers, long/short/uint/byte counters, a
    /// stepped parameter, in-place compaction, and both lifts together. Wrong or failing without a diagnostic
    /// (KnownBugs.Open): k++ in an arm of an integer ?: stepped unconditionally (BcsStepInIntegerChoiceIndex,
    /// BcsStepInIntegerChoiceDeclaration); a local function that reads or steps the captured counter of the statement that
    /// calls it (BcsStepThenLocalFunctionReads, BcsStepInsideLocalFunction, BcsStepArgumentAndCapture); k++ in a for loop's
    /// initializer printed as 'for (int i = k, k++; ...)' (BcsStepInForInitializer, CS1002); a call in a switch section's
    /// when guard computed before the switch, throwing where C# never evaluates it (BcsSwitchGuardCallSkipped,
    /// BcsSwitchGuardCallFirst). Declined shapes are in KnownBugs.NotSupportedYet.
    /// </summary>
    public static class BranchCallStepReviewCases
    {
        private const string Helpers = """
            [Differentiable]
            public static double BcsL2(double[] w)
            {
                double s = 0;
                for (int i = 0; i < w.Length; i++) s += w[i] * w[i];
                return s;
            }

            [Differentiable]
            public static double BcsDot(double[] a, double[] b)
            {
                double s = 0;
                for (int i = 0; i < a.Length; i++) s += a[i] * b[i];
                return s;
            }

            [Differentiable]
            public static double BcsAt(double[] v, int j) => v[j] * v[j] + Math.Sin(v[j]);

            """;

        private static double L2(double[] w) => w.Sum(v => v * v);

        private static bool Away(double value, double from, double gap = 0.05) => Math.Abs(value - from) > gap;

        public static readonly ArrayCase[] Double =
        {
            // ---------------------------------------------------------------- calls in ifs, switch sections, after exits

            // An else-if chain, a call on each side.
            new ArrayCase("BcsElseIfChain", Helpers + """
                [Differentiable]
                public static double BcsElseIfChain(double[] w, double[] x, double a)
                {
                    double s = a * a;
                    if (a > 0.5) s += BcsL2(w);
                    else if (a > -0.5) s += BcsDot(w, x) * a;
                    else s -= a * BcsL2(x);
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n), Uniform(r, -1.5, 1.5) }) { Accept = p => Away((double)p[2], 0.5) && Away((double)p[2], -0.5) },

            // A call at each level of two nested ifs, statements between.
            new ArrayCase("BcsNestedCallEachLevel", Helpers + """
                [Differentiable]
                public static double BcsNestedCallEachLevel(double[] w, double[] x, double a, double b)
                {
                    double s = b;
                    if (a > 0)
                    {
                        s += BcsL2(w) * a;
                        if (b > 0)
                        {
                            s *= BcsDot(w, x);
                        }
                        else
                        {
                            s += b * b;
                        }

                        s += a;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n), Uniform(r, -1, 1), Uniform(r, -1, 1) }) { Accept = p => Away((double)p[2], 0) && Away((double)p[3], 0) },

            // Two labels on one section, default last.
            new ArrayCase("BcsSwitchLabelsAndDefault", Helpers + """
                [Differentiable]
                public static double BcsSwitchLabelsAndDefault(double[] w, double[] x, int mode, double a)
                {
                    double s = a;
                    switch (mode)
                    {
                        case 0:
                            s += a * a;
                            break;
                        case 1:
                        case 2:
                            s += BcsL2(w) * a;
                            break;
                        default:
                            s += BcsDot(w, x);
                            s *= a;
                            break;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n), r.Next(4), Uniform(r, -1, 1) }),

            // A switch on the counter inside a loop, calls in two sections.
            new ArrayCase("BcsSwitchInLoop", Helpers + """
                [Differentiable]
                public static double BcsSwitchInLoop(double[] w, double[] x, double a)
                {
                    double s = 0;
                    for (int t = 0; t < 5; t++)
                    {
                        switch (t % 3)
                        {
                            case 0:
                                s += BcsL2(w) * (t + a);
                                break;
                            case 1:
                                s *= a;
                                break;
                            default:
                                s += BcsDot(w, x) * s;
                                break;
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A when guard on a differentiated value, the same label again, default.
            new ArrayCase("BcsSwitchWhenGuard", Helpers + """
                [Differentiable]
                public static double BcsSwitchWhenGuard(double[] w, int mode, double a)
                {
                    double s = a;
                    switch (mode)
                    {
                        case 0 when a > 0:
                            s += BcsL2(w);
                            break;
                        case 0:
                            s -= BcsL2(w) * a;
                            break;
                        default:
                            s += a * a;
                            break;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), r.Next(2), Uniform(r, -1, 1) }) { Accept = p => Away((double)p[2], 0) },

            // An if holding a call inside a switch section.
            new ArrayCase("BcsIfInSwitchSection", Helpers + """
                [Differentiable]
                public static double BcsIfInSwitchSection(double[] w, int mode, double a)
                {
                    double s = a;
                    switch (mode)
                    {
                        case 0:
                            if (a > 0) s += BcsL2(w);
                            s *= a;
                            break;
                        case 1:
                            s += a;
                            break;
                        default:
                            s += BcsDot(w, w) * a;
                            break;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), r.Next(3), Uniform(r, -1, 1) }) { Accept = p => Away((double)p[2], 0) },

            // A switch holding calls inside an if.
            new ArrayCase("BcsSwitchInIf", Helpers + """
                [Differentiable]
                public static double BcsSwitchInIf(double[] w, int mode, double a)
                {
                    double s = a;
                    if (a > -0.5)
                    {
                        switch (mode)
                        {
                            case 1:
                                s += BcsL2(w);
                                break;
                            default:
                                s -= a;
                                break;
                        }

                        s *= 2;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), r.Next(3), Uniform(r, -1, 1) }) { Accept = p => Away((double)p[2], -0.5) },

            // The call's value declared in the if and read in a loop after it, inside the if.
            new ArrayCase("BcsCallValueReadInLoopInIf", Helpers + """
                [Differentiable]
                public static double BcsCallValueReadInLoopInIf(double[] w, double[] x, double a)
                {
                    double s = 0;
                    if (a > 0)
                    {
                        double p = BcsL2(w);
                        for (int i = 0; i < x.Length; i++) s += p * x[i] * a;
                        s += p;
                    }

                    return s + a;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Away((double)p[2], 0) },

            // Several calls in one run.
            new ArrayCase("BcsSeveralCallsOneRun", Helpers + """
                [Differentiable]
                public static double BcsSeveralCallsOneRun(double[] w, double[] x, double a)
                {
                    double s = a;
                    if (a > -0.3)
                    {
                        double p = BcsL2(w);
                        double q = BcsDot(w, x);
                        s += p * q;
                        s += BcsL2(x) * a;
                        s = s * 0.5 + BcsDot(x, x);
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Away((double)p[2], -0.3) },

            // A local array, a loop and two calls on one side, a call on the other.
            new ArrayCase("BcsLocalArrayLoopCallInIf", Helpers + """
                [Differentiable]
                public static double BcsLocalArrayLoopCallInIf(double[] w, double a)
                {
                    double s = 0;
                    if (a > 0)
                    {
                        double[] h = new double[w.Length];
                        for (int i = 0; i < w.Length; i++) h[i] = Math.Tanh(w[i] * a);
                        s += BcsL2(h);
                        s += BcsDot(h, w);
                    }
                    else
                    {
                        s -= a * BcsL2(w);
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Away((double)p[1], 0) },

            // A local array made on each side and passed on.
            new ArrayCase("BcsLocalArrayEachSide", Helpers + """
                [Differentiable]
                public static double BcsLocalArrayEachSide(double[] w, double a)
                {
                    double s = a;
                    if (a > 0)
                    {
                        double[] v = new double[w.Length];
                        for (int i = 0; i < w.Length; i++) v[i] = w[i] * a;
                        s += BcsL2(v);
                    }
                    else
                    {
                        double[] u = new double[w.Length];
                        for (int i = 0; i < w.Length; i++) u[i] = w[i] - a;
                        s += BcsDot(u, w);
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Away((double)p[1], 0) },

            // A call in an if inside a loop inside an if.
            new ArrayCase("BcsIfLoopIfCall", Helpers + """
                [Differentiable]
                public static double BcsIfLoopIfCall(double[] w, double[] x, double a)
                {
                    double s = 0;
                    if (a > -0.5)
                    {
                        for (int t = 0; t < 3; t++)
                        {
                            if (t != 1) s += BcsL2(w) * (t + a);
                            else s += BcsDot(w, x);
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Away((double)p[2], -0.5) },

            // After if (...) continue;, a call and more statements that read what it changed.
            new ArrayCase("BcsContinueThenMore", Helpers + """
                [Differentiable]
                public static double BcsContinueThenMore(double[] w, double a)
                {
                    double s = 0;
                    for (int t = 0; t < 4; t++)
                    {
                        double q = Math.Sin(a * (t + 1));
                        if (q < 0) continue;
                        s += BcsL2(w) * q;
                        s = s * 0.9;
                        double z = s * q;
                        s += z * z;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -2, 2) }) { Accept = p => Enumerable.Range(0, 4).All(t => Math.Abs(Math.Sin((double)p[1] * (t + 1))) > 0.03) },

            // After if (...) break; whose test reads what the calls of earlier iterations added.
            new ArrayCase("BcsBreakThenCall", Helpers + """
                [Differentiable]
                public static double BcsBreakThenCall(double[] w, double a)
                {
                    double s = 0;
                    for (int t = 0; t < 5; t++)
                    {
                        if (s > 3) break;
                        s += BcsL2(w) * a * a + 0.1 * t;
                        s *= 1.1;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1.5, 1.5) }) { Accept = p => BreakThenCallAway((double[])p[0], (double)p[1]) },

            // A call, then if (...) break; reading the sum so far, then another call.
            new ArrayCase("BcsBreakBetweenCalls", Helpers + """
                [Differentiable]
                public static double BcsBreakBetweenCalls(double[] w, double[] x, double a)
                {
                    double s = 0;
                    for (int t = 0; t < 5; t++)
                    {
                        s += a;
                        if (s > 1.5) break;
                        s += BcsDot(w, x) * 0.1;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Vector(r, n, -1, 1), Uniform(r, -1, 1) }) { Accept = p => BreakBetweenCallsAway((double[])p[0], (double[])p[1], (double)p[2]) },

            // The second if's test reads what the first if's call added.
            new ArrayCase("BcsTestReadsCallResult", Helpers + """
                [Differentiable]
                public static double BcsTestReadsCallResult(double[] w, double[] x, double a)
                {
                    double s = a;
                    if (s > 0) s += BcsL2(w);
                    if (s > 1) s = s * BcsDot(w, x);
                    else s -= BcsL2(x);
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Vector(r, n), Uniform(r, -1.5, 1.5) }) { Accept = p => Away((double)p[2], 0) && Away((double)p[2] + ((double)p[2] > 0 ? L2((double[])p[0]) : 0), 1) },

            // A recursion whose base case is the if's test: the method passes its own array to itself.
            new ArrayCase("BcsRecursiveDepth", """
                [Differentiable]
                public static double BcsRecursiveDepth(double[] w, int depth)
                {
                    double s = 0;
                    for (int i = 0; i < w.Length; i++) s += Math.Sin(w[i]) * (depth + 1);
                    if (depth > 0) s += 0.5 * BcsRecursiveDepth(w, depth - 1) * s;
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), r.Next(4) }),

            // A callee with a [DerivativeOf] derivative (of its scalar; the array it takes is data), called in an if.
            new ArrayCase("BcsCustomInIf", """
                public static class BcsLib
                {
                    public static double Weighted(double[] data, double a)
                    {
                        double s = 0;
                        foreach (double v in data) s += Math.Sin(v * a);
                        return s;
                    }
                }

                [DerivativeOf(typeof(BcsLib), nameof(BcsLib.Weighted))]
                public static double BcsWeightedDerivative(double[] data, double a, out double dA)
                {
                    double s = 0;
                    dA = 0;
                    for (int i = 0; i < data.Length; i++)
                    {
                        s += Math.Sin(data[i] * a);
                        dA += data[i] * Math.Cos(data[i] * a);
                    }

                    return s;
                }

                [Differentiable("w", "a")]
                public static double BcsCustomInIf(double[] w, double[] data, double a)
                {
                    double s = a;
                    for (int i = 0; i < w.Length; i++) s += w[i] * a;
                    if (a > 0) s += a * BcsLib.Weighted(data, a);
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Away((double)p[2], 0) },

            // The if keeps w[0] and w[1] from an empty or one-element array.
            new ArrayCase("BcsEmptyGuard", Helpers + """
                [Differentiable]
                public static double BcsEmptyGuard(double[] w, double a)
                {
                    double s = a;
                    if (w.Length > 1)
                    {
                        double d = w[1] - w[0];
                        s += d * BcsL2(w);
                    }

                    for (int i = 0; i < w.Length; i++) s += w[i] * a;
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // The last element, only where there is one.
            new ArrayCase("BcsLastWhereAny", Helpers + """
                [Differentiable]
                public static double BcsLastWhereAny(double[] w, double a)
                {
                    double s = a * a;
                    int k = w.Length - 1;
                    if (k >= 0) s += w[k] * BcsL2(w);
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // A call in an if in a while loop whose counter is stepped after it.
            new ArrayCase("BcsCallInIfInWhile", Helpers + """
                [Differentiable]
                public static double BcsCallInIfInWhile(double[] w, double a)
                {
                    double s = 0;
                    int k = 0;
                    while (k < 4)
                    {
                        if (k % 2 == 1) s += BcsL2(w) * k;
                        else s += a * k;
                        k++;
                    }

                    return s * a;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // An element of a local array changed in the run, then the array passed; passed again after the if.
            new ArrayCase("BcsWrittenInRunThenPassed", Helpers + """
                [Differentiable]
                public static double BcsWrittenInRunThenPassed(double[] w, double a)
                {
                    double[] h = new double[w.Length];
                    for (int i = 0; i < w.Length; i++) h[i] = w[i] * w[i];
                    double s = 0;
                    if (a > 0 && h.Length > 0)
                    {
                        h[0] = h[0] * a + 1;
                        s += BcsDot(h, w);
                    }

                    return s + BcsL2(h);
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Away((double)p[1], 0) },

            // A carried value overwritten from itself in the run, in a loop.
            new ArrayCase("BcsCarriedOverwrittenInRun", Helpers + """
                [Differentiable]
                public static double BcsCarriedOverwrittenInRun(double[] w, double a)
                {
                    double s = a;
                    for (int t = 0; t < 3; t++)
                    {
                        if (t != 1)
                        {
                            s = s * s * 0.5;
                            s += BcsL2(w) * 0.1;
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // The call only in the else.
            new ArrayCase("BcsCallInElseOnly", Helpers + """
                [Differentiable]
                public static double BcsCallInElseOnly(double[] w, double a)
                {
                    double s = a;
                    if (a > 0) s += a;
                    else s += BcsL2(w) * a;
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Away((double)p[1], 0) },

            // A local function that calls the method with the array, called in an if.
            new ArrayCase("BcsLocalFunctionWrapsCall", Helpers + """
                [Differentiable]
                public static double BcsLocalFunctionWrapsCall(double[] w, double a)
                {
                    double Penalty() => BcsL2(w);
                    double s = a;
                    for (int i = 0; i < w.Length; i++) s += w[i];
                    if (a > 0) s += a * Penalty();
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Away((double)p[1], 0) },

            // An integer the run changes, read after the if in the same iteration.
            new ArrayCase("BcsIntegerChangedInRun", Helpers + """
                [Differentiable]
                public static double BcsIntegerChangedInRun(double[] w, double a)
                {
                    double s = 0;
                    int m = 1;
                    for (int t = 0; t < 3; t++)
                    {
                        if (a > 0.2 * t)
                        {
                            m = m + 2;
                            s += BcsL2(w) * m;
                        }

                        s += m * a;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Away((double)p[1], 0, 0.03) && Away((double)p[1], 0.2, 0.03) && Away((double)p[1], 0.4, 0.03) },

            // Each side assigns the same local from a call of the same method.
            new ArrayCase("BcsBothSidesSameCallee", Helpers + """
                [Differentiable]
                public static double BcsBothSidesSameCallee(double[] w, double[] x, double a)
                {
                    double p;
                    if (a > 0) p = BcsL2(w);
                    else p = BcsL2(x);
                    double s = 0;
                    for (int i = 0; i < w.Length; i++) s += w[i] * x[i];
                    return p * a + s;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Away((double)p[2], 0) },

            // A call in two nested loops inside an if.
            new ArrayCase("BcsCallInNestedLoopsInIf", Helpers + """
                [Differentiable]
                public static double BcsCallInNestedLoopsInIf(double[] w, double a)
                {
                    double s = 0;
                    if (a > 0)
                    {
                        for (int i = 0; i < 2; i++)
                        {
                            for (int j = 0; j < 2; j++) s += BcsL2(w) * (i + j + a);
                        }
                    }

                    return s + a;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Away((double)p[1], 0) },

            // After if (...) continue;, a call and then a loop.
            new ArrayCase("BcsContinueCallLoop", Helpers + """
                [Differentiable]
                public static double BcsContinueCallLoop(double[] w, double a)
                {
                    double s = 0;
                    for (int t = 0; t < 4; t++)
                    {
                        if (t == 1) continue;
                        s += BcsL2(w) * a;
                        for (int i = 0; i < w.Length; i++) s += w[i] * t * s;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -0.5, 0.5), Uniform(r, -1, 1) }),

            // After if (...) continue;, an if holding a call.
            new ArrayCase("BcsContinueThenIfCall", Helpers + """
                [Differentiable]
                public static double BcsContinueThenIfCall(double[] w, double a)
                {
                    double s = 0;
                    for (int t = 0; t < 4; t++)
                    {
                        if (t == 0) continue;
                        if (a > 0) s += BcsL2(w) * t;
                        s += a;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Away((double)p[1], 0) },

            // A guard on an integer parameter.
            new ArrayCase("BcsIntParamGuard", Helpers + """
                [Differentiable]
                public static double BcsIntParamGuard(double[] w, int n, double a)
                {
                    double s = a;
                    if (n > 2) s += BcsL2(w) * a;
                    else s += a * n;
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), r.Next(5), Uniform(r, -1, 1) }),

            // A local array passed in the if, then overwritten from itself, then passed again.
            new ArrayCase("BcsPassedThenOverwritten", Helpers + """
                [Differentiable]
                public static double BcsPassedThenOverwritten(double[] w, double a)
                {
                    double[] h = new double[w.Length];
                    for (int i = 0; i < w.Length; i++) h[i] = w[i] * a;
                    double s = 0;
                    if (a > 0) s += BcsL2(h);
                    for (int i = 0; i < w.Length; i++) h[i] = h[i] * h[i];
                    s += BcsL2(h);
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Away((double)p[1], 0) },

            // The call in the if's test.
            new ArrayCase("BcsCallInIfTest", Helpers + """
                [Differentiable]
                public static double BcsCallInIfTest(double[] w, double a)
                {
                    double s = 0;
                    for (int i = 0; i < w.Length; i++) s += w[i] * a;
                    if (BcsL2(w) > 1) s += a * a;
                    else s -= a;
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }) { Accept = p => Away(L2((double[])p[0]), 1) },

            // No loop of its own: one call in an if.
            new ArrayCase("BcsOnlyTheIf", Helpers + """
                [Differentiable]
                public static double BcsOnlyTheIf(double[] w, double a)
                {
                    double s = a * a;
                    if (a > 0) s += BcsL2(w);
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Away((double)p[1], 0) },

            // A call whose argument is a field of data.
            new ArrayCase("BcsFieldArgumentInIf", Helpers + """
                private static readonly double[] BcsWeights = { 0.5, -1, 2 };

                [Differentiable]
                public static double BcsFieldArgumentInIf(double[] w, double a)
                {
                    double s = a;
                    for (int i = 0; i < w.Length; i++) s += w[i] * w[i] * a;
                    if (a > 0) s += a * BcsL2(BcsWeights);
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Away((double)p[1], 0) },

            // A call in an if inside a loop whose iteration ends early by a later if (...) break; after it.
            new ArrayCase("BcsCallThenBreakAfterIf", Helpers + """
                [Differentiable]
                public static double BcsCallThenBreakAfterIf(double[] w, double a)
                {
                    double s = 0;
                    for (int t = 0; t < 5; t++)
                    {
                        if (t % 2 == 0) s += BcsL2(w) * a;
                        s += 0.5;
                        if (s > 2.2) break;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }) { Accept = p => CallThenBreakAway((double[])p[0], (double)p[1]) },

            // ---------------------------------------------------------------- integers stepped inside an expression

            // k++ in one arm of an integer ?: used as an index: C# steps k only where the test holds.
            new ArrayCase("BcsStepInIntegerChoiceIndex", """
                [Differentiable]
                public static double BcsStepInIntegerChoiceIndex(double[] x, double a)
                {
                    double s = 0;
                    int k = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += a * x[i % 2 == 0 ? k++ : 0] * x[i];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // k++ in one arm of an integer ?: in a declaration, the test on a differentiated value.
            new ArrayCase("BcsStepInIntegerChoiceDeclaration", """
                [Differentiable]
                public static double BcsStepInIntegerChoiceDeclaration(double[] x, double a)
                {
                    double s = 0;
                    int k = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        int j = x[i] > 0 ? k++ : -1;
                        if (j >= 0) s += x[j] * a;
                    }

                    return s;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n), Uniform(r, -1, 1) }),

            // k++ in a switch expression arm of an integer.
            new ArrayCase("BcsStepInIntegerSwitchArm", """
                [Differentiable]
                public static double BcsStepInIntegerSwitchArm(double[] x, double a)
                {
                    double s = 0;
                    int k = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        int j = (i % 3) switch { 0 => k++, _ => 0 };
                        s += x[j] * a * x[i];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // k++ in a switch expression arm of a value.
            new ArrayCase("BcsStepInValueSwitchArm", """
                [Differentiable]
                public static double BcsStepInValueSwitchArm(double[] x, double a)
                {
                    double s = 0;
                    int k = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += (i % 2) switch { 0 => x[k++] * a, _ => a * a };
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // A local function reads the captured k that the statement steps before calling it.
            new ArrayCase("BcsStepThenLocalFunctionReads", """
                [Differentiable]
                public static double BcsStepThenLocalFunctionReads(double[] x, double a)
                {
                    double s = 0;
                    int k = 0;
                    double Current() => x[k];
                    while (k + 1 < x.Length)
                    {
                        s += a * x[k++] * Current();
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // A local function steps the captured k; the statement reads k after calling it.
            new ArrayCase("BcsStepInsideLocalFunction", """
                [Differentiable]
                public static double BcsStepInsideLocalFunction(double[] x, double a)
                {
                    double s = 0;
                    int k = 0;
                    double Take() => x[k++];
                    while (k + 1 < x.Length)
                    {
                        s += a * Take() * x[k];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // A local function steps the captured k; the statement reads nothing else.
            new ArrayCase("BcsStepInsideLocalFunctionAlone", """
                [Differentiable]
                public static double BcsStepInsideLocalFunctionAlone(double[] x, double a)
                {
                    double s = 0;
                    int k = 0;
                    double Take() => x[k++];
                    for (int i = 0; i < x.Length; i++) s += a * Take() * x[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // k++ as the argument of a local function whose parameter is read twice.
            new ArrayCase("BcsStepAsLocalFunctionArgument", """
                [Differentiable]
                public static double BcsStepAsLocalFunctionArgument(double[] x, double a)
                {
                    double Sq(int j) => x[j] * x[j] + a * x[j];
                    double s = 0;
                    int k = 0;
                    while (k < x.Length) s += Sq(k++) * a;
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // An element of a local array stepped into by a compound assignment.
            new ArrayCase("BcsStepCompoundElement", """
                [Differentiable]
                public static double BcsStepCompoundElement(double[] x, double a)
                {
                    double[] buf = new double[x.Length];
                    for (int i = 0; i < x.Length; i++) buf[i] = x[i];
                    int m = 0;
                    for (int i = 0; i < x.Length; i++) buf[m++] += a * x[i] * buf[i];
                    double s = 0;
                    for (int i = 0; i < m; i++) s += buf[i] * buf[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // buf[m++] *= e where the element was written before.
            new ArrayCase("BcsStepCompoundMultiply", """
                [Differentiable]
                public static double BcsStepCompoundMultiply(double[] x, double a)
                {
                    double[] buf = new double[x.Length];
                    for (int i = 0; i < x.Length; i++) buf[i] = x[i] + a;
                    int m = x.Length;
                    for (int i = 0; i < x.Length; i++) buf[--m] *= x[i];
                    double s = 0;
                    for (int i = 0; i < x.Length; i++) s += buf[i] * (i + 1);
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // An element incremented at a stepped index.
            new ArrayCase("BcsStepElementIncrement", """
                [Differentiable]
                public static double BcsStepElementIncrement(double[] x, double a)
                {
                    double[] buf = new double[x.Length];
                    for (int i = 0; i < x.Length; i++) buf[i] = x[i] * a;
                    int m = 0;
                    for (int i = 0; i < x.Length; i += 2) buf[m++]++;
                    double s = 0;
                    for (int i = 0; i < x.Length; i++) s += buf[i] * buf[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // Two counters stepped in one statement, one up, one down.
            new ArrayCase("BcsStepTwoCounters", """
                [Differentiable]
                public static double BcsStepTwoCounters(double[] x, double a)
                {
                    double s = 0;
                    int k = 0;
                    int j = x.Length - 1;
                    for (int i = 0; i < x.Length; i++) s += x[k++] * x[j--] * a;
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // A long counter.
            new ArrayCase("BcsStepLong", """
                [Differentiable]
                public static double BcsStepLong(double[] x, double a)
                {
                    double s = 0;
                    long k = 0;
                    for (int i = 0; i < x.Length; i++) s += x[k++] * Math.Sin(a * i);
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // A short counter.
            new ArrayCase("BcsStepShort", """
                [Differentiable]
                public static double BcsStepShort(double[] x, double a)
                {
                    double s = 0;
                    short k = 0;
                    for (int i = 0; i < x.Length; i++) s += x[k++] * Math.Cos(a * i);
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // A uint counter stepped down before the read.
            new ArrayCase("BcsStepUintPrefix", """
                [Differentiable]
                public static double BcsStepUintPrefix(double[] x, double a)
                {
                    double s = 0;
                    uint k = (uint)x.Length;
                    for (int i = 0; i < x.Length; i++) s += x[--k] * x[i] * a;
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // A byte counter.
            new ArrayCase("BcsStepByte", """
                [Differentiable]
                public static double BcsStepByte(double[] x, double a)
                {
                    double s = 0;
                    byte k = 0;
                    while (k < x.Length) s += x[k++] * a;
                    return s * s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // The counter is an integer parameter.
            new ArrayCase("BcsStepParameter", """
                [Differentiable]
                public static double BcsStepParameter(double[] x, double a, int k)
                {
                    double s = 0;
                    while (k < x.Length) s += a * x[k++] * x[x.Length - 1];
                    return s * s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1), r.Next(n + 1) }),

            // The counter is an integer parameter read again after the loop.
            new ArrayCase("BcsStepParameterReadAfter", """
                [Differentiable]
                public static double BcsStepParameterReadAfter(double[] x, double a, int k)
                {
                    double s = 0;
                    for (int i = 0; i < 2 && k < x.Length; i++) s += a * x[k++];
                    return s + k * a;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1), r.Next(n + 1) }),

            // k++ in a for loop's initializer.
            new ArrayCase("BcsStepInForInitializer", """
                [Differentiable]
                public static double BcsStepInForInitializer(double[] x, double a)
                {
                    double s = 0;
                    int k = 0;
                    for (int t = 0; t < 3; t++)
                    {
                        for (int i = k++; i < x.Length; i++) s += x[i] * a * (t + 1);
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // k++ in a for loop's step.
            new ArrayCase("BcsStepInForStep", """
                [Differentiable]
                public static double BcsStepInForStep(double[] x, double a)
                {
                    double s = 0;
                    int k = 2;
                    for (int i = 0; i < x.Length; i = k++) s += x[i] * x[i] * a;
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // k++ in a while loop's condition.
            new ArrayCase("BcsStepInWhileCondition", """
                [Differentiable]
                public static double BcsStepInWhileCondition(double[] x, double a)
                {
                    double s = 0;
                    int k = 0;
                    while (k++ < x.Length) s += x[k - 1] * a;
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // k++ in an if's condition.
            new ArrayCase("BcsStepInIfCondition", """
                [Differentiable]
                public static double BcsStepInIfCondition(double[] x, double a)
                {
                    double s = 0;
                    int k = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (x[k++] > 0) s += a * x[i];
                    }

                    return s;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n), Uniform(r, -1, 1) }),

            // k++ in the last return.
            new ArrayCase("BcsStepInReturn", """
                [Differentiable]
                public static double BcsStepInReturn(double[] x, double a)
                {
                    double s = 0;
                    int k = 0;
                    for (int i = 1; i < x.Length; i++) s += x[i] * a;
                    return s + x[k++];
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Sizes = ArrayCase.NonEmpty },

            // k++ as the integer argument of a [Differentiable] method that takes the array.
            new ArrayCase("BcsStepAsCallArgument", Helpers + """
                [Differentiable]
                public static double BcsStepAsCallArgument(double[] x, double a)
                {
                    double s = 0;
                    int k = 0;
                    while (k < x.Length) s += BcsAt(x, k++) * a;
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // A call hoisted before the statement, the step after it.
            new ArrayCase("BcsStepBesideHoistedCall", Helpers + """
                [Differentiable]
                public static double BcsStepBesideHoistedCall(double[] w, double[] x, double a)
                {
                    double s = 0;
                    int k = 0;
                    for (int i = 0; i < x.Length; i++) s += BcsL2(w) * x[k++] * a;
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n), Uniform(r, -1, 1) }),

            // A counter stepped in a nested loop and read after the loops as a bound.
            new ArrayCase("BcsStepNestedReadAfter", """
                [Differentiable]
                public static double BcsStepNestedReadAfter(double[] x, double a)
                {
                    double[] buf = new double[2 * x.Length];
                    int k = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        for (int j = 0; j < 2; j++) buf[k++] = x[i] * (j + a);
                    }

                    double s = 0;
                    for (int t = 0; t < k; t++) s += buf[t] * buf[t];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // A filter in a foreach body: kept values written at a stepped index under an if.
            new ArrayCase("BcsStepForeachFilter", """
                [Differentiable]
                public static double BcsStepForeachFilter(double[] x, double a)
                {
                    double[] kept = new double[x.Length];
                    int m = 0;
                    foreach (double v in x)
                    {
                        if (v > 0) kept[m++] = v * a;
                    }

                    double s = 0;
                    for (int t = 0; t < m; t++) s += kept[t] * kept[t] + kept[t];
                    return s + m * a;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n), Uniform(r, -1, 1) }),

            // ++k in a tuple deconstruction.
            new ArrayCase("BcsStepInDeconstruction", """
                [Differentiable]
                public static double BcsStepInDeconstruction(double[] x, double a)
                {
                    double s = 0;
                    double p = 0;
                    double q = 0;
                    int k = -1;
                    for (int i = 0; i < x.Length; i++)
                    {
                        (p, q) = (x[++k] * a, p + q);
                        s += p * q;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // Two declarators in one declaration, one stepping.
            new ArrayCase("BcsStepDeclarationGroup", """
                [Differentiable]
                public static double BcsStepDeclarationGroup(double[] x, double a)
                {
                    double s = 0;
                    int k = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double p = x[k++] * a, q = p * p;
                        s += q - p;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // A compound multiplication of a scalar by an element at a stepped index.
            new ArrayCase("BcsStepCompoundScalar", """
                [Differentiable]
                public static double BcsStepCompoundScalar(double[] x, double a)
                {
                    double s = 1;
                    int k = 0;
                    while (k < x.Length) s *= 1 + 0.3 * x[k++] * a;
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // int j = --k; and int j = k--; in one body.
            new ArrayCase("BcsStepIntegerDeclarations", """
                [Differentiable]
                public static double BcsStepIntegerDeclarations(double[] x, double a)
                {
                    double s = 0;
                    int k = x.Length;
                    while (k > 1)
                    {
                        int j = --k;
                        int m = k--;
                        s += x[j] * x[m - 1] * a;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // k++ inside Math.Min as an index.
            new ArrayCase("BcsStepInMathMin", """
                [Differentiable]
                public static double BcsStepInMathMin(double[] x, double a)
                {
                    double s = 0;
                    int k = 0;
                    for (int i = 0; i < x.Length + 2; i++) s += x[Math.Min(k++, x.Length - 1)] * a * i;
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Sizes = ArrayCase.NonEmpty },

            // k++ in the condition of a ?: (evaluated always).
            new ArrayCase("BcsStepInChoiceCondition", """
                [Differentiable]
                public static double BcsStepInChoiceCondition(double[] x, double a)
                {
                    double s = 0;
                    int k = 0;
                    for (int i = 0; i < x.Length; i++) s += x[k++] > 0 ? a * x[i] : -a * a;
                    return s;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n), Uniform(r, -1, 1) }),

            // k++ in the declaration of a bool local that an if tests.
            new ArrayCase("BcsStepInBoolLocal", """
                [Differentiable]
                public static double BcsStepInBoolLocal(double[] x, double a)
                {
                    double s = 0;
                    int k = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        bool positive = x[k++] > 0;
                        if (positive) s += a * x[i];
                        else s -= a;
                    }

                    return s;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n), Uniform(r, -1, 1) }),

            // A stackalloc'd span written at a stepped index.
            new ArrayCase("BcsStepStackalloc", """
                [Differentiable]
                public static double BcsStepStackalloc(double[] x, double a)
                {
                    Span<double> buf = stackalloc double[x.Length];
                    int m = 0;
                    for (int i = x.Length - 1; i >= 0; i--) buf[m++] = x[i] * a;
                    double s = 0;
                    for (int i = 0; i < x.Length; i++) s += buf[i] * x[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // In-place differences: each element written at a running index behind the one read.
            new ArrayCase("BcsStepInPlaceCompaction", """
                [Differentiable]
                public static double BcsStepInPlaceCompaction(double[] x, double a)
                {
                    double[] t = new double[x.Length];
                    for (int i = 0; i < x.Length; i++) t[i] = x[i] * a;
                    int m = 0;
                    for (int i = 1; i < x.Length; i++) t[m++] = t[i] * t[i] - t[i - 1];
                    double s = 0;
                    for (int i = 0; i < x.Length; i++) s += t[i] * (i + 2);
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // The same, written with the step in a statement of its own (the form the message advises).
            new ArrayCase("BcsStepInPlaceCompactionPlain", """
                [Differentiable]
                public static double BcsStepInPlaceCompactionPlain(double[] x, double a)
                {
                    double[] t = new double[x.Length];
                    for (int i = 0; i < x.Length; i++) t[i] = x[i] * a;
                    int m = 0;
                    for (int i = 1; i < x.Length; i++)
                    {
                        t[m] = t[i] * t[i] - t[i - 1];
                        m++;
                    }

                    double s = 0;
                    for (int i = 0; i < x.Length; i++) s += t[i] * (i + 2);
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // Both lifts: a stepped write in a run that calls, so in a loop of one iteration.
            new ArrayCase("BcsStepInOnceLoop", Helpers + """
                [Differentiable]
                public static double BcsStepInOnceLoop(double[] w, double[] x, double a)
                {
                    double[] kept = new double[x.Length];
                    int m = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (x[i] > 0)
                        {
                            kept[m++] = x[i] * BcsL2(w) * a;
                        }
                    }

                    double s = 0;
                    for (int t = 0; t < m; t++) s += kept[t] * kept[t];
                    return s + m;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), AwayFromZero(r, n), Uniform(r, -1, 1) }),

            // Both lifts: a stepped read in the statement that calls, in an if.
            new ArrayCase("BcsStepReadInCallingIf", Helpers + """
                [Differentiable]
                public static double BcsStepReadInCallingIf(double[] w, double[] x, double a)
                {
                    double s = 0;
                    int k = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (x[i] > 0) s += x[k++] * BcsL2(w);
                        else s += a * x[i];
                    }

                    return s + k * a;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), AwayFromZero(r, n), Uniform(r, -1, 1) }),

            // Both lifts: the stepped counter is the call's integer argument, in a switch section.
            new ArrayCase("BcsStepArgumentInSwitch", Helpers + """
                [Differentiable]
                public static double BcsStepArgumentInSwitch(double[] x, double a)
                {
                    double s = 0;
                    int k = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        switch (i % 2)
                        {
                            case 0:
                                s += BcsAt(x, k++) * a;
                                break;
                            default:
                                s += x[i] * a * a;
                                break;
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // Both lifts: a stepped write in a flattened if that also holds a loop, the counter read after the if.
            new ArrayCase("BcsStepInFlattenedIf", """
                [Differentiable]
                public static double BcsStepInFlattenedIf(double[] x, double a)
                {
                    double[] buf = new double[x.Length + 1];
                    int k = 0;
                    double s = 0;
                    if (a > 0)
                    {
                        for (int i = 0; i < x.Length; i++) buf[k++] = x[i] * a;
                        s += buf[k] + a;
                    }

                    for (int t = 0; t < k; t++) s += buf[t] * buf[t];
                    return s + k;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Away((double)p[1], 0) },

            // A stepped read inside an ordinary if in a loop.
            new ArrayCase("BcsStepInPlainIf", """
                [Differentiable]
                public static double BcsStepInPlainIf(double[] x, double a)
                {
                    double s = 0;
                    int k = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (x[i] * a > 0) s += x[k++] * x[i];
                        s += k * a;
                    }

                    return s;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n), Sign(r) * Uniform(r, 0.2, 1) }),

            // A do loop reading x[k++].
            new ArrayCase("BcsStepInDoLoop", """
                [Differentiable]
                public static double BcsStepInDoLoop(double[] x, double a)
                {
                    double s = 0;
                    int k = 0;
                    do
                    {
                        s += x[k++] * a;
                    }
                    while (k < x.Length);
                    return s * s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Sizes = ArrayCase.NonEmpty },

            // A reversed dot product by x[--k].
            new ArrayCase("BcsStepReverseDot", """
                [Differentiable]
                public static double BcsStepReverseDot(double[] x, double[] y)
                {
                    double s = 0;
                    int k = x.Length;
                    for (int i = 0; i < x.Length; i++) s += x[i] * y[--k];
                    return s * s;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n) }),

            // A stepped index into an integer array of data.
            new ArrayCase("BcsStepIntegerArrayIndex", """
                [Differentiable]
                public static double BcsStepIntegerArrayIndex(double[] x, double a)
                {
                    int[] order = { 2, 0, 1, 2 };
                    double s = 0;
                    int k = 0;
                    for (int i = 0; i < 4; i++) s += x[order[k++]] * x[i % 3] * a;
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Sizes = new[] { 3, 4, 6 } },

            // A stepped index read from the end.
            new ArrayCase("BcsStepFromEnd", """
                [Differentiable]
                public static double BcsStepFromEnd(double[] x, double a)
                {
                    double s = 0;
                    int k = 0;
                    for (int i = 0; i < x.Length; i++) s += x[^(++k)] * x[i] * a;
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // Target and value each stepping a counter of their own.
            new ArrayCase("BcsStepTargetAndValue", """
                [Differentiable]
                public static double BcsStepTargetAndValue(double[] x, double a)
                {
                    double[] buf = new double[x.Length];
                    int m = x.Length;
                    int k = 0;
                    for (int i = 0; i < x.Length; i++) buf[--m] = x[k++] * a + i;
                    double s = 0;
                    for (int i = 0; i < x.Length; i++) s += buf[i] * buf[i] * (i + 1);
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // A loop whose counter is stepped in its own body by a read (i++ in x[i++]).
            new ArrayCase("BcsStepLoopCounterInBody", """
                [Differentiable]
                public static double BcsStepLoopCounterInBody(double[] x, double a)
                {
                    double s = 0;
                    for (int i = 0; i + 1 < x.Length; i++) s += x[i++] * x[i] * a;
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // The step on the right of && in a value's condition.
            new ArrayCase("BcsStepRightOfAnd", """
                [Differentiable]
                public static double BcsStepRightOfAnd(double[] x, double a)
                {
                    double s = 0;
                    int k = 0;
                    for (int i = 0; i < x.Length; i++) s += (a > 0 && x[k++] > 0) ? x[i] : a;
                    return s + k;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n), Uniform(r, -1, 1) }) { Accept = p => Away((double)p[1], 0) },

            // ---------------------------------------------------------------- second round

            // A call in the when guard of a later section: C# evaluates it only where the sections before did not match.
            new ArrayCase("BcsSwitchGuardCallSkipped", Helpers + """
                [Differentiable]
                public static double BcsFirstSq(double[] v) => v[0] * v[0] - 0.25;

                [Differentiable]
                public static double BcsSwitchGuardCallSkipped(double[] w, int mode, double a)
                {
                    double s = a;
                    switch (mode)
                    {
                        case 0:
                            s += a * a;
                            break;
                        case 1 when BcsFirstSq(w) > 0:
                            s += BcsL2(w) * a;
                            break;
                        default:
                            s -= a;
                            break;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), r.Next(3), Uniform(r, -1, 1) }) { Accept = p => (int)p[1] != 1 || (((double[])p[0]).Length > 0 && Away(((double[])p[0])[0] * ((double[])p[0])[0], 0.25)) },

            // The same guard in the first section (evaluated where the switch is, as C# does when the label matches).
            new ArrayCase("BcsSwitchGuardCallFirst", Helpers + """
                [Differentiable]
                public static double BcsFirstSq(double[] v) => v[0] * v[0] - 0.25;

                [Differentiable]
                public static double BcsSwitchGuardCallFirst(double[] w, int mode, double a)
                {
                    double s = a;
                    switch (mode)
                    {
                        case 1 when BcsFirstSq(w) > 0:
                            s += BcsL2(w) * a;
                            break;
                        default:
                            s -= a;
                            break;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), r.Next(3), Uniform(r, -1, 1) }) { Accept = p => (int)p[1] != 1 || (((double[])p[0]).Length > 0 && Away(((double[])p[0])[0] * ((double[])p[0])[0], 0.25)) },

            // Two if (...) continue; before the call.
            new ArrayCase("BcsTwoContinuesThenCall", Helpers + """
                [Differentiable]
                public static double BcsTwoContinuesThenCall(double[] w, double a)
                {
                    double s = 0;
                    for (int t = 0; t < 5; t++)
                    {
                        if (t == 0) continue;
                        double q = Math.Cos(a * t);
                        if (q < 0) continue;
                        s += BcsL2(w) * q + s * a;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -2, 2) }) { Accept = p => Enumerable.Range(1, 4).All(t => Math.Abs(Math.Cos((double)p[1] * t)) > 0.03) },

            // After if (...) continue;, a call, then if (...) break;: declined with a message.
            new ArrayCase("BcsContinueThenCallThenBreak", Helpers + """
                [Differentiable]
                public static double BcsContinueThenCallThenBreak(double[] w, double a)
                {
                    double s = 0;
                    for (int t = 0; t < 5; t++)
                    {
                        if (t == 1) continue;
                        s += BcsL2(w) * a;
                        if (s > 5) break;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A test that reads w[0] only where w has an element (&&).
            new ArrayCase("BcsTestGuardsElement", Helpers + """
                [Differentiable]
                public static double BcsTestGuardsElement(double[] w, double a)
                {
                    double s = a;
                    for (int i = 0; i < w.Length; i++) s += w[i] * a;
                    if (w.Length > 0 && w[0] > 0) s += BcsL2(w) * a;
                    return s;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n), Uniform(r, -1, 1) }),

            // The test reads an element of a local array that the run then overwrites and passes on.
            new ArrayCase("BcsTestReadsArrayRunWrites", Helpers + """
                [Differentiable]
                public static double BcsTestReadsArrayRunWrites(double[] w, double a)
                {
                    double[] h = new double[w.Length + 1];
                    for (int i = 0; i < w.Length; i++) h[i + 1] = w[i] * a;
                    h[0] = a;
                    double s = 0;
                    if (h[0] > 0)
                    {
                        h[0] = h[0] * h[0];
                        s += BcsL2(h);
                    }

                    return s + h[0];
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Away((double)p[1], 0) },

            // The run passes a local array and then overwrites an element of it.
            new ArrayCase("BcsCallThenOverwriteInRun", Helpers + """
                [Differentiable]
                public static double BcsCallThenOverwriteInRun(double[] w, double a)
                {
                    double[] h = new double[w.Length + 1];
                    for (int i = 0; i < w.Length; i++) h[i] = w[i] * a;
                    double s = 0;
                    if (a > 0)
                    {
                        s += BcsL2(h);
                        h[w.Length] = 5 * a;
                    }

                    return s + BcsL2(h);
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Away((double)p[1], 0) },

            // Each iteration passes a local array in an if, then overwrites all of it.
            new ArrayCase("BcsOnceCallThenOverwriteInIteration", Helpers + """
                [Differentiable]
                public static double BcsOnceCallThenOverwriteInIteration(double[] w, double a)
                {
                    double[] h = new double[w.Length];
                    for (int i = 0; i < w.Length; i++) h[i] = w[i];
                    double s = 0;
                    for (int t = 0; t < 4; t++)
                    {
                        if (t % 2 == 0) s += BcsL2(h) * a;
                        for (int i = 0; i < w.Length; i++) h[i] = 0.5 * h[i] * h[i] + w[i] * a;
                    }

                    return s + BcsL2(h);
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // The same without the if.
            new ArrayCase("BcsCallThenOverwriteInIteration", Helpers + """
                [Differentiable]
                public static double BcsCallThenOverwriteInIteration(double[] w, double a)
                {
                    double[] h = new double[w.Length];
                    for (int i = 0; i < w.Length; i++) h[i] = w[i];
                    double s = 0;
                    for (int t = 0; t < 4; t++)
                    {
                        s += BcsL2(h) * a;
                        for (int i = 0; i < w.Length; i++) h[i] = 0.5 * h[i] * h[i] + w[i] * a;
                    }

                    return s + BcsL2(h);
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // An element of a carried local array changed in the run before the call, every other iteration.
            new ArrayCase("BcsWrittenInRunInLoop", Helpers + """
                [Differentiable]
                public static double BcsWrittenInRunInLoop(double[] w, double a)
                {
                    double[] h = new double[w.Length + 1];
                    for (int i = 0; i < w.Length; i++) h[i + 1] = w[i];
                    h[0] = 1;
                    double s = 0;
                    for (int t = 0; t < 4; t++)
                    {
                        if (t != 1)
                        {
                            h[0] = h[0] * a + 0.5;
                            s += BcsDot(h, h) * a;
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A recursion on halves: the if makes a local array of pair sums and passes it to the method itself.
            new ArrayCase("BcsRecursiveHalving", """
                [Differentiable]
                public static double BcsRecursiveHalving(double[] w, double a)
                {
                    double s = 0;
                    for (int i = 0; i < w.Length; i++) s += Math.Sin(w[i] * a);
                    if (w.Length > 1)
                    {
                        double[] half = new double[w.Length / 2];
                        for (int i = 0; i < half.Length; i++) half[i] = w[2 * i] * w[2 * i + 1];
                        s += 0.5 * BcsRecursiveHalving(half, a);
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // A callee taking a ReadOnlySpan, passed an array in an if.
            new ArrayCase("BcsSpanCalleeInIf", """
                [Differentiable]
                public static double BcsSpanSum(ReadOnlySpan<double> v)
                {
                    double s = 0;
                    for (int i = 0; i < v.Length; i++) s += Math.Exp(0.3 * v[i]);
                    return s;
                }

                [Differentiable]
                public static double BcsSpanCalleeInIf(double[] w, double a)
                {
                    double s = a;
                    for (int i = 0; i < w.Length; i++) s += w[i] * a;
                    if (a < 0.3) s += a * BcsSpanSum(w);
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Away((double)p[1], 0.3) },

            // A call in the other side of a return after the loops: declined with a message.
            new ArrayCase("BcsTailReturnThenCall", Helpers + """
                [Differentiable]
                public static double BcsTailReturnThenCall(double[] w, double a)
                {
                    double s = 0;
                    for (int i = 0; i < w.Length; i++) s += w[i] * a;
                    if (a < 0) return s;
                    return s + BcsL2(w);
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Away((double)p[1], 0) },

            // A call in an if in a for loop with a double header.
            new ArrayCase("BcsCallInIfDoubleHeader", Helpers + """
                [Differentiable]
                public static double BcsCallInIfDoubleHeader(double[] w, double a)
                {
                    double s = 0;
                    for (double t = 0; t < 1; t += 0.25)
                    {
                        if (t > 0.3) s += BcsL2(w) * t * a;
                        else s += a * t;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // A call in an if in a do loop.
            new ArrayCase("BcsCallInIfInDo", Helpers + """
                [Differentiable]
                public static double BcsCallInIfInDo(double[] w, double a)
                {
                    double s = 0;
                    int k = 0;
                    do
                    {
                        if (k != 1) s += BcsL2(w) * (k + a);
                        k++;
                    }
                    while (k < 3);
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // A call in an if in a loop that returns from inside.
            new ArrayCase("BcsCallInIfLoopReturns", Helpers + """
                [Differentiable]
                public static double BcsCallInIfLoopReturns(double[] w, double a)
                {
                    double s = 0;
                    for (int t = 0; t < 6; t++)
                    {
                        if (t % 2 == 1) s += BcsL2(w) * a * a;
                        s += 0.3;
                        if (s > 2) return s * a;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }) { Accept = p => LoopReturnsAway((double[])p[0], (double)p[1]) },

            // ---------------------------------------------------------------- second round: steps

            // A for loop's counter stepped again in its body by a read.
            new ArrayCase("BcsStepForCounterInBody", """
                [Differentiable]
                public static double BcsStepForCounterInBody(double[] x, double a)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++) s += x[i++] * a;
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // k++ in a for loop's initializer that assigns a counter declared before.
            new ArrayCase("BcsStepInForAssignInitializer", """
                [Differentiable]
                public static double BcsStepInForAssignInitializer(double[] x, double a)
                {
                    double s = 0;
                    int k = 0;
                    int i = 0;
                    for (int t = 0; t < 3; t++)
                    {
                        for (i = k++; i < x.Length; i++) s += x[i] * a * (t + 1);
                    }

                    return s + i;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // A counter stepped in each pass of a loop that overwrites a local array in loops of its own.
            new ArrayCase("BcsStepInRecomputedPass", """
                [Differentiable]
                public static double BcsStepInRecomputedPass(double[] x, double y)
                {
                    int n = x.Length;
                    var w = new double[n];
                    for (int i = 0; i < n; i++) w[i] = x[i];
                    double s = 0;
                    int k = 0;
                    for (int it = 0; it < 3; it++)
                    {
                        double e = 0;
                        for (int j = 0; j < n; j++) e += w[j] * w[j];
                        s += e * y + w[k++ % n];
                        for (int j = 0; j < n; j++) w[j] = Math.Sin(w[j] + 0.1 * y * e);
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }) { Sizes = ArrayCase.NonEmpty },

            // A stepped read in a switch section without calls.
            new ArrayCase("BcsStepInSwitchSection", """
                [Differentiable]
                public static double BcsStepInSwitchSection(double[] x, double a)
                {
                    double s = 0;
                    int k = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        switch (i % 3)
                        {
                            case 0:
                                s += x[k++] * a;
                                break;
                            default:
                                s += a * a * x[i];
                                break;
                        }
                    }

                    return s * s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // A bool local holding a test of x[k], k stepped by the next statement, the bool read after.
            new ArrayCase("BcsStepAfterHeldTest", """
                [Differentiable]
                public static double BcsStepAfterHeldTest(double[] x, double a)
                {
                    double s = 0;
                    int k = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        bool positive = x[k] > 0;
                        s += x[k++] * a;
                        if (positive) s += a * a;
                    }

                    return s;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n), Uniform(r, -1, 1) }),

            // A local function with an integer parameter that reads the captured counter too.
            new ArrayCase("BcsStepArgumentAndCapture", """
                [Differentiable]
                public static double BcsStepArgumentAndCapture(double[] x, double a)
                {
                    double s = 0;
                    int k = 0;
                    double Pair(int j) => x[j] - x[k];
                    while (k + 1 < x.Length) s += a * Pair(k++);
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // The counter of the loop around stepped in a run that calls, so in a loop of one iteration.
            new ArrayCase("BcsStepCounterInOnceLoop", Helpers + """
                [Differentiable]
                public static double BcsStepCounterInOnceLoop(double[] w, double[] x, double a)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (x[i] > 0) s += x[i++] * BcsL2(w) * a;
                        else s += a * x[i];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), AwayFromZero(r, n), Uniform(r, -1, 1) }),

            // A local array made in a loop with a length that steps the counter.
            new ArrayCase("BcsStepInArrayLength", """
                [Differentiable]
                public static double BcsStepInArrayLength(double[] x, double a)
                {
                    double s = 0;
                    int k = 0;
                    for (int t = 0; t < 3; t++)
                    {
                        double[] buf = new double[k++ + 1];
                        for (int i = 0; i < buf.Length; i++) buf[i] = x[i % x.Length] * (a + i);
                        s += buf[buf.Length - 1] * buf[0] * (t + 1);
                    }

                    return s + k;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Sizes = ArrayCase.NonEmpty },

            // A local array given its elements, one of them read at a stepped index.
            new ArrayCase("BcsStepInGivenElements", """
                [Differentiable]
                public static double BcsStepInGivenElements(double[] x, double a)
                {
                    double s = 0;
                    int k = 0;
                    while (k < x.Length)
                    {
                        double[] v = { x[k++] * a, a };
                        s += v[0] * v[1] + v[0];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // ++m as the target of a compound assignment.
            new ArrayCase("BcsStepPrefixCompoundTarget", """
                [Differentiable]
                public static double BcsStepPrefixCompoundTarget(double[] x, double a)
                {
                    double[] buf = new double[x.Length + 1];
                    int m = 0;
                    for (int i = 0; i < x.Length; i++) buf[++m] += x[i] * a + buf[i];
                    double s = 0;
                    for (int i = 0; i <= x.Length; i++) s += buf[i] * buf[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // Locals named as the lowering names its own (taken, once, skipped, the call's local bcsL2).
            new ArrayCase("BcsNamesCollide", Helpers + """
                [Differentiable]
                public static double BcsNamesCollide(double[] w, double a)
                {
                    int once = 2;
                    double taken = a * a;
                    double bcsL2 = 0.5;
                    double s = 0;
                    for (int skipped = 0; skipped < 3; skipped++)
                    {
                        if (skipped == 1) continue;
                        if (a > 0) s += BcsL2(w) * once * taken + bcsL2;
                        s += taken * skipped;
                    }

                    return s + once;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => Away((double)p[1], 0) },

            // A guard clause at the start, then a call in an if.
            new ArrayCase("BcsGuardClauseThenCallInIf", Helpers + """
                [Differentiable]
                public static double BcsGuardClauseThenCallInIf(double[] w, double a)
                {
                    if (w.Length == 0) return a;
                    double s = w[0] * a;
                    if (w[0] > 0) s += BcsL2(w) * a;
                    return s;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n), Uniform(r, -1, 1) }),
        };

        public static readonly ArrayCase[] Float =
        {
            ArrayCase.FloatTwinOf(Double.Single(c => c.Name == "BcsElseIfChain"), """
                [Differentiable]
                public static float BcsElseIfChainFloat(float[] w, float[] x, float a)
                {
                    float s = a * a;
                    if (a > 0.5f) s += BcsL2F(w);
                    else if (a > -0.5f) s += BcsDotF(w, x) * a;
                    else s -= a * BcsL2F(x);
                    return s;
                }

                [Differentiable]
                public static float BcsL2F(float[] w)
                {
                    float s = 0;
                    for (int i = 0; i < w.Length; i++) s += w[i] * w[i];
                    return s;
                }

                [Differentiable]
                public static float BcsDotF(float[] a, float[] b)
                {
                    float s = 0;
                    for (int i = 0; i < a.Length; i++) s += a[i] * b[i];
                    return s;
                }
                """),

            ArrayCase.FloatTwinOf(Double.Single(c => c.Name == "BcsContinueThenMore"), """
                [Differentiable]
                public static float BcsContinueThenMoreFloat(float[] w, float a)
                {
                    float s = 0;
                    for (int t = 0; t < 4; t++)
                    {
                        float q = MathF.Sin(a * (t + 1));
                        if (q < 0) continue;
                        s += BcsL2F(w) * q;
                        s = s * 0.9f;
                        float z = s * q;
                        s += z * z;
                    }

                    return s;
                }

                [Differentiable]
                public static float BcsL2F(float[] w)
                {
                    float s = 0;
                    for (int i = 0; i < w.Length; i++) s += w[i] * w[i];
                    return s;
                }
                """),

            ArrayCase.FloatTwinOf(Double.Single(c => c.Name == "BcsSwitchLabelsAndDefault"), """
                [Differentiable]
                public static float BcsSwitchLabelsAndDefaultFloat(float[] w, float[] x, int mode, float a)
                {
                    float s = a;
                    switch (mode)
                    {
                        case 0:
                            s += a * a;
                            break;
                        case 1:
                        case 2:
                            s += BcsL2F(w) * a;
                            break;
                        default:
                            s += BcsDotF(w, x);
                            s *= a;
                            break;
                    }

                    return s;
                }

                [Differentiable]
                public static float BcsL2F(float[] w)
                {
                    float s = 0;
                    for (int i = 0; i < w.Length; i++) s += w[i] * w[i];
                    return s;
                }

                [Differentiable]
                public static float BcsDotF(float[] a, float[] b)
                {
                    float s = 0;
                    for (int i = 0; i < a.Length; i++) s += a[i] * b[i];
                    return s;
                }
                """),

            ArrayCase.FloatTwinOf(Double.Single(c => c.Name == "BcsStepTwoCounters"), """
                [Differentiable]
                public static float BcsStepTwoCountersFloat(float[] x, float a)
                {
                    float s = 0;
                    int k = 0;
                    int j = x.Length - 1;
                    for (int i = 0; i < x.Length; i++) s += x[k++] * x[j--] * a;
                    return s;
                }
                """),

            ArrayCase.FloatTwinOf(Double.Single(c => c.Name == "BcsStepNestedReadAfter"), """
                [Differentiable]
                public static float BcsStepNestedReadAfterFloat(float[] x, float a)
                {
                    float[] buf = new float[2 * x.Length];
                    int k = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        for (int j = 0; j < 2; j++) buf[k++] = x[i] * (j + a);
                    }

                    float s = 0;
                    for (int t = 0; t < k; t++) s += buf[t] * buf[t];
                    return s;
                }
                """),

            ArrayCase.FloatTwinOf(Double.Single(c => c.Name == "BcsStepReadInCallingIf"), """
                [Differentiable]
                public static float BcsStepReadInCallingIfFloat(float[] w, float[] x, float a)
                {
                    float s = 0;
                    int k = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (x[i] > 0) s += x[k++] * BcsL2F(w);
                        else s += a * x[i];
                    }

                    return s + k * a;
                }

                [Differentiable]
                public static float BcsL2F(float[] w)
                {
                    float s = 0;
                    for (int i = 0; i < w.Length; i++) s += w[i] * w[i];
                    return s;
                }
                """),
        };

        /// <summary>BcsBreakThenCall's test <c>s &gt; 3</c> away from 3 at every iteration it is evaluated.</summary>
        private static bool BreakThenCallAway(double[] w, double a)
        {
            double s = 0;
            double l2 = L2(w);
            for (int t = 0; t < 5; t++)
            {
                if (!Away(s, 3, 0.25))
                {
                    return false;
                }

                if (s > 3)
                {
                    break;
                }

                s += (l2 * a * a) + (0.1 * t);
                s *= 1.1;
            }

            return true;
        }

        /// <summary>BcsBreakBetweenCalls's test <c>s &gt; 1.5</c> away from 1.5.</summary>
        private static bool BreakBetweenCallsAway(double[] w, double[] x, double a)
        {
            double s = 0;
            double dot = Dot(w, x);
            for (int t = 0; t < 5; t++)
            {
                s += a;
                if (!Away(s, 1.5, 0.1))
                {
                    return false;
                }

                if (s > 1.5)
                {
                    break;
                }

                s += dot * 0.1;
            }

            return true;
        }

        /// <summary>BcsCallThenBreakAfterIf's test <c>s &gt; 2.2</c> away from 2.2.</summary>
        private static bool CallThenBreakAway(double[] w, double a)
        {
            double s = 0;
            double l2 = L2(w);
            for (int t = 0; t < 5; t++)
            {
                if (t % 2 == 0)
                {
                    s += l2 * a;
                }

                s += 0.5;
                if (!Away(s, 2.2, 0.1))
                {
                    return false;
                }

                if (s > 2.2)
                {
                    break;
                }
            }

            return true;
        }

        /// <summary>BcsCallInIfLoopReturns's test <c>s &gt; 2</c> away from 2.</summary>
        private static bool LoopReturnsAway(double[] w, double a)
        {
            double s = 0;
            double l2 = L2(w);
            for (int t = 0; t < 6; t++)
            {
                if (t % 2 == 1)
                {
                    s += l2 * a * a;
                }

                s += 0.3;
                if (!Away(s, 2, 0.1))
                {
                    return false;
                }

                if (s > 2)
                {
                    break;
                }
            }

            return true;
        }
    }
}
