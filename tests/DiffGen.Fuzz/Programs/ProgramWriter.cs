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

        /// <summary>The class of a callee reached through a field (<see cref="LayerPrefix"/>): the case's type holds one in <c>layer</c>.</summary>
        public static string LayerClassName(int index) => "Case" + index + "Layer";

        /// <summary>A callee whose name starts so is an instance method of <see cref="LayerClassName"/>, called as <c>this.layer.M(...)</c>.</summary>
        public const string LayerPrefix = "Layer";

        /// <summary>The C# name of the type holding the case's methods (Fuzz.Case3, or Fuzz.Case3.Inner when nested).</summary>
        public static string TypeName(FuzzCase fuzzCase, int index) =>
            Namespace + "." + ClassName(index) + fuzzCase.TypeArguments + (fuzzCase.Container == Container.NestedClass ? ".Inner" : "");

        /// <summary>The metadata name of that type (Fuzz.Case3+Inner when nested).</summary>
        public static string MetadataName(FuzzCase fuzzCase, int index) =>
            Namespace + "." + ClassName(index) + (fuzzCase.Generic ? "`1" : "") + (fuzzCase.Container == Container.NestedClass ? "+Inner" : "");

        /// <summary>
        /// The declaration of the case's type (its first line, without the brace): <c>public partial class Case3</c>, with <c>&lt;T&gt;</c>
        /// when generic and a record's positional parameters unless <paramref name="withParameters"/> is false (a second part).
        /// </summary>
        public static string Header(FuzzCase fuzzCase, int index, bool withParameters = true)
        {
            ImmutableArray<Member> members = fuzzCase.Members ?? ImmutableArray<Member>.Empty;
            var positional = members.Where(m => m.Kind == MemberKind.Positional).ToList();
            var flavor = Flavor.Of(fuzzCase.Float);
            string parameters = positional.Count == 0 || !withParameters ? "" : "(" + string.Join(", ", positional.Select(m => MemberType(m, flavor) + " " + m.Name)) + ")";
            string name = ClassName(index) + fuzzCase.TypeParameters;
            return fuzzCase.Container switch
            {
                Container.StaticClass or Container.NestedClass => "public static partial class " + name,
                Container.Class => "public partial class " + name,
                Container.Struct => "public partial struct " + name,
                Container.RefStruct => "public ref partial struct " + name,
                Container.Record => "public partial record " + name + parameters,
                _ => "public partial record struct " + name + parameters,
            };
        }

        /// <summary>The source the generator reads: a partial type with the [Differentiable] methods, custom derivatives and members, and a class of helpers.</summary>
        public static string Source(FuzzCase fuzzCase, int index)
        {
            var flavor = Flavor.Of(fuzzCase.Float);
            var text = new StringBuilder();
            ImmutableArray<Member> members = fuzzCase.Members ?? ImmutableArray<Member>.Empty;
            var positional = members.Where(m => m.Kind == MemberKind.Positional).ToList();
            text.Append("    ").Append(Header(fuzzCase, index)).Append("\n    {\n");
            if (fuzzCase.Container == Container.NestedClass)
            {
                text.Append("    public partial class Inner\n    {\n");
            }

            if (fuzzCase.Container is Container.Struct or Container.RecordStruct or Container.RefStruct && positional.Count == 0 && members.Any(m => !m.IsStatic))
            {
                text.Append("        public ").Append(ClassName(index)).Append("()\n        {\n        }\n\n"); // field initializers in a struct need a constructor
            }

            foreach (Member member in members.Where(m => m.Kind != MemberKind.Positional))
            {
                string type = MemberType(member, flavor);
                string value = MemberValue(member, flavor);
                text.Append(member.Kind switch
                {
                    MemberKind.Const => "        public const " + type + " " + member.Name + " = " + value + ";\n",
                    MemberKind.StaticReadonly => "        public static readonly " + type + " " + member.Name + " = " + value + ";\n",
                    MemberKind.StaticProperty => "        public static " + type + " " + member.Name + " { get; } = " + value + ";\n",
                    MemberKind.StaticArray or MemberKind.StaticMatrix => "        public static readonly " + type + " " + member.Name + " = " + value + ";\n",
                    MemberKind.StaticJagged => "        public static " + type + " " + member.Name + " { get; } = " + value + ";\n",
                    MemberKind.InstanceField => "        public " + type + " " + member.Name + " = " + value + ";\n",
                    _ => "        public " + type + " " + member.Name + " { get; } = " + value + ";\n",
                });
            }

            if (members.Length > 0)
            {
                text.Append('\n');
            }

            string typeName = ClassName(index) + fuzzCase.TypeParameters + (fuzzCase.Container == Container.NestedClass ? ".Inner" : "");
            bool layered = fuzzCase.Methods.Any(m => m.Name.StartsWith(LayerPrefix, StringComparison.Ordinal));
            if (layered)
            {
                text.Append("        public readonly ").Append(LayerClassName(index)).Append(" layer = new ").Append(LayerClassName(index)).Append("();\n\n");
            }

            foreach (Method method in fuzzCase.Methods.Where(m => (m.Differentiable || m.IsIntegrable) && !m.Name.StartsWith(LayerPrefix, StringComparison.Ordinal)))
            {
                WriteMethod(text, method, flavor, index, flavor.Real, typeName);
            }

            foreach (Method helper in fuzzCase.Methods.Where(m => !m.Differentiable && m.Derivative is not null))
            {
                WriteCustomDerivative(text, helper, flavor, index);
            }

            if (fuzzCase.Container == Container.NestedClass)
            {
                text.Append("    }\n");
            }

            text.Append("    }\n\n");
            if (layered)
            {
                // A class of its own whose instance methods the case's methods call through the field layer.
                text.Append("    public partial class ").Append(LayerClassName(index)).Append("\n    {\n");
                foreach (Method method in fuzzCase.Methods.Where(m => m.Name.StartsWith(LayerPrefix, StringComparison.Ordinal)))
                {
                    WriteMethod(text, method, flavor, index, flavor.Real, LayerClassName(index));
                }

                text.Append("    }\n\n");
            }

            text.Append("    public static class ").Append(HelperClassName(index)).Append("\n    {\n");
            foreach (Method helper in fuzzCase.Methods.Where(m => !m.Differentiable && !m.IsIntegrable))
            {
                WriteMethod(text, helper, flavor, index, flavor.Real);
            }

            text.Append("    }\n");
            return text.ToString();
        }

        /// <summary>int, or the real type of the flavour (double or float; the oracle keeps the source's type, so its members hold the same values).</summary>
        public static string MemberType(Member member, Flavor flavor) => member.IsInt ? "int" : member.Kind switch
        {
            MemberKind.StaticArray => flavor.RealType + "[]",
            MemberKind.StaticMatrix => flavor.RealType + "[,]",
            MemberKind.StaticJagged => flavor.RealType + "[][]",
            _ => flavor.RealType,
        };

        /// <summary>A member's value as a literal of its type (with f in a float case); an array's, as its initializer.</summary>
        public static string MemberValue(Member member, Flavor flavor) =>
            member.IsInt ? member.Value
            : member.Kind == MemberKind.StaticArray ? "{ " + string.Join(", ", member.Value.Split(' ').Select(v => FractionalLiteral(v, flavor))) + " }"
            : member.Kind == MemberKind.StaticMatrix ? "{ " + string.Join(", ", MatrixRows(member).Select(row => "{ " + string.Join(", ", row.Select(v => FractionalLiteral(v, flavor))) + " }")) + " }"
            : member.Kind == MemberKind.StaticJagged ? "new " + flavor.RealType + "[][] { " + string.Join(", ", MatrixRows(member).Select(row => "new " + flavor.RealType + "[] { " + string.Join(", ", row.Select(v => FractionalLiteral(v, flavor))) + " }")) + " }"
            : FractionalLiteral(member.Value, flavor);

        /// <summary>The rows of a matrix member's value (rows separated by |, elements by spaces).</summary>
        public static string[][] MatrixRows(Member member) => member.Value.Split('|').Select(row => row.Split(' ')).ToArray();

        /// <summary>The oracle: every method of the case, helpers included, printed over dual numbers.</summary>
        public static string Oracle(FuzzCase fuzzCase, int index)
        {
            if (fuzzCase.Unsupported is not null)
            {
                return ""; // nothing to check numerically, and the construct may not exist for Dual
            }

            var text = new StringBuilder();
            text.Append("    public static class ").Append(OracleClassName(index)).Append("\n    {\n");
            var source = Flavor.Of(fuzzCase.Float);
            foreach (Member member in fuzzCase.Members ?? ImmutableArray<Member>.Empty)
            {
                // Every member, static or not, as a constant of the source's type: the oracle's methods are static.
                text.Append(member.Kind is MemberKind.StaticArray or MemberKind.StaticMatrix or MemberKind.StaticJagged ? "        public static readonly " : "        public const ").Append(MemberType(member, source)).Append(' ').Append(member.Name).Append(" = ").Append(MemberValue(member, source)).Append(";\n");
            }

            foreach (Method method in fuzzCase.Methods)
            {
                // Data matrices keep the source's element type: the oracle is passed the very same arrays.
                WriteMethod(text, method, Flavor.Dual, index, source.Real);
            }

            text.Append("    }\n");
            return text.ToString();
        }

        /// <summary>The case alone, as a reader of a shrunk failure wants it: usings, namespace, one class.</summary>
        public static string Standalone(FuzzCase fuzzCase) =>
            "using System;\nusing DiffGen;\n\nnamespace " + Namespace + "\n{\n" + Source(fuzzCase, 0) + "}\n";

        private static void WriteMethod(StringBuilder text, Method method, Flavor flavor, int index, string dataReal, string? typeName = null)
        {
            if (method.Partial != PartialStyle.None && !flavor.IsOracle)
            {
                // A partial method: the declaration, then the part with the body; the attribute on one of them.
                string signature = "        " + method.Accessibility + (method.Instance ? " " : " static ") + "partial " + flavor.RealType + " " + method.Name + "("
                    + string.Join(", ", method.Parameters.Select(p => ParameterType(p, flavor, dataReal) + " " + p.Name)) + ")";
                var whole = method with { Partial = PartialStyle.None };
                if (method.Partial == PartialStyle.AttributeOnImplementation)
                {
                    text.Append(signature).Append(";\n\n");
                    var implementationText = new StringBuilder();
                    WriteMethod(implementationText, whole, flavor, index, dataReal, typeName);
                    text.Append(InsertPartial(implementationText.ToString(), method));
                    return;
                }

                var declaration = new StringBuilder();
                WriteMethod(declaration, whole with { ExpressionBody = null, Body = ImmutableArray<Stmt>.Empty }, flavor, index, dataReal, typeName);
                string attribute = declaration.ToString().Substring(0, declaration.ToString().IndexOf("]\n", StringComparison.Ordinal) + 2);
                text.Append(attribute).Append(signature).Append(";\n\n");
                var implementation = new StringBuilder();
                WriteMethod(implementation, whole with { Differentiable = false }, flavor, index, dataReal, typeName);
                text.Append(InsertPartial(implementation.ToString(), method));
                return;
            }

            if (method.IntegrateOver is { } variables && !flavor.IsOracle)
            {
                text.Append("        [global::DiffGen.Integrable").Append(variables.Length == 0 ? "" : "(" + AttributeArguments(variables, method.Style) + ")").Append("]\n");
            }
            else if (method.Differentiable && !flavor.IsOracle)
            {
                text.Append("        [global::DiffGen.Differentiable");
                if (method.WithRespectTo is { } names)
                {
                    text.Append('(').Append(AttributeArguments(names, method.Style)).Append(')');
                }

                text.Append("]\n");
            }

            text.Append("        ").Append(flavor.IsOracle ? "public" : method.Accessibility).Append(method.Instance && !flavor.IsOracle ? " " : " static ").Append(flavor.RealType).Append(' ').Append(method.Name).Append('(')
                .Append(string.Join(", ", method.Parameters.Select(p => ParameterType(p, flavor, dataReal) + " " + p.Name))).Append(')');
            var writer = new Writer(flavor, index, text, typeName, floatSource: flavor.IsOracle && dataReal == "float");
            if (method.ExpressionBody is { } body)
            {
                text.Append(" => ").Append(writer.Expression(body)).Append(";\n\n");
                return;
            }

            text.Append("\n");
            writer.Block(method.Body, 2);
            text.Append("\n");
        }

        /// <summary>A whole method's text with <c>partial</c> before its return type: its implementation part.</summary>
        private static string InsertPartial(string whole, Method method)
        {
            string modifiers = "        " + method.Accessibility + (method.Instance ? " " : " static ");
            int at = whole.IndexOf(modifiers, StringComparison.Ordinal);
            return whole.Substring(0, at + modifiers.Length) + "partial " + whole.Substring(at + modifiers.Length);
        }

        /// <summary>The names an attribute lists, spelled in the method's style: "x", nameof(x), or new[] { "x" }.</summary>
        private static string AttributeArguments(ImmutableArray<string> names, AttributeStyle style) => style switch
        {
            AttributeStyle.NameOf => string.Join(", ", names.Select(n => "nameof(" + n + ")")),
            AttributeStyle.ArrayOfStrings => "new[] { " + string.Join(", ", names.Select(n => "\"" + n + "\"")) + " }",
            _ => string.Join(", ", names.Select(n => "\"" + n + "\"")),
        };

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

        /// <summary>A literal in the flavour: a fractional one gets f in a float case.</summary>
        public static string FractionalLiteral(string literal, Flavor flavor) =>
            literal is "+inf" or "-inf" ? (literal[0] == '-' ? "-" : string.Empty) + (flavor.IsOracle ? "double" : flavor.Real) + ".PositiveInfinity"
            : flavor.LiteralSuffix.Length > 0 && IsFractional(literal) && !literal.EndsWith("f", StringComparison.Ordinal)
                ? literal + flavor.LiteralSuffix
                : literal;

        /// <summary>Whether the expression is made of literals and named constants alone (a constant C# folds).</summary>
        private static bool IsConstant(Expr expression) => expression switch
        {
            Literal or MathConstant => true,
            Negate n => IsConstant(n.Operand),
            UnaryPlus p => IsConstant(p.Operand),
            Binary b => IsConstant(b.Left) && IsConstant(b.Right),
            _ => false,
        };

        /// <summary>Whether the constant is C# integer arithmetic (<c>10 / 7</c> is 1, <c>2 / 7</c> is 0), which the oracle must leave to C# as well.</summary>
        private static bool IsIntegerConstant(Expr expression) => expression switch
        {
            Literal l => !IsFractional(l.Text) && !l.Text.EndsWith("f", StringComparison.OrdinalIgnoreCase),
            Negate n => IsIntegerConstant(n.Operand),
            UnaryPlus p => IsIntegerConstant(p.Operand),
            Binary b => IsIntegerConstant(b.Left) && IsIntegerConstant(b.Right),
            _ => false,
        };

        private static bool IsFractional(string literal) => literal.IndexOfAny(new[] { '.', 'e', 'E' }) >= 0;

        public static string Capitalize(string name) => char.ToUpperInvariant(name[0]) + name.Substring(1);

        /// <summary>A parameter's C# type; <paramref name="dataReal"/> is the element type of a data matrix (the source's, in the oracle too).</summary>
        public static string ParameterType(Parameter p, Flavor flavor, string dataReal) => p.Kind switch
        {
            ParameterKind.Matrix => dataReal + "[,]",
            ParameterKind.Jagged => dataReal + "[][]",
            ParameterKind.Real => p.Single && !flavor.IsOracle ? "float" : p.Wide && !flavor.IsOracle ? "double" : flavor.RealType,
            ParameterKind.Int => p.IntType,
            ParameterKind.Indices => p.IntType + "[]",
            ParameterKind.IndexSpan => "global::System.ReadOnlySpan<" + p.IntType + ">",
            ParameterKind.Labels => dataReal + "[]",
            ParameterKind.Array => (p.Single && !flavor.IsOracle ? "float" : flavor.RealType) + "[]",
            ParameterKind.ReadOnlySpan => "global::System.ReadOnlySpan<" + flavor.RealType + ">",
            ParameterKind.Span => "global::System.Span<" + flavor.RealType + ">",
            _ => throw new ArgumentOutOfRangeException(nameof(p)),
        };

        /// <summary>Prints statements and expressions in one flavour.</summary>
        private sealed class Writer
        {
            private readonly Flavor flavor;
            private readonly int index;
            private readonly StringBuilder text;
            private readonly string typeName;
            private readonly bool floatSource;

            /// <param name="floatSource">The oracle of a float method: its named constants are MathF's, rounded to float.</param>
            public Writer(Flavor flavor, int index, StringBuilder text, string? typeName = null, bool floatSource = false)
            {
                this.flavor = flavor;
                this.index = index;
                this.text = text;
                this.typeName = typeName ?? ClassName(index);
                this.floatSource = floatSource;
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
                    case SwitchStatement { Choice: var choice } w when flavor.IsOracle:
                        // The oracle reads the statement as what it means: the target given the chosen arm's value.
                        Line(depth, w.Target + " " + w.Op + " " + Expression(choice) + ";");
                        break;
                    case SwitchStatement w:
                        Line(depth, "switch (" + (w.Choice.Real != null ? Expression(w.Choice.Real) : Int(w.Choice.Integer!)) + ")");
                        Line(depth, "{");
                        foreach (SwitchArm arm in w.Choice.Arms)
                        {
                            Line(depth + 1, "case " + PatternText(arm.Pattern, w.Choice.Real != null) + (arm.Guard == null ? "" : " when " + Condition(arm.Guard)) + ":");
                            Line(depth + 2, w.Target + " " + w.Op + " " + Expression(arm.Value) + ";");
                            Line(depth + 2, "break;");
                        }

                        Line(depth + 1, "default:");
                        Line(depth + 2, w.Target + " " + w.Op + " " + Expression(w.Choice.Otherwise) + ";");
                        Line(depth + 2, "break;");
                        Line(depth, "}");
                        break;
                    case TupleAssign t:
                        // Declared with their type, not var: a value that is a literal would make var's local a double in the oracle too.
                        Line(depth, "(" + string.Join(", ", t.Names.Select(n => t.Declares ? Real + " " + n : n)) + ") = (" + string.Join(", ", t.Values.Select(Expression)) + ");");
                        break;
                    case Increment inc:
                        Line(depth, inc.Prefix ? inc.Op + inc.Name + ";" : inc.Name + inc.Op + ";");
                        break;
                    case Empty:
                        Line(depth, ";");
                        break;
                    case DeclareConstInt ci:
                        Line(depth, "const int " + ci.Name + " = " + ci.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) + ";");
                        break;
                    case IntArrayOfConstants ia:
                        Line(depth, "int[] " + ia.Name + " = { " + string.Join(", ", ia.Values.Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture))) + " };");
                        break;
                    case ArrayOfValues av:
                        Line(depth, ValuesDeclaration(av));
                        break;
                    case LocalPredicate lp:
                        Line(depth, "bool " + lp.Name + "(" + Real + " " + lp.Parameter + ") => " + Condition(lp.Body) + ";");
                        break;
                    case IntLocalFunction il:
                        Line(depth, (il.Static ? "static " : "") + "int " + il.Name + "(int " + il.Parameter + ") => " + Int(il.Body) + ";");
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
                    case CopyOfArray { Style: "clone" } c:
                        Line(depth, Real + "[] " + c.Name + " = (" + Real + "[])" + c.Source + ".Clone();");
                        break;
                    case CopyOfArray { Style: "spread" } c:
                        Line(depth, Real + "[] " + c.Name + " = [.. " + c.Source + "];");
                        break;
                    case CopyOfArray { Style: "copyto" } c:
                        Line(depth, Real + "[] " + c.Name + " = new " + Real + "[" + c.Source + ".Length];");
                        Line(depth, c.Source + ".CopyTo(" + c.Name + ", 0);");
                        break;
                    case CopyOfArray { Style: "copy" } c:
                        Line(depth, Real + "[] " + c.Name + " = new " + Real + "[" + c.Source + ".Length];");
                        Line(depth, "global::System.Array.Copy(" + c.Source + ", " + c.Name + ", " + c.Source + ".Length);");
                        break;
                    case CopyOfArray c:
                        Line(depth, Real + "[] " + c.Name + " = new " + Real + "[" + c.Source + ".Length];");
                        Line(depth, "global::System.Array.Fill(" + c.Name + ", " + c.Fill + ");");
                        break;
                    case ArrayOfConstants { Style: ArrayInitializerStyle.Stackalloc } a:
                        Line(depth, "global::System.Span<" + Real + "> " + a.Name + " = stackalloc " + Real + "[] { " + string.Join(", ", a.Literals.Select(ElementLiteral)) + " };");
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
                    case LocalFunction lf:
                        Line(depth, (lf.Static ? "static " : "") + Real + " " + lf.Name + "(" + Real + " " + lf.Parameter + ") => " + Expression(lf.Body) + ";");
                        break;
                    case For f:
                        string second = f.Second is { } c2 ? ", " + c2.Name + " = " + Int(c2.From) : "";
                        string secondStep = f.Second is { } s2 ? ", " + s2.Name + (s2.Step.Length == 2 ? s2.Step : " " + s2.Step) : "";
                        Line(depth, "for (" + f.CounterType + " " + f.Counter + " = " + Int(f.From) + second + "; " + f.Counter + " " + f.Cmp + " " + Int(f.Bound) + "; "
                            + f.Counter + (f.Step.Length == 2 ? f.Step : " " + f.Step) + secondStep + ")");
                        Block(f.Body, depth);
                        break;
                    case RealFor rf:
                        Line(depth, "for (" + Real + " " + rf.Counter + " = " + Expression(rf.From) + "; " + Condition(new Compare(rf.Cmp, new Read(rf.Counter), rf.Bound)) + "; "
                            + rf.Counter + " " + rf.StepOp + " " + Expression(rf.Step) + ")");
                        Block(rf.Body, depth);
                        break;
                    case Foreach fe:
                        Line(depth, "foreach (" + (fe.Integer ? fe.IntType : Real) + " " + fe.Variable + " in " + fe.Array + ")");
                        Block(fe.Body, depth);
                        break;
                    case SwitchSections sw:
                        Line(depth, "switch (" + Int(sw.Value) + ")");
                        Line(depth, "{");
                        foreach (SwitchSection section in sw.Sections)
                        {
                            foreach (int label in section.Labels)
                            {
                                Line(depth + 1, "case " + label + ":");
                            }

                            Block(section.Body, depth + 2);
                            Line(depth + 2, "break;");
                        }

                        if (sw.Default is { } otherwise)
                        {
                            Line(depth + 1, "default:");
                            Block(otherwise, depth + 2);
                            Line(depth + 2, "break;");
                        }

                        Line(depth, "}");
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
                    case SwapArrays swap when swap.Temporary == null:
                        Line(depth, "(" + swap.A + ", " + swap.B + ") = (" + swap.B + ", " + swap.A + ");");
                        break;
                    case SwapArrays swap:
                        Line(depth, Real + "[] " + swap.Temporary + " = " + swap.A + ";");
                        Line(depth, swap.A + " = " + swap.B + ";");
                        Line(depth, swap.B + " = " + swap.Temporary + ";");
                        break;
                    default:
                        throw new ArgumentOutOfRangeException(nameof(statement), statement.GetType().Name);
                }
            }

            private void IfStatement(If statement, int depth, string keyword)
            {
                Line(depth, keyword + " (" + Condition(statement.Test) + ")");
                bool braceless = statement.Braceless && IsSimple(statement.Then) && (statement.Else is not { } side || IsSimple(side) || side is [If]);
                Side(statement.Then, depth, braceless);
                if (statement.Else is not { } otherwise)
                {
                    return;
                }

                if (braceless && !(otherwise.Length == 1 && otherwise[0] is If))
                {
                    Line(depth, "else");
                    Side(otherwise, depth, braceless: true);
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

            /// <summary>One simple statement (no declaration, no if): what a side without braces may hold, with no dangling else.</summary>
            private static bool IsSimple(ImmutableArray<Stmt> side) => side is [Assign or Increment or Return or Break or Continue or AssignElement or IntAssign];

            private void Side(ImmutableArray<Stmt> side, int depth, bool braceless)
            {
                if (braceless)
                {
                    Statement(side[0], depth + 1);
                    return;
                }

                Block(side, depth);
            }

            /// <summary>A local array given computed elements, in its style; the oracle's stackalloc is of Dual (an unmanaged struct).</summary>
            private string ValuesDeclaration(ArrayOfValues array)
            {
                string elements = string.Join(", ", array.Elements.Select(Expression));
                return array.Style switch
                {
                    ArrayInitializerStyle.Collection => Real + "[] " + array.Name + " = [" + elements + "]",
                    ArrayInitializerStyle.Stackalloc => "global::System.Span<" + Real + "> " + array.Name + " = stackalloc " + Real + "[] { " + elements + " }",
                    ArrayInitializerStyle.NewTyped or ArrayInitializerStyle.NewImplicit => Real + "[] " + array.Name + " = new " + Real + "[] { " + elements + " }",
                    _ => Real + "[] " + array.Name + " = { " + elements + " }",
                } + ";";
            }

            private string Initializer(ArrayOfConstants array)
            {
                string elements = "{ " + string.Join(", ", array.Literals.Select(ElementLiteral)) + " }";
                return array.Style switch
                {
                    ArrayInitializerStyle.Braces => elements,
                    ArrayInitializerStyle.NewTyped => "new " + Real + "[] " + elements,
                    ArrayInitializerStyle.Collection => "[" + string.Join(", ", array.Literals.Select(ElementLiteral)) + "]",
                    _ => flavor.IsOracle ? "new " + Real + "[] " + elements : "new[] " + elements,
                };
            }

            /// <summary>In a float initializer every element carries f, so new[] { ... } is a float[].</summary>
            private string ElementLiteral(string literal) =>
                flavor.LiteralSuffix.Length > 0 && !literal.EndsWith("f", StringComparison.Ordinal) ? literal + flavor.LiteralSuffix : literal;

            private string Literal(string literal) => FractionalLiteral(literal, flavor);

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
                    case IntValue iv:
                        return Int(iv.Value, out precedence);
                    case MatrixElement m:
                        return m.Jagged ? m.Matrix + "[" + Int(m.Row) + "][" + Int(m.Column) + "]" : m.Matrix + "[" + Int(m.Row) + ", " + Int(m.Column) + "]";
                    case Negate n:
                        precedence = 3;
                        string operand = Expression(n.Operand, out int inner);
                        return inner < 4 || operand.StartsWith("-", StringComparison.Ordinal) ? "-(" + operand + ")" : "-" + operand;
                    case Narrow nr when flavor == Flavor.Float:
                        precedence = 3;
                        string narrowed = Expression(nr.Operand, out int innerOfNarrow);
                        return "(float)" + (innerOfNarrow < 4 ? "(" + narrowed + ")" : narrowed);
                    case Narrow nr:
                        return Expression(nr.Operand, out precedence);
                    case UnaryPlus u:
                        precedence = 3;
                        string plussed = Expression(u.Operand, out int innerOfPlus);
                        return innerOfPlus < 4 || plussed.StartsWith("+", StringComparison.Ordinal) ? "+(" + plussed + ")" : "+" + plussed;
                    case Binary b:
                        string left = Expression(b.Left, out int lp);
                        string right = Expression(b.Right, out int rp);
                        if (flavor.IsOracle && IsConstant(b) && !IsIntegerConstant(b))
                        {
                            // C# would fold 2 / 1e-3 % 0.75 in double, outside the oracle's rounding bounds and remainder
                            // check, where the float method folds it in float: the dual numbers compute it instead.
                            left = "((" + flavor.RealType + ")(" + left + "))";
                            lp = 4;
                        }

                        return Infix(b.Op, left, lp, right, rp, out precedence);
                    case MathCall { OnIntegers: true } c:
                        // An integer overload (Math.Abs(n)): integer data in the method and in its oracle alike.
                        return "Math." + c.Function + "(" + string.Join(", ", c.Args.Select(Expression)) + ")";
                    case MathCall { TypeSpelling: true } c when !flavor.IsOracle:
                        return flavor.Real + "." + c.Function + "(" + string.Join(", ", c.Args.Select(Expression)) + ")";
                    case MathCall { Function: "Clamp" } c when flavor == Flavor.Float:
                        // MathF has no Clamp: float source calls Math.Clamp's float overload.
                        return Flavor.Double.Math + ".Clamp(" + string.Join(", ", c.Args.Select(Expression)) + ")";
                    case MathCall c:
                        return flavor.Math + "." + c.Function + "(" + string.Join(", ", c.Args.Select(Expression)) + ")";
                    case MathConstant k when floatSource:
                        // MathF.Tau is τ rounded to float: the method computes with that number, so its oracle does too (τ³ is
                        // 248.05 either way, but sin of it differs by 4e-5, more than the method's own rounding).
                        return "((double)" + Flavor.Float.Math + "." + k.Name + ")";
                    case MathConstant k:
                        return flavor.Math + "." + k.Name;
                    case Stop s when s.Operand is Literal whole && flavor.Real == "double" && whole.Text.All(char.IsDigit):
                        // Gradient.Stop(10) binds Stop(float), whose value is not the oracle's: a double method writes 10.0.
                        return flavor.Stop + "(" + whole.Text + ".0)";
                    case Stop s:
                        return flavor.Stop + "(" + Expression(s.Operand) + ")";
                    case Call call:
                        string qualifier = flavor.IsOracle ? ""
                            : call.Method.StartsWith("Helper", StringComparison.Ordinal) ? HelperClassName(index) + "."
                            : call.Method.StartsWith(LayerPrefix, StringComparison.Ordinal) ? "this.layer."
                            : "";
                        return qualifier + call.Method + "(" + string.Join(", ", call.Args.Select(Expression)) + ")";
                    case ArrayArgument a:
                        return a.Name;
                    case Verbatim v:
                        return v.Text;
                    case MemberRead m:
                        return !m.Qualified || flavor.IsOracle ? m.Name : (m.IsStatic ? typeName : "this") + "." + m.Name;
                    case Conditional c:
                        return "(" + Condition(c.Test) + " ? " + Expression(c.Then) + " : " + Expression(c.Else) + ")";
                    case SwitchOn { Real: { } real } s when flavor.IsOracle:
                        return SwitchAsChoices(s, "(" + Expression(real) + ")");
                    case SwitchOn s:
                        string switched = s.Real != null ? Expression(s.Real) : Int(s.Integer!);
                        var arms = s.Arms.Select(a => PatternText(a.Pattern, s.Real != null) + (a.Guard == null ? "" : " when " + Condition(a.Guard)) + " => " + Expression(a.Value));
                        string otherwise = s.Exhaustive && s.Integer != null && Complement(s.Arms.Where(a => a.Guard == null).Select(a => a.Pattern)) is { } rest ? PatternText(rest, floating: false) : "_";
                        return "((" + switched + ") switch { " + string.Join(", ", arms) + ", " + otherwise + " => " + Expression(s.Otherwise) + " })";
                    default:
                        throw new ArgumentOutOfRangeException(nameof(expression), expression.GetType().Name);
                }
            }

            /// <summary>
            /// The pattern of the integers no pattern of <paramref name="patterns"/> matches (<c>not (0 or 1)</c>; <c>&gt;= 0</c> for <c>&lt; 0</c>):
            /// the last arm of a switch the compiler proves exhaustive without <c>_</c>. Null when there is none to complement.
            /// </summary>
            private static Pattern? Complement(IEnumerable<Pattern> patterns)
            {
                var list = patterns.ToList();
                if (list.Count == 0)
                {
                    return null;
                }

                if (list is [RelationalPattern { Op: "<" } below])
                {
                    return new RelationalPattern(">=", below.Literal);
                }

                if (list is [RelationalPattern { Op: "<" } lower, RelationalPattern { Op: "==" } at] && lower.Literal == at.Literal)
                {
                    return new RelationalPattern(">", at.Literal); // n switch { < 0 => a, 0 => b, > 0 => c }
                }

                Pattern union = list.Skip(1).Aggregate(list[0], (a, b) => new PatternLogic("or", a, b));
                return new PatternNot(union);
            }

            /// <summary>A pattern as C# writes it; a floating-point switch's literals get the flavour's suffix (0.5f).</summary>
            private string PatternText(Pattern pattern, bool floating) => pattern switch
            {
                RelationalPattern { Op: "==" } r => PatternLiteral(r.Literal, floating),
                RelationalPattern r => r.Op + " " + PatternLiteral(r.Literal, floating),
                PatternLogic l => "(" + PatternText(l.Left, floating) + " " + l.Op + " " + PatternText(l.Right, floating) + ")",
                PatternNot n => "not (" + PatternText(n.Operand, floating) + ")",
                _ => throw new ArgumentOutOfRangeException(nameof(pattern)),
            };

            private string PatternLiteral(string literal, bool floating) => floating ? Literal(literal) : literal;

            /// <summary>The oracle's reading of a floating-point switch: the chain of ?: it means, the switched value written in each test.</summary>
            private string SwitchAsChoices(SwitchOn s, string switched)
            {
                string chain = Expression(s.Otherwise);
                for (int i = s.Arms.Length - 1; i >= 0; i--)
                {
                    SwitchArm arm = s.Arms[i];
                    string test = PatternCondition(arm.Pattern, switched) + (arm.Guard == null ? "" : " && (" + Condition(arm.Guard) + ")");
                    chain = "((" + test + ") ? " + Expression(arm.Value) + " : " + chain + ")";
                }

                return chain;
            }

            private string PatternCondition(Pattern pattern, string switched) => pattern switch
            {
                RelationalPattern r => "(" + switched + " " + r.Op + " " + Literal(r.Literal) + ")",
                PatternLogic l => "(" + PatternCondition(l.Left, switched) + (l.Op == "and" ? " && " : " || ") + PatternCondition(l.Right, switched) + ")",
                PatternNot n => "!" + PatternCondition(n.Operand, switched),
                _ => throw new ArgumentOutOfRangeException(nameof(pattern)),
            };

            private string Condition(Cond condition) => condition switch
            {
                Compare c => Expression(c.Left) + " " + c.Op + " " + Expression(c.Right),
                IntCompare c => Int(c.Left) + " " + c.Op + " " + Int(c.Right),
                Logic l => "(" + Condition(l.Left) + ") " + l.Op + " (" + Condition(l.Right) + ")",
                Not n => "!(" + Condition(n.Operand) + ")",
                BoolRead b => b.Name,
                Always => "true",
                PredicateCall pc => pc.Name + "(" + Expression(pc.Argument) + ")",
                IsPattern p when flavor.IsOracle => PatternCondition(p.Pattern, "(" + Expression(p.Value) + ")"),
                IsPattern p => "(" + Expression(p.Value) + ") is " + PatternText(p.Pattern, floating: true),
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
                    case IntStep st:
                        precedence = st.Prefix ? 3 : 4;
                        return st.Prefix ? st.Op + st.Name : st.Name + st.Op;
                    case Length len:
                        return len.Array + ".Length";
                    case MatrixLength ml:
                        return ml.Matrix + ".GetLength(" + ml.Dimension + ")";
                    case RowLength rl:
                        return rl.Matrix + "[" + Int(rl.Row) + "].Length";
                    case IntElement ie:
                        return ie.Array + "[" + Int(ie.Index) + "]";
                    case IntConditional ic:
                        return "(" + Condition(ic.Test) + " ? " + Int(ic.Then) + " : " + Int(ic.Else) + ")";
                    case IntMath im:
                        return "Math." + im.Function + "(" + string.Join(", ", im.Args.Select(Int)) + ")";
                    case IntSwitch isw:
                        string rest = isw.Exhaustive && Complement(isw.Arms.Select(a => a.Pattern)) is { } complement ? PatternText(complement, floating: false) : "_";
                        return "((" + Int(isw.On) + ") switch { " + string.Join(", ", isw.Arms.Select(a => PatternText(a.Pattern, floating: false) + " => " + Int(a.Value))) + ", " + rest + " => " + Int(isw.Otherwise) + " })";
                    case IntLocalCall lc:
                        return lc.Name + "(" + Int(lc.Argument) + ")";
                    case IntOfData d:
                        precedence = 3;
                        return "(int)" + d.Array + "[" + Int(d.Index) + "]";
                    case IntOfRounding r:
                        precedence = 3;
                        string rounded = flavor.Math + "." + r.Function + "(" + Expression(r.Operand) + ")";
                        return "(int)" + (flavor.IsOracle ? rounded + ".Value" : rounded);
                    case FromEnd fe:
                        string offset = Int(fe.Offset, out int op);
                        precedence = 3;
                        return "^" + (op < 4 ? "(" + offset + ")" : offset);
                    case IntBinary b:
                        string left = Int(b.Left, out int lp);
                        string right = Int(b.Right, out int rp);
                        return Infix(b.Op, left, lp, right, rp, out precedence);
                    default:
                        throw new ArgumentOutOfRangeException(nameof(expression));
                }
            }

            /// <summary>a op b with the parentheses precedence needs (1 additive, 2 multiplicative, 3 unary, 4 primary); a right operand of equal precedence keeps its own, so the tree prints as built.</summary>
            private static string Infix(string op, string left, int leftPrecedence, string right, int rightPrecedence, out int precedence)
            {
                precedence = op is "+" or "-" ? 1 : 2;
                return (leftPrecedence < precedence ? "(" + left + ")" : left) + " " + op + " " + (rightPrecedence <= precedence ? "(" + right + ")" : right);
            }
        }
    }
}
