using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// A recomputed iteration runs the writes it undid again only where something reads their values
    /// (<c>Analysis/UnreadReplays</c>): an LMS-style update read by nothing after it is not run again; a read after the
    /// write, a write reading another element, a read in a later iteration of the write's own loop, and a tanh whose
    /// element stands for its value keep the writes run again. Each against Richardson differences.
    /// </summary>
    public static class UnreadReplayCases
    {
        public static readonly ArrayCase[] Double =
        {
            // Read by nothing once written: the recomputed iteration leaves the update out.
            new ArrayCase("UrLmsUpdate", """
                [Differentiable]
                public static double UrLmsUpdate(double mu, double[] w0, double[] x)
                {
                    int m = w0.Length;
                    double[] w = new double[m];
                    for (int k = 0; k < m; k++)
                    {
                        w[k] = w0[k];
                    }

                    double sse = 0;
                    for (int t = 0; t < x.Length; t++)
                    {
                        double y = 0;
                        for (int k = 0; k < m; k++)
                        {
                            y += w[k] * x[(t + k) % x.Length];
                        }

                        double e = Math.Sin(t) - y;
                        sse += e * e;
                        for (int k = 0; k < m; k++)
                        {
                            w[k] += mu * e * x[(t + k) % x.Length];
                        }
                    }

                    return sse;
                }
                """, (r, n) => new object[] { Uniform(r, 0, 0.2), Vector(r, 3), Vector(r, n + 1) }),

            // Read after the update in the same iteration: the update runs again.
            new ArrayCase("UrReadAfterUpdate", """
                [Differentiable]
                public static double UrReadAfterUpdate(double mu, double[] w0, double[] x)
                {
                    int m = w0.Length;
                    double[] w = new double[m];
                    for (int k = 0; k < m; k++)
                    {
                        w[k] = w0[k];
                    }

                    double s = 0;
                    for (int t = 0; t < x.Length; t++)
                    {
                        double y = w[0] * x[t];
                        for (int k = 0; k < m; k++)
                        {
                            w[k] += mu * y * x[t];
                        }

                        s += w[m - 1] * w[0] * y;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Uniform(r, 0, 0.2), Vector(r, 3), Vector(r, n + 1) }),

            // A write reading the element another iteration of its loop wrote: the writes run again.
            new ArrayCase("UrShiftedWrite", """
                [Differentiable]
                public static double UrShiftedWrite(double a, double[] x)
                {
                    double[] h = new double[4];
                    double s = 0;
                    for (int t = 0; t < x.Length; t++)
                    {
                        s += h[3] * x[t];
                        h[0] += a * x[t];
                        for (int k = 1; k < 4; k++)
                        {
                            h[k] = h[k - 1] * a + x[t];
                        }
                    }

                    return s + h[2] * h[3];
                }
                """, (r, n) => new object[] { Uniform(r, -0.9, 0.9), Vector(r, n + 1) }),

            // A read before the write in the loop's body, of an element an earlier iteration wrote: the writes run again.
            new ArrayCase("UrReadInTheWritesLoop", """
                [Differentiable]
                public static double UrReadInTheWritesLoop(double a, double[] x)
                {
                    double[] h = new double[3];
                    double s = 0;
                    for (int t = 0; t < x.Length; t++)
                    {
                        for (int k = 0; k < 3; k++)
                        {
                            s += h[0] * h[k] * x[t];
                            h[k] += a * x[t];
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { Uniform(r, -1, 1), Vector(r, n + 1) }),

            // tanh' = 1 − h², read off the element the write leaves: the writes run again.
            new ArrayCase("UrElementStandsForItsValue", """
                [Differentiable]
                public static double UrElementStandsForItsValue(double a, double[] x)
                {
                    double[] h = new double[3];
                    double s = 0;
                    for (int t = 0; t < x.Length; t++)
                    {
                        s += h[0] * x[t] + h[2];
                        for (int k = 0; k < 3; k++)
                        {
                            h[k] = Math.Tanh(a * h[k] + x[t]);
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { Uniform(r, -1, 1), Vector(r, n + 1) }),
        };
    }
}
