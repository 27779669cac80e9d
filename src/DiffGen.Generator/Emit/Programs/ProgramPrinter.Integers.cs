using System;
using System.Linq;
using DiffGen.Generator.Analysis;
using DiffGen.Generator.Ir;
using DiffGen.Generator.Symbolic;

namespace DiffGen.Generator.Emit.Programs
{
    /// <content>Integer expressions (indices, bounds, counters) printed as C#, with the parentheses their precedence needs.</content>
    internal sealed partial class ProgramPrinter
    {
        /// <summary>An integer expression as C#, with the parentheses its precedence needs.</summary>
        public string Integer(Integer e, Func<string, string> name)
        {
            pending.UnionWith(ProgramFacts.Reads(e).Select(name));
            return IntegerText(e, name).Text;
        }

        /// <summary>An integer expression that can stand as an operand anywhere: parenthesized unless it is a single name or number.</summary>
        public string Atomic(Integer e, Func<string, string> name)
        {
            pending.UnionWith(ProgramFacts.Reads(e).Select(name));
            return AtomicText(e, name);
        }

        private string AtomicText(Integer e, Func<string, string> name)
        {
            (string text, int level) = IntegerText(e, name);
            return level >= 4 ? text : "(" + text + ")";
        }

        /// <summary>
        /// An integer expression as one side of a comparison, which binds looser than any arithmetic (<c>i + 1 &lt; d</c>) but tighter
        /// than <c>?:</c>, so a choice keeps its parentheses: <c>i &lt; (n &gt; 2 ? n - 1 : n)</c>, as a local function inlined as a bound reads.
        /// </summary>
        public string Comparand(Integer e, Func<string, string> name)
        {
            pending.UnionWith(ProgramFacts.Reads(e).Select(name));
            return ComparandText(e, name);
        }

        private string ComparandText(Integer e, Func<string, string> name)
        {
            (string text, int level) = IntegerText(e, name);
            return level >= 1 ? text : "(" + text + ")";
        }

        /// <summary>An integer expression as one side of a comparison (see <see cref="Comparand"/>).</summary>
        private Expr IntegerSymbol(Integer e, Func<string, string> name)
        {
            string text = ComparandText(e, name);
            return b.Symbol("int " + text, text, mathText: InSourceForm(() => ComparandText(e, SourceName)), reads: ProgramFacts.Reads(e).Select(name).ToArray());
        }

        /// <summary>Text and precedence level: 1 additive, 2 multiplicative, 3 unary, 4 primary.</summary>
        private (string Text, int Level) IntegerText(Integer e, Func<string, string> name)
        {
            switch (e)
            {
                case IntegerNumber n:
                    return n.Constant < 0 ? (n.Constant.ToString(System.Globalization.CultureInfo.InvariantCulture), 3) : (n.Constant.ToString(System.Globalization.CultureInfo.InvariantCulture), 4);
                case IntegerRead r:
                    return (name(r.Variable), 4);
                case LengthOf l:
                    return (name(l.Array) + ".Length", 4);
                case IntegerElement el:
                    return (name(el.Array) + "[" + IntegerText(el.Index, name).Text + "]", 4);
                case MatrixLength l:
                    return (name(l.Array) + ".GetLength(" + IntegerText(l.Dimension, name).Text + ")", 4);
                case RowLength l:
                    return (name(l.Array) + "[" + IntegerText(l.Row, name).Text + "].Length", 4);
                case IntegerField f:
                    return (asWritten ? f.Written : f.Code, 4);
                case IntegerNegation n:
                    return ("-" + Operand(n.Operand, 4, name), 3);
                case IntegerCast c:
                    return ("(" + c.Type + ")" + Operand(c.Operand, 4, name), 3);
                case IntegerArithmetic a:
                    bool additive = a.Op == IrOp.Add || a.Op == IrOp.Subtract;
                    int level = additive ? 1 : 2;
                    string op = a.Op switch { IrOp.Add => " + ", IrOp.Subtract => " - ", IrOp.Multiply => " * ", IrOp.Divide => " / ", _ => " % " };

                    // Left-associative: the right operand needs parentheses at its own level (a - (b - c)).
                    return (Operand(a.Left, level, name) + op + Operand(a.Right, level + 1, name), level);
                case IntegerMath m:
                    return ((asWritten ? "Math." : "global::System.Math.") + m.Function + "(" + string.Join(", ", m.Arguments.Select(x => IntegerText(x, name).Text)) + ")", 4);
                case IntegerChoice c:
                    Condition test = ToCondition(c.Test, name);
                    if (test.Op == ConditionOp.True || test.Op == ConditionOp.False)
                    {
                        // A test the simplifier decides (it reads no variable): only the side taken.
                        return IntegerText(test.Op == ConditionOp.True ? c.WhenTrue : c.WhenFalse, name);
                    }

                    return (Printer.PrintCondition(test) + " ? " + IntegerText(c.WhenTrue, name).Text + " : " + IntegerText(c.WhenFalse, name).Text, 0);
                case IntegerOfData d:
                    // (int)labels[i]: the data value printed as any value is, then converted as the source converts it.
                    Expr data = ToExpr(d.Operand, name);
                    string operand = Printer.Print(data);
                    return ("(" + d.Type + ")" + (data is Symbol or FunctionCall ? operand : "(" + operand + ")"), 3);
                default:
                    throw new InvalidOperationException("Unknown integer " + e.GetType().Name);
            }
        }

        private string Operand(Integer e, int level, Func<string, string> name)
        {
            (string text, int own) = IntegerText(e, name);
            return own < level ? "(" + text + ")" : text;
        }
    }
}
