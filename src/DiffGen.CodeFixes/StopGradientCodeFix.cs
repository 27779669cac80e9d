using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace DiffGen.CodeFixes
{
    /// <summary>
    /// DIFF012: wraps a deliberate piecewise-constant call (or remainder) in
    /// <c>Gradient.Stop(...)</c>, which keeps its value, gives it no derivative and silences the warning.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(StopGradientCodeFix)), Shared]
    public sealed class StopGradientCodeFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.PiecewiseConstant);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            SyntaxNode? node = root?.FindNode(context.Span, getInnermostNodeForTie: true);
            if (root == null || node == null)
            {
                return;
            }

            SyntaxNode? replacement = node switch
            {
                // The warning of a result that depends on its parameters only through comparisons stands at a comparison:
                // a bool, which Gradient.Stop does not take (the fix is to return Gradient.Stop of the value, or Newton's step).
                BinaryExpressionSyntax comparison when IsComparison(comparison) => null,
                AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.ModuloAssignmentExpression } compound => WrapCompound(compound),
                ExpressionSyntax expression => Wrap(expression),
                _ => null,
            };
            if (replacement == null)
            {
                return;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Wrap in Gradient.Stop(...) to treat it as a constant",
                    async cancellationToken =>
                    {
                        Document changed = context.Document.WithSyntaxRoot(root.ReplaceNode(node, replacement));
                        return await Simplifier.ReduceAsync(changed, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
                    },
                    equivalenceKey: nameof(StopGradientCodeFix)),
                context.Diagnostics);
        }

        /// <summary><c>Math.Round(x)</c> → <c>Gradient.Stop(Math.Round(x))</c> (the name shortened where a <c>using DiffGen;</c> allows).</summary>
        private static bool IsComparison(BinaryExpressionSyntax binary) => binary.Kind() is SyntaxKind.LessThanExpression or SyntaxKind.LessThanOrEqualExpression
            or SyntaxKind.GreaterThanExpression or SyntaxKind.GreaterThanOrEqualExpression or SyntaxKind.EqualsExpression or SyntaxKind.NotEqualsExpression;

        internal static ExpressionSyntax Wrap(ExpressionSyntax expression)
        {
            var stop = SyntaxFactory.ParseExpression("global::DiffGen.Gradient.Stop").WithAdditionalAnnotations(Simplifier.Annotation);
            return SyntaxFactory.InvocationExpression(
                    stop,
                    SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(expression.WithoutTrivia()))))
                .WithTriviaFrom(expression);
        }

        /// <summary><c>s %= 2.0</c> → <c>s = Gradient.Stop(s % 2.0)</c>.</summary>
        private static ExpressionSyntax WrapCompound(AssignmentExpressionSyntax compound)
        {
            // s %= a + b means s % (a + b): keep the parentheses; the simplifier drops them where they are not needed.
            ExpressionSyntax right = SyntaxFactory.ParenthesizedExpression(compound.Right.WithoutTrivia()).WithAdditionalAnnotations(Simplifier.Annotation);
            var remainder = SyntaxFactory.BinaryExpression(SyntaxKind.ModuloExpression, compound.Left.WithoutTrivia(), right);
            return SyntaxFactory.AssignmentExpression(SyntaxKind.SimpleAssignmentExpression, compound.Left, Wrap(remainder))
                .WithTriviaFrom(compound);
        }
    }
}
