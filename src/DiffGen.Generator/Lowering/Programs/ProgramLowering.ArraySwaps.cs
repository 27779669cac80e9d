using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Common;
using DiffGen.Generator.Ir;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DiffGen.Generator.Lowering.Programs
{
    /// <content>
    /// Two local arrays swapped, a double buffer's step (<c>double[] tmp = u; u = next; next = tmp;</c>, or
    /// <c>(u, next) = (next, u);</c>): the sweeps know each local array as one buffer, so the swap is read as what it does
    /// to the elements, a loop that exchanges them. That is the same only where the two have one length and nothing else
    /// holds them: both made with the same length from values nothing assigns afterwards, neither assigned anywhere else,
    /// and the temporary read nowhere else.
    /// </content>
    internal sealed partial class ProgramLowering
    {
        /// <summary>The length each local array of floating-point values was made with, and the symbols that length reads.</summary>
        private readonly Dictionary<ILocalSymbol, (Integer Length, ISymbol[] Reads)> arrayLengths = new Dictionary<ILocalSymbol, (Integer, ISymbol[])>(SymbolEqualityComparer.Default);

        /// <summary>Records how a local array is made, for <see cref="SwapsArrays"/>.</summary>
        private void RememberLength(ILocalSymbol array, Integer length, IOperation initializer) =>
            arrayLengths[array] = (length, initializer.DescendantsAndSelf().Select(ReadSymbol).Where(s => s != null).Select(s => s!).ToArray());

        /// <summary>
        /// <c>double[] tmp = u; u = next; next = tmp;</c> at <paramref name="at"/> in the block: lowered as the loop that exchanges
        /// the elements. Returns the number of statements it took (0 when they are not such a swap).
        /// </summary>
        private int TryLowerArraySwapStatements(IBlockOperation block, int at, List<Statement> into)
        {
            if (at + 2 >= block.Operations.Length
                || !(block.Operations[at] is IVariableDeclarationGroupOperation group) || group.Declarations.Length != 1 || group.Declarations[0].Declarators.Length != 1
                || !(group.Declarations[0].Declarators[0] is { Initializer.Value: var first } declarator)
                || !(Unconverted(first) is ILocalReferenceOperation { Local: var a })
                || !(block.Operations[at + 1] is IExpressionStatementOperation { Operation: ISimpleAssignmentOperation { Target: ILocalReferenceOperation { Local: var target1 }, Value: var second } assign1 })
                || !(Unconverted(second) is ILocalReferenceOperation { Local: var b })
                || !(block.Operations[at + 2] is IExpressionStatementOperation { Operation: ISimpleAssignmentOperation { Target: ILocalReferenceOperation { Local: var target2 }, Value: var third } assign2 })
                || !(Unconverted(third) is ILocalReferenceOperation { Local: var read })
                || !SymbolEqualityComparer.Default.Equals(target1, a) || !SymbolEqualityComparer.Default.Equals(target2, b) || !SymbolEqualityComparer.Default.Equals(read, declarator.Symbol)
                || block.Descendants().OfType<ILocalReferenceOperation>().Count(r => SymbolEqualityComparer.Default.Equals(r.Local, declarator.Symbol)) != 1
                || !SwapsArrays(a, b, new IOperation[] { assign1 }, new IOperation[] { assign2 }))
            {
                return 0;
            }

            Swap(a, b, into);
            return 3;
        }

        /// <summary><c>(u, next) = (next, u);</c> lowered as the loop that exchanges the elements; false when it is not such a swap.</summary>
        private bool TryLowerArraySwap(IDeconstructionAssignmentOperation deconstruction, List<Statement> into)
        {
            if (!(deconstruction.Target is ITupleOperation { Elements.Length: 2 } targets)
                || !(targets.Elements[0] is ILocalReferenceOperation { Local: var a }) || !(targets.Elements[1] is ILocalReferenceOperation { Local: var b })
                || !(Unconverted(deconstruction.Value) is ITupleOperation { Elements.Length: 2 } values)
                || !(Unconverted(values.Elements[0]) is ILocalReferenceOperation { Local: var firstLocal }) || !(Unconverted(values.Elements[1]) is ILocalReferenceOperation { Local: var secondLocal })
                || !SymbolEqualityComparer.Default.Equals(firstLocal, b) || !SymbolEqualityComparer.Default.Equals(secondLocal, a)
                || !SwapsArrays(a, b, new IOperation[] { deconstruction }, new IOperation[] { deconstruction }))
            {
                return false;
            }

            Swap(a, b, into);
            return true;
        }

        /// <summary>
        /// Whether <paramref name="a"/> and <paramref name="b"/> are local arrays made with one length from values nothing assigns
        /// afterwards, each assigned only by the swap (<paramref name="aAssigned"/>, <paramref name="bAssigned"/>).
        /// </summary>
        private bool SwapsArrays(ILocalSymbol a, ILocalSymbol b, IOperation[] aAssigned, IOperation[] bAssigned) =>
            !SymbolEqualityComparer.Default.Equals(a, b)
            && arrayLengths.TryGetValue(a, out var aMade) && arrayLengths.TryGetValue(b, out var bMade) && aMade.Length.Equals(bMade.Length)
            && aMade.Reads.Concat(bMade.Reads).All(s => !assignments.ContainsKey(s))
            && AssignedOnlyBy(a, aAssigned) && AssignedOnlyBy(b, bAssigned);

        private bool AssignedOnlyBy(ILocalSymbol local, IOperation[] by) =>
            !assignments.TryGetValue(local, out List<IOperation>? where) || where.All(o => by.Contains(o));

        /// <summary><c>for (int k = 0; k &lt; a.Length; k++) { double swapped = a[k]; a[k] = b[k]; b[k] = swapped; }</c>.</summary>
        private void Swap(ILocalSymbol a, ILocalSymbol b, List<Statement> into)
        {
            string first = names[a];
            string second = names[b];
            string index = Fresh(VariableKind.Integer, "k");
            string swapped = Fresh(VariableKind.Scalar, "swapped");
            into.Add(CountingUp(index, new LengthOf(first), EquatableArray.Of<Statement>(
                new DeclareScalar(swapped, new ElementRead(first, new IntegerRead(index))),
                new AssignElement(first, new IntegerRead(index), new ElementRead(second, new IntegerRead(index))),
                new AssignElement(second, new IntegerRead(index), new Read(swapped)))));
        }

        private static IOperation Unconverted(IOperation operation)
        {
            while (operation is IConversionOperation { OperatorMethod: null } conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
        }

        private static ISymbol? ReadSymbol(IOperation operation) => operation switch
        {
            ILocalReferenceOperation local => local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            _ => null,
        };
    }
}
