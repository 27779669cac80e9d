using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// A loop that only an <c>if</c> guards, the guard reading nothing the loop changes: run as the loop with the guard
    /// joined to its condition (it was DIFF015, "A loop inside an if"; AdversarialCases' RvLoopInBranch and RvWhileInBranch
    /// are of this shape too). Points on both sides of each guard.
    /// </summary>
    public static class GuardedLoopCases
    {
        public static readonly ArrayCase[] Double =
        {
            // An optional ridge penalty, on when its weight is positive.
            new ArrayCase("GlOptionalRidge", """
                [Differentiable]
                public static double GlOptionalRidge(double[] w, double[] x, double lambda)
                {
                    double loss = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        loss += (w[i] * x[i] - 1) * (w[i] * x[i] - 1);
                    }

                    if (lambda > 0)
                    {
                        for (int i = 0; i < w.Length; i++)
                        {
                            loss += lambda * w[i] * w[i];
                        }
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n), Uniform(r, -1, 1) }) { Sizes = ArrayCase.NonEmpty, Accept = a => System.Math.Abs((double)a[2]) > 0.05 },

            // A guard on the data's length before a loop that reads the previous element; a foreach guarded by an integer flag.
            new ArrayCase("GlLengthAndFlag", """
                [Differentiable("a")]
                public static double GlLengthAndFlag(double[] x, double a, int smooth)
                {
                    double s = 0;
                    if (x.Length > 1)
                        for (int i = 1; i < x.Length; i++)
                            s += Math.Tanh(a * x[i]) * x[i - 1];
                    if (smooth == 1)
                    {
                        foreach (double v in x)
                        {
                            s += Math.Log(1 + Math.Exp(a * v));
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), r.Next(2) }) { Sizes = ArrayCase.WithEmpty },

            // A guarded loop inside a loop, the guard reading the outer loop's element; a while after constants declared in the if.
            new ArrayCase("GlNestedGuard", """
                [Differentiable]
                public static double GlNestedGuard(double[] x, double b)
                {
                    double s = 0;
                    for (int j = 0; j < x.Length; j++)
                    {
                        if (x[j] > 0)
                        {
                            for (int k = 0; k <= j; k++)
                            {
                                s += Math.Sin(b * x[k]) * x[j];
                            }
                        }
                    }

                    if (b < 1)
                    {
                        int i = 0;
                        double scale = 0.5;
                        while (i < x.Length)
                        {
                            s = s * scale + b * x[i];
                            i++;
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 3) }) { Sizes = ArrayCase.NonEmpty, Accept = a => System.Math.Abs((double)a[1] - 1) > 0.05 && System.Array.TrueForAll((double[])a[0], v => System.Math.Abs(v) > 0.05) },
        };
    }
}
