using System;
using DiffGen;

#pragma warning disable DIFF012 // Floor, Round, Sign on purpose: values that are constant where they are not at a jump.

namespace DiffGen.Generator.Tests.Numerical
{
    /// <summary>
    /// A review of derivatives that are exactly 0 by structure (a kink's flat side, a constant from a branch, an element
    /// never written, Gradient.Stop, an empty loop, a callee returning a clamped value, a piecewise-constant function)
    /// meeting a rule that is infinite there (√, x^½, x^⅓, ∛, asin, acos, acosh, atan2 at the origin, a norm, a power with
    /// a variable exponent). Each method has a loop-free twin (L) and one that takes the program route (P: a loop of one
    /// iteration). <see cref="ZeroTangentReviewTests"/> checks them against values worked by hand. Not in the case catalog:
    /// the points are chosen on the flat sides, where finite differences over random samples would cross the kinks.
    /// </summary>
    public static partial class ZeroTangentReviewCases
    {
        [Differentiable]
        public static double Relu(double q) => Math.Max(q, 0);

        [Differentiable]
        public static double Cap1(double q) => q > 1 ? 1 : q;

        [Differentiable]
        public static double Len(double a, double b) => Math.Sqrt((a * a) + (b * b));

        [Differentiable]
        public static double NormL(double x, double y)
        {
            double a = Math.Max(x, 0), b = Math.Max(y, 0);
            return Math.Sqrt((a * a) + (b * b)) + x;
        }

        [Differentiable]
        public static double NormP(double x, double y)
        {
            double a = Math.Max(x, 0), b = Math.Max(y, 0);
            double s = 0;
            for (int k = 0; k < 1; k++)
            {
                s += x;
            }

            return Math.Sqrt((a * a) + (b * b)) + s;
        }

        [Differentiable]
        public static double InlineNormL(double x, double y) => Math.Sqrt((Math.Max(x, 0) * Math.Max(x, 0)) + (Math.Max(y, 0) * Math.Max(y, 0))) + x;

        [Differentiable]
        public static double InlineNormP(double x, double y)
        {
            double s = 0;
            for (int k = 0; k < 1; k++)
            {
                s += x;
            }

            return Math.Sqrt((Math.Max(x, 0) * Math.Max(x, 0)) + (Math.Max(y, 0) * Math.Max(y, 0))) + s;
        }

        [Differentiable]
        public static double Atan2L(double x, double y)
        {
            double a = Math.Max(x, 0), b = Math.Max(y, 0);
            return Math.Atan2(b, a) + x;
        }

        [Differentiable]
        public static double Atan2P(double x, double y)
        {
            double a = Math.Max(x, 0), b = Math.Max(y, 0);
            double s = 0;
            for (int k = 0; k < 1; k++)
            {
                s += x;
            }

            return Math.Atan2(b, a) + s;
        }

        [Differentiable]
        public static double RootsL(double x, double y)
        {
            double o = Math.Max(x, 0);
            return Math.Sqrt(Math.Max(x - 1, 0)) + Math.Pow(o, 0.5) + Math.Pow(o, 1.5) + Math.Pow(o, 1.0 / 3) + Math.Cbrt(o) + (x * y);
        }

        [Differentiable]
        public static double RootsP(double x, double y)
        {
            double o = Math.Max(x, 0);
            double s = 0;
            for (int k = 0; k < 1; k++)
            {
                s += x * y;
            }

            return Math.Sqrt(Math.Max(x - 1, 0)) + Math.Pow(o, 0.5) + Math.Pow(o, 1.5) + Math.Pow(o, 1.0 / 3) + Math.Cbrt(o) + s;
        }

        [Differentiable]
        public static double InverseTrigL(double x, double y)
        {
            double o = Math.Min(x, 1);
            double c = Math.Clamp(y, -1, 1);
            return Math.Asin(o) + Math.Acos(c) + Math.Acosh(Math.Max(2 - x, 1)) + (x * y);
        }

