namespace DiffGen.Generator.Tests.Comments
{
    /// <summary>Methods whose generated doc rules the rule-agreement tests read, partial and gradient alike.</summary>
    internal static class RuleSources
    {
        /// <summary>A loop calling a [Differentiable] helper with a scalar and an array argument, both carrying derivatives.</summary>
        public const string Calls = @"
using System;
using DiffGen;
namespace Samples
{
    public static partial class Calls
    {
        [Differentiable]
        public static double Helper(double a, double[] w)
        {
            double s = 0;
            for (int i = 0; i < w.Length; i++) s += w[i] * a;
            return s;
        }

        [Differentiable]
        public static double Outer(double[] w, double y)
        {
            double s = 0;
            for (int i = 0; i < w.Length; i++)
            {
                double h = Helper(y * w[i], w);
                s += h * h;
            }

            return s;
        }
    }
}";

        /// <summary>A layer whose elements are written from scalars: h[j] = tanh(z).</summary>
        public const string Layer = @"
using System;
using DiffGen;
namespace Samples
{
    public static partial class Layers
    {
        [Differentiable]
        public static double Layer(double[] w, double x)
        {
            double[] h = new double[w.Length];
            double s = 0;
            for (int j = 0; j < w.Length; j++)
            {
                double z = w[j] * x;
                h[j] = Math.Tanh(z);
                s += h[j] * h[j];
            }

            return s;
        }

        [Differentiable]
        public static double LayerOfParameters(double[] w, double x)
        {
            double[] h = new double[w.Length];
            double s = 0;
            for (int j = 0; j < w.Length; j++)
            {
                h[j] = Math.Tanh(w[j] * x);
                s += h[j] * h[j];
            }

            return s;
        }
    }
}";
    }
}
