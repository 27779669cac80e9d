using System.Linq;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// What the differential fuzzer found once it wrote the coverage audit's last gaps (tenth session, docs/reliability.md,
    /// "Closing the audit's gaps"): an integer local function whose body is a choice, inlined as a loop's bound, was printed
    /// without the parentheses a comparison needs around <c>?:</c> (<c>i &lt; n &gt; 2 ? n - 1 : n</c>, CS0019) in every
    /// member that repeats the loop's header: a for loop counting up or down, an int or a long counter, a while loop.
    /// </summary>
    public static class FuzzGapsCases
    {
        public static readonly ArrayCase[] Double =
        {
            // Fuzz seed 201, loops family (kept in tests/DiffGen.Fuzz/Regressions/loops-Uncompilable-choice-as-bound.json).
            new ArrayCase("FgChoiceBoundLongCounter", """
                [Differentiable]
                public static double FgChoiceBoundLongCounter(double x, int n)
                {
                    int Upto(int k) => k > 2 ? k - 1 : k;
                    double s = 0;
                    for (long i = 0; i < Upto(n); i++)
                    {
                        s += x * x * (i + 1);
                    }

                    return s;
                }
                """, (r, n) => new object[] { Uniform(r, -2, 2), n }) { Sizes = new[] { 0, 1, 2, 3, 5 } },

            new ArrayCase("FgChoiceBoundEveryHeader", """
                [Differentiable("w", "b")]
                public static double FgChoiceBoundEveryHeader(double[] w, double b, int n)
                {
                    int Upto(int k) => k > 2 ? k - 1 : k;
                    static int Lim(int k) => k < 1 ? 0 : k;
                    double s = b;
                    for (int i = 0; i < Upto(Math.Min(n, w.Length)); i++)
                    {
                        s = Math.Sin(s) * 0.5 + w[i] * b;
                    }

                    for (int i = Upto(w.Length) - 1; i >= 0; i--)
                    {
                        s += w[i] * w[i] * s;
                    }

                    for (int i = Lim(w.Length); i > 0; i--)
                    {
                        s += Math.Tanh(w[i - 1] * s);
                    }

                    int k = 0;
                    while (k < Upto(w.Length))
                    {
                        s = s * 0.75 + w[k] * b;
                        k++;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1), n }),
        };

        public static readonly ArrayCase[] Float =
        {
            ArrayCase.FloatTwinOf(Double[1], """
                [Differentiable("w", "b")]
                public static float FgChoiceBoundEveryHeaderFloat(float[] w, float b, int n)
                {
                    int Upto(int k) => k > 2 ? k - 1 : k;
                    static int Lim(int k) => k < 1 ? 0 : k;
                    float s = b;
                    for (int i = 0; i < Upto(Math.Min(n, w.Length)); i++)
                    {
                        s = MathF.Sin(s) * 0.5f + w[i] * b;
                    }

                    for (int i = Upto(w.Length) - 1; i >= 0; i--)
                    {
                        s += w[i] * w[i] * s;
                    }

                    for (int i = Lim(w.Length); i > 0; i--)
                    {
                        s += MathF.Tanh(w[i - 1] * s);
                    }

                    int k = 0;
                    while (k < Upto(w.Length))
                    {
                        s = s * 0.75f + w[k] * b;
                        k++;
                    }

                    return s;
                }
                """),
        };

        public static System.Collections.Generic.IEnumerable<ArrayCase> All => Double;
    }
}
