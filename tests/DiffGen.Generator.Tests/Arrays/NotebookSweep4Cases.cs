using System;
using System.Linq;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// The fourth notebook sweep: control flow and calls as a machine-learning or physics practitioner writes them in a
    /// notebook (while and do loops with break and continue, early returns, nested loops bounded by outer counters, foreach,
    /// switch statements and expressions, branches that update loop-carried values, convergence loops, calls between
    /// [Differentiable] methods, local functions, tuples, instance and struct receivers, in-place updates inside branches),
    /// each checked against Richardson differences by <see cref="NotebookSweep4Tests"/>.
    /// </summary>
    public static class NotebookSweep4Cases
    {
        public static readonly ArrayCase[] All =
        {
            // Series: exp(x) summed in a while loop with its own counter, left by a break on a relative tolerance directly in the body.
            new ArrayCase("N4ExpSeriesWhile", """
                [Differentiable]
                public static double N4ExpSeriesWhile(double x)
                {
                    double term = 1, sum = 1;
                    int k = 1;
                    while (k < 200)
                    {
                        term *= x / k;
                        k++;
                        if (Math.Abs(term) < 1e-17 * Math.Abs(sum)) break;
                        sum += term;
                    }

                    return sum;
                }
                """, (r, n) => new object[] { Uniform(r, -2, 2) })
            {
                Sizes = ArrayCase.Scalar,
            },

            // Convergence: the fixed point of x = 0.5 cos(a x) + b, iterated while the change is above a tolerance.
            new ArrayCase("N4FixedPointCosine", """
                [Differentiable]
                public static double N4FixedPointCosine(double a, double b)
                {
                    double x = 0;
                    double change = 1;
                    int iter = 0;
                    while (change > 1e-14 && iter < 500)
                    {
                        double next = 0.5 * Math.Cos(a * x) + b;
                        change = Math.Abs(next - x);
                        x = next;
                        iter++;
                    }

                    return x;
                }
                """, (r, n) => new object[] { Uniform(r, 0.5, 1.5), Uniform(r, -1, 1) })
            {
                Sizes = ArrayCase.Scalar,
            },

            // Convergence: the same fixed point by a do-while whose condition reads the last two iterates.
            new ArrayCase("N4FixedPointDoWhile", """
                [Differentiable]
                public static double N4FixedPointDoWhile(double a, double b)
                {
                    double x = b;
                    double prev;
                    do
                    {
                        prev = x;
                        x = 0.5 * Math.Cos(a * prev) + b;
                    }
                    while (Math.Abs(x - prev) > 1e-14);

                    return x * x;
                }
                """, (r, n) => new object[] { Uniform(r, 0.5, 1.5), Uniform(r, 0.2, 1) })
            {
                Sizes = ArrayCase.Scalar,
            },

            // Astronomy: Kepler's equation E − e sin E = M by Newton's method, the true anomaly returned from inside the loop once the step is tiny.
            new ArrayCase("N4KeplerNewtonReturn", """
                [Differentiable]
                public static double N4KeplerNewtonReturn(double meanAnomaly, double ecc)
                {
                    double E = meanAnomaly;
                    for (int it = 0; it < 50; it++)
                    {
                        double f = E - ecc * Math.Sin(E) - meanAnomaly;
                        double step = f / (1 - ecc * Math.Cos(E));
                        E -= step;
                        if (Math.Abs(step) < 1e-13) return Math.Atan2(Math.Sqrt(1 - ecc * ecc) * Math.Sin(E), Math.Cos(E) - ecc);
                    }

                    return double.NaN;
                }
                """, (r, n) => new object[] { Uniform(r, 0.3, 2.8), Uniform(r, 0.05, 0.6) })
            {
                Sizes = ArrayCase.Scalar,
            },

            // Newton in while (true) for a cube root, left only by returning an expression of the root and the parameters.
            new ArrayCase("N4WhileTrueCubeRoot", """
                [Differentiable]
                public static double N4WhileTrueCubeRoot(double a, double scale)
                {
                    double x = a;
                    while (true)
                    {
                        double step = (x * x * x - a) / (3 * x * x);
                        x -= step;
                        if (Math.Abs(step) < 1e-14 * x) return scale * x + a * x;
                    }
                }
                """, (r, n) => new object[] { Uniform(r, 0.5, 8), Uniform(r, -2, 2) })
            {
                Sizes = ArrayCase.Scalar,
            },

            // A causal filter y[i] = Σ_{j ≤ i} kernel[i − j] x[j]: the inner loop's start and bound from the outer counter.
            new ArrayCase("N4CausalFilterTriangle", """
                [Differentiable("kernel")]
                public static double N4CausalFilterTriangle(double[] kernel, double[] x, double[] target)
                {
                    double loss = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double acc = 0;
                        for (int j = Math.Max(0, i - kernel.Length + 1); j <= i; j++) acc += kernel[i - j] * x[j];
                        loss += (acc - target[i]) * (acc - target[i]);
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Vector(r, 3, -1, 1), Vector(r, n), Vector(r, n) }),

            // A switch statement in a loop on per-sample loss kinds (int[]), with stacked case labels and the default section first.
            new ArrayCase("N4SwitchKindsStacked", """
                [Differentiable("w")]
                public static double N4SwitchKindsStacked(double[] w, double[] x, int[] kinds)
                {
                    double loss = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double r = w[i] * x[i] - 0.3;
                        switch (kinds[i])
                        {
                            default:
                                loss += r * r;
                                break;
                            case 1:
                            case 2:
                                loss += Math.Log(Math.Cosh(r));
                                break;
                            case 3:
                                loss += Math.Sqrt(1 + r * r) - 1;
                                break;
                        }
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n), Ints(r, n, 5) }),

            // Huber through a switch expression on the residual with relational patterns and when guards, the threshold differentiated.
            new ArrayCase("N4SwitchExpressionHuber", """
                [Differentiable("w", "delta")]
                public static double N4SwitchExpressionHuber(double[] w, double delta, double[] x, double[] y)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double e = w[i] * x[i] - y[i];
                        s += e switch
                        {
                            > 0 when e > delta => delta * (e - 0.5 * delta),
                            < 0 when e < -delta => delta * (-e - 0.5 * delta),
                            _ => 0.5 * e * e,
                        };
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.4, 0.8), Vector(r, n), Vector(r, n) })
            {
                Accept = HuberAway,
            },

            // Quantile loss for three levels from a static table, the pinball slope chosen by a switch statement on the residual's sign.
            new ArrayCase("N4QuantileSwitchStatement", """
                private static readonly double[] N4Levels = { 0.1, 0.5, 0.9 };

                [Differentiable("q")]
                public static double N4QuantileSwitchStatement(double[] q, double[] y)
                {
                    double loss = 0;
                    for (int k = 0; k < N4Levels.Length; k++)
                    {
                        double tau = N4Levels[k];
                        for (int i = 0; i < y.Length; i++)
                        {
                            double e = y[i] - q[k];
                            switch (e)
                            {
                                case >= 0:
                                    loss += tau * e;
                                    break;
                                default:
                                    loss += (tau - 1) * e;
                                    break;
                            }
                        }
                    }

                    return loss;
                }
                """, (r, n) => new object[] { new[] { Uniform(r, -2, -1.2), Uniform(r, -0.3, 0.3), Uniform(r, 1.2, 2) }, AwayFrom(r, n, new[] { -1.6, 0.0, 1.6 }, 0.45) }),

            // A leaky integrate-and-fire neuron: the membrane reset in a ternary on the loop-carried potential (points keep it away from the threshold).
            new ArrayCase("N4IntegrateAndFire", """
                [Differentiable("w", "decay")]
                public static double N4IntegrateAndFire(double w, double decay, double[] input)
                {
                    double v = 0, rate = 0;
                    for (int t = 0; t < input.Length; t++)
                    {
                        v = v > 1 ? 0.2 * v - 0.1 : decay * v + w * input[t];
                        rate += v;
                    }

                    return rate;
                }
                """, (r, n) => new object[] { Uniform(r, 0.5, 1.2), Uniform(r, 0.6, 0.9), Vector(r, n, 0, 1) })
            {
                Accept = FireAway,
            },

            // The streaming log-sum-exp, the running maximum and the rescaled sum updated in the two sides of an if, from −∞.
            new ArrayCase("N4StreamingLogSumExpBranches", """
                [Differentiable]
                public static double N4StreamingLogSumExpBranches(double[] x)
                {
                    double m = double.NegativeInfinity, s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (x[i] > m)
                        {
                            s = s * Math.Exp(m - x[i]) + 1;
                            m = x[i];
                        }
                        else
                        {
                            s += Math.Exp(x[i] - m);
                        }
                    }

                    return m + Math.Log(s);
                }
                """, (r, n) => new object[] { Separated(r, n) })
            {
                Sizes = ArrayCase.NonEmpty,
            },

            // Online softmax (flash-attention style): the running maximum by Math.Max from −∞, the normaliser and the weighted sum rescaled each step.
            new ArrayCase("N4OnlineSoftmaxAttention", """
                [Differentiable("q", "keys", "values")]
                public static double N4OnlineSoftmaxAttention(double q, double[] keys, double[] values)
                {
                    double m = double.NegativeInfinity, l = 0, acc = 0;
                    for (int j = 0; j < keys.Length; j++)
                    {
                        double s = q * keys[j];
                        double mNew = Math.Max(m, s);
                        double scale = Math.Exp(m - mNew);
                        double p = Math.Exp(s - mNew);
                        l = l * scale + p;
                        acc = acc * scale + p * values[j];
                        m = mNew;
                    }

                    return acc / l;
                }
                """, (r, n) => new object[] { Uniform(r, 0.5, 1.5), Separated(r, n, 0.5), Vector(r, n) })
            {
                Sizes = ArrayCase.NonEmpty,
            },

            // Clamp and Max chains in a loop: a leaky ReLU by Math.Max, clipped by Math.Clamp to differentiated bounds, then Min(Max(...)).
            new ArrayCase("N4ClampMaxChain", """
                [Differentiable("w", "lo", "hi")]
                public static double N4ClampMaxChain(double[] w, double lo, double hi, double[] x)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double z = w[i] * x[i];
                        double a = Math.Clamp(Math.Max(z, 0.1 * z), lo, hi);
                        s += a * a + Math.Min(Math.Max(a, lo + 0.2), hi - 0.2);
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -0.3, -0.1), Uniform(r, 0.8, 1.2), Vector(r, n) })
            {
                Accept = ClampAway,
            },

            // Implicit Euler for y' = −k y³: each step solves y₊ = y − dt k y₊³ by Newton in an inner while loop on a residual tolerance.
            new ArrayCase("N4ImplicitEulerNewton", """
                [Differentiable("k", "y0")]
                public static double N4ImplicitEulerNewton(double k, double y0, double[] observed)
                {
                    const double dt = 0.1;
                    double y = y0, err = 0;
                    for (int step = 0; step < observed.Length; step++)
                    {
                        double z = y;
                        double g = 1;
                        while (Math.Abs(g) > 1e-14)
                        {
                            g = z + dt * k * z * z * z - y;
                            z -= g / (1 + 3 * dt * k * z * z);
                        }

                        y = z;
                        err += (y - observed[step]) * (y - observed[step]);
                    }

                    return err + y;
                }
                """, (r, n) => new object[] { Uniform(r, 0.5, 2), Uniform(r, 0.5, 1.5), Vector(r, n, 0, 1) }),

            // A [Differentiable] log-sigmoid called into locals before the choice of the label's side (the form DIFF015 advises for N4HelperSigmoidInLoop).
            new ArrayCase("N4HelperSigmoidBeforeChoice", """
                [Differentiable]
                private static double N4LogSig(double z) => z >= 0 ? -Math.Log(1 + Math.Exp(-z)) : z - Math.Log(1 + Math.Exp(z));

                [Differentiable("w", "b")]
                public static double N4HelperSigmoidBeforeChoice(double[] w, double b, double[] x, double[] y)
                {
                    double loss = 0;
                    for (int i = 0; i < y.Length; i++)
                    {
                        double z = w[0] * x[i] + w[1] * x[i] * x[i] + b;
                        double pos = N4LogSig(z), neg = N4LogSig(-z);
                        loss -= y[i] > 0.5 ? pos : neg;
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, -1, 1), Vector(r, n), Labels01(r, n) }),

            // A [Differentiable] dot product with its own loop over one row of a flat matrix, called for every row with the offset i * d.
            new ArrayCase("N4HelperRowDot", """
                [Differentiable("w")]
                private static double N4RowDot(double[] w, double[] X, int offset)
                {
                    double s = 0;
                    for (int j = 0; j < w.Length; j++) s += w[j] * X[offset + j];
                    return s;
                }

                [Differentiable("w", "b")]
                public static double N4HelperRowDot(double[] w, double b, double[] X, double[] y)
                {
                    int d = w.Length;
                    double loss = 0;
                    for (int i = 0; i < y.Length; i++)
                    {
                        double z = N4RowDot(w, X, i * d) + b;
                        loss += Math.Log(1 + Math.Exp(-y[i] * z));
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Vector(r, 3, -1, 1), Uniform(r, -1, 1), Vector(r, 3 * n), Signs(r, n) }),

            // A helper passed the same differentiated array twice (Dot(w, w)), and both arrays in either order.
            new ArrayCase("N4HelperSameArrayTwice", """
                [Differentiable]
                private static double N4Dot(double[] a, double[] b)
                {
                    double s = 0;
                    for (int i = 0; i < a.Length; i++) s += a[i] * b[i];
                    return s;
                }

                [Differentiable("w", "x")]
                public static double N4HelperSameArrayTwice(double[] w, double[] x)
                {
                    double norm2 = N4Dot(w, w);
                    double proj = N4Dot(x, w);
                    return proj * proj / (1 + norm2) + N4Dot(x, x);
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n) }),

            // Named arguments out of order to a [Differentiable] helper, a default argument left out in one call and given by name in the other.
            new ArrayCase("N4HelperNamedAndDefault", """
                [Differentiable]
                private static double N4Shifted(double value, double shift, double slope = 0.25) => slope * (value - shift) + Math.Sin(value * shift);

                [Differentiable]
                public static double N4HelperNamedAndDefault(double a, double b)
                {
                    double s = 0;
                    for (int i = 0; i < 3; i++) s += N4Shifted(shift: a + i, value: b) + N4Shifted(a, b * i, slope: 2);
                    return s;
                }
                """, (r, n) => new object[] { Uniform(r, -1, 1), Uniform(r, -1, 1) })
            {
                Sizes = ArrayCase.Scalar,
            },

            // Named arguments out of order to Math: Atan2(x:, y:), Clamp(value, max:, min:) and Pow(y:, x:), in a loop.
            new ArrayCase("N4MathNamedArguments", """
                [Differentiable]
                public static double N4MathNamedArguments(double[] px, double[] py, double lo)
                {
                    double s = 0;
                    for (int i = 0; i < px.Length; i++)
                    {
                        double angle = Math.Atan2(x: px[i], y: py[i]);
                        s += angle * angle + Math.Clamp(py[i], max: 3.0, min: lo) + Math.Pow(y: 2.0, x: px[i]);
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, 0.5, 2), Vector(r, n, -2, 2), Uniform(r, -0.5, 0.5) })
            {
                Accept = a => ((double[])a[1]).All(y => Math.Abs(y - (double)a[2]) > 0.05),
            },

            // A local function reading a loop-carried local, which it sees as it is at each call (C# captures the variable).
            new ArrayCase("N4LocalFunctionReadsCarried", """
                [Differentiable]
                public static double N4LocalFunctionReadsCarried(double decay, double[] x)
                {
                    double level = 1;
                    double Damped(double u) => u * level;
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += Damped(x[i]);
                        level *= decay;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Uniform(r, 0.5, 0.95), Vector(r, n) }),

            // A local function whose body is a block with one return (docs/supported.md lists statement bodies as DIFF015; read like an expression body).
            new ArrayCase("N4LocalFunctionReturnBody", """
                [Differentiable]
                public static double N4LocalFunctionReturnBody(double[] w, double a)
                {
                    double Act(double z)
                    {
                        return z / (1 + a * z * z);
                    }

                    double s = 0;
                    for (int i = 0; i < w.Length; i++) s += Act(w[i]);
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.5, 1.5) }),

            // Periodic boundaries through an integer local function Wrap(j) = (j + n) % n reading a captured length, as indices.
            new ArrayCase("N4WrapLocalFunction", """
                [Differentiable]
                public static double N4WrapLocalFunction(double[] x, double k)
                {
                    int n = x.Length;
                    int Wrap(int j) => (j + n) % n;
                    double e = 0;
                    for (int i = 0; i < n; i++)
                    {
                        double lap = x[Wrap(i - 1)] - 2 * x[i] + x[Wrap(i + 1)];
                        e += 0.5 * k * lap * lap + Math.Cos(x[i]);
                    }

                    return e;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.5, 1.5) }),

            // A tuple recurrence (a, b) = (b, r a + x b) in a loop, the old a read on the right.
            new ArrayCase("N4TupleRecurrence", """
                [Differentiable]
                public static double N4TupleRecurrence(double rate, double[] x)
                {
                    double a = 1, b = rate;
                    for (int i = 0; i < x.Length; i++) (a, b) = (b, rate * a + x[i] * b);
                    return a + 2 * b;
                }
                """, (r, n) => new object[] { Uniform(r, 0.2, 0.8), Vector(r, n, -1, 1) }),

            // A tuple swap inside an if in a loop, keeping two moving values ordered (points keep them apart).
            new ArrayCase("N4TupleSwapInIf", """
                [Differentiable]
                public static double N4TupleSwapInIf(double[] x, double spread)
                {
                    double lo = 0, hi = spread;
                    for (int i = 0; i < x.Length; i++)
                    {
                        lo += x[i];
                        hi -= 0.5 * x[i];
                        if (lo > hi) (lo, hi) = (hi, lo);
                    }

                    return lo * lo + 3 * hi;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 1, 2) })
            {
                Accept = SwapAway,
            },

            // An instance method of a nested class reading a field (loop bound) and an init auto-property, called through a static readonly instance.
            new ArrayCase("N4InstanceRidge", """
                public sealed partial class N4RidgeModel
                {
                    public double Lambda { get; init; } = 0.1;

                    public int Degree = 3;

                    [Differentiable("w")]
                    public double Loss(double[] w, double[] x, double[] y)
                    {
                        double loss = 0;
                        for (int i = 0; i < y.Length; i++)
                        {
                            double pred = 0, p = 1;
                            for (int k = 0; k < Degree; k++)
                            {
                                pred += w[k] * p;
                                p *= x[i];
                            }

                            loss += (pred - y[i]) * (pred - y[i]);
                        }

                        for (int k = 0; k < Degree; k++) loss += this.Lambda * w[k] * w[k];
                        return loss;
                    }
                }

                private static readonly N4RidgeModel N4Ridge = new N4RidgeModel { Lambda = 0.3 };

                [Differentiable("w")]
                public static double N4InstanceRidge(double[] w, double[] x, double[] y) => N4Ridge.Loss(w, x, y);
                """, (r, n) => new object[] { Vector(r, 3, -1, 1), Vector(r, n), Vector(r, n) }),

            // A readonly struct receiver: its [Differentiable] energy loops over positions and calls another instance method through this.
            new ArrayCase("N4StructCallsSelf", """
                public readonly partial struct N4Rod
                {
                    public N4Rod(double k, double rest)
                    {
                        K = k;
                        Rest = rest;
                    }

                    public double K { get; }

                    public double Rest { get; }

                    [Differentiable]
                    public double Stretch(double a, double b) => Math.Abs(b - a) - Rest;

                    [Differentiable]
                    public double Energy(double[] pos)
                    {
                        double e = 0;
                        for (int i = 0; i + 1 < pos.Length; i++)
                        {
                            double d = this.Stretch(pos[i], pos[i + 1]);
                            e += 0.5 * K * d * d;
                        }

                        return e;
                    }
                }

                private static readonly N4Rod N4Rods = new N4Rod(3.0, 0.8);

                [Differentiable]
                public static double N4StructCallsSelf(double[] pos) => N4Rods.Energy(pos) + pos.Length;
                """, (r, n) => new object[] { Enumerable.Range(0, n).Select(i => i + Uniform(r, -0.2, 0.2)).ToArray() }),

            // A readonly struct holding a coefficient array in a get-only property: Horner's rule in its [Differentiable] method, called over foreach.
            new ArrayCase("N4StructTableHorner", """
                public readonly partial struct N4Poly
                {
                    public N4Poly(double[] coefficients) => Coefficients = coefficients;

                    public double[] Coefficients { get; }

                    [Differentiable]
                    public double At(double x)
                    {
                        double acc = 0;
                        for (int i = Coefficients.Length - 1; i >= 0; i--) acc = acc * x + Coefficients[i];
                        return acc;
                    }
                }

                private static readonly N4Poly N4Cubic = new N4Poly(new[] { 1.0, -0.5, 0.25, 0.1 });

                [Differentiable]
                public static double N4StructTableHorner(double[] x)
                {
                    double s = 0;
                    foreach (double v in x) s += N4Cubic.At(v) * v;
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n) }),

            // Momentum gradient descent on a quadratic in a while loop, velocity and weights local arrays updated in place; learning rate and momentum differentiated.
            new ArrayCase("N4MomentumWhile", """
                [Differentiable("w0", "lr", "mu")]
                public static double N4MomentumWhile(double[] w0, double lr, double mu, double[] curvature)
                {
                    int n = w0.Length;
                    double[] w = new double[n];
                    double[] v = new double[n];
                    for (int k = 0; k < n; k++) w[k] = w0[k];
                    int step = 0;
                    while (step < 12)
                    {
                        for (int k = 0; k < n; k++)
                        {
                            v[k] = mu * v[k] - lr * curvature[k] * w[k];
                            w[k] += v[k];
                        }

                        step++;
                    }

                    double loss = 0;
                    for (int k = 0; k < n; k++) loss += 0.5 * curvature[k] * w[k] * w[k];
                    return loss;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.05, 0.2), Uniform(r, 0.5, 0.9), Vector(r, n, 0.5, 2) }),

            // Rprop: per-weight step sizes grown or shrunk in the two sides of an if on the sign agreement with the last gradient, all local arrays updated in place.
            new ArrayCase("N4RpropSteps", """
                [Differentiable("w0")]
                public static double N4RpropSteps(double[] w0, double[] target)
                {
                    int n = w0.Length;
                    double[] w = new double[n];
                    double[] step = new double[n];
                    double[] prev = new double[n];
                    for (int k = 0; k < n; k++)
                    {
                        w[k] = w0[k];
                        step[k] = 0.1;
                    }

                    for (int it = 0; it < 6; it++)
                    {
                        for (int k = 0; k < n; k++)
                        {
                            double g = w[k] - target[k];
                            if (g * prev[k] > 0) step[k] *= 1.2;
                            else step[k] *= 0.5;
                            w[k] -= step[k] * Math.Tanh(10 * g);
                            prev[k] = g;
                        }
                    }

                    double loss = 0;
                    for (int k = 0; k < n; k++) loss += (w[k] - target[k]) * (w[k] - target[k]);
                    return loss;
                }
                """, (r, n) => new object[] { Vector(r, n, 1, 2), Vector(r, n, -2, -1) })
            {
                Accept = RpropAway,
            },

            // Early stopping as N4EarlyStoppingReturn's DIFF015 advises: the weights copied into a local array each epoch and read there.
            new ArrayCase("N4EarlyStoppingCopied", """
                [Differentiable("w0", "lr")]
                public static double N4EarlyStoppingCopied(double[] w0, double lr, double[] target)
                {
                    int n = w0.Length;
                    double[] w = (double[])w0.Clone();
                    double[] old = new double[n];
                    double loss = 0;
                    for (int epoch = 0; epoch < 30; epoch++)
                    {
                        for (int k = 0; k < n; k++) old[k] = w[k];
                        loss = 0;
                        for (int k = 0; k < n; k++) loss += (old[k] - target[k]) * (old[k] - target[k]);
                        if (loss < 1e-3) return loss;
                        for (int k = 0; k < n; k++) w[k] = old[k] - lr * 2 * (old[k] - target[k]);
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, 0.1, 0.25), Vector(r, n, -1, 1) })
            {
                Accept = EarlyStopAway,
            },

            // Jacobi iterations with the tolerance in the for loop's condition (N4JacobiTolerance's break moved there): accepted.
            new ArrayCase("N4JacobiToleranceInCondition", """
                [Differentiable("b", "diag")]
                public static double N4JacobiToleranceInCondition(double[] b, double diag, double[] c)
                {
                    int n = b.Length;
                    double[] u = new double[n];
                    double[] next = new double[n];
                    double delta = 1;
                    for (int it = 0; it < 400 && delta >= 1e-14; it++)
                    {
                        delta = 0;
                        for (int i = 0; i < n; i++)
                        {
                            double left = i > 0 ? u[i - 1] : 0, right = i < n - 1 ? u[i + 1] : 0;
                            next[i] = (b[i] + left + right) / diag;
                            delta += Math.Abs(next[i] - u[i]);
                        }

                        for (int i = 0; i < n; i++) u[i] = next[i];
                    }

                    double s = 0;
                    for (int i = 0; i < n; i++) s += c[i] * u[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 3, 4), Vector(r, n) }),

            // A scalar RNN h = tanh(w h + u x[t]) with a readout at every step, masked steps skipped by continue.
            new ArrayCase("N4RnnMaskedContinue", """
                [Differentiable("w", "u", "v")]
                public static double N4RnnMaskedContinue(double w, double u, double v, double[] x, double[] mask, double[] y)
                {
                    double h = 0, loss = 0;
                    for (int t = 0; t < x.Length; t++)
                    {
                        if (mask[t] < 0.5) continue;
                        h = Math.Tanh(w * h + u * x[t]);
                        double e = v * h - y[t];
                        loss += e * e;
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Uniform(r, -1, 1), Uniform(r, -1, 1), Uniform(r, -1, 1), Vector(r, n), Labels01(r, n), Vector(r, n) }),

            // A two-unit RNN carried by a tuple assignment, stopped by a break once the input runs out of signal.
            new ArrayCase("N4RnnTupleBreak", """
                [Differentiable("a", "b", "c")]
                public static double N4RnnTupleBreak(double a, double b, double c, double[] x)
                {
                    double h1 = 0, h2 = 0;
                    for (int t = 0; t < x.Length; t++)
                    {
                        if (Math.Abs(x[t]) < 0.05) break;
                        (h1, h2) = (Math.Tanh(a * h1 - b * h2 + x[t]), Math.Tanh(b * h1 + c * h2));
                    }

                    return h1 + h2 * h2;
                }
                """, (r, n) => new object[] { Uniform(r, -1, 1), Uniform(r, -1, 1), Uniform(r, -1, 1), Enumerable.Range(0, n).Select(t => t % 4 == 3 ? 0.01 : Uniform(r, -2, 2)).ToArray() }),

            // A scalar RNN over ragged sequences packed in one array: the inner bound and the offset from an int[] of lengths.
            new ArrayCase("N4RaggedRnn", """
                [Differentiable("w", "u")]
                public static double N4RaggedRnn(double w, double u, double[] xs, int[] lengths)
                {
                    int off = 0;
                    double loss = 0;
                    for (int b = 0; b < lengths.Length; b++)
                    {
                        double h = 0;
                        for (int t = 0; t < lengths[b]; t++) h = Math.Tanh(w * h + u * xs[off + t]);
                        off += lengths[b];
                        loss += (h - 0.5) * (h - 0.5);
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Uniform(r, -1, 1), Uniform(r, -1, 1), Vector(r, 3 * n), Enumerable.Range(0, n).Select(i => i % 2 == 0 ? 1 : 5 - (i % 3)).ToArray() }),

            // 1-D convolution with same padding and a dilation: out-of-range taps skipped by continue in the inner loop.
            new ArrayCase("N4ConvSameDilated", """
                [Differentiable("kernel", "bias")]
                public static double N4ConvSameDilated(double[] kernel, double bias, double[] x, int dilation)
                {
                    int n = x.Length, half = kernel.Length / 2;
                    double s = 0;
                    for (int i = 0; i < n; i++)
                    {
                        double acc = bias;
                        for (int k = 0; k < kernel.Length; k++)
                        {
                            int j = i + (k - half) * dilation;
                            if (j < 0 || j >= n) continue;
                            acc += kernel[k] * x[j];
                        }

                        s += Math.Tanh(acc);
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, 3, -1, 1), Uniform(r, -0.5, 0.5), Vector(r, n), 2 }),

            // RMS norm of each row by a [Differentiable] helper with its own loops over a row (an int row), its epsilon a default argument the caller leaves out.
            new ArrayCase("N4RmsNormRows", """
                [Differentiable("x", "gain")]
                private static double N4RmsNormRow(double[] x, double[] gain, int row, double eps = 1e-6)
                {
                    int d = gain.Length;
                    double ms = 0;
                    for (int j = 0; j < d; j++) ms += x[row * d + j] * x[row * d + j];
                    double inv = 1 / Math.Sqrt(ms / d + eps);
                    double out2 = 0;
                    for (int j = 0; j < d; j++) out2 += gain[j] * x[row * d + j] * inv * (j + 1);
                    return out2;
                }

                [Differentiable]
                public static double N4RmsNormRows(double[] x, double[] gain)
                {
                    int rows = x.Length / gain.Length;
                    double s = 0;
                    for (int r = 0; r < rows; r++)
                    {
                        double o = N4RmsNormRow(x, gain, r);
                        s += o * o;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, 3 * n), Vector(r, 3, 0.5, 1.5) }),

            // A damped pendulum by RK4, the acceleration a [Differentiable] helper called four times a substep, in nested loops.
            new ArrayCase("N4Rk4PendulumHelper", """
                [Differentiable]
                private static double N4PendulumAccel(double theta, double omega, double g, double damping) => -g * Math.Sin(theta) - damping * omega;

                [Differentiable("g", "damping", "theta0")]
                public static double N4Rk4PendulumHelper(double g, double damping, double theta0, double[] observed)
                {
                    const double dt = 0.05;
                    double theta = theta0, omega = 0, err = 0;
                    for (int i = 0; i < observed.Length; i++)
                    {
                        for (int sub = 0; sub < 4; sub++)
                        {
                            double k1t = omega, k1w = N4PendulumAccel(theta, omega, g, damping);
                            double k2t = omega + 0.5 * dt * k1w, k2w = N4PendulumAccel(theta + 0.5 * dt * k1t, omega + 0.5 * dt * k1w, g, damping);
                            double k3t = omega + 0.5 * dt * k2w, k3w = N4PendulumAccel(theta + 0.5 * dt * k2t, omega + 0.5 * dt * k2w, g, damping);
                            double k4t = omega + dt * k3w, k4w = N4PendulumAccel(theta + dt * k3t, omega + dt * k3w, g, damping);
                            theta += dt / 6 * (k1t + 2 * k2t + 2 * k3t + k4t);
                            omega += dt / 6 * (k1w + 2 * k2w + 2 * k3w + k4w);
                        }

                        err += (theta - observed[i]) * (theta - observed[i]);
                    }

                    return err;
                }
                """, (r, n) => new object[] { Uniform(r, 8, 11), Uniform(r, 0.1, 0.5), Uniform(r, 0.3, 1.2), Vector(r, n, -1, 1) }),

            // Heun's method with the vector field a [Differentiable] helper taking the state array and a component, passed local arrays overwritten later in the step.
            new ArrayCase("N4VectorFieldHelper", """
                [Differentiable("s", "k", "c")]
                private static double N4Field(double[] s, int comp, double k, double c) => comp == 0 ? s[1] : -k * s[0] - c * s[1];

                [Differentiable("k", "c")]
                public static double N4VectorFieldHelper(double k, double c)
                {
                    const double dt = 0.05;
                    double[] s = { 1.0, 0.0 };
                    double[] tmp = new double[2];
                    double[] k1 = new double[2];
                    double[] k2 = new double[2];
                    for (int step = 0; step < 20; step++)
                    {
                        for (int d = 0; d < 2; d++) k1[d] = N4Field(s, d, k, c);
                        for (int d = 0; d < 2; d++) tmp[d] = s[d] + dt * k1[d];
                        for (int d = 0; d < 2; d++) k2[d] = N4Field(tmp, d, k, c);
                        for (int d = 0; d < 2; d++) s[d] += 0.5 * dt * (k1[d] + k2[d]);
                    }

                    return s[0] * s[0] + s[1];
                }
                """, (r, n) => new object[] { Uniform(r, 1, 4), Uniform(r, 0.1, 0.5) })
            {
                Sizes = ArrayCase.Scalar,
            },

            // Euler steps in a while loop on a double time against a data horizon (the step count does not move with the parameters).
            new ArrayCase("N4EulerWhileTime", """
                [Differentiable("k", "c")]
                public static double N4EulerWhileTime(double k, double c, double horizon)
                {
                    const double dt = 0.01;
                    double t = 0, x = 1, v = 0;
                    while (t < horizon - 1e-9)
                    {
                        double a = -k * x - c * v * Math.Abs(v);
                        x += dt * v;
                        v += dt * a;
                        t += dt;
                    }

                    return x * x + v * v;
                }
                """, (r, n) => new object[] { Uniform(r, 1, 4), Uniform(r, 0.1, 0.5), Uniform(r, 0.5, 1.5) })
            {
                Sizes = ArrayCase.Scalar,
                Accept = EulerAway,
            },

            // A bouncing ball by Euler steps, the bounce reflecting position and velocity in an if (points keep every height away from the floor).
            new ArrayCase("N4BouncingBall", """
                [Differentiable("restitution", "v0")]
                public static double N4BouncingBall(double restitution, double v0, int steps)
                {
                    const double dt = 0.01, g = 9.81;
                    double y = 1, v = v0;
                    for (int s = 0; s < steps; s++)
                    {
                        v -= g * dt;
                        y += v * dt;
                        if (y < 0)
                        {
                            y = -y;
                            v = -restitution * v;
                        }
                    }

                    return y;
                }
                """, (r, n) => new object[] { Uniform(r, 0.5, 0.9), Uniform(r, -0.5, 0.5), 60 }) 
            {
                Sizes = ArrayCase.Scalar,
                Accept = BounceAway,
            },

            // Piecewise-linear interpolation (np.interp) at a differentiated query: the cell found by a while loop whose test reads the query.
            new ArrayCase("N4InterpWhileSearch", """
                [Differentiable("q", "values")]
                public static double N4InterpWhileSearch(double q, double[] knots, double[] values)
                {
                    int i = 0;
                    while (i < knots.Length - 2 && knots[i + 1] < q) i++;
                    double u = (q - knots[i]) / (knots[i + 1] - knots[i]);
                    return (1 - u) * values[i] + u * values[i + 1];
                }
                """, (r, n) => new object[] { Uniform(r, 0.1, 4.9), new[] { 0.0, 1.0, 2.0, 3.0, 4.0, 5.0 }, Vector(r, 6) })
            {
                Sizes = ArrayCase.Scalar,
                Accept = a => Math.Abs((double)a[0] - Math.Round((double)a[0])) > 0.1,
            },

            // Newton steps by a [Differentiable] helper in a while loop whose condition reads the residual another helper computes.
            new ArrayCase("N4WhileHelperConvergence", """
                [Differentiable]
                private static double N4Step(double x, double p) => x - (x * x * x + p * x - 1) / (3 * x * x + p);

                [Differentiable]
                private static double N4Res(double x, double p) => x * x * x + p * x - 1;

                [Differentiable]
                public static double N4WhileHelperConvergence(double p)
                {
                    double x = 1, err = 1;
                    int it = 0;
                    while (err > 1e-14 && it < 50)
                    {
                        x = N4Step(x, p);
                        err = Math.Abs(N4Res(x, p));
                        it++;
                    }

                    return x * p;
                }
                """, (r, n) => new object[] { Uniform(r, 0.5, 2) })
            {
                Sizes = ArrayCase.Scalar,
            },

            // Soft-DTW against a template: a local (n+1)×(m+1) table filled by nested loops, softmin of three neighbours by log-sum-exp.
            new ArrayCase("N4SoftDtw", """
                [Differentiable("x")]
                public static double N4SoftDtw(double[] x, double[] y, double gamma)
                {
                    int n = x.Length, m = y.Length, w = m + 1;
                    double[] R = new double[(n + 1) * w];
                    for (int k = 0; k < R.Length; k++) R[k] = 1e10;
                    R[0] = 0;
                    for (int i = 1; i <= n; i++)
                    {
                        for (int j = 1; j <= m; j++)
                        {
                            double a = -R[(i - 1) * w + j - 1] / gamma, b = -R[(i - 1) * w + j] / gamma, c = -R[i * w + j - 1] / gamma;
                            double mx = Math.Max(a, Math.Max(b, c));
                            double softmin = -gamma * (mx + Math.Log(Math.Exp(a - mx) + Math.Exp(b - mx) + Math.Exp(c - mx)));
                            R[i * w + j] = (x[i - 1] - y[j - 1]) * (x[i - 1] - y[j - 1]) + softmin;
                        }
                    }

                    return R[n * w + m];
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, 3), 0.5 })
            {
                Sizes = ArrayCase.NonEmpty,
            },

            // A bubble sort by Math.Min/Math.Max in place (the form DIFF015 advises for N4BubbleSwap's conditional swap), then a weighted trimmed mean.
            new ArrayCase("N4MinMaxSortTrimmedMean", """
                [Differentiable]
                public static double N4MinMaxSortTrimmedMean(double[] x)
                {
                    int n = x.Length;
                    double[] a = new double[n];
                    for (int i = 0; i < n; i++) a[i] = x[i];
                    for (int pass = 0; pass < n; pass++)
                    {
                        for (int j = 0; j + 1 < n - pass; j++)
                        {
                            double lo = Math.Min(a[j], a[j + 1]), hi = Math.Max(a[j], a[j + 1]);
                            a[j] = lo;
                            a[j + 1] = hi;
                        }
                    }

                    double s = 0;
                    for (int i = 1; i + 1 < n; i++) s += a[i] * (i + 1);
                    return n > 2 ? s / (n - 2) : a[0];
                }
                """, (r, n) => new object[] { Separated(r, n) })
            {
                Sizes = ArrayCase.NonEmpty,
            },

            // A loop bound from Gradient.Stop of a differentiated value: (int)Gradient.Stop(Math.Ceiling(horizon * 4)) epochs.
            new ArrayCase("N4StoppedEpochBound", """
                [Differentiable]
                public static double N4StoppedEpochBound(double horizon, double w0, double lr)
                {
                    int epochs = (int)Gradient.Stop(Math.Ceiling(horizon * 4));
                    double w = w0;
                    for (int e = 0; e < epochs; e++)
                    {
                        w -= lr * (w - 1) / (1 + 0.1 * e);
                    }

                    return w * w + horizon;
                }
                """, (r, n) => new object[] { Uniform(r, 1, 3), Uniform(r, -1, 1), Uniform(r, 0.05, 0.3) })
            {
                Sizes = ArrayCase.Scalar,
                Accept = a => Math.Abs((double)a[0] * 4 - Math.Round((double)a[0] * 4)) > 0.2,
            },

            // A loop bound from a [Differentiable] helper of data: (int)Math.Ceiling(Scale(horizon) / 0.1), horizon not differentiated.
            new ArrayCase("N4HelperBoundFromData", """
                [Differentiable]
                private static double N4Scale(double h) => 2 * h + 1;

                [Differentiable("k")]
                public static double N4HelperBoundFromData(double k, double horizon)
                {
                    int steps = (int)Math.Ceiling(N4Scale(horizon) / 0.1);
                    double x = 1;
                    for (int s = 0; s < steps; s++) x -= 0.1 * k * x * x;
                    return x;
                }
                """, (r, n) => new object[] { Uniform(r, 0.2, 0.8), Uniform(r, 1, 2) })
            {
                Sizes = ArrayCase.Scalar,
            },

            // Breaking out of two loops by an integer flag (C# has no labelled break), the inner bound from the outer counter.
            new ArrayCase("N4BreakOuterByFlag", """
                [Differentiable("x", "k")]
                public static double N4BreakOuterByFlag(double[] x, double k, double[] cutoffs)
                {
                    double energy = 0;
                    int stop = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        for (int j = i + 1; j < x.Length; j++)
                        {
                            double d = x[j] - x[i];
                            energy += k / (d * d);
                            if (cutoffs[i] > 0.8 && j == i + 1)
                            {
                                stop = 1;
                                break;
                            }
                        }

                        if (stop == 1) break;
                    }

                    return energy;
                }
                """, (r, n) => new object[] { Spaced(r, n), Uniform(r, 0.5, 1.5), Vector(r, n, 0, 1) }),

            // A do-while over samples with a manual index and a continue that skips outliers (to the condition).
            new ArrayCase("N4DoWhileContinueOutliers", """
                [Differentiable("mu", "logSigma")]
                public static double N4DoWhileContinueOutliers(double mu, double logSigma, double[] x)
                {
                    double sigma = Math.Exp(logSigma), nll = 0;
                    int i = 0;
                    do
                    {
                        double z = (x[i] - mu) / sigma;
                        i++;
                        if (Math.Abs(x[i - 1]) > 1.8) continue;
                        nll += 0.5 * z * z + logSigma;
                    }
                    while (i < x.Length);

                    return nll;
                }
                """, (r, n) => new object[] { Uniform(r, -0.5, 0.5), Uniform(r, -0.5, 0.5), Vector(r, n) })
            {
                Sizes = ArrayCase.NonEmpty,
            },

            // A switch statement on an int parameter whose sections hold loops (docs/supported.md says both that they may and that they are DIFF015).
            new ArrayCase("N4SwitchSectionsWithLoops", """
                [Differentiable("w")]
                public static double N4SwitchSectionsWithLoops(double[] w, double[] x, int kind)
                {
                    double loss = 0;
                    switch (kind)
                    {
                        case 0:
                            for (int i = 0; i < x.Length; i++) loss += (w[i] - x[i]) * (w[i] - x[i]);
                            break;
                        case 1:
                            for (int i = 0; i < x.Length; i++) loss += Math.Log(Math.Cosh(w[i] - x[i]));
                            break;
                        default:
                            loss = w.Length > 0 ? w[0] * w[0] : 0;
                            break;
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n), r.Next(3) }),

            // A switch statement setting an integer index per sample (declared without a value), read as an index after the switch.
            new ArrayCase("N4SwitchSetsIndex", """
                [Differentiable("w")]
                public static double N4SwitchSetsIndex(double[] w, double[] x, int[] kinds)
                {
                    int n = w.Length;
                    double s = 0;
                    for (int i = 0; i < n; i++)
                    {
                        int idx;
                        switch (kinds[i])
                        {
                            case 0:
                                idx = i;
                                break;
                            case 1:
                                idx = n - 1 - i;
                                break;
                            default:
                                idx = i / 2;
                                break;
                        }

                        s += w[idx] * x[i] + w[idx] * w[i] * 0.5;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n), Enumerable.Range(0, n).Select(_ => r.Next(3)).ToArray() }),

            // The wave equation's leapfrog in a while loop, two buffers swapped by a tuple each step, one of them updated in place first.
            new ArrayCase("N4LeapfrogWhileSwap", """
                [Differentiable("u0", "c")]
                public static double N4LeapfrogWhileSwap(double[] u0, double c)
                {
                    int n = u0.Length;
                    var prev = new double[n];
                    var cur = new double[n];
                    for (int i = 0; i < n; i++)
                    {
                        prev[i] = u0[i];
                        cur[i] = u0[i];
                    }

                    double r2 = c * c * 0.25;
                    int step = 0;
                    while (step < 8)
                    {
                        for (int i = 1; i < n - 1; i++) prev[i] = 2 * cur[i] - prev[i] + r2 * (cur[i + 1] - 2 * cur[i] + cur[i - 1]);
                        (prev, cur) = (cur, prev);
                        step++;
                    }

                    double e = 0;
                    for (int i = 0; i < n; i++) e += cur[i] * cur[i] * (i + 1);
                    return e;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, 0.5, 1) }),

            // SGD with the scalar gradient clipped in an if / else if, then in-place steps of a two-element local array.
            new ArrayCase("N4ClippedSgd", """
                [Differentiable("w0", "lr")]
                public static double N4ClippedSgd(double[] w0, double lr, double[] x, double[] y)
                {
                    double[] w = new double[2];
                    w[0] = w0[0];
                    w[1] = w0[1];
                    for (int i = 0; i < y.Length; i++)
                    {
                        double e = w[0] * x[i] + w[1] - y[i];
                        double g = 2 * e;
                        if (g > 1) g = 1;
                        else if (g < -1) g = -1;
                        w[0] -= lr * g * x[i];
                        w[1] -= lr * g;
                    }

                    return w[0] * w[0] + w[1] * w[1];
                }
                """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, 0.05, 0.2), Vector(r, n), Vector(r, n) })
            {
                Accept = ClipAway,
            },

            // Central differences with one-sided ends chosen by an if / else if chain (N4CentralDiffNestedTernary's ?: written as statements): accepted.
            new ArrayCase("N4CentralDiffIfChain", """
                [Differentiable]
                public static double N4CentralDiffIfChain(double[] u)
                {
                    int n = u.Length;
                    double s = 0;
                    for (int i = 0; i < n; i++)
                    {
                        double d;
                        if (i == 0) d = u[1] - u[0];
                        else if (i == n - 1) d = u[n - 1] - u[n - 2];
                        else d = 0.5 * (u[i + 1] - u[i - 1]);
                        s += d * d;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n + 2) }),

            // Softened 1-D N-body forces into a local array (the diagonal skipped by continue), then symplectic Euler steps in place.
            new ArrayCase("N4NBodyForces", """
                [Differentiable("x0", "eps")]
                public static double N4NBodyForces(double[] x0, double eps)
                {
                    int n = x0.Length;
                    double[] x = new double[n];
                    double[] v = new double[n];
                    double[] f = new double[n];
                    for (int i = 0; i < n; i++) x[i] = x0[i];
                    const double dt = 0.02;
                    for (int step = 0; step < 10; step++)
                    {
                        for (int i = 0; i < n; i++)
                        {
                            f[i] = 0;
                            for (int j = 0; j < n; j++)
                            {
                                if (j == i) continue;
                                double d = x[i] - x[j];
                                f[i] += d / Math.Pow(d * d + eps, 1.5);
                            }
                        }

                        for (int i = 0; i < n; i++)
                        {
                            v[i] += dt * f[i];
                            x[i] += dt * v[i];
                        }
                    }

                    double e = 0;
                    for (int i = 0; i < n; i++) e += x[i] * x[i] + v[i] * v[i];
                    return e;
                }
                """, (r, n) => new object[] { Enumerable.Range(0, n).Select(i => i + Uniform(r, -0.2, 0.2)).ToArray(), Uniform(r, 0.1, 0.5) }),

            // A recursive [Differentiable] helper over an array with an int position, the recursion in an if (an array call in a run of one iteration).
            new ArrayCase("N4RecursiveArraySum", """
                [Differentiable("x")]
                private static double N4Tail(double[] x, int i, double decay)
                {
                    double r = x[i] * x[i];
                    if (i + 1 < x.Length) r += decay * N4Tail(x, i + 1, decay);
                    return r;
                }

                [Differentiable("x")]
                public static double N4RecursiveArraySum(double[] x)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++) s += N4Tail(x, i, 0.5);
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n) }),

            // Recursion with an integer depth, the recursive call in an if as N4RecursivePowerInLoop's DIFF015 advises: accepted.
            new ArrayCase("N4RecursivePowerIfForm", """
                [Differentiable("x")]
                private static double N4PowR(double x, int k)
                {
                    double r = 1;
                    if (k > 0) r = x * N4PowR(x, k - 1);
                    return r;
                }

                [Differentiable("c", "x")]
                public static double N4RecursivePowerIfForm(double[] c, double x)
                {
                    double s = 0;
                    for (int k = 0; k < c.Length; k++) s += c[k] * N4PowR(x, k);
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1.5, 1.5) }),

            // An early return from the loop beside a local function declared in its body, the carried value on a tape.
            new ArrayCase("N4EarlyReturnLocalFunction", """
                [Differentiable("w")]
                public static double N4EarlyReturnLocalFunction(double[] w, double limit)
                {
                    double acc = 1;
                    for (int i = 0; i < w.Length; i++)
                    {
                        double Grow(double u) => u * (1 + 0.5 * Math.Tanh(w[i]));
                        acc = Grow(acc) + 0.1 * w[i];
                        if (acc > limit) return acc * acc;
                    }

                    return acc;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 1.5, 3) }),

            // A helper that returns from inside its loop, called for several data thresholds (points keep the partial sums away from each threshold).
            new ArrayCase("N4CalleeEarlyReturn", """
                [Differentiable("w")]
                private static double N4FirstAbove(double[] w, double thr)
                {
                    double s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        s += w[i] * w[i];
                        if (s > thr) return s - thr + i;
                    }

                    return s;
                }

                [Differentiable("w")]
                public static double N4CalleeEarlyReturn(double[] w, double[] thresholds)
                {
                    double total = 0;
                    for (int k = 0; k < thresholds.Length; k++) total += N4FirstAbove(w, thresholds[k]) * (k + 1);
                    return total;
                }
                """, (r, n) => new object[] { Vector(r, 4, -1, 1), Vector(r, n, 0.1, 2) })
            {
                Accept = ThresholdsAway,
            },

            // An array-passing helper call inside an if in a while loop that a break leaves.
            new ArrayCase("N4CallInIfInWhileBreak", """
                [Differentiable]
                private static double N4L2(double[] v)
                {
                    double s = 0;
                    for (int i = 0; i < v.Length; i++) s += v[i] * v[i];
                    return s;
                }

                [Differentiable("w")]
                public static double N4CallInIfInWhileBreak(double[] w, double[] lambdas)
                {
                    double loss = 0;
                    int e = 0;
                    while (e < lambdas.Length)
                    {
                        if (lambdas[e] > 0) loss += lambdas[e] * N4L2(w);
                        e++;
                        if (loss > 50) break;
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Vector(r, 3), Vector(r, n, -2, 15) })
            {
                Accept = LossBreakAway,
            },

            // A params double[] parameter, read by foreach.
            new ArrayCase("N4ParamsNorm", """
                [Differentiable]
                public static double N4ParamsNorm(params double[] v)
                {
                    double s = 0;
                    foreach (double e in v) s += e * e;
                    return Math.Sqrt(s + 1);
                }
                """, (r, n) => new object[] { Vector(r, n) }),
        };

        /// <summary>
        /// Declined until the nineteenth session (DIFF015, "Reading an element of the local array ... that the same loop iteration
        /// overwrites afterwards"): a break after an iteration's in-place update, which docs/supported.md supports ("no break or
        /// continue before them"). Read now, and checked as <see cref="All"/>'s are.
        /// </summary>
        public static readonly ArrayCase[] BreakAfterWrites =
        {
            // Jacobi iterations for a tridiagonal system in a while loop, left by a break after the copy-back once the largest change is
            // small. Was DIFF015, needlessly: the break comes after the overwriting loop, which every iteration reaches, and docs/supported.md supports
            // that case ('no break or continue before them'); the same loop with the tolerance in its condition is accepted
            // (N4JacobiToleranceInCondition), and so is the iteration without the break.
            new ArrayCase("N4JacobiTolerance", """
                [Differentiable("b", "diag")]
                public static double N4JacobiTolerance(double[] b, double diag, double[] c)
                {
                    int n = b.Length;
                    double[] u = new double[n];
                    double[] next = new double[n];
                    int it = 0;
                    while (it < 400)
                    {
                        double delta = 0;
                        for (int i = 0; i < n; i++)
                        {
                            double left = i > 0 ? u[i - 1] : 0, right = i < n - 1 ? u[i + 1] : 0;
                            next[i] = (b[i] + left + right) / diag;
                            delta = Math.Max(delta, Math.Abs(next[i] - u[i]));
                        }

                        for (int i = 0; i < n; i++) u[i] = next[i];
                        it++;
                        if (delta < 1e-14) break;
                    }

                    double s = 0;
                    for (int i = 0; i < n; i++) s += c[i] * u[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 3, 4), Vector(r, n) }),

            // Value iteration on a chain MDP (best of two actions by Math.Max) in a for loop, a break on the summed change after the
            // copy-back. Was DIFF015, needlessly, as N4JacobiTolerance: the break follows the writes.
            new ArrayCase("N4ValueIteration", """
                [Differentiable("reward", "gamma")]
                public static double N4ValueIteration(double[] reward, double gamma)
                {
                    int n = reward.Length;
                    double[] v = new double[n];
                    double[] nv = new double[n];
                    for (int sweep = 0; sweep < 500; sweep++)
                    {
                        double change = 0;
                        for (int s = 0; s < n; s++)
                        {
                            double stay = reward[s] + gamma * v[s];
                            double move = s + 1 < n ? 0.5 * reward[s] + gamma * v[s + 1] : stay - 1;
                            nv[s] = Math.Max(stay, move);
                            change += Math.Abs(nv[s] - v[s]);
                        }

                        for (int s = 0; s < n; s++) v[s] = nv[s];
                        if (change < 1e-13) break;
                    }

                    return v[0];
                }
                """, (r, n) => new object[] { Vector(r, n, 0, 1), Uniform(r, 0.5, 0.8) })
            {
                Sizes = ArrayCase.NonEmpty,
                Accept = ValueIterationAway,
            },

            // The smallest form of N4JacobiTolerance's decline: a sum of the array, its in-place update, then if (...) break; as the
            // last statement. Was DIFF015, needlessly: without the break it is accepted.
            new ArrayCase("N4BreakAfterInPlaceUpdate", """
                [Differentiable]
                public static double N4BreakAfterInPlaceUpdate(double[] x)
                {
                    int n = x.Length;
                    double[] a = new double[n];
                    for (int i = 0; i < n; i++) a[i] = x[i];
                    for (int it = 0; it < 5; it++)
                    {
                        double t = 0;
                        for (int i = 0; i < n; i++) t += a[i] * a[i];
                        for (int i = 0; i < n; i++) a[i] = 0.5 * a[i] + 0.1 * t;
                        if (t > 1e6) break;
                    }

                    double s = 0;
                    for (int i = 0; i < n; i++) s += a[i];
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1) }),

            // The same with a break the third iteration takes, after its writes (the loop's own bound would allow five): the reverse
            // sweep must undo three iterations, the last of them left by the break.
            new ArrayCase("N4BreakAfterInPlaceUpdateTaken", """
                [Differentiable]
                public static double N4BreakAfterInPlaceUpdateTaken(double[] x)
                {
                    int n = x.Length;
                    double[] a = new double[n];
                    for (int i = 0; i < n; i++) a[i] = x[i];
                    for (int it = 0; it < 5; it++)
                    {
                        double t = 0;
                        for (int i = 0; i < n; i++) t += a[i] * a[i];
                        for (int i = 0; i < n; i++) a[i] = 0.5 * a[i] * a[i] + 0.1 * t;
                        a[0] += 0.25 * t;
                        if (it >= 2) break;
                    }

                    double s = 0;
                    for (int i = 0; i < n; i++) s += a[i] * (i + 1);
                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1) })
            {
                Sizes = ArrayCase.NonEmpty,
            },
        };

        /// <summary>
        /// Declined until the twentieth session (DIFF015, "Reading an element of the local array ... that the same loop iteration
        /// overwrites afterwards"): in-place updates an iteration makes only where a test holds, or before which it may stop. The
        /// forward sweep now keeps the test's outcome per iteration (<c>ArrayOverwrites.GateOf</c>).
        /// </summary>
        public static readonly ArrayCase[] GatedWrites =
        {
            // Training with early stopping: the loss read from the weights, a return when it is small, then the in-place step
            // (the most common training loop; N4EarlyStoppingCopied is the older advice, the old weights copied first).
            new ArrayCase("N4EarlyStoppingReturn", """
                [Differentiable("w0", "lr")]
                public static double N4EarlyStoppingReturn(double[] w0, double lr, double[] target)
                {
                    double[] w = (double[])w0.Clone();
                    double loss = 0;
                    for (int epoch = 0; epoch < 30; epoch++)
                    {
                        loss = 0;
                        for (int k = 0; k < w.Length; k++) loss += (w[k] - target[k]) * (w[k] - target[k]);
                        if (loss < 1e-3) return loss;
                        for (int k = 0; k < w.Length; k++) w[k] -= lr * 2 * (w[k] - target[k]);
                    }

                    return loss;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, 0.1, 0.25), Vector(r, n, -1, 1) })
            {
                Accept = EarlyStopAway,
            },

            // An LMS filter whose weights move only when the error leaves a dead zone: the in-place update inside an if.
            new ArrayCase("N4LmsDeadZone", """
                [Differentiable("w0", "mu")]
                public static double N4LmsDeadZone(double[] w0, double mu, double[] x, double[] d)
                {
                    int m = w0.Length;
                    double[] w = new double[m];
                    for (int k = 0; k < m; k++) w[k] = w0[k];
                    double sse = 0;
                    for (int t = m - 1; t < x.Length; t++)
                    {
                        double y = 0;
                        for (int k = 0; k < m; k++) y += w[k] * x[t - k];
                        double e = d[t] - y;
                        sse += e * e;
                        if (Math.Abs(e) > 0.1)
                        {
                            for (int k = 0; k < m; k++) w[k] += mu * e * x[t - k];
                        }
                    }

                    return sse;
                }
                """, (r, n) => new object[] { Vector(r, 2, -0.5, 0.5), Uniform(r, 0.05, 0.2), Vector(r, n + 2, -1, 1), Vector(r, n + 2, -1, 1) })
            {
                Accept = LmsAway,
            },
        };

        /// <summary>
        /// Declined, each with its id and the start of its message (<see cref="NotebookSweep4Tests.Declines_with_its_listed_diagnostic"/>);
        /// the comment above each says whether the decline is justified or needless.
        /// </summary>
        public static readonly (ArrayCase Case, string Id, string Start)[] Declined =
        {





            // Plain steps for three warm-up epochs, momentum steps after: the in-place updates in the two sides of an if on the epoch.
            // NEEDLESS (the same limitation as N4LmsDeadZone; the test reads only the counter).
            (
                new ArrayCase("N4WarmupMomentum", """
                    [Differentiable("w0", "lr")]
                    public static double N4WarmupMomentum(double[] w0, double lr, double[] target)
                    {
                        int n = w0.Length;
                        double[] w = new double[n];
                        double[] v = new double[n];
                        for (int k = 0; k < n; k++) w[k] = w0[k];
                        for (int epoch = 0; epoch < 8; epoch++)
                        {
                            for (int k = 0; k < n; k++)
                            {
                                double g = w[k] - target[k];
                                if (epoch >= 3)
                                {
                                    v[k] = 0.9 * v[k] + g;
                                    w[k] -= lr * v[k];
                                }
                                else
                                {
                                    w[k] -= lr * g;
                                }
                            }
                        }

                        double loss = 0;
                        for (int k = 0; k < n; k++) loss += (w[k] - target[k]) * (w[k] - target[k]);
                        return loss;
                    }
                    """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.05, 0.2), Vector(r, n) }),
                "DIFF015",
                "Reading an element of the local array 'w' into a value that the same loop iteration overwrites afterwards on both sides of an if (its else writes the array too) is not supported yet"),

            // Calls of a [Differentiable] log-sigmoid in the arms of ?: in a loop. Justified (documented: the call would run where ?:
            // skips it); the advice works (N4HelperSigmoidBeforeChoice).
            (
                new ArrayCase("N4HelperSigmoidInLoop", """
                    [Differentiable]
                    private static double N4Sigmoid(double z) => z >= 0 ? 1 / (1 + Math.Exp(-z)) : Math.Exp(z) / (1 + Math.Exp(z));

                    [Differentiable]
                    private static double N4LogSigmoid(double z) => z >= 0 ? -Math.Log(1 + Math.Exp(-z)) : z - Math.Log(1 + Math.Exp(z));

                    [Differentiable("w", "b")]
                    public static double N4HelperSigmoidInLoop(double[] w, double b, double[] x, double[] y)
                    {
                        double loss = 0;
                        for (int i = 0; i < y.Length; i++)
                        {
                            double z = w[0] * x[i] + w[1] * x[i] * x[i] + b;
                            double p = N4Sigmoid(z);
                            loss -= y[i] > 0.5 ? N4LogSigmoid(z) : N4LogSigmoid(-z);
                            loss += 0.01 * p;
                        }

                        return loss;
                    }
                    """, (r, n) => new object[] { Vector(r, 2, -1, 1), Uniform(r, -1, 1), Vector(r, n), Labels01(r, n) }),
                "DIFF015",
                "The call to 'N4LogSigmoid' in an arm of ?: is not supported yet"),

            // An integer power by a recursive [Differentiable] helper written with ?: (k == 0 ? 1 : x * PowR(x, k - 1)). Justified:
            // the integer parameter makes the helper one with integers, where a call in ?: would run unconditionally (endless
            // recursion); the advised if form works (N4RecursivePowerIfForm).
            (
                new ArrayCase("N4RecursivePowerInLoop", """
                    [Differentiable("x")]
                    private static double N4PowR(double x, int k) => k == 0 ? 1 : x * N4PowR(x, k - 1);

                    [Differentiable("c", "x")]
                    public static double N4RecursivePowerInLoop(double[] c, double x)
                    {
                        double s = 0;
                        for (int k = 0; k < c.Length; k++) s += c[k] * N4PowR(x, k);
                        return s;
                    }
                    """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1.5, 1.5) }),
                "DIFF015",
                "The call to 'N4PowR' in an arm of ?: is not supported yet"),

            // A bubble sort's conditional swap for a median. Justified: the message gives the Math.Min/Math.Max form, which works
            // (N4MinMaxSortTrimmedMean).
            (
                new ArrayCase("N4BubbleSwap", """
                    [Differentiable]
                    public static double N4BubbleSwap(double[] x)
                    {
                        int n = x.Length;
                        double[] a = new double[n];
                        for (int i = 0; i < n; i++) a[i] = x[i];
                        for (int pass = 0; pass < n; pass++)
                        {
                            for (int j = 0; j + 1 < n - pass; j++)
                            {
                                if (a[j] > a[j + 1])
                                {
                                    double t = a[j];
                                    a[j] = a[j + 1];
                                    a[j + 1] = t;
                                }
                            }
                        }

                        return a[n / 2];
                    }
                    """, (r, n) => new object[] { Separated(r, n) }) { Sizes = ArrayCase.NonEmpty },
                "DIFF015",
                "An if whose test reads an element of the local array 'a' that the if then writes is not supported yet"),

            // A for loop over a double time t += 0.01 with a break in its body. NEEDLESS (documented): the message's mechanical
            // rewrite to a while loop, the step at the end of the body, is accepted.
            (
                new ArrayCase("N4DoubleHeaderBreak", """
                    [Differentiable]
                    public static double N4DoubleHeaderBreak(double k, double v0)
                    {
                        double x = 0, v = v0;
                        for (double t = 0; t < 2; t += 0.01)
                        {
                            x += 0.01 * v;
                            v -= 0.01 * k * x;
                            if (x > 100) break;
                        }

                        return x;
                    }
                    """, (r, n) => new object[] { Uniform(r, 0.5, 2), Uniform(r, 0.5, 2) }) { Sizes = ArrayCase.Scalar },
                "DIFF015",
                "A for loop whose header declares or changes a floating-point value, with a break or continue in its body is not supported yet"),

            // A switch statement in a loop whose first section is continue (skip this sample). NEEDLESS (documented): the if / else
            // if chain it means, if (kinds[i] == 0) continue; directly in the body, is accepted.
            (
                new ArrayCase("N4SwitchContinue", """
                    [Differentiable("w")]
                    public static double N4SwitchContinue(double[] w, int[] kinds)
                    {
                        double s = 0;
                        for (int i = 0; i < w.Length; i++)
                        {
                            switch (kinds[i])
                            {
                                case 0:
                                    continue;
                                case 1:
                                    s += w[i] * w[i];
                                    break;
                                default:
                                    s += Math.Sin(w[i]);
                                    break;
                            }

                            s *= 0.9;
                        }

                        return s;
                    }
                    """, (r, n) => new object[] { Vector(r, n), Enumerable.Range(0, n).Select(_ => r.Next(3)).ToArray() }),
                "DIFF015",
                "The 'switch' statement is not supported yet"),

            // A switch section that returns from inside the loop. NEEDLESS (documented): it means if (kinds[i] == 0) return s;
            // directly in the loop's body, which is accepted.
            (
                new ArrayCase("N4SwitchReturnInLoop", """
                    [Differentiable("w")]
                    public static double N4SwitchReturnInLoop(double[] w, int[] kinds)
                    {
                        double s = 0;
                        for (int i = 0; i < w.Length; i++)
                        {
                            switch (kinds[i])
                            {
                                case 0:
                                    return s;
                                default:
                                    s += w[i] * w[i];
                                    break;
                            }
                        }

                        return s;
                    }
                    """, (r, n) => new object[] { Vector(r, n), Enumerable.Range(0, n).Select(_ => r.Next(3)).ToArray() }),
                "DIFF015",
                "A 'return' inside a loop or branch is not supported yet"),

            // A loop bound from a [Differentiable] helper of a differentiated value, (int)Steps(horizon). Justified: the conversion
            // cuts the derivative; the message's (int)Math.Floor(Steps(horizon)) is accepted.
            (
                new ArrayCase("N4HelperBoundFromDifferentiated", """
                    [Differentiable]
                    private static double N4Steps(double h) => 10 * h;

                    [Differentiable]
                    public static double N4HelperBoundFromDifferentiated(double k, double horizon)
                    {
                        int steps = (int)N4Steps(horizon);
                        double x = 1;
                        for (int s = 0; s < steps; s++) x -= 0.1 * k * x * x;
                        return x;
                    }
                    """, (r, n) => new object[] { Uniform(r, 0.2, 0.8), Uniform(r, 1, 2) }) { Sizes = ArrayCase.Scalar },
                "DIFF013",
                "The conversion '(int)N4Steps(horizon)' to 'int' cuts the derivative"),

            // The same bound from a helper of data, horizon not differentiated: (int)(Scale(horizon) * 10). NEEDLESS: no
            // differentiated input reaches the value (a conversion of data is an integer, but not through a call), and the message's
            // 'cuts the derivative' is not so; with Math.Ceiling around it, it is accepted (N4HelperBoundFromData).
            (
                new ArrayCase("N4HelperBoundDataTruncated", """
                    [Differentiable]
                    private static double N4Scale2(double h) => 2 * h + 1;

                    [Differentiable("k")]
                    public static double N4HelperBoundDataTruncated(double k, double horizon)
                    {
                        int steps = (int)(N4Scale2(horizon) * 10);
                        double x = 1;
                        for (int s = 0; s < steps; s++) x -= 0.1 * k * x * x;
                        return x;
                    }
                    """, (r, n) => new object[] { Uniform(r, 0.2, 0.8), Uniform(r, 1, 2) }) { Sizes = ArrayCase.Scalar },
                "DIFF013",
                "The conversion '(int)(N4Scale2(horizon) * 10)' to 'int' cuts the derivative"),

            // A window size from a static int helper of the length, int Window(int n) => n / 4 + 1. NEEDLESS: an integer function of
            // integers needs no derivative, and the advice is a dead end: marked [Differentiable], the helper is DIFF002 (it returns
            // int) and the call is still DIFF011.
            (
                new ArrayCase("N4IntHelperNoAttribute", """
                    private static int N4Window(int n) => n / 4 + 1;

                    [Differentiable]
                    public static double N4IntHelperNoAttribute(double[] x)
                    {
                        int w = N4Window(x.Length);
                        double s = 0;
                        for (int i = 0; i + w <= x.Length; i++)
                        {
                            double m = 0;
                            for (int j = i; j < i + w; j++) m += x[j];
                            s += m * m;
                        }

                        return s;
                    }
                    """, (r, n) => new object[] { Vector(r, n) }),
                "DIFF011",
                "The call to 'Tests.Cases.N4Window' cannot be differentiated: it is not in the derivative table and not [Differentiable]"),

            // A static softplus helper without the attribute, called in a loop. Justified: the message says to mark it [Differentiable].
            (
                new ArrayCase("N4DoubleHelperNoAttribute", """
                    private static double N4Softplus(double z) => Math.Log(1 + Math.Exp(z));

                    [Differentiable]
                    public static double N4DoubleHelperNoAttribute(double[] w)
                    {
                        double s = 0;
                        for (int i = 0; i < w.Length; i++) s += N4Softplus(w[i]);
                        return s;
                    }
                    """, (r, n) => new object[] { Vector(r, n) }),
                "DIFF011",
                "The call to 'Tests.Cases.N4Softplus' cannot be differentiated"),

            // An 'in double' parameter. NEEDLESS: 'in' passes a read-only reference, which the method cannot write, so it is a value as
            // far as derivatives go; a [Differentiable] callee with an 'in' parameter is DIFF006 there and DIFF015 at each call.
            (
                new ArrayCase("N4InParameter", """
                    [Differentiable]
                    public static double N4InParameter(double[] w, in double scale)
                    {
                        double s = 0;
                        for (int i = 0; i < w.Length; i++) s += scale * w[i] * w[i];
                        return s;
                    }
                    """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.5, 1.5) }),
                "DIFF006",
                "'N4InParameter' cannot be differentiated: parameter 'scale' is passed by reference"),

            // A [Differentiable] params helper (N4ParamsNorm's shape) called with its arguments expanded, Norm(p[i], p[i + 1], p[i + 2]).
            // NEEDLESS (documented): the call passes a new array of three values; and a call passing a local array given those
            // elements (double[] v = { ... }; Norm(v)) draws the same, so a params method is accepted but cannot be called at all.
            (
                new ArrayCase("N4ParamsExpanded", """
                    [Differentiable]
                    private static double N4Norm(params double[] v)
                    {
                        double s = 0;
                        foreach (double e in v) s += e * e;
                        return Math.Sqrt(s + 1);
                    }

                    [Differentiable]
                    public static double N4ParamsExpanded(double[] p)
                    {
                        double s = 0;
                        for (int i = 0; i + 2 < p.Length; i++) s += N4Norm(p[i], p[i + 1], p[i + 2]);
                        return s;
                    }
                    """, (r, n) => new object[] { Vector(r, n) }),
                "DIFF015",
                "The call to 'N4Norm' is not supported yet: calls of generic methods, or of methods with ref, out, in or params parameters"),

            // A rotation helper returning a tuple, deconstructed in a loop. Justified: the helper is not [Differentiable] (nor can it
            // be: it returns a tuple).
            (
                new ArrayCase("N4TupleHelper", """
                    private static (double, double) N4Rotate(double x, double y, double t) => (x * Math.Cos(t) - y * Math.Sin(t), x * Math.Sin(t) + y * Math.Cos(t));

                    [Differentiable]
                    public static double N4TupleHelper(double[] xy, double t)
                    {
                        double s = 0;
                        for (int i = 0; i + 1 < xy.Length; i += 2)
                        {
                            var (a, b) = N4Rotate(xy[i], xy[i + 1], t);
                            s += a * a - b;
                        }

                        return s;
                    }
                    """, (r, n) => new object[] { Vector(r, 2 * n), Uniform(r, -1, 1) }),
                "DIFF010",
                "The deconstruction 'var (a, b) = N4Rotate(xy[i], xy[i + 1], t)' cannot be differentiated here"),

            // A named tuple local holding two elements. Needless but rare: its components are two locals.
            (
                new ArrayCase("N4TupleLocal", """
                    [Differentiable]
                    public static double N4TupleLocal(double[] w, double[] x)
                    {
                        double s = 0;
                        for (int i = 0; i < w.Length; i++)
                        {
                            var pair = (w: w[i], x: x[i]);
                            s += pair.w * pair.x;
                        }

                        return s;
                    }
                    """, (r, n) => new object[] { Vector(r, n), Vector(r, n) }),
                "DIFF010",
                "The local 'pair' of type '(double w, double x)' cannot be differentiated here"),

            // var (lo, hi) = x[i] < y[i] ? (x[i], y[i]) : (y[i], x[i]); in a loop. Needless: it is two ?: of the same test.
            (
                new ArrayCase("N4ConditionalTuple", """
                    [Differentiable]
                    public static double N4ConditionalTuple(double[] x, double[] y)
                    {
                        double s = 0;
                        for (int i = 0; i < x.Length; i++)
                        {
                            var (lo, hi) = x[i] < y[i] ? (x[i], y[i]) : (y[i], x[i]);
                            s += hi - 2 * lo;
                        }

                        return s;
                    }
                    """, (r, n) => new object[] { Vector(r, n), Vector(r, n) }),
                "DIFF010",
                "The deconstruction 'var (lo, hi) = x[i] < y[i] ? (x[i], y[i]) : (y[i], x[i])' cannot be differentiated here"),

            // An expression-bodied property of two fields (Omega => Math.Sqrt(K / M)) read by an instance method's loop. NEEDLESS: its
            // body reads only numeric fields, a constant for the method, which DiffGen can see (the message says it cannot).
            (
                new ArrayCase("N4ComputedProperty", """
                    public sealed partial class N4Oscillator
                    {
                        public double K = 4;

                        public double M = 1;

                        public double Omega => Math.Sqrt(K / M);

                        [Differentiable]
                        public double Energy(double[] x)
                        {
                            double s = 0;
                            for (int i = 0; i < x.Length; i++) s += Math.Cos(Omega * x[i]);
                            return s;
                        }
                    }

                    private static readonly N4Oscillator N4Osc = new N4Oscillator();

                    [Differentiable]
                    public static double N4ComputedProperty(double[] x) => N4Osc.Energy(x);
                    """, (r, n) => new object[] { Vector(r, n) }),
                "DIFF010",
                "The property read 'Omega' cannot be differentiated here: a property with a body"),

            // A readonly struct made in a local from constants, its [Differentiable] method called in a loop. Needless: a readonly
            // struct in a static readonly field is accepted as the receiver (N4StructCallsSelf).
            (
                new ArrayCase("N4StructLocalReceiver", """
                    public readonly partial struct N4Spring
                    {
                        public N4Spring(double k) => K = k;

                        public double K { get; }

                        [Differentiable]
                        public double Energy(double d) => 0.5 * K * d * d;
                    }

                    [Differentiable]
                    public static double N4StructLocalReceiver(double[] d)
                    {
                        var spring = new N4Spring(2.0);
                        double s = 0;
                        for (int i = 0; i < d.Length; i++) s += spring.Energy(d[i]);
                        return s;
                    }
                    """, (r, n) => new object[] { Vector(r, n) }),
                "DIFF010",
                "The local 'spring' of type 'N4Spring' cannot be differentiated here"),

            // An activation held in a Func<double, double> local. Justified: the message gives the local function, which works.
            (
                new ArrayCase("N4LambdaLocal", """
                    [Differentiable]
                    public static double N4LambdaLocal(double[] w)
                    {
                        Func<double, double> act = z => z / (1 + Math.Abs(z));
                        double s = 0;
                        for (int i = 0; i < w.Length; i++) s += act(w[i]);
                        return s;
                    }
                    """, (r, n) => new object[] { Vector(r, n) }),
                "DIFF010",
                "The lambda or delegate local 'act' of type 'Func<double, double>' cannot be differentiated here"),
        };

        /// <summary>
        /// Generated and wrong: each is checked as the accepted ones are by a skipped test of <see cref="NotebookSweep4Tests"/> that
        /// says what goes wrong (delete the Skip when the fix lands).
        /// </summary>
        public static readonly ArrayCase[] Bugs =
        {
            // Finite-difference slopes with one-sided ends chosen by a switch expression on an integer from the counter: the
            // gradient throws IndexOutOfRangeException at the last point (see NotebookSweep4Tests).
            new ArrayCase("N4SwitchStencil", """
                [Differentiable]
                public static double N4SwitchStencil(double[] u, double h)
                {
                    int n = u.Length;
                    double s = 0;
                    for (int i = 0; i < n; i++)
                    {
                        int where = i == 0 ? 0 : i == n - 1 ? 2 : 1;
                        double du = where switch
                        {
                            0 => (u[1] - u[0]) / h,
                            2 => (u[n - 1] - u[n - 2]) / h,
                            _ => (u[i + 1] - u[i - 1]) / (2 * h),
                        };
                        s += du * du;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n + 2), Uniform(r, 0.1, 0.5) }),

            // The same stencil as two nested ?: (the if / else if form, N4CentralDiffIfChain, is accepted): MGradient throws.
            new ArrayCase("N4CentralDiffNestedTernary", """
                [Differentiable]
                public static double N4CentralDiffNestedTernary(double[] u)
                {
                    int n = u.Length;
                    double s = 0;
                    for (int i = 0; i < n; i++)
                    {
                        double d = i == 0 ? u[1] - u[0] : i == n - 1 ? u[n - 1] - u[n - 2] : 0.5 * (u[i + 1] - u[i - 1]);
                        s += d * d;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n + 2) }),

            // The nested ?: in the first arm: i > 0 ? (i < n - 1 ? u[i + 1] - u[i - 1] : u[i] - u[i - 1]) : u[1] - u[0]; MGradient throws.
            new ArrayCase("N4NestedTernaryFirstArm", """
                [Differentiable]
                public static double N4NestedTernaryFirstArm(double[] u)
                {
                    int n = u.Length;
                    double s = 0;
                    for (int i = 0; i < n; i++)
                    {
                        double d = i > 0 ? (i < n - 1 ? u[i + 1] - u[i - 1] : u[i] - u[i - 1]) : u[1] - u[0];
                        s += d * d;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n + 2) }),

            // A four-arm switch expression on a per-sample kind whose arms guard their own neighbours with ?:; MGradient throws.
            new ArrayCase("N4SwitchArmsGuardNeighbours", """
                [Differentiable]
                public static double N4SwitchArmsGuardNeighbours(double[] u, int[] kind)
                {
                    int n = u.Length;
                    double s = 0;
                    for (int i = 0; i < n; i++)
                    {
                        s += kind[i] switch
                        {
                            0 => u[i] * u[i],
                            1 => i + 1 < n ? u[i] * u[i + 1] : u[i],
                            2 => i + 2 < n ? u[i + 2] : 0,
                            _ => i > 0 ? u[i - 1] * 3 : 1,
                        };
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Enumerable.Range(0, n).Select(_ => r.Next(4)).ToArray() }),

            // No loop at all: return i == 0 ? u[0] * u[1] : i == n - 1 ? u[n - 1] * u[0] : u[i + 1] * u[i - 1]; MGradient throws for i = n − 1.
            new ArrayCase("N4NestedTernaryNoLoop", """
                [Differentiable]
                public static double N4NestedTernaryNoLoop(double[] u, int i)
                {
                    int n = u.Length;
                    return i == 0 ? u[0] * u[1] : i == n - 1 ? u[n - 1] * u[0] : u[i + 1] * u[i - 1];
                }
                """, (r, n) => new object[] { Vector(r, 4), r.Next(4) })
            {
                Sizes = ArrayCase.Scalar,
            },
        };

        private static double[] Labels01(Random random, int n) => Enumerable.Range(0, n).Select(_ => (double)random.Next(2)).ToArray();

        private static double[] Signs(Random random, int n) => Enumerable.Range(0, n).Select(_ => Sign(random)).ToArray();

        private static int[] Ints(Random random, int n, int max) => Enumerable.Range(0, n).Select(_ => random.Next(max)).ToArray();

        /// <summary>Increasing positions about 1 apart, jittered by up to 0.2.</summary>
        private static double[] Spaced(Random random, int n) => Enumerable.Range(0, n).Select(i => i + Uniform(random, -0.2, 0.2)).ToArray();

        /// <summary>Values in [-2, 2] at least <paramref name="gap"/> from each of <paramref name="avoid"/>.</summary>
        private static double[] AwayFrom(Random random, int n, double[] avoid, double gap) => Enumerable.Range(0, n).Select(_ =>
        {
            double v;
            do
            {
                v = Uniform(random, -2.5, 2.5);
            }
            while (avoid.Any(a => Math.Abs(v - a) < gap));
            return v;
        }).ToArray();

        private static bool Away(double value, double margin = 0.05) => Math.Abs(value) > margin;

        /// <summary>Whether the epoch early stopping ends at stays the same for every parameter moved by Richardson's largest step.</summary>
        private static bool EarlyStopAway(object[] a)
        {
            var w0 = (double[])a[0];
            double lr = (double)a[1];
            var target = (double[])a[2];
            int stop = StopEpoch(w0, lr, target);
            for (int k = -1; k < w0.Length; k++)
            {
                foreach (double sign in new[] { -1.0, 1.0 })
                {
                    var w = (double[])w0.Clone();
                    double rate = lr;
                    if (k < 0)
                    {
                        rate += sign * 0.011;
                    }
                    else
                    {
                        w[k] += sign * 0.011 * Math.Max(1, Math.Abs(w[k]));
                    }

                    if (StopEpoch(w, rate, target) != stop)
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        private static int StopEpoch(double[] w0, double lr, double[] target)
        {
            var w = (double[])w0.Clone();
            for (int epoch = 0; epoch < 30; epoch++)
            {
                double loss = 0;
                for (int k = 0; k < w.Length; k++)
                {
                    loss += (w[k] - target[k]) * (w[k] - target[k]);
                }

                if (loss < 1e-3)
                {
                    return epoch;
                }

                for (int k = 0; k < w.Length; k++)
                {
                    w[k] -= lr * 2 * (w[k] - target[k]);
                }
            }

            return 30;
        }

        private static bool HuberAway(object[] a)
        {
            var w = (double[])a[0];
            double delta = (double)a[1];
            var x = (double[])a[2];
            var y = (double[])a[3];
            for (int i = 0; i < x.Length; i++)
            {
                double e = (w[i] * x[i]) - y[i];
                if (!Away(Math.Abs(e) - delta, 0.1) || !Away(e))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool FireAway(object[] a)
        {
            double w = (double)a[0], decay = (double)a[1];
            double v = 0;
            foreach (double input in (double[])a[2])
            {
                if (!Away(v - 1, 0.1))
                {
                    return false;
                }

                v = v > 1 ? (0.2 * v) - 0.1 : (decay * v) + (w * input);
            }

            return true;
        }

        private static bool ClampAway(object[] a)
        {
            var w = (double[])a[0];
            double lo = (double)a[1], hi = (double)a[2];
            var x = (double[])a[3];
            for (int i = 0; i < x.Length; i++)
            {
                double z = w[i] * x[i];
                double leaky = Math.Max(z, 0.1 * z);
                double c = Math.Clamp(leaky, lo, hi);
                if (!Away(z) || !Away(leaky - lo) || !Away(leaky - hi) || !Away(c - lo - 0.2) || !Away(c - hi + 0.2))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool SwapAway(object[] a)
        {
            var x = (double[])a[0];
            double lo = 0, hi = (double)a[1];
            foreach (double v in x)
            {
                lo += v;
                hi -= 0.5 * v;
                if (!Away(lo - hi, 0.1))
                {
                    return false;
                }

                if (lo > hi)
                {
                    (lo, hi) = (hi, lo);
                }
            }

            return true;
        }

        private static bool LmsAway(object[] a)
        {
            var w = (double[])((double[])a[0]).Clone();
            double mu = (double)a[1];
            var x = (double[])a[2];
            var d = (double[])a[3];
            for (int t = w.Length - 1; t < x.Length; t++)
            {
                double y = 0;
                for (int k = 0; k < w.Length; k++)
                {
                    y += w[k] * x[t - k];
                }

                double e = d[t] - y;
                if (!Away(Math.Abs(e) - 0.1, 0.05))
                {
                    return false;
                }

                if (Math.Abs(e) > 0.1)
                {
                    for (int k = 0; k < w.Length; k++)
                    {
                        w[k] += mu * e * x[t - k];
                    }
                }
            }

            return true;
        }

        private static bool RpropAway(object[] a)
        {
            var w = (double[])((double[])a[0]).Clone();
            var target = (double[])a[1];
            var step = Enumerable.Repeat(0.1, w.Length).ToArray();
            var prev = new double[w.Length];
            for (int it = 0; it < 6; it++)
            {
                for (int k = 0; k < w.Length; k++)
                {
                    double g = w[k] - target[k];
                    if (!Away(g, 0.1))
                    {
                        return false;
                    }

                    step[k] *= g * prev[k] > 0 ? 1.2 : 0.5;
                    w[k] -= step[k] * Math.Tanh(10 * g);
                    prev[k] = g;
                }
            }

            return true;
        }

        private static bool EulerAway(object[] a)
        {
            double horizon = (double)a[2];
            double steps = horizon / 0.01;
            return Math.Abs(steps - Math.Round(steps)) > 0.1;
        }

        private static bool ValueIterationAway(object[] a)
        {
            var reward = (double[])a[0];
            double gamma = (double)a[1];
            int n = reward.Length;
            var v = new double[n];
            var nv = new double[n];
            for (int sweep = 0; sweep < 500; sweep++)
            {
                double change = 0;
                for (int s = 0; s < n; s++)
                {
                    double stay = reward[s] + (gamma * v[s]);
                    double move = s + 1 < n ? (0.5 * reward[s]) + (gamma * v[s + 1]) : stay - 1;
                    if (!Away(stay - move, 0.05))
                    {
                        return false;
                    }

                    nv[s] = Math.Max(stay, move);
                    change += Math.Abs(nv[s] - v[s]);
                }

                Array.Copy(nv, v, n);
                if (change < 1e-13)
                {
                    break;
                }
            }

            return true;
        }

        private static bool ClipAway(object[] a)
        {
            var w = (double[])((double[])a[0]).Clone();
            double lr = (double)a[1];
            var x = (double[])a[2];
            var y = (double[])a[3];
            for (int i = 0; i < y.Length; i++)
            {
                double g = 2 * ((w[0] * x[i]) + w[1] - y[i]);
                if (!Away(g - 1, 0.1) || !Away(g + 1, 0.1))
                {
                    return false;
                }

                g = Math.Clamp(g, -1, 1);
                w[0] -= lr * g * x[i];
                w[1] -= lr * g;
            }

            return true;
        }

        private static bool LossBreakAway(object[] a)
        {
            double l2 = ((double[])a[0]).Sum(v => v * v), loss = 0;
            foreach (double lambda in (double[])a[1])
            {
                if (lambda > 0)
                {
                    loss += lambda * l2;
                }

                if (!Away(loss - 50, 5))
                {
                    return false;
                }

                if (loss > 50)
                {
                    break;
                }
            }

            return true;
        }

        private static bool BounceAway(object[] a)
        {
            double restitution = (double)a[0], v = (double)a[1];
            int steps = (int)a[2];
            double y = 1;
            for (int s = 0; s < steps; s++)
            {
                v -= 9.81 * 0.01;
                y += v * 0.01;
                if (!Away(y, 0.015))
                {
                    return false;
                }

                if (y < 0)
                {
                    y = -y;
                    v = -restitution * v;
                }
            }

            return true;
        }

        private static bool ThresholdsAway(object[] a)
        {
            var w = (double[])a[0];
            foreach (double threshold in (double[])a[1])
            {
                double s = 0;
                foreach (double v in w)
                {
                    s += v * v;
                    if (!Away(s - threshold))
                    {
                        return false;
                    }
                }
            }

            return true;
        }
    }
}
