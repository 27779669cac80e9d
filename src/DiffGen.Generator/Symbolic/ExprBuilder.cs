using System;
using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Functions;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Symbolic
{
    /// <summary>
    /// Creates every node of one expression DAG. Each constructor simplifies as it builds
    /// (constant folding, 0 and 1 identities, like terms, powers of a common base) and returns the
    /// existing node for a structurally equal expression. One builder serves one method; it is
    /// not thread-safe and holds no global state.
    /// </summary>
    internal sealed partial class ExprBuilder
    {
        private readonly Dictionary<NodeKey, Expr> interned = new Dictionary<NodeKey, Expr>();
        private readonly Dictionary<Expr, Expr> firstName = new Dictionary<Expr, Expr>();
        private readonly ClosedValues closed = new ClosedValues();
        private readonly Dictionary<Expr, Condition> guards = new Dictionary<Expr, Condition>();
        private int nextId;

        public ExprBuilder()
        {
            Zero = Constant(0);
            One = Constant(1);
        }

        public Expr Zero { get; }

        public Expr One { get; }

        public Expr Constant(double value)
        {
            value = value == 0 ? 0 : value;
            var key = new NodeKey(ExprKind.Constant, value, 0, string.Empty, Array.Empty<int>(), Array.Empty<long>());
            return interned.TryGetValue(key, out Expr? existing) ? existing : Register(key, new Constant(nextId++, value));
        }

        /// <summary>A value read but not computed: a parameter, a field, or a named constant such as ln 10.</summary>
        /// <param name="reads">The locals <paramref name="code"/> reads, for generated code that tracks them (see <see cref="Symbolic.Symbol.Reads"/>).</param>
        /// <param name="written">The value as the source writes it, for comments (see <see cref="Symbolic.Symbol.Written"/>).</param>
        public Expr Symbol(string key, string code, double? constantValue = null, string? mathText = null, IReadOnlyList<string>? reads = null, string? written = null)
        {
            var nodeKey = new NodeKey(ExprKind.Symbol, 0, 0, key, Array.Empty<int>(), Array.Empty<long>());
            return Intern(nodeKey, id => new Symbol(id, key, code, constantValue, mathText ?? key, reads, written));
        }

        /// <summary>
        /// A named constant of the source (<c>const double g = 9.81</c>): printed through <paramref name="code"/>, or as its
        /// literal when that is empty; keyed by its name and value, so two constants of one name and different values stay two.
        /// </summary>
        public Expr NamedConstant(string name, double value, string code, IReadOnlyList<string>? reads = null, string? written = null)
        {
            string key = "const " + name + " = " + value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
            var nodeKey = new NodeKey(ExprKind.Symbol, 0, 0, key, Array.Empty<int>(), Array.Empty<long>());
            return Intern(nodeKey, id => new Symbol(id, key, code, value, name, reads, written, isNamedConstant: true));
        }

        /// <summary>The number <paramref name="e"/> stands for when it reads no variable (named constants such as π included), else null.</summary>
        public double? ClosedValue(Expr e) => closed.ValueOf(e);

        public Expr Add(Expr a, Expr b) => Sum(0, new[] { new SumTerm(1, a), new SumTerm(1, b) });

        public Expr Subtract(Expr a, Expr b) => Sum(0, new[] { new SumTerm(1, a), new SumTerm(-1, b) });

        public Expr Negate(Expr a) => Scale(-1, a);

        public Expr Scale(double coefficient, Expr a) => Product(coefficient, new[] { new Factor(a, 1) });

        public Expr Multiply(Expr a, Expr b) => Product(1, new[] { new Factor(a, 1), new Factor(b, 1) });

        public Expr Multiply(params Expr[] factors) => Product(1, factors.Select(f => new Factor(f, 1)));

        public Expr Divide(Expr a, Expr b) => Product(1, new[] { new Factor(a, 1), new Factor(b, -1) });

        public Expr Power(Expr a, double exponent) => Product(1, new[] { new Factor(a, exponent) });

        public Expr Reciprocal(Expr a) => Power(a, -1);

        public Expr Square(Expr a) => Power(a, 2);

        /// <summary><c>a^b</c>: a power of the product form when the exponent is constant, <c>pow(a, b)</c> otherwise.</summary>
        public Expr Pow(Expr a, Expr b)
        {
            if (b is Constant exponent)
            {
                return Power(a, exponent.Value);
            }

            return Call(ElementaryFunction.Pow, a, b);
        }

        public Expr Call(ElementaryFunction function, params Expr[] arguments)
        {
            FunctionRow rule = ElementaryFunctions.Row(function);
            if (rule.Evaluate != null && arguments.All(a => a is Constant))
            {
                double[] values = arguments.Select(a => ((Constant)a).Value).ToArray();
                return Constant(rule.Evaluate(values));
            }

            return WrittenCall(function, arguments);
        }

        /// <summary>
        /// The call as it stands, never folded: <see cref="Call"/> once constant arguments are ruled out, and a call the source
        /// makes with constant arguments (<c>Math.Log(2)</c>, <c>Math.Sqrt(2)</c>), kept as written instead of a decimal: code and
        /// formulas show it as the source does, its value is still known (<see cref="ClosedValue"/>) and its derivative is zero.
        /// </summary>
        public Expr WrittenCall(ElementaryFunction function, params Expr[] arguments)
        {
            var key = new NodeKey(ExprKind.Function, 0, (int)function, string.Empty, arguments.Select(a => a.Id).ToArray(), new long[arguments.Length]);
            return Intern(key, id => new FunctionCall(id, function, arguments));
        }

        /// <summary><c>left cmp right ? whenTrue : whenFalse</c>: a choice by one comparison, as the kinks of max and min make.</summary>
        public Expr Select(ConditionOp comparison, Expr left, Expr right, Expr whenTrue, Expr whenFalse) =>
            Select(Compare(comparison, left, right), whenTrue, whenFalse);

        /// <summary>
        /// <c>tested != 0 ? value : 0</c>: a term that adds nothing where the derivative it carries is exactly 0, even where
        /// a factor of it is infinite (0·∞ would be NaN): a clamped part under √, a callee's partial where it clamps.
        /// </summary>
        /// <remarks>A product is tested without its number (<c>o != 0</c>, not <c>2 * o != 0</c>): the same test, as the source would write it.</remarks>
        public Expr UnlessZero(Expr tested, Expr value) =>
            Select(ConditionOp.NotEqual, tested is Product { Coefficient: not 1 and not 0 } scaled && scaled.Factors.Count > 0 ? Product(1, scaled.Factors) : tested, Zero, value, Zero);

        /// <summary>
        /// <paramref name="leaf"/> applied inside each branch of the choices <paramref name="choices"/> makes (of itself, if
        /// it is none), so that what the leaf computes is computed only where its branch is taken.
        /// </summary>
        public Expr InEachChoice(Expr choices, Func<Expr, Expr> leaf) =>
            choices is Select choice ? Select(choice.Test, InEachChoice(choice.WhenTrue, leaf), InEachChoice(choice.WhenFalse, leaf)) : leaf(choices);

        /// <summary>
        /// <c>test ? whenTrue : whenFalse</c>, folded when both branches agree or the test is constant;
        /// a branch that chooses again by a test the side decides (the same test, or one side of an
        /// <c>&amp;&amp;</c> that holds or of an <c>||</c> that fails) is replaced by the side it would take.
        /// </summary>
        public Expr Select(Condition test, Expr whenTrue, Expr whenFalse)
        {
            while (whenTrue is Select innerTrue && Decides(test, true, innerTrue.Test) is bool trueSide)
            {
                whenTrue = trueSide ? innerTrue.WhenTrue : innerTrue.WhenFalse;
            }

            while (whenFalse is Select innerFalse && Decides(test, false, innerFalse.Test) is bool falseSide)
            {
                whenFalse = falseSide ? innerFalse.WhenTrue : innerFalse.WhenFalse;
            }

            if (ReferenceEquals(whenTrue, whenFalse) || test.Op == ConditionOp.True)
            {
                return whenTrue;
            }

            if (test.Op == ConditionOp.False)
            {
                return whenFalse;
            }

            // Both sides choose again by one test, with a zero on the same side (c ? (t ? 0 : a) : (t ? 0 : b), the rule of a
            // clamp times the adjoint of a return the method may not reach): the test goes outside, t ? 0 : (c ? a : b). The
            // zero is then the whole value's, so the reverse sweep computes a and b, and what they multiply, only where t
            // fails; otherwise 0 times a value of the branch not taken (1/sinh(acosh(u)) with u < 1: NaN) would be NaN.
            if (whenTrue is Select again && whenFalse is Select againToo && ReferenceEquals(again.Test, againToo.Test))
            {
                if (again.WhenTrue is Constant { Value: 0 } && againToo.WhenTrue is Constant { Value: 0 })
                {
                    return Select(again.Test, again.WhenTrue, Select(test, again.WhenFalse, againToo.WhenFalse));
                }

                if (again.WhenFalse is Constant { Value: 0 } && againToo.WhenFalse is Constant { Value: 0 })
                {
                    return Select(again.Test, Select(test, again.WhenTrue, againToo.WhenTrue), again.WhenFalse);
                }
            }

            var key = new NodeKey(ExprKind.Select, 0, 0, string.Empty, new[] { test.Id, whenTrue.Id, whenFalse.Id }, new long[3]);
            return Intern(key, id => new Select(id, test, whenTrue, whenFalse));
        }

        /// <summary>What <paramref name="inner"/> comes out as wherever <paramref name="test"/> comes out <paramref name="holds"/>, if that decides it.</summary>
        private static bool? Decides(Condition test, bool holds, Condition inner)
        {
            if (ReferenceEquals(test, inner))
            {
                return holds;
            }

            var known = new Dictionary<Condition, bool?>();
            foreach ((Condition implied, bool side) in test.Implied(holds))
            {
                known[implied] = side;
            }

            return Evaluate(known, inner);
        }

        /// <summary>The test's value from the known ones (a &amp;&amp; c fails when either does, a || c holds when either does), or null; each test's answer is kept.</summary>
        private static bool? Evaluate(Dictionary<Condition, bool?> known, Condition test)
        {
            if (known.TryGetValue(test, out bool? value))
            {
                return value;
            }

            switch (test.Op)
            {
                case ConditionOp.Not:
                    value = !Evaluate(known, (Condition)test.Children[0]);
                    break;
                case ConditionOp.And:
                case ConditionOp.Or:
                    bool and = test.Op == ConditionOp.And;
                    bool? left = Evaluate(known, (Condition)test.Children[0]);
                    bool? right = left == !and ? left : Evaluate(known, (Condition)test.Children[1]);
                    value = left == !and || right == !and ? !and : left == and && right == and ? and : null;
                    break;
            }

            known[test] = value;
            return value;
        }

        public Condition Truth(bool value) => Test(value ? ConditionOp.True : ConditionOp.False);

        /// <summary>
        /// <c>left op right</c> for a comparison op, decided here when both sides read no variable (<c>−π ≥ 0.25</c>
        /// is false) or are the same value (<c>u ≥ u</c> is true, <c>u &gt; u</c> false: algebra on real numbers, as
        /// <c>u − u</c> is 0), so generated code never tests a constant.
        /// </summary>
        public Condition Compare(ConditionOp comparison, Expr left, Expr right)
        {
            if (closed.ValueOf(left) is double l && closed.ValueOf(right) is double r)
            {
                return Truth(comparison switch
                {
                    ConditionOp.GreaterOrEqual => l >= r,
                    ConditionOp.LessOrEqual => l <= r,
                    ConditionOp.Greater => l > r,
                    ConditionOp.Less => l < r,
                    ConditionOp.Equal => l == r,
                    ConditionOp.NotEqual => l != r,
                    _ => throw new ArgumentOutOfRangeException(nameof(comparison)),
                });
            }

            // A value compared with itself, under a local's name on one side (c = F(x); c >= F(x)): the same node.
            if (ReferenceEquals(left is Named l0 ? l0.Value : left, right is Named r0 ? r0.Value : right))
            {
                return Truth(comparison == ConditionOp.GreaterOrEqual || comparison == ConditionOp.LessOrEqual || comparison == ConditionOp.Equal);
            }

            // −a ≠ 0 is a ≠ 0 (and −a = 0 is a = 0, NaN and −0 alike): one test, whichever sign a guard meets its factor with.
            if ((comparison == ConditionOp.Equal || comparison == ConditionOp.NotEqual) && right is Constant { Value: 0 } && left is Product { Coefficient: < 0 })
            {
                left = Negate(left);
            }

            return Test(comparison, left, right);
        }

        public Condition And(Condition a, Condition b) =>
            a.Op == ConditionOp.True ? b
            : b.Op == ConditionOp.True ? a
            : a.Op == ConditionOp.False || b.Op == ConditionOp.False ? Truth(false)
            : ReferenceEquals(a, b) ? a
            : Test(ConditionOp.And, a, b);

        public Condition Or(Condition a, Condition b) =>
            a.Op == ConditionOp.False ? b
            : b.Op == ConditionOp.False ? a
            : a.Op == ConditionOp.True || b.Op == ConditionOp.True ? Truth(true)
            : ReferenceEquals(a, b) ? a
            : Test(ConditionOp.Or, a, b);

        public Condition Not(Condition a) => a.Op switch
        {
            ConditionOp.True => Truth(false),
            ConditionOp.False => Truth(true),
            ConditionOp.Not => (Condition)a.Children[0],
            _ => Test(ConditionOp.Not, a),
        };

        private Condition Test(ConditionOp op, params Expr[] operands)
        {
            var key = new NodeKey(ExprKind.Condition, 0, (int)op, string.Empty, operands.Select(o => o.Id).ToArray(), new long[operands.Length]);
            return (Condition)Intern(key, id => new Condition(id, op, operands));
        }

        /// <summary>A call of a method with a known derivative; equal calls (same method, data and arguments) are one node.</summary>
        public Expr Invoke(CallTarget target, Expr[] arguments)
        {
            string identity = target.GradientAccess + "|" + target.ValueAccess + "|" + string.Join(",", target.Parameters.Select(p => p.DataCode));
            var key = new NodeKey(ExprKind.Invocation, 0, 0, identity, arguments.Select(a => a.Id).ToArray(), new long[arguments.Length]);
            return Intern(key, id => new Invocation(id, target, arguments));
        }

        /// <summary>∂f/∂p of a call, for the parameter at <paramref name="parameter"/>.</summary>
        public Expr InvocationPartial(Invocation call, int parameter)
        {
            var key = new NodeKey(ExprKind.InvocationPartial, 0, parameter, string.Empty, new[] { call.Id }, new long[1]);
            return Intern(key, id => new InvocationPartial(id, call, parameter));
        }

        /// <summary>The condition under which alone <paramref name="call"/> may run (<see cref="CallGuards"/>), or null.</summary>
        public Condition? GuardOf(Expr call) => guards.TryGetValue(call, out Condition? guard) ? guard : null;

        /// <summary><c>guard ? call : 0</c>, recording that the call may only run where the guard holds.</summary>
        public Expr Guarded(Condition guard, Expr call)
        {
            guards[call] = guard;
            return Select(guard, call, Zero);
        }

        /// <summary>Gives a value a name; leaves and values that already have one are returned as they are.</summary>
        public Expr Named(string name, Expr value)
        {
            if (value.IsLeaf || value is Named || (name.Length == 0 && !(value is Product product && !IsRoot(product))))
            {
                return value;
            }

            var key = new NodeKey(ExprKind.Named, 0, 0, name, new[] { value.Id }, new long[1]);
            Expr named = Intern(key, id => new Named(id, name, value));
            if (name.Length > 0 && !firstName.ContainsKey(value))
            {
                firstName.Add(value, named);
            }

            return named;
        }

        /// <summary>
        /// A product as the forward sweep computed it, kept whole inside the derivatives that read it:
        /// the simplifier does not expand it into its factors (so q/b stays q/b and never becomes a/b²).
        /// A value the source named is that name (<c>p</c>, which the simplifier keeps whole anyway, and
        /// whose p/p cancels; the other names, adjoints, never name a forward value); any other is a <see cref="Symbolic.Named"/> without a name
        /// (<see cref="Symbolic.Named.IsKept"/>), expanded only where that cancels one of its bases
        /// (S·(1/S) is 1), and read by the emitter from the local that holds the product. Other values
        /// need no keeping and are returned as they are, and so are lone roots such as √u, which the
        /// simplifier keeps whole anyway.
        /// </summary>
        public Expr Kept(Expr value) =>
            firstName.TryGetValue(value, out Expr? named) ? named
            : value is Product product && !IsRoot(product) ? Named(string.Empty, value)
            : value;

        /// <summary>
        /// Whether any node made so far is an infinite number (<c>double.PositiveInfinity</c> as a constant or a named one):
        /// without one, no partial meets an infinity the method writes (<see cref="InfiniteFactors"/>), and nothing is looked for.
        /// </summary>
        public bool HasInfinities { get; private set; }

        private readonly HashSet<Expr> finiteGuards = new HashSet<Expr>();

        /// <summary>Remembers <paramref name="test"/> (<c>|v| &lt; ∞</c>) as a test <see cref="InfiniteFactors"/> made, and returns it.</summary>
        internal Condition FiniteGuard(Condition test)
        {
            finiteGuards.Add(test);
            return test;
        }

        /// <summary>Whether the node is such a test (<see cref="InfiniteFactors.Holds"/>).</summary>
        public bool IsFiniteGuard(Expr node) => finiteGuards.Contains(node);

        /// <summary>Whether this builder made any such test.</summary>
        public bool MadeFiniteGuards => finiteGuards.Count > 0;

        /// <summary>Adds a node just made (its id the next one) under its key.</summary>
        private Expr Register(NodeKey key, Expr node)
        {
            interned.Add(key, node);
            NoteInfinity(node);
            return node;
        }

        private Expr Intern(NodeKey key, Func<int, Expr> create)
        {
            if (!interned.TryGetValue(key, out Expr? existing))
            {
                existing = create(nextId++);
                interned.Add(key, existing);
                NoteInfinity(existing);
            }

            return existing;
        }

        private void NoteInfinity(Expr node)
        {
            if ((node is Constant constant && double.IsInfinity(constant.Value)) || (node is Symbol { ConstantValue: double value } && double.IsInfinity(value)))
            {
                HasInfinities = true;
            }
        }
    }
}
