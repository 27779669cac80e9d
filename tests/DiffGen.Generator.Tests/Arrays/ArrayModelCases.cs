using System;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>Model code: losses, regularized regression, a two-layer perceptron, local arrays.</summary>
    public static class ArrayModelCases
    {
        public static readonly ArrayCase[] All =
        {
            // Numerically stable softmax cross-entropy: log Σ exp(z − m) + m − z[label], m the running max.
            new ArrayCase(
                "SoftmaxCrossEntropy",
                """
                [Differentiable]
                public static double SoftmaxCrossEntropy(double[] z, int label)
                {
                    double m = z[0];
                    for (int i = 1; i < z.Length; i++)
                    {
                        m = Math.Max(m, z[i]);
                    }

                    double s = 0;
                    for (int i = 0; i < z.Length; i++)
                    {
                        s += Math.Exp(z[i] - m);
                    }

                    return m + Math.Log(s) - z[label];
                }
                """,
                (r, n) => new object[] { Vector(r, n, -3, 3), r.Next(n) })
            {
                Sizes = ArrayCase.NonEmpty,
            },

            // Linear softmax classifier: logits W·x in a local array (classes × features, flat), then the max trick.
            new ArrayCase(
                "SoftmaxRegression",
                """
                [Differentiable("w")]
                public static double SoftmaxRegression(double[] w, double[] x, int label, int classes)
                {
                    double[] logits = new double[classes];
                    for (int k = 0; k < classes; k++)
                    {
                        double z = 0;
                        for (int j = 0; j < x.Length; j++)
                        {
                            z += w[k * x.Length + j] * x[j];
                        }

                        logits[k] = z;
                    }

                    double m = logits[0];
                    for (int k = 1; k < classes; k++)
                    {
                        m = Math.Max(m, logits[k]);
                    }

                    double s = 0;
                    for (int k = 0; k < classes; k++)
                    {
                        s += Math.Exp(logits[k] - m);
                    }

                    return m + Math.Log(s) - logits[label];
                }
                """,
                (r, n) =>
                {
                    int classes = 2 + (n % 3);
                    return new object[] { Vector(r, classes * n), Vector(r, n), r.Next(classes), classes };
                }),

            // Ridge regression: mean squared error over 4 samples (rows of x) + λ·Σw².
            new ArrayCase(
                "Ridge",
                """
                [Differentiable("w", "b")]
                public static double Ridge(double[] w, double b, double[] x, double[] y, double lambda)
                {
                    double loss = 0;
                    for (int i = 0; i < y.Length; i++)
                    {
                        double z = b;
                        for (int j = 0; j < w.Length; j++)
                        {
                            z += w[j] * x[i * w.Length + j];
                        }

                        double e = z - y[i];
                        loss += e * e;
                    }

                    double penalty = 0;
                    for (int j = 0; j < w.Length; j++)
                    {
                        penalty += w[j] * w[j];
                    }

                    return loss / y.Length + lambda * penalty;
                }
                """,
                (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1), Vector(r, 4 * n), Vector(r, 4), Uniform(r, 0.1, 1) }),

            // Hinge loss through if, away from the hinge (|1 − y·(w·x + b)| > 0.25).
            new ArrayCase(
                "Hinge",
                """
                [Differentiable("w", "b")]
                public static double Hinge(double[] w, double b, double[] x, double y)
                {
                    double s = b;
                    for (int i = 0; i < w.Length; i++)
                    {
                        s += w[i] * x[i];
                    }

                    double margin = 1 - y * s;
                    double loss = 0;
                    if (margin > 0)
                    {
                        loss = margin;
                    }

                    return loss;
                }
                """,
                (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1), Vector(r, n, -1, 1), Sign(r) })
            {
                Accept = AwayFromHinge,
            },

            new ArrayCase(
                "HingeMax",
                """
                [Differentiable("w", "b")]
                public static double HingeMax(double[] w, double b, double[] x, double y)
                {
                    double s = b;
                    for (int i = 0; i < w.Length; i++)
                    {
                        s += w[i] * x[i];
                    }

                    return Math.Max(0, 1 - y * s);
                }
                """,
                (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1), Vector(r, n, -1, 1), Sign(r) })
            {
                Accept = AwayFromHinge,
            },

            // Two-layer perceptron, squared error: tanh hidden layer in a local array (hidden × inputs weights, flat).
            new ArrayCase(
                "Perceptron",
                """
                [Differentiable("w1", "b1", "w2", "b2")]
                public static double Perceptron(double[] w1, double[] b1, double[] w2, double b2, double[] x, double y, int inputs, int hidden)
                {
                    double[] h = new double[hidden];
                    for (int j = 0; j < hidden; j++)
                    {
                        double z = b1[j];
                        for (int i = 0; i < inputs; i++)
                        {
                            z += w1[j * inputs + i] * x[i];
                        }

                        h[j] = Math.Tanh(z);
                    }

                    double output = b2;
                    for (int j = 0; j < hidden; j++)
                    {
                        output += w2[j] * h[j];
                    }

                    double e = output - y;
                    return 0.5 * e * e;
                }
                """,
                Perceptron),

            // The same with a stackalloc hidden layer, every parameter differentiated (x and y too).
            new ArrayCase(
                "PerceptronStackalloc",
                """
                [Differentiable]
                public static double PerceptronStackalloc(double[] w1, double[] b1, double[] w2, double b2, double[] x, double y, int inputs, int hidden)
                {
                    Span<double> h = stackalloc double[hidden];
                    for (int j = 0; j < hidden; j++)
                    {
                        double z = b1[j];
                        for (int i = 0; i < inputs; i++)
                        {
                            z += w1[j * inputs + i] * x[i];
                        }

                        h[j] = Math.Tanh(z);
                    }

                    double output = b2;
                    for (int j = 0; j < hidden; j++)
                    {
                        output += w2[j] * h[j];
                    }

                    double e = output - y;
                    return 0.5 * e * e;
                }
                """,
                Perceptron),

            // A local array written in one loop (deviations from the mean) and read in another.
            new ArrayCase(
                "Variance",
                """
                [Differentiable]
                public static double Variance(double[] x)
                {
                    double mean = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        mean += x[i];
                    }

                    mean /= x.Length;
                    double[] d = new double[x.Length];
                    for (int i = 0; i < x.Length; i++)
                    {
                        d[i] = x[i] - mean;
                    }

                    double v = 0;
                    for (int i = 0; i < d.Length; i++)
                    {
                        v += d[i] * d[i];
                    }

                    return v / x.Length;
                }
                """,
                (r, n) => new object[] { Vector(r, n) })
            {
                Sizes = ArrayCase.NonEmpty,
            },

            // A stackalloc'd local written with running sums in one loop, read in the next.
            new ArrayCase(
                "PrefixSines",
                """
                [Differentiable]
                public static double PrefixSines(double[] x)
                {
                    Span<double> t = stackalloc double[x.Length];
                    double acc = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        acc += x[i];
                        t[i] = acc;
                    }

                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += Math.Sin(t[i]);
                    }

                    return s;
                }
                """,
                (r, n) => new object[] { Vector(r, n, -1, 1) }),

            // A local array of sines weighting the inputs (the double twin of SineWeightedFloat).
            new ArrayCase(
                "SineWeighted",
                """
                [Differentiable]
                public static double SineWeighted(double[] x)
                {
                    double[] t = new double[x.Length];
                    for (int i = 0; i < x.Length; i++)
                    {
                        t[i] = Math.Sin(x[i]);
                    }

                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += t[i] * x[i];
                    }

                    return s;
                }
                """,
                (r, n) => new object[] { Vector(r, n) }),
        };

        /// <summary>Arguments (w1, b1, w2, b2, x, y, inputs, hidden) with inputs = n and 1 to 4 hidden units.</summary>
        private static object[] Perceptron(Random r, int n)
        {
            int hidden = 1 + (n % 4);
            return new object[] { Vector(r, hidden * n, -1, 1), Vector(r, hidden, -1, 1), Vector(r, hidden, -1, 1), Uniform(r, -1, 1), Vector(r, n), Uniform(r, -1, 1), n, hidden };
        }

        /// <summary>(w, b, x, y): the margin 1 − y·(w·x + b) is at least 0.25 from the hinge, on either side.</summary>
        internal static bool AwayFromHinge(object[] a) =>
            Math.Abs(1 - ((double)a[3] * ((double)a[1] + Dot((double[])a[0], (double[])a[2])))) > 0.25;
    }
}
