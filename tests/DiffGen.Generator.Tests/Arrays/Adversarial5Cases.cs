using System.Linq;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// A fifth adversarial pass, over kept buffers, running extremes that skip, halved adjoints, hoisted choices and copied
    /// parameters.
    /// </summary>
    public static class Adversarial5Cases
    {
        public static readonly ArrayCase[] All =
        {
            // q[0] read (through a sine) before the nest adds to it in the same iteration.
            new ArrayCase("Av5KbReadBeforeNest", """
                [Differentiable("l")]
                public static double Av5KbReadBeforeNest(double[] l, double[] c)
                {
                    int d = c.Length;
                    double[] q = new double[d];
                    double total = 0;
                    for (int r = 0; r < 3; r++)
                    {
                        for (int i = 0; i < d; i++)
                        {
                            q[i] = c[i] * l[i % l.Length] + r;
                        }

                        double u = Math.Sin(q[0]);
                        for (int i = 0; i < d; i++)
                        {
                            for (int j = 0; j < d; j++)
                            {
                                q[i] += l[(i * d + j) % l.Length] * c[j];
                            }
                        }

                        total += u * q[d - 1] + q[0] * q[0];
                    }

                    return total;
                }
                """, (r, n) => new object[] { Vector(r, n * n + 1, -1, 1), Vector(r, n, -1, 1) }) { Sizes = ArrayCase.NonEmpty },

            // The nest reads the running sums it accumulates (sin of a partial sum).
            new ArrayCase("Av5KbPartialSumsRead", """
                [Differentiable("l")]
                public static double Av5KbPartialSumsRead(double[] l, double[] c)
                {
                    int d = c.Length;
                    double[] q = new double[d];
                    double total = 0;
                    for (int r = 0; r < 3; r++)
                    {
                        for (int i = 0; i < d; i++)
                        {
                            q[i] = c[i] + r;
                        }

                        for (int i = 0; i < d; i++)
                        {
                            for (int j = 0; j < d; j++)
                            {
                                q[i] += l[(i * d + j) % l.Length] * c[j];
                                total += Math.Sin(q[i]);
                            }
                        }

                        total += q[0] * q[d - 1];
                    }

                    return total;
                }
                """, (r, n) => new object[] { Vector(r, n * n + 1, -1, 1), Vector(r, n, -1, 1) }) { Sizes = ArrayCase.NonEmpty },

            // continue after a nonlinear read of the buffer: the copy at the end of the iteration is skipped.
            new ArrayCase("Av5KbContinue", """
                [Differentiable("l")]
                public static double Av5KbContinue(double[] l, double[] c)
                {
                    int d = c.Length;
                    double[] q = new double[d];
                    double total = 0;
                    for (int r = 0; r < 4; r++)
                    {
                        for (int i = 0; i < d; i++)
                        {
                            q[i] = c[i] * (r + 1);
                        }

                        for (int i = 0; i < d; i++)
                        {
                            for (int j = 0; j < d; j++)
                            {
                                q[i] += l[(i * d + j) % l.Length] * c[j];
                            }
                        }

                        if (r % 2 == 1)
                        {
                            total = total * 0.5 + q[0] * q[0];
                            continue;
                        }

                        total = total * 0.5 + Math.Sin(q[d - 1]) * q[0];
                    }

                    return total;
                }
                """, (r, n) => new object[] { Vector(r, n * n + 1, -1, 1), Vector(r, n, -1, 1) }) { Sizes = ArrayCase.NonEmpty },

            // break after a nonlinear read of the buffer.
            new ArrayCase("Av5KbBreak", """
                [Differentiable("l")]
                public static double Av5KbBreak(double[] l, double[] c)
                {
                    int d = c.Length;
                    double[] q = new double[d];
                    double total = 0;
                    for (int r = 0; r < 4; r++)
                    {
                        for (int i = 0; i < d; i++)
                        {
                            q[i] = c[i] * (r + 1);
                        }

                        for (int i = 0; i < d; i++)
                        {
                            for (int j = 0; j < d; j++)
                            {
                                q[i] += l[(i * d + j) % l.Length] * c[j];
                            }
                        }

                        total = total * Math.Cos(q[0]) + q[d - 1] * q[d - 1];
                        if (r == 2)
                        {
                            break;
                        }
                    }

                    return total;
                }
                """, (r, n) => new object[] { Vector(r, n * n + 1, -1, 1), Vector(r, n, -1, 1) }) { Sizes = ArrayCase.NonEmpty },

            // Counting down from a bound that is not the length, a buffer in a stackalloc span.
            new ArrayCase("Av5KbDownSpan", """
                [Differentiable("l")]
                public static double Av5KbDownSpan(double[] l, double[] c)
                {
                    int d = c.Length;
                    Span<double> q = stackalloc double[d];
                    double total = 1;
                    for (int r = 5; r >= 3; r--)
                    {
                        for (int i = 0; i < d; i++)
                        {
                            q[i] = c[i] * r;
                        }

                        for (int i = 0; i < d; i++)
                        {
                            for (int j = i; j < d; j++)
                            {
                                q[j] += l[(i * d + j) % l.Length] * c[i];
                            }
                        }

                        double s = 0;
                        for (int i = 0; i < d; i++)
                        {
                            s += Math.Tanh(q[i]);
                        }

                        total *= 1 + 0.2 * s;
                    }

                    return total;
                }
                """, (r, n) => new object[] { Vector(r, n * n + 1, -1, 1), Vector(r, n, -1, 1) }),

            // The buffer's loop inside another loop, counting from a start that is not zero, with <=.
            new ArrayCase("Av5KbInsideAnother", """
                [Differentiable("l")]
                public static double Av5KbInsideAnother(double[] l, double[] c)
                {
                    int d = c.Length;
                    double[] q = new double[d];
                    double total = 0;
                    for (int s = 0; s < 2; s++)
                    {
                        double acc = 1;
                        for (int r = 2; r <= 4; r++)
                        {
                            for (int i = 0; i < d; i++)
                            {
                                q[i] = c[i] * r + s;
                            }

                            for (int i = 0; i < d; i++)
                            {
                                for (int j = 0; j < d; j++)
                                {
                                    q[i] += l[(i * d + j) % l.Length] * c[j];
                                }
                            }

                            double e = 0;
                            for (int i = 0; i < d; i++)
                            {
                                e += Math.Sin(q[i]);
                            }

                            acc = acc * 0.5 + e * e;
                        }

                        total = total * Math.Cos(total) + acc;
                    }

                    return total;
                }
                """, (r, n) => new object[] { Vector(r, n * n + 1, -1, 1), Vector(r, n, -1, 1) }),

            // Two buffers, the second filled from the first by a nest; the first also renewed per row by an inner loop.
            new ArrayCase("Av5KbChained", """
                [Differentiable("l")]
                public static double Av5KbChained(double[] l, double[] c)
                {
                    int d = c.Length;
                    double[] p = new double[d];
                    double[] q = new double[d];
                    double total = 0;
                    for (int r = 0; r < 3; r++)
                    {
                        for (int i = 0; i < d; i++)
                        {
                            p[i] = c[i] + r;
                            q[i] = 0;
                        }

                        for (int i = 0; i < d; i++)
                        {
                            for (int j = 0; j < d; j++)
                            {
                                p[i] += l[(i * d + j) % l.Length] * c[j];
                            }
                        }

                        for (int i = 0; i < d; i++)
                        {
                            for (int j = 0; j < d; j++)
                            {
                                q[i] += Math.Tanh(p[j]) * l[(j * d + i) % l.Length];
                            }
                        }

                        double e = 0;
                        for (int i = 0; i < d; i++)
                        {
                            e += q[i] * p[i];
                        }

                        total = total * 0.9 + Math.Sin(e);
                    }

                    return total;
                }
                """, (r, n) => new object[] { Vector(r, n * n + 1, -1, 1), Vector(r, n, -1, 1) }),

            // The nest's rows: a buffer row renewed for each i (an inner renewing loop) feeding the kept one.
            new ArrayCase("Av5KbInnerRenewing", """
                [Differentiable("l")]
                public static double Av5KbInnerRenewing(double[] l, double[] c)
                {
                    int d = c.Length;
                    double[] row = new double[d];
                    double[] q = new double[d];
                    double total = 0;
                    for (int r = 0; r < 3; r++)
                    {
                        for (int i = 0; i < d; i++)
                        {
                            q[i] = r;
                        }

                        for (int i = 0; i < d; i++)
                        {
                            for (int j = 0; j < d; j++)
                            {
                                row[j] = Math.Sin(l[(i * d + j) % l.Length] + c[j]);
                            }

                            for (int j = 0; j < d; j++)
                            {
                                q[i] += row[j] * row[j] * c[j];
                            }
                        }

                        double e = 0;
                        for (int i = 0; i < d; i++)
                        {
                            e += q[i] * q[i];
                        }

                        total = total * 0.5 + Math.Log(1 + e);
                    }

                    return total;
                }
                """, (r, n) => new object[] { Vector(r, n * n + 1, -1, 1), Vector(r, n, -1, 1) }),

            // A loop whose bound may be below its start (no iteration), and a buffer read after the loop.
            new ArrayCase("Av5KbReadAfter", """
                [Differentiable("l")]
                public static double Av5KbReadAfter(double[] l, double[] c, int rows)
                {
                    int d = c.Length;
                    double[] q = new double[d];
                    double total = 0;
                    for (int r = 0; r < rows - 2; r++)
                    {
                        for (int i = 0; i < d; i++)
                        {
                            q[i] = c[i] * r;
                        }

                        for (int i = 0; i < d; i++)
                        {
                            for (int j = 0; j < d; j++)
                            {
                                q[i] += l[(i * d + j) % l.Length] * c[j];
                            }
                        }

                        total = total * 0.5 + Math.Sin(q[0]) * q[d - 1];
                    }

                    return total + (d > 0 ? q[0] * q[0] : 0);
                }
                """, (r, n) => new object[] { Vector(r, n * n + 1, -1, 1), Vector(r, n, -1, 1), n }),

            // Halved adjoints: five squares (one negative), a call of a [Differentiable] method, a custom derivative, Gradient.Stop.
            new ArrayCase("Av5HaCalls", """
                [Differentiable]
                public static double Av5HaInner(double u) => Math.Sin(u) * u;

                public static double Av5HaSpecial(double u) => Math.Atan(u);

                [DerivativeOf(nameof(Av5HaSpecial))]
                public static double Av5HaSpecialDerivative(double u, out double dU)
                {
                    dU = 1 / (1 + u * u);
                    return Math.Atan(u);
                }

                [Differentiable]
                public static double Av5HaCalls(double x, double y)
                {
                    double a = Av5HaInner(x) - y;
                    double b = Av5HaSpecial(x * y);
                    double c = Gradient.Stop(2.5) * y - 1;
                    double d = x - y * y;
                    double e = Math.Exp(x / 3) + y;
                    return a * a - b * b + c * c + 3 * d * d + e * e;
                }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2) }) { Sizes = ArrayCase.Scalar },

            // Halved adjoints with a choice inside the squares, a named sub-result read twice, and a scale of 4.
            new ArrayCase("Av5HaBranches", """
                [Differentiable]
                public static double Av5HaBranches(double x, double y, double z)
                {
                    double a = x > y ? x - 2 * y : y * z;
                    double b = Math.Max(x, z) - 1;
                    double c = a * b;
                    double d = x * y * z;
                    double e = Math.Log(1 + z * z);
                    return 2 * a * a + 2 * b * b + 2 * c * c + 2 * d * d + 2 * e * e + 4 * x * y;
                }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2), Uniform(r, -2, 2) }) { Sizes = ArrayCase.Scalar, Accept = a => System.Math.Abs((double)a[0] - (double)a[1]) > 0.01 && System.Math.Abs((double)a[0] - (double)a[2]) > 0.01 },

            // Halved adjoints: large and small scales in the squares.
            new ArrayCase("Av5HaScales", """
                [Differentiable]
                public static double Av5HaScales(double x, double y)
                {
                    double a = 1e150 * x;
                    double b = 1e-150 * y;
                    double c = x - y;
                    double d = x * y;
                    double e = x + 1;
                    return 1e-300 * (a * a) + 1e300 * (b * b) + c * c + d * d + e * e;
                }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2) }) { Sizes = ArrayCase.Scalar },

            // A parameter assigned in a branch inside the loop, passed to a call after, with compound ops and ++.
            new ArrayCase("Av5PcBranchCall", """
                [Differentiable]
                public static double Av5PcSquare(double u) => u * u + Math.Sin(u);

                [Differentiable]
                public static double Av5PcBranchCall(double[] a, double x, double y)
                {
                    double s = 0;
                    for (int i = 0; i < a.Length; i++)
                    {
                        if (a[i] > 0)
                        {
                            x *= 0.9;
                        }
                        else
                        {
                            x -= a[i] * y;
                            y++;
                        }

                        s += Av5PcSquare(x) * a[i];
                    }

                    x /= 2;
                    return s + Av5PcSquare(x) + y * y;
                }
                """, (r, n) => new object[] { Separated(r, n), Uniform(r, -2, 2), Uniform(r, -2, 2) }),

            // A parameter assigned whose copy's natural name is another parameter's and a local's (x2).
            new ArrayCase("Av5PcNames", """
                [Differentiable("x", "a")]
                public static double Av5PcNames(double[] a, double x, double x2)
                {
                    double x3 = 0;
                    for (int i = 0; i < a.Length; i++)
                    {
                        x = x * a[i] + x2;
                        x3 += x;
                    }

                    double dX = x3;
                    return x * x3 + dX * x2;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -2, 2), Uniform(r, -2, 2) }),

            // A parameter as a running maximum.
            new ArrayCase("Av5PcRunningMax", """
                [Differentiable]
                public static double Av5PcRunningMax(double[] a, double m)
                {
                    for (int i = 0; i < a.Length; i++)
                    {
                        m = Math.Max(m, a[i] * a[i]);
                    }

                    return m * m;
                }
                """, (r, n) => new object[] { Separated(r, n), Uniform(r, -2, 2) }) { Accept = p => ((double[])p[0]).All(v => System.Math.Abs(v * v - (double)p[1]) > 0.05) && ((double[])p[0]).Select(v => v * v).Distinct().Count() == ((double[])p[0]).Length },

            // Math calls of constants in a loop, and names like those a constant call is given.
            new ArrayCase("Av5ConstantCalls", """
                [Differentiable]
                public static double Av5ConstantCalls(double[] a, double log2, double sqrt2)
                {
                    double s = 0;
                    for (int i = 0; i < a.Length; i++)
                    {
                        s += a[i] * Math.Log(2) * log2 + Math.Sqrt(2) * sqrt2 * a[i] - Math.Exp(-1) * a[i] * a[i] + Math.Max(2, 3) * Math.Abs(-2) * a[i];
                    }

                    return s + -(-log2 % 2) + Math.Pow(2, 0.5) * sqrt2 - Math.Log(10) * Math.Log(10) * log2;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.1, 1.9), Uniform(r, -2, 2) }),

            // A local the source declares with the name the copy of an assigned parameter would take (x2).
            new ArrayCase("Av5PcLocalNamedLikeCopy", """
                [Differentiable]
                public static double Av5PcLocalNamedLikeCopy(double[] a, double x)
                {
                    double s = 0;
                    for (int i = 0; i < a.Length; i++)
                    {
                        x = x * 0.5 + a[i];
                        s += x;
                    }

                    double x2 = s * s;
                    return x2 + x;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            // A local the source declares with the name a call's local takes (av5PcSquare, for the result of Av5PcSquare).
            new ArrayCase("Av5LocalNamedLikeCall", """
                [Differentiable]
                public static double Av5PcSquare2(double u) => u * u + Math.Sin(u);

                [Differentiable]
                public static double Av5LocalNamedLikeCall(double[] a, double x)
                {
                    double s = 0;
                    for (int i = 0; i < a.Length; i++)
                    {
                        s += Av5PcSquare2(a[i] * x);
                    }

                    double av5PcSquare2 = s * x;
                    return av5PcSquare2 * s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            // Constant calls in loops (the double twin of the float case).
            new ArrayCase("Av5ConstantCallsTwin", """
                [Differentiable]
                public static double Av5ConstantCallsTwin(double[] a, double x)
                {
                    double s = 0;
                    for (int i = 0; i < a.Length; i++)
                    {
                        s += a[i] * Math.Log(2) * x + Math.Sqrt(2) * a[i] + Math.Max(2, 3) * Math.Abs(-2) * a[i] + Math.Exp(-1) * x + Math.Clamp(1.5, 2, 3) * a[i] * Math.Floor(2.5);
                    }

                    return s * Math.Min(1, 4) + Math.Log(3) * x;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            // Loop-free: the same constant calls, and a negated remainder of a negation.
            new ArrayCase("Av5ConstantCallsScalar", """
                [Differentiable]
                public static double Av5ConstantCallsScalar(double x, double z)
                {
                    double u = -(-z % 2) * Math.Log(2) + Math.Clamp(4.0, 1, 3) * x - Math.Sqrt(2) * -x;
                    return u * Math.Abs(-3.0) - -(-x * z) + Math.Max(-0.0, 0.0) * x + Math.Pow(2, 0.5) / Math.Sqrt(2) * z;
                }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2) }) { Sizes = ArrayCase.Scalar, Accept = p => System.Math.Abs(((double)p[1] % 2)) > 0.01 && System.Math.Abs(((double)p[1] % 2)) < 1.99 },

            // A buffer declared inside the outer loop, kept by the middle loop; a branch whose test reads the buffer.
            new ArrayCase("Av5KbDeclaredInside", """
                [Differentiable("l")]
                public static double Av5KbDeclaredInside(double[] l, double[] c)
                {
                    int d = c.Length;
                    double total = 0;
                    for (int s = 0; s < 2; s++)
                    {
                        double[] q = new double[d];
                        double acc = 0;
                        for (long r = 0; r < 3; r++)
                        {
                            for (int i = 0; i < d; i++)
                            {
                                q[i] = c[i] * r + s;
                            }

                            for (int i = 0; i < d; i++)
                            {
                                for (int j = 0; j < d; j++)
                                {
                                    q[i] += l[(i * d + j) % l.Length] * c[j];
                                }
                            }

                            if (q[0] > q[d - 1])
                            {
                                acc = acc * 0.5 + Math.Sin(q[0]) * q[d - 1];
                            }
                            else
                            {
                                acc = acc * Math.Cos(q[d - 1]) + q[0];
                            }
                        }

                        total += acc * acc;
                    }

                    return total;
                }
                """, (r, n) => new object[] { Vector(r, n * n + 1, -1, 1), Vector(r, n, -1, 1) }) { Sizes = ArrayCase.NonEmpty },

            // Fused (independent iterations), counting down, the nest's write behind a test of the row, the buffer on the stack.
            new ArrayCase("Av5KbFusedGuarded", """
                [Differentiable("l")]
                public static double Av5KbFusedGuarded(double[] l, double[] c, int rows)
                {
                    int d = c.Length;
                    Span<double> q = stackalloc double[d];
                    double total = 0;
                    for (int r = rows - 1; r >= 0; r--)
                    {
                        for (int i = 0; i < d; i++)
                        {
                            q[i] = c[i] - r;
                        }

                        for (int i = 0; i < d; i++)
                        {
                            for (int j = 0; j <= i; j++)
                            {
                                if (r % 2 == 0)
                                {
                                    q[i] += l[(i * d + j) % l.Length] * c[j];
                                }
                            }
                        }

                        double e = 0;
                        for (int i = 0; i < d; i++)
                        {
                            e += Math.Tanh(q[i]) * q[i];
                        }

                        total += Math.Log(1 + e * e);
                    }

                    return total;
                }
                """, (r, n) => new object[] { Vector(r, n * n + 1, -1, 1), Vector(r, n, -1, 1), 4 }),
        };

        public static readonly ArrayCase[] Float =
        {
            // Constant calls in float: MathF members with whole-number arguments, a clamp of constants, Math calls cast to float.
            ArrayCase.FloatTwinOf(All.Single(c => c.Name == "Av5ConstantCallsTwin"), """
                [Differentiable]
                public static float Av5ConstantCallsFloat(float[] a, float x)
                {
                    float s = 0;
                    for (int i = 0; i < a.Length; i++)
                    {
                        s += a[i] * MathF.Log(2) * x + MathF.Sqrt(2) * a[i] + MathF.Max(2, 3) * MathF.Abs(-2) * a[i] + (float)Math.Exp(-1) * x + Math.Clamp(1.5f, 2, 3) * a[i] * MathF.Floor(2.5f);
                    }

                    return s * MathF.Min(1, 4) + (float)Math.Log(3) * x;
                }
                """),


            // A kept buffer in float.
            ArrayCase.FloatTwinOf(All.Single(c => c.Name == "Av5KbReadBeforeNest"), """
                [Differentiable("l")]
                public static float Av5KbReadBeforeNestFloat(float[] l, float[] c)
                {
                    int d = c.Length;
                    float[] q = new float[d];
                    float total = 0;
                    for (int r = 0; r < 3; r++)
                    {
                        for (int i = 0; i < d; i++)
                        {
                            q[i] = c[i] * l[i % l.Length] + r;
                        }

                        float u = MathF.Sin(q[0]);
                        for (int i = 0; i < d; i++)
                        {
                            for (int j = 0; j < d; j++)
                            {
                                q[i] += l[(i * d + j) % l.Length] * c[j];
                            }
                        }

                        total += u * q[d - 1] + q[0] * q[0];
                    }

                    return total;
                }
                """),

            // Halved adjoints in float.
            ArrayCase.FloatTwinOf(All.Single(c => c.Name == "Av5HaBranches"), """
                [Differentiable]
                public static float Av5HaBranchesFloat(float x, float y, float z)
                {
                    float a = x > y ? x - 2 * y : y * z;
                    float b = MathF.Max(x, z) - 1;
                    float c = a * b;
                    float d = x * y * z;
                    float e = MathF.Log(1 + z * z);
                    return 2 * a * a + 2 * b * b + 2 * c * c + 2 * d * d + 2 * e * e + 4 * x * y;
                }
                """),
        };
    }
}
