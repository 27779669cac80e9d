using System;
using DiffGen;

namespace DiffGen.Generator.Tests.Numerical
{
    /// <summary>Callees in another file and another partial type than their callers.</summary>
    public static partial class CallHelpers
    {
        [Differentiable]
        public static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

        /// <summary>w·x^power + b, differentiated in w and b only.</summary>
        [Differentiable("w", "b")]
        public static double Affine(double w, double b, double x, int power) => (w * Math.Pow(x, power)) + b;

        /// <summary>Differentiated in v only; <c>k</c> is data.</summary>
        [Differentiable("v")]
        public static double Scale(double v, double k) => k * Math.Sin(v);
    }
}
