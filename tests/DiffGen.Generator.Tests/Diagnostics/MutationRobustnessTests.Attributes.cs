using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DiffGen.Generator.Tests.Diagnostics
{
    /// <summary>Edits of the attributes, of the members beside the target, and of the namespace.</summary>
    public sealed partial class MutationRobustnessTests
    {
        private static (string Source, string What)? ChangeAttribute(Context c)
        {
            string p = c.Pick(c.ParameterNames);
            string name = c.TargetName;
            string[] attributes =
            {
                "[Differentiable]", "[Differentiable(\"nope\")]", "[Differentiable(\"\")]", "[Differentiable(null)]", "[Differentiable(new string[0])]",
                "[Differentiable(\"" + p + "\", \"" + p + "\")]", "[Differentiable(nameof(" + p + "))]", "[Differentiable(\"" + Capitalized(p) + "\")]",
                "[Differentiable(\"" + p + "\")]", "[Differentiable, Differentiable]", "[Differentiable][Integrable]", "[Integrable]", "[Integrable(\"" + p + "\")]",
                "[Integrable(\"" + p + "\", \"" + p + "\")]", "[Integrable(\"" + p + "\", \"y\", \"z\")]", "[Integrable(new[] { \"" + p + "\" })]",
                "[DerivativeOf(\"" + name + "\")]", "[DerivativeOf(null)]", "[DerivativeOf(typeof(Math), nameof(Math.Sin))]", "[DerivativeOf(typeof(int), \"Abs\")]",
                "[return: Differentiable]", "[DiffGen.DifferentiableAttribute()]", "[global::DiffGen.Differentiable]", "[Differentiable((\"" + p + "\"))]",
                "[Differentiable(WithRespectTo = null)]", "[System.Obsolete, Differentiable]", "[Differentiable(\"" + p + "\", null)]", "[Differentiable(1)]",
                "[DerivativeOf(typeof(" + c.TypeName + "), nameof(" + name + "))]", "[Differentiable][DerivativeOf(\"" + name + "\")]", string.Empty,
                "[Integrable(\"" + p + "\", \"" + c.ParameterNames[c.ParameterNames.Count - 1] + "\")]", "[Differentiable(\"" + p + "\", \"" + c.ParameterNames[0] + "\")]",
            };
            string[] restricting =
            {
                "[System.Obsolete]", "[System.Obsolete(\"no\", true)]", "[System.Diagnostics.CodeAnalysis.Experimental(\"DG9999\")]",
                "[System.Runtime.InteropServices.UnmanagedCallersOnly]", "[System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]",
                "[System.Runtime.CompilerServices.SkipLocalsInit]", "[System.CLSCompliant(false)]", "[System.Diagnostics.DebuggerStepThrough]",
            };
            string replacement = c.Chance(3) ? c.Pick(restricting) : c.Pick(attributes);
            var lists = c.Target.ChildNodes().OfType<AttributeListSyntax>().ToList();
            if (lists.Count > 0 && replacement.StartsWith("[System.", StringComparison.Ordinal) && !c.Chance(3))
            {
                // Beside the target's attributes: a member that callers may not call, or call only from members like it.
                return (c.Source.Insert(lists[0].SpanStart, replacement + " "), replacement + " beside " + lists[0]);
            }

            if (lists.Count > 0 && !c.Chance(5))
            {
                AttributeListSyntax list = c.Pick(lists);
                return (c.Splice(list.Span, replacement), list + " -> " + replacement);
            }

            // Another member gets one: any method, property, field or local function of the file.
            var members = c.Root.DescendantNodes().Where(n => n is MemberDeclarationSyntax and not BaseTypeDeclarationSyntax and not BaseNamespaceDeclarationSyntax || n is LocalFunctionStatementSyntax).ToList();
            if (members.Count == 0)
            {
                return null;
            }

            SyntaxNode member = c.Pick(members);
            return (c.Source.Insert(member.SpanStart, replacement + " "), replacement + " on the member at " + c.Line(member));
        }

        private static (string Source, string What)? AddMember(Context c)
        {
            TypeDeclarationSyntax? type = c.Target.AncestorsAndSelf().OfType<TypeDeclarationSyntax>().FirstOrDefault();
            if (type == null)
            {
                return null;
            }

            string name = c.TargetName;
            string p = c.Pick(c.ParameterNames);
            string copy = c.Target is MethodDeclarationSyntax method ? method.ToString() : "[Differentiable] public static double " + name + "(double x) => x;";
            string[] members =
            {
                "public static double " + name + "Gradient(double x) => x;", "public static int " + name + "Partial" + Capitalized(p) + ";",
                "public class " + name + "Gradient { }", "private double value;", "public static double d" + Capitalized(p) + ";",
                "public static double " + name + "(float x) => x;", "[Differentiable] public static double " + name + "(float x) => x * x;",
                "[Differentiable] public static double " + name + "(double x, double y, double z) => x * y * z;",
                copy.Replace(" " + name + "(", " " + name + "2(", System.StringComparison.Ordinal),
                copy.Replace("(double ", "(float ", System.StringComparison.Ordinal), copy.Replace("double[]", "Span<double>", System.StringComparison.Ordinal),
                copy, "public static double " + name + "Integral;", "public struct " + name + "Integrand { }", "public static double " + name + "Antiderivative(double x) => x;",
                "public static double Stop(double x) => x;", "public static class Math { public static double Sin(double x) => x; }",
                "public static class Gradient { public static double Stop(double x) => x; }", "public static class Tape { }",
                "[Differentiable] public static double Caller__(double x) => " + name + "(x);", "public const double value = 1;",
                "public double this[double x] => x;", "public static implicit operator double(" + c.TypeName + " c) => 0;",
                "public static double Math__ = Math.Sin(1);", "[Integrable] public static double " + name + "(double from) => from;",
                "public class System { }", "public class DiffGen { }", "public class var { }", "public class dynamic { }", "public static int nameof(object o) => 0;",
                "public static int _;", "public class _ { }", "public static double value => 1;", "public delegate double " + name + "Integrand(double x);",
                "public static double " + name + "PartialX(double x) => x;", "public event System.Action? " + name + "Gradient;", "public class T { }",
            };
            string member = c.Pick(members);
            return (c.Source.Insert(type.CloseBraceToken.SpanStart, member + "\n"), "added '" + Short(member) + "'");
        }

        /// <summary>An expression of the target replaced by a call of an attributed method of the file (itself included: recursion).</summary>
        private static (string Source, string What)? InsertCall(Context c)
        {
            var callees = c.Root.DescendantNodes().OfType<MethodDeclarationSyntax>().Where(HasAttribute).ToList();
            var expressions = c.InTarget<ExpressionSyntax>(IsWrappable);
            if (callees.Count == 0 || expressions.Count == 0)
            {
                return null;
            }

            MethodDeclarationSyntax callee = c.Pick(callees);
            ExpressionSyntax expression = c.Pick(expressions);
            var names = c.ParameterNames;
            string arguments = string.Join(", ", callee.ParameterList.Parameters.Select((p, i) =>
                i == 0 ? expression.ToString() : names.FirstOrDefault(n => n == p.Identifier.ValueText) ?? (p.Type?.ToString() == "int" ? "2" : expression.ToString())));
            string call = callee.Identifier.Text + "(" + arguments + ")";
            return (c.Splice(expression.Span, call), "'" + Short(expression.ToString()) + "' -> " + Short(call) + " at " + c.Line(expression));
        }

        private static (string Source, string What)? ReshapeNamespace(Context c)
        {
            var namespaces = c.Root.DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>().ToList();
            if (namespaces.Count == 0)
            {
                if (c.Root is not CompilationUnitSyntax unit || unit.Members.Count == 0)
                {
                    return null;
                }

                int start = unit.Members[0].FullSpan.Start;
                return (c.Source.Substring(0, start) + "namespace Wrapped__ {\n" + c.Source.Substring(start) + "\n}\n", "into a namespace");
            }

            BaseNamespaceDeclarationSyntax ns = c.Pick(namespaces);
            string members = string.Concat(ns.Members.Select(m => m.ToFullString()));
            string usings = string.Concat(ns.Usings.Select(u => u.ToFullString()));
            string replaced = c.Random.Next(4) switch
            {
                0 when ns is NamespaceDeclarationSyntax && ns.Parent is CompilationUnitSyntax => "namespace " + ns.Name + ";\n" + usings + members,
                1 => usings + members,
                2 => "namespace " + c.Pick(new[] { "DiffGen", "System", "global__", "Math", "DiffGen.Tests", "Gradient", "A.B.C" }) + " {\n" + usings + members + "\n}",
                _ => "namespace " + ns.Name + " {\n" + usings + "namespace Inner__ {\n" + members + "\n}\n}",
            };
            return (c.Splice(ns.Span, replaced), "namespace " + ns.Name + " -> " + Short(replaced));
        }
    }
}
