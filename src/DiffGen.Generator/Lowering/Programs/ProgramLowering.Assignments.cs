using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DiffGen.Generator.Lowering.Programs
{
    /// <content>Where the body assigns its locals and parameters, and which locals it reads: for the parameter copies and the held tests.</content>
    internal sealed partial class ProgramLowering
    {
        /// <summary>Where the body assigns each local and parameter (their declarations aside), found once, before it is lowered.</summary>
        private Dictionary<ISymbol, List<IOperation>> assignments = new Dictionary<ISymbol, List<IOperation>>(SymbolEqualityComparer.Default);

        /// <summary>The locals the body reads (a plain assignment's target is not a read), found in the same walk.</summary>
        private HashSet<ISymbol> readLocals = new HashSet<ISymbol>(SymbolEqualityComparer.Default);

        /// <summary>Each local and parameter the body assigns (<c>=</c>, compound, <c>++</c>), with where; and into <paramref name="reads"/>, each local it reads.</summary>
        private static Dictionary<ISymbol, List<IOperation>> AssignmentsIn(IOperation body, HashSet<ISymbol> reads)
        {
            var found = new Dictionary<ISymbol, List<IOperation>>(SymbolEqualityComparer.Default);
            foreach (IOperation operation in body.Descendants())
            {
                if (operation is ILocalReferenceOperation local && !(operation.Parent is ISimpleAssignmentOperation plain && plain.Target == operation))
                {
                    reads.Add(local.Local);
                }

                IEnumerable<ISymbol?> targets = operation switch
                {
                    // (x, v) = (...): each element of the tuple on the left (a declaration there declares, it does not assign).
                    IDeconstructionAssignmentOperation deconstruction => deconstruction.Target is ITupleOperation tuple ? tuple.Elements.Select(VariableOf) : new ISymbol?[0],
                    IAssignmentOperation assignment => new[] { VariableOf(assignment.Target) },
                    IIncrementOrDecrementOperation step => new[] { VariableOf(step.Target) },
                    _ => new ISymbol?[0],
                };
                foreach (ISymbol? target in targets.Where(t => t != null))
                {
                    if (!found.TryGetValue(target!, out List<IOperation>? list))
                    {
                        list = new List<IOperation>();
                        found.Add(target!, list);
                    }

                    list.Add(operation);
                }
            }

            return found;
        }

        /// <summary>The local or parameter an operation names (not a local's declaration); null for anything else.</summary>
        private static ISymbol? VariableOf(IOperation target) => target switch
        {
            ILocalReferenceOperation { IsDeclaration: false } local => local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            _ => null,
        };
    }
}
