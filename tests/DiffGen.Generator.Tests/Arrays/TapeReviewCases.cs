using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// Adversarial cases for the loop-gradient optimizations: stepped integers counted instead of taped, fills that cover
    /// later reads, buffers an inner loop renews, hoisted tapes, and outputs a fused loop writes entry by entry.
    /// </summary>
    public static class TapeReviewCases
    {
        public static readonly ArrayCase[] All =
        {
            // A stepped index read after the loop, and again stepped in a second loop.
            new ArrayCase("TprStepReadAfter", """
                [Differentiable("w")]
                public static double TprStepReadAfter(double[] w)
                {
                    double s = 1;
                    int k = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        s = s * 0.5 + Math.Sin(s * w[k]);
                        k = k + 1;
                    }

                    int m = k;
                    for (int i = 0; i < w.Length; i++)
                    {
                        m = m - 1;
                        s = s * 0.7 + Math.Cos(s + w[m]) * w[m];
                    }

                    return s * (k + 1);
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1) }),

            // Down-counting loop with <=, counter starting at w.Length - 1, step by 2 from a parameter, step before the read.
            new ArrayCase("TprStepDownCounting", """
                [Differentiable("w")]
                public static double TprStepDownCounting(double[] w, int c)
                {
                    double s = 0.5;
                    int k = -c;
                    for (int i = w.Length / 2 - 1; i >= 0; i--)
                    {
                        k += c;
                        s = Math.Sin(s * w[k / c * 2] + w[k / c * 2 + 1]) + s * 0.3;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, 2 * n, -1, 1), 3 }),

            // Step by an array length, long variable, counter from a nonzero start with <=.
            new ArrayCase("TprStepLong", """
                [Differentiable("w")]
                public static double TprStepLong(double[] w, double[] v)
                {
                    double s = 0.25;
                    long k = 3;
                    for (int i = 2; i <= v.Length + 1; i++)
                    {
                        s = s * Math.Cos(s + w[(int)(k - 3) / v.Length]) + w[(int)(k - 3) / v.Length];
                        k = v.Length + k;
                    }

                    return s + k;
                }
                """, (r, n) => new object[] { Vector(r, n + 1, -1, 1), Vector(r, n + 1, -1, 1) }),

            // A stepped index inside an inner loop, carried across the outer loop, a continue in the inner loop
            // after the step; also a zero step.
            new ArrayCase("TprStepNestedContinue", """
                [Differentiable("w")]
                public static double TprStepNestedContinue(double[] w, int d)
                {
                    double s = 0.5;
                    int k = 0;
                    int z = 1;
                    for (int i = 0; i < w.Length / d; i++)
                    {
                        for (int j = 0; j < d; j++)
                        {
                            z = z + 0;
                            s = s * 0.8 + Math.Sin(s * w[k] * z);
                            k++;
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, 2 * n, -1, 1), 2 }),

            // A step by a variable the loop changes in a nested block is not a step.
            new ArrayCase("TprStepChangesInNested", """
                [Differentiable("w")]
                public static double TprStepChangesInNested(double[] w)
                {
                    double s = 0.5;
                    int k = 0;
                    int c = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        s = s * 0.8 + Math.Sin(s * w[k % w.Length]);
                        k = k + c;
                        if (s > 10)
                        {
                            c = 2;
                        }
                        else
                        {
                            c = 1;
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1) }),

            // The stepped variable is the one the loop starts its counter from... and is stepped in the body.
            new ArrayCase("TprStepIsFrom", """
                [Differentiable("w")]
                public static double TprStepIsFrom(double[] w, int a)
                {
                    double s = 0.5;
                    int k = a;
                    for (int i = k; i < w.Length + a; i++)
                    {
                        k = k + 1;
                        s = s * 0.8 + Math.Sin(s * w[k - 1 - a]) * (i - k + 2);
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), 2 }),

            // The step reads a variable changed after the loop, before the reverse sweep.
            new ArrayCase("TprStepChangedAfter", """
                [Differentiable("w")]
                public static double TprStepChangedAfter(double[] w)
                {
                    double s = 0.5;
                    int c = 1;
                    int k = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        s = s * 0.8 + Math.Sin(s * w[k]);
                        k += c;
                    }

                    c = 5;
                    k = k * c;
                    for (int i = 0; i < w.Length; i++)
                    {
                        s = s * 0.5 + Math.Sin(w[i] * s) * c * 0.05;
                        c += 1;
                    }

                    return s + k;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1) }),

            // A stepped variable that is also the outer loop's carried variable, stepped in the outer body too.
            new ArrayCase("TprStepTwoLevels", """
                [Differentiable("w")]
                public static double TprStepTwoLevels(double[] w, int d)
                {
                    double s = 0.5;
                    int k = 0;
                    for (int i = 0; i < w.Length / (d + 1); i++)
                    {
                        for (int j = 0; j < d; j++)
                        {
                            s = s * 0.9 + Math.Sin(s * w[k]);
                            k = k + 1;
                        }

                        s = s * Math.Cos(w[k]);
                        k = 1 + k;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, 3 * n, -1, 1), 2 }),

            // Fill off by one: the read reaches one past the filled range.
            new ArrayCase("TprFillOffByOne", """
                [Differentiable("w")]
                public static double TprFillOffByOne(double[] w, int d)
                {
                    double[] q = new double[d + 1];
                    double s = 0;
                    for (int r = 0; r < w.Length / d; r++)
                    {
                        for (int id = 0; id < d; id++)
                        {
                            q[id] = Math.Sin(w[r * d + id]);
                        }

                        for (int i = 0; i < d; i++)
                        {
                            for (int j = i + 1; j <= d; j++)
                            {
                                s += q[j] * q[i] * (r + 1);
                            }
                        }

                        q[d] = w[r * d] * 2;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, 2 * n, -1, 1), 2 }),

            // Fill under an if: a read covered by the range but not by the fill every time.
            new ArrayCase("TprFillUnderIf", """
                [Differentiable("w")]
                public static double TprFillUnderIf(double[] w, int d)
                {
                    double[] q = new double[d];
                    double s = 0;
                    for (int r = 0; r < w.Length / d; r++)
                    {
                        for (int id = 0; id < d; id++)
                        {
                            if (r % 2 == 0)
                            {
                                q[id] = Math.Sin(w[r * d + id]) + s;
                            }
                        }

                        for (int j = 0; j < d; j++)
                        {
                            s += q[j] * q[j] * 0.5;
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, 2 * n, -1, 1), 2 }),

            // Fill index id + 1: writes 1..d, the read q[0] reads an older value.
            new ArrayCase("TprFillShifted", """
                [Differentiable("w")]
                public static double TprFillShifted(double[] w, int d)
                {
                    double[] q = new double[d + 1];
                    double s = 0;
                    for (int r = 0; r < w.Length / d; r++)
                    {
                        for (int id = 0; id < d; id++)
                        {
                            q[id + 1] = Math.Sin(w[r * d + id] + s);
                        }

                        for (int j = 0; j < d; j++)
                        {
                            s += q[j] * q[j + 1];
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, 2 * n, -1, 1), 2 }),

            // The fill's bound changes between the fill and the read.
            new ArrayCase("TprFillBoundChanges", """
                [Differentiable("w")]
                public static double TprFillBoundChanges(double[] w, int d)
                {
                    double[] q = new double[d + 2];
                    double s = 0;
                    int m = d;
                    for (int r = 0; r < w.Length / d; r++)
                    {
                        m = d - (r % 2);
                        for (int id = 0; id < m; id++)
                        {
                            q[id] = Math.Sin(w[r * d + id] + s);
                        }

                        m = d;
                        for (int j = 0; j < m; j++)
                        {
                            s += q[j] * q[j] * 0.5;
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, 2 * n, -1, 1), 2 }),

            // The whole-length fill of an array made with a length that a later assignment reuses for another array.
            new ArrayCase("TprFillAllRedeclared", """
                [Differentiable("w")]
                public static double TprFillAllRedeclared(double[] w, int d)
                {
                    double s = 0;
                    for (int r = 0; r < w.Length / d; r++)
                    {
                        int len = d - (r % 2);
                        double[] q = new double[len];
                        for (int id = 0; id < len; id++)
                        {
                            q[id] = Math.Sin(w[r * d + id] + s);
                        }

                        s += q[0] * q[len - 1] + q[q.Length - 1];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, 2 * n, -1, 1), 2 }),

            // Two fills, the second partial (under a test inside the loop): the read sees the first's values where the second skips.
            new ArrayCase("TprTwoFills", """
                [Differentiable("w")]
                public static double TprTwoFills(double[] w, int d)
                {
                    double[] q = new double[d];
                    double s = 0.5;
                    for (int r = 0; r < w.Length / d; r++)
                    {
                        for (int id = 0; id < d; id++)
                        {
                            q[id] = Math.Sin(w[r * d + id] + s);
                        }

                        for (int id = 0; id < d; id++)
                        {
                            if (w[r * d + id] > 0)
                            {
                                q[id] = q[id] * s;
                            }
                        }

                        for (int j = 0; j < d; j++)
                        {
                            s += q[j] * 0.5;
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { AwayFromZero(r, 2 * n, 0.2, 1), 2 }),

            // A fill with a break: not every element written.
            new ArrayCase("TprFillWithBreak", """
                [Differentiable("w")]
                public static double TprFillWithBreak(double[] w, int d)
                {
                    double[] q = new double[d];
                    double s = 0.5;
                    for (int r = 0; r < w.Length / d; r++)
                    {
                        for (int id = 0; id < d; id++)
                        {
                            if (id == r % d + 1)
                            {
                                break;
                            }

                            q[id] = Math.Sin(w[r * d + id] + s);
                        }

                        for (int j = 0; j < d; j++)
                        {
                            s += q[j] * q[j] * 0.5;
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, 2 * n, -1, 1), 3 }) { Sizes = new[] { 0, 1, 2, 3, 5 } },

            // The fill covers 1..d; the triangle j <= i reads q[0], never filled (zero).
            new ArrayCase("TprTriangleBelow", """
                [Differentiable("w")]
                public static double TprTriangleBelow(double[] w, int d)
                {
                    double[] q = new double[d + 1];
                    double s = 0.5;
                    for (int r = 0; r < w.Length / d; r++)
                    {
                        for (int id = 1; id <= d; id++)
                        {
                            q[id] = Math.Sin(w[r * d + id - 1] + s);
                        }

                        for (int i = 0; i < d; i++)
                        {
                            for (int j = 0; j <= i; j++)
                            {
                                s += q[j] * q[i + 1] * 0.25;
                            }
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, 2 * n, -1, 1), 2 }),

            // Reading in the fill loop itself, ahead of the fill (q[id + 1] reads the previous round's value).
            new ArrayCase("TprReadInFill", """
                [Differentiable("w")]
                public static double TprReadInFill(double[] w, int d)
                {
                    double[] q = new double[d + 1];
                    double s = 0.5;
                    for (int r = 0; r < w.Length / d; r++)
                    {
                        for (int id = 0; id < d; id++)
                        {
                            q[id] = Math.Sin(w[r * d + id] + s) + q[id + 1] * 0.5;
                        }

                        for (int j = 0; j < d; j++)
                        {
                            s += q[j] * 0.5;
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, 2 * n, -1, 1), 2 }),
            // A tape whose length the outer loop changes after the inner loop (restored from a tape in the reverse sweep).
            new ArrayCase("TprHoistShrinking", """
                [Differentiable("w")]
                public static double TprHoistShrinking(double[] w)
                {
                    double s = 0;
                    int len = w.Length + 100;
                    for (int r = 0; r < 3; r++)
                    {
                        double t = 0.5;
                        for (int j = 0; j < len; j++)
                        {
                            t = Math.Sin(t * w[j % w.Length]) * 0.1 + t * 0.5;
                        }

                        s += t * (r + 1);
                        len = len / 4;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1) }) { Sizes = ArrayCase.NonEmpty },

            // The length changes in a nested block before the inner loop.
            new ArrayCase("TprHoistChangedInIf", """
                [Differentiable("w")]
                public static double TprHoistChangedInIf(double[] w)
                {
                    double s = 0;
                    int len = w.Length;
                    for (int r = 0; r < 4; r++)
                    {
                        if (r == 2)
                        {
                            len = 1;
                        }

                        double t = 0.5;
                        for (int j = 0; j < len; j++)
                        {
                            t = Math.Sin(t * w[j]) + t * 0.5;
                        }

                        s += t * (r + 1);
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1) }) { Sizes = ArrayCase.NonEmpty },

            // The length is a stepped index of the outer loop (counted, not taped), decreasing.
            new ArrayCase("TprHoistStepped", """
                [Differentiable("w")]
                public static double TprHoistStepped(double[] w)
                {
                    double s = 0;
                    int len = w.Length;
                    for (int r = 0; r < w.Length; r++)
                    {
                        double t = 0.5;
                        for (int j = 0; j < len; j++)
                        {
                            t = Math.Sin(t * w[j]) + t * 0.5;
                        }

                        len--;
                        s += t * (r + 1);
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1) }) { Sizes = ArrayCase.NonEmpty },

            // A while loop's growing tape inside an outer loop.
            new ArrayCase("TprHoistWhile", """
                [Differentiable("w")]
                public static double TprHoistWhile(double[] w)
                {
                    double s = 0;
                    for (int r = 0; r < w.Length; r++)
                    {
                        double t = 0.5;
                        int j = 0;
                        while (j < 20 * (r + 1))
                        {
                            t = Math.Sin(t * w[r]) + t * 0.5;
                            j++;
                        }

                        s += t * (r + 1);
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1) }),

            // Written once: the fused loop inside an outer loop.
            new ArrayCase("TprWoInOuter", """
                [Differentiable("w")]
                public static double TprWoInOuter(double[] w, double b)
                {
                    double s = 0;
                    for (int r = 0; r < 3; r++)
                    {
                        for (int i = 0; i < w.Length; i++)
                        {
                            s += Math.Sin(w[i] * b * (r + 1));
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // Written once: the contribution inside an if block of the loop body.
            new ArrayCase("TprWoInIfBlock", """
                [Differentiable("w")]
                public static double TprWoInIfBlock(double[] w, double[] x)
                {
                    double s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        double a = w[i] * 2;
                        if (x[i] > 0)
                        {
                            s += a * a;
                        }
                        else
                        {
                            s -= x[i];
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), AwayFromZero(r, n, 0.2, 1) }),

            // Written once: the array also read by a callee after the loop.
            new ArrayCase("TprWoCallee", """
                [Differentiable]
                public static double TprWoCalleeHelper(double[] w) => w.Length > 0 ? w[0] * w[0] * 3 : 0;

                [Differentiable("w")]
                public static double TprWoCallee(double[] w, double b)
                {
                    double s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        s += Math.Sin(w[i] * b);
                    }

                    return s + TprWoCalleeHelper(w);
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // Written once: the array read by a callee in the loop, at the counter.
            new ArrayCase("TprWoCalleeInLoop", """
                [Differentiable]
                public static double TprWoCalleeInLoopHelper(double[] w, int i) => w[i] * w[i];

                [Differentiable("w")]
                public static double TprWoCalleeInLoop(double[] w, double b)
                {
                    double s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        s += Math.Sin(w[i] * b) + TprWoCalleeInLoopHelper(w, w.Length - 1 - i);
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // Written once: ?: in the loop reads w[i] in both branches, and w[i] in a nested loop.
            new ArrayCase("TprWoChoiceAndNested", """
                [Differentiable("w")]
                public static double TprWoChoiceAndNested(double[] w, double[] x)
                {
                    double s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        s += x[i] > 0 ? w[i] * x[i] : w[i] * w[i];
                        for (int j = 0; j < 2; j++)
                        {
                            s += w[i] * j;
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), AwayFromZero(r, n, 0.2, 1) }),

            // Written once: foreach and an alias.
            new ArrayCase("TprWoForeach", """
                [Differentiable("w")]
                public static double TprWoForeach(double[] w, double b)
                {
                    double s = 0;
                    foreach (double v in w)
                    {
                        s += Math.Sin(v * b) * v;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // Written once: two array parameters over the same length, both differentiated, one read again elsewhere.
            new ArrayCase("TprWoTwoArrays", """
                [Differentiable]
                public static double TprWoTwoArrays(double[] w, double[] v)
                {
                    double s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        s += Math.Sin(w[i] * v[i]);
                    }

                    for (int i = 0; i < v.Length; i++)
                    {
                        s += v[i] * v[i];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Vector(r, n, -1, 1) }),

            // Written once: a read-only span.
            new ArrayCase("TprWoSpan", """
                [Differentiable("w")]
                public static double TprWoSpan(ReadOnlySpan<double> w, double b)
                {
                    double s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        s += Math.Exp(w[i] * b) * w[i];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // Written once: the value read only in an if test, a second statement that reads it after the if.
            new ArrayCase("TprWoTestThenRead", """
                [Differentiable("w")]
                public static double TprWoTestThenRead(double[] w, double b)
                {
                    double s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        if (w[i] > 0)
                        {
                            s += b;
                        }

                        s += w[i] * b * w[i];
                    }

                    return s;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n, 0.2, 1), Uniform(r, -1, 1) }),
            // The stepped variable is also moved by a nested loop's incrementor (j++, k++).
            new ArrayCase("TprStepNestedIncrementor", """
                [Differentiable("w")]
                public static double TprStepNestedIncrementor(double[] w)
                {
                    double s = 0.5;
                    int k = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        s = s * 0.8 + Math.Sin(s * w[k % w.Length]);
                        k = k + 1;
                        for (int j = 0; j < i % 2; j++, k++)
                        {
                            s = s * 0.9;
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1) }) { Sizes = ArrayCase.NonEmpty },

            // The step is moved by a nested loop's incrementor.
            new ArrayCase("TprStepOfNestedIncrementor", """
                [Differentiable("w")]
                public static double TprStepOfNestedIncrementor(double[] w)
                {
                    double s = 0.5;
                    int k = 0;
                    int c = 1;
                    for (int i = 0; i < w.Length; i++)
                    {
                        s = s * 0.8 + Math.Sin(s * w[k % w.Length]);
                        k = k + c;
                        for (int j = 0; j < 1; j++, c++)
                        {
                            s = s * 0.9;
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1) }) { Sizes = ArrayCase.NonEmpty },

            // A stepped short and a stepped uint going down past zero (they wrap).
            new ArrayCase("TprStepNarrow", """
                [Differentiable("w")]
                public static double TprStepNarrow(double[] w)
                {
                    double s = 0.5;
                    short k = 32000;
                    uint u = 1;
                    for (int i = 0; i < w.Length; i++)
                    {
                        s = s * 0.8 + Math.Sin(s * w[(k + 32768) % w.Length] + w[(int)(u % (uint)w.Length)]);
                        k += 300;
                        u -= 3;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1) }) { Sizes = ArrayCase.NonEmpty },

            // A stepped index in a loop whose nested loop continues and breaks.
            new ArrayCase("TprStepInnerContinue", """
                [Differentiable("w")]
                public static double TprStepInnerContinue(double[] w, int d)
                {
                    double s = 0.5;
                    int k = 0;
                    for (int i = 0; i < w.Length / d; i++)
                    {
                        for (int j = 0; j < d; j++)
                        {
                            if (j == 1)
                            {
                                continue;
                            }

                            s = s * 0.9 + Math.Sin(s * w[k + j]);
                        }

                        k += d;
                        s = s + w[k - 1] * 0.5;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, 3 * n, -1, 1), 3 }),

            // An inner buffer whose values reach an accumulator of the outer loop that an enclosing loop reads.
            new ArrayCase("TprBufferThroughSum", """
                [Differentiable("mu")]
                public static double TprBufferThroughSum(double[] mu, double[] x, int d)
                {
                    int k = mu.Length / d;
                    int n = x.Length / d;
                    double[] xc = new double[d];
                    double total = 0;
                    for (int a = 0; a < 2; a++)
                    {
                        double acc = 1;
                        for (int ix = 0; ix < n; ix++)
                        {
                            for (int ik = 0; ik < k; ik++)
                            {
                                for (int id = 0; id < d; id++)
                                {
                                    xc[id] = x[ix * d + id] - mu[ik * d + id] * (a + 1);
                                }

                                double sq = 0;
                                for (int id = 0; id < d; id++)
                                {
                                    sq += xc[id] * xc[id];
                                }

                                acc += Math.Exp(-sq);
                            }
                        }

                        total += Math.Log(acc) * acc;
                    }

                    return total;
                }
                """, (r, n) => new object[] { Vector(r, 2 * (1 + n % 3), -1, 1), Vector(r, 2 * (1 + n), -1, 1), 2 }) { Sizes = new[] { 0, 1, 2, 3 } },

            // An inner buffer whose values reach a local array of the outer iteration read after the inner loop.
            new ArrayCase("TprBufferThroughArray", """
                [Differentiable("mu")]
                public static double TprBufferThroughArray(double[] mu, double[] x, int d)
                {
                    int k = mu.Length / d;
                    int n = x.Length / d;
                    double[] xc = new double[d];
                    double[] main = new double[k + 1];
                    double total = 0;
                    for (int ix = 0; ix < n; ix++)
                    {
                        for (int ik = 0; ik < k; ik++)
                        {
                            for (int id = 0; id < d; id++)
                            {
                                xc[id] = x[ix * d + id] - mu[ik * d + id];
                            }

                            double sq = 0;
                            for (int id = 0; id < d; id++)
                            {
                                sq += xc[id] * xc[id];
                            }

                            main[ik + 1] = -sq * 0.5;
                        }

                        double best = 1 + main[1] * main[1];
                        for (int ik = 1; ik <= k; ik++)
                        {
                            best = best * 0.5 + Math.Exp(main[ik]);
                        }

                        total += Math.Log(best) + Math.Exp(main[k]);
                    }

                    return total;
                }
                """, (r, n) => new object[] { Vector(r, 2 * (1 + n % 3), -1, 1), Vector(r, 2 * (1 + n), -1, 1), 2 }) { Sizes = new[] { 1, 2, 3, 4 } },

            // A whole-length fill, then an element overwritten from another, read in a triangle.
            new ArrayCase("TprFillAllThenOverwrite", """
                [Differentiable("w")]
                public static double TprFillAllThenOverwrite(double[] w, int d)
                {
                    double[] q = new double[d];
                    double s = 0.5;
                    for (int r = 0; r < w.Length / d; r++)
                    {
                        for (int id = 0; id < d; id++)
                        {
                            q[id] = Math.Sin(w[r * d + id] + s);
                        }

                        q[0] = q[d - 1] * s;
                        for (int i = 0; i < d; i++)
                        {
                            for (int j = 0; j <= i; j++)
                            {
                                s += q[j] * q[i] * 0.1;
                            }
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, 2 * n, -1, 1), 2 }),
            // A long stepped by an int whose product with the iteration index passes int's range.
            new ArrayCase("TprStepLongOverflow", """
                [Differentiable("w")]
                public static double TprStepLongOverflow(double[] w, int c)
                {
                    double s = 0.5;
                    long k = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        s = s * 0.8 + Math.Sin(s * w[(int)(k % w.Length)]);
                        k += c;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), 1_000_000_007 }) { Sizes = ArrayCase.NonEmpty },
            // A stepped byte and a stepped ulong (they wrap).
            new ArrayCase("TprStepByteUlong", """
                [Differentiable("w")]
                public static double TprStepByteUlong(double[] w)
                {
                    double s = 0.5;
                    byte b = 200;
                    ulong u = 2;
                    for (int i = 0; i < w.Length; i++)
                    {
                        s = s * 0.8 + Math.Sin(s * w[b % w.Length] + w[(int)(u % (ulong)w.Length)]);
                        b += 100;
                        u -= 5;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1) }) { Sizes = ArrayCase.NonEmpty },
        };
    }
}
