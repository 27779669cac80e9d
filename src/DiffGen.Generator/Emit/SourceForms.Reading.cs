using System;
using System.Collections.Generic;
using DiffGen.Generator.Functions;
using DiffGen.Generator.Ir;
using DiffGen.Generator.Symbolic;
using static DiffGen.Generator.Emit.ExpressionPrinter;

namespace DiffGen.Generator.Emit
{
    /// <content>One local's source form being printed, instruction by instruction.</content>
    internal sealed partial class SourceForms
    {
        /// <summary>One local's source form being printed: the nodes it is computed from (which its code may read by name).</summary>
        private sealed class Reading
        {
            private readonly SourceForms forms;
            private readonly Expr local;
            private readonly Func<Expr, string?> nameOf;
            private readonly CSharpPrinter printer;
            private readonly bool includesLocal;
            private readonly Func<Expr, bool>? visible;
            private HashSet<Expr>? computedFrom;
            private readonly Dictionary<int, (string Text, int Level, bool Floating)?> printed = new Dictionary<int, (string Text, int Level, bool Floating)?>();

            /// <param name="includesLocal">Whether <paramref name="local"/> itself may be read by name (a returned value, not a local's definition).</param>
            /// <param name="visible">Whether a named node's local is in scope where the local is written (null: all are).</param>
            public Reading(SourceForms forms, Expr local, Func<Expr, string?> nameOf, CSharpPrinter printer, bool includesLocal = false, Func<Expr, bool>? visible = null)
            {
                this.visible = visible;
                this.forms = forms;
                this.local = local;
                this.nameOf = nameOf;
                this.printer = printer;
                this.includesLocal = includesLocal;
            }

            /// <summary>
            /// Whether the local's own value is computed from the node whichever way its choices go: then it is computed before
            /// the local, in a scope the local can read it from (a node the DAG simplified out of the local's value may be
            /// computed later, or elsewhere; one that only a side of a choice computes may be declared in that side's block).
            /// </summary>
            private bool ComputedFrom(Expr node)
            {
                if (computedFrom == null)
                {
                    // A choice is read whole (by its name, or as the DAG prints it), never what its sides compute.
                    var choices = new List<Expr>();
                    bool IsChoice(Expr e)
                    {
                        if (e is Select or Condition)
                        {
                            choices.Add(e);
                            return true;
                        }

                        return false;
                    }

                    computedFrom = local is Select ? new HashSet<Expr> { local } : new HashSet<Expr>(TopologicalOrder.OperandsFirst(new[] { local }, IsChoice));
                    computedFrom.UnionWith(choices);
                }

                return computedFrom.Contains(node);
            }

            /// <summary>
            /// The instruction's source form: its text, how tightly it binds, and whether C# reads it as floating-point (a
            /// parameter, a double literal, a call) rather than as an integer (<c>2</c>, or a field or constant of unknown type).
            /// </summary>
            public (string Text, int Level, bool Floating)? Print(int index, bool top = false)
            {
                // Each instruction once: a form computed and then read by name instead must not be computed again for
                // every use, which in a chain of such values takes time exponential in its length.
                if (!top && printed.TryGetValue(index, out var known))
                {
                    return known;
                }

                (string Text, int Level, bool Floating)? form = Printed(index, top) is (string text, int level, bool floating) && text.Length <= Longest ? (text, level, floating) : null;
                if (!top)
                {
                    printed[index] = form;
                }

                return form;
            }

