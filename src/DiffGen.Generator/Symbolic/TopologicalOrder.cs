using System;
using System.Collections.Generic;
using DiffGen.Generator.Common;

namespace DiffGen.Generator.Symbolic
{
    /// <summary>Orders the nodes of a DAG; iterative, so deep expressions cannot overflow the stack.</summary>
    internal static class TopologicalOrder
    {
        /// <summary>Every node reachable from the roots, each after all of its operands (post-order, roots in the order given).</summary>
        public static List<Expr> OperandsFirst(IEnumerable<Expr> roots) => OperandsFirst(roots, null);

        /// <summary>As above, but nodes <paramref name="known"/> says are done already are neither listed nor entered.</summary>
        public static List<Expr> OperandsFirst(IEnumerable<Expr> roots, Func<Expr, bool>? known)
        {
            var order = new List<Expr>();
            var visited = new HashSet<Expr>();

            // The path from the current root: each node with the index of its next operand to enter.
            var nodes = new Expr[16];
            var next = new int[16];
            foreach (Expr root in roots)
            {
                if (!visited.Add(root))
                {
                    continue;
                }

                int depth = 0;
                nodes[0] = root;
                next[0] = 0;
                while (depth >= 0)
                {
                    Expr node = nodes[depth];
                    ReadOnlyArray<Expr> children = node.Children;
                    int k = next[depth];
                    if (k < children.Count)
                    {
                        next[depth] = k + 1;
                        Expr child = children[k];
                        if ((known == null || !known(child)) && visited.Add(child))
                        {
                            if (++depth == nodes.Length)
                            {
                                Array.Resize(ref nodes, depth * 2);
                                Array.Resize(ref next, depth * 2);
                            }

                            nodes[depth] = child;
                            next[depth] = 0;
                        }
                    }
                    else
                    {
                        order.Add(node);
                        depth--;
                    }
                }
            }

            return order;
        }

        /// <summary>Every node reachable from the root, each before all of its operands.</summary>
        public static List<Expr> ConsumersFirst(Expr root)
        {
            List<Expr> order = OperandsFirst(new[] { root });
            order.Reverse();
            return order;
        }
    }
}
