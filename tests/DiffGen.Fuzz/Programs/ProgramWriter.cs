using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;

namespace DiffGen.Fuzz.Programs
{
    /// <summary>Prints a case as C#: the class the generator reads, or the oracle's twin.</summary>
    public static class ProgramWriter
    {
        public const string Namespace = "Fuzz";

        public static string ClassName(int index) => "Case" + index;

        public static string HelperClassName(int index) => "Case" + index + "Helpers";

        public static string OracleClassName(int index) => "Case" + index + "Oracle";

        /// <summary>The source the generator reads: a partial class with the [Differentiable] methods and custom derivatives, and a class of helpers.</summary>
        public static string Source(FuzzCase fuzzCase, int index)
        {
            var flavor = Flavor.Of(fuzzCase.Float);
            var text = new StringBuilder();
            text.Append("    public static partial class ").Append(ClassName(index)).Append("\n    {\n");
            foreach (Method method in fuzzCase.Methods.Where(m => m.Differentiable))
            {
                WriteMethod(text, method, flavor, index);
            }

            foreach (Method helper in fuzzCase.Methods.Where(m => !m.Differentiable && m.Derivative is not null))
            {
                WriteCustomDerivative(text, helper, flavor, index);
            }

            text.Append("    }\n\n");
            text.Append("    public static class ").Append(HelperClassName(index)).Append("\n    {\n");
            foreach (Method helper in fuzzCase.Methods.Where(m => !m.Differentiable))
            {
                WriteMethod(text, helper, flavor, index);
            }

            text.Append("    }\n");
            return text.ToString();
        }

        /// <summary>The oracle: every method of the case, helpers included, printed over dual numbers.</summary>
        public static string Oracle(FuzzCase fuzzCase, int index)
        {
            if (fuzzCase.Unsupported is not null)
            {
                return ""; // nothing to check numerically, and the construct may not exist for Dual
            }

            var text = new StringBuilder();
            text.Append("    public static class ").Append(OracleClassName(index)).Append("\n    {\n");
            foreach (Method method in fuzzCase.Methods)
            {
                WriteMethod(text, method, Flavor.Dual, index);
            }

            text.Append("    }\n");
            return text.ToString();
        }

        /// <summary>The case alone, as a reader of a shrunk failure wants it: usings, namespace, one class.</summary>
        public static string Standalone(FuzzCase fuzzCase) =>
            "using System;\nusing DiffGen;\n\nnamespace " + Namespace + "\n{\n" + Source(fuzzCase, 0) + "}\n";

        private static void WriteMethod(StringBuilder text, Method method, Flavor flavor, int index)
        {
            if (method.Differentiable && !flavor.IsOracle)
            {
                text.Append("        [global::DiffGen.Differentiable");
                if (method.WithRespectTo is { } names)
                {
                    text.Append('(').Append(string.Join(", ", names.Select(n => "\"" + n + "\""))).Append(')');
                }

                text.Append("]\n");
            }

            text.Append("        public static ").Append(flavor.RealType).Append(' ').Append(method.Name).Append('(')
                .Append(string.Join(", ", method.Parameters.Select(p => ParameterType(p, flavor) + " " + p.Name))).Append(')');
            var writer = new Writer(flavor, index, text);
            if (method.ExpressionBody is { } body)
            {
                text.Append(" => ").Append(writer.Expression(body)).Append(";\n\n");
                return;
            }

            text.Append("\n");
            writer.Block(method.Body, 2);
            text.Append("\n");
        }

        private static void WriteCustomDerivative(StringBuilder text, Method helper, Flavor flavor, int index)
        {
            Parameter x = helper.Parameters.Single();
            string real = flavor.RealType;
            var writer = new Writer(flavor, index, text);
            text.Append("        [global::DiffGen.DerivativeOf(typeof(").Append(HelperClassName(index)).Append("), nameof(")
                .Append(HelperClassName(index)).Append('.').Append(helper.Name).Append("))]\n");
            text.Append("        public static ").Append(real).Append(' ').Append(helper.Name).Append("Derivative(")
                .Append(real).Append(' ').Append(x.Name).Append(", out ").Append(real).Append(" d").Append(Capitalize(x.Name)).Append(")\n        {\n");
            text.Append("            d").Append(Capitalize(x.Name)).Append(" = ").Append(writer.Expression(helper.Derivative!)).Append(";\n");
            text.Append("            return ").Append(HelperClassName(index)).Append('.').Append(helper.Name).Append('(').Append(x.Name).Append(");\n        }\n\n");
        }

        public static string Capitalize(string name) => char.ToUpperInvariant(name[0]) + name.Substring(1);

