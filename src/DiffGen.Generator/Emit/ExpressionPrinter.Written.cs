using System;
using System.Collections.Generic;
using DiffGen.Generator.Functions;
using DiffGen.Generator.Symbolic;

namespace DiffGen.Generator.Emit
{
    /// <content>
    /// Nodes printed as the source computes them (<see cref="WrittenForm"/>): <c>1 - p + 1e-12</c>, not the DAG's
    /// <c>1.000000000001 - p</c>; <c>x / 2</c>, not <c>0.5 * x</c>. So the code computes the method's values as the method
    /// does, to the last bit, and a student reads the source's expressions.
    /// </content>
    internal abstract partial class ExpressionPrinter
    {
        /// <summary>How the source computes a node, or null (the DAG's form is printed); null asks nothing (a formula, the scalar route).</summary>
        public Func<Expr, WrittenForm?>? WrittenForms { get; init; }

        /// <summary>
        /// Inside a node printed as written: the nodes its DAG computes it from (not what a choice's sides compute), the only
        /// ones that may print as a local's name. A written form may hold a node the DAG does not (<c>a + b</c> of
        /// <c>a + b + c</c>, or one a cancellation dropped), and a local for such a node need not be in scope here.
        /// </summary>
        private HashSet<Expr>? writtenScope;

        /// <summary>The outermost node being printed as written, whose <see cref="writtenScope"/> is found when a name is first asked for.</summary>
        private Expr? writtenRoot;

        /// <summary>Whether C# computes a node's written form in integers (<see cref="IsWholeNumber(Expr)"/>), found once per node.</summary>
        private readonly Dictionary<Expr, bool> wholeNumbers = new Dictionary<Expr, bool>();

        /// <summary>The nodes being printed as written, outermost first: a cancellation can make a node an operand of its own form.</summary>
        private readonly HashSet<Expr> writing = new HashSet<Expr>();

        /// <summary>Whether <paramref name="e"/> may print as the name the caller gives it here.</summary>
        private bool MayName(Expr e) => writtenRoot == null || (writtenScope ??= Reachable(writtenRoot)).Contains(e);

        /// <summary><paramref name="e"/> as the source computes it, or null where its DAG form is printed instead.</summary>
        private (string Text, int Level)? RenderWritten(Expr e)
        {
            if (WrittenForms?.Invoke(e) is not WrittenForm form || writing.Contains(e) || IsWholeNumber(form))
            {
                return null;
            }

            bool outermost = writtenRoot == null;
            writtenRoot ??= e;
            writing.Add(e);
            try
            {
                return Written(form);
            }
            finally
            {
                writing.Remove(e);
                if (outermost)
                {
                    writtenRoot = null;
                    writtenScope = null;
                }
            }
        }

        /// <summary>
        /// A call the source makes that the DAG computes otherwise (<c>Math.FusedMultiplyAdd</c>, which it holds as a·b + c), as
        /// this notation calls it; null where it has no such call (the DAG's form is printed).
        /// </summary>
        /// <param name="arguments">The arguments printed, asked for only where there is such a call.</param>
        protected virtual string? WrittenCall(ElementaryFunction function, Func<IReadOnlyList<string>> arguments) => null;

        private (string Text, int Level)? Written(WrittenForm form)
        {
            if (form.Operation == WrittenOperation.FusedMultiplyAdd)
            {
                string? call = WrittenCall(ElementaryFunction.FusedMultiplyAdd, () => new[] { Print(form.Left, ConditionalLevel), Print(form.Right!, ConditionalLevel), Print(form.Addend!, ConditionalLevel) });
                return call == null ? null : (call, PrimaryLevel);
            }

            (string left, int leftLevel) = Render(form.Left);
            if (form.Right == null)
            {
                // -(-x), never --x (a decrement): an operand that is itself unary (a minus, a cast, a negative number) is parenthesized.
                return (Minus + (leftLevel <= UnaryLevel ? "(" + left + ")" : left), UnaryLevel);
            }

            (string right, int rightLevel) = Render(form.Right);
            (string op, int level) = form.Operation switch
            {
                WrittenOperation.Add => (" + ", AdditiveLevel),
                WrittenOperation.Subtract => (" " + Minus + " ", AdditiveLevel),
                WrittenOperation.Multiply => (Times, MultiplicativeLevel),
                _ => (" / ", MultiplicativeLevel),
            };

            // C# groups from the left: a right operand at the same level keeps its parentheses (a - (b - c)).
            return ((leftLevel < level ? "(" + left + ")" : left) + op + (rightLevel <= level ? "(" + right + ")" : right), level);
        }

        /// <summary>
        /// Whether C# would compute the form in integers: every operand an integer literal, or so computed (<c>1 / 2</c> is 0,
        /// <c>Math.Floor(-2)</c> ambiguous). The DAG's form is printed there: it holds the number, or prints it floating.
        /// </summary>
        private bool IsWholeNumber(WrittenForm form) => IsWholeNumber(form.Left) && (form.Right == null || IsWholeNumber(form.Right)) && (form.Addend == null || IsWholeNumber(form.Addend));

        private bool IsWholeNumber(Expr e)
        {
            if (IsIntegerLiteral(e))
            {
                return true;
            }

            if (!(WrittenForms?.Invoke(e) is WrittenForm form) || writing.Contains(e))
            {
                return false;
            }

            if (!wholeNumbers.TryGetValue(e, out bool whole))
            {
                // Marked while its operands are asked, so a cancellation's cycle ends.
                writing.Add(e);
                whole = IsWholeNumber(form);
                writing.Remove(e);
                wholeNumbers[e] = whole;
            }

            return whole;
        }

        /// <summary>The nodes <paramref name="e"/>'s DAG computes it from, itself included; a choice is entered no further.</summary>
        private static HashSet<Expr> Reachable(Expr e)
        {
            var choices = new List<Expr>();
            bool IsChoice(Expr node)
            {
                if (node is Select || node is Condition)
                {
                    choices.Add(node);
                    return true;
                }

                return false;
            }

            var reachable = new HashSet<Expr>(TopologicalOrder.OperandsFirst(new[] { e }, IsChoice));
            reachable.UnionWith(choices);
            return reachable;
        }
    }
}
