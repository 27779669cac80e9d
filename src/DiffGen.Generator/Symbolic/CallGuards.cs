using System;
using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Functions;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Symbolic
{
    /// <summary>
    /// Keeps a call that may not end or may throw (a call of another method, <c>Math.Clamp</c>, <c>Math.Sign</c>)
    /// from being computed where the source would not compute it. The emitter computes each value once, in the
    /// innermost block holding all its uses, and evaluates a condition with all its operands where the condition is
    /// read: right for arithmetic, whose value is simply not used on the other path, but a call on the right of
    /// <c>&amp;&amp;</c> (<c>x &gt;= 1 &amp;&amp; F(x / 2) &gt; 0.3</c>) or one shared by two choices by different
    /// tests would then run where the source's short-circuit or branch skips it, and a recursion ended by the
    /// test would never end. Such a call is given, here on the DAG, the condition under which the source computes
    /// it: <c>F(x / 2)</c> becomes <c>x &gt;= 1 ? F(x / 2) : 0</c> wherever it is read, a choice whose side
    /// the emitter computes only when it is taken. A call the emitter already computes only where the source does
    /// (in one branch, or wherever the method runs) is left as it is.
    /// </summary>
    internal static class CallGuards
    {
        /// <summary>Beyond this many alternative paths to one node, the node is left as the emitter places it.</summary>
        private const int MaxPaths = 32;

        /// <summary>
        /// <paramref name="root"/> (a method's value) with each call that may not end or may throw read through a choice by the
        /// condition under which the source computes it, recorded in the builder (<see cref="ExprBuilder.GuardOf"/>): every
        /// root derived from the value reads the call through that choice.
        /// </summary>
        public static Expr Apply(ExprBuilder b, Expr root) => Apply(b, root, b.Guarded);

        /// <summary>
        /// The same for a root derived from the value (a partial), which may read a call under tests of its own: the guards
        /// are recorded in <paramref name="recorded"/> alone, as they hold for this root's layout and not for others that
        /// read the same call (in the gradient, a guard the value does not need would give the call an <c>if</c> of its own).
        /// </summary>
        public static Expr Apply(ExprBuilder b, Expr root, Dictionary<Expr, Condition> recorded) =>
            Apply(b, root, (guard, call) =>
            {
                recorded[call] = guard;
                return b.Select(guard, call, b.Zero);
            });

        private static Expr Apply(ExprBuilder b, Expr root, Func<Condition, Expr, Expr> guardedRead)
        {
            List<Expr> consumersFirst = TopologicalOrder.ConsumersFirst(root);
            if (!consumersFirst.Any(IsUnsafe))
            {
                return root;
            }

            var walk = new Walk(b);
            walk.Run(root, consumersFirst);

            // Calls in the order they were made: a guard may read the tests of earlier calls only, which must then be
            // guarded themselves (unless the method always makes them), as the guard may be evaluated where they are not.
            List<Expr> calls = consumersFirst.Where(IsUnsafe).OrderBy(c => c.Id).ToList();
            var plans = calls.ToDictionary(c => c, walk.Plan);
            var guarded = new HashSet<Expr>(calls.Where(c => plans[c].Needed));
            for (int i = calls.Count - 1; i >= 0; i--)
            {
                if (guarded.Contains(calls[i]))
                {
                    guarded.UnionWith(plans[calls[i]].Reads.Where(earlier => !walk.IsAlwaysEvaluated(earlier)));
                }
            }

            var guards = new Dictionary<Expr, Condition>();
            foreach (Expr call in calls.Where(guarded.Contains))
            {
                if (plans[call].Paths is List<BranchTest[]> paths && walk.Condition(paths) is Condition { Op: not ConditionOp.True } guard)
                {
                    guards.Add(call, guard);
                }
            }

            return guards.Count == 0 ? root : Rebuild(b, root, guards, guardedRead);
        }

        /// <summary>A node whose evaluation may not end or may throw: another method's call, Math.Clamp (lo &gt; hi), Math.Sign (NaN).</summary>
        public static bool IsUnsafe(Expr e) =>
            e is Invocation || e is FunctionCall { Function: ElementaryFunction.Clamp or ElementaryFunction.Sign };

        /// <summary>
        /// The root with each guarded node replaced by <c>guard ? node : 0</c> wherever it is read, so that the node is
        /// only ever read on the true side of its guard; operands first, each guard before its node (a guard reads only
        /// tests of safe values or of calls made before its own, so this order exists).
        /// </summary>
        private static Expr Rebuild(ExprBuilder b, Expr root, Dictionary<Expr, Condition> guards, Func<Condition, Expr, Expr> guarded)
        {
            var memo = new Dictionary<Expr, Expr>();
            var stack = new Stack<(Expr Node, bool Expanded)>();
            stack.Push((root, false));
            while (stack.Count > 0)
            {
                (Expr node, bool expanded) = stack.Pop();
                if (memo.ContainsKey(node))
                {
                    continue;
                }

                guards.TryGetValue(node, out Condition? guard);
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

                    continue;
                }

                Expr rebuilt = node is Invocation call
                    ? b.Invoke(call.Target, call.Arguments.Select(a => memo[a]).ToArray())
                    : Substitution.Rebuild(b, node, memo);
                b.CarryMarks(node, rebuilt);
                memo[node] = guard == null ? rebuilt : guarded((Condition)memo[guard], rebuilt);
            }

            return memo[root];
        }

        /// <summary>
        /// Walks the DAG from the root: for each node, the paths of tests under which the source evaluates it (exact:
        /// a choice's sides and the right of &amp;&amp; and || are taken only under their tests), and the path of
        /// tests of the block the emitter computes it in (the choices around all its uses; a condition's operands
        /// where the condition is read).
        /// </summary>
        private sealed class Walk
        {
            private readonly ExprBuilder b;
            private readonly Dictionary<Expr, List<BranchTest[]>?> evaluated = new Dictionary<Expr, List<BranchTest[]>?>();
            private readonly Dictionary<Expr, List<BranchTest>> placed = new Dictionary<Expr, List<BranchTest>>();
            private readonly Dictionary<(Condition, bool), List<BranchTest[]>?> expansions = new Dictionary<(Condition, bool), List<BranchTest[]>?>();
            private readonly Dictionary<Expr, HashSet<Expr>> unsafeReads = new Dictionary<Expr, HashSet<Expr>>();

            public Walk(ExprBuilder b)
            {
                this.b = b;
            }

            public void Run(Expr root, List<Expr> consumersFirst)
            {
                evaluated[root] = new List<BranchTest[]> { Array.Empty<BranchTest>() };
                placed[root] = new List<BranchTest>();
                foreach (Expr node in consumersFirst)
                {
                    List<BranchTest[]>? paths = evaluated[node];
                    List<BranchTest> block = placed[node];
                    switch (node)
                    {
                        case Select choice:
                            Reach(choice.Test, paths, block);
                            Reach(choice.WhenTrue, Then(paths, Expand(choice.Test, true)), Extended(block, choice.Test, true));
                            Reach(choice.WhenFalse, Then(paths, Expand(choice.Test, false)), Extended(block, choice.Test, false));
                            break;
                        case Condition { Op: ConditionOp.And or ConditionOp.Or } logic:
                            var left = (Condition)logic.Children[0];
                            Reach(left, paths, block);
                            Reach(logic.Children[1], Then(paths, Expand(left, logic.Op == ConditionOp.And)), block);
                            break;
                        default:
                            foreach (Expr child in node.Children)
                            {
                                Reach(child, paths, block);
                            }

                            break;
                    }
                }
            }

            /// <summary>
            /// The paths of tests under which the source evaluates <paramref name="node"/>, and whether they must guard it: not
            /// when the emitter computes it only there already, when it is always evaluated, or when the paths are too many to
            /// follow. A test that reads the node itself, a call made after it, or one whose paths are not followed is left out
            /// (it cannot be evaluated before the node): a weaker guard, never a wrong value, and exact for
            /// <c>a &amp;&amp; F(x) &gt; 0 ? F(x) : ...</c>, where F(x) runs wherever a holds. <see cref="Plan.Reads"/>: the
            /// earlier calls the guard's tests read.
            /// </summary>
            public GuardPlan Plan(Expr node)
            {
                if (!(evaluated[node] is List<BranchTest[]> paths))
                {
                    return new GuardPlan(null, false, Array.Empty<Expr>());
                }

                var reads = new HashSet<Expr>();
                bool Kept(BranchTest literal)
                {
                    HashSet<Expr> calls = UnsafeReads(literal.Test);
                    if (calls.Any(c => c.Id >= node.Id || evaluated[c] == null))
                    {
                        return false;
                    }

                    reads.UnionWith(calls);
                    return true;
                }

                List<BranchTest[]>? guard = BranchPaths.Normalize(paths.Select(p => p.Where(Kept).ToArray()), MaxPaths);
                List<BranchTest[]>? block = Expand(placed[node]);
                bool needed = guard != null && block != null && !guard.Any(p => p.Length == 0) && !block.All(p => guard.Any(g => g.All(p.Contains)));
                return new GuardPlan(guard, needed, reads);
            }

            /// <summary>Whether the source evaluates the node wherever the method runs.</summary>
            public bool IsAlwaysEvaluated(Expr node) => evaluated[node] is List<BranchTest[]> paths && paths.Any(p => p.Length == 0);

            /// <summary>The paths as one condition: <c>(a &amp;&amp; !c) || d</c>.</summary>
            public Condition Condition(List<BranchTest[]> paths)
            {
                Condition result = b.Truth(false);
                foreach (BranchTest[] path in paths)
                {
                    Condition all = b.Truth(true);
                    foreach (BranchTest literal in path)
                    {
                        all = b.And(all, literal.Holds ? literal.Test : b.Not(literal.Test));
                    }

                    result = b.Or(result, all);
                }

                return result;
            }

            private void Reach(Expr child, List<BranchTest[]>? paths, List<BranchTest> block)
            {
                if (!evaluated.TryGetValue(child, out List<BranchTest[]>? known))
                {
                    evaluated[child] = paths;
                    placed[child] = block;
                    return;
                }

                evaluated[child] = known == null || paths == null ? null : BranchPaths.Normalize(known.Concat(paths), MaxPaths);
                List<BranchTest> common = placed[child];
                int shared = 0;
                while (shared < common.Count && shared < block.Count && common[shared].Equals(block[shared]))
                {
                    shared++;
                }

                placed[child] = shared == common.Count ? common : common.Take(shared).ToList();
            }

            private static List<BranchTest> Extended(List<BranchTest> block, Condition test, bool holds) => new List<BranchTest>(block) { new BranchTest(test, holds) };

            /// <summary>Each path of <paramref name="first"/> followed by each of <paramref name="then"/>.</summary>
            private static List<BranchTest[]>? Then(List<BranchTest[]>? first, List<BranchTest[]>? then) =>
                first == null || then == null ? null : BranchPaths.Normalize(first.SelectMany(p => then.Select(q => p.Concat(q).ToArray())), MaxPaths);

            /// <summary>The paths of tests on which <paramref name="test"/> comes out <paramref name="holds"/>, the right of &amp;&amp; and || only after their left.</summary>
            private List<BranchTest[]>? Expand(Condition test, bool holds)
            {
                if (expansions.TryGetValue((test, holds), out List<BranchTest[]>? known))
                {
                    return known;
                }

                List<BranchTest[]>? paths;
                switch (test.Op)
                {
                    case ConditionOp.True:
                    case ConditionOp.False:
                        paths = (test.Op == ConditionOp.True) == holds ? new List<BranchTest[]> { Array.Empty<BranchTest>() } : new List<BranchTest[]>();
                        break;
                    case ConditionOp.Not:
                        paths = Expand((Condition)test.Children[0], !holds);
                        break;
                    case ConditionOp.And:
                    case ConditionOp.Or:
                        // a && c holds when both do, fails when a does or, after it, c; || the other way round.
                        var left = (Condition)test.Children[0];
                        var right = (Condition)test.Children[1];
                        bool and = test.Op == ConditionOp.And;
                        List<BranchTest[]>? both = Then(Expand(left, and), Expand(right, holds));
                        paths = holds == and ? both : both == null || Expand(left, !and) is not List<BranchTest[]> first ? null : BranchPaths.Normalize(first.Concat(both), MaxPaths);
                        break;
                    default:
                        paths = new List<BranchTest[]> { new[] { new BranchTest(test, holds) } };
                        break;
                }

                expansions[(test, holds)] = paths;
                return paths;
            }

            /// <summary>A block's path of tests as the paths of plain tests it stands for.</summary>
            private List<BranchTest[]>? Expand(List<BranchTest> block)
            {
                List<BranchTest[]>? paths = new List<BranchTest[]> { Array.Empty<BranchTest>() };
                foreach (BranchTest literal in block)
                {
                    paths = Then(paths, Expand(literal.Test, literal.Holds));
                }

                return paths;
            }

            /// <summary>The calls that evaluating <paramref name="test"/> may make.</summary>
            private HashSet<Expr> UnsafeReads(Condition test)
            {
                if (!unsafeReads.TryGetValue(test, out HashSet<Expr>? reads))
                {
                    reads = new HashSet<Expr>(TopologicalOrder.OperandsFirst(new[] { test }).Where(IsUnsafe));
                    unsafeReads.Add(test, reads);
                }

                return reads;
            }
        }

        /// <summary>What <see cref="Walk.Plan"/> found for one call.</summary>
        private sealed record GuardPlan(List<BranchTest[]>? Paths, bool Needed, IReadOnlyCollection<Expr> Reads);
    }
}
