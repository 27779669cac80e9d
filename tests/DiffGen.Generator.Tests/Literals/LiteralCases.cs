using System;
using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Literals
{
    /// <summary>
    /// Methods whose derivatives hold whole-number constants where C# would compute with integers if
    /// they printed as int literals: the sign choice of |u| or the 0/1 choice of max and min divided by
    /// a constant, choices between constants, remainders and signs scaled by constants; and calls whose
    /// arguments must print in the parameter's type (a whole number where an int overload exists, a
    /// value for a float parameter of a double method). Each is written
    /// once for a method without loops (one expression) and once with a loop (statement by statement),
    /// and in float; every point is kept away from kinks by more than the finite-difference step.
    /// </summary>
    public static class LiteralCases
    {
        public static readonly ArrayCase[] Double =
        {
            // Issue 10: FPartialZ was (z > 0 ? 1 : z < 0 ? -1 : 0) / 10 + 1, integer division: 1, not 1.1.
            Scalar("LitAbsScaled", """
                [Differentiable]
                public static double LitAbsScaled(double z) => z + 0.1 * Math.Abs(z);
                """, r => new object[] { AwayFrom0(r, 0.5, 3) }),

            // Issue 10: Bukin N.6, FPartialX off by exactly 0.01 for the same reason.
            Scalar("LitBukin", """
                [Differentiable]
                public static double LitBukin(double x, double y) => 100 * Math.Sqrt(Math.Abs(y - 0.01 * x * x)) + 0.01 * Math.Abs(x + 10);
                """, r => new object[] { Uniform(r, -15, 5), Uniform(r, -3, 3) }, p => Far((double)p[0] + 10, 1) && Far((double)p[1] - (0.01 * (double)p[0] * (double)p[0]), 0.5)),

            // 0/1 choices of max and min over a whole divisor.
            Scalar("LitMaxMin", """
                [Differentiable]
                public static double LitMaxMin(double x, double y) => Math.Max(x, 2 * y) / 7 + Math.Min(x, y) / 3;
                """, r => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2) }, p => Far((double)p[0] - (2 * (double)p[1]), 0.3) && Far((double)p[0] - (double)p[1], 0.3)),

            // A choice between ±1 that the source writes, divided.
            Scalar("LitSignChoice", """
                [Differentiable]
                public static double LitSignChoice(double x, double y) => x * (y > 0 ? 1.0 : -1.0) / 4 + y;
                """, r => new object[] { Uniform(r, -2, 2), AwayFrom0(r, 0.2, 2) }),

            // A derived constant: x * (x > 0 ? 1 : 2) / 3.
            Scalar("LitDerivedConstant", """
                [Differentiable]
                public static double LitDerivedConstant(double x, double y) => x * (x > 0 ? 1.0 : 2.0) / 3 + y * (x > 0 ? 3.0 : 5.0) / 7;
                """, r => new object[] { AwayFrom0(r, 0.2, 2), Uniform(r, -2, 2) }),

            // Math.Sign returns int: (double)Math.Sign(x) / 3.
            Scalar("LitSign", """
                [Differentiable]
                public static double LitSign(double x, double y) => Math.Sign(x) * y / 3 + x;
                """, r => new object[] { AwayFrom0(r, 0.2, 2), Uniform(r, -2, 2) }),

            // ∂(a % b)/∂a = 1 and ∂/∂b = −trunc(a / b), each scaled by a whole-number reciprocal.
            Scalar("LitRemainder", """
                [Differentiable]
                public static double LitRemainder(double x, double y) => (x % y) / 4 + (x % 3) / 6;
                """, r => new object[] { Uniform(r, 0.5, 8), Uniform(r, 1, 2) }, p => FarFromMultiple((double)p[0], (double)p[1], 0.2) && FarFromMultiple((double)p[0], 3, 0.2)),

            // A piecewise function: constant slopes per piece, one piece flat at a whole number.
            Scalar("LitPiecewise", """
                [Differentiable]
                public static double LitPiecewise(double x, double y)
                {
                    double u;
                    if (x < -1)
                    {
                        u = -2 * x;
                    }
                    else if (x < 1)
                    {
                        u = 2;
                    }
                    else
                    {
                        u = 3 * x - 1;
                    }

                    return u / 8 + Math.Abs(y) / 5;
                }
                """, r => new object[] { Uniform(r, -3, 3), AwayFrom0(r, 0.2, 2) }, p => Far((double)p[0] + 1, 0.2) && Far((double)p[0] - 1, 0.2)),

            // Nested kinks: ||x| − 1| / 10 and |x|·|y| / 10.
            Scalar("LitNestedAbs", """
                [Differentiable]
                public static double LitNestedAbs(double x, double y) => Math.Abs(Math.Abs(x) - 1) / 10 + Math.Abs(x) * Math.Abs(y) / 10;
                """, r => new object[] { Uniform(r, -3, 3), AwayFrom0(r, 0.2, 2) }, p => Far((double)p[0], 0.2) && Far(Math.Abs((double)p[0]) - 1, 0.2)),

            // A whole-number argument: G(2, y) would call the overload G(int, double), and return 1000.
            Scalar("LitOverloadedCall", """
                [Differentiable]
                public static double LitScale(double a, double b) => a * b;

                public static double LitScale(int a, double b) => 1000;

                [Differentiable("x")]
                public static double LitOverloadedCall(double x, double y) => x * LitScale(2.0, y) + LitScale(3.0, x) * y;
                """, r => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2) }),

            // A float parameter of a double callee: the argument is converted as the source converts it.
            Scalar("LitFloatParameterCall", """
                [Differentiable]
                public static double LitMixed(float a, double b) => a * b * b;

                [Differentiable("y")]
                public static double LitFloatParameterCall(double x, double y) => LitMixed((float)x, y) + LitMixed(2f, x + y) + LitMixed(0.1f, y) * x;
                """, r => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2) }),

            // Issue 11: named constants inside constant arithmetic are lowered operator by operator, a number the
            // source multiplies by stays a factor, a constant written first stays first.
            Scalar("LitSourceForms", """
                private const double LitEpsilon = 1e-3;

                [Differentiable]
                public static double LitSourceForms(double n, double s) =>
                    0.5 * n * Math.Log(2 * Math.PI) + 0.1 * s * n + Math.Log(1 + s * s) * n - -Math.E * s / 3 + Math.Pow(s, 2 * LitEpsilon + 1) + (-LitEpsilon + n) * s;
                """, r => new object[] { Uniform(r, -2, 2), Uniform(r, 0.5, 2) }),

            // The same shapes in methods with loops: each statement's derivative goes through the same printer.
            Loop("LitSourceFormsLoop", """
                private const double LitEpsilonLoop = 1e-3;

                [Differentiable]
                public static double LitSourceFormsLoop(double[] w, double s)
                {
                    double sum = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        sum += 0.5 * Math.Log(2 * Math.PI) * w[i] + 0.1 * s * w[i] + (1 + s * s) * w[i] + w[i] * w[i] / 3 + Math.Pow(s, 2 * LitEpsilonLoop + 1) * -Math.PI;
                    }

                    return sum;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.5, 2) }),

            Loop("LitAbsScaledLoop", """
                [Differentiable]
                public static double LitAbsScaledLoop(double[] w, double z)
                {
                    double s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        s += w[i] * z + 0.1 * Math.Abs(z) + 0.01 * Math.Abs(w[i] + 10);
                    }

                    return s;
                }
                """, (r, n) => new object[] { AwayFromTen(r, n), AwayFrom0(r, 0.5, 3) }),

            Loop("LitMaxMinLoop", """
                [Differentiable]
                public static double LitMaxMinLoop(double[] w, double a)
                {
                    double s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        s += Math.Max(w[i], a) / 7 + Math.Min(w[i], 2 * a) / 3;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }, p => ((double[])p[0]).All(w => Far(w - (double)p[1], 0.3) && Far(w - (2 * (double)p[1]), 0.3))),

            Loop("LitBukinLoop", """
                [Differentiable]
                public static double LitBukinLoop(double[] x, double y)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += 100 * Math.Sqrt(Math.Abs(y - 0.01 * x[i] * x[i])) + 0.01 * Math.Abs(x[i] + 10);
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -15, 5), Uniform(r, -3, 3) }, p => ((double[])p[0]).All(x => Far(x + 10, 1) && Far((double)p[1] - (0.01 * x * x), 0.5))),

            Loop("LitChoiceLoop", """
                [Differentiable]
                public static double LitChoiceLoop(double[] w, double a)
                {
                    double s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        double slope = w[i] > 0 ? 1.0 : -1.0;
                        s += slope * a / 4 + w[i] * (a > 0 ? 3.0 : 5.0) / 7;
                    }

                    return s;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n), AwayFrom0(r, 0.2, 2) }),

            Loop("LitOverloadedCallLoop", """
                [Differentiable]
                public static double LitScale(double a, double b) => a * b;

                public static double LitScale(int a, double b) => 1000;

                [Differentiable]
                public static double LitOverloadedCallLoop(double[] w, double a)
                {
                    double s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        double g = LitScale(2.0, w[i] * a);
                        s += g;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            Loop("LitFloatParameterCallLoop", """
                [Differentiable]
                public static double LitMixed(float a, double b) => a * b * b;

                [Differentiable("w")]
                public static double LitFloatParameterCallLoop(double[] w, double x)
                {
                    double s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        double g = LitMixed((float)x, w[i]);
                        double h = LitMixed(2f, w[i] * x);
                        s += g + h;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),
        };

        public static readonly ArrayCase[] Float =
        {
            Twin("LitSourceForms", """
                [Differentiable]
                public static float LitSourceFormsFloat(float n, float s)
                {
                    const float epsilon = 1e-3f;
                    return 0.5f * n * MathF.Log(2 * MathF.PI) + 0.1f * s * n + MathF.Log(1 + s * s) * n - -MathF.E * s / 3 + MathF.Pow(s, 2 * epsilon + 1) + (-epsilon + n) * s;
                }
                """),

            Twin("LitAbsScaled", """
                [Differentiable]
                public static float LitAbsScaledFloat(float z) => z + 0.1f * MathF.Abs(z);
                """),

            Twin("LitBukin", """
                [Differentiable]
                public static float LitBukinFloat(float x, float y) => 100 * MathF.Sqrt(MathF.Abs(y - 0.01f * x * x)) + 0.01f * MathF.Abs(x + 10);
                """),

            Twin("LitMaxMin", """
                [Differentiable]
                public static float LitMaxMinFloat(float x, float y) => MathF.Max(x, 2 * y) / 7 + MathF.Min(x, y) / 3;
                """),

            Twin("LitSignChoice", """
                [Differentiable]
                public static float LitSignChoiceFloat(float x, float y) => x * (y > 0 ? 1f : -1f) / 4 + y;
                """),

            Twin("LitAbsScaledLoop", """
                [Differentiable]
                public static float LitAbsScaledLoopFloat(float[] w, float z)
                {
                    float s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        s += w[i] * z + 0.1f * MathF.Abs(z) + 0.01f * MathF.Abs(w[i] + 10);
                    }

                    return s;
                }
                """),

            Twin("LitMaxMinLoop", """
                [Differentiable]
                public static float LitMaxMinLoopFloat(float[] w, float a)
                {
                    float s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        s += MathF.Max(w[i], a) / 7 + MathF.Min(w[i], 2 * a) / 3;
                    }

                    return s;
                }
                """),
        };

        public static IEnumerable<ArrayCase> All => Double.Concat(Float);

        public static IEnumerable<object[]> Names => All.Select(c => new object[] { c.Name });

        public static ArrayCase Find(string name) => All.Single(c => c.Name == name);

        private static ArrayCase Scalar(string name, string source, Func<Random, object[]> arguments, Func<object[], bool>? accept = null) =>
            new ArrayCase(name, source, (r, _) => arguments(r)) { Sizes = ArrayCase.Scalar, Accept = accept };

        private static ArrayCase Loop(string name, string source, Func<Random, int, object[]> arguments, Func<object[], bool>? accept = null) =>
            new ArrayCase(name, source, arguments) { Accept = accept };

        /// <summary>A float twin of a double case: same arguments (rounded to float), the double case as its oracle.</summary>
        private static ArrayCase Twin(string doubleTwin, string source)
        {
            ArrayCase twin = Double.Single(c => c.Name == doubleTwin);
            return new ArrayCase(doubleTwin + "Float", source, twin.Arguments) { Sizes = twin.Sizes, Accept = twin.Accept, DoubleTwin = doubleTwin };
        }

        /// <summary>|v| at least <paramref name="gap"/>: a kink at 0 stays out of reach of the finite-difference step.</summary>
        private static bool Far(double v, double gap) => Math.Abs(v) >= gap;

        /// <summary>a / b at least <paramref name="gap"/> from a whole number: a % b does not jump within the step.</summary>
        private static bool FarFromMultiple(double a, double b, double gap)
        {
            double q = a / b;
            return Math.Abs(q - Math.Round(q)) >= gap;
        }

        /// <summary>A scalar with |v| in [min, max] and a random sign.</summary>
        private static double AwayFrom0(Random r, double min, double max) => (r.Next(2) == 0 ? -1 : 1) * Uniform(r, min, max);

        /// <summary>Values in [−15, 5] at least 1 from −10, the kink of |w + 10|.</summary>
        private static double[] AwayFromTen(Random r, int n) =>
            Enumerable.Range(0, n).Select(_ => -10 + AwayFrom0(r, 1, 5)).ToArray();
    }
}
