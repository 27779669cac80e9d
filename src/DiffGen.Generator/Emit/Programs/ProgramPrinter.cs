using System;
using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Analysis;
using DiffGen.Generator.Functions;
using DiffGen.Generator.Ir;
using DiffGen.Generator.Symbolic;

namespace DiffGen.Generator.Emit.Programs
{
    /// <summary>A value an expression reads that carries a derivative: a scalar variable, or an element of an array.</summary>
    internal sealed record ActiveRead(string Variable, Integer? Index, string Code);

    /// <summary>
    /// Turns the program's expressions into DAG nodes (so the derivative rules, the simplifier and the
    /// C# printer of the scalar path apply unchanged) and prints them, each variable under the name the
    /// generated code gives it at that point.
    /// </summary>
    internal sealed partial class ProgramPrinter
    {
        private readonly ExprBuilder b = new ExprBuilder();
        private readonly CSharpPrinter codePrinter;
        private readonly CSharpPrinter writtenPrinter;

        private readonly bool hasMathF;
        private readonly Dictionary<Symbol, ActiveRead> reads = new Dictionary<Symbol, ActiveRead>();

        /// <summary>The locals printed since the last <see cref="TakeReads"/>.</summary>
        private readonly HashSet<string> pending = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>The function calls printed since the statement being written began (see <see cref="Reprintable"/>).</summary>
        private readonly List<FunctionCall> pendingCalls = new List<FunctionCall>();

        public ProgramPrinter(NumericType type, bool hasMathF)
        {
            Type = type;
            this.hasMathF = hasMathF;
            codePrinter = new CSharpPrinter(type, hasMathF, _ => null, b.Numbers) { ReadSink = pending, CallSink = pendingCalls, WrittenForms = b.WrittenFormOf };
            writtenPrinter = new CSharpPrinter(type, hasMathF, _ => null, b.Numbers) { AsWritten = true, WrittenForms = b.WrittenFormOf };
        }


        public NumericType Type { get; }

        /// <summary>
        /// Which infinities each source variable may hold, from one the method writes as a constant (<see cref="Analysis.ConstantInfinities"/>),
        /// whose derivatives <see cref="Partials"/> takes as 0 where they are infinite; null when none may (most methods).
        /// </summary>
        public Func<string, InfinitySigns>? MayHoldInfinity { get; set; }


        public string Keyword => Type == NumericType.Float ? "float" : "double";

        public ExprBuilder Builder => b;

        public string Print(Expr e) => Printer.Print(e);

        /// <summary>Prints with some nodes standing for locals: <paramref name="nameOf"/> gives a node's local, or null.</summary>
        public string Print(Expr e, Func<Expr, string?> nameOf) => new CSharpPrinter(Type, hasMathF, nameOf, b.Numbers) { ReadSink = pending, CallSink = pendingCalls, AsWritten = asWritten, WrittenForms = b.WrittenFormOf }.Print(e);

        public string Print(Value v, Func<string, string> name) => Printer.Print(ToExpr(v, name));

        /// <summary>
        /// A statement written by <paramref name="write"/> from DAG nodes, which remembers the calls it printed and how
        /// to print it again with some nodes named (<see cref="Reprint"/>). <paramref name="write"/> prints every node
        /// through the naming it is given and takes its reads, like any writer; <paramref name="value"/> is the node a
        /// declaration's local holds.
        /// </summary>
        public CodeLine Reprintable(Func<Func<Expr, string?>, CodeLine> write, Expr? value = null)
        {
            pendingCalls.Clear();
            CodeLine line = write(_ => null);
            line.Printing = new LinePrinting(pendingCalls.ToList(), write, value);
            pendingCalls.Clear();
            return line;
        }

        /// <summary>The statement printed again with the nodes <paramref name="nameOf"/> names standing for those locals (and the reads that follow).</summary>
        public CodeLine Reprint(CodeLine line, Func<Expr, string?> nameOf)
        {
            LinePrinting printing = line.Printing ?? throw new InvalidOperationException("'" + line.Text + "' was not printed from nodes");
            var outside = new List<string>(pending);
            pending.Clear();
            CodeLine again = Reprintable(more => printing.Write(e => more(e) ?? nameOf(e)), printing.Value);
            pending.Clear();
            pending.UnionWith(outside);
            return again;
        }

        public string Print(Test t, Func<string, string> name) => Printer.PrintCondition(ToCondition(t, name));

        public string PrintCondition(Condition condition) => Printer.PrintCondition(condition);

