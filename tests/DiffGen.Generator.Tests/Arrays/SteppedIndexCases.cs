using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// An integer stepped inside an expression, a running index (<c>targets[k++]</c>, <c>buffer[n++] = v</c>, <c>x[--k]</c>):
    /// read where it stands and stepped right after its statement, as C# does when the statement reads it nowhere else
    /// (docs/supported.md, "Loops and arrays"). DIFF015 before; still DIFF015 where the statement reads it twice or where
    /// ?:, && or || may skip the step.
    /// </summary>
    public static class SteppedIndexCases
    {
        public static readonly ArrayCase[] Double =
        {
            // A running index through two nested loops: every target read once, in order.
            new ArrayCase("SiRunningTarget", """
                [Differentiable("w")]
                public static double SiRunningTarget(double[] w, double[] targets)
                {
                    double loss = 0;
                    int k = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        for (int s = 0; s < 2; s++)
                        {
                            double e = w[i] * (s + 1) - targets[k++];
                            loss += e * e;
                        }
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, 2 * n) }),

            // Written with a running index into a local array, then read back from the end with --k.
            new ArrayCase("SiFillThenDrain", """
                [Differentiable]
                public static double SiFillThenDrain(double[] x, double a)
                {
                    double[] buffer = new double[x.Length];
                    int n = 0;
                    foreach (double v in x)
                    {
                        buffer[n++] = Math.Tanh(a * v);
                    }

                    double s = 0;
                    int k = n;
                    while (k > 0)
                    {
                        s += buffer[--k] * a;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // ++k read as the stepped value, in a declaration of an integer local too.
            new ArrayCase("SiPrefixStep", """
                [Differentiable]
                public static double SiPrefixStep(double[] x, double a)
                {
                    double s = 0;
                    int k = -1;
                    for (int i = 0; i + 1 < x.Length; i += 2)
                    {
                        s += a * x[++k] * x[i + 1];
                        int j = k--;
                        s += x[j] * a * a;
                        k++;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),
        };

        /// <summary>Where the statement reads the integer again, or ?: may skip the step: still DIFF015.</summary>
        public static readonly ArrayCase[] Declined =
        {
            new ArrayCase("SiReadTwice", """
                [Differentiable]
                public static double SiReadTwice(double[] x, double a)
                {
                    double s = 0;
                    int k = 0;
                    while (k + 1 < x.Length)
                    {
                        s += a * x[k++] * x[k];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            new ArrayCase("SiStepInChoice", """
                [Differentiable]
                public static double SiStepInChoice(double[] x, double a)
                {
                    double s = 0;
                    int k = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += a > 0 ? x[k++] * a : a;
                    }

                    return s + k;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),
        };
    }
}