            private (string Text, int Level, bool Floating)? Printed(int index, bool top)
            {
                System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
                IrInstruction instruction = forms.body[index];
                Expr node = LocalPlan.Representative(forms.values[index]);
                // Whether the local may read the node: asked only where it matters (a walk of the local's value, once per local).
                bool Available() => (includesLocal || !ReferenceEquals(node, local)) && ComputedFrom(node);
                string? name = !top && nameOf(node) is string named && Available() ? named : null;
                if (name != null && visible != null && !visible(node))
                {
                    // Out of scope here: the DAG's form, which reads only locals the layout declared for it.
                    return null;
                }

                if (name != null && forms.IsPrintedFrom(index, node))
                {
                    return (name, PrimaryLevel, true);
                }

                (string Text, int Level, bool Floating)? computed = Computed(index, instruction, Available);
                if (name != null && !(computed is (string text, _, _) && text.Length <= LongestRecomputed))
                {
                    // The local holds what the source computes otherwise (x * y for x * y + h - h), equal but for rounding:
                    // read where the source's own computation cannot be printed, or would repeat a long expression.
                    return (name, PrimaryLevel, true);
                }

                return computed;
            }

            /// <summary>The instruction's source form, operation by operation (its operands read by name where they can be).</summary>
            private (string Text, int Level, bool Floating)? Computed(int index, IrInstruction instruction, Func<bool> available)
            {
                switch (instruction.Op)
                {
                    case IrOp.Constant:
                        return Literal(instruction.Value);
                    case IrOp.Parameter:
                        return Dag(index);
                    case IrOp.Field:
                        // Read in the method's type (an integer field converted where it is read: (double)n).
                        return Dag(index);
                    case IrOp.NamedConstant when instruction.Code.Length == 0 && !available():
                        // A const local the member may declare only in a branch's block (the local's value does not read it):
                        // its number.
                        return Literal(instruction.Value);
                    case IrOp.NamedConstant:
                        // A const int divides as an int (n / 2 of a const int n is an integer division).
                        return Dag(index) is (string text, int level, _) ? (text, level, forms.type == NumericType.Float || !instruction.IsInteger) : null;
                    case IrOp.Bind:
                        return Print(instruction.Operands[0]);
                    case IrOp.Negate:
                        return Negate(index);
                    case IrOp.Add:
                    case IrOp.Subtract:
                        return Binary(index, instruction.Op == IrOp.Add ? " + " : " - ", AdditiveLevel);
                    case IrOp.Multiply:
                    case IrOp.Divide:
                    case IrOp.Remainder:
                        return Binary(index, instruction.Op == IrOp.Multiply ? " * " : instruction.Op == IrOp.Divide ? " / " : " % ", MultiplicativeLevel);
                    case IrOp.Call when instruction.Function == ElementaryFunction.Pow && !(forms.values[index] is FunctionCall):
                        // A power the DAG computes otherwise: x * x rather than Math.Pow(x, 2), many times slower.
                        return available() ? Dag(index) : null;
                    case IrOp.Call when Call(instruction) is (string, int, bool) call:
                        return call;
                    default:
                        // A choice, a test, a call of another method or of Gradient.Stop: as the DAG computes it, where the
                        // local's own value computes that node.
                        return available() ? Dag(index) : null;
                }
            }

            /// <summary>
            /// The instruction's node as the DAG's printer writes it; null where that would read a local out of scope here (the
            /// choice <c>x &gt; u2 ? Math.PI : y</c> of a forward branch, whose <c>u2</c> its reverse twin's block cannot see).
            /// </summary>
            private (string Text, int Level, bool Floating)? Dag(int index)
            {
                Expr node = forms.values[index];
                if (visible != null && ReadsHidden(node))
                {
                    return null;
                }

                (string text, int level) = printer.PrintOperand(node);
                return (text, level, true);
            }

            /// <summary>Whether the DAG's print of <paramref name="node"/> reads a named node whose local is not in scope here.</summary>
            private bool ReadsHidden(Expr node)
            {
                bool hidden = false;
                TopologicalOrder.OperandsFirst(new[] { node }, n =>
                {
                    // A named node is printed by its name: what it is computed from is not read here.
                    if (nameOf(n) == null)
                    {
                        return false;
                    }

                    hidden |= !visible!(n);
                    return true;
                });
                return hidden || (nameOf(node) != null && !visible!(node));
            }

