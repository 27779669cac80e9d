using System;
using DiffGen;

namespace DiffGen.Generator.Tests.Numerical
{
    /// <summary>One method per differentiation rule.</summary>
    public static partial class RuleCases
    {
        [Differentiable] public static double Constant(double x) => 4.25;

        [Differentiable] public static double Identity(double x) => x;

        [Differentiable] public static double PowerRule(double x) => x * x * x * x * x;

        [Differentiable] public static double ConstantMultiple(double x) => 7 * x;

        [Differentiable] public static double SumRule(double x, double y) => x * x + y;

        [Differentiable] public static double DifferenceRule(double x, double y) => x - y * y * y;

        [Differentiable] public static double ProductRule(double x, double y) => (x + y) * (x * y - 2);

        [Differentiable] public static double QuotientRule(double x, double y) => (x * x + 1) / (y + x);

        [Differentiable] public static double ChainRule(double x, double y) => Math.Exp(Math.Sin(x * y) * Math.Cos(x));

        [Differentiable] public static double UnaryMinus(double x, double y) => -(x * y) + -x;

        [Differentiable] public static double LikeTerms(double x, double y) => x * y + y * x - 3 * x * y + x * x * y;

        [Differentiable] public static double Cancelling(double x, double y) => (x + y) - (y + x) + x / x * y;
    }
}
