using System;
using System.Linq;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// Logistic regression and layers over data arrays at extreme weights (issue 10, "overflow where
    /// the function is fine"): the scores z reach ±400 (±80 for the float twins' cases, exp(z)
    /// overflowing float at 88.7), where exp(−z) is huge but the losses and their gradients are
    /// finite. The loop methods take the program route; the samples are rows of x, four of them.
    /// </summary>
    public static class ExtremeArrayCases
    {
        private const int Samples = 4;

        public static readonly ArrayCase[] All =
        {
            // Σ log(1 + exp(−yᵢ·zᵢ)) over ±1 labels.
            Scores(
                "LogisticLossExtreme",
                """
                [Differentiable("w", "b")]
                public static double LogisticLossExtreme(double[] w, double b, double[] x, double[] y)
                {
                    int n = w.Length;
                    double loss = 0;
                    for (int i = 0; i < y.Length; i++)
                    {
                        double z = b;
                        for (int j = 0; j < n; j++)
                        {
                            z += w[j] * x[i * n + j];
                        }

                        loss += Math.Log(1 + Math.Exp(-y[i] * z));
                    }

                    return loss;
                }
                """,
                limit: 600,
                labels: r => Sign(r),
                finite: (z, y) => true,
                extreme: (z, y) => Math.Abs(z) >= 360),

            // Binary cross-entropy through p = σ(z) in a local, with 0/1 labels: a confidently wrong
            // sample (y = 1, z ≈ −400) costs about 400. Scores stay below 30 (where 1 − p is 0 and
            // 0·log(1 − p) is NaN), and below 5 for a label 0, where log(1 − p) counts and 1 − p is exact.
            Scores(
                "CrossEntropyExtreme",
                CrossEntropy("CrossEntropyExtreme", "double", "Math"),
                limit: 600,
                labels: r => r.Next(2),
                finite: (z, y) => z < (y == 1 ? 30 : 5),
                extreme: (z, y) => y == 1 && z <= -360,
                negative: true),

            // The same with |z| up to 80, the range the float twin can hold (in float 1 − p is 0 from z ≈ 17).
            Scores(
                "CrossEntropyFloatRange",
                CrossEntropy("CrossEntropyFloatRange", "double", "Math"),
                limit: 80,
                labels: r => r.Next(2),
                finite: (z, y) => z < (y == 1 ? 15 : 5),
                extreme: (z, y) => y == 1 && z <= -48,
                negative: true),

            // Logistic units, σ written inline in a sum weighted by y: Σ yᵢ·σ(zᵢ).
            Scores(
                "LogisticLayerExtreme",
                """
                [Differentiable("w", "b")]
                public static double LogisticLayerExtreme(double[] w, double b, double[] x, double[] y)
                {
                    int n = w.Length;
                    double s = 0;
                    for (int i = 0; i < y.Length; i++)
                    {
                        double z = b;
                        for (int j = 0; j < n; j++)
                        {
                            z += w[j] * x[i * n + j];
                        }

                        s += y[i] / (1 + Math.Exp(-z));
                    }

                    return s;
                }
                """,
                limit: 600,
                labels: r => Uniform(r, -2, 2),
                finite: (z, y) => true,
                extreme: (z, y) => Math.Abs(z) >= 360),

            // A tanh layer saturated far past its knee.
            Scores(
                "TanhLayerExtreme",
                """
                [Differentiable("w", "b")]
                public static double TanhLayerExtreme(double[] w, double b, double[] x, double[] y)
                {
                    int n = w.Length;
                    double s = 0;
                    for (int i = 0; i < y.Length; i++)
                    {
                        double z = b;
                        for (int j = 0; j < n; j++)
                        {
                            z += w[j] * x[i * n + j];
                        }

                        double h = Math.Tanh(z);
                        s += y[i] * h;
                    }

                    return s;
                }
                """,
                limit: 600,
                labels: r => Uniform(r, -2, 2),
                finite: (z, y) => true,
                extreme: (z, y) => Math.Abs(z) >= 360),
        };

        /// <summary>Float twins, at the double cases' points rounded to float.</summary>
        public static readonly ArrayCase[] Float =
        {
            new ArrayCase("CrossEntropyFloat", CrossEntropy("CrossEntropyFloat", "float", "MathF"), Find("CrossEntropyFloatRange").Arguments)
            {
                Sizes = Find("CrossEntropyFloatRange").Sizes,
                Accept = Find("CrossEntropyFloatRange").Accept,
                DoubleTwin = "CrossEntropyFloatRange",
            },
        };

        private static ArrayCase Find(string name) => All.Single(c => c.Name == name);

        private static string CrossEntropy(string name, string type, string math) =>
            $$"""
            [Differentiable("w", "b")]
            public static {{type}} {{name}}({{type}}[] w, {{type}} b, {{type}}[] x, {{type}}[] y)
            {
                int n = w.Length;
                {{type}} loss = 0;
                for (int i = 0; i < y.Length; i++)
                {
                    {{type}} z = b;
                    for (int j = 0; j < n; j++)
                    {
                        z += w[j] * x[i * n + j];
                    }

                    {{type}} p = 1 / (1 + {{math}}.Exp(-z));
                    loss -= y[i] * {{math}}.Log(p) + (1 - y[i]) * {{math}}.Log(1 - p);
                }

                return loss;
            }
            """;

        /// <summary>
        /// A case of the shape (w, b, x, y): n weights, a bias, <see cref="Samples"/> rows of x, a label
        /// per row. The bias is about half the <paramref name="limit"/> (negative, or of either sign) and
        /// the weights make w·xᵢ at most half of it, so the scores zᵢ reach up to the limit. A point is
        /// kept when the loss is <paramref name="finite"/> for every (score, label) and some (score, label)
        /// is <paramref name="extreme"/>: beyond where exp(|z|)² overflows (354.9 in double, 44.4 in
        /// float), so that a derivative with a squared denominator would be NaN or 0 there.
        /// </summary>
        private static ArrayCase Scores(string name, string source, double limit, Func<Random, double> labels, Func<double, double, bool> finite, Func<double, double, bool> extreme, bool negative = false) =>
            new ArrayCase(
                name,
                source,
                (r, n) =>
                {
                    double scale = limit / (4 * Math.Max(1, n));
                    double bias = (negative ? -1 : Sign(r)) * Uniform(r, 0.45, 0.5) * limit;
                    double[] y = Enumerable.Range(0, Samples).Select(_ => labels(r)).ToArray();
                    return new object[] { Vector(r, n, -scale, scale), bias, Vector(r, Samples * n, -2, 2), y };
                })
            {
                Sizes = new[] { 1, 2, 3, 5 },
                Accept = arguments =>
                {
                    double[] z = ScoresOf(arguments);
                    var y = (double[])arguments[3];
                    return z.All(s => Math.Abs(s) <= limit) && z.Zip(y, finite).All(ok => ok) && z.Zip(y, extreme).Any(ok => ok);
                },
            };

        private static double[] ScoresOf(object[] arguments)
        {
            var w = (double[])arguments[0];
            double b = (double)arguments[1];
            var x = (double[])arguments[2];
            return Enumerable.Range(0, Samples).Select(i => b + Dot(w, x.Skip(i * w.Length).Take(w.Length).ToArray())).ToArray();
        }
    }
}
