using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DiffGen.Generator.Tests.Diagnostics
{
    /// <summary>Edits of the attributed member's shape: generic, async, extern, abstract, a property, an operator, a local function, a lambda...</summary>
    public sealed partial class MutationRobustnessTests
    {
        private static (string Source, string What)? ReshapeMember(Context c)
        {
            if (c.Target is not MethodDeclarationSyntax m)
            {
                return null;
            }

            string attributes = string.Concat(m.AttributeLists.Select(a => a.ToString() + " "));
            string modifiers = m.Modifiers.ToString();
            string parameters = m.ParameterList.ToString();
            string inner = parameters.Length >= 2 ? parameters.Substring(1, parameters.Length - 2) : string.Empty;
            string body = m.Body?.ToString() ?? (m.ExpressionBody != null ? m.ExpressionBody + ";" : ";");
            string blockBody = m.Body?.ToString() ?? (m.ExpressionBody != null ? "{ return " + m.ExpressionBody.Expression + "; }" : "{ }");
            string expression = m.ExpressionBody?.Expression.ToString()
                ?? m.Body?.Statements.OfType<ReturnStatementSyntax>().FirstOrDefault()?.Expression?.ToString() ?? "0";
            string name = m.Identifier.Text;
            string type = m.ReturnType.ToString();
            string self = c.TypeName;
            string isStatic = m.Modifiers.Any(SyntaxKind.StaticKeyword) ? "static " : string.Empty;
            string[] shapes =
            {
                attributes + modifiers + " " + type + " " + name + "<T>" + parameters + " " + body,
                attributes + modifiers + " " + type + " " + name + "<T>" + parameters + " where T : struct " + body,
                attributes + modifiers + " async " + type + " " + name + parameters + " " + body,
                attributes + modifiers + " async System.Threading.Tasks.Task<" + type + "> " + name + parameters + " " + body,
                attributes + modifiers + " extern " + type + " " + name + parameters + ";",
                attributes + "public abstract " + type + " " + name + parameters + ";",
                attributes + "public virtual " + type + " " + name + parameters + " " + body,
                attributes + "public override " + type + " " + name + parameters + " " + body,
                attributes + modifiers + " unsafe " + type + " " + name + parameters + " " + body,
                attributes + modifiers + " new " + type + " " + name + parameters + " " + body,
                attributes + modifiers + " ref " + type + " " + name + parameters + " " + body,
                attributes + "public " + (isStatic.Length > 0 ? string.Empty : "static ") + type + " " + name + parameters + " " + body,
                attributes + "public " + isStatic + type + " " + name + " => " + expression + ";",
                "public " + isStatic + type + " " + name + " { " + attributes + "get " + blockBody + " }",
                "public " + type + " this[" + inner + "] { " + attributes + "get " + blockBody + " }",
                attributes + "public " + type + " this[" + inner + "] => " + expression + ";",
                attributes + "public static " + type + " operator +(" + self + " self__" + (inner.Length > 0 ? ", " + inner : string.Empty) + ") " + body,
                attributes + "public static " + type + " operator checked -(" + self + " self__) " + body,
                attributes + "public static explicit operator " + type + "(" + self + " self__) " + body,
                "public " + isStatic + "double Host__(double q__) { " + attributes + isStatic + type + " " + name + parameters + " " + blockBody + " return q__; }",
                "public " + isStatic + "double Host__(double q__) { return " + name + "(q__); " + attributes + type + " " + name + parameters + " => " + expression + "; }",
                "public static readonly global::System.Delegate " + name + "Host__ = " + attributes + "static " + type + " " + parameters + " => " + blockBody + ";",
                "public static readonly global::System.Delegate " + name + "Host__ = " + attributes + parameters + " => " + expression + ";",
                attributes + modifiers + " " + type + " " + name + parameters + " => " + expression + ";",
                attributes + modifiers + " " + type + " " + name + parameters + " " + blockBody,
                attributes + modifiers + " partial " + type + " " + name + parameters + ";\n" + modifiers + " partial " + type + " " + name + parameters + " " + blockBody,
                modifiers + " partial " + type + " " + name + parameters + ";\n" + attributes + modifiers + " partial " + type + " " + name + parameters + " " + blockBody,
                attributes + "public " + self + parameters + " " + blockBody,
                attributes + "static " + self + "() " + blockBody,
                attributes + modifiers + " " + type + " " + self + "." + name + parameters + " " + body,
                attributes + modifiers + " " + type + " " + name + parameters + " " + body + "\n" + attributes + modifiers + " " + type + " " + name + parameters + " " + body,
                attributes + modifiers + " " + type + " " + name + "(" + (inner.Length > 0 ? inner + ", " : string.Empty) + "__arglist) " + body,
            };
            int pick = c.Random.Next(shapes.Length);
            return (c.Splice(m.Span, shapes[pick]), "shape " + pick + " of " + name);
        }

        private static (string Source, string What)? ReshapeType(Context c)
        {
            TypeDeclarationSyntax? type = c.Target.AncestorsAndSelf().OfType<TypeDeclarationSyntax>().FirstOrDefault();
            if (type == null || type.OpenBraceToken.Span.Length == 0 || type.Identifier.Text.Length == 0)
            {
                return null;
            }

            string text = type.ToString();
            string header = c.Source.Substring(type.SpanStart, type.OpenBraceToken.SpanStart - type.SpanStart);
            string rest = c.Source.Substring(type.OpenBraceToken.SpanStart, type.Span.End - type.OpenBraceToken.SpanStart);
            string keyword = type.Keyword.Text + (type is RecordDeclarationSyntax r && !r.ClassOrStructKeyword.IsKind(SyntaxKind.None) ? " " + r.ClassOrStructKeyword.Text : string.Empty);
            string[] kinds = { "class", "struct", "record", "record struct", "readonly struct", "ref struct", "interface", "readonly record struct", "record class" };
            int variant = c.Random.Next(14);
            string replaced = variant switch
            {
                0 => ReplaceFirst(header, keyword, c.Pick(kinds).Replace("readonly ", string.Empty, System.StringComparison.Ordinal)) + rest,
                1 => header.Contains("static ", System.StringComparison.Ordinal) ? header.Replace("static ", string.Empty, System.StringComparison.Ordinal) + rest : "static " + text,
                2 => header.Replace("partial ", string.Empty, System.StringComparison.Ordinal) + rest,
                3 => c.Pick(new[] { "public partial class Outer__", "public static class Outer__", "partial struct Outer__", "partial interface IOuter__", "public partial record Outer__(double Q)" }) + " { " + text + " }",
                4 => ReplaceFirst(header, type.Identifier.Text, type.Identifier.Text + "<T>") + rest,
                5 => ReplaceFirst(header, type.Identifier.Text, type.Identifier.Text + "<T> where T : struct") + rest,
                6 => ReplaceFirst(header, type.Identifier.Text, c.Pick(new[] { "Math", "Gradient", "Tape", "System", "DiffGen", "Span", "Double", "Func", "@class", "Global", "Exception" })) + rest,
                7 => c.Pick(new[] { "file ", "abstract ", "sealed ", "unsafe ", "internal ", "private ", "protected ", "new " }) + text,
                8 => ReplaceFirst(header, type.Identifier.Text, type.Identifier.Text + "(double q__)") + rest,
                9 => header.TrimEnd() + " : " + c.Pick(new[] { "System.Exception ", "System.IDisposable ", "Base__ ", "IFace__ " }) + rest
                    + "\npublic class Base__ { public static double " + c.TargetName + "Gradient(double x) => x; public double value; }\npublic interface IFace__ { double " + c.TargetName + "(double x); }",
                10 => text + "\n" + header + "{ public static double " + c.Pick(new[] { "value", "dX", c.TargetName + "Gradient", c.TargetName + "Integral", c.TargetName + "PartialX" }) + "; }",
                11 => "#nullable disable\n" + text + "\n#nullable restore",
                12 => "#pragma warning disable\n#line 1 \"other.cs\"\n" + text + "\n#line default",
                _ => "namespace " + c.Pick(new[] { "DiffGen", "System", "Inner.Deeper", "global__", "Math", "DiffGen.Generated" }) + " { " + text + " }",
            };
            return (c.Splice(type.Span, replaced), "type shape " + variant + " of " + type.Identifier.Text);
        }

        private static string ReplaceFirst(string text, string what, string with)
        {
            int at = text.IndexOf(what, System.StringComparison.Ordinal);
            return at < 0 ? text : text.Substring(0, at) + with + text.Substring(at + what.Length);
        }
    }
}
