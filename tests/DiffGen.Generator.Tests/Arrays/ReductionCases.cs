using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>Reductions of arrays to one number: sums, products, recurrences, a norm, a mean.</summary>
    public static class ReductionCases
    {
        public static readonly ArrayCase[] All =
        {
            new ArrayCase(
                "Dot",
                """
                [Differentiable]
                public static double Dot(double[] w, double[] x)
                {
                    double s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        s += w[i] * x[i];
                    }

                    return s;
                }
                """,
                (r, n) => new object[] { Vector(r, n), Vector(r, n) }),

            // |x| has a kink at 0: elements away from it. At length 0 the value is √0 and the gradient is empty.
            new ArrayCase(
                "L2Norm",
                """
                [Differentiable]
                public static double L2Norm(double[] x)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += x[i] * x[i];
                    }

                    return Math.Sqrt(s);
                }
                """,
                (r, n) => new object[] { AwayFromZero(r, n) }),

            // The smallest sum whose accumulator starts at a scalar parameter: ∂s/∂b is 1 and stays 1 through the loop.
            new ArrayCase(
                "BiasedSum",
                """
                [Differentiable]
                public static double BiasedSum(double[] w, double b)
                {
                    double s = b;
                    for (int i = 0; i < w.Length; i++)
                    {
                        s += w[i];
                    }

                    return s;
                }
                """,
                (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            // p *= x[i]: the empty product is 1; signs mixed.
            new ArrayCase(
                "Product",
                """
                [Differentiable]
                public static double Product(double[] x)
                {
                    double p = 1;
                    for (int i = 0; i < x.Length; i++)
                    {
                        p *= x[i];
                    }

                    return p;
                }
                """,
                (r, n) => new object[] { AwayFromZero(r, n, 0.5, 1.5) }),

            // Horner's rule, highest coefficient first: acc = acc·x + c[i] (a recurrence in a scalar parameter).
            new ArrayCase(
                "Horner",
                """
                [Differentiable]
                public static double Horner(double[] c, double x)
                {
                    double acc = 0;
                    for (int i = 0; i < c.Length; i++)
                    {
                        acc = acc * x + c[i];
                    }

                    return acc;
                }
                """,
                (r, n) => new object[] { Vector(r, n), Uniform(r, -1.5, 1.5) }),

            // Mean squared error of a line through data arrays: only the scalars m, b are differentiated.
            new ArrayCase(
                "Mse",
                """
                [Differentiable("m", "b")]
                public static double Mse(double m, double b, double[] x, double[] y)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double e = m * x[i] + b - y[i];
                        s += e * e;
                    }

                    return s / x.Length;
                }
                """,
                (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2), Vector(r, n), Vector(r, n) })
            {
                Sizes = ArrayCase.NonEmpty,
            },

            // The same over spans: ReadOnlySpan<double> parameters.
            new ArrayCase(
                "DotSpan",
                """
                [Differentiable]
                public static double DotSpan(ReadOnlySpan<double> w, ReadOnlySpan<double> x)
                {
                    double s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        s += w[i] * x[i];
                    }

                    return s;
                }
                """,
                (r, n) => new object[] { Vector(r, n), Vector(r, n) }),

            // A Span<double> parameter that is only read, with a differentiated scalar.
            new ArrayCase(
                "ScaledSquaresSpan",
                """
                [Differentiable]
                public static double ScaledSquaresSpan(Span<double> x, double scale)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += scale * x[i] * x[i];
                    }

                    return s;
                }
                """,
                (r, n) => new object[] { Vector(r, n), Uniform(r, 0.5, 2) }),
        };
    }
}