        [Differentiable]
        public static double InverseTrigP(double x, double y)
        {
            double o = Math.Min(x, 1);
            double c = Math.Clamp(y, -1, 1);
            double s = 0;
            for (int k = 0; k < 1; k++)
            {
                s += x * y;
            }

            return Math.Asin(o) + Math.Acos(c) + Math.Acosh(Math.Max(2 - x, 1)) + s;
        }

        [Differentiable]
        public static double BranchL(double x, double y)
        {
            double t;
            if (x < 0)
            {
                t = 0;
            }
            else
            {
                t = x;
            }

            return Math.Sqrt(t) + Math.Sqrt(y < 0 ? 0 : y) + (x * y);
        }

        [Differentiable]
        public static double BranchP(double x, double y)
        {
            double t;
            if (x < 0)
            {
                t = 0;
            }
            else
            {
                t = x;
            }

            double s = 0;
            for (int k = 0; k < 1; k++)
            {
                s += x * y;
            }

            return Math.Sqrt(t) + Math.Sqrt(y < 0 ? 0 : y) + s;
        }

        /// <summary>|x| below 1 is 0 (a dead zone), through an Abs written as ?:, then √ and ∛ of it.</summary>
        [Differentiable]
        public static double DeadZoneP(double x, double y)
        {
            double a = x < 0 ? -x : x;
            double c = a < 1 ? 0 : a - 1;
            double s = 0;
            for (int k = 0; k < 1; k++)
            {
                s += y;
            }

            return Math.Sqrt(c) + Math.Pow(c, 1.0 / 3) + s;
        }

        [Differentiable]
        public static double UnwrittenElement(double x, double y)
        {
            double[] a = new double[3];
            a[0] = x;
            a[1] = y;
            return Math.Sqrt(a[2]) + Math.Sqrt((a[2] * a[2]) + (a[2] * a[2])) + (a[0] * a[1]);
        }

        [Differentiable]
        public static double ConstantElement(double x, double y)
        {
            double[] a = { x, 0, y };
            return Math.Sqrt(a[1]) + Math.Asin(a[1] + 1) + (a[0] * a[2]);
        }

        /// <summary>n = 0: the sum is 0 and stays 0.</summary>
        [Differentiable]
        public static double EmptyLoop(double x, int n)
        {
            double s = 0;
            for (int k = 0; k < n; k++)
            {
                s += x * x;
            }

            return Math.Sqrt(s) + x;
        }

        /// <summary>n = 0, y = 0: ∂/∂x meets √'s infinite rule at y, which does not move with x.</summary>
        [Differentiable]
        public static double EmptyLoopFromY(double x, double y, int n)
        {
            double s = y;
            for (int k = 0; k < n; k++)
            {
                s += x * x;
            }

            return Math.Sqrt(s) + Math.Asin(y + 1) + x;
        }

        [Differentiable]
        public static double StopL(double x)
        {
            double t = Gradient.Stop(x - 1);
            return (Math.Sqrt(t) * x) + Math.Asin(Gradient.Stop(x));
        }

        [Differentiable]
        public static double StopP(double x)
        {
            double t = Gradient.Stop(x - 1);
            double s = 0;
            for (int k = 0; k < 1; k++)
            {
                s += x;
            }

            return (Math.Sqrt(t) * s) + Math.Asin(Gradient.Stop(x));
        }

        /// <summary>The value divides by o in a branch that the clamp does not take, and √o's rule divides by it too.</summary>
        [Differentiable]
        public static double SqrtAndGuardedInverseP(double x)
        {
            double o = Math.Max(x, 0);
            double s = 0;
            for (int k = 0; k < 1; k++)
            {
                s += x;
            }

            return Math.Sqrt(o) + (o > 0 ? 1 / o : 0) + s;
        }

        /// <summary>A clamped vector normalized where it is not 0, and a quotient by its length plus 1.</summary>
        [Differentiable]
        public static double NormalizeP(double x, double y)
        {
            double a = Math.Max(x, 0), b = Math.Max(y, 0);
            double s = 0;
            for (int k = 0; k < 1; k++)
            {
                s += x;
            }

            double len = Math.Sqrt((a * a) + (b * b));
            return (len > 0 ? a / len : 0) + ((a + 1) / (len + 1)) + s;
        }

