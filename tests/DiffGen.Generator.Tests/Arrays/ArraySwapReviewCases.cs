using System.Linq;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// Adversarial review of two local arrays swapped (d8a3302, 17f09a7: ProgramLowering.ArraySwaps): swaps in loops, nested
    /// loops, branches and switch sections, after continue, in foreach bodies and local functions; spans from stackalloc; rotations
    /// of three buffers; lengths written differently or changed; temporaries declared otherwise; tests and values that read
    /// elements the swap overwrites; calls and in-place updates around swaps; many-step double buffers (heat, Jacobi, filters).
    /// </summary>
    public static class ArraySwapReviewCases
    {
        public static readonly ArrayCase[] Double =
        {
            // foreach evaluates u once: the swap inside its body changes which array u names, not the one enumerated.
            new ArrayCase("AsrForeachSwapInside", """
                [Differentiable]
                public static double AsrForeachSwapInside(double[] x, double a)
                {
                    int n = x.Length;
                    double[] u = new double[n];
                    double[] v = new double[n];
                    for (int i = 0; i < n; i++) { u[i] = x[i] * a; v[i] = x[i] + a * a; }
                    double s = 0;
                    foreach (double e in u)
                    {
                        s += e * e + a * e;
                        (u, v) = (v, u);
                    }

                    for (int i = 0; i < n; i++) s += 0.5 * u[i] - v[i] * a;
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1.5, 1.5) }),

            // Two swaps rotate three buffers: a, b, c hold b, c, a.
            new ArrayCase("AsrRotateByTwoSwaps", """
                [Differentiable]
                public static double AsrRotateByTwoSwaps(double[] x, double a)
                {
                    int n = x.Length;
                    double[] p = new double[n];
                    double[] q = new double[n];
                    double[] w = new double[n];
                    for (int i = 0; i < n; i++) { p[i] = x[i]; q[i] = a * x[i]; w[i] = Math.Sin(x[i] + a); }
                    for (int it = 0; it < 4; it++)
                    {
                        for (int i = 0; i < n; i++) p[i] = p[i] * q[i] + w[i];
                        (p, q) = (q, p);
                        (q, w) = (w, q);
                    }

                    double s = 0;
                    for (int i = 0; i < n; i++) s += p[i] * (i + 1) + q[i] * q[i] - 0.3 * w[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -0.8, 0.8) }),

            // The swap inside the inner of two loops.
            new ArrayCase("AsrSwapInNestedLoop", """
                [Differentiable]
                public static double AsrSwapInNestedLoop(double[] x, double a)
                {
                    int n = x.Length;
                    double[] u = new double[n];
                    double[] v = new double[n];
                    for (int i = 0; i < n; i++) u[i] = x[i];
                    for (int outer = 0; outer < 3; outer++)
                    {
                        for (int inner = 0; inner < 2; inner++)
                        {
                            for (int i = 0; i < n; i++) v[i] = Math.Tanh(a * u[i] + 0.1 * (outer + inner));
                            double[] tmp = u;
                            u = v;
                            v = tmp;
                        }
                    }

                    double s = 0;
                    for (int i = 0; i < n; i++) s += u[i] * x[i] + v[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1.5, 1.5) }),

            // The swap in an else branch.
            new ArrayCase("AsrSwapInElse", """
                [Differentiable]
                public static double AsrSwapInElse(double[] x, double a)
                {
                    int n = x.Length;
                    double[] u = new double[n];
                    double[] v = new double[n];
                    for (int i = 0; i < n; i++) { u[i] = x[i]; v[i] = -x[i]; }
                    for (int s = 0; s < 5; s++)
                    {
                        for (int i = 0; i < n; i++) u[i] = u[i] * a + v[i] * v[i] * 0.25;
                        if (s % 3 == 1)
                        {
                            for (int i = 0; i < n; i++) v[i] += a;
                        }
                        else
                        {
                            (u, v) = (v, u);
                        }
                    }

                    double t = 0;
                    for (int i = 0; i < n; i++) t += u[i] + 2 * v[i] * (i + 1);
                    return t;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -0.9, 0.9) }),

            // A swap in a switch section.
            new ArrayCase("AsrSwapInSwitchSection", """
                [Differentiable]
                public static double AsrSwapInSwitchSection(double[] x, double a)
                {
                    int n = x.Length;
                    double[] u = new double[n];
                    double[] v = new double[n];
                    for (int i = 0; i < n; i++) { u[i] = x[i] * a; v[i] = x[i]; }
                    for (int s = 0; s < 6; s++)
                    {
                        switch (s % 3)
                        {
                            case 0:
                                (u, v) = (v, u);
                                break;
                            case 1:
                                for (int i = 0; i < n; i++) u[i] = Math.Sin(u[i] + v[i]);
                                break;
                            default:
                                for (int i = 0; i < n; i++) v[i] = v[i] * a;
                                break;
                        }
                    }

                    double t = 0;
                    for (int i = 0; i < n; i++) t += u[i] * (i + 2) - v[i];
                    return t;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1.2, 1.2) }),

            // A temporary swap in a braced switch section.
            new ArrayCase("AsrTempSwapInSwitchBlock", """
                [Differentiable]
                public static double AsrTempSwapInSwitchBlock(double[] x, double a)
                {
                    int n = x.Length;
                    double[] u = new double[n];
                    double[] v = new double[n];
                    for (int i = 0; i < n; i++) { u[i] = x[i] * a; v[i] = x[i]; }
                    for (int s = 0; s < 4; s++)
                    {
                        for (int i = 0; i < n; i++) v[i] = v[i] + u[i] * u[i] * 0.2;
                        switch (s)
                        {
                            case 1:
                            case 2:
                            {
                                double[] tmp = u;
                                u = v;
                                v = tmp;
                            }

                                break;
                        }
                    }

                    double t = 0;
                    for (int i = 0; i < n; i++) t += u[i] - v[i] * a;
                    return t;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // The swap after continue.
            new ArrayCase("AsrSwapAfterContinue", """
                [Differentiable]
                public static double AsrSwapAfterContinue(double[] x, double a)
                {
                    int n = x.Length;
                    double[] u = new double[n];
                    double[] v = new double[n];
                    for (int i = 0; i < n; i++) u[i] = x[i];
                    for (int s = 0; s < 5; s++)
                    {
                        for (int i = 0; i < n; i++) v[i] = u[i] * a + Math.Cos(u[i]);
                        if (s == 2) continue;
                        (u, v) = (v, u);
                    }

                    double t = 0;
                    for (int i = 0; i < n; i++) t += u[i] * u[i] + v[i];
                    return t;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // Spans from stackalloc, swapped through a temporary.
            new ArrayCase("AsrStackallocSpanSwap", """
                [Differentiable]
                public static double AsrStackallocSpanSwap(double[] x, double a)
                {
                    int n = x.Length;
                    Span<double> u = stackalloc double[n];
                    Span<double> v = stackalloc double[n];
                    for (int i = 0; i < n; i++) u[i] = x[i];
                    for (int s = 0; s < 3; s++)
                    {
                        for (int i = 0; i < n; i++) v[i] = u[i] * u[i] * 0.3 + a * (i > 0 ? u[i - 1] : 1);
                        Span<double> tmp = u;
                        u = v;
                        v = tmp;
                    }

                    double t = 0;
                    for (int i = 0; i < n; i++) t += u[i] * (i + 1) + v[i];
                    return t;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A temporary declared with var.
            new ArrayCase("AsrVarTemporary", """
                [Differentiable]
                public static double AsrVarTemporary(double[] x, double a)
                {
                    int n = x.Length;
                    double[] u = new double[n];
                    double[] v = new double[n];
                    for (int i = 0; i < n; i++) u[i] = x[i];
                    for (int s = 0; s < 4; s++)
                    {
                        for (int i = 0; i < n; i++) v[i] = Math.Exp(-u[i] * u[i]) + a * u[i];
                        var tmp = u;
                        u = v;
                        v = tmp;
                    }

                    double t = 0;
                    for (int i = 0; i < n; i++) t += u[i] * x[i] - v[i];
                    return t;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // Elements read before and after the swap in the same iteration: the reverse sweep needs the values the swap overwrote.
            new ArrayCase("AsrReadsAroundSwap", """
                [Differentiable]
                public static double AsrReadsAroundSwap(double[] x, double a)
                {
                    int n = x.Length;
                    double[] u = new double[n];
                    double[] next = new double[n];
                    for (int i = 0; i < n; i++) { u[i] = x[i]; next[i] = a; }
                    double s = 0;
                    for (int it = 0; it < 4; it++)
                    {
                        s += u[0] * next[0] * u[n - 1];
                        (u, next) = (next, u);
                        s += u[0] * next[0] * next[n - 1] + Math.Sin(u[n - 1]);
                        for (int i = 0; i < n; i++) next[i] = next[i] * a + u[i] * 0.5;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Sizes = ArrayCase.NonEmpty },

            // A value read from an element before the swap, used after it.
            new ArrayCase("AsrValueHeldAcrossSwap", """
                [Differentiable]
                public static double AsrValueHeldAcrossSwap(double[] x, double a)
                {
                    int n = x.Length;
                    double[] u = new double[n];
                    double[] v = new double[n];
                    for (int i = 0; i < n; i++) { u[i] = x[i] * a; v[i] = x[i] * x[i]; }
                    double s = 0;
                    for (int it = 0; it < 3; it++)
                    {
                        double first = u[0];
                        (u, v) = (v, u);
                        s += first * first * u[0];
                        u[0] = u[0] * a + first;
                    }

                    return s + u[0] - v[0];
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }) { Sizes = ArrayCase.NonEmpty },

            // A test on an element that the swap in the same iteration overwrites: u holds positive values, v negative ones.
            new ArrayCase("AsrTestOnElementThenSwap", """
                [Differentiable]
                public static double AsrTestOnElementThenSwap(double[] x, double a)
                {
                    int n = x.Length;
                    double[] u = new double[n];
                    double[] v = new double[n];
                    for (int i = 0; i < n; i++) { u[i] = x[i] + 3; v[i] = -x[i] * a - 3; }
                    double s = 0;
                    for (int it = 0; it < 4; it++)
                    {
                        if (u[0] > 0)
                        {
                            s += u[0] * a;
                        }
                        else
                        {
                            s += u[0] * u[0] * u[0];
                        }

                        (u, v) = (v, u);
                    }

                    return s + u[0] * v[0];
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, 0.5, 1.5) }) { Sizes = ArrayCase.NonEmpty },

            // foreach over v with the swap inside an if of its body, through a temporary.
            new ArrayCase("AsrForeachTempSwapInIf", """
                [Differentiable]
                public static double AsrForeachTempSwapInIf(double[] x, double a)
                {
                    int n = x.Length;
                    double[] u = new double[n];
                    double[] v = new double[n];
                    for (int i = 0; i < n; i++) { u[i] = Math.Sin(x[i]); v[i] = a * x[i]; }
                    double s = 0;
                    int k = 0;
                    foreach (double e in v)
                    {
                        s += e * (k + 1) * a;
                        if (k % 2 == 0)
                        {
                            double[] tmp = u;
                            u = v;
                            v = tmp;
                        }

                        k++;
                    }

                    for (int i = 0; i < n; i++) s += u[i] * u[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // A swap on every iteration of a loop over the elements.
            new ArrayCase("AsrSwapPerElement", """
                [Differentiable]
                public static double AsrSwapPerElement(double[] x, double a)
                {
                    int n = x.Length;
                    double[] u = new double[n];
                    double[] v = new double[n];
                    for (int i = 0; i < n; i++) { u[i] = x[i]; v[i] = a * x[i] * x[i]; }
                    double s = 0;
                    for (int i = 0; i < u.Length; i++)
                    {
                        u[i] = u[i] * a + v[i];
                        s += u[i] * v[i];
                        (u, v) = (v, u);
                    }

                    for (int i = 0; i < n; i++) s += u[i] - v[i] * v[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // Spans made from new double[n], swapped through a temporary span.
            new ArrayCase("AsrSpansFromNew", """
                [Differentiable]
                public static double AsrSpansFromNew(double[] x, double a)
                {
                    int n = x.Length;
                    Span<double> u = new double[n];
                    Span<double> v = new double[n];
                    for (int i = 0; i < n; i++) u[i] = x[i] * a;
                    for (int it = 0; it < 3; it++)
                    {
                        for (int i = 0; i < n; i++) v[i] = u[i] * u[i] * 0.5 + x[i];
                        Span<double> tmp = v;
                        v = u;
                        u = tmp;
                    }

                    double s = 0;
                    for (int i = 0; i < n; i++) s += u[i] + v[i] * (i + 1);
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A swap followed by break in a later iteration.
            new ArrayCase("AsrSwapThenBreak", """
                [Differentiable]
                public static double AsrSwapThenBreak(double[] x, double a, int stop)
                {
                    int n = x.Length;
                    double[] u = new double[n];
                    double[] v = new double[n];
                    for (int i = 0; i < n; i++) u[i] = x[i];
                    for (int it = 0; it < 6; it++)
                    {
                        for (int i = 0; i < n; i++) v[i] = u[i] * a + Math.Cos(u[i]) * 0.3;
                        (u, v) = (v, u);
                        if (it == stop) break;
                    }

                    double s = 0;
                    for (int i = 0; i < n; i++) s += u[i] * (i + 1) - v[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1), r.Next(0, 7) }),

            // Arrays made inside the loop from a length the loop computes.
            new ArrayCase("AsrLengthFromLoopLocal", """
                [Differentiable]
                public static double AsrLengthFromLoopLocal(double[] x, double a)
                {
                    double s = 0;
                    for (int it = 0; it < 3; it++)
                    {
                        int m = x.Length > it ? x.Length - it : 0;
                        double[] u = new double[m];
                        double[] v = new double[m];
                        for (int i = 0; i < m; i++) { u[i] = x[i] * a; v[i] = x[i + it] * x[i + it]; }
                        (u, v) = (v, u);
                        for (int i = 0; i < m; i++) s += u[i] * a - v[i] * v[i];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // The swap taken only where a test on the elements says so.
            new ArrayCase("AsrSwapUnderElementTest", """
                [Differentiable]
                public static double AsrSwapUnderElementTest(double[] x, double a)
                {
                    int n = x.Length;
                    double[] u = new double[n];
                    double[] v = new double[n];
                    for (int i = 0; i < n; i++) { u[i] = x[i]; v[i] = x[i] * a; }
                    for (int it = 0; it < 4; it++)
                    {
                        for (int i = 0; i < n; i++) v[i] = v[i] + 0.25 * u[i] * u[i];
                        if (u[0] < v[0])
                        {
                            (u, v) = (v, u);
                        }
                    }

                    double s = 0;
                    for (int i = 0; i < n; i++) s += u[i] * (i + 1) - v[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) })
            {
                Sizes = ArrayCase.NonEmpty,
                Accept = p =>
                {
                    // Away from u[0] == v[0] in each of the four steps.
                    double[] x = (double[])p[0];
                    double a = (double)p[1];
                    double[] u = (double[])x.Clone();
                    double[] v = x.Select(e => e * a).ToArray();
                    for (int it = 0; it < 4; it++)
                    {
                        for (int i = 0; i < u.Length; i++) v[i] = v[i] + 0.25 * u[i] * u[i];
                        if (System.Math.Abs(u[0] - v[0]) < 0.05) return false;
                        if (u[0] < v[0]) (u, v) = (v, u);
                    }

                    return true;
                },
            },

            // An in-place update of the swapped array after the swap.
            new ArrayCase("AsrInPlaceAfterSwap", """
                [Differentiable]
                public static double AsrInPlaceAfterSwap(double[] x, double a)
                {
                    int n = x.Length;
                    double[] u = new double[n];
                    double[] v = new double[n];
                    for (int i = 0; i < n; i++) { u[i] = x[i]; v[i] = a; }
                    for (int it = 0; it < 3; it++)
                    {
                        for (int i = 0; i < n; i++) v[i] = v[i] * u[i] + a;
                        (u, v) = (v, u);
                        for (int i = 0; i < n; i++) u[i] = u[i] * u[i] * 0.5 + v[i];
                    }

                    double s = 0;
                    for (int i = 0; i < n; i++) s += u[i] + v[i] * v[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -0.8, 0.8) }),

            // Calls to another differentiable method before and after each swap.
            new ArrayCase("AsrCallsAroundSwap", """
                [Differentiable]
                public static double AsrCallsAroundSwap(double[] x, double a)
                {
                    int n = x.Length;
                    double[] u = new double[n];
                    double[] v = new double[n];
                    for (int i = 0; i < n; i++) { u[i] = x[i]; v[i] = a * x[i]; }
                    double s = 0;
                    for (int it = 0; it < 3; it++)
                    {
                        s += AsrEnergy(u, a);
                        (u, v) = (v, u);
                        s += AsrEnergy(u, 1) * 0.5;
                        for (int i = 0; i < n; i++) u[i] = Math.Sin(u[i] + v[i]);
                    }

                    return s;
                }

                [Differentiable]
                public static double AsrEnergy(double[] w, double k)
                {
                    double e = 0;
                    for (int i = 0; i < w.Length; i++) e += k * w[i] * w[i];
                    return e;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // The tuple swap with casts.
            new ArrayCase("AsrTupleSwapWithCasts", """
                [Differentiable]
                public static double AsrTupleSwapWithCasts(double[] x, double a)
                {
                    int n = x.Length;
                    double[] u = new double[n];
                    double[] v = new double[n];
                    for (int i = 0; i < n; i++) u[i] = x[i];
                    for (int it = 0; it < 3; it++)
                    {
                        for (int i = 0; i < n; i++) v[i] = u[i] * a + (i + 1 < n ? u[i + 1] * u[i + 1] : 0);
                        (u, v) = ((double[])v, (double[])u);
                    }

                    double s = 0;
                    for (int i = 0; i < n; i++) s += u[i] - v[i] * 0.5;
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // One array made before the loop, the other inside it on each iteration.
            new ArrayCase("AsrDifferentScopes", """
                [Differentiable]
                public static double AsrDifferentScopes(double[] x, double a)
                {
                    int n = x.Length;
                    double[] u = new double[n];
                    for (int i = 0; i < n; i++) u[i] = x[i];
                    double s = 0;
                    for (int it = 0; it < 4; it++)
                    {
                        double[] v = new double[n];
                        for (int i = 0; i < n; i++) v[i] = u[i] * a + Math.Sin(u[i]) + v[i];
                        (u, v) = (v, u);
                        for (int i = 0; i < n; i++) s += v[i] * 0.1;
                    }

                    for (int i = 0; i < n; i++) s += u[i] * u[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // Both arrays made inside the loop: fresh each iteration.
            new ArrayCase("AsrBothMadeInLoop", """
                [Differentiable]
                public static double AsrBothMadeInLoop(double[] x, double a)
                {
                    int n = x.Length;
                    double s = 0;
                    for (int it = 0; it < 3; it++)
                    {
                        double[] u = new double[n];
                        double[] v = new double[n];
                        for (int i = 0; i < n; i++) { u[i] = x[i] * (it + a); v[i] = x[i] * x[i]; }
                        double[] tmp = u;
                        u = v;
                        v = tmp;
                        for (int i = 0; i < n; i++) s += u[i] * a + v[i] * v[i];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // The heat equation, many steps, a nonlinear source term.
            new ArrayCase("AsrHeatManySteps", """
                [Differentiable("u0", "k")]
                public static double AsrHeatManySteps(double[] u0, double k)
                {
                    int n = u0.Length;
                    double[] u = new double[n];
                    double[] next = new double[n];
                    for (int i = 0; i < n; i++) u[i] = u0[i];
                    for (int step = 0; step < 12; step++)
                    {
                        for (int i = 0; i < n; i++)
                        {
                            double left = i > 0 ? u[i - 1] : 0;
                            double right = i + 1 < n ? u[i + 1] : 0;
                            next[i] = u[i] + k * (left - 2 * u[i] + right) - 0.05 * u[i] * u[i] * u[i];
                        }

                        double[] tmp = u;
                        u = next;
                        next = tmp;
                    }

                    double s = 0;
                    for (int i = 0; i < n; i++) s += u[i] * u[i] * (i + 1);
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, 0.05, 0.2) }),

            // Red-black style: a Gauss-Seidel half step in place, then a Jacobi step into the other buffer and a swap.
            new ArrayCase("AsrGaussSeidelThenJacobi", """
                [Differentiable("b", "d")]
                public static double AsrGaussSeidelThenJacobi(double[] b, double d)
                {
                    int n = b.Length;
                    double[] x = new double[n];
                    double[] y = new double[n];
                    for (int it = 0; it < 3; it++)
                    {
                        for (int i = 0; i < n; i++)
                        {
                            double left = i > 0 ? x[i - 1] : 0;
                            x[i] = (b[i] + left) / d;
                        }

                        for (int i = 0; i < n; i++)
                        {
                            double right = i + 1 < n ? x[i + 1] : 0;
                            y[i] = (b[i] + right + x[i]) / (d + 1);
                        }

                        (x, y) = (y, x);
                    }

                    double s = 0;
                    for (int i = 0; i < n; i++) s += x[i] * x[i] * b[i] + y[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 2, 4) }),

            // A ping-pong smoothing filter over a signal, each pass into the other buffer.
            new ArrayCase("AsrPingPongFilter", """
                [Differentiable]
                public static double AsrPingPongFilter(double[] x, double alpha)
                {
                    int n = x.Length;
                    double[] src = new double[n];
                    double[] dst = new double[n];
                    for (int i = 0; i < n; i++) src[i] = x[i];
                    for (int pass = 0; pass < 5; pass++)
                    {
                        double carry = src.Length > 0 ? src[0] : 0;
                        for (int i = 0; i < n; i++)
                        {
                            carry = alpha * src[i] + (1 - alpha) * carry;
                            dst[i] = carry;
                        }

                        (src, dst) = (dst, src);
                    }

                    double s = 0;
                    for (int i = 0; i < n; i++) s += src[i] * src[i] - dst[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.2, 0.8) }),

            // The swap in a while loop.
            new ArrayCase("AsrSwapInWhile", """
                [Differentiable]
                public static double AsrSwapInWhile(double[] x, double a)
                {
                    int n = x.Length;
                    double[] u = new double[n];
                    double[] v = new double[n];
                    for (int i = 0; i < n; i++) u[i] = x[i];
                    int step = 0;
                    while (step < 4)
                    {
                        for (int i = 0; i < n; i++) v[i] = u[i] * u[i] * 0.3 + a;
                        (u, v) = (v, u);
                        step++;
                    }

                    double s = 0;
                    for (int i = 0; i < n; i++) s += u[i] + v[i] * x[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // The swap in a do loop.
            new ArrayCase("AsrSwapInDo", """
                [Differentiable]
                public static double AsrSwapInDo(double[] x, double a)
                {
                    int n = x.Length;
                    double[] u = new double[n];
                    double[] v = new double[n];
                    for (int i = 0; i < n; i++) u[i] = x[i];
                    int step = 0;
                    do
                    {
                        for (int i = 0; i < n; i++) v[i] = Math.Sin(u[i]) * a + u[i];
                        double[] tmp = u;
                        u = v;
                        v = tmp;
                        step++;
                    }
                    while (step < 3);

                    double s = 0;
                    for (int i = 0; i < n; i++) s += u[i] * (i + 1) + v[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // Two swaps in a row: nothing moves.
            new ArrayCase("AsrSwapTwiceInRow", """
                [Differentiable]
                public static double AsrSwapTwiceInRow(double[] x, double a)
                {
                    int n = x.Length;
                    double[] u = new double[n];
                    double[] v = new double[n];
                    for (int i = 0; i < n; i++) { u[i] = x[i] * a; v[i] = x[i]; }
                    (u, v) = (v, u);
                    double[] tmp = v;
                    v = u;
                    u = tmp;
                    double s = 0;
                    for (int i = 0; i < n; i++) s += u[i] * u[i] - v[i] * a;
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // The same swap in both branches, written the other way round in the else.
            new ArrayCase("AsrSwapBothBranches", """
                [Differentiable]
                public static double AsrSwapBothBranches(double[] x, double a)
                {
                    int n = x.Length;
                    double[] u = new double[n];
                    double[] v = new double[n];
                    for (int i = 0; i < n; i++) u[i] = x[i];
                    for (int s = 0; s < 4; s++)
                    {
                        for (int i = 0; i < n; i++) v[i] = u[i] * a + s;
                        if (s % 2 == 0)
                        {
                            (u, v) = (v, u);
                        }
                        else
                        {
                            (v, u) = (u, v);
                            for (int i = 0; i < n; i++) u[i] = u[i] * u[i];
                        }
                    }

                    double t = 0;
                    for (int i = 0; i < n; i++) t += u[i] - v[i] * 0.5;
                    return t;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // The length from an int parameter nothing assigns.
            new ArrayCase("AsrLengthFromParameter", """
                [Differentiable]
                public static double AsrLengthFromParameter(double[] x, int m, double a)
                {
                    double[] u = new double[m];
                    double[] v = new double[m];
                    for (int i = 0; i < m && i < x.Length; i++) u[i] = x[i];
                    for (int it = 0; it < 3; it++)
                    {
                        for (int i = 0; i < m; i++) v[i] = u[i] * a + 0.1 * u[i] * u[i];
                        (u, v) = (v, u);
                    }

                    double s = 0;
                    for (int i = 0; i < m; i++) s += u[i] * (i + 1);
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), n == 0 ? 0 : r.Next(1, n + 2), Uniform(r, -1, 1) }),

            // The swap before anything is written: both zero.
            new ArrayCase("AsrSwapOfZeros", """
                [Differentiable]
                public static double AsrSwapOfZeros(double[] x, double a)
                {
                    int n = x.Length;
                    double[] u = new double[n];
                    double[] v = new double[n];
                    (u, v) = (v, u);
                    for (int i = 0; i < n; i++) u[i] = x[i] * a;
                    double s = 0;
                    for (int i = 0; i < n; i++) s += u[i] * u[i] + v[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // A swap in a loop whose body also reads through the array after it in the bound of an inner loop.
            new ArrayCase("AsrSwapThenLengthBound", """
                [Differentiable]
                public static double AsrSwapThenLengthBound(double[] x, double a)
                {
                    double[] u = new double[x.Length];
                    double[] v = new double[x.Length];
                    for (int i = 0; i < u.Length; i++) u[i] = x[i];
                    double s = 0;
                    for (int it = 0; it < 3; it++)
                    {
                        for (int i = 0; i < v.Length; i++) v[i] = u[i] * a - u[u.Length - 1 - i] * 0.5;
                        (u, v) = (v, u);
                        for (int i = 0; i < u.Length; i++) s += u[i] * v[i];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // foreach over u, its body a loop into v and a temporary swap (no if).
            new ArrayCase("AsrForeachTempSwapAfterLoop", """
                [Differentiable]
                public static double AsrForeachTempSwapAfterLoop(double[] x, double a)
                {
                    int n = x.Length;
                    double[] u = new double[n];
                    double[] v = new double[n];
                    for (int i = 0; i < n; i++) u[i] = x[i];
                    double s = 0;
                    foreach (double e in u)
                    {
                        s += Math.Sin(e) * a;
                        for (int i = 0; i < n; i++) v[i] = u[i] * a + 0.5;
                        double[] tmp = u;
                        u = v;
                        v = tmp;
                    }

                    for (int i = 0; i < n; i++) s += u[i] * v[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // foreach over a parameter with the swap inside: nothing enumerated is swapped.
            new ArrayCase("AsrForeachOverParameter", """
                [Differentiable]
                public static double AsrForeachOverParameter(double[] x, double a)
                {
                    int n = x.Length;
                    double[] u = new double[n];
                    double[] v = new double[n];
                    for (int i = 0; i < n; i++) u[i] = x[i];
                    foreach (double e in x)
                    {
                        for (int i = 0; i < n; i++) v[i] = u[i] * e + a * u[i] * u[i] * 0.1;
                        (u, v) = (v, u);
                    }

                    double s = 0;
                    for (int i = 0; i < n; i++) s += u[i] + v[i] * 0.5;
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -0.9, 0.9), Uniform(r, -1, 1) }),

            // An if without braces holding only the swap.
            new ArrayCase("AsrUnbracedIfSwap", """
                [Differentiable]
                public static double AsrUnbracedIfSwap(double[] x, double a)
                {
                    int n = x.Length;
                    double[] u = new double[n];
                    double[] v = new double[n];
                    for (int i = 0; i < n; i++) { u[i] = x[i]; v[i] = a; }
                    for (int it = 0; it < 5; it++)
                    {
                        for (int i = 0; i < n; i++) u[i] = u[i] * v[i] + a * 0.5;
                        if (it % 2 == 1) (u, v) = (v, u);
                    }

                    double s = 0;
                    for (int i = 0; i < n; i++) s += u[i] * (i + 1) - v[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -0.9, 0.9) }),

            // A swap in the middle arm of an else-if chain, inside an if nested in the loop.
            new ArrayCase("AsrSwapInElseIfChain", """
                [Differentiable]
                public static double AsrSwapInElseIfChain(double[] x, double a, int mode)
                {
                    int n = x.Length;
                    double[] u = new double[n];
                    double[] v = new double[n];
                    for (int i = 0; i < n; i++) { u[i] = x[i]; v[i] = x[i] * a; }
                    for (int it = 0; it < 4; it++)
                    {
                        if (mode > 0)
                        {
                            if (it == 0)
                            {
                                for (int i = 0; i < n; i++) u[i] = u[i] * a;
                            }
                            else if (it % 2 == 1)
                            {
                                double[] tmp = v;
                                v = u;
                                u = tmp;
                            }
                            else
                            {
                                for (int i = 0; i < n; i++) v[i] = Math.Sin(v[i] + u[i]);
                            }
                        }
                        else
                        {
                            for (int i = 0; i < n; i++) v[i] = v[i] + u[i] * u[i];
                        }
                    }

                    double s = 0;
                    for (int i = 0; i < n; i++) s += u[i] * 2 - v[i] * v[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1), r.Next(0, 2) }),

            // Two independent pairs of buffers swapped in one loop.
            new ArrayCase("AsrTwoPairs", """
                [Differentiable]
                public static double AsrTwoPairs(double[] x, double a)
                {
                    int n = x.Length;
                    double[] u = new double[n];
                    double[] v = new double[n];
                    double[] p = new double[n];
                    double[] q = new double[n];
                    for (int i = 0; i < n; i++) { u[i] = x[i]; p[i] = a * x[i]; }
                    for (int it = 0; it < 3; it++)
                    {
                        for (int i = 0; i < n; i++) { v[i] = u[i] * p[i] + a; q[i] = p[i] - 0.3 * u[i] * u[i]; }
                        (u, v) = (v, u);
                        double[] tmp = p;
                        p = q;
                        q = tmp;
                    }

                    double s = 0;
                    for (int i = 0; i < n; i++) s += u[i] + p[i] * p[i] + v[i] * q[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -0.8, 0.8) }),

            // A while loop whose test reads an element the swap in its body changes.
            new ArrayCase("AsrWhileTestsSwappedElement", """
                [Differentiable]
                public static double AsrWhileTestsSwappedElement(double[] x, double a)
                {
                    int n = x.Length;
                    double[] u = new double[n];
                    double[] v = new double[n];
                    for (int i = 0; i < n; i++) { u[i] = x[i]; v[i] = x[i] + 10; }
                    int steps = 0;
                    while (u[0] < 5 && steps < 6)
                    {
                        for (int i = 0; i < n; i++) v[i] = v[i] * a;
                        (u, v) = (v, u);
                        steps++;
                    }

                    double s = 0;
                    for (int i = 0; i < n; i++) s += u[i] * v[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, 0.5, 0.9) }) { Sizes = ArrayCase.NonEmpty },

            // The swap followed by a call taking both arrays in each iteration.
            new ArrayCase("AsrCallWithBothAfterSwap", """
                [Differentiable]
                public static double AsrCallWithBothAfterSwap(double[] x, double a)
                {
                    int n = x.Length;
                    double[] u = new double[n];
                    double[] v = new double[n];
                    for (int i = 0; i < n; i++) u[i] = x[i];
                    double s = 0;
                    for (int it = 0; it < 3; it++)
                    {
                        for (int i = 0; i < n; i++) v[i] = u[i] * a + Math.Exp(-u[i] * u[i]);
                        (u, v) = (v, u);
                        s += AsrDotOf(u, v) * (it + 1);
                    }

                    return s;
                }

                [Differentiable]
                public static double AsrDotOf(double[] p, double[] q)
                {
                    double d = 0;
                    for (int i = 0; i < p.Length; i++) d += p[i] * q[i];
                    return d;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // The swap as the last statement: the result reads the arrays through a reduction right after.
            new ArrayCase("AsrSwapThenFusedReduction", """
                [Differentiable]
                public static double AsrSwapThenFusedReduction(double[] x, double a)
                {
                    int n = x.Length;
                    double[] u = new double[n];
                    double[] v = new double[n];
                    for (int i = 0; i < n; i++) { u[i] = Math.Sin(a * x[i]); v[i] = Math.Cos(x[i]); }
                    (u, v) = (v, u);
                    double s = 0;
                    for (int i = 0; i < n; i++) s += Math.Log(1 + u[i] * u[i]) * v[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // A temporary swap with an explicit cast in the declaration.
            new ArrayCase("AsrTemporaryWithCast", """
                [Differentiable]
                public static double AsrTemporaryWithCast(double[] x, double a)
                {
                    int n = x.Length;
                    double[] u = new double[n];
                    double[] v = new double[n];
                    for (int i = 0; i < n; i++) u[i] = x[i];
                    for (int it = 0; it < 3; it++)
                    {
                        for (int i = 0; i < n; i++) v[i] = u[i] * u[i] * a + 0.2;
                        double[] tmp = (double[])u;
                        u = (double[])v;
                        v = tmp;
                    }

                    double s = 0;
                    for (int i = 0; i < n; i++) s += u[i] - v[i] * (i + 1);
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // A swap and continue in one if, statements after it.
            new ArrayCase("AsrSwapThenContinueInIf", """
                [Differentiable]
                public static double AsrSwapThenContinueInIf(double[] x, double a)
                {
                    int n = x.Length;
                    double[] u = new double[n];
                    double[] v = new double[n];
                    for (int i = 0; i < n; i++) u[i] = x[i];
                    for (int it = 0; it < 4; it++)
                    {
                        for (int i = 0; i < n; i++) v[i] = u[i] * a + 0.1;
                        if (it % 2 == 0)
                        {
                            (u, v) = (v, u);
                            continue;
                        }

                        for (int i = 0; i < n; i++) u[i] = u[i] * u[i];
                    }

                    double s = 0;
                    for (int i = 0; i < n; i++) s += u[i] + v[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // Swaps in methods without loops: fixed-size buffers.
            new ArrayCase("AsrSwapNoLoopTuple", """
                [Differentiable]
                public static double AsrSwapNoLoopTuple(double a, double b)
                {
                    double[] u = new double[2];
                    double[] v = new double[2];
                    u[0] = a * b;
                    u[1] = Math.Sin(a);
                    v[0] = b * b;
                    (u, v) = (v, u);
                    u[1] = u[0] * v[1] + v[0];
                    return u[0] * 3 + u[1] + v[0] * v[1];
                }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2) }) { Sizes = ArrayCase.Scalar },

            new ArrayCase("AsrSwapNoLoopTemp", """
                [Differentiable]
                public static double AsrSwapNoLoopTemp(double a, double b)
                {
                    double[] u = new double[2];
                    double[] v = new double[2];
                    u[0] = a * b;
                    u[1] = Math.Sin(a);
                    v[0] = b * b;
                    double[] tmp = u;
                    u = v;
                    v = tmp;
                    u[1] = u[0] * v[1] + v[0];
                    return u[0] * 3 + u[1] + v[0] * v[1];
                }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2) }) { Sizes = ArrayCase.Scalar },

            // The heat equation with a step count the caller gives.
            new ArrayCase("AsrHeatVariableSteps", """
                [Differentiable]
                public static double AsrHeatVariableSteps(double[] u0, double k, int steps)
                {
                    int n = u0.Length;
                    double[] u = new double[n];
                    double[] next = new double[n];
                    for (int i = 0; i < n; i++) u[i] = u0[i];
                    for (int step = 0; step < steps; step++)
                    {
                        for (int i = 0; i < n; i++)
                        {
                            double left = i > 0 ? u[i - 1] : u[i];
                            double right = i + 1 < n ? u[i + 1] : u[i];
                            next[i] = u[i] + k * (left - 2 * u[i] + right) + 0.1 * Math.Sin(u[i]);
                        }

                        (u, next) = (next, u);
                    }

                    double s = 0;
                    for (int i = 0; i < n; i++) s += u[i] * u[i] + 0.1 * next[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, 0.05, 0.25), r.Next(0, 7) }),

            // foreach over v, its body a loop and a tuple swap of v with u.
            new ArrayCase("AsrForeachOverSecondBuffer", """
                [Differentiable]
                public static double AsrForeachOverSecondBuffer(double[] x, double a)
                {
                    int n = x.Length;
                    double[] u = new double[n];
                    double[] v = new double[n];
                    for (int i = 0; i < n; i++) { u[i] = a; v[i] = x[i]; }
                    double s = 0;
                    foreach (double e in v)
                    {
                        for (int i = 0; i < n; i++) u[i] = u[i] + e * a;
                        (v, u) = (u, v);
                        s += e * e;
                    }

                    for (int i = 0; i < n; i++) s += u[i] - v[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),
        };

        /// <summary>Float twins.</summary>
        public static readonly ArrayCase[] Float =
        {
            ArrayCase.FloatTwinOf(Double.Single(c => c.Name == "AsrHeatManySteps"), """
                [Differentiable("u0", "k")]
                public static float AsrHeatManyStepsFloat(float[] u0, float k)
                {
                    int n = u0.Length;
                    float[] u = new float[n];
                    float[] next = new float[n];
                    for (int i = 0; i < n; i++) u[i] = u0[i];
                    for (int step = 0; step < 12; step++)
                    {
                        for (int i = 0; i < n; i++)
                        {
                            float left = i > 0 ? u[i - 1] : 0;
                            float right = i + 1 < n ? u[i + 1] : 0;
                            next[i] = u[i] + k * (left - 2 * u[i] + right) - 0.05f * u[i] * u[i] * u[i];
                        }

                        float[] tmp = u;
                        u = next;
                        next = tmp;
                    }

                    float s = 0;
                    for (int i = 0; i < n; i++) s += u[i] * u[i] * (i + 1);
                    return s;
                }
                """),

            ArrayCase.FloatTwinOf(Double.Single(c => c.Name == "AsrSwapInElse"), """
                [Differentiable]
                public static float AsrSwapInElseFloat(float[] x, float a)
                {
                    int n = x.Length;
                    float[] u = new float[n];
                    float[] v = new float[n];
                    for (int i = 0; i < n; i++) { u[i] = x[i]; v[i] = -x[i]; }
                    for (int s = 0; s < 5; s++)
                    {
                        for (int i = 0; i < n; i++) u[i] = u[i] * a + v[i] * v[i] * 0.25f;
                        if (s % 3 == 1)
                        {
                            for (int i = 0; i < n; i++) v[i] += a;
                        }
                        else
                        {
                            (u, v) = (v, u);
                        }
                    }

                    float t = 0;
                    for (int i = 0; i < n; i++) t += u[i] + 2 * v[i] * (i + 1);
                    return t;
                }
                """),

            ArrayCase.FloatTwinOf(Double.Single(c => c.Name == "AsrStackallocSpanSwap"), """
                [Differentiable]
                public static float AsrStackallocSpanSwapFloat(float[] x, float a)
                {
                    int n = x.Length;
                    Span<float> u = stackalloc float[n];
                    Span<float> v = stackalloc float[n];
                    for (int i = 0; i < n; i++) u[i] = x[i];
                    for (int s = 0; s < 3; s++)
                    {
                        for (int i = 0; i < n; i++) v[i] = u[i] * u[i] * 0.3f + a * (i > 0 ? u[i - 1] : 1);
                        Span<float> tmp = u;
                        u = v;
                        v = tmp;
                    }

                    float t = 0;
                    for (int i = 0; i < n; i++) t += u[i] * (i + 1) + v[i];
                    return t;
                }
                """),

            ArrayCase.FloatTwinOf(Double.Single(c => c.Name == "AsrForeachSwapInside"), """
                [Differentiable]
                public static float AsrForeachSwapInsideFloat(float[] x, float a)
                {
                    int n = x.Length;
                    float[] u = new float[n];
                    float[] v = new float[n];
                    for (int i = 0; i < n; i++) { u[i] = x[i] * a; v[i] = x[i] + a * a; }
                    float s = 0;
                    foreach (float e in u)
                    {
                        s += e * e + a * e;
                        (u, v) = (v, u);
                    }

                    for (int i = 0; i < n; i++) s += 0.5f * u[i] - v[i] * a;
                    return s;
                }
                """),
        };

        /// <summary>Swaps the lowering should decline (DIFF015).</summary>
        public static readonly ArrayCase[] Declined =
        {
            // A rotation of three through one temporary.
            new ArrayCase("AsrRotateThreeTemp", """
                [Differentiable]
                public static double AsrRotateThreeTemp(double[] x, double a)
                {
                    int n = x.Length;
                    double[] p = new double[n];
                    double[] q = new double[n];
                    double[] w = new double[n];
                    for (int i = 0; i < n; i++) { p[i] = x[i]; q[i] = a * x[i]; w[i] = a; }
                    double[] tmp = p;
                    p = q;
                    q = w;
                    w = tmp;
                    double s = 0;
                    for (int i = 0; i < n; i++) s += p[i] * 3 + q[i] * 2 + w[i] * w[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // A rotation of three by a tuple.
            new ArrayCase("AsrRotateThreeTuple", """
                [Differentiable]
                public static double AsrRotateThreeTuple(double[] x, double a)
                {
                    int n = x.Length;
                    double[] p = new double[n];
                    double[] q = new double[n];
                    double[] w = new double[n];
                    for (int i = 0; i < n; i++) { p[i] = x[i]; q[i] = a * x[i]; w[i] = a; }
                    (p, q, w) = (q, w, p);
                    double s = 0;
                    for (int i = 0; i < n; i++) s += p[i] * 3 + q[i] * 2 + w[i] * w[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // The tuple rotation inside an if (taken apart like one holding a loop).
            new ArrayCase("AsrRotateThreeTupleInIf", """
                [Differentiable]
                public static double AsrRotateThreeTupleInIf(double[] x, double a)
                {
                    int n = x.Length;
                    double[] p = new double[n];
                    double[] q = new double[n];
                    double[] w = new double[n];
                    for (int i = 0; i < n; i++) { p[i] = x[i]; q[i] = a * x[i]; w[i] = a; }
                    if (n > 1)
                    {
                        (p, q, w) = (q, w, p);
                    }

                    double s = 0;
                    for (int i = 0; i < n; i++) s += p[i] * 3 + q[i] * 2 + w[i] * w[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // new double[n] and new double[x.Length] with n = x.Length: the same length, written differently.
            new ArrayCase("AsrLengthsWrittenDifferently", """
                [Differentiable]
                public static double AsrLengthsWrittenDifferently(double[] x, double a)
                {
                    int n = x.Length;
                    double[] u = new double[n];
                    double[] v = new double[x.Length];
                    for (int i = 0; i < n; i++) u[i] = a * x[i];
                    (u, v) = (v, u);
                    double s = 0;
                    for (int i = 0; i < n; i++) s += v[i] * v[i] + u[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // The length's local changed between the two arrays.
            new ArrayCase("AsrLengthLocalChanged", """
                [Differentiable]
                public static double AsrLengthLocalChanged(double[] x, double a)
                {
                    int n = x.Length;
                    double[] u = new double[n];
                    n = n + 1;
                    double[] v = new double[n];
                    for (int i = 0; i < x.Length; i++) u[i] = a * x[i];
                    (u, v) = (v, u);
                    double s = 0;
                    for (int i = 0; i < x.Length; i++) s += v[i] * v[i] + u[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // The temporary declared before and assigned.
            new ArrayCase("AsrTemporaryAssigned", """
                [Differentiable]
                public static double AsrTemporaryAssigned(double[] x, double a)
                {
                    int n = x.Length;
                    double[] u = new double[n];
                    double[] v = new double[n];
                    double[] tmp;
                    for (int i = 0; i < n; i++) u[i] = a * x[i];
                    tmp = u;
                    u = v;
                    v = tmp;
                    double s = 0;
                    for (int i = 0; i < n; i++) s += v[i] * v[i] + u[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // Arrays given their elements.
            new ArrayCase("AsrGivenElementsSwap", """
                [Differentiable]
                public static double AsrGivenElementsSwap(double[] x, double a)
                {
                    double[] u = { a, 2 * a, 3 };
                    double[] v = { 1, a * a, 0.5 };
                    for (int it = 0; it < 2; it++)
                    {
                        for (int i = 0; i < 3; i++) v[i] = v[i] + u[i] * a;
                        (u, v) = (v, u);
                    }

                    double s = 0;
                    for (int i = 0; i < 3; i++) s += u[i] * (i + 1) + v[i];
                    for (int i = 0; i < x.Length; i++) s += x[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // The temporary read between the assignments.
            new ArrayCase("AsrTemporaryReadBetween", """
                [Differentiable]
                public static double AsrTemporaryReadBetween(double[] x, double a)
                {
                    int n = x.Length;
                    double[] u = new double[n];
                    double[] v = new double[n];
                    for (int i = 0; i < n; i++) u[i] = a * x[i];
                    double s = 0;
                    for (int it = 0; it < 2; it++)
                    {
                        double[] tmp = u;
                        u = v;
                        v = tmp;
                        for (int i = 0; i < n; i++) s += tmp[i] * a;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // One array also assigned a fresh array elsewhere.
            new ArrayCase("AsrAlsoAssignedNew", """
                [Differentiable]
                public static double AsrAlsoAssignedNew(double[] x, double a)
                {
                    int n = x.Length;
                    double[] u = new double[n];
                    double[] v = new double[n];
                    for (int i = 0; i < n; i++) u[i] = a * x[i];
                    (u, v) = (v, u);
                    u = new double[n];
                    double s = 0;
                    for (int i = 0; i < n; i++) s += v[i] * v[i] + u[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // A local array and a parameter.
            new ArrayCase("AsrSwapWithParameter", """
                [Differentiable]
                public static double AsrSwapWithParameter(double[] x, double a)
                {
                    double[] u = new double[x.Length];
                    for (int i = 0; i < x.Length; i++) u[i] = a * x[i];
                    (u, x) = (x, u);
                    double s = 0;
                    for (int i = 0; i < u.Length; i++) s += u[i] * x[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1) }),

            // A swap in an unbraced switch section through a temporary.
            new ArrayCase("AsrTempSwapInUnbracedSection", """
                [Differentiable]
                public static double AsrTempSwapInUnbracedSection(double[] x, double a, int mode)
                {
                    int n = x.Length;
                    double[] u = new double[n];
                    double[] v = new double[n];
                    for (int i = 0; i < n; i++) { u[i] = a * x[i]; v[i] = x[i]; }
                    switch (mode)
                    {
                        case 0:
                            double[] tmp = u;
                            u = v;
                            v = tmp;
                            break;
                    }

                    double s = 0;
                    for (int i = 0; i < n; i++) s += u[i] * u[i] + v[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1), r.Next(2) }),

        };
    }
}
