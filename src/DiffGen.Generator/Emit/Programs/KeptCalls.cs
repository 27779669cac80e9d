using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Common;
using DiffGen.Generator.Functions;
using DiffGen.Generator.Symbolic;

namespace DiffGen.Generator.Emit.Programs
{
    /// <summary>
    /// A statement's value as the arms of its choice: <c>t ? a : b</c> is an arm per side (a choice inside a side splits
    /// it again), anything else one arm. Each arm computes its own value whenever it runs.
    /// </summary>
    internal sealed class Arm
    {
        private Arm(Expr value, IReadOnlyList<PathTest> path, Condition? test, Arm? whenTrue, Arm? whenFalse)
        {
            Value = value;
            Path = path;
            Test = test;
            WhenTrue = whenTrue;
            WhenFalse = whenFalse;
        }

        /// <summary>What the arm computes (for a choice, the whole choice).</summary>
        public Expr Value { get; }

        /// <summary>The tests that hold where the arm runs.</summary>
        public IReadOnlyList<PathTest> Path { get; }

        /// <summary>For a choice: its test; null for an arm that computes its value.</summary>
        public Condition? Test { get; }

        public Arm? WhenTrue { get; }

        public Arm? WhenFalse { get; }

        /// <summary>The costly calls this arm keeps in locals, in the order they are computed (operands first); for the root of a choice, those every arm makes, made before it.</summary>
        public List<FunctionCall> Kept { get; } = new List<FunctionCall>();

        public static Arm Of(Expr value, IReadOnlyList<PathTest> path) => value is Select { Test.Op: not (Ir.ConditionOp.True or Ir.ConditionOp.False) } choice
            ? new Arm(value, path, choice.Test, Of(choice.WhenTrue, path.Append(new PathTest(choice.Test, true)).ToList()), Of(choice.WhenFalse, path.Append(new PathTest(choice.Test, false)).ToList()))
            : new Arm(value, path, null, null, null);

        /// <summary>The arms that compute values, in source order.</summary>
        public IEnumerable<Arm> Leaves() => Test == null ? new[] { this } : WhenTrue!.Leaves().Concat(WhenFalse!.Leaves());
    }

    /// <summary>
    /// The costly calls (the function table's <c>IsCostly</c>: exp, ln, tanh, ...) that a statement's value computes and its
    /// derivative reads again, each computed once into a local, in the arm of the statement's choice that computes it
    /// (<c>softplus = z ≥ 0 ? z + ln(1 + exp(−z)) : ln(1 + exp(z))</c>: <c>expMinusZ</c> in the first arm, <c>expZ</c> in the
    /// second), and read by name wherever the derivative reads it under that arm's tests. Nothing of an arm not taken
    /// is computed: where the arm's tests do not hold, its locals keep 0 and nothing reads them.
    /// </summary>
    internal sealed class KeptCalls
    {
        private readonly Dictionary<Expr, (string Local, List<IReadOnlyList<PathTest>> Paths)> kept;

        private KeptCalls(Arm root, Dictionary<Expr, (string, List<IReadOnlyList<PathTest>>)> kept)
        {
            Root = root;
            this.kept = kept;
        }

        /// <summary>The statement's value as arms, each with the calls it keeps.</summary>
        public Arm Root { get; }

        /// <summary>Whether the value is a choice, written as an <c>if</c>.</summary>
        public bool IsChoice => Root.Test != null;

        /// <summary>The local holding a kept call, wherever the arms that compute it have run; null for any other node.</summary>
        public string? LocalOf(Expr e) => kept.TryGetValue(e, out var value) ? value.Local : null;

        /// <summary>The locals of the calls kept in the choice's arms (not those made before it), in the order first computed.</summary>
        public IEnumerable<string> ArmLocals => kept.Where(k => !Root.Kept.Contains(k.Key)).Select(k => k.Value.Local);

