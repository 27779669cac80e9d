using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// Constructs that methods with loops or arrays do not support yet: the analyzer says so with
    /// DIFF015 and nothing is generated. (Early returns and assignments to parameters work in scalar
    /// methods; the in-place updates of a local array element produced wrong gradients silently
    /// before the analyzer declined them.) Listed in <see cref="KnownBugs.NotSupportedYet"/>,
    /// so they are skipped until the support lands; then delete the entry and they run.
    /// </summary>
    public static class NotSupportedYetCases
    {
        public static readonly ArrayCase[] All =
        {
            // The hinge loss as first written: an early return after the loop.
            new ArrayCase(
                "HingeEarlyReturn",
                """
                [Differentiable("w", "b")]
                public static double HingeEarlyReturn(double[] w, double b, double[] x, double y)
                {
                    double s = b;
                    for (int i = 0; i < w.Length; i++)
                    {
                        s += w[i] * x[i];
                    }

                    double margin = 1 - y * s;
                    if (margin > 0)
                    {
                        return margin;
                    }

                    return 0;
                }
                """,
                (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1), Vector(r, n, -1, 1), Sign(r) })
            {
                Accept = ArrayModelCases.AwayFromHinge,
            },

            // A return inside the loop body.
            new ArrayCase(
                "ReturnInLoop",
                """
                [Differentiable]
                public static double ReturnInLoop(double[] x)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (i == 3)
                        {
                            return s;
                        }

                        s += x[i] * x[i];
                    }

                    return s;
                }
                """,
                (r, n) => new object[] { Vector(r, n) }),

            // A scalar parameter used as the loop's accumulator.
            new ArrayCase(
                "ParameterAssignedInLoop",
                """
                [Differentiable]
                public static double ParameterAssignedInLoop(double[] x, double p)
                {
                    for (int i = 0; i < x.Length; i++)
                    {
                        p /= 1 + x[i] * x[i];
                        p -= 0.1 * x[i];
                    }

                    return p;
                }
                """,
                (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            // A local array written, then updated in place (t[i] = sin(t[i])), then read: three loops.
            new ArrayCase(
                "InPlaceLocal",
                """
                [Differentiable]
                public static double InPlaceLocal(double[] x)
                {
                    double[] t = new double[x.Length];
                    for (int i = 0; i < x.Length; i++)
                    {
                        t[i] = x[i] * x[i];
                    }

                    for (int i = 0; i < x.Length; i++)
                    {
                        t[i] = Math.Sin(t[i]);
                    }

                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += t[i];
                    }

                    return s;
                }
                """,
                (r, n) => new object[] { Vector(r, n, -1.5, 1.5) }),

            // An in-place update within one loop on a stackalloc'd local: t[i] = x[i]; t[i] = t[i]·t[i]; s += t[i].
            new ArrayCase(
                "InPlaceSquare",
                """
                [Differentiable]
                public static double InPlaceSquare(double[] x)
                {
                    Span<double> t = stackalloc double[x.Length];
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        t[i] = x[i];
                        t[i] = t[i] * t[i];
                        s += t[i];
                    }

                    return s;
                }
                """,
                (r, n) => new object[] { Vector(r, n) }),
        };
    }
}
