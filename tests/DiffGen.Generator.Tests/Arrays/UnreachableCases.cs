using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// Statements after the return of a method with loops or arrays never run (the compiler warns CS0162): ignored, as in a
    /// loop-free method, not DIFF015 (the fuzzer's decline, seed 6: integer arithmetic after the return).
    /// </summary>
    public static class UnreachableCases
    {
        public static readonly ArrayCase[] Double =
        {
            new ArrayCase("UrAfterReturn", """
                [Differentiable("w")]
                public static double UrAfterReturn(double[] w, int n)
                {
                    double s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        s += w[i] * w[i] * n;
                    }

                    return s;
                #pragma warning disable CS0162
                    s = n * n;
                    return s * n;
                #pragma warning restore CS0162
                }
                """, (r, n) => new object[] { Vector(r, n), 3 }),
        };
    }
}
