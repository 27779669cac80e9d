using System;
using DiffGen.Fuzz.Programs;

namespace DiffGen.Fuzz.Running
{
    /// <summary>
    /// When a generated number agrees with the oracle: relative 1e-10 for double and 1e-4 for float
    /// (against the double oracle), measured against the larger of the two numbers and a floor
    /// proportional to the largest derivative at the point, so a derivative that is 0 up to rounding
    /// passes. Also which points are usable at all: <see cref="Margin"/> from a branch boundary or
    /// kink, <see cref="KeptFraction"/> of a dividend's digits kept by a remainder, derivatives up to <see cref="Largest"/>.
    /// A number may also differ by twice the bound on the method's own rounding (<see cref="WithinRounding"/>).
    /// </summary>
    public sealed record Tolerance(double Relative, double Floor, double Margin, double Largest, double KeptFraction)
    {
        public static Tolerance For(FuzzCase fuzzCase) => fuzzCase.Float
            ? new Tolerance(1e-4, 1e-2, 1e-3, fuzzCase.Extreme ? 1e30 : 1e4, 1e-2)
            : new Tolerance(1e-10, 1e-3, 1e-6, fuzzCase.Extreme ? double.MaxValue : 1e8, 1e-4);

        public bool Usable(double x) => !double.IsNaN(x) && !double.IsInfinity(x) && Math.Abs(x) <= Largest;

        /// <summary>
        /// Whether the method's own value agrees with the oracle's. For float, ten times tighter than
        /// the derivatives: a point where float rounding alone moves the value further is ill-conditioned
        /// (cos of 10⁴), and its derivatives would differ from the double oracle's for the same reason.
        /// </summary>
        public bool ValueClose(double actual, double expected, double scale) =>
            Relative >= 1e-4 ? (this with { Relative = Relative / 10 }).Close(actual, expected, scale) : Close(actual, expected, scale);

        /// <summary>
        /// Whether a number computed from the simplified expression is within the method's own rounding of
        /// the oracle's: <paramref name="error"/> bounds how far the method's arithmetic can be from the exact
        /// number (<see cref="Oracle.Dual.Error"/>, <see cref="Oracle.Dual.TangentError"/>), and the same number
        /// computed in another order (s4 cancelled before it is added, where the method adds 10²⁰ and loses
        /// the 1; 1000/y·y as exactly 1000) may be as far on the other side.
        /// </summary>
        public bool WithinRounding(double actual, double expected, double error) =>
            !double.IsNaN(actual) && !double.IsInfinity(actual) && Math.Abs(actual - expected) <= 2 * error;

        public bool Close(double actual, double expected, double scale)
        {
            if (double.IsNaN(actual) || double.IsInfinity(actual))
            {
                return false;
            }

            double allowed = Relative * Math.Max(Math.Max(Math.Abs(actual), Math.Abs(expected)), Floor * scale);
            return Math.Abs(actual - expected) <= allowed;
        }
    }
}