        /// <summary>
        /// The locals everything printed since the last call wrote, in the order first written: what the
        /// statement being built reads (its text is printed as its arguments are evaluated, just before).
        /// Names the statement adds itself (a tape, a counter, an adjoint) are added by its writer.
        /// </summary>
        public List<string> TakeReads(params string[] alsoRead) => TakeReads((IEnumerable<string>)alsoRead);

        /// <inheritdoc cref="TakeReads(string[])"/>
        public List<string> TakeReads(IEnumerable<string> alsoRead)
        {
            var taken = new List<string>(pending);
            foreach (string name in alsoRead)
            {
                if (!pending.Contains(name))
                {
                    taken.Add(name);
                }
            }

            pending.Clear();
            return taken;
        }

        /// <summary>Prints with <paramref name="print"/> and gives its text with the locals it reads, which the statement being built still takes.</summary>
        public (string Text, List<string> Reads) Printed(Func<string> print)
        {
            (string text, List<string> reads) = Capture(print);
            pending.UnionWith(reads);
            return (text, reads);
        }

        /// <summary>Prints with <paramref name="print"/> and gives its text with the locals it reads, for a piece of code used in several statements.</summary>
        public (string Text, List<string> Reads) Capture(Func<string> print)
        {
            var outside = new List<string>(pending);
            pending.Clear();
            string text = print();
            var reads = new List<string>(pending);
            pending.Clear();
            pending.UnionWith(outside);
            return (text, reads);
        }

        /// <summary>A symbol for generated code's own variable, such as an adjoint <c>dS</c>.</summary>
        public Expr Variable(string name) => b.Symbol(name, name, mathText: name, reads: new[] { name });

        /// <summary>
        /// A symbol for generated code's own variable that a formula shows as <paramref name="mathText"/>: an adjoint
        /// <c>dXSum</c> shown as dX, a local <c>h2</c> holding the source's <c>h</c> shown as h.
        /// </summary>
        public Expr Variable(string name, string mathText) => b.Symbol(name, name, mathText: mathText, reads: new[] { name });

        /// <summary>A symbol for generated code's own element, such as <c>dH[j]</c>, with the locals its code reads.</summary>
        public Expr Variable(string code, IReadOnlyList<string> reads, string? mathText = null) => b.Symbol(code, code, mathText: mathText ?? code, reads: reads);

        /// <summary>Each active value <paramref name="v"/> reads, with ∂v/∂(that value); <paramref name="isActive"/> says which variables carry derivatives.</summary>
        public IReadOnlyList<(ActiveRead Read, Expr Partial)> Partials(Value v, Func<string, string> name, Func<string, bool> isActive)
        {
            Expr e = ToExpr(v, name);
            var symbols = new List<Symbol>();
            foreach (Expr node in TopologicalOrder.OperandsFirst(new[] { e }, _ => false))
            {
                if (node is Symbol s && reads.TryGetValue(s, out ActiveRead? read) && isActive(read.Variable) && !symbols.Contains(s))
                {
                    symbols.Add(s);
                }
            }

            var dependencies = new DependencyAnalysis(symbols);
            Func<Symbol, InfinitySigns>? mayBeInfinite = MayHoldInfinity == null ? null : symbol => reads.TryGetValue(symbol, out ActiveRead? read) ? MayHoldInfinity(read.Variable) : InfinitySigns.None;
            return symbols.Select(s => (reads[s], new ForwardDerivative(b, s, dependencies, mayBeInfinite).Of(e))).ToList();
        }

