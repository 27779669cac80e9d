using System;
using System.Collections.Generic;

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
            var stack = new Stack<(Expr Node, int NextChild)>();
            foreach (Expr root in roots)
            {
                if (!visited.Add(root))
                {
                    continue;
                }

                stack.Push((root, 0));
                while (stack.Count > 0)
                {
                    (Expr node, int next) = stack.Pop();
                    if (next < node.Children.Count)
                    {
                        stack.Push((node, next + 1));
                        Expr child = node.Children[next];
                        if ((known == null || !known(child)) && visited.Add(child))
                        {
                            stack.Push((child, 0));
                        }
                    }
                    else
                    {
                        order.Add(node);
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
