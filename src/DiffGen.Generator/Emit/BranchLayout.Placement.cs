using System;
using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Ir;
using DiffGen.Generator.Symbolic;

namespace DiffGen.Generator.Emit
{
    /// <content>
    /// Placement: the block each node is computed in, the <c>if</c>s that choices share, the values hoisted
    /// out of one twin block for another, and the check that a guarded call runs only where its guard holds.
    /// </content>
    internal sealed partial class BranchLayout
    {
        /// <summary>Each block's path of tests (<see cref="PathOf"/>), memoized.</summary>
        private readonly Dictionary<Scope, Branch> paths = new Dictionary<Scope, Branch>();

        /// <summary>The tests known in each block (<see cref="Implied"/>), memoized.</summary>
        private readonly Dictionary<Scope, HashSet<(Condition, bool)>> implied = new Dictionary<Scope, HashSet<(Condition, bool)>>();

        private readonly Branch rootPath = Branch.NewRoot();

        /// <summary>
        /// Each node goes into the innermost block that holds all its uses; the sides of a choice are
        /// blocks of their own. The reverse sweep goes back through the same branches as the forward
        /// sweep, in <c>if</c>s of its own: a value computed on one side of a forward <c>if</c> and read
        /// on the same side of its reverse twin is computed once, in the forward <c>if</c>, into a
        /// variable declared before it (hoisted), instead of being computed whichever side is taken. So
        /// is a value read on the same side of two <c>if</c>s by one test in the same sweep (which
        /// <see cref="ChoiceLevels"/> may keep apart).
        /// </summary>
        private void Place(IReadOnlyList<Expr> roots, List<Expr> order)
        {
            if (!HasChoice(order))
            {
                // No choice, so no block but the body: every node is computed there.
                foreach (Expr node in order)
                {
                    placement[node] = Body;
                }

                return;
            }

            Dictionary<Select, int> levels = ChoiceLevels.Of(order);
            var groupsByKey = new Dictionary<(Scope, Condition, int, bool), BranchGroup>();
            var uses = new Dictionary<Expr, HashSet<Scope>>();
            void Demand(Expr node, Scope scope)
            {
                if (!uses.TryGetValue(node, out HashSet<Scope>? set))
                {
                    set = new HashSet<Scope>();
                    uses.Add(node, set);
                }

                set.Add(scope);
            }

            foreach (Expr root in roots)
            {
                Demand(root, Body);
            }

            for (int i = order.Count - 1; i >= 0; i--)
            {
                Expr node = order[i];
                if (!uses.TryGetValue(node, out HashSet<Scope>? usedIn))
                {
                    // A guard that no if tests (its calls are computed where it holds anyway).
                    continue;
                }

                Scope physical = usedIn.Aggregate(Scope.Common);
                Scope scope = node is Condition || node.IsLeaf ? physical : Choose(usedIn);
                if (guardOf(node) is Condition guard && !Holds(guard, Implied(scope)))
                {
                    Scope? guarding = Guarding(usedIn, guard);
                    if (guarding == null)
                    {
                        // The if of its own tests the guard there, so what the guard reads is computed there.
                        Demand(guard, physical);
                    }

                    scope = guarding ?? Host(physical, guard, node, groupsByKey);
                }

                placement[node] = scope;
                if (!ReferenceEquals(physical, scope) && !ReferenceEquals(Scope.Common(physical, scope), scope))
                {
                    hoisted[node] = Scope.Common(physical, scope);
                    if (!scope.IsInReverseSweep && usedIn.Any(use => use.IsInReverseSweep))
                    {
                        readByReverseSweep.Add(node);
                    }
                }

                switch (node)
                {
                    case Select choice:
                        var key = (scope, choice.Test, levels[choice], isReverse(choice));
                        if (!groupsByKey.TryGetValue(key, out BranchGroup? group))
                        {
                            group = new BranchGroup(scope, choice.Test, key.Item3, key.Item4, groups.Count);
                            groupsByKey.Add(key, group);
                            groups.Add(group);
                        }

                        group.Members.Add(choice);
                        groupOf[choice] = group;
                        Demand(choice.Test, scope);
                        Demand(choice.WhenTrue, group.WhenTrue);
                        Demand(choice.WhenFalse, group.WhenFalse);
                        break;
                    case Named named:
                        // A name is its value: the value is read wherever the name is.
                        foreach (Scope use in usedIn)
                        {
                            Demand(named.Value, use);
                        }

                        break;
                    case Condition test:
                        // A condition is printed where it is read, so its operands are read there: each goes into the
                        // block its reads choose, as any value does (a call a test reads in a forward if and again in the
                        // reverse twin is computed in the forward if, not ahead of both, where its guard does not hold).
                        foreach (Scope use in usedIn)
                        {
                            foreach (Expr child in test.Children)
                            {
                                Demand(child, use);
                            }
                        }

                        break;
                    case InvocationPartial partial:
                        // A call's derivative is an output of the call's statement: the call goes wherever it is read.
                        hoisted.Remove(partial);
                        foreach (Scope use in usedIn)
                        {
                            Demand(partial.Call, use);
                        }

                        break;
                    default:
                        foreach (Expr child in node.Children)
                        {
                            Demand(child, scope);
                        }

                        break;
                }
            }

            foreach (BranchGroup group in groups)
            {
                group.Members.Sort((a, b) => a.Id.CompareTo(b.Id));
            }

            CheckGuardedCalls(order);
        }

