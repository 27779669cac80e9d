using System;
using System.Collections.Generic;

namespace DiffGen.Generator.Symbolic
{
    /// <summary>
    /// The bases of a product being built with their exponents (or the terms of a sum with their
    /// coefficients), in the order each first appears. An entry whose weight becomes 0 stays, in its
    /// place, until the node is made. Lookups scan the few entries a node usually has; past
    /// <see cref="IndexedFrom"/> entries they go through a dictionary.
    /// </summary>
    internal sealed class WeightedBases
    {
        private const int IndexedFrom = 16;

        // Room for the two to four operands most nodes have: one is made per product or sum built, found or not.
        private Expr[] bases = new Expr[4];
        private double[] weights = new double[4];
        private Dictionary<Expr, int>? index;

        public int Count { get; private set; }

        public Expr BaseAt(int i) => bases[i];

        public double WeightAt(int i) => weights[i];

        /// <summary>The weight of an entry the list has.</summary>
        public double this[Expr e]
        {
            get => weights[IndexOfExisting(e)];
            set => weights[IndexOfExisting(e)] = value;
        }

        public bool TryGetValue(Expr e, out double weight)
        {
            int i = IndexOf(e);
            weight = i >= 0 ? weights[i] : 0;
            return i >= 0;
        }

        /// <summary>Adds <paramref name="weight"/> to the entry for <paramref name="e"/>, appending one if there is none.</summary>
        public void Add(Expr e, double weight)
        {
            int i = IndexOf(e);
            if (i >= 0)
            {
                weights[i] += weight;
                return;
            }

            if (Count == bases.Length)
            {
                Array.Resize(ref bases, Count * 2);
                Array.Resize(ref weights, Count * 2);
            }

            bases[Count] = e;
            weights[Count] = weight;
            index?.Add(e, Count);
            Count++;
            if (index == null && Count > IndexedFrom)
            {
                index = new Dictionary<Expr, int>();
                for (int k = 0; k < Count; k++)
                {
                    index.Add(bases[k], k);
                }
            }
        }

        /// <summary>How many entries have a weight other than 0.</summary>
        public int NonZeroCount()
        {
            int n = 0;
            for (int i = 0; i < Count; i++)
            {
                n += weights[i] != 0 ? 1 : 0;
            }

            return n;
        }

        private int IndexOf(Expr e)
        {
            if (index != null)
            {
                return index.TryGetValue(e, out int found) ? found : -1;
            }

            for (int i = 0; i < Count; i++)
            {
                if (ReferenceEquals(bases[i], e))
                {
                    return i;
                }
            }

            return -1;
        }

        private int IndexOfExisting(Expr e)
        {
            int i = IndexOf(e);
            if (i < 0)
            {
                throw new InvalidOperationException("No entry for node " + e.Id + ".");
            }

            return i;
        }
    }
}
