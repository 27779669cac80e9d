using System.Linq;
using DiffGen.Generator.Diagnostics;
using Microsoft.CodeAnalysis;

namespace DiffGen.Generator.Lowering
{
    /// <summary>Why a call outside the derivative table cannot be differentiated, and which way out applies to it.</summary>
    internal static class CallClassifier
    {
        public static UnsupportedConstruct Classify(IMethodSymbol target, string shown)
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