        public static string ParameterType(Parameter p, Flavor flavor) => p.Kind switch
        {
            ParameterKind.Real => flavor.RealType,
            ParameterKind.Int => "int",
            ParameterKind.Array => flavor.RealType + "[]",
            ParameterKind.ReadOnlySpan => "global::System.ReadOnlySpan<" + flavor.RealType + ">",
            _ => throw new ArgumentOutOfRangeException(nameof(p)),
        };

        /// <summary>Prints statements and expressions in one flavour.</summary>
        private sealed class Writer
        {
            private readonly Flavor flavor;
            private readonly int index;
            private readonly StringBuilder text;

            public Writer(Flavor flavor, int index, StringBuilder text)
            {
                this.flavor = flavor;
                this.index = index;
                this.text = text;
            }

            private string Real => flavor.RealType;

            public void Block(ImmutableArray<Stmt> body, int depth)
            {
                Line(depth, "{");
                foreach (Stmt statement in body)
                {
                    Statement(statement, depth + 1);
                }

                Line(depth, "}");
            }

            private void Line(int depth, string line) => text.Append(' ', depth * 4).Append(line).Append('\n');

            private void Statement(Stmt statement, int depth)
            {
                switch (statement)
                {
                    case Declare d:
                        Line(depth, Real + " " + d.Name + (d.Init is null ? "" : " = " + Expression(d.Init)) + ";");
                        break;
                    case DeclareConst c:
                        Line(depth, (flavor.IsOracle ? "" : "const ") + Real + " " + c.Name + " = " + Literal(c.Literal) + ";");
                        break;
                    case DeclareInt i:
                        Line(depth, "int " + i.Name + " = " + Int(i.Init) + ";");
                        break;
                    case DeclareBool b:
                        Line(depth, "bool " + b.Name + " = " + Condition(b.Init) + ";");
                        break;
                    case Assign a:
                        Line(depth, a.Name + " " + a.Op + " " + Expression(a.Value) + ";");
                        break;
                    case Increment inc:
                        Line(depth, inc.Name + inc.Op + ";");
                        break;
                    case IntAssign ia:
                        Line(depth, ia.Name + " " + ia.Op + " " + Int(ia.Value) + ";");
                        break;
                    case AssignElement e:
                        Line(depth, e.Array + "[" + Int(e.Index) + "] " + e.Op + " " + Expression(e.Value) + ";");
                        break;
                    case NewArray n:
                        Line(depth, n.Stackalloc
                            ? "global::System.Span<" + Real + "> " + n.Name + " = stackalloc " + Real + "[" + Int(n.Size) + "];"
                            : Real + "[] " + n.Name + " = new " + Real + "[" + Int(n.Size) + "];");
                        break;
                    case ArrayOfConstants a:
                        Line(depth, Real + "[] " + a.Name + " = " + Initializer(a) + ";");
                        break;
                    case If i:
                        IfStatement(i, depth, "if");
                        break;
                    case Return r:
                        Line(depth, "return " + Expression(r.Value) + ";");
                        break;
                    case For f:
                        Line(depth, "for (int " + f.Counter + " = " + Int(f.From) + "; " + f.Counter + " " + f.Cmp + " " + Int(f.Bound) + "; "
                            + f.Counter + (f.Step.Length == 2 ? f.Step : " " + f.Step) + ")");
                        Block(f.Body, depth);
                        break;
                    case Foreach fe:
                        Line(depth, "foreach (" + Real + " " + fe.Variable + " in " + fe.Array + ")");
                        Block(fe.Body, depth);
                        break;
                    case While w:
                        Line(depth, "while (" + Condition(w.Test) + ")");
                        Block(w.Body, depth);
                        break;
                    case DoWhile dw:
                        Line(depth, "do");
                        Block(dw.Body, depth);
                        Line(depth, "while (" + Condition(dw.Test) + ");");
                        break;
                    case Break:
                        Line(depth, "break;");
                        break;
                    case Continue:
                        Line(depth, "continue;");
                        break;
                    case VerbatimStatement v:
                        Line(depth, v.Text);
                        break;
                    default:
                        throw new ArgumentOutOfRangeException(nameof(statement), statement.GetType().Name);
                }
            }

            private void IfStatement(If statement, int depth, string keyword)
            {
                Line(depth, keyword + " (" + Condition(statement.Test) + ")");
                Block(statement.Then, depth);
                if (statement.Else is not { } otherwise)
                {
                    return;
                }

                if (otherwise.Length == 1 && otherwise[0] is If elseIf)
                {
                    IfStatement(elseIf, depth, "else if");
                    return;
                }

                Line(depth, "else");
                Block(otherwise, depth);
            }

