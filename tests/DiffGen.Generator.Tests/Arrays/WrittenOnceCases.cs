using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// Array parameters whose gradient one fused loop writes entry by entry (<c>dW[i] = ...</c>, no zeroing first), and the
    /// near misses that must keep the zeroing: a loop that skips element 0, an element also read outside the loop, a read
    /// only under a test, a read through Gradient.Stop only, a loop left early. The catalog checks every output entry
    /// against finite differences with the outputs starting as NaN or 1e300, so an entry left unwritten fails.
    /// </summary>
    public static class WrittenOnceCases
    {
        public static readonly ArrayCase[] All =
        {
            // Least squares with one weight per element: one term per weight.
            new ArrayCase("WoOneWeightEach", """
                [Differentiable("w")]
                public static double WoOneWeightEach(double[] w, double[] x)
                {
                    double sum = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        double r = w[i] * x[i] - 1;
                        sum += r * r;
                    }

                    return sum;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Vector(r, n, -1, 1) }),

            // Two statements read w[i]: the first contribution writes, the second adds.
            new ArrayCase("WoTwoReads", """
                [Differentiable]
                public static double WoTwoReads(double[] w, double b)
                {
                    double sum = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        double t = Math.Sin(w[i] * b);
                        sum += t * w[i] - b * w[i] * w[i];
                    }

                    return sum;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // Near miss: the loop starts at 1, so dW[0] gets nothing and must be zero.
            new ArrayCase("WoSkipsFirst", """
                [Differentiable]
                public static double WoSkipsFirst(double[] w, double b)
                {
                    double sum = 0;
                    for (int i = 1; i < w.Length; i++)
                    {
                        sum += Math.Exp(w[i] * b);
                    }

                    return sum;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // Near miss: w[0] is also read after the loop, so dW[0] gets two contributions from two places.
            new ArrayCase("WoReadOutside", """
                [Differentiable]
                public static double WoReadOutside(double[] w, double b)
                {
                    double sum = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        sum += Math.Exp(w[i] * b);
                    }

                    return sum + (w.Length > 0 ? w[0] * w[0] : b);
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // Near miss: w[i] read only when a test holds; the other entries must be zero.
            new ArrayCase("WoGuardedRead", """
                [Differentiable]
                public static double WoGuardedRead(double[] w, double b)
                {
                    double sum = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        sum += i % 2 == 0 ? w[i] * w[i] * b : b;
                    }

                    return sum;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // Near miss: w[i] read only by a test, beside reads of another array: no contribution to dW at all.
            new ArrayCase("WoTestedRead", """
                [Differentiable]
                public static double WoTestedRead(double[] w, double[] v)
                {
                    double sum = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        sum += w[i] > 0 ? v[i] * v[i] : -v[i];
                    }

                    return sum;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n, 0.25, 1), Vector(r, n, -1, 1) }),
        };
    }
}
