using System;
using System.Linq;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// Sums from zero whose term's derivative with respect to a value the loop leaves alone is a multiple of the term
    /// (log-sum-exp's shift): that share is added once after the reverse loop as the multiple of the sum (shape:
    /// <see cref="SumFromZeroTests"/>). A subtracted sum, a shift read twice in the term, one row at a time inside an outer
    /// loop, a second loop adding to the same sum after it, the last loop of the method (fused, so per iteration), and near
    /// misses: a sum that does not start at zero, a derivative that is not a multiple of the term.
    /// </summary>
    public static class SumFromZeroCases
    {
        public static readonly ArrayCase[] Double =
        {
            // s -= exp(m - x[i]): ∂/∂m is the term, the sum ends at −Σ: dM += dS·s.
            new ArrayCase("SzSubtracted", """
                [Differentiable]
                public static double SzSubtracted(double[] x, double m)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s -= Math.Exp(m - x[i]);
                    }

                    return Math.Log(1 - s) * m;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // The shift read twice in the term (∂/∂m = −2·t), and the term scaled by a constant.
            new ArrayCase("SzTwiceShifted", """
                [Differentiable]
                public static double SzTwiceShifted(double[] x, double m)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += 0.5 * Math.Exp(x[i] - m - m);
                    }

                    double t = s * s + m;
                    return t;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // One row at a time: each row's sum from zero, the row's maximum as the shift (the GMM's log-sum-exp).
            new ArrayCase("SzRows", """
                [Differentiable("a")]
                public static double SzRows(double[] a, int columns)
                {
                    int rows = a.Length / columns;
                    double total = 0;
                    for (int r = 0; r < rows; r++)
                    {
                        double shift = a[r * columns] * 0.5;
                        double se = 0;
                        for (int c = 0; c < columns; c++)
                        {
                            se += Math.Exp(a[r * columns + c] - shift);
                        }

                        total += Math.Log(se) + shift;
                    }

                    return total;
                }
                """, (r, n) => new object[] { Vector(r, 3 * (n + 1), -1, 1), 3 }),

            // A second loop adds to the same sum: the sum the first loop left must still be there for its reverse sweep.
            new ArrayCase("SzAddedToAfter", """
                [Differentiable]
                public static double SzAddedToAfter(double[] x, double m)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += Math.Exp(x[i] - m);
                    }

                    for (int i = 0; i < x.Length; i++)
                    {
                        s += x[i] * x[i] * m;
                    }

                    return Math.Log(1 + s * s);
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // The method's last loop: fused with its reverse sweep, so its shares stay per iteration.
            new ArrayCase("SzLastLoop", """
                [Differentiable]
                public static double SzLastLoop(double[] x, double m)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += Math.Exp(x[i] * 0.5 - m);
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // Near miss: the sum starts at 1.
            new ArrayCase("SzFromOne", """
                [Differentiable]
                public static double SzFromOne(double[] x, double m)
                {
                    double s = 1;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += Math.Exp(x[i] - m);
                    }

                    return Math.Log(s) * m;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // Near miss: ∂/∂b = x[i]·exp(…), not a multiple of the term.
            new ArrayCase("SzNotAMultiple", """
                [Differentiable]
                public static double SzNotAMultiple(double[] x, double b)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += Math.Exp(x[i] * b);
                    }

                    return Math.Log(s) * b;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }) { Sizes = ArrayCase.NonEmpty },
        };

        public static readonly ArrayCase[] Float =
        {
            Twin("SzRows", """
                [Differentiable("a")]
                public static float SzRowsFloat(float[] a, int columns)
                {
                    int rows = a.Length / columns;
                    float total = 0;
                    for (int r = 0; r < rows; r++)
                    {
                        float shift = a[r * columns] * 0.5f;
                        float se = 0;
                        for (int c = 0; c < columns; c++)
                        {
                            se += MathF.Exp(a[r * columns + c] - shift);
                        }

                        total += MathF.Log(se) + shift;
                    }

                    return total;
                }
                """),
        };

        private static ArrayCase Twin(string doubleTwin, string source) => ArrayCase.FloatTwinOf(Double.Single(c => c.Name == doubleTwin), source);
    }
}
