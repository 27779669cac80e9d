using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>Calls of other [Differentiable] methods from methods with loops or arrays.</summary>
    public static class LoopCallCases
    {
        public static readonly ArrayCase[] All =
        {
            // A call of a scalar [Differentiable] method inside the loop.
            new ArrayCase(
                "CallInLoop",
                """
                [Differentiable]
                public static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

                [Differentiable]
                public static double CallInLoop(double[] w, double[] x)
                {
                    double s = 0;
                    for (int i = 0; i < w.Length; i++)
                    {
                        s += Sigmoid(w[i] * x[i]);
                    }

                    return s;
                }
                """,
                (r, n) => new object[] { Vector(r, n), Vector(r, n) }),

            // An array method calling another.
            new ArrayCase(
                "ArrayCallsArray",
                """
                [Differentiable]
                public static double SumOfSquares(double[] v)
                {
                    double s = 0;
                    for (int i = 0; i < v.Length; i++)
                    {
                        s += v[i] * v[i];
                    }

                    return s;
                }

                [Differentiable]
                public static double ArrayCallsArray(double[] v, double k)
                {
                    return k * SumOfSquares(v);
                }
                """,
                (r, n) => new object[] { Vector(r, n), Uniform(r, -2, 2) }),
        };
    }
}