        /// <summary>
        /// A call guarded by the condition under which the source computes it (see <see cref="CallGuards"/>) must be computed
        /// where that condition holds: were it not, the generated code would run it where the source does not. Should
        /// placement ever break that, the method gets a diagnostic (DIFF900) rather than code that may not end.
        /// </summary>
        private void CheckGuardedCalls(List<Expr> order)
        {
            foreach (Expr node in order)
            {
                if (guardOf(node) is Condition guard && !Holds(guard, Implied(placement[node])))
                {
                    throw new InvalidOperationException("A call that only its condition lets run would be computed where the condition does not hold.");
                }
            }
        }

        private static bool HasChoice(List<Expr> order)
        {
            foreach (Expr node in order)
            {
                if (node is Select)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The block for a value read in <paramref name="usedIn"/>: the innermost block that is, up to
        /// twins, common to all of them. Twin blocks have the same path of tests but lie in different
        /// <c>if</c>s: a forward <c>if</c> and its reverse twin, or two <c>if</c>s by the same test
        /// at different levels. The value is computed in the twin whose <c>if</c> comes first (see
        /// <see cref="ComesFirst"/>) and read again by the others.
        /// </summary>
        private Scope Choose(HashSet<Scope> usedIn)
        {
            Branch? common = null;
            foreach (Scope use in usedIn)
            {
                Branch path = PathOf(use);
                common = common == null ? path : Branch.Common(common, path);
            }

            Scope? best = null;
            foreach (Scope use in usedIn)
            {
                Scope candidate = use;
                while (candidate.Depth > common!.Depth)
                {
                    candidate = candidate.Owner!.Home;
                }

                if (best == null || ComesFirst(candidate, best))
                {
                    best = candidate;
                }
            }

            return best!;
        }

        /// <summary>
        /// For a call guarded by the condition under which the source computes it (see <see cref="CallGuards"/>), read where
        /// the guard holds but in blocks that no block holding the guard encloses: a block among its uses whose tests hold
        /// wherever any other use runs (the true side of <c>a ? F(x) : 0</c>, read again on the true side of
        /// <c>a &amp;&amp; F(x) &gt; 0</c>), where it is computed into a variable declared before that block's <c>if</c>
        /// and read by the others, as twins are. Null when there is none.
        /// </summary>
        private Scope? Guarding(HashSet<Scope> usedIn, Condition guard)
        {
            bool allReverse = usedIn.All(use => use.IsInReverseSweep);
            Scope? best = null;
            foreach (Scope candidate in usedIn)
            {
                HashSet<(Condition, bool)> tests = Implied(candidate);
                if (Holds(guard, tests) && (allReverse || !candidate.IsInReverseSweep) && usedIn.All(use => tests.IsSubsetOf(Implied(use)))
                    && (best == null || (candidate.Depth, candidate.Owner!.Order).CompareTo((best.Depth, best.Owner!.Order)) < 0))
                {
                    best = candidate;
                }
            }

            return best;
        }

        /// <summary>
        /// Otherwise the call gets an <c>if</c> on its guard of its own, in the block enclosing all its uses:
        /// <c>double f = 0; if (a) { f = F(x); }</c>, read by the blocks below it.
        /// </summary>
        private Scope Host(Scope home, Condition guard, Expr call, Dictionary<(Scope, Condition, int, bool), BranchGroup> groupsByKey)
        {
            // An if of its own (shared with other hosted calls only): a choice's if on the same test may read the call
            // through a value computed between them (the call's partial, read by a choice on another test in the block).
            var key = (home, guard, -1, false);
            if (!groupsByKey.TryGetValue(key, out BranchGroup? group))
            {
                group = new BranchGroup(home, guard, -1, false, groups.Count);
                groupsByKey.Add(key, group);
                groups.Add(group);
            }

            group.Hosted.Add(call);
            return group.WhenTrue;
        }

        /// <summary>
        /// Whether a guard holds wherever <paramref name="facts"/> do: it is one of them, or an <c>&amp;&amp;</c>, <c>||</c> or
        /// <c>!</c> of them (a partial may have taken the guard's parts apart: inside <c>if (b)</c>'s else, the guard
        /// <c>!a &amp;&amp; !b</c> of a call is read as <c>!a</c>).
        /// </summary>
        private static bool Holds(Condition guard, HashSet<(Condition, bool)> facts) => Comes(guard, true, facts);

        private static bool Comes(Condition test, bool value, HashSet<(Condition, bool)> facts)
        {
            if (facts.Contains((test, value)))
            {
                return true;
            }

            switch (test.Op)
            {
                case ConditionOp.True:
                    return value;
                case ConditionOp.False:
                    return !value;
                case ConditionOp.Not:
                    return Comes((Condition)test.Children[0], !value, facts);
                case ConditionOp.And:
                case ConditionOp.Or:
                    // a && b holds when both do and fails when either does; a || b the other way round.
                    bool both = (test.Op == ConditionOp.And) == value;
                    var left = (Condition)test.Children[0];
                    var right = (Condition)test.Children[1];
                    return both ? Comes(left, value, facts) && Comes(right, value, facts) : Comes(left, value, facts) || Comes(right, value, facts);
                default:
                    return false;
            }
        }

        /// <summary>The tests known to hold, or to fail, in a block: those of its path, with what each implies (<see cref="Condition.Implied"/>).</summary>
        private HashSet<(Condition, bool)> Implied(Scope scope)
        {
            if (!implied.TryGetValue(scope, out HashSet<(Condition, bool)>? tests))
            {
                tests = scope.Owner == null ? new HashSet<(Condition, bool)>() : new HashSet<(Condition, bool)>(Implied(scope.Owner.Home));
                if (scope.Owner != null)
                {
                    tests.UnionWith(scope.Owner.Test.Implied(scope.IsTrueSide));
                }

                implied.Add(scope, tests);
            }

            return tests;
        }

        /// <summary>
        /// Whether twin block <paramref name="a"/> is written before <paramref name="b"/>: compared
        /// where they part, at two <c>if</c>s by the same test in one block. The forward sweep's comes
        /// first (the reverse sweep reads the forward one, never the other way), then the lower level:
        /// an <c>if</c> reads, through others, the lower levels of its test, never a higher one (see
        /// <see cref="ChoiceLevels"/>), so reading a value from it adds no cycle.
        /// </summary>
        private static bool ComesFirst(Scope a, Scope b)
        {
            if (ReferenceEquals(a, b))
            {
                return false;
            }

            while (!ReferenceEquals(a.Owner!.Home, b.Owner!.Home))
            {
                a = a.Owner.Home;
                b = b.Owner.Home;
            }

            BranchGroup x = a.Owner, y = b.Owner;
            return (x.IsReverse ? 1 : 0, x.Level, x.Order).CompareTo((y.IsReverse ? 1 : 0, y.Level, y.Order)) < 0;
        }

        /// <summary>A block's path of tests from the method body, the same for a forward <c>if</c> and its reverse twin.</summary>
        private Branch PathOf(Scope scope)
        {
            if (!paths.TryGetValue(scope, out Branch? path))
            {
                path = scope.Owner == null ? rootPath : Branch.Of(PathOf(scope.Owner.Home), scope.Owner.Test, scope.IsTrueSide);
                paths.Add(scope, path);
            }

            return path;
        }
    }
}
