using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Analysis
{
    /// <summary>
    /// The elements a counting loop reads at one index that it neither changes nor writes (<c>xc[i]</c> in a loop over
    /// <c>j</c>, GMM's triangle): generated code reads each once into a local before the loop, as a person writes
    /// <c>double xci = xc[i];</c>. Read in the loop, the element is loaded again after every store the loop makes (the JIT
    /// cannot tell that an adjoint span does not alias the array) and its bounds checked again.
    /// </summary>
    internal static class HeldElementReads
    {
        /// <summary>
        /// The arrays of <paramref name="arrays"/> such a loop reads at one element, with that element's index. The loop
        /// counts with its header and never leaves early, calls no method (a callee may write what it is given), and reads
        /// the element in a statement standing directly in its body, outside any <c>?:</c>: so wherever the loop runs, its
        /// first iteration reads the element, and reading it before the loop reads nothing the source does not.
        /// </summary>
        public static IReadOnlyList<(string Array, Integer Index)> Of(Loop loop, IEnumerable<string> arrays)
        {
            var found = new List<(string, Integer)>();
            var statements = ProgramFacts.All(loop.Body).ToList();
            if (loop.Counting == null || ProgramFacts.MayLeave(loop.Body) || statements.SelectMany(ProgramFacts.OwnValues).Any(ProgramFacts.CallsAMethod))
            {
                return found;
            }

            // The loop's test at its first index guards the read: it may read nothing the header declares.
            ISet<string> header = ProgramFacts.Declared(loop.Initializers);
            if (ProgramFacts.Reads(loop.Counting.From).Concat(ProgramFacts.Reads(loop.Counting.Bound)).Any(header.Contains))
            {
                return found;
            }

            ISet<string> changed = ProgramFacts.Assigned(loop.Body.Concat(loop.Steps));
            changed.UnionWith(header);
            changed.Add(loop.Counting.Index);
            foreach (string array in arrays)
            {
                if (statements.Any(s => s is AssignElement write && write.Array == array || s is DeclareArray declared && declared.Name == array))
                {
                    continue;
                }

                var indices = statements.SelectMany(s => ElementReads.Of(s, array)).ToList();
                if (indices.Count == 0 || !(indices[0] is Integer index) || !indices.All(i => index.Equals(i)) || ProgramFacts.Reads(index).Any(changed.Contains))
                {
                    continue;
                }

                var everyIteration = new List<ElementRead>();
                foreach (Statement statement in loop.Body.Where(s => s is DeclareScalar or AssignScalar or AssignElement))
                {
                    foreach (Value value in ProgramFacts.OwnValues(statement))
                    {
                        Unconditional(value, array, everyIteration);
                    }
                }

                if (everyIteration.Any(e => e.Cast.Length == 0))
                {
                    found.Add((array, index));
                }
            }

            return found;
        }

        /// <summary>The reads of <paramref name="array"/>'s elements in <paramref name="value"/> that evaluating it always makes (none under a <c>?:</c>).</summary>
        private static void Unconditional(Value value, string array, List<ElementRead> found)
        {
            switch (value)
            {
                case ElementRead e when e.Array == array:
                    found.Add(e);
                    break;
                case Negation n:
                    Unconditional(n.Operand, array, found);
                    break;
                case Arithmetic a:
                    Unconditional(a.Left, array, found);
                    Unconditional(a.Right, array, found);
                    break;
                case MathCall c:
                    foreach (Value argument in c.Arguments)
                    {
                        Unconditional(argument, array, found);
                    }

                    break;
            }
        }
    }
}
