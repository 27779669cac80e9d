using System;
using System.Linq;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// Running extremes, <c>m = Math.Max(m, e)</c> in a loop of its own: the gradient notes the index m last came from and
    /// sends m's adjoint there alone, with no tape (shape: <see cref="RunningExtremeTests"/>). Max and min, m on either side,
    /// counting up and down, a candidate computed from the index, m starting from a parameter, a maximum per row inside an outer loop, and
    /// a near miss whose loop does more than keep the maximum. Values are drawn far apart, so no step of the finite
    /// differences flips which one is largest; the catalog checks every output entry against them.
    /// </summary>
    public static class RunningExtremeCases
    {
        public static readonly ArrayCase[] Double =
        {
            // A softmax cross-entropy's stable log-sum-exp: max first, then the exponentials.
            new ArrayCase("ReLogSumExp", """
                [Differentiable("z")]
                public static double ReLogSumExp(double[] z, int label)
                {
                    double max = z[0];
                    for (int i = 1; i < z.Length; i++)
                    {
                        max = Math.Max(max, z[i]);
                    }

                    double sum = 0;
                    for (int i = 0; i < z.Length; i++)
                    {
                        sum += Math.Exp(z[i] - max);
                    }

                    return Math.Log(sum) + max - z[label % z.Length];
                }
                """, (r, n) => new object[] { Separated(r, n), r.Next(100) }) { Sizes = ArrayCase.NonEmpty },

            // Min with m second, counting down, from a parameter: when no square is below y, dY gets it all.
            new ArrayCase("ReMinOfSquaresDown", """
                [Differentiable]
                public static double ReMinOfSquaresDown(double[] x, double y)
                {
                    double m = y;
                    for (int i = x.Length - 1; i >= 0; i--)
                    {
                        m = Math.Min(x[i] * x[i], m);
                    }

                    return m * m + y;
                }
                """, (r, n) => new object[] { SeparatedSquares(r, n), Uniform(r, 0.1, 5) }) { Accept = SquaresAwayFromY },

            // The candidate an expression of the index and a differentiated scalar; the loop starts past 0.
            new ArrayCase("ReMaxOfScores", """
                [Differentiable("w", "b")]
                public static double ReMaxOfScores(double[] w, double b, double[] x)
                {
                    double best = w[0] * x[0] + b;
                    for (int i = 1; i < w.Length; i++)
                    {
                        best = Math.Max(w[i] * x[i] + b * i, best);
                    }

                    return Math.Tanh(best);
                }
                """, (r, n) => new object[] { Separated(r, n), Uniform(r, -0.01, 0.01), Enumerable.Repeat(1.0, n).ToArray() }) { Sizes = ArrayCase.NonEmpty },

            // m starts from a parameter and the candidate scales the element; cubed after.
            new ArrayCase("ReFromAParameter", """
                [Differentiable]
                public static double ReFromAParameter(double[] v, double floor)
                {
                    double kept = floor;
                    for (int i = 0; i < v.Length; i++)
                    {
                        kept = Math.Max(kept, v[i] * 2);
                    }

                    return kept * kept * kept;
                }
                """, (r, n) => new object[] { Separated(r, n), Uniform(r, -0.5, 0.5) }) { Accept = DoubledAwayFromFloor },

            // A maximum per row inside an outer loop (the GMM's per-point maximum), each row's log-sum-exp summed.
            new ArrayCase("ReRowMaxima", """
                [Differentiable("a")]
                public static double ReRowMaxima(double[] a, int columns)
                {
                    int rows = a.Length / columns;
                    double total = 0;
                    for (int r = 0; r < rows; r++)
                    {
                        double max = a[r * columns];
                        for (int c = 1; c < columns; c++)
                        {
                            max = Math.Max(max, a[r * columns + c]);
                        }

                        double sum = 0;
                        for (int c = 0; c < columns; c++)
                        {
                            sum += Math.Exp(a[r * columns + c] - max);
                        }

                        total += max + Math.Log(sum);
                    }

                    return total;
                }
                """, (r, n) => new object[] { Separated(r, 3 * (n + 1)), 3 }),

            // Near miss: the loop also sums, so it is not a running extreme alone (m on a tape, as before).
            new ArrayCase("ReMaxAndSum", """
                [Differentiable]
                public static double ReMaxAndSum(double[] z)
                {
                    double m = z[0];
                    double s = 0;
                    for (int i = 1; i < z.Length; i++)
                    {
                        m = Math.Max(m, z[i]);
                        s += z[i] * m;
                    }

                    return m + s;
                }
                """, (r, n) => new object[] { Separated(r, n) }) { Sizes = ArrayCase.NonEmpty },
        };

        public static readonly ArrayCase[] Float =
        {
            Twin("ReLogSumExp", """
                [Differentiable("z")]
                public static float ReLogSumExpFloat(float[] z, int label)
                {
                    float max = z[0];
                    for (int i = 1; i < z.Length; i++)
                    {
                        max = MathF.Max(max, z[i]);
                    }

                    float sum = 0;
                    for (int i = 0; i < z.Length; i++)
                    {
                        sum += MathF.Exp(z[i] - max);
                    }

                    return MathF.Log(sum) + max - z[label % z.Length];
                }
                """),
            Twin("ReMinOfSquaresDown", """
                [Differentiable]
                public static float ReMinOfSquaresDownFloat(float[] x, float y)
                {
                    float m = y;
                    for (int i = x.Length - 1; i >= 0; i--)
                    {
                        m = MathF.Min(x[i] * x[i], m);
                    }

                    return m * m + y;
                }
                """),
        };

        /// <summary>Values whose squares are far apart: |x| = 0.5, 0.8, 1.1, … (jittered), shuffled, each with a random sign.</summary>
        private static double[] SeparatedSquares(Random random, int n) =>
            Enumerable.Range(0, n).Select(i => (random.Next(2) == 0 ? -1 : 1) * (0.5 + (0.3 * i) + Uniform(random, -0.03, 0.03))).OrderBy(_ => random.Next()).ToArray();

        private static bool SquaresAwayFromY(object[] arguments) =>
            ((double[])arguments[0]).All(x => Math.Abs((x * x) - (double)arguments[1]) > 0.05);

        private static bool DoubledAwayFromFloor(object[] arguments) =>
            ((double[])arguments[0]).All(v => Math.Abs((2 * v) - (double)arguments[1]) > 0.05);

        private static ArrayCase Twin(string doubleTwin, string source) => ArrayCase.FloatTwinOf(Double.Single(c => c.Name == doubleTwin), source);
    }
}
