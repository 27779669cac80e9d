using System.Linq;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// Loops and local arrays inside an if (docs/supported.md, "Loops inside an if"), and after <c>if (...) continue;</c> in a
    /// loop's body: DIFF015 before. The if is kept as an integer local that nothing changes afterwards, its runs of other
    /// statements as ifs on it, its loops made to run no iteration where it fails. Points on both sides of each test.
    /// </summary>
    public static class BranchedLoopCases
    {
        public static readonly ArrayCase[] Double =
        {
            // A penalty chosen by a flag, one loop on each side; the if's own local read after its loop.
            new ArrayCase("BlPenaltyChoice", """
                [Differentiable("w")]
                public static double BlPenaltyChoice(double[] w, int lasso)
                {
                    double loss = 0;
                    for (int i = 0; i < w.Length; i++) loss += (w[i] - 1) * (w[i] - 1);
                    if (lasso == 1)
                    {
                        double scale = 0.5;
                        for (int i = 0; i < w.Length; i++) loss += scale * Math.Sqrt(w[i] * w[i] + 1e-3);
                    }
                    else
                    {
                        double ridge = 0;
                        foreach (double v in w) ridge += v * v;
                        loss += 0.25 * ridge;
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Vector(r, n), r.Next(2) }),

            // A variance only when there are two points, its mean a local of the if read by the second loop.
            new ArrayCase("BlVarianceWhenTwo", """
                [Differentiable]
                public static double BlVarianceWhenTwo(double[] x, double a)
                {
                    double v = a * a;
                    if (x.Length > 1)
                    {
                        double mean = 0;
                        for (int i = 0; i < x.Length; i++) mean += a * x[i];
                        mean /= x.Length;
                        for (int i = 0; i < x.Length; i++) v += (a * x[i] - mean) * (a * x[i] - mean);
                        v /= x.Length - 1;
                    }

                    return v;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            // The test reads the sum the loop changes: C# tests it once, before the loop.
            new ArrayCase("BlTestReadsTheSum", """
                [Differentiable]
                public static double BlTestReadsTheSum(double[] x, double c)
                {
                    double s = c * c;
                    if (s < 1)
                    {
                        for (int i = 0; i < x.Length; i++) s += Math.Exp(0.5 * x[i] * c);
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1.6, 1.6) }) { Accept = a => System.Math.Abs(System.Math.Abs((double)a[1]) - 1) > 0.05 },

            // First differences in a local array the if makes, summed by a second loop.
            new ArrayCase("BlDifferencesInIf", """
                [Differentiable]
                public static double BlDifferencesInIf(double[] x, double b)
                {
                    double s = b;
                    if (x.Length > 2)
                    {
                        double[] d = new double[x.Length - 1];
                        for (int i = 0; i < d.Length; i++) d[i] = x[i + 1] - b * x[i];
                        for (int i = 0; i < d.Length; i++) s += d[i] * d[i];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            // Pairs within a cutoff: the rest of the iteration, its loop over the components included, skipped by continue.
            new ArrayCase("BlCutoffContinue", """
                [Differentiable("x")]
                public static double BlCutoffContinue(double[] x, int n)
                {
                    double energy = 0;
                    for (int i = 0; i < n; i++)
                    {
                        for (int j = i + 1; j < n; j++)
                        {
                            double dx = x[2 * i] - x[2 * j];
                            if (dx * dx > 2.5) continue;
                            double r2 = 0;
                            for (int k = 0; k < 2; k++) r2 += (x[2 * i + k] - x[2 * j + k]) * (x[2 * i + k] - x[2 * j + k]);
                            energy += 1 / (1 + r2);
                        }
                    }

                    return energy;
                }
                """, (r, n) => new object[] { Vector(r, 2 * n, -1, 1), n }) { Accept = a => Pairs((double[])a[0]).All(d => System.Math.Abs(d - 2.5) > 0.05) },

            // Two continues before an inner loop, one of them adding first.
            new ArrayCase("BlTwoContinues", """
                [Differentiable]
                public static double BlTwoContinues(double[] w, double a)
                {
                    double s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        if (i % 3 == 2) continue;
                        double c = a * w[i];
                        if (c > 1) { s -= 0.25 * c; continue; }
                        double t = 0;
                        for (int j = 0; j <= i; j++) t += Math.Sin(c * w[j]);
                        s += t * t;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1.5, 1.5) }) { Accept = a => ((double[])a[0]).All(v => System.Math.Abs((double)a[1] * v - 1) > 0.05) },

            // A continue before an inner loop, and a return from the loop after it (read as break and a flag).
            new ArrayCase("BlContinueThenReturn", """
                [Differentiable]
                public static double BlContinueThenReturn(double[] w, double a)
                {
                    double s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        double c = a * w[i];
                        if (c > 1) continue;
                        double t = 0;
                        for (int j = 0; j < w.Length; j++) t += c * w[j];
                        s += Math.Tanh(t);
                        if (s < -0.5) return s + a * a;
                    }

                    return s * a;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1.5, 1.5) }) { Accept = a => AwayFromTheReturn((double[])a[0], (double)a[1]) },

            // A search that stops at a threshold before its inner loop: the loop is left at the end of that iteration.
            new ArrayCase("BlBreakBeforeLoop", """
                [Differentiable]
                public static double BlBreakBeforeLoop(double[] w, double a)
                {
                    double s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        double c = a * w[i];
                        if (c > 0.8) { s += c; break; }
                        double t = 0;
                        for (int j = 0; j < w.Length; j++) t += Math.Sin(c + w[j]);
                        s += t * c;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1.5, 1.5) }) { Accept = a => ((double[])a[0]).All(v => System.Math.Abs((double)a[1] * v - 0.8) > 0.05) },

            // A break before an inner loop, and a return from the loop after it.
            new ArrayCase("BlBreakThenReturn", """
                [Differentiable]
                public static double BlBreakThenReturn(double[] w, double a)
                {
                    double s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        double c = a * w[i];
                        if (c > 1) break;
                        double t = 0;
                        for (int j = 0; j < w.Length; j++) t += c * w[j];
                        s += Math.Tanh(t);
                        if (s < -0.5) return s + a * a;
                    }

                    return s * a;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1.5, 1.5) }) { Accept = a => AwayFromTheReturn((double[])a[0], (double)a[1], breaks: true) },

            // A switch statement whose sections hold loops: a penalty chosen by kind, a local declared in a section.
            new ArrayCase("BlSwitchSections", """
                [Differentiable("w")]
                public static double BlSwitchSections(double[] w, int kind)
                {
                    double penalty = 0;
                    switch (kind)
                    {
                        case 0:
                            for (int i = 0; i < w.Length; i++) penalty += w[i] * w[i];
                            break;
                        case 1 or 2:
                            double scale = 0.5 * kind;
                            foreach (double v in w) penalty += scale * Math.Sqrt(v * v + 0.01);
                            penalty += scale;
                            break;
                        default:
                            penalty = w.Length > 0 ? Math.Exp(w[0]) : 0;
                            break;
                    }

                    return penalty;
                }
                """, (r, n) => new object[] { Vector(r, n), r.Next(4) }),

            // Nested ifs, a loop on each side of the inner one, a while loop in the outer one.
            new ArrayCase("BlNestedIfs", """
                [Differentiable]
                public static double BlNestedIfs(double[] w, double x)
                {
                    double s = x;
                    if (x > -0.5)
                    {
                        if (w.Length > 2)
                        {
                            for (int i = 0; i < w.Length; i++) s += w[i] * x;
                        }
                        else
                        {
                            for (int i = w.Length - 1; i >= 0; i--) s = 0.5 * s + Math.Tanh(w[i]);
                        }

                        double t = x * x + 0.5;
                        while (t > 0.1) { t *= 0.5; s += t * x; }
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1.5, 1.5) }) { Accept = a => System.Math.Abs((double)a[1] + 0.5) > 0.05 },

            // A for loop whose header reads an element and a double counter, guarded by the data's length.
            new ArrayCase("BlHeaderReadsElement", """
                [Differentiable("w")]
                public static double BlHeaderReadsElement(double[] w, int[] start)
                {
                    double s = 0;
                    if (start.Length > 0 && start[0] < w.Length)
                    {
                        for (int i = start[0]; i < w.Length; i++) s += w[i] * w[i];
                        for (double t = 0; t < 1; t += 0.25) s += t * w[0];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), n == 0 ? new int[0] : new[] { r.Next(n + 1) } }),

            // A call of a [Differentiable] method in the if, before its loop.
            new ArrayCase("BlCallBeforeLoop", """
                [Differentiable]
                public static double BlSoftplus(double z) => Math.Log(1 + Math.Exp(z));

                [Differentiable]
                public static double BlCallBeforeLoop(double[] w, double a)
                {
                    double s = 0;
                    if (a > 0)
                    {
                        double g = BlSoftplus(a);
                        for (int i = 0; i < w.Length; i++) s += g * w[i];
                    }
                    else
                    {
                        s = a * a;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Accept = a => System.Math.Abs((double)a[1]) > 0.05 },
        };

        public static readonly ArrayCase[] Float =
        {
            ArrayCase.FloatTwinOf(Double.Single(c => c.Name == "BlVarianceWhenTwo"), """
                [Differentiable]
                public static float BlVarianceWhenTwoFloat(float[] x, float a)
                {
                    float v = a * a;
                    if (x.Length > 1)
                    {
                        float mean = 0;
                        for (int i = 0; i < x.Length; i++) mean += a * x[i];
                        mean /= x.Length;
                        for (int i = 0; i < x.Length; i++) v += (a * x[i] - mean) * (a * x[i] - mean);
                        v /= x.Length - 1;
                    }

                    return v;
                }
                """),
        };

        /// <summary>BlContinueThenReturn's and BlBreakThenReturn's tests (c &gt; 1, s &lt; -0.5) away from where they switch, at every iteration.</summary>
        private static bool AwayFromTheReturn(double[] w, double a, bool breaks = false)
        {
            double s = 0;
            foreach (double v in w)
            {
                double c = a * v;
                if (System.Math.Abs(c - 1) < 0.05)
                {
                    return false;
                }

                if (c > 1 && breaks)
                {
                    return true;
                }

                if (c > 1)
                {
                    continue;
                }

                s += System.Math.Tanh(c * w.Sum());
                if (System.Math.Abs(s + 0.5) < 0.05)
                {
                    return false;
                }

                if (s < -0.5)
                {
                    return true;
                }
            }

            return true;
        }

        private static System.Collections.Generic.IEnumerable<double> Pairs(double[] x)
        {
            int n = x.Length / 2;
            for (int i = 0; i < n; i++)
            {
                for (int j = i + 1; j < n; j++)
                {
                    yield return (x[2 * i] - x[2 * j]) * (x[2 * i] - x[2 * j]);
                }
            }
        }
    }
}
