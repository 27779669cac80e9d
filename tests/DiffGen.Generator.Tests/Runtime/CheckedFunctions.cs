using System;

namespace DiffGen.Generator.Tests.Runtime
{
    /// <summary>Functions whose generated gradients the runtime helpers' tests check and adapt.</summary>
    public static partial class CheckedFunctions
    {
        [Differentiable]
        public static double Softplus(double z) => Math.Log(1 + Math.Exp(z));

        [Differentiable]
        public static double Rosenbrock(double x, double y) => ((1 - x) * (1 - x)) + (100 * (y - (x * x)) * (y - (x * x)));

        [Differentiable]
        public static float RosenbrockF(float x, float y) => ((1 - x) * (1 - x)) + (100 * (y - (x * x)) * (y - (x * x)));

        [Differentiable]
        public static double Three(double a, double b, double c) => (a * Math.Sin(b)) + (c * c * a);

        [Differentiable]
        public static double Four(double a, double b, double c, double d) => (a * b) + Math.Exp(c - d) + (d * d / (1 + (a * a)));

        /// <summary>Mean squared error of a linear model ŷ = w·x + b over rows of <c>features</c> entries.</summary>
        [Differentiable("w", "b")]
        public static double Loss(double[] w, double b, double[] xs, double[] ys)
        {
            int features = w.Length;
            double sum = 0;
            for (int i = 0; i < ys.Length; i++)
            {
                double yHat = b;
                for (int j = 0; j < features; j++)
                {
                    yHat += w[j] * xs[(i * features) + j];
                }

                double error = yHat - ys[i];
                sum += error * error;
            }

            return sum / ys.Length;
        }

        /// <summary>A function of a whole array, whose gradient takes the flat vector as it is.</summary>
        [Differentiable]
        public static double SumOfSines(double[] v)
        {
            double sum = 0;
            for (int i = 0; i < v.Length; i++)
            {
                sum += (i + 1) * Math.Sin(v[i]);
            }

            return sum;
        }
    }
}
