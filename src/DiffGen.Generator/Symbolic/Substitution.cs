using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Symbolic
{
    /// <summary>Rebuilds an expression with one node replaced by another (memoized, so shared nodes stay shared).</summary>
    internal static class Substitution
    {
        /// <summary><paramref name="root"/> with every occurrence of <paramref name="target"/> replaced by <paramref name="replacement"/>.</summary>
        public static Expr Replace(ExprBuilder b, Expr root, Expr target, Expr replacement)
        {
            var memo = new Dictionary<Expr, Expr> { [target] = replacement };
            foreach (Expr node in TopologicalOrder.OperandsFirst(new[] { root }, memo.ContainsKey))
            {
                if (!memo.ContainsKey(node))
                {
                    memo[node] = Rebuild(b, node, memo);
                }
            }

            return memo[root];
        }

        /// <summary><paramref name="e"/> with its operands replaced by what <paramref name="memo"/> maps them to (each must be there); calls and leaves as they are.</summary>
        internal static Expr Rebuild(ExprBuilder b, Expr e, Dictionary<Expr, Expr> memo)
        {
            Expr R(Expr child) => memo[child];
            switch (e)
            {
                case Sum s:
                    return b.Sum(s.Offset, s.Terms.Select(t => new SumTerm(t.Coefficient, R(t.Term))));
                case Product p:
                    return b.Product(p.Coefficient, p.Factors.Select(f => new Factor(R(f.Base), f.Exponent)));
                case FunctionCall c:
                    return b.Call(c.Function, c.Children.Select(R).ToArray());
                case Select s:
                    return b.Select((Condition)R(s.Test), R(s.WhenTrue), R(s.WhenFalse));
                case Named n:
                    return b.Named(n.Name, R(n.Value));
                case Condition c when c.Op == ConditionOp.And:
                    return b.And((Condition)R(c.Children[0]), (Condition)R(c.Children[1]));
                case Condition c when c.Op == ConditionOp.Or:
                    return b.Or((Condition)R(c.Children[0]), (Condition)R(c.Children[1]));
                case Condition c when c.Op == ConditionOp.Not:
                    return b.Not((Condition)R(c.Children[0]));
                case Condition c when c.Children.Count == 2:
                    return b.Compare(c.Op, R(c.Children[0]), R(c.Children[1]));
                default:
                    return e;
            }
        }
    }
}
