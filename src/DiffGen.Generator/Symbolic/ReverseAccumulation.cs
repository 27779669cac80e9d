using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Common;
using DiffGen.Generator.Functions;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Symbolic
{
    /// <summary>
    /// Reverse-mode differentiation (backpropagation) over the DAG: the adjoint of the output is 1,
    /// and each node, visited after every node that uses it, passes <c>adjoint · local partial</c>
    /// to each operand. Every node is visited once, so the gradient costs a small constant times
    /// the function, whatever the number of parameters. An adjoint of a named value is itself
    /// named (<c>error</c> → <c>dError</c>) so the emitted reverse sweep reads like the source backwards.
    /// </summary>
    internal sealed class GradientResult
    {
        public GradientResult(IReadOnlyList<Expr> partials, IReadOnlyDictionary<Expr, Expr> adjointOf, IReadOnlyDictionary<Expr, SortedSet<string>> rulesInto, IReadOnlyDictionary<Expr, List<AdjointRole>> roles, IReadOnlyCollection<Expr> namedByOperation)
        {
            Partials = partials;
            AdjointOf = adjointOf;
            NamedByOperation = namedByOperation;
            RulesInto = rulesInto;
            Roles = roles;
        }

        /// <summary>∂output/∂v for each variable, in order.</summary>
        public IReadOnlyList<Expr> Partials { get; }

        /// <summary>
        /// What the sweep's adjoints are scaled down by (<see cref="HalvedAdjoints"/>): each holds ∂output/∂v ÷ Scale, and
        /// each of <see cref="Partials"/> is Scale times the sweep's; 1 for most methods.
        /// </summary>
        public double Scale { get; init; } = 1;

        /// <summary>The partials are closed forms, not a reverse sweep's adjoints (see the emitter's <c>ClosedFormGradient</c>).</summary>
        public bool IsClosedForm { get; init; }

        /// <summary>For each adjoint that has a local (<c>dError</c>, <c>dSum</c>), the value it is the adjoint of (<c>error</c>, or an unnamed sum).</summary>
        public IReadOnlyDictionary<Expr, Expr> AdjointOf { get; }

        /// <summary>
        /// The adjoints of values the source did not name, named here only by their operation (<c>dSum</c>): the
        /// emitter names each after the value once that value's name is known (<c>dYMinusXSquared</c>).
        /// </summary>
        public IReadOnlyCollection<Expr> NamedByOperation { get; }

        /// <summary>For each value, the rules that carried adjoints into it ("product rule", "chain rule through sin"), for comments.</summary>
        public IReadOnlyDictionary<Expr, SortedSet<string>> RulesInto { get; }

        /// <summary>
        /// For each named adjoint, every place it stands as an adjoint: of which value, and on which
        /// branch (<c>dClipped</c> is ∂/∂clipped where the min takes clipped·advantage, and the same
        /// value −advantage is ∂/∂ratio where it takes ratio·advantage). Comments are made from these.
        /// </summary>
        public IReadOnlyDictionary<Expr, List<AdjointRole>> Roles { get; }

        /// <summary>The same gradient over a rewritten DAG (<see cref="SharedProducts"/>): every node it names replaced by what stands for it there.</summary>
        public GradientResult Mapped(System.Func<Expr, Expr> map)
        {
            // Two nodes the rewrite makes one (equal once their products are shared) keep the first's entries.
            var adjointOf = new Dictionary<Expr, Expr>();
            foreach (KeyValuePair<Expr, Expr> adjoint in AdjointOf)
            {
                AddFirst(adjointOf, map(adjoint.Key), map(adjoint.Value));
            }

            var rulesInto = new Dictionary<Expr, SortedSet<string>>();
            foreach (KeyValuePair<Expr, SortedSet<string>> rules in RulesInto)
            {
                AddFirst(rulesInto, map(rules.Key), rules.Value);
            }

            var roles = new Dictionary<Expr, List<AdjointRole>>();
            foreach (KeyValuePair<Expr, List<AdjointRole>> role in Roles)
            {
                AddFirst(roles, map(role.Key), role.Value.Select(r => new AdjointRole(map(r.Of), r.Branch.Select(t => new BranchTest((Condition)map(t.Test), t.Holds)).ToArray())).ToList());
            }

            return new GradientResult(Partials.Select(map).ToArray(), adjointOf, rulesInto, roles, NamedByOperation.Select(map).ToArray()) { Scale = Scale, IsClosedForm = IsClosedForm };
        }

        private static void AddFirst<TValue>(Dictionary<Expr, TValue> dictionary, Expr key, TValue value)
        {
            if (!dictionary.ContainsKey(key))
            {
                dictionary.Add(key, value);
            }
        }

        /// <summary>"by the product rule", "by the chain rule through exp and the sum rule"; empty when no rule applies.</summary>
        public string RulesText(Expr value)
        {
            if (!RulesInto.TryGetValue(value, out SortedSet<string>? rules) || rules.Count == 0)
            {
                return string.Empty;
            }

            var list = rules.ToList();
            string joined = list.Count == 1 ? list[0] : string.Join(", the ", list.Take(list.Count - 1)) + " and the " + list[list.Count - 1];
            return " by the " + joined;
        }
    }

    /// <summary>A choice's test and the side taken: the test holds, or it does not.</summary>
    internal readonly record struct BranchTest(Condition Test, bool Holds);

    /// <summary>A named adjoint's value is ∂output/∂<see cref="Of"/> where every test of <see cref="Branch"/> comes out as given.</summary>
    internal sealed record AdjointRole(Expr Of, IReadOnlyList<BranchTest> Branch);

    internal static class ReverseAccumulation
    {
        /// <summary>The adjoint (∂output/∂v) of each variable, zero where the output does not depend on it.</summary>
        public static GradientResult Gradient(ExprBuilder b, Expr output, IReadOnlyList<Symbol> variables, DependencyAnalysis dependencies)
        {
            var contributions = new Dictionary<Expr, List<Contribution>>();
            var adjoints = new Dictionary<Expr, Expr>();
            var adjointOf = new Dictionary<Expr, Expr>();
            var rulesInto = new Dictionary<Expr, SortedSet<string>>();
            var roles = new Dictionary<Expr, List<AdjointRole>>();
            var namedByOperation = new HashSet<Expr>();
            var infinite = new HashSet<Expr>(); // nodes whose adjoint may be infinite where their value is finite
            var rootInfinite = new HashSet<Expr>(); // of those, a root's argument (√′ at 0) and what makes it 0 by being 0
            double scale = HalvedAdjoints.Of(output, dependencies, variables.Count);
            contributions[output] = new List<Contribution> { new Contribution(b.One, b.Constant(1 / scale)) };

            List<Expr> order = TopologicalOrder.ConsumersFirst(output);
            var forward = new HashSet<Expr>(order);
            foreach (Expr node in order)
            {
                if (!contributions.TryGetValue(node, out List<Contribution>? parts) || !dependencies.DependsOnAny(node))
                {
                    continue;
                }

                Expr adjoint = AdjointSums.Total(b, parts);
                // An adjoint that is a value the forward sweep already has (∂(t·u)/∂t = u) keeps that value's name.
                bool alreadyComputed = forward.Contains(adjoint is Named { IsKept: true } kept ? kept.Value : adjoint);
                if (node is Named named && !alreadyComputed)
                {
                    adjoint = NameAdjoint(b, AdjointName(named.Name), adjoint, named, adjointOf, roles, NoBranch, ownNameOnly: true);
                }
                else if (!alreadyComputed && FeedsSeveralOperands(node, dependencies))
                {
                    // Keep an adjoint several operands read as one value (dSum, dExp ...): merged
                    // into each operand's product it would be computed once per operand.
                    string operationName = AdjointName(OperationName(node));
                    adjoint = NameAdjoint(b, operationName, adjoint, node, adjointOf, roles, NoBranch, ownNameOnly: false);
                    namedByOperation.UnionWith(adjointOf.Where(a => ReferenceEquals(a.Value, node) && a.Key is Named { Name: var given } && given == operationName).Select(a => a.Key));
                }

                adjoints[node] = adjoint;
                if (IsZero(adjoint))
                {
                    continue;
                }

                Propagate(b, node, adjoint, dependencies, contributions, rulesInto, infinite, rootInfinite);
            }

            AddRolesAsRead(adjointOf, roles);
            Expr[] partials = variables.Select(v => adjoints.TryGetValue(v, out Expr? a) ? b.Scale(scale, a) : b.Zero).ToArray();
            return new GradientResult(partials, adjointOf, rulesInto, roles, namedByOperation) { Scale = scale };
        }

        /// <summary>
        /// Names an adjoint. An adjoint that flows only along one branch (<c>c ? 0 : a</c>) is named
        /// inside that branch, so it and everything computed from it stay there: the reverse sweep
        /// of a branch not taken is never evaluated (0 · sin(r)/r at r = 0 would be NaN, not 0).
        /// </summary>
        /// <param name="branch">The tests of the choices this part of the adjoint sits in, each with the side taken.</param>
        private static Expr NameAdjoint(ExprBuilder b, string name, Expr adjoint, Expr value, Dictionary<Expr, Expr> adjointOf, Dictionary<Expr, List<AdjointRole>> roles, IReadOnlyList<BranchTest> branch, bool ownNameOnly)
        {
            if (adjoint is Select choice && (IsZero(choice.WhenTrue) || IsZero(choice.WhenFalse)))
            {
                Expr whenTrue = IsZero(choice.WhenTrue) ? choice.WhenTrue : NameAdjoint(b, name, choice.WhenTrue, value, adjointOf, roles, Extend(branch, choice.Test, true), ownNameOnly);
                Expr whenFalse = IsZero(choice.WhenFalse) ? choice.WhenFalse : NameAdjoint(b, name, choice.WhenFalse, value, adjointOf, roles, Extend(branch, choice.Test, false), ownNameOnly);
                return b.Select(choice.Test, whenTrue, whenFalse);
            }

            Expr named = b.Named(name, adjoint);
            bool registered = false;
            if (named is Named own && (own.Name == name || !ownNameOnly) && !adjointOf.ContainsKey(own))
            {
                adjointOf[own] = value;
                registered = true;
            }

            // A named adjoint is the adjoint of this value, on this branch: the comment says so. (Another
            // adjoint passed on unchanged on every branch, dYHat = dError, is left unsaid: it adds nothing.)
            if (named is Named adjointLocal && (registered || (branch.Count > 0 && adjointOf.ContainsKey(adjointLocal))))
            {
                if (!roles.TryGetValue(adjointLocal, out List<AdjointRole>? list))
                {
                    list = new List<AdjointRole>();
                    roles.Add(adjointLocal, list);
                }

                list.Add(new AdjointRole(value, branch));
            }

            return named;
        }

        /// <summary>
        /// An adjoint whose value, on one side of a choice, is the value another adjoint's local holds
        /// (<c>dRatio = t ? dClipped : …</c>, where both are −advantage) makes that local the adjoint
        /// of its value there too: the local's comment must say so, or it names only one of them.
        /// </summary>
        private static void AddRolesAsRead(Dictionary<Expr, Expr> adjointOf, Dictionary<Expr, List<AdjointRole>> roles)
        {
            var holderOf = new Dictionary<Expr, Named>();
            foreach (Named named in adjointOf.Keys.OfType<Named>())
            {
                if (!holderOf.ContainsKey(named.Value))
                {
                    holderOf.Add(named.Value, named);
                }
            }

            foreach (KeyValuePair<Expr, Expr> adjoint in adjointOf.Where(a => a.Key is Named).ToList())
            {
                Expr held = ((Named)adjoint.Key).Value;
                foreach ((Expr leaf, IReadOnlyList<BranchTest> branch) in Leaves(held, NoBranch))
                {
                    Expr value = leaf is Named n && adjointOf.ContainsKey(n) ? n.Value : leaf;
                    if (branch.Count > 0 && value != held && holderOf.TryGetValue(value, out Named? holder) && roles.TryGetValue(holder, out List<AdjointRole>? list))
                    {
                        list.Add(new AdjointRole(adjoint.Value, branch));
                    }
                }
            }
        }

        /// <summary>The values a nest of choices ends in, other than zero, each with the branch that leads to it.</summary>
        private static IEnumerable<(Expr Leaf, IReadOnlyList<BranchTest> Branch)> Leaves(Expr e, IReadOnlyList<BranchTest> branch)
        {
            if (e is Select choice)
            {
                return Leaves(choice.WhenTrue, Extend(branch, choice.Test, true)).Concat(Leaves(choice.WhenFalse, Extend(branch, choice.Test, false)));
            }

            return IsZero(e) ? Enumerable.Empty<(Expr, IReadOnlyList<BranchTest>)>() : new[] { (e, branch) };
        }

        private static readonly IReadOnlyList<BranchTest> NoBranch = System.Array.Empty<BranchTest>();

        private static IReadOnlyList<BranchTest> Extend(IReadOnlyList<BranchTest> branch, Condition test, bool holds) =>
            branch.Concat(new[] { new BranchTest(test, holds) }).ToArray();

        /// <summary>The adjoint's name: <c>d</c> and the value's name with its first letter upper-cased.</summary>
        public static string AdjointName(string name) => "d" + Identifiers.Capitalize(name);

        /// <summary>The differentiation rule a node's local partials come from; null for a name, which passes its adjoint on unchanged.</summary>
        private static string? RuleName(Expr node) => node switch
        {
            Sum => "sum rule",
            Product { Factors.Count: 1 } power => power.Factors[0].Exponent switch
            {
                1 => "constant multiple rule",
                -1 => "quotient rule",
                _ => "power rule",
            },
            Product product => product.Factors.Any(f => f.Exponent < 0) ? "quotient rule" : "product rule",
            FunctionCall call => "chain rule through " + ElementaryFunctions.Row(call.Function).MathName,
            Select => "choice of branch",
            Invocation call => "chain rule through " + call.Target.Callee,
            _ => null,
        };

        private static bool FeedsSeveralOperands(Expr node, DependencyAnalysis dependencies)
        {
            int count = 0;
            foreach (Expr child in node.Children)
            {
                if (dependencies.DependsOnAny(child))
                {
                    count++;
                }
            }

            return count > 1 && !(node is Select);
        }

        /// <summary>What to call an unnamed node's adjoint after: its operation (<c>dSum</c>, <c>dProduct</c>, <c>dAtan2</c>).</summary>
        private static string OperationName(Expr node) => node switch
        {
            Sum => "sum",
            Product => "product",
            FunctionCall call => call.Function.ToString(),
            Invocation call => call.Target.Callee,
            _ => "value",
        };

        /// <param name="infinite">
        /// The nodes whose adjoint may be infinite where their value is finite: one a partial that divides by more than its
        /// consumer reaches (√u′ at u = 0), and those such an adjoint flows into. Grown here as the adjoints are passed down.
        /// </param>
        /// <param name="rootInfinite">
        /// Of those, the arguments of roots, whose adjoint a root's partial may make infinite (<see cref="Denominators.InfiniteWhereFinite"/>):
        /// a term is 0 where the adjoint or the local partial it meets is exactly 0, so that √(p·x) at p = 0 and w·∛x at w = 0
        /// pass 0, not 0·∞. Only the root's own argument is tested, and what makes it 0 by being 0 (u in max(u, 0)), not every
        /// value the infinite adjoint flows into.
        /// </param>
        private static void Propagate(ExprBuilder b, Expr node, Expr adjoint, DependencyAnalysis dependencies, Dictionary<Expr, List<Contribution>> contributions, Dictionary<Expr, SortedSet<string>> rulesInto, HashSet<Expr> infinite, HashSet<Expr> rootInfinite)
        {
            string? rule = RuleName(node);
            void Pass(Expr operand, Expr localPartial, IReadOnlyList<Expr>? through = null, bool guarded = false)
            {
                if (!dependencies.DependsOnAny(operand) || IsZero(localPartial))
                {
                    return;
                }

                if (infinite.Contains(node) || Denominators.DividesByMoreThan(localPartial, node))
                {
                    infinite.Add(operand);
                }

                bool rootLike = Denominators.InfiniteWhereFinite(localPartial, node);
                bool meetsInfinite = rootInfinite.Contains(node);
                if (rootLike || (meetsInfinite && Denominators.ZeroMakesZero(operand, node)))
                {
                    // The root's argument, and what makes it 0 by being 0 (u in max(u, 0), p in p·x).
                    rootInfinite.Add(operand);
                }

                // Tested only where the 0 does not vary with what the operand varies with (p in p·x, not 3·x² in x³): a 0 at a point
                // only may meet the infinity with any limit (∛(x³)′ = 1 at 0).
                guarded |= meetsInfinite && !(localPartial is Constant) && Denominators.ZeroMakesZero(localPartial, node) && !dependencies.ShareAVariable(localPartial, operand);

                if (!contributions.TryGetValue(operand, out List<Contribution>? list))
                {
                    list = new List<Contribution>();
                    contributions.Add(operand, list);
                }

                list.Add(new Contribution(adjoint, localPartial, guarded, adjointTested: rootLike && !guarded && !(adjoint is Constant) && !dependencies.ShareAVariable(adjoint, operand)));
                if (!rulesInto.TryGetValue(operand, out SortedSet<string>? rules))
                {
                    rules = new SortedSet<string>(System.StringComparer.Ordinal);
                    rulesInto.Add(operand, rules);
                }

                if (rule != null)
                {
                    rules.Add(rule);
                }

                // A partial that reaches past some nodes (σ′ = σ·(1 − σ), past the sum and the exp) applies their rules too.
                foreach (Expr step in through ?? System.Array.Empty<Expr>())
                {
                    if (RuleName(step) is string stepRule)
                    {
                        rules.Add(stepRule);
                    }
                }

                // An adjoint with no local of its own is folded into this one: so are the rules that made it.
                if (!(adjoint is Named) && rulesInto.TryGetValue(node, out SortedSet<string>? inherited))
                {
                    rules.UnionWith(inherited);
                }
            }

            switch (node)
            {
                case Sum sum:
                    foreach (SumTerm term in sum.Terms)
                    {
                        Pass(term.Term, b.Constant(term.Coefficient));
                    }

                    break;
                case Product product:
                    foreach (LocalPartial partial in LocalPartials.OfProduct(b, product))
                    {
                        Pass(partial.Operand, InfiniteFactors.FiniteOnly(b, product, partial.Operand, partial.Value, null), partial.Through);
                    }

                    break;
                case FunctionCall call:
                    foreach (LocalPartial partial in LocalPartials.OfCall(b, call))
                    {
                        Pass(partial.Operand, InfiniteFactors.FiniteOnly(b, call, partial.Operand, partial.Value, null));
                    }

                    break;
                case Select select:
                    // The condition is evaluated, not differentiated: the adjoint flows into the branch taken.
                    Pass(select.WhenTrue, b.Select(select.Test, b.One, b.Zero));
                    Pass(select.WhenFalse, b.Select(select.Test, b.Zero, b.One));
                    break;
                case Named named:
                    Pass(named.Value, b.One);
                    break;
                case Invocation call:
                    for (int i = 0; i < call.Target.Parameters.Count; i++)
                    {
                        CallParameter parameter = call.Target.Parameters[i];
                        if (parameter.Operand >= 0 && parameter.HasDerivative)
                        {
                            Pass(call.Arguments[parameter.Operand], b.InvocationPartial(call, i), guarded: infinite.Contains(node));
                        }
                    }

                    break;
            }
        }

        private static bool IsZero(Expr e) => e is Constant c && c.Value == 0;
    }
}
