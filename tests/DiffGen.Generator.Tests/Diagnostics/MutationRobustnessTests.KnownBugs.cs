using System;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace DiffGen.Generator.Tests.Diagnostics
{
    /// <summary>
    /// The bugs the mutants found, each recognised by its failures so that the always-run test stays green while it is open,
    /// and each shown by a skipped test of its minimal source (MutationRobustnessTests.Bugs.cs). When a fix lands, delete the
    /// entry here and the Skip there: the mutants that found it then count as failures again if it comes back.
    /// </summary>
    public sealed partial class MutationRobustnessTests
    {
        /// <summary>An open bug: its name (the skipped test's) and whether one failure of a mutant is it.</summary>
        public sealed record KnownBug(string Name, Func<Mutant, string, bool> Matches);

        public static readonly KnownBug[] KnownBugs =
        {
            // A type named System in the global namespace hides the namespace from global::System in generated code.
            new KnownBug("Global_type_named_System", (m, f) => f.Contains("does not exist in the type 'System'", StringComparison.Ordinal)),

            // Roslyn's GetOperation throws on __makeref of a switch expression over an unknown name; the generator's DIFF900 says so.
            new KnownBug("Roslyn_GetOperation_throws_DIFF900", (m, f) => f.Contains("DIFF900", StringComparison.Ordinal) && f.Contains("of type 'Microsoft.CodeAnalysis.CSharp.BoundKind'", StringComparison.Ordinal)),

            // (Members only obsolete or experimental callers may use, [Integrable] on a method with __arglist or marked
            // [UnmanagedCallersOnly] are no longer bugs since the twenty-sixth session: the generated members carry the method's
            // own [Obsolete] and [Experimental], the generated file accepts the ids its body accepts, a custom derivative the
            // method never calls itself is DIFF015 at the call, and the two [Integrable] shapes are DIFF035.)
        };

        [Fact]
        public void Every_open_bug_has_a_skipped_test_of_its_minimal_source()
        {
            foreach (KnownBug bug in KnownBugs)
            {
                var test = typeof(MutationRobustnessTests).GetMethod(bug.Name);
                Assert.True(test != null, "no test named " + bug.Name);
                var fact = (FactAttribute?)Attribute.GetCustomAttribute(test!, typeof(FactAttribute));
                Assert.False(string.IsNullOrEmpty(fact?.Skip), bug.Name + " is open: its test is skipped, and says why");
            }
        }

        /// <summary>Whether the source declares <paramref name="name"/>: a member, parameter, local or type.</summary>
        private static bool DeclaresName(string source, string name) =>
            CSharpSyntaxTree.ParseText(source).GetRoot().DescendantTokens()
                .Any(t => t.IsKind(SyntaxKind.IdentifierToken) && t.ValueText == name && IsDeclaration(t));

        private static bool IsDeclaration(SyntaxToken token) =>
            token.Parent is MemberDeclarationSyntax or ParameterSyntax
                or VariableDeclaratorSyntax or LocalFunctionStatementSyntax
                or SingleVariableDesignationSyntax or ForEachStatementSyntax;

        /// <summary>The open bug that explains the mutant's first failure, if open bugs explain all of its failures.</summary>
        public static KnownBug? Explained(Mutant mutant, Outcome outcome) =>
            outcome.Failures.Count > 0 && outcome.Failures.All(f => KnownBugs.Any(b => b.Matches(mutant, f)))
                ? KnownBugs.First(b => b.Matches(mutant, outcome.Failures[0]))
                : null;
    }
}
