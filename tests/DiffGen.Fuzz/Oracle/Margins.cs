using System;

namespace DiffGen.Fuzz.Oracle
{
    /// <summary>
    /// How close one oracle run came to a place where the derivative changes abruptly: a branch
    /// condition flipping, a kink of Abs/Max/Min, a jump of Floor or %. The checker rejects points
    /// closer than a threshold, so generated and oracle code never take different branches because
    /// their values differ by rounding.
    /// </summary>
    public static class Margins
    {
        [ThreadStatic]
        private static double smallest;

        /// <summary>The smallest relative distance to an abrupt change since <see cref="Reset"/>.</summary>
        public static double Smallest => smallest;

        public static void Reset() => smallest = double.PositiveInfinity;

        /// <summary>Records a distance <paramref name="gap"/> relative to the size of what was compared.</summary>
        public static void Record(double gap, double size)
        {
            double relative = Math.Abs(gap) / (1 + Math.Abs(size));
            if (double.IsNaN(relative) || relative < smallest)
            {
                smallest = double.IsNaN(relative) ? 0 : relative;
            }
        }

        /// <summary>Compares two values and records how close they are.</summary>
        public static int Compare(double a, double b)
        {
            Record(a - b, Math.Max(Math.Abs(a), Math.Abs(b)));
            return a < b ? -1 : a > b ? 1 : 0;
        }
    }
}
