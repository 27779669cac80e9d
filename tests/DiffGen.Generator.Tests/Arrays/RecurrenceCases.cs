using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>Values carried from one iteration to the next (the reverse sweep needs each iteration's value back: a tape), in loops of every shape.</summary>
    public static class RecurrenceCases
    {
        public static readonly ArrayCase[] All =
        {
            // A recurrence in a while loop: the trip count is not a for loop's bounds.
            new ArrayCase(
                "WhileHorner",
                """
                [Differentiable]
                public static double WhileHorner(double[] c, double x)
                {
                    double acc = 0;
                    int i = 0;
                    while (i < c.Length)
                    {
                        acc = acc * x + c[i];
                        i++;
                    }

                    return acc;
                }
                """,
                (r, n) => new object[] { Vector(r, n), Uniform(r, -1.5, 1.5) }),

            // A recurrence stepping −2 from the end: the tape is indexed by a strided counter.
            new ArrayCase(
                "StridedRecurrence",
                """
                [Differentiable]
                public static double StridedRecurrence(double[] c, double x)
                {
                    double acc = 0;
                    for (int i = c.Length - 1; i >= 0; i -= 2)
                    {
                        acc = acc * x + c[i];
                    }

                    return acc;
                }
                """,
                (r, n) => new object[] { Vector(r, n), Uniform(r, -1.5, 1.5) }),

            // A nonlinear recurrence over a foreach.
            new ArrayCase(
                "ForeachRecurrence",
                """
                [Differentiable]
                public static double ForeachRecurrence(double[] c, double x)
                {
                    double acc = 0;
                    foreach (double v in c)
                    {
                        acc = Math.Sin(acc) * x + v;
                    }

                    return acc;
                }
                """,
                (r, n) => new object[] { Vector(r, n), Uniform(r, -1.5, 1.5) }),

            // A recurrence left early by break on data: only the iterations run are taped and reversed.
            new ArrayCase(
                "BreakRecurrence",
                """
                [Differentiable("w", "x")]
                public static double BreakRecurrence(double[] w, double x, double[] stop)
                {
                    double y = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        if (stop[i] > 0.8)
                        {
                            break;
                        }

                        y = Math.Sin(y * x) + w[i];
                    }

                    return y;
                }
                """,
                (r, n) => new object[] { Vector(r, n), Uniform(r, -1.5, 1.5), Vector(r, n, 0, 1) }),

            // A recurrence whose skipped iterations (continue on data) change nothing.
            new ArrayCase(
                "ContinueRecurrence",
                """
                [Differentiable("c", "x")]
                public static double ContinueRecurrence(double[] c, double x, double[] mask)
                {
                    double acc = 1;
                    for (int i = 0; i < c.Length; i++)
                    {
                        if (mask[i] < 0.5)
                        {
                            continue;
                        }

                        acc = acc * x + c[i] * acc;
                    }

                    return acc;
                }
                """,
                (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1.5, 1.5), Vector(r, n, 0, 1) }),

            // A nonlinear recurrence restarted in each row of a nested loop.
            new ArrayCase(
                "NestedRecurrence",
                """
                [Differentiable]
                public static double NestedRecurrence(double[] a, double w, int rows, int cols)
                {
                    double s = 0;
                    for (int r = 0; r < rows; r++)
                    {
                        double acc = 0;
                        for (int c = 0; c < cols; c++)
                        {
                            acc = Math.Tanh(acc * w + a[r * cols + c]);
                        }

                        s += acc * acc;
                    }

                    return s;
                }
                """,
                (r, n) =>
                {
                    int rows = 1 + (n % 3);
                    return new object[] { Vector(r, rows * n, -1, 1), Uniform(r, -1.5, 1.5), rows, n };
                }),

            // Two locals updated together through a temporary (u, v ← v, (u + v)·x[i]), started from scalar parameters.
            new ArrayCase(
                "SwapRecurrence",
                """
                [Differentiable]
                public static double SwapRecurrence(double[] x, double a, double b)
                {
                    double u = a;
                    double v = b;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double t = u + v;
                        u = v;
                        v = t * x[i];
                    }

                    return u + 2 * v;
                }
                """,
                (r, n) => new object[] { Vector(r, n, -1.2, 1.2), Uniform(r, -1, 1), Uniform(r, -1, 1) }),

            // /= and -= on a local carried through the loop, started from a scalar parameter.
            new ArrayCase(
                "DivideRecurrence",
                """
                [Differentiable]
                public static double DivideRecurrence(double[] x, double p)
                {
                    double q = p;
                    for (int i = 0; i < x.Length; i++)
                    {
                        q /= 1 + x[i] * x[i];
                        q -= 0.1 * x[i];
                    }

                    return q;
                }
                """,
                (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),
        };
    }
}