        [Differentiable]
        public static double ArrayNorm(double[] v, double x)
        {
            double s = 0;
            for (int i = 0; i < v.Length; i++)
            {
                double o = Math.Max(v[i], 0);
                s += o * o;
            }

            return Math.Sqrt(s) + x;
        }

        [Differentiable]
        public static double LocalArrayNorm(double x, double y)
        {
            double[] o = new double[2];
            o[0] = Math.Max(x, 0);
            o[1] = Math.Max(y, 0);
            double s = 0;
            for (int i = 0; i < 2; i++)
            {
                s += o[i] * o[i];
            }

            return Math.Sqrt(s) + x;
        }

        /// <summary>A t set to 0 for the first iterations, then √t and asin(1 − t).</summary>
        [Differentiable]
        public static double BranchInLoop(double x, int n)
        {
            double s = 0;
            for (int k = 0; k < n; k++)
            {
                double t = k < 5 ? 0 : x;
                s += Math.Sqrt(t) + Math.Asin(1 - t);
            }

            return s + x;
        }

        /// <summary>A float parameter beside a double one (the program route).</summary>
        [Differentiable]
        public static double MixedFloat(double x, float f)
        {
            double o = Math.Max(x, 0);
            double g = Math.Max(f, 0f);
            return Math.Sqrt((o * o) + (g * g)) + x + f;
        }

        [Differentiable]
        public static double CalleeInIfL(double x, double y)
        {
            if (y > 0)
            {
                return Math.Sqrt(Relu(x)) + (x * y);
            }

            return x * y;
        }

        [Differentiable]
        public static double LenOfClampedL(double x, double y) => Len(Math.Max(x, 0), Math.Max(y, 0)) + x;

        [Differentiable]
        public static double CalleeInLoop(double[] v, double x)
        {
            double s = 0;
            for (int i = 0; i < v.Length; i++)
            {
                s += Len(Math.Max(v[i] - x, 0), 0);
            }

            return s + x;
        }

        // ---- Cases found wrong (see ZeroTangentReviewTests) ----

        [Differentiable]
        public static double SqrtOfReluL(double x, double y) => Math.Sqrt(Relu(x)) + (x * y);

        [Differentiable]
        public static double AsinOfCapL(double x, double y) => Math.Asin(Cap1(x)) + (x * y);

        [Differentiable]
        public static double SqrtOfReluP(double x, double y)
        {
            double s = 0;
            for (int k = 0; k < 1; k++)
            {
                s += x * y;
            }

            return Math.Sqrt(Relu(x)) + s;
        }

        [Differentiable]
        public static double AsinOfCapP(double x, double y)
        {
            double s = 0;
            for (int k = 0; k < 1; k++)
            {
                s += x * y;
            }

            return Math.Asin(Cap1(x)) + s;
        }

        [Differentiable]
        public static double LenOfClampedP(double x, double y)
        {
            double a = Math.Max(x, 0), b = Math.Max(y, 0);
            double s = 0;
            for (int k = 0; k < 1; k++)
            {
                s += x;
            }

            return Len(a, b) + s;
        }

        [Differentiable]
        public static double PiecewiseConstantP(double x, double y)
        {
            double t = Math.Floor(x);
            double r = Math.Round(y);
            double u = Math.Sign(x - 2) + 1;
            double s = 0;
            for (int k = 0; k < 1; k++)
            {
                s += x * y;
            }

            return Math.Sqrt(t) + Math.Sqrt(r) + Math.Sqrt(u * u) + s;
        }

        [Differentiable]
        public static double VariablePowerP(double x, double y)
        {
            double o = Math.Max(x, 0);
            double s = 0;
            for (int k = 0; k < 1; k++)
            {
                s += x;
            }

            return Math.Pow(o, y) + s;
        }

