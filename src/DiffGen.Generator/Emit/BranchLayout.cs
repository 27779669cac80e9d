using System;
using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Symbolic;

namespace DiffGen.Generator.Emit
{
    /// <summary>A block of generated statements: the method body, or one side of an <c>if</c>.</summary>
    internal sealed class Scope
    {
        public Scope(BranchGroup? owner, bool isTrueSide)
        {
            Owner = owner;
            IsTrueSide = isTrueSide;
            Depth = owner == null ? 0 : owner.Home.Depth + 1;
        }

        /// <summary>The <c>if</c> this block is a side of; null for the method body.</summary>
        public BranchGroup? Owner { get; }

        public bool IsTrueSide { get; }

        public int Depth { get; }

        /// <summary>What the block computes, in order: locals (<see cref="Expr"/>) and nested <c>if</c>s (<see cref="BranchGroup"/>).</summary>
        public List<object> Items { get; } = new List<object>();
    }

    /// <summary>
    /// The choices (<see cref="Select"/>) one <c>if</c> makes: all by the same test, placed in the same
    /// block, none depending on another. Written as an <c>if</c> statement when either side has
    /// locals of its own (a statement group), else each choice is a <c>?:</c>.
    /// </summary>
    internal sealed class BranchGroup
    {
        public BranchGroup(Scope home, Condition test, int level, bool isReverse, int order)
        {
            Home = home;
            Test = test;
            Level = level;
            IsReverse = isReverse;
            Order = order;
            WhenTrue = new Scope(this, true);
            WhenFalse = new Scope(this, false);
        }

        public Scope Home { get; }

        public Condition Test { get; }

        /// <summary>Which of the <c>if</c>s by the same test this is: choices share one only at the same level (see <see cref="ChoiceLevels"/>).</summary>
        public int Level { get; }

        /// <summary>True for the reverse sweep's choices, which are kept apart from the forward sweep's.</summary>
        public bool IsReverse { get; }

        /// <summary>Creation order, to break ties deterministically.</summary>
        public int Order { get; }

        public Scope WhenTrue { get; }

        public Scope WhenFalse { get; }

        public List<Select> Members { get; } = new List<Select>();

        /// <summary>Calls computed on the true side because only there the source computes them (see <see cref="BranchLayout"/>); an <c>if</c> may hold only these.</summary>
        public List<Expr> Hosted { get; } = new List<Expr>();

        public bool IsStatement { get; set; }

    }

    /// <summary>
    /// Lays the locals of a generated method out in blocks so that the code keeps the source's
    /// branches: each value is computed in the innermost block that holds all of its uses (a value
    /// only one branch needs is computed only there, so the branch not taken costs nothing and a
    /// guard such as <c>r == 0</c> protects its derivative too), choices by the same test share one
    /// <c>if</c>, and each block lists its locals and nested <c>if</c>s after everything they read.
    /// </summary>
    internal sealed class BranchLayout
    {
        private readonly Dictionary<Expr, Scope> placement = new Dictionary<Expr, Scope>();
        private readonly Dictionary<Select, BranchGroup> groupOf = new Dictionary<Select, BranchGroup>();
        private readonly List<BranchGroup> groups = new List<BranchGroup>();
        private readonly Dictionary<Expr, Scope> hoisted = new Dictionary<Expr, Scope>();
        private readonly HashSet<Expr> readByReverseSweep = new HashSet<Expr>();
        private readonly Dictionary<Scope, Branch> paths = new Dictionary<Scope, Branch>();
        private readonly Dictionary<Scope, HashSet<(Condition, bool)>> implied = new Dictionary<Scope, HashSet<(Condition, bool)>>();
        private readonly Branch rootPath = Branch.NewRoot();
        private readonly Stack<Expr> readStack = new Stack<Expr>();
        private readonly HashSet<Expr> readSeen = new HashSet<Expr>();
        private readonly Func<Expr, bool> isReverse;
        private HashSet<Expr> locals = new HashSet<Expr>();
        private Dictionary<Expr, int> rank = new Dictionary<Expr, int>();

