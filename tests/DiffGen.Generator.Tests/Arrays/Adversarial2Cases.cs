using System.Linq;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>A second adversarial pass over the loop route: combinations of branches, nested loops, stored values, calls and fusion.</summary>
    public static class Adversarial2Cases
    {
        public static readonly ArrayCase[] All =
        {
            new ArrayCase("Av2FromChanged", """
                [Differentiable]
                public static double Av2FromChanged(double[] x, double a)
                {
                    int k = 0;
                    double acc = a;
                    for (int i = k; i < x.Length; i++)
                    {
                        acc = Math.Sin(acc * x[i] + 1);
                        k = k + 1;
                    }

                    return acc + k;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            new ArrayCase("Av2IntInPlaceCostly", """
                [Differentiable]
                public static double Av2IntInPlaceCostly(double[] x, double a)
                {
                    double s = 0;
                    for (int i = 0; i + 1 < x.Length; i++)
                    {
                        int j = i;
                        s += Math.Exp(a * x[j]);
                        j = j + 1;
                        s += Math.Exp(a * x[j]) * 2;
                    }

                    return s * s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            new ArrayCase("Av2IntInPlaceCostlyFused", """
                [Differentiable]
                public static double Av2IntInPlaceCostlyFused(double[] x, double a)
                {
                    double s = 0;
                    for (int i = 0; i + 1 < x.Length; i++)
                    {
                        int j = i;
                        s += Math.Exp(a * x[j]);
                        j = j + 1;
                        s += Math.Exp(a * x[j]) * 2;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            new ArrayCase("Av2BranchIntIndex", """
                [Differentiable]
                public static double Av2BranchIntIndex(double[] x, double w)
                {
                    int j = 0;
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (x[i] > 0)
                        {
                            j++;
                        }

                        s += Math.Exp(w * x[j % x.Length]);
                    }

                    double t = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        t += x[(i + j) % x.Length] * s;
                    }

                    return t * w;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n), Uniform(r, -1, 1) }),

            new ArrayCase("Av2NestedBranchLoops", """
                [Differentiable]
                public static double Av2NestedBranchLoops(double[] x, double[] w)
                {
                    double s = 0;
                    double t = 1;
                    for (int i = 0; i < x.Length; i++)
                    {
                        for (int j = 0; j < x.Length; j++)
                        {
                            if (x[j] > x[i])
                            {
                                s += w[i] * x[j];
                            }
                            else
                            {
                                t = t * (1 + 0.1 * Math.Tanh(w[j] * x[i]));
                            }
                        }
                    }

                    return s + t;
                }
                """, (r, n) => new object[] { Separated(r, n), Vector(r, n) }),

            new ArrayCase("Av2FusedBranchAcc", """
                [Differentiable]
                public static double Av2FusedBranchAcc(double[] x, double w)
                {
                    double c = w * 2;
                    double s = 0;
                    double u = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (x[i] > 0)
                        {
                            s += c * Math.Exp(x[i] * w);
                        }
                        else
                        {
                            u -= Math.Log(1 + x[i] * x[i] * w * w);
                        }
                    }

                    return s / 3 + u * 2 + c;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n), Uniform(r, -1, 1) }),

            new ArrayCase("Av2CompoundCarried", """
                [Differentiable]
                public static double Av2CompoundCarried(double[] x, double a)
                {
                    double p = a;
                    double q = 1;
                    double m = 5;
                    for (int i = 0; i < x.Length; i++)
                    {
                        p /= 1 + x[i] * x[i];
                        q *= a + x[i];
                        m %= 3 + x[i] * x[i];
                        m += p;
                    }

                    return p + q + m;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.5, 2) }),

            new ArrayCase("Av2ForeachLocal", """
                [Differentiable]
                public static double Av2ForeachLocal(double[] x, double w)
                {
                    double[] a = new double[x.Length];
                    for (int i = 0; i < x.Length; i++)
                    {
                        a[i] = Math.Tanh(w * x[i]);
                    }

                    double s = 0;
                    foreach (double v in a)
                    {
                        s += Math.Log(1 + v * v);
                    }

                    double t = 0;
                    foreach (double v in a)
                    {
                        t = t * 0.5 + v * s;
                    }

                    return t;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            new ArrayCase("Av2DataTrip", """
                [Differentiable]
                public static double Av2DataTrip(double[] x, double w)
                {
                    double s = 0;
                    int i = 0;
                    while (i < x.Length && s < 3)
                    {
                        s += Math.Exp(w * x[i]);
                        i++;
                    }

                    double t = 0;
                    for (int k = 0; k < i; k++)
                    {
                        t += Math.Exp(x[k]) * s;
                    }

                    return t + s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),


            new ArrayCase("Av2ModCarried", """
                [Differentiable]
                public static double Av2ModCarried(double[] x, double a)
                {
                    double m = a;
                    for (int i = 0; i < x.Length; i++)
                    {
                        m = m % (3 + x[i] * x[i]);
                    }

                    return m;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.5, 2) }),

            new ArrayCase("Av2UnitSelf", """
                [Differentiable]
                public static double Av2UnitSelf(double[] x, double a)
                {
                    double m = a;
                    for (int i = 0; i < x.Length; i++)
                    {
                        m = 1 + m - x[i];
                    }

                    return m * m;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            new ArrayCase("Av2UnitSelfNoLoop", """
                [Differentiable]
                public static double Av2UnitSelfNoLoop(double[] x, double a)
                {
                    double m = a * a;
                    m = 1 + m - x[0];
                    return m * m;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }) { Sizes = ArrayCase.NonEmpty },

            new ArrayCase("Av2DeclaredCostly", """
                [Differentiable]
                public static double Av2DeclaredCostly(double[] x, double w)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double e = Math.Exp(w * x[i]);
                        s += e * x[i];
                    }

                    double exp = s * s;
                    for (int i = 0; i < x.Length; i++)
                    {
                        exp = exp * 0.5 + Math.Log(1 + x[i] * x[i] * w * w);
                    }

                    return exp;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            new ArrayCase("Av2CostlyInTaped", """
                [Differentiable]
                public static double Av2CostlyInTaped(double[] x, double w)
                {
                    double acc = w;
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += Math.Exp(acc);
                        acc = acc * 0.5 + x[i];
                        s += Math.Exp(acc) * 2;
                    }

                    double t = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        t += s * x[i];
                    }

                    return t + acc;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            new ArrayCase("Av2BreakCostly", """
                [Differentiable]
                public static double Av2BreakCostly(double[] x, double w)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (x[i] > 1.5) break;
                        s += Math.Exp(w * x[i]);
                    }

                    return s * s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            new ArrayCase("Av2ModCarriedFloat", """
                [Differentiable]
                public static float Av2ModCarriedFloat(float[] x, float a)
                {
                    float m = a;
                    for (int i = 0; i < x.Length; i++)
                    {
                        m = m % (3 + x[i] * x[i]);
                    }

                    return m;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.5, 2) }) { DoubleTwin = "Av2ModCarried" },


            new ArrayCase("Av2InnerTanh", """
                [Differentiable]
                public static double Av2InnerTanh(double[] x, double w)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double h = x[i];
                        for (int j = 0; j < 3; j++)
                        {
                            h = Math.Tanh(w * h + 0.1);
                        }

                        s += h * x[i];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            new ArrayCase("Av2InnerTanhSq", """
                [Differentiable]
                public static double Av2InnerTanhSq(double[] x, double w)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double h = x[i];
                        for (int j = 0; j < 3; j++)
                        {
                            h = Math.Tanh(w * h + 0.1);
                        }

                        s += Math.Exp(h) * x[i];
                    }

                    return s * s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            new ArrayCase("Av2SkipIndex", """
                [Differentiable]
                public static double Av2SkipIndex(double[] x, double w)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (x[i] > 1 && i + 1 < x.Length)
                        {
                            i++;
                        }

                        s = s * 0.5 + Math.Sin(w * x[i]);
                    }

                    return s;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n), Uniform(r, -1, 1) }) { Accept = a => ((double[])a[0]).All(v => System.Math.Abs(v - 1) > 0.01) },

            new ArrayCase("Av2DataBoundInner", """
                [Differentiable]
                public static double Av2DataBoundInner(double[] x, double w)
                {
                    int m = 0;
                    double s = 0;
                    double p = 1;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (x[i] > 0)
                        {
                            m++;
                        }

                        for (int j = 0; j < m; j++)
                        {
                            s += Math.Exp(x[j] * w) * x[i];
                        }

                        p = p * (1 + 0.1 * s);
                    }

                    return p + s;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n, 0.25, 1), Uniform(r, -1, 1) }),

            new ArrayCase("Av2FusedArrayTail", """
                [Differentiable]
                public static double Av2FusedArrayTail(double[] x, double w)
                {
                    double[] a = new double[x.Length];
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        a[i] = Math.Sin(w * x[i]);
                        s += a[i] * x[i];
                    }

                    return s + 3 * a[0] + w * a[x.Length - 1];
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Sizes = ArrayCase.NonEmpty },

            new ArrayCase("Av2DeclaredCostlyTanh", """
                [Differentiable]
                public static double Av2DeclaredCostlyTanh(double[] x, double w)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double e = Math.Tanh(w * x[i]);
                        s += e * x[i];
                    }

                    return s * s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            new ArrayCase("Av2DeclaredCostlyFloat", """
                [Differentiable]
                public static float Av2DeclaredCostlyFloat(float[] x, float w)
                {
                    float s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        float e = MathF.Tanh(w * x[i]);
                        s += e * x[i];
                    }

                    return s * s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { DoubleTwin = "Av2DeclaredCostlyTanh" },

            new ArrayCase("Av2DivMulCarried", """
                [Differentiable]
                public static double Av2DivMulCarried(double[] x, double a)
                {
                    double p = a;
                    double q = 1;
                    for (int i = 0; i < x.Length; i++)
                    {
                        p /= 1 + x[i] * x[i];
                        q *= a + x[i];
                        q /= p + 3;
                    }

                    return p + q;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.5, 2) }),

            new ArrayCase("Av2TwoAccBranchNested", """
                [Differentiable]
                public static double Av2TwoAccBranchNested(double[] x, double[] w)
                {
                    double s = 0;
                    double t = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        for (int j = 0; j < w.Length; j++)
                        {
                            if (x[i] * w[j] > 0)
                            {
                                s += Math.Exp(x[i] * w[j]);
                            }
                            else if (j > i)
                            {
                                t -= w[j] * w[j] * x[i];
                            }
                            else
                            {
                                s += t * 0.001;
                            }
                        }
                    }

                    return s + t;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n, 0.25, 1), AwayFromZero(r, n, 0.25, 1) }),


            new ArrayCase("Av2CounterBump", """
                [Differentiable]
                public static double Av2CounterBump(double[] x, double w)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s = s * 0.5 + w * x[i];
                        i++;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            new ArrayCase("Av2OverwriteLater", """
                [Differentiable]
                public static double Av2OverwriteLater(double[] x, double w)
                {
                    double[] a = new double[x.Length];
                    for (int i = 0; i < x.Length; i++)
                    {
                        a[i] = Math.Exp(w * x[i]);
                    }

                    for (int i = 0; i < x.Length; i++)
                    {
                        if (i % 2 == 0)
                        {
                            a[i] = x[i] * 3;
                        }
                    }

                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += a[i] * a[i];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            new ArrayCase("Av2OverwriteTop", """
                [Differentiable]
                public static double Av2OverwriteTop(double[] x, double w)
                {
                    double[] a = new double[x.Length];
                    for (int i = 0; i < x.Length; i++)
                    {
                        a[i] = Math.Exp(w * x[i]);
                    }

                    a[0] = w * 2;
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += a[i] * a[i];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Sizes = ArrayCase.NonEmpty },

            new ArrayCase("Av2AddLater", """
                [Differentiable]
                public static double Av2AddLater(double[] x, double w)
                {
                    double[] a = new double[x.Length];
                    for (int i = 0; i < x.Length; i++)
                    {
                        a[i] = Math.Sin(w * x[i]);
                    }

                    for (int i = 0; i < x.Length; i++)
                    {
                        a[(i + 1) % x.Length] += Math.Tanh(x[i] * w);
                    }

                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += a[i] * a[i];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            new ArrayCase("Av2OverwriteSameLoop", """
                [Differentiable]
                public static double Av2OverwriteSameLoop(double[] x, double w)
                {
                    double[] a = new double[x.Length];
                    for (int i = 0; i < x.Length; i++)
                    {
                        a[i] = Math.Exp(w * x[i]);
                        if (i > 0)
                        {
                            a[i - 1] = Math.Sqrt(w * w + x[i] * x[i]);
                        }
                    }

                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += a[i] * x[i];
                    }

                    return s * s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),


            new ArrayCase("Av2LastWriterWins", """
                [Differentiable]
                public static double Av2LastWriterWins(double[] x, double w)
                {
                    double[] a = new double[3];
                    for (int i = 0; i < x.Length; i++)
                    {
                        a[i % 3] = Math.Sin(w * x[i]);
                    }

                    double s = 0;
                    for (int k = 0; k < 3; k++)
                    {
                        s += a[k] * (k + 1);
                    }

                    return s * s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            new ArrayCase("Av2ForeachRecurrenceFloat", """
                [Differentiable]
                public static float Av2ForeachRecurrenceFloat(float[] x, float w)
                {
                    float[] a = new float[x.Length];
                    for (int i = 0; i < x.Length; i++)
                    {
                        a[i] = MathF.Exp(w * x[i]) / (1 + x.Length);
                    }

                    float h = w;
                    foreach (float v in a)
                    {
                        if (v > 0.3f)
                        {
                            h = MathF.Tanh(h * v + 0.2f);
                        }
                        else
                        {
                            h -= v * h;
                        }
                    }

                    return h;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { DoubleTwin = "Av2ForeachRecurrence" },

            new ArrayCase("Av2ForeachRecurrence", """
                [Differentiable]
                public static double Av2ForeachRecurrence(double[] x, double w)
                {
                    double[] a = new double[x.Length];
                    for (int i = 0; i < x.Length; i++)
                    {
                        a[i] = Math.Exp(w * x[i]) / (1 + x.Length);
                    }

                    double h = w;
                    foreach (double v in a)
                    {
                        if (v > 0.3)
                        {
                            h = Math.Tanh(h * v + 0.2);
                        }
                        else
                        {
                            h -= v * h;
                        }
                    }

                    return h;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            new ArrayCase("Av2CellRecurrence", """
                [Differentiable]
                public static double Av2Cell(double h, double x, double w) => Math.Tanh(w * h + x);

                [Differentiable]
                public static double Av2Norm(double[] v)
                {
                    double s = 0;
                    for (int i = 0; i < v.Length; i++)
                    {
                        s += v[i] * v[i];
                    }

                    return Math.Sqrt(s + 1);
                }

                [Differentiable]
                public static double Av2CellRecurrence(double[] x, double w)
                {
                    double[] hs = new double[x.Length];
                    double h = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        h = Av2Cell(h, x[i], w);
                        hs[i] = h;
                    }

                    double n = Av2Norm(hs);
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += hs[i] / n;
                    }

                    return s + Av2Norm(x) * h;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            new ArrayCase("Av2FusedTail", """
                [Differentiable]
                public static double Av2FusedTail(double[] x, double w)
                {
                    double c = w * w;
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += c * x[i];
                    }

                    c = c + 1;
                    double r = s / 4 + c * w;
                    return r;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            new ArrayCase("Av2HistogramLocal", """
                [Differentiable]
                public static double Av2HistogramLocal(double[] x, double w)
                {
                    double[] a = new double[3];
                    for (int i = 0; i < x.Length; i++)
                    {
                        a[i % 3] += Math.Sin(w * x[i]);
                    }

                    double s = 0;
                    for (int k = 0; k < 3; k++)
                    {
                        s += a[k] * a[k] * (k + 1);
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            new ArrayCase("Av2ArgMax", """
                [Differentiable]
                public static double Av2ArgMax(double[] x, double[] w)
                {
                    double m = x[0];
                    int idx = 0;
                    for (int i = 1; i < x.Length; i++)
                    {
                        if (x[i] > m)
                        {
                            m = x[i];
                            idx = i;
                        }
                    }

                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += Math.Exp(x[i] - m);
                    }

                    return Math.Log(s) * w[idx] + m;
                }
                """, (r, n) => new object[] { Separated(r, n), Vector(r, n) }) { Sizes = ArrayCase.NonEmpty },

            new ArrayCase("Av2Triangular", """
                [Differentiable]
                public static double Av2Triangular(double[] x, double w)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        for (int j = 0; j <= i; j++)
                        {
                            s += Math.Exp(w * (x[i] - x[j]));
                        }
                    }

                    double t = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        t += x[i] * s;
                    }

                    return t;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            new ArrayCase("Av2TwoHalves", """
                [Differentiable]
                public static double Av2TwoHalves(double[] x, double w)
                {
                    double[] a = new double[x.Length];
                    int h = x.Length / 2;
                    for (int i = 0; i < h; i++)
                    {
                        a[i] = Math.Exp(w * x[i]);
                    }

                    for (int i = h; i < x.Length; i++)
                    {
                        a[i] = Math.Cos(w + x[i]);
                    }

                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += a[i] * a[x.Length - 1 - i];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            new ArrayCase("Av2DownStep", """
                [Differentiable]
                public static double Av2DownStep(double[] x, double w)
                {
                    double acc = 1;
                    for (int i = x.Length; i > 0; i--)
                    {
                        acc = acc * Math.Exp(w * x[i - 1]) + x[i - 1];
                    }

                    double s = 0;
                    for (int i = x.Length - 1; i >= 0; i -= 2)
                    {
                        s += Math.Log(1 + x[i] * x[i] * acc * acc);
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -0.5, 0.5) }),
        };
    }
}