        [Differentiable]
        public static double VariablePowerL(double x, double y)
        {
            double o = Math.Max(x, 0);
            return Math.Pow(o, y) + x;
        }

        /// <summary>√(w·a²): where a is clamped to 0 the length is 0 for every w, but ∂/∂w = a²/(2·√(w·a²)) is 0/0.</summary>
        [Differentiable]
        public static double WeightedL(double x, double w)
        {
            double a = Math.Max(x, 0);
            return Math.Sqrt(w * a * a) + x;
        }

        [Differentiable]
        public static double WeightedP(double x, double w)
        {
            double a = Math.Max(x, 0);
            double s = 0;
            for (int k = 0; k < 1; k++)
            {
                s += x;
            }

            return Math.Sqrt(w * a * a) + s;
        }
    }

    /// <summary>Float twins of some <see cref="ZeroTangentReviewCases"/>.</summary>
    public static partial class FloatZeroTangentReviewCases
    {
        [Differentiable]
        public static float Relu(float q) => Math.Max(q, 0f);

        [Differentiable]
        public static float Len(float a, float b) => MathF.Sqrt((a * a) + (b * b));

        [Differentiable]
        public static float NormL(float x, float y)
        {
            float a = Math.Max(x, 0f), b = Math.Max(y, 0f);
            return MathF.Sqrt((a * a) + (b * b)) + x;
        }

        [Differentiable]
        public static float NormP(float x, float y)
        {
            float a = Math.Max(x, 0f), b = Math.Max(y, 0f);
            float s = 0;
            for (int k = 0; k < 1; k++)
            {
                s += x;
            }

            return MathF.Sqrt((a * a) + (b * b)) + s;
        }

        [Differentiable]
        public static float InverseTrigL(float x, float y)
        {
            float o = Math.Min(x, 1f);
            return MathF.Asin(o) + MathF.Cbrt(Math.Max(y, 0f)) + (x * y);
        }

        [Differentiable]
        public static float InverseTrigP(float x, float y)
        {
            float o = Math.Min(x, 1f);
            float s = 0;
            for (int k = 0; k < 1; k++)
            {
                s += x * y;
            }

            return MathF.Asin(o) + MathF.Cbrt(Math.Max(y, 0f)) + s;
        }

        [Differentiable]
        public static float BranchL(float x, float y)
        {
            float t;
            if (x < 0)
            {
                t = 0;
            }
            else
            {
                t = x;
            }

            return MathF.Sqrt(t) + MathF.Pow(t, 0.5f) + (x * y);
        }

        // ---- Cases found wrong ----

        [Differentiable]
        public static float SqrtOfReluL(float x, float y) => MathF.Sqrt(Relu(x)) + (x * y);

        [Differentiable]
        public static float SqrtOfReluP(float x, float y)
        {
            float s = 0;
            for (int k = 0; k < 1; k++)
            {
                s += x * y;
            }

            return MathF.Sqrt(Relu(x)) + s;
        }

        [Differentiable]
        public static float LenOfClampedP(float x, float y)
        {
            float a = Math.Max(x, 0f), b = Math.Max(y, 0f);
            float s = 0;
            for (int k = 0; k < 1; k++)
            {
                s += x;
            }

            return Len(a, b) + s;
        }

        [Differentiable]
        public static float FloorP(float x, float y)
        {
            float t = MathF.Floor(x);
            float s = 0;
            for (int k = 0; k < 1; k++)
            {
                s += x * y;
            }

            return MathF.Sqrt(t) + s;
        }

        [Differentiable]
        public static float VariablePowerP(float x, float y)
        {
            float o = Math.Max(x, 0f);
            float s = 0;
            for (int k = 0; k < 1; k++)
            {
                s += x;
            }

            return MathF.Pow(o, y) + s;
        }

        [Differentiable]
        public static float WeightedL(float x, float w)
        {
            float a = Math.Max(x, 0f);
            return MathF.Sqrt(w * a * a) + x;
        }
    }
}
