namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// float[] and ReadOnlySpan&lt;float&gt; versions of double cases, with MathF. As in the scalar
    /// float tests, the oracle is the double twin at the same (float-rounded) point.
    /// </summary>
    public static class FloatArrayCases
    {
        public static readonly ArrayCase[] All =
        {
            Twin(
                "Dot",
                """
                [Differentiable]
                public static float DotFloat(float[] w, float[] x)
                {
                    float s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        s += w[i] * x[i];
                    }

                    return s;
                }
                """),

            Twin(
                "Horner",
                """
                [Differentiable]
                public static float HornerFloat(float[] c, float x)
                {
                    float acc = 0;
                    for (int i = 0; i < c.Length; i++)
                    {
                        acc = acc * x + c[i];
                    }

                    return acc;
                }
                """),

            Twin(
                "SoftmaxCrossEntropy",
                """
                [Differentiable]
                public static float SoftmaxCrossEntropyFloat(float[] z, int label)
                {
                    float m = z[0];
                    for (int i = 1; i < z.Length; i++)
                    {
                        m = MathF.Max(m, z[i]);
                    }

                    float s = 0;
                    for (int i = 0; i < z.Length; i++)
                    {
                        s += MathF.Exp(z[i] - m);
                    }

                    return m + MathF.Log(s) - z[label];
                }
                """),

            Twin(
                "DotSpan",
                """
                [Differentiable]
                public static float DotSpanFloat(ReadOnlySpan<float> w, ReadOnlySpan<float> x)
                {
                    float s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        s += w[i] * x[i];
                    }

                    return s;
                }
                """),

            Twin(
                "SineWeighted",
                """
                [Differentiable]
                public static float SineWeightedFloat(float[] x)
                {
                    float[] t = new float[x.Length];
                    for (int i = 0; i < x.Length; i++)
                    {
                        t[i] = MathF.Sin(x[i]);
                    }

                    float s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += t[i] * x[i];
                    }

                    return s;
                }
                """),

            Twin(
                "PrefixSines",
                """
                [Differentiable]
                public static float PrefixSinesFloat(float[] x)
                {
                    Span<float> t = stackalloc float[x.Length];
                    float acc = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        acc += x[i];
                        t[i] = acc;
                    }

                    float s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += MathF.Sin(t[i]);
                    }

                    return s;
                }
                """),

            Twin(
                "LeakyReluSum",
                """
                [Differentiable]
                public static float LeakyReluSumFloat(float[] w, float[] x)
                {
                    float s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        float z = w[i] * x[i];
                        s += z > 0 ? z : 0.1f * z;
                    }

                    return s;
                }
                """),

            Twin(
                "Perceptron",
                """
                [Differentiable("w1", "b1", "w2", "b2")]
                public static float PerceptronFloat(float[] w1, float[] b1, float[] w2, float b2, float[] x, float y, int inputs, int hidden)
                {
                    float[] h = new float[hidden];
                    for (int j = 0; j < hidden; j++)
                    {
                        float z = b1[j];
                        for (int i = 0; i < inputs; i++)
                        {
                            z += w1[j * inputs + i] * x[i];
                        }

                        h[j] = MathF.Tanh(z);
                    }

                    float output = b2;
                    for (int j = 0; j < hidden; j++)
                    {
                        output += w2[j] * h[j];
                    }

                    float e = output - y;
                    return 0.5f * e * e;
                }
                """),
        };

        /// <summary>A float case named after its method (the source's first identifier after "float "), drawn like its twin.</summary>
        private static ArrayCase Twin(string doubleTwin, string source) => ArrayCase.FloatTwinOf(ArrayCaseCatalog.FindDouble(doubleTwin), source);
    }
}
