using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Functions;

namespace DiffGen.Generator.Symbolic
{
    /// <summary>
    /// A cost model of evaluating DAG nodes: the arithmetic operations each node adds to its operands (an n-term sum n − 1
    /// additions and a multiplication per coefficient, a product its multiplications, an integer power its squarings), and
    /// a call of a costly function (the function table's <c>IsCostly</c>) as many operations as it takes, about twenty.
    /// A node shared by several roots counts once, as generated code computes it once.
    /// </summary>
    internal static class OperationCount
    {
        private const int CostlyCall = 20;
        private const int CheapCall = 2;

        /// <summary>What evaluating <paramref name="roots"/> costs beyond the nodes <paramref name="known"/> holds (already computed).</summary>
        public static int Of(IEnumerable<Expr> roots, ISet<Expr> known) =>
            TopologicalOrder.OperandsFirst(roots, known.Contains).Sum(Own);

        /// <summary>
        /// The longest chain of operations from the nodes <paramref name="known"/> holds (or leaves) to a root, each node one
        /// step (its operands' operations can run side by side; its own wait for them).
        /// </summary>
        public static int Depth(IEnumerable<Expr> roots, ISet<Expr> known)
        {
            var depth = new Dictionary<Expr, int>();
            int deepest = 0;
            foreach (Expr node in TopologicalOrder.OperandsFirst(roots, known.Contains))
            {
                int below = 0;
                foreach (Expr child in node.Children)
                {
                    below = System.Math.Max(below, depth.TryGetValue(child, out int d) ? d : 0);
                }

                depth[node] = node is Named || Own(node) == 0 ? below : below + 1;
                deepest = System.Math.Max(deepest, depth[node]);
            }

            return deepest;
        }

        private static int Own(Expr node) => node switch
        {
            Sum s => s.Terms.Count - 1 + (s.Offset != 0 ? 1 : 0) + s.Terms.Count(t => System.Math.Abs(t.Coefficient) != 1),
            Product p => p.Factors.Count - 1 + (System.Math.Abs(p.Coefficient) != 1 ? 1 : 0) + p.Factors.Sum(f => PowerCost(f.Exponent)),
            FunctionCall c => ElementaryFunctions.Row(c.Function).IsCostly ? CostlyCall : CheapCall,
            Select or Condition => 1,
            _ => 0,
        };

        /// <summary>x² is one multiplication, x³ two, 1/x a division; another exponent is a call of pow.</summary>
        private static int PowerCost(double exponent)
        {
            double magnitude = System.Math.Abs(exponent);
            if (magnitude == System.Math.Floor(magnitude) && magnitude <= 4)
            {
                return (int)magnitude - 1 + (exponent < 0 ? 1 : 0);
            }

            return magnitude == 0.5 ? CheapCall : CostlyCall;
        }
    }
}
