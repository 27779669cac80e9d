using System;
using System.Collections.Generic;
using System.Linq;

namespace DiffGen.Generator.Emit
{
    /// <summary>The statements of a block read each other in a cycle: the layout has no order to write them in.</summary>
    internal sealed class StatementCycleException : InvalidOperationException
    {
        public StatementCycleException()
            : base("The generated statements depend on each other in a cycle.")
        {
        }
    }

    /// <summary>Orders the items of one block so that each comes after the items it reads, and otherwise in the order of their keys.</summary>
    internal static class DependencyOrder
    {
        /// <summary>
        /// The items, each after those it needs; among items free to go, the one with the smallest key first
        /// (a topological sort that keeps the keys' order wherever the reads allow it).
        /// </summary>
        /// <param name="needsOf">The items of <paramref name="items"/> that an item reads; the item itself and repeats are ignored.</param>
        /// <param name="keyOf">The preferred position of an item; distinct keys make the order deterministic.</param>
        public static IEnumerable<object> Sort(List<object> items, Func<object, IEnumerable<object>> needsOf, Func<object, (int, int)> keyOf)
        {
            var dependencies = new Dictionary<object, HashSet<object>>();
            var dependents = new Dictionary<object, List<object>>();
            foreach (object item in items)
            {
                dependents[item] = new List<object>();
            }

            foreach (object item in items)
            {
                var needs = new HashSet<object>();
                foreach (object at in needsOf(item))
                {
                    if (!ReferenceEquals(at, item) && needs.Add(at))
                    {
                        dependents[at].Add(item);
                    }
                }

                dependencies[item] = needs;
            }

            var keys = new Dictionary<object, (int, int)>(items.Count);
            foreach (object item in items)
            {
                keys.Add(item, keyOf(item));
            }

            // When everything an item reads comes before it in the order, the order is the answer.
            bool ordered = true;
            foreach (object item in items)
            {
                foreach (object needed in dependencies[item])
                {
                    ordered &= keys[needed].CompareTo(keys[item]) < 0;
                }
            }

            if (ordered)
            {
                var byKey = new List<object>(items);
                byKey.Sort((a, b) => keys[a].CompareTo(keys[b]));
                bool distinct = true;
                for (int i = 1; i < byKey.Count; i++)
                {
                    distinct &= keys[byKey[i - 1]].CompareTo(keys[byKey[i]]) < 0;
                }

                if (distinct)
                {
                    return byKey;
                }
            }

            var ready = new SortedSet<object>(Comparer<object>.Create((a, b) => keys[a].CompareTo(keys[b])));
            foreach (object item in items.Where(i => dependencies[i].Count == 0))
            {
                ready.Add(item);
            }

            var sorted = new List<object>();
            while (ready.Count > 0)
            {
                object next = ready.Min!;
                ready.Remove(next);
                sorted.Add(next);
                foreach (object dependent in dependents[next])
                {
                    if (dependencies[dependent].Remove(next) && dependencies[dependent].Count == 0)
                    {
                        ready.Add(dependent);
                    }
                }
            }

            if (sorted.Count != items.Count)
            {
                throw new StatementCycleException();
            }

            return sorted;
        }
    }
}
