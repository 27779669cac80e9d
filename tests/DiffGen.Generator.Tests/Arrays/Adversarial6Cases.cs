using System.Linq;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// A sixth adversarial pass, over copied parameters, held tests, kept buffers, loops that only step integers, running
    /// extremes, constant calls and like terms. Each bug it found is named in the case's comment.
    /// </summary>
    public static class Adversarial6Cases
    {
        public static readonly ArrayCase[] All =
        {
            // Was wrong (dL = 0): computing the iteration again, the loop that only steps li was written as li += 3 * i
            // on li itself, before the reverse of the statement above it, which then read the stepped li, not the li it read.
            new ArrayCase("Av6StepAfterReadContinue", """
                [Differentiable("l")]
                public static double Av6StepAfterReadContinue(double[] l, double[] c)
                {
                    int d = c.Length;
                    double total = 0;
                    int li = 0;
                    for (int i = 0; i < d; i++)
                    {
                        double a = Math.Exp(l[li % l.Length] * c[i]);
                        for (int j = 0; j < i; j++)
                        {
                            li += 3;
                        }

                        if (i % 2 == 0)
                        {
                            continue;
                        }

                        total += a * total + a;
                    }

                    return total;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Vector(r, n, -1, 1) }),

            // The same with an if instead of the continue (was wrong the same way).
            new ArrayCase("Av6StepAfterReadBranch", """
                [Differentiable("l")]
                public static double Av6StepAfterReadBranch(double[] l, double[] c)
                {
                    int d = c.Length;
                    double total = 0;
                    int li = 0;
                    for (int i = 0; i < d; i++)
                    {
                        double a = Math.Exp(l[li % l.Length] * c[i]);
                        for (int j = 0; j < i; j++)
                        {
                            li += 3;
                        }

                        if (i % 2 == 0)
                        {
                            total *= 0.5;
                        }

                        total += a * total + a;
                    }

                    return total;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Vector(r, n, -1, 1) }),
            // Was wrong (the value too): Math.Exp(Math.Sin(x)) was kept on a tape, computed in the forward loop as
            // Math.Exp(u) because u was declared as Math.Sin(x) and kept on a tape too; but the if had assigned u again.
            new ArrayCase("Av6StoredLocalAssignedInBranch", """
                [Differentiable]
                public static double Av6StoredLocalAssignedInBranch(double[] a, double x, double y)
                {
                    double s = 0;
                    for (int i = 0; i < a.Length; i++)
                    {
                        double u = Math.Sin(x);
                        if (x > y)
                        {
                            u = 2 * x;
                        }

                        double t = Math.Exp(Math.Sin(x)) * Math.Sin(x);
                        s += a[i] * (t + u);
                        x = x * 0.9;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1.5, 1.5), Uniform(r, -1.5, 1.5) })
            {
                Accept = p => Enumerable.Range(0, ((double[])p[0]).Length + 1).All(k => System.Math.Abs(((double)p[1] * System.Math.Pow(0.9, k)) - (double)p[2]) > 0.05),
            },

            // The same with the local added to (u += y), no branch (was wrong the same way).
            new ArrayCase("Av6StoredLocalAddedTo", """
                [Differentiable]
                public static double Av6StoredLocalAddedTo(double[] a, double x, double y)
                {
                    double s = 0;
                    for (int i = 0; i < a.Length; i++)
                    {
                        double u = Math.Sin(x);
                        u += y;
                        double t = Math.Exp(Math.Sin(x)) * Math.Sin(x);
                        s += a[i] * (t + u);
                        x = x * 0.9;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1.5, 1.5), Uniform(r, -1.5, 1.5) }),

            // The same with an exponential kept in a local the branch assigns, a carried local, a test on the element.
            new ArrayCase("Av6StoredExpAssignedInBranch", """
                [Differentiable]
                public static double Av6StoredExpAssignedInBranch(double[] a, double y)
                {
                    double s = 0;
                    double z = 0.5;
                    for (int i = 0; i < a.Length; i++)
                    {
                        double u = Math.Exp(z);
                        if (a[i] > 0)
                        {
                            u = y;
                        }

                        double t = Math.Exp(Math.Exp(z) * y) * Math.Exp(z);
                        s += a[i] * (t + u);
                        z = z * a[i] + y;
                    }

                    return s;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n, 0.1, 1), Uniform(r, -1, 1) }),
            // Was wrong (no diagnostic): the reverse sweep runs what follows if (...) break; as the other side of that if,
            // where it did not compute the inner loop's sum again (Math.Sqrt(ss + 1) differentiated at ss = 0). Now DIFF015.
            new ArrayCase("Av6LoopAfterBreak", """
                [Differentiable("x")]
                public static double Av6LoopAfterBreak(double[] c, double x, int m)
                {
                    double total = 0;
                    for (int r = 0; r <= m; r++)
                    {
                        double q = Math.Sin(c[0] * x + r);
                        if (r == 5)
                        {
                            break;
                        }

                        double ss = 0;
                        for (int i = 0; i < c.Length; i++)
                        {
                            ss += q * c[i];
                        }

                        total += Math.Sqrt(ss * ss + 1);
                    }

                    return total;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1.5, 1.5), n }) { Sizes = ArrayCase.NonEmpty },

            // The same after continue, over foreach (was 0 for dX). Now DIFF015.
            new ArrayCase("Av6LoopAfterContinue", """
                [Differentiable("x")]
                public static double Av6LoopAfterContinue(double[] c, double x)
                {
                    double total = 0;
                    foreach (double v in c)
                    {
                        if (v > 1)
                        {
                            continue;
                        }

                        double ss = 0;
                        foreach (double w in c)
                        {
                            ss += Math.Sin(w * x * v);
                        }

                        total += ss * ss;
                    }

                    return total;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1.5, 1.5) }),

            // A local array after continue (was 0 for dX). Now DIFF015.
            new ArrayCase("Av6ArrayAfterContinue", """
                [Differentiable("x")]
                public static double Av6ArrayAfterContinue(double[] c, double x)
                {
                    double total = 0;
                    for (int r = 0; r < 3; r++)
                    {
                        double q = Math.Sin(c[0] * x + r);
                        if (r == 1)
                        {
                            continue;
                        }

                        double[] t = new double[2];
                        t[0] = q * q;
                        t[1] = t[0] * x;
                        total += t[1] * t[0];
                    }

                    return total;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1.5, 1.5) }) { Sizes = ArrayCase.NonEmpty },

            // A call passing an array after continue (its generated code did not compile: CS0103). Now DIFF015.
            new ArrayCase("Av6CallAfterContinue", """
                [Differentiable("x")]
                public static double Av6CallAfterContinue(double[] c, double x)
                {
                    double total = 0;
                    for (int r = 0; r < 3; r++)
                    {
                        double q = Math.Sin(c[0] * x + r);
                        if (r == 1)
                        {
                            continue;
                        }

                        total += Av6Dot(c, q * x);
                    }

                    return total;
                }

                [Differentiable]
                public static double Av6Dot(double[] c, double x)
                {
                    double s = 0;
                    for (int i = 0; i < c.Length; i++)
                    {
                        s += Math.Sin(c[i] * x);
                    }

                    return s * s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1.5, 1.5) }) { Sizes = ArrayCase.NonEmpty },
            // Was wrong: sin q, kept on a tape where the statement after the continue computes it, was read back by the reverse
            // of total += Math.Cos(q) before the continue in the iterations that left (r = 1), where nothing had been stored.
            new ArrayCase("Av6StoredAfterContinue", """
                [Differentiable("l")]
                public static double Av6StoredAfterContinue(double[] l, double[] c)
                {
                    double total = 0;
                    for (int r = 0; r < 3; r++)
                    {
                        double q = l[r % l.Length] * c[0];
                        total += Math.Cos(q);
                        if (r % 2 == 1)
                        {
                            continue;
                        }

                        total = total * 0.5 + Math.Sin(q);
                    }

                    return total;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Vector(r, n, -1, 1) }) { Sizes = ArrayCase.NonEmpty },

            // The same with the element of a buffer the loop fills anew (was wrong the same way).
            new ArrayCase("Av6StoredAfterContinueBuffer", """
                [Differentiable("l")]
                public static double Av6StoredAfterContinueBuffer(double[] l, double[] c)
                {
                    int d = c.Length;
                    double[] q = new double[d];
                    double total = 0;
                    for (int r = 0; r < 3; r++)
                    {
                        for (int i = 0; i < d; i++)
                        {
                            q[i] = l[(i + r) % l.Length] * c[i];
                        }

                        total += Math.Cos(q[0]) * q[d - 1];
                        if (r % 2 == 1)
                        {
                            continue;
                        }

                        total = total * 0.5 + Math.Sin(q[0]);
                    }

                    return total;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Vector(r, n, -1, 1) }) { Sizes = ArrayCase.NonEmpty },
            // Was wrong: the derivative of x = 0.9 * x + 0.5 * Math.Sin(x) reads cos of x before the assignment; the forward
            // loop's Math.Cos(x) after it is the same node there (x changes in place), so that cos was kept and read back.
            new ArrayCase("Av6StoredAfterAssignment", """
                [Differentiable]
                public static double Av6StoredAfterAssignment(double[] l, double x)
                {
                    double total = 0;
                    for (int r = 0; r < 4; r++)
                    {
                        x = x * 0.9 + Math.Sin(x) * 0.5;
                        total += Math.Cos(x) * l[r % l.Length];
                    }

                    return total + x;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1.5, 1.5) }) { Sizes = ArrayCase.NonEmpty },

            // The fuzzer, seed 19: ∂/∂y is 0, but converting the integer choice (y >= k1 ? n : n) printed its test, and
            // that print's reads (y, k1) stayed with the next statement, return 0: const k1 declared and never read, CS0219.
            new ArrayCase("Av6ConstReadOnlyInADroppedTest", """
                [Differentiable]
                public static double Av6ConstReadOnlyInADroppedTest(double x, double y, int n)
                {
                    const double k1 = 3.25;
                    double s2 = 0;
                    for (int i = 0; i < n; i++)
                    {
                        s2 = k1;
                    }

                    return (y >= k1 ? n : n) + s2 * x;
                }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2), n }),
        };
    }
}
