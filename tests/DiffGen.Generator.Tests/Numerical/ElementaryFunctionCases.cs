using System;
using DiffGen;

namespace DiffGen.Generator.Tests.Numerical
{
    /// <summary>
    /// One method per elementary function, each composed with an inner function of two variables
    /// so the chain rule is exercised too. Ranges keep every point inside the function's domain.
    /// </summary>
    public static partial class ElementaryFunctionCases
    {
        [Differentiable] public static double Sin(double x, double y) => Math.Sin(x * y);

        [Differentiable] public static double Cos(double x, double y) => Math.Cos(x * y + 1);

        [Differentiable, SampleRange(-0.6, 0.6)] public static double Tan(double x, double y) => Math.Tan(x * y + x);

        [Differentiable, SampleRange(-0.6, 0.6)] public static double Asin(double x, double y) => Math.Asin(x * y + x / 2);

        [Differentiable, SampleRange(-0.6, 0.6)] public static double Acos(double x, double y) => Math.Acos(x * y - x / 2);

        [Differentiable, SampleRange(-3, 3)] public static double Atan(double x, double y) => Math.Atan(x * y);

        [Differentiable, SampleRange(-3, 3)] public static double Atan2(double y, [SampleRange(0.5, 3)] double x) => Math.Atan2(y, x);

        [Differentiable, SampleRange(-2, 2)] public static double Sinh(double x, double y) => Math.Sinh(x + y * y);

        [Differentiable, SampleRange(-2, 2)] public static double Cosh(double x, double y) => Math.Cosh(x - y);

        [Differentiable, SampleRange(-1.5, 1.5)] public static double Tanh(double x, double y) => Math.Tanh(x * y);

        [Differentiable, SampleRange(-3, 3)] public static double Asinh(double x, double y) => Math.Asinh(x * y);

        [Differentiable, SampleRange(1.2, 3)] public static double Acosh(double x, double y) => Math.Acosh(x * y);

        [Differentiable, SampleRange(-0.8, 0.8)] public static double Atanh(double x, double y) => Math.Atanh(x * y);

        [Differentiable, SampleRange(-2, 2)] public static double Exp(double x, double y) => Math.Exp(x * y);

        [Differentiable] public static double Log(double x, double y) => Math.Log(x * y);

        [Differentiable] public static double LogWithBase([SampleRange(0.5, 4)] double x, [SampleRange(1.5, 4)] double b) => Math.Log(x, b);

        [Differentiable] public static double Log10(double x, double y) => Math.Log10(x + y);

        [Differentiable] public static double Log2(double x, double y) => Math.Log2(x * y);

        [Differentiable] public static double Sqrt(double x, double y) => Math.Sqrt(x * y + 1);

        [Differentiable, SampleRange(-3, -0.5)] public static double CbrtOfNegative(double x, double y) => Math.Cbrt(x * y * x);

        [Differentiable] public static double Cbrt(double x, double y) => Math.Cbrt(x + y);

        [Differentiable] public static double PowConstantExponent(double x, double y) => Math.Pow(x * y, 3.5);

        [Differentiable] public static double PowNegativeExponent(double x, double y) => Math.Pow(x + y, -2);

        [Differentiable] public static double PowVariableExponent(double x, double y) => Math.Pow(x, y);

        [Differentiable] public static double PowConstantBase(double x, double y) => Math.Pow(2.5, x * y);

        [Differentiable] public static double AbsPositive(double x, [SampleRange(-2, -1)] double y) => Math.Abs(x - y);

        [Differentiable] public static double AbsNegative([SampleRange(-2, -1)] double x, double y) => Math.Abs(x * y);

        [Differentiable] public static double MaxFirst([SampleRange(2, 3)] double x, double y) => Math.Max(x, y) * y;

        [Differentiable] public static double MaxSecond(double x, [SampleRange(2, 3)] double y) => Math.Max(x * x, y * x);

        [Differentiable] public static double MinFirst(double x, [SampleRange(2, 3)] double y) => Math.Min(x, y) * y;

        [Differentiable] public static double MinSecond([SampleRange(2, 3)] double x, double y) => Math.Min(x, y * y) + x;

        // Clamp: ∂/∂u = 1 between the bounds, ∂/∂lo = 1 below, ∂/∂hi = 1 above (each range keeps every point in one region).
        [Differentiable] public static double ClampInside([SampleRange(-0.3, 0.3)] double x, [SampleRange(0.5, 1)] double y, [SampleRange(-0.6, -0.4)] double lo, [SampleRange(0.4, 0.6)] double hi) => Math.Clamp(Math.Sin(x) * y, lo, hi) * y;

        [Differentiable] public static double ClampBelow([SampleRange(-1.4, -0.8)] double x, [SampleRange(1.5, 2)] double y, [SampleRange(-0.6, -0.4)] double lo, [SampleRange(0.4, 0.6)] double hi) => Math.Clamp(Math.Sin(x) * y, lo, hi) * y;

        [Differentiable] public static double ClampAbove([SampleRange(0.8, 1.4)] double x, [SampleRange(1.5, 2)] double y, [SampleRange(-0.6, -0.4)] double lo, [SampleRange(0.4, 0.6)] double hi) => Math.Clamp(Math.Sin(x) * y, lo, hi) * y;

        [Differentiable] public static double ClampOfExpressions([SampleRange(1.5, 2)] double x, [SampleRange(0, 0.5)] double y) => Math.Clamp(x * x, y - 1, y + 1) * x + Math.Clamp(y, 0.0, 1.0);

        [Differentiable] public static double GenericMathSin(double x, double y) => double.Sin(x) * double.Exp(y);
    }
}
