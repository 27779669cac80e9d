using System;
using System.Linq;
using DiffGen.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DiffGen.Generator.Lowering
{
    /// <content>Expressions: constants, reads, arithmetic, conversions and calls of the math library.</content>
    internal sealed partial class BodyLowering
    {
        private int LowerExpression(IOperation expression)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (expression.ConstantValue.HasValue && TryNumber(expression.ConstantValue.Value, out double constant))
            {
                // A named constant keeps its name, so the output reads "g" or "Math.PI", not 9.81 or 3.14159...
                switch (expression)
                {
                    case ILocalReferenceOperation { Local.IsConst: true } local:
                        return ir.NamedConstant(local.Local.Name, constant, string.Empty);
                    case IFieldReferenceOperation { Field.IsConst: true } field:
                        return ir.NamedConstant(ConstantName(field.Field), constant, FieldAccess(field.Field));
                    default:
                        return ir.Constant(constant);
                }
            }

            switch (expression)
            {
                case IParameterReferenceOperation parameter:
                    return values[parameter.Parameter];
                case ILocalReferenceOperation local:
                    // A local without a value was either reported where it was declared or
                    // assigned, or is a compile error: report nothing more here.
                    return values.TryGetValue(local.Local, out int value) ? value : ir.Constant(0);
                case IConversionOperation conversion:
                    return LowerConversion(conversion);
                case IBinaryOperation binary:
                    return LowerBinary(binary);
                case IUnaryOperation { OperatorMethod: null, OperatorKind: UnaryOperatorKind.Minus } minus:
                    return ir.Unary(IrOp.Negate, LowerExpression(minus.Operand));
                case IUnaryOperation { OperatorMethod: null, OperatorKind: UnaryOperatorKind.Plus } plus:
                    return LowerExpression(plus.Operand);
                case IInvocationOperation invocation:
                    return LowerCall(invocation);
                case IFieldReferenceOperation field:
                    return LowerField(field);
                case IPropertyReferenceOperation property when IsAutoProperty(property.Property):
                    return LowerAutoProperty(property);
                default:
                    return Fail(expression, ConstructNames.Describe(expression), ConstructNames.Advice(expression));
            }
        }

        private int LowerConversion(IConversionOperation conversion)
        {
            ITypeSymbol? from = conversion.Operand.Type;
            if (conversion.OperatorMethod != null)
            {
                return Fail(conversion, "The user-defined conversion '" + conversion.Syntax + "'", "DiffGen differentiates double and float arithmetic only; convert to double or float first");
            }

            if (conversion.Type == null || !RoslynNames.IsFloatingPoint(conversion.Type))
            {
                return Fail(conversion, "The conversion '" + conversion.Syntax + "' to '" + conversion.Type?.ToDisplayString() + "'", "a conversion to a non-floating-point type cuts the derivative; keep the value in double or float");
            }

            if (from != null && RoslynNames.IsFloatingPoint(from))
            {
                // double <-> float: the same value at another precision; the derivative passes through.
                return LowerExpression(conversion.Operand);
            }

            if (from != null && RoslynNames.IsInteger(from))
            {
                return LowerIntegerOperand(conversion.Operand);
            }

            return Fail(conversion.Operand, "The expression '" + conversion.Operand.Syntax + "' of type '" + from?.ToDisplayString() + "'", "only double, float and integer values can be converted to double or float here");
        }

        /// <summary>An integer value converted to double or float: only integer parameters and fields (data, never differentiated) are read.</summary>
        private int LowerIntegerOperand(IOperation operand)
        {
            switch (operand)
            {
                case IParameterReferenceOperation parameter:
                    return values[parameter.Parameter];
                case IFieldReferenceOperation field:
                    return LowerField(field);
                case IPropertyReferenceOperation property when IsAutoProperty(property.Property):
                    return LowerAutoProperty(property);
                case IConversionOperation { Operand.Type: { } inner } cut when RoslynNames.IsFloatingPoint(inner):
                    LowerExpression(cut.Operand);
                    return Fail(cut, "The conversion '" + cut.Syntax + "' to '" + cut.Type?.ToDisplayString() + "'", "a conversion to an integer type is piecewise constant: its derivative is zero almost everywhere, so it cuts the derivative; keep the value in double or float");
                case IInvocationOperation call:
                    return LowerCall(call);
                default:
                    return Fail(operand, "The integer expression '" + operand.Syntax + "'", "integer arithmetic on variables is not supported yet; use integer parameters, fields or constants directly, or compute in double");
            }
        }

        private int LowerBinary(IBinaryOperation binary)
        {
            IrOp? op = ArithmeticOp(binary.OperatorKind);
            if (binary.OperatorMethod != null)
            {
                return Fail(binary, "The user-defined operator in '" + binary.Syntax + "'", "DiffGen differentiates double and float arithmetic only");
            }

            if (binary.OperatorKind == BinaryOperatorKind.Remainder)
            {
                return Fail(binary, "The remainder operator '%' in '" + binary.Syntax + "'", "x % y is piecewise: its derivative is 1 between jumps and undefined at them; rewrite without %");
            }

            if (op == null || binary.Type == null || !RoslynNames.IsFloatingPoint(binary.Type))
            {
                return Fail(binary, "The operator in '" + binary.Syntax + "'", "only +, -, * and / on double or float values can be differentiated (comparisons, bitwise, shift and logical operators cannot)");
            }

            return ir.Binary(op.Value, LowerExpression(binary.LeftOperand), LowerExpression(binary.RightOperand));
        }

        private int LowerCall(IInvocationOperation invocation)
        {
            IMethodSymbol target = invocation.TargetMethod;
            string owner = target.ContainingType?.ToDisplayString() ?? string.Empty;
            string shown = owner.Length > 0 ? owner + "." + target.Name : target.Name;
            bool mathLibrary = owner == "System.Math" || owner == "System.MathF" || owner == "double" || owner == "float";
            IrFunction function = default;
            bool known = mathLibrary && Enum.TryParse(target.Name, out function) && MathCalls.AcceptsArity(function, invocation.Arguments.Length)
                && RoslynNames.IsFloatingPoint(target.ReturnType) && target.Parameters.All(p => RoslynNames.IsFloatingPoint(p.Type));
            if (!known)
            {
                // Lower the arguments anyway, so problems inside them are reported in the same pass.
                foreach (IArgumentOperation argument in invocation.Arguments)
                {
                    LowerExpression(argument.Value);
                }

                string advice = mathLibrary ? NoDerivative.ForMathMember(target) : NoDerivative.For(target);
                return Fail(invocation, shown, advice, DiagnosticDescriptors.NoDerivative);
            }

            int[] arguments = invocation.Arguments.OrderBy(a => a.Parameter?.Ordinal ?? 0).Select(a => LowerExpression(a.Value)).ToArray();
            return ir.Call(function, arguments);
        }

        private int LowerField(IFieldReferenceOperation reference)
        {
            IFieldSymbol field = reference.Field;
            bool numeric = RoslynNames.IsFloatingPoint(field.Type) || RoslynNames.IsInteger(field.Type);
            bool onThisObject = field.IsStatic || reference.Instance is IInstanceReferenceOperation;
            if (!numeric || !onThisObject)
            {
                return Fail(reference, "The field read '" + reference.Syntax + "'", "only numeric fields of this object or static numeric fields can be read (as constants)");
            }

            return ir.Field(FieldAccess(field));
        }

        /// <summary>
        /// An auto-property (including a record's positional property) only reads its backing
        /// field, so it is read like a field, as a constant; other properties may run code.
        /// </summary>
        private static bool IsAutoProperty(IPropertySymbol property) =>
            property.Parameters.Length == 0
            && property.ContainingType.GetMembers().OfType<IFieldSymbol>().Any(f => SymbolEqualityComparer.Default.Equals(f.AssociatedSymbol, property));

        private int LowerAutoProperty(IPropertyReferenceOperation reference)
        {
            IPropertySymbol property = reference.Property;
            bool numeric = RoslynNames.IsFloatingPoint(property.Type) || RoslynNames.IsInteger(property.Type);
            bool onThisObject = property.IsStatic || reference.Instance is IInstanceReferenceOperation;
            if (!numeric || !onThisObject)
            {
                return Fail(reference, "The property read '" + reference.Syntax + "'", "only numeric auto-properties and fields of this object, or static ones, can be read (as constants)");
            }

            string access = property.IsStatic
                ? property.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "." + RoslynNames.Identifier(property.Name)
                : "this." + RoslynNames.Identifier(property.Name);
            return ir.Field(ConvertedAccess(access, property.Type));
        }

        /// <summary>How generated code reads a field, converted to the method's type when it has another.</summary>
        private string FieldAccess(IFieldSymbol field)
        {
            string access = field.IsStatic
                ? field.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "." + RoslynNames.Identifier(field.Name)
                : "this." + RoslynNames.Identifier(field.Name);
            return ConvertedAccess(access, field.Type);
        }

        private string ConvertedAccess(string access, ITypeSymbol type)
        {
            string typeName = method.ReturnType.SpecialType == SpecialType.System_Single ? "float" : "double";
            return RoslynNames.Keyword(type) == typeName ? access : "(" + typeName + ")" + access;
        }

        private static string ConstantName(IFieldSymbol field) => (field.ContainingType?.ToDisplayString(), field.Name) switch
        {
            ("System.Math" or "System.MathF", "PI") => "π",
            ("System.Math" or "System.MathF", "E") => "e",
            ("System.Math" or "System.MathF", "Tau") => "τ",
            _ => field.Name,
        };

        private static IrOp? ArithmeticOp(BinaryOperatorKind kind) => kind switch
        {
            BinaryOperatorKind.Add => IrOp.Add,
            BinaryOperatorKind.Subtract => IrOp.Subtract,
            BinaryOperatorKind.Multiply => IrOp.Multiply,
            BinaryOperatorKind.Divide => IrOp.Divide,
            _ => null,
        };

        private static bool TryNumber(object? value, out double number)
        {
            switch (value)
            {
                case double d: number = d; return true;
                case float f: number = f; return true;
                case int i: number = i; return true;
                case long l: number = l; return true;
                case short s: number = s; return true;
                case byte b: number = b; return true;
                case sbyte sb: number = sb; return true;
                case uint ui: number = ui; return true;
                case ulong ul: number = ul; return true;
                case ushort us: number = us; return true;
                default: number = 0; return false;
            }
        }

        /// <summary>Records a problem and returns a placeholder so lowering can go on and report the rest.</summary>
        private int Fail(IOperation at, string construct, string advice, DiagnosticDescriptor? descriptor = null)
        {
            problems.Add(new Problem(descriptor ?? DiagnosticDescriptors.UnsupportedConstruct, at.Syntax.GetLocation(), construct, advice));
            return ir.Constant(0);
        }
    }
}
