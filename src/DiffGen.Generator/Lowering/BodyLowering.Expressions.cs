using System;
using System.Linq;
using DiffGen.Generator.Diagnostics;
using DiffGen.Generator.Functions;
using DiffGen.Generator.Ir;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace DiffGen.Generator.Lowering
{
    /// <content>Expressions: constants, reads, arithmetic, conversions and calls of the math library.</content>
    internal sealed partial class BodyLowering
    {
        private int LowerExpression(IOperation expression)
        {
            cancellationToken.ThrowIfCancellationRequested();

            // Deeply nested input: fail with an exception (reported on the method), never a stack overflow.
            System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
            if (UnsupportedConstructs.ForExpressionSyntax(expression.Syntax) is UnsupportedConstruct checkedExpression)
            {
                Report(expression.Syntax.Parent!, checkedExpression);
            }

            if (expression.ConstantValue.HasValue && OperationFacts.Number(expression.ConstantValue.Value) is double constant
                && !OperationFacts.IsArithmeticOfNamedConstants(expression))
            {
                // A named constant keeps its name, so the output reads "g" or "Math.PI", not 9.81 or 3.14159...
                switch (expression)
                {
                    case ILocalReferenceOperation { Local.IsConst: true } local:
                        return ir.NamedConstant(local.Local.Name, constant, string.Empty);
                    case IFieldReferenceOperation { Field.IsConst: true } field:
                        return ir.NamedConstant(ConstantName(field.Field), constant, MemberAccess(field.Field, field.Field.Type));
                    default:
                        return IsOutsideFloat(constant)
                            ? Fail(expression, "The constant '" + expression.Syntax + "'", "it is outside float's range, and a float method computes in float; scale the computation, or make the method double", DiagnosticDescriptors.NotSupportedYet)
                            : ir.Constant(constant);
                }
            }

            switch (expression)
            {
                case IParameterReferenceOperation parameter:
                    return LowerParameter(parameter);
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
                case IConditionalOperation { WhenFalse: not null } conditional when conditional.Type != null && RoslynNames.IsFloatingPoint(conditional.Type):
                    return LowerConditionalExpression(conditional);
                case IFieldReferenceOperation field:
                    return LowerField(field);
                case IPropertyReferenceOperation property when OperationFacts.IsAutoProperty(property.Property):
                    return LowerAutoProperty(property);
                case IPropertyReferenceOperation property:
                    return LowerOpaqueProperty(property);
                default:
                    return Fail(expression, UnsupportedConstructs.Classify(expression));
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
                return Fail(conversion, "The conversion '" + conversion.Syntax + "' to '" + conversion.Type?.ToDisplayString() + "'", "a conversion to a non-floating-point type cuts the derivative; keep the value in double or float", DiagnosticDescriptors.CutsDerivative);
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

            if (from == null || from.TypeKind == TypeKind.Dynamic)
            {
                // A throw expression or a dynamic value: named by what it is, not by its type.
                return Fail(conversion.Operand, UnsupportedConstructs.Classify(conversion.Operand));
            }

            return Fail(conversion.Operand, "The expression '" + conversion.Operand.Syntax + "' of type '" + from?.ToDisplayString() + "'", "only double, float and integer values can be converted to double or float here");
        }

        /// <summary>An integer value converted to double or float: only integer parameters and fields (data, never differentiated) are read.</summary>
        private int LowerIntegerOperand(IOperation operand)
        {
            if (operand.ConstantValue.HasValue && OperationFacts.Number(operand.ConstantValue.Value) is double constant)
            {
                return ir.Constant(constant);
            }

            switch (operand)
            {
                case IParameterReferenceOperation parameter:
                    return LowerParameter(parameter);
                case IFieldReferenceOperation field:
                    return LowerField(field);
                case IPropertyReferenceOperation property when OperationFacts.IsAutoProperty(property.Property):
                    return LowerAutoProperty(property);
                case IConversionOperation { Operand.Type: { } inner } cut when RoslynNames.IsFloatingPoint(inner):
                    LowerExpression(cut.Operand);
                    return Fail(cut, "The conversion '" + cut.Syntax + "' to '" + cut.Type?.ToDisplayString() + "'", "an integer is piecewise constant in the value it came from (its derivative is zero almost everywhere); keep the value in double or float, or use Math.Floor or Math.Round if the rounding is intended", DiagnosticDescriptors.CutsDerivative);
                case IInvocationOperation call:
                    return LowerCall(call);
                case ILocalReferenceOperation:
                    // An integer local is reported where it is declared.
                    return ir.Constant(0);
                case IPropertyReferenceOperation property:
                    return LowerOpaqueProperty(property);
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract or BinaryOperatorKind.Multiply or BinaryOperatorKind.Divide or BinaryOperatorKind.Remainder } arithmetic:
                    LowerIntegerOperand(arithmetic.LeftOperand);
                    LowerIntegerOperand(arithmetic.RightOperand);
                    return Fail(operand, "The integer arithmetic '" + operand.Syntax + "'", LoweringAdvice.IntegerArithmetic, DiagnosticDescriptors.NotSupportedYet);
                case IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus, OperatorMethod: null } minus:
                    return ir.Unary(IrOp.Negate, LowerIntegerOperand(minus.Operand));
                case IConditionalOperation { WhenFalse: not null } choice:
                    // x > 0 ? 1 : 0: a choice between integer values (constants, parameters, fields).
                    return ir.Select(LowerCondition(choice.Condition), LowerIntegerOperand(choice.WhenTrue), LowerIntegerOperand(choice.WhenFalse));
                case IUnaryOperation { OperatorKind: UnaryOperatorKind.Plus, OperatorMethod: null } plus:
                    return LowerIntegerOperand(plus.Operand);
                case IUnaryOperation complement:
                    LowerIntegerOperand(complement.Operand);
                    return Fail(operand, "The operator in '" + complement.Syntax + "'", "it works on the bits of an integer, not on a continuous value; compute with + - * / and the Math functions", DiagnosticDescriptors.CutsDerivative);
                case IBinaryOperation bitwise:
                    // A bitwise or shift operator, or a comparison: report what feeds it too.
                    LowerIntegerOperand(bitwise.LeftOperand);
                    LowerIntegerOperand(bitwise.RightOperand);
                    return Fail(operand, UnsupportedConstructs.Classify(operand));
                case IConversionOperation { Operand.Type: { } inner, IsImplicit: true } widening when RoslynNames.IsInteger(inner):
                    // An implicit conversion between integer types keeps the value.
                    return LowerIntegerOperand(widening.Operand);
                case IConversionOperation { Operand.Type: { } inner } narrowing when RoslynNames.IsInteger(inner):
                    LowerIntegerOperand(narrowing.Operand);
                    return Fail(operand, "The integer conversion '" + narrowing.Syntax + "'", LoweringAdvice.IntegerArithmetic, DiagnosticDescriptors.NotSupportedYet);
                default:
                    UnsupportedConstruct classified = UnsupportedConstructs.Classify(operand);
                    return classified.Descriptor == DiagnosticDescriptors.UnsupportedConstruct && classified.Construct.StartsWith("The construct", StringComparison.Ordinal)
                        ? Fail(operand, "The integer expression '" + operand.Syntax + "'", LoweringAdvice.IntegerArithmetic, DiagnosticDescriptors.NotSupportedYet)
                        : Fail(operand, classified);
            }
        }

        private int LowerBinary(IBinaryOperation binary)
        {
            IrOp? op = OperationFacts.ArithmeticOp(binary.OperatorKind);
            if (binary.OperatorMethod != null)
            {
                return Fail(binary, "The user-defined operator in '" + binary.Syntax + "'", "DiffGen differentiates double and float arithmetic only");
            }

            if (op == null || binary.Type == null || !RoslynNames.IsFloatingPoint(binary.Type))
            {
                UnsupportedConstruct classified = UnsupportedConstructs.Classify(binary);
                return classified.Descriptor == DiagnosticDescriptors.UnsupportedConstruct
                    ? Fail(binary, "The operator in '" + binary.Syntax + "'", "only + - * / and % on double or float values can be differentiated")
                    : Fail(binary, classified);
            }

            if (op == IrOp.Remainder)
            {
                WarnPiecewise(binary, "The remainder '" + binary.Syntax + "'", LoweringAdvice.Remainder);
            }

            return ir.Binary(op.Value, LowerExpression(binary.LeftOperand), LowerExpression(binary.RightOperand));
        }

        private int LowerCall(IInvocationOperation invocation)
        {
            IMethodSymbol target = invocation.TargetMethod;
            CallKind kind = CallLowering.Kind(target, invocation.Arguments.Length);
            if (kind == CallKind.Stop)
            {
                // Gradient.Stop(x): x is kept as a value with no derivative, so deliberate uses inside it raise no warning.
                stopDepth++;
                int stopped = LowerExpression(invocation.Arguments[0].Value);
                stopDepth--;
                return ir.Call(ElementaryFunction.Stop, new[] { stopped });
            }

            if (kind == CallKind.Method && CallLowering.HasKnownDerivative(target, method, out IMethodSymbol? custom))
            {
                return LowerUserCall(invocation, target, custom);
            }

            FunctionRow? row = kind == CallKind.MathMember ? ElementaryFunctions.ForMember(target.Name) : null;
            bool known = row != null && row.AcceptsArity(invocation.Arguments.Length)
                && (RoslynNames.IsFloatingPoint(target.ReturnType) || row.ReturnsInteger) && target.Parameters.All(p => RoslynNames.IsFloatingPoint(p.Type));
            if (row == null || !known)
            {
                Problem problem = CallLowering.Unsupported(invocation, kind);
                foreach (IOperation part in CallLowering.PartsToExamine(invocation, kind, problem))
                {
                    // Examine the receiver and arguments anyway, so problems inside them are reported in the same pass.
                    ExamineArgument(part);
                }

                if (!CallLowering.IsCallOfLocalDelegate(invocation))
                {
                    // (A local holding a delegate is reported where it is declared.)
                    problems.Add(problem);
                }

                return ir.Constant(0);
            }

            if (row.NoGradientReason != null)
            {
                WarnPiecewise(invocation, "'" + CallLowering.Shown(target) + "'", row.NoGradientReason);
            }

            int[] arguments = invocation.Arguments.OrderBy(a => a.Parameter?.Ordinal ?? 0).Select(a => LowerExpression(a.Value)).ToArray();
            return ir.Call(row.Function, arguments);
        }

        private int LowerField(IFieldReferenceOperation reference) => LowerMemberRead(reference, reference.Field, reference.Field.Type, reference.Instance, "field");


        private int LowerAutoProperty(IPropertyReferenceOperation reference) => LowerMemberRead(reference, reference.Property, reference.Property.Type, reference.Instance, "property");

        /// <summary>A numeric field or auto-property of this object (or a static one), read as a constant.</summary>
        private int LowerMemberRead(IOperation reference, ISymbol member, ITypeSymbol type, IOperation? instance, string kind)
        {
            bool numeric = RoslynNames.IsFloatingPoint(type) || RoslynNames.IsInteger(type);
            bool onThisObject = member.IsStatic || instance is IInstanceReferenceOperation;
            if (!numeric || !onThisObject)
            {
                return Fail(reference, "The " + kind + " read '" + reference.Syntax + "'", "only numeric fields and auto-properties of this object, or static ones, can be read (as constants)");
            }

            return ir.Field(MemberAccess(member, type, instance));
        }

        /// <summary>How generated code reads a field or property, converted to the method's type when it has another.</summary>
        private string MemberAccess(ISymbol member, ITypeSymbol type, IOperation? instance = null)
        {
            string access = member.IsStatic
                ? member.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "." + RoslynNames.Identifier(member.Name)
                : (instance?.Syntax is BaseExpressionSyntax ? "base." : "this.") + RoslynNames.Identifier(member.Name);
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


        private bool IsOutsideFloat(double value) =>
            method.ReturnType.SpecialType == SpecialType.System_Single
            && !double.IsInfinity(value) && !double.IsNaN(value) && (Math.Abs(value) > float.MaxValue || (value != 0 && Math.Abs(value) < 1e-45));

        /// <summary>
        /// Looks inside an argument of a call that is already reported, for problems of its own
        /// (a side effect, a cut derivative); plain values such as literals, <c>this</c>, locals and
        /// parameters, and the conversions that pass them, raise nothing more.
        /// </summary>
        private void ExamineArgument(IOperation value)
        {
            value = CallLowering.PassedValue(value);
            switch (value)
            {
                case { } plain when CallLowering.IsPlainValue(plain):
                    return;
                case IInvocationOperation call:
                    LowerCall(call);
                    return;
                case IPropertyReferenceOperation property:
                    LowerOpaqueProperty(property);
                    return;
                default:
                    if (value.Type != null && (RoslynNames.IsFloatingPoint(value.Type) || RoslynNames.IsInteger(value.Type)))
                    {
                        LowerExpression(value);
                    }
                    else
                    {
                        Fail(value, UnsupportedConstructs.Classify(value));
                    }

                    return;
            }
        }

        /// <summary>
        /// A property that is not an auto-property: reported for what its receiver does if that is
        /// the problem (<c>x.ToString().Length</c>, <c>DateTime.Now.Second</c>), else for itself.
        /// </summary>
        private int LowerOpaqueProperty(IPropertyReferenceOperation property)
        {
            int before = problems.Count;
            if (property.Instance is IInvocationOperation or IPropertyReferenceOperation)
            {
                ExamineArgument(property.Instance);
            }

            if (problems.Count > before)
            {
                return ir.Constant(0);
            }

            return CallClassifier.ClassifyProperty(property.Property, property.Syntax.ToString()) is UnsupportedConstruct clock
                ? Fail(property, clock)
                : Fail(property, UnsupportedConstructs.Classify(property));
        }

        /// <summary>The method's own parameter, or a primary-constructor parameter the method captures (reported).</summary>
        private int LowerParameter(IParameterReferenceOperation parameter) =>
            values.TryGetValue(parameter.Parameter, out int value)
                ? value
                : Fail(parameter, "The primary constructor parameter '" + parameter.Parameter.Name + "'", "generated members in another part of the type cannot see it; copy it into a field or property and read that", DiagnosticDescriptors.NotSupportedYet);

        private int Fail(IOperation at, UnsupportedConstruct construct) => Fail(at, construct.Construct, construct.Advice, construct.Descriptor);

        /// <summary>A piecewise operation outside Gradient.Stop: differentiated by convention, with a warning.</summary>
        private void WarnPiecewise(IOperation at, string construct, string why)
        {
            if (stopDepth == 0)
            {
                Report(at.Syntax, DiagnosticDescriptors.PiecewiseConstant, construct, why);
            }
        }

        /// <summary>Records a problem and returns a placeholder so lowering can go on and report the rest.</summary>
        private int Fail(IOperation at, string construct, string advice, DiagnosticDescriptor? descriptor = null)
        {
            Report(at.Syntax, descriptor ?? DiagnosticDescriptors.UnsupportedConstruct, construct, advice);
            return ir.Constant(0);
        }
    }
}
