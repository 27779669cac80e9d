using System.Linq;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// Local functions of one expression, read where they are called: a square and a static sigmoid in a loop-free
    /// method, one called on its own result (Sq(Sq(y))), a bool one as a condition; in a loop, one declared after the
    /// return that reads an outer parameter and takes the counter as an integer argument; one that calls another; ones
    /// whose value is an integer, as an index, a loop bound and a factor.
    /// </summary>
    public static class LocalFunctionCases
    {
        public static readonly ArrayCase[] Double =
        {
            new ArrayCase("LfNotebook", """
                [Differentiable]
                public static double LfNotebook(double x, double y)
                {
                    double Sq(double v) => v * v;
                    static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));
                    bool Big(double v) => v > 1;
                    double a = Sq(x) + Sigmoid(x * y);
                    return Big(a) ? Sq(Sq(y)) * a : a - y;
                }
                """, (r, n) => new object[] { Uniform(r, -2, 2), Uniform(r, -2, 2) }),

            new ArrayCase("LfInLoop", """
                [Differentiable("w", "b")]
                public static double LfInLoop(double[] w, double b, double[] x)
                {
                    double s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        s += Act(w[i] * x[i] + b, i);
                    }

                    return Smooth(s);

                    double Act(double z, int k) => k % 2 == 0 ? Math.Tanh(z) : z * z * b;
                    double Smooth(double u) => Math.Log(1 + Math.Exp(Half(u)));
                    double Half(double u) => 0.5 * u;
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -1, 1), Vector(r, n) }),

            // Integer-valued local functions (review): as an index (read and written), a loop bound and a factor. Their
            // calls were DIFF011 ("not local functions") where an integer is read, though the same calls in a value were read.
            new ArrayCase("LfIntegerValued", """
                [Differentiable("w", "c")]
                public static double LfIntegerValued(double[] w, double c)
                {
                    int Prev(int k) => k == 0 ? 0 : k - 1;
                    int Mirror(int k) => w.Length - 1 - k;
                    int Last(int n) => n - 1;
                    double[] t = new double[w.Length];
                    for (int i = 0; i < w.Length; i++)
                    {
                        t[Mirror(i)] = w[Prev(i)] * w[i] * c;
                    }

                    double s = 0;
                    for (int i = 0; i < Last(w.Length); i++)
                    {
                        s += t[i + 1] * w[i] * Prev(i + 2);
                    }

                    return s + c * Last(3);
                }
                """, (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),

            new ArrayCase("LfIntegerFactor", """
                [Differentiable]
                public static double LfIntegerFactor(double x, double y, int n)
                {
                    int Twice(int k) => 2 * k;
                    int Side(double v) => v > 0 ? 1 : -1;
                    return x * Twice(n) + y * Side(y) + Twice(Twice(n)) * x * y;
                }
                """, (r, n) => new object[] { Uniform(r, -2, 2), AwayFromZero(r, 1)[0], r.Next(-3, 4) }) { Sizes = ArrayCase.Scalar },
        };

        public static readonly ArrayCase[] Float =
        {
            Twin("LfNotebook", """
                [Differentiable]
                public static float LfNotebookFloat(float x, float y)
                {
                    float Sq(float v) => v * v;
                    static float Sigmoid(float z) => 1 / (1 + MathF.Exp(-z));
                    bool Big(float v) => v > 1;
                    float a = Sq(x) + Sigmoid(x * y);
                    return Big(a) ? Sq(Sq(y)) * a : a - y;
                }
                """),
        };

        private static ArrayCase Twin(string doubleTwin, string source) => ArrayCase.FloatTwinOf(Double.Single(c => c.Name == doubleTwin), source);
    }
}
