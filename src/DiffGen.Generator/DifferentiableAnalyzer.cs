using System;
using System.Collections.Immutable;
using System.Linq;
using DiffGen.Generator.Diagnostics;
using DiffGen.Generator.Lowering;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DiffGen.Generator
{
    /// <summary>
    /// Reports, as the user types and in the build, everything that keeps a <c>[Differentiable]</c>
    /// method from being differentiated. It runs the generator's own lowering, so the two agree.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class DifferentiableAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            DiagnosticDescriptors.ContainingTypeNotPartial,
            DiagnosticDescriptors.UnsupportedReturnType,
            DiagnosticDescriptors.UnknownParameter,
            DiagnosticDescriptors.ParameterNotFloatingPoint,
            DiagnosticDescriptors.NothingToDifferentiate,
            DiagnosticDescriptors.UnsupportedSignature,
            DiagnosticDescriptors.GeneratedNameCollision,
            DiagnosticDescriptors.UnsupportedConstruct,
            DiagnosticDescriptors.NoDerivative,
            DiagnosticDescriptors.PiecewiseConstant,
            DiagnosticDescriptors.CutsDerivative,
            DiagnosticDescriptors.SideEffect,
            DiagnosticDescriptors.NotSupportedYet,
            DiagnosticDescriptors.NoDerivativeForArgument,
            DiagnosticDescriptors.StopOfInteger,
            DiagnosticDescriptors.DerivativeTargetNotFound,
            DiagnosticDescriptors.InvalidDerivativeSignature);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterSyntaxNodeAction(AnalyzeMethod, SyntaxKind.MethodDeclaration);
            context.RegisterSyntaxNodeAction(AnalyzeLocalFunction, SyntaxKind.LocalFunctionStatement);
        }

        /// <summary>A local function has no type to add generated members to: say so rather than ignore the attribute.</summary>
        private static void AnalyzeLocalFunction(SyntaxNodeAnalysisContext context) =>
            AttributedLocalFunctions.Report(context, DifferentiableMethods.DifferentiableAttribute, DiagnosticDescriptors.UnsupportedSignature);

        private static void AnalyzeMethod(SyntaxNodeAnalysisContext context)
        {
            var syntax = (MethodDeclarationSyntax)context.Node;
            if (!(context.SemanticModel.GetDeclaredSymbol(syntax, context.CancellationToken) is IMethodSymbol method)
                || (syntax.AttributeLists.Count == 0 && method.PartialDefinitionPart == null))
            {
                // No attribute here: nothing to analyze, unless this is the part with the body of a partial method whose
                // declaration carries [Differentiable] (its attributes apply to both parts, and this part is the one read).
                return;
            }

            if (CustomDerivatives.AttributeOf(method) is AttributeData derivativeOf)
            {
                (IMethodSymbol? original, DiagnosticDescriptor? descriptor, string reason) = CustomDerivatives.Check(method, derivativeOf);
                if (descriptor != null)
                {
                    context.ReportDiagnostic(Diagnostic.Create(descriptor, syntax.Identifier.GetLocation(), method.Name, reason));
                }
                else if (original != null && CustomDerivatives.Rivals(method, original).FirstOrDefault() is IMethodSymbol rival)
                {
                    // Two derivatives of one method where a caller finds both: the search's order would pick one, silently.
                    context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.DerivativeTargetNotFound, syntax.Identifier.GetLocation(), method.Name,
                        "'" + rival.ContainingType.Name + "." + rival.Name + "' is a custom derivative of '" + original.ContainingType.Name + "." + original.Name + "' too, and a call of it from here would take one of the two by the order DiffGen looks them up; keep one (to change a library's derivative for your calls, call a method of your own that calls it, and give that method the derivative)"));
                }
            }

            AttributeData? attribute = DifferentiableMethods.DifferentiableAttribute(method);
            if (attribute == null || DifferentiableMethods.IsBodilessPartOfImplementedPartial(method, syntax))
            {
                // A partial method is analyzed once, at the part with the body.
                return;
            }

            LoweringOutcome outcome;
            try
            {
                outcome = MethodLowering.Lower(method, syntax, attribute, context.SemanticModel, context.CancellationToken);
            }
            catch (Exception exception) when (!(exception is OperationCanceledException))
            {
                // The generator runs the same lowering and reports the failure on this method as DIFF900.
                return;
            }

            foreach (Problem problem in outcome.Problems)
            {
                context.ReportDiagnostic(problem.ToDiagnostic());
            }

            SyntaxNode? body = (SyntaxNode?)syntax.Body ?? syntax.ExpressionBody;
            if (body != null && context.SemanticModel.GetOperation(body, context.CancellationToken) is IOperation operation)
            {
                foreach (Diagnostic diagnostic in StopOverloadCheck.Check(method, operation))
                {
                    context.ReportDiagnostic(diagnostic);
                }
            }
        }
    }
}
