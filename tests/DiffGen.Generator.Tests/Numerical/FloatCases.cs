using System;
using DiffGen;

namespace DiffGen.Generator.Tests.Numerical
{
    /// <summary>
    /// Float versions of the double cases: same names and parameters, computed with MathF. The
    /// oracle is the double twin (same name in another case class), evaluated at the same point.
    /// </summary>
    public static partial class FloatCases
    {
        [Differentiable] public static float Sin(float x, float y) => MathF.Sin(x * y);

        [Differentiable] public static float Cos(float x, float y) => MathF.Cos(x * y + 1);

        [Differentiable, SampleRange(-0.6, 0.6)] public static float Tan(float x, float y) => MathF.Tan(x * y + x);

        [Differentiable, SampleRange(-0.6, 0.6)] public static float Asin(float x, float y) => MathF.Asin(x * y + x / 2);

        [Differentiable, SampleRange(-0.6, 0.6)] public static float Acos(float x, float y) => MathF.Acos(x * y - x / 2);

        [Differentiable, SampleRange(-3, 3)] public static float Atan(float x, float y) => MathF.Atan(x * y);

        [Differentiable, SampleRange(-3, 3)] public static float Atan2(float y, [SampleRange(0.5, 3)] float x) => MathF.Atan2(y, x);

        [Differentiable, SampleRange(-2, 2)] public static float Sinh(float x, float y) => MathF.Sinh(x + y * y);

        [Differentiable, SampleRange(-2, 2)] public static float Cosh(float x, float y) => MathF.Cosh(x - y);

        [Differentiable, SampleRange(-1.5, 1.5)] public static float Tanh(float x, float y) => MathF.Tanh(x * y);

        [Differentiable, SampleRange(-3, 3)] public static float Asinh(float x, float y) => MathF.Asinh(x * y);

        [Differentiable, SampleRange(1.2, 3)] public static float Acosh(float x, float y) => MathF.Acosh(x * y);

        [Differentiable, SampleRange(-0.8, 0.8)] public static float Atanh(float x, float y) => MathF.Atanh(x * y);

        [Differentiable, SampleRange(-2, 2)] public static float Exp(float x, float y) => MathF.Exp(x * y);

        [Differentiable] public static float Log(float x, float y) => MathF.Log(x * y);

        [Differentiable] public static float LogWithBase([SampleRange(0.5, 4)] float x, [SampleRange(1.5, 4)] float b) => MathF.Log(x, b);

        [Differentiable] public static float Log10(float x, float y) => MathF.Log10(x + y);

        [Differentiable] public static float Log2(float x, float y) => MathF.Log2(x * y);

        [Differentiable] public static float Sqrt(float x, float y) => MathF.Sqrt(x * y + 1);

        [Differentiable] public static float Cbrt(float x, float y) => MathF.Cbrt(x + y);

        [Differentiable] public static float PowConstantExponent(float x, float y) => MathF.Pow(x * y, 3.5f);

        [Differentiable] public static float PowVariableExponent(float x, float y) => MathF.Pow(x, y);

        [Differentiable] public static float AbsNegative([SampleRange(-2, -1)] float x, float y) => MathF.Abs(x * y);

        [Differentiable] public static float MaxFirst([SampleRange(2, 3)] float x, float y) => MathF.Max(x, y) * y;

        [Differentiable] public static float MinSecond([SampleRange(2, 3)] float x, float y) => MathF.Min(x, y * y) + x;

        // MathF has no Clamp: the source calls Math.Clamp's float overload, the generated code MathF.Min(MathF.Max(u, lo), hi).
        [Differentiable] public static float ClampInside([SampleRange(-0.3, 0.3)] float x, [SampleRange(0.5, 1)] float y, [SampleRange(-0.6, -0.4)] float lo, [SampleRange(0.4, 0.6)] float hi) => Math.Clamp(MathF.Sin(x) * y, lo, hi) * y;

        [Differentiable] public static float ClampBelow([SampleRange(-1.4, -0.8)] float x, [SampleRange(1.5, 2)] float y, [SampleRange(-0.6, -0.4)] float lo, [SampleRange(0.4, 0.6)] float hi) => Math.Clamp(MathF.Sin(x) * y, lo, hi) * y;

        [Differentiable] public static float ClampAbove([SampleRange(0.8, 1.4)] float x, [SampleRange(1.5, 2)] float y, [SampleRange(-0.6, -0.4)] float lo, [SampleRange(0.4, 0.6)] float hi) => float.Clamp(MathF.Sin(x) * y, lo, hi) * y;

        [Differentiable] public static float ClampOfExpressions([SampleRange(1.5, 2)] float x, [SampleRange(0, 0.5)] float y) => Math.Clamp(x * x, y - 1, y + 1) * x + Math.Clamp(y, 0f, 1f);

        [Differentiable, SampleRange(-1.5, 1.5)]
        public static float Rosenbrock(float x, float y)
        {
            float a = 1 - x;
            float b = y - x * x;
            return a * a + 100 * b * b;
        }

        [Differentiable("m", "b")]
        public static float QuadraticCost(float m, float b, float x, float y)
        {
            float yHat = m * x + b;
            float error = yHat - y;
            return error * error;
        }

        [Differentiable("w", "b"), SampleRange(-2, 2)]
        public static float CrossEntropy(float w, float b, float x, [SampleRange(0.1, 0.9)] float y)
        {
            float z = w * x + b;
            float p = 1 / (1 + MathF.Exp(-z));
            float loss = -(y * MathF.Log(p) + (1 - y) * MathF.Log(1 - p));
            return loss;
        }

        [Differentiable]
        public static float CompoundAssignments(float x, float y)
        {
            float s = x;
            s += y * y;
            s *= x;
            s -= 3;
            s /= 1 + y * y;
            s++;
            return s;
        }

        /// <summary>Heron's formula, mixing a double-returning Math call into float code.</summary>
        [Differentiable, SampleRange(2, 3)]
        public static float HeronArea(float a, float b, float c)
        {
            float s = (a + b + c) / 2;
            float product = s * (s - a) * (s - b) * (s - c);
            return (float)Math.Sqrt(product);
        }

        [Differentiable("x")]
        public static float IntegerParameter(float x, [SampleRange(2, 5)] int n) => x * n + MathF.Pow(x, n);
    }
}
