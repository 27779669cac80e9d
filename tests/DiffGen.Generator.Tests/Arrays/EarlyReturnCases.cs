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

        /// <summary>
        /// A loop right before the last return that returns from an <c>if</c> directly in its body: read as the loop left with
        /// break and an integer flag, the last return choosing (it was DIFF015; NotSupportedYetCases' ReturnInLoop,
        /// NotebookSweep2Cases' N2EarlyReturnInLoop, ModelLayerCases' MlEarlyReturnInLoop and Adversarial9Cases' Av9ReturnInLoop
        /// are of this shape too).
        /// </summary>
        public static readonly ArrayCase[] LoopExits =
        {
            // Two returns in one loop, one reading the element, beside a break and a continue.
            new ArrayCase("ErTwoExits", """
                [Differentiable]
                public static double ErTwoExits(double[] x, double a)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (x[i] < -0.8) continue;
                        s += a * x[i] * x[i];
                        if (s > 1.5) return s * a;
                        if (x[i] > 0.85)
                        {
                            return Math.Exp(a * x[i]) + s;
                        }

                        if (s < -2) break;
                    }

                    return s + a;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }) { Accept = a => ((double[])a[0]).All(v => System.Math.Abs(System.Math.Abs(v) - 0.8) > 0.02 && System.Math.Abs(v - 0.85) > 0.02) },

            // A foreach that returns the first value past a threshold, a guard clause before it.
            new ArrayCase("ErFirstAbove", """
                [Differentiable("x", "t")]
                public static double ErFirstAbove(double[] x, double t)
                {
                    if (x.Length == 0) return t;
                    foreach (double v in x)
                    {
                        if (v * t > 0.3) return v * v * t;
                    }

                    return -t;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1.5, 1.5) }) { Accept = a => ((double[])a[0]).All(v => System.Math.Abs(v * (double)a[1] - 0.3) > 0.02) },

            // A while loop (Newton steps on a scalar) that returns once the step is small.
            new ArrayCase("ErNewtonSteps", """
                [Differentiable]
                public static double ErNewtonSteps(double c)
                {
                    double r = 1 + c;
                    int k = 0;
                    while (k < 60)
                    {
                        double next = 0.5 * (r + c / r);
                        if (Math.Abs(next - r) < 1e-13) return next;
                        r = next;
                        k++;
                    }

                    return r;
                }
                """, (r, n) => new object[] { Uniform(r, 0.5, 9) }) { Sizes = ArrayCase.Scalar },

            // An inner loop left by a test of the outer counter, before the return (fuzzer seed 2011): the reverse sweep runs
            // the inner loop again, so the counter is kept for it (it was read there without being restored: CS0103).
            new ArrayCase("ErInnerBreakOnCounter", """
                [Differentiable]
                public static double ErInnerBreakOnCounter(double x, int n)
                {
                    double s = 0;
                    for (int i = 0; i < n; i++)
                    {
                        for (int j = 0; j < n; j++)
                        {
                            if (1.0 > i)
                            {
                                break;
                            }

                            s += x * j;
                        }

                        if (s > 0.75)
                        {
                            return x * s;
                        }
                    }

                    return s + 1;
                }
                """, (r, n) => new object[] { Uniform(r, -1, 1), r.Next(1, 5) }) { Sizes = ArrayCase.Scalar, Accept = a => Apart((double)a[0], (int)a[1]) },

            // A do loop that returns from its body.
            new ArrayCase("ErDoExit", """
                [Differentiable]
                public static double ErDoExit(double[] w, double b)
                {
                    double s = b;
                    int i = 0;
                    do
                    {
                        s = Math.Tanh(s + w[i]);
                        if (s > 0.6) return s * b;
                        i++;
                    }
                    while (i < w.Length);
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Sizes = ArrayCase.NonEmpty, Accept = a => StepsStayApart((double[])a[0], (double)a[1]) },
            // The method's last statement a loop that ends only by returning: Newton's iteration for a root, stopped by
            // its step or by a count (it was DIFF015, LoopExitReviewCases' LxrWhileTrueOnly too).
            new ArrayCase("ErEndlessNewton", """
                [Differentiable]
                public static double ErEndlessNewton(double[] w, double c)
                {
                    double r = 1 + c * c;
                    int k = 0;
                    while (true)
                    {
                        double f = r * r - c * c - 1;
                        for (int i = 0; i < w.Length; i++) f += 0.1 * w[i] * w[i] * r;
                        double step = f / (2 * r);
                        r -= step;
                        k++;
                        if (Math.Abs(step) < 1e-13) return r;
                        if (k == 60) return r;
                    }
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1.5, 1.5) }),

            // for (;;) over an array, two returns: one from a threshold, one at the end of the data.
            new ArrayCase("ErForeverScan", """
                [Differentiable]
                public static double ErForeverScan(double[] x, double a)
                {
                    double s = 0;
                    for (int i = 0; ; i++)
                    {
                        if (i >= x.Length) return s * a;
                        s += Math.Exp(a * x[i]);
                        if (s > 4) return s + a;
                    }
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = a => PartialSums((double[])a[0], (double)a[1]).All(v => System.Math.Abs(v - 4) > 0.25) },
        };

        /// <summary>Whether every sum ErInnerBreakOnCounter compares is apart from its threshold 0.75.</summary>
        private static bool Apart(double x, int n)
        {
            double s = 0;
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < n && i >= 1; j++)
                {
                    s += x * j;
                }

                if (System.Math.Abs(s - 0.75) < 0.05)
                {
                    return false;
                }

                if (s > 0.75)
                {
                    return true;
                }
            }

            return true;
        }

        /// <summary>Whether every value ErDoExit's loop takes is apart from its threshold 0.6 by more than the finite differences' steps move it.</summary>
        private static bool StepsStayApart(double[] w, double b)
        {
            double s = b;
            foreach (double v in w)
            {
                s = System.Math.Tanh(s + v);
                if (System.Math.Abs(s - 0.6) < 0.05)
                {
                    return false;
                }

                if (s > 0.6)
                {
                    return true;
                }
            }

            return true;
        }

        /// <summary>
        /// Returns in the method's last statements, after its loops: the rest after each <c>if (test) return e;</c> is its
        /// other side (it was DIFF015; NotSupportedYetCases' HingeEarlyReturn is of this shape too).
        /// </summary>
        public static readonly ArrayCase[] TailReturns =
        {
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

            // A mean of the values above a threshold, 0 for none: the division never runs where the count is 0.
            new ArrayCase("ErMeanAbove", """
                [Differentiable("x")]
                public static double ErMeanAbove(double[] x, double t)
                {
                    double sum = 0;
                    int count = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (x[i] > t)
                        {
                            sum += x[i] * x[i];
                            count++;
                        }
                    }

                    if (count == 0) return 0;
                    double mean = sum / count;
                    if (mean > 0.5) return Math.Sqrt(mean) * t;
                    return mean;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = a => ((double[])a[0]).All(v => System.Math.Abs(v - (double)a[1]) > 0.02) && MeanApart((double[])a[0], (double)a[1]) },

            // A return after the loop, a local function declared after the last return (fuzzer seed 2013).
            new ArrayCase("ErTailLocalFunction", """
                [Differentiable]
                public static double ErTailLocalFunction(double x, double y, int n)
                {
                    double acc = Math.Log(Lf(x));
                    for (int i = n - 1; i >= 0; i--)
                    {
                        acc = Math.Tanh(acc) * 0.5 + y;
                    }

                    if (acc <= 0.5)
                    {
                        return acc * (x * x);
                    }

                    return acc * y;
                    double Lf(double v) => 2 + Math.Sin(v);
                }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -1, 1), r.Next(0, 4) }) { Sizes = ArrayCase.Scalar, Accept = a => TanhApart((double)a[0], (double)a[1], (int)a[2]) },

            // A tail whose return calls a [Differentiable] method and whose rest changes a variable the loop summed, in a
            // branch of its own; a source local named result.
            new ArrayCase("ErTailCallAndChange", """
                [Differentiable]
                public static double ErTailSquare(double v) => v * v;

                [Differentiable("w")]
                public static double ErTailCallAndChange(double[] w, double[] x)
                {
                    double s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        s += w[i] * x[i];
                    }

                    if (s > 0.5) return ErTailSquare(s) + 1;
                    double result = s;
                    if (s < -0.5)
                    {
                        result = -s * w.Length;
                    }
                    else
                    {
                        s = s * 3;
                    }

                    return result + s;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n) }) { Accept = a => DotApart((double[])a[0], (double[])a[1]) },

            // Two returns after the loop, a local declared between them (a hinge whose tail changes shape past a margin).
            new ArrayCase("ErHingeTail", """
                [Differentiable("w", "b")]
                public static double ErHingeTail(double[] w, double b, double[] x, double y)
                {
                    double s = b;
                    for (int i = 0; i < w.Length; i++)
                    {
                        s += w[i] * x[i];
                    }

                    double margin = 1 - y * s;
                    if (margin > 1) { return margin * margin; }
                    double half = 0.5 * margin;
                    if (half > 0) return half + Math.Exp(-s * s);
                    return 0.1 * Math.Tanh(margin);
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1), Vector(r, n), Uniform(r, -1, 1) }) { Accept = a => HingeApart((double[])a[0], (double)a[1], (double[])a[2], (double)a[3]) },
        };

        private static bool DotApart(double[] w, double[] x)
        {
            double s = 0;
            for (int i = 0; i < w.Length; i++)
            {
                s += w[i] * x[i];
            }

            return System.Math.Abs(System.Math.Abs(s) - 0.5) > 0.02;
        }

        private static bool TanhApart(double x, double y, int n)
        {
            double acc = System.Math.Log(2 + System.Math.Sin(x));
            for (int i = n - 1; i >= 0; i--)
            {
                acc = (System.Math.Tanh(acc) * 0.5) + y;
            }

            return System.Math.Abs(acc - 0.5) > 0.02;
        }

        private static bool MeanApart(double[] x, double t)
        {
            double sum = 0;
            int count = 0;
            foreach (double v in x)
            {
                if (v > t)
                {
                    sum += v * v;
                    count++;
                }
            }

            return count == 0 || System.Math.Abs(sum / count - 0.5) > 0.02;
        }

        private static bool HingeApart(double[] w, double b, double[] x, double y)
        {
            double s = b;
            for (int i = 0; i < w.Length; i++)
            {
                s += w[i] * x[i];
            }

            double margin = 1 - (y * s);
            return System.Math.Abs(margin - 1) > 0.02 && System.Math.Abs(margin) > 0.02;
        }

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
            LoopTwin("ErTwoExits", """
                [Differentiable]
                public static float ErTwoExitsFloat(float[] x, float a)
                {
                    float s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (x[i] < -0.8f) continue;
                        s += a * x[i] * x[i];
                        if (s > 1.5f) return s * a;
                        if (x[i] > 0.85f)
                        {
                            return MathF.Exp(a * x[i]) + s;
                        }

                        if (s < -2) break;
                    }

                    return s + a;
                }
                """),
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

        /// <summary>ErForeverScan's sums, each against its threshold.</summary>
        private static System.Collections.Generic.IEnumerable<double> PartialSums(double[] x, double a)
        {
            double s = 0;
            foreach (double v in x)
            {
                s += System.Math.Exp(a * v);
                yield return s;
            }
        }

        private static ArrayCase Twin(string doubleTwin, string source) => ArrayCase.FloatTwinOf(Double.Single(c => c.Name == doubleTwin), source);

        private static ArrayCase LoopTwin(string doubleTwin, string source) => ArrayCase.FloatTwinOf(LoopExits.Single(c => c.Name == doubleTwin), source);
    }
}
