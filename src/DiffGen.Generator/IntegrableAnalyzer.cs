using System.Collections.Immutable;
using System;
using DiffGen.Generator.Diagnostics;
using DiffGen.Generator.Ir;
using DiffGen.Generator.Lowering.Integrals;
using DiffGen.Generator.Lowering;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis;

namespace DiffGen.Generator
{
    /// <summary>
    /// Reports, as the user types and in the build, everything that keeps an <c>[Integrable]</c> method
    /// from getting a generated <c>MIntegral</c>. It runs the generator's own reader, so the two agree.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class IntegrableAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            DiagnosticDescriptors.ContainingTypeNotPartial,
            DiagnosticDescriptors.GeneratedNameCollision,
            DiagnosticDescriptors.InvalidIntegrationVariable,
            DiagnosticDescriptors.NoIntegrationVariable,
            DiagnosticDescriptors.TooManyIntegrationVariables,
            DiagnosticDescriptors.IntegrandCannotHoldParameter,
            DiagnosticDescriptors.UnsupportedIntegrandReturnType,
            DiagnosticDescriptors.UnsupportedIntegrableSignature,
            DiagnosticDescriptors.NoClosedForm);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterSyntaxNodeAction(AnalyzeMethod, SyntaxKind.MethodDeclaration);
            context.RegisterSyntaxNodeAction(AnalyzeLocalFunction, SyntaxKind.LocalFunctionStatement);
        }

        /// <summary>A local function has no type to add generated members to: say so rather than ignore the attribute.</summary>
        private static void AnalyzeLocalFunction(SyntaxNodeAnalysisContext context) =>
            AttributedLocalFunctions.Report(context, IntegrableReader.AttributeOf, DiagnosticDescriptors.UnsupportedIntegrableSignature);

        private static void AnalyzeMethod(SyntaxNodeAnalysisContext context)
        {
            var syntax = (MethodDeclarationSyntax)context.Node;
            if (syntax.AttributeLists.Count == 0 || !(context.SemanticModel.GetDeclaredSymbol(syntax, context.CancellationToken) is IMethodSymbol method))
            {
                return;
            }

            AttributeData? attribute = IntegrableReader.AttributeOf(method);
            if (attribute == null || !WrittenOn(attribute, syntax))
            {
                // A partial method is analyzed once, at the part the attribute is written on (the one the generator reads).
                return;
            }

            IntegrableOutcome outcome;
            string? noClosedForm = null;
            try
            {
                outcome = IntegrableReader.Read(method, syntax, attribute, context.CancellationToken);
                if (outcome.Method != null && outcome.Problems.Count == 0)
                {
                    // The generator's own search: the message says why it emits no MAntiderivative.
                    IntegrableMethod withIntegrand = ClosedForms.WithIntegrand(outcome.Method, method, syntax, context.SemanticModel, context.CancellationToken);
                    noClosedForm = ClosedForms.Reason(withIntegrand, ClosedForms.Find(withIntegrand));
                }
            }
            catch (Exception exception) when (!(exception is OperationCanceledException))
            {
                // The generator runs the same reader and reports the failure on this method as DIFF900.
                return;
            }

            foreach (Problem problem in outcome.Problems)
            {
                context.ReportDiagnostic(problem.ToDiagnostic());
            }

            if (noClosedForm != null)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NoClosedForm, syntax.Identifier.GetLocation(), method.Name, noClosedForm));
            }
        }

        private static bool WrittenOn(AttributeData attribute, MethodDeclarationSyntax syntax) =>
            attribute.ApplicationSyntaxReference == null || syntax.Span.Contains(attribute.ApplicationSyntaxReference.Span) && attribute.ApplicationSyntaxReference.SyntaxTree == syntax.SyntaxTree;
    }
}
