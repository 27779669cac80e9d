using System;
using System.Linq;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// One array or loop function: its C# source (one [Differentiable] method, compiled with the
    /// generator at test time inside <c>static partial class Cases</c>), how to draw its arguments
    /// for a given size n, and the sizes to draw.
    /// </summary>
    /// <param name="Name">The method's name; unique in the catalog.</param>
    /// <param name="Source">The method, as it stands inside the class.</param>
    /// <param name="Arguments">
    /// Arguments for size n, in parameter order: <c>double</c> for a scalar, <c>double[]</c> for an
    /// array or span parameter, <c>int</c> for an integer. (A float case takes its double twin's,
    /// rounded to float.)
    /// </param>
    public sealed record ArrayCase(string Name, string Source, Func<Random, int, object[]> Arguments)
    {
        /// <summary>Sizes where a sum over nothing is still defined (0 included).</summary>
        public static readonly int[] WithEmpty = { 0, 1, 2, 3, 5, 8 };

        /// <summary>Sizes for functions undefined at length 0 (a maximum, a mean, a do-while that reads x[0]).</summary>
        public static readonly int[] NonEmpty = { 1, 2, 3, 5, 8, 13 };

        /// <summary>For functions with no arrays: the size is ignored.</summary>
        public static readonly int[] Scalar = { 0 };

        /// <summary>At least this many points per case, spread over the sizes.</summary>
        public const int MinimumPoints = 12;

        public int[] Sizes { get; init; } = WithEmpty;

        /// <summary>
        /// Whether a point is safely away from a kink (a branch or a max flipping within the
        /// finite-difference step); points not accepted are drawn again.
        /// </summary>
        public Func<object[], bool>? Accept { get; init; }

        /// <summary>For a float case: the double case with the same parameters, the oracle (as for the scalar float tests).</summary>
        public string? DoubleTwin { get; init; }

        /// <summary>
        /// For a float case whose derivative is a small difference of large terms (ill-conditioned in float, not wrong):
        /// why, and that the float code run in double arithmetic gave the double case's gradient to the bit. Its gradient
        /// is then checked to 1 % instead of float's usual 1e-4.
        /// </summary>
        public string? IllConditionedInFloat { get; init; }

        public int PointsPerSize => Math.Max(2, (MinimumPoints + Sizes.Length - 1) / Sizes.Length);

        public override string ToString() => Name;

        /// <summary>The float twin of a double case: its method (named in <paramref name="source"/>) takes the double case's arguments, sizes and points.</summary>
        public static ArrayCase FloatTwinOf(ArrayCase twin, string source)
        {
            string name = source.Substring(source.IndexOf("float ", StringComparison.Ordinal) + 6);
            name = name.Substring(0, name.IndexOf('(', StringComparison.Ordinal));
            return new ArrayCase(name, source, twin.Arguments) { Sizes = twin.Sizes, Accept = twin.Accept, DoubleTwin = twin.Name };
        }
    }

    /// <summary>Random data for the catalog's argument builders.</summary>
    public static class Draw
    {
        public static double Uniform(Random random, double min, double max) => min + (random.NextDouble() * (max - min));

        public static double[] Vector(Random random, int n, double min = -2, double max = 2) =>
            Enumerable.Range(0, n).Select(_ => Uniform(random, min, max)).ToArray();

        /// <summary>Values with |v| in [min, max] and a random sign: away from a kink at 0.</summary>
        public static double[] AwayFromZero(Random random, int n, double min = 0.25, double max = 2) =>
            Enumerable.Range(0, n).Select(_ => (random.Next(2) == 0 ? -1 : 1) * Uniform(random, min, max)).ToArray();

        /// <summary>Distinct values at least <paramref name="gap"/> apart, shuffled: a maximum that does not flip within the step.</summary>
        public static double[] Separated(Random random, int n, double gap = 0.3)
        {
            double[] values = Enumerable.Range(0, n).Select(i => (i * gap) - (n * gap / 2) + Uniform(random, -gap / 8, gap / 8)).ToArray();
            return values.OrderBy(_ => random.Next()).ToArray();
        }

        /// <summary>±1 labels.</summary>
        public static double Sign(Random random) => random.Next(2) == 0 ? -1.0 : 1.0;

        public static double Dot(double[] a, double[] b) => a.Zip(b, (u, v) => u * v).Sum();
    }
}
