using System;
using DiffGen;

// These cases use the piecewise functions on purpose, away from their jumps, to check the
// convention they are differentiated with; DIFF012 says exactly that, so it is silenced here.
#pragma warning disable DIFF012

namespace DiffGen.Generator.Tests.Numerical
{
    /// <summary>Piecewise functions between their jumps: Floor, Ceiling, Round, Truncate and Sign have derivative 0, a % b has 1 and −trunc(a/b).</summary>
    public static partial class PiecewiseCases
    {
        [Differentiable] public static double Floor([SampleRange(1.2, 1.8)] double x, double y) => (Math.Floor(x) + x) * y;

        [Differentiable] public static double Ceiling([SampleRange(-0.8, -0.2)] double x, double y) => Math.Ceiling(x) * y + x * y;

        [Differentiable] public static double Round([SampleRange(2.1, 2.4)] double x, double y) => Math.Round(x * y / y) * x;

        [Differentiable] public static double Truncate([SampleRange(-1.8, -1.2)] double x, double y) => Math.Truncate(x) - x * y;

        [Differentiable] public static double Sign([SampleRange(-2, -0.5)] double x, double y) => Math.Sign(x) * x * y;

        /// <summary>Math.Sign with integer constants: integer arithmetic, so read statement by statement, as a method with loops.</summary>
        [Differentiable] public static double SignArithmetic([SampleRange(0.5, 2)] double x, double y) => (2 * Math.Sign(x) - 1) * x * y + Math.Sign(y - 5) * 3;

        [Differentiable] public static double Remainder([SampleRange(2.6, 3.2)] double x, [SampleRange(2.0, 2.5)] double y) => (x % y) * x;

        /// <summary>A negated square on the right of %: printed as x % (-y * y), never x % -y * y.</summary>
        [Differentiable] public static double RemainderOfNegatedSquare([SampleRange(2.2, 2.8)] double x, [SampleRange(1.3, 1.4)] double y) => (x % (-y * y)) + (x * y);

        /// <summary>
        /// A remainder of a negation, negated: printed -(-z % 2), never --z % 2, which C# reads as a decrement of z (the
        /// fuzzer found it, seed 21); first in a sum and as a product's factor.
        /// </summary>
        [Differentiable] public static double NegatedRemainderOfNegation([SampleRange(0.2, 0.8)] double z, double y) => -(-z % 2) + -(-z % 2) * y - 1;

        [Differentiable]
        public static double RemainderAssignment([SampleRange(5.5, 5.8)] double x, double y)
        {
            double s = x * 1.5;
            s %= 4;
            return s * y;
        }
    }
}
