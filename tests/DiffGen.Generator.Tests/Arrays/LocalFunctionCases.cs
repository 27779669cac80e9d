using System.Linq;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// Local functions of one expression, read where they are called: a square and a static sigmoid in a loop-free
    /// method, one called on its own result (Sq(Sq(y))), a bool one as a condition; in a loop, one declared after the
    /// return that reads an outer parameter and takes the counter as an integer argument; one that calls another.
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
