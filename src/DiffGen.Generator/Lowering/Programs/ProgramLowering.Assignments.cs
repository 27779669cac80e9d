using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DiffGen.Generator.Lowering.Programs
{
    /// <content>Where the body assigns its locals and parameters: read by the parameter copies and the held tests.</content>
    internal sealed partial class ProgramLowering
    {
        /// <summary>Where the body assigns each local and parameter (their declarations aside), found once, before it is lowered.</summary>
        private Dictionary<ISymbol, List<IOperation>> assignments = new Dictionary<ISymbol, List<IOperation>>(SymbolEqualityComparer.Default);

        /// <summary>Each local and parameter the body assigns (<c>=</c>, compound, <c>++</c>), with where.</summary>
        private static Dictionary<ISymbol, List<IOperation>> AssignmentsIn(IOperation body)
        {
            var found = new Dictionary<ISymbol, List<IOperation>>(SymbolEqualityComparer.Default);
            foreach (IOperation operation in body.Descendants())
            {
                ISymbol? target = operation switch
                {
                    IAssignmentOperation assignment => Target(assignment.Target),
                    IIncrementOrDecrementOperation step => Target(step.Target),
                    _ => null,
                };
                if (target != null)
                {
                    if (!found.TryGetValue(target, out List<IOperation>? list))
                    {
                        list = new List<IOperation>();
                        found.Add(target, list);
                    }

                    list.Add(operation);
                }
            }

            return found;
        }

        private static ISymbol? Target(IOperation target) => target switch
        {
            ILocalReferenceOperation local => local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            _ => null,
        };
    }
}
