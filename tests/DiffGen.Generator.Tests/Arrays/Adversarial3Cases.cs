using System.Linq;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>A third adversarial pass: forward-mode partials, subsets of parameters, recursion, spans to callees, empty arrays.</summary>
    public static class Adversarial3Cases
    {
        public static readonly ArrayCase[] All =
        {
            // Forward partial with a subset of scalars, b and c not differentiated but used everywhere.
            new ArrayCase("Av3SubsetScalars", """
                [Differentiable("a", "c")]
                public static double Av3SubsetScalars(double[] x, double a, double b, double c)
                {
                    double s = b;
                    double p = 1;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += Math.Sin(a * x[i] + b) * c;
                        p = p * (1 + 0.1 * Math.Tanh(b * x[i] - c));
                    }

                    return s * p + a * b;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), Uniform(r, -2, 2), Uniform(r, -2, 2) }),

            // Only the array differentiated, scalars are data.
            new ArrayCase("Av3SubsetArrayOnly", """
                [Differentiable("x")]
                public static double Av3SubsetArrayOnly(double[] x, double a, double b)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += Math.Exp(a * x[i]) * b;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1), Uniform(r, -2, 2) }),

            // Forward partial through a local array that depends on a.
            new ArrayCase("Av3PartialLocalArray", """
                [Differentiable]
                public static double Av3PartialLocalArray(double[] x, double a, double b)
                {
                    double[] h = new double[x.Length];
                    for (int i = 0; i < x.Length; i++)
                    {
                        h[i] = Math.Tanh(a * x[i] + b);
                    }

                    double s = 0;
                    for (int i = 0; i < h.Length; i++)
                    {
                        s += h[i] * h[i] * b;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), Uniform(r, -2, 2) }),

            // The same with stackalloc and += into the local array.
            new ArrayCase("Av3PartialStackalloc", """
                [Differentiable]
                public static double Av3PartialStackalloc(double[] x, double a)
                {
                    Span<double> h = stackalloc double[3];
                    for (int i = 0; i < x.Length; i++)
                    {
                        h[i % 3] += a * x[i];
                    }

                    double s = 0;
                    foreach (double v in h)
                    {
                        s += Math.Sin(v);
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            // Forward partial: scalar helper of two parameters in a loop, one argument a local.
            new ArrayCase("Av3PartialScalarHelper", """
                [Differentiable]
                public static double Av3Mix(double u, double v) => u * Math.Sin(v) + v * v;

                [Differentiable]
                public static double Av3PartialScalarHelper(double[] x, double a, double b)
                {
                    double s = 0;
                    double t = b;
                    for (int i = 0; i < x.Length; i++)
                    {
                        t = Av3Mix(t, a * x[i]);
                        s += Av3Mix(a, t) * 0.1;
                    }

                    return s + t;
                }
                """, (r, n) => new object[] { Vector(r, n, -0.5, 0.5), Uniform(r, -0.5, 0.5), Uniform(r, -0.5, 0.5) }),

            // Forward partial: array helper with a scalar depending on a, in a loop.
            new ArrayCase("Av3PartialArrayHelper", """
                [Differentiable]
                public static double Av3Dot(double[] v, double k)
                {
                    double s = 0;
                    for (int i = 0; i < v.Length; i++)
                    {
                        s += Math.Sin(k * v[i]);
                    }

                    return s;
                }

                [Differentiable]
                public static double Av3PartialArrayHelper(double[] x, double a)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += Av3Dot(x, a * x[i]);
                    }

                    return s + Av3Dot(x, a);
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            // Forward partial: array helper given a local array that depends on a.
            new ArrayCase("Av3PartialArrayHelperLocalArg", """
                [Differentiable]
                public static double Av3SumSq(double[] v)
                {
                    double s = 0;
                    for (int i = 0; i < v.Length; i++)
                    {
                        s += v[i] * v[i];
                    }

                    return s;
                }

                [Differentiable]
                public static double Av3PartialArrayHelperLocalArg(double[] x, double a)
                {
                    double[] h = new double[x.Length];
                    for (int i = 0; i < x.Length; i++)
                    {
                        h[i] = Math.Sin(a * x[i]);
                    }

                    return Av3SumSq(h) * a;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            // The same, called in a loop.
            new ArrayCase("Av3PartialArrayHelperLocalArgLoop", """
                [Differentiable]
                public static double Av3SumSq2(double[] v, double c)
                {
                    double s = 0;
                    for (int i = 0; i < v.Length; i++)
                    {
                        s += v[i] * v[i] * c;
                    }

                    return s;
                }

                [Differentiable]
                public static double Av3PartialArrayHelperLocalArgLoop(double[] x, double a)
                {
                    double[] h = new double[x.Length];
                    for (int i = 0; i < x.Length; i++)
                    {
                        h[i] = Math.Sin(a * x[i]);
                    }

                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += Av3SumSq2(h, x[i] * a);
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            // Forward partial with a branch on a value that depends on a, and break.
            new ArrayCase("Av3PartialBranchBreak", """
                [Differentiable]
                public static double Av3PartialBranchBreak(double[] x, double a)
                {
                    double s = 0;
                    double m = a;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (x[i] * a > 0)
                        {
                            m = m * x[i];
                        }
                        else
                        {
                            s += m * a;
                        }

                        if (s > 100)
                        {
                            break;
                        }
                    }

                    return s + m;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n, 0.3, 1.5), Uniform(r, 0.3, 1.5) * Sign(r) }),

            // While and do with ?: and Max in the forward partial.
            new ArrayCase("Av3PartialWhileMax", """
                [Differentiable]
                public static double Av3PartialWhileMax(double[] x, double a, double b)
                {
                    int i = 0;
                    double m = -1e9;
                    double s = 0;
                    while (i < x.Length)
                    {
                        m = Math.Max(m, a * x[i]);
                        s += x[i] > 0 ? b * x[i] : a * b;
                        i += 1;
                    }

                    return s + (x.Length > 0 ? m : 0);
                }
                """, (r, n) => new object[] { Separated(r, n).Select(v => v + (n % 2 == 0 ? 0.15 : 0)).ToArray(), Uniform(r, 0.5, 2), Uniform(r, -2, 2) }),

            // Recursion through an array method.
            new ArrayCase("Av3Recursive", """
                [Differentiable]
                public static double Av3Recursive(double[] x, double a, int n)
                {
                    double s = a;
                    for (int i = 0; i < Math.Min(n, x.Length); i++)
                    {
                        s += Math.Sin(Av3Recursive(x, a * x[i], n - 1));
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -2, 2), System.Math.Min(n, 3) }),

            // Mutual recursion through array methods.
            new ArrayCase("Av3MutualEven", """
                [Differentiable]
                public static double Av3MutualOdd(double[] x, double a, int n)
                {
                    double s = a * a;
                    for (int i = 0; i < n; i++)
                    {
                        s += Av3MutualEven(x, a + x[i % x.Length], n - 1) * 0.5;
                    }

                    return s;
                }

                [Differentiable]
                public static double Av3MutualEven(double[] x, double a, int n)
                {
                    double s = Math.Cos(a);
                    for (int i = 0; i < n; i++)
                    {
                        s += Av3MutualOdd(x, a * x[i % x.Length], n - 1);
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -2, 2), System.Math.Min(n, 3) }) { Sizes = ArrayCase.NonEmpty },

            // No loops, array parameter.
            new ArrayCase("Av3NoLoop", """
                [Differentiable]
                public static double Av3NoLoop(double[] x, double a)
                {
                    double t = a * x[0] + Math.Sin(x[x.Length - 1] * a);
                    return t * t + x.Length * a;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }) { Sizes = ArrayCase.NonEmpty },

            // No loops, array parameter, a branch.
            new ArrayCase("Av3NoLoopBranch", """
                [Differentiable("a")]
                public static double Av3NoLoopBranch(double[] x, double a)
                {
                    double t = 0;
                    if (x.Length > 1)
                    {
                        t = a * x[1];
                    }
                    else
                    {
                        t = a * a;
                    }

                    return t;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            // No loops, only .Length.
            new ArrayCase("Av3OnlyLength", """
                [Differentiable]
                public static double Av3OnlyLength(double[] x, double a) => a * a * x.Length;
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            // No loops, span param.
            new ArrayCase("Av3NoLoopSpan", """
                [Differentiable]
                public static double Av3NoLoopSpan(ReadOnlySpan<double> x, double a) => x.Length > 0 ? a * x[0] : a;
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            // Span parameters passed to callees taking spans.
            new ArrayCase("Av3SpanToCallee", """
                [Differentiable]
                public static double Av3SpanSum(ReadOnlySpan<double> v, double k)
                {
                    double s = 0;
                    foreach (double e in v)
                    {
                        s += Math.Sin(k * e);
                    }

                    return s;
                }

                [Differentiable]
                public static double Av3SpanToCallee(ReadOnlySpan<double> x, ReadOnlySpan<double> y, double a)
                {
                    return Av3SpanSum(x, a) * Av3SpanSum(y, a * a);
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n + 1), Uniform(r, -2, 2) }),

            // Array passed to a span parameter; span passed to an array-taking callee is impossible, so array -> span.
            new ArrayCase("Av3ArrayToSpanCallee", """
                [Differentiable]
                public static double Av3SpanSum2(Span<double> v, double k)
                {
                    double s = 0;
                    for (int i = 0; i < v.Length; i++)
                    {
                        s += Math.Exp(k * v[i]);
                    }

                    return s;
                }

                [Differentiable]
                public static double Av3ArrayToSpanCallee(Span<double> x, double a)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += Av3SpanSum2(x, a) * x[i];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // Stackalloc local span passed to a span callee.
            new ArrayCase("Av3StackallocToCallee", """
                [Differentiable]
                public static double Av3SpanSq(Span<double> v)
                {
                    double s = 0;
                    foreach (double e in v)
                    {
                        s += e * e;
                    }

                    return s;
                }

                [Differentiable]
                public static double Av3StackallocToCallee(double[] x, double a)
                {
                    Span<double> h = stackalloc double[x.Length];
                    for (int i = 0; i < x.Length; i++)
                    {
                        h[i] = Math.Sin(a * x[i]);
                    }

                    return Av3SpanSq(h);
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            // Span<double> parameter passed to ReadOnlySpan callee, in a loop.
            new ArrayCase("Av3SpanInLoopCallee", """
                [Differentiable]
                public static double Av3SpanDot(ReadOnlySpan<double> u, ReadOnlySpan<double> v)
                {
                    double s = 0;
                    for (int i = 0; i < u.Length; i++)
                    {
                        s += u[i] * v[i];
                    }

                    return s;
                }

                [Differentiable]
                public static double Av3SpanInLoopCallee(ReadOnlySpan<double> x, ReadOnlySpan<double> y, double a)
                {
                    double s = 0;
                    for (int i = 0; i < 3; i++)
                    {
                        s += Math.Sin(Av3SpanDot(x, y) * a + i);
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n), Uniform(r, -2, 2) }),

            // The same span passed twice to one callee.
            new ArrayCase("Av3SameArrayTwice", """
                [Differentiable]
                public static double Av3Dot2(double[] u, double[] v)
                {
                    double s = 0;
                    for (int i = 0; i < u.Length; i++)
                    {
                        s += u[i] * v[i];
                    }

                    return s;
                }

                [Differentiable]
                public static double Av3SameArrayTwice(double[] x, double a)
                {
                    return Av3Dot2(x, x) * a;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            // Integer parameters as sizes: a local array sized by m, bound by m.
            new ArrayCase("Av3IntSize", """
                [Differentiable]
                public static double Av3IntSize(double[] x, double a, int m, int k)
                {
                    double[] h = new double[m];
                    for (int i = 0; i < m; i++)
                    {
                        h[i] = a * x[(i * k) % x.Length];
                    }

                    double s = 0;
                    for (int i = m - 1; i >= 0; i -= k)
                    {
                        s += Math.Cos(h[i]) * (i + 1);
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), 2 * n + 1, 2 }) { Sizes = ArrayCase.NonEmpty },

            // Integer parameter passed to a callee as a size.
            new ArrayCase("Av3IntToCallee", """
                [Differentiable]
                public static double Av3Head(double[] v, double k, int m)
                {
                    double s = 0;
                    for (int i = 0; i < m; i++)
                    {
                        s += v[i] * k;
                    }

                    return s;
                }

                [Differentiable]
                public static double Av3IntToCallee(double[] x, double a, int m)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += Av3Head(x, a * x[i], m);
                    }

                    return s * Av3Head(x, a, m);
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), n / 2 }),

            // do loop with continue: the counter moves first, continue goes to the condition.
            new ArrayCase("Av3DoContinue", """
                [Differentiable]
                public static double Av3DoContinue(double[] x, double a)
                {
                    int i = 0;
                    double s = 0;
                    double p = 1;
                    do
                    {
                        i++;
                        if (x[i - 1] < 0)
                        {
                            continue;
                        }

                        s += Math.Sin(a * x[i - 1]);
                        p = p * (1 + a * x[i - 1] * 0.1);
                    }
                    while (i < x.Length);

                    return s * p;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n), Uniform(r, -2, 2) }) { Sizes = ArrayCase.NonEmpty },

            // do loop with continue where the condition itself moves the counter.
            new ArrayCase("Av3DoContinueCondition", """
                [Differentiable]
                public static double Av3DoContinueCondition(double[] x, double a)
                {
                    int i = -1;
                    double s = a;
                    do
                    {
                        i++;
                        if (i == 0)
                        {
                            continue;
                        }

                        s = s * 0.5 + Math.Sin(a * x[i - 1]);
                    }
                    while (i < x.Length);

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            // do loop with continue on an empty array: runs once.
            new ArrayCase("Av3DoEmpty", """
                [Differentiable]
                public static double Av3DoEmpty(double[] x, double a)
                {
                    int i = 0;
                    double s = a * a;
                    do
                    {
                        if (i >= x.Length)
                        {
                            break;
                        }

                        s = s * Math.Cos(x[i]) + a;
                        i++;
                    }
                    while (i < x.Length);

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            // Nested foreach with a product.
            new ArrayCase("Av3NestedForeach", """
                [Differentiable]
                public static double Av3NestedForeach(double[] x, double[] y, double a)
                {
                    double s = 0;
                    double p = 1;
                    foreach (double u in x)
                    {
                        foreach (double v in y)
                        {
                            s += Math.Sin(u * v * a);
                            p = p * (1 + 0.1 * u * v);
                        }
                    }

                    return s + p * a;
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, (n + 1) / 2), Uniform(r, -2, 2) }),

            // Nested foreach over the same array, with continue.
            new ArrayCase("Av3NestedForeachSame", """
                [Differentiable]
                public static double Av3NestedForeachSame(double[] x, double a)
                {
                    double s = 0;
                    foreach (double u in x)
                    {
                        foreach (double v in x)
                        {
                            if (u > v)
                            {
                                continue;
                            }

                            s += Math.Exp(a * (u - v));
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { Separated(r, n), Uniform(r, -1, 1) }),

            // foreach over a local array inside a foreach over a parameter.
            new ArrayCase("Av3ForeachLocalInner", """
                [Differentiable]
                public static double Av3ForeachLocalInner(double[] x, double a)
                {
                    double[] h = new double[x.Length];
                    for (int i = 0; i < x.Length; i++)
                    {
                        h[i] = Math.Tanh(a * x[i]);
                    }

                    double s = 0;
                    foreach (double u in x)
                    {
                        double t = 0;
                        foreach (double v in h)
                        {
                            t = t * 0.5 + u * v;
                        }

                        s += t * t;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            // foreach over a span parameter with a running max and a branch.
            new ArrayCase("Av3ForeachSpanMax", """
                [Differentiable]
                public static double Av3ForeachSpanMax(ReadOnlySpan<double> x, double a)
                {
                    double m = a;
                    foreach (double v in x)
                    {
                        if (v * a > m)
                        {
                            m = v * a;
                        }
                    }

                    return m * m;
                }
                """, (r, n) => new object[] { Separated(r, n), Uniform(r, 0.5, 2) }),

            // Parameters named like generated locals.
            new ArrayCase("Av3NameClash", """
                [Differentiable]
                public static double Av3NameClash(double[] w, double a, double value, double da)
                {
                    double dS = 0;
                    double s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        double dA = w[i] * a;
                        dS += dA;
                        s += Math.Sin(dS * value + da);
                    }

                    return s + dS;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), Uniform(r, -2, 2), Uniform(r, -2, 2) }),

            // Parameter named like the tape and gradient outputs.
            new ArrayCase("Av3NameClash2", """
                [Differentiable]
                public static double Av3NameClash2(double[] x, double c, double acc, double accTape)
                {
                    double p = acc;
                    for (int i = 0; i < x.Length; i++)
                    {
                        p = p * Math.Cos(x[i] * c) + accTape;
                    }

                    return p;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), Uniform(r, -2, 2), Uniform(r, -2, 2) }),

            // Empty arrays: every construct over zero elements.
            new ArrayCase("Av3EmptyEverything", """
                [Differentiable]
                public static double Av3EmptyEverything(double[] x, double[] y, double a)
                {
                    double[] h = new double[x.Length];
                    for (int i = 0; i < x.Length; i++)
                    {
                        h[i] = Math.Exp(a * x[i]);
                    }

                    double p = a;
                    foreach (double v in h)
                    {
                        p = p * v + 1;
                    }

                    int j = 0;
                    while (j < y.Length)
                    {
                        p = p * Math.Cos(y[j]);
                        j++;
                    }

                    double s = 0;
                    for (int i = x.Length - 1; i >= 0; i--)
                    {
                        for (int k = 0; k < y.Length; k++)
                        {
                            s += h[i] * y[k];
                        }
                    }

                    return p + s;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Vector(r, n % 3, -1, 1), Uniform(r, -1, 1) }),

            // Empty: an array helper on an empty array, and a stackalloc of size 0.
            new ArrayCase("Av3EmptyCallee", """
                [Differentiable]
                public static double Av3Prod(double[] v, double k)
                {
                    double p = k;
                    for (int i = 0; i < v.Length; i++)
                    {
                        p = p * (1 + 0.5 * Math.Sin(v[i]));
                    }

                    return p;
                }

                [Differentiable]
                public static double Av3EmptyCallee(double[] x, double[] y, double a)
                {
                    Span<double> h = stackalloc double[y.Length];
                    for (int i = 0; i < y.Length; i++)
                    {
                        h[i] = a * y[i];
                    }

                    double s = 0;
                    for (int i = 0; i < h.Length; i++)
                    {
                        s += h[i];
                    }

                    return Av3Prod(x, a) + Av3Prod(y, s);
                }
                """, (r, n) => new object[] { Vector(r, n), Vector(r, n / 2), Uniform(r, -2, 2) }),

            // Forward partial of a subset where a non-differentiated scalar feeds a local array.
            new ArrayCase("Av3SubsetLocalArray", """
                [Differentiable("b")]
                public static double Av3SubsetLocalArray(double[] x, double a, double b)
                {
                    double[] h = new double[x.Length];
                    double[] g = new double[x.Length];
                    for (int i = 0; i < x.Length; i++)
                    {
                        h[i] = a * x[i];
                        g[i] = b * x[i];
                    }

                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += Math.Sin(h[i]) * Math.Cos(g[i]);
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), Uniform(r, -2, 2) }),

            // Subset callee: the caller's differentiated value goes to the callee's differentiated parameter, data to the other.
            new ArrayCase("Av3SubsetCallee", """
                [Differentiable("k")]
                public static double Av3Scale(double[] v, double k, double c)
                {
                    double s = 0;
                    for (int i = 0; i < v.Length; i++)
                    {
                        s += Math.Sin(k * v[i] + c);
                    }

                    return s;
                }

                [Differentiable("a")]
                public static double Av3SubsetCallee(double[] x, double a, double b)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += Av3Scale(x, a * x[i], b);
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), Uniform(r, -2, 2) }),

            // A helper whose result is used in a branch condition and value, in a forward partial.
            new ArrayCase("Av3CallThenBranch", """
                [Differentiable]
                public static double Av3Sq(double z) => z * z;

                [Differentiable]
                public static double Av3CallThenBranch(double[] x, double a)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double q = Av3Sq(a * x[i]);
                        if (q > 1)
                        {
                            s += Av3Sq(q - 1);
                        }
                        else
                        {
                            s -= q;
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }) { Accept = p => ((double[])p[0]).All(v => System.Math.Abs(System.Math.Abs(v * (double)p[1]) - 1) > 0.05) },

            // A scalar callee with no array, called from a method without loops but with an array parameter.
            new ArrayCase("Av3NoLoopCall", """
                [Differentiable]
                public static double Av3Sig(double z) => 1 / (1 + Math.Exp(-z));

                [Differentiable]
                public static double Av3NoLoopCall(double[] x, double a, double b)
                {
                    double u = Av3Sig(a * x[0] + b);
                    return Av3Sig(u * b) + x[x.Length - 1];
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), Uniform(r, -2, 2) }) { Sizes = ArrayCase.NonEmpty },

            // Array callee from a method without loops, with a subset.
            new ArrayCase("Av3NoLoopArrayCall", """
                [Differentiable]
                public static double Av3Norm(double[] v, double k)
                {
                    double s = k * k;
                    foreach (double e in v)
                    {
                        s += e * e;
                    }

                    return Math.Sqrt(s);
                }

                [Differentiable("a", "x")]
                public static double Av3NoLoopArrayCall(double[] x, double a, double b) => Av3Norm(x, a) * b + a;
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, 0.5, 2), Uniform(r, -2, 2) }),

            // Minimal: a source local named like the gradient's output for a parameter.
            new ArrayCase("Av3LocalNamedDA", """
                [Differentiable]
                public static double Av3LocalNamedDA(double[] x, double a)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double dA = x[i] * a;
                        s += dA * dA;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            // The same at the top level of the method.
            new ArrayCase("Av3LocalNamedDATop", """
                [Differentiable]
                public static double Av3LocalNamedDATop(double[] x, double a)
                {
                    double dA = a * a;
                    double s = dA;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += x[i] * dA;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            // A source local named like the gradient's output for an array.
            new ArrayCase("Av3LocalNamedDX", """
                [Differentiable]
                public static double Av3LocalNamedDX(double[] x, double a)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double dX = x[i] * a;
                        s += Math.Sin(dX);
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            // A scalar method without loops with a local named dA.
            new ArrayCase("Av3ScalarLocalNamedDA", """
                [Differentiable]
                public static double Av3ScalarLocalNamedDA(double a, double b)
                {
                    double dA = a * b;
                    return dA * dA + b;
                }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2) }) { Sizes = ArrayCase.Scalar },

            // Locals named value, dH (the tangent of a local array), acc/accTape.
            new ArrayCase("Av3LocalNamedGenerated", """
                [Differentiable]
                public static double Av3LocalNamedGenerated(double[] x, double a)
                {
                    double[] h = new double[x.Length];
                    for (int i = 0; i < x.Length; i++)
                    {
                        h[i] = a * x[i];
                    }

                    double value = 0;
                    double dH = 1;
                    double accTape = 0.5;
                    for (int i = 0; i < x.Length; i++)
                    {
                        value = value * accTape + Math.Sin(h[i]);
                        dH = dH * Math.Cos(h[i]);
                    }

                    return value + dH;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            // A local named after a callee's generated local (sigmoid) and its partial (dSigmoidDZ).
            new ArrayCase("Av3LocalNamedCallee", """
                [Differentiable]
                public static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

                [Differentiable]
                public static double Av3LocalNamedCallee(double[] x, double a)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double sigmoid = a * x[i];
                        double dSigmoidDZ = Sigmoid(sigmoid);
                        s += dSigmoidDZ * sigmoid;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            // The loop counter passed to an array callee as an index.
            new ArrayCase("Av3CounterToCallee", """
                [Differentiable]
                public static double Av3At(double[] v, int k, double c) => c * v[k] * v[k];

                [Differentiable]
                public static double Av3CounterToCallee(double[] x, double a)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += Math.Sin(Av3At(x, i, a));
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            // Recursion through a local array that depends on a.
            new ArrayCase("Av3RecursiveLocalArray", """
                [Differentiable]
                public static double Av3RecursiveLocalArray(double[] x, double a, int n)
                {
                    double[] h = new double[x.Length];
                    for (int i = 0; i < x.Length; i++)
                    {
                        h[i] = Math.Sin(a * x[i]);
                    }

                    double s = a;
                    for (int k = 0; k < n; k++)
                    {
                        s += Av3RecursiveLocalArray(h, a * 0.5, n - 1);
                    }

                    for (int i = 0; i < h.Length; i++)
                    {
                        s += h[i] * h[i];
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), System.Math.Min(n, 3) }),

            // Forward partial: an integer index that moves on a branch on a.
            new ArrayCase("Av3PartialBranchIndex", """
                [Differentiable]
                public static double Av3PartialBranchIndex(double[] x, double a)
                {
                    int k = 0;
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        if (a * x[i] > 0)
                        {
                            k++;
                        }

                        s += x[k % x.Length] * a * a;
                    }

                    return s;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n), Uniform(r, 0.3, 2) * Sign(r) }),

            // Forward partial: a local array filled with += in a nested loop, read later; ?: on elements.
            new ArrayCase("Av3PartialNestedAccumulate", """
                [Differentiable]
                public static double Av3PartialNestedAccumulate(double[] x, double a, double b)
                {
                    double[] h = new double[x.Length];
                    for (int i = 0; i < x.Length; i++)
                    {
                        for (int j = 0; j <= i; j++)
                        {
                            h[i] += Math.Sin(a * x[j]) * b;
                        }
                    }

                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += x[i] > 0 ? h[i] * h[i] : h[i] * a;
                    }

                    return s;
                }
                """, (r, n) => new object[] { AwayFromZero(r, n), Uniform(r, -2, 2), Uniform(r, -2, 2) }),

            // The same scalar passed to both parameters of a callee, and a callee call as an argument of a callee.
            new ArrayCase("Av3CalleeSameArg", """
                [Differentiable]
                public static double Av3Mul(double u, double v) => u * Math.Exp(v * 0.3);

                [Differentiable]
                public static double Av3CalleeSameArg(double[] x, double a)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += Av3Mul(Av3Mul(a, a), x[i] * a);
                    }

                    return s + Av3Mul(a, a);
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            // A static field array iterated inside a loop over a parameter that may be empty.
            new ArrayCase("Av3FieldInner", """
                private static readonly double[] Av3Table = { 0.5, -1.0, 2.0 };

                [Differentiable]
                public static double Av3FieldInner(double[] x, double a)
                {
                    double s = a;
                    foreach (double u in x)
                    {
                        foreach (double t in Av3Table)
                        {
                            s = s * 0.9 + Math.Sin(t * u * a);
                        }
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            // A while loop with break over a stackalloc of size zero or more.
            new ArrayCase("Av3WhileStackallocEmpty", """
                [Differentiable]
                public static double Av3WhileStackallocEmpty(double[] x, double a)
                {
                    Span<double> h = stackalloc double[x.Length];
                    for (int i = 0; i < x.Length; i++)
                    {
                        h[i] = Math.Exp(a * x[i]);
                    }

                    double p = a;
                    int j = h.Length - 1;
                    while (j >= 0)
                    {
                        p = p * h[j] * 0.5 + 1;
                        if (p > 1e6)
                        {
                            break;
                        }

                        j--;
                    }

                    return p;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // Float twin of a forward partial through a local array.
            new ArrayCase("Av3PartialLocalArrayFloat", """
                [Differentiable]
                public static float Av3PartialLocalArrayFloat(float[] x, float a, float b)
                {
                    float[] h = new float[x.Length];
                    for (int i = 0; i < x.Length; i++)
                    {
                        h[i] = MathF.Tanh(a * x[i] + b);
                    }

                    float s = 0;
                    for (int i = 0; i < h.Length; i++)
                    {
                        s += h[i] * h[i] * b;
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), Uniform(r, -2, 2) }) { DoubleTwin = "Av3PartialLocalArray" },

            // Float: span callee with a subset in a float method.
            new ArrayCase("Av3FloatSpanCallee", """
                [Differentiable("k")]
                public static float Av3FloatSum(ReadOnlySpan<float> v, float k)
                {
                    float s = 0;
                    foreach (float e in v)
                    {
                        s += MathF.Sin(k * e);
                    }

                    return s;
                }

                [Differentiable("a")]
                public static float Av3FloatSpanCallee(ReadOnlySpan<float> x, float a)
                {
                    float s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += Av3FloatSum(x, a * x[i]);
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }) { DoubleTwin = "Av3FloatSpanCalleeDouble" },

            new ArrayCase("Av3FloatSpanCalleeDouble", """
                [Differentiable("k")]
                public static double Av3FloatSum(ReadOnlySpan<double> v, double k)
                {
                    double s = 0;
                    foreach (double e in v)
                    {
                        s += Math.Sin(k * e);
                    }

                    return s;
                }

                [Differentiable("a")]
                public static double Av3FloatSpanCalleeDouble(ReadOnlySpan<double> x, double a)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += Av3FloatSum(x, a * x[i]);
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            // do-while with continue and break together, counter moved first, recurrence.
            new ArrayCase("Av3DoContinueBreak", """
                [Differentiable]
                public static double Av3DoContinueBreak(double[] x, double a, int limit)
                {
                    int i = 0;
                    double p = a;
                    do
                    {
                        i++;
                        if (i > x.Length)
                        {
                            break;
                        }

                        if (x[i - 1] > 0.5)
                        {
                            continue;
                        }

                        p = Math.Sin(p * x[i - 1] + a);
                    }
                    while (i < limit);

                    return p;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2), n / 2 + 1 }) { Accept = p => ((double[])p[0]).All(v => System.Math.Abs(v - 0.5) > 0.05) },

            // A top-level integer local named k (the generated clearing loops count with k).
            new ArrayCase("Av3LocalNamedK", """
                [Differentiable]
                public static double Av3LocalNamedK(double[] x, double a)
                {
                    int k = x.Length;
                    double s = 0;
                    for (int i = 0; i < k; i++)
                    {
                        s += Math.Sin(a * x[i]);
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            // A parameter named k with an array differentiated.
            new ArrayCase("Av3ParamNamedK", """
                [Differentiable]
                public static double Av3ParamNamedK(double[] x, double k)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        s += Math.Sin(k * x[i]);
                    }

                    return s;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            // Locals named dASum and expTape (generated names).
            new ArrayCase("Av3LocalNamedSum", """
                [Differentiable]
                public static double Av3LocalNamedSum(double[] x, double a)
                {
                    double dASum = 0;
                    double expTape = 1;
                    for (int i = 0; i < x.Length; i++)
                    {
                        double exp = Math.Exp(a * x[i]);
                        dASum += exp;
                        expTape = expTape * 0.5 + exp;
                    }

                    return dASum * expTape;
                }
                """, (r, n) => new object[] { Vector(r, n, -1, 1), Uniform(r, -1, 1) }),

            // An integer local named like the tape index or a counter of a while loop.
            new ArrayCase("Av3LocalNamedCount", """
                [Differentiable]
                public static double Av3LocalNamedCount(double[] x, double a)
                {
                    int iterations = 0;
                    int j = 0;
                    double p = a;
                    while (j < x.Length)
                    {
                        p = Math.Sin(p * x[j]) + a;
                        j += 1;
                        iterations++;
                    }

                    return p * iterations;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),
        };
    }
}
