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
        private int LowerUserCall(IInvocationOperation invocation, IMethodSymbol target, IMethodSymbol? custom)
        {
            if (CallLowering.CheckCallee(invocation, target, method, out string receiver) is Problem problem)
            {
                problems.Add(problem);
                return ir.Constant(0);
            }

            HashSet<string> differentiated = CallLowering.Differentiated(target, custom);
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
                        problems.Add(CallLowering.NoDerivativeForArgument(argument, target.Name));
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

            calls.Add(new CallTarget(
                target.Name,
                CallLowering.ValueAccess(target, receiver),
                CallLowering.GradientAccess(target, custom, receiver),
                parameters.ToEquatableArray(),
                CallLowering.RequiresGenerated(target, custom)));
            return ir.Invoke(calls.Count - 1, operands);
        }

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
                    return field.Field.IsStatic ? CallLowering.StaticPrefix(field.Field.ContainingType) + RoslynNames.Identifier(field.Field.Name) : "this." + RoslynNames.Identifier(field.Field.Name);
                default:
                    return null;
            }
        }
    }
}