        private readonly IReadOnlyDictionary<Expr, string> outputs;
        private readonly Func<Expr, Condition?> guardOf;

        private BranchLayout(Func<Expr, bool> isReverse, IReadOnlyDictionary<Expr, string> outputs, Func<Expr, Condition?> guardOf)
        {
            this.isReverse = isReverse;
            this.outputs = outputs;
            this.guardOf = guardOf;
        }

        public Scope Body { get; } = new Scope(null, false);

        public LocalPlan Plan { get; private set; } = null!;

        /// <summary>Branch values written straight into the variable of the choice they feed (<c>y = x * x</c> inside the <c>if</c>, not a second local).</summary>
        public Dictionary<Expr, Select> Aliases { get; } = new Dictionary<Expr, Select>();

        /// <summary>
        /// Places every node <paramref name="roots"/> reach; <paramref name="makePlan"/> chooses the
        /// locals given the nodes that must have one (the choices of an <c>if</c> statement).
        /// </summary>
        /// <param name="outputs">Roots that go to variables the method already has (the gradient's out parameters): an if statement assigns those directly.</param>
        /// <param name="guardOf">The condition a call may only run under (<see cref="ExprBuilder.GuardOf"/>), checked once the nodes are placed.</param>
        public static BranchLayout Create(IReadOnlyList<Expr> roots, Func<Expr, bool> isReverse, Func<IReadOnlyCollection<Expr>, LocalPlan> makePlan, IReadOnlyDictionary<Expr, string>? outputs = null, Func<Expr, Condition?>? guardOf = null)
        {
            var layout = new BranchLayout(isReverse, outputs ?? new Dictionary<Expr, string>(), guardOf ?? (_ => null));
            List<Expr> order = TopologicalOrder.OperandsFirst(roots);

            // A guard an if of its own may test (Host) is placed after the calls it guards, as their operands are.
            var guards = order.Select(layout.guardOf).OfType<Condition>().Distinct().ToList();
            if (guards.Count > 0)
            {
                order = TopologicalOrder.OperandsFirst(guards.Concat(roots));
            }
            layout.Place(roots, order);

            // Choices an if statement makes need a local of their own, which may turn an outer
            // group into a statement in turn: repeat until nothing changes (at most the nesting depth).
            var required = new HashSet<Expr>(layout.hoisted.Keys.Where(n => !n.IsLeaf && !(n is Condition) && !(n is Named)));
            foreach (InvocationPartial partial in order.OfType<InvocationPartial>())
            {
                // A call whose derivative is read is one statement that declares its outputs.
                required.Add(partial);
                required.Add(partial.Call);
                if (!layout.PartialsOf.TryGetValue(partial.Call, out List<InvocationPartial>? list))
                {
                    list = new List<InvocationPartial>();
                    layout.PartialsOf.Add(partial.Call, list);
                }

                list.Add(partial);
            }

            while (true)
            {
                layout.Plan = makePlan(required);
                layout.locals = new HashSet<Expr>(layout.Plan.Locals);
                layout.rank = layout.Plan.Locals.Select((local, index) => (local, index)).ToDictionary(p => p.local, p => p.index);
                layout.MarkStatements();
                bool added = false;
                foreach (BranchGroup group in layout.groups.Where(g => g.IsStatement))
                {
                    foreach (Select member in group.Members)
                    {
                        added |= !layout.locals.Contains(member) && required.Add(member);
                    }
                }

                if (!added)
                {
                    break;
                }
            }

            layout.ChooseAliases();
            layout.Arrange();
            return layout;
        }

        /// <summary>Hoisted locals to declare just before each item: set inside it (in a forward branch), read after it (in the reverse twin).</summary>
        public Dictionary<object, List<Expr>> DeclarationsBefore { get; } = new Dictionary<object, List<Expr>>();

        /// <summary>True for a hoisted local that the reverse sweep reads again (rather than a later <c>if</c> of the same sweep).</summary>
        public bool IsReadByReverseSweep(Expr e) => readByReverseSweep.Contains(LocalPlan.Representative(e));

