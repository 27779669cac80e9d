using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DiffGen.Generator.Tests.Diagnostics
{
    /// <summary>Edits of parameters, loops and statements.</summary>
    public sealed partial class MutationRobustnessTests
    {
        private static readonly string[] ParameterModifiers = { "ref ", "out ", "in ", "params ", "ref readonly ", "scoped ", "this ", "scoped ref ", "[System.Obsolete] ", "[Differentiable] " };

        private static (string Source, string What)? ChangeParameter(Context c)
        {
            var lists = c.Target.ChildNodes().OfType<BaseParameterListSyntax>().ToList();
            if (lists.Count == 0)
            {
                return null;
            }

            BaseParameterListSyntax list = lists[0];
            string p = c.Pick(c.ParameterNames);
            switch (c.Random.Next(4))
            {
                case 0 when list.Parameters.Count > 0:
                    ParameterSyntax parameter = c.Pick(list.Parameters.ToList());
                    string modifier = c.Pick(ParameterModifiers);
                    return (c.Source.Insert(parameter.SpanStart, modifier), modifier.Trim() + " on " + parameter.Identifier.Text);
                case 1 when list.Parameters.Count > 0:
                    ParameterSyntax defaulted = c.Pick(list.Parameters.ToList());
                    string value = c.Pick(new[] { " = 1.5", " = default", " = double.NaN", " = null", " = 2" });
                    return (c.Source.Insert(defaulted.Span.End, value), "default" + value + " on " + defaulted.Identifier.Text);
                case 2 when list.Parameters.Count > 0:
                    ParameterSyntax removed = c.Pick(list.Parameters.ToList());
                    int index = list.Parameters.IndexOf(removed);
                    var rest = list.Parameters.Where((_, i) => i != index).Select(q => q.ToString());
                    return (c.Splice(list.Span, Bracket(list, string.Join(", ", rest))), "removed parameter " + removed.Identifier.Text);
                default:
                    string added = c.Pick(new[]
                    {
                        "double d" + Capitalized(p), "double value", "out double extra", "params double[] more", "double " + p + "2 = 0",
                        "double " + c.TargetName + "Gradient", "int n", "double[] d" + Capitalized(p) + "s", "ref double acc", "double k2",
                        "double x" + "PartialX", "double " + p, "float f", "double[,] grid", "double[][] rows",
                    });
                    string all = string.Join(", ", list.Parameters.Select(q => q.ToString()).Append(added));
                    return (c.Splice(list.Span, Bracket(list, all)), "added parameter " + added);
            }
        }

        private static string Bracket(BaseParameterListSyntax list, string inside) => list is BracketedParameterListSyntax ? "[" + inside + "]" : "(" + inside + ")";

        private static (string Source, string What)? ReshapeLoop(Context c)
        {
            var loops = c.InTarget<StatementSyntax>(s => s is ForStatementSyntax or WhileStatementSyntax or DoStatementSyntax or ForEachStatementSyntax);
            if (loops.Count == 0)
            {
                return null;
            }

            StatementSyntax loop = c.Pick(loops);
            string replaced;
            switch (loop)
            {
                case ForStatementSyntax f:
                    string init = f.Declaration != null ? f.Declaration + ";" : string.Concat(f.Initializers.Select(i => i + ";"));
                    string condition = f.Condition?.ToString() ?? "true";
                    string step = string.Concat(f.Incrementors.Select(i => i + ";"));
                    string body = f.Statement.ToString();
                    replaced = c.Random.Next(5) switch
                    {
                        0 => "{ " + init + " while (" + condition + ") { " + body + " " + step + " } }",
                        1 => "{ " + init + " do { " + body + " " + step + " } while (" + condition + "); }",
                        2 => ForEachOf(f) ?? "foreach (var i in new int[] { 0, 1, 2 }) " + body,
                        3 => "for (" + init + "; ; " + string.Join(", ", f.Incrementors) + ") { if (!(" + condition + ")) break; " + body + " }",
                        _ => "for (" + init + " " + condition + "; ) { " + body + " " + step + " }",
                    };
                    break;
                case WhileStatementSyntax w:
                    replaced = c.Chance(2) ? "do " + w.Statement + " while (" + w.Condition + ");" : "for (; " + w.Condition + ";) " + w.Statement;
                    break;
                case DoStatementSyntax d:
                    replaced = c.Chance(2) ? "while (" + d.Condition + ") " + d.Statement : "for (bool first__ = true; first__ || (" + d.Condition + "); first__ = false) " + d.Statement;
                    break;
                default:
                    var each = (ForEachStatementSyntax)loop;
                    replaced = "for (int i__ = 0; i__ < (" + each.Expression + ").Length; i__++) { " + each.Type + " " + each.Identifier.Text + " = (" + each.Expression + ")[i__]; " + each.Statement + " }";
                    break;
            }

            return (c.Splice(loop.Span, replaced), loop.Kind() + " at " + c.Line(loop) + " -> " + Short(replaced));
        }

        /// <summary>for (int i = a; i &lt; b; i++) as a foreach over Enumerable.Range(a, b - a).</summary>
        private static string? ForEachOf(ForStatementSyntax f)
        {
            if (f.Declaration is not { Variables: { Count: 1 } variables } || variables[0].Initializer == null
                || f.Condition is not BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LessThanExpression } less)
            {
                return null;
            }

            string name = variables[0].Identifier.Text;
            string start = variables[0].Initializer!.Value.ToString();
            return "foreach (int " + name + " in System.Linq.Enumerable.Range(" + start + ", (" + less.Right + ") - (" + start + "))) " + f.Statement;
        }

        private static (string Source, string What)? InsertStatement(Context c)
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
            string[] pool =
            {
                "break;", "continue;", "return;", "return " + p + ";", "return 0;", "return double.NaN;", "throw new System.InvalidOperationException();",
                "yield return 1;", "yield break;", "if (" + p + " > 0) return " + p + ";", "while (true) { }", ";", "{ }", "lock (typeof(object)) { }",
                "unsafe { }", p + " = 2;", p + "++;", "_ = " + p + ";", "Gradient.Stop(" + p + ");", "System.Console.WriteLine(" + p + ");",
                "var (a__, b__) = (" + p + ", " + p + ");", "ref var r__ = ref " + p + ";", "switch (0) { case 0: break; }",
                "try { } finally { }", "checked { }", "double " + p + " = 1;", "const double c__ = 1 / 3.0;", "using var d__ = (System.IDisposable?)null;",
                "double f__(double v) => v * " + p + ";", "static double g__(double v) => v;", "goto case 1;", "goto default;", "L__: ;",
                "int[] arr__ = new int[2]; arr__[0] = 1;", "fixed (double* q__ = new double[1]) { }", "await System.Threading.Tasks.Task.Yield();",
                "double[] " + p + "Tape = new double[1];", "double value = " + p + ";", "double k2 = 1;", "if (" + p + " is double.NaN) throw null!;",
            };
            string statement = c.Pick(pool);
            string what = "'" + statement + "' at " + c.Line(position);
            if (c.Chance(4))
            {
                // A goto and its label, each somewhere in the method.
                statement = "goto L__;";
                var anywhere = c.Target.DescendantNodes().OfType<StatementSyntax>().Where(s => s.Parent is BlockSyntax).ToList();
                if (anywhere.Count > 0)
                {
                    int label = c.Pick(anywhere).SpanStart;
                    (int first, string firstText, int second, string secondText) = label < position ? (label, "L__: ", position, statement + " ") : (position, statement + " ", label, "L__: ");
                    return (c.Source.Insert(second, secondText).Insert(first, firstText), "goto L__ at " + c.Line(position) + ", label at " + c.Line(label));
                }
            }

            return (c.Source.Insert(position, statement + " "), what);
        }
    }
}
