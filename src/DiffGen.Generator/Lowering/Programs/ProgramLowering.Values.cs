using DiffGen.Generator.Diagnostics;
using DiffGen.Generator.Ir;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DiffGen.Generator.Lowering.Programs
{
    /// <content>Floating-point values: numbers and named constants, reads of variables, fields and elements, arithmetic and <c>?:</c>.</content>
    internal sealed partial class ProgramLowering
    {
        /// <summary>A floating-point expression as a <see cref="Value"/>; what cannot be lowered is reported and read as 0, so lowering goes on.</summary>
        private Value LowerValue(IOperation e)
        {
            cancellationToken.ThrowIfCancellationRequested();
            System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
            if (UnsupportedConstructs.ForExpressionSyntax(e.Syntax) is UnsupportedConstruct checkedExpression)
            {
                ReportAt(e.Syntax.Parent!, checkedExpression);
            }

            ReportOtherPrecision(e);

            if (e.ConstantValue.HasValue && OperationFacts.Number(e.ConstantValue.Value) is double constant
                && !OperationFacts.IsArithmeticOfNamedConstants(e))
            {
                // A named constant keeps its name, so the output reads "Epsilon" or "Math.PI", not 1E-08 or 3.14159...
                switch (e)
                {
                    case ILocalReferenceOperation { Local.IsConst: true } local:
                        return new NamedNumber(local.Local.Name, constant, string.Empty, OperationFacts.AsWritten(local.Syntax), IsLocal: true, IsInteger: !RoslynNames.IsFloatingPoint(local.Local.Type));
                    case IFieldReferenceOperation { Field.IsConst: true } field:
                        return new NamedNumber(ConstantName(field.Field), constant, ConstantAccess(field.Field), OperationFacts.AsWritten(field.Syntax), IsInteger: !RoslynNames.IsFloatingPoint(field.Field.Type));
                    case { } outside when IsOutsideFloat(constant):
                        Report(outside, "The constant '" + outside.Syntax + "'", "it is outside float's range, and a float method computes in float; scale the computation, or make the method double", DiagnosticDescriptors.NotSupportedYet);
                        return new Number(0);
                    default:
                        return new Number(constant, OperationFacts.NumberText(e));
                }
            }

            switch (e)
            {
                case IParameterReferenceOperation p when valueArguments.TryGetValue(p.Parameter, out Value? argument):
                    return argument;
                case IParameterReferenceOperation p when !names.ContainsKey(p.Parameter):
                    Report(p, "The primary constructor parameter '" + p.Parameter.Name + "'", "generated members in another part of the type cannot see it; copy it into a field or property and read that", DiagnosticDescriptors.NotSupportedYet);
                    return new Number(0);
                case IParameterReferenceOperation p when RoslynNames.IsFloatingPoint(p.Type!) && names.TryGetValue(p.Parameter, out string? name):
                    return new Read(name);
                case ILocalReferenceOperation l when unchangedLocals.TryGetValue(l.Local, out double number):
                    return new NamedNumber(l.Local.Name, number, string.Empty, OperationFacts.AsWritten(l.Syntax), IsLocal: true);
                case ILocalReferenceOperation l when RoslynNames.IsFloatingPoint(l.Type!) && names.TryGetValue(l.Local, out string? name):
                    return new Read(name);
                case IConversionOperation { OperatorMethod: null } c when c.Operand.Type != null && RoslynNames.IsFloatingPoint(c.Operand.Type):
                    return LowerValue(c.Operand);
                case IConversionOperation { OperatorMethod: null } c when c.Operand.Type != null && RoslynNames.IsInteger(c.Operand.Type):
                    return IntegerAsValue(c.Operand, written: !c.IsImplicit);
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
                case ISwitchExpressionOperation choice:
                    return LowerSwitch(choice);
                case IInvocationOperation call:
                    return LowerCall(call);
                case IArrayElementReferenceOperation when MatrixElementOf(e) is (string matrix, IOperation row, IOperation column, bool jagged):
                    return LowerMatrixElement(e, matrix, row, column, jagged);
                case IFieldReferenceOperation or IPropertyReferenceOperation when ElementOf(e) is (IOperation array, IOperation index):
                    return LowerElement(e, array, index);
                case IArrayElementReferenceOperation or IImplicitIndexerReferenceOperation when ElementOf(e) is (IOperation array, IOperation index):
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

        /// <summary>An element read <c>a[i]</c> of an array or span this method holds, by name.</summary>
        private Value LowerElement(IOperation at, IOperation array, IOperation index)
        {
            string? name = ArrayName(array);
            if (name == null)
            {
                Report(at, "The element '" + at.Syntax + "'", "elements are read from an array or span by name (a parameter, a field or a local array); make the array a local first (double[] a = { x, y };) and read a[0]", DiagnosticDescriptors.NotSupportedYet);
                return new Number(0);
            }

            return new ElementRead(name, LowerIndex(name, index), ConversionCast(at.Type));
        }

        /// <summary>
        /// The method's type keyword for an element of the other floating-point type (data: a parameter or a field), as a matrix
        /// element gets: <c>float</c> for a <c>double</c> element in a <c>float</c> method, which the generated code converts as the
        /// source does; <c>double</c> for a <c>float</c> element in a <c>double</c> method, which widens in the source only beside a
        /// <c>double</c> and would not beside what the generated code may put next to it (<c>10 * d[i]</c>, where the source wrote
        /// <c>d[i] * (b * 10)</c>, is float arithmetic); empty for an element of the method's type.
        /// </summary>
        private string ConversionCast(ITypeSymbol? element) =>
            element != null && RoslynNames.IsFloatingPoint(element) && !SymbolEqualityComparer.Default.Equals(element, method.ReturnType)
                ? RoslynNames.Keyword(method.ReturnType)
                : string.Empty;

        /// <summary>An index into the array named <paramref name="array"/>: <c>i</c>, or from the end, <c>^k</c>, read as <c>array.Length - k</c>.</summary>
        private Integer LowerIndex(string array, IOperation index)
        {
            if (!(WithoutConversions(index) is IUnaryOperation { OperatorMethod: null, OperatorKind: UnaryOperatorKind.Hat } fromEnd))
            {
                if (index.Type is { Name: "Index", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } })
                {
                    // x[k > 0 ? ^1 : 0]: a System.Index chosen or computed; its integer parts would each be reported, 0 included.
                    Report(index, "The index '" + index.Syntax + "' of type Index", "an index from the end is read where it is written in the brackets (x[^k]); choose or compute the position as an integer, counting from the length (k > 0 ? x.Length - 1 : 0)", DiagnosticDescriptors.NotSupportedYet);
                    return new IntegerNumber(0);
                }

                return LowerInteger(index);
            }

            if (fromEnd.Operand.ConstantValue is { HasValue: true, Value: 0 })
            {
                // x[^0] is x[x.Length]: the method always throws there. A derivative that drops the read (its value unused,
                // or times 0) would return a value instead.
                Report(fromEnd, "The index from the end '^0'", "^0 is the length itself, one past the last element, so the method always throws IndexOutOfRangeException there; the last element is ^1", DiagnosticDescriptors.NotSupportedYet);
                return new IntegerNumber(0);
            }

            return new IntegerArithmetic(IrOp.Subtract, new LengthOf(array), LowerInteger(fromEnd.Operand));
        }

        /// <summary>How the method names a floating-point array or span it reads elements of (a parameter, a local array, or a field's access); null for anything else.</summary>
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
    }
}
