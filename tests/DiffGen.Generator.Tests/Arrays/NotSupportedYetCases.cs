using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// Constructs the scalar path supports but methods with loops or arrays do not yet (the analyzer
    /// says so with DIFF015 and nothing is generated). Listed in <see cref="KnownBugs.NotSupportedYet"/>,
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

            // A call of a scalar [Differentiable] method inside the loop.
            new ArrayCase(
                "CallInLoop",
                """
                [Differentiable]
                public static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

                [Differentiable]
                public static double CallInLoop(double[] w, double[] x)
                {
                    double s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        s += Sigmoid(w[i] * x[i]);
                    }

                    return s;
                }
                """,
                (r, n) => new object[] { Vector(r, n), Vector(r, n) }),

            // An array method calling another.
            new ArrayCase(
                "ArrayCallsArray",
                """
                [Differentiable]
                public static double SumOfSquares(double[] v)
                {
                    double s = 0;
                    for (int i = 0; i < v.Length; i++)
                    {
                        s += v[i] * v[i];
                    }

                    return s;
                }

                [Differentiable]
                public static double ArrayCallsArray(double[] v, double k)
                {
                    return k * SumOfSquares(v);
                }
                """,
                (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),
        };
    }
}
