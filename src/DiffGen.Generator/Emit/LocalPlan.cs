using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Symbolic;

namespace DiffGen.Generator.Emit
{
    /// <summary>
    /// Common-subexpression elimination at emission: decides which nodes of the DAG get a local
    /// (every named value, every nontrivial node used more than once) and what each local is
    /// called, and lists them in an order where each comes after the locals it reads.
    /// A named value and the unnamed node it wraps are one local: <c>var a = Math.Sin(x * y)</c>
    /// and a later bare <c>Math.Sin(x * y)</c> share <c>a</c>.
    /// </summary>
    internal sealed class LocalPlan
    {
        private readonly Dictionary<Expr, string> names = new Dictionary<Expr, string>();

        private LocalPlan(List<Expr> locals)
        {
            Locals = locals;
        }

        /// <summary>The nodes that get a local, operands first; a named value is listed by the node it wraps.</summary>
        public IReadOnlyList<Expr> Locals { get; }

        public string? NameOf(Expr e) => names.TryGetValue(Representative(e), out string? name) ? name : null;

        /// <summary>Plans the locals needed to compute <paramref name="roots"/>; <paramref name="forced"/> nodes always get one, with the name given.</summary>
        /// <param name="adjointOf">For the gradient: each adjoint and the value it belongs to, so that the adjoint of
        /// the source local the plan calls <c>s2</c> is called <c>dS2</c> (an unnamed value's adjoint keeps its own name, dSum).</param>
        /// <param name="required">Nodes that need a local whatever their uses: the choices an <c>if</c> statement assigns.</param>
        /// <param name="suggested">Names for nodes, should they get a local.</param>
        /// <param name="namedByOperation">Adjoints the gradient could name only by their operation (dSum): each is named after its value instead.</param>
        /// <param name="namedAfter">Locals named after all the others but the adjoints named after their values: values an if writes straight into another local, whose names nothing prints.</param>
        public static LocalPlan Create(
            IReadOnlyList<Expr> roots,
            NameAllocator allocator,
            IReadOnlyDictionary<Expr, string>? forced = null,
            IReadOnlyDictionary<Expr, Expr>? adjointOf = null,
            IReadOnlyCollection<Expr>? required = null,
            IReadOnlyDictionary<Expr, string>? suggested = null,
            IReadOnlyCollection<Expr>? namedByOperation = null,
            IReadOnlyCollection<Expr>? namedAfter = null)
        {
            var primalOf = new Dictionary<Expr, Expr>();
            if (adjointOf != null)
            {
                foreach (KeyValuePair<Expr, Expr> pair in adjointOf)
                {
                    primalOf[Representative(pair.Key)] = pair.Value;
                }
            }

            List<Expr> order = TopologicalOrder.OperandsFirst(roots);
            var uses = new Dictionary<Expr, int>();
            var wrapperName = new Dictionary<Expr, string>();
            void Use(Expr e, int times)
            {
                Expr representative = Representative(e);
                uses[representative] = (uses.TryGetValue(representative, out int n) ? n : 0) + times;
            }

            foreach (Expr root in roots)
            {
                Use(root, 1);
            }

            foreach (Expr node in order)
            {
                switch (node)
                {
                    case Named named:
                        // The wrapper is the value itself, not a use of it; the first name wins. A kept
                        // forward value has no name: its value gets a local as any other node does.
                        if (!named.IsKept && !wrapperName.ContainsKey(named.Value))
                        {
                            wrapperName.Add(named.Value, named.Name);
                        }

                        break;
                    case Product product:
                        // x² prints as x * x: a square reads its base twice.
                        foreach (Factor factor in product.Factors)
                        {
                            double power = System.Math.Abs(factor.Exponent);
                            Use(factor.Base, power == 2 || power == 3 ? (int)power : 1);
                        }

                        break;
                    default:
                        foreach (Expr child in node.Children)
                        {
                            Use(child, 1);
                        }

                        break;
                }
            }

            bool IsForced(Expr e) => (forced != null && forced.ContainsKey(e)) || (required != null && required.Contains(e));
            // Constants first: they depend on nothing; then the others, operands first.
            var locals = new List<Expr>();
            var computed = new List<Expr>();
            foreach (Expr n in order)
            {
                if (!(n is Named) && !(n is Condition)
                    && (IsForced(n) || (!n.IsLeaf && (wrapperName.ContainsKey(n) || (uses.TryGetValue(n, out int u) && u > 1 && !IsCheap(n))))))
                {
                    (n.IsLeaf ? locals : computed).Add(n);
                }
            }

            locals.AddRange(computed);
            var plan = new LocalPlan(locals);

            // An adjoint named by its operation is named after its value instead, so that value's name must be known first.
            var renamed = new HashSet<Expr>();
            if (namedByOperation != null)
            {
                foreach (Expr e in namedByOperation)
                {
                    renamed.Add(Representative(e));
                }
            }

            // Names the source gives (its locals, given or suggested names) are handed out before the ones made up
            // (ySquared for a shared y·y), so a made-up name that is the source's is the one that gets a number.
            bool SourceNamed(Expr e) => (forced != null && forced.ContainsKey(e)) || (suggested != null && suggested.ContainsKey(e)) || wrapperName.ContainsKey(e);
            var naming = new List<Expr>(locals.Count);
            var madeUp = new List<Expr>();
            var namedLast = new List<Expr>();
            var unprinted = new List<Expr>();
            var after = namedAfter == null ? new HashSet<Expr>() : new HashSet<Expr>(namedAfter.Select(Representative));
            foreach (Expr l in locals)
            {
                (renamed.Contains(l) ? namedLast : after.Contains(l) ? unprinted : SourceNamed(l) ? naming : madeUp).Add(l);
            }

            naming.AddRange(madeUp);
            naming.AddRange(unprinted);
            naming.AddRange(namedLast);
            foreach (Expr local in naming)
            {
                string preferred = forced != null && forced.TryGetValue(local, out string? given) ? given
                    : suggested != null && suggested.TryGetValue(local, out string? suggestion) ? suggestion
                    : renamed.Contains(local) && primalOf.TryGetValue(local, out Expr? value) ? AdjointName(value, plan.NameOf, wrapperName.TryGetValue(local, out string? operation) ? operation : null)
                    : primalOf.TryGetValue(local, out Expr? primal) && primal is Named && plan.NameOf(primal) is string primalName ? ReverseAccumulation.AdjointName(primalName)
                    : wrapperName.TryGetValue(local, out string? source) ? source
                    : TemporaryNames.Suggest(local, plan.NameOf);
                plan.names[local] = allocator.Allocate(preferred);
            }

            return plan;
        }

