using System.Linq;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>Index arithmetic: start from a parameter, counting down, reversed and repeated indices, branches on the counter.</summary>
    public static class IndexingCases
    {
        public static readonly ArrayCase[] All =
        {
            // A loop starting at an int parameter (0 .. n+1: possibly past the end).
            new ArrayCase(
                "StartAt",
                """
                [Differentiable]
                public static double StartAt(double[] x, int start)
                {
                    double s = 0;
                    for (int i = start; i < x.Length; i++)
                    {
                        s += Math.Exp(x[i]);
                    }

                    return s;
                }
                """,
                (r, n) => new object[] { Vector(r, n, -1, 1), r.Next(n + 2) }),

            // Counting down with --i and reading x[i − 1].
            new ArrayCase(
                "PrefixDecrement",
                """
                [Differentiable]
                public static double PrefixDecrement(double[] x)
                {
                    double s = 0;
                    for (int i = x.Length; i > 0; --i)
                    {
                        s = s * 0.5 + x[i - 1];
                    }

                    return s;
                }
                """,
                (r, n) => new object[] { Vector(r, n) }),

            // Reading x from the end while w goes forwards.
            new ArrayCase(
                "Reversed",
                """
                [Differentiable]
                public static double Reversed(double[] w, double[] x)
                {
                    double s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        s += w[i] * Math.Sin(x[x.Length - 1 - i]);
                    }

                    return s;
                }
                """,
                (r, n) => new object[] { Vector(r, n), Vector(r, n) }),

            // Indices that repeat ((3i) mod m with m ≤ n): the derivatives of repeated elements add up.
            new ArrayCase(
                "Gather",
                """
                [Differentiable]
                public static double Gather(double[] w, double[] x)
                {
                    double s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        s += w[i] * x[(3 * i) % x.Length];
                    }

                    return s;
                }
                """,
                (r, n) => new object[] { Vector(r, n), Vector(r, n == 0 ? 0 : 1 + (n / 2)) }),

            // A branch on the counter's parity: += on even, −= on odd elements.
            new ArrayCase(
                "ParityBranch",
                """
                [Differentiable]
                public static double ParityBranch(double[] x)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (i % 2 == 0)
                        {
                            s += x[i] * x[i];
                        }
                        else
                        {
                            s -= Math.Cos(x[i]);
                        }
                    }

                    return s;
                }
                """,
                (r, n) => new object[] { Vector(r, n) }),

            // ?: choosing an array element (elementwise max), away from ties.
            new ArrayCase(
                "ConditionalElement",
                """
                [Differentiable]
                public static double ConditionalElement(double[] w, double[] x)
                {
                    double s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        s += (x[i] > w[i] ? x[i] : w[i]) * x[i];
                    }

                    return s;
                }
                """,
                (r, n) => new object[] { Vector(r, n), Vector(r, n) })
            {
                Accept = a => ((double[])a[0]).Zip((double[])a[1], (w, x) => System.Math.Abs(w - x)).All(d => d > 0.1),
            },
        };
    }
}
