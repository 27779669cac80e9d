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
        /// So is a parameter of the other floating-point type: a <c>float</c> one of a <c>double</c> method (<c>double p2 = p;</c>,
        /// exact; read bare, it widens in the source beside a <c>double</c>, but the generated code may put it beside an integer,
        /// <c>10 * p</c> for <c>p * (b * 10)</c>, which C# computes in <c>float</c>), and a <c>double</c> one of a <c>float</c>
        /// method (<c>float q2 = (float)q;</c>, as the source converts it; read bare, it made <c>float</c> locals of <c>double</c>
        /// values, CS0266).
        /// </summary>
        private void CopyAssignedParameters(List<Statement> into)
        {
            if (loopFree)
            {
                return;
            }

            var assigned = method.Parameters
                .Where(p => RoslynNames.IsFloatingPoint(p.Type) && names.ContainsKey(p) && (assignments.ContainsKey(p) || OfTheOtherType(p)))
                .OrderBy(p => p.Ordinal);
            foreach (IParameterSymbol parameter in assigned)
            {
                string copy = Fresh(VariableKind.Scalar, names[parameter]);
                string cast = OfTheOtherType(parameter) && method.ReturnType.SpecialType == SpecialType.System_Single ? "float" : string.Empty;
                var declaration = new DeclareScalar(copy, new Read(names[parameter], cast));
                locations[declaration] = parameter.Locations.FirstOrDefault() ?? Location.None;
                into.Add(declaration);
                names[parameter] = copy;
                copiedParameters.Add(parameter);
            }
        }

        /// <summary>A <c>float</c> parameter of a <c>double</c> method, or a <c>double</c> one of a <c>float</c> method.</summary>
        private bool OfTheOtherType(IParameterSymbol parameter) =>
            RoslynNames.IsFloatingPoint(parameter.Type) && !SymbolEqualityComparer.Default.Equals(parameter.Type, method.ReturnType);
    }
}
