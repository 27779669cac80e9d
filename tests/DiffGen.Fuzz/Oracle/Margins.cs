using System;

namespace DiffGen.Fuzz.Oracle
{
    /// <summary>
    /// How close one oracle run came to a place where the derivative changes abruptly: a branch
    /// condition flipping, a kink of Abs/Max/Min, a jump of Floor or %. The checker rejects points
    /// closer than a threshold, so generated and oracle code never take different branches because
    /// their values differ by rounding. It also notes an intermediate value or derivative that
    /// overflowed: past an infinite intermediate the chain rule multiplies 0·∞ wherever the result
    /// ignores it (a callee that drops an argument, a branch not taken), which reverse mode makes
    /// NaN, as JAX and PyTorch do, while forward mode drops it; such points are not checked.
    /// </summary>
    public static class Margins
    {
        [ThreadStatic]
        private static double smallest;

        /// <summary>The smallest relative distance to an abrupt change since <see cref="Reset"/>.</summary>
        public static double Smallest => smallest;

        [ThreadStatic]
        private static bool overflowed;

        [ThreadStatic]
        private static double largest;

        [ThreadStatic]
        private static double keptFraction;

        [ThreadStatic]
        private static double unitRoundoff;

        [ThreadStatic]
        private static double resultError;

        [ThreadStatic]
        private static double resultTangentError;

        /// <summary>The unit roundoff of the method's own type: 2⁻⁵³ for double, 2⁻²⁴ for float.</summary>
        public static double UnitRoundoff => unitRoundoff;

        /// <summary>The <see cref="Dual.Error"/> of the last result the oracle returned: how uncertain the method's own value is.</summary>
        public static double ResultError => resultError;

        /// <summary>The <see cref="Dual.TangentError"/> of the last result: how uncertain its derivative is in the method's arithmetic.</summary>
        public static double ResultTangentError => resultTangentError;

        /// <summary>
        /// The smallest |a % b| / |a| since <see cref="Reset"/>: a remainder of a large number keeps
        /// only its last digits, so a rounding difference in a (4·e·x against (x + x)·(e + e)) is
        /// magnified |a| / |a % b| times in everything computed from the remainder.
        /// </summary>
        public static double KeptFraction => keptFraction;

        /// <summary>Whether an intermediate value or derivative, or a bound on its rounding, was ±∞ or NaN since <see cref="Reset"/>.</summary>
        public static bool Overflowed => overflowed;

        /// <summary>Starts a run; <paramref name="largest"/> is the largest finite value of the method's own type (float.MaxValue for a float method, whose intermediates overflow where the double oracle's do not).</summary>
        public static void Reset(double largest = double.MaxValue)
        {
            Margins.largest = largest;
            smallest = double.PositiveInfinity;
            overflowed = false;
            keptFraction = 1;
            unitRoundoff = largest == float.MaxValue ? Math.Pow(2, -24) : Math.Pow(2, -53);
            resultError = 0;
            resultTangentError = 0;
        }

        /// <summary>Notes the oracle's result (the probe calls this as it returns).</summary>
        public static void RecordResult(Dual result)
        {
            resultError = result.Error;
            resultTangentError = result.TangentError;
        }

        /// <summary>
        /// Notes rounding bounds that are not finite (a value's error reaching out of its function's
        /// domain, √ of 10⁻²⁰ ± 10⁻¹⁸): the method's own number means nothing there, as past an overflow.
        /// </summary>
        public static void RecordBounds(double error, double tangentError)
        {
            if (double.IsNaN(error) || double.IsInfinity(error) || double.IsNaN(tangentError) || double.IsInfinity(tangentError))
            {
                overflowed = true;
            }
        }

        /// <summary>Notes a remainder <paramref name="remainder"/> = <paramref name="dividend"/> % b.</summary>
        public static void RecordRemainder(double dividend, double remainder)
        {
            double kept = dividend == 0 ? 1 : Math.Abs(remainder) / Math.Abs(dividend);
            if (double.IsNaN(kept) || kept < keptFraction)
            {
                keptFraction = double.IsNaN(kept) ? 0 : kept;
            }
        }

        /// <summary>Notes an intermediate (value or derivative) that is ±∞ or NaN, or beyond the method's own type.</summary>
        public static void RecordIntermediate(double value, double tangent)
        {
            double limit = largest == 0 ? double.MaxValue : largest;
            if (!(Math.Abs(value) <= limit) || !(Math.Abs(tangent) <= limit))
            {
                overflowed = true;
            }
        }

        /// <summary>Records a distance <paramref name="gap"/> relative to the size of what was compared.</summary>
        public static void Record(double gap, double size)
        {
            double relative = Math.Abs(gap) / (1 + Math.Abs(size));
            if (double.IsNaN(relative) || relative < smallest)
            {
                smallest = double.IsNaN(relative) ? 0 : relative;
            }
        }

        /// <summary>
        /// Records how close two compared values are and returns C#'s own <paramref name="result"/>:
        /// with NaN every ordered comparison is false, as in the method (a three-way compare would call
        /// NaN equal, and a recursion guard u ≥ 0.5 ∧ u ≤ 64 would never stop).
        /// </summary>
        public static bool Compared(double a, double b, bool result)
        {
            Compare(a, b);
            return result;
        }

        /// <summary>Compares two values and records how close they are.</summary>
        public static int Compare(double a, double b)
        {
            if (!double.IsInfinity(a) && !double.IsInfinity(b))
            {
                // A comparison with an infinity (a running maximum started at −∞, a table's border of +∞) is decided far from
                // any kink; a value that overflowed is recorded as such where it is made.
                Record(a - b, Math.Max(Math.Abs(a), Math.Abs(b)));
            }

            return a < b ? -1 : a > b ? 1 : 0;
        }
    }
}
