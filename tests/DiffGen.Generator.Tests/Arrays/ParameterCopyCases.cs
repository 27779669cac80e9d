using System.Linq;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// Parameters a method with loops or arrays assigns: read and written through a local copy made first
    /// (<c>double p2 = p;</c>), their derivative flowing back through it. An accumulator, a learning rate decayed in the
    /// loop while it is data, one assigned by ++ and by a product, one assigned where integer arithmetic alone makes the
    /// method one with loops (the fuzzer's declines, seeds 41, 42, 51).
    /// </summary>
    public static class ParameterCopyCases
    {
        public static readonly ArrayCase[] Double =
        {
            // A scalar parameter used as the loop's accumulator (once DIFF015).
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

            // A learning rate decayed in the loop; it is data here.
            new ArrayCase("PcDecayedRate", """
                [Differentiable("w")]
                public static double PcDecayedRate(double[] w, double lr)
                {
                    double s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        s += lr * w[i] * w[i];
                        lr *= 0.9;
                    }

                    return s + lr;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.1, 1) }),

            // Assigned by a product and by ++, read after the loop, and differentiated.
            new ArrayCase("PcProductAndIncrement", """
                [Differentiable]
                public static double PcProductAndIncrement(double[] w, double lr)
                {
                    double s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        s += lr * w[i];
                        lr = lr * w[i];
                        lr++;
                    }

                    return s + lr * lr;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // No loop: integer arithmetic alone makes it a method with loops and arrays; x is assigned a constant.
            new ArrayCase("PcIntegerArithmetic", """
                [Differentiable]
                public static double PcIntegerArithmetic(double x, double y, int n)
                {
                    x = 1.5 * x + y;
                    y = x * y;
                    return n * n + x * y;
                }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2), n }),
        };

        public static readonly ArrayCase[] Float =
        {
            Twin("PcDecayedRate", """
                [Differentiable("w")]
                public static float PcDecayedRateFloat(float[] w, float lr)
                {
                    float s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        s += lr * w[i] * w[i];
                        lr *= 0.9f;
                    }

                    return s + lr;
                }
                """),
        };

        private static ArrayCase Twin(string doubleTwin, string source) => ArrayCase.FloatTwinOf(Double.Single(c => c.Name == doubleTwin), source);
    }
}
