using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DiffGen.Generator.Lowering.Programs
{
    /// <content>
    /// Locals a loop-free method declares with a number and never changes (<c>double epsilon = 1e-12;</c>, <c>double m = 1.0;</c>):
    /// read as the const locals they could be, so that every generated member keeps their name (<c>1 - p + epsilon</c>, not
    /// <c>1.000000000001 - p</c>; <c>0.5 * m * v * v</c>, not <c>0.5 * 1 * v * v</c>) and declares them again, <c>const</c>.
    /// </content>
    internal sealed partial class ProgramLowering
    {
        /// <summary>Each such local, with its number.</summary>
        private Dictionary<ILocalSymbol, double> unchangedLocals = new Dictionary<ILocalSymbol, double>(SymbolEqualityComparer.Default);

        /// <summary>
        /// The floating-point locals of the method's own type declared with a literal (<c>1e-12</c>, <c>-0.5</c>, <c>1</c>), one
        /// declarator each and no assignment afterwards (<see cref="assignments"/>: <c>=</c>, compound, <c>++</c>); only in a
        /// loop-free method, whose locals are values rather than variables a sweep keeps.
        /// </summary>
        private Dictionary<ILocalSymbol, double> UnchangedLocalsIn(IOperation body)
        {
            var found = new Dictionary<ILocalSymbol, double>(SymbolEqualityComparer.Default);
            if (!loopFree)
            {
                return found;
            }

            List<IVariableDeclaratorOperation> declarators = body.Descendants().OfType<IVariableDeclaratorOperation>().ToList();
            foreach (IVariableDeclaratorOperation declarator in declarators)
            {
                ILocalSymbol local = declarator.Symbol;
                if (local.IsConst || local.IsRef || assignments.ContainsKey(local) || !SymbolEqualityComparer.Default.Equals(local.Type, method.ReturnType)
                    || declarators.Count(d => d.Symbol.Name == local.Name) != 1
                    || !(declarator.GetVariableInitializer()?.Value is IOperation initializer) || !IsLiteral(initializer)
                    || !initializer.ConstantValue.HasValue || !(OperationFacts.Number(initializer.ConstantValue.Value) is double constant))
                {
                    continue;
                }

                found.Add(local, constant);
            }

            return found;
        }

        /// <summary>A number as written: a literal, with a sign or a conversion to the local's type (<c>double m = 1;</c>).</summary>
        private static bool IsLiteral(IOperation e) => e switch
        {
            ILiteralOperation => true,
            IConversionOperation { OperatorMethod: null } c => IsLiteral(c.Operand),
            IUnaryOperation { OperatorMethod: null, OperatorKind: UnaryOperatorKind.Minus or UnaryOperatorKind.Plus } u => IsLiteral(u.Operand),
            _ => false,
        };
    }
}
