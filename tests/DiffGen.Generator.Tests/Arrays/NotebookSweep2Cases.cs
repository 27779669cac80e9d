using System.Linq;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// The ninth session's notebook sweep: whole models as an ML, physics or statistics practitioner writes them in C#
    /// straight from a notebook (labels as double[], jagged data, local buffers, while loops with counters, tuples,
    /// FusedMultiplyAdd), each checked against Richardson differences. The comment above each says what it exercises and,
    /// where it was declined or wrong before this sweep, what it was.
    /// </summary>
    public static class NotebookSweep2Cases
    {
        private static double[] Labels01(System.Random random, int n) => Enumerable.Range(0, n).Select(_ => (double)random.Next(2)).ToArray();

        private static double[] PlusMinus(System.Random random, int n) => Enumerable.Range(0, n).Select(_ => Sign(random)).ToArray();

        private static double[] Counts(System.Random random, int n, int max) => Enumerable.Range(0, n).Select(_ => (double)random.Next(max)).ToArray();

        private static double[][] Jagged(System.Random random, int rows, int cols, double min, double max) =>
            Enumerable.Range(0, rows).Select(_ => Vector(random, cols, min, max)).ToArray();

        public static readonly ArrayCase[] All =
        {
            // Gaussian negative log-likelihood in (mu, log sigma), with var locals and a const local.
            new ArrayCase("N2GaussianNll", """
                [Differentiable("mu", "logSigma")]
                public static double N2GaussianNll(double mu, double logSigma, double[] x)
                {
                    const double halfLog2Pi = 0.91893853320467274;
                    var sigma = Math.Exp(logSigma);
                    var nll = 0.0;
                    foreach (var xi in x)
                    {
                        var z = (xi - mu) / sigma;
                        nll += 0.5 * z * z + logSigma + halfLog2Pi;
                    }

                    return nll;
                }
                """, (r, n) => new object[] { Uniform(r, -1, 1), Uniform(r, -1, 1), Vector(r, n, -2, 2) }),

            // Poisson GLM (log link) over a jagged design matrix, counts as double[], the lgamma term left out as notebooks do.
            new ArrayCase("N2PoissonGlmJagged", """
                [Differentiable("w", "b")]
                public static double N2PoissonGlmJagged(double[] w, double b, double[][] X, double[] y)
                {
                    double nll = 0;
                    for (int i = 0; i < X.Length; i++)
                    {
                        double eta = b;
                        for (int j = 0; j < w.Length; j++) eta += w[j] * X[i][j];
                        nll += Math.Exp(eta) - y[i] * eta;
                    }

                    return nll / Math.Max(1, X.Length);
                }
                """, (r, n) => new object[] { Vector(r, 3, -0.5, 0.5), Uniform(r, -0.5, 0.5), Jagged(r, n, 3, -1, 1), Counts(r, n, 5) }),

            // Negative binomial NLL: log Γ(y + r) − log Γ(r) as a loop of k up to the count, the count read as (int)y[i] from
            // data (was DIFF013: a conversion to int of a double[] not differentiated).
            new ArrayCase("N2NegBinomialNll", """
                [Differentiable("logMu", "logR")]
                public static double N2NegBinomialNll(double logMu, double logR, double[] y)
                {
                    double mu = Math.Exp(logMu), r = Math.Exp(logR);
                    double ll = 0;
                    for (int i = 0; i < y.Length; i++)
                    {
                        int count = (int)y[i];
                        for (int k = 0; k < count; k++) ll += Math.Log(r + k);
                        ll += r * Math.Log(r / (r + mu)) + y[i] * Math.Log(mu / (r + mu));
                    }

                    return -ll;
                }
                """, (r, n) => new object[] { Uniform(r, -0.5, 1), Uniform(r, -0.5, 1), Counts(r, n, 6) }),

            // Huber loss with the threshold as a parameter; points keep |e| away from delta.
            new ArrayCase("N2Huber", """
                [Differentiable("pred", "delta")]
                public static double N2Huber(double[] pred, double[] target, double delta)
                {
                    double loss = 0;
                    for (int i = 0; i < pred.Length; i++)
                    {
                        double e = Math.Abs(pred[i] - target[i]);
                        loss += e <= delta ? 0.5 * e * e : delta * (e - 0.5 * delta);
                    }

                    return loss / Math.Max(pred.Length, 1);
                }
                """, (r, n) => new object[] { Vector(r, n, -2, 2), Vector(r, n, -2, 2), 0.7 })
            {
                Accept = a => ((double[])a[0]).Zip((double[])a[1], (p, t) => System.Math.Abs(p - t)).All(e => System.Math.Abs(e - 0.7) > 0.05 && e > 0.05),
            },

            // Quantile (pinball) loss written with Math.Max of the two slopes.
            new ArrayCase("N2Pinball", """
                [Differentiable("pred")]
                public static double N2Pinball(double[] pred, double[] y, double tau)
                {
                    double s = 0;
                    for (int i = 0; i < y.Length; i++)
                    {
                        double e = y[i] - pred[i];
                        s += Math.Max(tau * e, (tau - 1) * e);
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -2, 2), Vector(r, n, -2, 2), 0.8 })
            {
                Accept = a => ((double[])a[0]).Zip((double[])a[1], (p, t) => System.Math.Abs(p - t)).All(e => e > 0.05),
            },

            // Linear SVM hinge loss, 0/1 labels in a double[] read as (int)labels[i] and mapped to ±1 (was DIFF013 before this sweep).
            new ArrayCase("N2HingeIntCastLabels", """
                [Differentiable("w", "b")]
                public static double N2HingeIntCastLabels(double[] w, double b, double[] X, double[] labels, double c)
                {
                    int d = w.Length;
                    double loss = 0;
                    for (int j = 0; j < d; j++) loss += 0.5 * w[j] * w[j];
                    for (int i = 0; i < labels.Length; i++)
                    {
                        int yi = 2 * (int)labels[i] - 1;
                        double margin = b;
                        for (int j = 0; j < d; j++) margin += w[j] * X[i * d + j];
                        loss += c * Math.Max(0, 1 - yi * margin);
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, -0.5, 0.5), Vector(r, 2 * n, -2, 2), Labels01(r, n), 1.5 })
            {
                Accept = a =>
                {
                    var w = (double[])a[0]; var x = (double[])a[2]; var l = (double[])a[3];
                    return Enumerable.Range(0, l.Length).All(i => System.Math.Abs(1 - ((2 * l[i]) - 1) * ((double)a[1] + w[0] * x[2 * i] + w[1] * x[2 * i + 1])) > 0.05);
                },
            },

            // Squared hinge with ±1 labels tested as labels[i] > 0, and L2 on the weights.
            new ArrayCase("N2SquaredHingePositive", """
                [Differentiable("w")]
                public static double N2SquaredHingePositive(double[] w, double[] X, double[] labels, double lambda)
                {
                    int d = w.Length;
                    double total = 0;
                    for (int i = 0; i < labels.Length; i++)
                    {
                        double y = labels[i] > 0 ? 1.0 : -1.0;
                        double score = 0;
                        for (int j = 0; j < d; j++) score += w[j] * X[i * d + j];
                        double slack = Math.Max(0.0, 1.0 - y * score);
                        total += slack * slack;
                    }

                    double reg = 0;
                    foreach (double wj in w) reg += wj * wj;
                    return total + lambda * reg;
                }
                """, (r, n) => new object[] { Vector(r, 3, -1, 1), Vector(r, 3 * n, -2, 2), PlusMinus(r, n), 0.1 })
            {
                Accept = a =>
                {
                    var w = (double[])a[0]; var x = (double[])a[1]; var l = (double[])a[2];
                    return Enumerable.Range(0, l.Length).All(i => System.Math.Abs(1 - l[i] * (w[0] * x[3 * i] + w[1] * x[3 * i + 1] + w[2] * x[3 * i + 2])) > 0.05);
                },
            },

            // Label-smoothed cross-entropy over one row of logits, the target an int, log-softmax with a running max.
            new ArrayCase("N2LabelSmoothing", """
                [Differentiable("logits")]
                public static double N2LabelSmoothing(double[] logits, int target, double eps)
                {
                    int k = logits.Length;
                    double max = double.NegativeInfinity;
                    for (int c = 0; c < k; c++) max = Math.Max(max, logits[c]);
                    double sum = 0;
                    for (int c = 0; c < k; c++) sum += Math.Exp(logits[c] - max);
                    double logZ = max + Math.Log(sum);
                    double loss = 0;
                    for (int c = 0; c < k; c++)
                    {
                        double q = c == target ? 1 - eps + eps / k : eps / k;
                        loss -= q * (logits[c] - logZ);
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Separated(r, n), n == 0 ? 0 : r.Next(n), 0.1 }) { Sizes = ArrayCase.NonEmpty },

            // Soft k-means objective on 1-D points: −1/β log Σ_k exp(−β (x − c_k)²), summed over points.
            new ArrayCase("N2SoftKMeans", """
                [Differentiable("centers")]
                public static double N2SoftKMeans(double[] centers, double[] points, double beta)
                {
                    double obj = 0;
                    for (int i = 0; i < points.Length; i++)
                    {
                        double s = 0;
                        for (int k = 0; k < centers.Length; k++)
                        {
                            double d = points[i] - centers[k];
                            s += Math.Exp(-beta * d * d);
                        }

                        obj += -Math.Log(s) / beta;
                    }

                    return obj;
                }
                """, (r, n) => new object[] { Vector(r, 3, -1, 1), Vector(r, n, -1.5, 1.5), 2.0 }),

            // t-SNE KL term over 2-D embeddings: Student-t affinities, pairs with i == j skipped by continue, normaliser first.
            new ArrayCase("N2TsneKl", """
                [Differentiable("Y")]
                public static double N2TsneKl(double[] Y, double[] P)
                {
                    int n = Y.Length / 2;
                    double z = 0;
                    for (int i = 0; i < n; i++)
                    {
                        for (int j = 0; j < n; j++)
                        {
                            if (i == j) continue;
                            double dx = Y[2 * i] - Y[2 * j], dy = Y[2 * i + 1] - Y[2 * j + 1];
                            z += 1 / (1 + dx * dx + dy * dy);
                        }
                    }

                    double kl = 0;
                    for (int i = 0; i < n; i++)
                    {
                        for (int j = 0; j < n; j++)
                        {
                            if (i == j) continue;
                            double dx = Y[2 * i] - Y[2 * j], dy = Y[2 * i + 1] - Y[2 * j + 1];
                            double q = 1 / (1 + dx * dx + dy * dy) / z;
                            kl += P[i * n + j] * Math.Log(P[i * n + j] / q);
                        }
                    }

                    return kl;
                }
                """, (r, n) => new object[] { Vector(r, 2 * (n + 2), -2, 2), Vector(r, (n + 2) * (n + 2), 0.01, 0.2) }),

            // word2vec skip-gram with negative sampling; log σ through a static local function of one expression.
            new ArrayCase("N2Word2VecNegative", """
                [Differentiable("center", "context", "negatives")]
                public static double N2Word2VecNegative(double[] center, double[] context, double[] negatives)
                {
                    static double LogSigmoid(double z) => z >= 0 ? -Math.Log(1 + Math.Exp(-z)) : z - Math.Log(1 + Math.Exp(z));
                    int dim = center.Length;
                    double pos = 0;
                    for (int d = 0; d < dim; d++) pos += center[d] * context[d];
                    double loss = -LogSigmoid(pos);
                    int k = negatives.Length / Math.Max(dim, 1);
                    for (int s = 0; s < k; s++)
                    {
                        double neg = 0;
                        for (int d = 0; d < dim; d++) neg += center[d] * negatives[s * dim + d];
                        loss -= LogSigmoid(-neg);
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Vector(r, 4, -1, 1), Vector(r, 4, -1, 1), Vector(r, 4 * n, -1, 1) }),

            // 1-D convolution with stride (valid padding), outputs through ReLU into a new double[] and summed squared.
            new ArrayCase("N2Conv1dStride", """
                [Differentiable("kernel", "bias")]
                public static double N2Conv1dStride(double[] kernel, double bias, double[] signal, int stride)
                {
                    int k = kernel.Length;
                    int outLen = signal.Length >= k ? (signal.Length - k) / stride + 1 : 0;
                    double[] output = new double[outLen];
                    for (int o = 0; o < outLen; o++)
                    {
                        double acc = bias;
                        for (int t = 0; t < k; t++) acc += kernel[t] * signal[o * stride + t];
                        output[o] = Math.Tanh(acc);
                    }

                    double energy = 0;
                    for (int o = 0; o < outLen; o++) energy += output[o] * output[o];
                    return energy;
                }
                """, (r, n) => new object[] { Vector(r, 3, -1, 1), Uniform(r, -0.5, 0.5), Vector(r, n + 4, -1, 1), 2 }),

            // A GRU cell: gates into local arrays allocated with new double[n] and filled, the new state's squared norm.
            new ArrayCase("N2GruCell", """
                [Differentiable("Wz", "Wr", "Wh")]
                public static double N2GruCell(double[] Wz, double[] Wr, double[] Wh, double[] h, double[] x)
                {
                    int n = h.Length;
                    var z = new double[n];
                    var rg = new double[n];
                    for (int i = 0; i < n; i++)
                    {
                        z[i] = 1 / (1 + Math.Exp(-(Wz[2 * i] * x[i] + Wz[2 * i + 1] * h[i])));
                        rg[i] = 1 / (1 + Math.Exp(-(Wr[2 * i] * x[i] + Wr[2 * i + 1] * h[i])));
                    }

                    double norm = 0;
                    for (int i = 0; i < n; i++)
                    {
                        double cand = Math.Tanh(Wh[2 * i] * x[i] + Wh[2 * i + 1] * (rg[i] * h[i]));
                        double hNew = (1 - z[i]) * h[i] + z[i] * cand;
                        norm += hNew * hNew;
                    }

                    return norm;
                }
                """, (r, n) => new object[] { Vector(r, 2 * n, -1, 1), Vector(r, 2 * n, -1, 1), Vector(r, 2 * n, -1, 1), Vector(r, n, -1, 1), Vector(r, n, -1, 1) }),

            // An LSTM cell with its four gate pre-activations in a stackalloc span, the cell state carried over a sequence.
            new ArrayCase("N2LstmSequence", """
                [Differentiable("W")]
                public static double N2LstmSequence(double[] W, double[] xs)
                {
                    double h = 0, c = 0;
                    Span<double> g = stackalloc double[4];
                    for (int t = 0; t < xs.Length; t++)
                    {
                        for (int k = 0; k < 4; k++) g[k] = W[3 * k] * xs[t] + W[3 * k + 1] * h + W[3 * k + 2];
                        double i = 1 / (1 + Math.Exp(-g[0]));
                        double f = 1 / (1 + Math.Exp(-g[1]));
                        double o = 1 / (1 + Math.Exp(-g[2]));
                        double u = Math.Tanh(g[3]);
                        c = f * c + i * u;
                        h = o * Math.Tanh(c);
                    }

                    return h;
                }
                """, (r, n) => new object[] { Vector(r, 12, -1, 1), Vector(r, n, -1, 1) }),

            // Batch normalisation of a mini-batch followed by a squared-error readout; mean and variance from loops.
            new ArrayCase("N2BatchNorm", """
                [Differentiable("x", "gamma", "beta")]
                public static double N2BatchNorm(double[] x, double gamma, double beta, double[] target)
                {
                    int n = x.Length;
                    double mean = 0;
                    for (int i = 0; i < n; i++) mean += x[i];
                    mean /= n;
                    double variance = 0;
                    for (int i = 0; i < n; i++) variance += (x[i] - mean) * (x[i] - mean);
                    variance /= n;
                    double invStd = 1 / Math.Sqrt(variance + 1e-5);
                    double loss = 0;
                    for (int i = 0; i < n; i++)
                    {
                        double yHat = gamma * (x[i] - mean) * invStd + beta;
                        loss += (yHat - target[i]) * (yHat - target[i]);
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Vector(r, n, -2, 2), Uniform(r, 0.5, 1.5), Uniform(r, -0.5, 0.5), Vector(r, n, -1, 1) }) { Sizes = ArrayCase.NonEmpty },

            // Binary focal loss from logits, labels 0/1 in a double[] tested as labels[i] > 0.5.
            new ArrayCase("N2FocalLoss", """
                [Differentiable("logits")]
                public static double N2FocalLoss(double[] logits, double[] labels, double gamma, double alpha)
                {
                    double loss = 0;
                    for (int i = 0; i < logits.Length; i++)
                    {
                        double p = 1 / (1 + Math.Exp(-logits[i]));
                        bool positive = labels[i] > 0.5;
                        double pt = positive ? p : 1 - p;
                        double at = positive ? alpha : 1 - alpha;
                        loss -= at * Math.Pow(1 - pt, gamma) * Math.Log(pt);
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Vector(r, n, -3, 3), Labels01(r, n), 2.0, 0.25 }),

            // Gaussian-process log marginal likelihood in the log hyperparameters: RBF kernel matrix, an explicit Cholesky loop
            // into a new double[n * n], forward substitution, log det from the diagonal. Still DIFF015 (Arrays/KnownBugs.cs): the
            // Cholesky loop reads L's earlier columns into s and t while the same iteration of j writes L's column j, and the
            // lowering cannot tell those elements apart (it would compute s again after the write); not lifted this session. Its
            // advice, to copy the old elements into a local array of their own and read them there, works: N2GpLogMarginalCopied.
            new ArrayCase("N2GpLogMarginal", """
                [Differentiable("logLength", "logSignal", "logNoise")]
                public static double N2GpLogMarginal(double logLength, double logSignal, double logNoise, double[] x, double[] y)
                {
                    int n = x.Length;
                    double ell = Math.Exp(logLength), sf2 = Math.Exp(2 * logSignal), sn2 = Math.Exp(2 * logNoise);
                    double[] K = new double[n * n];
                    for (int i = 0; i < n; i++)
                    {
                        for (int j = 0; j < n; j++)
                        {
                            double d = (x[i] - x[j]) / ell;
                            K[i * n + j] = sf2 * Math.Exp(-0.5 * d * d) + (i == j ? sn2 : 0.0);
                        }
                    }

                    double[] L = new double[n * n];
                    for (int j = 0; j < n; j++)
                    {
                        double s = K[j * n + j];
                        for (int k = 0; k < j; k++) s -= L[j * n + k] * L[j * n + k];
                        L[j * n + j] = Math.Sqrt(s);
                        for (int i = j + 1; i < n; i++)
                        {
                            double t = K[i * n + j];
                            for (int k = 0; k < j; k++) t -= L[i * n + k] * L[j * n + k];
                            L[i * n + j] = t / L[j * n + j];
                        }
                    }

                    double[] alpha = new double[n];
                    for (int i = 0; i < n; i++)
                    {
                        double t = y[i];
                        for (int k = 0; k < i; k++) t -= L[i * n + k] * alpha[k];
                        alpha[i] = t / L[i * n + i];
                    }

                    double quad = 0, logDet = 0;
                    for (int i = 0; i < n; i++)
                    {
                        quad += alpha[i] * alpha[i];
                        logDet += Math.Log(L[i * n + i]);
                    }

                    return -0.5 * quad - logDet - 0.5 * n * Math.Log(2 * Math.PI);
                }
                """, (r, n) => new object[] { Uniform(r, -0.5, 0.5), Uniform(r, -0.5, 0.5), Uniform(r, -1.5, -0.5), Enumerable.Range(0, n).Select(i => i * 0.7 + Uniform(r, -0.1, 0.1)).ToArray(), Vector(r, n, -1, 1) }),

            // Logistic regression with elastic-net penalty: L2 and L1 through Math.Abs; labels in {0, 1} as double[].
            new ArrayCase("N2LogRegElasticNet", """
                [Differentiable("w", "b")]
                public static double N2LogRegElasticNet(double[] w, double b, double[] X, double[] y, double l1, double l2)
                {
                    int d = w.Length;
                    int m = y.Length;
                    double nll = 0;
                    for (int i = 0; i < m; i++)
                    {
                        double z = b;
                        for (int j = 0; j < d; j++) z += X[i * d + j] * w[j];
                        nll += Math.Log(1 + Math.Exp(z)) - y[i] * z;
                    }

                    double penalty = 0;
                    for (int j = 0; j < d; j++) penalty += l1 * Math.Abs(w[j]) + 0.5 * l2 * w[j] * w[j];
                    return nll / Math.Max(m, 1) + penalty;
                }
                """, (r, n) => new object[] { AwayFromZero(r, 3, 0.2, 1), Uniform(r, -0.5, 0.5), Vector(r, 3 * n, -1, 1), Labels01(r, n), 0.01, 0.1 }),

            // Ridge regression through the origin in closed form (w = Σxy / (Σx² + λ)), the residual sum of squares in λ and the data.
            new ArrayCase("N2RidgeClosedFormResidual", """
                [Differentiable("lambda", "y")]
                public static double N2RidgeClosedFormResidual(double lambda, double[] x, double[] y)
                {
                    double sxy = 0, sxx = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        sxy += x[i] * y[i];
                        sxx += x[i] * x[i];
                    }

                    double w = sxy / (sxx + lambda);
                    double rss = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double r = y[i] - w * x[i];
                        rss += r * r;
                    }

                    return rss;
                }
                """, (r, n) => new object[] { Uniform(r, 0.1, 2), Vector(r, n, -2, 2), Vector(r, n, -2, 2) }),

            // A chain of masses and springs: kinetic plus potential energy, foreach over the momenta with a manual index.
            new ArrayCase("N2SpringChainEnergy", """
                [Differentiable("q", "p")]
                public static double N2SpringChainEnergy(double[] q, double[] p, double k, double mass)
                {
                    double kinetic = 0;
                    foreach (double pi in p) kinetic += pi * pi;
                    kinetic /= 2 * mass;
                    double potential = 0;
                    int i = 0;
                    while (i + 1 < q.Length)
                    {
                        double stretch = q[i + 1] - q[i] - 1.0;
                        potential += 0.5 * k * stretch * stretch;
                        i++;
                    }

                    return kinetic + potential;
                }
                """, (r, n) => new object[] { Enumerable.Range(0, n).Select(i => i + Uniform(r, -0.2, 0.2)).ToArray(), Vector(r, n, -1, 1), 3.0, 2.0 }),

            // The Lagrangian of a pendulum on a cart, loop-free, with a const local g and compound assignments. With
            // [Differentiable] alone it was DIFF007 ('m' and 'M' both give dM), whose advice ("rename the method or the existing
            // member") named nothing there was to rename; it now says to rename one or leave one out, as here (the masses are data).
            new ArrayCase("N2CartPendulumLagrangian", """
                [Differentiable("x", "theta", "xDot", "thetaDot")]
                public static double N2CartPendulumLagrangian(double x, double theta, double xDot, double thetaDot, double m, double M, double l)
                {
                    const double g = 9.81;
                    double T = 0.5 * (M + m) * xDot * xDot;
                    T += m * l * xDot * thetaDot * Math.Cos(theta);
                    T += 0.5 * m * l * l * thetaDot * thetaDot;
                    double V = -m * g * l * Math.Cos(theta);
                    V += 0 * x;
                    return T - V;
                }
                """, (r, n) => new object[] { Uniform(r, -1, 1), Uniform(r, -1, 1), Uniform(r, -1, 1), Uniform(r, -1, 1), 0.5, 2.0, 1.2 }) { Sizes = ArrayCase.Scalar },

            // Projectile range with linear drag by explicit Euler: a while loop with a step counter, the range read after landing.
            new ArrayCase("N2ProjectileRangeEuler", """
                [Differentiable("v0", "angle", "drag")]
                public static double N2ProjectileRangeEuler(double v0, double angle, double drag)
                {
                    const double g = 9.81, dt = 0.01;
                    double x = 0, y = 0;
                    double vx = v0 * Math.Cos(angle), vy = v0 * Math.Sin(angle);
                    int steps = 0;
                    while (steps < 200)
                    {
                        x += vx * dt;
                        y += vy * dt;
                        vx -= drag * vx * dt;
                        vy -= (g + drag * vy) * dt;
                        steps++;
                    }

                    return x - 0.01 * y * y;
                }
                """, (r, n) => new object[] { Uniform(r, 8, 12), Uniform(r, 0.5, 1.0), Uniform(r, 0.05, 0.3) }) { Sizes = ArrayCase.Scalar },

            // Heat equation, explicit finite differences with fixed ends: two local buffers, the new one copied back each step.
            new ArrayCase("N2HeatExplicit", """
                [Differentiable("u0", "alpha")]
                public static double N2HeatExplicit(double[] u0, double alpha, int steps)
                {
                    int n = u0.Length;
                    double[] u = new double[n];
                    double[] next = new double[n];
                    for (int i = 0; i < n; i++) u[i] = u0[i];
                    for (int s = 0; s < steps; s++)
                    {
                        for (int i = 1; i < n - 1; i++) next[i] = u[i] + alpha * (u[i - 1] - 2 * u[i] + u[i + 1]);
                        for (int i = 1; i < n - 1; i++) u[i] = next[i];
                    }

                    double heat = 0;
                    for (int i = 0; i < n; i++) heat += u[i] * u[i] * (i + 1);
                    return heat;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, 0.1, 0.4), 4 }),

            // Present value of cash flows with compounding m times a year: a running discount factor updated with /=.
            new ArrayCase("N2PresentValueCompounding", """
                [Differentiable("rate", "cashflows")]
                public static double N2PresentValueCompounding(double rate, double[] cashflows, int periodsPerYear)
                {
                    double perPeriod = Math.Pow(1 + rate / periodsPerYear, periodsPerYear);
                    double discount = 1.0;
                    double pv = 0;
                    for (int t = 0; t < cashflows.Length; t++)
                    {
                        discount /= perPeriod;
                        pv += cashflows[t] * discount;
                    }

                    return pv;
                }
                """, (r, n) => new object[] { Uniform(r, 0.01, 0.1), Vector(r, n, 50, 150), 12 }),

            // A Cox–Ross–Rubinstein binomial tree for a European put: payoffs by Math.Max, backward induction in place.
            new ArrayCase("N2BinomialTreePut", """
                [Differentiable("spot", "vol", "rate")]
                public static double N2BinomialTreePut(double spot, double strike, double vol, double rate, double maturity, int steps)
                {
                    double dt = maturity / steps;
                    double up = Math.Exp(vol * Math.Sqrt(dt));
                    double down = 1 / up;
                    double p = (Math.Exp(rate * dt) - down) / (up - down);
                    double disc = Math.Exp(-rate * dt);
                    var v = new double[steps + 1];
                    for (int i = 0; i <= steps; i++)
                    {
                        double st = spot * Math.Pow(up, steps - i) * Math.Pow(down, i);
                        v[i] = Math.Max(strike - st, 0.0);
                    }

                    for (int step = steps - 1; step >= 0; step--)
                    {
                        for (int i = 0; i <= step; i++) v[i] = disc * (p * v[i] + (1 - p) * v[i + 1]);
                    }

                    return v[0];
                }
                """, (r, n) => new object[] { Uniform(r, 95, 105), 101.3, Uniform(r, 0.15, 0.3), Uniform(r, 0.01, 0.05), 1.0, 7 })
            {
                // The payoff's kink: every terminal price away from the strike by more than Richardson's steps move it
                // (its first step is 1 % of the spot). Without this the check failed at a kink, not the generator.
                Sizes = ArrayCase.Scalar,
                Accept = a =>
                {
                    double spot = (double)a[0], vol = (double)a[2], up = System.Math.Exp(vol * System.Math.Sqrt(1.0 / 7));
                    return Enumerable.Range(0, 8).All(i => System.Math.Abs((spot * System.Math.Pow(up, 7 - (2 * i))) - 101.3) > 4);
                },
            },

            // Activations side by side: ELU, SELU-style scaling, softplus with a threshold and hard-swish, all ternaries.
            new ArrayCase("N2ActivationMix", """
                [Differentiable("x")]
                public static double N2ActivationMix(double x, double alpha)
                {
                    double elu = x > 0 ? x : alpha * (Math.Exp(x) - 1);
                    double selu = 1.0507 * elu;
                    double softplus = x > 20 ? x : Math.Log(1 + Math.Exp(x));
                    double hardSwish = x * Math.Clamp(x + 3, 0, 6) / 6;
                    double silu = x / (1 + Math.Exp(-x));
                    return selu + softplus + hardSwish + silu;
                }
                """, (r, n) => new object[] { Uniform(r, -4, 4), 1.6733 }) { Sizes = ArrayCase.Scalar, Accept = a => System.Math.Abs((double)a[0]) > 0.05 && System.Math.Abs((double)a[0] + 3) > 0.05 && System.Math.Abs((double)a[0] - 3) > 0.05 },

            // GELU by its erf form through a series for erf with a loop and a running term (Abramowitz–Stegun would be another choice).
            new ArrayCase("N2GeluErfSeries", """
                [Differentiable("x")]
                public static double N2GeluErfSeries(double x)
                {
                    double z = x / Math.Sqrt(2);
                    double term = z, sum = z;
                    for (int k = 1; k < 30; k++)
                    {
                        term *= -z * z / k;
                        sum += term / (2 * k + 1);
                    }

                    double erf = 2 / Math.Sqrt(Math.PI) * sum;
                    return 0.5 * x * (1 + erf);
                }
                """, (r, n) => new object[] { Uniform(r, -2, 2) }) { Sizes = ArrayCase.Scalar },

            // Horner's rule in a loop from the top coefficient down, written with Math.FusedMultiplyAdd (was DIFF011: it is
            // now in the table, read as acc * x + coeffs[i]).
            new ArrayCase("N2HornerFma", """
                [Differentiable("x", "coeffs")]
                public static double N2HornerFma(double x, double[] coeffs)
                {
                    double acc = 0;
                    for (int i = coeffs.Length - 1; i >= 0; i--) acc = Math.FusedMultiplyAdd(acc, x, coeffs[i]);
                    return acc;
                }
                """, (r, n) => new object[] { Uniform(r, -1.5, 1.5), Vector(r, n, -1, 1) }),

            // A truncated exponential series that stops when the term is small: break inside an if that a statement follows.
            new ArrayCase("N2SeriesWithBreak", """
                [Differentiable("x")]
                public static double N2SeriesWithBreak(double x)
                {
                    double term = 1, sum = 1;
                    for (int k = 1; k < 60; k++)
                    {
                        term *= x / k;
                        if (Math.Abs(term) < 1e-17) break;
                        sum += term;
                    }

                    return sum;
                }
                """, (r, n) => new object[] { Uniform(r, -2, 2) }) { Sizes = ArrayCase.Scalar },

            // Pairwise repulsion skipping near-duplicate pairs with continue and stopping the outer loop at a cutoff with break.
            // Still DIFF015 (a loop after an if that leaves the iteration; Arrays/KnownBugs.cs); its advice, to test the
            // condition inside the loop, works: N2NestedBreakInCondition.
            new ArrayCase("N2NestedContinueBreak", """
                [Differentiable("pos")]
                public static double N2NestedContinueBreak(double[] pos, int maxParticles)
                {
                    double energy = 0;
                    for (int i = 0; i < pos.Length; i++)
                    {
                        if (i >= maxParticles) break;
                        for (int j = i + 1; j < pos.Length; j++)
                        {
                            double d = pos[j] - pos[i];
                            if (d * d < 1e-12) continue;
                            energy += 1 / (d * d);
                        }
                    }

                    return energy;
                }
                """, (r, n) => new object[] { Separated(r, n, 0.5), 4 }),

            // The same pairs, the particle limit tested in the outer loop's condition as the DIFF015 of N2NestedContinueBreak
            // advises ("test the condition inside it"): accepted.
            new ArrayCase("N2NestedBreakInCondition", """
                [Differentiable("pos")]
                public static double N2NestedBreakInCondition(double[] pos, int maxParticles)
                {
                    double energy = 0;
                    for (int i = 0; i < pos.Length && i < maxParticles; i++)
                    {
                        for (int j = i + 1; j < pos.Length; j++)
                        {
                            double d = pos[j] - pos[i];
                            if (d * d < 1e-12) continue;
                            energy += 1 / (d * d);
                        }
                    }

                    return energy;
                }
                """, (r, n) => new object[] { Separated(r, n, 0.5), 4 }),

            // Newton's method for √a in a while loop with an iteration counter and a convergence test in the condition.
            new ArrayCase("N2NewtonSqrtWhile", """
                [Differentiable("a")]
                public static double N2NewtonSqrtWhile(double a)
                {
                    double guess = a > 1 ? a : 1.0;
                    int iterations = 0;
                    while (iterations < 50)
                    {
                        guess = 0.5 * (guess + a / guess);
                        iterations++;
                    }

                    return guess;
                }
                """, (r, n) => new object[] { Uniform(r, 0.2, 10) }) { Sizes = ArrayCase.Scalar, Accept = a => System.Math.Abs((double)a[0] - 1) > 0.01 },

            // A switch statement on an int parameter choosing the loss (0 squared, 1 absolute, 2 log-cosh), each case returning
            // (was DIFF015, the 'switch' statement).
            new ArrayCase("N2SwitchStatementLoss", """
                [Differentiable("e")]
                public static double N2SwitchStatementLoss(double e, int kind)
                {
                    switch (kind)
                    {
                        case 0:
                            return e * e;
                        case 1:
                            return Math.Abs(e);
                        default:
                            return Math.Log(Math.Cosh(e));
                    }
                }
                """, (r, n) => new object[] { AwayFromZero(r, 1, 0.1, 2)[0], r.Next(3) }) { Sizes = ArrayCase.Scalar },

            // A switch statement inside a loop on an integer expression, sections ending in break, a when guard, and a second
            // switch with relational labels and no default (was DIFF015).
            new ArrayCase("N2SwitchStatementInLoop", """
                [Differentiable("x")]
                public static double N2SwitchStatementInLoop(double[] x, int mode)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        switch (i % 3)
                        {
                            case 0:
                                s += x[i] * x[i];
                                break;
                            case 1 when mode > 0:
                                s += Math.Sin(x[i]);
                                break;
                            default:
                                s -= 0.5 * x[i];
                                break;
                        }
                    }

                    double scale = 1;
                    switch (x.Length)
                    {
                        case < 2:
                            scale = 2;
                            break;
                        case >= 2 and < 4:
                            scale *= 3;
                            break;
                    }

                    return s * scale;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), r.Next(2) }),

            // The model calls a private static helper the notebook wrote beside it, marked [Differentiable] as DIFF011 advises.
            new ArrayCase("N2HelperMethodMarked", """
                [Differentiable]
                private static double N2Softplus(double z) => z > 0 ? z + Math.Log(1 + Math.Exp(-z)) : Math.Log(1 + Math.Exp(z));

                [Differentiable("w")]
                public static double N2HelperMethodMarked(double[] w, double[] x, double[] y)
                {
                    double loss = 0;
                    for (int i = 0; i < y.Length; i++) loss += N2Softplus(-y[i] * w[0] * x[i]) + 0.01 * w[1] * w[1];
                    return loss;
                }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Vector(r, n, -2, 2), PlusMinus(r, n) }),

            // A ReLU MLP forward pass with the hidden layer in a Span<double> from stackalloc, sized by a const int.
            new ArrayCase("N2StackallocHidden", """
                [Differentiable("w1", "w2")]
                public static double N2StackallocHidden(double[] w1, double[] w2, double input)
                {
                    const int hidden = 5;
                    Span<double> h = stackalloc double[hidden];
                    for (int j = 0; j < hidden; j++) h[j] = Math.Max(0, w1[j] * input + 0.1 * j);
                    double output = 0;
                    for (int j = 0; j < hidden; j++) output += w2[j] * h[j];
                    return output * output;
                }
                """, (r, n) => new object[] { AwayFromZero(r, 5, 0.3, 1), Vector(r, 5, -1, 1), Uniform(r, 0.5, 1.5) }) { Sizes = ArrayCase.Scalar },

            // Linear regression mean squared error over a jagged design matrix, rows read with var row = X[i]. Still DIFF015
            // (a local holding a row; Arrays/KnownBugs.cs), whose advice now names the row's elements, X[i][j] and X[i].Length,
            // as N2PoissonGlmJagged reads them.
            new ArrayCase("N2JaggedMse", """
                [Differentiable("w", "b")]
                public static double N2JaggedMse(double[] w, double b, double[][] X, double[] y)
                {
                    double mse = 0;
                    for (int i = 0; i < X.Length; i++)
                    {
                        var row = X[i];
                        double pred = b;
                        for (int j = 0; j < row.Length; j++) pred += w[j] * row[j];
                        mse += (pred - y[i]) * (pred - y[i]);
                    }

                    return mse / Math.Max(X.Length, 1);
                }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, -1, 1), Jagged(r, n, 2, -1, 1), Vector(r, n, -1, 1) }),

            // Symplectic Euler for a harmonic oscillator with the state updated by a tuple assignment (x, v) = (...), which
            // reads the old x on the right (was DIFF010, tuples).
            new ArrayCase("N2TupleSymplectic", """
                [Differentiable("x0", "v0", "k")]
                public static double N2TupleSymplectic(double x0, double v0, double k)
                {
                    double x = x0, v = v0;
                    const double dt = 0.05;
                    for (int s = 0; s < 40; s++)
                    {
                        (x, v) = (x + v * dt, v - k * x * dt);
                    }

                    return x * x + v * v;
                }
                """, (r, n) => new object[] { Uniform(r, -1, 1), Uniform(r, -1, 1), Uniform(r, 0.5, 2) }) { Sizes = ArrayCase.Scalar },

            // Polar to Cartesian through var (px, py) = (...), loop-free, then a swap (px, py) = (py, px) (was DIFF010).
            new ArrayCase("N2TupleDeconstruct", """
                [Differentiable]
                public static double N2TupleDeconstruct(double r, double phi)
                {
                    var (px, py) = (r * Math.Cos(phi), r * Math.Sin(phi));
                    (px, py) = (py, px);
                    return px * py + px;
                }
                """, (r, n) => new object[] { Uniform(r, 0.5, 2), Uniform(r, -3, 3) }) { Sizes = ArrayCase.Scalar },

            // Compound assignments and ++ on doubles: a learning-rate schedule applied over epochs.
            new ArrayCase("N2CompoundScheduled", """
                [Differentiable("w", "lr")]
                public static double N2CompoundScheduled(double w, double lr, double decay)
                {
                    double epoch = 0;
                    for (int i = 0; i < 10; i++)
                    {
                        double grad = 2 * (w - 3);
                        w -= lr * grad;
                        lr *= decay;
                        lr /= 1 + 0.01 * epoch;
                        epoch++;
                    }

                    return (w - 3) * (w - 3);
                }
                """, (r, n) => new object[] { Uniform(r, -1, 1), Uniform(r, 0.01, 0.2), 0.95 }) { Sizes = ArrayCase.Scalar },

            // Log-sum-exp with a running maximum kept by Math.Max over a loop, started from the first element.
            new ArrayCase("N2RunningMaxLogSumExp", """
                [Differentiable("x")]
                public static double N2RunningMaxLogSumExp(double[] x, double temperature)
                {
                    double m = x[0];
                    for (int i = 1; i < x.Length; i++) m = Math.Max(m, x[i]);
                    double s = 0;
                    for (int i = 0; i < x.Length; i++) s += Math.Exp((x[i] - m) / temperature);
                    return m + temperature * Math.Log(s);
                }
                """, (r, n) => new object[] { Separated(r, n), 0.7 }) { Sizes = ArrayCase.NonEmpty },

            // SIR epidemic model by Euler steps, fitted to observed infections with a squared error.
            new ArrayCase("N2SirFit", """
                [Differentiable("beta", "gamma")]
                public static double N2SirFit(double beta, double gamma, double[] observed)
                {
                    double s = 0.99, i = 0.01, rec = 0;
                    const double dt = 0.5;
                    double err = 0;
                    for (int t = 0; t < observed.Length; t++)
                    {
                        for (int sub = 0; sub < 4; sub++)
                        {
                            double infections = beta * s * i * dt / 4;
                            double recoveries = gamma * i * dt / 4;
                            s -= infections;
                            i += infections - recoveries;
                            rec += recoveries;
                        }

                        err += (i - observed[t]) * (i - observed[t]);
                    }

                    return err + 0 * rec;
                }
                """, (r, n) => new object[] { Uniform(r, 0.3, 0.6), Uniform(r, 0.05, 0.2), Vector(r, n, 0, 0.1) }),

            // A two-component Gaussian mixture log-likelihood with a stable log-sum-exp per point written with an if.
            new ArrayCase("N2MixtureNll", """
                [Differentiable("mu1", "mu2", "logitPi")]
                public static double N2MixtureNll(double mu1, double mu2, double logitPi, double[] x)
                {
                    double pi = 1 / (1 + Math.Exp(-logitPi));
                    double nll = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double a = Math.Log(pi) - 0.5 * (x[i] - mu1) * (x[i] - mu1);
                        double b = Math.Log(1 - pi) - 0.5 * (x[i] - mu2) * (x[i] - mu2);
                        double hi = a, lo = b;
                        if (b > a)
                        {
                            hi = b;
                            lo = a;
                        }

                        nll -= hi + Math.Log(1 + Math.Exp(lo - hi));
                    }

                    return nll;
                }
                """, (r, n) => new object[] { Uniform(r, -1.5, -0.5), Uniform(r, 0.5, 1.5), Uniform(r, -1, 1), Vector(r, n, -2, 2) }),

            // Zero-inflated Poisson with an if/else on y[i] == 0 over counts held as double[].
            new ArrayCase("N2ZeroInflatedPoisson", """
                [Differentiable("logLambda", "logitZero")]
                public static double N2ZeroInflatedPoisson(double logLambda, double logitZero, double[] y)
                {
                    double lambda = Math.Exp(logLambda);
                    double pz = 1 / (1 + Math.Exp(-logitZero));
                    double ll = 0;
                    for (int i = 0; i < y.Length; i++)
                    {
                        if (y[i] == 0)
                        {
                            ll += Math.Log(pz + (1 - pz) * Math.Exp(-lambda));
                        }
                        else
                        {
                            ll += Math.Log(1 - pz) + y[i] * logLambda - lambda;
                        }
                    }

                    return -ll;
                }
                """, (r, n) => new object[] { Uniform(r, -0.5, 1), Uniform(r, -1, 1), Counts(r, n, 4) }),

            // Class-weighted cross-entropy: the class index read from a double[] of labels, (int)labels[i], as an index
            // into the probabilities and a weight table (was DIFF013 before this sweep).
            new ArrayCase("N2ClassWeightedCastIndex", """
                [Differentiable("logits")]
                public static double N2ClassWeightedCastIndex(double[] logits, double[] labels, double[] classWeights)
                {
                    int k = classWeights.Length;
                    double loss = 0;
                    for (int i = 0; i < labels.Length; i++)
                    {
                        int c = (int)labels[i];
                        double sum = 0;
                        for (int j = 0; j < k; j++) sum += Math.Exp(logits[i * k + j]);
                        loss += classWeights[c] * (Math.Log(sum) - logits[i * k + c]);
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Vector(r, 3 * n, -2, 2), Counts(r, n, 3), new[] { 1.0, 2.0, 0.5 } }),

            // Arrhenius kinetics: a rate from temperature data, concentration decayed by Euler steps, log-squared error.
            new ArrayCase("N2ArrheniusDecay", """
                [Differentiable("logA", "ea")]
                public static double N2ArrheniusDecay(double logA, double ea, double[] temperatures, double[] remaining)
                {
                    const double R = 8.314;
                    double err = 0;
                    for (int i = 0; i < temperatures.Length; i++)
                    {
                        double k = Math.Exp(logA - ea / (R * temperatures[i]));
                        double c = 1.0;
                        for (int step = 0; step < 20; step++) c *= 1 - k * 0.05;
                        double diff = Math.Log(c) - Math.Log(remaining[i]);
                        err += diff * diff;
                    }

                    return err;
                }
                """, (r, n) => new object[] { Uniform(r, 1, 2), Uniform(r, 9000, 11000), Vector(r, n, 300, 350), Vector(r, n, 0.3, 0.9) }),

            // Early return inside a loop: the first non-positive weight ends the product (a notebook guard). Still DIFF015
            // (Arrays/KnownBugs.cs); its advice said "assign the result to a local and return it last", and the local a
            // notebook then writes is a flag set before a break, DIFF015 again; it now says to fold the test into the value.
            new ArrayCase("N2EarlyReturnInLoop", """
                [Differentiable("w")]
                public static double N2EarlyReturnInLoop(double[] w)
                {
                    double logProduct = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        if (w[i] <= 0) return double.NegativeInfinity;
                        logProduct += Math.Log(w[i]);
                    }

                    return logProduct;
                }
                """, (r, n) => new object[] { Vector(r, n, 0.2, 2) }),

            // The Gaussian-process log marginal likelihood with the Cholesky loop as N2GpLogMarginal's DIFF015 advises: the
            // elements of L written so far copied into a local array of their own at the start of each column, and read
            // there (the copy costs n² per column; the reverse sweep then has every value it needs). Accepted and correct.
            new ArrayCase("N2GpLogMarginalCopied", """
                [Differentiable("logLength", "logSignal", "logNoise")]
                public static double N2GpLogMarginalCopied(double logLength, double logSignal, double logNoise, double[] x, double[] y)
                {
                    int n = x.Length;
                    double ell = Math.Exp(logLength), sf2 = Math.Exp(2 * logSignal), sn2 = Math.Exp(2 * logNoise);
                    double[] K = new double[n * n];
                    for (int i = 0; i < n; i++)
                    {
                        for (int j = 0; j < n; j++)
                        {
                            double d = (x[i] - x[j]) / ell;
                            K[i * n + j] = sf2 * Math.Exp(-0.5 * d * d) + (i == j ? sn2 : 0.0);
                        }
                    }

                    double[] L = new double[n * n];
                    double[] old = new double[n * n];
                    for (int j = 0; j < n; j++)
                    {
                        for (int q = 0; q < n * n; q++) old[q] = L[q];
                        double s = K[j * n + j];
                        for (int k = 0; k < j; k++) s -= old[j * n + k] * old[j * n + k];
                        double diag = Math.Sqrt(s);
                        L[j * n + j] = diag;
                        for (int i = j + 1; i < n; i++)
                        {
                            double t = K[i * n + j];
                            for (int k = 0; k < j; k++) t -= old[i * n + k] * old[j * n + k];
                            L[i * n + j] = t / diag;
                        }
                    }

                    double[] alpha = new double[n];
                    for (int i = 0; i < n; i++)
                    {
                        double t = y[i];
                        for (int k = 0; k < i; k++) t -= L[i * n + k] * alpha[k];
                        alpha[i] = t / L[i * n + i];
                    }

                    double quad = 0, logDet = 0;
                    for (int i = 0; i < n; i++)
                    {
                        quad += alpha[i] * alpha[i];
                        logDet += Math.Log(L[i * n + i]);
                    }

                    return -0.5 * quad - logDet - 0.5 * n * Math.Log(2 * Math.PI);
                }
                """, (r, n) => new object[] { Uniform(r, -0.5, 0.5), Uniform(r, -0.5, 0.5), Uniform(r, -1.5, -0.5), Enumerable.Range(0, n).Select(i => i * 0.7 + Uniform(r, -0.1, 0.1)).ToArray(), Vector(r, n, -1, 1) }),

            // Found by the fuzzer's switch statements (this sweep), older than them: an acosh two branches of an else-if chain
            // read is computed before the chain, and is NaN where neither is taken (1.5 + x·y < 1); MGradient multiplied its
            // partial 1 / sinh(acosh) by the merged adjoint (c1 ? a : c2 ? b : 0) and gave NaN for ∂/∂x and ∂/∂y where the
            // method and its derivative are finite (MPartialX gave 0). The partial is now multiplied inside each side.
            new ArrayCase("N2SharedAcoshInElseIfChain", """
                [Differentiable]
                public static double N2SharedAcoshInElseIfChain(double x, double y)
                {
                    double s = Gradient.Stop(Math.Tau + x);
                    if (s < -0.5) y += y - x + Math.Acosh(1.5 + x * y);
                    else if (s > 0 && s < 0.5) y += Math.Acosh(1.5 + x * y) * Math.Acos(Math.Cos(y) * 0.5);
                    else y += y;
                    return y * y;
                }
                """, (r, n) => new object[] { Uniform(r, -1.2, -0.6), Uniform(r, 1.0, 1.5) }) { Sizes = ArrayCase.Scalar },

            // The same as the switch statement the fuzzer wrote.
            new ArrayCase("N2SharedAcoshInSwitch", """
                [Differentiable]
                public static double N2SharedAcoshInSwitch(double x, double y)
                {
                    switch (Gradient.Stop(Math.Tau + x))
                    {
                        case < -0.5:
                            y += y - x + Math.Acosh(1.5 + x * y);
                            break;
                        case not (>= 0):
                            y += Gradient.Stop(Math.FusedMultiplyAdd(y, y, x));
                            break;
                        case (> 0 and < 0.5):
                            y += Math.Acosh(1.5 + x * y) * Math.Acos(Math.Cos(y) * 0.5);
                            break;
                        default:
                            y += y;
                            break;
                    }

                    return y * y;
                }
                """, (r, n) => new object[] { Uniform(r, -1.2, -0.6), Uniform(r, 1.0, 1.5) }) { Sizes = ArrayCase.Scalar },

            // In a loop: the shared acosh of two branches of an if inside the loop, NaN where neither is taken.
            new ArrayCase("N2SharedAcoshInLoop", """
                [Differentiable("w")]
                public static double N2SharedAcoshInLoop(double[] w, double[] mode)
                {
                    double total = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        double t;
                        if (mode[i] < 0) t = Math.Acosh(1.5 + w[i]);
                        else if (mode[i] > 1) t = 2 * Math.Acosh(1.5 + w[i]);
                        else t = w[i] * w[i];
                        total += t;
                    }

                    return total;
                }
                """, (r, n) => new object[]
                {
                    // Where neither branch is taken (mode 0.5), 1.5 + w[i] < 1 and acosh is NaN; elsewhere it is defined.
                    Enumerable.Range(0, n).Select(i => i % 3 == 0 ? Uniform(r, -1.2, -0.6) : Uniform(r, 0, 1)).ToArray(),
                    Enumerable.Range(0, n).Select(i => i % 3 == 0 ? 0.5 : i % 3 == 1 ? -1.0 : 2.0).ToArray(),
                }),

            // The same guard folded into the value the loop sums, as the DIFF015 now advises: accepted.
            new ArrayCase("N2EarlyReturnFolded", """
                [Differentiable("w")]
                public static double N2EarlyReturnFolded(double[] w)
                {
                    double logProduct = 0;
                    for (int i = 0; i < w.Length; i++) logProduct += w[i] <= 0 ? double.NegativeInfinity : Math.Log(w[i]);
                    return logProduct;
                }
                """, (r, n) => new object[] { Vector(r, n, 0.2, 2) }),
        };
    }
}