        /// <summary>
        /// The costly calls of <paramref name="value"/> that <paramref name="derivatives"/> read again, each only where an
        /// arm computing it has run; null when there are none. <paramref name="name"/> names each call's local.
        /// </summary>
        public static KeptCalls? Find(Expr value, IEnumerable<Expr> derivatives, ExprBuilder b, System.Func<FunctionCall, string> name)
        {
            Arm root = Arm.Of(value, new List<PathTest>());
            var computedIn = new Dictionary<Expr, List<Arm>>();
            foreach (Arm arm in root.Leaves())
            {
                // Calls the arm computes whenever it runs: not those under a choice or a test of its own.
                foreach ((Expr node, IReadOnlyList<PathTest> path) in ChoicePaths.Walk(arm.Value))
                {
                    if (path.Count == 0 && node is FunctionCall call && ElementaryFunctions.Row(call.Function).IsCostly)
                    {
                        if (!computedIn.TryGetValue(call, out List<Arm>? arms))
                        {
                            computedIn.Add(call, arms = new List<Arm>());
                        }

                        if (!arms.Contains(arm))
                        {
                            arms.Add(arm);
                        }
                    }
                }
            }

            if (computedIn.Count == 0)
            {
                return null;
            }

            // A call is kept when the derivatives read it, and read it only where an arm computing it has run.
            var readUnder = new Dictionary<Expr, bool>();
            foreach (Expr derivative in derivatives)
            {
                foreach ((Expr node, IReadOnlyList<PathTest> path) in ChoicePaths.Walk(derivative))
                {
                    if (computedIn.TryGetValue(node, out List<Arm>? arms))
                    {
                        bool covered = arms.Any(a => ChoicePaths.Implies(path, a.Path, b));
                        readUnder[node] = (!readUnder.TryGetValue(node, out bool before) || before) && covered;
                    }
                }
            }

            var kept = new Dictionary<Expr, (string, List<IReadOnlyList<PathTest>>)>();
            int leaves = root.Leaves().Count();
            foreach (Expr call in TopologicalOrder.OperandsFirst(root.Leaves().Select(a => a.Value), _ => false).Where(e => readUnder.TryGetValue(e, out bool ok) && ok))
            {
                // A call every arm makes is made whatever the tests say: once, before the choice.
                List<Arm> arms = computedIn[call].Count == leaves ? new List<Arm> { root } : computedIn[call];
                kept.Add(call, (name((FunctionCall)call), arms.Select(a => a.Path).ToList()));
                foreach (Arm arm in arms)
                {
                    arm.Kept.Add((FunctionCall)call);
                }
            }

            return kept.Count == 0 ? null : new KeptCalls(root, kept);
        }

        /// <summary>
        /// The locals an expression printed after the arms may read for kept calls: a call is read by name only if every
        /// read of it in <paramref name="printed"/> is under the tests of an arm that computed it (elsewhere it holds 0).
        /// </summary>
        public System.Func<Expr, string?> NamingIn(IEnumerable<Expr> printed, ExprBuilder b)
        {
            var valid = new HashSet<Expr>(kept.Keys);
            foreach (Expr root in printed)
            {
                foreach ((Expr node, IReadOnlyList<PathTest> path) in ChoicePaths.Walk(root))
                {
                    if (valid.Contains(node) && !kept[node].Paths.Any(p => ChoicePaths.Implies(path, p, b)))
                    {
                        valid.Remove(node);
                    }
                }
            }

            return e => valid.Contains(e) ? kept[e].Local : null;
        }

        /// <summary>
        /// A name saying what the call holds: <c>expZ</c>, <c>expMinusZ</c> for exp(−z), <c>expOneMinusZ</c>, <c>expOfNegated</c> for
        /// exp(−a·x[i]); the function's own name (<c>exp</c>) when its argument has no short description.
        /// </summary>
        public static string Describe(FunctionCall call)
        {
            if (ValueNames.Describe(call, _ => null) is string described)
            {
                return described;
            }

            string function = ElementaryFunctions.Row(call.Function).Name.ToLowerInvariant();
            if (call.Arguments.Count == 1 && ValueNames.Describe(call.Arguments[0], _ => null) is string argument)
            {
                // exp(1 − z): expOneMinusZ.
                return function + Identifiers.Capitalize(argument);
            }

            if (call.Arguments.Count == 1 && call.Arguments[0] is Product { Coefficient: < 0 } negated)
            {
                // exp(−z): expMinusZ; exp(−a·x[i]): expOfNegated, apart from exp(a·x[i]) in the other arm.
                return negated.Coefficient == -1 && negated.Factors.Count == 1 && negated.Factors[0].Exponent == 1 && ValueNames.SimpleName(negated.Factors[0].Base, _ => null) is string operand
                    ? function + "Minus" + Identifiers.Capitalize(operand)
                    : function + "OfNegated";
            }

            return function;
        }
    }
}
