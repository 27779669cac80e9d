using System.Linq;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// Guard clauses before a method's work (<c>if (n == 0) return 0;</c>): each generated member tests them first, with
    /// the locals declared before them written as their values (it was DIFF015, "A 'return' inside a loop or branch";
    /// FinanceSeriesCases' FsGarchEarlyReturn is of this shape too). Points on both sides of each guard.
    /// </summary>
    public static class EarlyReturnCases
    {
        public static readonly ArrayCase[] Double =
        {
            // The mean of nothing is 0; of one value, its square (scaled); the loop runs only past both guards.
            new ArrayCase("ErMeanGuards", """
                [Differentiable]
                public static double ErMeanGuards(double[] x, double s)
                {
                    int n = x.Length;
                    if (n == 0) return 0;
                    if (n == 1)
                    {
                        return x[0] * x[0] * s;
                    }

                    double sum = 0;
                    foreach (double v in x)
                    {
                        sum += v * s;
                    }

                    return sum / n;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }) { Sizes = ArrayCase.WithEmpty },

            // A constraint's penalty that grows with the violation; past the guard, a division by 1 - a - b and logarithms
            // that would be NaN or infinite where the guard returns.
            new ArrayCase("ErPenalty", """
                [Differentiable("a", "b")]
                public static double ErPenalty(double a, double b, double[] data)
                {
                    double total = a + b;
                    if (total >= 1) return 1e3 * total * total;
                    double level = 1 / (1 - total);
                    double nll = 0;
                    for (int t = 0; t < data.Length; t++)
                    {
                        level = a * data[t] * data[t] + b * level + 0.1;
                        nll += Math.Log(level) + data[t] * data[t] / level;
                    }

                    return nll;
                }
                """, (r, n) => new object[] { Uniform(r, 0, 0.8), Uniform(r, 0, 0.8), Vector(r, n) }) { Accept = a => System.Math.Abs((double)a[0] + (double)a[1] - 1) > 0.02 },

            // Guards whose results read differentiated elements and scalars; a test on a data element and one joined with ||.
            new ArrayCase("ErElementResults", """
                [Differentiable("w", "c")]
                public static double ErElementResults(double[] w, double c, double[] x)
                {
                    if (x.Length < 2 || w.Length < 2) return c * c;
                    if (x[0] > 0.5) return Math.Exp(w[0]) * w[1] + w[0] * c;
                    if (w[1] < -0.5 && c > 0) return Math.Sin(w[1]) * w[1] * c;
                    double s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        s += Math.Tanh(w[i] * x[i] + c);
                    }

                    return s * s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1), Vector(r, n) }) { Accept = a => System.Math.Abs((double)a[1]) > 0.02 && ((double[])a[0]).Take(2).All(v => System.Math.Abs(v + 0.5) > 0.02) && ((double[])a[2]).Take(1).All(v => System.Math.Abs(v - 0.5) > 0.02) },

            // Declarations before the guard, read by it: a product, a copy of a parameter the loop changes, a const.
            new ArrayCase("ErDeclaredBefore", """
                [Differentiable("rate", "w")]
                public static double ErDeclaredBefore(double rate, double[] w)
                {
                    const double limit = 0.75;
                    double scaled = rate * 2;
                    int half = w.Length / 2;
                    if (scaled > limit && half == 0) return scaled * scaled + Math.Log(1 + rate * rate);
                    if (scaled < -limit) return -scaled;
                    double total = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        total += rate * w[i] * w[i];
                        rate *= 0.9;
                    }

                    return total + scaled;
                }
                """, (r, n) => new object[] { Uniform(r, -1, 1), Vector(r, n) }) { Accept = a => System.Math.Abs(System.Math.Abs((double)a[0] * 2) - 0.75) > 0.02 },

            // A method with integer locals and no loop: its guard reads an integer parameter.
            new ArrayCase("ErIntegerGuard", """
                [Differentiable("x")]
                public static double ErIntegerGuard(double x, int k)
                {
                    if (k <= 0) return x;
                    int twice = 2 * k;
                    return Math.Pow(x, twice) / twice;
                }
                """, (r, n) => new object[] { Uniform(r, -1.5, 1.5), r.Next(-1, 3) }) { Sizes = ArrayCase.Scalar },

            // The guard returns where the rest would divide by zero: the mean square of the values above a threshold.
            new ArrayCase("ErNothingAbove", """
                [Differentiable("x")]
                public static double ErNothingAbove(double[] x, double threshold)
                {
                    if (x.Length == 0) return 0;
                    double sum = 0;
                    double count = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (x[i] > threshold)
                        {
                            sum += x[i] * x[i];
                            count += 1;
                        }
                    }

                    return count > 0 ? sum / count : 0;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = a => ((double[])a[0]).All(v => System.Math.Abs(v - (double)a[1]) > 0.02) },
        };

        /// <summary>Returns that are not guard clauses before the work: declined with DIFF015 (listed in <see cref="KnownBugs.NotSupportedYet"/>).</summary>
        public static readonly ArrayCase[] Declined =
        {
            // A declaration that reads an element comes first: it throws on an empty x, so the guard cannot be tested before it.
            new ArrayCase("ErAfterElementRead", """
                [Differentiable]
                public static double ErAfterElementRead(double[] x)
                {
                    double first = x[0];
                    if (x.Length == 1) return first * first;
                    double s = 0;
                    for (int i = 1; i < x.Length; i++)
                    {
                        s += x[i] * first;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n) }) { Sizes = ArrayCase.NonEmpty },

            // A return after a loop, inside an if.
            new ArrayCase("ErAfterLoop", """
                [Differentiable]
                public static double ErAfterLoop(double[] x)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += x[i] * x[i];
                    }

                    if (s > 1) return Math.Sqrt(s);
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n) }),

            // A guard whose result calls a [Differentiable] method.
            new ArrayCase("ErCallInGuard", """
                [Differentiable]
                public static double ErSquare(double v) => v * v;

                [Differentiable]
                public static double ErCallInGuard(double[] x, double b)
                {
                    if (x.Length == 0) return ErSquare(b);
                    double s = 0;
                    foreach (double v in x)
                    {
                        s += v * b;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),
        };

        public static readonly ArrayCase[] Float =
        {
            Twin("ErMeanGuards", """
                [Differentiable]
                public static float ErMeanGuardsFloat(float[] x, float s)
                {
                    int n = x.Length;
                    if (n == 0) return 0;
                    if (n == 1)
                    {
                        return x[0] * x[0] * s;
                    }

                    float sum = 0;
                    foreach (float v in x)
                    {
                        sum += v * s;
                    }

                    return sum / n;
                }
                """),
            Twin("ErElementResults", """
                [Differentiable("w", "c")]
                public static float ErElementResultsFloat(float[] w, float c, float[] x)
                {
                    if (x.Length < 2 || w.Length < 2) return c * c;
                    if (x[0] > 0.5f) return MathF.Exp(w[0]) * w[1] + w[0] * c;
                    if (w[1] < -0.5f && c > 0) return MathF.Sin(w[1]) * w[1] * c;
                    float s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        s += MathF.Tanh(w[i] * x[i] + c);
                    }

                    return s * s;
                }
                """),
        };

        private static ArrayCase Twin(string doubleTwin, string source) => ArrayCase.FloatTwinOf(Double.Single(c => c.Name == doubleTwin), source);
    }
}
