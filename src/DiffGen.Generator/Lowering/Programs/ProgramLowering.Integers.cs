using System;
using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Common;
using DiffGen.Generator.Diagnostics;
using DiffGen.Generator.Ir;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DiffGen.Generator.Lowering.Programs
{
    /// <content>Integer expressions (sizes, indices, counters): every construct an integer may be built from, and the problems of the others.</content>
    internal sealed partial class ProgramLowering
    {
        /// <summary>
        /// The integer steps inside the expressions of the declaration or expression statement being lowered
        /// (<c>k++</c> in <c>targets[k++]</c>), run right after it; null where the lowering is not in such a statement.
        /// </summary>
        private List<Statement>? pendingSteps;

        /// <summary>The statement <see cref="pendingSteps"/> belongs to.</summary>
        private IOperation? pendingStatement;

        /// <summary>How many for loop headers enclose the statement being lowered (its declarations and steps are the header's).</summary>
        private int headerDepth;

        /// <summary>An integer expression as an <see cref="Integer"/>; what cannot be lowered is reported and read as 0.</summary>
        private Integer LowerInteger(IOperation e)
        {
            System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
            if (e.ConstantValue.HasValue && e.ConstantValue.Value is IConvertible constant && e.Type != null && RoslynNames.IsInteger(e.Type))
            {
                if (constant is ulong big && big > long.MaxValue)
                {
                    // Integers are computed as long: this one has no long value (ToInt64 would throw, and DIFF900 say nothing useful).
                    Report(e, "The integer constant '" + e.Syntax + "' above long.MaxValue", "DiffGen computes integers as long values; use a constant up to long.MaxValue (9223372036854775807), or make the test outside the method and pass its outcome in", DiagnosticDescriptors.NotSupportedYet);
                    return new IntegerNumber(0);
                }

                return new IntegerNumber(constant.ToInt64(System.Globalization.CultureInfo.InvariantCulture));
            }

            switch (e)
            {
                case IParameterReferenceOperation p when integerArguments.TryGetValue(p.Parameter, out Integer? argument):
                    return argument;
                case IParameterReferenceOperation p when names.TryGetValue(p.Parameter, out string? name) && variables[name].Kind == VariableKind.Integer:
                    return new IntegerRead(name);
                case ILocalReferenceOperation l when names.TryGetValue(l.Local, out string? name) && variables[name].Kind == VariableKind.Integer:
                    return new IntegerRead(name);
                case IConversionOperation { OperatorMethod: null, IsImplicit: false } c when c.Operand.Type != null && RoslynNames.IsInteger(c.Operand.Type) && c.Type != null && !SymbolEqualityComparer.Default.Equals(c.Type, c.Operand.Type):
                    return new IntegerCast(RoslynNames.Keyword(c.Type), LowerInteger(c.Operand));
                case IConversionOperation { OperatorMethod: null } c when c.Operand.Type != null && RoslynNames.IsInteger(c.Operand.Type):
                    return LowerInteger(c.Operand);
                case IPropertyReferenceOperation { Property.Name: "Length" } length when length.Instance != null && (ArrayName(length.Instance) ?? IntegerArrayName(length.Instance) ?? MatrixName(length.Instance)) is string array:
                    return new LengthOf(array);
                case IPropertyReferenceOperation { Property.Name: "Length", Instance: IArrayElementReferenceOperation { Indices.Length: 1 } row } when JaggedName(row.ArrayReference) is string jagged:
                    return new RowLength(jagged, LowerInteger(row.Indices[0]));
                case IInvocationOperation { TargetMethod.Name: "GetLength", Instance: { } instance, Arguments.Length: 1 } getLength
                    when getLength.TargetMethod.ContainingType?.ToDisplayString() == "System.Array" && MatrixName(instance) is string matrix:
                    return new MatrixLength(matrix, LowerInteger(getLength.Arguments[0].Value));
                case IArrayElementReferenceOperation or IPropertyReferenceOperation or IImplicitIndexerReferenceOperation when ElementOf(e) is (IOperation array, IOperation index) && IntegerArrayName(array) is string integers:
                    return new IntegerElement(integers, LowerIndex(integers, index));
                case IPropertyReferenceOperation { Property.Name: "Length", Instance: IFieldReferenceOperation { Type: IArrayTypeSymbol } field } when field.Field.IsStatic || field.Instance is IInstanceReferenceOperation:
                    // The length of another array this object holds (int[] indices): data.
                    return new IntegerField(MemberAccess(field.Field, field.Instance) + ".Length", field.Field.Name + ".Length", OperationFacts.AsWritten(e.Syntax));
                case IIncrementOrDecrementOperation step when SteppedInStatement(step) is string counter:
                    {
                        // targets[k++] reads k and steps it after the statement (++k reads the stepped value): the statement
                        // reads k nowhere else, so reading it there and stepping it after is what C# does.
                        Integer stepped = new IntegerArithmetic(step.Kind == OperationKind.Increment ? IrOp.Add : IrOp.Subtract, new IntegerRead(counter), new IntegerNumber(1));
                        pendingSteps!.Add(new AssignInteger(counter, stepped));
                        return step.IsPostfix ? new IntegerRead(counter) : stepped;
                    }

                case IUnaryOperation { OperatorMethod: null, OperatorKind: UnaryOperatorKind.Minus } minus:
                    return new IntegerNegation(LowerInteger(minus.Operand));
                case IUnaryOperation { OperatorMethod: null, OperatorKind: UnaryOperatorKind.Plus } plus:
                    return LowerInteger(plus.Operand);
                case IBinaryOperation { OperatorMethod: null } binary when OperationFacts.ArithmeticOp(binary.OperatorKind) is IrOp op:
                    return new IntegerArithmetic(op, LowerInteger(binary.LeftOperand), LowerInteger(binary.RightOperand));
                case IConditionalOperation { WhenFalse: not null } choice:
                    {
                        // Its arms run only where the test takes them (a step inside one, x[t ? k++ : 0], is not the statement's).
                        Test test = LowerTest(choice.Condition);
                        conditionalDepth++;
                        Integer whenTrue = LowerInteger(choice.WhenTrue);
                        Integer whenFalse = LowerInteger(choice.WhenFalse);
                        conditionalDepth--;
                        return new IntegerChoice(test, whenTrue, whenFalse);
                    }
                case ISwitchExpressionOperation choice:
                    return LowerIntegerSwitch(choice);
                case IInvocationOperation call when CallsLocalFunction(call, out ILocalFunctionOperation? function):
                    // int Twice(int k) => 2 * k; as a size, an index or a factor: read in place, as in a value or a condition.
                    return Inline(call, function!, LowerInteger, new IntegerNumber(0));
                case IInvocationOperation { TargetMethod.ContainingType: { } type } call
                    when type.ToDisplayString() == "System.Math" && call.TargetMethod.Name is "Min" or "Max" or "Abs" or "Clamp" or "Sign" && RoslynNames.IsInteger(call.Type!)
                        && call.Arguments.All(a => a.Value.Type != null && RoslynNames.IsInteger(a.Value.Type)):
                    // Math.Clamp(i + k, 0, n - 1) as an index, Math.Sign(n) as a factor: integers need no derivative; printed as
                    // written, it throws where the source does. (Math.Sign of a double is an int too: HasSignOfFloatingPoint.)
                    return new IntegerMath(call.TargetMethod.Name, call.Arguments.OrderBy(a => a.Parameter?.Ordinal ?? 0).Select(a => LowerInteger(a.Value)).ToEquatableArray());
                case IFieldReferenceOperation field when (field.Field.IsStatic || field.Instance is IInstanceReferenceOperation) && RoslynNames.IsInteger(field.Type!):
                    return new IntegerField(MemberAccess(field.Field, field.Instance), field.Field.Name, OperationFacts.AsWritten(field.Syntax));
                case IPropertyReferenceOperation { Property.Parameters.Length: 0 } property when (property.Property.IsStatic || property.Instance is IInstanceReferenceOperation) && RoslynNames.IsInteger(property.Type!) && OperationFacts.IsAutoProperty(property.Property):
                    return new IntegerField(MemberAccess(property.Property, property.Instance), property.Property.Name, OperationFacts.AsWritten(property.Syntax));
                case IPropertyReferenceOperation property when CallClassifier.ClassifyProperty(property.Property, property.Syntax.ToString()) is UnsupportedConstruct clock:
                    Report(property, clock.Construct, clock.Advice, clock.Descriptor);
                    return new IntegerNumber(0);
                case IConversionOperation { OperatorMethod: null, IsChecked: false, Operand.Type: { } from } data when RoslynNames.IsFloatingPoint(from) && (IsData(data.Operand) || IsPiecewiseConstant(data.Operand)):
                    // (int)labels[i] on a double[] not differentiated: an integer of data, as an int[] label would be; (int)Math.Floor(q)
                    // cuts nothing, Floor's derivative being zero already.
                    return LowerDataInteger(data);
                case IConversionOperation { Operand.Type: { } from } cut when RoslynNames.IsFloatingPoint(from):
                    Report(cut, "The conversion '" + cut.Syntax + "' to '" + cut.Type?.ToDisplayString() + "'", CutAdvice(cut.Operand), DiagnosticDescriptors.CutsDerivative);
                    return new IntegerNumber(0);
                case IInvocationOperation sign when IsSignOfFloatingPoint(sign):
                    Report(sign, "The integer '" + sign.Syntax + "'", SignAdvice, DiagnosticDescriptors.NotSupportedYet);
                    return new IntegerNumber(0);
                case IInvocationOperation call when CallLowering.Kind(call.TargetMethod, call.Arguments.Length) is CallKind.Method or CallKind.OtherMathOwnerMember:
                    // An integer-valued call is reported for what it is, as in a method without loops.
                    ReportUnsupportedCall(call, CallLowering.Kind(call.TargetMethod, call.Arguments.Length));
                    return new IntegerNumber(0);
                case IPropertyReferenceOperation { Instance: IInvocationOperation or IPropertyReferenceOperation } opaque when ProblemsInside(opaque.Instance!):
                    // x.ToString().Length: the receiver's problem is the one to fix.
                    return new IntegerNumber(0);
                case IInvocationOperation call:
                    // An integer overload of a Math function outside Min, Max, Abs and Clamp (Math.DivRem), reported as the call it is.
                    ReportUnsupportedCall(call, CallLowering.Kind(call.TargetMethod, call.Arguments.Length));
                    return new IntegerNumber(0);
                case IUnaryOperation { OperatorMethod: null } complement when ReadsFloatingPoint(complement.Operand):
                    LowerInteger(complement.Operand);
                    Report(complement, "The operator in '" + complement.Syntax + "'", "it works on the bits of an integer, not on a continuous value; compute with + - * / and the Math functions", DiagnosticDescriptors.CutsDerivative);
                    return new IntegerNumber(0);
                case IBinaryOperation { OperatorMethod: null } bitwise when ReadsFloatingPoint(bitwise):
                    // A bitwise or shift operator on an integer made from a double: report what feeds it too.
                    LowerInteger(bitwise.LeftOperand);
                    LowerInteger(bitwise.RightOperand);
                    UnsupportedConstruct bits = UnsupportedConstructs.Classify(bitwise);
                    Report(bitwise, bits.Construct, bits.Advice, bits.Descriptor);
                    return new IntegerNumber(0);
                case IUnaryOperation { OperatorMethod: null, OperatorKind: UnaryOperatorKind.Hat } fromEnd:
                    // ^k where no one-dimensional array or span takes it (a row of multi-dimensional data, X[^1][0]).
                    Report(fromEnd, "The index from the end '" + fromEnd.Syntax + "' here", "an index from the end is read on a one-dimensional array or span (x[^1]); for a row or column of multi-dimensional data, count from its length (X[X.Length - 1], X[i][X[i].Length - 1], X.GetLength(0) - 1)", DiagnosticDescriptors.NotSupportedYet);
                    return new IntegerNumber(0);
                case IIncrementOrDecrementOperation inside:
                    Report(inside, "The integer expression '" + inside.Syntax + "'", "an integer is stepped inside an expression (targets[k++]) only in a declaration or an assignment that reads it nowhere else (nor do the local functions it calls), outside ?:, && and || and a for loop's header; step it in a statement of its own (k++;) before or after", DiagnosticDescriptors.NotSupportedYet);
                    return new IntegerNumber(0);
                default:
                    Report(e, "The integer expression '" + e.Syntax + "'", "sizes and indices are built from integer parameters and locals, .Length, constants, + - * / %, and Math.Min, Math.Max, Math.Abs or Math.Clamp", DiagnosticDescriptors.NotSupportedYet);
                    return new IntegerNumber(0);
            }
        }

        /// <summary>
        /// The integer local or parameter that <c>k++</c>, <c>k--</c>, <c>++k</c> or <c>--k</c> steps, when it stands in a declaration
        /// or expression statement that reads it nowhere else, outside <c>?:</c>, <c>&amp;&amp;</c> and <c>||</c>; else null.
        /// </summary>
        private string? SteppedInStatement(IIncrementOrDecrementOperation step)
        {
            ISymbol? symbol = VariableOf(step.Target);
            // Not inside a local function's body read in place (the step would be the function's, at each call).
            if (pendingSteps == null || conditionalDepth > 0 || inlining.Count > 0 || symbol == null || !names.TryGetValue(symbol, out string? name) || variables[name].Kind != VariableKind.Integer)
            {
                return null;
            }

            // The statement reads it nowhere else, nor do the local functions it calls (read in place, they see the step).
            int references = ReferencesIn(pendingStatement!, symbol, new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default));
            return references == 1 ? name : null;
        }

        /// <summary>How often <paramref name="operation"/> names <paramref name="symbol"/>, in the bodies of the local functions it calls too.</summary>
        private int ReferencesIn(IOperation operation, ISymbol symbol, HashSet<IMethodSymbol> seen)
        {
            int count = 0;
            foreach (IOperation o in operation.DescendantsAndSelf())
            {
                if (SymbolEqualityComparer.Default.Equals(VariableOf(o), symbol))
                {
                    count++;
                }
                else if (o is IInvocationOperation call && localFunctions.TryGetValue(call.TargetMethod.OriginalDefinition, out ILocalFunctionOperation? function) && seen.Add(function.Symbol))
                {
                    count += ReferencesIn(function, symbol, seen);
                }
            }

            return count;
        }

        /// <summary>
        /// C# computes the arithmetic of a byte, sbyte, short or ushort in int and narrows what it assigns back (<c>b++</c>,
        /// <c>b += 3</c>): the IR says so, so the generated code that declares the new value compiles and wraps as the source does.
        /// </summary>
        private static Integer Narrowed(Integer value, ITypeSymbol type) =>
            type.SpecialType is SpecialType.System_Byte or SpecialType.System_SByte or SpecialType.System_Int16 or SpecialType.System_UInt16
                && value is IntegerArithmetic or IntegerNegation
                ? new IntegerCast(RoslynNames.Keyword(type), value)
                : value;
    }
}
