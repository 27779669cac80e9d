using System;
using DiffGen.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DiffGen.Generator
{
    /// <summary>What both analyzers say of a local function marked with their attribute: it has no type to add generated members to.</summary>
    internal static class AttributedLocalFunctions
    {
        /// <param name="attributeOf">Finds the analyzer's attribute on a method, or null.</param>
        /// <param name="descriptor">The analyzer's diagnostic for a signature it cannot generate members for.</param>
        public static void Report(SyntaxNodeAnalysisContext context, Func<IMethodSymbol, AttributeData?> attributeOf, DiagnosticDescriptor descriptor)
        {
            var syntax = (LocalFunctionStatementSyntax)context.Node;
            if (syntax.AttributeLists.Count > 0
                && context.SemanticModel.GetDeclaredSymbol(syntax, context.CancellationToken) is IMethodSymbol function
                && attributeOf(function) != null)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    descriptor,
                    syntax.Identifier.GetLocation(),
                    function.Name,
                    "it is a local function, which has no type to add generated members to; make it a method of a partial type"));
            }
        }
    }
}
