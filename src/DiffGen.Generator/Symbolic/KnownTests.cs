using System.Collections.Generic;
using System.Linq;
using System.Text;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Symbolic
{
    /// <summary>
    /// Uses, inside each side of a choice, what that side knows of the choice's test: further down, a choice by the
    /// same test takes its side and the test itself is a constant. A partial of
    /// <c>if (y + e &lt; 0.01) z = y; ... return (z - x) % 0.75;</c> reads <c>z = y + e &lt; 0.01 ? y : z2</c> only on the
    /// side where <c>y + e &lt; 0.01</c> holds, where it is <c>y</c>: the generated code then no longer tests
    /// <c>y + e &lt; 0.01</c> again inside the <c>if</c> that has just tested it. Exact, NaN included: a test is one
    /// value wherever it is read, and only that very node (or a side of an <c>&amp;&amp;</c> that holds, of an
    /// <c>||</c> that fails, of a <c>!</c>) is replaced.
    /// </summary>
    internal static class KnownTests
    {
        /// <summary>Beyond this many rebuilt nodes, the root is left as it is (the rewrite only makes code shorter).</summary>
        private const int MaxRebuilt = 4096;

        /// <summary><paramref name="root"/> with each node read under a side of a choice rebuilt with what that side knows.</summary>
        public static Expr Apply(ExprBuilder b, Expr root)
        {
            List<Expr> order = TopologicalOrder.OperandsFirst(new[] { root });
            if (!order.Any(node => node is Select))
            {
                return root;
            }

            var rewrite = new Rewrite(b, TestsUnder(order), ChoicesAtOrBelow(order));
            return rewrite.Visit(root, new Dictionary<Condition, bool>()) is Expr rebuilt ? rebuilt : root;
        }

        /// <summary>
        /// A node read as it is: a call of another method or its partial (rebuilt, it would lose its partials' link), and
        /// a call that may throw, whose guard (<see cref="CallGuards"/>) is recorded for this very node.
        /// </summary>
        private static bool IsOpaque(Expr node) => node is InvocationPartial || CallGuards.IsUnsafe(node);

        /// <summary>For each node, the tests it reads (itself included), or null for none; calls are opaque.</summary>
        private static Dictionary<Expr, HashSet<Condition>?> TestsUnder(List<Expr> order)
        {
            var under = new Dictionary<Expr, HashSet<Condition>?>();
            foreach (Expr node in order)
            {
                HashSet<Condition>? tests = null;
                if (!IsOpaque(node))
                {
                    foreach (Expr child in node.Children)
                    {
                        if (under[child] is HashSet<Condition> childTests)
                        {
                            tests ??= new HashSet<Condition>();
                            tests.UnionWith(childTests);
                        }
                    }
                }

                if (node is Condition test)
                {
                    tests ??= new HashSet<Condition>();
                    tests.Add(test);
                }

                under[node] = tests;
            }

            return under;
        }

        /// <summary>The nodes that are a choice or read one (calls are opaque): where a side may learn something.</summary>
        private static HashSet<Expr> ChoicesAtOrBelow(List<Expr> order)
        {
            var found = new HashSet<Expr>();
            foreach (Expr node in order)
            {
                if (node is Select || (!IsOpaque(node) && node.Children.Any(found.Contains)))
                {
                    found.Add(node);
                }
            }

            return found;
        }

        private sealed class Rewrite
        {
            private readonly ExprBuilder b;
            private readonly Dictionary<Expr, HashSet<Condition>?> testsUnder;
            private readonly HashSet<Expr> choices;
            private readonly Dictionary<(Expr, string), Expr> memo = new Dictionary<(Expr, string), Expr>();
            private int rebuilt;

            public Rewrite(ExprBuilder b, Dictionary<Expr, HashSet<Condition>?> testsUnder, HashSet<Expr> choices)
            {
                this.b = b;
                this.testsUnder = testsUnder;
                this.choices = choices;
            }

            /// <summary>The node as it reads where <paramref name="known"/> holds, or null once the budget is spent.</summary>
            public Expr? Visit(Expr node, Dictionary<Condition, bool> known)
            {
                if (!testsUnder.TryGetValue(node, out HashSet<Condition>? tests) || tests == null)
                {
                    return node;
                }

                string key = KeyOf(tests, known);
                if (key.Length == 0 && !choices.Contains(node))
                {
                    return node;
                }

                if (memo.TryGetValue((node, key), out Expr? done))
                {
                    return done;
                }

                if (++rebuilt > MaxRebuilt)
                {
                    return null;
                }

                Expr? result = Rebuild(node, known);
                if (result != null)
                {
                    memo[(node, key)] = result;
                }

                return result;
            }

            private Expr? Rebuild(Expr node, Dictionary<Condition, bool> known)
            {
                if (node is Condition test && known.TryGetValue(test, out bool holds))
                {
                    return b.Truth(holds);
                }

                if (node is Select choice)
                {
                    if (!(Visit(choice.Test, known) is Condition decided))
                    {
                        return null;
                    }

                    if (decided.Op == ConditionOp.True || decided.Op == ConditionOp.False)
                    {
                        return Visit(decided.Op == ConditionOp.True ? choice.WhenTrue : choice.WhenFalse, known);
                    }

                    Expr? whenTrue = Visit(choice.WhenTrue, Learn(known, choice.Test, decided, true));
                    Expr? whenFalse = Visit(choice.WhenFalse, Learn(known, choice.Test, decided, false));
                    return whenTrue == null || whenFalse == null ? null : b.Select(decided, whenTrue, whenFalse);
                }

                if (IsOpaque(node))
                {
                    return node;
                }

                var children = new Dictionary<Expr, Expr>();
                foreach (Expr child in node.Children)
                {
                    if (!children.ContainsKey(child))
                    {
                        if (!(Visit(child, known) is Expr visited))
                        {
                            return null;
                        }

                        children.Add(child, visited);
                    }
                }

                Expr again = Substitution.Rebuild(b, node, children);
                b.CarryMarks(node, again);
                return again;
            }

            /// <summary>The facts a side of <paramref name="test"/> adds: the test (as written and as decided so far) and what it implies of its parts.</summary>
            private static Dictionary<Condition, bool> Learn(Dictionary<Condition, bool> known, Condition test, Condition decided, bool holds)
            {
                var more = new Dictionary<Condition, bool>(known);
                foreach ((Condition part, bool side) in test.Implied(holds).Concat(decided.Implied(holds)))
                {
                    more[part] = side;
                }

                return more;
            }

            /// <summary>The facts that matter below a node (those about tests it reads), as a memo key.</summary>
            private static string KeyOf(HashSet<Condition> tests, Dictionary<Condition, bool> known)
            {
                var ids = new List<int>();
                foreach (KeyValuePair<Condition, bool> fact in known)
                {
                    if (tests.Contains(fact.Key))
                    {
                        ids.Add(fact.Value ? fact.Key.Id * 2 + 1 : fact.Key.Id * 2);
                    }
                }

                if (ids.Count == 0)
                {
                    return string.Empty;
                }

                ids.Sort();
                var key = new StringBuilder();
                foreach (int id in ids)
                {
                    key.Append(id).Append(',');
                }

                return key.ToString();
            }
        }
    }
}
