using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace DiffGen.Generator.Tests.Diagnostics
{
    /// <summary>
    /// Edits that keep the meaning (a + b as b + a, x += e as x = x + (e), Math as global::System.Math, a declaration split from
    /// its value...): the mutants that still compile are the ones whose generated code must compile too.
    /// </summary>
    public sealed partial class MutationRobustnessTests
    {
        private static (string Source, string What)? Rewrite(Context c)
        {
            var candidates = new List<(TextSpan Span, string Text)>();
            foreach (SyntaxNode node in c.Target.DescendantNodes())
            {
                switch (node)
                {
                    case BinaryExpressionSyntax b when b.IsKind(SyntaxKind.AddExpression) || b.IsKind(SyntaxKind.MultiplyExpression):
                        candidates.Add((b.Span, "(" + b.Right + ") " + b.OperatorToken.Text + " (" + b.Left + ")"));
                        candidates.Add((b.Span, "(" + b.Left + " " + b.OperatorToken.Text + " " + b.Right + ")"));
                        break;
                    case BinaryExpressionSyntax b when b.IsKind(SyntaxKind.LessThanExpression) || b.IsKind(SyntaxKind.GreaterThanExpression):
                        candidates.Add((b.Span, b.Right + (b.IsKind(SyntaxKind.LessThanExpression) ? " > " : " < ") + b.Left));
                        candidates.Add((b.Span, "!(" + b.Left + (b.IsKind(SyntaxKind.LessThanExpression) ? " >= " : " <= ") + b.Right + ")"));
                        break;
                    case AssignmentExpressionSyntax a when a.OperatorToken.Text.Length == 2 && a.OperatorToken.Text[1] == '=' && "+-*/".Contains(a.OperatorToken.Text[0], StringComparison.Ordinal):
                        candidates.Add((a.Span, a.Left + " = " + a.Left + " " + a.OperatorToken.Text[0] + " (" + a.Right + ")"));
                        break;
                    case AssignmentExpressionSyntax a when a.IsKind(SyntaxKind.SimpleAssignmentExpression) && a.Right is BinaryExpressionSyntax r && r.Left.ToString() == a.Left.ToString() && "+-*/".Contains(r.OperatorToken.Text, StringComparison.Ordinal):
                        candidates.Add((a.Span, a.Left + " " + r.OperatorToken.Text + "= " + r.Right));
                        break;
                    case PostfixUnaryExpressionSyntax p when p.Parent is ExpressionStatementSyntax or ForStatementSyntax:
                        candidates.Add((p.Span, p.OperatorToken.Text + p.Operand));
                        candidates.Add((p.Span, p.Operand + (p.IsKind(SyntaxKind.PostIncrementExpression) ? " += 1" : " -= 1")));
                        break;
                    case MemberAccessExpressionSyntax m when m.Expression is IdentifierNameSyntax { Identifier.Text: "Math" or "MathF" } math:
                        candidates.Add((math.Span, c.Chance(2) ? "System." + math : "global::System." + math));
                        break;
                    case LocalDeclarationStatementSyntax d when d.Declaration.Variables.Count == 1 && d.Declaration.Variables[0].Initializer is { } init && !d.Modifiers.Any() && d.Parent is BlockSyntax:
                        candidates.Add((d.Span, d.Declaration.Type + " " + d.Declaration.Variables[0].Identifier + "; " + d.Declaration.Variables[0].Identifier + " = " + init.Value + ";"));
                        candidates.Add((d.Declaration.Type.Span, d.Declaration.Type.ToString() == "double" ? c.Pick(new[] { "System.Double", "var", "global::System.Double" }) : "var"));
                        break;
                    case IfStatementSyntax i when i.Else == null:
                        candidates.Add((i.Span, "if (!(" + i.Condition + ")) { } else " + i.Statement));
                        candidates.Add((i.Span, "if (" + i.Condition + ") { " + i.Statement + " } else { }"));
                        break;
                    case ReturnStatementSyntax r when r.Expression != null && r.Parent is BlockSyntax:
                        candidates.Add((r.Span, "{ var result__ = " + r.Expression + "; return result__; }"));
                        break;
                    case ConditionalExpressionSyntax q:
                        candidates.Add((q.Span, "(!(" + q.Condition + ") ? " + q.WhenFalse + " : " + q.WhenTrue + ")"));
                        break;
                    case LiteralExpressionSyntax l when l.IsKind(SyntaxKind.NumericLiteralExpression) && l.Token.Value is int k && k >= 0:
                        candidates.Add((l.Span, c.Pick(new[] { "0x" + k.ToString("X", System.Globalization.CultureInfo.InvariantCulture), "(" + k + ")", k + "", "(int)" + k + "L" })));
                        break;
                    case LiteralExpressionSyntax l when l.IsKind(SyntaxKind.NumericLiteralExpression) && l.Token.Value is double v:
                        candidates.Add((l.Span, c.Pick(new[] { v.ToString("R", System.Globalization.CultureInfo.InvariantCulture) + "d", v.ToString("E3", System.Globalization.CultureInfo.InvariantCulture), "(" + l + ")" })));
                        break;
                    case StatementSyntax s when s is not BlockSyntax && s.Parent is BlockSyntax && s is not LocalDeclarationStatementSyntax and not LocalFunctionStatementSyntax:
                        candidates.Add((s.Span, "{ " + s + " }"));
                        break;
                    case ExpressionStatementSyntax e when e.Parent is BlockSyntax:
                        candidates.Add((e.Span, e + " ;"));
                        break;
                }
            }

            if (candidates.Count == 0)
            {
                return null;
            }

            (TextSpan span, string text) = c.Pick(candidates);
            return (c.Splice(span, text), "'" + Short(c.Source.Substring(span.Start, span.Length)) + "' -> '" + Short(text) + "' at " + c.Line(span.Start));
        }

        /// <summary>Statements that change nothing, inserted anywhere: the mutant keeps compiling.</summary>
        private static (string Source, string What)? InsertHarmless(Context c)
        {
            var blocks = c.Target.DescendantNodesAndSelf().OfType<BlockSyntax>().ToList();
            if (blocks.Count == 0)
            {
                return null;
            }

            BlockSyntax block = c.Pick(blocks);
            int at = c.Random.Next(block.Statements.Count + 1);
            int position = at < block.Statements.Count ? block.Statements[at].SpanStart : block.CloseBraceToken.SpanStart;
            string p = c.Pick(c.ParameterNames);
            string statement = c.Pick(new[]
            {
                "double unused__ = 2.5;", "if (false) { }", "{ }", ";", "double copy__ = " + p + ";", "_ = " + p + ";", "const int three__ = 3;",
                "double twice__ = 2 * " + p + ";", "bool never__ = false; if (never__) { }", "int count__ = 0; count__++;", "static double id__(double v) => v;",
                "double square__(double v) => v * v;", "var tuple__ = (1.0, 2.0);", "double[] scratch__ = new double[1];", "// a comment",
                "double stopped__ = Gradient.Stop(" + p + ");", "double " + p + "Copy = " + p + ";",
            });
            return (c.Source.Insert(position, statement + " "), "'" + statement + "' at " + c.Line(position));
        }
    }
}
