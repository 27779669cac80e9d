using System.Linq;
using DiffGen.Generator.Ir;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DiffGen.Generator.Lowering
{
    /// <summary>What both routes, the analyzer and the pipeline read off a <c>[Differentiable]</c> method the same way.</summary>
    internal static class DifferentiableMethods
    {
        /// <summary>
        /// The declaration to read for a method: for a partial method, the part with the body
        /// (attributes on either part apply to both), or null when this part has no body and
        /// another part will be read.
        /// </summary>
        public static bool IsBodilessPartOfImplementedPartial(IMethodSymbol method, MethodDeclarationSyntax syntax) =>
            syntax.Body == null && syntax.ExpressionBody == null && method.PartialImplementationPart != null;

        /// <summary>Identifies a method across the pipeline: which generated members a call relies on.</summary>
        public static string KeyOf(IMethodSymbol method) => method.OriginalDefinition.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "(" + string.Join(",", method.Parameters.Select(p => p.Type.ToDisplayString())) + ")";

        /// <summary>The [Differentiable] attribute on a method, if any.</summary>
        public static AttributeData? DifferentiableAttribute(IMethodSymbol method) =>
            method.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == RoslynNames.DifferentiableAttribute);

        public static LocationInfo LocationOf(Location location)
        {
            FileLinePositionSpan lines = location.GetLineSpan();
            return new LocationInfo(
                lines.Path ?? string.Empty,
                location.SourceSpan.Start,
                location.SourceSpan.Length,
                lines.StartLinePosition.Line,
                lines.StartLinePosition.Character,
                lines.EndLinePosition.Line,
                lines.EndLinePosition.Character);
        }
    }
}
