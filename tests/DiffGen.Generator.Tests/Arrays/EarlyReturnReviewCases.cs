using System.Linq;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// The adversarial pass over guard clauses (<see cref="EarlyReturnCases"/>). Found and fixed: an element read in an arm
    /// of ?: or switch got its derivative written whether or not the arm was taken (IndexOutOfRangeException on an empty
    /// array the guard returns for: ErvChoiceElement, ErvChoiceByte); an index reading a long or uint wrote the output span
    /// with it (CS1503: ErvLongIndex, ErvUintIndex, ErvLongArrayIndex); a test that compares constants once the locals it
    /// reads are written as their values made code unreachable (CS0162: declined, ErvConstantTest, ErvConstantOr); and
    /// declarations before a guard that may throw (Math.Sign of NaN, Math.Clamp with min &gt; max) were tested after it
    /// (declined: ErvSignBefore, ErvClampBoundsBefore). The rest pass as written: names the zeroing loop might take, spans,
    /// computed indices, blocks, var, a later call, a local function, fields, integer-only methods.
    /// </summary>
    public static class EarlyReturnReviewCases
    {
        public static readonly ArrayCase[] Double =
        {
            // Was IndexOutOfRangeException at n = 0: dX[0] += (n == 0 ? 0 : ...) ran where the arm reading x[0] was not taken.
            new ArrayCase("ErvChoiceElement", """
                [Differentiable]
                public static double ErvChoiceElement(double[] x, double a)
                {
                    int n = x.Length;
                    if (n < 2) return n switch { 0 => a * a, _ => a > 0 ? x[0] * a : -x[0] };
                    double s = 0;
                    for (int i = 0; i < n; i++)
                    {
                        s += x[i] * a;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = a => System.Math.Abs((double)a[1]) > 0.02 },

            // Was IndexOutOfRangeException at n = 0 with b = 3; long and byte parameters.
            new ArrayCase("ErvChoiceByte", """
                [Differentiable("x")]
                public static double ErvChoiceByte(double[] x, long n, byte b)
                {
                    if (n <= 0) return 0;
                    if (b == 3) return x.Length > 0 ? x[0] * b : b;
                    double s = 0;
                    for (long i = 0; i < n && i < x.Length; i++)
                    {
                        s += x[i] * x[i];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), n == 0 ? 1L : r.Next(-1, 9), (byte)(n == 0 ? 3 : r.Next(2, 5)) }),

            // Was CS1503 (long to int): dX[n - 1] += ... with a long n.
            new ArrayCase("ErvLongIndex", """
                [Differentiable("x")]
                public static double ErvLongIndex(double[] x, long n)
                {
                    if (n >= 1 && n <= x.Length) return x[n - 1] * x[n - 1] + x[0];
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += x[i];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), (long)r.Next(0, n + 2) }),

            // Was CS1503 (uint to int).
            new ArrayCase("ErvUintIndex", """
                [Differentiable("x")]
                public static double ErvUintIndex(double[] x, uint u)
                {
                    if (u < x.Length) return x[u] * 3;
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += x[i] * x[i];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), (uint)r.Next(0, n + 2) }),

            // Was CS1503: the index is an element of a long[].
            new ArrayCase("ErvLongArrayIndex", """
                [Differentiable("w")]
                public static double ErvLongArrayIndex(double[] w, long[] at)
                {
                    if (at.Length > 0 && at[0] >= 0 && at[0] < w.Length) return w[at[0]] * w[at[0]];
                    double s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        s += w[i];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Enumerable.Range(0, r.Next(0, 3)).Select(_ => (long)r.Next(-1, n + 1)).ToArray() }),

            // Math.Clamp with constant bounds (min <= max) cannot throw: still a quiet declaration.
            new ArrayCase("ErvClampConst", """
                [Differentiable]
                public static double ErvClampConst(double[] x, double a)
                {
                    double c = Math.Clamp(a, -1, 1);
                    if (x.Length == 0) return c * c;
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += x[i] * c;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }) { Accept = a => System.Math.Abs(System.Math.Abs((double)a[1]) - 1) > 0.02 },

            // A parameter named k: the guard's loop that zeroes dX takes another name.
            new ArrayCase("ErvParameterK", """
                [Differentiable]
                public static double ErvParameterK(double[] x, double k)
                {
                    if (x.Length == 1) return x[0] * k;
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += x[i] * k;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            // A local k declared after the guard, in the body's scope.
            new ArrayCase("ErvLocalK", """
                [Differentiable]
                public static double ErvLocalK(double[] x, double a)
                {
                    if (x.Length == 1) return x[0] * a;
                    double s = 0;
                    int k = 0;
                    while (k < x.Length)
                    {
                        s += x[k] * a;
                        k++;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            // A span; the same element read twice (x[0] and x[n - 1] at n = 1), from the end (x[^1], x[^2]).
            new ArrayCase("ErvSpanIndices", """
                [Differentiable]
                public static double ErvSpanIndices(ReadOnlySpan<double> x, double a)
                {
                    int n = x.Length;
                    if (n == 1) return x[0] * x[n - 1] * a;
                    if (n == 2) return x[^1] * a + x[^2] * x[^2];
                    double s = 0;
                    for (int i = 0; i < n; i++)
                    {
                        s += x[i] * a;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            // Math.Clamp in guards' results: of a scalar, of an element (its derivative written only where it passes).
            new ArrayCase("ErvClampResults", """
                [Differentiable]
                public static double ErvClampResults(double[] x, double a)
                {
                    if (x.Length == 0) return Math.Clamp(a, -1, 1) * a;
                    if (x.Length == 1) return Math.Clamp(x[0], -1, 1) * a;
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += x[i] * a;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }) { Accept = a => System.Math.Abs(System.Math.Abs((double)a[1]) - 1) > 0.02 && ((double[])a[0]).All(v => System.Math.Abs(System.Math.Abs(v) - 1) > 0.02) },

            // Guards inside bare blocks, each with its own local t.
            new ArrayCase("ErvBlocks", """
                [Differentiable]
                public static double ErvBlocks(double[] x, double a)
                {
                    {
                        double t = a * 2;
                        if (t > 1) return t * t;
                    }

                    {
                        double t = a * 3;
                        if (t < -1) return t;
                    }

                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += x[i] * a;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = a => System.Math.Abs((double)a[1] - 0.5) > 0.02 && System.Math.Abs((double)a[1] + (1.0 / 3)) > 0.02 },

            // var locals, a declaration between two guards, an element at a computed index.
            new ArrayCase("ErvVarBetween", """
                [Differentiable]
                public static double ErvVarBetween(double[] x, double a)
                {
                    var n = x.Length;
                    if (n == 0) return a;
                    var b = a * 3;
                    int h = n / 2;
                    if (h == 0) return b * x[h];
                    double s = 0;
                    for (int i = 0; i < n; i++)
                    {
                        s += x[i] * b;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            // A parameter named value (the gradient's own result local takes another name).
            new ArrayCase("ErvNamedValue", """
                [Differentiable]
                public static double ErvNamedValue(double[] x, double k2, double value)
                {
                    if (x.Length == 0) return k2 * value;
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += x[i] * k2 + value;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), Uniform(r, -2, 2) }),

            // Two guards returning the same expression, then only a return.
            new ArrayCase("ErvOnlyReturn", """
                [Differentiable]
                public static double ErvOnlyReturn(double[] x, double a)
                {
                    if (x.Length == 0) return a * a;
                    if (a > 1) return a * a;
                    return x[0] * a;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }) { Accept = a => System.Math.Abs((double)a[1] - 1) > 0.02 },

            // A call of a [Differentiable] method after the guard.
            new ArrayCase("ErvLaterCall", """
                [Differentiable]
                public static double ErvSq(double v) => v * v;

                [Differentiable]
                public static double ErvLaterCall(double[] x, double a)
                {
                    if (x.Length == 0) return a;
                    double s = ErvSq(a);
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += x[i] * a;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            // A local function, in the guard and in the loop.
            new ArrayCase("ErvLocalFunction", """
                [Differentiable]
                public static double ErvLocalFunction(double[] x, double a)
                {
                    if (x.Length == 0) return Sq(a) + a;
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += Sq(x[i] * a);
                    }

                    return s;

                    static double Sq(double v) => v * v;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            // No loop, no array: an integer local before the guard, its test on an integer parameter.
            new ArrayCase("ErvIntegerOnly", """
                [Differentiable("a")]
                public static double ErvIntegerOnly(double a, int m)
                {
                    int q = m * 2;
                    if (q > 4) return a * q;
                    int r = q + 1;
                    return Math.Pow(a, r);
                }
                """, (r, n) => new object[] { Uniform(r, 0.2, 2), r.Next(0, 5) }) { Sizes = ArrayCase.Scalar },

            // Fields: a const, a static readonly array, Math.PI; only a scalar differentiated.
            new ArrayCase("ErvFields", """
                private static readonly double[] ErvWeights = { 0.5, 1.5, -2.0 };
                private const double ErvLimit = 0.25;

                [Differentiable("a")]
                public static double ErvFields(double a, double[] data)
                {
                    if (a > ErvLimit) return a * ErvWeights[0] + Math.PI;
                    if (data.Length != ErvWeights.Length) return a * a;
                    double s = 0;
                    for (int i = 0; i < data.Length; i++)
                    {
                        s += a * data[i] * ErvWeights[i];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Uniform(r, -1, 1), Vector(r, r.Next(2) == 0 ? 3 : n) }) { Accept = a => System.Math.Abs((double)a[0] - 0.25) > 0.02 },
        };

        /// <summary>Declined with DIFF015 (listed in <see cref="KnownBugs.NotSupportedYet"/>).</summary>
        public static readonly ArrayCase[] Declined =
        {
            // Was CS0162: tested first as 2 == 2, the code after the guard was unreachable.
            new ArrayCase("ErvConstantTest", """
                [Differentiable]
                public static double ErvConstantTest(double[] x, double a)
                {
                    int order = 2;
                    if (order == 2) return a * a;
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += x[i] * a;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            // Was CS0162: x.Length == 0 || 2 > 1 always holds, as C# sees it.
            new ArrayCase("ErvConstantOr", """
                [Differentiable]
                public static double ErvConstantOr(double[] x, double a)
                {
                    double limit = 2;
                    if (x.Length == 0 || limit > 1) return a;
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += x[i] * a;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            // Was: Math.Sign(NaN) throws in the method, but the gradient returned a at n = 0 (the guard tested first).
            new ArrayCase("ErvSignBefore", """
                [Differentiable]
                public static double ErvSignBefore(double[] x, double a)
                {
                    double sign = Gradient.Stop(Math.Sign(a));
                    if (x.Length == 0) return a;
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += x[i] * a * sign;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            // Was: Math.Clamp with lo > hi throws in the method, but the gradient returned a at n = 0.
            new ArrayCase("ErvClampBoundsBefore", """
                [Differentiable]
                public static double ErvClampBoundsBefore(double[] x, double a, double lo, double hi)
                {
                    double c = Math.Clamp(a, lo, hi);
                    if (x.Length == 0) return a;
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += x[i] * c;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), Uniform(r, -3, -2), Uniform(r, 2, 3) }),
        };

        public static readonly ArrayCase[] Float =
        {
            Twin("ErvChoiceElement", """
                [Differentiable]
                public static float ErvChoiceElementFloat(float[] x, float a)
                {
                    int n = x.Length;
                    if (n < 2) return n switch { 0 => a * a, _ => a > 0 ? x[0] * a : -x[0] };
                    float s = 0;
                    for (int i = 0; i < n; i++)
                    {
                        s += x[i] * a;
                    }

                    return s;
                }
                """),
            Twin("ErvLongIndex", """
                [Differentiable("x")]
                public static float ErvLongIndexFloat(float[] x, long n)
                {
                    if (n >= 1 && n <= x.Length) return x[n - 1] * x[n - 1] + x[0];
                    float s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += x[i];
                    }

                    return s;
                }
                """),
        };

        private static ArrayCase Twin(string doubleTwin, string source) => ArrayCase.FloatTwinOf(Double.Single(c => c.Name == doubleTwin), source);
    }
}
