using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Common;
using DiffGen.Generator.Diagnostics;
using DiffGen.Generator.Ir;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DiffGen.Generator.Lowering
{
    /// <content>
    /// Calls of other methods whose derivative is known: <c>[Differentiable]</c> methods (through
    /// their generated <c>MGradient</c>, never by inlining their bodies, so code grows linearly with
    /// the source and recursion works) and methods with a <c>[DerivativeOf]</c> derivative, which
    /// takes precedence.
    /// </content>
    internal sealed partial class BodyLowering
    {
        /// <summary>True when the call goes to a method whose derivative DiffGen knows or is given.</summary>
        private bool HasKnownDerivative(IMethodSymbol target, out IMethodSymbol? custom)
        {
            custom = CustomDerivatives.Find(target, method);
            return custom != null || DifferentiableMethods.DifferentiableAttribute(target) != null;
        }

        private int LowerUserCall(IInvocationOperation invocation, IMethodSymbol target, IMethodSymbol? custom)
        {
            string shown = "The call to '" + target.Name + "'";
            if (target.IsGenericMethod || target.Parameters.Any(p => p.RefKind != RefKind.None || p.IsParams))
            {
                return Fail(invocation, shown, "calls of generic methods, or of methods with ref, out, in or params parameters, cannot be differentiated yet; call a plain method", DiagnosticDescriptors.NotSupportedYet);
            }

            if (!SymbolEqualityComparer.Default.Equals(target.ReturnType, method.ReturnType))
            {
                return Fail(invocation, shown, "it returns " + target.ReturnType.ToDisplayString() + " and this method computes in " + method.ReturnType.ToDisplayString() + "; calls between double and float methods are not supported yet, so make both the same type", DiagnosticDescriptors.NotSupportedYet);
            }

            string? receiver = Receiver(invocation, target);
            if (receiver == null)
            {
                return Fail(invocation.Instance!, "The receiver '" + UnsupportedConstructs.Shorten(invocation.Instance!.Syntax) + "' of the call to '" + target.Name + "'", "call a static method, a method of this object, or a method of a field or parameter of this method");
            }

            HashSet<string> differentiated = custom != null ? CustomDerivatives.Differentiated(custom, target) : OperationFacts.DifferentiatedParameters(target);
            var parameters = new List<CallParameter>();
            var operands = new List<int>();
            foreach (IArgumentOperation argument in invocation.Arguments.OrderBy(a => a.Parameter?.Ordinal ?? 0))
            {
                IParameterSymbol parameter = argument.Parameter!;
                if (RoslynNames.IsFloatingPoint(parameter.Type))
                {
                    int value = LowerExpression(argument.Value);
                    bool hasDerivative = differentiated.Contains(parameter.Name);
                    if (!hasDerivative && ir.DependsOnDifferentiated(value))
                    {
                        Report(argument.Syntax, DiagnosticDescriptors.NoDerivativeForArgument, "The argument '" + UnsupportedConstructs.Shorten(argument.Value.Syntax) + "' depends on a differentiated parameter,",
                            "but '" + target.Name + "' is not differentiated with respect to its parameter '" + parameter.Name + "', so no derivative can flow back through it; add \"" + parameter.Name + "\" to the [Differentiable(...)] of '" + target.Name + "' (or an output d" + Identifiers.Capitalize(parameter.Name) + " to its [DerivativeOf] method), or wrap the argument in Gradient.Stop(...) if no derivative should flow");
                    }

                    parameters.Add(new CallParameter(parameter.Name, operands.Count, string.Empty, hasDerivative, RoslynNames.NumericTypeOf(parameter.Type)));
                    operands.Add(value);
                }
                else if (DataCode(argument.Value) is string code)
                {
                    parameters.Add(new CallParameter(parameter.Name, -1, code, false));
                }
                else
                {
                    Fail(argument.Value, "The argument '" + UnsupportedConstructs.Shorten(argument.Value.Syntax) + "' for the " + parameter.Type.ToDisplayString() + " parameter '" + parameter.Name + "'", "a non-floating-point argument must be a constant, a parameter or a field of this object");
                }
            }

            string gradientAccess = custom == null
                ? receiver + RoslynNames.Identifier(GeneratedNames.Gradient(target.Name))
                : (custom.IsStatic ? StaticPrefix(custom.ContainingType) : receiver) + RoslynNames.Identifier(custom.Name);
            calls.Add(new CallTarget(
                target.Name,
                receiver + RoslynNames.Identifier(target.Name),
                gradientAccess,
                parameters.ToEquatableArray(),
                custom == null ? DifferentiableMethods.KeyOf(target) : null));
            return ir.Invoke(calls.Count - 1, operands);
        }


        /// <summary>How generated code reaches the called method: <c>global::N.T.</c>, <c>this.</c>, <c>this.layer.</c> or <c>layer.</c>; null when the receiver is anything else.</summary>
        private string? Receiver(IInvocationOperation invocation, IMethodSymbol target)
        {
            if (target.IsStatic)
            {
                return StaticPrefix(target.ContainingType);
            }

            switch (invocation.Instance)
            {
                case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance } when !method.IsStatic:
                    return "this.";
                case IFieldReferenceOperation { Instance: IInstanceReferenceOperation, Field.IsStatic: false } field when !method.IsStatic:
                    return "this." + RoslynNames.Identifier(field.Field.Name) + ".";
                case IFieldReferenceOperation { Field.IsStatic: true } staticField:
                    return StaticPrefix(staticField.Field.ContainingType) + RoslynNames.Identifier(staticField.Field.Name) + ".";
                case IParameterReferenceOperation parameter when !RoslynNames.IsFloatingPoint(parameter.Type!):
                    return RoslynNames.Identifier(parameter.Parameter.Name) + ".";
                default:
                    return null;
            }
        }

        private static string StaticPrefix(INamedTypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + ".";

        /// <summary>A non-floating-point argument as generated code writes it: a constant, a parameter, or a field of this object.</summary>
        private string? DataCode(IOperation value)
        {
            if (value.ConstantValue.HasValue)
            {
                return value.ConstantValue.Value switch
                {
                    bool b => b ? "true" : "false",
                    int i => i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    long l => l.ToString(System.Globalization.CultureInfo.InvariantCulture) + "L",
                    _ => null,
                };
            }

            switch (value)
            {
                case IConversionOperation { IsImplicit: true } conversion:
                    return DataCode(conversion.Operand);
                case IParameterReferenceOperation parameter:
                    return RoslynNames.Identifier(parameter.Parameter.Name);
                case IFieldReferenceOperation { Instance: IInstanceReferenceOperation or null } field:
                    return field.Field.IsStatic ? StaticPrefix(field.Field.ContainingType) + RoslynNames.Identifier(field.Field.Name) : "this." + RoslynNames.Identifier(field.Field.Name);
                default:
                    return null;
            }
        }
    }
}