            /// <summary>A number as the method's type writes it; a negative one (−0 too) binds as a unary minus.</summary>
            private (string Text, int Level, bool Floating) Literal(double value) =>
                (printer.LiteralOf(value), BitConverter.DoubleToInt64Bits(value) < 0 && !double.IsNaN(value) ? UnaryLevel : PrimaryLevel, !printer.PrintsAsInteger(value));

            private (string Text, int Level, bool Floating)? Negate(int index)
            {
                if (!(Print(forms.body[index].Operands[0]) is (string text, int level, bool floating)))
                {
                    return null;
                }

                // -(-x), never --x, which C# reads as a decrement: an operand that is itself unary (a minus, a cast) is parenthesized.
                return ("-" + (level <= UnaryLevel ? "(" + text + ")" : text), UnaryLevel, floating);
            }

            /// <summary><c>a op b</c>, grouping as the source does: C# groups from the left, so a right operand at the same level keeps its parentheses.</summary>
            private (string Text, int Level, bool Floating)? Binary(int index, string op, int level)
            {
                IrInstruction instruction = forms.body[index];
                if (!(Print(instruction.Operands[0]) is (string left, int leftLevel, bool leftFloating)) || !(Print(instruction.Operands[1]) is (string right, int rightLevel, bool rightFloating)))
                {
                    return null;
                }

                if (!leftFloating && !rightFloating)
                {
                    // C# would compute it in integers (1 / 2 is 0): the number the DAG folded it to, where it did, else a
                    // number beside a named constant written as floating-point (D / 2.0), which computes as the source does.
                    if (forms.values[index] is Constant folded)
                    {
                        return Literal(folded.Value);
                    }

                    if (FloatingLiteral(instruction.Operands[1]) is string floatingRight)
                    {
                        right = floatingRight;
                    }
                    else if (FloatingLiteral(instruction.Operands[0]) is string floatingLeft)
                    {
                        left = floatingLeft;
                    }
                    else
                    {
                        return null;
                    }
                }

                return ((leftLevel < level ? "(" + left + ")" : left) + op + (rightLevel <= level ? "(" + right + ")" : right), level, true);
            }

            /// <summary>The number a constant instruction (or a binding of one) holds as a floating-point literal (<c>2.0</c>); null for another instruction.</summary>
            private string? FloatingLiteral(int index)
            {
                while (forms.body[index].Op == IrOp.Bind)
                {
                    index = forms.body[index].Operands[0];
                }

                return forms.body[index].Op == IrOp.Constant ? printer.LiteralOf(forms.body[index].Value, floating: true) : null;
            }

            /// <summary><c>Math.Name(arguments)</c> as the method's type calls it; null where the DAG's form is needed (no such member).</summary>
            private (string Text, int Level, bool Floating)? Call(IrInstruction instruction)
            {
                FunctionRow row = ElementaryFunctions.Row(instruction.Function);
                bool single = forms.type == NumericType.Float;
                string? member = single ? row.MathFMember : row.MathMember;
                if (member == null || (single && !forms.hasMathF))
                {
                    return null;
                }

                var arguments = new string[instruction.Operands.Count];
                for (int i = 0; i < arguments.Length; i++)
                {
                    if (!(Print(instruction.Operands[i]) is (string text, _, bool floating)))
                    {
                        return null;
                    }

                    // Math.Abs(2) or Math.Max(2, 3) would call an integer overload.
                    if (!floating && row.IntegerOverloads)
                    {
                        return null;
                    }

                    arguments[i] = text;
                }

                string call = printer.MathClass + "." + member + "(" + string.Join(", ", arguments) + ")";
                // Math.Sign returns int: converted, as the DAG's printer does, so it never meets integer division.
                return row.ReturnsInteger ? ("(" + printer.TypeKeyword + ")" + call, UnaryLevel, true) : (call, PrimaryLevel, true);
            }
        }
    }
}
