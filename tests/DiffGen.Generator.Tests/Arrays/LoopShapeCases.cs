using System.Linq;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// Loop shapes: direction, step, nesting, foreach, while, do-while, break, continue, branches
    /// inside the body, and fixed-count recurrences.
    /// </summary>
    public static class LoopShapeCases
    {
        public static readonly ArrayCase[] All =
        {
            // Backwards: Horner's rule with the lowest coefficient first, so the order matters.
            new ArrayCase(
                "HornerBackwards",
                """
                [Differentiable]
                public static double HornerBackwards(double[] c, double x)
                {
                    double acc = 0;
                    for (int i = c.Length - 1; i >= 0; i--)
                    {
                        acc = acc * x + c[i];
                    }

                    return acc;
                }
                """,
                (r, n) => new object[] { Vector(r, n), Uniform(r, -1.5, 1.5) }),

            // Step 2: products of pairs; at odd lengths the last element is never read (its derivative is 0).
            new ArrayCase(
                "PairProducts",
                """
                [Differentiable]
                public static double PairProducts(double[] x)
                {
                    double s = 0;
                    for (int i = 0; i + 1 < x.Length; i += 2)
                    {
                        s += x[i] * x[i + 1];
                    }

                    return s;
                }
                """,
                (r, n) => new object[] { Vector(r, n) }),

            // Step −3 from the end: every third element, the others' derivatives are 0.
            new ArrayCase(
                "StrideThreeBackwards",
                """
                [Differentiable]
                public static double StrideThreeBackwards(double[] w, double[] x)
                {
                    double s = 0;
                    for (int i = x.Length - 1; i >= 0; i -= 3)
                    {
                        s += w[i] * Math.Sin(x[i]);
                    }

                    return s;
                }
                """,
                (r, n) => new object[] { Vector(r, n), Vector(r, n) }),

            // Start at 1, an inclusive bound, and an offset index x[i − 1]: a roughness penalty Σ (x[i] − x[i−1])².
            new ArrayCase(
                "Roughness",
                """
                [Differentiable]
                public static double Roughness(double[] x)
                {
                    double s = 0;
                    for (int i = 1; i <= x.Length - 1; i++)
                    {
                        double d = x[i] - x[i - 1];
                        s += d * d;
                    }

                    return s;
                }
                """,
                (r, n) => new object[] { Vector(r, n) }),

            // The counter used as a number, an int parameter as the bound: Σ x^k/k! for k ≤ terms, term by term.
            new ArrayCase(
                "ExpSeries",
                """
                [Differentiable]
                public static double ExpSeries(double x, int terms)
                {
                    double term = 1;
                    double s = 1;
                    for (int k = 1; k <= terms; k++)
                    {
                        term *= x / k;
                        s += term;
                    }

                    return s;
                }
                """,
                (r, n) => new object[] { Uniform(r, -2, 2), n }),

            // Nested loops: ‖A·x‖² with A a rows×cols matrix in a flat array, sizes as int parameters.
            new ArrayCase(
                "MatVecNorm",
                """
                [Differentiable]
                public static double MatVecNorm(double[] a, double[] x, int rows, int cols)
                {
                    double s = 0;
                    for (int r = 0; r < rows; r++)
                    {
                        double y = 0;
                        for (int c = 0; c < cols; c++)
                        {
                            y += a[r * cols + c] * x[c];
                        }

                        s += y * y;
                    }

                    return s;
                }
                """,
                (r, n) =>
                {
                    int rows = 1 + (n % 3);
                    return new object[] { Vector(r, rows * n), Vector(r, n), rows, n };
                }),

            // Nested loops with an inner bound that depends on the outer variable.
            new ArrayCase(
                "Triangle",
                """
                [Differentiable]
                public static double Triangle(double[] x)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        for (int j = 0; j < i; j++)
                        {
                            s += Math.Cos(x[i] - x[j]);
                        }
                    }

                    return s;
                }
                """,
                (r, n) => new object[] { Vector(r, n) }),

            new ArrayCase(
                "ForeachArray",
                """
                [Differentiable]
                public static double ForeachArray(double[] x)
                {
                    double s = 0;
                    foreach (double v in x)
                    {
                        s += Math.Exp(-v * v);
                    }

                    return s;
                }
                """,
                (r, n) => new object[] { Vector(r, n) }),

            new ArrayCase(
                "ForeachSpan",
                """
                [Differentiable]
                public static double ForeachSpan(ReadOnlySpan<double> x)
                {
                    double s = 0;
                    foreach (double v in x)
                    {
                        s += Math.Log(1 + v * v);
                    }

                    return s;
                }
                """,
                (r, n) => new object[] { Vector(r, n) }),

            new ArrayCase(
                "WhileCounter",
                """
                [Differentiable]
                public static double WhileCounter(double[] w, double[] x)
                {
                    double s = 0;
                    int i = 0;
                    while (i < x.Length)
                    {
                        s += w[i] * Math.Cos(x[i]);
                        i++;
                    }

                    return s;
                }
                """,
                (r, n) => new object[] { Vector(r, n), Vector(r, n) }),

            // A do-while runs once before testing, so it reads x[0]: not defined at length 0.
            new ArrayCase(
                "DoWhileProduct",
                """
                [Differentiable]
                public static double DoWhileProduct(double[] x)
                {
                    double p = 1;
                    int i = 0;
                    do
                    {
                        p *= 1 + x[i] * x[i];
                        i++;
                    }
                    while (i < x.Length);

                    return Math.Log(p);
                }
                """,
                (r, n) => new object[] { Vector(r, n) })
            {
                Sizes = ArrayCase.NonEmpty,
            },

            // A do-while with a fixed count in scalars: six Newton steps towards √a.
            new ArrayCase(
                "NewtonSqrt",
                """
                [Differentiable]
                public static double NewtonSqrt(double a, double guess)
                {
                    double y = guess;
                    int k = 0;
                    do
                    {
                        y = 0.5 * (y + a / y);
                        k++;
                    }
                    while (k < 6);

                    return y;
                }
                """,
                (r, n) => new object[] { Uniform(r, 0.5, 4), Uniform(r, 0.5, 2) })
            {
                Sizes = ArrayCase.Scalar,
            },

            // y = sin(y) + x ten times.
            new ArrayCase(
                "SinRecurrence",
                """
                [Differentiable]
                public static double SinRecurrence(double x)
                {
                    double y = 0;
                    for (int k = 0; k < 10; k++)
                    {
                        y = Math.Sin(y) + x;
                    }

                    return y;
                }
                """,
                (r, n) => new object[] { Uniform(r, -2, 2) })
            {
                Sizes = ArrayCase.Scalar,
            },

            // break at an int limit (0 .. n+1): elements from the limit on have derivative 0.
            new ArrayCase(
                "SumUntilLimit",
                """
                [Differentiable]
                public static double SumUntilLimit(double[] x, int limit)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (i == limit)
                        {
                            break;
                        }

                        s += x[i] * x[i] * x[i];
                    }

                    return s;
                }
                """,
                (r, n) => new object[] { Vector(r, n), r.Next(n + 2) }),

            // continue on a data mask (not differentiated).
            new ArrayCase(
                "MaskedSines",
                """
                [Differentiable("x")]
                public static double MaskedSines(double[] x, double[] mask)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (mask[i] < 0.5)
                        {
                            continue;
                        }

                        s += Math.Sin(x[i]) * mask[i];
                    }

                    return s;
                }
                """,
                (r, n) => new object[] { Vector(r, n), Vector(r, n, 0, 1) }),

            // A while loop left by break on data: only w differentiated.
            new ArrayCase(
                "WhileBreak",
                """
                [Differentiable("w")]
                public static double WhileBreak(double[] w, double[] x, double stop)
                {
                    double s = 0;
                    int i = 0;
                    while (i < w.Length)
                    {
                        if (x[i] > stop)
                        {
                            break;
                        }

                        s += w[i] * x[i];
                        i++;
                    }

                    return s;
                }
                """,
                (r, n) => new object[] { Vector(r, n), Vector(r, n), Uniform(r, 0, 2) }),

            // The smallest branch inside a loop: an if without else around the accumulation.
            new ArrayCase(
                "BranchSum",
                """
                [Differentiable]
                public static double BranchSum(double[] x)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (x[i] > 0)
                        {
                            s += x[i] * x[i];
                        }
                    }

                    return s;
                }
                """,
                (r, n) => new object[] { AwayFromZero(r, n) }),

            // if / else if / else inside the loop (Huber loss), with a differentiated threshold.
            new ArrayCase(
                "Huber",
                """
                [Differentiable]
                public static double Huber(double[] r, double delta)
                {
                    double s = 0;
                    for (int i = 0; i < r.Length; i++)
                    {
                        if (r[i] > delta)
                        {
                            s += delta * (r[i] - 0.5 * delta);
                        }
                        else if (r[i] < -delta)
                        {
                            s += -delta * (r[i] + 0.5 * delta);
                        }
                        else
                        {
                            s += 0.5 * r[i] * r[i];
                        }
                    }

                    return s;
                }
                """,
                (r, n) => new object[] { Vector(r, n, -2.5, 2.5), Uniform(r, 0.5, 1.2) })
            {
                Accept = a => ((double[])a[0]).All(v => System.Math.Abs(System.Math.Abs(v) - (double)a[1]) > 0.1),
            },

            // ?: inside the loop: a leaky ReLU of each product.
            new ArrayCase(
                "LeakyReluSum",
                """
                [Differentiable]
                public static double LeakyReluSum(double[] w, double[] x)
                {
                    double s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        double z = w[i] * x[i];
                        s += z > 0 ? z : 0.1 * z;
                    }

                    return s;
                }
                """,
                (r, n) => new object[] { AwayFromZero(r, n), AwayFromZero(r, n) }),

            // A running maximum m = Math.Max(m, z[i]) over values far apart, plus a foreach sum.
            new ArrayCase(
                "MaxPlusHalfSum",
                """
                [Differentiable]
                public static double MaxPlusHalfSum(double[] z)
                {
                    double m = z[0];
                    for (int i = 1; i < z.Length; i++)
                    {
                        m = Math.Max(m, z[i]);
                    }

                    double s = 0;
                    foreach (double v in z)
                    {
                        s += v;
                    }

                    return m + 0.5 * s;
                }
                """,
                (r, n) => new object[] { Separated(r, n) })
            {
                Sizes = ArrayCase.NonEmpty,
            },

            // foreach over a local array filled by an earlier loop.
            new ArrayCase(
                "ForeachLocal",
                """
                [Differentiable]
                public static double ForeachLocal(double[] x)
                {
                    double[] t = new double[x.Length];
                    for (int i = 0; i < x.Length; i++)
                    {
                        t[i] = Math.Exp(x[i]);
                    }

                    double s = 0;
                    foreach (double v in t)
                    {
                        s += v * v;
                    }

                    return s;
                }
                """,
                (r, n) => new object[] { Vector(r, n, -1, 1) }),

            // Math.Pow with a differentiated exponent inside the loop.
            new ArrayCase(
                "PowInLoop",
                """
                [Differentiable]
                public static double PowInLoop(double[] x, double p)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += Math.Pow(x[i] * x[i] + 1, p);
                    }

                    return s;
                }
                """,
                (r, n) => new object[] { Vector(r, n), Uniform(r, -1.5, 1.5) }),

            // A running max started at a scalar parameter, over a foreach: defined at length 0 (it is b). Values far apart.
            new ArrayCase(
                "MaxFromScalar",
                """
                [Differentiable]
                public static double MaxFromScalar(double[] x, double b)
                {
                    double m = b;
                    foreach (double v in x)
                    {
                        m = Math.Max(m, v);
                    }

                    return m;
                }
                """,
                (r, n) =>
                {
                    double[] values = Separated(r, n + 1);
                    return new object[] { values.Skip(1).ToArray(), values[0] };
                }),
        };
    }
}
