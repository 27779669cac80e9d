using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DiffGen.Fuzz.Programs;

namespace DiffGen.Fuzz.Generation
{
    /// <summary>
    /// Chooses intervals where an integrand's guards hold: every denominator keeps its sign and stays at
    /// least <see cref="Clearance"/> from 0, every logarithm's or root's argument stays above it, on a fine
    /// grid over the interval widened a little (so a pole just outside a bound does not make the integrand huge).
    /// The checker confirms each with the oracle before using it; this only makes that usually succeed.
    /// </summary>
    public static class IntegrationRegions
    {
        private const double Clearance = 0.05;
        private const double GridStep = 0.004;
        private const int Tries = 200;

        /// <summary>Up to <paramref name="count"/> regions, one interval per variable; empty when none was found.</summary>
        public static ImmutableArray<ImmutableArray<Interval>> Choose(Random random, IReadOnlyList<string> variables, IReadOnlyList<Guard> guards, int count)
        {
            var regions = ImmutableArray.CreateBuilder<ImmutableArray<Interval>>();
            for (int attempt = 0; attempt < Tries && regions.Count < count; attempt++)
            {
                var sides = variables.Select(_ => RandomInterval(random)).ToImmutableArray();
                if (variables.Select((v, i) => guards.Where(g => g.Variable == v).All(g => Holds(g, sides[i]))).All(ok => ok))
                {
                    regions.Add(sides);
                }
            }

            return regions.ToImmutable();
        }

        /// <summary>
        /// Mostly from −3.5 to 3.5, 0.25 to 3 wide, bounds rounded to 0.05 so that a reader sees plain numbers; now and
        /// then far out (to ±15, up to 8 wide: F(to) − F(from) of large values) or narrow (0.01 to 0.1 wide: the two
        /// values of F nearly cancel, which the error estimate must own up to).
        /// </summary>
        private static Interval RandomInterval(Random random)
        {
            double roll = random.NextDouble();
            var (reach, least, most) = roll < 0.7 ? (3.5, 0.25, 3.0) : roll < 0.85 ? (15.0, 0.25, 8.0) : (3.5, 0.01, 0.1);
            double width = Math.Round(least + (random.NextDouble() * (most - least)), 2);
            double from = Math.Round(((random.NextDouble() * 2 * reach) - reach) / 0.05) * 0.05;
            return new Interval(Math.Round(from, 2), Math.Round(from + width, 2));
        }

        private static bool Holds(Guard guard, Interval interval)
        {
            double from = interval.From - Clearance, to = interval.To + Clearance;
            int steps = (int)Math.Ceiling((to - from) / GridStep);
            double first = guard.Value(from);
            for (int i = 0; i <= steps; i++)
            {
                double g = guard.Value(from + ((to - from) * i / steps));
                bool fine = guard.Positive ? g >= Clearance : Math.Abs(g) >= Clearance && Math.Sign(g) == Math.Sign(first);
                if (!fine || double.IsNaN(g))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
