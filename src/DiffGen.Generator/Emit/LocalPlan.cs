using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Symbolic;

namespace DiffGen.Generator.Emit
{
    /// <summary>
    /// Common-subexpression elimination at emission: decides which nodes of the DAG get a local
    /// (every named value, every nontrivial node used more than once) and what each local is
    /// called, and lists them in an order where each comes after the locals it reads.
    /// </summary>
    internal sealed class LocalPlan
    {
        private readonly Dictionary<Expr, string> names = new Dictionary<Expr, string>();

        private LocalPlan(List<Expr> locals)
        {
            Locals = locals;
        }

        /// <summary>The nodes that get a local, operands first.</summary>
        public IReadOnlyList<Expr> Locals { get; }

        public string? NameOf(Expr e) => names.TryGetValue(e, out string? name) ? name : null;

        /// <summary>Plans the locals needed to compute <paramref name="roots"/>; <paramref name="forced"/> nodes always get one.</summary>
        public static LocalPlan Create(IReadOnlyList<Expr> roots, NameAllocator allocator, IReadOnlyDictionary<Expr, string>? forced = null)
        {
            List<Expr> order = TopologicalOrder.OperandsFirst(roots);
            var uses = new Dictionary<Expr, int>();
            void Use(Expr e, int times) => uses[e] = (uses.TryGetValue(e, out int n) ? n : 0) + times;

            foreach (Expr root in roots)
            {
                Use(root, 1);
            }

            foreach (Expr node in order)
            {
                if (node is Product product)
                {
                    // x² prints as x * x: a square reads its base twice.
                    foreach (Factor factor in product.Factors)
                    {
                        double power = System.Math.Abs(factor.Exponent);
                        Use(factor.Base, power == 2 || power == 3 ? (int)power : 1);
                    }
                }
                else
                {
                    foreach (Expr child in node.Children)
                    {
                        Use(child, 1);
                    }
                }
            }

            var locals = order.Where(n => (forced != null && forced.ContainsKey(n)) || n is Named || (uses[n] > 1 && !IsCheap(n))).ToList();
            var plan = new LocalPlan(locals);
            var temporaries = new TemporaryNames();
            foreach (Expr local in locals)
            {
                string preferred = forced != null && forced.TryGetValue(local, out string? given) ? given
                    : local is Named named ? named.Name
                    : temporaries.Suggest(local, plan.NameOf);
                plan.names[local] = allocator.Allocate(preferred);
            }

            return plan;
        }

        /// <summary>Leaves and negated leaves cost nothing to repeat.</summary>
        private static bool IsCheap(Expr e) =>
            e.IsLeaf || (e is Product p && p.Factors.Count == 1 && p.Factors[0].Exponent == 1 && p.Factors[0].Base.IsLeaf && System.Math.Abs(p.Coefficient) == 1);
    }
}
