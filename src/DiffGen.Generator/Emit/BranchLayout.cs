using System;
using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Symbolic;

namespace DiffGen.Generator.Emit
{
    /// <summary>
    /// Lays the locals of a generated method out in blocks so that the code keeps the source's
    /// branches: each value is computed in the innermost block that holds all of its uses (a value
    /// only one branch needs is computed only there, so the branch not taken costs nothing and a
    /// guard such as <c>r == 0</c> protects its derivative too), choices by the same test share one
    /// <c>if</c>, and each block lists its locals and nested <c>if</c>s after everything they read.
    /// </summary>
    internal sealed partial class BranchLayout
    {
        private readonly Dictionary<Expr, Scope> placement = new Dictionary<Expr, Scope>();
        private readonly Dictionary<Select, BranchGroup> groupOf = new Dictionary<Select, BranchGroup>();
        private readonly List<BranchGroup> groups = new List<BranchGroup>();
        private readonly Dictionary<Expr, Scope> hoisted = new Dictionary<Expr, Scope>();
        private readonly HashSet<Expr> readByReverseSweep = new HashSet<Expr>();
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
        /// <param name="makePlan">The plan, given the nodes that must have a local and those to name after all others (see <see cref="LocalPlan.Create"/>).</param>
        public static BranchLayout Create(IReadOnlyList<Expr> roots, Func<Expr, bool> isReverse, Func<IReadOnlyCollection<Expr>, IReadOnlyCollection<Expr>, LocalPlan> makePlan, IReadOnlyDictionary<Expr, string>? outputs = null, Func<Expr, Condition?>? guardOf = null)
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
                layout.Plan = makePlan(required, Array.Empty<Expr>());
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
            if (layout.Aliases.Count > 0)
            {
                // A branch value written straight into its choice's variable is never printed under a name of its own, so the
                // choice takes the source's name (loss, not loss3) and the value a numbered one nothing prints. The locals stay
                // the same: naming does not choose them.
                layout.Plan = makePlan(required, layout.Aliases.Keys);
            }

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

        /// <summary>
        /// Whether the local holding <paramref name="named"/> is in scope where <paramref name="at"/> is written: declared (or
        /// hoisted) in <paramref name="at"/>'s block or one around it. A forward branch's local is not in its reverse twin's block.
        /// </summary>
        public bool IsVisibleAt(Expr named, Expr at)
        {
            Expr holder = LocalPlan.Representative(named);
            holder = Aliases.TryGetValue(holder, out Select? variable) ? variable : holder;
            Scope? declared = hoisted.TryGetValue(holder, out Scope? up) ? up : placement.TryGetValue(holder, out Scope? placed) ? placed : null;
            return declared == null || !placement.TryGetValue(LocalPlan.Representative(at), out Scope? where) || ReferenceEquals(Scope.Common(declared, where), declared);
        }

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
        /// Whether a doc formula shows a node whole: a branch value written straight into its choice's variable, which the code
        /// never names (<c>a2 = a² if x &gt; y, else a</c>, not a name for a² beside it).
        /// </summary>
        public bool IsShownWhole(Expr e) => Aliases.ContainsKey(LocalPlan.Representative(e));

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
    }
}
