using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DiffGen.CodeFixes
{
    /// <summary>DIFF001: adds <c>partial</c> to the type that needs it, just before its keyword.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakePartialCodeFix)), Shared]
    public sealed class MakePartialCodeFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.ContainingTypeNotPartial);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            TypeDeclarationSyntax? type = root?.FindToken(context.Span.Start).Parent?.AncestorsAndSelf().OfType<TypeDeclarationSyntax>().FirstOrDefault();
            if (root == null || type == null || type.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                return;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Make '" + type.Identifier.Text + "' partial",
                    cancellationToken => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(type, WithPartial(type)))),
                    equivalenceKey: nameof(MakePartialCodeFix)),
                context.Diagnostics);
        }

        /// <summary><c>public class C</c> → <c>public partial class C</c>; <c>class C</c> → <c>partial class C</c>, keeping comments and indentation.</summary>
        internal static TypeDeclarationSyntax WithPartial(TypeDeclarationSyntax type)
        {
            SyntaxToken partial = SyntaxFactory.Token(SyntaxKind.PartialKeyword).WithTrailingTrivia(SyntaxFactory.Space);
            if (type.Modifiers.Count == 0)
            {
                SyntaxToken keyword = type.Keyword;
                partial = partial.WithLeadingTrivia(keyword.LeadingTrivia);
                return type.WithKeyword(keyword.WithLeadingTrivia()).WithModifiers(SyntaxFactory.TokenList(partial));
            }

            return type.WithModifiers(type.Modifiers.Add(partial));
        }
    }
}
