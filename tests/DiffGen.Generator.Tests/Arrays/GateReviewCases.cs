using System;
using System.Collections.Generic;
using System.Linq;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// An adversarial review of the twentieth session's gated undo (ArrayOverwrites.Gates.cs: TryGate, StopBefore, GuardingIf and
    /// LoopGate at the time, since merged into TestGate; GuardedCounting, Assume; GradientWriter.RentGateTape, RecordGate, UndoWrites, GateTest): local arrays updated
    /// in place only where a test holds (a dead-zone filter's if, the update's loops inside it, a loop whose bound or
    /// condition the test guards) and after early stopping (break, continue, return), in for, while and do loops, counting up
    /// or down, with int and long counters, several arrays, indices from locals, calls, running extremes, Gradient.Stop,
    /// stackalloc, float twins. Each case's points are drawn where no test the method makes flips at any point the Richardson
    /// oracle reads (<see cref="GateTrace"/>), so the differences are an oracle. <see cref="Review.GateReviewTests"/> checks
    /// the accepted ones as the catalog's are and each declined one for its listed diagnostic. No wrong gradient was found:
    /// every accepted case also agreed at 600 points per case (a scratch run; five ill-conditioned ones whose values reach
    /// 1e16 to 1e107 disagreed with the oracle's 1 % steps and agreed with its 0.1 % and 0.01 % steps, and were damped).
    /// </summary>
    public static class GateReviewCases
    {
        private static ArrayCase Case(string name, string source, Func<Random, int, object[]> arguments, int[]? sizes = null) =>
            new ArrayCase(name, source, arguments) { Sizes = sizes ?? ArrayCase.WithEmpty, Accept = GateTrace.Steady(name, source) };

        private static object[] Lms(Random r, int n) => new object[] { Vector(r, 2, -1, 1), Vector(r, n), Vector(r, n, -3, 3), Uniform(r, 0.05, 0.25) };

        private static object[] Descent(Random r, int n) => new object[] { Vector(r, 2, -2, 2), Uniform(r, 0.05, 0.2), Uniform(r, 0.01, 0.5) };

        private static object[] DescentN(Random r, int n) => new object[] { Vector(r, n), Vector(r, n), Uniform(r, 0.05, 0.2), Uniform(r, 0.02, 1) };

        public static readonly ArrayCase[] Double =
        {
            // ---- an update inside one if ----
            Case("GrDeadZoneClone", """
                [Differentiable]
                public static double GrDeadZoneClone(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        if (Math.Abs(err) > 0.3)
                        {
                            w[0] += rate * err * xs[t];
                            w[1] += rate * err;
                        }
                    }

                    return w[0] * w[1] + w[1];
                }
                """, Lms),

            // The copy made by a loop, the zone a parameter, the weights a local array of the parameter's length.
            Case("GrDeadZoneCopyLoop", """
                [Differentiable]
                public static double GrDeadZoneCopyLoop(double[] w0, double[] xs, double[] ys, double zone)
                {
                    double[] w = new double[w0.Length];
                    for (int i = 0; i < w0.Length; i++)
                    {
                        w[i] = w0[i];
                    }

                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        if (err * err > zone * zone)
                        {
                            w[0] += 0.3 * err * xs[t];
                            w[1] += 0.3 * err;
                        }
                    }

                    return Math.Sin(w[0]) + w[1] * zone;
                }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Vector(r, n), Vector(r, n, -3, 3), Uniform(r, 0.1, 0.8) }),

            // The test reads the elements through locals, and the writes read the locals, not the elements.
            Case("GrViaLocals", """
                [Differentiable]
                public static double GrViaLocals(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double a = w[0];
                        double b = w[1];
                        double pred = a * xs[t] + b;
                        double err = ys[t] - pred;
                        if (err * err > 0.09)
                        {
                            w[0] = a + rate * err * xs[t];
                            w[1] = b + rate * err;
                        }
                    }

                    return w[0] + w[1] * w[1];
                }
                """, Lms),

            // The test reads another local array that the loop writes every iteration before it (a running mean of the inputs).
            Case("GrTestReadsSmoothed", """
                [Differentiable]
                public static double GrTestReadsSmoothed(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    double[] m = new double[2];
                    for (int t = 0; t < ys.Length; t++)
                    {
                        m[0] = 0.8 * m[0] + 0.2 * xs[t];
                        m[1] = 0.8 * m[1] + 0.2 * ys[t];
                        double err = m[1] - w[0] * m[0] - w[1];
                        if (Math.Abs(err) > 0.05)
                        {
                            w[0] += rate * err * m[0];
                            w[1] += rate * err;
                        }
                    }

                    return w[0] * w[0] + w[1] + m[0] * m[1];
                }
                """, Lms),

            // The test reads another local array that the loop overwrites after the if, every iteration, reading the gated one.
            Case("GrTestReadsArrayWrittenAfter", """
                [Differentiable]
                public static double GrTestReadsArrayWrittenAfter(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    double[] m = new double[1];
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = ys[t] - w[0] * xs[t] - m[0];
                        if (Math.Abs(err) > 0.2)
                        {
                            w[0] += rate * err * xs[t];
                            w[1] += rate * err * m[0];
                        }

                        m[0] = 0.5 * m[0] + 0.3 * w[0] * w[1];
                    }

                    return w[0] * w[1] + m[0];
                }
                """, Lms),

            // Two arrays in the same if.
            Case("GrTwoArraysOneIf", """
                [Differentiable]
                public static double GrTwoArraysOneIf(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    double[] b = new double[] { 0.1, -0.2 };
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = ys[t] - w[0] * xs[t] - b[0] - w[1] * b[1];
                        if (Math.Abs(err) > 0.25)
                        {
                            w[0] += rate * err * xs[t];
                            b[0] += rate * err;
                            w[1] += rate * err * b[1];
                            b[1] -= 0.1 * rate * err * w[1];
                        }
                    }

                    return w[0] * b[1] + w[1] * b[0];
                }
                """, Lms),

            // One array updated under the test, another every iteration after reading it.
            Case("GrGatedBesideUngated", """
                [Differentiable]
                public static double GrGatedBesideUngated(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    double[] v = new double[2];
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double old = v[0];
                        double err = ys[t] - w[0] * xs[t] - w[1] - 0.2 * old;
                        v[0] = 0.9 * old + 0.1 * err;
                        if (Math.Abs(err) > 0.2)
                        {
                            w[0] += rate * err * xs[t];
                            w[1] += rate * err;
                        }

                        v[1] = v[1] + old * err;
                    }

                    return w[0] * w[1] + v[0] + v[1];
                }
                """, Lms),

            // An else without writes.
            Case("GrElseWithoutWrites", """
                [Differentiable]
                public static double GrElseWithoutWrites(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    double quiet = 0;
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        if (Math.Abs(err) > 0.3)
                        {
                            w[0] += rate * err * xs[t];
                            w[1] += rate * err;
                        }
                        else
                        {
                            quiet += err * err * w[0];
                        }
                    }

                    return w[0] * w[1] + quiet;
                }
                """, Lms),

            // Both conditions of a nested if joined with &&, the loop's counter among them.
            Case("GrJoinedTest", """
                [Differentiable]
                public static double GrJoinedTest(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        if (t % 3 != 1 && Math.Abs(err) > 0.2)
                        {
                            w[0] += rate * err * xs[t];
                            w[1] += rate * err;
                        }
                    }

                    return w[0] * w[1] - w[1];
                }
                """, Lms),

            // continue instead of the if.
            Case("GrContinueSkip", """
                [Differentiable]
                public static double GrContinueSkip(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    double s = 0;
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        s += err * err;
                        if (Math.Abs(err) <= 0.3) continue;
                        w[0] += rate * err * xs[t];
                        w[1] += rate * err;
                    }

                    return w[0] * w[1] + s;
                }
                """, Lms),

            // A loop counting down.
            Case("GrCountDown", """
                [Differentiable]
                public static double GrCountDown(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    for (int t = ys.Length - 1; t >= 0; t--)
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        if (Math.Abs(err) > 0.3)
                        {
                            w[0] += rate * err * xs[t];
                            w[1] += rate * err;
                        }
                    }

                    return w[0] * w[1] + w[0];
                }
                """, Lms),

            // A long counter.
            Case("GrLongCounter", """
                [Differentiable]
                public static double GrLongCounter(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    for (long t = 0; t < ys.Length; t++)
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        if (Math.Abs(err) > 0.3)
                        {
                            w[0] += rate * err * xs[t];
                            w[1] += rate * err;
                        }
                    }

                    return w[0] * w[1] + w[0];
                }
                """, Lms),

            // Stepping by two, and starting at 1.
            Case("GrStepTwo", """
                [Differentiable]
                public static double GrStepTwo(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    for (int t = 1; t < ys.Length; t += 2)
                    {
                        double err = ys[t] - w[0] * xs[t - 1] - w[1];
                        if (Math.Abs(err) > 0.3)
                        {
                            w[0] += rate * err * xs[t - 1];
                            w[1] += rate * err;
                        }
                    }

                    return w[0] * w[1] + w[0];
                }
                """, Lms),

            // t <= n - 1.
            Case("GrLessOrEqual", """
                [Differentiable]
                public static double GrLessOrEqual(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    for (int t = 0; t <= ys.Length - 1; t++)
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        if (Math.Abs(err) > 0.3)
                        {
                            w[0] += rate * err * xs[t];
                            w[1] += rate * err;
                        }
                    }

                    return w[0] * w[1] + w[0];
                }
                """, Lms),

            // Many iterations (the gate's tape far longer than 16), cycling over the samples.
            Case("GrManyIterations", """
                [Differentiable]
                public static double GrManyIterations(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    int n = ys.Length;
                    for (int it = 0; it < 300; it++)
                    {
                        int t = it % n;
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        if (Math.Abs(err) > 0.4)
                        {
                            w[0] += 0.02 * rate * err * xs[t];
                            w[1] += 0.02 * rate * err;
                        }
                    }

                    return w[0] * w[1] + w[0];
                }
                """, Lms, ArrayCase.NonEmpty),

            // A while loop with its own counter (the gate's slot counted by the forward sweep), growing past 16 iterations.
            Case("GrWhileIf", """
                [Differentiable]
                public static double GrWhileIf(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    int n = ys.Length;
                    int it = 0;
                    while (it < 5 * n)
                    {
                        int t = it % n;
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        if (Math.Abs(err) > 0.3)
                        {
                            w[0] += 0.2 * rate * err * xs[t];
                            w[1] += 0.2 * rate * err;
                        }

                        it++;
                    }

                    return w[0] * w[1] + w[0];
                }
                """, Lms),

            // A do loop with the update under an if.
            Case("GrDoIf", """
                [Differentiable]
                public static double GrDoIf(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    int t = 0;
                    do
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        if (Math.Abs(err) > 0.3)
                        {
                            w[0] += rate * err * xs[t];
                            w[1] += rate * err;
                        }

                        t++;
                    }
                    while (t < ys.Length);

                    return w[0] * w[1] + w[0];
                }
                """, Lms, ArrayCase.NonEmpty),

            // The update reads the element at another index (plain statements, the later one reading the earlier's result).
            Case("GrPlainNeighbour", """
                [Differentiable]
                public static double GrPlainNeighbour(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        if (Math.Abs(err) > 0.3)
                        {
                            w[1] += 0.3 * rate * err * Math.Tanh(w[0]);
                            w[0] += rate * err * xs[t] * Math.Tanh(w[1]);
                        }
                    }

                    return w[0] * w[1] + w[0];
                }
                """, Lms),

            // The same element written twice in the if.
            Case("GrTwiceInTheIf", """
                [Differentiable]
                public static double GrTwiceInTheIf(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        if (Math.Abs(err) > 0.3)
                        {
                            w[0] += rate * err * xs[t];
                            w[0] *= 0.9 + 0.05 * w[1];
                            w[1] = Math.Tanh(w[1] + rate * err);
                        }
                    }

                    return w[0] * w[1] + w[0];
                }
                """, Lms),

            // An index from an int local declared before the if.
            Case("GrIndexBeforeIf", """
                [Differentiable]
                public static double GrIndexBeforeIf(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    for (int t = 0; t < ys.Length; t++)
                    {
                        int j = t % 2;
                        double err = ys[t] - w[j] * xs[t] - w[1 - j];
                        if (Math.Abs(err) > 0.3)
                        {
                            w[j] += rate * err * xs[t];
                            w[1 - j] -= 0.2 * rate * err;
                        }
                    }

                    return w[0] * w[1] + w[0];
                }
                """, Lms),

            // An index carried from iteration to iteration, changed after the if.
            Case("GrIndexCarried", """
                [Differentiable]
                public static double GrIndexCarried(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    int j = 0;
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        if (Math.Abs(err) > 0.3)
                        {
                            w[j] += rate * err * (j == 0 ? xs[t] : 1);
                        }

                        j = 1 - j;
                    }

                    return w[0] * w[1] + w[0];
                }
                """, Lms),

            // An index carried, changed before the if.
            Case("GrIndexChangedBefore", """
                [Differentiable]
                public static double GrIndexChangedBefore(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    int j = 1;
                    for (int t = 0; t < ys.Length; t++)
                    {
                        j = (j + 1) % 2;
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        if (Math.Abs(err) > 0.3)
                        {
                            w[j] += rate * err;
                        }
                    }

                    return w[0] * w[1] + w[0];
                }
                """, Lms),

            // An int local the test reads, counted inside the if (at most three updates).
            Case("GrCountedUpdates", """
                [Differentiable]
                public static double GrCountedUpdates(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    int updates = 0;
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        if (Math.Abs(err) > 0.3 && updates < 3)
                        {
                            w[0] += rate * err * xs[t];
                            w[1] += rate * err;
                            updates++;
                        }
                    }

                    return w[0] * w[1] + w[0] + updates;
                }
                """, Lms),

            // A rate the if decays, the test reading it.
            Case("GrDecayingRate", """
                [Differentiable]
                public static double GrDecayingRate(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    double lr = rate;
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        if (err * err > 0.2 * lr)
                        {
                            w[0] += lr * err * xs[t];
                            w[1] += lr * err;
                            lr *= 0.8;
                        }
                    }

                    return w[0] * w[1] + w[0] + lr;
                }
                """, Lms),

            // Reading the elements after the if, in the same iteration.
            Case("GrReadAfterTheIf", """
                [Differentiable]
                public static double GrReadAfterTheIf(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    double s = 0;
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        if (Math.Abs(err) > 0.3)
                        {
                            w[0] += rate * err * xs[t];
                            w[1] += rate * err;
                        }

                        s += w[0] * xs[t] * w[1];
                    }

                    return s + w[0];
                }
                """, Lms),

            // An element kept in a local, overwritten only where the test holds, both read after.
            Case("GrKeptOld", """
                [Differentiable]
                public static double GrKeptOld(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    double s = 0;
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double old = w[0];
                        double err = ys[t] - old * xs[t] - w[1];
                        if (Math.Abs(err) > 0.3)
                        {
                            w[0] = old + rate * err * xs[t];
                            w[1] += rate * err * old;
                        }

                        s += old * w[0];
                    }

                    return s + w[1];
                }
                """, Lms),

            // A test on the data alone (a label), the update reading the elements.
            Case("GrDataTest", """
                [Differentiable]
                public static double GrDataTest(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        if (ys[t] > 0)
                        {
                            w[0] += rate * err * xs[t];
                            w[1] += rate * err * w[0];
                        }
                    }

                    return w[0] * w[1] + w[0];
                }
                """, Lms),

            // A running maximum of the error in the same loop (a second if), the return reading it.
            Case("GrWithRunningMax", """
                [Differentiable]
                public static double GrWithRunningMax(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    double worst = -100;
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        if (err > worst) worst = err;
                        if (Math.Abs(err) > 0.3)
                        {
                            w[0] += rate * err * xs[t];
                            w[1] += rate * err;
                        }
                    }

                    return w[0] * w[1] + worst;
                }
                """, Lms, ArrayCase.NonEmpty),

            // A running maximum in a loop of its own after the gated loop.
            Case("GrRunningMaxAfter", """
                [Differentiable]
                public static double GrRunningMaxAfter(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        if (Math.Abs(err) > 0.3)
                        {
                            w[0] += rate * err * xs[t];
                            w[1] += rate * err;
                        }
                    }

                    double best = Math.Max(w[0], w[1]);
                    for (int t = 0; t < xs.Length; t++)
                    {
                        double v = w[0] * xs[t] + w[1];
                        if (v > best) best = v;
                    }

                    return best;
                }
                """, Lms),

            // The error from a call of another [Differentiable] method, the step from another.
            Case("GrCalls", """
                [Differentiable]
                public static double GrResidual(double a, double b, double x, double y) => y - a * x - b;

                [Differentiable]
                public static double GrShrink(double e) => e / (1 + 0.5 * e * e);

                [Differentiable]
                public static double GrCalls(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = GrResidual(w[0], w[1], xs[t], ys[t]);
                        if (Math.Abs(err) > 0.3)
                        {
                            w[0] += rate * GrShrink(err) * xs[t];
                            w[1] += rate * GrShrink(err);
                        }
                    }

                    return w[0] * w[1] + w[0];
                }
                """, Lms),

            // Gradient.Stop in the test only (so the differences stay an oracle).
            Case("GrStoppedTest", """
                [Differentiable]
                public static double GrStoppedTest(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        double seen = Gradient.Stop(err);
                        if (Math.Abs(seen) > 0.3)
                        {
                            w[0] += rate * err * xs[t];
                            w[1] += rate * err;
                        }
                    }

                    return w[0] * w[1] + w[0];
                }
                """, Lms),

            // Two loops one after the other, each with a gate of its own.
            Case("GrTwoGatedLoops", """
                [Differentiable]
                public static double GrTwoGatedLoops(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        if (Math.Abs(err) > 0.3)
                        {
                            w[0] += rate * err * xs[t];
                            w[1] += rate * err;
                        }
                    }

                    for (int t = ys.Length - 1; t >= 0; t--)
                    {
                        double err = ys[t] + w[0] * xs[t] - w[1];
                        if (err < -0.2)
                        {
                            w[1] += 0.5 * rate * err;
                            w[0] -= 0.5 * rate * err * xs[t];
                        }
                    }

                    return w[0] * w[1] + w[0];
                }
                """, Lms),

            // The gated loop inside an if (not inside a loop).
            Case("GrLoopInsideIf", """
                [Differentiable]
                public static double GrLoopInsideIf(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    if (rate > 0.3)
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

                    return w[0] * w[1] + w[0];
                }
                """, Lms),

            // Locals named as the generator names its tapes and counters.
            Case("GrNameClash", """
                [Differentiable]
                public static double GrNameClash(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    double wChangedTape = 0;
                    double stoppedTape = 1;
                    int k = 0;
                    int iterations = 0;
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        if (Math.Abs(err) > 0.3)
                        {
                            w[0] += rate * err * xs[t];
                            w[1] += rate * err;
                            k++;
                        }

                        wChangedTape += err * w[0];
                        stoppedTape *= 0.9;
                        iterations++;
                    }

                    return w[0] * w[1] + wChangedTape + stoppedTape + k + iterations;
                }
                """, Lms),

            // tanh of the element: its derivative reads the value the write made.
            Case("GrTanhWrite", """
                [Differentiable]
                public static double GrTanhWrite(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        if (Math.Abs(err) > 0.3)
                        {
                            w[0] = Math.Tanh(w[0] + rate * err * xs[t]);
                            w[1] = Math.Tanh(w[1] + rate * err);
                        }
                    }

                    return w[0] * w[1] + w[0];
                }
                """, Lms),

            // The test's outcome decided by an int parameter only.
            Case("GrIntTest", """
                [Differentiable]
                public static double GrIntTest(double[] w0, double[] xs, double[] ys, double rate, int k)
                {
                    double[] w = (double[])w0.Clone();
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        if (t < k)
                        {
                            w[0] += rate * err * xs[t];
                            w[1] += rate * err;
                        }
                    }

                    return w[0] * w[1] + w[0];
                }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Vector(r, n), Vector(r, n, -3, 3), Uniform(r, 0.1, 0.5), r.Next(-1, n + 2) }),

            // ---- the update's loop inside the if ----
            // An LMS filter of three taps: the prediction in a loop, the update in a loop inside the if (docs/supported.md's example).
            Case("GrLmsTaps", """
                [Differentiable]
                public static double GrLmsTaps(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    int m = w.Length;
                    double s = 0;
                    for (int t = m - 1; t < xs.Length; t++)
                    {
                        double y = 0;
                        for (int k = 0; k < m; k++)
                        {
                            y += w[k] * xs[t - k];
                        }

                        double e = ys[t] - y;
                        s += e * e;
                        if (Math.Abs(e) > 0.2)
                        {
                            for (int k = 0; k < m; k++)
                            {
                                w[k] += rate * e * xs[t - k];
                            }
                        }
                    }

                    return s + w[0] * w[m - 1];
                }
                """, (r, n) => new object[] { Vector(r, 3, -1, 1), Vector(r, n), Vector(r, n, -3, 3), Uniform(r, 0.05, 0.3) }),

            // The update's loop reads the element before (k - 1), written by the same loop one step earlier.
            Case("GrLoopNeighbourUp", """
                [Differentiable]
                public static double GrLoopNeighbourUp(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double e = ys[t] - w[0] * xs[t] - w[1] - w[2];
                        if (Math.Abs(e) > 0.2)
                        {
                            for (int k = 1; k < 3; k++)
                            {
                                w[k] += rate * e * Math.Tanh(w[k - 1]);
                            }
                        }
                    }

                    return w[0] + w[1] * w[2];
                }
                """, (r, n) => new object[] { Vector(r, 3, -1, 1), Vector(r, n), Vector(r, n, -3, 3), Uniform(r, 0.05, 0.3) }),

            // The same counting down: each element reads the old value of the one before.
            Case("GrLoopNeighbourDown", """
                [Differentiable]
                public static double GrLoopNeighbourDown(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double e = ys[t] - w[0] * xs[t] - w[1] - w[2];
                        if (Math.Abs(e) > 0.2)
                        {
                            for (int k = 2; k >= 1; k--)
                            {
                                w[k] = w[k] + rate * e * w[k - 1];
                            }
                        }
                    }

                    return w[0] + w[1] * w[2];
                }
                """, (r, n) => new object[] { Vector(r, 3, -1, 1), Vector(r, n), Vector(r, n, -3, 3), Uniform(r, 0.05, 0.3) }),

            // Two loops inside the if, two arrays.
            Case("GrIfTwoLoops", """
                [Differentiable]
                public static double GrIfTwoLoops(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    double[] v = new double[w.Length];
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double e = ys[t] - w[0] * xs[t] - w[1] - v[0];
                        if (Math.Abs(e) > 0.2)
                        {
                            for (int k = 0; k < w.Length; k++)
                            {
                                w[k] += rate * e * (k == 0 ? xs[t] : 1);
                            }

                            for (int k = 0; k < v.Length; k++)
                            {
                                v[k] = 0.5 * v[k] + 0.1 * w[k] * e;
                            }
                        }
                    }

                    return w[0] * w[1] + v[0] + v[1];
                }
                """, Lms),

            // The update's loop inside the if, its bound an int parameter (0 included: the test holds, nothing is written).
            Case("GrIfLoopIntBound", """
                [Differentiable]
                public static double GrIfLoopIntBound(double[] w0, double[] xs, double[] ys, double rate, int m)
                {
                    double[] w = (double[])w0.Clone();
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double e = ys[t] - w[0] * xs[t] - w[1] - w[2];
                        if (Math.Abs(e) > 0.2)
                        {
                            for (int k = 0; k < m; k++)
                            {
                                w[k] += rate * e * Math.Tanh(w[2 - k]);
                            }
                        }
                    }

                    return w[0] + w[1] * w[2];
                }
                """, (r, n) => new object[] { Vector(r, 3, -1, 1), Vector(r, n), Vector(r, n, -3, 3), Uniform(r, 0.05, 0.3), r.Next(0, 4) }),

            // The update's loop counting down inside the if.
            Case("GrIfLoopDown", """
                [Differentiable]
                public static double GrIfLoopDown(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double e = ys[t] - w[0] * xs[t] - w[1];
                        if (Math.Abs(e) > 0.2)
                        {
                            for (int k = 1; k >= 0; k--)
                            {
                                w[k] += rate * e * (k == 0 ? xs[t] : w[0]);
                            }
                        }
                    }

                    return w[0] + w[1] * w[0];
                }
                """, Lms),

            // The if's loop written by hand: the test joined to the loop's condition.
            Case("GrUserGuardedFor", """
                [Differentiable]
                public static double GrUserGuardedFor(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double e = ys[t] - w[0] * xs[t] - w[1];
                        for (int k = 0; Math.Abs(e) > 0.2 && k < 2; k++)
                        {
                            w[k] += rate * e * (k == 0 ? xs[t] : 1);
                        }
                    }

                    return w[0] * w[1] + w[0];
                }
                """, Lms),

            // The if's loop written by hand as a bound that is empty where the test fails.
            Case("GrUserChoiceBound", """
                [Differentiable]
                public static double GrUserChoiceBound(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double e = ys[t] - w[0] * xs[t] - w[1];
                        for (int k = 0; k < (Math.Abs(e) > 0.2 ? 2 : 0); k++)
                        {
                            w[k] += rate * e * (k == 0 ? xs[t] : 1);
                        }
                    }

                    return w[0] * w[1] + w[0];
                }
                """, Lms),

            // continue before the update's loop.
            Case("GrContinueLoop", """
                [Differentiable]
                public static double GrContinueLoop(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double e = ys[t] - w[0] * xs[t] - w[1];
                        if (Math.Abs(e) < 0.2) continue;
                        for (int k = 0; k < 2; k++)
                        {
                            w[k] += rate * e * (k == 0 ? xs[t] : 1);
                        }
                    }

                    return w[0] * w[1] + w[0];
                }
                """, Lms),

            // ---- early stopping ----
            // Gradient descent with plain writes, stopped by break.
            Case("GrStopPlain", """
                [Differentiable("x0", "rate")]
                public static double GrStopPlain(double[] x0, double rate, double tol)
                {
                    double[] x = (double[])x0.Clone();
                    for (int it = 0; it < 40; it++)
                    {
                        double g0 = 2 * (x[0] - 1) + 0.3 * Math.Sin(x[1]);
                        double g1 = 4 * (x[1] + 0.5);
                        if (g0 * g0 + g1 * g1 < tol) break;
                        x[0] -= rate * g0;
                        x[1] -= rate * g1;
                    }

                    return x[0] * x[1] + x[0];
                }
                """, Descent, ArrayCase.Scalar),

            // The same with return from the loop before the update.
            Case("GrStopReturn", """
                [Differentiable("x0", "rate")]
                public static double GrStopReturn(double[] x0, double rate, double tol)
                {
                    double[] x = (double[])x0.Clone();
                    for (int it = 0; it < 40; it++)
                    {
                        double g0 = 2 * (x[0] - 1) + 0.3 * Math.Sin(x[1]);
                        double g1 = 4 * (x[1] + 0.5);
                        if (g0 * g0 + g1 * g1 < tol) return x[0] * x[1] - x[1];
                        x[0] -= rate * g0;
                        x[1] -= rate * g1;
                    }

                    return x[0] * x[1] + x[0];
                }
                """, Descent, ArrayCase.Scalar),

            // continue instead of break: later iterations test again (a step size that shrinks makes the test change).
            Case("GrStopContinue", """
                [Differentiable("x0", "rate")]
                public static double GrStopContinue(double[] x0, double rate, double tol)
                {
                    double[] x = (double[])x0.Clone();
                    for (int it = 0; it < 30; it++)
                    {
                        double g0 = 2 * (x[0] - 1) + 0.3 * Math.Sin(x[1]);
                        double g1 = 4 * (x[1] + 0.5);
                        if ((g0 * g0 + g1 * g1) * (1 + it % 3) < tol) continue;
                        x[0] -= rate * g0;
                        x[1] -= rate * g1;
                    }

                    return x[0] * x[1] + x[0];
                }
                """, Descent, ArrayCase.Scalar),

            // The gradient and the step in loops of their own; the step in a loop counting down.
            Case("GrStopLoopsDown", """
                [Differentiable("x0", "rate")]
                public static double GrStopLoopsDown(double[] x0, double[] c, double rate, double tol)
                {
                    double[] x = (double[])x0.Clone();
                    for (int it = 0; it < 15; it++)
                    {
                        double g2 = 0;
                        for (int i = 0; i < x.Length; i++)
                        {
                            g2 += (x[i] - c[i]) * (x[i] - c[i]);
                        }

                        if (g2 < tol) break;
                        for (int i = x.Length - 1; i >= 0; i--)
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
                """, DescentN),

            // The gradient kept in a local array filled anew every iteration before the stop; the step reads it.
            Case("GrStopGradientBuffer", """
                [Differentiable("x0", "rate")]
                public static double GrStopGradientBuffer(double[] x0, double[] c, double rate, double tol)
                {
                    double[] x = (double[])x0.Clone();
                    double[] g = new double[x.Length];
                    for (int it = 0; it < 15; it++)
                    {
                        double g2 = 0;
                        for (int i = 0; i < x.Length; i++)
                        {
                            g[i] = 2 * (x[i] - c[i]) + 0.1 * Math.Sin(x[i]);
                            g2 += g[i] * g[i];
                        }

                        if (g2 < tol) break;
                        for (int i = 0; i < x.Length; i++)
                        {
                            x[i] -= rate * g[i];
                        }
                    }

                    double f = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        f += x[i] * x[i] * c[i];
                    }

                    return f;
                }
                """, DescentN),

            // Momentum: the velocity updated every iteration before the stop (not gated), the position after it (gated).
            Case("GrStopMomentum", """
                [Differentiable("x0", "rate")]
                public static double GrStopMomentum(double[] x0, double[] c, double rate, double tol)
                {
                    double[] x = (double[])x0.Clone();
                    double[] v = new double[x.Length];
                    for (int it = 0; it < 15; it++)
                    {
                        double v2 = 0;
                        for (int i = 0; i < x.Length; i++)
                        {
                            v[i] = 0.5 * v[i] + 2 * (x[i] - c[i]);
                            v2 += v[i] * v[i];
                        }

                        if (v2 < tol) break;
                        for (int i = 0; i < x.Length; i++)
                        {
                            x[i] -= rate * v[i];
                        }
                    }

                    double f = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        f += x[i] * x[i] * c[i] + v[i];
                    }

                    return f;
                }
                """, DescentN),

            // Return from the loop before the update's loops.
            Case("GrStopReturnLoops", """
                [Differentiable("x0", "rate")]
                public static double GrStopReturnLoops(double[] x0, double[] c, double rate, double tol)
                {
                    double[] x = (double[])x0.Clone();
                    for (int it = 0; it < 15; it++)
                    {
                        double g2 = 0;
                        for (int i = 0; i < x.Length; i++)
                        {
                            g2 += (x[i] - c[i]) * (x[i] - c[i]);
                        }

                        if (g2 < tol) return g2 + x.Length;
                        for (int i = 0; i < x.Length; i++)
                        {
                            x[i] -= rate * (2 * (x[i] - c[i]) + 0.1 * Math.Sin(x[i]));
                        }
                    }

                    double f = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        f += x[i] * c[i];
                    }

                    return f;
                }
                """, DescentN),

            // A while loop with an unknown count: stops by the test or after 400 passes (the tape grows many times).
            Case("GrWhileStopLong", """
                [Differentiable("x0", "rate")]
                public static double GrWhileStopLong(double[] x0, double rate, double tol)
                {
                    double[] x = (double[])x0.Clone();
                    int it = 0;
                    while (it < 400)
                    {
                        double g0 = 2 * (x[0] - 1) + 0.3 * Math.Sin(x[1]);
                        double g1 = 4 * (x[1] + 0.5);
                        if (g0 * g0 + g1 * g1 < 1e-3 * tol) break;
                        x[0] -= 0.1 * rate * g0;
                        x[1] -= 0.1 * rate * g1;
                        it++;
                    }

                    return x[0] * x[1] + x[0] + it;
                }
                """, Descent, ArrayCase.Scalar),

            // while (true) with two ways out; the writes after the first test only.
            Case("GrWhileTrue", """
                [Differentiable("x0", "rate")]
                public static double GrWhileTrue(double[] x0, double rate, double tol)
                {
                    double[] x = (double[])x0.Clone();
                    int it = 0;
                    while (true)
                    {
                        double g0 = 2 * (x[0] - 1);
                        double g1 = 4 * (x[1] + 0.5) + 0.2 * x[0];
                        if (g0 * g0 + g1 * g1 < tol || it >= 50) break;
                        x[0] -= rate * g0;
                        x[1] -= rate * g1;
                        it++;
                    }

                    return x[0] * x[1] + x[0];
                }
                """, Descent, ArrayCase.Scalar),

            // A do loop with the stop before the writes.
            Case("GrDoStop", """
                [Differentiable("x0", "rate")]
                public static double GrDoStop(double[] x0, double rate, double tol)
                {
                    double[] x = (double[])x0.Clone();
                    int it = 0;
                    do
                    {
                        double g0 = 2 * (x[0] - 1) + 0.3 * Math.Sin(x[1]);
                        double g1 = 4 * (x[1] + 0.5);
                        if (g0 * g0 + g1 * g1 < tol) break;
                        x[0] -= rate * g0;
                        x[1] -= rate * g1;
                        it++;
                    }
                    while (it < 30);

                    return x[0] * x[1] + x[0];
                }
                """, Descent, ArrayCase.Scalar),

            // A for loop counting down, with the stop.
            Case("GrStopCountDown", """
                [Differentiable("x0", "rate")]
                public static double GrStopCountDown(double[] x0, double rate, double tol)
                {
                    double[] x = (double[])x0.Clone();
                    for (int it = 30; it > 0; it--)
                    {
                        double g0 = 2 * (x[0] - 1) + 0.3 * Math.Sin(x[1]);
                        double g1 = 4 * (x[1] + 0.5) * (1 + 0.01 * it);
                        if (g0 * g0 + g1 * g1 < tol) break;
                        x[0] -= rate * g0;
                        x[1] -= rate * g1;
                    }

                    return x[0] * x[1] + x[0];
                }
                """, Descent, ArrayCase.Scalar),

            // A for loop from 5, with the stop, the counter read by the step.
            Case("GrStopFromFive", """
                [Differentiable("x0", "rate")]
                public static double GrStopFromFive(double[] x0, double rate, double tol)
                {
                    double[] x = (double[])x0.Clone();
                    for (int it = 5; it < 40; it++)
                    {
                        double g0 = 2 * (x[0] - 1) + 0.3 * Math.Sin(x[1]);
                        double g1 = 4 * (x[1] + 0.5);
                        if (g0 * g0 + g1 * g1 < tol) break;
                        x[0] -= rate * g0 * 5 / it;
                        x[1] -= rate * g1 * 5 / it;
                    }

                    return x[0] * x[1] + x[0];
                }
                """, Descent, ArrayCase.Scalar),

            // A long counter, with the stop.
            Case("GrStopLongCounter", """
                [Differentiable("x0", "rate")]
                public static double GrStopLongCounter(double[] x0, double rate, double tol)
                {
                    double[] x = (double[])x0.Clone();
                    for (long it = 0; it < 40; it++)
                    {
                        double g0 = 2 * (x[0] - 1) + 0.3 * Math.Sin(x[1]);
                        double g1 = 4 * (x[1] + 0.5);
                        if (g0 * g0 + g1 * g1 < tol) break;
                        x[0] -= rate * g0;
                        x[1] -= rate * g1;
                    }

                    return x[0] * x[1] + x[0];
                }
                """, Descent, ArrayCase.Scalar),

            // The stop at the first pass (a huge tolerance: no write is ever made).
            Case("GrStopAtFirst", """
                [Differentiable("x0", "rate")]
                public static double GrStopAtFirst(double[] x0, double rate, double tol)
                {
                    double[] x = (double[])x0.Clone();
                    for (int it = 0; it < 20; it++)
                    {
                        double g0 = 2 * (x[0] - 1) + 0.3 * Math.Sin(x[1]);
                        double g1 = 4 * (x[1] + 0.5);
                        if (g0 * g0 + g1 * g1 < 1e6 * tol) break;
                        x[0] -= rate * g0;
                        x[1] -= rate * g1;
                    }

                    return x[0] * x[1] + x[0] * rate;
                }
                """, Descent, ArrayCase.Scalar),

            // Never stopped (the test never holds).
            Case("GrStopNever", """
                [Differentiable("x0", "rate")]
                public static double GrStopNever(double[] x0, double rate, double tol)
                {
                    double[] x = (double[])x0.Clone();
                    for (int it = 0; it < 20; it++)
                    {
                        double g0 = 2 * (x[0] - 1) + 0.3 * Math.Sin(x[1]);
                        double g1 = 4 * (x[1] + 0.5);
                        if (g0 * g0 + g1 * g1 < -tol) break;
                        x[0] -= rate * g0;
                        x[1] -= rate * g1;
                    }

                    return x[0] * x[1] + x[0];
                }
                """, Descent, ArrayCase.Scalar),

            // Stopped at the last pass or by a count: k drawn at the ends (0: before any write; 19: at the last pass; 20: never).
            Case("GrStopByCountOrTest", """
                [Differentiable("x0", "rate")]
                public static double GrStopByCountOrTest(double[] x0, double rate, double tol, int k)
                {
                    double[] x = (double[])x0.Clone();
                    for (int it = 0; it < 20; it++)
                    {
                        double g0 = 2 * (x[0] - 1) + 0.3 * Math.Sin(x[1]);
                        double g1 = 4 * (x[1] + 0.5);
                        if (it >= k || g0 * g0 + g1 * g1 < 1e-4 * tol) break;
                        x[0] -= rate * g0;
                        x[1] -= rate * g1;
                    }

                    return x[0] * x[1] + x[0];
                }
                """, (r, n) => new object[] { Vector(r, 2, -2, 2), Uniform(r, 0.05, 0.2), Uniform(r, 0.01, 0.5), new[] { 0, 1, 19, 20 }[r.Next(4)] }, ArrayCase.Scalar),

            // The arrays of length n: an empty one runs the passes with nothing to write (0 included).
            Case("GrStopEmptyOrNot", """
                [Differentiable]
                public static double GrStopEmptyOrNot(double[] x0, double rate)
                {
                    double[] x = new double[x0.Length];
                    for (int i = 0; i < x.Length; i++)
                    {
                        x[i] = x0[i];
                    }

                    double f = rate;
                    for (int it = 0; it < 10; it++)
                    {
                        double g2 = 0;
                        for (int i = 0; i < x.Length; i++)
                        {
                            g2 += x[i] * x[i];
                        }

                        f += g2 * rate;
                        if (g2 < 0.05) break;
                        for (int i = 0; i < x.Length; i++)
                        {
                            x[i] *= 1 - rate;
                        }
                    }

                    return f;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, 0.1, 0.4) }),

            // A Span local made with stackalloc, updated under a test.
            Case("GrStackalloc", """
                [Differentiable]
                public static double GrStackalloc(double[] w0, double[] xs, double[] ys, double rate)
                {
                    Span<double> w = stackalloc double[2];
                    w[0] = w0[0];
                    w[1] = w0[1];
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        if (Math.Abs(err) > 0.3)
                        {
                            w[0] += rate * err * xs[t];
                            w[1] += rate * err;
                        }
                    }

                    return w[0] * w[1] + w[0];
                }
                """, Lms),

            // An array made with an initializer.
            Case("GrInitializer", """
                [Differentiable]
                public static double GrInitializer(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = { w0[0], w0[1] * rate };
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        if (Math.Abs(err) > 0.3)
                        {
                            w[0] += rate * err * xs[t];
                            w[1] += rate * err;
                        }
                    }

                    return w[0] * w[1] + w[0];
                }
                """, Lms),

            // A Span local on a new array, stopped early.
            Case("GrSpanStop", """
                [Differentiable("x0", "rate")]
                public static double GrSpanStop(double[] x0, double rate, double tol)
                {
                    Span<double> x = new double[2];
                    x[0] = x0[0];
                    x[1] = x0[1];
                    for (int it = 0; it < 40; it++)
                    {
                        double g0 = 2 * (x[0] - 1) + 0.3 * Math.Sin(x[1]);
                        double g1 = 4 * (x[1] + 0.5);
                        if (g0 * g0 + g1 * g1 < tol) break;
                        x[0] -= rate * g0;
                        x[1] -= rate * g1;
                    }

                    return x[0] * x[1] + x[0];
                }
                """, Descent, ArrayCase.Scalar),

            // ---- shapes that may be declined (each is checked or declined as GateReviewTests lists) ----
            // The same array written outside the if too, after the test read it.
            Case("GrInsideAndOutside", """
                [Differentiable]
                public static double GrInsideAndOutside(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        w[1] *= 0.95;
                        if (Math.Abs(err) > 0.3)
                        {
                            w[0] += rate * err * xs[t];
                        }
                    }

                    return w[0] * w[1] + w[0];
                }
                """, Lms),

            // The same array written in the if and before the test (in the same statement that reads it), a plain decay.
            Case("GrDecayThenIf", """
                [Differentiable]
                public static double GrDecayThenIf(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    for (int t = 0; t < ys.Length; t++)
                    {
                        w[1] = 0.95 * w[1];
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        if (Math.Abs(err) > 0.3)
                        {
                            w[0] += rate * err * xs[t];
                        }
                    }

                    return w[0] * w[1] + w[0];
                }
                """, Lms),

            // Writes in both branches.
            Case("GrElseWrites", """
                [Differentiable]
                public static double GrElseWrites(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        if (err > 0.3)
                        {
                            w[0] += rate * err * xs[t];
                        }
                        else
                        {
                            w[1] -= 0.5 * rate * err;
                        }
                    }

                    return w[0] * w[1] + w[0];
                }
                """, Lms),

            // An if nested in the gating if.
            Case("GrNestedIfInner", """
                [Differentiable]
                public static double GrNestedIfInner(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        if (Math.Abs(err) > 0.3)
                        {
                            w[0] += rate * err * xs[t];
                            if (err > 0)
                            {
                                w[1] += rate * err;
                            }
                        }
                    }

                    return w[0] * w[1] + w[0];
                }
                """, Lms),

            // The gating if inside another if (the two tests could be joined with &&).
            Case("GrNestedIfOuter", """
                [Differentiable]
                public static double GrNestedIfOuter(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        if (t % 3 != 1)
                        {
                            if (Math.Abs(err) > 0.2)
                            {
                                w[0] += rate * err * xs[t];
                                w[1] += rate * err;
                            }
                        }
                    }

                    return w[0] * w[1] - w[1];
                }
                """, Lms),

            // The update's loop under two ifs nested with nothing else around them (the gating test joined: t > 0 && |err| > 0.2).
            Case("GrNestedIfsLoop", """
                [Differentiable]
                public static double GrNestedIfsLoop(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        if (t > 0)
                        {
                            if (Math.Abs(err) > 0.2)
                            {
                                for (int k = 0; k < 2; k++)
                                {
                                    w[k] += rate * err * (k == 0 ? xs[t] : 1);
                                }
                            }
                        }
                    }

                    return w[0] * w[1] - w[1];
                }
                """, Lms),

            // Epochs over the samples: the gated loop inside another loop (declined until the twenty-second session; its
            // outcomes are kept on a stack now).
            Case("GrEpochs", """
                [Differentiable]
                public static double GrEpochs(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
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

                    return w[0] * w[1] + w[0];
                }
                """, Lms),

            // Epochs whose pass stops once the error is small, after the update (docs/supported.md: early stopping on the
            // values in a loop inside another loop is not supported yet).
            Case("GrEpochsConvergeOnError", """
                [Differentiable]
                public static double GrEpochsConvergeOnError(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
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

                            if (Math.Abs(err) < 0.01) break;
                        }
                    }

                    return w[0] * w[1] + w[0];
                }
                """, Lms),

            // Early stopping inside an outer loop (restarts).
            Case("GrStopInsideRestarts", """
                [Differentiable("x0", "rate")]
                public static double GrStopInsideRestarts(double[] x0, double rate, double tol)
                {
                    double[] x = (double[])x0.Clone();
                    double f = 0;
                    for (int restart = 0; restart < 2; restart++)
                    {
                        for (int it = 0; it < 20; it++)
                        {
                            double g0 = 2 * (x[0] - 1) + 0.3 * Math.Sin(x[1]);
                            double g1 = 4 * (x[1] + 0.5);
                            if (g0 * g0 + g1 * g1 < tol) break;
                            x[0] -= rate * g0;
                            x[1] -= rate * g1;
                        }

                        f += x[0] * x[1];
                        x[1] += 0.5;
                    }

                    return f + x[0];
                }
                """, Descent, ArrayCase.Scalar),

            // One element written before the stop, the other after.
            Case("GrStopBetweenWrites", """
                [Differentiable("x0", "rate")]
                public static double GrStopBetweenWrites(double[] x0, double rate, double tol)
                {
                    double[] x = (double[])x0.Clone();
                    for (int it = 0; it < 40; it++)
                    {
                        double g0 = 2 * (x[0] - 1) + 0.3 * Math.Sin(x[1]);
                        x[0] -= rate * g0;
                        double g1 = 4 * (x[1] + 0.5);
                        if (g0 * g0 + g1 * g1 < tol) break;
                        x[1] -= rate * g1;
                    }

                    return x[0] * x[1] + x[0];
                }
                """, Descent, ArrayCase.Scalar),

            // Two stops before the writes (they could be joined with ||).
            Case("GrTwoStops", """
                [Differentiable("x0", "rate")]
                public static double GrTwoStops(double[] x0, double rate, double tol)
                {
                    double[] x = (double[])x0.Clone();
                    for (int it = 0; it < 40; it++)
                    {
                        double g0 = 2 * (x[0] - 1) + 0.3 * Math.Sin(x[1]);
                        double g1 = 4 * (x[1] + 0.5);
                        if (g0 * g0 < 0.1 * tol) break;
                        if (g0 * g0 + g1 * g1 < tol) break;
                        x[0] -= rate * g0;
                        x[1] -= rate * g1;
                    }

                    return x[0] * x[1] + x[0];
                }
                """, Descent, ArrayCase.Scalar),

            // After the stop, a loop and then a direct write of the same array.
            Case("GrStopLoopThenPlain", """
                [Differentiable("x0", "rate")]
                public static double GrStopLoopThenPlain(double[] x0, double[] c, double rate, double tol)
                {
                    double[] x = (double[])x0.Clone();
                    for (int it = 0; it < 15; it++)
                    {
                        double g2 = 0;
                        for (int i = 0; i < x.Length; i++)
                        {
                            g2 += (x[i] - c[i]) * (x[i] - c[i]);
                        }

                        if (g2 < tol) break;
                        for (int i = 0; i < x.Length; i++)
                        {
                            x[i] -= rate * (2 * (x[i] - c[i]));
                        }

                        x[0] = x[0] * 0.99;
                    }

                    return x[0] * x[0] + x[x.Length - 1];
                }
                """, DescentN, ArrayCase.NonEmpty),

            // After the stop, a double buffer and its swap.
            Case("GrStopThenSwap", """
                [Differentiable("x0", "rate")]
                public static double GrStopThenSwap(double[] x0, double[] c, double rate, double tol)
                {
                    double[] x = (double[])x0.Clone();
                    double[] next = new double[x.Length];
                    for (int it = 0; it < 15; it++)
                    {
                        double g2 = 0;
                        for (int i = 0; i < x.Length; i++)
                        {
                            g2 += (x[i] - c[i]) * (x[i] - c[i]);
                        }

                        if (g2 < tol) break;
                        for (int i = 0; i < x.Length; i++)
                        {
                            next[i] = x[i] - rate * 2 * (x[i] - c[i]);
                        }

                        (x, next) = (next, x);
                    }

                    double f = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        f += x[i] * c[i];
                    }

                    return f;
                }
                """, DescentN),

            // The if holds a loop and a plain write of the same array.
            Case("GrIfLoopAndPlainSame", """
                [Differentiable]
                public static double GrIfLoopAndPlainSame(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double e = ys[t] - w[0] * xs[t] - w[1];
                        if (Math.Abs(e) > 0.2)
                        {
                            for (int k = 0; k < 2; k++)
                            {
                                w[k] += rate * e * (k == 0 ? xs[t] : 1);
                            }

                            w[0] *= 0.99;
                        }
                    }

                    return w[0] * w[1] + w[0];
                }
                """, Lms),

            // The if holds a loop writing one array and a plain write of another.
            Case("GrIfLoopAndPlainOther", """
                [Differentiable]
                public static double GrIfLoopAndPlainOther(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    double[] b = new double[1];
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double e = ys[t] - w[0] * xs[t] - w[1] - b[0];
                        if (Math.Abs(e) > 0.2)
                        {
                            for (int k = 0; k < 2; k++)
                            {
                                w[k] += rate * e * (k == 0 ? xs[t] : 1);
                            }

                            b[0] += 0.5 * rate * e;
                        }
                    }

                    return w[0] * w[1] + w[0] + b[0];
                }
                """, Lms),

            // The test reads an element of the array the if writes (another index).
            Case("GrTestReadsElement", """
                [Differentiable]
                public static double GrTestReadsElement(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = ys[t] - w[0] * xs[t];
                        if (w[1] * err > 0.1)
                        {
                            w[0] += rate * err * xs[t];
                        }
                    }

                    return w[0] * w[1] + w[0];
                }
                """, Lms),

            // The index declared inside the if before the write.
            Case("GrIndexInsideIf", """
                [Differentiable]
                public static double GrIndexInsideIf(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        if (Math.Abs(err) > 0.3)
                        {
                            int j = t % 2;
                            w[j] += rate * err;
                        }
                    }

                    return w[0] * w[1] + w[0];
                }
                """, Lms),

            // The error from a call that takes the array.
            Case("GrCallWithArray", """
                [Differentiable]
                public static double GrPredict(double[] w, double x) => w[0] * x + w[1];

                [Differentiable]
                public static double GrCallWithArray(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = ys[t] - GrPredict(w, xs[t]);
                        if (Math.Abs(err) > 0.3)
                        {
                            w[0] += rate * err * xs[t];
                            w[1] += rate * err;
                        }
                    }

                    return w[0] * w[1] + w[0];
                }
                """, Lms),

            // A copy with Array.Copy.
            Case("GrArrayCopy", """
                [Differentiable]
                public static double GrArrayCopy(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = new double[2];
                    Array.Copy(w0, w, 2);
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        if (Math.Abs(err) > 0.3)
                        {
                            w[0] += rate * err * xs[t];
                            w[1] += rate * err;
                        }
                    }

                    return w[0] * w[1] + w[0];
                }
                """, Lms),

            // A break inside the gating if after the writes.
            Case("GrBreakInTheIf", """
                [Differentiable]
                public static double GrBreakInTheIf(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        if (Math.Abs(err) > 0.3)
                        {
                            w[0] += rate * err * xs[t];
                            w[1] += rate * err;
                            if (err > 2) break;
                        }
                    }

                    return w[0] * w[1] + w[0];
                }
                """, Lms),

            // The stop's test reads an element of the array the pass writes (through no local).
            Case("GrStopReadsElement", """
                [Differentiable("x0", "rate")]
                public static double GrStopReadsElement(double[] x0, double rate, double tol)
                {
                    double[] x = (double[])x0.Clone();
                    for (int it = 0; it < 40; it++)
                    {
                        if ((x[0] - 1) * (x[0] - 1) < tol) break;
                        x[0] -= rate * 2 * (x[0] - 1);
                        x[1] -= rate * 4 * (x[1] + 0.5);
                    }

                    return x[0] * x[1] + x[0];
                }
                """, Descent, ArrayCase.Scalar),

            // Two gated ifs in the same loop, on different arrays.
            Case("GrTwoGatesOneLoop", """
                [Differentiable]
                public static double GrTwoGatesOneLoop(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    double[] v = new double[2];
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1] - v[0];
                        if (Math.Abs(err) > 0.3)
                        {
                            w[0] += rate * err * xs[t];
                            w[1] += rate * err;
                        }

                        if (err > 0)
                        {
                            v[0] += 0.1 * err;
                        }
                    }

                    return w[0] * w[1] + w[0] + v[0];
                }
                """, Lms),

            // The stop in a while loop whose update is in an if after it too.
            Case("GrStopAndIf", """
                [Differentiable("x0", "rate")]
                public static double GrStopAndIf(double[] x0, double rate, double tol)
                {
                    double[] x = (double[])x0.Clone();
                    for (int it = 0; it < 40; it++)
                    {
                        double g0 = 2 * (x[0] - 1) + 0.3 * Math.Sin(x[1]);
                        double g1 = 4 * (x[1] + 0.5);
                        if (g0 * g0 + g1 * g1 < tol) break;
                        if (g0 * g0 > 0.01)
                        {
                            x[0] -= rate * g0;
                            x[1] -= rate * g1;
                        }
                    }

                    return x[0] * x[1] + x[0];
                }
                """, Descent, ArrayCase.Scalar),

            // ---- second batch ----
            // A break after the gated if (the loop then counts its own iterations).
            Case("GrIfThenBreakAfter", """
                [Differentiable]
                public static double GrIfThenBreakAfter(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        if (Math.Abs(err) > 0.3)
                        {
                            w[0] += rate * err * xs[t];
                            w[1] += rate * err;
                        }

                        if (err > 2) break;
                    }

                    return w[0] * w[1] + w[0];
                }
                """, Lms),

            // Two loops in the if, both writing the same array.
            Case("GrIfTwoLoopsSameArray", """
                [Differentiable]
                public static double GrIfTwoLoopsSameArray(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double e = ys[t] - w[0] * xs[t] - w[1];
                        if (Math.Abs(e) > 0.2)
                        {
                            for (int k = 0; k < 2; k++)
                            {
                                w[k] += rate * e * (k == 0 ? xs[t] : 1);
                            }

                            for (int k = 0; k < 2; k++)
                            {
                                w[k] *= 0.95 + 0.01 * w[1 - k];
                            }
                        }
                    }

                    return w[0] * w[1] + w[0];
                }
                """, Lms),

            // After the stop, two loops writing the same array.
            Case("GrStopTwoLoopsSameArray", """
                [Differentiable("x0", "rate")]
                public static double GrStopTwoLoopsSameArray(double[] x0, double[] c, double rate, double tol)
                {
                    double[] x = (double[])x0.Clone();
                    for (int it = 0; it < 15; it++)
                    {
                        double g2 = 0;
                        for (int i = 0; i < x.Length; i++)
                        {
                            g2 += (x[i] - c[i]) * (x[i] - c[i]);
                        }

                        if (g2 < tol) break;
                        for (int i = 0; i < x.Length; i++)
                        {
                            x[i] -= rate * 2 * (x[i] - c[i]);
                        }

                        for (int i = 0; i < x.Length; i++)
                        {
                            x[i] = x[i] + 0.05 * Math.Sin(x[i]);
                        }
                    }

                    double f = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        f += x[i] * x[i] * c[i];
                    }

                    return f;
                }
                """, DescentN),

            // After the stop, a loop writing one array and a plain write of another the test's value read.
            Case("GrStopLoopAndPlainOther", """
                [Differentiable("x0", "rate")]
                public static double GrStopLoopAndPlainOther(double[] x0, double[] c, double rate, double tol)
                {
                    double[] x = (double[])x0.Clone();
                    double[] y = new double[1];
                    for (int it = 0; it < 15; it++)
                    {
                        double g2 = y[0] * 0.01;
                        for (int i = 0; i < x.Length; i++)
                        {
                            g2 += (x[i] - c[i]) * (x[i] - c[i]);
                        }

                        if (g2 < tol) break;
                        for (int i = 0; i < x.Length; i++)
                        {
                            x[i] -= rate * 2 * (x[i] - c[i]);
                        }

                        y[0] = y[0] * 0.5 + g2;
                    }

                    double f = y[0];
                    for (int i = 0; i < x.Length; i++)
                    {
                        f += x[i] * x[i] * c[i];
                    }

                    return f;
                }
                """, DescentN),

            // Nested loops inside the if: a 2 x 2 matrix kept flat, updated by an outer product.
            Case("GrIfNestedLoops", """
                [Differentiable]
                public static double GrIfNestedLoops(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = new double[4];
                    for (int i = 0; i < 4; i++)
                    {
                        w[i] = w0[i];
                    }

                    for (int t = 1; t < ys.Length; t++)
                    {
                        double h0 = w[0] * xs[t] + w[1] * xs[t - 1];
                        double h1 = w[2] * xs[t] + w[3] * xs[t - 1];
                        double e = ys[t] - h0 - 0.5 * h1;
                        if (Math.Abs(e) > 0.2)
                        {
                            for (int i = 0; i < 2; i++)
                            {
                                for (int j = 0; j < 2; j++)
                                {
                                    w[2 * i + j] += rate * e * (i == 0 ? 1 : 0.5) * xs[t - j];
                                }
                            }
                        }
                    }

                    return w[0] * w[3] - w[1] * w[2];
                }
                """, (r, n) => new object[] { Vector(r, 4, -1, 1), Vector(r, n), Vector(r, n, -3, 3), Uniform(r, 0.05, 0.3) }),

            // The hand-written guarded loop with the test on the right.
            Case("GrUserGuardedForReversed", """
                [Differentiable]
                public static double GrUserGuardedForReversed(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double e = ys[t] - w[0] * xs[t] - w[1];
                        for (int k = 0; k < 2 && Math.Abs(e) > 0.2; k++)
                        {
                            w[k] += rate * e * (k == 0 ? xs[t] : 1);
                        }
                    }

                    return w[0] * w[1] + w[0];
                }
                """, Lms),

            // return of a local from the loop before plain writes.
            Case("GrReturnLocal", """
                [Differentiable("x0", "rate")]
                public static double GrReturnLocal(double[] x0, double rate, double tol)
                {
                    double[] x = (double[])x0.Clone();
                    double f = 0;
                    for (int it = 0; it < 40; it++)
                    {
                        double g0 = 2 * (x[0] - 1) + 0.3 * Math.Sin(x[1]);
                        double g1 = 4 * (x[1] + 0.5);
                        f = x[0] * x[1] + g0;
                        if (g0 * g0 + g1 * g1 < tol) return f;
                        x[0] -= rate * g0;
                        x[1] -= rate * g1;
                    }

                    return f + x[0];
                }
                """, Descent, ArrayCase.Scalar),

            // return of a local from the loop before the update's loops.
            Case("GrReturnLocalLoops", """
                [Differentiable("x0", "rate")]
                public static double GrReturnLocalLoops(double[] x0, double[] c, double rate, double tol)
                {
                    double[] x = (double[])x0.Clone();
                    double g2 = 0;
                    for (int it = 0; it < 15; it++)
                    {
                        g2 = 0;
                        for (int i = 0; i < x.Length; i++)
                        {
                            g2 += (x[i] - c[i]) * (x[i] - c[i]) * (1 + 0.1 * x[i]);
                        }

                        if (g2 < tol) return g2;
                        for (int i = 0; i < x.Length; i++)
                        {
                            x[i] -= rate * (2 * (x[i] - c[i]) + 0.1 * Math.Sin(x[i]));
                        }
                    }

                    return g2 + x.Length;
                }
                """, DescentN),

            // continue before one plain write.
            Case("GrContinueOneWrite", """
                [Differentiable]
                public static double GrContinueOneWrite(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        if (Math.Abs(err) <= 0.3) continue;
                        w[0] += rate * err * xs[t];
                    }

                    return w[0] * w[1] + w[0];
                }
                """, Lms),

            // A while loop: the counter stepped before the continue.
            Case("GrWhileContinue", """
                [Differentiable]
                public static double GrWhileContinue(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    int t = 0;
                    while (t < ys.Length)
                    {
                        double e = ys[t] - w[0] * xs[t] - w[1];
                        t++;
                        if (Math.Abs(e) < 0.2) continue;
                        for (int k = 0; k < 2; k++)
                        {
                            w[k] += rate * e * (k == 0 ? xs[t - 1] : 1);
                        }
                    }

                    return w[0] * w[1] + w[0];
                }
                """, Lms),

            // The if changes what its test read, before the writes (plain).
            Case("GrIfChangesTestValue", """
                [Differentiable]
                public static double GrIfChangesTestValue(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double e = ys[t] - w[0] * xs[t] - w[1];
                        if (Math.Abs(e) > 0.3)
                        {
                            e = 0.5 * e;
                            w[0] += rate * e * xs[t];
                            w[1] += rate * e;
                        }
                    }

                    return w[0] * w[1] + w[0];
                }
                """, Lms),

            // The if changes what its test read, before the update's loop.
            Case("GrIfChangesTestValueLoop", """
                [Differentiable]
                public static double GrIfChangesTestValueLoop(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double e = ys[t] - w[0] * xs[t] - w[1];
                        if (Math.Abs(e) > 0.3)
                        {
                            e = 0.1 * e;
                            for (int k = 0; k < 2; k++)
                            {
                                w[k] += rate * e * (k == 0 ? xs[t] : 1);
                            }
                        }
                    }

                    return w[0] * w[1] + w[0];
                }
                """, Lms),

            // The test against a threshold kept in a local array the loop does not write.
            Case("GrThresholdArray", """
                [Differentiable]
                public static double GrThresholdArray(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    double[] zone = new double[ys.Length];
                    for (int t = 0; t < ys.Length; t++)
                    {
                        zone[t] = 0.1 + 0.05 * t;
                    }

                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        if (Math.Abs(err) > zone[t])
                        {
                            w[0] += rate * err * xs[t];
                            w[1] += rate * err;
                        }
                    }

                    return w[0] * w[1] + w[0];
                }
                """, Lms),

            // else if with writes: an asymmetric dead zone.
            Case("GrElseIfWrites", """
                [Differentiable]
                public static double GrElseIfWrites(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        if (err > 0.3)
                        {
                            w[0] += rate * err * xs[t];
                            w[1] += rate * err;
                        }
                        else if (err < -0.5)
                        {
                            w[0] += 0.5 * rate * err * xs[t];
                            w[1] += 0.5 * rate * err;
                        }
                    }

                    return w[0] * w[1] + w[0];
                }
                """, Lms),

            // The inner loop's bound an int local of the iteration, 0 in some iterations.
            Case("GrIfLoopBoundPerIteration", """
                [Differentiable]
                public static double GrIfLoopBoundPerIteration(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    for (int t = 0; t < ys.Length; t++)
                    {
                        int m = t % 3;
                        double e = ys[t] - w[0] * xs[t] - w[1] - w[2];
                        if (Math.Abs(e) > 0.2)
                        {
                            for (int k = 0; k < m; k++)
                            {
                                w[k + 1] += rate * e * w[k];
                            }
                        }
                    }

                    return w[0] + w[1] * w[2];
                }
                """, (r, n) => new object[] { Vector(r, 3, -1, 1), Vector(r, n), Vector(r, n, -3, 3), Uniform(r, 0.05, 0.3) }),

            // Momentum inside the if: the velocity and the weights both gated, the weights reading the new velocity.
            Case("GrGatedMomentum", """
                [Differentiable]
                public static double GrGatedMomentum(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    double[] v = new double[2];
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        if (Math.Abs(err) > 0.3)
                        {
                            v[0] = 0.9 * v[0] + err * xs[t];
                            v[1] = 0.9 * v[1] + err;
                            w[0] += rate * v[0];
                            w[1] += rate * v[1];
                        }
                    }

                    return w[0] * w[1] + w[0] + v[0] * v[1];
                }
                """, Lms),

            // A budget: the stop's test reads a sum carried over the passes.
            Case("GrStopBudget", """
                [Differentiable("x0", "rate")]
                public static double GrStopBudget(double[] x0, double rate, double tol)
                {
                    double[] x = (double[])x0.Clone();
                    double spent = 0;
                    for (int it = 0; it < 40; it++)
                    {
                        double g0 = 2 * (x[0] - 1) + 0.3 * Math.Sin(x[1]);
                        double g1 = 4 * (x[1] + 0.5);
                        spent += Math.Sqrt(g0 * g0 + g1 * g1 + 0.25);
                        if (spent > 20 * tol + 5) break;
                        x[0] -= rate * g0;
                        x[1] -= rate * g1;
                    }

                    return x[0] * x[1] + x[0] + spent;
                }
                """, Descent, ArrayCase.Scalar),

            // A do loop with continue (it goes to the condition).
            Case("GrDoContinue", """
                [Differentiable]
                public static double GrDoContinue(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    int t = -1;
                    do
                    {
                        t++;
                        double e = ys[t] - w[0] * xs[t] - w[1];
                        if (Math.Abs(e) < 0.2) continue;
                        for (int k = 0; k < 2; k++)
                        {
                            w[k] += rate * e * (k == 0 ? xs[t] : 1);
                        }
                    }
                    while (t < ys.Length - 1);

                    return w[0] * w[1] + w[0];
                }
                """, Lms, ArrayCase.NonEmpty),

            // The gated update's index shifted from the inner counter.
            Case("GrIfLoopShifted", """
                [Differentiable]
                public static double GrIfLoopShifted(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double e = ys[t] - w[0] * xs[t] - w[1] - w[2];
                        if (Math.Abs(e) > 0.2)
                        {
                            for (int k = 0; k < 2; k++)
                            {
                                w[2 - k] += rate * e * (1 + w[k]);
                            }
                        }
                    }

                    return w[0] + w[1] * w[2];
                }
                """, (r, n) => new object[] { Vector(r, 3, -1, 1), Vector(r, n), Vector(r, n, -3, 3), Uniform(r, 0.05, 0.3) }),

            // A while loop counting down, gated.
            Case("GrWhileDownIf", """
                [Differentiable]
                public static double GrWhileDownIf(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    int t = ys.Length;
                    while (t > 0)
                    {
                        t--;
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        if (Math.Abs(err) > 0.3)
                        {
                            w[0] += rate * err * xs[t];
                            w[1] += rate * err;
                        }
                    }

                    return w[0] * w[1] + w[0];
                }
                """, Lms),

            // The stop's test on the count alone, before plain writes.
            Case("GrStopCountPlain", """
                [Differentiable("x0", "rate")]
                public static double GrStopCountPlain(double[] x0, double rate, int k)
                {
                    double[] x = (double[])x0.Clone();
                    double s = 0;
                    for (int it = 0; it < 8; it++)
                    {
                        double g0 = 2 * (x[0] - 1) + 0.3 * Math.Sin(x[1]);
                        s += g0 * g0;
                        if (it >= k) break;
                        x[0] -= rate * g0;
                        x[1] -= rate * x[0];
                    }

                    return s + x[0] * x[1];
                }
                """, (r, n) => new object[] { Vector(r, 2, -2, 2), Uniform(r, 0.05, 0.2), r.Next(0, 10) }, ArrayCase.Scalar),

            // A while loop whose condition reads the array the body writes (no gate: every pass writes).
            Case("GrWhileConditionReadsArray", """
                [Differentiable("x0", "rate")]
                public static double GrWhileConditionReadsArray(double[] x0, double rate, double tol)
                {
                    double[] x = (double[])x0.Clone();
                    int it = 0;
                    while ((x[0] - 1) * (x[0] - 1) > tol && it < 40)
                    {
                        x[0] -= rate * 2 * (x[0] - 1);
                        x[1] += rate * x[0];
                        it++;
                    }

                    return x[0] * x[1] + x[0];
                }
                """, Descent, ArrayCase.Scalar),

            // ---- third batch ----
            // The test reads a sum the loop accumulates.
            Case("GrAccumulatedTest", """
                [Differentiable]
                public static double GrAccumulatedTest(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    double s = 0;
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        s += err * err;
                        if (s > 2)
                        {
                            w[0] += rate * err * xs[t];
                            w[1] += rate * err;
                        }
                    }

                    return w[0] * w[1] + w[0] + s;
                }
                """, Lms),

            // The index chosen by a running sum of the data (a double local carried over the iterations).
            Case("GrIndexFromRunningSum", """
                [Differentiable]
                public static double GrIndexFromRunningSum(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    double s = 0;
                    for (int t = 0; t < ys.Length; t++)
                    {
                        s += xs[t];
                        int j = s > 0 ? 0 : 1;
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        if (Math.Abs(err) > 0.3)
                        {
                            w[j] += rate * err;
                        }
                    }

                    return w[0] * w[1] + w[0];
                }
                """, Lms),

            // The index chosen by a carried double the iteration changes after the if.
            Case("GrIndexFromCarriedDouble", """
                [Differentiable]
                public static double GrIndexFromCarriedDouble(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    double m = 0.05;
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        int j = m > 0 ? 0 : 1;
                        if (Math.Abs(err) > 0.3)
                        {
                            w[j] += rate * err;
                        }

                        m = 0.5 * m - err;
                    }

                    return w[0] * w[1] + w[0] + m;
                }
                """, Lms),

            // A call with the array inside the if (run as a loop of one iteration).
            Case("GrIfCallWithArray", """
                [Differentiable]
                public static double GrScore(double[] w, double x) => w[0] * x + w[1] * w[1];

                [Differentiable]
                public static double GrIfCallWithArray(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        if (Math.Abs(err) > 0.3)
                        {
                            double g = GrScore(w, xs[t]);
                            w[0] += 0.2 * rate * err * Math.Tanh(g);
                            w[1] += rate * err;
                        }
                    }

                    return w[0] * w[1] + w[0];
                }
                """, Lms),

            // A buffer filled only where the test holds, read by the update and after the loop.
            Case("GrGatedBuffer", """
                [Differentiable("x0", "rate")]
                public static double GrGatedBuffer(double[] x0, double[] c, double rate, double tol)
                {
                    double[] x = (double[])x0.Clone();
                    double[] g = new double[x.Length];
                    for (int it = 0; it < 10; it++)
                    {
                        double g2 = 0;
                        for (int i = 0; i < x.Length; i++)
                        {
                            g2 += (x[i] - c[i]) * (x[i] - c[i]);
                        }

                        if (g2 > tol)
                        {
                            for (int i = 0; i < x.Length; i++)
                            {
                                g[i] = 2 * (x[i] - c[i]) + 0.1 * Math.Sin(x[i]);
                            }

                            for (int i = 0; i < x.Length; i++)
                            {
                                x[i] -= rate * g[i];
                            }
                        }
                    }

                    double f = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        f += x[i] * x[i] * c[i] + g[i];
                    }

                    return f;
                }
                """, DescentN),

            // The loop starts at an int parameter (beyond the end in some points).
            Case("GrFromParameter", """
                [Differentiable]
                public static double GrFromParameter(double[] w0, double[] xs, double[] ys, double rate, int start)
                {
                    double[] w = (double[])w0.Clone();
                    for (int t = start; t < ys.Length; t++)
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        if (Math.Abs(err) > 0.3)
                        {
                            w[0] += rate * err * xs[t];
                            w[1] += rate * err;
                        }
                    }

                    return w[0] * w[1] + w[0];
                }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Vector(r, n), Vector(r, n, -3, 3), Uniform(r, 0.1, 0.5), r.Next(0, n + 3) }),

            // The stop's test from a call that takes the array.
            Case("GrStopLossCall", """
                [Differentiable]
                public static double GrLoss(double[] x, double[] c)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += (x[i] - c[i]) * (x[i] - c[i]);
                    }

                    return s;
                }

                [Differentiable("x0", "rate")]
                public static double GrStopLossCall(double[] x0, double[] c, double rate, double tol)
                {
                    double[] x = (double[])x0.Clone();
                    for (int it = 0; it < 15; it++)
                    {
                        double loss = GrLoss(x, c);
                        if (loss < tol) break;
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
                """, DescentN),

            // The stop's test reads the change the last pass made (a carried local), the pass reading each element before writing it.
            Case("GrStopOnLastChange", """
                [Differentiable("x0", "rate")]
                public static double GrStopOnLastChange(double[] x0, double[] c, double rate, double tol)
                {
                    double[] x = (double[])x0.Clone();
                    double delta = 1e9;
                    for (int it = 0; it < 20; it++)
                    {
                        if (delta < tol) break;
                        double d = 0;
                        for (int i = 0; i < x.Length; i++)
                        {
                            double nx = x[i] - rate * (2 * (x[i] - c[i]) + 0.1 * Math.Sin(x[i]));
                            d += (nx - x[i]) * (nx - x[i]);
                            x[i] = nx;
                        }

                        delta = d;
                    }

                    double f = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        f += x[i] * x[i] * c[i];
                    }

                    return f + delta;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n), Uniform(r, 0.05, 0.2), Uniform(r, 0.001, 0.05) }),

            // The stop reads the change, the pass's elements written in a loop, the old values copied to a buffer first.
            Case("GrStopWithOldCopy", """
                [Differentiable("x0", "rate")]
                public static double GrStopWithOldCopy(double[] x0, double[] c, double rate, double tol)
                {
                    double[] x = (double[])x0.Clone();
                    double[] old = new double[x.Length];
                    for (int it = 0; it < 20; it++)
                    {
                        for (int i = 0; i < x.Length; i++)
                        {
                            old[i] = x[i];
                        }

                        double g2 = 0;
                        for (int i = 0; i < x.Length; i++)
                        {
                            g2 += (old[i] - c[i]) * (old[i] - c[i]);
                        }

                        if (g2 < tol) break;
                        for (int i = 0; i < x.Length; i++)
                        {
                            x[i] = old[i] - rate * (2 * (old[i] - c[i]) + 0.1 * Math.Sin(x[i]));
                        }
                    }

                    double f = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        f += x[i] * x[i] * c[i] + old[i];
                    }

                    return f;
                }
                """, DescentN),

            // A hinge step per sample over two weight arrays of the parameter's length, the margin test through a loop.
            Case("GrHingeLoops", """
                [Differentiable]
                public static double GrHingeLoops(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    double[] avg = new double[w.Length];
                    int m = w.Length;
                    for (int t = 0; t + m <= xs.Length; t++)
                    {
                        double score = 0;
                        for (int k = 0; k < m; k++)
                        {
                            score += w[k] * xs[t + k];
                        }

                        double y = ys[t] > 0 ? 1 : -1;
                        if (y * score < 1)
                        {
                            for (int k = 0; k < m; k++)
                            {
                                w[k] += rate * y * xs[t + k] - 0.01 * w[k];
                            }
                        }

                        for (int k = 0; k < m; k++)
                        {
                            avg[k] += w[k];
                        }
                    }

                    double f = 0;
                    for (int k = 0; k < m; k++)
                    {
                        f += avg[k] * w[k];
                    }

                    return f;
                }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Vector(r, n), Vector(r, n, -3, 3), Uniform(r, 0.05, 0.3) }),

            // The gated update of the element at the sample's index (an element per sample, read before by the test).
            Case("GrGatedElementAtT", """
                [Differentiable]
                public static double GrGatedElementAtT(double[] xs, double rate)
                {
                    double[] u = (double[])xs.Clone();
                    double s = 0;
                    for (int t = 1; t < u.Length; t++)
                    {
                        double d = u[t] - u[t - 1];
                        if (d * d > 0.25)
                        {
                            u[t] = u[t - 1] + rate * d;
                            u[t - 1] += 0.1 * d;
                        }

                        s += u[t] * d;
                    }

                    return s + (u.Length > 0 ? u[0] : 0);
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.1, 0.9) }),

            // ---- fourth batch: hand-written guards and test syntax ----
            // A guard in the loop's condition that reads the loop's counter (it may stop the loop half-way).
            Case("GrGuardReadsCounter", """
                [Differentiable]
                public static double GrGuardReadsCounter(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double e = ys[t] - w[0] * xs[t] - w[1];
                        for (int k = 0; k * e < 0.5 && k < 2; k++)
                        {
                            w[k] += rate * e * (k == 0 ? xs[t] : 1);
                        }
                    }

                    return w[0] * w[1] + w[0];
                }
                """, Lms),

            // A guard that reads an element of another local array the guarded loop writes.
            Case("GrGuardReadsWrittenArray", """
                [Differentiable]
                public static double GrGuardReadsWrittenArray(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    double[] budget = { 1.0 };
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double e = ys[t] - w[0] * xs[t] - w[1];
                        for (int k = 0; budget[0] > 0 && k < 2; k++)
                        {
                            w[k] += rate * e * (k == 0 ? xs[t] : 1);
                            budget[0] -= 0.3;
                        }
                    }

                    return w[0] * w[1] + w[0];
                }
                """, Lms),

            // A bound empty where the test fails, the test reading the counter.
            Case("GrChoiceBoundReadsCounter", """
                [Differentiable]
                public static double GrChoiceBoundReadsCounter(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double e = ys[t] - w[0] * xs[t] - w[1];
                        for (int k = 0; k < (k * e < 0.5 ? 2 : 0); k++)
                        {
                            w[k] += rate * e * (k == 0 ? xs[t] : 1);
                        }
                    }

                    return w[0] * w[1] + w[0];
                }
                """, Lms),

            // A pattern as the test.
            Case("GrPatternTest", """
                [Differentiable]
                public static double GrPatternTest(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        if (err is > 0.3 or < -0.3)
                        {
                            w[0] += rate * err * xs[t];
                            w[1] += rate * err;
                        }
                    }

                    return w[0] * w[1] + w[0];
                }
                """, Lms),

            // A negated test with a ?: inside.
            Case("GrNegatedChoiceTest", """
                [Differentiable]
                public static double GrNegatedChoiceTest(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        if (!((err > 0 ? err : -2 * err) < 0.4))
                        {
                            w[0] += rate * err * xs[t];
                            w[1] += rate * err;
                        }
                    }

                    return w[0] * w[1] + w[0];
                }
                """, Lms),

            // A bool local as the test.
            Case("GrBoolLocalTest", """
                [Differentiable]
                public static double GrBoolLocalTest(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        bool outside = Math.Abs(err) > 0.3;
                        if (outside)
                        {
                            w[0] += rate * err * xs[t];
                            w[1] += rate * err;
                        }
                    }

                    return w[0] * w[1] + w[0];
                }
                """, Lms),

            // An int flag as the stop, set by an if before it.
            Case("GrIntFlagStop", """
                [Differentiable("x0", "rate")]
                public static double GrIntFlagStop(double[] x0, double rate, double tol)
                {
                    double[] x = (double[])x0.Clone();
                    for (int it = 0; it < 40; it++)
                    {
                        double g0 = 2 * (x[0] - 1) + 0.3 * Math.Sin(x[1]);
                        double g1 = 4 * (x[1] + 0.5);
                        int done = 0;
                        if (g0 * g0 + g1 * g1 < tol) done = 1;
                        if (done == 1) break;
                        x[0] -= rate * g0;
                        x[1] -= rate * g1;
                    }

                    return x[0] * x[1] + x[0];
                }
                """, Descent, ArrayCase.Scalar),

            // A stop test that calls Math.Max and reads the counter.
            Case("GrStopMaxTest", """
                [Differentiable("x0", "rate")]
                public static double GrStopMaxTest(double[] x0, double rate, double tol)
                {
                    double[] x = (double[])x0.Clone();
                    for (int it = 0; it < 40; it++)
                    {
                        double g0 = 2 * (x[0] - 1) + 0.3 * Math.Sin(x[1]);
                        double g1 = 4 * (x[1] + 0.5);
                        if (Math.Max(g0 * g0, g1 * g1) * (1 + 0.01 * it) < tol) break;
                        x[0] -= rate * g0;
                        x[1] -= rate * g1;
                    }

                    return x[0] * x[1] + x[0];
                }
                """, Descent, ArrayCase.Scalar),

            // The elements swapped by a tuple under the test.
            Case("GrTupleSwapInIf", """
                [Differentiable]
                public static double GrTupleSwapInIf(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        if (err > 0.3)
                        {
                            (w[0], w[1]) = (w[1] + rate * err, w[0]);
                        }
                    }

                    return w[0] * w[1] + w[0];
                }
                """, Lms),

            // A compound test on two scalars, one of them a parameter the gradient differentiates.
            Case("GrTestOnParameter", """
                [Differentiable]
                public static double GrTestOnParameter(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        if (err * rate > 0.05 || err < -1)
                        {
                            w[0] += rate * err * xs[t];
                            w[1] += rate * err;
                        }
                    }

                    return w[0] * w[1] + w[0];
                }
                """, Lms),

            // A local function computes the error.
            Case("GrLocalFunctionError", """
                [Differentiable]
                public static double GrLocalFunctionError(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    double Err(double a, double b, double x, double y) => y - a * x - b;
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = Err(w[0], w[1], xs[t], ys[t]);
                        if (Math.Abs(err) > 0.3)
                        {
                            w[0] += rate * err * xs[t];
                            w[1] += rate * err;
                        }
                    }

                    return w[0] * w[1] + w[0];
                }
                """, Lms),

            // The weights a local array of the samples' length, updated at the sample's index and its neighbour under the test.
            Case("GrGatedAtTwoIndices", """
                [Differentiable]
                public static double GrGatedAtTwoIndices(double[] xs, double rate)
                {
                    int n = xs.Length;
                    double[] u = new double[n + 1];
                    for (int i = 0; i < n; i++)
                    {
                        u[i] = xs[i];
                    }

                    for (int t = 0; t < n; t++)
                    {
                        double d = u[t + 1] - u[t];
                        if (d * d > 0.3)
                        {
                            u[t] += rate * d;
                            u[t + 1] -= rate * d * u[t];
                        }
                    }

                    double s = 0;
                    for (int i = 0; i <= n; i++)
                    {
                        s += u[i] * (i + 1);
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.1, 0.9) }),

            // ---- fifth batch ----
            // The gated loop's result is not read by the value (the reverse sweep has nothing to send back through it).
            Case("GrUnusedGatedLoop", """
                [Differentiable]
                public static double GrUnusedGatedLoop(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    double before = w[0] * rate;
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        if (Math.Abs(err) > 0.3)
                        {
                            w[0] += rate * err * xs[t];
                            w[1] += rate * err;
                        }
                    }

                    return before;
                }
                """, Lms),

            // The gated loop's result read only through Gradient.Stop.
            Case("GrStoppedResult", """
                [Differentiable]
                public static double GrStoppedResult(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    double s = 0;
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        s += err * rate;
                        if (Math.Abs(err) > 0.3)
                        {
                            w[0] += rate * err * xs[t];
                            w[1] += rate * err;
                        }
                    }

                    return s + 0 * Gradient.Stop(w[0]);
                }
                """, Lms),

            // A parameter assigned in the if, its value read by the test.
            Case("GrParameterReassigned", """
                [Differentiable]
                public static double GrParameterReassigned(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        if (Math.Abs(err) > rate)
                        {
                            w[0] += rate * err * xs[t];
                            w[1] += rate * err;
                            rate *= 0.9;
                        }
                    }

                    return w[0] * w[1] + w[0] + rate;
                }
                """, Lms),

            // A local array declared in the iteration, updated under the test after being read.
            Case("GrGatedLocalInside", """
                [Differentiable]
                public static double GrGatedLocalInside(double[] xs, double[] ys, double rate)
                {
                    double s = 0;
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double[] v = new double[2];
                        v[0] = xs[t] * rate;
                        v[1] = ys[t];
                        double e = v[1] - v[0];
                        if (Math.Abs(e) > 0.3)
                        {
                            v[0] += 0.5 * e;
                            v[1] -= 0.2 * e * v[0];
                        }

                        s += v[0] * v[1] + e;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n, -3, 3), Uniform(r, 0.1, 0.5) }),

            // The if holds a scalar update and the update's loop.
            Case("GrIfScalarAndLoop", """
                [Differentiable]
                public static double GrIfScalarAndLoop(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    double moved = 0;
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double e = ys[t] - w[0] * xs[t] - w[1];
                        if (Math.Abs(e) > 0.2)
                        {
                            moved += e * e;
                            for (int k = 0; k < 2; k++)
                            {
                                w[k] += rate * e * (k == 0 ? xs[t] : 1);
                            }
                        }
                    }

                    return w[0] * w[1] + w[0] + moved;
                }
                """, Lms),

            // A while loop of 200 passes with the update under an if (the gate's tape grows several times).
            Case("GrWhileIfLong", """
                [Differentiable]
                public static double GrWhileIfLong(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    int n = ys.Length;
                    int it = 0;
                    while (it < 200)
                    {
                        int t = it % n;
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        if (Math.Abs(err) > 0.4)
                        {
                            w[0] += 0.02 * rate * err * xs[t];
                            w[1] += 0.02 * rate * err;
                        }

                        it++;
                    }

                    return w[0] * w[1] + w[0];
                }
                """, Lms, ArrayCase.NonEmpty),

            // Early stopping on the stack.
            Case("GrStackallocStop", """
                [Differentiable("x0", "rate")]
                public static double GrStackallocStop(double[] x0, double rate, double tol)
                {
                    Span<double> x = stackalloc double[2];
                    x[0] = x0[0];
                    x[1] = x0[1];
                    for (int it = 0; it < 40; it++)
                    {
                        double g0 = 2 * (x[0] - 1) + 0.3 * Math.Sin(x[1]);
                        double g1 = 4 * (x[1] + 0.5);
                        if (g0 * g0 + g1 * g1 < tol) break;
                        x[0] -= rate * g0;
                        x[1] -= rate * g1;
                    }

                    return x[0] * x[1] + x[0];
                }
                """, Descent, ArrayCase.Scalar),

            // The local array is the parameter itself (no copy): writing it is writing the caller's array.
            Case("GrAliasParameter", """
                [Differentiable]
                public static double GrAliasParameter(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = w0;
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        if (Math.Abs(err) > 0.3)
                        {
                            w[0] += rate * err * xs[t];
                            w[1] += rate * err;
                        }
                    }

                    return w[0] * w[1] + w[0];
                }
                """, Lms),

            // The update's loop inside the if, a stop after the if (counted iterations, the gate is a loop's).
            Case("GrIfLoopThenStop", """
                [Differentiable]
                public static double GrIfLoopThenStop(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    double s = 0;
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double e = ys[t] - w[0] * xs[t] - w[1];
                        s += e * e;
                        if (Math.Abs(e) > 0.2)
                        {
                            for (int k = 0; k < 2; k++)
                            {
                                w[k] += rate * e * (k == 0 ? xs[t] : 1);
                            }
                        }

                        if (s > 6) break;
                    }

                    return w[0] * w[1] + w[0] + s;
                }
                """, Lms),

            // The stop, then the update's loop, then a second stop after the writes.
            Case("GrStopLoopsStopAgain", """
                [Differentiable("x0", "rate")]
                public static double GrStopLoopsStopAgain(double[] x0, double[] c, double rate, double tol)
                {
                    double[] x = (double[])x0.Clone();
                    double moved = 0;
                    for (int it = 0; it < 15; it++)
                    {
                        double g2 = 0;
                        for (int i = 0; i < x.Length; i++)
                        {
                            g2 += (x[i] - c[i]) * (x[i] - c[i]);
                        }

                        if (g2 < tol) break;
                        for (int i = 0; i < x.Length; i++)
                        {
                            x[i] -= rate * (2 * (x[i] - c[i]) + 0.1 * Math.Sin(x[i]));
                        }

                        moved += rate * g2;
                        if (moved > 3) break;
                    }

                    double f = moved;
                    for (int i = 0; i < x.Length; i++)
                    {
                        f += x[i] * x[i] * c[i];
                    }

                    return f;
                }
                """, DescentN),

            // ---- sixth batch ----
            // An integer array counting the updates, read by the update before it counts.
            Case("GrIntArrayCounter", """
                [Differentiable]
                public static double GrIntArrayCounter(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    int[] hits = new int[2];
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        if (Math.Abs(err) > 0.3)
                        {
                            w[0] += rate * err * xs[t] / (1 + hits[0]);
                            w[1] += rate * err / (1 + hits[1] * hits[1]);
                            hits[0]++;
                            hits[1] += 2;
                        }
                    }

                    return w[0] * w[1] + w[0];
                }
                """, Lms),

            // The same counter in an integer array, incremented every iteration (no gate).
            Case("GrIntArrayCounterEvery", """
                [Differentiable]
                public static double GrIntArrayCounterEvery(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    int[] hits = new int[1];
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        w[0] += rate * err * xs[t] / (1 + hits[0]);
                        w[1] += rate * err;
                        hits[0] = hits[0] + 1;
                    }

                    return w[0] * w[1] + w[0];
                }
                """, Lms),

            // An integer array counting the updates, its count choosing the index the next update writes.
            Case("GrIntArrayIndex", """
                [Differentiable]
                public static double GrIntArrayIndex(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    int[] slot = new int[1];
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        if (Math.Abs(err) > 0.3)
                        {
                            w[slot[0]] += rate * err;
                            slot[0] = 1 - slot[0];
                        }
                    }

                    return w[0] * w[1] + w[0];
                }
                """, Lms),

            // An int local counting the updates chooses the index.
            Case("GrIntCounterIndex", """
                [Differentiable]
                public static double GrIntCounterIndex(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    int updates = 0;
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        if (Math.Abs(err) > 0.3)
                        {
                            w[updates % 2] += rate * err * (1 + Math.Tanh(w[1 - updates % 2]));
                            updates++;
                        }
                    }

                    return w[0] * w[1] + w[0];
                }
                """, Lms),

            // foreach over the samples.
            Case("GrForeachGated", """
                [Differentiable]
                public static double GrForeachGated(double[] w0, double[] xs, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    foreach (double x in xs)
                    {
                        double err = Math.Sin(x) - w[0] * x - w[1];
                        if (Math.Abs(err) > 0.2)
                        {
                            w[0] += rate * err * x;
                            w[1] += rate * err;
                        }
                    }

                    return w[0] * w[1] + w[0];
                }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Vector(r, n), Uniform(r, 0.1, 0.5) }),

            // Other compound operators under the test.
            Case("GrOperators", """
                [Differentiable]
                public static double GrOperators(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    double[] c = { 1, 2 };
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1] - c[0] * 0.1;
                        if (Math.Abs(err) > 0.3)
                        {
                            w[0] /= 1 + rate * err * err;
                            w[1] -= rate * err;
                            c[0]++;
                            c[1] *= 1 + 0.1 * w[0];
                        }
                    }

                    return w[0] * w[1] + w[0] + c[0] * c[1];
                }
                """, Lms),

            // A gated method called from another [Differentiable] method, twice.
            Case("GrCallsGatedMethod", """
                [Differentiable]
                public static double GrInnerGated(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        if (Math.Abs(err) > 0.3)
                        {
                            w[0] += rate * err * xs[t];
                            w[1] += rate * err;
                        }
                    }

                    return w[0] * w[1] + w[0];
                }

                [Differentiable]
                public static double GrCallsGatedMethod(double[] w0, double[] xs, double[] ys, double rate)
                {
                    return GrInnerGated(w0, xs, ys, rate) * GrInnerGated(w0, ys, xs, 0.5 * rate);
                }
                """, Lms),

            // A gated method called inside a loop of another, the local array passed.
            Case("GrCallsGatedInLoop", """
                [Differentiable]
                public static double GrInnerStep(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        if (Math.Abs(err) > 0.3)
                        {
                            w[0] += rate * err * xs[t];
                            w[1] += rate * err;
                        }
                    }

                    return w[0] * w[1];
                }

                [Differentiable]
                public static double GrCallsGatedInLoop(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double s = 0;
                    for (int k = 0; k < 3; k++)
                    {
                        s += GrInnerStep(w0, xs, ys, rate * (1 + k)) * (k + 1);
                    }

                    return s;
                }
                """, Lms),

            // ---- seventh batch ----
            // A triangle of two nested loops inside the if.
            Case("GrIfTriangle", """
                [Differentiable]
                public static double GrIfTriangle(double[] u0, double[] xs, double rate)
                {
                    double[] u = (double[])u0.Clone();
                    int n = u.Length;
                    for (int t = 0; t < xs.Length; t++)
                    {
                        double e = xs[t] - u[0] - 0.5 * u[n - 1];
                        if (Math.Abs(e) > 0.2)
                        {
                            for (int j = 0; j < n; j++)
                            {
                                for (int k = j + 1; k < n; k++)
                                {
                                    u[k] -= rate * 0.1 * u[j] * e;
                                }
                            }
                        }
                    }

                    double s = 0;
                    for (int k = 0; k < n; k++)
                    {
                        s += u[k] * (k + 1);
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, 3, -1, 1), Vector(r, n, -2, 2), Uniform(r, 0.1, 0.5) }),

            // A triangle after the stop.
            Case("GrStopTriangle", """
                [Differentiable("x0", "rate")]
                public static double GrStopTriangle(double[] x0, double[] c, double rate, double tol)
                {
                    double[] x = (double[])x0.Clone();
                    int n = x.Length;
                    for (int it = 0; it < 12; it++)
                    {
                        double g2 = 0;
                        for (int i = 0; i < n; i++)
                        {
                            g2 += (x[i] - c[i]) * (x[i] - c[i]);
                        }

                        if (g2 < tol) break;
                        for (int j = 0; j < n; j++)
                        {
                            for (int k = j; k < n; k++)
                            {
                                x[k] -= rate * (x[j] - c[j]) / (1 + k - j);
                            }
                        }
                    }

                    double f = 0;
                    for (int i = 0; i < n; i++)
                    {
                        f += x[i] * x[i] * c[i];
                    }

                    return f;
                }
                """, DescentN),

            // continue, then a scalar update and the update's loop.
            Case("GrContinueScalarThenLoop", """
                [Differentiable]
                public static double GrContinueScalarThenLoop(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    double moved = 0;
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double e = ys[t] - w[0] * xs[t] - w[1];
                        if (Math.Abs(e) < 0.2) continue;
                        moved += e * e;
                        for (int k = 0; k < 2; k++)
                        {
                            w[k] += rate * e * (k == 0 ? xs[t] : 1);
                        }
                    }

                    return w[0] * w[1] + w[0] + moved;
                }
                """, Lms),

            // continue on one test, then the update under an if on another.
            Case("GrContinueThenIf", """
                [Differentiable]
                public static double GrContinueThenIf(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    for (int t = 0; t < ys.Length; t++)
                    {
                        if (xs[t] < -1.5) continue;
                        double e = ys[t] - w[0] * xs[t] - w[1];
                        if (Math.Abs(e) > 0.2)
                        {
                            w[0] += rate * e * xs[t];
                            w[1] += rate * e;
                        }
                    }

                    return w[0] * w[1] + w[0];
                }
                """, Lms),

            // The else writes a log array nothing reads before.
            Case("GrElseWritesLog", """
                [Differentiable]
                public static double GrElseWritesLog(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    double[] log = new double[ys.Length];
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        if (Math.Abs(err) > 0.3)
                        {
                            w[0] += rate * err * xs[t];
                            w[1] += rate * err;
                        }
                        else
                        {
                            log[t] = err * w[0];
                        }
                    }

                    double s = w[0] * w[1];
                    for (int t = 0; t < log.Length; t++)
                    {
                        s += log[t] * (t + 1);
                    }

                    return s;
                }
                """, Lms),

            // The else writes another array read before the if.
            Case("GrElseWritesOtherArray", """
                [Differentiable]
                public static double GrElseWritesOtherArray(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    double[] q = { 0.5 };
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1] * q[0];
                        if (Math.Abs(err) > 0.3)
                        {
                            w[0] += rate * err * xs[t];
                            w[1] += rate * err;
                        }
                        else
                        {
                            q[0] *= 0.9;
                        }
                    }

                    return w[0] * w[1] + q[0];
                }
                """, Lms),

            // The same sample repeated until it fits (its index moves only in the else).
            Case("GrRepeatUntilFits", """
                [Differentiable]
                public static double GrRepeatUntilFits(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    int t = 0;
                    int steps = 0;
                    while (t < ys.Length && steps < 60)
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        if (Math.Abs(err) > 0.3)
                        {
                            w[0] += 0.5 * rate * err * xs[t];
                            w[1] += 0.5 * rate * err;
                        }
                        else
                        {
                            t++;
                        }

                        steps++;
                    }

                    return w[0] * w[1] + w[0];
                }
                """, Lms),

            // A while loop's counter stepped before the stop, the writes' index reading it.
            Case("GrWhileIndexAfterStep", """
                [Differentiable("x0", "rate")]
                public static double GrWhileIndexAfterStep(double[] x0, double rate, double tol)
                {
                    double[] x = (double[])x0.Clone();
                    int it = 0;
                    while (it < 30)
                    {
                        it++;
                        double g0 = 2 * (x[0] - 1) + 0.3 * Math.Sin(x[1]);
                        double g1 = 4 * (x[1] + 0.5);
                        if (g0 * g0 + g1 * g1 < tol) break;
                        x[it % 2] -= rate * (it % 2 == 0 ? g0 : g1);
                    }

                    return x[0] * x[1] + x[0];
                }
                """, Descent, ArrayCase.Scalar),

            // The stop with an else.
            Case("GrStopElse", """
                [Differentiable("x0", "rate")]
                public static double GrStopElse(double[] x0, double rate, double tol)
                {
                    double[] x = (double[])x0.Clone();
                    double s = 0;
                    for (int it = 0; it < 40; it++)
                    {
                        double g0 = 2 * (x[0] - 1) + 0.3 * Math.Sin(x[1]);
                        double g1 = 4 * (x[1] + 0.5);
                        if (g0 * g0 + g1 * g1 < tol) break;
                        else s += g0;
                        x[0] -= rate * g0;
                        x[1] -= rate * g1;
                    }

                    return x[0] * x[1] + x[0] + s;
                }
                """, Descent, ArrayCase.Scalar),

            // ---- eighth batch ----
            // A buffer filled only where the test holds, read after the if in every iteration (it keeps the last fill).
            Case("GrSometimesRenewedBuffer", """
                [Differentiable]
                public static double GrSometimesRenewedBuffer(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    double[] g = new double[2];
                    double s = 0;
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double e = ys[t] - w[0] * xs[t] - w[1];
                        if (Math.Abs(e) > 0.3)
                        {
                            for (int k = 0; k < 2; k++)
                            {
                                g[k] = e * (k == 0 ? xs[t] : 1);
                            }

                            for (int k = 0; k < 2; k++)
                            {
                                w[k] += rate * g[k];
                            }
                        }

                        s += g[0] * g[1] + g[1] * w[0];
                    }

                    return w[0] * w[1] + s;
                }
                """, Lms),

            // The same with plain writes of the buffer.
            Case("GrSometimesRenewedPlain", """
                [Differentiable]
                public static double GrSometimesRenewedPlain(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    double[] g = new double[2];
                    double s = 0;
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double e = ys[t] - w[0] * xs[t] - w[1];
                        if (Math.Abs(e) > 0.3)
                        {
                            g[0] = e * xs[t];
                            g[1] = e;
                            w[0] += rate * g[0];
                            w[1] += rate * g[1];
                        }

                        s += g[0] * g[1] + g[1] * w[0];
                    }

                    return w[0] * w[1] + s;
                }
                """, Lms),

            // A buffer filled after the stop, read before the stop in the next pass.
            Case("GrStopBufferReadNextPass", """
                [Differentiable("x0", "rate")]
                public static double GrStopBufferReadNextPass(double[] x0, double[] c, double rate, double tol)
                {
                    double[] x = (double[])x0.Clone();
                    double[] g = new double[x.Length];
                    double f = 0;
                    for (int it = 0; it < 12; it++)
                    {
                        double g2 = 0;
                        for (int i = 0; i < x.Length; i++)
                        {
                            g2 += (x[i] - c[i]) * (x[i] - c[i]) + 0.1 * g[i] * g[i];
                        }

                        if (g2 < tol) break;
                        for (int i = 0; i < x.Length; i++)
                        {
                            g[i] = 2 * (x[i] - c[i]) + 0.1 * Math.Sin(x[i]);
                        }

                        for (int i = 0; i < x.Length; i++)
                        {
                            x[i] -= rate * g[i];
                        }
                    }

                    for (int i = 0; i < x.Length; i++)
                    {
                        f += x[i] * x[i] * c[i] + g[i];
                    }

                    return f;
                }
                """, DescentN),

            // A buffer filled only where the test holds, read by the test's value in the next iteration.
            Case("GrSometimesRenewedReadBefore", """
                [Differentiable]
                public static double GrSometimesRenewedReadBefore(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    double[] g = new double[2];
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double e = ys[t] - w[0] * xs[t] - w[1] - 0.1 * g[1];
                        if (Math.Abs(e) > 0.3)
                        {
                            for (int k = 0; k < 2; k++)
                            {
                                g[k] = e * (k == 0 ? xs[t] : 1);
                            }

                            for (int k = 0; k < 2; k++)
                            {
                                w[k] += rate * g[k];
                            }
                        }
                    }

                    return w[0] * w[1] + g[0];
                }
                """, Lms),

            // ---- ninth batch: names ----
            // Locals named as the lowering's flags and the reverse sweep's counters, early stopping before loops.
            Case("GrNameClashStop", """
                [Differentiable("x0", "rate")]
                public static double GrNameClashStop(double[] x0, double[] c, double rate, double tol)
                {
                    double[] x = (double[])x0.Clone();
                    double stopped = 0.5;
                    int skipped = 1;
                    double xTapeBack = 0;
                    int iterations = 0;
                    double xChangedTape = 0;
                    for (int it = 0; it < 15; it++)
                    {
                        double g2 = 0;
                        for (int i = 0; i < x.Length; i++)
                        {
                            g2 += (x[i] - c[i]) * (x[i] - c[i]);
                        }

                        stopped += g2;
                        if (g2 < tol) break;
                        for (int i2 = x.Length - 1; i2 >= 0; i2--)
                        {
                            x[i2] -= rate * (2 * (x[i2] - c[i2]) + 0.1 * Math.Sin(x[i2]));
                        }

                        skipped++;
                        iterations += 2;
                        xTapeBack += x.Length > 0 ? x[0] : 0;
                        xChangedTape -= 0.5;
                    }

                    double f = stopped * 0.01 + skipped + xTapeBack + iterations + xChangedTape;
                    for (int k3 = 0; k3 < x.Length; k3++)
                    {
                        f += x[k3] * x[k3] * c[k3];
                    }

                    return f;
                }
                """, DescentN),

            // The same with continue.
            Case("GrNameClashContinue", """
                [Differentiable]
                public static double GrNameClashContinue(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    int skipped = 0;
                    int stopped = 3;
                    double wChangedTape = 1;
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double e = ys[t] - w[0] * xs[t] - w[1];
                        if (Math.Abs(e) < 0.2) continue;
                        for (int k2 = 0; k2 < 2; k2++)
                        {
                            w[k2] += rate * e * (k2 == 0 ? xs[t] : 1);
                        }

                        skipped += stopped;
                        wChangedTape *= 1.1;
                    }

                    return w[0] * w[1] + w[0] + skipped + wChangedTape;
                }
                """, Lms),

            // A local array named as a tape would be.
            Case("GrArrayNamedTape", """
                [Differentiable]
                public static double GrArrayNamedTape(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] wTape = (double[])w0.Clone();
                    double[] w = new double[1];
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = ys[t] - wTape[0] * xs[t] - wTape[1] - w[0];
                        if (Math.Abs(err) > 0.3)
                        {
                            wTape[0] += rate * err * xs[t];
                            wTape[1] += rate * err;
                            w[0] += 0.1 * err;
                        }
                    }

                    return wTape[0] * wTape[1] + wTape[0] + w[0];
                }
                """, Lms),

            // ---- tenth batch ----
            // The test reads a running maximum kept by another if before it.
            Case("GrTestReadsRunningMax", """
                [Differentiable]
                public static double GrTestReadsRunningMax(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    double best = -10;
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        if (err > best) best = err;
                        if (best - err < 0.8)
                        {
                            w[0] += rate * err * xs[t];
                            w[1] += rate * err;
                        }
                    }

                    return w[0] * w[1] + w[0] + best;
                }
                """, Lms),

            // The written value clamped.
            Case("GrClampedUpdate", """
                [Differentiable]
                public static double GrClampedUpdate(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        if (Math.Abs(err) > 0.3)
                        {
                            w[0] = Math.Max(w[0] + rate * err * xs[t], -0.8);
                            w[1] = Math.Min(w[1] + rate * err, 1.2);
                        }
                    }

                    return w[0] * w[1] + w[0];
                }
                """, Lms),

            // The stop on the change of an element, read through locals.
            Case("GrStopOnChangeLocal", """
                [Differentiable("x0", "rate")]
                public static double GrStopOnChangeLocal(double[] x0, double rate, double tol)
                {
                    double[] x = (double[])x0.Clone();
                    double last = 100;
                    for (int it = 0; it < 40; it++)
                    {
                        double cur = x[0];
                        double other = x[1];
                        if ((cur - last) * (cur - last) < 0.01 * tol) break;
                        last = cur;
                        x[0] = cur - rate * (2 * (cur - 1) + 0.3 * Math.Sin(other));
                        x[1] = other - rate * 4 * (other + 0.5);
                    }

                    return x[0] * x[1] + x[0] + last;
                }
                """, Descent, ArrayCase.Scalar),

            // A step given by an int parameter.
            Case("GrStepParameter", """
                [Differentiable]
                public static double GrStepParameter(double[] w0, double[] xs, double[] ys, double rate, int step)
                {
                    double[] w = (double[])w0.Clone();
                    for (int t = 0; t < ys.Length; t += step)
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        if (Math.Abs(err) > 0.3)
                        {
                            w[0] += rate * err * xs[t];
                            w[1] += rate * err;
                        }
                    }

                    return w[0] * w[1] + w[0];
                }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Vector(r, n), Vector(r, n, -3, 3), Uniform(r, 0.1, 0.5), r.Next(1, 4) }),

            // A geometric step.
            Case("GrGeometricStep", """
                [Differentiable]
                public static double GrGeometricStep(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    for (int t = 1; t < ys.Length; t *= 2)
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        if (Math.Abs(err) > 0.3)
                        {
                            w[0] += rate * err * xs[t];
                            w[1] += rate * err;
                        }
                    }

                    return w[0] * w[1] + w[0];
                }
                """, Lms),

            // The stop's test calls a method with the array.
            Case("GrStopCallInTest", """
                [Differentiable]
                public static double GrSq(double[] x, double[] c)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += (x[i] - c[i]) * (x[i] - c[i]);
                    }

                    return s;
                }

                [Differentiable("x0", "rate")]
                public static double GrStopCallInTest(double[] x0, double[] c, double rate, double tol)
                {
                    double[] x = (double[])x0.Clone();
                    for (int it = 0; it < 15; it++)
                    {
                        if (GrSq(x, c) < tol) break;
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
                """, DescentN),

            // ---- eleventh batch: optimizers ----
            // Adam with early stopping, its moments and the step in one loop after the stop.
            Case("GrAdamOneLoop", """
                [Differentiable("x0", "rate")]
                public static double GrAdamOneLoop(double[] x0, double[] c, double rate, double tol)
                {
                    double[] x = (double[])x0.Clone();
                    double[] m = new double[x.Length];
                    double[] v = new double[x.Length];
                    double b1 = 1, b2 = 1;
                    for (int it = 0; it < 12; it++)
                    {
                        double g2 = 0;
                        for (int i = 0; i < x.Length; i++)
                        {
                            g2 += (x[i] - c[i]) * (x[i] - c[i]) + 0.01 * m[i] * m[i];
                        }

                        if (g2 < tol) break;
                        b1 *= 0.9;
                        b2 *= 0.99;
                        for (int i = 0; i < x.Length; i++)
                        {
                            double g = 2 * (x[i] - c[i]) + 0.1 * Math.Sin(x[i]);
                            m[i] = 0.9 * m[i] + 0.1 * g;
                            v[i] = 0.99 * v[i] + 0.01 * g * g;
                            x[i] -= rate * (m[i] / (1 - b1)) / (Math.Sqrt(v[i] / (1 - b2) + 0.05) + 0.1);
                        }
                    }

                    double f = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        f += x[i] * x[i] * c[i];
                    }

                    return f;
                }
                """, DescentN),

            // The same with the moments and the step in loops of their own.
            Case("GrAdamSeparateLoops", """
                [Differentiable("x0", "rate")]
                public static double GrAdamSeparateLoops(double[] x0, double[] c, double rate, double tol)
                {
                    double[] x = (double[])x0.Clone();
                    double[] m = new double[x.Length];
                    double[] v = new double[x.Length];
                    for (int it = 0; it < 12; it++)
                    {
                        double g2 = 0;
                        for (int i = 0; i < x.Length; i++)
                        {
                            g2 += (x[i] - c[i]) * (x[i] - c[i]) + 0.01 * m[i] * m[i];
                        }

                        if (g2 < tol) break;
                        for (int i = 0; i < x.Length; i++)
                        {
                            double g = 2 * (x[i] - c[i]);
                            m[i] = 0.9 * m[i] + 0.1 * g;
                            v[i] = 0.99 * v[i] + 0.01 * g * g;
                        }

                        for (int i = 0; i < x.Length; i++)
                        {
                            x[i] -= rate * m[i] / (Math.Sqrt(v[i]) + 0.1);
                        }
                    }

                    double f = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        f += x[i] * x[i] * c[i];
                    }

                    return f;
                }
                """, DescentN),

            // RMSProp on a dead-zone error: the square average and the weights in one if.
            Case("GrRmsPropDeadZone", """
                [Differentiable]
                public static double GrRmsPropDeadZone(double[] w0, double[] xs, double[] ys, double rate)
                {
                    double[] w = (double[])w0.Clone();
                    double[] s = { 1, 1 };
                    for (int t = 0; t < ys.Length; t++)
                    {
                        double err = ys[t] - w[0] * xs[t] - w[1];
                        if (Math.Abs(err) > 0.3)
                        {
                            double g0 = err * xs[t];
                            double g1 = err;
                            s[0] = 0.9 * s[0] + 0.1 * g0 * g0;
                            s[1] = 0.9 * s[1] + 0.1 * g1 * g1;
                            w[0] += rate * g0 / Math.Sqrt(s[0]);
                            w[1] += rate * g1 / Math.Sqrt(s[1]);
                        }
                    }

                    return w[0] * w[1] + w[0] + s[0];
                }
                """, Lms),

            // ---- twelfth batch ----
            // A stop on a carried change, a direct write after it, then the pass's loop.
            Case("GrStopPlainThenLoopCarried", """
                [Differentiable("x0", "rate")]
                public static double GrStopPlainThenLoopCarried(double[] x0, double[] c, double rate, double tol)
                {
                    double[] x = (double[])x0.Clone();
                    double delta = 1e9;
                    for (int it = 0; it < 20; it++)
                    {
                        if (delta < tol) break;
                        x[0] = x[0] * 0.99 + 0.01 * c[0];
                        double d = 0;
                        for (int i = 0; i < x.Length; i++)
                        {
                            double nx = x[i] - rate * (2 * (x[i] - c[i]) + 0.1 * Math.Sin(x[i]));
                            d += (nx - x[i]) * (nx - x[i]);
                            x[i] = nx;
                        }

                        delta = d;
                    }

                    double f = delta;
                    for (int i = 0; i < x.Length; i++)
                    {
                        f += x[i] * x[i] * c[i];
                    }

                    return f;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n), Uniform(r, 0.05, 0.2), Uniform(r, 0.001, 0.05) }, ArrayCase.NonEmpty),

            // A stop on a carried change, the pass's loop, then a direct write.
            Case("GrStopLoopThenPlainCarried", """
                [Differentiable("x0", "rate")]
                public static double GrStopLoopThenPlainCarried(double[] x0, double[] c, double rate, double tol)
                {
                    double[] x = (double[])x0.Clone();
                    double delta = 1e9;
                    for (int it = 0; it < 20; it++)
                    {
                        if (delta < tol) break;
                        double d = 0;
                        for (int i = 0; i < x.Length; i++)
                        {
                            double nx = x[i] - rate * (2 * (x[i] - c[i]) + 0.1 * Math.Sin(x[i]));
                            d += (nx - x[i]) * (nx - x[i]);
                            x[i] = nx;
                        }

                        x[0] = x[0] * 0.99 + 0.01 * c[0];
                        delta = d;
                    }

                    double f = delta;
                    for (int i = 0; i < x.Length; i++)
                    {
                        f += x[i] * x[i] * c[i];
                    }

                    return f;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n), Uniform(r, 0.05, 0.2), Uniform(r, 0.001, 0.05) }, ArrayCase.NonEmpty),

            // The stop's test reads, through a local, an array the pass writes after the stop.
            Case("GrStopTestOtherArrayLocal", """
                [Differentiable("x0", "rate")]
                public static double GrStopTestOtherArrayLocal(double[] x0, double rate, double tol)
                {
                    double[] x = (double[])x0.Clone();
                    double[] y = new double[1];
                    for (int it = 0; it < 40; it++)
                    {
                        double seen = y[0];
                        double g0 = 2 * (x[0] - 1) + 0.3 * Math.Sin(x[1]);
                        double g1 = 4 * (x[1] + 0.5);
                        if (seen > 10 * tol + 2) break;
                        x[0] -= rate * g0;
                        x[1] -= rate * g1;
                        y[0] = seen + g0 * g0 + g1 * g1;
                    }

                    return x[0] * x[1] + x[0] + y[0];
                }
                """, Descent, ArrayCase.Scalar),

            // A while loop of up to 400 passes on the stack, stopped early (the gate's tape grows; nothing is allocated).
            Case("GrStackallocWhileLong", """
                [Differentiable("x0", "rate")]
                public static double GrStackallocWhileLong(double[] x0, double rate, double tol)
                {
                    Span<double> x = stackalloc double[2];
                    x[0] = x0[0];
                    x[1] = x0[1];
                    int it = 0;
                    while (it < 400)
                    {
                        double g0 = 2 * (x[0] - 1) + 0.3 * Math.Sin(x[1]);
                        double g1 = 4 * (x[1] + 0.5);
                        if (g0 * g0 + g1 * g1 < 1e-3 * tol) break;
                        x[0] -= 0.1 * rate * g0;
                        x[1] -= 0.1 * rate * g1;
                        it++;
                    }

                    return x[0] * x[1] + x[0] + it;
                }
                """, Descent, ArrayCase.Scalar),
        };

        private static ArrayCase Twin(string name) => Double.Single(c => c.Name == name);

        public static readonly ArrayCase[] Float =
        {
            ArrayCase.FloatTwinOf(Twin("GrDeadZoneClone"), """
                [Differentiable]
                public static float GrDeadZoneCloneFloat(float[] w0, float[] xs, float[] ys, float rate)
                {
                    float[] w = (float[])w0.Clone();
                    for (int t = 0; t < ys.Length; t++)
                    {
                        float err = ys[t] - w[0] * xs[t] - w[1];
                        if (MathF.Abs(err) > 0.3f)
                        {
                            w[0] += rate * err * xs[t];
                            w[1] += rate * err;
                        }
                    }

                    return w[0] * w[1] + w[1];
                }
                """),

            ArrayCase.FloatTwinOf(Twin("GrCountDown"), """
                [Differentiable]
                public static float GrCountDownFloat(float[] w0, float[] xs, float[] ys, float rate)
                {
                    float[] w = (float[])w0.Clone();
                    for (int t = ys.Length - 1; t >= 0; t--)
                    {
                        float err = ys[t] - w[0] * xs[t] - w[1];
                        if (MathF.Abs(err) > 0.3f)
                        {
                            w[0] += rate * err * xs[t];
                            w[1] += rate * err;
                        }
                    }

                    return w[0] * w[1] + w[0];
                }
                """),

            ArrayCase.FloatTwinOf(Twin("GrContinueSkip"), """
                [Differentiable]
                public static float GrContinueSkipFloat(float[] w0, float[] xs, float[] ys, float rate)
                {
                    float[] w = (float[])w0.Clone();
                    float s = 0;
                    for (int t = 0; t < ys.Length; t++)
                    {
                        float err = ys[t] - w[0] * xs[t] - w[1];
                        s += err * err;
                        if (MathF.Abs(err) <= 0.3f) continue;
                        w[0] += rate * err * xs[t];
                        w[1] += rate * err;
                    }

                    return w[0] * w[1] + s;
                }
                """),

            ArrayCase.FloatTwinOf(Twin("GrWhileIf"), """
                [Differentiable]
                public static float GrWhileIfFloat(float[] w0, float[] xs, float[] ys, float rate)
                {
                    float[] w = (float[])w0.Clone();
                    int n = ys.Length;
                    int it = 0;
                    while (it < 5 * n)
                    {
                        int t = it % n;
                        float err = ys[t] - w[0] * xs[t] - w[1];
                        if (MathF.Abs(err) > 0.3f)
                        {
                            w[0] += 0.2f * rate * err * xs[t];
                            w[1] += 0.2f * rate * err;
                        }

                        it++;
                    }

                    return w[0] * w[1] + w[0];
                }
                """),

            ArrayCase.FloatTwinOf(Twin("GrLmsTaps"), """
                [Differentiable]
                public static float GrLmsTapsFloat(float[] w0, float[] xs, float[] ys, float rate)
                {
                    float[] w = (float[])w0.Clone();
                    int m = w.Length;
                    float s = 0;
                    for (int t = m - 1; t < xs.Length; t++)
                    {
                        float y = 0;
                        for (int k = 0; k < m; k++)
                        {
                            y += w[k] * xs[t - k];
                        }

                        float e = ys[t] - y;
                        s += e * e;
                        if (MathF.Abs(e) > 0.2f)
                        {
                            for (int k = 0; k < m; k++)
                            {
                                w[k] += rate * e * xs[t - k];
                            }
                        }
                    }

                    return s + w[0] * w[m - 1];
                }
                """),

            ArrayCase.FloatTwinOf(Twin("GrStopPlain"), """
                [Differentiable("x0", "rate")]
                public static float GrStopPlainFloat(float[] x0, float rate, float tol)
                {
                    float[] x = (float[])x0.Clone();
                    for (int it = 0; it < 40; it++)
                    {
                        float g0 = 2 * (x[0] - 1) + 0.3f * MathF.Sin(x[1]);
                        float g1 = 4 * (x[1] + 0.5f);
                        if (g0 * g0 + g1 * g1 < tol) break;
                        x[0] -= rate * g0;
                        x[1] -= rate * g1;
                    }

                    return x[0] * x[1] + x[0];
                }
                """),

            ArrayCase.FloatTwinOf(Twin("GrStopReturn"), """
                [Differentiable("x0", "rate")]
                public static float GrStopReturnFloat(float[] x0, float rate, float tol)
                {
                    float[] x = (float[])x0.Clone();
                    for (int it = 0; it < 40; it++)
                    {
                        float g0 = 2 * (x[0] - 1) + 0.3f * MathF.Sin(x[1]);
                        float g1 = 4 * (x[1] + 0.5f);
                        if (g0 * g0 + g1 * g1 < tol) return x[0] * x[1] - x[1];
                        x[0] -= rate * g0;
                        x[1] -= rate * g1;
                    }

                    return x[0] * x[1] + x[0];
                }
                """),

            ArrayCase.FloatTwinOf(Twin("GrStopLoopsDown"), """
                [Differentiable("x0", "rate")]
                public static float GrStopLoopsDownFloat(float[] x0, float[] c, float rate, float tol)
                {
                    float[] x = (float[])x0.Clone();
                    for (int it = 0; it < 15; it++)
                    {
                        float g2 = 0;
                        for (int i = 0; i < x.Length; i++)
                        {
                            g2 += (x[i] - c[i]) * (x[i] - c[i]);
                        }

                        if (g2 < tol) break;
                        for (int i = x.Length - 1; i >= 0; i--)
                        {
                            x[i] -= rate * (2 * (x[i] - c[i]) + 0.1f * MathF.Sin(x[i]));
                        }
                    }

                    float f = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        f += x[i] * x[i] * c[i];
                    }

                    return f;
                }
                """),

            ArrayCase.FloatTwinOf(Twin("GrWhileTrue"), """
                [Differentiable("x0", "rate")]
                public static float GrWhileTrueFloat(float[] x0, float rate, float tol)
                {
                    float[] x = (float[])x0.Clone();
                    int it = 0;
                    while (true)
                    {
                        float g0 = 2 * (x[0] - 1);
                        float g1 = 4 * (x[1] + 0.5f) + 0.2f * x[0];
                        if (g0 * g0 + g1 * g1 < tol || it >= 50) break;
                        x[0] -= rate * g0;
                        x[1] -= rate * g1;
                        it++;
                    }

                    return x[0] * x[1] + x[0];
                }
                """),
        };

        /// <summary>
        /// The cases declined, each with its diagnostic's id, the start of its message and the start of the statement it is
        /// reported at (<see cref="Review.GateReviewTests"/>); the comment above each says whether the decline is justified,
        /// documented, or needless (a shape a user writes that could be read as the supported ones are).
        /// </summary>
        public static readonly (string Name, string Id, string Start, string At)[] Declined =
        {
            // Justified: the local is the caller's array (no copy).
            ("GrAliasParameter", "DIFF015", "The local 'w' of type 'double[]'", "w = w0"),
            // Justified (docs): the gating if may not leave.
            ("GrBreakInTheIf", "DIFF015", "Reading an element of the local array 'w'", "double err = ys[t] - w"),
            // Justified: the bound's test reads the counter, so it is no gate.
            ("GrChoiceBoundReadsCounter", "DIFF015", "Reading an element of the local array 'w'", "double e = ys[t] - w[0"),
            // NEEDLESS: continue before plain writes (docs/supported.md lists continue beside break); the same with the writes in a loop (GrContinueLoop) or as if (!test) { ... } (GrDeadZoneClone) is read.
            ("GrContinueOneWrite", "DIFF015", "Reading an element of the local array 'w'", "double err = ys[t] - w"),
            // NEEDLESS: as GrContinueOneWrite.
            ("GrContinueSkip", "DIFF015", "Reading an element of the local array 'w'", "double err = ys[t] - w"),
            // NEEDLESS: as GrContinueOneWrite.
            ("GrContinueSkipFloat", "DIFF015", "Reading an element of the local array 'w'", "float err = ys[t] - w["),
            // NEEDLESS: a continue on the data alone (skipping a sample) before the gated if.
            ("GrContinueThenIf", "DIFF015", "Reading an element of the local array 'w'", "double e = ys[t] - w[0"),
            // Limitation a user meets: an asymmetric dead zone (writes under if and else if); docs: one if's Then.
            ("GrElseIfWrites", "DIFF015", "Reading an element of the local array 'w'", "double err = ys[t] - w"),
            // Limitation (docs: the writes are plain statements of one if's Then).
            ("GrElseWrites", "DIFF015", "Reading an element of the local array 'w'", "double err = ys[t] - w"),
            // Limitation: the else writes another array read before the if.
            ("GrElseWritesOtherArray", "DIFF015", "Reading an element of the local array 'q'", "double err = ys[t] - w"),
            // Documented: early stopping on the values after the update, in a loop inside another loop.
            ("GrEpochsConvergeOnError", "DIFF015", "Reading an element of the local array 'w'", "double err = ys[t] - w"),
            // Justified: the guard reads the counter, the loop may stop half-way.
            ("GrGuardReadsCounter", "DIFF015", "Reading an element of the local array 'w'", "double e = ys[t] - w[0"),
            // Justified: the guard reads an array the guarded loop writes.
            ("GrGuardReadsWrittenArray", "DIFF015", "Reading an element of the local array 'w'", "double e = ys[t] - w[0"),
            // Documented: the index reads an int the body assigns (not declares) before the write.
            ("GrIndexChangedBefore", "DIFF015", "Reading an element of the local array 'w'", "double err = ys[t] - w"),
            // Justified: the index reads a double the body changes before it.
            ("GrIndexFromRunningSum", "DIFF015", "Reading an element of the local array 'w'", "double err = ys[t] - w"),
            // Documented: the index is declared in the Then before the write.
            ("GrIndexInsideIf", "DIFF015", "Reading an element of the local array 'w'", "double err = ys[t] - w"),
            // Not this feature: a local int[] filled at run time is not supported.
            ("GrIntArrayCounter", "DIFF015", "The local 'hits' of type 'int[]'", "hits = new int[2]"),
            // Not this feature: as GrIntArrayCounter.
            ("GrIntArrayCounterEvery", "DIFF015", "The local 'hits' of type 'int[]'", "hits = new int[1]"),
            // Not this feature: as GrIntArrayCounter.
            ("GrIntArrayIndex", "DIFF015", "The local 'slot' of type 'int[]'", "slot = new int[1]"),
            // Limitation: a write under an if nested in the gating if.
            ("GrNestedIfInner", "DIFF015", "Reading an element of the local array 'w'", "double err = ys[t] - w"),
            // NEEDLESS: return of a local from the loop before plain writes (docs list return beside break); before the update's loops (GrReturnLocalLoops) it is read.
            ("GrReturnLocal", "DIFF015", "Reading an element of the local array 'x'", "double g0 = 2 * (x[0]"),
            // Not this feature: Span<double> x = new double[2] is not a supported local.
            ("GrSpanStop", "DIFF015", "The local 'x' of type 'Span<double>'", "x = new double[2]"),
            // Documented: a stop and an if, two gates.
            ("GrStopAndIf", "DIFF015", "Reading an element of the local array 'x'", "double g0 = 2 * (x[0]"),
            // Justified: a write before the stop and one after.
            ("GrStopBetweenWrites", "DIFF015", "Reading an element of the local array 'x'", "double g0 = 2 * (x[0]"),
            // NEEDLESS: as GrContinueOneWrite.
            ("GrStopContinue", "DIFF015", "Reading an element of the local array 'x'", "double g0 = 2 * (x[0]"),
            // NEEDLESS (minor): if (test) break; else s += g0; is the break and a plain statement.
            ("GrStopElse", "DIFF015", "Reading an element of the local array 'x'", "double g0 = 2 * (x[0]"),
            // Documented: early stopping inside an outer loop.
            ("GrStopInsideRestarts", "DIFF015", "Reading an element of the local array 'x'", "double g0 = 2 * (x[0]"),
            // Justified (docs): the stop's test reads the array it guards.
            ("GrStopReadsElement", "DIFF015", "A test that reads an element of the local array 'x'", "if ((x[0] - 1) * (x[0]"),
            // NEEDLESS: as GrReturnLocal (and the return reads the array).
            ("GrStopReturn", "DIFF015", "Reading an element of the local array 'x'", "double g0 = 2 * (x[0]"),
            // NEEDLESS: as GrStopReturn.
            ("GrStopReturnFloat", "DIFF015", "Reading an element of the local array 'x'", "float g0 = 2 * (x[0] -"),
            // Not this feature: a return of an expression inside a loop.
            ("GrStopReturnLoops", "DIFF015", "A 'return' inside a loop or branch", "return g2 + x.Length;"),
            // Justified: the if's test reads an element of the array it writes.
            ("GrTestReadsElement", "DIFF015", "An if whose test reads an element of the local array 'w' that the if then writes", "if (w[1] * err > 0.1)"),
            // Not this feature: a tuple of elements (DIFF010).
            ("GrTupleSwapInIf", "DIFF010", "The deconstruction '(w[0], w[1])", "(w[0], w[1]) = (w[1] +"),
            // Documented: two ifs writing two arrays, two gates.
            ("GrTwoGatesOneLoop", "DIFF015", "Reading an element of the local array 'v'", "double err = ys[t] - w"),
            // NEEDLESS: two stops before the writes; joined with || (GrWhileTrue) it is read.
            ("GrTwoStops", "DIFF015", "Reading an element of the local array 'x'", "double g0 = 2 * (x[0]"),
            // NEEDLESS (minor): k < 2 && test in a for's condition; test && k < 2 (GrUserGuardedFor) is read.
            ("GrUserGuardedForReversed", "DIFF015", "Reading an element of the local array 'w'", "double e = ys[t] - w[0"),
            // Documented: the index reads a counter stepped before the stop.
            ("GrWhileIndexAfterStep", "DIFF015", "Reading an element of the local array 'x'", "double g0 = 2 * (x[0]"),
        };

        public static IEnumerable<ArrayCase> All => Double.Concat(Float);

        /// <summary>The cases generated: all but <see cref="Declined"/>.</summary>
        public static IEnumerable<ArrayCase> Accepted => All.Where(c => !Declined.Any(d => d.Name == c.Name));

        public static ArrayCase Find(string name) => All.Single(c => c.Name == name);
    }
}
