using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// A sixth adversarial pass, over copied parameters, held tests, kept buffers, loops that only step integers, running
    /// extremes, constant calls and like terms. Each bug it found is named in the case's comment.
    /// </summary>
    public static class Adversarial6Cases
    {
        public static readonly ArrayCase[] All =
        {
            // Was wrong (dL = 0): computing the iteration again, the loop that only steps li was written as li += 3 * i
            // on li itself, before the reverse of the statement above it, which then read the stepped li, not the li it read.
            new ArrayCase("Av6StepAfterReadContinue", """
                [Differentiable("l")]
                public static double Av6StepAfterReadContinue(double[] l, double[] c)
                {
                    int d = c.Length;
                    double total = 0;
                    int li = 0;
                    for (int i = 0; i < d; i++)
                    {
                        double a = Math.Exp(l[li % l.Length] * c[i]);
                        for (int j = 0; j < i; j++)
                        {
                            li += 3;
                        }

                        if (i % 2 == 0)
                        {
                            continue;
                        }

                        total += a * total + a;
                    }

                    return total;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Vector(r, n, -1, 1) }),

            // The same with an if instead of the continue (was wrong the same way).
            new ArrayCase("Av6StepAfterReadBranch", """
                [Differentiable("l")]
                public static double Av6StepAfterReadBranch(double[] l, double[] c)
                {
                    int d = c.Length;
                    double total = 0;
                    int li = 0;
                    for (int i = 0; i < d; i++)
                    {
                        double a = Math.Exp(l[li % l.Length] * c[i]);
                        for (int j = 0; j < i; j++)
                        {
                            li += 3;
                        }

                        if (i % 2 == 0)
                        {
                            total *= 0.5;
                        }

                        total += a * total + a;
                    }

                    return total;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Vector(r, n, -1, 1) }),
        };
    }
}