        /// <summary>The derivatives read of each call, which its statement writes as <c>out</c> arguments.</summary>
        public Dictionary<Invocation, List<InvocationPartial>> PartialsOf { get; } = new Dictionary<Invocation, List<InvocationPartial>>();

        public bool IsLocal(Expr e) => locals.Contains(LocalPlan.Representative(e));

        /// <summary>True for a local declared elsewhere and only assigned where it is computed: hoisted, or an out parameter an if assigns.</summary>
        public bool IsDeclaredElsewhere(Expr e) => e is InvocationPartial partial ? IsDeclaredElsewhere(partial.Call) : hoisted.ContainsKey(LocalPlan.Representative(e)) || OutputOf(e) != null;

        /// <summary>The out parameter an if statement assigns this root to directly, if any.</summary>
        public string? OutputOf(Expr e) =>
            outputs.TryGetValue(LocalPlan.Representative(e), out string? name) && StatementOf(e) != null && !hoisted.ContainsKey(LocalPlan.Representative(e)) ? name : null;

        /// <summary>The statement group that defines this choice, or null when the choice is an ordinary value.</summary>
        public BranchGroup? StatementOf(Expr e) =>
            LocalPlan.Representative(e) is Select choice && groupOf.TryGetValue(choice, out BranchGroup? group) && group.IsStatement ? group : null;

        /// <summary>The local's name, following aliases: a branch value written into its choice's variable has that variable's name.</summary>
        public string? NameOf(Expr e)
        {
            Expr representative = LocalPlan.Representative(e);
            if (OutputOf(representative) is string output)
            {
                return output;
            }

            return Aliases.TryGetValue(representative, out Select? target) ? NameOf(target) : Plan.NameOf(representative);
        }

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

                Scope physical = usedIn.Aggregate(CommonScope);
                Scope scope = node is Condition || node.IsLeaf ? physical : Choose(usedIn);
                if (guardOf(node) is Condition guard && !Implied(scope).Contains((guard, true)))
                {
                    scope = Guarding(usedIn, guard) ?? Host(physical, guard, node, groupsByKey);
                }

                placement[node] = scope;
                if (!ReferenceEquals(physical, scope) && !ReferenceEquals(CommonScope(physical, scope), scope))
                {
                    hoisted[node] = CommonScope(physical, scope);
                    if (!InReverseSweep(scope) && usedIn.Any(InReverseSweep))
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
                if (guardOf(node) is Condition guard && !Implied(placement[node]).Contains((guard, true)))
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
            bool allReverse = usedIn.All(InReverseSweep);
            Scope? best = null;
            foreach (Scope candidate in usedIn)
            {
                HashSet<(Condition, bool)> tests = Implied(candidate);
                if (tests.Contains((guard, true)) && (allReverse || !InReverseSweep(candidate)) && usedIn.All(use => tests.IsSubsetOf(Implied(use)))
                    && (best == null || (candidate.Depth, candidate.Owner!.Order).CompareTo((best.Depth, best.Owner!.Order)) < 0))
                {
                    best = candidate;
                }
            }

            return best;
        }

