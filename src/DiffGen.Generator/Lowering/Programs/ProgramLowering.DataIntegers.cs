using System.Linq;
using DiffGen.Generator.Ir;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DiffGen.Generator.Lowering.Programs
{
    /// <content>
    /// Integers made from data: <c>(int)labels[i]</c> on a <c>double[]</c> the method does not differentiate, a class
    /// index or a count a notebook keeps in a double array. No derivative flows through the conversion, since nothing
    /// differentiated reaches its operand; a conversion of a value that may carry a derivative stays DIFF013.
    /// </content>
    internal sealed partial class ProgramLowering
    {
        /// <summary>The conversion <paramref name="conversion"/> of data to an integer type, its operand read as a value (no DIFF012: nothing is differentiated there).</summary>
        private Integer LowerDataInteger(IConversionOperation conversion)
        {
            stopDepth++;
            Value operand = LowerValue(conversion.Operand);
            stopDepth--;
            return new IntegerOfData(RoslynNames.Keyword(conversion.Type!), operand);
        }

        /// <summary>
        /// True when no differentiated input can reach the floating-point value <paramref name="e"/>: it is built from
        /// constants, elements of data arrays (one-dimensional parameters not differentiated, multi-dimensional data,
        /// arrays of fields), floating-point parameters not differentiated that the body never assigns, numeric fields,
        /// integer parameters and locals, with + - * /, unary minus and the functions of the table.
        /// </summary>
        private bool IsData(IOperation e)
        {
            if (e.ConstantValue.HasValue)
            {
                return true;
            }

            switch (e)
            {
                case ILocalReferenceOperation { Local.Type: { } type } when RoslynNames.IsInteger(type):
                    // An integer local (a loop's index, a count) is never differentiated.
                    return true;
                case IParameterReferenceOperation p when names.TryGetValue(p.Parameter, out string? name):
                    // A parameter the body assigns is read through a local copy (not a parameter), which may carry a derivative.
                    return variables[name] is { IsParameter: true, IsDifferentiated: false, Kind: VariableKind.Scalar or VariableKind.Integer };
                case IConversionOperation { OperatorMethod: null } c when c.Operand.Type != null && (RoslynNames.IsFloatingPoint(c.Operand.Type) || RoslynNames.IsInteger(c.Operand.Type)):
                    return IsData(c.Operand);
                case IUnaryOperation { OperatorMethod: null, OperatorKind: UnaryOperatorKind.Minus or UnaryOperatorKind.Plus } unary:
                    return IsData(unary.Operand);
                case IBinaryOperation { OperatorMethod: null } binary when OperationFacts.ArithmeticOp(binary.OperatorKind) != null:
                    return IsData(binary.LeftOperand) && IsData(binary.RightOperand);
                case IInvocationOperation { Instance: null } stop when CallLowering.Kind(stop.TargetMethod, stop.Arguments.Length) == CallKind.Stop:
                    // (int)Gradient.Stop(r / dr): the method says no derivative flows through the value, so none is cut.
                    return true;
                case IInvocationOperation { Instance: null } call when CallLowering.Kind(call.TargetMethod, call.Arguments.Length) == CallKind.MathMember:
                    foreach (IArgumentOperation argument in call.Arguments)
                    {
                        if (!IsData(argument.Value))
                        {
                            return false;
                        }
                    }

                    return true;
                case IArrayElementReferenceOperation when MatrixElementOf(e) != null:
                    return true;
                case IFieldReferenceOperation or IPropertyReferenceOperation when ElementOf(e) is (IOperation array, _):
                    return IsDataArray(array);
                case IArrayElementReferenceOperation or IImplicitIndexerReferenceOperation when ElementOf(e) is (IOperation array, _):
                    return IsDataArray(array);
                case IFieldReferenceOperation field when field.Type != null && (RoslynNames.IsFloatingPoint(field.Type) || RoslynNames.IsInteger(field.Type)):
                    return field.Field.IsStatic || field.Instance is IInstanceReferenceOperation;
                default:
                    return false;
            }
        }

        /// <summary>
        /// True when the floating-point value is a step function whatever it reads, so converting it to an integer cuts no
        /// derivative: a call of Math.Floor, Ceiling, Round or Truncate (or MathF's), or a local every write of which is one
        /// (<c>double cell = Math.Floor(q); int i = (int)cell;</c>, a lookup table's cell beside <c>u = q - cell</c>).
        /// </summary>
        private static bool IsPiecewiseConstant(IOperation e) => e switch
        {
            IInvocationOperation call => IsRounding(call),
            ILocalReferenceOperation { Local: { IsConst: false, RefKind: RefKind.None } local } => WritesOf(e, local) is { } writes && writes.Count > 0 && writes.All(w => w is IInvocationOperation call && IsRounding(call)),
            _ => false,
        };

        /// <summary>A rounding that returns a floating-point value: a step function of the table but Sign (which returns an int).</summary>
        private static bool IsRounding(IInvocationOperation call) => IsStepFunction(call) && RoslynNames.IsFloatingPoint(call.TargetMethod.ReturnType);

        /// <summary>A Math or MathF function the table says is piecewise constant (Floor, Ceiling, Round, Truncate, Sign).</summary>
        private static bool IsStepFunction(IInvocationOperation call) =>
            call.TargetMethod.ContainingType?.ToDisplayString() is "System.Math" or "System.MathF"
            && Functions.ElementaryFunctions.ForMember(call.TargetMethod.Name) is { NoGradientReason: not null };

        /// <summary>
        /// The values written to the local in the body around <paramref name="read"/>: its initializer and each simple
        /// assignment; null when it is changed otherwise (a compound assignment, ++, a ref or out argument, a deconstruction).
        /// </summary>
        private static System.Collections.Generic.List<IOperation>? WritesOf(IOperation read, ILocalSymbol local)
        {
            IOperation root = read;
            while (root.Parent != null)
            {
                root = root.Parent;
            }

            var writes = new System.Collections.Generic.List<IOperation>();
            foreach (IOperation o in root.DescendantsAndSelf())
            {
                switch (o)
                {
                    case IVariableDeclaratorOperation d when SymbolEqualityComparer.Default.Equals(d.Symbol, local):
                        if (d.GetVariableInitializer() is { } initializer)
                        {
                            writes.Add(initializer.Value);
                        }
                        else
                        {
                            return null;
                        }

                        break;
                    case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment when SymbolEqualityComparer.Default.Equals(target.Local, local):
                        writes.Add(assignment.Value);
                        break;
                    case ICompoundAssignmentOperation { Target: ILocalReferenceOperation target } when SymbolEqualityComparer.Default.Equals(target.Local, local):
                    case IIncrementOrDecrementOperation { Target: ILocalReferenceOperation counted } when SymbolEqualityComparer.Default.Equals(counted.Local, local):
                    case IArgumentOperation { Parameter.RefKind: not RefKind.None, Value: ILocalReferenceOperation passed } when SymbolEqualityComparer.Default.Equals(passed.Local, local):
                    case IDeconstructionAssignmentOperation deconstruction when deconstruction.Target.DescendantsAndSelf().OfType<ILocalReferenceOperation>().Any(l => SymbolEqualityComparer.Default.Equals(l.Local, local)):
                        return null;
                }
            }

            return writes;
        }

        /// <summary>
        /// Why a conversion to an integer is reported, and what to write: where the operand would be data but for an array
        /// parameter the attribute differentiates (<c>[Differentiable]</c> takes every double[], labels included), say so;
        /// and for an integer meant as an index or a bin (a cell of a cell list, an entry of a tabulated potential), how to
        /// say that no derivative is to flow through it: (int)Gradient.Stop(...), read as data.
        /// </summary>
        private string CutAdvice(IOperation operand)
        {
            const string Why = "an integer is piecewise constant in the value it came from (its derivative is zero almost everywhere); ";
            string type = operand.Parent is IConversionOperation { Type: { } t } ? RoslynNames.Keyword(t) : "int";
            string stopped = "; for an index, a bin or a cell through which no derivative is to flow, write (" + type + ")Gradient.Stop(" + operand.Syntax + ")";
            var differentiated = new System.Collections.Generic.List<string>();
            foreach (IOperation read in operand.DescendantsAndSelf())
            {
                if (read is IParameterReferenceOperation p && names.TryGetValue(p.Parameter, out string? name) && variables[name] is { IsParameter: true, IsDifferentiated: true, Kind: VariableKind.Array }
                    && !differentiated.Contains(p.Parameter.Name))
                {
                    differentiated.Add(p.Parameter.Name);
                }
            }

            if (differentiated.Count > 0 && !operand.DescendantsAndSelf().Any(o => o is ILocalReferenceOperation { Local: { IsConst: false } local } && RoslynNames.IsFloatingPoint(local.Type)))
            {
                string which = string.Join("', '", differentiated);
                return Why + "'" + which + "' " + (differentiated.Count == 1 ? "is" : "are") + " differentiated here; if " + (differentiated.Count == 1 ? "it holds" : "they hold")
                    + " data (labels, counts, indices), name only the parameters to differentiate in [Differentiable(...)], and the conversion is read as data, or pass "
                    + (differentiated.Count == 1 ? "it" : "them") + " as int[]" + stopped;
            }

            return Why + "keep the value in double or float, or, if the rounding is intended, convert Math.Floor or Math.Round of it ((" + type + ")Math.Floor(" + operand.Syntax + "), read as an integer: their derivative is zero already)" + stopped;
        }

        /// <summary>A floating-point array whose elements are data: a parameter not differentiated (never written: DIFF014), or an array this object holds.</summary>
        private bool IsDataArray(IOperation array) =>
            ArrayName(array) is string name
            && (!variables.TryGetValue(name, out ProgramVariable? variable) || variable is { IsParameter: true, IsDifferentiated: false });
    }
}
