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
            // 'out _' in generated calls of [DerivativeOf] methods binds to a member or a variable named '_'.
            new KnownBug("Discard_out_underscore_binds_to_a_name_underscore", (m, f) => f.Contains("out _", StringComparison.Ordinal) && DeclaresName(m.Source, "_")),

            // nameof(dX) in the length check of a gradient binds to a member or a variable named 'nameof'.
            new KnownBug("Nameof_in_the_length_check_binds_to_a_name_nameof", (m, f) => f.Contains("nameof(", StringComparison.Ordinal) && DeclaresName(m.Source, "nameof")),

            // A loop bound beyond int (2147483648 is a uint, 3000000000L a long) printed where an int is declared or passed.
            new KnownBug("Loop_bound_beyond_int_printed_as_an_int", (m, f) => Regex.IsMatch(f, "from '(uint|long|ulong)' to 'int'|type '(uint|long|ulong)' to 'int'") && Regex.IsMatch(f, "at generated line: .*[0-9]{10}")),

            // [Integrable] on a method with __arglist: the integrand calls it without one.
            new KnownBug("Integrable_method_with_arglist", (m, f) => f.Contains("required parameter '__arglist'", StringComparison.Ordinal)),

            // A type named System in the global namespace hides the namespace from global::System in generated code.
            new KnownBug("Global_type_named_System", (m, f) => f.Contains("does not exist in the type 'System'", StringComparison.Ordinal)),

            // Roslyn's GetOperation throws on __makeref of a switch expression over an unknown name; the generator's DIFF900 says so.
            new KnownBug("Roslyn_GetOperation_throws_DIFF900", (m, f) => f.Contains("DIFF900", StringComparison.Ordinal) && f.Contains("of type 'Microsoft.CodeAnalysis.CSharp.BoundKind'", StringComparison.Ordinal)),

            // A caller two calls above a declined method calls the middle method's MGradient, which is not generated (nor is it
            // when the callee's emission failed with DIFF900).
            new KnownBug("Caller_of_a_dropped_callee_calls_its_missing_gradient", (m, f) => Regex.IsMatch(f, "CS(0117|1061): .* does not contain a definition for '\\w+(Gradient|Partial\\w*)'")),

            // An array read at a long index, v[(long)i]: the gradient writes dV[(long)i] into a Span, whose index is an int.
            new KnownBug("Long_index_copied_into_a_span_index", (m, f) => Regex.IsMatch(f, "from '(long|uint|ulong|nint|nuint)' to 'int'") && Regex.IsMatch(f, "at generated line: .*\\[\\((long|uint|ulong|nint|nuint)\\)")),

            // A loop bound of long.MaxValue: an OverflowException (negating the minimum value) while generating, DIFF900.
            new KnownBug("Loop_bound_long_MaxValue_overflows_DIFF900", (m, f) => f.Contains("DIFF900", StringComparison.Ordinal) && f.Contains("OverflowException: Negating the minimum value", StringComparison.Ordinal)),

            // A local that redeclares a parameter from itself in a loop, double b = b (CS0136): InvalidCastException, DIFF900.
            new KnownBug("Local_redeclaring_a_parameter_from_itself_DIFF900", (m, f) => f.Contains("DIFF900", StringComparison.Ordinal) && f.Contains("InvalidCastException: Unable to cast object of type 'DiffGen.Generator.Ir.DeclareScalar' to type 'DiffGen.Generator.Ir.AssignScalar'", StringComparison.Ordinal)),

            // Generated code calls or reads members that only some callers may use ([Experimental], [Obsolete(error: true)],
            // [UnmanagedCallersOnly]): the integrand calls an [Integrable] method, a gradient calls a [DerivativeOf] method or reads
            // a field the method (itself experimental or obsolete) may read, and the generated members are neither.
            new KnownBug("Experimental_Integrable_method_called_by_its_integrand", (m, f) => Regex.IsMatch(f, "error (CS0619|CS8901|DG9999):")),

            // A callee marked [Differentiable(null)]: its null array of names is a default ImmutableArray to the caller, DIFF900.
            new KnownBug("Callee_marked_Differentiable_null_DIFF900", (m, f) => f.Contains("DIFF900", StringComparison.Ordinal) && f.Contains("default instance of ImmutableArray", StringComparison.Ordinal)),
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
