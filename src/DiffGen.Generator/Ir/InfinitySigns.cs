using DiffGen.Generator.Functions;

namespace DiffGen.Generator.Ir
{
    /// <summary>Which infinities a value may be, from an infinity the method writes as a constant: none, +∞, −∞ or either.</summary>
    [System.Flags]
    internal enum InfinitySigns
    {
        None = 0,
        Positive = 1,
        Negative = 2,
        Either = Positive | Negative,
    }

    /// <summary>
    /// How operations pass infinities on, sign by sign, so that what cannot be infinite is not tested: max(−∞, s) is finite
    /// where s is, exp(−∞) is 0, m − max(m, s) is at most −∞. Shared by the program's analysis
    /// (<c>Analysis.ConstantInfinities</c>) and the DAG's (<c>Symbolic.InfiniteFactors</c>).
    /// </summary>
    internal static class InfinityRules
    {
        public static InfinitySigns Of(double constant) =>
            double.IsPositiveInfinity(constant) ? InfinitySigns.Positive : double.IsNegativeInfinity(constant) ? InfinitySigns.Negative : InfinitySigns.None;

        public static InfinitySigns Negated(InfinitySigns a) =>
            ((a & InfinitySigns.Positive) != 0 ? InfinitySigns.Negative : InfinitySigns.None) | ((a & InfinitySigns.Negative) != 0 ? InfinitySigns.Positive : InfinitySigns.None);

        /// <summary>c·a for a finite constant c: the sign follows c's (0·∞ is NaN, not an infinity).</summary>
        public static InfinitySigns Scaled(double c, InfinitySigns a) => c > 0 ? a : c < 0 ? Negated(a) : InfinitySigns.None;

        /// <summary>A product or quotient of values any of which may be infinite: either sign (the others' signs are unknown).</summary>
        public static InfinitySigns Product(InfinitySigns a) => a == InfinitySigns.None ? InfinitySigns.None : InfinitySigns.Either;

        /// <summary>
        /// f(arguments) for an elementary function, from what its arguments may be; <paramref name="readsInfinity"/>: an argument
        /// reads an infinity somewhere (exp(−∞) is 0, and ln 0 is −∞, so a logarithm of such a value may be infinite).
        /// </summary>
        public static InfinitySigns Call(ElementaryFunction function, InfinitySigns[] arguments, bool readsInfinity)
        {
            InfinitySigns any = InfinitySigns.None;
            foreach (InfinitySigns argument in arguments)
            {
                any |= argument;
            }

            switch (function)
            {
                case ElementaryFunction.Exp:
                case ElementaryFunction.Sqrt:
                    return arguments[0] & InfinitySigns.Positive; // exp(−∞) is 0; √ of −∞ is NaN
                case ElementaryFunction.Cbrt:
                case ElementaryFunction.Sinh:
                case ElementaryFunction.Asinh:
                case ElementaryFunction.Floor:
                case ElementaryFunction.Ceiling:
                case ElementaryFunction.Round:
                case ElementaryFunction.Truncate:
                case ElementaryFunction.Stop:
                    return arguments[0];
                case ElementaryFunction.Abs:
                case ElementaryFunction.Cosh:
                case ElementaryFunction.Acosh:
                    return arguments[0] == InfinitySigns.None ? InfinitySigns.None : InfinitySigns.Positive;
                case ElementaryFunction.Max:
                    // +∞ if either may be; −∞ only if both may be.
                    return (any & InfinitySigns.Positive) | (arguments[0] & arguments[1] & InfinitySigns.Negative);
                case ElementaryFunction.Min:
                    return (any & InfinitySigns.Negative) | (arguments[0] & arguments[1] & InfinitySigns.Positive);
                case ElementaryFunction.Sin:
                case ElementaryFunction.Cos:
                case ElementaryFunction.Tan:
                case ElementaryFunction.Asin:
                case ElementaryFunction.Acos:
                case ElementaryFunction.Atan:
                case ElementaryFunction.Atan2:
                case ElementaryFunction.Tanh:
                case ElementaryFunction.Sign:
                    return InfinitySigns.None; // bounded, or NaN at an infinity
                case ElementaryFunction.Log:
                case ElementaryFunction.Log10:
                case ElementaryFunction.Log2:
                    return readsInfinity ? InfinitySigns.Either : InfinitySigns.None;
                default:
                    return readsInfinity || any != InfinitySigns.None ? InfinitySigns.Either : InfinitySigns.None;
            }
        }
    }
}
