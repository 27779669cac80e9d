using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// Integer indices that move by a step each iteration (<c>li++</c>, <c>off += d</c>, <c>k -= 2</c>), which the reverse
    /// sweep counts from the loop's counter instead of keeping on a tape, and buffers filled over a range that holds every
    /// index a later triangular loop reads (<c>q[id]</c> for id &lt; d, then <c>q[j]</c> for i &lt; j &lt; d), which the reverse
    /// sweep recomputes instead of keeping what each write overwrote: the shapes of ADBench's GMM (<c>Qtimesx</c>).
    /// Beside them, the near misses that must still keep their tapes: a step under an if, a continue before the step, a
    /// step the loop changes, a read one past the filled range.
    /// </summary>
    public static class InductionCases
    {
        public static readonly ArrayCase[] All =
        {
            // GMM's inner kernel: per point and component, the centred point, Q times it (the triangle added in place,
            // its entries walked by li++), and the squared norm.
            new ArrayCase("IndQtimesx", """
                [Differentiable("mu", "icf")]
                public static double IndQtimesx(double[] mu, double[] icf, double[] x, int d)
                {
                    int k = mu.Length / d;
                    int n = x.Length / d;
                    int icfSize = d * (d + 1) / 2;
                    double[] xc = new double[d];
                    double[] qxc = new double[d];
                    double total = 0;
                    for (int ix = 0; ix < n; ix++)
                    {
                        for (int ik = 0; ik < k; ik++)
                        {
                            for (int id = 0; id < d; id++)
                            {
                                xc[id] = x[ix * d + id] - mu[ik * d + id];
                                qxc[id] = Math.Exp(icf[ik * icfSize + id]) * xc[id];
                            }

                            int li = ik * icfSize + d;
                            for (int i = 0; i < d; i++)
                            {
                                for (int j = i + 1; j < d; j++)
                                {
                                    qxc[j] += icf[li] * xc[i];
                                    li++;
                                }
                            }

                            double sq = 0;
                            for (int id = 0; id < d; id++)
                            {
                                sq += qxc[id] * qxc[id];
                            }

                            total += Math.Log(1 + sq) * (ik + 1);
                        }
                    }

                    return total;
                }
                """,
                (r, n) => new object[] { Vector(r, 2 * (1 + (n % 3)), -1, 1), Vector(r, 2 * (1 + (n % 3)) * (2 + (n % 3)) / 2, -0.5, 0.5), Vector(r, (1 + (n % 3)) * (1 + n), -1, 1), 1 + (n % 3) })
            {
                Sizes = new[] { 0, 1, 2, 3, 4 },
            },

            // A step read after it moves, by a variable step, inside an outer loop.
            new ArrayCase("IndStepByLength", """
                [Differentiable("w")]
                public static double IndStepByLength(double[] w, int d)
                {
                    double s = 0;
                    int off = 0;
                    for (int r = 0; r < w.Length / d; r++)
                    {
                        off += d;
                        s += w[off - 1] * w[off - d] * (r + 1);
                        s = s * 0.9 + Math.Sin(s) * 0.1;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, 3 * n, -1, 1), 3 }),

            // Down by two, in a loop counting down, read before it moves.
            new ArrayCase("IndNegativeStep", """
                [Differentiable]
                public static double IndNegativeStep(double[] w, double x)
                {
                    double s = x;
                    int p = 2 * w.Length - 1;
                    for (int i = w.Length - 1; i >= 0; i--)
                    {
                        s = s * Math.Tanh(w[p / 2] + s) + w[i];
                        p -= 2;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // Near miss: the step is under an if, so it is not one step per iteration.
            new ArrayCase("IndConditionalStep", """
                [Differentiable]
                public static double IndConditionalStep(double[] w, double x)
                {
                    double s = x;
                    int p = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        s = s * Math.Cos(w[p] * s) + w[i];
                        if (w[i] > 0)
                        {
                            p++;
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n, 0.2, 1), Uniform(r, -1, 1) }),

            // Near miss: a continue skips the step in some iterations.
            new ArrayCase("IndContinueBeforeStep", """
                [Differentiable]
                public static double IndContinueBeforeStep(double[] w, double x)
                {
                    double s = x;
                    int p = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        s = s * Math.Cos(w[p] * s) + w[i];
                        if (w[i] < 0)
                        {
                            continue;
                        }

                        p++;
                    }

                    return s;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n, 0.2, 1), Uniform(r, -1, 1) }),

            // Near miss: the step grows with the counter, so the value is not first + step·iterations.
            new ArrayCase("IndGrowingStep", """
                [Differentiable]
                public static double IndGrowingStep(double[] w, double x)
                {
                    double s = x;
                    int p = 0;
                    int step = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        s = s * Math.Sin(w[p % w.Length] + s) + w[i];
                        step++;
                        p += step;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // Near miss: the buffer is filled short of the last element, which the triangle then reads and adds to.
            new ArrayCase("IndTriangleBeyondFill", """
                [Differentiable]
                public static double IndTriangleBeyondFill(double[] w, double x)
                {
                    int d = w.Length;
                    double[] q = new double[d];
                    double total = 0;
                    for (int r = 0; r < 3; r++)
                    {
                        for (int id = 0; id < d - 1; id++)
                        {
                            q[id] = w[id] * x * (r + 1);
                        }

                        for (int i = 0; i < d; i++)
                        {
                            for (int j = i + 1; j < d; j++)
                            {
                                q[j] += w[i] * q[i];
                            }
                        }

                        for (int id = 0; id < d; id++)
                        {
                            total += Math.Sin(q[id]);
                        }
                    }

                    return total;
                }
                """, (r, n) => new object[] { Vector(r, n, -0.6, 0.6), Uniform(r, -1, 1) }),

            // Near miss for skipping the buffer when an outer iteration is computed again: its values leave the inner loop
            // through t, which the outer iteration reads after it, so the outer iteration must fill it too.
            new ArrayCase("IndBufferEscapes", """
                [Differentiable]
                public static double IndBufferEscapes(double[] w, double x)
                {
                    int d = w.Length;
                    double[] b = new double[d];
                    double total = 0;
                    for (int r = 0; r < 3; r++)
                    {
                        double t = 0;
                        for (int c = 0; c < 2; c++)
                        {
                            for (int id = 0; id < d; id++)
                            {
                                b[id] = Math.Sin(w[id] * x + r + c);
                            }

                            for (int id = 0; id < d; id++)
                            {
                                t += b[id] * b[id] * w[id];
                            }
                        }

                        total = total * 0.5 + Math.Tanh(t) * x;
                    }

                    return total;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A recurrence over a triangle's rows: the inner loop's tape is as long as the row, so it is rented per row.
            new ArrayCase("IndTriangleRecurrence", """
                [Differentiable]
                public static double IndTriangleRecurrence(double[] w, double x)
                {
                    double total = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        double s = x;
                        for (int j = i + 1; j < w.Length; j++)
                        {
                            s = s * Math.Cos(s) + w[j] * w[i];
                        }

                        total += s;
                    }

                    return total;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // GMM's log-sum-exp per point: main terms filled for every component of an array made that long, then read
            // from element 0 (the running maximum's start) and in loops: every read sees the point's own terms.
            new ArrayCase("IndFillsWholeArray", """
                [Differentiable]
                public static double IndFillsWholeArray(double[] a, double x)
                {
                    int k = a.Length;
                    double[] main = new double[k];
                    double total = 0;
                    for (int p = 0; p < 3; p++)
                    {
                        for (int ik = 0; ik < k; ik++)
                        {
                            main[ik] = a[ik] * x * (p + 1) - a[ik] * a[ik];
                        }

                        double mx = main[0];
                        for (int ik = 1; ik < k; ik++)
                        {
                            mx = Math.Max(mx, main[ik]);
                        }

                        double se = 0;
                        for (int ik = 0; ik < k; ik++)
                        {
                            se += Math.Exp(main[ik] - mx);
                        }

                        total += Math.Log(se) + mx;
                    }

                    return total;
                }
                """, (r, n) => new object[] { Separated(r, n, 0.4), Uniform(r, 0.5, 1) })
            {
                Sizes = ArrayCase.NonEmpty,
            },

            // Near miss: one element more than the fill writes (main[0], never written), and a fill that reads the array.
            new ArrayCase("IndFillsAllButOne", """
                [Differentiable]
                public static double IndFillsAllButOne(double[] a, double x)
                {
                    int k = a.Length;
                    double[] main = new double[k + 1];
                    double total = 0;
                    for (int p = 0; p < 3; p++)
                    {
                        for (int ik = 0; ik < k; ik++)
                        {
                            main[ik + 1] = a[ik] * x * (p + 1) + main[ik] * 0.5;
                        }

                        double s = main[0] + x;
                        for (int ik = 1; ik <= k; ik++)
                        {
                            s = s * 0.5 + Math.Sin(main[ik]);
                        }

                        total += s;
                    }

                    return total;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // The triangle over a range inside the filled one (from 1, to d − 1), with the fill one element longer.
            new ArrayCase("IndInnerTriangle", """
                [Differentiable]
                public static double IndInnerTriangle(double[] w, double x)
                {
                    int d = w.Length;
                    double[] q = new double[d + 1];
                    double total = 0;
                    for (int r = 0; r < 2; r++)
                    {
                        for (int id = 0; id <= d; id++)
                        {
                            q[id] = Math.Cos(x * id + r);
                        }

                        for (int i = 1; i < d; i++)
                        {
                            for (int j = i; j <= d - 1; j++)
                            {
                                q[j + 1] += w[i] * x * Math.Sin(w[j]);
                            }
                        }

                        for (int id = 0; id <= d; id++)
                        {
                            total += q[id] * q[id] * w[id % d];
                        }
                    }

                    return total;
                }
                """, (r, n) => new object[] { Vector(r, n, -0.6, 0.6), Uniform(r, -1, 1) })
            {
                Sizes = new[] { 1, 2, 3, 5 },
            },
        };
    }
}