        /// <summary>
        /// What an adjoint of an unnamed value is called: <c>d</c> and the plan's name for the value
        /// (<c>dYMinusXSquared</c> for y − x²) or what describes it; only a value nothing describes keeps the
        /// name of its operation (<paramref name="operation"/>: <c>dSum</c>).
        /// </summary>
        private static string AdjointName(Expr primal, System.Func<Expr, string?> nameOf, string? operation)
        {
            string? valueName = nameOf(primal) ?? ValueNames.Describe(primal, nameOf);
            return valueName != null ? ReverseAccumulation.AdjointName(valueName) : operation ?? ReverseAccumulation.AdjointName(TemporaryNames.Suggest(primal, nameOf));
        }

        /// <summary>The node a local holds for <paramref name="e"/>: a named value is represented by what it wraps.</summary>
        public static Expr Representative(Expr e) => e is Named named ? named.Value : e;

        /// <summary>
        /// Leaves and negated leaves cost nothing to repeat, nor does arithmetic of numbers and named constants, which the C#
        /// compiler folds (<c>k * k</c> of a <c>const</c> k). Such a local would be a constant that a source form may print
        /// around (<c>MathF.FusedMultiplyAdd(k, k, 1f)</c>), left unread: CS0219, an error where warnings are.
        /// </summary>
        private static bool IsCheap(Expr e) =>
            e.IsLeaf || (e is Product p && p.Factors.Count == 1 && p.Factors[0].Exponent == 1 && p.Factors[0].Base.IsLeaf && System.Math.Abs(p.Coefficient) == 1) || IsFoldedByCompiler(e);

        /// <summary>Numbers and named constants joined by <c>+</c>, <c>-</c>, <c>*</c> and <c>/</c> (small whole powers print as products): a C# constant expression.</summary>
        private static bool IsFoldedByCompiler(Expr e) => e switch
        {
            Constant => true,
            Symbol symbol => symbol.ConstantValue != null,
            Sum sum => sum.Terms.All(t => IsFoldedByCompiler(t.Term)),
            Product product => product.Factors.All(f => f.Exponent == System.Math.Round(f.Exponent) && System.Math.Abs(f.Exponent) <= 3 && IsFoldedByCompiler(f.Base)),
            _ => false,
        };
    }
}
