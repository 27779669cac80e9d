using System.Collections.Generic;

namespace DiffGen.Generator.Ir
{
    /// <summary>
    /// The expression nodes of the program IR as one tree: <see cref="Value"/>s, <see cref="Integer"/>s, <see cref="Test"/>s and
    /// the <see cref="CallArgument"/>s of a call, each with the nodes directly inside it, in the order the source writes them
    /// (operands left to right; an element's index after the element; a choice's test, then its arms). An analysis that looks
    /// for one kind of node walks this tree rather than writing its own switch over every kind.
    /// </summary>
    internal static class ExpressionWalk
    {
        /// <summary>The nodes directly inside <paramref name="node"/> (a Value, Integer, Test or CallArgument); none for a leaf.</summary>
        public static IReadOnlyList<object> Children(object node) => node switch
        {
            ElementRead e => new object[] { e.Index },
            MatrixElement m => new object[] { m.Row, m.Column },
            FromInteger i => new object[] { i.Operand },
            Negation n => new object[] { n.Operand },
            Arithmetic a => new object[] { a.Left, a.Right },
            MathCall c => c.Arguments,
            Choice c => new object[] { c.Test, c.WhenTrue, c.WhenFalse },
            CallValue c => c.Arguments,
            CallArgument a => a.Scalar != null ? new object[] { a.Scalar } : a.Array == null && a.Data != null ? new object[] { a.Data } : System.Array.Empty<object>(),
            IntegerElement e => new object[] { e.Index },
            MatrixLength l => new object[] { l.Dimension },
            RowLength l => new object[] { l.Row },
            IntegerNegation n => new object[] { n.Operand },
            IntegerCast c => new object[] { c.Operand },
            IntegerArithmetic a => new object[] { a.Left, a.Right },
            IntegerMath m => m.Arguments,
            IntegerChoice c => new object[] { c.Test, c.WhenTrue, c.WhenFalse },
            IntegerOfData d => new object[] { d.Operand },
            Comparison c => new object[] { c.Left, c.Right },
            IntegerComparison c => new object[] { c.Left, c.Right },
            Logic l => new object[] { l.Left, l.Right },
            Negated n => new object[] { n.Operand },
            _ => System.Array.Empty<object>(),
        };

        /// <summary><paramref name="node"/> and every node inside it, each before the nodes inside it (preorder).</summary>
        public static IEnumerable<object> SelfAndDescendants(object node)
        {
            var pending = new Stack<object>();
            pending.Push(node);
            while (pending.Count > 0)
            {
                object next = pending.Pop();
                yield return next;
                IReadOnlyList<object> children = Children(next);
                for (int i = children.Count - 1; i >= 0; i--)
                {
                    pending.Push(children[i]);
                }
            }
        }
    }
}
