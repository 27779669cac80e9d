using System.Linq;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// Methods with loops or arrays whose generated code the simplifier settles (shapes the differential fuzzer
    /// found giving compiler warnings in generated code, which break a build with TreatWarningsAsErrors): tests
    /// it decides (<c>Math.Sqrt(2.0) - Math.PI ≥ 0.25</c>, of constants alone; a test of inputs that algebra decides is DIFF010, DecidedBranchTests), assignments it makes void (<c>s = s * 1</c>), values
    /// nothing reads (CS0219 on their adjoints), and <c>Math.Sign</c>, once declined on this route. Each is
    /// compiled with zero diagnostics and checked against finite differences like every catalog case.
    /// </summary>
    public static class SimplificationCases
    {
        public static readonly ArrayCase[] Double =
        {
            // A constant test before the loop (false), a ?: (true) and an if (false, cos 0 is 1) inside it.
            new ArrayCase("DecidedTests", """
                [Differentiable]
                public static double DecidedTests(double[] w, double y)
                {
                    double s = 0;
                    if (Math.Sqrt(2.0) - Math.PI >= 0.25)
                    {
                        s = 10 + y;
                    }

                    for (int i = 0; i < w.Length; i++)
                    {
                        s += Math.Exp(0.0) >= 1 ? w[i] * y : w[i];
                        if (Math.Cos(0.0) > 1)
                        {
                            s -= Math.Exp(y);
                        }
                    }

                    return s + y * y;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            // The side taken declares t, as the loop after it does: the two must not meet in one scope.
            new ArrayCase("DecidedBranchDeclares", """
                [Differentiable]
                public static double DecidedBranchDeclares(double[] w, double y)
                {
                    double s = 0;
                    if (Math.Sqrt(2.0) - Math.E < 0)
                    {
                        double t = y * y;
                        s += t;
                    }
                    else
                    {
                        s = Math.Cos(y);
                    }

                    for (int i = 0; i < w.Length; i++)
                    {
                        double t = w[i] * y;
                        s += Math.Sin(t);
                    }

                    if (Math.Exp(0.0) > 0)
                    {
                        double t = Math.Exp(y);
                        s += t;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            // The same with local arrays given their elements: the renamed t reads w[order[0]] and c[1].
            new ArrayCase("DecidedBranchReadsLocalArrays", """
                [Differentiable]
                public static double DecidedBranchReadsLocalArrays(double[] w, double y)
                {
                    int[] order = { 1, 0 };
                    double[] c = { 0.5, 2.0 };
                    double s = 0;
                    if (Math.Sqrt(2.0) - Math.PI < 0)
                    {
                        double t = w[order[0]] * y * c[1];
                        s += t;
                    }

                    for (int i = 0; i < w.Length; i++)
                    {
                        double t = w[i] * y;
                        s += Math.Sin(t);
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }) { Sizes = new[] { 2, 3, 5, 8 } },

            // A break whose test is decided true: the loop runs once, and its step never.
            new ArrayCase("DecidedBreak", """
                [Differentiable]
                public static double DecidedBreak(double[] w, double y)
                {
                    double s = 1;
                    for (int i = 0; i < w.Length; i++)
                    {
                        s += Math.Sin(w[i] * y);
                        if (Math.Sqrt(4.0) >= 2)
                        {
                            break;
                        }
                    }

                    return s * y;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            // A while loop whose test is false from the start, a do loop run once, assignments to themselves.
            new ArrayCase("DecidedLoopsAndSelfAssignments", """
                [Differentiable]
                public static double DecidedLoopsAndSelfAssignments(double[] w, double y)
                {
                    double s = y;
                    int i = 0;
                    while (Math.Sqrt(4.0) > 2)
                    {
                        s += w[i];
                        i++;
                    }

                    do
                    {
                        s = s * w[0];
                        i++;
                    }
                    while (Math.Sqrt(4.0) > 2);

                    for (int j = 0; j < w.Length; j++)
                    {
                        s = s * 1.0;
                        s = s + (y - y);
                        s += w[j] * y;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }) { Sizes = ArrayCase.NonEmpty },

            // Values nothing reads: the fuzzer's shrunk dead store, then dead values in a loop, a local array never
            // read, an accumulator overwritten before the end, an unused array parameter.
            new ArrayCase("DeadStore", """
                [Differentiable]
                public static double DeadStore(double[] w, double b, double[] x)
                {
                    double s = 0;
                    s = Math.Round(b);
                    return 1.0;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), Vector(r, n) }),

            new ArrayCase("DeadSubtraction", """
                [Differentiable]
                public static double DeadSubtraction(double[] w, double b, double[] x)
                {
                    double s = 0;
                    s = b - b;
                    return 1.0;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), Vector(r, n) }),

            new ArrayCase("DeadValuesInLoop", """
                [Differentiable]
                public static double DeadValuesInLoop(double[] w, double b, double[] x)
                {
                    double s = 0;
                    double[] q = new double[w.Length];
                    for (int i = 0; i < w.Length; i++)
                    {
                        double t = Math.Exp(w[i]) * b;
                        q[i] = t;
                        s = Math.Round(b * x[i]);
                    }

                    double u = 0;
                    u = b * b;
                    return b * Math.Sin(b);
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), Vector(r, n) }),

            new ArrayCase("DeadAccumulators", """
                [Differentiable]
                public static double DeadAccumulators(double[] w, double b)
                {
                    double s = 0;
                    double r = 1;
                    for (int i = 0; i < w.Length; i++)
                    {
                        s += w[i] * b;
                        r = r * w[i];
                    }

                    s = 0;
                    r = 2;
                    double y = b * b;
                    s = Math.Floor(b);
                    return y * r;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            // Values the simplifier makes constant, an integer nothing reads: their adjoints and the integer go.
            new ArrayCase("ConstantOverwrites", """
                [Differentiable]
                public static double ConstantOverwrites(double[] w, double b, int n)
                {
                    int k = 0;
                    k += 2;
                    double s = 0;
                    s = 1.0 >= 0.01 ? 1.0 : b;
                    for (int i = 0; i < w.Length; i++)
                    {
                        s = w[i] - w[i];
                        k++;
                    }

                    return s + b * Math.Cos(b);
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), n }),

            // Math.Sign on the loop route: its value from Math.Sign, its derivative 0, in a value and in a test.
            new ArrayCase("SignTimesValue", """
                [Differentiable]
                public static double SignTimesValue(double[] w, double b)
                {
                    return Math.Sign(b) * b;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.25, 2) * Sign(r) }),

            new ArrayCase("SignInLoop", """
                [Differentiable]
                public static double SignInLoop(double[] w, double b)
                {
                    double s = Math.Sign(b) * b;
                    for (int i = 0; i < w.Length; i++)
                    {
                        s += Math.Sign(w[i]) * w[i] * b + (double)Math.Sign(b - w[i]) + (2 * Math.Sign(b) - 1) * w[i];
                        if (Math.Sign(w[i]) > 0)
                        {
                            s += w[i] * w[i];
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n), Uniform(r, 0.25, 2) * Sign(r) })
            {
                Accept = p => ((double[])p[0]).All(v => System.Math.Abs(v - (double)p[1]) > 0.1),
            },
        };

        /// <summary>The float twins, with MathF; the double case of the same name without "Float" is the oracle.</summary>
        public static readonly ArrayCase[] Float =
        {
            Twin("DecidedTests", """
                [Differentiable]
                public static float DecidedTestsFloat(float[] w, float y)
                {
                    float s = 0;
                    if (MathF.Sqrt(2.0f) - MathF.PI >= 0.25f)
                    {
                        s = 10 + y;
                    }

                    for (int i = 0; i < w.Length; i++)
                    {
                        s += MathF.Exp(0.0f) >= 1 ? w[i] * y : w[i];
                        if (MathF.Cos(0.0f) > 1)
                        {
                            s -= MathF.Exp(y);
                        }
                    }

                    return s + y * y;
                }
                """),

            Twin("DeadSubtraction", """
                [Differentiable]
                public static float DeadSubtractionFloat(float[] w, float b, float[] x)
                {
                    float s = 0;
                    s = b - b;
                    return 1.0f;
                }
                """),

            Twin("DeadValuesInLoop", """
                [Differentiable]
                public static float DeadValuesInLoopFloat(float[] w, float b, float[] x)
                {
                    float s = 0;
                    float[] q = new float[w.Length];
                    for (int i = 0; i < w.Length; i++)
                    {
                        float t = MathF.Exp(w[i]) * b;
                        q[i] = t;
                        s = MathF.Round(b * x[i]);
                    }

                    float u = 0;
                    u = b * b;
                    return b * MathF.Sin(b);
                }
                """),

            Twin("SignTimesValue", """
                [Differentiable]
                public static float SignTimesValueFloat(float[] w, float b)
                {
                    return MathF.Sign(b) * b;
                }
                """),

            Twin("SignInLoop", """
                [Differentiable]
                public static float SignInLoopFloat(float[] w, float b)
                {
                    float s = MathF.Sign(b) * b;
                    for (int i = 0; i < w.Length; i++)
                    {
                        s += MathF.Sign(w[i]) * w[i] * b + (float)MathF.Sign(b - w[i]) + (2 * MathF.Sign(b) - 1) * w[i];
                        if (MathF.Sign(w[i]) > 0)
                        {
                            s += w[i] * w[i];
                        }
                    }

                    return s;
                }
                """),
        };

        private static ArrayCase Twin(string doubleTwin, string source)
        {
            ArrayCase twin = Double.Single(c => c.Name == doubleTwin);
            return new ArrayCase(doubleTwin + "Float", source, twin.Arguments) { Sizes = twin.Sizes, Accept = twin.Accept, DoubleTwin = doubleTwin };
        }
    }
}
