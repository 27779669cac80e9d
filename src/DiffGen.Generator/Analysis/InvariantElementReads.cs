using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Analysis
{
    /// <summary>
    /// The arrays a loop reads at one element only: the same index in every read of every iteration, an index the loop
    /// does not change, and no write to the array in the loop (<c>xc[i]</c> in a loop over <c>j</c>, GMM's Qᵀz). The reverse
    /// sweep can sum that element's adjoint in a local and add it to the adjoint array once, after the loop, instead of
    /// adding to the array element at every iteration.
    /// </summary>
    internal static class InvariantElementReads
    {
        /// <param name="arrays">The arrays to consider (those that carry derivatives).</param>
        public static IReadOnlyList<(string Array, Integer Index)> Of(Loop loop, IEnumerable<string> arrays)
        {
            var statements = ProgramFacts.All(loop.Body).ToList();
            var found = new List<(string, Integer)>();

            // A call sends adjoints to what it is given its own way (through the callee's gradient).
            if (statements.SelectMany(ProgramFacts.OwnValues).Any(ProgramFacts.CallsAMethod))
            {
                return found;
            }

            ISet<string> changed = ProgramFacts.Assigned(loop.Body.Concat(loop.Steps));
            changed.UnionWith(ProgramFacts.Declared(loop.Initializers));
            if (loop.Counting != null)
            {
                changed.Add(loop.Counting.Index);
            }

            foreach (string array in arrays)
            {
                if (statements.Any(s => s is AssignElement write && write.Array == array || s is DeclareArray declared && declared.Name == array))
                {
                    continue;
                }

                var indices = statements.SelectMany(s => ElementReads.Of(s, array)).ToList();
                if (indices.Count > 0 && indices[0] is Integer index && indices.All(i => index.Equals(i)) && !ProgramFacts.Reads(index).Any(changed.Contains))
                {
                    found.Add((array, index));
                }
            }

            return found;
        }
    }
}
