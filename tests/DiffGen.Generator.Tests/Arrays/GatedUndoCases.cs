using System.Linq;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// In-place updates of a local array that an iteration makes only sometimes, after reading the elements it changes
    /// (DIFF015 before the twentieth session): an update inside an if (a dead-zone LMS filter, the perceptron's rule, a
    /// hinge step) and early stopping before the update (gradient descent that stops when the gradient is small). The
    /// forward sweep keeps the test's outcome per iteration (<c>ArrayOverwrites.GateOf</c>), and the reverse sweep puts
    /// the elements back only in the iterations that changed them. Each checked against Richardson differences at many
    /// points, where the tests flip between the points.
    /// </summary>
    public static class GatedUndoCases
    {
        public static readonly ArrayCase[] Double =
        {
            // A dead-zone LMS filter: the weights move only where the error is outside the zone; the error reads them.
            new ArrayCase("GuDeadZoneLms", """
                [Differentiable("w0", "rate")]
                public static double GuDeadZoneLms(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        if (Math.Abs(err) > 0.1)
                        {
                            w[0] += rate * err * xs[t];
                            w[1] += rate * err;
                        }
                    }

                    return w[0] * w[0] + w[1];
                }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Vector(r, n), Vector(r, n, -3, 3), Uniform(r, 0.1, 0.9) }),

            // The perceptron's rule with a margin: a sample updates the weights only where it is not classified well enough.
            new ArrayCase("GuPerceptronRule", """
                [Differentiable("w0")]
                public static double GuPerceptronRule(double[] w0, double[] xs, double[] labels)
                {
                    double[] w = new double[2];
                    w[0] = w0[0];
                    w[1] = w0[1];
                    for (int t = 0; t < xs.Length; t++)
                    {
                        double y = labels[t] > 0 ? 1 : -1;
                        double score = w[0] * xs[t] + w[1];
                        if (y * score < 1)
                        {
                            w[0] = w[0] + 0.3 * y * xs[t] - 0.01 * w[0] * w[0];
                            w[1] += 0.3 * y;
                        }
                        else
                        {
                            score = 0;
                        }
                    }

                    return Math.Tanh(w[0]) + w[1] * w[1];
                }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Vector(r, n), Vector(r, n) }),

            // An element kept in a local, then overwritten only where a test holds.
            new ArrayCase("GuKeptThenGuarded", """
                [Differentiable]
                public static double GuKeptThenGuarded(double x, double[] w)
                {
                    double[] t = new double[w.Length];
                    for (int i = 0; i < w.Length; i++)
                    {
                        t[i] = w[i] * 0.5;
                    }

                    double s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        double old = t[i];
                        if (w[i] > 0) t[i] = old + w[i] * x;
                        s += old * t[i];
                    }

                    return s + t[0];
                }
                """, (r, n) => new object[] { Uniform(r, -2, 2), AwayFromZero(r, n) }) { Sizes = ArrayCase.NonEmpty },

            // Gradient descent on a quadratic bowl with a sine, stopped once the squared gradient is small: the test reads the
            // elements the pass then overwrites, in a loop of its own.
            new ArrayCase("GuEarlyStopLoops", """
                [Differentiable("x0", "rate")]
                public static double GuEarlyStopLoops(double[] x0, double[] c, double rate, double tolerance)
                {
                    double[] x = (double[])x0.Clone();
                    for (int it = 0; it < 15; it++)
                    {
                        double g2 = 0;
                        for (int i = 0; i < x.Length; i++)
                        {
                            g2 += (x[i] - c[i]) * (x[i] - c[i]);
                        }

                        if (g2 < tolerance) break;
                        for (int i = 0; i < x.Length; i++)
                        {
                            x[i] -= rate * (2 * (x[i] - c[i]) + 0.1 * Math.Sin(x[i]));
                        }
                    }

                    double f = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        f += x[i] * x[i] * c[i];
                    }

                    return f;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n), Uniform(r, 0.05, 0.2), Uniform(r, 0.02, 1) }) { Accept = DescentStopsAlike },

            // Early stopping with plain writes of two elements, and a convergence test after them too.
            new ArrayCase("GuEarlyStopPlain", """
                [Differentiable("x0")]
                public static double GuEarlyStopPlain(double[] x0, double rate)
                {
                    double[] x = (double[])x0.Clone();
                    int last = x.Length - 1;
                    for (int it = 0; it < 60; it++)
                    {
                        double g0 = 2 * (x[0] - 1) + Math.Sin(x[last]);
                        double g1 = 4 * (x[last] + 2);
                        if (g0 * g0 + g1 * g1 < 1e-4) break;
                        x[0] -= rate * g0;
                        x[last] -= rate * g1;
                        if (rate > 10) break;
                    }

                    return x[0] * x[last] + x[0];
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.01, 0.2) }) { Sizes = ArrayCase.NonEmpty, Accept = StopsAlike },

            // A stop that an integer decides (the k-th pass stops before its writes), as a fixed budget of steps.
            new ArrayCase("GuStopByCount", """
                [Differentiable]
                public static double GuStopByCount(double[] w, double b, int k)
                {
                    double[] u = new double[w.Length];
                    for (int i = 0; i < w.Length; i++)
                    {
                        u[i] = w[i];
                    }

                    double acc = 0;
                    for (int it = 0; it < 5; it++)
                    {
                        double e = 0;
                        for (int i = 0; i < u.Length; i++)
                        {
                            e += u[i] * u[i];
                        }

                        acc += e * b;
                        if (it >= k) break;
                        for (int i = 0; i < u.Length; i++)
                        {
                            u[i] = 0.5 * u[i] + 0.1 * Math.Tanh(e) * b;
                        }
                    }

                    return acc;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), r.Next(0, 6) }),

            // A stop before the pass's loop and a direct write after it (lowering runs the write under the stop's flag too).
            new ArrayCase("GuStopLoopAndWrite", """
                [Differentiable]
                public static double GuStopLoopAndWrite(double[] w, double b, int k)
                {
                    double[] u = (double[])w.Clone();
                    double acc = 0;
                    for (int it = 0; it < 4; it++)
                    {
                        double first = u[0];
                        double e = 0;
                        for (int i = 0; i < u.Length; i++)
                        {
                            e += u[i] * u[i];
                        }

                        acc += e * b;
                        if (it >= k) break;
                        for (int i = 0; i < u.Length; i++)
                        {
                            u[i] = 0.5 * u[i] + 0.1 * Math.Tanh(e) * b;
                        }

                        u[0] = 0.5 * u[0] + 0.25 * first;
                    }

                    return acc + u[u.Length - 1];
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), r.Next(0, 5) }) { Sizes = ArrayCase.NonEmpty },

            // Two ifs on the same test around the update (its plain writes split by a loop).
            new ArrayCase("GuTwoIfsOneTest", """
                [Differentiable("w0")]
                public static double GuTwoIfsOneTest(double[] w0, double[] xs)
                {
                    double[] w = (double[])w0.Clone();
                    double s = 0;
                    for (int t = 0; t < xs.Length; t++)
                    {
                        double score = w[0] * xs[t] + w[1];
                        s += score * score;
                        bool move = score < 0.5;
                        if (move)
                        {
                            w[0] += 0.2 * xs[t];
                        }

                        s += 0.01 * score;
                        if (move)
                        {
                            w[1] -= 0.1 * score;
                        }
                    }

                    return s + w[0] * w[1];
                }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Vector(r, n) }) { Accept = ScoresAwayFromTheMargin },

            // Projected gradient steps: the weights scaled back onto the unit ball only where their norm exceeds 1, then a
            // step every iteration (writes under the test and writes every time, of the same array).
            new ArrayCase("GuProjectedSteps", """
                [Differentiable("w0")]
                public static double GuProjectedSteps(double[] w0, double[] g, double lr)
                {
                    double[] w = (double[])w0.Clone();
                    double acc = 0;
                    for (int it = 0; it < 5; it++)
                    {
                        double norm2 = 0;
                        for (int j = 0; j < w.Length; j++) norm2 += w[j] * w[j];
                        acc += norm2;
                        if (norm2 > 1)
                        {
                            double scale = 1 / Math.Sqrt(norm2);
                            for (int j = 0; j < w.Length; j++) w[j] *= scale;
                        }

                        for (int j = 0; j < w.Length; j++) w[j] -= lr * (g[j] + w[j]);
                    }

                    return acc + w[0];
                }
                """, (r, n) => new object[] { Vector(r, n, -1.5, 1.5), Vector(r, n), Uniform(r, 0.05, 0.3) }) { Sizes = ArrayCase.NonEmpty, Accept = NormsAwayFromOne },

            // The perceptron's rule over feature vectors: the update's loop inside the if on the margin.
            new ArrayCase("GuPerceptronLoops", """
                [Differentiable("w0")]
                public static double GuPerceptronLoops(double[] w0, double[] X, double[] labels, double lr)
                {
                    int d = w0.Length;
                    double[] w = (double[])w0.Clone();
                    double loss = 0;
                    for (int t = 0; t < labels.Length; t++)
                    {
                        double y = labels[t] > 0 ? 1 : -1;
                        double s = 0;
                        for (int j = 0; j < d; j++) s += w[j] * X[t * d + j];
                        loss += Math.Log(1 + Math.Exp(-y * s));
                        if (y * s <= 0)
                        {
                            for (int j = 0; j < d; j++) w[j] += lr * y * X[t * d + j];
                        }
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Vector(r, 3, -1, 1), Vector(r, 3 * n), Vector(r, n), Uniform(r, 0.1, 0.5) }) { Accept = MarginsAwayFromZero },
        };

        /// <summary>
        /// GuEarlyStopPlain's point is away from a change of the pass that stops: the same pass stops with each element moved
        /// by 0.03 either way (the Richardson oracle's first step is 1 % of the value).
        /// </summary>
        private static bool StopsAlike(object[] point)
        {
            double[] x0 = (double[])point[0];
            double rate = (double)point[1];
            int stop = StopOf(x0, rate);
            for (int i = 0; i < x0.Length; i++)
            {
                foreach (double move in new[] { -0.03, 0.03 })
                {
                    double[] moved = (double[])x0.Clone();
                    moved[i] += move;
                    if (StopOf(moved, rate) != stop)
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        /// <summary>GuEarlyStopLoops's point is away from a change of the pass that stops: moving an element by 0.03 or the rate by 0.012 keeps it (the oracle's first step is 0.01 for the rate).</summary>
        private static bool DescentStopsAlike(object[] point)
        {
            double[] x0 = (double[])point[0], c = (double[])point[1];
            double rate = (double)point[2], tolerance = (double)point[3];
            int stop = DescentStopOf(x0, c, rate, tolerance);
            if (DescentStopOf(x0, c, rate - 0.012, tolerance) != stop || DescentStopOf(x0, c, rate + 0.012, tolerance) != stop)
            {
                return false;
            }

            for (int i = 0; i < x0.Length; i++)
            {
                foreach (double move in new[] { -0.03, 0.03 })
                {
                    double[] moved = (double[])x0.Clone();
                    moved[i] += move;
                    if (DescentStopOf(moved, c, rate, tolerance) != stop)
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        /// <summary>The pass at which GuEarlyStopLoops stops (15: none does).</summary>
        private static int DescentStopOf(double[] x0, double[] c, double rate, double tolerance)
        {
            double[] x = (double[])x0.Clone();
            for (int it = 0; it < 15; it++)
            {
                double g2 = 0;
                for (int i = 0; i < x.Length; i++)
                {
                    g2 += (x[i] - c[i]) * (x[i] - c[i]);
                }

                if (g2 < tolerance)
                {
                    return it;
                }

                for (int i = 0; i < x.Length; i++)
                {
                    x[i] -= rate * ((2 * (x[i] - c[i])) + (0.1 * System.Math.Sin(x[i])));
                }
            }

            return 15;
        }

        /// <summary>GuTwoIfsOneTest's point is away from a step whose score is near 0.5 (the oracle's steps would cross the test).</summary>
        private static bool ScoresAwayFromTheMargin(object[] point)
        {
            double[] w = (double[])((double[])point[0]).Clone();
            double[] xs = (double[])point[1];
            for (int t = 0; t < xs.Length; t++)
            {
                double score = (w[0] * xs[t]) + w[1];
                if (System.Math.Abs(score - 0.5) < 0.1)
                {
                    return false;
                }

                if (score < 0.5)
                {
                    w[0] += 0.2 * xs[t];
                    w[1] -= 0.1 * score;
                }
            }

            return true;
        }

        /// <summary>GuProjectedSteps's point is away from a norm of 1 at every step (the projection's test).</summary>
        private static bool NormsAwayFromOne(object[] point)
        {
            double[] w = (double[])((double[])point[0]).Clone();
            double[] g = (double[])point[1];
            double lr = (double)point[2];
            for (int it = 0; it < 5; it++)
            {
                double norm2 = w.Sum(v => v * v);
                if (System.Math.Abs(norm2 - 1) < 0.1)
                {
                    return false;
                }

                if (norm2 > 1)
                {
                    double scale = 1 / System.Math.Sqrt(norm2);
                    for (int j = 0; j < w.Length; j++)
                    {
                        w[j] *= scale;
                    }
                }

                for (int j = 0; j < w.Length; j++)
                {
                    w[j] -= lr * (g[j] + w[j]);
                }
            }

            return true;
        }

        /// <summary>GuPerceptronLoops's point is away from a margin of 0 at every sample (the update's test).</summary>
        private static bool MarginsAwayFromZero(object[] point)
        {
            double[] w = (double[])((double[])point[0]).Clone();
            double[] x = (double[])point[1], labels = (double[])point[2];
            double lr = (double)point[3];
            for (int t = 0; t < labels.Length; t++)
            {
                double y = labels[t] > 0 ? 1 : -1;
                double s = 0;
                for (int j = 0; j < w.Length; j++)
                {
                    s += w[j] * x[(t * w.Length) + j];
                }

                if (System.Math.Abs(y * s) < 0.05)
                {
                    return false;
                }

                if (y * s <= 0)
                {
                    for (int j = 0; j < w.Length; j++)
                    {
                        w[j] += lr * y * x[(t * w.Length) + j];
                    }
                }
            }

            return true;
        }

        /// <summary>The pass at which GuEarlyStopPlain stops (60: none does).</summary>
        private static int StopOf(double[] x0, double rate)
        {
            double[] x = (double[])x0.Clone();
            int last = x.Length - 1;
            for (int it = 0; it < 60; it++)
            {
                double g0 = (2 * (x[0] - 1)) + System.Math.Sin(x[last]);
                double g1 = 4 * (x[last] + 2);
                if ((g0 * g0) + (g1 * g1) < 1e-4)
                {
                    return it;
                }

                x[0] -= rate * g0;
                x[last] -= rate * g1;
            }

            return 60;
        }

        public static readonly ArrayCase[] Float =
        {
            ArrayCase.FloatTwinOf(Double[0], """
                [Differentiable("w0", "rate")]
                public static float GuDeadZoneLmsFloat(float[] w0, float[] xs, float[] ys, float rate)
                {
                    float[] w = (float[])w0.Clone();
                    for (int t = 0; t < ys.Length; t++)
                    {
                        float err = ys[t] - w[0] * xs[t] - w[1];
                        if (MathF.Abs(err) > 0.1f)
                        {
                            w[0] += rate * err * xs[t];
                            w[1] += rate * err;
                        }
                    }

                    return w[0] * w[0] + w[1];
                }
                """),
        };
    }
}