        public Expr ToExpr(Value v, Func<string, string> name)
        {
            switch (v)
            {
                case Number n:
                    return b.Literal(n.Constant, n.Written);
                case NamedNumber n:
                    return b.NamedConstant(n.Name, n.Constant, DeclaredName(n) ?? n.Code, reads: DeclaredName(n) is string declared ? new[] { declared } : null, written: n.Written);
                case Read { Cast.Length: > 0 } r:
                    // A narrowing read ((float)q): the derivative passes through it, so it is the same active read as q.
                    var converted = (Symbol)b.Symbol("(" + r.Cast + ")" + name(r.Variable), "(" + r.Cast + ")" + name(r.Variable), mathText: r.Variable, reads: new[] { name(r.Variable) });
                    reads[converted] = new ActiveRead(r.Variable, null, name(r.Variable));
                    return converted;
                case Read r:
                    return Track(name(r.Variable), new ActiveRead(r.Variable, null, name(r.Variable)), new[] { name(r.Variable) }, r.Variable);
                case ElementRead e when HeldLocal(e, name) is string local:
                    return Track(local, new ActiveRead(e.Array, e.Index, local), new[] { local }, SourceElement(e));
                case ElementRead e:
                    (string code, string[] elementReads) = NodeText(v, name, () => name(e.Array) + "[" + IntegerText(e.Index, name).Text + "]");
                    code = e.Cast.Length == 0 ? code : "(" + e.Cast + ")" + code;
                    return Track(code, new ActiveRead(e.Array, e.Index, code), elementReads, SourceElement(e));
                case MatrixElement m:
                    // Data: a constant of the method, like a field, read with the indices' names at this point.
                    (string element, string[] dataReads) = NodeText(v, name, () => m.Jagged
                        ? name(m.Array) + "[" + Integer(m.Row, name) + "][" + Integer(m.Column, name) + "]"
                        : name(m.Array) + "[" + Integer(m.Row, name) + ", " + Integer(m.Column, name) + "]");
                    element = m.Cast.Length == 0 ? element : "(" + m.Cast + ")" + element;
                    string sourceElement = InSourceForm(() => m.Jagged
                        ? m.Array + "[" + Integer(m.Row, SourceName) + "][" + Integer(m.Column, SourceName) + "]"
                        : m.Array + "[" + Integer(m.Row, SourceName) + ", " + Integer(m.Column, SourceName) + "]");
                    return b.Symbol(element, element, mathText: m.Cast.Length == 0 ? sourceElement : "(" + m.Cast + ")" + sourceElement, reads: dataReads);
                case FieldRead f:
                    return b.Symbol(f.Code, f.Code, mathText: f.Name, reads: Array.Empty<string>(), written: f.Written);
                case FromInteger i:
                    // The code converts (1 / n would divide integers); a comment shows the cast only where the source writes it.
                    (string cast, string[] castReads) = NodeText(v, name, () => (asWritten && !i.Written ? string.Empty : "(" + Keyword + ")") + AtomicText(i.Operand, name));
                    // A formula divides numbers, not C# types: sum / n, without the cast the code needs (1 / n would divide integers).
                    return b.Symbol(cast, cast, mathText: InSourceForm(() => AtomicText(i.Operand, SourceName)), reads: castReads);
                case Negation n:
                    return b.SourceNegation(ToExpr(n.Operand, name));
                case Arithmetic a:
                    Expr left = ToExpr(a.Left, name);
                    Expr right = ToExpr(a.Right, name);
                    return a.Op switch
                    {
                        IrOp.Add => b.SourceSum(left, right, subtract: false),
                        IrOp.Subtract => b.SourceSum(left, right, subtract: true),
                        IrOp.Multiply => b.SourceProduct(left, right),
                        IrOp.Divide => b.SourceQuotient(left, right),
                        _ => b.Call(ElementaryFunction.Remainder, left, right),
                    };
                case MathCall c when DeclaredCall(c) is Expr declaredCall:
                    // A call of constants the member declares once: read by its local's name (ConstantCalls).
                    return declaredCall;
                case MathCall c:
                    return MethodDag.Call(b, c.Function, c.Arguments.Select(x => ToExpr(x, name)).ToArray());
                case Choice c:
                    return b.Select(ToCondition(c.Test, name), ToExpr(c.WhenTrue, name), ToExpr(c.WhenFalse, name));
                case CallValue c:
                    // Only ever a whole right-hand side (lowering gives each call a local); its derivative comes from the callee's gradient.
                    (List<string> texts, List<string> argumentReads) = ArgumentList(c, name);
                    string call = (asWritten ? c.Written : c.ValueAccess) + "(" + string.Join(", ", texts) + ")";
                    return b.Symbol(call, call, mathText: c.Callee + "(…)", reads: argumentReads);
                default:
                    throw new InvalidOperationException("Unknown value " + v.GetType().Name);
            }
        }

        /// <summary>An element read as the source writes it (<c>x[i + 1]</c>), for formulas.</summary>
        private string SourceElement(ElementRead e)
        {
            string element = InSourceForm(() => e.Array + "[" + IntegerText(e.Index, SourceName).Text + "]");
            return e.Cast.Length == 0 ? element : "(" + e.Cast + ")" + element;
        }

        /// <summary>An index as the source writes it (<c>i + 1</c>, where the code reads <c>i2 + 1</c>), for formulas.</summary>
        public string SourceIndex(Integer index) => InSourceForm(() => Integer(index, SourceName));

