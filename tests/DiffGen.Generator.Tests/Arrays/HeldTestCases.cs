using System.Linq;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// <c>bool</c> locals in methods with loops or arrays that keep one test: each read of the local is its test. Declared
    /// before the loop from parameters, inside the loop from the counter and a parameter array's element, combined with
    /// &amp;&amp; and !, read in ?: and in an if; one in a method that integer arithmetic alone sends down this route (the
    /// fuzzer's decline, seed 42); locals nothing reads.
    /// </summary>
    public static class HeldTestCases
    {
        public static readonly ArrayCase[] Double =
        {
            new ArrayCase("HtGatedSum", """
                [Differentiable]
                public static double HtGatedSum(double x, double[] w)
                {
                    bool positive = x > 0;
                    double s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        bool big = w[i] * w[i] > 1 && positive;
                        bool even = i % 2 == 0;
                        s += big ? w[i] * x : Math.Sin(w[i]);
                        if (!even)
                        {
                            s += x * w[i] * w[i];
                        }
                    }

                    return positive ? s : -s;
                }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Vector(r, n) }),

            new ArrayCase("HtIntegerRoute", """
                [Differentiable]
                public static double HtIntegerRoute(double x, double y, int n)
                {
                    bool always = 1.0 >= 0.25;
                    bool near = Math.Abs(x - y) < 1;
                    return near && always ? n * n * x * y : y - x;
                }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2), n + 1 }),

            // A bool local nothing reads holds no test to keep, even one whose operand the method then assigns, or a constant
            // one (the fuzzer's declines, seed 26, branches).
            new ArrayCase("HtUnreadFlags", """
                [Differentiable]
                public static double HtUnreadFlags(double x, double y, int n)
                {
                    bool flag1 = x <= 0.75;
                    bool flag2 = double.Pow(1.0, 2.5) < 1.0;
                    x = 1.0 + y;
                    return n * n * x * y;
                }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2), n + 1 }),
        };

        public static readonly ArrayCase[] Float =
        {
            Twin("HtGatedSum", """
                [Differentiable]
                public static float HtGatedSumFloat(float x, float[] w)
                {
                    bool positive = x > 0;
                    float s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        bool big = w[i] * w[i] > 1 && positive;
                        bool even = i % 2 == 0;
                        s += big ? w[i] * x : MathF.Sin(w[i]);
                        if (!even)
                        {
                            s += x * w[i] * w[i];
                        }
                    }

                    return positive ? s : -s;
                }
                """),
        };

        private static ArrayCase Twin(string doubleTwin, string source) => ArrayCase.FloatTwinOf(Double.Single(c => c.Name == doubleTwin), source);
    }
}
