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

        /// <summary>
        /// The smallest |a % b| / |a| since <see cref="Reset"/>: a remainder of a large number keeps
        /// only its last digits, so a rounding difference in a (4·e·x against (x + x)·(e + e)) is
        /// magnified |a| / |a % b| times in everything computed from the remainder.
        /// </summary>
        public static double KeptFraction => keptFraction;

        /// <summary>Whether an intermediate value or derivative was ±∞ or NaN since <see cref="Reset"/>.</summary>
        public static bool Overflowed => overflowed;

        /// <summary>Starts a run; <paramref name="largest"/> is the largest finite value of the method's own type (float.MaxValue for a float method, whose intermediates overflow where the double oracle's do not).</summary>
        public static void Reset(double largest = double.MaxValue)
        {
            Margins.largest = largest;
            smallest = double.PositiveInfinity;
            overflowed = false;
            keptFraction = 1;
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
            Record(a - b, Math.Max(Math.Abs(a), Math.Abs(b)));
            return a < b ? -1 : a > b ? 1 : 0;
        }
    }
}
