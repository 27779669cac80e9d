using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// Constructs that methods with loops or arrays do not support yet: the analyzer says so with
    /// DIFF015 and nothing is generated. (Early returns and assignments to parameters work in scalar
    /// methods.) Listed in <see cref="KnownBugs.NotSupportedYet"/>,
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

            // An element tested, then overwritten, in a loop that a break may leave (issue 10): the reverse loop tests again
            // after it has run the iteration's write again, so it would test the new value. (Early stopping whose test reads
            // locals computed from the elements is read since the twentieth session: GatedUndoCases.)
            new ArrayCase(
                "InPlaceAfterBreakTest",
                """
                [Differentiable]
                public static double InPlaceAfterBreakTest(double[] w, double x)
                {
                    double[] t = new double[w.Length];
                    for (int i = 0; i < w.Length; i++)
                    {
                        t[i] = w[i];
                    }

                    double s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        if (t[i] > 0.7)
                        {
                            break;
                        }

                        t[i] = t[i] * x + s;
                        s += t[i];
                    }

                    foreach (double v in t)
                    {
                        s += v * v;
                    }

                    return s;
                }
                """,
                (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // An element kept in a local, then overwritten, in a loop nested in another whose passes recompute the sum the
            // inner loop carries out (issue 10): the outer pass would recompute it from the overwritten elements.
            new ArrayCase(
                "InPlaceNestedCarried",
                """
                [Differentiable]
                public static double InPlaceNestedCarried(double[] w, double x)
                {
                    double[] t = new double[w.Length];
                    for (int i = 0; i < w.Length; i++)
                    {
                        t[i] = w[i];
                    }

                    double s = 0;
                    for (int r = 0; r < 2; r++)
                    {
                        double c = 0;
                        for (int i = 0; i < w.Length; i++)
                        {
                            double o = t[i];
                            t[i] = o * x + c;
                            c += o;
                        }

                        s += c * c;
                    }

                    return s;
                }
                """,
                (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),
        };
    }
}
