using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace DiffGen.Generator.Tests.Diagnostics
{
    /// <summary>The mutation engine: a mutant is a seed with one to three seeded syntax-level edits.</summary>
    public sealed partial class MutationRobustnessTests
    {
        /// <summary>A mutant: its source and what was done to the seed.</summary>
        public sealed record Mutant(int Index, string Seed, string Source, IReadOnlyList<string> Edits);

        /// <summary>One edit on a parsed source, around a target member (an attributed method if there is one); null when it does not apply.</summary>
        private delegate (string Source, string What)? Mutation(Context context);

        /// <summary>A source being mutated: its text, syntax, the member the edit aims at, and the seeded random numbers.</summary>
        private sealed class Context
        {
            public Context(string source, Random random, string seed)
            {
                Seed = seed;
                Source = source;
                Random = random;
                Root = CSharpSyntaxTree.ParseText(source, ParseOptions).GetRoot();
                var attributed = Root.DescendantNodes().Where(n => IsTarget(n) && HasAttribute(n)).ToList();
                var any = Root.DescendantNodes().Where(IsTarget).ToList();
                Target = attributed.Count > 0 ? Pick(attributed) : any.Count > 0 ? Pick(any) : Root;
            }

            public string Source { get; }

            /// <summary>The unmutated seed, whose generated code names the locals a renamed one may collide with.</summary>
            public string Seed { get; }

            public Random Random { get; }

            public SyntaxNode Root { get; }

            /// <summary>A method, local function, accessor or lambda; an attributed one when there is one.</summary>
            public SyntaxNode Target { get; }

            public T Pick<T>(IReadOnlyList<T> items) => items[Random.Next(items.Count)];

            public bool Chance(int oneIn) => Random.Next(oneIn) == 0;

            public string Splice(TextSpan span, string text) => Source.Substring(0, span.Start) + text + Source.Substring(span.End);

            public string Line(SyntaxNode node) => Line(node.SpanStart);

            public string Line(int position) => "line " + (Root.SyntaxTree.GetLineSpan(new TextSpan(position, 0)).StartLinePosition.Line + 1);

            /// <summary>Nodes of a kind inside the target.</summary>
            public List<T> InTarget<T>(Func<T, bool>? where = null)
                where T : SyntaxNode =>
                Target.DescendantNodes().OfType<T>().Where(n => where == null || where(n)).ToList();

            /// <summary>The target's parameter names (x when it has none), its name, and the name of its type.</summary>
            public IReadOnlyList<string> ParameterNames =>
                Target.ChildNodes().OfType<BaseParameterListSyntax>().SelectMany(l => l.Parameters).Select(p => p.Identifier.ValueText).DefaultIfEmpty("x").ToList();

            public string TargetName => Target switch
            {
                MethodDeclarationSyntax m => m.Identifier.ValueText,
                LocalFunctionStatementSyntax f => f.Identifier.ValueText,
                _ => "M",
            };

            public string TypeName => Target.AncestorsAndSelf().OfType<BaseTypeDeclarationSyntax>().FirstOrDefault()?.Identifier.ValueText ?? "C";
        }

        private static bool IsTarget(SyntaxNode node) =>
            node is MethodDeclarationSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax or ParenthesizedLambdaExpressionSyntax
                or OperatorDeclarationSyntax or ConversionOperatorDeclarationSyntax or ConstructorDeclarationSyntax;

        private static bool HasAttribute(SyntaxNode node) =>
            node.ChildNodes().OfType<AttributeListSyntax>().SelectMany(l => l.Attributes).Any(a => IsSeedAttribute(a.Name.ToString()));

        /// <summary>Every kind of edit; the ones that keep the meaning (and so the mutant compiling) twice as likely as the others.</summary>
        private static readonly Mutation[] Mutations =
        {
            DeleteToken, DuplicateStatement, SwapOperator, ReplaceLiteral, ChangeType, ChangeParameter, ReshapeLoop,
            InsertStatement, WrapExpression, RenameLocal, ReshapeMember, ReshapeType, ChangeAttribute, AddMember, EscapeIdentifier, ReshapeNamespace,
            Rewrite, Rewrite, InsertHarmless, InsertHarmless, InsertCall,
        };

        /// <summary>Mutant number <paramref name="index"/> of the run with <paramref name="seed"/>: the same text every time.</summary>
        public static Mutant MakeMutant(IReadOnlyList<(string Name, string Source)> seeds, int seed, int index)
        {
            var random = new Random(unchecked((seed * 1_000_003) + index));
            (string name, string source) = seeds[index % seeds.Count];
            var edits = new List<string>();
            int wanted = random.Next(10) switch { < 6 => 1, < 9 => 2, _ => 3 };
            for (int attempt = 0; edits.Count < wanted && attempt < 20; attempt++)
            {
                Mutation mutation = Mutations[random.Next(Mutations.Length)];
                (string Source, string What)? edit = mutation(new Context(source, random, seeds[index % seeds.Count].Source));
                if (edit is { } done && done.Source != source)
                {
                    source = done.Source;
                    edits.Add(mutation.Method.Name + ": " + done.What);
                }
            }

            return new Mutant(index, name, source, edits);
        }

        private static (string Source, string What)? DeleteToken(Context c)
        {
            SyntaxNode scope = c.Chance(5) ? c.Root : c.Target;
            var tokens = scope.DescendantTokens().Where(t => t.Span.Length > 0).ToList();
            if (tokens.Count == 0)
            {
                return null;
            }

            SyntaxToken token = c.Pick(tokens);
            return (c.Splice(token.Span, string.Empty), "'" + token.Text + "' at " + c.Line(token.SpanStart));
        }

        private static (string Source, string What)? DuplicateStatement(Context c)
        {
            var statements = c.InTarget<StatementSyntax>(s => s is not BlockSyntax);
            if (statements.Count == 0)
            {
                return null;
            }

            StatementSyntax statement = c.Pick(statements);
            string text = statement.ToString();
            string replaced = statement.Parent is BlockSyntax or SwitchSectionSyntax ? text + "\n" + text : "{ " + text + "\n" + text + " }";
            return (c.Splice(statement.Span, replaced), "'" + Short(text) + "' at " + c.Line(statement));
        }

        private static readonly string[] BinaryOperators = { "+", "-", "*", "/", "%", "<", ">", "<=", ">=", "==", "!=", "&&", "||", "&", "|", "^", "<<", ">>", "??" };

        private static readonly string[] AssignmentOperators = { "=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "??=", ">>=" };

        private static readonly string[] UnaryOperators = { "-", "+", "!", "~", "++", "--", "^" };

        private static (string Source, string What)? SwapOperator(Context c)
        {
            var tokens = c.InTarget<SyntaxNode>(n => n is BinaryExpressionSyntax or AssignmentExpressionSyntax or PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax)
                .Select(n => n switch
                {
                    BinaryExpressionSyntax b => (b.OperatorToken, BinaryOperators),
                    AssignmentExpressionSyntax a => (a.OperatorToken, AssignmentOperators),
                    PrefixUnaryExpressionSyntax p => (p.OperatorToken, UnaryOperators),
                    _ => (((PostfixUnaryExpressionSyntax)n).OperatorToken, new[] { "++", "--", "!" }),
                })
                .ToList();
            if (tokens.Count == 0)
            {
                return null;
            }

            (SyntaxToken token, string[] pool) = c.Pick(tokens);
            string replacement = c.Pick(pool);
            return (c.Splice(token.Span, replacement), "'" + token.Text + "' -> '" + replacement + "' at " + c.Line(token.SpanStart));
        }

        private static readonly string[] Literals =
        {
            "0", "-1", "1e308", "double.NaN", "int.MaxValue", "0.0", "-0.0", "1e-320", "double.PositiveInfinity", "double.Epsilon",
            "float.MaxValue", "2147483648", "1f", "1m", "1L", "1u", "0x7FFFFFFF", "'a'", "\"1\"", "null", "default", "true",
            "int.MinValue", "long.MaxValue", "-int.MaxValue", "1e-300", "double.MinValue", "(0.0 / 0.0)", "1_000_000", "0b1",
        };

        private static (string Source, string What)? ReplaceLiteral(Context c)
        {
            var literals = c.InTarget<LiteralExpressionSyntax>(l => l.IsKind(SyntaxKind.NumericLiteralExpression) || c.Chance(4));
            if (literals.Count == 0)
            {
                return null;
            }

            LiteralExpressionSyntax literal = c.Pick(literals);
            string replacement = c.Pick(Literals);
            return (c.Splice(literal.Span, replacement), literal + " -> " + replacement + " at " + c.Line(literal));
        }

        private static readonly string[] Types =
        {
            "double", "float", "int", "decimal", "long", "object", "dynamic", "double[]", "double[,]", "double[][]", "Span<double>",
            "ReadOnlySpan<double>", "double?", "var", "Half", "nint", "float[]", "int[]", "System.Numerics.Complex", "(double, double)",
            "System.Collections.Generic.List<double>", "uint", "byte", "bool", "string", "Memory<double>", "float[,]", "double[,,]",
            "double[][][]", "ref double", "Func<double>", "T", "double*", "short", "char", "float?", "object[]", "System.Double",
        };

        private static (string Source, string What)? ChangeType(Context c)
        {
            var types = c.Target.DescendantNodesAndSelf()
                .SelectMany(n => n switch
                {
                    ParameterSyntax p when p.Type != null => new[] { p.Type },
                    MethodDeclarationSyntax m => new[] { m.ReturnType },
                    LocalFunctionStatementSyntax f => new[] { f.ReturnType },
                    VariableDeclarationSyntax v => new[] { v.Type },
                    CastExpressionSyntax cast => new[] { cast.Type },
                    ArrayTypeSyntax a => new[] { a.ElementType },
                    ForEachStatementSyntax f => new[] { f.Type },
                    DeclarationExpressionSyntax d => new[] { d.Type },
                    TypeArgumentListSyntax t => t.Arguments.ToArray(),
                    _ => Array.Empty<TypeSyntax>(),
                })
                .ToList();
            if (types.Count == 0)
            {
                return null;
            }

            TypeSyntax type = c.Pick(types);
            string replacement = c.Pick(Types);
            return (c.Splice(type.Span, replacement), type + " -> " + replacement + " at " + c.Line(type));
        }

        private static string Short(string text)
        {
            string line = text.Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
            return line.Length <= 60 ? line : line.Substring(0, 57) + "...";
        }

        private static string Capitalized(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name.Substring(1);
    }
}
