using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// A reduction loop followed by statements that do not depend on it (the GMM's per-point log-sum-exp, then its prior
    /// terms): the gradient moves the loop last and runs it forward and backward in one pass. Near misses keep the source's
    /// order and two sweeps: a later loop that reads the reduction's result, one that refills a buffer the reduction
    /// reads, one whose result the reduction would need. Buffers an inner loop fills anew for each component (the GMM's
    /// centred point) leave the iterations independent. The catalog checks every output entry against finite differences.
    /// </summary>
    public static class ReorderedReductionCases
    {
        public static readonly ArrayCase[] All =
        {
            // The reduction, then an independent loop and a scalar: moved last, fused. Both loops count with i.
            new ArrayCase("RrIndependentTail", """
                [Differentiable("w")]
                public static double RrIndependentTail(double[] w, double[] x)
                {
                    double sum = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double r = Math.Tanh(w[i % w.Length] * x[i]);
                        sum += r * r;
                    }

                    double prior = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        prior += Math.Exp(w[i]);
                    }

                    double half = 0.5 * prior;
                    return sum / (x.Length + 1) + half;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Vector(r, 2 * n, -1, 1) }),

            // A buffer renewed per component by an inner loop, read only inside it, then an independent prior.
            new ArrayCase("RrRenewedBuffer", """
                [Differentiable("means")]
                public static double RrRenewedBuffer(double[] means, double[] x)
                {
                    int d = 2;
                    int k = means.Length / d;
                    int n = x.Length / d;
                    double[] centred = new double[d];
                    double[] main = new double[k];
                    double total = 0;
                    for (int p = 0; p < n; p++)
                    {
                        for (int c = 0; c < k; c++)
                        {
                            for (int j = 0; j < d; j++)
                            {
                                centred[j] = x[p * d + j] - means[c * d + j];
                            }

                            double sq = 0;
                            for (int j = 0; j < d; j++)
                            {
                                sq += centred[j] * centred[j];
                            }

                            main[c] = -0.5 * sq;
                        }

                        double se = 0;
                        for (int c = 0; c < k; c++)
                        {
                            se += Math.Exp(main[c]);
                        }

                        total += Math.Log(se);
                    }

                    double prior = 0;
                    for (int c = 0; c < means.Length; c++)
                    {
                        prior += means[c] * means[c];
                    }

                    return total - 0.1 * prior;
                }
                """, (r, n) => new object[] { Vector(r, 4, -1, 1), Vector(r, 2 * n + 2, -1, 1) }),

            // Near miss: the later loop reads the reduction's sum, so the reduction stays where it is.
            new ArrayCase("RrTailReadsSum", """
                [Differentiable("w")]
                public static double RrTailReadsSum(double[] w)
                {
                    double sum = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        sum += w[i] * w[i];
                    }

                    double spread = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        spread += Math.Sin(w[i] * sum);
                    }

                    return sum + spread;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1) }),

            // Near miss: the later loop refills the buffer the reduction reads.
            new ArrayCase("RrTailRefillsBuffer", """
                [Differentiable("w")]
                public static double RrTailRefillsBuffer(double[] w)
                {
                    double[] buffer = new double[w.Length];
                    for (int i = 0; i < w.Length; i++)
                    {
                        buffer[i] = w[i] * 2;
                    }

                    double sum = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        sum += Math.Exp(buffer[i]);
                    }

                    for (int i = 0; i < w.Length; i++)
                    {
                        buffer[i] = w[i] * w[i];
                    }

                    double other = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        other += buffer[i] * w[i];
                    }

                    return sum + other;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1) }),

            // Near miss: movable, but the result squares the sum, so its adjoint needs the loop's result: not fused, so not moved.
            new ArrayCase("RrResultNeedsTheSum", """
                [Differentiable("w")]
                public static double RrResultNeedsTheSum(double[] w)
                {
                    double sum = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        double t = Math.Sin(w[i]);
                        sum += t * w[i];
                    }

                    double prior = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        prior += w[i] * w[i];
                    }

                    return sum * sum + prior;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1) }),

            // Near miss: a later loop changes what the reduction reads, so the reduction cannot run after it.
            new ArrayCase("RrTailWritesWhatItReads", """
                [Differentiable("w")]
                public static double RrTailWritesWhatItReads(double[] w)
                {
                    double scale = 0.5;
                    double sum = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        sum += Math.Cos(w[i] * scale);
                    }

                    for (int i = 0; i < w.Length; i++)
                    {
                        scale += w[i] * w[i];
                    }

                    return sum + scale;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1) }),
        };
    }
}
