using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Ir;
using Microsoft.CodeAnalysis;

namespace DiffGen.Generator.Lowering.Programs
{
    /// <content>Parameters a method with loops or arrays assigns, read and written through a local copy.</content>
    internal sealed partial class ProgramLowering
    {
        /// <summary>The parameters the body assigns, read and written through a local copy (<see cref="CopyAssignedParameters"/>).</summary>
        private readonly HashSet<IParameterSymbol> copiedParameters = new HashSet<IParameterSymbol>(SymbolEqualityComparer.Default);

        /// <summary>
        /// A floating-point parameter the body assigns (<c>x = 1.5;</c>, <c>lr *= 0.9;</c>) is read and written through a local
        /// copy made first (<c>double x2 = x;</c>), as a student would write it: the parameter keeps the value the method was
        /// called with, and its derivative flows back through the copy. (A loop-free body follows values instead.)
        /// So is a <c>float</c> parameter of a <c>double</c> method (<c>double p2 = p;</c>, exact): read bare, it widens in the
        /// source beside a <c>double</c>, but the generated code may put it beside an integer (<c>10 * p</c> for
        /// <c>p * (b * 10)</c>), which C# computes in <c>float</c>.
        /// </summary>
        private void CopyAssignedParameters(List<Statement> into)
        {
            if (loopFree)
            {
                return;
            }

            var assigned = method.Parameters
                .Where(p => RoslynNames.IsFloatingPoint(p.Type) && names.ContainsKey(p) && (assignments.ContainsKey(p) || Widened(p)))
                .OrderBy(p => p.Ordinal);
            foreach (IParameterSymbol parameter in assigned)
            {
                string copy = Fresh(VariableKind.Scalar, names[parameter]);
                var declaration = new DeclareScalar(copy, new Read(names[parameter]));
                locations[declaration] = parameter.Locations.FirstOrDefault() ?? Location.None;
                into.Add(declaration);
                names[parameter] = copy;
                copiedParameters.Add(parameter);
            }
        }

        /// <summary>A <c>float</c> parameter of a <c>double</c> method.</summary>
        private bool Widened(IParameterSymbol parameter) =>
            parameter.Type.SpecialType == SpecialType.System_Single && method.ReturnType.SpecialType == SpecialType.System_Double;
    }
}
