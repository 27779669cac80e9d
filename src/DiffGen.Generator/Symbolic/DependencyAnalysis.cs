using System.Collections.Generic;

namespace DiffGen.Generator.Symbolic
{
    /// <summary>
    /// Which differentiated variables each node depends on, computed once per node. Lets both
    /// differentiation modes skip subexpressions that are constant with respect to a variable.
    /// </summary>
    internal sealed class DependencyAnalysis
    {
        private readonly Dictionary<Symbol, int> indexOf = new Dictionary<Symbol, int>();
        private readonly Dictionary<Expr, bool[]> memo = new Dictionary<Expr, bool[]>();

        public DependencyAnalysis(IReadOnlyList<Symbol> variables)
        {
            for (int i = 0; i < variables.Count; i++)
            {
                indexOf[variables[i]] = i;
            }
        }

        public bool DependsOn(Expr e, Symbol variable) => indexOf.TryGetValue(variable, out int i) && Dependencies(e)[i];

        /// <summary>True when <paramref name="a"/> and <paramref name="b"/> depend on a differentiated variable in common.</summary>
        public bool ShareAVariable(Expr a, Expr b)
        {
            bool[] first = Dependencies(a), second = Dependencies(b);
            for (int i = 0; i < first.Length; i++)
            {
                if (first[i] && second[i])
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>True when <paramref name="e"/> depends on at least one differentiated variable.</summary>
        public bool DependsOnAny(Expr e)
        {
            foreach (bool d in Dependencies(e))
            {
                if (d)
                {
                    return true;
                }
            }

            return false;
        }

        private bool[] Dependencies(Expr e)
        {
            if (memo.TryGetValue(e, out bool[]? known))
            {
                return known;
            }

            // The differentiation modes ask operands first, so usually only this node is new: a walk of the DAG
            // (its list, set and stacks) for one node is most of the cost of the whole analysis.
            if (OperandsKnown(e))
            {
                bool[] computed = Compute(e);
                memo.Add(e, computed);
                return computed;
            }

            foreach (Expr node in TopologicalOrder.OperandsFirst(new[] { e }, memo.ContainsKey))
            {
                if (!memo.ContainsKey(node))
                {
                    memo.Add(node, Compute(node));
                }
            }

            return memo[e];
        }

        private bool OperandsKnown(Expr e)
        {
            foreach (Expr child in e.Children)
            {
                if (!memo.ContainsKey(child))
                {
                    return false;
                }
            }

            return true;
        }

        private bool[] Compute(Expr e)
        {
            var result = new bool[indexOf.Count];
            if (e is Symbol symbol && indexOf.TryGetValue(symbol, out int own))
            {
                result[own] = true;
            }

            foreach (Expr child in e.Children)
            {
                bool[] inner = memo[child];
                for (int i = 0; i < result.Length; i++)
                {
                    result[i] |= inner[i];
                }
            }

            return result;
        }
    }
}
