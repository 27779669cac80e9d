using System.Linq;
using DiffGen.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace DiffGen.Generator.Lowering
{
    /// <summary>Why a call outside the derivative table cannot be differentiated, and which way out applies to it.</summary>
    internal static class CallClassifier
    {
        /// <summary>
        /// The call as both lowering routes report it: LINQ, a lambda or delegate invoked, a local
        /// function, or a call that takes a lambda or delegate each get their own way out; other calls
        /// go by their target (see <see cref="Classify(IMethodSymbol, string)"/>).
        /// </summary>
        public static UnsupportedConstruct Classify(IInvocationOperation call, string shown)
        {
            IMethodSymbol target = call.TargetMethod;
            if (IsLinq(target))
            {
                return new UnsupportedConstruct(DiagnosticDescriptors.NoDerivative, shown, LoweringAdvice.Linq(LinqSource(call)));
            }

            if (target.MethodKind == MethodKind.DelegateInvoke && call.Instance != null)
            {
                string invoked = UnsupportedConstructs.Shorten(call.Instance.Syntax);
                return new UnsupportedConstruct(DiagnosticDescriptors.NoDerivative, invoked, "'" + invoked + "' is a lambda or delegate of type '" + call.Instance.Type?.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + "'; " + LoweringAdvice.Delegates);
            }

            if (target.MethodKind == MethodKind.LocalFunction)
            {
                return new UnsupportedConstruct(DiagnosticDescriptors.NoDerivative, target.Name, "'" + target.Name + "' is a local function; " + LoweringAdvice.LocalFunction);
            }

            UnsupportedConstruct byTarget = Classify(target, shown);
            IParameterSymbol? code = target.Parameters.FirstOrDefault(p => p.Type.TypeKind == TypeKind.Delegate);
            if (byTarget.Descriptor == DiagnosticDescriptors.NoDerivative && code != null)
            {
                return new UnsupportedConstruct(DiagnosticDescriptors.NoDerivative, shown, "it takes a lambda or delegate (its parameter '" + code.Name + "'); " + LoweringAdvice.Delegates);
            }

            return byTarget;
        }

        /// <summary>
        /// A call reported as a whole, with the lambdas, delegates, queries and LINQ calls inside it:
        /// a LINQ call, or a call that takes a lambda or delegate. Those parts are not reported again.
        /// </summary>
        public static bool ReportedWhole(IMethodSymbol target) => IsLinq(target) || target.Parameters.Any(p => p.Type.TypeKind == TypeKind.Delegate);

        /// <summary>A part of a call reported whole: a lambda, a delegate, a query or a LINQ call.</summary>
        public static bool IsPartOfWhole(IOperation value)
        {
            while (value is IConversionOperation conversion)
            {
                value = conversion.Operand;
            }

            return value is IAnonymousFunctionOperation or IDelegateCreationOperation or ITranslatedQueryOperation
                || (value is IInvocationOperation inner && IsLinq(inner.TargetMethod));
        }

        /// <summary>The array a LINQ chain or query starts from, as the source names it (xs, Weights); "values" when it is not a plain name.</summary>
        public static string LinqSource(IOperation operation)
        {
            while (true)
            {
                switch (operation)
                {
                    case IConversionOperation conversion:
                        operation = conversion.Operand;
                        break;
                    case ITranslatedQueryOperation query:
                        operation = query.Operation;
                        break;
                    case IInvocationOperation call when IsLinq(call.TargetMethod) && (call.Instance ?? call.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0)?.Value) is IOperation source:
                        operation = source;
                        break;
                    case IParameterReferenceOperation or ILocalReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation { Property.Parameters.Length: 0 }:
                        return UnsupportedConstructs.Shorten(operation.Syntax);
                    default:
                        return "values";
                }
            }
        }

        private static bool IsLinq(IMethodSymbol target) => target.ContainingNamespace?.ToDisplayString() == "System.Linq";

        /// <summary>A call by its target alone: side effects (DIFF014), or no derivative (DIFF011) with the way out that applies.</summary>
        private static UnsupportedConstruct Classify(IMethodSymbol target, string shown)
        {
            string owner = target.ContainingType?.ToDisplayString() ?? string.Empty;
            string ns = target.ContainingNamespace?.ToDisplayString() ?? string.Empty;
            string construct = "The call to '" + shown + "'";

            if (owner == "System.Random" || owner == "System.Guid" && target.Name == "NewGuid")
            {
                return SideEffect(construct, "is random: the method would not be a function of its parameters; draw random numbers outside and pass them in");
            }

            if (owner == "System.Console" || ns == "System.IO" || ns.StartsWith("System.IO.", System.StringComparison.Ordinal) || owner == "System.Diagnostics.Debug" || owner == "System.Diagnostics.Trace")
            {
                return SideEffect(construct, "does input or output: a differentiable method must be a pure computation; do it before or after calling the method");
            }

            if (owner == "System.DateTime" || owner == "System.DateTimeOffset" || owner == "System.Environment" || owner == "System.Diagnostics.Stopwatch")
            {
                return SideEffect(construct, "reads the clock or the environment: the method would not be a function of its parameters; read it outside and pass the value in");
            }

            if (target.Name == "Parse" || target.Name == "TryParse" || target.Name == "ToString" || target.Name == "Format" || owner == "string" || owner == "System.Convert")
            {
                return SideEffect(construct, "converts between numbers and text, which has no derivative; parse or format outside the method");
            }

            string customWay = "declare its derivative with a [DerivativeOf(typeof(" + (target.ContainingType?.Name ?? "T") + "), nameof(" + (target.ContainingType?.Name ?? "T") + "." + target.Name + "))] method in this type (see docs/supported.md)";
            string way = target.DeclaringSyntaxReferences.Length > 0
                ? "it is not in the derivative table and not [Differentiable]; mark '" + target.Name + "' [Differentiable] (its generated gradient is then used), or " + customWay
                : "it is compiled elsewhere, not in the derivative table and not [Differentiable]; " + customWay + ", or compute the value from the Math functions in docs/supported.md";
            if (target.DeclaringSyntaxReferences.Length > 0 && target.Parameters.FirstOrDefault(q => q.RefKind != RefKind.None) is IParameterSymbol byReference)
            {
                // Neither [Differentiable] nor a [DerivativeOf] takes a parameter passed by reference: marking it would be a dead end.
                way = byReference.RefKind == RefKind.Out
                    ? "it is not [Differentiable], and it returns a value through the out parameter '" + byReference.Name + "', which neither [Differentiable] nor a [DerivativeOf] takes; "
                      + "split it into one method per value it computes (one returning what '" + byReference.Name + "' receives) and mark those [Differentiable]"
                    : "it is not [Differentiable], and it takes '" + byReference.Name + "' by reference (" + (byReference.RefKind == RefKind.Ref ? "ref" : "in") + "), which neither [Differentiable] nor a [DerivativeOf] takes; "
                      + "pass the value itself and mark '" + target.Name + "' [Differentiable]";
            }

            return new UnsupportedConstruct(DiagnosticDescriptors.NoDerivative, shown, way);
        }

        /// <summary>A member of Math or double that computes a number from numbers, as opposed to parsing or formatting.</summary>
        public static bool IsNumericFunction(IMethodSymbol target) =>
            target.Name != "Parse" && target.Name != "TryParse" && target.Name != "ToString" && target.Name != "Format";

        /// <summary>Properties that read the clock or the environment.</summary>
        public static UnsupportedConstruct? ClassifyProperty(IPropertySymbol property, string shown)
        {
            string owner = property.ContainingType?.ToDisplayString() ?? string.Empty;
            if (owner == "System.DateTime" || owner == "System.DateTimeOffset" || owner == "System.Environment" || owner == "System.Diagnostics.Stopwatch")
            {
                return SideEffect("Reading '" + shown + "'", "reads the clock or the environment: the method would not be a function of its parameters; read it outside and pass the value in");
            }

            return null;
        }

        private static UnsupportedConstruct SideEffect(string construct, string why) => new UnsupportedConstruct(DiagnosticDescriptors.SideEffect, construct, why);
    }
}
