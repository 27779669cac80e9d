using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace DiffGen.Generator.Tests.Infrastructure
{
    /// <summary>Reads generated members as syntax trees: which multiplications they make, which locals hold what, what an output is assigned.</summary>
    internal static class GeneratedSyntax
    {
        /// <summary>The generated member <paramref name="member"/> of the file generated for <paramref name="method"/>.</summary>
        public static MethodDeclarationSyntax Member(string source, string method, string member)
        {
            GeneratorRun run = GeneratorHarness.RunAndCompile(source);
            SyntaxNode root = CSharpSyntaxTree.ParseText(run.SourceFor(method)).GetRoot();
            return root.DescendantNodes().OfType<MethodDeclarationSyntax>().Single(m => m.Identifier.Text == member);
        }

        public static IEnumerable<BinaryExpressionSyntax> Products(SyntaxNode node) =>
            node.DescendantNodes().OfType<BinaryExpressionSyntax>().Where(b => b.IsKind(SyntaxKind.MultiplyExpression));

        public static bool IsName(ExpressionSyntax e, string name) => e is IdentifierNameSyntax identifier && identifier.Identifier.Text == name;

        /// <summary>The local whose whole initializer is <paramref name="e"/>.</summary>
        public static string LocalHolding(ExpressionSyntax e)
        {
            var declarator = Assert.IsType<VariableDeclaratorSyntax>(Assert.IsType<EqualsValueClauseSyntax>(e.Parent).Parent);
            return declarator.Identifier.Text;
        }

        public static ExpressionSyntax Initializer(MethodDeclarationSyntax method, string local) =>
            method.DescendantNodes().OfType<VariableDeclaratorSyntax>().Single(d => d.Identifier.Text == local).Initializer!.Value;

        /// <summary>What the member assigns to <paramref name="output"/> (<c>dX = ...</c>).</summary>
        public static ExpressionSyntax Assigned(MethodDeclarationSyntax method, string output) =>
            method.DescendantNodes().OfType<AssignmentExpressionSyntax>().Single(a => IsName(a.Left, output)).Right;

        /// <summary>How many times <paramref name="node"/> reads <paramref name="name"/>.</summary>
        public static int Reads(SyntaxNode node, string name) =>
            node.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Count(i => i.Identifier.Text == name);
    }
}
