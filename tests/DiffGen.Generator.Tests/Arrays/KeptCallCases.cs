using System.Linq;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// Costly calls (exp, ln, tanh) that a statement's value and its derivative both need, on the program route: each is
    /// computed once, in the arm of the statement's choice that computes it (shape: <see cref="KeptCallTests"/>). TwoMoons'
    /// softplus in a fused loop, the same as a recurrence (a reverse loop that computes its iterations again), as a
    /// statement with no choice, an else-if chain of three arms, a choice inside an if of the source, an assignment whose
    /// value reads the variable it assigns, a statement outside any loop, sums changed in place (<see cref="Accumulated"/>), and a call every arm makes (<see cref="EveryArm"/>).
    /// </summary>
    public static class KeptCallCases
    {
        public static readonly ArrayCase[] Double =
        {
            // TwoMoons' loss: softplus(z) − y·z summed, each arm raising e only to a power ≤ 0.
            new ArrayCase("KcSoftplusLoss", """
                [Differentiable("w", "b")]
                public static double KcSoftplusLoss(double w, double b, double[] x, double[] y)
                {
                    double sum = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double z = w * x[i] + b;
                        double softplus = z >= 0 ? z + Math.Log(1 + Math.Exp(-z)) : Math.Log(1 + Math.Exp(z));
                        sum += softplus - y[i] * z;
                    }

                    return sum / x.Length;
                }
                """, (r, n) => new object[] { Uniform(r, -3, 3), Uniform(r, -2, 2), Vector(r, n, -4, 4), Vector(r, n, 0, 1) }) { Sizes = ArrayCase.NonEmpty },

            // Each softplus reads the last: a tape for acc, the reverse loop computes each iteration's z again.
            new ArrayCase("KcSoftplusRecurrence", """
                [Differentiable("b")]
                public static double KcSoftplusRecurrence(double b, double[] x)
                {
                    double acc = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double z = x[i] * b - acc;
                        acc = z >= 0 ? z + Math.Log(1 + Math.Exp(-z)) : Math.Log(1 + Math.Exp(z));
                    }

                    return acc;
                }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Vector(r, n, -3, 3) }),

            // No choice: the call's local declared where the statement is.
            new ArrayCase("KcPlainTerm", """
                [Differentiable]
                public static double KcPlainTerm(double a, double[] x)
                {
                    double sum = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double t = Math.Tanh(a * x[i]) * x[i] + Math.Log(1 + Math.Exp(-a * a - x[i]));
                        sum += t * t;
                    }

                    return sum;
                }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Vector(r, n, -2, 2) }),

            // Three arms, an else-if chain: each arm's call computed in that arm only; the last arm has none.
            new ArrayCase("KcThreeArms", """
                [Differentiable("a")]
                public static double KcThreeArms(double a, double[] x)
                {
                    double sum = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double z = a * x[i];
                        double v = z > 1 ? z * Math.Exp(1 - z) : z < -1 ? Math.Tanh(z) * z : z * z;
                        sum += v;
                    }

                    return sum;
                }
                """, (r, n) => new object[] { Uniform(r, 0.5, 2), Vector(r, n, -3, 3) })
            {
                // Away from the two kinks (|z| = 1), where the finite differences straddle two arms.
                Accept = arguments => ((double[])arguments[1]).All(x => System.Math.Abs(System.Math.Abs((double)arguments[0] * x) - 1) > 0.05),
            },

            // The choice inside an if of the source: the reverse sweep computes that side again.
            new ArrayCase("KcInsideIf", """
                [Differentiable]
                public static double KcInsideIf(double a, double[] x)
                {
                    double sum = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (x[i] > -1)
                        {
                            double z = a + x[i];
                            double softplus = z >= 0 ? z + Math.Log(1 + Math.Exp(-z)) : Math.Log(1 + Math.Exp(z));
                            sum += softplus * x[i];
                        }
                    }

                    return sum;
                }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Vector(r, n, -3, 3) })
            {
                Accept = arguments => ((double[])arguments[1]).All(x => System.Math.Abs(x + 1) > 0.05),
            },

            // The value reads the variable it assigns: the partial computes the calls first and assigns acc last.
            new ArrayCase("KcReadsItself", """
                [Differentiable]
                public static double KcReadsItself(double a, double[] x)
                {
                    double acc = a;
                    for (int i = 0; i < x.Length; i++)
                    {
                        acc = acc * x[i] >= 0 ? acc * x[i] + Math.Log(1 + Math.Exp(-acc * x[i])) : Math.Log(1 + Math.Exp(acc * x[i]));
                    }

                    return acc;
                }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Vector(r, n, -1.5, 1.5) })
            {
                Sizes = new[] { 0, 1, 2, 3, 4 },
            },

            // Outside the loop: the forward and reverse sweeps are one scope.
            new ArrayCase("KcBeforeTheLoop", """
                [Differentiable]
                public static double KcBeforeTheLoop(double a, double[] x)
                {
                    double g = a >= 0 ? Math.Exp(-a) * a : Math.Exp(a) - a;
                    double sum = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        sum += g * x[i];
                    }

                    return sum + g;
                }
                """, (r, n) => new object[] { Uniform(r, -3, 3), Vector(r, n, -2, 2) })
            {
                Accept = arguments => System.Math.Abs((double)arguments[0]) > 0.05,
            },
        };

        public static readonly ArrayCase[] Accumulated =
        {
            // A sum changed in place: each arm subtracts its value, computed from its own exponential.
            new ArrayCase("KcSubtractedChoice", """
                [Differentiable("w")]
                public static double KcSubtractedChoice(double w, double[] x)
                {
                    double loss = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double z = w * x[i];
                        loss -= z >= 0 ? z + Math.Log(1 + Math.Exp(-z)) : Math.Log(1 + Math.Exp(z));
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Vector(r, n, -3, 3) }),

            // Logistic regression's loss with labels ±1, added up with no choice; a second loop reads the sum, so the
            // reverse loop reads the exponential back from a tape.
            new ArrayCase("KcAddedLogistic", """
                [Differentiable("w")]
                public static double KcAddedLogistic(double w, double[] x, double[] y)
                {
                    double loss = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double z = y[i] * w * x[i];
                        loss += Math.Log(1 + Math.Exp(-z));
                    }

                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += loss * w * x[i];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Vector(r, n, -3, 3), Vector(r, n, -1, 1).Select(v => v < 0 ? -1.0 : 1.0).ToArray() }),
        };

        /// <summary>
        /// A sum's term with a costly call of an element the same iteration overwrites afterwards: the reverse loop, computing
        /// the iteration again, left the sum alone but computed its call there, from the element as the write had left it (the
        /// fuzzer's seasonal update, local arrays 300 at seed 842; every gradient entry wrong without a diagnostic). The call is
        /// now computed where the sum is taken back, after the element is put back.
        /// </summary>
        public static readonly ArrayCase[] OverwrittenAfterRead =
        {
            // A buffer filled first, then each element read through tanh and overwritten by the same iteration.
            new ArrayCase("KcTanhOfOverwrittenElement", """
                [Differentiable]
                public static double KcTanhOfOverwrittenElement(double[] x)
                {
                    double[] h = new double[x.Length];
                    for (int t = 0; t < x.Length; t++) h[t] = x[t];
                    double sum = 0;
                    for (int t = 0; t < x.Length; t++)
                    {
                        sum -= Math.Tanh(h[t]);
                        h[t] = 2 * x[t];
                    }

                    return sum;
                }
                """, (r, n) => new object[] { Vector(r, n, -2, 2) }),

            // Holt–Winters' seasonal update with the element read in place: a season index local, exp of the old season.
            new ArrayCase("KcExpOfOverwrittenSeason", """
                [Differentiable("g", "y")]
                public static double KcExpOfOverwrittenSeason(double g, double[] y)
                {
                    double[] season = new double[2];
                    double sum = 0;
                    for (int t = 0; t < y.Length; t++)
                    {
                        int s = (t + 1) % season.Length;
                        sum += Math.Exp(season[s]) * y[t];
                        season[s] = g * y[t] + (1 - g) * season[s];
                    }

                    return sum;
                }
                """, (r, n) => new object[] { Uniform(r, 0.1, 0.9), Vector(r, (2 * n) + 1, -1, 1) }),
        };

        public static readonly ArrayCase[] EveryArm =
        {
            // exp(x) in both arms: made once, before the choice; tanh only in the arm that makes it.
            new ArrayCase("KcEveryArm", """
                [Differentiable("x")]
                public static double KcEveryArm(double x, double[] w)
                {
                    double s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        s += x >= 0.5 ? Math.Exp(x) * w[i] : Math.Exp(x) / 4 + Math.Tanh(x * w[i]);
                    }

                    return s;
                }
                """, (r, n) => new object[] { Uniform(r, -1, 2), Vector(r, n, -2, 2) })
            {
                Accept = arguments => System.Math.Abs((double)arguments[0] - 0.5) > 0.05,
            },

            // A kept ln|v| (on a tape) whose two shared |·| values are guarded by the clamp's tests: |v| is guarded by a test
            // that reads |b|, which is shared too, so |b| is declared first. The order looked inside the kept ln|v| (which
            // reads |v|) and found a cycle, and |v| came first: CS0841 (fuzz seed 631, local arrays; kept in Fuzz/Regressions). The draws keep 1 < log₂|v| < |b|, away from the clamp's kinks.
            new ArrayCase("KcGuardReadsShared", """
                [Differentiable]
                public static double KcGuardReadsShared(double[] w, double b, double[] x)
                {
                    Span<double> h = stackalloc double[w.Length];
                    for (int i1 = 0; i1 < w.Length; i1++)
                    {
                        h[i1] = b * (1 + x[i1]);
                    }

                    double s = 0;
                    foreach (double v3 in h)
                    {
                        s += Math.Clamp(Math.Log(Math.Abs(v3), 2), 1.0, Math.Abs(b));
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, 6, 8) * Sign(r), Vector(r, n, -0.5, 3) }),
        };

        public static readonly ArrayCase[] Float =
        {
            Twin("KcSoftplusLoss", """
                [Differentiable("w", "b")]
                public static float KcSoftplusLossFloat(float w, float b, float[] x, float[] y)
                {
                    float sum = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        float z = w * x[i] + b;
                        float softplus = z >= 0 ? z + MathF.Log(1 + MathF.Exp(-z)) : MathF.Log(1 + MathF.Exp(z));
                        sum += softplus - y[i] * z;
                    }

                    return sum / x.Length;
                }
                """),
        };

        private static ArrayCase Twin(string doubleTwin, string source) => ArrayCase.FloatTwinOf(Double.Single(c => c.Name == doubleTwin), source);
    }
}
