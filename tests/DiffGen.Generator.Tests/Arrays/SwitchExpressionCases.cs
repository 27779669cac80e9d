using System.Linq;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// Switch expressions, read as the chain of ?: they mean: on a double with relational patterns joined by
    /// <c>and</c>, <c>or</c> and <c>not</c> and a <c>when</c> guard (loop-free, both routes' output checked); on the loop
    /// counter with constant patterns, an integer-valued switch used as a factor and as an index; on a computed double
    /// inside a loop (from data, so that no finite difference steps across an arm's boundary), with a switch nested in
    /// an arm and calls of Math functions in others; and the same patterns after <c>is</c> in an <c>if</c>.
    /// </summary>
    public static class SwitchExpressionCases
    {
        public static readonly ArrayCase[] Double =
        {
            // A switch on a const int in a loop (fuzzer seed 1010): its arms' tests compare two constants (2 == 0), decided
            // by the generator; printed, C# warned that the arm they skip is unreachable (CS0162, an error with warnings as errors).
            new ArrayCase("SwConstIntInLoop", """
                [Differentiable]
                public static double SwConstIntInLoop(double x, double y, int n)
                {
                    const int m1 = 2;
                    double s5 = 0;
                    for (int i = 0; i < n; i++)
                    {
                        s5 += ((m1) switch { 0 => 1.0, 2 when y >= 3 => x, _ => Math.Asinh(y) * x });
                    }

                    return s5;
                }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, 1, 5), r.Next(1, 4) }) { Sizes = ArrayCase.Scalar, Accept = a => System.Math.Abs((double)a[1] - 3) > 0.02 },

            // The same patterns after 'is' in an if (they were DIFF010 there while a switch arm read them).
            new ArrayCase("SwIsPatterns", """
                [Differentiable]
                public static double SwIsPatterns(double x, double y)
                {
                    if (x is > 0 and < 1)
                    {
                        return x * y;
                    }

                    if (y is < -1 or > 1.5 && x is not 0.5)
                    {
                        return x + y * y;
                    }

                    return x is >= 1.5 ? 2 * x * y : y - x;
                }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2) }),

            new ArrayCase("SwIsPatternsInLoop", """
                [Differentiable("w")]
                public static double SwIsPatternsInLoop(double[] w, double[] x)
                {
                    double s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        if (x[i] is > 0 and < 1)
                        {
                            s += w[i] * w[i];
                        }
                        else if (i is 0 or 2)
                        {
                            s -= w[i] * x[i];
                        }
                        else if (x[i] is not < 1.5)
                        {
                            s += Math.Sin(w[i]);
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n) }),

            new ArrayCase("SwPiecewise", """
                [Differentiable]
                public static double SwPiecewise(double x, double y)
                {
                    double t = x * y;
                    double shaped = t switch
                    {
                        < -1 => -t * y,
                        >= 0.5 and < 1.5 => Math.Sin(t) + x,
                        not (< 1.5) when y > 0 => t * t * x,
                        _ => x * x - y,
                    };
                    return shaped * x + y;
                }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2) }),

            new ArrayCase("SwCounterArms", """
                [Differentiable("w", "c")]
                public static double SwCounterArms(double[] w, double c)
                {
                    double s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        s += i switch
                        {
                            0 => w[i] * c,
                            1 or 2 => Math.Exp(w[i] * 0.5),
                            _ => w[i] * w[i] * c,
                        };
                        int weight = (i % 3) switch { 0 => 1, 1 => 3, _ => 2 };
                        s += w[i] * weight;
                        int at = i switch { 0 => 0, _ => i - 1 };
                        s += w[at] * w[i];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            new ArrayCase("SwComputedInLoop", """
                [Differentiable("w")]
                public static double SwComputedInLoop(double[] w, double[] x)
                {
                    double s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        double z = w[i] * x[i];
                        s += (x[i] * 2) switch
                        {
                            > 1 => Math.Log(1 + z * z) + z,
                            < -1 => (x[i] * 3) switch { > -4 => -z * z, _ => z },
                            _ => Math.Tanh(z) * w[i],
                        };
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n) }),

            // An exhaustive switch on an integer without a last _ arm (review): its last arm is the chain's else. It was
            // DIFF015 "without a last '_ =>' arm ... a value no arm matches would throw", which no value does.
            new ArrayCase("SwExhaustiveInteger", """
                [Differentiable("w", "y")]
                public static double SwExhaustiveInteger(double[] w, double y, int n)
                {
                    double s = n switch { < 0 when y > 0 => y * y, < 0 => -y, 0 => y, > 0 => y * y * y };
                    for (int i = 0; i < w.Length; i++)
                    {
                        int k = (i - 1) switch { < 0 => 1, 0 or > 0 => i * 2 };
                        s += (i - 1) switch { < 0 => w[i] * y, 0 or > 0 => w[i] * w[i] * k };
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), AwayFromZero(r, 1)[0], r.Next(-2, 3) }),
        };

        public static readonly ArrayCase[] Float =
        {
            Twin("SwPiecewise", """
                [Differentiable]
                public static float SwPiecewiseFloat(float x, float y)
                {
                    float t = x * y;
                    float shaped = t switch
                    {
                        < -1 => -t * y,
                        >= 0.5f and < 1.5f => MathF.Sin(t) + x,
                        not (< 1.5f) when y > 0 => t * t * x,
                        _ => x * x - y,
                    };
                    return shaped * x + y;
                }
                """),
        };

        private static ArrayCase Twin(string doubleTwin, string source) => ArrayCase.FloatTwinOf(Double.Single(c => c.Name == doubleTwin), source);
    }
}
