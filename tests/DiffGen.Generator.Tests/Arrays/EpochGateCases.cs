using System;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// An update made only where a test holds, in a loop inside another loop: the perceptron's rule over the samples inside
    /// a loop over epochs, the most common method the twenty-first session's notebook sweep saw declined (DIFF015 before
    /// the twenty-second session). The loop runs once per epoch, so the forward sweep pushes each iteration's outcome onto
    /// a stack and the reverse sweep pops it (<c>GateStacks</c>). Each case is checked against Richardson differences at
    /// many points, away from the points where a test flips (a mirror of the method finds the test's smallest margin);
    /// the tests flip between the points, and between the epochs of one point. A scalar the samples carry (a bias) is computed
    /// again for each epoch after the epoch puts back what its samples wrote, by each sample's outcome read back from the stack.
    /// </summary>
    public static class EpochGateCases
    {
        public static readonly ArrayCase[] Double =
        {
            // The notebook's method: a margin perceptron over epochs, its weights copied from the parameter.
            new ArrayCase("EgPerceptronEpochs", """
                [Differentiable("w0")]
                public static double EgPerceptronEpochs(double[] w0, double[] x, double[] y)
                {
                    double[] w = (double[])w0.Clone();
                    int d = w.Length;
                    for (int epoch = 0; epoch < 3; epoch++)
                    {
                        for (int s = 0; s < y.Length; s++)
                        {
                            double score = 0;
                            for (int j = 0; j < d; j++) score += w[j] * x[s * d + j];
                            if (y[s] * score < 0.5)
                            {
                                for (int j = 0; j < d; j++) w[j] += 0.3 * y[s] * x[s * d + j] * Math.Tanh(score);
                            }
                        }
                    }

                    double loss = 0;
                    for (int j = 0; j < d; j++) loss += w[j] * w[j] * w0[j];
                    return loss;
                }
                """, (r, n) => new object[] { Vector(r, 3, -1, 1), Vector(r, 3 * n), Signs(r, n) }) { Accept = PerceptronMarginsAway },

            // A dead-zone LMS filter run over the samples three times, its rate differentiated too.
            new ArrayCase("EgDeadZoneEpochs", """
                [Differentiable("w0", "rate")]
                public static double EgDeadZoneEpochs(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = new double[2];
                    w[0] = w0[0];
                    w[1] = w0[1];
                    for (int epoch = 0; epoch < 3; epoch++)
                    {
                        for (int t = 0; t < ys.Length; t++)
                        {
                            double err = ys[t] - w[0] * xs[t] - w[1];
                            if (Math.Abs(err) > 0.3)
                            {
                                w[0] += rate * err * xs[t];
                                w[1] += rate * err;
                            }
                        }
                    }

                    return w[0] * w[0] + Math.Sin(w[1]);
                }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Vector(r, n), Vector(r, n, -3, 3), Uniform(r, 0.1, 0.4) }) { Accept = ZoneEdgesAway },

            // Projected steps over epochs: writes under the test and writes every time, of the same array, a sum of what
            // each step read beside them.
            new ArrayCase("EgProjectedEpochs", """
                [Differentiable("w0")]
                public static double EgProjectedEpochs(double[] w0, double[] g)
                {
                    double[] w = (double[])w0.Clone();
                    double acc = 0;
                    for (int epoch = 0; epoch < 2; epoch++)
                    {
                        for (int it = 0; it < 3; it++)
                        {
                            double norm2 = 0;
                            for (int j = 0; j < w.Length; j++) norm2 += w[j] * w[j];
                            acc += norm2;
                            if (norm2 > 1)
                            {
                                double scale = 1 / Math.Sqrt(norm2);
                                for (int j = 0; j < w.Length; j++) w[j] *= scale;
                            }

                            for (int j = 0; j < w.Length; j++) w[j] -= 0.2 * (g[j] + w[j]);
                        }
                    }

                    return acc + w[0];
                }
                """, (r, n) => new object[] { Vector(r, n, -1.5, 1.5), Vector(r, n) }) { Sizes = ArrayCase.NonEmpty, Accept = ProjectedNormsAway },

            // Three loops deep, the margin read from the outermost counter, and a pass that stops on its count (a break whose
            // test reads no element) after the update.
            new ArrayCase("EgThreeDeepCountedStop", """
                [Differentiable("w0")]
                public static double EgThreeDeepCountedStop(double[] w0, double[] xs, double[] ys)
                {
                    double[] w = new double[2];
                    w[0] = w0[0];
                    w[1] = w0[1];
                    for (int round = 0; round < 2; round++)
                    {
                        for (int epoch = 0; epoch < 2; epoch++)
                        {
                            for (int t = 0; t < ys.Length; t++)
                            {
                                double err = ys[t] - w[0] * xs[t] - w[1];
                                if (Math.Abs(err) > 0.2 + 0.1 * round)
                                {
                                    w[0] += 0.2 * err * xs[t];
                                    w[1] += 0.2 * Math.Tanh(err);
                                }

                                if (t >= 4) break;
                            }
                        }
                    }

                    return w[0] * w[1] + w[1];
                }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Vector(r, n), Vector(r, n, -3, 3) }) { Accept = ThreeDeepEdgesAway },
            // The perceptron with a bias the update changes and the score reads: the samples carry it, so each epoch's reverse
            // iteration computes it again from the weights as the epoch found them, after putting back what its samples wrote.
            new ArrayCase("EgPerceptronBiasEpochs", """
                [Differentiable("w0", "b0", "rate")]
                public static double EgPerceptronBiasEpochs(double[] w0, double b0, double rate, double[] x, double[] y)
                {
                    double[] w = (double[])w0.Clone();
                    double b = b0;
                    int d = w.Length;
                    for (int epoch = 0; epoch < 3; epoch++)
                    {
                        for (int s = 0; s < y.Length; s++)
                        {
                            double score = b;
                            for (int j = 0; j < d; j++) score += w[j] * x[s * d + j];
                            if (y[s] * score < 1)
                            {
                                for (int j = 0; j < d; j++) w[j] += rate * y[s] * x[s * d + j] * Math.Tanh(score);
                                b += rate * y[s];
                            }
                        }
                    }

                    double loss = b * b;
                    for (int j = 0; j < d; j++) loss += w[j] * w[j] * w0[j];
                    return loss;
                }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, -0.5, 0.5), Uniform(r, 0.05, 0.3), Vector(r, 2 * n), Signs(r, n) }) { Accept = BiasMarginsAway },
            // Early stopping of the epochs on the weights' size, around samples whose gated update reads nothing of the weights
            // before it: the epoch puts back what its samples wrote, so the samples' loop keeps its gate's outcomes on a stack
            // although its own iterations need no undo (DIFF900 for a while during the twenty-second session: no array named
            // the stack).
            new ArrayCase("EgEpochStopAroundUnreadGate", """
                [Differentiable("w")]
                public static double EgEpochStopAroundUnreadGate(double[] w, double[] x)
                {
                    double[] u = (double[])w.Clone();
                    int n = u.Length;
                    for (int epoch = 0; epoch < 3; epoch++)
                    {
                        double size = 0;
                        for (int k = 0; k < n; k++) size += u[k] * u[k];
                        if (size > 6) break;
                        for (int it = 0; it < x.Length; it++)
                        {
                            if (x[it] > 0)
                            {
                                for (int k = 0; k < n; k++) u[k] = u[k] * (0.9 + 0.1 * x[it]) + 0.1 * Math.Tanh(x[it] * (k + 1));
                            }
                        }
                    }

                    double s = 0;
                    for (int k = 0; k < n; k++) s += u[k] * u[k] * (k + 1);
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, 3, -1.5, 1.5), Vector(r, n) }) { Accept = SizesAwayFromTheStop },
        };

        public static readonly ArrayCase[] Float =
        {
            ArrayCase.FloatTwinOf(Double[1], """
                [Differentiable("w0", "rate")]
                public static float EgDeadZoneEpochsFloat(float[] w0, float[] xs, float[] ys, float rate)
                {
                    float[] w = new float[2];
                    w[0] = w0[0];
                    w[1] = w0[1];
                    for (int epoch = 0; epoch < 3; epoch++)
                    {
                        for (int t = 0; t < ys.Length; t++)
                        {
                            float err = ys[t] - w[0] * xs[t] - w[1];
                            if (MathF.Abs(err) > 0.3f)
                            {
                                w[0] += rate * err * xs[t];
                                w[1] += rate * err;
                            }
                        }
                    }

                    return w[0] * w[0] + MathF.Sin(w[1]);
                }
                """),
        };

        /// <summary>Labels of ±1.</summary>
        private static double[] Signs(Random r, int n)
        {
            var labels = new double[n];
            for (int i = 0; i < n; i++)
            {
                labels[i] = r.Next(2) == 0 ? -1 : 1;
            }

            return labels;
        }

        /// <summary>EgPerceptronEpochs's point is away from a margin of 0.5 at every sample of every epoch.</summary>
        private static bool PerceptronMarginsAway(object[] point)
        {
            double[] w = (double[])((double[])point[0]).Clone();
            double[] x = (double[])point[1], y = (double[])point[2];
            int d = w.Length;
            for (int epoch = 0; epoch < 3; epoch++)
            {
                for (int s = 0; s < y.Length; s++)
                {
                    double score = 0;
                    for (int j = 0; j < d; j++)
                    {
                        score += w[j] * x[(s * d) + j];
                    }

                    if (Math.Abs((y[s] * score) - 0.5) < 0.05)
                    {
                        return false;
                    }

                    if (y[s] * score < 0.5)
                    {
                        for (int j = 0; j < d; j++)
                        {
                            w[j] += 0.3 * y[s] * x[(s * d) + j] * Math.Tanh(score);
                        }
                    }
                }
            }

            return true;
        }

        /// <summary>EgPerceptronBiasEpochs's point is away from a margin of 1 at every sample of every epoch.</summary>
        private static bool BiasMarginsAway(object[] point)
        {
            double[] w = (double[])((double[])point[0]).Clone();
            double b = (double)point[1], rate = (double)point[2];
            double[] x = (double[])point[3], y = (double[])point[4];
            int d = w.Length;
            for (int epoch = 0; epoch < 3; epoch++)
            {
                for (int s = 0; s < y.Length; s++)
                {
                    double score = b;
                    for (int j = 0; j < d; j++)
                    {
                        score += w[j] * x[(s * d) + j];
                    }

                    if (Math.Abs((y[s] * score) - 1) < 0.05)
                    {
                        return false;
                    }

                    if (y[s] * score < 1)
                    {
                        for (int j = 0; j < d; j++)
                        {
                            w[j] += rate * y[s] * x[(s * d) + j] * Math.Tanh(score);
                        }

                        b += rate * y[s];
                    }
                }
            }

            return true;
        }

        /// <summary>EgEpochStopAroundUnreadGate's point is away from a size of 6 at every epoch's test.</summary>
        private static bool SizesAwayFromTheStop(object[] point)
        {
            double[] u = (double[])((double[])point[0]).Clone();
            double[] x = (double[])point[1];
            for (int epoch = 0; epoch < 3; epoch++)
            {
                double size = 0;
                foreach (double v in u)
                {
                    size += v * v;
                }

                if (Math.Abs(size - 6) < 0.1)
                {
                    return false;
                }

                if (size > 6)
                {
                    return true;
                }

                foreach (double xi in x)
                {
                    if (xi > 0)
                    {
                        for (int k = 0; k < u.Length; k++)
                        {
                            u[k] = (u[k] * (0.9 + (0.1 * xi))) + (0.1 * Math.Tanh(xi * (k + 1)));
                        }
                    }
                }
            }

            return true;
        }

        /// <summary>EgDeadZoneEpochs's point is away from an error of ±0.3 at every sample of every epoch.</summary>
        private static bool ZoneEdgesAway(object[] point)
        {
            double[] w0 = (double[])point[0], xs = (double[])point[1], ys = (double[])point[2];
            double rate = (double)point[3];
            double w0v = w0[0], w1v = w0[1];
            for (int epoch = 0; epoch < 3; epoch++)
            {
                for (int t = 0; t < ys.Length; t++)
                {
                    double err = ys[t] - (w0v * xs[t]) - w1v;
                    if (Math.Abs(Math.Abs(err) - 0.3) < 0.05)
                    {
                        return false;
                    }

                    if (Math.Abs(err) > 0.3)
                    {
                        w0v += rate * err * xs[t];
                        w1v += rate * err;
                    }
                }
            }

            return true;
        }

        /// <summary>EgProjectedEpochs's point is away from a norm of 1 at every step.</summary>
        private static bool ProjectedNormsAway(object[] point)
        {
            double[] w = (double[])((double[])point[0]).Clone();
            double[] g = (double[])point[1];
            for (int step = 0; step < 6; step++)
            {
                double norm2 = 0;
                foreach (double v in w)
                {
                    norm2 += v * v;
                }

                if (Math.Abs(norm2 - 1) < 0.1)
                {
                    return false;
                }

                double scale = norm2 > 1 ? 1 / Math.Sqrt(norm2) : 1;
                for (int j = 0; j < w.Length; j++)
                {
                    w[j] = (w[j] * scale) - (0.2 * (g[j] + (w[j] * scale)));
                }
            }

            return true;
        }

        /// <summary>EgThreeDeepCountedStop's point is away from an error at the zone's edge at every step it makes.</summary>
        private static bool ThreeDeepEdgesAway(object[] point)
        {
            double[] w0 = (double[])point[0], xs = (double[])point[1], ys = (double[])point[2];
            double a = w0[0], b = w0[1];
            for (int round = 0; round < 2; round++)
            {
                for (int epoch = 0; epoch < 2; epoch++)
                {
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = ys[t] - (a * xs[t]) - b;
                        double edge = 0.2 + (0.1 * round);
                        if (Math.Abs(Math.Abs(err) - edge) < 0.05)
                        {
                            return false;
                        }

                        if (Math.Abs(err) > edge)
                        {
                            a += 0.2 * err * xs[t];
                            b += 0.2 * Math.Tanh(err);
                        }

                        if (t >= 4)
                        {
                            break;
                        }
                    }
                }
            }

            return true;
        }
    }
}
