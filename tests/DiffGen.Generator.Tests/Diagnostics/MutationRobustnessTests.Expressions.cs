using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DiffGen.Generator.Tests.Diagnostics
{
    /// <summary>Edits of expressions and names.</summary>
    public sealed partial class MutationRobustnessTests
    {
        /// <summary>Ways to wrap an expression e, written {0}.</summary>
        private static readonly string[] Wrappers =
        {
            "checked({0})", "unchecked({0})", "((global::System.Func<double>)(() => {0}))()", "new global::System.Func<double>(() => {0})()",
            "((global::System.Func<double, double>)(static v__ => v__))({0})", "({0} switch { _ => {0} })", "(({0}) switch { var t__ => t__ })",
            "({0} switch { > 0 => {0}, _ => 0 })", "({0} switch { double.NaN => 0, _ => {0} })", "({0} > 0 ? {0} : {0})", "(true ? {0} : 0)",
            "(false ? 0 : {0})", "((double?)({0}) ?? 0)", "((object)({0}) as double? ?? 0)", "({0} is var v__ ? v__ : 0)", "Gradient.Stop({0})",
            "Math.Abs({0})", "Math.Max({0}, {0})", "Math.Pow({0}, 2)", "Math.Clamp({0}, -1, 1)", "Math.FusedMultiplyAdd({0}, 1, 0)", "(double)({0})",
            "(float)({0})", "(int)({0})", "(long)({0})", "(decimal)({0})", "-(-({0}))", "+({0})", "({0})!", "({0}, 0).Item1", "new[] { {0} }[0]",
            "(new double[] { {0} })[^1]", "(default(double) + ({0}))", "(dynamic)({0})", "System.Math.Sin({0})", "(({0}) + 0 * ({0}))",
            "(({0}) is double d__ && d__ > 0 ? d__ : 0)", "global::DiffGen.Gradient.Stop((float)({0}))", "nameof({0})", "({0}).ToString().Length",
            "(({0}) == ({0}) ? 1.0 : 0.0)", "__refvalue(__makeref({0}), double)", "(sizeof(double) * ({0}))", "(new { v = {0} }).v",
        };

        private static (string Source, string What)? WrapExpression(Context c)
        {
            var expressions = c.InTarget<ExpressionSyntax>(IsWrappable);
            if (expressions.Count == 0)
            {
                return null;
            }

            ExpressionSyntax expression = c.Pick(expressions);
            string e = expression.ToString();
            if (c.Chance(6) && expression.FirstAncestorOrSelf<StatementSyntax>() is { Parent: BlockSyntax } statement)
            {
                // A local function declared just before the statement, called in the expression's place.
                string declaration = c.Chance(2) ? "double local__() => " + e + "; " : "static double local__(double v) => v; ";
                string call = declaration.StartsWith("static", StringComparison.Ordinal) ? "local__(" + e + ")" : "local__()";
                string source = c.Splice(expression.Span, call).Insert(statement.SpanStart, declaration);
                return (source, "'" + Short(e) + "' -> " + call + " with " + declaration.Trim() + " at " + c.Line(expression));
            }

            string wrapped = c.Pick(Wrappers).Replace("{0}", e, StringComparison.Ordinal);
            return (c.Splice(expression.Span, wrapped), "'" + Short(e) + "' -> " + Short(wrapped) + " at " + c.Line(expression));
        }

        /// <summary>An expression read for its value: not a type, not a name being accessed or called, not written to.</summary>
        private static bool IsWrappable(ExpressionSyntax e)
        {
            if (SyntaxFacts.IsInNamespaceOrTypeContext(e) || e is TypeSyntax && SyntaxFacts.IsInTypeOnlyContext(e))
            {
                return false;
            }

            return e.Parent switch
            {
                MemberAccessExpressionSyntax m when m.Name == e => false,
                InvocationExpressionSyntax i when i.Expression == e => false,
                AssignmentExpressionSyntax a when a.Left == e => false,
                PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax when e.Parent.Kind() is SyntaxKind.PreIncrementExpression or SyntaxKind.PreDecrementExpression
                    or SyntaxKind.PostIncrementExpression or SyntaxKind.PostDecrementExpression => false,
                ArgumentSyntax arg when !arg.RefKindKeyword.IsKind(SyntaxKind.None) => false,
                NameColonSyntax or NameEqualsSyntax or AttributeArgumentSyntax or ConstantPatternSyntax or RelationalPatternSyntax => false,
                _ => e is not (InitializerExpressionSyntax or DeclarationExpressionSyntax or OmittedArraySizeExpressionSyntax or ThrowExpressionSyntax),
            };
        }

        /// <summary>Names that the generated code uses, or that mean something else: dX, xPartialX, value, k2, the tapes...</summary>
        private static IReadOnlyList<string> CollidingNames(Context c, string name)
        {
            var names = new List<string>
            {
                "value", "k", "k2", "i", "j", "dXSum", "tape", "adjoint", "result", "Math", "Gradient", "DiffGen", "System", "global", "@double",
                "@var", "var", "dynamic", "nameof", "_", "@this", "dx", "dX", "xPartialX", "@value", "Tape", "Span", "Func", "x", "@checked",
                "d" + Capitalized(name), name + "Tape", name + "Sum", "d" + Capitalized(name) + "Sum", c.TargetName + "Gradient", c.TargetName,
                "d" + Capitalized(name) + "Tape", c.TypeName, "dValue", name + "2", name + "Adjoint",
            };
            names.AddRange(GeneratedNames(c.Seed));
            foreach (string p in c.ParameterNames)
            {
                names.Add("d" + Capitalized(p));
                names.Add(p);
                names.Add(c.TargetName + "Partial" + Capitalized(p));
                names.Add(p + "Partial" + Capitalized(p));
            }

            return names;
        }

        private static readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<string>>> GeneratedNamesOfSeeds = new ConcurrentDictionary<string, Lazy<IReadOnlyList<string>>>();

        /// <summary>The names the generated code of a seed declares (dAcc, accTape, softAbs, dSoftAbsDU, derivative, value...): a local renamed to one collides.</summary>
        private static IReadOnlyList<string> GeneratedNames(string seed) =>
            GeneratedNamesOfSeeds.GetOrAdd(seed, s => new Lazy<IReadOnlyList<string>>(() =>
            {
                CSharpGeneratorDriver.Create(new DifferentiableGenerator().AsSourceGenerator(), new IntegrableGenerator().AsSourceGenerator())
                    .RunGeneratorsAndUpdateCompilation(Empty.Value.AddSyntaxTrees(CSharpSyntaxTree.ParseText(s, ParseOptions)), out Compilation output, out _);
                return output.SyntaxTrees.Skip(1)
                    .SelectMany(t => t.GetRoot().DescendantNodes())
                    .Select(n => n switch
                    {
                        VariableDeclaratorSyntax v => v.Identifier.ValueText,
                        ParameterSyntax p => p.Identifier.ValueText,
                        SingleVariableDesignationSyntax d => d.Identifier.ValueText,
                        _ => null,
                    })
                    .OfType<string>()
                    .Distinct()
                    .OrderBy(n => n, StringComparer.Ordinal)
                    .ToList();
            })).Value;

        private static (string Source, string What)? RenameLocal(Context c)
        {
            var declared = c.Target.DescendantNodes()
                .Select(n => n switch
                {
                    ParameterSyntax p => p.Identifier,
                    VariableDeclaratorSyntax v => v.Identifier,
                    ForEachStatementSyntax f => f.Identifier,
                    SingleVariableDesignationSyntax s => s.Identifier,
                    LocalFunctionStatementSyntax f => f.Identifier,
                    _ => default,
                })
                .Where(t => t.IsKind(SyntaxKind.IdentifierToken) && t.ValueText.Length > 0)
                .Select(t => t.ValueText)
                .Distinct()
                .ToList();
            if (c.Target is MethodDeclarationSyntax method && method.Identifier.ValueText.Length > 0)
            {
                declared.Add(method.Identifier.ValueText);
            }

            if (declared.Count == 0)
            {
                return null;
            }

            string name = c.Pick(declared);
            string replacement = c.Pick(CollidingNames(c, name));
            SyntaxNode scope = c.Target is MethodDeclarationSyntax m && m.Identifier.ValueText == name ? c.Root : c.Target;
            var tokens = scope.DescendantTokens().Where(t => t.IsKind(SyntaxKind.IdentifierToken) && t.ValueText == name).OrderByDescending(t => t.SpanStart).ToList();
            string source = c.Source;
            foreach (SyntaxToken token in tokens.Where(t => !c.Chance(20)))
            {
                source = source.Substring(0, token.SpanStart) + replacement + source.Substring(token.Span.End);
            }

            return (source, name + " -> " + replacement);
        }

        /// <summary>One identifier written another way that means the same: @x, or a Unicode escape.</summary>
        private static (string Source, string What)? EscapeIdentifier(Context c)
        {
            var tokens = c.Target.DescendantTokens().Where(t => t.IsKind(SyntaxKind.IdentifierToken) && t.Text.Length > 0 && !t.Text.StartsWith('@') && !t.Text.Contains('\\', StringComparison.Ordinal)).ToList();
            if (tokens.Count == 0)
            {
                return null;
            }

            SyntaxToken token = c.Pick(tokens);
            string text = token.Text;
            string replacement = c.Random.Next(3) switch
            {
                0 => "@" + text,
                1 => "\\u" + ((int)text[0]).ToString("X4", System.Globalization.CultureInfo.InvariantCulture) + text.Substring(1),
                _ => text.Substring(0, text.Length - 1) + "\\u" + ((int)text[text.Length - 1]).ToString("x4", System.Globalization.CultureInfo.InvariantCulture),
            };
            return (c.Splice(token.Span, replacement), text + " -> " + replacement + " at " + c.Line(token.SpanStart));
        }
    }
}
