using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// A fourth adversarial pass, all passing when written: powers of squares at negative points (√(x²) is |x|, never x),
    /// integer division inside printed derivatives, Math calls of integer constants, source names that collide with the
    /// generator's own (tapes, adjoints, numbered versions), read-after-write of local arrays in one iteration, a halving counter.
    /// </summary>
    public static class Adversarial4Cases
    {
        public static readonly ArrayCase[] All =
        {
            // (x²)^½ is |x| and (x²)^1.5 is |x|³: a simplifier that multiplied the exponents would return x and x³ at x < 0.
            new ArrayCase("Av4RootOfSquare", """
                [Differentiable]
                public static double Av4RootOfSquare(double x, double y) => Math.Sqrt(x * x) * y + Math.Pow(x * x, 0.5) + y * Math.Pow(Math.Pow(x, 2), 1.5) + Math.Pow(Math.Pow(x, 4), 0.25) * y;
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2) }) { Sizes = ArrayCase.Scalar },

            // The same inside a loop, over elements of both signs.
            new ArrayCase("Av4RootOfSquareLoop", """
                [Differentiable]
                public static double Av4RootOfSquareLoop(double[] a, double y)
                {
                    double s = 0;
                    for (int i = 0; i < a.Length; i++)
                    {
                        s += Math.Sqrt(a[i] * a[i]) * y + Math.Pow(a[i] * a[i], 0.5);
                    }

                    return s;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n), Uniform(r, -2, 2) }),

            // Integer division in factors the derivatives keep: 2·(n / 2) is not n, (c / 2)·2 is not c, x·x·c / 2 is not x·x·(c / 2).
            new ArrayCase("Av4IntegerDivisionFactors", """
                [Differentiable]
                public static double Av4IntegerDivisionFactors(double[] w, double x, int n)
                {
                    double s = 0;
                    int c = 7;
                    for (int i = 0; i < w.Length; i++)
                    {
                        s += 2 * x * (n / 2) * w[i] + x * x * (i / 2) * 3 + Math.Pow(x, n / 2) + x / (n / 2);
                        s += x * x * c / 2 + x * (c / 2) * x + (c / 2) * 2 * x + 3 * (c / 3) * x * w[i] + (i - n) / 2 * x;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.5, 2), 3 + r.Next(2) }),

            // Math calls of integer constants bind the int overloads, and their integer division stays one: Math.Min(3, 4) / 2 is 1.
            new ArrayCase("Av4IntegerOverloadConstants", """
                [Differentiable]
                public static double Av4IntegerOverloadConstants(double x, double y) => x * (Math.Min(3, 4) / 2) + y * (Math.Abs(-3) / 2) + x * y * (Math.Max(3, 1) / 2);
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2) }) { Sizes = ArrayCase.Scalar },

            // Source locals named as the generator names its tape of t (tTape, tTapeTop) and the adjoint of s (dS).
            new ArrayCase("Av4GeneratedNames", """
                [Differentiable]
                public static double Av4GeneratedNames(double[] w, double x)
                {
                    double[] t = new double[w.Length];
                    double tTape = 1;
                    int tTapeTop = 2;
                    for (int i = 0; i < w.Length; i++)
                    {
                        t[i] = w[i];
                    }

                    for (int i = 0; i < w.Length; i++)
                    {
                        t[i] = Math.Sin(t[i]) * x + tTape;
                        tTape += t[i] * tTapeTop;
                    }

                    double s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        double dS = t[i] * t[i];
                        s += dS;
                    }

                    return s + tTape;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            // Read after write of neighbouring elements in one iteration: t[i] reads the new t[i - 1], which is then overwritten from the new t[i].
            new ArrayCase("Av4NeighbourReadAfterWrite", """
                [Differentiable]
                public static double Av4NeighbourReadAfterWrite(double[] a, double x)
                {
                    double[] t = new double[a.Length];
                    for (int i = 0; i < a.Length; i++)
                    {
                        t[i] = a[i];
                    }

                    for (int i = 1; i < a.Length; i++)
                    {
                        t[i] += t[i - 1] * x;
                        t[i - 1] *= t[i];
                    }

                    double s = 0;
                    foreach (double v in t)
                    {
                        s += v;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A counter halved each iteration, from the length down, and a running value that feeds itself.
            new ArrayCase("Av4HalvingCounter", """
                [Differentiable]
                public static double Av4HalvingCounter(double[] a, double x)
                {
                    double s = 1;
                    for (int i = a.Length; i > 0; i /= 2)
                    {
                        s = s * a[i - 1] + x;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),
        };
    }
}