            private string Initializer(ArrayOfConstants array)
            {
                string elements = "{ " + string.Join(", ", array.Literals.Select(ElementLiteral)) + " }";
                return array.Style switch
                {
                    ArrayInitializerStyle.Braces => elements,
                    ArrayInitializerStyle.NewTyped => "new " + Real + "[] " + elements,
                    _ => flavor.IsOracle ? "new " + Real + "[] " + elements : "new[] " + elements,
                };
            }

            /// <summary>In a float initializer every element carries f, so new[] { ... } is a float[].</summary>
            private string ElementLiteral(string literal) =>
                flavor.LiteralSuffix.Length > 0 && !literal.EndsWith("f", StringComparison.Ordinal) ? literal + flavor.LiteralSuffix : literal;

            private string Literal(string literal) =>
                flavor.LiteralSuffix.Length > 0 && IsFractional(literal) && !literal.EndsWith("f", StringComparison.Ordinal)
                    ? literal + flavor.LiteralSuffix
                    : literal;

            private static bool IsFractional(string literal) => literal.IndexOfAny(new[] { '.', 'e', 'E' }) >= 0;

            // Precedence: 1 additive, 2 multiplicative, 3 unary, 4 primary.
            public string Expression(Expr expression) => Expression(expression, out _);

            private string Expression(Expr expression, out int precedence)
            {
                precedence = 4;
                switch (expression)
                {
                    case Literal l:
                        return Literal(l.Text);
                    case Read r:
                        return r.Name;
                    case Element e:
                        return e.Array + "[" + Int(e.Index) + "]";
                    case Negate n:
                        precedence = 3;
                        string operand = Expression(n.Operand, out int inner);
                        return inner < 4 || operand.StartsWith("-", StringComparison.Ordinal) ? "-(" + operand + ")" : "-" + operand;
                    case Binary b:
                        precedence = b.Op is "+" or "-" ? 1 : 2;
                        string left = Expression(b.Left, out int lp);
                        string right = Expression(b.Right, out int rp);
                        return (lp < precedence ? "(" + left + ")" : left) + " " + b.Op + " " + (rp <= precedence ? "(" + right + ")" : right);
                    case MathCall c:
                        return flavor.Math + "." + c.Function + "(" + string.Join(", ", c.Args.Select(Expression)) + ")";
                    case MathConstant k:
                        return flavor.Math + "." + k.Name;
                    case Stop s:
                        return flavor.Stop + "(" + Expression(s.Operand) + ")";
                    case Call call:
                        string qualifier = call.Method.StartsWith("Helper", StringComparison.Ordinal) && !flavor.IsOracle ? HelperClassName(index) + "." : "";
                        return qualifier + call.Method + "(" + string.Join(", ", call.Args.Select(Expression)) + ")";
                    case ArrayArgument a:
                        return a.Name;
                    case Verbatim v:
                        return v.Text;
                    case Conditional c:
                        return "(" + Condition(c.Test) + " ? " + Expression(c.Then) + " : " + Expression(c.Else) + ")";
                    default:
                        throw new ArgumentOutOfRangeException(nameof(expression), expression.GetType().Name);
                }
            }

            private string Condition(Cond condition) => condition switch
            {
                Compare c => Expression(c.Left) + " " + c.Op + " " + Expression(c.Right),
                IntCompare c => Int(c.Left) + " " + c.Op + " " + Int(c.Right),
                Logic l => "(" + Condition(l.Left) + ") " + l.Op + " (" + Condition(l.Right) + ")",
                Not n => "!(" + Condition(n.Operand) + ")",
                BoolRead b => b.Name,
                _ => throw new ArgumentOutOfRangeException(nameof(condition)),
            };

            private string Int(IntExpr expression) => Int(expression, out _);

            private string Int(IntExpr expression, out int precedence)
            {
                precedence = 4;
                switch (expression)
                {
                    case IntLiteral l:
                        return l.Value < 0 ? "(" + l.Value + ")" : l.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    case IntRead r:
                        return r.Name;
                    case Length len:
                        return len.Array + ".Length";
                    case IntBinary b:
                        precedence = b.Op is "+" or "-" ? 1 : 2;
                        string left = Int(b.Left, out int lp);
                        string right = Int(b.Right, out int rp);
                        return (lp < precedence ? "(" + left + ")" : left) + " " + b.Op + " " + (rp <= precedence ? "(" + right + ")" : right);
                    default:
                        throw new ArgumentOutOfRangeException(nameof(expression));
                }
            }
        }

        /// <summary>Joins statement lists; a convenience for generators.</summary>
        public static ImmutableArray<Stmt> Statements(params Stmt[] statements) => statements.ToImmutableArray();

        public static IEnumerable<T> Each<T>(params T[] items) => items;
    }
}