        /// <summary>Text printed with the source's names, for a formula: what it reads is no read of the code being written.</summary>
        private string InSourceForm(Func<string> print) => Capture(print).Text;

        private static string SourceName(string variable) => variable;

        /// <summary>
        /// A node's code and what it reads. Printing its indices or an integer's test (i > 0 ? i : 0) is not code yet: those
        /// reads go with the node, and count only where it is printed (a value the simplifier drops reads nothing; a const
        /// read only there was declared and never read, CS0219).
        /// </summary>
        private (string Text, string[] Reads) NodeText(Value v, Func<string, string> name, Func<string> print)
        {
            (string text, List<string> printed) = Capture(print);
            return (text, ProgramFacts.Reads(v).Select(name).Union(printed).ToArray());
        }

        public Condition ToCondition(Test t, Func<string, string> name) => t switch
        {
            Comparison c => b.Compare(c.Op, ToExpr(c.Left, name), ToExpr(c.Right, name)),
            // Two integer constants (a switch on a const int: 2 == 0) decide the test here: generated code never tests a
            // constant (C# warns that the other side is unreachable, CS0162). Compared as longs, not through ExprBuilder.Compare,
            // whose doubles would round integers past 2^53.
            IntegerComparison { Left: IntegerNumber l, Right: IntegerNumber r } c => b.Truth(Holds(c.Op, l.Constant.CompareTo(r.Constant))),
            IntegerComparison c => b.Compare(c.Op, IntegerSymbol(c.Left, name), IntegerSymbol(c.Right, name)),
            Logic l => l.Op == ConditionOp.And ? b.And(ToCondition(l.Left, name), ToCondition(l.Right, name)) : b.Or(ToCondition(l.Left, name), ToCondition(l.Right, name)),
            Negated n => b.Not(ToCondition(n.Operand, name)),
            Truth h => b.Truth(h.Holds),
            _ => throw new InvalidOperationException("Unknown test " + t.GetType().Name),
        };

        /// <summary>Whether <paramref name="op"/> holds between two numbers whose <see cref="long.CompareTo(long)"/> is <paramref name="order"/>.</summary>
        private static bool Holds(ConditionOp op, int order) => op switch
        {
            ConditionOp.Less => order < 0,
            ConditionOp.LessOrEqual => order <= 0,
            ConditionOp.Greater => order > 0,
            ConditionOp.GreaterOrEqual => order >= 0,
            ConditionOp.Equal => order == 0,
            ConditionOp.NotEqual => order != 0,
            _ => throw new InvalidOperationException("Not a comparison: " + op),
        };

        /// <summary><c>double[] a = new double[n];</c> or <c>Span&lt;double&gt; a = stackalloc double[n];</c>, as the source made the array.</summary>
        public string ArrayDeclaration(string name, string length, bool onStack) => onStack
            ? "global::System.Span<" + Keyword + "> " + name + " = stackalloc " + Keyword + "[" + length + "];"
            : Keyword + "[] " + name + " = new " + Keyword + "[" + length + "];";

        /// <summary><c>double[] a = { 1, 2 };</c> or <c>Span&lt;double&gt; a = stackalloc double[] { 1, 2 };</c>: an array given its elements.</summary>
        public string ArrayDeclaration(string name, IEnumerable<string> elements, bool onStack) =>
            (onStack ? "global::System.Span<" + Keyword + "> " + name + " = stackalloc " + Keyword + "[] " : Keyword + "[] " + name + " = ") + "{ " + string.Join(", ", elements) + " };";

        /// <summary><c>int[] order = { 2, 0, 1 };</c>: an integer array given its elements.</summary>
        public string IntegerArrayDeclaration(DeclareIntegerArray array, Func<string, string> name) =>
            (array.OnStack ? "global::System.Span<" + array.Type + "> " + array.Name + " = stackalloc " + array.Type + "[] " : array.Type + "[] " + array.Name + " = ")
            + "{ " + string.Join(", ", array.Elements.Select(e => Integer(e, name))) + " };";

        /// <summary>A pooled array for a callee's gradient to write an array's partials into, and the span passed to it.</summary>
        public (string Rent, string Span) PartialsBuffer(string buffer, string array) =>
            (Keyword + "[] " + buffer + " = global::DiffGen.Tape.Rent<" + Keyword + ">(" + array + ".Length);",
             "new global::System.Span<" + Keyword + ">(" + buffer + ", 0, " + array + ".Length)");

