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
    /// holds them: both made with the same length from values nothing assigns afterwards (or one with the other's length,
    /// <c>new double[u.Length]</c>), neither assigned anywhere else, and the temporary read nowhere else.
    /// </content>
    internal sealed partial class ProgramLowering
    {
        /// <summary>The arrays the foreach loops being lowered walk: C# walks the array it started with, whatever the local holds later.</summary>
        private readonly List<string> walkedArrays = new List<string>();

        /// <summary>The length each local array of floating-point values was made with, and the symbols that length reads.</summary>
        private readonly Dictionary<ILocalSymbol, (Integer Length, ISymbol[] Reads)> arrayLengths = new Dictionary<ILocalSymbol, (Integer, ISymbol[])>(SymbolEqualityComparer.Default);

        /// <summary>Records how a local array is made, for <see cref="SwapsArrays"/>.</summary>
        private void RememberLength(ILocalSymbol array, Integer length, IOperation initializer) =>
            arrayLengths[array] = (length, initializer.DescendantsAndSelf().Select(VariableOf).Where(s => s != null).Select(s => s!).ToArray());

        /// <summary>
        /// <c>double[] tmp = u; u = next; next = tmp;</c> at <paramref name="at"/> in the block: lowered as the loop that exchanges
        /// the elements. Returns the number of statements it took (0 when they are not such a swap).
        /// </summary>
        private int TryLowerArraySwapStatements(IBlockOperation block, int at, List<Statement> into)
        {
            if (!(TemporarySwap(block, at) is (ILocalSymbol a, ILocalSymbol b)) || !SwapsArrays(a, b))
            {
                return 0;
            }

            Swap(a, b, into);
            return 3;
        }

        /// <summary>
        /// The two locals of <c>T tmp = a; a = b; b = tmp;</c> starting at <paramref name="at"/> in the block, the temporary
        /// read nowhere else in it; null for other statements.
        /// </summary>
        private static (ILocalSymbol A, ILocalSymbol B)? TemporarySwap(IBlockOperation block, int at)
        {
            if (at + 2 >= block.Operations.Length
                || !(block.Operations[at] is IVariableDeclarationGroupOperation group) || group.Declarations.Length != 1 || group.Declarations[0].Declarators.Length != 1
                || !(group.Declarations[0].Declarators[0] is { Initializer.Value: var first } declarator)
                || !(WithoutConversions(first) is ILocalReferenceOperation { Local: var a })
                || !(block.Operations[at + 1] is IExpressionStatementOperation { Operation: ISimpleAssignmentOperation { Target: ILocalReferenceOperation { Local: var target1 }, Value: var second } })
                || !(WithoutConversions(second) is ILocalReferenceOperation { Local: var b })
                || !(block.Operations[at + 2] is IExpressionStatementOperation { Operation: ISimpleAssignmentOperation { Target: ILocalReferenceOperation { Local: var target2 }, Value: var third } })
                || !(WithoutConversions(third) is ILocalReferenceOperation { Local: var read })
                || !SymbolEqualityComparer.Default.Equals(target1, a) || !SymbolEqualityComparer.Default.Equals(target2, b) || !SymbolEqualityComparer.Default.Equals(read, declarator.Symbol)
                || RoslynNames.FloatingElementType(a.Type) == null
                || block.Descendants().OfType<ILocalReferenceOperation>().Count(r => SymbolEqualityComparer.Default.Equals(r.Local, declarator.Symbol)) != 1)
            {
                return null;
            }

            return (a, b);
        }

        /// <summary>
        /// <c>(u, next) = (next, u);</c> lowered as the loop that exchanges the elements; a deconstruction into arrays that is not
        /// such a swap is reported (DIFF015). False when the deconstruction assigns no array.
        /// </summary>
        private bool TryLowerArraySwap(IDeconstructionAssignmentOperation deconstruction, List<Statement> into)
        {
            if (!AssignsArrays(deconstruction))
            {
                return false;
            }

            if (!(TupleSwap(deconstruction) is (ILocalSymbol a, ILocalSymbol b)) || !SwapsArrays(a, b))
            {
                Report(deconstruction, "The assignment of arrays in '" + deconstruction.Syntax + "'", SwapAdvice, Diagnostics.DiagnosticDescriptors.NotSupportedYet);
                return true;
            }

            Swap(a, b, into);
            return true;
        }

        private const string SwapAdvice = "two local arrays are swapped ((u, next) = (next, u); or double[] tmp = u; u = next; next = tmp;) as an exchange of their elements, where both are made with new and the same length from values nothing assigns afterwards (or one with the other's, new double[u.Length]), every other assignment of them is such a swap, and no foreach walks them; otherwise copy the elements with a loop (u[i] = next[i];)";

        /// <summary>Whether a deconstruction assigns an array (<c>(u, next) = (next, u);</c>): a swap, or DIFF015.</summary>
        private static bool AssignsArrays(IDeconstructionAssignmentOperation deconstruction) =>
            deconstruction.Target is ITupleOperation targets && targets.Elements.Any(e => e.Type != null && RoslynNames.FloatingElementType(e.Type) != null);

        /// <summary>The two locals of <c>(a, b) = (b, a);</c>; null for any other deconstruction.</summary>
        private static (ILocalSymbol A, ILocalSymbol B)? TupleSwap(IDeconstructionAssignmentOperation deconstruction) =>
            deconstruction.Target is ITupleOperation { Elements.Length: 2 } targets
            && targets.Elements[0] is ILocalReferenceOperation { Local: var a } && targets.Elements[1] is ILocalReferenceOperation { Local: var b }
            && WithoutConversions(deconstruction.Value) is ITupleOperation { Elements.Length: 2 } values
            && WithoutConversions(values.Elements[0]) is ILocalReferenceOperation { Local: var first } && WithoutConversions(values.Elements[1]) is ILocalReferenceOperation { Local: var second }
            && SymbolEqualityComparer.Default.Equals(first, b) && SymbolEqualityComparer.Default.Equals(second, a)
                ? (a, b)
                : null;

        /// <summary>
        /// Whether <paramref name="a"/> and <paramref name="b"/> are local arrays made with one length from values nothing assigns
        /// afterwards, every assignment of each a swap of two local arrays (so that no local ever holds another's array), and
        /// neither walked by a foreach around the swap.
        /// </summary>
        private bool SwapsArrays(ILocalSymbol a, ILocalSymbol b) =>
            !SymbolEqualityComparer.Default.Equals(a, b)
            && arrayLengths.TryGetValue(a, out var aMade) && arrayLengths.TryGetValue(b, out var bMade)
            && (MadeAlike(aMade, bMade) || MadeWithTheLengthOf(bMade, a, aMade) || MadeWithTheLengthOf(aMade, b, bMade))
            && AssignedBySwapsOnly(a) && AssignedBySwapsOnly(b)
            && !walkedArrays.Contains(names[a]) && !walkedArrays.Contains(names[b]);

        /// <summary>Both made with one length from values nothing assigns afterwards.</summary>
        private bool MadeAlike((Integer Length, ISymbol[] Reads) first, (Integer Length, ISymbol[] Reads) second) =>
            first.Length.Equals(second.Length) && first.Reads.Concat(second.Reads).All(s => !assignments.ContainsKey(s));

        /// <summary>
        /// <c>double[] next = new double[u.Length];</c>: made with the length of its partner <paramref name="other"/>, itself made
        /// from values nothing assigns afterwards; the swaps, the partner's only assignments, keep both lengths.
        /// </summary>
        private bool MadeWithTheLengthOf((Integer Length, ISymbol[] Reads) made, ILocalSymbol other, (Integer Length, ISymbol[] Reads) otherMade) =>
            made.Length.Equals(new LengthOf(names[other])) && made.Reads.All(s => SymbolEqualityComparer.Default.Equals(s, other))
            && otherMade.Reads.All(s => !assignments.ContainsKey(s));

        /// <summary>Whether every assignment of the local (declarations aside) is part of a swap of two local arrays.</summary>
        private bool AssignedBySwapsOnly(ILocalSymbol local) =>
            !assignments.TryGetValue(local, out List<IOperation>? where) || where.All(IsPartOfSwap);

        /// <summary>Whether the assignment is <c>(a, b) = (b, a);</c>, or the second or third statement of <c>T tmp = a; a = b; b = tmp;</c>.</summary>
        private static bool IsPartOfSwap(IOperation assignment)
        {
            if (assignment is IDeconstructionAssignmentOperation deconstruction)
            {
                return TupleSwap(deconstruction) != null;
            }

            if (!(assignment.Parent is IExpressionStatementOperation statement) || !(statement.Parent is IBlockOperation block))
            {
                return false;
            }

            int at = block.Operations.IndexOf(statement);
            return (at >= 1 && TemporarySwap(block, at - 1) != null) || (at >= 2 && TemporarySwap(block, at - 2) != null);
        }

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
    }
}
