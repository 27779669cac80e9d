using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Ir;
using DiffGen.Generator.Symbolic;

namespace DiffGen.Generator.Emit.Programs
{
    /// <summary>The function values a statement's adjoint would compute twice, each given a local under the tests its reads share.</summary>
    internal static class SharedValues
    {
        /// <summary>
        /// Function values the amounts would otherwise compute twice (in two amounts, or squared in one): each gets a local.
        /// A value the amounts read only under a test (a side of <c>?:</c>, the right of <c>&amp;&amp;</c> or <c>||</c>) is
        /// computed under the tests all its reads share (<c>double tanh = i + 1 &lt; w.Length ? Math.Tanh(w[i + 1] * x) : 0;</c>),
        /// since it may not exist elsewhere (<c>w[i + 1]</c>); one read under tests that no two reads share gets no local.
        /// </summary>
        /// <param name="builder">Makes each local's definition: the value under its guard, else 0.</param>
        /// <param name="names">Gives each local a fresh name after its function (<c>tanh</c>).</param>
        /// <param name="kept">The calls the forward sweep already holds in locals (<see cref="KeptCalls"/>): they need none.</param>
        public static Dictionary<Expr, string> Find(IEnumerable<Expr> amounts, ExprBuilder builder, ProgramNames names, out Dictionary<Expr, Expr> definitions, System.Func<Expr, string?>? kept = null)
        {
            var guards = new Dictionary<Expr, List<(Condition Test, bool Holds)>>();
            var uses = new Dictionary<Expr, int>();
            var unguarded = new HashSet<Expr>();
            void Use(Expr call, List<(Condition, bool)> path, int count)
            {
                if (kept?.Invoke(call) != null)
                {
                    return;
                }

                uses[call] = uses.TryGetValue(call, out int n) ? n + count : count;
                if (path.Count == 0)
                {
                    unguarded.Add(call);
                }

                if (!guards.TryGetValue(call, out List<(Condition Test, bool Holds)>? common))
                {
                    guards.Add(call, new List<(Condition, bool)>(path));
                    return;
                }

                int shared = 0;
                while (shared < common.Count && shared < path.Count && common[shared].Equals(path[shared]))
                {
                    shared++;
                }

                common.RemoveRange(shared, common.Count - shared);
            }

            foreach (Expr amount in amounts)
            {
                // Each node once per amount and path of tests (a node read under two tests is two reads).
                var seen = new HashSet<(Expr, string)>();
                var stack = new Stack<(Expr Node, List<(Condition, bool)> Path)>();
                stack.Push((amount, new List<(Condition, bool)>()));
                while (stack.Count > 0)
                {
                    (Expr node, List<(Condition, bool)> path) = stack.Pop();
                    if (!seen.Add((node, string.Join(",", path.Select(l => l.Item1.Id + (l.Item2 ? "+" : "-"))))))
                    {
                        continue;
                    }

                    if (kept?.Invoke(node) != null)
                    {
                        // Held in a local already, with everything it reads.
                        continue;
                    }

                    if (node is FunctionCall)
                    {
                        Use(node, path, 1);
                    }

                    if (node is Product product)
                    {
                        foreach (Factor factor in product.Factors.Where(f => f.Base is FunctionCall && (f.Exponent == 2 || f.Exponent == 3)))
                        {
                            Use(factor.Base, path, 2);
                        }
                    }

                    switch (node)
                    {
                        case Select choice:
                            stack.Push((choice.Test, path));
                            stack.Push((choice.WhenTrue, new List<(Condition, bool)>(path) { (choice.Test, true) }));
                            stack.Push((choice.WhenFalse, new List<(Condition, bool)>(path) { (choice.Test, false) }));
                            break;
                        case Condition { Op: ConditionOp.And or ConditionOp.Or } logic:
                            var left = (Condition)logic.Children[0];
                            stack.Push((left, path));
                            stack.Push((logic.Children[1], new List<(Condition, bool)>(path) { (left, logic.Op == ConditionOp.And) }));
                            break;
                        default:
                            foreach (Expr child in node.Children)
                            {
                                stack.Push((child, path));
                            }

                            break;
                    }
                }
            }

            definitions = new Dictionary<Expr, Expr>();
            var locals = new Dictionary<Expr, string>();
            foreach (KeyValuePair<Expr, int> use in uses.Where(u => u.Value > 1).OrderBy(u => u.Key.Id))
            {
                List<(Condition Test, bool Holds)> path = guards[use.Key];
                if (path.Count == 0 && !unguarded.Contains(use.Key))
                {
                    // Read only under tests no two reads share: computed where each read is.
                    continue;
                }

                Condition guard = builder.Truth(true);
                foreach ((Condition test, bool holds) in path)
                {
                    guard = builder.And(guard, holds ? test : builder.Not(test));
                }

                definitions.Add(use.Key, builder.Select(guard, use.Key, builder.Zero));
                locals.Add(use.Key, names.Fresh(((FunctionCall)use.Key).Function.ToString().ToLowerInvariant()));
            }

            return locals;
        }

        /// <summary>
        /// The shared values in the order of their nodes, except that a value whose definition reads another shared value
        /// (in its guard too: <c>double sin = p &lt; stop ? Math.Sin(y) : 0;</c> reads <c>stop</c>) comes after that value.
        /// </summary>
        /// <param name="kept">The calls read from the forward sweep's locals (<see cref="KeptCalls"/>): a definition that reads one reads its local, not what the call reads.</param>
        public static IEnumerable<KeyValuePair<Expr, string>> InDefinitionOrder(Dictionary<Expr, string> shared, Dictionary<Expr, Expr> definitions, System.Func<Expr, string?>? kept = null)
        {
            var pending = shared.OrderBy(v => v.Key.Id).ToList();
            var done = new HashSet<Expr>();
            System.Func<Expr, bool>? held = kept == null ? null : e => kept(e) != null;
            while (pending.Count > 0)
            {
                int next = pending.FindIndex(v => TopologicalOrder.OperandsFirst(new[] { definitions[v.Key] }, held).All(e => e == v.Key || !shared.ContainsKey(e) || done.Contains(e)));
                KeyValuePair<Expr, string> value = pending[next < 0 ? 0 : next];
                pending.Remove(value);
                done.Add(value.Key);
                yield return value;
            }
        }
    }
}
