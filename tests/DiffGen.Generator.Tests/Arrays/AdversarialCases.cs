using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// Adversarial cases from a review of the loop route: each once broke the generated code (wrong gradient,
    /// code that did not compile, endless recursion) or is now declined with DIFF015 (see <see cref="KnownBugs"/>).
    /// </summary>
    public static class AdversarialCases
    {
        public static readonly ArrayCase[] All =
        {
            new ArrayCase("RvLastAssigned", """
                [Differentiable]
                public static double RvLastAssigned(double[] x, double w)
                {
                    double last = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        last = x[i] * w;
                    }

                    return last;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            new ArrayCase("RvNestedBreak", """
                [Differentiable]
                public static double RvNestedBreak(double[] x, double a)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (x[i] > 0)
                        {
                            if (x[i] > 1)
                            {
                                break;
                            }

                            s += a * x[i];
                        }

                        s += a * a * x[i];
                    }

                    return s;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n, 0.25, 2), Uniform(r, -2, 2) }) { Accept = a => System.Linq.Enumerable.All((double[])a[0], v => System.Math.Abs(System.Math.Abs(v) - 1) > 0.05) },

            new ArrayCase("RvNestedContinue", """
                [Differentiable]
                public static double RvNestedContinue(double[] x, double a)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (x[i] > 0)
                        {
                            if (x[i] > 1)
                            {
                                continue;
                            }

                            s += a * x[i];
                        }

                        s += a * a * x[i];
                    }

                    return s;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n, 0.25, 2), Uniform(r, -2, 2) }) { Accept = a => System.Linq.Enumerable.All((double[])a[0], v => System.Math.Abs(System.Math.Abs(v) - 1) > 0.05) },

            new ArrayCase("RvLoopInBranch", """
                [Differentiable]
                public static double RvLoopInBranch(double[] x, double a)
                {
                    double p = a;
                    if (a > 0)
                    {
                        for (int i = 0; i < x.Length; i++)
                        {
                            p = Math.Sin(p * x[i]);
                        }
                    }

                    return p;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.2, 2) }),

            new ArrayCase("RvWhileInBranch", """
                [Differentiable]
                public static double RvWhileInBranch(double[] x, double a)
                {
                    double s = 0;
                    if (a > 0)
                    {
                        int i = 0;
                        while (i < x.Length)
                        {
                            s = s * 0.5 + a * x[i];
                            i++;
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.2, 2) }),

            new ArrayCase("RvCallArrayInLoop", """
                [Differentiable]
                public static double RvDot(double[] w, double[] x)
                {
                    double s = 0;
                    for (int k = 0; k < w.Length; k++)
                    {
                        s += w[k] * x[k];
                    }

                    return s;
                }

                [Differentiable("w")]
                public static double RvCallArrayInLoop(double[] w, double[] x, double[] c)
                {
                    double s = 0;
                    for (int i = 0; i < c.Length; i++)
                    {
                        double v = RvDot(w, x);
                        s += c[i] * v;
                    }

                    return s * s;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n), Vector(r, 3) }),

            new ArrayCase("RvReadThenChanged", """
                [Differentiable]
                public static double RvReadThenChanged(double[] x, double a)
                {
                    double c = a * 2;
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += Math.Sin(c * x[i]);
                    }

                    for (int i = 0; i < x.Length; i++)
                    {
                        c += x[i];
                    }

                    return s + c;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            new ArrayCase("RvBoundChanged", """
                [Differentiable]
                public static double RvBoundChanged(double[] x, double a)
                {
                    int m = x.Length;
                    double p = a;
                    for (int i = 0; i < m; i++)
                    {
                        p = Math.Sin(p * x[i]);
                    }

                    int count = 0;
                    while (m > 0)
                    {
                        m = m - 1;
                        count = count + 1;
                    }

                    return p * count;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            new ArrayCase("RvHolderProduct", """
                [Differentiable]
                public static double RvHolderProduct(double[] x, double a, double b)
                {
                    double h = b * Math.Exp(a);
                    for (int i = 0; i < x.Length; i++)
                    {
                        h += x[i];
                    }

                    return h;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), Uniform(r, -2, 2) }),

            new ArrayCase("RvCrossIterFused", """
                [Differentiable]
                public static double RvCrossIterFused(double[] x)
                {
                    double[] h = new double[x.Length];
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        h[i] = x[i] * x[i];
                        if (i > 0)
                        {
                            s += h[i - 1] * h[i];
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n) }),

            new ArrayCase("RvCrossIter", """
                [Differentiable]
                public static double RvCrossIter(double[] x)
                {
                    double[] h = new double[x.Length];
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        h[i] = x[i] * x[i];
                        if (i > 0)
                        {
                            s += h[i - 1] * h[i];
                        }
                    }

                    return s * s;
                }
                """, (r, n) => new object[] { Vector(r, n) }),

            new ArrayCase("RvOverlapWrite", """
                [Differentiable]
                public static double RvOverlapWrite(double[] x, double a)
                {
                    double[] h = new double[x.Length + 1];
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        h[i + 1] = Math.Exp(x[i] * a);
                        h[i] = x[i];
                        s += h[i] * h[i + 1];
                    }

                    return s * s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            new ArrayCase("RvMovingIndex", """
                [Differentiable]
                public static double RvMovingIndex(double[] x, double a)
                {
                    double[] h = new double[x.Length + 1];
                    int k = 0;
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        h[i - k] = Math.Exp(a * x[i]);
                        s += h[i - k] * x[i];
                        k++;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            new ArrayCase("RvLongBound", """
                [Differentiable]
                public static double RvLongBound(double[] x, double a)
                {
                    long n = x.Length;
                    double p = a;
                    for (long i = 0; i < n; i++)
                    {
                        p = Math.Sin(p * x[i]);
                    }

                    return p;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            new ArrayCase("RvTailCall", """
                [Differentiable]
                public static double RvSquare(double z) => z * z;

                [Differentiable]
                public static double RvTailCall(double[] x)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += x[i];
                    }

                    double v = RvSquare(s);
                    return v;
                }
                """, (r, n) => new object[] { Vector(r, n) }),

            new ArrayCase("RvHeaderVarUnneeded", """
                [Differentiable]
                public static double RvHeaderVarUnneeded(double a, int n)
                {
                    int last = 0;
                    double s = a;
                    for (int i = 0; i < n; i += 2)
                    {
                        last = i;
                        s = s * a;
                    }

                    return s + last;
                }
                """, (r, n) => new object[] { Uniform(r, 0.5, 1.5), 1 + r.Next(6) }) { Sizes = ArrayCase.Scalar },

            new ArrayCase("RvArrayInBody", """
                [Differentiable]
                public static double RvArrayInBody(double[] x, double a)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double[] t = new double[x.Length];
                        t[i] = Math.Exp(a * x[i]);
                        s += t[i] * t[i];
                    }

                    return s * s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            new ArrayCase("RvCallInChoice", """
                [Differentiable]
                public static double RvRoot(double z) => Math.Sqrt(z);

                [Differentiable]
                public static double RvCallInChoice(double[] x, double a)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double v = x[i] > 0 ? RvRoot(x[i]) * a : a * x[i];
                        s += v;
                    }

                    return s;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n), Uniform(r, -2, 2) }),

            new ArrayCase("RvGuardedIndex", """
                [Differentiable]
                public static double RvGuardedIndex(double[] x)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double prev = i > 0 ? x[i - 1] : 0;
                        s += prev * x[i];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n) }),

            new ArrayCase("RvNestedRecurrence", """
                [Differentiable]
                public static double RvNestedRecurrence(double[] x, double[] w, double a)
                {
                    double s = 0;
                    for (int j = 0; j < w.Length; j++)
                    {
                        double p = a;
                        for (int i = 0; i < x.Length; i++)
                        {
                            p = Math.Sin(p * x[i] + w[j]);
                        }

                        s += p * p;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, 3), Uniform(r, -2, 2) }),

            new ArrayCase("RvFloatHolder", """
                [Differentiable]
                public static float RvFloatHolder(float[] x, float a, float b)
                {
                    float h = b * MathF.Exp(a);
                    for (int i = 0; i < x.Length; i++)
                    {
                        h += x[i];
                    }

                    return h;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), Uniform(r, -2, 2) }) { DoubleTwin = "RvHolderProduct" },

            new ArrayCase("RvFloatRecurrence", """
                [Differentiable]
                public static float RvFloatRecurrence(float[] x, float a)
                {
                    float p = a;
                    int i = 0;
                    while (i < x.Length)
                    {
                        p = MathF.Sin(p * x[i]) + 0.5f * p;
                        i++;
                    }

                    return p * p;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }) { DoubleTwin = "RvDoubleRecurrence" },

            new ArrayCase("RvDoubleRecurrence", """
                [Differentiable]
                public static double RvDoubleRecurrence(double[] x, double a)
                {
                    double p = a;
                    int i = 0;
                    while (i < x.Length)
                    {
                        p = Math.Sin(p * x[i]) + 0.5 * p;
                        i++;
                    }

                    return p * p;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            new ArrayCase("RvForever", """
                [Differentiable]
                public static double RvForever(double[] x, double a)
                {
                    int i = 0;
                    double s = 0;
                    for (;;)
                    {
                        if (i >= x.Length)
                        {
                            break;
                        }

                        s = s * a + x[i];
                        i++;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            new ArrayCase("RvConstReturn", """
                [Differentiable]
                public static double RvConstReturn(double[] x, double a)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += x[i] * a;
                    }

                    return 2.0;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            new ArrayCase("RvForeachSpan", """
                [Differentiable]
                public static double RvForeachSpan(ReadOnlySpan<double> x, double a)
                {
                    double s = 0;
                    foreach (double v in x)
                    {
                        s = s * a + Math.Sin(v);
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            new ArrayCase("RvSelfAdd", """
                [Differentiable]
                public static double RvSelfAdd(double[] x, double a)
                {
                    double s = a;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += s * x[i];
                        s = -s + a;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -0.5, 0.5), Uniform(r, -1, 1) }),

            new ArrayCase("RvIntChoiceIndex", """
                [Differentiable]
                public static double RvIntChoiceIndex(double[] w, double[] x)
                {
                    double s = 0;
                    int n = x.Length;
                    for (int i = 0; i < n; i++)
                    {
                        int k = i % 2 == 0 ? i : n - 1 - i;
                        s += w[k] * x[i] * w[i];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n) }),

            new ArrayCase("RvNestedTaped", """
                [Differentiable]
                public static double RvNestedTaped(double[] x, double a)
                {
                    double p = a;
                    for (int j = 0; j < 3; j++)
                    {
                        for (int i = 0; i < x.Length; i++)
                        {
                            p = Math.Sin(p * x[i]) + 0.3 * p;
                        }

                        p = p * a;
                    }

                    return p;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            new ArrayCase("RvBreakBoth", """
                [Differentiable]
                public static double RvBreakBoth(double[] x, double a)
                {
                    double s = 0;
                    int j = 0;
                    while (j < 4)
                    {
                        for (int i = 0; i < x.Length; i++)
                        {
                            if (x[i] * a > 1.5)
                            {
                                break;
                            }

                            s = s * 0.5 + x[i] * a;
                        }

                        if (s > 3)
                        {
                            break;
                        }

                        j++;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            new ArrayCase("RvFloatInt", """
                [Differentiable]
                public static float RvFloatInt(float[] x, float a)
                {
                    float s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += MathF.Exp(x[i] * a) / (i + 1) + a * i;
                    }

                    return s * s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { DoubleTwin = "RvDoubleInt" },

            new ArrayCase("RvDoubleInt", """
                [Differentiable]
                public static double RvDoubleInt(double[] x, double a)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += Math.Exp(x[i] * a) / (i + 1) + a * i;
                    }

                    return s * s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            new ArrayCase("RvFloatDoubleLocal", """
                [Differentiable]
                public static float RvFloatDoubleLocal(float[] x, float a)
                {
                    float s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double t = x[i] * a;
                        s += (float)t;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            new ArrayCase("RvConstLocal", """
                [Differentiable]
                public static double RvConstLocal(double[] x, double a)
                {
                    const double g = 9.81;
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += g * x[i] * a * Math.PI;
                    }

                    return s * s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            new ArrayCase("RvShortInBranch", """
                [Differentiable]
                public static double RvShortInBranch(double[] x, double a)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (x[i] > 0)
                        {
                            short k = 3;
                            s += x[i] * a * k;
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n), Uniform(r, -1, 1) }),

            new ArrayCase("RvArrayInTopBranch", """
                [Differentiable]
                public static double RvArrayInTopBranch(double a)
                {
                    double s = a;
                    if (a > 0)
                    {
                        double[] t = new double[2];
                        t[0] = Math.Exp(a);
                        t[1] = a * a;
                        s = t[0] * t[1];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Uniform(r, 0.2, 1) }) { Sizes = ArrayCase.Scalar },

            new ArrayCase("RvNestedJoin", """
                [Differentiable]
                public static double RvNestedJoin(double[] x, double a, double b)
                {
                    double s = a;
                    if (a > 0)
                    {
                        if (a > 0.5)
                        {
                            s = a * a;
                        }
                        else
                        {
                            s = a * 3;
                        }

                        s = Math.Sin(s * b);
                    }

                    return s + x.Length;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1), Uniform(r, -1, 1) }),

            new ArrayCase("RvNestedJoinLoop", """
                [Differentiable]
                public static double RvNestedJoinLoop(double[] x, double b)
                {
                    double total = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double s = x[i];
                        if (x[i] > 0)
                        {
                            if (x[i] > 1)
                            {
                                s = x[i] * x[i];
                            }

                            s = Math.Sin(s * b);
                        }

                        total += s;
                    }

                    return total;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n), Uniform(r, -1, 1) }),

            new ArrayCase("RvIfElseAssign", """
                [Differentiable]
                public static double RvIfElseAssign(double[] x, double a)
                {
                    double t = 0;
                    if (a > 0)
                    {
                        t = a * a;
                    }
                    else
                    {
                        t = -a;
                    }

                    return t * t + x.Length;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            new ArrayCase("RvIfElseInLoop", """
                [Differentiable]
                public static double RvIfElseInLoop(double[] x, double a)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double t;
                        if (x[i] > 0)
                        {
                            t = x[i] * a;
                        }
                        else
                        {
                            t = a;
                        }

                        s += t * t;
                    }

                    return s;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n), Uniform(r, -1, 1) }),

            new ArrayCase("RvRecursiveChoice", """
                [Differentiable]
                public static double RvRecursiveChoice(double[] x, double a, int n)
                {
                    double r = n > 0 ? RvRecursiveChoice(x, a, n - 1) * a : a;
                    return r + x.Length;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1), 2 }),
        };
    }
}
