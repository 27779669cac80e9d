using System;
using System.Collections;
using System.Collections.Generic;

namespace DiffGen.Generator.Common
{
    /// <summary>
    /// An immutable array with value equality, so pipeline models that hold one compare by
    /// content and the incremental generator can cache them.
    /// </summary>
    internal readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
        where T : IEquatable<T>
    {
        private readonly T[]? items;

        public EquatableArray(IEnumerable<T> items)
        {
            this.items = items switch
            {
                T[] array => (T[])array.Clone(),

                // Immutable, so shared rather than copied.
                EquatableArray<T> other => other.items,

                // One copy; a list made first and then copied was most of what lowering allocated.
                ICollection<T> collection => CopyOf(collection),
                _ => new List<T>(items).ToArray(),
            };
        }

        /// <summary>Takes <paramref name="owned"/> as it is: for arrays no one else holds (see <see cref="EquatableArray.Of"/>).</summary>
        private EquatableArray(T[] owned, bool _)
        {
            items = owned;
        }

        internal static EquatableArray<T> Owning(T[] owned) => new EquatableArray<T>(owned, true);

        private static T[] CopyOf(ICollection<T> collection)
        {
            if (collection.Count == 0)
            {
                return Array.Empty<T>();
            }

            var copy = new T[collection.Count];
            collection.CopyTo(copy, 0);
            return copy;
        }

        public static EquatableArray<T> Empty => new EquatableArray<T>(Array.Empty<T>());

        public int Count => items?.Length ?? 0;

        public T this[int index] => items![index];

        public bool Equals(EquatableArray<T> other)
        {
            T[] mine = items ?? Array.Empty<T>();
            T[] theirs = other.items ?? Array.Empty<T>();
            if (mine.Length != theirs.Length)
            {
                return false;
            }

            for (int i = 0; i < mine.Length; i++)
            {
                if (!EqualityComparer<T>.Default.Equals(mine[i], theirs[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

        public override int GetHashCode()
        {
            int hash = 17;
            foreach (T item in items ?? Array.Empty<T>())
            {
                hash = (hash * 31) + EqualityComparer<T>.Default.GetHashCode(item);
            }

            return hash;
        }

        /// <summary>A foreach over the array allocates nothing (see <see cref="ReadOnlyArray{T}"/>).</summary>
        public ReadOnlyArray<T>.Enumerator GetEnumerator() => new ReadOnlyArray<T>(items ?? Array.Empty<T>()).GetEnumerator();

        IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)(items ?? Array.Empty<T>())).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<T>)this).GetEnumerator();
    }

    internal static class EquatableArray
    {
        public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items)
            where T : IEquatable<T> => new EquatableArray<T>(items);

        /// <summary>An array of the items given, without the copy <see cref="ToEquatableArray"/> makes of an array that may change later.</summary>
        public static EquatableArray<T> Of<T>(params T[] items)
            where T : IEquatable<T> => EquatableArray<T>.Owning(items);
    }
}