        /// <summary>
        /// Otherwise the call gets an <c>if</c> on its guard of its own, in the block enclosing all its uses (or shares the
        /// forward one on that test there): <c>double f = 0; if (a) { f = F(x); }</c>, read by the blocks below it.
        /// </summary>
        private Scope Host(Scope home, Condition guard, Expr call, Dictionary<(Scope, Condition, int, bool), BranchGroup> groupsByKey)
        {
            BranchGroup? group = groups.Where(g => ReferenceEquals(g.Home, home) && ReferenceEquals(g.Test, guard) && !g.IsReverse).OrderBy(g => g.Level).FirstOrDefault();
            if (group == null)
            {
                var key = (home, guard, -1, false);
                group = new BranchGroup(home, guard, -1, false, groups.Count);
                groupsByKey.Add(key, group);
                groups.Add(group);
            }

            group.Hosted.Add(call);
            return group.WhenTrue;
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

        private static Scope CommonScope(Scope a, Scope b)
        {
            while (a.Depth > b.Depth)
            {
                a = a.Owner!.Home;
            }

            while (b.Depth > a.Depth)
            {
                b = b.Owner!.Home;
            }

            while (!ReferenceEquals(a, b))
            {
                a = a.Owner!.Home;
                b = b.Owner!.Home;
            }

            return a;
        }

        private void MarkStatements()
        {
            foreach (BranchGroup group in groups)
            {
                group.IsStatement = false;
            }

            foreach (Expr local in locals)
            {
                for (Scope scope = placement[local]; scope.Owner != null; scope = scope.Owner.Home)
                {
                    scope.Owner.IsStatement = true;
                }
            }
        }

        private void ChooseAliases()
        {
            Aliases.Clear();
            foreach (BranchGroup group in groups.Where(g => g.IsStatement))
            {
                foreach (Select member in group.Members)
                {
                    TryAlias(LocalPlan.Representative(member.WhenTrue), group.WhenTrue, member);
                    TryAlias(LocalPlan.Representative(member.WhenFalse), group.WhenFalse, member);
                }
            }
        }

        private void TryAlias(Expr value, Scope side, Select member)
        {
            // A call's statement declares its own outputs, so neither the call nor an output can take another variable's place.
            if (locals.Contains(value) && !(value is Symbol) && !(value is Invocation) && !(value is InvocationPartial) && ReferenceEquals(placement[value], side) && !Aliases.ContainsKey(value) && !hoisted.ContainsKey(value))
            {
                Aliases.Add(value, member);
            }
        }

        /// <summary>Puts each local and statement group into its block, each after what it reads, the forward sweep first.</summary>
        private void Arrange()
        {
            var itemsOf = new Dictionary<Scope, List<object>>();
            void AddItem(Scope scope, object item)
            {
                if (!itemsOf.TryGetValue(scope, out List<object>? list))
                {
                    list = new List<object>();
                    itemsOf.Add(scope, list);
                }

                list.Add(item);
            }

            foreach (Expr local in Plan.Locals.Where(l => !(l is InvocationPartial)))
            {
                if (StatementOf(local) == null)
                {
                    AddItem(placement[local], local);
                }
            }

            foreach (BranchGroup group in groups.Where(g => g.IsStatement))
            {
                AddItem(group.Home, group);
            }

            foreach (Expr local in Plan.Locals.Where(hoisted.ContainsKey))
            {
                object carrier = ItemAt(local, hoisted[local])!;
                if (!DeclarationsBefore.TryGetValue(carrier, out List<Expr>? list))
                {
                    list = new List<Expr>();
                    DeclarationsBefore.Add(carrier, list);
                }

                list.Add(local);
                if (local is Invocation call && PartialsOf.TryGetValue(call, out List<InvocationPartial>? outputs))
                {
                    list.AddRange(outputs);
                }
            }

            foreach (KeyValuePair<Scope, List<object>> entry in itemsOf)
            {
                entry.Key.Items.AddRange(Sort(entry.Key, entry.Value));
            }
        }

        private IEnumerable<object> Sort(Scope scope, List<object> items)
        {
            var dependencies = new Dictionary<object, HashSet<object>>();
            var dependents = new Dictionary<object, List<object>>();
            foreach (object item in items)
            {
                dependents[item] = new List<object>();
            }

            foreach (object item in items)
            {
                var needs = new HashSet<object>();
                foreach (Expr read in Reads(item))
                {
                    object? at = ItemAt(read, scope);
                    if (at != null && !ReferenceEquals(at, item) && needs.Add(at))
                    {
                        dependents[at].Add(item);
                    }
                }

                dependencies[item] = needs;
            }

            var keys = new Dictionary<object, (int, int)>(items.Count);
            foreach (object item in items)
            {
                keys.Add(item, OrderKey(item));
            }

            // When everything an item reads comes before it in the order, the order is the answer.
            bool ordered = true;
            foreach (object item in items)
            {
                foreach (object needed in dependencies[item])
                {
                    ordered &= keys[needed].CompareTo(keys[item]) < 0;
                }
            }

            if (ordered)
            {
                var byKey = new List<object>(items);
                byKey.Sort((a, b) => keys[a].CompareTo(keys[b]));
                bool distinct = true;
                for (int i = 1; i < byKey.Count; i++)
                {
                    distinct &= keys[byKey[i - 1]].CompareTo(keys[byKey[i]]) < 0;
                }

                if (distinct)
                {
                    return byKey;
                }
            }

            var ready = new SortedSet<object>(Comparer<object>.Create((a, b) => keys[a].CompareTo(keys[b])));
            foreach (object item in items.Where(i => dependencies[i].Count == 0))
            {
                ready.Add(item);
            }

            var sorted = new List<object>();
            while (ready.Count > 0)
            {
                object next = ready.Min!;
                ready.Remove(next);
                sorted.Add(next);
                foreach (object dependent in dependents[next])
                {
                    if (dependencies[dependent].Remove(next) && dependencies[dependent].Count == 0)
                    {
                        ready.Add(dependent);
                    }
                }
            }

            if (sorted.Count != items.Count)
            {
                throw new InvalidOperationException("The generated statements depend on each other in a cycle.");
            }

            return sorted;
        }

        /// <summary>Forward sweep before reverse sweep, then the plan's order (operands first, in the order the source computes them).</summary>
        private (int, int) OrderKey(object item) => item is BranchGroup group
            ? (group.IsReverse ? 1 : 0, group.Members.Select(m => rank[m]).Concat(group.Hosted.Select(c => rank[c])).Min())
            : (isReverse((Expr)item) ? 1 : 0, rank[(Expr)item]);

        /// <summary>The item in <paramref name="scope"/> that computes the local, or null when it is computed in an enclosing block.</summary>
        private object? ItemAt(Expr local, Scope scope)
        {
            if (local is InvocationPartial partial)
            {
                local = partial.Call;
            }

            BranchGroup? group = StatementOf(local);
            object item = group != null ? group : local;
            Scope at = group != null ? group.Home : placement[local];
            while (at.Depth > scope.Depth)
            {
                item = at.Owner!;
                at = at.Owner!.Home;
            }

            return ReferenceEquals(at, scope) ? item : null;
        }

        /// <summary>The locals an item's code reads: a local's definition; for an if, its test, its choices and everything inside it.</summary>
        private IEnumerable<Expr> Reads(object item)
        {
            var found = new List<Expr>();
            if (item is Expr local)
            {
                foreach (Expr child in LocalPlan.Representative(local).Children)
                {
                    CollectReads(child, found);
                }

                return found;
            }

            var group = (BranchGroup)item;
            CollectReads(group.Test, found);
            foreach (Select member in group.Members)
            {
                CollectReads(member.WhenTrue, found);
                CollectReads(member.WhenFalse, found);
            }

            foreach (Expr inner in locals.Where(l => !(l is InvocationPartial) && Encloses(group, placement[l])))
            {
                foreach (Expr child in LocalPlan.Representative(inner).Children)
                {
                    CollectReads(child, found);
                }
            }

            foreach (BranchGroup nested in groups.Where(g => g.IsStatement && !ReferenceEquals(g, group) && Encloses(group, g.Home)))
            {
                CollectReads(nested.Test, found);
            }

            return found;
        }

        private static bool InReverseSweep(Scope scope)
        {
            for (Scope s = scope; s.Owner != null; s = s.Owner.Home)
            {
                if (s.Owner.IsReverse)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool Encloses(BranchGroup group, Scope scope)
        {
            for (Scope? s = scope; s.Owner != null; s = s.Owner.Home)
            {
                if (ReferenceEquals(s.Owner, group))
                {
                    return true;
                }
            }

            return false;
        }

        private void CollectReads(Expr e, List<Expr> found)
        {
            Stack<Expr> stack = readStack;
            HashSet<Expr> seen = readSeen;
            stack.Clear();
            seen.Clear();
            stack.Push(e);
            while (stack.Count > 0)
            {
                Expr node = stack.Pop();
                if (!seen.Add(node))
                {
                    continue;
                }

                if (IsLocal(node))
                {
                    found.Add(LocalPlan.Representative(node));
                    continue;
                }

                foreach (Expr child in node.Children)
                {
                    stack.Push(child);
                }
            }
        }
    }
}
