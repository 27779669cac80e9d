using System.Collections.Immutable;
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
            DiagnosticDescriptors.NoDerivative);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterSyntaxNodeAction(AnalyzeMethod, SyntaxKind.MethodDeclaration);
        }

        private static void AnalyzeMethod(SyntaxNodeAnalysisContext context)
        {
            var syntax = (MethodDeclarationSyntax)context.Node;
            if (syntax.AttributeLists.Count == 0 || !(context.SemanticModel.GetDeclaredSymbol(syntax, context.CancellationToken) is IMethodSymbol method))
            {
                return;
            }

            AttributeData? attribute = MethodLowering.DifferentiableAttribute(method);
            if (attribute == null)
            {
                return;
            }

            LoweringOutcome outcome = MethodLowering.Lower(method, syntax, attribute, context.SemanticModel, context.CancellationToken);
            foreach (Problem problem in outcome.Problems)
            {
                context.ReportDiagnostic(problem.ToDiagnostic());
            }
        }
    }
}