        /// <summary><c>target += term;</c> (or <c>-=</c>) for a sum <c>v = v ± term</c>, else <c>target = value;</c>: as a person writes it.</summary>
        public string Update(string target, Value value, (Value Term, bool Negative)? accumulated, Func<string, string> name) =>
            Accumulation(target, accumulated, name)?.Text ?? target + " = " + Print(value, name) + ";";

        /// <summary><c>target += term;</c> (or <c>-=</c>) for a sum <c>v = v ± term</c>; null for any other assignment.</summary>
        public Accumulation? Accumulation(string target, (Value Term, bool Negative)? accumulated, Func<string, string> name) =>
            accumulated is (Value term, bool negative) ? Accumulation(target, ToExpr(term, name), negative, _ => null) : null;

        /// <summary><c>target += term;</c> (or <c>-=</c>) with some nodes of the term standing for locals: <paramref name="nameOf"/> gives a node's local, or null.</summary>
        public Accumulation Accumulation(string target, Expr term, bool negative, Func<Expr, string?> nameOf)
        {
            (string amount, List<string> reads) = Printed(() => Print(term, nameOf));
            return new Accumulation(target, negative, amount, reads);
        }

        /// <summary><c>v op= term;</c>: a compound assignment as the source wrote it (<see cref="ProgramFacts.WrittenCompound"/>).</summary>
        public string Compound(string target, IrOp op, Expr term, Func<Expr, string?> nameOf) =>
            target + CompoundOperator(op) + Print(term, nameOf) + ";";

        /// <summary><c> += </c>, <c> -= </c>, <c> *= </c> or <c> /= </c>.</summary>
        public static string CompoundOperator(IrOp op) => op switch { IrOp.Add => " += ", IrOp.Subtract => " -= ", IrOp.Multiply => " *= ", _ => " /= " };

        /// <summary>Whether a value is the number 0 once simplified (a sum before its first term).</summary>
        public bool IsZero(Value v, Func<string, string> name) => ToExpr(v, name) is Constant { Value: 0 };

        /// <summary>Whether an integer expression is the number 0.</summary>
        public static bool IsZero(Integer e) => e is IntegerNumber { Constant: 0 };

        /// <summary>The type of a local array as <see cref="ArrayDeclaration(string, string, bool)"/> declares it.</summary>
        public string ArrayType(bool onStack) => onStack ? "global::System.Span<" + Keyword + ">" : Keyword + "[]";

        /// <summary>The type of an integer array as <see cref="IntegerArrayDeclaration"/> declares it.</summary>
        public string IntegerArrayType(DeclareIntegerArray array) => array.OnStack ? "global::System.Span<" + array.Type + ">" : array.Type + "[]";

        /// <summary>A call's arguments as C#, in parameter order.</summary>
        public IEnumerable<string> Arguments(CallValue call, Func<string, string> name)
        {
            (List<string> texts, List<string> reads) = ArgumentList(call, name);
            pending.UnionWith(reads);
            return texts;
        }

        /// <summary>The arguments' texts and the locals they read as printed (<c>v - v</c> prints as 0 and reads nothing).</summary>
        private (List<string> Texts, List<string> Reads) ArgumentList(CallValue call, Func<string, string> name)
        {
            var texts = new List<string>();
            (_, List<string> reads) = Capture(() =>
            {
                texts.AddRange(call.Arguments.Select(a => a.Scalar != null ? Printer.Argument(ToExpr(a.Scalar, name), a.Type) : a.Array != null ? name(a.Array) : (asWritten ? a.Written : null) ?? a.Code ?? IntegerText(a.Data!, name).Text));
                return string.Empty;
            });
            reads.AddRange(call.Arguments.Where(a => a.Scalar == null && a.Code == null).SelectMany(a => a.Array != null ? new[] { name(a.Array) } : ProgramFacts.Reads(a.Data!).Select(name)));
            return (texts, reads);
        }

        /// <summary>
        /// A read of a value that carries a derivative, printed in code as <paramref name="code"/> (the local holding the
        /// variable at that point: <c>h2</c>, <c>x[i2]</c>) and in formulas as the source writes it (<paramref name="mathText"/>).
        /// </summary>
        private Expr Track(string code, ActiveRead read, IReadOnlyList<string> locals, string mathText)
        {
            var symbol = (Symbol)b.Symbol(code, code, mathText: mathText, reads: locals);
            reads[symbol] = read;
            return symbol;
        }
    }
}
