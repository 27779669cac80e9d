using System.Collections.Generic;
using DiffGen.Generator.Symbolic;

namespace DiffGen.Generator.Emit
{
    /// <summary>
    /// Which operands would print as integers. Every value a generated member computes has the
    /// method's type, but C# gives a whole-number literal such as <c>2</c> the type int, and an
    /// operator, call or conditional whose operands are all ints computes in integers:
    /// <c>(z &gt; 0 ? 1 : -1) / 10</c> is 0. So wherever every operand would be an integer
    /// literal, the operands print as floating-point literals (<c>2.0</c>); beside any other
    /// operand C# converts an integer literal exactly, and <c>2</c> reads as the source wrote it.
    /// The decision is made on the nodes, before any text is printed.
    /// </summary>
    internal abstract partial class ExpressionPrinter
    {
        /// <summary>
        /// Whether <paramref name="e"/>, printed as an operand, is a literal of an integer type: a
        /// whole-number constant (or named constant printed as its value) that has no local of its
        /// own. Nothing else is: a local has the method's type, and every operator, call and
        /// conditional the printer writes has at least one floating-point operand.
        /// </summary>
        protected bool IsIntegerLiteral(Expr e)
        {
            Expr? printed = Unnamed(e);
            return printed switch
            {
                Constant constant => IsIntegerLiteral(constant.Value),
                Symbol symbol => IsIntegerLiteral(symbol),
                _ => false,
            };
        }

        /// <summary>True when every operand would be an integer literal: they then print as floating-point ones.</summary>
        protected bool AreIntegerLiterals(IReadOnlyList<Expr> operands)
        {
            foreach (Expr operand in operands)
            {
                if (!IsIntegerLiteral(operand))
                {
                    return false;
                }
            }

            return operands.Count > 0;
        }

        /// <summary>
        /// Whether a conditional chooses only between integer literals, directly or through
        /// conditionals that do (<c>z &gt; 0 ? 1 : z &lt; 0 ? -1 : 0</c>, the derivative of |z|): its
        /// literals then all print as floating-point ones, so the choice has the method's type and
        /// reads alike on every branch.
        /// </summary>
        private bool IsIntegerChoice(Select select)
        {
            // A stack, not recursion: chains of else-ifs can be long.
            var pending = new Stack<Expr>();
            pending.Push(select.WhenFalse);
            pending.Push(select.WhenTrue);
            while (pending.Count > 0)
            {
                Expr branch = pending.Pop();
                if (Unnamed(branch) is Select inner)
                {
                    pending.Push(inner.WhenFalse);
                    pending.Push(inner.WhenTrue);
                }
                else if (!IsIntegerLiteral(branch))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The node printed for <paramref name="e"/>, seen through <see cref="Named"/> wrappers with no local; null if it prints as a local.</summary>
        private Expr? Unnamed(Expr e)
        {
            while (nameOf(e) == null)
            {
                if (!(e is Named named))
                {
                    return e;
                }

                e = named.Value;
            }

            return null;
        }
    }
}
