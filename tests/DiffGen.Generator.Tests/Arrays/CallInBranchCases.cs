using System.Linq;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// A call passing an array that the callee differentiates, inside an if, in a switch section, or after
    /// <c>if (...) continue;</c> in a loop's body (docs/supported.md, "Loops inside an if"): DIFF015 before ("The call to 'L2'
    /// with an array argument inside an if"). The if is taken apart as one holding a loop is, and the call runs in a loop of one
    /// iteration, none where the test fails. Points on both sides of each test.
    /// </summary>
    public static class CallInBranchCases
    {
        private const string Helpers = """
            [Differentiable]
            public static double CbL2(double[] w)
            {
                double s = 0;
                for (int i = 0; i < w.Length; i++) s += w[i] * w[i];
                return s;
            }

            [Differentiable]
            public static double CbSmoothL1(double[] w, double eps)
            {
                double s = 0;
                for (int i = 0; i < w.Length; i++) s += Math.Sqrt(w[i] * w[i] + eps);
                return s;
            }

            [Differentiable]
            public static double CbDot(double[] a, double[] b)
            {
                double s = 0;
                for (int i = 0; i < a.Length; i++) s += a[i] * b[i];
                return s;
            }

            """;

        public static readonly ArrayCase[] Double =
        {
            // A regularization term only when its weight is positive.
            new ArrayCase("CbRegularizedWhenPositive", Helpers + """
                [Differentiable("w")]
                public static double CbRegularizedWhenPositive(double[] w, double[] x, double[] y, double lambda)
                {
                    double loss = 0;
                    for (int i = 0; i < y.Length; i++)
                    {
                        double r = w[0] * x[i] + w[1] - y[i];
                        loss += r * r;
                    }

                    if (lambda > 0) loss += lambda * CbL2(w);
                    return loss;
                }
                """, (r, n) => new object[] { Vector(r, 2), Vector(r, n), Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => System.Math.Abs((double)p[3]) > 0.05 },

            // One penalty or the other, each side calling its own function; the result declared in the if, used after it.
            new ArrayCase("CbPenaltyEitherSide", Helpers + """
                [Differentiable]
                public static double CbPenaltyEitherSide(double[] w, double a)
                {
                    double penalty;
                    if (a > 0)
                    {
                        penalty = CbSmoothL1(w, 0.01);
                    }
                    else
                    {
                        double p = CbL2(w);
                        penalty = p * a;
                    }

                    return penalty + a * a;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = p => System.Math.Abs((double)p[1]) > 0.05 },

            // Inside an if inside a loop: every other iteration adds the call's value.
            new ArrayCase("CbCallEveryOtherIteration", Helpers + """
                [Differentiable]
                public static double CbCallEveryOtherIteration(double[] w, double[] x, double a)
                {
                    double s = 0;
                    for (int t = 0; t < 4; t++)
                    {
                        if (t % 2 == 0)
                        {
                            s += CbDot(w, x) * (a + t);
                        }
                        else
                        {
                            s -= a * t;
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n), Uniform(r, -1, 1) }),

            // After if (...) continue; in a loop's body, a local array filled and passed on.
            new ArrayCase("CbCallAfterContinue", Helpers + """
                [Differentiable]
                public static double CbCallAfterContinue(double[] w, double a)
                {
                    double total = 0;
                    for (int t = 0; t < 3; t++)
                    {
                        double q = Math.Sin(a * t);
                        if (q < -0.5) continue;
                        double[] scaled = new double[w.Length];
                        for (int i = 0; i < w.Length; i++) scaled[i] = w[i] * q;
                        total += CbL2(scaled);
                    }

                    return total;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }) { Accept = p => Enumerable.Range(0, 3).All(t => System.Math.Abs(System.Math.Sin((double)p[1] * t) + 0.5) > 0.02) },

            // Nested ifs, each holding a call.
            new ArrayCase("CbNestedIfs", Helpers + """
                [Differentiable]
                public static double CbNestedIfs(double[] w, double[] x, double a, double b)
                {
                    double s = a;
                    if (a > 0)
                    {
                        if (b > 0) s += CbDot(w, x);
                        else s -= b * CbL2(w);
                    }

                    return s * s;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n), Uniform(r, -1, 1), Uniform(r, -1, 1) }) { Accept = p => System.Math.Abs((double)p[2]) > 0.05 && System.Math.Abs((double)p[3]) > 0.05 },

            // A switch statement whose sections call.
            new ArrayCase("CbSwitchSections", Helpers + """
                [Differentiable("w")]
                public static double CbSwitchSections(double[] w, int mode, double a)
                {
                    double s = a;
                    switch (mode)
                    {
                        case 0:
                            s += CbL2(w);
                            break;
                        case 1:
                            s += CbSmoothL1(w, 1e-3);
                            break;
                        default:
                            s *= 2;
                            break;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), r.Next(3), Uniform(r, -1, 1) }),

            // The call's value read after the if and its arguments' elements written before it.
            new ArrayCase("CbLocalArrayThenCall", Helpers + """
                [Differentiable]
                public static double CbLocalArrayThenCall(double[] w, double a)
                {
                    double[] h = new double[w.Length];
                    for (int i = 0; i < w.Length; i++) h[i] = Math.Tanh(w[i] * a);
                    double e = 0;
                    if (a < 0.5)
                    {
                        e = CbDot(h, w);
                    }

                    return e + CbL2(h);
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1.5) }) { Accept = p => System.Math.Abs((double)p[1] - 0.5) > 0.05 },
        };

        public static readonly ArrayCase[] Float =
        {
            ArrayCase.FloatTwinOf(Double.Single(c => c.Name == "CbRegularizedWhenPositive"), """
                [Differentiable("w")]
                public static float CbRegularizedWhenPositiveFloat(float[] w, float[] x, float[] y, float lambda)
                {
                    float loss = 0;
                    for (int i = 0; i < y.Length; i++)
                    {
                        float r = w[0] * x[i] + w[1] - y[i];
                        loss += r * r;
                    }

                    if (lambda > 0) loss += lambda * CbL2F(w);
                    return loss;
                }

                [Differentiable]
                public static float CbL2F(float[] w)
                {
                    float s = 0;
                    for (int i = 0; i < w.Length; i++) s += w[i] * w[i];
                    return s;
                }
                """),
        };

        /// <summary>A call in a run of an if that leaves the iteration: still DIFF015, with advice that works (<see cref="Double"/>'s cases).</summary>
        public static readonly ArrayCase[] Declined =
        {
            new ArrayCase("CbCallThenBreakInIf", Helpers + """
                [Differentiable]
                public static double CbCallThenBreakInIf(double[] w, double a)
                {
                    double s = 0;
                    for (int t = 0; t < 3; t++)
                    {
                        double[] v = new double[w.Length];
                        for (int i = 0; i < w.Length; i++) v[i] = w[i] + t;
                        if (a > 0)
                        {
                            s += CbL2(v);
                            if (s > 10) break;
                        }

                        s += a;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),
        };
    }
}
