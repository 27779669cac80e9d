using System;
using System.Linq;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// Multi-dimensional data (issue 13): <c>double[,]</c> and <c>double[][]</c> parameters, read as data (never
    /// differentiated, whether the attribute names parameters or not), with <c>GetLength</c>, <c>Length</c> and a
    /// row's <c>Length</c> as bounds, element reads with constant indices, and float twins.
    /// </summary>
    public static class MatrixDataCases
    {
        public static readonly ArrayCase[] Double =
        {
            // The design-matrix loss of the issue, by default: w, b and y differentiated, X data.
            new ArrayCase(
                "MdLinearLoss",
                """
                [Differentiable]
                public static double MdLinearLoss(double[] w, double b, double[,] X, double[] y)
                {
                    double sum = 0;
                    for (int i = 0; i < y.Length; i++)
                    {
                        double z = b;
                        for (int j = 0; j < w.Length; j++)
                        {
                            z += w[j] * X[i, j];
                        }

                        double r = z - y[i];
                        sum += r * r;
                    }

                    return sum / y.Length;
                }
                """,
                (r, n) => new object[] { Vector(r, 3), Uniform(r, -1, 1), Matrix(r, n, 3), Vector(r, n) })
            {
                Sizes = ArrayCase.NonEmpty,
            },

            // The same with X named out of [Differentiable(...)], bounds from X itself.
            new ArrayCase(
                "MdLinearLossNamed",
                """
                [Differentiable(nameof(w), nameof(b))]
                public static double MdLinearLossNamed(double[] w, double b, double[,] X, double[] y)
                {
                    double sum = 0;
                    for (int i = 0; i < X.GetLength(0); i++)
                    {
                        double z = b;
                        for (int j = 0; j < X.GetLength(1); j++)
                        {
                            z += w[j] * X[i, j];
                        }

                        double r = z - y[i];
                        sum += r * r;
                    }

                    return sum / X.GetLength(0);
                }
                """,
                (r, n) => new object[] { Vector(r, 4), Uniform(r, -1, 1), Matrix(r, n, 4), Vector(r, n) })
            {
                Sizes = ArrayCase.NonEmpty,
            },

            // Jagged rows of different lengths: X.Length rows, X[i].Length columns, X[i][j] elements.
            new ArrayCase(
                "MdJaggedLoss",
                """
                [Differentiable("w", "b")]
                public static double MdJaggedLoss(double[] w, double b, double[][] X, double[] y)
                {
                    double sum = 0;
                    for (int i = 0; i < X.Length; i++)
                    {
                        double z = b;
                        for (int j = 0; j < X[i].Length; j++)
                        {
                            z += w[j] * X[i][j];
                        }

                        double r = z - y[i];
                        sum += r * r;
                    }

                    return sum / X.Length;
                }
                """,
                (r, n) => new object[] { Vector(r, 5), Uniform(r, -1, 1), Jagged(r, n, 5), Vector(r, n) })
            {
                Sizes = ArrayCase.NonEmpty,
            },

            // Logistic regression over a design matrix: a transcendental per sample (store or recompute), labels as data.
            new ArrayCase(
                "MdLogistic",
                """
                [Differentiable("w", "b")]
                public static double MdLogistic(double[] w, double b, double[,] X, double[] y)
                {
                    double loss = 0;
                    int n = X.GetLength(0);
                    for (int i = 0; i < n; i++)
                    {
                        double z = b;
                        for (int j = 0; j < w.Length; j++)
                        {
                            z += X[i, j] * w[j];
                        }

                        double p = 1 / (1 + Math.Exp(-z));
                        loss -= y[i] * Math.Log(p) + (1 - y[i]) * Math.Log(1 - p);
                    }

                    return loss / n + 0.01 * b * b;
                }
                """,
                (r, n) => new object[] { Vector(r, 3, -1, 1), Uniform(r, -1, 1), Matrix(r, n, 3), Enumerable.Range(0, n).Select(_ => (double)r.Next(2)).ToArray() })
            {
                Sizes = ArrayCase.NonEmpty,
            },

            // A quadratic form xᵀAx + a running maximum over the rows of a jagged table: A and T data.
            new ArrayCase(
                "MdQuadraticForm",
                """
                [Differentiable]
                public static double MdQuadraticForm(double[] x, double[,] A, double[][] T)
                {
                    double q = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        for (int j = 0; j < x.Length; j++)
                        {
                            q += A[i, j] * x[i] * x[j];
                        }
                    }

                    double m = 0;
                    for (int i = 0; i < T.Length; i++)
                    {
                        double t = T[i][0] * x[i % x.Length] + T[i][T[i].Length - 1];
                        m = Math.Max(m, Math.Sin(t));
                    }

                    return q + m;
                }
                """,
                (r, n) => new object[] { Vector(r, n), Matrix(r, n, n), Jagged(r, n + 1, 3, minimum: 1) })
            {
                Sizes = ArrayCase.NonEmpty,
                Accept = a => MaxIsSeparated((double[])a[0], (double[][])a[2]),
            },

            // A loop-free method reading elements at constant indices, with a scalar parameter of each kind.
            new ArrayCase(
                "MdConstantIndices",
                """
                [Differentiable]
                public static double MdConstantIndices(double x, double y, double[,] A, double[][] B)
                {
                    double u = A[0, 0] * x * x + A[0, 1] * x * y + A[1, 1] * Math.Sin(y);
                    return u * B[1][0] + Math.Exp(B[0][1] * x);
                }
                """,
                (r, n) => new object[] { Uniform(r, -1, 1), Uniform(r, -1, 1), Matrix(r, 2, 2), Jagged(r, 2, 2, minimum: 2) })
            {
                Sizes = ArrayCase.Scalar,
            },

            // A row chosen by an integer parameter, its columns read backwards: indices of a matrix element computed from data.
            new ArrayCase(
                "MdIndexedByData",
                """
                [Differentiable]
                public static double MdIndexedByData(double[] w, double[,] X, int row)
                {
                    double s = 0;
                    int last = X.GetLength(1) - 1;
                    for (int j = 0; j <= last; j++)
                    {
                        double v = X[row, last - j] * w[j];
                        s += v * v;
                    }

                    return Math.Sqrt(s + 1);
                }
                """,
                (r, n) => new object[] { Vector(r, n), Matrix(r, 3, n), r.Next(3) })
            {
                Sizes = ArrayCase.WithEmpty,
            },
        };

        public static readonly ArrayCase[] Float =
        {
            Twin(
                "MdLinearLoss",
                """
                [Differentiable]
                public static float MdLinearLossFloat(float[] w, float b, float[,] X, float[] y)
                {
                    float sum = 0;
                    for (int i = 0; i < y.Length; i++)
                    {
                        float z = b;
                        for (int j = 0; j < w.Length; j++)
                        {
                            z += w[j] * X[i, j];
                        }

                        float r = z - y[i];
                        sum += r * r;
                    }

                    return sum / y.Length;
                }
                """),

            Twin(
                "MdJaggedLoss",
                """
                [Differentiable("w", "b")]
                public static float MdJaggedLossFloat(float[] w, float b, float[][] X, float[] y)
                {
                    float sum = 0;
                    for (int i = 0; i < X.Length; i++)
                    {
                        float z = b;
                        for (int j = 0; j < X[i].Length; j++)
                        {
                            z += w[j] * X[i][j];
                        }

                        float r = z - y[i];
                        sum += r * r;
                    }

                    return sum / X.Length;
                }
                """),

            Twin(
                "MdConstantIndices",
                """
                [Differentiable]
                public static float MdConstantIndicesFloat(float x, float y, float[,] A, float[][] B)
                {
                    float u = A[0, 0] * x * x + A[0, 1] * x * y + A[1, 1] * MathF.Sin(y);
                    return u * B[1][0] + MathF.Exp(B[0][1] * x);
                }
                """),
        };

        /// <summary>rows × columns values in [−2, 2].</summary>
        public static double[,] Matrix(Random random, int rows, int columns)
        {
            var m = new double[rows, columns];
            for (int i = 0; i < rows; i++)
            {
                for (int j = 0; j < columns; j++)
                {
                    m[i, j] = Uniform(random, -2, 2);
                }
            }

            return m;
        }

        /// <summary><paramref name="rows"/> rows of between <paramref name="minimum"/> and <paramref name="columns"/> values in [−2, 2].</summary>
        public static double[][] Jagged(Random random, int rows, int columns, int minimum = 0) =>
            Enumerable.Range(0, rows).Select(_ => Vector(random, random.Next(minimum, columns + 1))).ToArray();

        /// <summary>The running maximum of MdQuadraticForm does not flip within the finite-difference step.</summary>
        private static bool MaxIsSeparated(double[] x, double[][] t)
        {
            double[] values = t.Select((row, i) => Math.Sin((row[0] * x[i % x.Length]) + row[row.Length - 1])).Append(0.0).OrderByDescending(v => v).ToArray();
            return values[0] - values[1] > 1e-3;
        }

        private static ArrayCase Twin(string doubleTwin, string source) => ArrayCase.FloatTwinOf(Double.Single(c => c.Name == doubleTwin), source);
    }
}
