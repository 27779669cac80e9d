using System;
using System.Linq;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// The eleventh session's machine-learning sweep: model code as developers write it (convolution with stride and
    /// padding, pooling, layer and batch normalization, softmax cross-entropy with the max subtracted, attention for one
    /// query, GRU, LSTM and RNN cells unrolled over time with the hidden state in a local array, MLPs with ReLU, leaky
    /// ReLU, GELU and SiLU, the usual losses, regularisation, an optimizer's inner step, soft k-means, a Gaussian-process
    /// likelihood, polynomial features, cosine similarity, interpolation over knots, early exits, helper calls, custom
    /// derivatives and Gradient.Stop). Each uses only what docs/supported.md calls supported; a bug it found is named in
    /// the case's comment.
    /// </summary>
    public static class ModelLayerCases
    {
        public static readonly ArrayCase[] All =
        {
            // A 1-D convolution, stride 2 and zero padding 1, as a loop over outputs with the padding tested in an if;
            // a squared error against a target per output. Everything differentiated (input, kernel, bias, target).
            new ArrayCase("MlConv1d", """
                [Differentiable]
                public static double MlConv1d(double[] x, double[] kernel, double bias, double[] target)
                {
                    const int stride = 2;
                    const int pad = 1;
                    int k = kernel.Length;
                    int outLen = (x.Length + 2 * pad - k) / stride + 1;
                    double loss = 0;
                    for (int o = 0; o < outLen; o++)
                    {
                        double acc = bias;
                        for (int t = 0; t < k; t++)
                        {
                            int j = o * stride + t - pad;
                            if (j >= 0 && j < x.Length)
                            {
                                acc += kernel[t] * x[j];
                            }
                        }

                        double r = acc - target[o];
                        loss += r * r;
                    }

                    return loss / outLen;
                }
                """, (r, n) => new object[] { Vector(r, n + 3), Vector(r, 3), Uniform(r, -1, 1), Vector(r, ((n + 3 + 2 - 3) / 2) + 1) }),

            // A convolution into a local feature map, ReLU as a ?:, then global average pooling and a logistic loss.
            new ArrayCase("MlConvReluPool", """
                [Differentiable("kernel", "bias")]
                public static double MlConvReluPool(double[] x, double[] kernel, double bias, double label)
                {
                    int outLen = x.Length - kernel.Length + 1;
                    double[] feature = new double[outLen];
                    for (int o = 0; o < outLen; o++)
                    {
                        double acc = bias;
                        for (int t = 0; t < kernel.Length; t++)
                        {
                            acc += kernel[t] * x[o + t];
                        }

                        feature[o] = acc > 0 ? acc : 0.0;
                    }

                    double pooled = 0;
                    foreach (double f in feature)
                    {
                        pooled += f;
                    }

                    pooled /= outLen;
                    double z = pooled * label;
                    return z >= 0 ? Math.Log(1 + Math.Exp(-z)) : -z + Math.Log(1 + Math.Exp(z));
                }
                """, (r, n) => new object[] { Vector(r, n + 3), Vector(r, 3), Uniform(r, -1, 1), Sign(r) }) { Sizes = ArrayCase.NonEmpty, Accept = a => ConvPreActivationsAwayFromZero((double[])a[0], (double[])a[1], (double)a[2]) },

            // A CNN layer on a double[,] image: a 3×3 convolution into a flat local feature map, tanh, 2×2 max pooling
            // with stride 2 (Math.Max of four), and a dense readout of the pooled map.
            new ArrayCase("MlConv2dPool", """
                [Differentiable("kernel", "dense")]
                public static double MlConv2dPool(double[] kernel, double[] dense, double[,] image)
                {
                    int rows = image.GetLength(0) - 2, cols = image.GetLength(1) - 2;
                    double[] map = new double[rows * cols];
                    for (int r = 0; r < rows; r++)
                    {
                        for (int c = 0; c < cols; c++)
                        {
                            double acc = 0;
                            for (int a = 0; a < 3; a++)
                            {
                                for (int b = 0; b < 3; b++)
                                {
                                    acc += kernel[a * 3 + b] * image[r + a, c + b];
                                }
                            }

                            map[r * cols + c] = Math.Tanh(acc);
                        }
                    }

                    double output = 0;
                    int k = 0;
                    for (int r = 0; r + 1 < rows; r += 2)
                    {
                        for (int c = 0; c + 1 < cols; c += 2)
                        {
                            double m = Math.Max(Math.Max(map[r * cols + c], map[r * cols + c + 1]), Math.Max(map[(r + 1) * cols + c], map[(r + 1) * cols + c + 1]));
                            output += dense[k % dense.Length] * m;
                            k++;
                        }
                    }

                    return output * output;
                }
                """, (r, n) => new object[] { Vector(r, 9, -1, 1), Vector(r, 4, -1, 1), MatrixDataCases.Matrix(r, n + 3, n + 4) }) { Sizes = new[] { 1, 2, 3, 5 }, Accept = a => PoolSeparated((double[])a[0], (double[,])a[2]) },

            // Max pooling, window 3, stride 2, into a local array; then a weighted sum and a square of the pooled values.
            new ArrayCase("MlMaxPool", """
                [Differentiable]
                public static double MlMaxPool(double[] x, double[] v)
                {
                    int outLen = (x.Length - 3) / 2 + 1;
                    double[] pooled = new double[outLen];
                    for (int o = 0; o < outLen; o++)
                    {
                        double m = x[2 * o];
                        for (int t = 1; t < 3; t++)
                        {
                            m = Math.Max(m, x[2 * o + t]);
                        }

                        pooled[o] = m;
                    }

                    double s = 0;
                    for (int o = 0; o < outLen; o++)
                    {
                        s += v[o] * pooled[o] + 0.5 * pooled[o] * pooled[o];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Separated(r, n + 3), Vector(r, ((n + 3 - 3) / 2) + 1) }),

            // Average pooling, window 3, stride 1, followed by tanh and a squared error.
            new ArrayCase("MlAvgPool", """
                [Differentiable("x")]
                public static double MlAvgPool(double[] x, double[] y)
                {
                    int outLen = x.Length - 2;
                    double loss = 0;
                    for (int o = 0; o < outLen; o++)
                    {
                        double s = 0;
                        for (int t = 0; t < 3; t++)
                        {
                            s += x[o + t];
                        }

                        double a = Math.Tanh(s / 3);
                        loss += (a - y[o]) * (a - y[o]);
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Vector(r, n + 2), Vector(r, n, -0.9, 0.9) }),

            // Layer normalization: mean, variance, epsilon, then gain and bias into a local array; a loss on the result.
            new ArrayCase("MlLayerNorm", """
                [Differentiable("x", "gain", "bias")]
                public static double MlLayerNorm(double[] x, double[] gain, double[] bias, double[] y)
                {
                    int n = x.Length;
                    double mean = 0;
                    for (int i = 0; i < n; i++)
                    {
                        mean += x[i];
                    }

                    mean /= n;
                    double variance = 0;
                    for (int i = 0; i < n; i++)
                    {
                        double c = x[i] - mean;
                        variance += c * c;
                    }

                    variance /= n;
                    double inv = 1 / Math.Sqrt(variance + 1e-5);
                    double[] h = new double[n];
                    for (int i = 0; i < n; i++)
                    {
                        h[i] = gain[i] * (x[i] - mean) * inv + bias[i];
                    }

                    double loss = 0;
                    for (int i = 0; i < n; i++)
                    {
                        loss += y[i] * h[i] + 0.5 * h[i] * h[i] * (i + 1);
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n, 0.5, 1.5), Vector(r, n, -0.5, 0.5), Vector(r, n) }) { Sizes = ArrayCase.NonEmpty },

            // Layer normalization written with the normalized values overwriting a copy of the input in place.
            new ArrayCase("MlLayerNormInPlace", """
                [Differentiable]
                public static double MlLayerNormInPlace(double[] x, double[] gain)
                {
                    int n = x.Length;
                    double[] h = new double[n];
                    double mean = 0;
                    for (int i = 0; i < n; i++)
                    {
                        h[i] = x[i];
                        mean += h[i] / n;
                    }

                    double variance = 0;
                    for (int i = 0; i < n; i++)
                    {
                        h[i] -= mean;
                        variance += h[i] * h[i] / n;
                    }

                    double std = Math.Sqrt(variance + 1e-3);
                    for (int i = 0; i < n; i++)
                    {
                        h[i] = h[i] / std * gain[i];
                    }

                    double s = 0;
                    for (int i = 0; i < n; i++)
                    {
                        s += Math.Sin(h[i] + i);
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n, 0.5, 1.5) }) { Sizes = ArrayCase.NonEmpty },

            // Batch normalization over the rows of a double[,] design matrix after a tanh feature map: per column mean and
            // variance of the batch, gamma and beta, a squared error per row.
            new ArrayCase("MlBatchNorm", """
                [Differentiable("w", "gamma", "beta")]
                public static double MlBatchNorm(double[] w, double[] gamma, double[] beta, double[,] X, double[] y)
                {
                    int m = X.GetLength(0), d = X.GetLength(1);
                    double[] z = new double[m * d];
                    for (int i = 0; i < m; i++)
                    {
                        for (int j = 0; j < d; j++)
                        {
                            z[i * d + j] = Math.Tanh(w[j] * X[i, j] + w[d + j]);
                        }
                    }

                    double loss = 0;
                    for (int j = 0; j < d; j++)
                    {
                        double mu = 0;
                        for (int i = 0; i < m; i++)
                        {
                            mu += z[i * d + j];
                        }

                        mu /= m;
                        double variance = 0;
                        for (int i = 0; i < m; i++)
                        {
                            double c = z[i * d + j] - mu;
                            variance += c * c;
                        }

                        variance /= m;
                        double inv = 1 / Math.Sqrt(variance + 1e-5);
                        for (int i = 0; i < m; i++)
                        {
                            double output = gamma[j] * (z[i * d + j] - mu) * inv + beta[j];
                            double r = output - y[i];
                            loss += r * r;
                        }
                    }

                    return loss / m;
                }
                """, (r, n) => new object[] { Vector(r, 6, -1, 1), Vector(r, 3, 0.5, 1.5), Vector(r, 3, -0.5, 0.5), MatrixDataCases.Matrix(r, n + 2, 3), Vector(r, n + 2) }) { Sizes = ArrayCase.NonEmpty },

            // Softmax cross-entropy with the maximum subtracted, logits from a dense layer W·x + b into a local array.
            new ArrayCase("MlSoftmaxCrossEntropy", """
                [Differentiable("W", "b")]
                public static double MlSoftmaxCrossEntropy(double[] W, double[] b, double[] x, int label)
                {
                    int k = b.Length, d = x.Length;
                    double[] z = new double[k];
                    for (int c = 0; c < k; c++)
                    {
                        double s = b[c];
                        for (int j = 0; j < d; j++)
                        {
                            s += W[c * d + j] * x[j];
                        }

                        z[c] = s;
                    }

                    double max = z[0];
                    for (int c = 1; c < k; c++)
                    {
                        max = Math.Max(max, z[c]);
                    }

                    double sum = 0;
                    for (int c = 0; c < k; c++)
                    {
                        sum += Math.Exp(z[c] - max);
                    }

                    return Math.Log(sum) + max - z[label];
                }
                """, (r, n) => new object[] { Vector(r, n * 3), Vector(r, n), Vector(r, 3), r.Next(n) }) { Sizes = ArrayCase.NonEmpty },

            // A batch of softmax cross-entropies: rows of a double[,], int[] labels, the mean over the batch; the
            // maximum kept in a scalar per row, the exponentials of a row in a local array reused for the probabilities.
            new ArrayCase("MlSoftmaxBatch", """
                [Differentiable("W")]
                public static double MlSoftmaxBatch(double[] W, double[,] X, int[] labels)
                {
                    int m = X.GetLength(0), d = X.GetLength(1);
                    int k = W.Length / d;
                    double[] logits = new double[k];
                    double[] e = new double[k];
                    double loss = 0;
                    for (int i = 0; i < m; i++)
                    {
                        for (int c = 0; c < k; c++)
                        {
                            double s = 0;
                            for (int j = 0; j < d; j++)
                            {
                                s += W[c * d + j] * X[i, j];
                            }

                            logits[c] = s;
                        }

                        double max = logits[0];
                        for (int c = 1; c < k; c++)
                        {
                            if (logits[c] > max)
                            {
                                max = logits[c];
                            }
                        }

                        double z = 0;
                        for (int c = 0; c < k; c++)
                        {
                            e[c] = Math.Exp(logits[c] - max);
                            z += e[c];
                        }

                        loss -= Math.Log(e[labels[i]] / z);
                    }

                    return loss / m;
                }
                """, (r, n) => new object[] { Vector(r, 4 * 3), MatrixDataCases.Matrix(r, n, 3), Enumerable.Range(0, n).Select(_ => r.Next(4)).ToArray() }) { Sizes = ArrayCase.NonEmpty, Accept = a => LogitsSeparated((double[])a[0], (double[,])a[1]) },

            // Scaled dot-product attention for one query over k keys: scores in a local array, softmax in place with the
            // maximum subtracted, the weighted sum of the values, a squared error.
            new ArrayCase("MlAttention", """
                [Differentiable("q", "K", "V")]
                public static double MlAttention(double[] q, double[] K, double[] V, double[] target)
                {
                    int d = q.Length;
                    int k = K.Length / d;
                    double[] scores = new double[k];
                    double scale = 1 / Math.Sqrt(d);
                    for (int i = 0; i < k; i++)
                    {
                        double s = 0;
                        for (int j = 0; j < d; j++)
                        {
                            s += q[j] * K[i * d + j];
                        }

                        scores[i] = s * scale;
                    }

                    double max = scores[0];
                    for (int i = 1; i < k; i++)
                    {
                        max = Math.Max(max, scores[i]);
                    }

                    double z = 0;
                    for (int i = 0; i < k; i++)
                    {
                        scores[i] = Math.Exp(scores[i] - max);
                        z += scores[i];
                    }

                    for (int i = 0; i < k; i++)
                    {
                        scores[i] /= z;
                    }

                    double loss = 0;
                    for (int j = 0; j < d; j++)
                    {
                        double o = 0;
                        for (int i = 0; i < k; i++)
                        {
                            o += scores[i] * V[i * d + j];
                        }

                        double r = o - target[j];
                        loss += r * r;
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Vector(r, 3), Vector(r, 3 * n), Vector(r, 3 * n), Vector(r, 3) }) { Sizes = ArrayCase.NonEmpty },

            // Attention with the projections: keys and values computed from the inputs by weight matrices into local arrays.
            new ArrayCase("MlAttentionProjected", """
                [Differentiable("Wq", "Wk", "Wv")]
                public static double MlAttentionProjected(double[] Wq, double[] Wk, double[] Wv, double[] query, double[] inputs)
                {
                    const int d = 2;
                    int k = inputs.Length / d;
                    double[] q = new double[d];
                    double[] keys = new double[k * d];
                    double[] values = new double[k * d];
                    for (int a = 0; a < d; a++)
                    {
                        for (int b = 0; b < d; b++)
                        {
                            q[a] += Wq[a * d + b] * query[b];
                            for (int i = 0; i < k; i++)
                            {
                                keys[i * d + a] += Wk[a * d + b] * inputs[i * d + b];
                                values[i * d + a] += Wv[a * d + b] * inputs[i * d + b];
                            }
                        }
                    }

                    double[] w = new double[k];
                    double max = double.NegativeInfinity;
                    for (int i = 0; i < k; i++)
                    {
                        double s = 0;
                        for (int a = 0; a < d; a++)
                        {
                            s += q[a] * keys[i * d + a];
                        }

                        w[i] = s / Math.Sqrt(2.0);
                        max = Math.Max(max, w[i]);
                    }

                    double z = 0;
                    for (int i = 0; i < k; i++)
                    {
                        w[i] = Math.Exp(w[i] - max);
                        z += w[i];
                    }

                    double result = 0;
                    for (int a = 0; a < d; a++)
                    {
                        double o = 0;
                        for (int i = 0; i < k; i++)
                        {
                            o += w[i] / z * values[i * d + a];
                        }

                        result += o * o * (a + 1);
                    }

                    return result;
                }
                """, (r, n) => new object[] { Vector(r, 4, -1, 1), Vector(r, 4, -1, 1), Vector(r, 4, -1, 1), Vector(r, 2), Vector(r, 2 * n) }) { Sizes = ArrayCase.NonEmpty },

            // One GRU cell step: update and reset gates in local arrays, the candidate from the reset hidden state, a
            // squared error of the new hidden state. Weights in one flat array with offsets.
            new ArrayCase("MlGruCell", """
                [Differentiable("w", "h0")]
                public static double MlGruCell(double[] w, double[] h0, double[] x, double[] target)
                {
                    int m = h0.Length, d = x.Length;
                    int blk = m * d + m * m;
                    double[] r = new double[m];
                    double[] z = new double[m];
                    for (int i = 0; i < m; i++)
                    {
                        double az = 0, ar = 0;
                        for (int j = 0; j < d; j++)
                        {
                            az += w[i * d + j] * x[j];
                            ar += w[blk + i * d + j] * x[j];
                        }

                        for (int j = 0; j < m; j++)
                        {
                            az += w[m * d + i * m + j] * h0[j];
                            ar += w[blk + m * d + i * m + j] * h0[j];
                        }

                        z[i] = 1 / (1 + Math.Exp(-az));
                        r[i] = 1 / (1 + Math.Exp(-ar));
                    }

                    double loss = 0;
                    for (int i = 0; i < m; i++)
                    {
                        double a = 0;
                        for (int j = 0; j < d; j++)
                        {
                            a += w[2 * blk + i * d + j] * x[j];
                        }

                        for (int j = 0; j < m; j++)
                        {
                            a += w[2 * blk + m * d + i * m + j] * (r[j] * h0[j]);
                        }

                        double hTilde = Math.Tanh(a);
                        double h = (1 - z[i]) * h0[i] + z[i] * hTilde;
                        double e = h - target[i];
                        loss += e * e;
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Vector(r, 3 * ((n * 2) + (n * n)), -1, 1), Vector(r, n, -1, 1), Vector(r, 2), Vector(r, n, -1, 1) }) { Sizes = new[] { 1, 2, 3, 4 } },

            // An LSTM unrolled over T time steps: the cell state updated in place (c[i] = f·c[i] + i·g), the new hidden
            // state in a buffer copied back into h at the end of each step; a squared error of the last hidden state.
            new ArrayCase("MlLstmUnrolled", """
                [Differentiable("w", "b")]
                public static double MlLstmUnrolled(double[] w, double[] b, double[] xs, double[] target)
                {
                    int m = target.Length;
                    const int d = 2;
                    int steps = xs.Length / d;
                    int gate = m * (d + m);
                    double[] h = new double[m];
                    double[] c = new double[m];
                    double[] hNew = new double[m];
                    for (int t = 0; t < steps; t++)
                    {
                        for (int i = 0; i < m; i++)
                        {
                            double ai = b[i], af = b[m + i], ao = b[2 * m + i], ag = b[3 * m + i];
                            for (int j = 0; j < d; j++)
                            {
                                double xj = xs[t * d + j];
                                ai += w[i * (d + m) + j] * xj;
                                af += w[gate + i * (d + m) + j] * xj;
                                ao += w[2 * gate + i * (d + m) + j] * xj;
                                ag += w[3 * gate + i * (d + m) + j] * xj;
                            }

                            for (int j = 0; j < m; j++)
                            {
                                ai += w[i * (d + m) + d + j] * h[j];
                                af += w[gate + i * (d + m) + d + j] * h[j];
                                ao += w[2 * gate + i * (d + m) + d + j] * h[j];
                                ag += w[3 * gate + i * (d + m) + d + j] * h[j];
                            }

                            double ig = 1 / (1 + Math.Exp(-ai));
                            double fg = 1 / (1 + Math.Exp(-af));
                            double og = 1 / (1 + Math.Exp(-ao));
                            double g = Math.Tanh(ag);
                            c[i] = fg * c[i] + ig * g;
                            hNew[i] = og * Math.Tanh(c[i]);
                        }

                        for (int i = 0; i < m; i++)
                        {
                            h[i] = hNew[i];
                        }
                    }

                    double loss = 0;
                    for (int i = 0; i < m; i++)
                    {
                        loss += (h[i] - target[i]) * (h[i] - target[i]);
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Vector(r, 4 * 2 * (2 + 2), -1, 1), Vector(r, 4 * 2, -0.5, 0.5), Vector(r, 2 * n, -1, 1), Vector(r, 2, -0.5, 0.5) }) { Sizes = new[] { 0, 1, 2, 3, 5 } },

            // An Elman RNN over T steps with the hidden state in a local array and the pre-activations in a buffer.
            new ArrayCase("MlRnnUnrolled", """
                [Differentiable("Wx", "Wh", "v")]
                public static double MlRnnUnrolled(double[] Wx, double[] Wh, double[] v, double[] xs)
                {
                    int m = v.Length;
                    double[] h = new double[m];
                    double[] pre = new double[m];
                    double loss = 0;
                    for (int t = 0; t < xs.Length; t++)
                    {
                        for (int i = 0; i < m; i++)
                        {
                            double a = Wx[i] * xs[t];
                            for (int j = 0; j < m; j++)
                            {
                                a += Wh[i * m + j] * h[j];
                            }

                            pre[i] = a;
                        }

                        double y = 0;
                        for (int i = 0; i < m; i++)
                        {
                            h[i] = Math.Tanh(pre[i]);
                            y += v[i] * h[i];
                        }

                        double target = t + 1 < xs.Length ? xs[t + 1] : 0.0;
                        loss += 0.5 * (y - target) * (y - target);
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Vector(r, 3, -1, 1), Vector(r, 9, -0.6, 0.6), Vector(r, 3, -1, 1), Vector(r, n, -1, 1) }),

            // An RNN whose hidden state is updated in place, element by element (later elements read the new earlier ones):
            // as a developer who forgot the buffer writes it. The derivative must be that of what the code computes.
            new ArrayCase("MlRnnInPlace", """
                [Differentiable("Wh", "u")]
                public static double MlRnnInPlace(double[] Wh, double[] u, double[] xs)
                {
                    int m = u.Length;
                    double[] h = new double[m];
                    for (int t = 0; t < xs.Length; t++)
                    {
                        for (int i = 0; i < m; i++)
                        {
                            double a = u[i] * xs[t];
                            for (int j = 0; j < m; j++)
                            {
                                a += Wh[i * m + j] * h[j];
                            }

                            h[i] = Math.Tanh(a);
                        }
                    }

                    double s = 0;
                    for (int i = 0; i < m; i++)
                    {
                        s += h[i] * (i + 1);
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, 9, -0.8, 0.8), Vector(r, 3, -1, 1), Vector(r, n, -1, 1) }),

            // A recurrent language-model step: token embeddings looked up with an int[] of token ids, an RNN, a softmax
            // over the vocabulary of the next token with the maximum subtracted.
            new ArrayCase("MlTokenRnn", """
                [Differentiable("E", "Wh", "Wo")]
                public static double MlTokenRnn(double[] E, double[] Wh, double[] Wo, int[] tokens)
                {
                    const int d = 2;
                    int vocab = E.Length / d;
                    double[] h = new double[d];
                    double[] next = new double[d];
                    double[] logits = new double[vocab];
                    double nll = 0;
                    for (int t = 0; t + 1 < tokens.Length; t++)
                    {
                        for (int i = 0; i < d; i++)
                        {
                            double a = E[tokens[t] * d + i];
                            for (int j = 0; j < d; j++)
                            {
                                a += Wh[i * d + j] * h[j];
                            }

                            next[i] = Math.Tanh(a);
                        }

                        for (int i = 0; i < d; i++)
                        {
                            h[i] = next[i];
                        }

                        double max = double.NegativeInfinity;
                        for (int c = 0; c < vocab; c++)
                        {
                            logits[c] = Wo[c * d] * h[0] + Wo[c * d + 1] * h[1];
                            max = Math.Max(max, logits[c]);
                        }

                        double sum = 0;
                        for (int c = 0; c < vocab; c++)
                        {
                            sum += Math.Exp(logits[c] - max);
                        }

                        nll += max + Math.Log(sum) - logits[tokens[t + 1]];
                    }

                    return nll;
                }
                """, (r, n) => new object[] { Vector(r, 2 * 4, -1, 1), Vector(r, 4, -0.8, 0.8), Vector(r, 2 * 4, -1, 1), Enumerable.Range(0, n + 1).Select(_ => r.Next(4)).ToArray() }),

            // A two-layer MLP with ReLU (Math.Max(0, u)) over a batch in a double[,], mean squared error.
            new ArrayCase("MlMlpRelu", """
                [Differentiable("W1", "b1", "W2", "b2")]
                public static double MlMlpRelu(double[] W1, double[] b1, double[] W2, double b2, double[,] X, double[] y)
                {
                    int m = X.GetLength(0), d = X.GetLength(1), hidden = b1.Length;
                    double[] a = new double[hidden];
                    double loss = 0;
                    for (int s = 0; s < m; s++)
                    {
                        for (int j = 0; j < hidden; j++)
                        {
                            double u = b1[j];
                            for (int k = 0; k < d; k++)
                            {
                                u += W1[j * d + k] * X[s, k];
                            }

                            a[j] = Math.Max(0, u);
                        }

                        double output = b2;
                        for (int j = 0; j < hidden; j++)
                        {
                            output += W2[j] * a[j];
                        }

                        double r = output - y[s];
                        loss += r * r;
                    }

                    return loss / m;
                }
                """, (r, n) => new object[] { Vector(r, 4 * 2, -1, 1), Vector(r, 4, -1, 1), Vector(r, 4, -1, 1), Uniform(r, -1, 1), MatrixDataCases.Matrix(r, n, 2), Vector(r, n) }) { Sizes = ArrayCase.NonEmpty, Accept = a => HiddenAwayFromZero((double[])a[0], (double[])a[1], (double[,])a[4]) },

            // A two-layer MLP with leaky ReLU written as an if in the loop, binary cross-entropy on a sigmoid output.
            new ArrayCase("MlMlpLeaky", """
                [Differentiable("W1", "b1", "W2", "b2")]
                public static double MlMlpLeaky(double[] W1, double[] b1, double[] W2, double b2, double[,] X, double[] y)
                {
                    int m = X.GetLength(0), d = X.GetLength(1), hidden = b1.Length;
                    double loss = 0;
                    for (int s = 0; s < m; s++)
                    {
                        double z = b2;
                        for (int j = 0; j < hidden; j++)
                        {
                            double u = b1[j];
                            for (int k = 0; k < d; k++)
                            {
                                u += W1[j * d + k] * X[s, k];
                            }

                            double act;
                            if (u > 0)
                            {
                                act = u;
                            }
                            else
                            {
                                act = 0.01 * u;
                            }

                            z += W2[j] * act;
                        }

                        double p = 1 / (1 + Math.Exp(-z));
                        loss -= y[s] * Math.Log(p) + (1 - y[s]) * Math.Log(1 - p);
                    }

                    return loss / m;
                }
                """, (r, n) => new object[] { Vector(r, 4 * 2, -1, 1), Vector(r, 4, -1, 1), Vector(r, 4, -1, 1), Uniform(r, -1, 1), MatrixDataCases.Matrix(r, n, 2), Enumerable.Range(0, n).Select(_ => (double)r.Next(2)).ToArray() }) { Sizes = ArrayCase.NonEmpty, Accept = a => HiddenAwayFromZero((double[])a[0], (double[])a[1], (double[,])a[4]) },

            // A two-layer MLP with GELU in its tanh form, hidden activations in a local array, a squared error.
            new ArrayCase("MlMlpGelu", """
                [Differentiable("W1", "W2")]
                public static double MlMlpGelu(double[] W1, double[] W2, double[] x, double y)
                {
                    int hidden = W2.Length, d = x.Length;
                    double[] h = new double[hidden];
                    for (int j = 0; j < hidden; j++)
                    {
                        double u = 0;
                        for (int k = 0; k < d; k++)
                        {
                            u += W1[j * d + k] * x[k];
                        }

                        h[j] = 0.5 * u * (1 + Math.Tanh(Math.Sqrt(2 / Math.PI) * (u + 0.044715 * u * u * u)));
                    }

                    double output = 0;
                    for (int j = 0; j < hidden; j++)
                    {
                        output += W2[j] * h[j];
                    }

                    return 0.5 * (output - y) * (output - y);
                }
                """, (r, n) => new object[] { Vector(r, n * 3, -1, 1), Vector(r, n, -1, 1), Vector(r, 3), Uniform(r, -1, 1) }),

            // A two-layer MLP with SiLU (u·σ(u)) and a softplus output, biases included.
            new ArrayCase("MlMlpSilu", """
                [Differentiable]
                public static double MlMlpSilu(double[] W1, double[] b1, double[] W2, double b2)
                {
                    int hidden = b1.Length;
                    double[] x = { 0.5, -1.25, 2.0 };
                    double output = b2;
                    for (int j = 0; j < hidden; j++)
                    {
                        double u = b1[j];
                        for (int k = 0; k < x.Length; k++)
                        {
                            u += W1[j * 3 + k] * x[k];
                        }

                        double silu = u / (1 + Math.Exp(-u));
                        output += W2[j] * silu;
                    }

                    return Math.Log(1 + Math.Exp(output));
                }
                """, (r, n) => new object[] { Vector(r, n * 3, -1, 1), Vector(r, n, -1, 1), Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // The Huber loss of a linear model's residuals, the branch written as an if with both sides assigning.
            new ArrayCase("MlHuber", """
                [Differentiable("w", "b", "delta")]
                public static double MlHuber(double[] w, double b, double delta, double[] x, double[] y)
                {
                    double loss = 0;
                    for (int i = 0; i < y.Length; i++)
                    {
                        double r = w[i % w.Length] * x[i] + b - y[i];
                        double a = Math.Abs(r);
                        double term;
                        if (a <= delta)
                        {
                            term = 0.5 * r * r;
                        }
                        else
                        {
                            term = delta * (a - 0.5 * delta);
                        }

                        loss += term;
                    }

                    return loss / Math.Max(1, y.Length);
                }
                """, (r, n) => new object[] { Vector(r, 2), Uniform(r, -0.5, 0.5), Uniform(r, 0.5, 1.5), Vector(r, n), Vector(r, n) }) { Accept = a => HuberAway(a) },

            // The hinge loss of a linear classifier with an L2 penalty: Math.Max(0, 1 − y·(w·x + b)).
            new ArrayCase("MlHinge", """
                [Differentiable("w", "b")]
                public static double MlHinge(double[] w, double b, double[,] X, double[] y, double lambda)
                {
                    int m = X.GetLength(0);
                    double loss = 0;
                    for (int i = 0; i < m; i++)
                    {
                        double score = b;
                        for (int j = 0; j < w.Length; j++)
                        {
                            score += w[j] * X[i, j];
                        }

                        loss += Math.Max(0, 1 - y[i] * score);
                    }

                    double penalty = 0;
                    foreach (double wj in w)
                    {
                        penalty += wj * wj;
                    }

                    return loss / m + lambda * penalty;
                }
                """, (r, n) => new object[] { Vector(r, 3, -1, 1), Uniform(r, -1, 1), MatrixDataCases.Matrix(r, n, 3), Enumerable.Range(0, n).Select(_ => Sign(r)).ToArray(), Uniform(r, 0.01, 0.1) }) { Sizes = ArrayCase.NonEmpty, Accept = a => MarginsAway(a) },

            // The focal loss of logits for binary labels: −α(1 − p_t)^γ ln p_t, with γ differentiated too.
            new ArrayCase("MlFocal", """
                [Differentiable("z", "gamma")]
                public static double MlFocal(double[] z, double gamma, double[] y)
                {
                    const double alpha = 0.25;
                    double loss = 0;
                    for (int i = 0; i < z.Length; i++)
                    {
                        double p = 1 / (1 + Math.Exp(-z[i]));
                        double pt = y[i] > 0.5 ? p : 1 - p;
                        double at = y[i] > 0.5 ? alpha : 1 - alpha;
                        loss += -at * Math.Pow(1 - pt, gamma) * Math.Log(pt);
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Vector(r, n, -3, 3), Uniform(r, 0.5, 3), Enumerable.Range(0, n).Select(_ => (double)r.Next(2)).ToArray() }),

            // KL(p ‖ q) between two softmaxes of logits, each with its maximum subtracted, probabilities in local arrays.
            new ArrayCase("MlKlDivergence", """
                [Differentiable]
                public static double MlKlDivergence(double[] a, double[] b)
                {
                    int n = a.Length;
                    double[] p = new double[n];
                    double[] q = new double[n];
                    double ma = a[0], mb = b[0];
                    for (int i = 1; i < n; i++)
                    {
                        ma = Math.Max(ma, a[i]);
                        mb = Math.Max(mb, b[i]);
                    }

                    double za = 0, zb = 0;
                    for (int i = 0; i < n; i++)
                    {
                        p[i] = Math.Exp(a[i] - ma);
                        q[i] = Math.Exp(b[i] - mb);
                        za += p[i];
                        zb += q[i];
                    }

                    double kl = 0;
                    for (int i = 0; i < n; i++)
                    {
                        double pi = p[i] / za;
                        kl += pi * (Math.Log(pi) - Math.Log(q[i] / zb));
                    }

                    return kl;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n) }) { Sizes = ArrayCase.NonEmpty },

            // The log-cosh loss of a linear model, with the stable form |r| + log(1 + e^(−2|r|)) − log 2.
            new ArrayCase("MlLogCosh", """
                [Differentiable("w", "b")]
                public static double MlLogCosh(double[] w, double b, double[] x, double[] y)
                {
                    double loss = 0;
                    for (int i = 0; i < y.Length; i++)
                    {
                        double r = w[0] * x[i] + w[1] * x[i] * x[i] + b - y[i];
                        double a = Math.Abs(r);
                        loss += a + Math.Log(1 + Math.Exp(-2 * a)) - Math.Log(2);
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Vector(r, 2), Uniform(r, -1, 1), Vector(r, n), Vector(r, n) }) { Accept = a => ResidualsAway(a) },

            // A mean squared error plus elastic-net regularisation: λ₁Σ|w| + λ₂Σw² over the weights, λs differentiated.
            new ArrayCase("MlElasticNet", """
                [Differentiable("w", "lambda1", "lambda2")]
                public static double MlElasticNet(double[] w, double lambda1, double lambda2, double[,] X, double[] y)
                {
                    int m = X.GetLength(0);
                    double mse = 0;
                    for (int i = 0; i < m; i++)
                    {
                        double r = -y[i];
                        for (int j = 0; j < w.Length; j++)
                        {
                            r += w[j] * X[i, j];
                        }

                        mse += r * r / m;
                    }

                    double l1 = 0, l2 = 0;
                    for (int j = 0; j < w.Length; j++)
                    {
                        l1 += Math.Abs(w[j]);
                        l2 += w[j] * w[j];
                    }

                    return mse + lambda1 * l1 + lambda2 * l2;
                }
                """, (r, n) => new object[] { AwayFromZero(r, 3), Uniform(r, 0, 0.5), Uniform(r, 0, 0.5), MatrixDataCases.Matrix(r, n, 3), Vector(r, n) }) { Sizes = ArrayCase.NonEmpty },

            // The loss after three Adam steps of an inner least-squares problem: the weights copied into a local array,
            // moments m and v in local arrays updated in place, bias correction by the step number; the outer loss on
            // held-out data. Differentiated in the initial weights and the learning rate (a meta-gradient).
            new ArrayCase("MlAdamInner", """
                [Differentiable("w0", "lr")]
                public static double MlAdamInner(double[] w0, double lr, double[] x, double[] y, double[] xv, double yv)
                {
                    int n = w0.Length;
                    double[] w = new double[n];
                    double[] m = new double[n];
                    double[] v = new double[n];
                    for (int i = 0; i < n; i++)
                    {
                        w[i] = w0[i];
                    }

                    double b1t = 1, b2t = 1;
                    for (int step = 0; step < 3; step++)
                    {
                        b1t *= 0.9;
                        b2t *= 0.999;
                        double pred = 0;
                        for (int i = 0; i < n; i++)
                        {
                            pred += w[i] * x[i];
                        }

                        double err = pred - y[step];
                        for (int i = 0; i < n; i++)
                        {
                            double g = err * x[i];
                            m[i] = 0.9 * m[i] + 0.1 * g;
                            v[i] = 0.999 * v[i] + 0.001 * g * g;
                            double mHat = m[i] / (1 - b1t);
                            double vHat = v[i] / (1 - b2t);
                            w[i] -= lr * mHat / (Math.Sqrt(vHat) + 1e-8);
                        }
                    }

                    double outer = -yv;
                    for (int i = 0; i < n; i++)
                    {
                        outer += w[i] * xv[i];
                    }

                    return outer * outer;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, 0.01, 0.2), AwayFromZero(r, n, 0.3, 1.5), Vector(r, 3), Vector(r, n), Uniform(r, -1, 1) }) { Sizes = ArrayCase.NonEmpty },

            // Heavy-ball momentum, two steps of a logistic regression's gradient, then the loss at the new weights.
            new ArrayCase("MlMomentumInner", """
                [Differentiable("w0", "lr", "beta")]
                public static double MlMomentumInner(double[] w0, double lr, double beta, double[,] X, double[] y)
                {
                    int n = w0.Length, m = X.GetLength(0);
                    double[] w = new double[n];
                    double[] velocity = new double[n];
                    double[] grad = new double[n];
                    for (int i = 0; i < n; i++)
                    {
                        w[i] = w0[i];
                    }

                    for (int step = 0; step < 2; step++)
                    {
                        for (int j = 0; j < n; j++)
                        {
                            grad[j] = 0;
                        }

                        for (int s = 0; s < m; s++)
                        {
                            double z = 0;
                            for (int j = 0; j < n; j++)
                            {
                                z += w[j] * X[s, j];
                            }

                            double p = 1 / (1 + Math.Exp(-z));
                            for (int j = 0; j < n; j++)
                            {
                                grad[j] += (p - y[s]) * X[s, j] / m;
                            }
                        }

                        for (int j = 0; j < n; j++)
                        {
                            velocity[j] = beta * velocity[j] + grad[j];
                            w[j] -= lr * velocity[j];
                        }
                    }

                    double loss = 0;
                    for (int s = 0; s < m; s++)
                    {
                        double z = 0;
                        for (int j = 0; j < n; j++)
                        {
                            z += w[j] * X[s, j];
                        }

                        loss += Math.Log(1 + Math.Exp(z)) - y[s] * z;
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Vector(r, 3, -1, 1), Uniform(r, 0.1, 1), Uniform(r, 0.5, 0.95), MatrixDataCases.Matrix(r, n, 3), Enumerable.Range(0, n).Select(_ => (double)r.Next(2)).ToArray() }) { Sizes = ArrayCase.NonEmpty },

            // Soft k-means: responsibilities of each point for each center as a softmax of −β·distance² (the smallest
            // distance subtracted), and the expected distance summed over the points in a double[,].
            new ArrayCase("MlSoftKMeans", """
                [Differentiable("centers", "beta")]
                public static double MlSoftKMeans(double[] centers, double beta, double[,] X)
                {
                    int m = X.GetLength(0), d = X.GetLength(1);
                    int k = centers.Length / d;
                    double[] dist = new double[k];
                    double total = 0;
                    for (int i = 0; i < m; i++)
                    {
                        double best = double.PositiveInfinity;
                        for (int c = 0; c < k; c++)
                        {
                            double s = 0;
                            for (int j = 0; j < d; j++)
                            {
                                double diff = X[i, j] - centers[c * d + j];
                                s += diff * diff;
                            }

                            dist[c] = s;
                            best = Math.Min(best, s);
                        }

                        double z = 0, expected = 0;
                        for (int c = 0; c < k; c++)
                        {
                            double e = Math.Exp(-beta * (dist[c] - best));
                            z += e;
                            expected += e * dist[c];
                        }

                        total += expected / z;
                    }

                    return total;
                }
                """, (r, n) => new object[] { Vector(r, 3 * 2, -1.5, 1.5), Uniform(r, 0.5, 2), MatrixDataCases.Matrix(r, n, 2) }) { Sizes = ArrayCase.NonEmpty },

            // The Gaussian-process log marginal likelihood with a 3×3 kernel: the Cholesky factor written by the
            // outer-product (right-looking) form, in place on a copy of the kernel in a local array, then forward
            // substitution into a local array and the log determinant from the diagonal.
            new ArrayCase("MlGpCholesky3", """
                [Differentiable("logLength", "logSignal", "logNoise")]
                public static double MlGpCholesky3(double logLength, double logSignal, double logNoise, double[] x, double[] y)
                {
                    const int n = 3;
                    double ell = Math.Exp(logLength), sf2 = Math.Exp(2 * logSignal), sn2 = Math.Exp(2 * logNoise);
                    double[] A = new double[n * n];
                    for (int i = 0; i < n; i++)
                    {
                        for (int j = 0; j < n; j++)
                        {
                            double d = (x[i] - x[j]) / ell;
                            A[i * n + j] = sf2 * Math.Exp(-0.5 * d * d) + (i == j ? sn2 : 0.0);
                        }
                    }

                    double[] L = new double[n * n];
                    for (int j = 0; j < n; j++)
                    {
                        double pivot = Math.Sqrt(A[j * n + j]);
                        L[j * n + j] = pivot;
                        for (int i = j + 1; i < n; i++)
                        {
                            L[i * n + j] = A[i * n + j] / pivot;
                        }

                        for (int i = j + 1; i < n; i++)
                        {
                            for (int k = j + 1; k <= i; k++)
                            {
                                A[i * n + k] -= L[i * n + j] * L[k * n + j];
                            }
                        }
                    }

                    double[] alpha = new double[n];
                    double quad = 0, logDet = 0;
                    for (int i = 0; i < n; i++)
                    {
                        double t = y[i];
                        for (int k = 0; k < i; k++)
                        {
                            t -= L[i * n + k] * alpha[k];
                        }

                        alpha[i] = t / L[i * n + i];
                        quad += alpha[i] * alpha[i];
                        logDet += Math.Log(L[i * n + i]);
                    }

                    return -0.5 * quad - logDet - 0.5 * n * Math.Log(2 * Math.PI);
                }
                """, (r, n) => new object[] { Uniform(r, -0.5, 0.5), Uniform(r, -0.5, 0.5), Uniform(r, -1.5, -0.5), new[] { Uniform(r, -1, -0.5), Uniform(r, -0.2, 0.2), Uniform(r, 0.5, 1) }, Vector(r, 3, -1, 1) }) { Sizes = ArrayCase.Scalar },

            // The smallest reproducer of the DIFF015 the sweep lifted: a value accumulated in a nested loop (a) from the state h,
            // written into a buffer the step fills anew (pre), and h overwritten by a later loop of the same step. The
            // reverse sweep recomputed the step's buffer, so a, after h had changed: declined. Now pre is kept on its tape.
            new ArrayCase("MlRnnBufferMinimal", """
                [Differentiable]
                public static double MlRnnBufferMinimal(double[] w, double[] xs)
                {
                    int m = w.Length;
                    double[] h = new double[m];
                    double[] pre = new double[m];
                    for (int t = 0; t < xs.Length; t++)
                    {
                        for (int i = 0; i < m; i++)
                        {
                            double a = xs[t];
                            for (int j = 0; j < m; j++)
                            {
                                a += w[j] * h[j];
                            }

                            pre[i] = a + 0.1 * i;
                        }

                        for (int i = 0; i < m; i++)
                        {
                            h[i] = Math.Tanh(pre[i]);
                        }
                    }

                    double s = 0;
                    for (int i = 0; i < m; i++)
                    {
                        s += h[i];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, 3, -1, 1), Vector(r, n, -1, 1) }),

            // Variants on the lifted DIFF015: two buffers filled anew by the step (pre-activations, then gated values),
            // the step a while loop, the buffer also read directly by the step's own sum, the state written in an if.
            new ArrayCase("MlRnnTwoBuffersWhile", """
                [Differentiable("w", "g")]
                public static double MlRnnTwoBuffersWhile(double[] w, double[] g, double[] xs)
                {
                    int m = g.Length;
                    double[] h = new double[m];
                    double[] pre = new double[m];
                    double[] gated = new double[m];
                    double total = 0;
                    int t = 0;
                    while (t < xs.Length)
                    {
                        for (int i = 0; i < m; i++)
                        {
                            double a = xs[t] * g[i];
                            for (int j = 0; j < m; j++)
                            {
                                a += w[i * m + j] * h[j];
                            }

                            pre[i] = a;
                        }

                        for (int i = 0; i < m; i++)
                        {
                            double gate = 1 / (1 + Math.Exp(-pre[i]));
                            gated[i] = gate * h[i] + (1 - gate) * Math.Tanh(pre[i]);
                            total += pre[i] * pre[i] * 0.1;
                        }

                        for (int i = 0; i < m; i++)
                        {
                            if (gated[i] > 0.9)
                            {
                                h[i] = 0.9;
                            }
                            else
                            {
                                h[i] = gated[i];
                            }
                        }

                        t++;
                    }

                    for (int i = 0; i < m; i++)
                    {
                        total += h[i] * (i + 1);
                    }

                    return total;
                }
                """, (r, n) => new object[] { Vector(r, 9, -0.7, 0.7), Vector(r, 3, -1, 1), Vector(r, n, -1, 1) }) { Accept = a => GatedAway(a) },

            // The same shape in float, the state read through a second array that the step copies it into first.
            new ArrayCase("MlRnnCopyThenBuffer", """
                [Differentiable("w")]
                public static double MlRnnCopyThenBuffer(double[] w, double[] xs)
                {
                    int m = 3;
                    double[] h = new double[m];
                    double[] prev = new double[m];
                    double[] pre = new double[m];
                    for (int t = 0; t < xs.Length; t++)
                    {
                        for (int i = 0; i < m; i++)
                        {
                            prev[i] = h[i];
                        }

                        for (int i = 0; i < m; i++)
                        {
                            double a = xs[t];
                            for (int j = 0; j < m; j++)
                            {
                                a += w[i * m + j] * prev[j] * h[j];
                            }

                            pre[i] = a;
                        }

                        for (int i = 0; i < m; i++)
                        {
                            h[i] = Math.Tanh(pre[i]) + 0.5 * prev[i];
                        }
                    }

                    return h[0] + 2 * h[1] - h[2];
                }
                """, (r, n) => new object[] { Vector(r, 9, -0.8, 0.8), Vector(r, n, -1, 1) }),

            // The lifted shape with stackalloc spans for the state and the buffer, the output read by foreach over the state.
            new ArrayCase("MlRnnStackalloc", """
                [Differentiable("w", "u")]
                public static double MlRnnStackalloc(double[] w, double[] u, double[] xs)
                {
                    const int m = 2;
                    Span<double> h = stackalloc double[m];
                    Span<double> pre = stackalloc double[m];
                    for (int t = 0; t < xs.Length; t++)
                    {
                        for (int i = 0; i < m; i++)
                        {
                            double a = u[i] * xs[t];
                            for (int j = 0; j < m; j++)
                            {
                                a += w[i * m + j] * h[j];
                            }

                            pre[i] = a;
                        }

                        for (int i = 0; i < m; i++)
                        {
                            h[i] = Math.Tanh(pre[i]);
                        }
                    }

                    double s = 0;
                    foreach (double v in h)
                    {
                        s += v * v;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, 4, -0.9, 0.9), Vector(r, 2, -1, 1), Vector(r, n, -1, 1) }),

            // Adam with the docs' advice for MlAdamInner's DIFF015: the weights a step reads copied into an array of their
            // own at the start of the step, and read there.
            new ArrayCase("MlAdamCopied", """
                [Differentiable("w0", "lr")]
                public static double MlAdamCopied(double[] w0, double lr, double[] x, double[] y, double[] xv, double yv)
                {
                    int n = w0.Length;
                    double[] w = new double[n];
                    double[] old = new double[n];
                    double[] m = new double[n];
                    double[] v = new double[n];
                    for (int i = 0; i < n; i++)
                    {
                        w[i] = w0[i];
                    }

                    double b1t = 1, b2t = 1;
                    for (int step = 0; step < 3; step++)
                    {
                        b1t *= 0.9;
                        b2t *= 0.999;
                        for (int i = 0; i < n; i++)
                        {
                            old[i] = w[i];
                        }

                        double pred = 0;
                        for (int i = 0; i < n; i++)
                        {
                            pred += old[i] * x[i];
                        }

                        double err = pred - y[step];
                        for (int i = 0; i < n; i++)
                        {
                            double g = err * x[i];
                            m[i] = 0.9 * m[i] + 0.1 * g;
                            v[i] = 0.999 * v[i] + 0.001 * g * g;
                            double mHat = m[i] / (1 - b1t);
                            double vHat = v[i] / (1 - b2t);
                            w[i] = old[i] - lr * mHat / (Math.Sqrt(vHat) + 1e-8);
                        }
                    }

                    double outer = -yv;
                    for (int i = 0; i < n; i++)
                    {
                        outer += w[i] * xv[i];
                    }

                    return outer * outer;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, 0.01, 0.2), AwayFromZero(r, n, 0.3, 1.5), Vector(r, 3), Vector(r, n), Uniform(r, -1, 1) }) { Sizes = ArrayCase.NonEmpty },

            // The Gaussian-process likelihood with the Cholesky factor computed row by row (Cholesky–Banachiewicz): each
            // element of L written once, from elements written before it, the diagonal chosen by ?:.
            new ArrayCase("MlGpCholeskyRows", """
                [Differentiable("logLength", "logSignal", "logNoise")]
                public static double MlGpCholeskyRows(double logLength, double logSignal, double logNoise, double[] x, double[] y)
                {
                    int n = x.Length;
                    double ell = Math.Exp(logLength), sf2 = Math.Exp(2 * logSignal), sn2 = Math.Exp(2 * logNoise);
                    double[] L = new double[n * n];
                    for (int i = 0; i < n; i++)
                    {
                        for (int j = 0; j <= i; j++)
                        {
                            double d = (x[i] - x[j]) / ell;
                            double s = sf2 * Math.Exp(-0.5 * d * d) + (i == j ? sn2 : 0.0);
                            for (int k = 0; k < j; k++)
                            {
                                s -= L[i * n + k] * L[j * n + k];
                            }

                            L[i * n + j] = i == j ? Math.Sqrt(s) : s / L[j * n + j];
                        }
                    }

                    double quad = 0, logDet = 0;
                    double[] alpha = new double[n];
                    for (int i = 0; i < n; i++)
                    {
                        double t = y[i];
                        for (int k = 0; k < i; k++)
                        {
                            t -= L[i * n + k] * alpha[k];
                        }

                        alpha[i] = t / L[i * n + i];
                        quad += alpha[i] * alpha[i];
                        logDet += Math.Log(L[i * n + i]);
                    }

                    return -0.5 * quad - logDet - 0.5 * n * Math.Log(2 * Math.PI);
                }
                """, (r, n) => new object[] { Uniform(r, -0.5, 0.5), Uniform(r, -0.5, 0.5), Uniform(r, -1.5, -0.5), Enumerable.Range(0, n).Select(i => i * 0.7 + Uniform(r, -0.1, 0.1)).ToArray(), Vector(r, n, -1, 1) }) { Sizes = new[] { 0, 1, 2, 3, 4 } },

            // Polynomial features of two inputs up to degree 3 (x^p·y^q with integer loop counters as exponents, the
            // inputs possibly negative), weighted by w; a squared error. Exponents from counters go through Math.Pow.
            new ArrayCase("MlPolyFeatures", """
                [Differentiable]
                public static double MlPolyFeatures(double[] w, double x, double y, double target)
                {
                    double[] phi = new double[10];
                    int f = 0;
                    for (int degree = 0; degree <= 3; degree++)
                    {
                        for (int p = degree; p >= 0; p--)
                        {
                            phi[f] = Math.Pow(x, p) * Math.Pow(y, degree - p);
                            f++;
                        }
                    }

                    double pred = 0;
                    for (int i = 0; i < 10; i++)
                    {
                        pred += w[i] * phi[i];
                    }

                    return (pred - target) * (pred - target);
                }
                """, (r, n) => new object[] { Vector(r, 10, -1, 1), Uniform(r, -1.5, 1.5), Uniform(r, -1.5, 1.5), Uniform(r, -1, 1) }) { Sizes = ArrayCase.Scalar },

            // Polynomial features by repeated multiplication: powers kept in a running product, features in a local array.
            new ArrayCase("MlPolyRunning", """
                [Differentiable]
                public static double MlPolyRunning(double[] w, double[] x)
                {
                    int degree = w.Length;
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double power = 1;
                        double pred = 0;
                        for (int p = 0; p < degree; p++)
                        {
                            pred += w[p] * power;
                            power *= x[i];
                        }

                        s += Math.Sin(pred);
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, 4, -1, 1), Vector(r, n, -1.5, 1.5) }),

            // Cosine similarity of two embeddings, 1 − cos as a loss.
            new ArrayCase("MlCosine", """
                [Differentiable]
                public static double MlCosine(double[] a, double[] b)
                {
                    double dot = 0, na = 0, nb = 0;
                    for (int i = 0; i < a.Length; i++)
                    {
                        dot += a[i] * b[i];
                        na += a[i] * a[i];
                        nb += b[i] * b[i];
                    }

                    return 1 - dot / (Math.Sqrt(na) * Math.Sqrt(nb) + 1e-12);
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n) }) { Sizes = ArrayCase.NonEmpty, Accept = a => Draw.Dot((double[])a[0], (double[])a[0]) > 0.05 && Draw.Dot((double[])a[1], (double[])a[1]) > 0.05 },

            // A triplet loss with cosine distances and a margin: Math.Max(0, d(a, p) − d(a, n) + margin).
            new ArrayCase("MlTripletCosine", """
                [Differentiable("anchor", "positive", "negative")]
                public static double MlTripletCosine(double[] anchor, double[] positive, double[] negative, double margin)
                {
                    double ap = 0, an = 0, aa = 0, pp = 0, nn = 0;
                    for (int i = 0; i < anchor.Length; i++)
                    {
                        ap += anchor[i] * positive[i];
                        an += anchor[i] * negative[i];
                        aa += anchor[i] * anchor[i];
                        pp += positive[i] * positive[i];
                        nn += negative[i] * negative[i];
                    }

                    double dPos = 1 - ap / Math.Sqrt(aa * pp);
                    double dNeg = 1 - an / Math.Sqrt(aa * nn);
                    return Math.Max(0, dPos - dNeg + margin);
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n), Vector(r, n), Uniform(r, 0.5, 1.5) }) { Sizes = ArrayCase.NonEmpty, Accept = a => TripletAway(a) },

            // Piecewise-linear interpolation over sorted knots: a linear search with break as the loop's last statement,
            // the segment's slope, values at the knots differentiated and the query too.
            new ArrayCase("MlInterpLinearSearch", """
                [Differentiable("values", "t")]
                public static double MlInterpLinearSearch(double[] knots, double[] values, double t)
                {
                    int k = 0;
                    for (int i = 0; i < knots.Length - 1; i++)
                    {
                        k = i;
                        if (t < knots[i + 1])
                        {
                            break;
                        }
                    }

                    double frac = (t - knots[k]) / (knots[k + 1] - knots[k]);
                    return values[k] + frac * (values[k + 1] - values[k]);
                }
                """, (r, n) => new object[] { Enumerable.Range(0, n + 2).Select(i => (double)i).ToArray(), Vector(r, n + 2), Uniform(r, -0.5, n + 1.5) }) { Accept = a => AwayFromKnots(a) },

            // The same with a binary search in a while loop (lo, hi and mid integers).
            new ArrayCase("MlInterpBinarySearch", """
                [Differentiable("values", "t")]
                public static double MlInterpBinarySearch(double[] knots, double[] values, double t)
                {
                    int lo = 0, hi = knots.Length - 1;
                    while (hi - lo > 1)
                    {
                        int mid = (lo + hi) / 2;
                        if (knots[mid] <= t)
                        {
                            lo = mid;
                        }
                        else
                        {
                            hi = mid;
                        }
                    }

                    double frac = (t - knots[lo]) / (knots[hi] - knots[lo]);
                    double v = (1 - frac) * values[lo] + frac * values[hi];
                    return v * v + Math.Sin(t) * values[0];
                }
                """, (r, n) => new object[] { Enumerable.Range(0, n + 2).Select(i => (double)i).ToArray(), Vector(r, n + 2), Uniform(r, -0.5, n + 1.5) }) { Accept = a => AwayFromKnots(a) },

            // A piecewise-linear activation with learnable values at fixed knots, searched by a while loop whose condition
            // reads the knot array, applied to every element of an input.
            new ArrayCase("MlLearnedActivation", """
                [Differentiable("values", "x")]
                public static double MlLearnedActivation(double[] values, double[] x)
                {
                    double[] knots = { -2, -1, 0, 1, 2 };
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double u = Math.Clamp(x[i], -2, 2);
                        int k = 0;
                        while (k < 3 && u >= knots[k + 1])
                        {
                            k++;
                        }

                        double frac = u - knots[k];
                        s += values[k] + frac * (values[k + 1] - values[k]);
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, 5), Vector(r, n, -1.9, 1.9) }) { Accept = a => ((double[])a[1]).All(v => System.Math.Abs(v - System.Math.Round(v)) > 0.03) },

            // An early exit as supported code writes it: accumulate a discounted return over an episode until a
            // terminal flag, break as the loop's last statement, choose the result at the end by an integer flag.
            new ArrayCase("MlEarlyExitFlag", """
                [Differentiable("w")]
                public static double MlEarlyExitFlag(double[] w, double[] rewards, double[] done)
                {
                    double g = 0, discount = 1;
                    int ended = 0;
                    for (int t = 0; t < rewards.Length; t++)
                    {
                        g += discount * rewards[t] * Math.Tanh(w[t % w.Length]);
                        discount *= 0.9 + 0.05 * Math.Sin(w[0]);
                        if (done[t] > 0.5)
                        {
                            ended = 1;
                            break;
                        }
                    }

                    return ended == 1 ? g : g + discount * w[0];
                }
                """, (r, n) => new object[] { Vector(r, 3, -1, 1), Vector(r, n), Enumerable.Range(0, n).Select(_ => r.Next(4) == 0 ? 1.0 : 0.0).ToArray() }),

            // A return inside a loop (the early exit written as developers often do): declined with DIFF015, as documented.
            new ArrayCase("MlEarlyReturnInLoop", """
                [Differentiable("w")]
                public static double MlEarlyReturnInLoop(double[] w, double[] x)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += w[i] * x[i];
                        if (s > 10)
                        {
                            return s;
                        }
                    }

                    return s * s;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n) }),

            // Helpers called from loops: a [Differentiable] stable softplus and a [Differentiable] array dot product with
            // an int offset, called per sample and per unit.
            new ArrayCase("MlHelperCalls", """
                [Differentiable]
                public static double MlSoftplus(double z) => z >= 0 ? z + Math.Log(1 + Math.Exp(-z)) : Math.Log(1 + Math.Exp(z));

                [Differentiable]
                public static double MlSigmoid(double z) => 1 / (1 + Math.Exp(-z));

                [Differentiable("w", "x")]
                public static double MlDot(double[] w, double[] x)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += w[i] * x[i];
                    }

                    return s;
                }

                [Differentiable("w", "v")]
                public static double MlHelperCalls(double[] w, double[] v, double[] x, double[] y)
                {
                    double[] h = new double[v.Length];
                    for (int j = 0; j < v.Length; j++)
                    {
                        h[j] = MlSigmoid(w[j] * x[0] + w[v.Length + j] * x[1]);
                    }

                    double z = MlDot(v, h);
                    double loss = 0;
                    for (int i = 0; i < y.Length; i++)
                    {
                        loss += MlSoftplus(-y[i] * z * (i + 1));
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Vector(r, 6, -1, 1), Vector(r, 3, -1, 1), Vector(r, 2), Enumerable.Range(0, n).Select(_ => Sign(r)).ToArray() }),

            // A custom derivative ([DerivativeOf]) for a library's log-sum-exp (in a class DiffGen does not read), used as
            // a smooth max pooling of neighbouring activations inside a loop.
            new ArrayCase("MlSmoothMaxPool", """
                public static class MlLib
                {
                    public static double LogSumExp(double a, double b)
                    {
                        double m = Math.Max(a, b);
                        return m + Math.Log(Math.Exp(a - m) + Math.Exp(b - m));
                    }
                }

                [DerivativeOf(typeof(MlLib), nameof(MlLib.LogSumExp))]
                public static double MlLogSumExpDerivative(double a, double b, out double dA, out double dB)
                {
                    double value = MlLib.LogSumExp(a, b);
                    dA = Math.Exp(a - value);
                    dB = Math.Exp(b - value);
                    return value;
                }

                [Differentiable("w")]
                public static double MlSmoothMaxPool(double[] w, double[] x)
                {
                    double s = 0;
                    for (int i = 0; i + 1 < x.Length; i++)
                    {
                        double u = MlLib.LogSumExp(w[i] * x[i], w[i + 1] * x[i + 1]);
                        s += u * u;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n) }),

            // The DQN loss with the bootstrapped target given as data: the method ModelLayerStopTests compares the
            // gradient of MlDqnStop (the target computed from W inside Gradient.Stop) with.
            new ArrayCase("MlDqnFrozen", """
                [Differentiable("W")]
                public static double MlDqnFrozen(double[] W, double[] s, int action, double target)
                {
                    int d = s.Length;
                    double q = 0;
                    for (int j = 0; j < d; j++)
                    {
                        q += W[action * d + j] * s[j];
                    }

                    return (q - target) * (q - target);
                }
                """, (r, n) => new object[] { Vector(r, 3 * n, -1, 1), Vector(r, n), r.Next(3), Uniform(r, -1, 1) }) { Sizes = ArrayCase.NonEmpty },

            // A straight-through estimator's loss with the quantization offsets given as data: the method
            // ModelLayerStopTests compares the gradient of MlStraightThrough (offsets inside Gradient.Stop) with.
            new ArrayCase("MlStraightThroughFrozen", """
                [Differentiable("w")]
                public static double MlStraightThroughFrozen(double[] w, double[] x, double y, double[] offsets)
                {
                    double pred = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        double q = w[i] + offsets[i];
                        pred += q * x[i];
                    }

                    return (pred - y) * (pred - y);
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n), Uniform(r, -1, 1), Vector(r, n, -0.125, 0.125) }),

            // Max pooling that keeps the argmax in an integer local (set in an if beside the maximum), then reads the
            // winning element again through it, as the backward pass of a pooling layer is often written.
            new ArrayCase("MlMaxPoolArgmax", """
                [Differentiable]
                public static double MlMaxPoolArgmax(double[] x, double[] v)
                {
                    int outLen = x.Length / 2;
                    double s = 0;
                    for (int o = 0; o < outLen; o++)
                    {
                        int arg = 2 * o;
                        double m = x[arg];
                        if (x[2 * o + 1] > m)
                        {
                            m = x[2 * o + 1];
                            arg = 2 * o + 1;
                        }

                        s += v[o] * x[arg] + m * m;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Separated(r, 2 * n + 1), Vector(r, n) }),

            // RMSNorm into a stackalloc span, with a learned scale, then a dot product with a target.
            new ArrayCase("MlRmsNormStackalloc", """
                [Differentiable("x", "scale")]
                public static double MlRmsNormStackalloc(double[] x, double[] scale, double[] y)
                {
                    int n = x.Length;
                    double ms = 0;
                    foreach (double v in x)
                    {
                        ms += v * v;
                    }

                    double inv = 1 / Math.Sqrt(ms / n + 1e-6);
                    Span<double> h = stackalloc double[n];
                    for (int i = 0; i < n; i++)
                    {
                        h[i] = x[i] * inv * scale[i];
                    }

                    double s = 0;
                    for (int i = 0; i < n; i++)
                    {
                        s += (h[i] - y[i]) * (h[i] - y[i]);
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n, 0.5, 1.5), Vector(r, n) }) { Sizes = ArrayCase.NonEmpty },

            // Cross-entropy with label smoothing and a temperature that is differentiated, over logits.
            new ArrayCase("MlLabelSmoothing", """
                [Differentiable("z", "temperature")]
                public static double MlLabelSmoothing(double[] z, double temperature, int label)
                {
                    const double eps = 0.1;
                    int k = z.Length;
                    double max = z[0];
                    for (int c = 1; c < k; c++)
                    {
                        max = Math.Max(max, z[c]);
                    }

                    double sum = 0;
                    for (int c = 0; c < k; c++)
                    {
                        sum += Math.Exp((z[c] - max) / temperature);
                    }

                    double logZ = Math.Log(sum) + max / temperature;
                    double loss = 0;
                    for (int c = 0; c < k; c++)
                    {
                        double target = c == label ? 1 - eps + eps / k : eps / k;
                        loss -= target * (z[c] / temperature - logZ);
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.5, 2), r.Next(n) }) { Sizes = ArrayCase.NonEmpty },

            // Binary cross-entropy with class weights indexed by labels kept as doubles ((int)labels[i]), logits from
            // an embedding table looked up by repeated token ids (int[]).
            new ArrayCase("MlWeightedBceEmbedding", """
                [Differentiable("E", "w")]
                public static double MlWeightedBceEmbedding(double[] E, double[] w, int[] tokens, double[] labels, double[] classWeights)
                {
                    const int d = 2;
                    double loss = 0;
                    for (int i = 0; i < tokens.Length; i++)
                    {
                        int t = tokens[i];
                        double z = w[0] * E[t * d] + w[1] * E[t * d + 1];
                        double weight = classWeights[(int)labels[i]];
                        double softplus = z >= 0 ? z + Math.Log(1 + Math.Exp(-z)) : Math.Log(1 + Math.Exp(z));
                        loss += weight * (softplus - labels[i] * z);
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Vector(r, 2 * 3), Vector(r, 2), Enumerable.Range(0, n).Select(_ => r.Next(3)).ToArray(), Enumerable.Range(0, n).Select(_ => (double)r.Next(2)).ToArray(), new[] { 0.3, 1.7 } }),

            // One SGD step with the gradient clipped by Math.Clamp per component, then the loss at the new weights;
            // the step's gradient written out by hand from the parameter, the new weights in a local array.
            new ArrayCase("MlClippedSgd", """
                [Differentiable("w0", "lr")]
                public static double MlClippedSgd(double[] w0, double lr, double[,] X, double[] y)
                {
                    int n = w0.Length, m = X.GetLength(0);
                    double[] w = new double[n];
                    for (int j = 0; j < n; j++)
                    {
                        double g = 0;
                        for (int s = 0; s < m; s++)
                        {
                            double r = -y[s];
                            for (int k = 0; k < n; k++)
                            {
                                r += w0[k] * X[s, k];
                            }

                            g += 2 * r * X[s, j] / m;
                        }

                        w[j] = w0[j] - lr * Math.Clamp(g, -1.0, 1.0);
                    }

                    double loss = 0;
                    for (int s = 0; s < m; s++)
                    {
                        double r = -y[s];
                        for (int k = 0; k < n; k++)
                        {
                            r += w[k] * X[s, k];
                        }

                        loss += r * r;
                    }

                    return loss / m;
                }
                """, (r, n) => new object[] { Vector(r, 3, -1, 1), Uniform(r, 0.05, 0.3), MatrixDataCases.Matrix(r, n, 3), Vector(r, n) }) { Sizes = ArrayCase.NonEmpty, Accept = a => ClippedAway(a) },

            // InfoNCE over a batch of embedding pairs with a learned temperature: similarities in a local array, each
            // row's log-sum-exp with its maximum subtracted, the positive on the diagonal.
            new ArrayCase("MlInfoNce", """
                [Differentiable("za", "zb", "logTau")]
                public static double MlInfoNce(double[] za, double[] zb, double logTau)
                {
                    const int d = 2;
                    int b = za.Length / d;
                    double tau = Math.Exp(logTau);
                    double[] sim = new double[b * b];
                    for (int i = 0; i < b; i++)
                    {
                        for (int j = 0; j < b; j++)
                        {
                            sim[i * b + j] = (za[i * d] * zb[j * d] + za[i * d + 1] * zb[j * d + 1]) / tau;
                        }
                    }

                    double loss = 0;
                    for (int i = 0; i < b; i++)
                    {
                        double max = sim[i * b];
                        for (int j = 1; j < b; j++)
                        {
                            max = Math.Max(max, sim[i * b + j]);
                        }

                        double sum = 0;
                        for (int j = 0; j < b; j++)
                        {
                            sum += Math.Exp(sim[i * b + j] - max);
                        }

                        loss += max + Math.Log(sum) - sim[i * b + i];
                    }

                    return loss / b;
                }
                """, (r, n) => new object[] { Vector(r, 2 * n, -1, 1), Vector(r, 2 * n, -1, 1), Uniform(r, -0.5, 0.5) }) { Sizes = ArrayCase.NonEmpty },

            // Two residual blocks with ELU, the hidden vector updated in place (h[i] += f(h[i])), and a sinusoidal
            // positional encoding added from the integer position.
            new ArrayCase("MlResidualElu", """
                [Differentiable("x", "a", "alpha")]
                public static double MlResidualElu(double[] x, double[] a, double alpha)
                {
                    int n = x.Length;
                    double[] h = new double[n];
                    for (int i = 0; i < n; i++)
                    {
                        h[i] = x[i] + Math.Sin(i / Math.Pow(10000, 2.0 * (i / 2) / n));
                    }

                    for (int block = 0; block < 2; block++)
                    {
                        for (int i = 0; i < n; i++)
                        {
                            double u = a[block] * h[i];
                            h[i] += u > 0 ? u : alpha * (Math.Exp(u) - 1);
                        }
                    }

                    double s = 0;
                    for (int i = 0; i < n; i++)
                    {
                        s += h[i] * h[i];
                    }

                    return s;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n, 0.2, 2), new[] { Uniform(r, 0.3, 1), Uniform(r, 0.3, 1) }, Uniform(r, 0.5, 1.5) }) { Accept = a => ResidualEluAway(a) },

            // A per-sample hidden layer in a local array filled anew for each sample, handed to a [Differentiable] helper
            // with a loop (a log-sum-exp with its maximum subtracted) inside the sample loop; the data a double[,].
            new ArrayCase("MlPerSampleHelper", """
                [Differentiable]
                public static double MlLse(double[] z)
                {
                    double max = z[0];
                    for (int i = 1; i < z.Length; i++)
                    {
                        max = Math.Max(max, z[i]);
                    }

                    double sum = 0;
                    for (int i = 0; i < z.Length; i++)
                    {
                        sum += Math.Exp(z[i] - max);
                    }

                    return max + Math.Log(sum);
                }

                [Differentiable("W")]
                public static double MlPerSampleHelper(double[] W, double[,] X, int[] labels)
                {
                    int m = X.GetLength(0), d = X.GetLength(1), k = W.Length / d;
                    double[] logits = new double[k];
                    double nll = 0;
                    for (int s = 0; s < m; s++)
                    {
                        for (int c = 0; c < k; c++)
                        {
                            double z = 0;
                            for (int j = 0; j < d; j++)
                            {
                                z += W[c * d + j] * X[s, j];
                            }

                            logits[c] = Math.Tanh(z) * 3;
                        }

                        double lse = MlLse(logits);
                        nll += lse - logits[labels[s]];
                    }

                    return nll / m;
                }
                """, (r, n) => new object[] { Vector(r, 3 * 2, -1, 1), MatrixDataCases.Matrix(r, n, 2), Enumerable.Range(0, n).Select(_ => r.Next(3)).ToArray() }) { Sizes = ArrayCase.NonEmpty },

            // An early exit from a nested loop as the docs advise: a flag set before break in the inner loop, tested after it.
            new ArrayCase("MlNestedEarlyExit", """
                [Differentiable("w")]
                public static double MlNestedEarlyExit(double[] w, double[,] X, double budget)
                {
                    double spent = 0, value = 0;
                    int stop = 0;
                    for (int i = 0; i < X.GetLength(0); i++)
                    {
                        for (int j = 0; j < X.GetLength(1); j++)
                        {
                            double cost = Math.Exp(w[j] * X[i, j]);
                            spent += X[i, j] * X[i, j];
                            value += cost * w[j];
                            if (spent > budget)
                            {
                                stop = 1;
                                break;
                            }
                        }

                        if (stop == 1)
                        {
                            break;
                        }
                    }

                    return stop == 1 ? value : value * 0.5;
                }
                """, (r, n) => new object[] { Vector(r, 3, -1, 1), MatrixDataCases.Matrix(r, n, 3), Uniform(r, 1, 8) }) { Sizes = ArrayCase.NonEmpty },

            // The smallest reproducer of the silent wrong gradient MlNestedEarlyExit found: an inner loop left by a break
            // whose test reads a sum the loops add up (spent), inside an outer loop the reverse sweep takes back on its
            // own (here a while). The reverse sweep counted the inner loop's iterations again with the break's test, but
            // with spent's final value and without adding it up: it took back too few iterations (dW[1] was 0, not
            // 2·w[1]). Now the test's reads are needed by the reverse sweep: spent is kept per outer iteration and added
            // up again.
            new ArrayCase("MlBudgetBreakMinimal", """
                [Differentiable("w")]
                public static double MlBudgetBreakMinimal(double[] w, double[] x, double budget)
                {
                    double spent = 0, value = 0;
                    int i = 0;
                    while (i < 2)
                    {
                        for (int j = 0; j < x.Length; j++)
                        {
                            spent += x[j] * x[j];
                            value += w[j] * w[j];
                            if (spent > budget)
                            {
                                break;
                            }
                        }

                        i++;
                    }

                    return value;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Vector(r, n), Uniform(r, 0.5, 4) }) { Accept = a => BudgetAway(a) },

            // The same class without a break: an integer index chosen by an if whose test reads the running sum. The
            // reverse sweep computed k again under the if, with spent's final value: dW went to the wrong elements.
            // Now the tests that choose a needed value, and the conditions of loops that compute one, are needed too.
            new ArrayCase("MlThresholdIndexMinimal", """
                [Differentiable("w")]
                public static double MlThresholdIndexMinimal(double[] w, double[] x, double budget)
                {
                    double spent = 0, value = 0;
                    int i = 0;
                    while (i < 2)
                    {
                        int k = 0;
                        for (int j = 0; j < x.Length; j++)
                        {
                            spent += x[j] * x[j];
                            if (spent > budget)
                            {
                                k = 1;
                            }

                            value += w[k] * w[j];
                        }

                        i++;
                    }

                    return value;
                }
                """, (r, n) => new object[] { Vector(r, n + 2, -1, 1), Vector(r, n), Uniform(r, 0.5, 4) }) { Accept = a => BudgetAway(a) },

            // Variants of the fixed class, each with a scalar differentiated too (so its partial is checked): the test
            // reads an integer counted across the outer loop, an element of a local array added to across it, leaves
            // by continue, or is a while's condition. Before the fix MlBreakOnCount and MlContinueOnBudget were wrong
            // too; MlBreakOnElement (the array's old elements are kept) and MlWhileOnBudget (a loop's condition) were right.
            new ArrayCase("MlBreakOnCount", """
                [Differentiable("w", "scale")]
                public static double MlBreakOnCount(double[] w, double scale, double[] x, double budget)
                {
                    double value = 0;
                    int count = 0;
                    int i = 0;
                    while (i < 3)
                    {
                        for (int j = 0; j < x.Length; j++)
                        {
                            count++;
                            value += w[j] * w[j] * x[j] * scale;
                            if (count > budget * 2)
                            {
                                break;
                            }
                        }

                        i++;
                    }

                    return value;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, 0.5, 1.5), Vector(r, n), Uniform(r, 0.5, 4) }) { Accept = a => BudgetAway(new object[] { a[0], a[2], a[3] }, 3) },

            new ArrayCase("MlBreakOnElement", """
                [Differentiable("w", "scale")]
                public static double MlBreakOnElement(double[] w, double scale, double[] x, double budget)
                {
                    double value = 0;
                    double[] acc = new double[x.Length];
                    int i = 0;
                    while (i < 3)
                    {
                        for (int j = 0; j < x.Length; j++)
                        {
                            acc[j] += x[j] * x[j];
                            value += Math.Sin(w[j] * scale) * x[j];
                            if (acc[j] > budget)
                            {
                                break;
                            }
                        }

                        i++;
                    }

                    return value;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, 0.5, 1.5), Vector(r, n), Uniform(r, 0.5, 4) }) { Accept = a => BudgetAway(new object[] { a[0], a[2], a[3] }, 3) },

            new ArrayCase("MlContinueOnBudget", """
                [Differentiable("w", "scale")]
                public static double MlContinueOnBudget(double[] w, double scale, double[] x, double budget)
                {
                    double value = 0, spent = 0;
                    int i = 0;
                    while (i < 3)
                    {
                        for (int j = 0; j < x.Length; j++)
                        {
                            spent += x[j] * x[j];
                            if (spent > budget)
                            {
                                continue;
                            }

                            value += w[j] * w[j] * x[j] + scale * value;
                        }

                        i++;
                    }

                    return value;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, 0.5, 1.5), Vector(r, n), Uniform(r, 0.5, 4) }) { Accept = a => BudgetAway(new object[] { a[0], a[2], a[3] }, 3) },

            new ArrayCase("MlWhileOnBudget", """
                [Differentiable("w", "scale")]
                public static double MlWhileOnBudget(double[] w, double scale, double[] x, double budget)
                {
                    double value = 0, spent = 0;
                    int i = 0;
                    while (i < 3)
                    {
                        int j = 0;
                        while (spent < budget && j < x.Length)
                        {
                            spent += x[j] * x[j];
                            value = value * scale + w[j] * x[j];
                            j++;
                        }

                        i++;
                    }

                    return value;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, 0.5, 1.5), Vector(r, n), Uniform(r, 0.5, 4) }) { Accept = a => BudgetAway(new object[] { a[0], a[2], a[3] }, 3) },

            // A linear value function along a trajectory: the environment's state (data, not differentiated) moves each
            // step, and the features of the state are a local array given its elements, { 1, s, s² }, declared in the
            // loop. The reverse sweep (the outer loop is a while) computed the features again from the state's final
            // value: a wrong gradient without a diagnostic, found while reducing the break class. An array's
            // declaration now counts, like any write, in what the reverse sweep needs: the state is kept per iteration.
            new ArrayCase("MlValueFeatures", """
                [Differentiable("w")]
                public static double MlValueFeatures(double[] w, double[] moves, double[] rewards)
                {
                    double state = 0, loss = 0;
                    int t = 0;
                    while (t < moves.Length)
                    {
                        state += moves[t];
                        double[] phi = { 1, state, state * state };
                        double v = 0;
                        for (int k = 0; k < 3; k++)
                        {
                            v += w[k] * phi[k];
                        }

                        loss += (v - rewards[t]) * (v - rewards[t]);
                        t++;
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Vector(r, 3, -1, 1), Vector(r, n, -1, 1), Vector(r, n) }),

            // The reduction: a local array given its elements from a running sum, in an inner loop of a while.
            new ArrayCase("MlGivenElementsMinimal", """
                [Differentiable("w")]
                public static double MlGivenElementsMinimal(double[] w, double[] x)
                {
                    double value = 0, spent = 0;
                    int i = 0;
                    while (i < 3)
                    {
                        for (int j = 0; j < x.Length; j++)
                        {
                            spent += x[j] * x[j];
                            double[] pair = { spent, 1 };
                            value += w[j] * pair[0] * w[j];
                        }

                        i++;
                    }

                    return value;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Vector(r, n) }),

            // A scalar GELU (tanh form) and SiLU without loops, summed: the methods a layer library starts from.
            new ArrayCase("MlScalarActivations", """
                [Differentiable]
                public static double MlScalarActivations(double u, double v)
                {
                    double gelu = 0.5 * u * (1 + Math.Tanh(0.7978845608028654 * (u + 0.044715 * u * u * u)));
                    double silu = v / (1 + Math.Exp(-v));
                    double mish = u * Math.Tanh(Math.Log(1 + Math.Exp(v)));
                    return gelu * silu + mish;
                }
                """, (r, n) => new object[] { Uniform(r, -3, 3), Uniform(r, -3, 3) }) { Sizes = ArrayCase.Scalar },
        };

        /// <summary>float twins.</summary>
        public static readonly ArrayCase[] Float =
        {
            Twin("MlConv1d", """
                [Differentiable]
                public static float MlConv1dF(float[] x, float[] kernel, float bias, float[] target)
                {
                    const int stride = 2;
                    const int pad = 1;
                    int k = kernel.Length;
                    int outLen = (x.Length + 2 * pad - k) / stride + 1;
                    float loss = 0;
                    for (int o = 0; o < outLen; o++)
                    {
                        float acc = bias;
                        for (int t = 0; t < k; t++)
                        {
                            int j = o * stride + t - pad;
                            if (j >= 0 && j < x.Length)
                            {
                                acc += kernel[t] * x[j];
                            }
                        }

                        float r = acc - target[o];
                        loss += r * r;
                    }

                    return loss / outLen;
                }
                """),

            Twin("MlLayerNorm", """
                [Differentiable("x", "gain", "bias")]
                public static float MlLayerNormF(float[] x, float[] gain, float[] bias, float[] y)
                {
                    int n = x.Length;
                    float mean = 0;
                    for (int i = 0; i < n; i++)
                    {
                        mean += x[i];
                    }

                    mean /= n;
                    float variance = 0;
                    for (int i = 0; i < n; i++)
                    {
                        float c = x[i] - mean;
                        variance += c * c;
                    }

                    variance /= n;
                    float inv = 1 / MathF.Sqrt(variance + 1e-5f);
                    float[] h = new float[n];
                    for (int i = 0; i < n; i++)
                    {
                        h[i] = gain[i] * (x[i] - mean) * inv + bias[i];
                    }

                    float loss = 0;
                    for (int i = 0; i < n; i++)
                    {
                        loss += y[i] * h[i] + 0.5f * h[i] * h[i] * (i + 1);
                    }

                    return loss;
                }
                """),

            Twin("MlBatchNorm", """
                [Differentiable("w", "gamma", "beta")]
                public static float MlBatchNormF(float[] w, float[] gamma, float[] beta, float[,] X, float[] y)
                {
                    int m = X.GetLength(0), d = X.GetLength(1);
                    float[] z = new float[m * d];
                    for (int i = 0; i < m; i++)
                    {
                        for (int j = 0; j < d; j++)
                        {
                            z[i * d + j] = MathF.Tanh(w[j] * X[i, j] + w[d + j]);
                        }
                    }

                    float loss = 0;
                    for (int j = 0; j < d; j++)
                    {
                        float mu = 0;
                        for (int i = 0; i < m; i++)
                        {
                            mu += z[i * d + j];
                        }

                        mu /= m;
                        float variance = 0;
                        for (int i = 0; i < m; i++)
                        {
                            float c = z[i * d + j] - mu;
                            variance += c * c;
                        }

                        variance /= m;
                        float inv = 1 / MathF.Sqrt(variance + 1e-5f);
                        for (int i = 0; i < m; i++)
                        {
                            float output = gamma[j] * (z[i * d + j] - mu) * inv + beta[j];
                            float r = output - y[i];
                            loss += r * r;
                        }
                    }

                    return loss / m;
                }
                """),

            Twin("MlSoftmaxCrossEntropy", """
                [Differentiable("W", "b")]
                public static float MlSoftmaxCrossEntropyF(float[] W, float[] b, float[] x, int label)
                {
                    int k = b.Length, d = x.Length;
                    float[] z = new float[k];
                    for (int c = 0; c < k; c++)
                    {
                        float s = b[c];
                        for (int j = 0; j < d; j++)
                        {
                            s += W[c * d + j] * x[j];
                        }

                        z[c] = s;
                    }

                    float max = z[0];
                    for (int c = 1; c < k; c++)
                    {
                        max = MathF.Max(max, z[c]);
                    }

                    float sum = 0;
                    for (int c = 0; c < k; c++)
                    {
                        sum += MathF.Exp(z[c] - max);
                    }

                    return MathF.Log(sum) + max - z[label];
                }
                """),

            Twin("MlAttention", """
                [Differentiable("q", "K", "V")]
                public static float MlAttentionF(float[] q, float[] K, float[] V, float[] target)
                {
                    int d = q.Length;
                    int k = K.Length / d;
                    float[] scores = new float[k];
                    float scale = 1 / MathF.Sqrt(d);
                    for (int i = 0; i < k; i++)
                    {
                        float s = 0;
                        for (int j = 0; j < d; j++)
                        {
                            s += q[j] * K[i * d + j];
                        }

                        scores[i] = s * scale;
                    }

                    float max = scores[0];
                    for (int i = 1; i < k; i++)
                    {
                        max = MathF.Max(max, scores[i]);
                    }

                    float z = 0;
                    for (int i = 0; i < k; i++)
                    {
                        scores[i] = MathF.Exp(scores[i] - max);
                        z += scores[i];
                    }

                    for (int i = 0; i < k; i++)
                    {
                        scores[i] /= z;
                    }

                    float loss = 0;
                    for (int j = 0; j < d; j++)
                    {
                        float o = 0;
                        for (int i = 0; i < k; i++)
                        {
                            o += scores[i] * V[i * d + j];
                        }

                        float r = o - target[j];
                        loss += r * r;
                    }

                    return loss;
                }
                """),

            Twin("MlRnnUnrolled", """
                [Differentiable("Wx", "Wh", "v")]
                public static float MlRnnUnrolledF(float[] Wx, float[] Wh, float[] v, float[] xs)
                {
                    int m = v.Length;
                    float[] h = new float[m];
                    float[] pre = new float[m];
                    float loss = 0;
                    for (int t = 0; t < xs.Length; t++)
                    {
                        for (int i = 0; i < m; i++)
                        {
                            float a = Wx[i] * xs[t];
                            for (int j = 0; j < m; j++)
                            {
                                a += Wh[i * m + j] * h[j];
                            }

                            pre[i] = a;
                        }

                        float y = 0;
                        for (int i = 0; i < m; i++)
                        {
                            h[i] = MathF.Tanh(pre[i]);
                            y += v[i] * h[i];
                        }

                        float target = t + 1 < xs.Length ? xs[t + 1] : 0.0f;
                        loss += 0.5f * (y - target) * (y - target);
                    }

                    return loss;
                }
                """),

            Twin("MlMlpGelu", """
                [Differentiable("W1", "W2")]
                public static float MlMlpGeluF(float[] W1, float[] W2, float[] x, float y)
                {
                    int hidden = W2.Length, d = x.Length;
                    float[] h = new float[hidden];
                    for (int j = 0; j < hidden; j++)
                    {
                        float u = 0;
                        for (int k = 0; k < d; k++)
                        {
                            u += W1[j * d + k] * x[k];
                        }

                        h[j] = 0.5f * u * (1 + MathF.Tanh(MathF.Sqrt(2 / MathF.PI) * (u + 0.044715f * u * u * u)));
                    }

                    float output = 0;
                    for (int j = 0; j < hidden; j++)
                    {
                        output += W2[j] * h[j];
                    }

                    return 0.5f * (output - y) * (output - y);
                }
                """),

            Twin("MlMlpSilu", """
                [Differentiable]
                public static float MlMlpSiluF(float[] W1, float[] b1, float[] W2, float b2)
                {
                    int hidden = b1.Length;
                    float[] x = { 0.5f, -1.25f, 2.0f };
                    float output = b2;
                    for (int j = 0; j < hidden; j++)
                    {
                        float u = b1[j];
                        for (int k = 0; k < x.Length; k++)
                        {
                            u += W1[j * 3 + k] * x[k];
                        }

                        float silu = u / (1 + MathF.Exp(-u));
                        output += W2[j] * silu;
                    }

                    return MathF.Log(1 + MathF.Exp(output));
                }
                """),

            Twin("MlHuber", """
                [Differentiable("w", "b", "delta")]
                public static float MlHuberF(float[] w, float b, float delta, float[] x, float[] y)
                {
                    float loss = 0;
                    for (int i = 0; i < y.Length; i++)
                    {
                        float r = w[i % w.Length] * x[i] + b - y[i];
                        float a = MathF.Abs(r);
                        float term;
                        if (a <= delta)
                        {
                            term = 0.5f * r * r;
                        }
                        else
                        {
                            term = delta * (a - 0.5f * delta);
                        }

                        loss += term;
                    }

                    return loss / Math.Max(1, y.Length);
                }
                """),

            Twin("MlFocal", """
                [Differentiable("z", "gamma")]
                public static float MlFocalF(float[] z, float gamma, float[] y)
                {
                    const float alpha = 0.25f;
                    float loss = 0;
                    for (int i = 0; i < z.Length; i++)
                    {
                        float p = 1 / (1 + MathF.Exp(-z[i]));
                        float pt = y[i] > 0.5f ? p : 1 - p;
                        float at = y[i] > 0.5f ? alpha : 1 - alpha;
                        loss += -at * MathF.Pow(1 - pt, gamma) * MathF.Log(pt);
                    }

                    return loss;
                }
                """),

            Twin("MlLogCosh", """
                [Differentiable("w", "b")]
                public static float MlLogCoshF(float[] w, float b, float[] x, float[] y)
                {
                    float loss = 0;
                    for (int i = 0; i < y.Length; i++)
                    {
                        float r = w[0] * x[i] + w[1] * x[i] * x[i] + b - y[i];
                        float a = MathF.Abs(r);
                        loss += a + MathF.Log(1 + MathF.Exp(-2 * a)) - MathF.Log(2);
                    }

                    return loss;
                }
                """),

            Twin("MlCosine", """
                [Differentiable]
                public static float MlCosineF(float[] a, float[] b)
                {
                    float dot = 0, na = 0, nb = 0;
                    for (int i = 0; i < a.Length; i++)
                    {
                        dot += a[i] * b[i];
                        na += a[i] * a[i];
                        nb += b[i] * b[i];
                    }

                    return 1 - dot / (MathF.Sqrt(na) * MathF.Sqrt(nb) + 1e-12f);
                }
                """),

            Twin("MlSoftKMeans", """
                [Differentiable("centers", "beta")]
                public static float MlSoftKMeansF(float[] centers, float beta, float[,] X)
                {
                    int m = X.GetLength(0), d = X.GetLength(1);
                    int k = centers.Length / d;
                    float[] dist = new float[k];
                    float total = 0;
                    for (int i = 0; i < m; i++)
                    {
                        float best = float.PositiveInfinity;
                        for (int c = 0; c < k; c++)
                        {
                            float s = 0;
                            for (int j = 0; j < d; j++)
                            {
                                float diff = X[i, j] - centers[c * d + j];
                                s += diff * diff;
                            }

                            dist[c] = s;
                            best = MathF.Min(best, s);
                        }

                        float z = 0, expected = 0;
                        for (int c = 0; c < k; c++)
                        {
                            float e = MathF.Exp(-beta * (dist[c] - best));
                            z += e;
                            expected += e * dist[c];
                        }

                        total += expected / z;
                    }

                    return total;
                }
                """),

            Twin("MlInterpBinarySearch", """
                [Differentiable("values", "t")]
                public static float MlInterpBinarySearchF(float[] knots, float[] values, float t)
                {
                    int lo = 0, hi = knots.Length - 1;
                    while (hi - lo > 1)
                    {
                        int mid = (lo + hi) / 2;
                        if (knots[mid] <= t)
                        {
                            lo = mid;
                        }
                        else
                        {
                            hi = mid;
                        }
                    }

                    float frac = (t - knots[lo]) / (knots[hi] - knots[lo]);
                    float v = (1 - frac) * values[lo] + frac * values[hi];
                    return v * v + MathF.Sin(t) * values[0];
                }
                """),

            Twin("MlLstmUnrolled", """
                [Differentiable("w", "b")]
                public static float MlLstmUnrolledF(float[] w, float[] b, float[] xs, float[] target)
                {
                    int m = target.Length;
                    const int d = 2;
                    int steps = xs.Length / d;
                    int gate = m * (d + m);
                    float[] h = new float[m];
                    float[] c = new float[m];
                    float[] hNew = new float[m];
                    for (int t = 0; t < steps; t++)
                    {
                        for (int i = 0; i < m; i++)
                        {
                            float ai = b[i], af = b[m + i], ao = b[2 * m + i], ag = b[3 * m + i];
                            for (int j = 0; j < d; j++)
                            {
                                float xj = xs[t * d + j];
                                ai += w[i * (d + m) + j] * xj;
                                af += w[gate + i * (d + m) + j] * xj;
                                ao += w[2 * gate + i * (d + m) + j] * xj;
                                ag += w[3 * gate + i * (d + m) + j] * xj;
                            }

                            for (int j = 0; j < m; j++)
                            {
                                ai += w[i * (d + m) + d + j] * h[j];
                                af += w[gate + i * (d + m) + d + j] * h[j];
                                ao += w[2 * gate + i * (d + m) + d + j] * h[j];
                                ag += w[3 * gate + i * (d + m) + d + j] * h[j];
                            }

                            float ig = 1 / (1 + MathF.Exp(-ai));
                            float fg = 1 / (1 + MathF.Exp(-af));
                            float og = 1 / (1 + MathF.Exp(-ao));
                            float g = MathF.Tanh(ag);
                            c[i] = fg * c[i] + ig * g;
                            hNew[i] = og * MathF.Tanh(c[i]);
                        }

                        for (int i = 0; i < m; i++)
                        {
                            h[i] = hNew[i];
                        }
                    }

                    float loss = 0;
                    for (int i = 0; i < m; i++)
                    {
                        loss += (h[i] - target[i]) * (h[i] - target[i]);
                    }

                    return loss;
                }
                """),

            Twin("MlGpCholeskyRows", """
                [Differentiable("logLength", "logSignal", "logNoise")]
                public static float MlGpCholeskyRowsF(float logLength, float logSignal, float logNoise, float[] x, float[] y)
                {
                    int n = x.Length;
                    float ell = MathF.Exp(logLength), sf2 = MathF.Exp(2 * logSignal), sn2 = MathF.Exp(2 * logNoise);
                    float[] L = new float[n * n];
                    for (int i = 0; i < n; i++)
                    {
                        for (int j = 0; j <= i; j++)
                        {
                            float d = (x[i] - x[j]) / ell;
                            float s = sf2 * MathF.Exp(-0.5f * d * d) + (i == j ? sn2 : 0.0f);
                            for (int k = 0; k < j; k++)
                            {
                                s -= L[i * n + k] * L[j * n + k];
                            }

                            L[i * n + j] = i == j ? MathF.Sqrt(s) : s / L[j * n + j];
                        }
                    }

                    float quad = 0, logDet = 0;
                    float[] alpha = new float[n];
                    for (int i = 0; i < n; i++)
                    {
                        float t = y[i];
                        for (int k = 0; k < i; k++)
                        {
                            t -= L[i * n + k] * alpha[k];
                        }

                        alpha[i] = t / L[i * n + i];
                        quad += alpha[i] * alpha[i];
                        logDet += MathF.Log(L[i * n + i]);
                    }

                    return -0.5f * quad - logDet - 0.5f * n * MathF.Log(2 * MathF.PI);
                }
                """),

            Twin("MlBudgetBreakMinimal", """
                [Differentiable("w")]
                public static float MlBudgetBreakMinimalF(float[] w, float[] x, float budget)
                {
                    float spent = 0, value = 0;
                    int i = 0;
                    while (i < 2)
                    {
                        for (int j = 0; j < x.Length; j++)
                        {
                            spent += x[j] * x[j];
                            value += w[j] * w[j];
                            if (spent > budget)
                            {
                                break;
                            }
                        }

                        i++;
                    }

                    return value;
                }
                """),

            Twin("MlAdamInner", """
                [Differentiable("w0", "lr")]
                public static float MlAdamInnerF(float[] w0, float lr, float[] x, float[] y, float[] xv, float yv)
                {
                    int n = w0.Length;
                    float[] w = new float[n];
                    float[] m = new float[n];
                    float[] v = new float[n];
                    for (int i = 0; i < n; i++)
                    {
                        w[i] = w0[i];
                    }

                    float b1t = 1, b2t = 1;
                    for (int step = 0; step < 3; step++)
                    {
                        b1t *= 0.9f;
                        b2t *= 0.999f;
                        float pred = 0;
                        for (int i = 0; i < n; i++)
                        {
                            pred += w[i] * x[i];
                        }

                        float err = pred - y[step];
                        for (int i = 0; i < n; i++)
                        {
                            float g = err * x[i];
                            m[i] = 0.9f * m[i] + 0.1f * g;
                            v[i] = 0.999f * v[i] + 0.001f * g * g;
                            float mHat = m[i] / (1 - b1t);
                            float vHat = v[i] / (1 - b2t);
                            w[i] -= lr * mHat / (MathF.Sqrt(vHat) + 1e-8f);
                        }
                    }

                    float outer = -yv;
                    for (int i = 0; i < n; i++)
                    {
                        outer += w[i] * xv[i];
                    }

                    return outer * outer;
                }
                """) with
            {
                // Adam's first step is lr·sign(g) exactly (m̂/√v̂ = g/|g|), so what the weights pass back through it is the
                // difference of two terms of size lr/|g|, each rounded in float. The generated float code, run in double
                // arithmetic (float → double in its text), gives MlAdamInner's gradient to the bit; in float it is 0.15 % off.
                IllConditionedInFloat = "Adam's normalized step cancels: its derivative is a difference of two terms of size lr/|g|",
            },
        };

        private static ArrayCase Twin(string doubleTwin, string source) => ArrayCase.FloatTwinOf(All.Single(c => c.Name == doubleTwin), source);

        private static bool ConvPreActivationsAwayFromZero(double[] x, double[] kernel, double bias)
        {
            for (int o = 0; o + kernel.Length <= x.Length; o++)
            {
                double acc = bias;
                for (int t = 0; t < kernel.Length; t++)
                {
                    acc += kernel[t] * x[o + t];
                }

                if (Math.Abs(acc) < 1e-2)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The softmax's running maximum does not flip within the step (its derivative does not depend on it, the check is for the if).</summary>
        private static bool LogitsSeparated(double[] w, double[,] x)
        {
            int d = x.GetLength(1), k = w.Length / d;
            for (int i = 0; i < x.GetLength(0); i++)
            {
                double[] logits = Enumerable.Range(0, k).Select(c => Enumerable.Range(0, d).Sum(j => w[(c * d) + j] * x[i, j])).OrderByDescending(v => v).ToArray();
                if (logits[0] - logits[1] < 1e-3)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The hidden pre-activations of the MLPs (W1 is hidden × d, b1 has hidden entries) are away from the ReLU kink.</summary>
        private static bool HiddenAwayFromZero(double[] w1, double[] b1, double[,] x)
        {
            int d = x.GetLength(1);
            for (int s = 0; s < x.GetLength(0); s++)
            {
                for (int j = 0; j < b1.Length; j++)
                {
                    double u = b1[j];
                    for (int k = 0; k < d; k++)
                    {
                        u += w1[(j * d) + k] * x[s, k];
                    }

                    if (Math.Abs(u) < 1e-2)
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        private static bool HuberAway(object[] a)
        {
            var w = (double[])a[0];
            double b = (double)a[1], delta = (double)a[2];
            var x = (double[])a[3];
            var y = (double[])a[4];
            for (int i = 0; i < y.Length; i++)
            {
                double r = (w[i % w.Length] * x[i]) + b - y[i];
                if (Math.Abs(Math.Abs(r) - delta) < 1e-2 || Math.Abs(r) < 1e-2)
                {
                    return false;
                }
            }

            return true;
        }

        private static bool MarginsAway(object[] a)
        {
            var w = (double[])a[0];
            double b = (double)a[1];
            var x = (double[,])a[2];
            var y = (double[])a[3];
            for (int i = 0; i < y.Length; i++)
            {
                double score = b;
                for (int j = 0; j < w.Length; j++)
                {
                    score += w[j] * x[i, j];
                }

                if (Math.Abs(1 - (y[i] * score)) < 1e-2)
                {
                    return false;
                }
            }

            return true;
        }

        private static bool ResidualsAway(object[] a)
        {
            var w = (double[])a[0];
            double b = (double)a[1];
            var x = (double[])a[2];
            var y = (double[])a[3];
            return Enumerable.Range(0, y.Length).All(i => Math.Abs((w[0] * x[i]) + (w[1] * x[i] * x[i]) + b - y[i]) > 1e-2);
        }

        private static bool TripletAway(object[] a)
        {
            var anchor = (double[])a[0];
            var positive = (double[])a[1];
            var negative = (double[])a[2];
            double margin = (double)a[3];
            double aa = Draw.Dot(anchor, anchor), pp = Draw.Dot(positive, positive), nn = Draw.Dot(negative, negative);
            if (aa < 1e-2 || pp < 1e-2 || nn < 1e-2)
            {
                return false;
            }

            double value = 1 - (Draw.Dot(anchor, positive) / Math.Sqrt(aa * pp)) - (1 - (Draw.Dot(anchor, negative) / Math.Sqrt(aa * nn))) + margin;
            return Math.Abs(value) > 1e-2;
        }

        /// <summary>MlBudgetBreakMinimal's running sums of squares stay away from the budget (the data are not differentiated, so this is for clarity only).</summary>
        private static bool BudgetAway(object[] a, int rounds = 2)
        {
            var x = (double[])a[1];
            double budget = (double)a[2], spent = 0;
            for (int round = 0; round < rounds; round++)
            {
                foreach (double v in x)
                {
                    spent += v * v;
                    if (Math.Abs(spent - budget) < 1e-3)
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        /// <summary>MlRnnTwoBuffersWhile's gated values stay away from the cap at 0.9.</summary>
        private static bool GatedAway(object[] a)
        {
            var w = (double[])a[0];
            var g = (double[])a[1];
            var xs = (double[])a[2];
            int m = g.Length;
            var h = new double[m];
            foreach (double x in xs)
            {
                var pre = Enumerable.Range(0, m).Select(i => (x * g[i]) + Enumerable.Range(0, m).Sum(j => w[(i * m) + j] * h[j])).ToArray();
                var gated = Enumerable.Range(0, m).Select(i => (h[i] / (1 + Math.Exp(-pre[i]))) + ((1 - (1 / (1 + Math.Exp(-pre[i])))) * Math.Tanh(pre[i]))).ToArray();
                if (gated.Any(v => Math.Abs(v - 0.9) < 0.02))
                {
                    return false;
                }

                h = gated.Select(v => v > 0.9 ? 0.9 : v).ToArray();
            }

            return true;
        }

        /// <summary>MlConv2dPool's pooling windows have a clear maximum.</summary>
        private static bool PoolSeparated(double[] kernel, double[,] image)
        {
            int rows = image.GetLength(0) - 2, cols = image.GetLength(1) - 2;
            var map = new double[rows, cols];
            for (int r = 0; r < rows; r++)
            {
                for (int c = 0; c < cols; c++)
                {
                    double acc = 0;
                    for (int a = 0; a < 3; a++)
                    {
                        for (int b = 0; b < 3; b++)
                        {
                            acc += kernel[(a * 3) + b] * image[r + a, c + b];
                        }
                    }

                    map[r, c] = Math.Tanh(acc);
                }
            }

            for (int r = 0; r + 1 < rows; r += 2)
            {
                for (int c = 0; c + 1 < cols; c += 2)
                {
                    double[] window = { map[r, c], map[r, c + 1], map[r + 1, c], map[r + 1, c + 1] };
                    Array.Sort(window);
                    if (window[3] - window[2] < 1e-3)
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        /// <summary>MlClippedSgd's per-component gradients are away from the clamp's corners at ±1.</summary>
        private static bool ClippedAway(object[] a)
        {
            var w0 = (double[])a[0];
            var x = (double[,])a[2];
            var y = (double[])a[3];
            int m = x.GetLength(0);
            for (int j = 0; j < w0.Length; j++)
            {
                double g = 0;
                for (int s = 0; s < m; s++)
                {
                    double r = -y[s] + Enumerable.Range(0, w0.Length).Sum(k => w0[k] * x[s, k]);
                    g += 2 * r * x[s, j] / m;
                }

                if (Math.Abs(Math.Abs(g) - 1) < 0.05)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>MlResidualElu's pre-activations stay away from the ELU's kink at 0.</summary>
        private static bool ResidualEluAway(object[] a)
        {
            var x = (double[])a[0];
            var scale = (double[])a[1];
            double alpha = (double)a[2];
            int n = x.Length;
            var h = Enumerable.Range(0, n).Select(i => x[i] + Math.Sin(i / Math.Pow(10000, 2.0 * (i / 2) / n))).ToArray();
            for (int block = 0; block < 2; block++)
            {
                for (int i = 0; i < n; i++)
                {
                    double u = scale[block] * h[i];
                    if (Math.Abs(u) < 0.05)
                    {
                        return false;
                    }

                    h[i] += u > 0 ? u : alpha * (Math.Exp(u) - 1);
                }
            }

            return true;
        }

        /// <summary>The query stays inside its segment over the finite-difference steps (0.01·max(1, |t|)).</summary>
        private static bool AwayFromKnots(object[] a)
        {
            double t = (double)a[2];
            return Math.Abs(t - Math.Round(t)) > 0.015 * Math.Max(1, Math.Abs(t));
        }
    }
}
