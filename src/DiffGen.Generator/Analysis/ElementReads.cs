using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Analysis
{
    /// <summary>
    /// Where a statement reads elements of a floating-point array: the index of each element read, or null
    /// where it reads the array as a whole (an array argument of a call). The old value an accumulation
    /// <c>a[k] += e</c> adds to is not among them: the reverse sweep never needs it.
    /// </summary>
    internal static class ElementReads
    {
        public static List<Integer?> Of(Statement statement, string array)
        {
            var found = new List<Integer?>();
            foreach (object node in Roots(statement, array).SelectMany(ExpressionWalk.SelfAndDescendants))
            {
                switch (node)
                {
                    case ElementRead e when e.Array == array:
                        found.Add(e.Index);
                        break;
                    case CallArgument { Scalar: null } argument when argument.Array == array:
                        found.Add(null);
                        break;
                }
            }

            return found;
        }

        /// <summary>The expressions the statement evaluates itself (not those of nested statements), in the order the reads are listed.</summary>
        private static IEnumerable<object> Roots(Statement statement, string array) => statement switch
        {
            AssignElement write when write.Array == array && ProgramFacts.AccumulatedTerm(write) is (Value term, bool _) => new object[] { term, write.Index },
            AssignElement write => new object[] { write.Value, write.Index },
            DeclareScalar s => new object[] { s.Value },
            AssignScalar s => new object[] { s.Value },
            Return r => new object[] { r.Value },
            DeclareArray d => d.Elements.Cast<object>().Append(d.Length),
            DeclareInteger d => new object[] { d.Value },
            AssignInteger a => new object[] { a.Value },
            DeclareIntegerArray d => d.Elements,
            IfStatement b => new object[] { b.Test },
            Loop l => new object[] { l.Condition },
            _ => System.Array.Empty<object>(),
        };
    }
}
