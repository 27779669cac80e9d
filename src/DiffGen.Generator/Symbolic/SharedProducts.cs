using System;
using System.Collections.Generic;

namespace DiffGen.Generator.Symbolic
{
    /// <summary>
    /// Products that share factors, written so that the shared part is computed once: a member's DAG
    /// rewritten before layout, so that the planner of locals sees y² as an operand of y³ and x·y² as an
    /// operand of x·y³. The product constructor flattens every product into powers of its bases (x·y³,
    /// x·y²: two unrelated nodes); here a product holding all the factors of another product the member
    /// computes anyway is that product, kept whole, times the rest (y³ = y²·y, 3·x·y² = 3·(x·y²)).
    /// <para>
    /// The values the method computes keep their rounding: such a product (<paramref name="exact"/> in
    /// <see cref="Plan"/>) is rewritten only as a product it starts with, in the order it is printed and
    /// so evaluated (x·y·y·y is (x·y·y)·y, the same operations), so the value the gradient returns is the
    /// number the source computes. A derivative may reuse any product that divides it (its rounding may
    /// change, never its value as a real number).
    /// </para>
    /// Products of a value that may not be computed everywhere (a call of another method, a guarded call)
    /// are left alone: reusing one would move it out of the branch that guards it.
    /// </summary>
    internal sealed partial class SharedProducts
    {
        /// <summary>Above this many products the member is left as it is: the search compares them pairwise.</summary>
        private const int MaxProducts = 400;

        private readonly Dictionary<Expr, Expr> memo;

        private SharedProducts(IReadOnlyList<Expr> roots, Dictionary<Expr, Expr> memo)
        {
            Roots = roots;
            this.memo = memo;
        }

        /// <summary>The roots, rewritten (each the same node when nothing under it changed).</summary>
        public IReadOnlyList<Expr> Roots { get; }

        /// <summary>What stands for <paramref name="e"/> in the rewritten DAG: itself where nothing changed, or a node the rewrite did not reach.</summary>
        public Expr Map(Expr e) => memo.TryGetValue(e, out Expr? mapped) ? mapped : e;

        /// <summary>Rewrites the DAG under <paramref name="roots"/>; <paramref name="exact"/> says which nodes are values the method computes.</summary>
        public static SharedProducts Plan(ExprBuilder b, IReadOnlyList<Expr> roots, Func<Expr, bool> exact)
        {
            List<Expr> order = TopologicalOrder.OperandsFirst(roots);
            var risky = new HashSet<Expr>();
            var products = new List<Product>();
            var scaled = new HashSet<Expr>();
            foreach (Expr node in order)
            {
                // A term 3·x·y of a value prints 3 * x * y, the number first: with a local of its own it would be
                // 3 * (x * y), rounded otherwise, so such a product is neither shared nor written with another.
                if (node is Sum sum && exact(sum))
                {
                    foreach (SumTerm term in sum.Terms)
                    {
                        if (Math.Abs(term.Coefficient) != 1 && term.Term is Product)
                        {
                            scaled.Add(term.Term);
                        }
                    }
                }

                bool isRisky = node is Invocation || node is InvocationPartial || b.GuardOf(node) != null;
                foreach (Expr child in node.Children)
                {
                    isRisky |= risky.Contains(child);
                }

                if (isRisky)
                {
                    risky.Add(node);
                }
                else if (node is Product product && IsMonomial(product))
                {
                    products.Add(product);
                }
            }

            products.RemoveAll(scaled.Contains);

            var choices = products.Count <= MaxProducts ? Choose(products, exact) : new Dictionary<Product, Choice>();
            var memo = Rebuild(b, order, choices);
            var rewritten = new Expr[roots.Count];
            for (int i = 0; i < roots.Count; i++)
            {
                rewritten[i] = memo[roots[i]];
            }

            return new SharedProducts(rewritten, memo);
        }

        /// <summary>
        /// Every node again, operands first, with the chosen products written with their shared product
        /// (computed before them: an operand too, for this order) and what reads them rebuilt around them.
        /// A call keeps the guard it had; a node nothing under which changed is itself.
        /// </summary>
        private static Dictionary<Expr, Expr> Rebuild(ExprBuilder b, List<Expr> order, Dictionary<Product, Choice> choices)
        {
            var memo = new Dictionary<Expr, Expr>();
            var stack = new Stack<(Expr Node, bool Expanded)>();
            for (int i = order.Count - 1; i >= 0; i--)
            {
                stack.Push((order[i], false));
            }

            while (stack.Count > 0)
            {
                (Expr node, bool expanded) = stack.Pop();
                if (memo.ContainsKey(node))
                {
                    continue;
                }

                Condition? guard = b.GuardOf(node);
                Choice? choice = node is Product product && choices.TryGetValue(product, out Choice? chosen) ? chosen : null;
                if (!expanded)
                {
                    stack.Push((node, true));
                    foreach (Expr child in node.Children)
                    {
                        stack.Push((child, false));
                    }

                    if (guard != null)
                    {
                        stack.Push((guard, false));
                    }

                    if (choice != null)
                    {
                        stack.Push((choice.Shared, false));
                    }

                    continue;
                }

                Expr? written = choice != null ? Written(b, (Product)node, choice, memo) : null;
                memo[node] = written ?? Rebuilt(b, node, guard, memo);
            }

            return memo;
        }

        /// <summary>The product as its shared product (kept whole) to its power times the rest, or null when the node made is not written in that order.</summary>
        private static Expr? Written(ExprBuilder b, Product product, Choice choice, Dictionary<Expr, Expr> memo)
        {
            Expr shared = b.Named(string.Empty, memo[choice.Shared]);
            var factors = new Factor[choice.Rest.Length + 1];
            factors[0] = new Factor(shared, choice.Power);
            for (int i = 0; i < choice.Rest.Length; i++)
            {
                factors[i + 1] = new Factor(memo[choice.Rest[i].Base], choice.Rest[i].Exponent);
            }

            Expr written = b.Product(product.Coefficient, factors);
            if (written is Product made && made.Coefficient == product.Coefficient && made.Factors.Count == factors.Length)
            {
                for (int i = 0; i < factors.Length; i++)
                {
                    if (made.Factors[i].Base != factors[i].Base || made.Factors[i].Exponent != factors[i].Exponent)
                    {
                        return null;
                    }
                }

                return written;
            }

            return null;
        }

        /// <summary>The node over its rewritten operands, with the marks and the guard it had.</summary>
        private static Expr Rebuilt(ExprBuilder b, Expr node, Condition? guard, Dictionary<Expr, Expr> memo)
        {
            bool changed = guard != null && memo[guard] != guard;
            foreach (Expr child in node.Children)
            {
                changed |= memo[child] != child;
            }

            if (!changed)
            {
                return node;
            }

            Expr rebuilt = node switch
            {
                Invocation call => b.Invoke(call.Target, Mapped(call.Arguments, memo)),
                InvocationPartial partial => b.InvocationPartial((Invocation)memo[partial.Call], partial.Parameter),
                _ => Substitution.Rebuild(b, node, memo),
            };
            b.CarryMarks(node, rebuilt);
            if (guard != null)
            {
                b.Guarded((Condition)memo[guard], rebuilt);
            }

            return rebuilt;
        }

        private static Expr[] Mapped(IReadOnlyList<Expr> nodes, Dictionary<Expr, Expr> memo)
        {
            var mapped = new Expr[nodes.Count];
            for (int i = 0; i < nodes.Count; i++)
            {
                mapped[i] = memo[nodes[i]];
            }

            return mapped;
        }
    }
}
