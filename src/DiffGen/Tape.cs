using System;
using System.Buffers;

namespace DiffGen
{
    /// <summary>
    /// Storage for generated gradients: where a loop overwrites a value its reverse sweep needs, the
    /// generated code keeps one value per iteration in a tape rented here, and returns it when done.
    /// Rented arrays come from <see cref="ArrayPool{T}.Shared"/>, so a gradient called repeatedly
    /// allocates nothing once the pool is warm.
    /// </summary>
    public static class Tape
    {
        /// <summary>An array of at least <paramref name="length"/> elements (at least one).</summary>
        /// <typeparam name="T">The element type.</typeparam>
        /// <param name="length">How many values the loop will store.</param>
        /// <returns>A rented array; give it back with <see cref="Return{T}"/>.</returns>
        public static T[] Rent<T>(int length) => ArrayPool<T>.Shared.Rent(Math.Max(length, 1));

        /// <summary>A rented array twice as long holding the values of <paramref name="tape"/>, which is returned.</summary>
        /// <typeparam name="T">The element type.</typeparam>
        /// <param name="tape">A full tape.</param>
        /// <returns>The larger tape.</returns>
        public static T[] Grow<T>(T[] tape)
        {
            T[] larger = ArrayPool<T>.Shared.Rent(tape.Length * 2);
            Array.Copy(tape, larger, tape.Length);
            ArrayPool<T>.Shared.Return(tape);
            return larger;
        }

        /// <summary>Gives a tape back to the pool.</summary>
        /// <typeparam name="T">The element type.</typeparam>
        /// <param name="tape">A tape from <see cref="Rent{T}"/> or <see cref="Grow{T}"/>.</param>
        public static void Return<T>(T[] tape) => ArrayPool<T>.Shared.Return(tape);
    }
}
