using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Common;
using DiffGen.Generator.Ir;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DiffGen.Generator.Lowering.Programs
{
    /// <content>
    /// The library's ways to copy and fill arrays, read as the loops they are: a local made as a copy
    /// (<c>(double[])x0.Clone()</c>, <c>[.. x0]</c>), <c>Array.Copy(src, dst, n)</c> (and with indices, and <c>src.CopyTo(dst, j)</c>), and
    /// <c>Array.Fill(u, v)</c> (and over a range). Each becomes a counting loop of element writes, differentiated as one
    /// written out would be; a simulation's or an optimizer's state starts so before it is updated in place.
    /// </content>
    internal sealed partial class ProgramLowering
    {
        /// <summary>
        /// The array a local's initializer copies whole: <c>(double[])x0.Clone()</c> or <c>[.. x0]</c> of a parameter or local
        /// array of the same element type; null for another initializer.
        /// </summary>
        private string? CopiedArray(IOperation initializer)
        {
            IOperation? source = WithoutConversions(initializer) switch
            {
                IInvocationOperation { TargetMethod.Name: "Clone", Arguments.Length: 0, Instance: { } instance } => instance,
                ICollectionExpressionOperation { Elements.Length: 1 } collection when collection.Elements[0] is ISpreadOperation spread => spread.Operand,
                _ => null,
            };
            return source != null && SymbolEqualityComparer.Default.Equals(RoslynNames.FloatingElementType(source.Type!), RoslynNames.FloatingElementType(initializer.Type!)) && WholeArray(source) is string name ? name : null;
        }

        /// <summary>A parameter or local array of floating-point values (by its name in the program), not a field or a span made on the spot.</summary>
        private string? WholeArray(IOperation array) =>
            ArrayName(array) is string name && variables.TryGetValue(name, out ProgramVariable? variable) && variable.Kind == VariableKind.Array ? name : null;

        /// <summary><c>double[] a = (double[])x0.Clone();</c>: <c>double[] a = new double[x0.Length];</c> and a loop copying x0 into it.</summary>
        private void LowerCopiedArray(ILocalSymbol local, string source, IOperation initializer, List<Statement> into)
        {
            string array = Declare(local, VariableKind.Array);
            Integer length = new LengthOf(source);
            into.Add(new DeclareArray(array, length, false));
            RememberLength(local, length, initializer);
            into.Add(CopyLoop(source, new IntegerNumber(0), array, new IntegerNumber(0), length));
        }

        /// <summary>
        /// <c>Array.Copy(src, dst, n)</c>, <c>Array.Copy(src, i, dst, j, n)</c>, <c>src.CopyTo(dst, j)</c>, <c>Array.Fill(u, v)</c>
        /// or <c>Array.Fill(u, v, start, count)</c> into a local array: the loop it runs; false for another call.
        /// </summary>
        private bool TryLowerArrayLibraryCall(IInvocationOperation call, List<Statement> into)
        {
            if (call.TargetMethod.ContainingType?.ToDisplayString() != "System.Array")
            {
                return false;
            }

            IOperation[] arguments = call.Arguments.OrderBy(a => a.Parameter?.Ordinal ?? 0).Select(a => a.Value).ToArray();
            if (call.Instance != null)
            {
                // x.CopyTo(u, j): Array.Copy(x, 0, u, j, x.Length).
                if (call.TargetMethod.Name == "CopyTo" && arguments.Length == 2 && WholeArray(call.Instance) is string source && LocalArrayName(arguments[0]) is string target
                    && source != target && NonNegativeConstant(arguments[1]) != null)
                {
                    into.Add(CopyLoop(source, new IntegerNumber(0), target, LowerInteger(arguments[1]), new LengthOf(source)));
                    return true;
                }

                return false;
            }

            if (!ThrowsWhereTheLoopDoes(call.TargetMethod.Name, arguments))
            {
                return false;
            }

            switch (call.TargetMethod.Name, arguments.Length)
            {
                case ("Copy", 3) when WholeArray(arguments[0]) is string from && LocalArrayName(arguments[1]) is string to && from != to:
                    into.Add(CopyLoop(from, new IntegerNumber(0), to, new IntegerNumber(0), LowerInteger(arguments[2])));
                    return true;
                case ("Copy", 5) when WholeArray(arguments[0]) is string from && LocalArrayName(arguments[2]) is string to && from != to:
                    into.Add(CopyLoop(from, LowerInteger(arguments[1]), to, LowerInteger(arguments[3]), LowerInteger(arguments[4])));
                    return true;
                case ("Fill", 2) when LocalArrayName(arguments[0]) is string filled:
                    FillLoop(filled, arguments[1], new IntegerNumber(0), new LengthOf(filled), into);
                    return true;
                case ("Fill", 4) when LocalArrayName(arguments[0]) is string filled:
                    FillLoop(filled, arguments[1], LowerInteger(arguments[2]), LowerInteger(arguments[3]), into);
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>
        /// Whether the loop throws wherever the call does: Array.Copy and Array.Fill check their indices and count first (a
        /// negative count, a start past the end with nothing to copy), which a loop of no iteration would not. Counts that are
        /// lengths, or constants, and starts that are constants at or above 0 leave only the checks a loop's own element
        /// accesses make (IndexOutOfRangeException where the call throws ArgumentException); anything else stays DIFF014.
        /// </summary>
        private static bool ThrowsWhereTheLoopDoes(string name, IOperation[] arguments)
        {
            (IOperation[] starts, IOperation? count) = (name, arguments.Length) switch
            {
                ("Copy", 3) => (System.Array.Empty<IOperation>(), arguments[2]),
                ("Copy", 5) => (new[] { arguments[1], arguments[3] }, arguments[4]),
                ("Fill", 4) => (new[] { arguments[2] }, arguments[3]),
                _ => (System.Array.Empty<IOperation>(), (IOperation?)null),
            };
            bool emptyCount = count != null && NonNegativeConstant(count) == 0;
            return (count == null || IsLengthOrNonNegative(count))
                && starts.All(start => NonNegativeConstant(start) is long at && (!emptyCount || at == 0));
        }

        /// <summary>An integer constant at or above 0; null for anything else.</summary>
        private static long? NonNegativeConstant(IOperation e) =>
            e.ConstantValue is { HasValue: true, Value: int or long } constant && System.Convert.ToInt64(constant.Value, System.Globalization.CultureInfo.InvariantCulture) is long value && value >= 0
                ? value
                : null;

        /// <summary>An array's or span's length, a constant at or above 0, or an integer local every write of which is one (<c>int n = v.Length;</c>).</summary>
        private static bool IsLengthOrNonNegative(IOperation count)
        {
            count = WithoutConversions(count);
            return count switch
            {
                { ConstantValue.HasValue: true } => NonNegativeConstant(count) != null,
                IPropertyReferenceOperation { Property.Name: "Length" } => true,
                ILocalReferenceOperation { Local: { IsConst: false } local } => WritesOf(count, local) is { Count: > 0 } writes && writes.All(w => !(WithoutConversions(w) is ILocalReferenceOperation) && IsLengthOrNonNegative(w)),
                _ => false,
            };
        }

        /// <summary>A local array of floating-point values the method makes (parameters are never written).</summary>
        private string? LocalArrayName(IOperation array) =>
            WholeArray(array) is string name && !variables[name].IsParameter ? name : null;

        /// <summary><c>for (int k = 0; k &lt; count; k++) to[at + k] = from[start + k];</c> (two arrays: Array.Copy of one onto itself may overlap).</summary>
        private Loop CopyLoop(string from, Integer start, string to, Integer at, Integer count)
        {
            string k = Fresh(VariableKind.Integer, "k");
            return CountingUp(k, count, EquatableArray.Of<Statement>(new AssignElement(to, Offset(at, k), new ElementRead(from, Offset(start, k)))));
        }

        /// <summary>
        /// <c>double fill = value; for (int k = 0; k &lt; count; k++) array[start + k] = fill;</c>: the value computed once, as
        /// Array.Fill computes it (a value reading the array, <c>u[0] + u[1]</c>, would change as the loop writes).
        /// </summary>
        private void FillLoop(string array, IOperation value, Integer start, Integer count, List<Statement> into)
        {
            string fill = Fresh(VariableKind.Scalar, "fill");
            into.Add(new DeclareScalar(fill, LowerValue(value)));
            string k = Fresh(VariableKind.Integer, "k");
            into.Add(CountingUp(k, count, EquatableArray.Of<Statement>(new AssignElement(array, Offset(start, k), new Read(fill)))));
        }

        private static Integer Offset(Integer start, string index) =>
            start is IntegerNumber { Constant: 0 } ? new IntegerRead(index) : new IntegerArithmetic(IrOp.Add, start, new IntegerRead(index));
    }
}
