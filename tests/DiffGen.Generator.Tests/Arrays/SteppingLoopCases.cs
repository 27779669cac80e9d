using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// Loops that only step integers, as the source writes them or as a recomputed iteration leaves them without its
    /// writes: written as where the steps end, behind the loop's own test at its first index (shape:
    /// <see cref="InductionTapeTests"/>). Counting down, with &lt;=, by a step the loop does not change, a long.
    /// </summary>
    public static class SteppingLoopCases
    {
        public static readonly ArrayCase[] Double =
        {
            new ArrayCase("SlStepsOnly", """
                [Differentiable]
                public static double SlStepsOnly(double[] w, double x)
                {
                    int k = 0;
                    long m = 1;
                    double s = 0;
                    for (int r = 0; r < w.Length; r++)
                    {
                        for (int j = w.Length; j > r; j--)
                        {
                            k += 2;
                        }

                        for (int j = 0; j <= r; j++)
                        {
                            m += r + 1;
                        }

                        s += w[k % w.Length] * x + w[(int)(m % w.Length)] * w[r];
                    }

                    return s * s;
                }
                """, (r, n) => new object[] { Vector(r, n + 1), Uniform(r, -1, 1) }),
        };
    }
}
