using System;
using System.Linq;
using DiffGen.Generator.Common;
using DiffGen.Generator.Diagnostics;
using DiffGen.Generator.Functions;
using DiffGen.Generator.Ir;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace DiffGen.Generator.Lowering.Programs
{
    /// <content>Floating-point values, integers (sizes and indices) and tests.</content>
    internal sealed partial class ProgramLowering
    {
        private Value LowerValue(IOperation e)
        {
            cancellationToken.ThrowIfCancellationRequested();
            System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
            if (UnsupportedConstructs.ForExpressionSyntax(e.Syntax) is UnsupportedConstruct checkedExpression)
            {
                ReportAt(e.Syntax.Parent!, checkedExpression);
            }

            if (e.ConstantValue.HasValue && OperationFacts.Number(e.ConstantValue.Value) is double constant
                && !OperationFacts.IsArithmeticOfNamedConstants(e))
            {
                // A named constant keeps its name, so the output reads "Epsilon" or "Math.PI", not 1E-08 or 3.14159...
                switch (e)
                {
                    case ILocalReferenceOperation { Local.IsConst: true } local:
                        return new NamedNumber(local.Local.Name, constant, string.Empty, OperationFacts.AsWritten(local.Syntax), IsLocal: true);
                    case IFieldReferenceOperation { Field.IsConst: true } field:
                        return new NamedNumber(ConstantName(field.Field), constant, ConstantAccess(field.Field), OperationFacts.AsWritten(field.Syntax));
                    case { } outside when IsOutsideFloat(constant):
                        Report(outside, "The constant '" + outside.Syntax + "'", "it is outside float's range, and a float method computes in float; scale the computation, or make the method double", DiagnosticDescriptors.NotSupportedYet);
                        return new Number(0);
                    default:
                        return new Number(constant);
                }
            }

            switch (e)
            {
                case IParameterReferenceOperation p when !names.ContainsKey(p.Parameter):
                    Report(p, "The primary constructor parameter '" + p.Parameter.Name + "'", "generated members in another part of the type cannot see it; copy it into a field or property and read that", DiagnosticDescriptors.NotSupportedYet);
                    return new Number(0);
                case IParameterReferenceOperation p when RoslynNames.IsFloatingPoint(p.Type!) && names.TryGetValue(p.Parameter, out string? name):
                    return new Read(name);
                case ILocalReferenceOperation l when RoslynNames.IsFloatingPoint(l.Type!) && names.TryGetValue(l.Local, out string? name):
                    return new Read(name);
                case IConversionOperation { OperatorMethod: null } c when c.Operand.Type != null && RoslynNames.IsFloatingPoint(c.Operand.Type):
                    return LowerValue(c.Operand);
                case IConversionOperation { OperatorMethod: null } c when c.Operand.Type != null && RoslynNames.IsInteger(c.Operand.Type):
                    return IntegerAsValue(c.Operand);
                case IConversionOperation c:
                    ReportConversion(c);
                    return new Number(0);
                case IUnaryOperation { OperatorMethod: null, OperatorKind: UnaryOperatorKind.Minus } minus:
                    return new Negation(LowerValue(minus.Operand));
                case IUnaryOperation { OperatorMethod: null, OperatorKind: UnaryOperatorKind.Plus } plus:
                    return LowerValue(plus.Operand);
                case IBinaryOperation { OperatorMethod: null } binary when OperationFacts.ArithmeticOp(binary.OperatorKind) is IrOp op:
                    if (op == IrOp.Remainder)
                    {
                        WarnPiecewise(binary, "The remainder '" + binary.Syntax + "'", LoweringAdvice.Remainder);
                    }

                    return new Arithmetic(op, LowerValue(binary.LeftOperand), LowerValue(binary.RightOperand));
                case IBinaryOperation binary:
                    UnsupportedConstruct classified = UnsupportedConstructs.Classify(binary);
                    if (binary.OperatorMethod != null)
                    {
                        Report(binary, "The user-defined operator in '" + binary.Syntax + "'", "DiffGen differentiates double and float arithmetic only");
                    }
                    else if (classified.Descriptor == DiagnosticDescriptors.UnsupportedConstruct)
                    {
                        Report(binary, "The operator in '" + binary.Syntax + "'", "only + - * / and % on double or float values can be differentiated");
                    }
                    else
                    {
                        Report(binary, classified.Construct, classified.Advice, classified.Descriptor);
                    }

                    return new Number(0);
                case IConditionalOperation { WhenFalse: not null } choice:
                    Test test = LowerTest(choice.Condition);
                    conditionalDepth++;
                    var chosen = new Choice(test, LowerValue(choice.WhenTrue), LowerValue(choice.WhenFalse));
                    conditionalDepth--;
                    return chosen;
                case IInvocationOperation call:
                    return LowerCall(call);
                case IArrayElementReferenceOperation when MatrixElementOf(e) is (string matrix, IOperation row, IOperation column, bool jagged):
                    return LowerMatrixElement(e, matrix, row, column, jagged);
                case IFieldReferenceOperation or IPropertyReferenceOperation when ElementOf(e) is (IOperation array, IOperation index):
                    return LowerElement(e, array, index);
                case IArrayElementReferenceOperation when ElementOf(e) is (IOperation array, IOperation index):
                    return LowerElement(e, array, index);
                case IFieldReferenceOperation field when (field.Field.IsStatic || field.Instance is IInstanceReferenceOperation) && RoslynNames.IsFloatingPoint(field.Type!):
                    return new FieldRead(InMethodType(MemberAccess(field.Field, field.Instance), field.Type!), field.Field.Name, InMethodType(OperationFacts.AsWritten(field.Syntax), field.Type!));
                case IPropertyReferenceOperation { Property.Parameters.Length: 0 } property when (property.Property.IsStatic || property.Instance is IInstanceReferenceOperation) && RoslynNames.IsFloatingPoint(property.Type!) && OperationFacts.IsAutoProperty(property.Property):
                    return new FieldRead(InMethodType(MemberAccess(property.Property, property.Instance), property.Type!), property.Property.Name, InMethodType(OperationFacts.AsWritten(property.Syntax), property.Type!));
                case IPropertyReferenceOperation property:
                    ReportProperty(property);
                    return new Number(0);
                case IFieldReferenceOperation field when !field.Field.IsStatic && !(field.Instance is IInstanceReferenceOperation):
                    Report(field, "The field read '" + field.Syntax + "'", "only numeric fields and auto-properties of this object, or static ones, can be read (as constants)");
                    return new Number(0);
                default:
                    UnsupportedConstruct construct = UnsupportedConstructs.Classify(e);
                    Report(e, construct.Construct, construct.Advice, construct.Descriptor);
                    return new Number(0);
            }
        }

        private Value LowerElement(IOperation at, IOperation array, IOperation index)
        {
            string? name = ArrayName(array);
            if (name == null)
            {
                Report(at, "The element '" + at.Syntax + "'", "elements are read from an array or span by name (a parameter, a field or a local array); make the array a local first (double[] a = { x, y };) and read a[0]", DiagnosticDescriptors.NotSupportedYet);
                return new Number(0);
            }

            return new ElementRead(name, LowerInteger(index));
        }

        private string? ArrayName(IOperation array) => array switch
        {
            IParameterReferenceOperation p when names.TryGetValue(p.Parameter, out string? name) && variables[name].Kind == VariableKind.Array => name,
            ILocalReferenceOperation l when names.TryGetValue(l.Local, out string? name) && variables[name].Kind == VariableKind.Array => name,
            IConversionOperation { OperatorMethod: null } c => ArrayName(c.Operand),

            // double[] or Span<double> passed as ReadOnlySpan<double>: the same elements, seen read-only.
            IConversionOperation { Operand.Type: { } from, Type: { } to } c when RoslynNames.FloatingElementType(from) != null && RoslynNames.FloatingElementType(to) != null => ArrayName(c.Operand),

            // A field or auto-property array of this object, or a static one: data, read as constants.
            IFieldReferenceOperation f when (f.Field.IsStatic || f.Instance is IInstanceReferenceOperation) && RoslynNames.FloatingElementType(f.Type!) != null => MemberAccess(f.Field, f.Instance),
            IPropertyReferenceOperation { Property.Parameters.Length: 0 } q when (q.Property.IsStatic || q.Instance is IInstanceReferenceOperation) && RoslynNames.FloatingElementType(q.Type!) != null => MemberAccess(q.Property, q.Instance),
            _ => null,
        };

        private Value LowerCall(IInvocationOperation call)
        {
            IMethodSymbol target = call.TargetMethod;
            CallKind kind = CallLowering.Kind(target, call.Arguments.Length);
            if (kind == CallKind.Stop)
            {
                stopDepth++;
                Value stopped = LowerValue(call.Arguments[0].Value);
                stopDepth--;
                return new MathCall(ElementaryFunction.Stop, new[] { stopped }.ToEquatableArray());
            }

            if (kind == CallKind.Method && CallLowering.HasKnownDerivative(target, method, out IMethodSymbol? custom))
            {
                return LowerUserCall(call, target, custom);
            }

            FunctionRow? row = kind == CallKind.MathMember ? ElementaryFunctions.ForMember(target.Name) : null;
            if (row != null && row.AcceptsArity(call.Arguments.Length) && (RoslynNames.IsFloatingPoint(target.ReturnType) || row.ReturnsInteger)
                && target.Parameters.All(p => RoslynNames.IsFloatingPoint(p.Type)))
            {
                if (row.NoGradientReason != null)
                {
                    WarnPiecewise(call, "'" + CallLowering.Shown(target) + "'", row.NoGradientReason);
                }

                Value[] arguments = call.Arguments.OrderBy(a => a.Parameter?.Ordinal ?? 0).Select(a => LowerValue(a.Value)).ToArray();
                return new MathCall(row.Function, arguments.ToEquatableArray());
            }

            ReportUnsupportedCall(call, kind);
            return new Number(0);
        }

        /// <summary>A call outside the table and without a known derivative, after the problems inside its receiver and arguments.</summary>
        private void ReportUnsupportedCall(IInvocationOperation call, CallKind kind)
        {
            Problem problem = CallLowering.Unsupported(call, kind);
            foreach (IOperation part in CallLowering.PartsToExamine(call, kind, problem))
            {
                // Examine the receiver and arguments anyway, so problems inside them are reported in the same pass.
                Examine(part);
            }

            if (!CallLowering.IsCallOfLocalDelegate(call) && !ReadsRejected(call))
            {
                problems.Add(problem);
            }
        }

        private bool ProblemsInside(IOperation value)
        {
            int before = problems.Count;
            Examine(value);
            return problems.Count > before;
        }

        /// <summary>Lowers a part of an unsupported call only for the problems inside it (the value is dropped), as the scalar route does.</summary>
        private void Examine(IOperation part)
        {
            IOperation value = CallLowering.PassedValue(part);
            if (CallLowering.IsPlainValue(value) || (value.Type != null && (RoslynNames.FloatingElementType(value.Type) != null || RoslynNames.MatrixShape(value.Type) != null)))
            {
                // An array made or passed for the call is no problem by itself: the call with no derivative is.
                return;
            }

            if (value is IInvocationOperation call)
            {
                LowerCall(call);
            }
            else if (value.Type != null && RoslynNames.IsFloatingPoint(value.Type))
            {
                LowerValue(value);
            }
            else if (value.Type != null && RoslynNames.IsInteger(value.Type))
            {
                LowerInteger(value);
            }
            else if (value is IPropertyReferenceOperation property)
            {
                ReportProperty(property);
            }
            else
            {
                UnsupportedConstruct construct = UnsupportedConstructs.Classify(value);
                Report(value, construct.Construct, construct.Advice, construct.Descriptor);
            }
        }

        /// <summary>A piecewise operation outside Gradient.Stop: differentiated by convention, with a warning.</summary>
        private void WarnPiecewise(IOperation at, string construct, string why)
        {
            if (stopDepth == 0)
            {
                problems.Add(new Problem(DiagnosticDescriptors.PiecewiseConstant, at.Syntax.GetLocation(), construct, why));
            }
        }

        private Integer LowerInteger(IOperation e)
        {
            System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
            if (e.ConstantValue.HasValue && e.ConstantValue.Value is IConvertible constant && e.Type != null && RoslynNames.IsInteger(e.Type))
            {
                return new IntegerNumber(constant.ToInt64(System.Globalization.CultureInfo.InvariantCulture));
            }

            switch (e)
            {
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
                case IArrayElementReferenceOperation or IPropertyReferenceOperation when ElementOf(e) is (IOperation array, IOperation index) && IntegerArrayName(array) is string integers:
                    return new IntegerElement(integers, LowerInteger(index));
                case IPropertyReferenceOperation { Property.Name: "Length", Instance: IFieldReferenceOperation { Type: IArrayTypeSymbol } field } when field.Field.IsStatic || field.Instance is IInstanceReferenceOperation:
                    // The length of another array this object holds (int[] indices): data.
                    return new IntegerField(MemberAccess(field.Field, field.Instance) + ".Length", field.Field.Name + ".Length", OperationFacts.AsWritten(e.Syntax));
                case IUnaryOperation { OperatorMethod: null, OperatorKind: UnaryOperatorKind.Minus } minus:
                    return new IntegerNegation(LowerInteger(minus.Operand));
                case IUnaryOperation { OperatorMethod: null, OperatorKind: UnaryOperatorKind.Plus } plus:
                    return LowerInteger(plus.Operand);
                case IBinaryOperation { OperatorMethod: null } binary when OperationFacts.ArithmeticOp(binary.OperatorKind) is IrOp op:
                    return new IntegerArithmetic(op, LowerInteger(binary.LeftOperand), LowerInteger(binary.RightOperand));
                case IConditionalOperation { WhenFalse: not null } choice:
                    return new IntegerChoice(LowerTest(choice.Condition), LowerInteger(choice.WhenTrue), LowerInteger(choice.WhenFalse));
                case IInvocationOperation { TargetMethod.ContainingType: { } type } call
                    when type.ToDisplayString() == "System.Math" && call.TargetMethod.Name is "Min" or "Max" or "Abs" && RoslynNames.IsInteger(call.Type!):
                    return new IntegerMath(call.TargetMethod.Name, call.Arguments.OrderBy(a => a.Parameter?.Ordinal ?? 0).Select(a => LowerInteger(a.Value)).ToEquatableArray());
                case IFieldReferenceOperation field when (field.Field.IsStatic || field.Instance is IInstanceReferenceOperation) && RoslynNames.IsInteger(field.Type!):
                    return new IntegerField(MemberAccess(field.Field, field.Instance), field.Field.Name, OperationFacts.AsWritten(field.Syntax));
                case IPropertyReferenceOperation { Property.Parameters.Length: 0 } property when (property.Property.IsStatic || property.Instance is IInstanceReferenceOperation) && RoslynNames.IsInteger(property.Type!) && OperationFacts.IsAutoProperty(property.Property):
                    return new IntegerField(MemberAccess(property.Property, property.Instance), property.Property.Name, OperationFacts.AsWritten(property.Syntax));
                case IPropertyReferenceOperation property when CallClassifier.ClassifyProperty(property.Property, property.Syntax.ToString()) is UnsupportedConstruct clock:
                    Report(property, clock.Construct, clock.Advice, clock.Descriptor);
                    return new IntegerNumber(0);
                case IConversionOperation { Operand.Type: { } from } cut when RoslynNames.IsFloatingPoint(from):
                    Report(cut, "The conversion '" + cut.Syntax + "' to '" + cut.Type?.ToDisplayString() + "'", "an integer is piecewise constant in the value it came from (its derivative is zero almost everywhere); keep the value in double or float, or use Math.Floor or Math.Round if the rounding is intended", DiagnosticDescriptors.CutsDerivative);
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
                    // An integer overload of a Math function (Math.Clamp(n, 0, 1)), reported as the call it is.
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
                default:
                    Report(e, "The integer expression '" + e.Syntax + "'", "sizes and indices are built from integer parameters and locals, .Length, constants, + - * / %, and Math.Min, Math.Max or Math.Abs", DiagnosticDescriptors.NotSupportedYet);
                    return new IntegerNumber(0);
            }
        }

        private Test LowerTest(IOperation e)
        {
            if (e.ConstantValue.HasValue && e.ConstantValue.Value is bool holds)
            {
                return new Truth(holds);
            }

            switch (e)
            {
                case IBinaryOperation { OperatorMethod: null } binary when Comparison(binary.OperatorKind) is ConditionOp op && IsNumber(binary.LeftOperand) && IsNumber(binary.RightOperand):
                    bool integers = binary.LeftOperand.Type != null && RoslynNames.IsInteger(binary.LeftOperand.Type)
                        && binary.RightOperand.Type != null && RoslynNames.IsInteger(binary.RightOperand.Type);
                    bool signs = HasSignOfFloatingPoint(binary.LeftOperand) || HasSignOfFloatingPoint(binary.RightOperand);

                    // A condition is evaluated, never differentiated: piecewise functions in it raise no DIFF012.
                    stopDepth++;
                    Test comparison = integers && !signs
                        ? new IntegerComparison(op, LowerInteger(binary.LeftOperand), LowerInteger(binary.RightOperand))
                        : integers
                            ? new Comparison(op, IntegerAsValue(binary.LeftOperand), IntegerAsValue(binary.RightOperand))
                            : new Comparison(op, LowerValue(binary.LeftOperand), LowerValue(binary.RightOperand));
                    stopDepth--;
                    return comparison;
                case IBinaryOperation { OperatorMethod: null, OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.And or BinaryOperatorKind.ConditionalOr or BinaryOperatorKind.Or } logic:
                    Test left = LowerTest(logic.LeftOperand);
                    conditionalDepth++;
                    Test right = LowerTest(logic.RightOperand);
                    conditionalDepth--;
                    bool and = logic.OperatorKind == BinaryOperatorKind.ConditionalAnd || logic.OperatorKind == BinaryOperatorKind.And;
                    return new Logic(and ? ConditionOp.And : ConditionOp.Or, left, right);
                case IUnaryOperation { OperatorMethod: null, OperatorKind: UnaryOperatorKind.Not } not:
                    return new Negated(LowerTest(not.Operand));
                case ILocalReferenceOperation flag when ConditionLocal(flag.Local) is string condition:
                    return new ConditionRead(condition);
                default:
                    Report(e, "The condition '" + UnsupportedConstructs.Shorten(e.Syntax) + "'", LoweringAdvice.Conditions);
                    return new Truth(false);
            }
        }

        /// <summary>The name of a bool local that holds a test (a loop-free body), or null.</summary>
        private string? ConditionLocal(ILocalSymbol local) =>
            names.TryGetValue(local, out string? name) && variables[name].Kind == VariableKind.Condition ? name : null;

        private static ConditionOp? Comparison(BinaryOperatorKind kind) => kind switch
        {
            BinaryOperatorKind.LessThan => ConditionOp.Less,
            BinaryOperatorKind.LessThanOrEqual => ConditionOp.LessOrEqual,
            BinaryOperatorKind.GreaterThan => ConditionOp.Greater,
            BinaryOperatorKind.GreaterThanOrEqual => ConditionOp.GreaterOrEqual,
            BinaryOperatorKind.Equals => ConditionOp.Equal,
            BinaryOperatorKind.NotEquals => ConditionOp.NotEqual,
            _ => null,
        };

        /// <summary>
        /// How generated code writes Math.PI or MathF.E: by name when its type is the method's (Math in a double
        /// method, MathF in a float one), else as a literal of the method's type (printed from the value).
        /// </summary>
        /// <summary>How generated code reads a const field: by its name when it has the method's type, else (empty) as its value.</summary>
        private string ConstantAccess(IFieldSymbol field) =>
            SymbolEqualityComparer.Default.Equals(field.Type, method.ReturnType) ? MemberAccess(field) : string.Empty;

        /// <summary>How a formula names a const field: π, e and τ for Math's, else the field's name.</summary>
        private static string ConstantName(IFieldSymbol field) => (field.ContainingType?.ToDisplayString(), field.Name) switch
        {
            ("System.Math" or "System.MathF", "PI") => "π",
            ("System.Math" or "System.MathF", "E") => "e",
            ("System.Math" or "System.MathF", "Tau") => "τ",
            _ => field.Name,
        };


        /// <summary>A double field read in a float method (or the reverse) converted to the method's type.</summary>
        private string InMethodType(string access, ITypeSymbol type) =>
            SymbolEqualityComparer.Default.Equals(type, method.ReturnType) ? access : "(" + RoslynNames.Keyword(method.ReturnType) + ")" + access;

        /// <summary>
        /// How generated code reads a field or property of this object (<c>base.</c> where the source wrote it: a
        /// member hidden by one of this type reads another field), or a static one.
        /// </summary>
        private static string MemberAccess(ISymbol member, IOperation? instance = null) => member.IsStatic
            ? member.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "." + RoslynNames.Identifier(member.Name)
            : (instance?.Syntax is BaseExpressionSyntax ? "base." : "this.") + RoslynNames.Identifier(member.Name);
    }
}
