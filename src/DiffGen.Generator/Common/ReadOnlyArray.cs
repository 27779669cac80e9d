using System.Collections;
using System.Collections.Generic;

namespace DiffGen.Generator.Common
{
    /// <summary>
    /// A read-only view of an array whose <c>foreach</c> allocates nothing. Through
    /// <see cref="IReadOnlyList{T}"/> every loop over an array makes an enumerator object, and the
    /// generator loops over the operands of each node of each DAG many times a method.
    /// </summary>
    internal readonly struct ReadOnlyArray<T> : IReadOnlyList<T>
    {
        private readonly T[] items;

        public ReadOnlyArray(T[] items)
        {
            this.items = items;
        }

        public int Count => items.Length;

        public T this[int index] => items[index];

        public static implicit operator ReadOnlyArray<T>(T[] items) => new ReadOnlyArray<T>(items);

        public Enumerator GetEnumerator() => new Enumerator(items);

        IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)items).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => items.GetEnumerator();

        /// <summary>The items in order, as a value the loop keeps on the stack.</summary>
        public struct Enumerator
        {
            private readonly T[] items;
            private int index;

            internal Enumerator(T[] items)
            {
                this.items = items;
                index = -1;
            }

            public T Current => items[index];

            public bool MoveNext() => ++index < items.Length;
        }
    }
}
