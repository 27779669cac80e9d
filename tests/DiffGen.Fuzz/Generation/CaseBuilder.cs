using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DiffGen.Fuzz.Programs;

namespace DiffGen.Fuzz.Generation
{
    /// <summary>Builds one case of a family: the method under test "F", its callees and helpers.</summary>
    public sealed partial class CaseBuilder
    {
        private readonly ExpressionGenerator g;
        private readonly bool isFloat;
        private int fresh;

        public CaseBuilder(ExpressionGenerator generator, bool isFloat)
        {
            g = generator;
            this.isFloat = isFloat;
        }

        private static ImmutableArray<Stmt> S(params Stmt[] statements) => statements.ToImmutableArray();

        private static ImmutableArray<Stmt> S(IEnumerable<Stmt> statements) => statements.ToImmutableArray();

        private static Parameter Real(string name) => new Parameter(name, ParameterKind.Real);

        private static Parameter Int(string name, int value) => new Parameter(name, ParameterKind.Int, value);

        private static ImmutableArray<Expr> Args(params Expr[] args) => args.ToImmutableArray();

        private static Expr Call(string f, params Expr[] args) => new MathCall(f, args.ToImmutableArray());

        private static Expr Lit(string text) => new Literal(text);

        private static Expr R(string name) => new Read(name);

        private static Expr Add(Expr a, Expr b) => new Binary("+", a, b);

        private static Expr Mul(Expr a, Expr b) => new Binary("*", a, b);

        private string Fresh(string stem) => stem + (++fresh);

        private FuzzCase Case(string family, params Method[] methods) => new FuzzCase(family, isFloat, methods.ToImmutableArray());

        private Method Entry(IEnumerable<Parameter> parameters, ImmutableArray<Stmt> body, ImmutableArray<string>? withRespectTo = null) =>
            Declared(new Method("F", parameters.ToImmutableArray(), body, withRespectTo, Style: AnyStyle(), Internal: g.Chance(0.1)));

        /// <summary>An expression-bodied F; sometimes differentiated with respect to some of its floating-point parameters only.</summary>
        private Method EntryExpression(IEnumerable<Parameter> parameters, Expr body) =>
            Declared(new Method("F", parameters.ToImmutableArray(), ImmutableArray<Stmt>.Empty, SomeOf(parameters), ExpressionBody: body, Style: AnyStyle(), Internal: g.Chance(0.1)));

        /// <summary>
        /// Now and then F declared <c>private</c> (docs/supported.md: any accessibility), and now and then as a <c>partial</c> method whose
        /// declaration or implementation carries the attribute (docs/supported.md: a partial method may carry it on either part).
        /// </summary>
        private Method Declared(Method entry)
        {
            if (g.Chance(0.04))
            {
                entry = entry with { Access = "private", Internal = false };
            }

            if (g.Chance(0.05))
            {
                entry = entry with { Partial = g.Chance(0.5) ? PartialStyle.AttributeOnDeclaration : PartialStyle.AttributeOnImplementation };
            }

            return entry;
        }

        /// <summary>
        /// Now and then (in a double method) a float parameter p (docs/supported.md, "float and double"), differentiated or not: read only beside
        /// a double (<c>p * e</c>, <c>Math.Sin(p) * e</c>), so the method computes nothing in float that the oracle computes in double. In
        /// the expression, block, branches, loops and arrays families.
        /// </summary>
        private Expr WithSingle(List<Parameter> parameters, Scope scope, Expr value)
        {
            if (isFloat)
            {
                // The other direction: a double q of a float method, read as (float)q beside a float.
                if (!g.Chance(0.06))
                {
                    return value;
                }

                parameters.Add(new Parameter("q", ParameterKind.Real, Wide: true));
                Expr wideFactor = g.Real(scope, 2);
                wideFactor = scope.IsInteger(wideFactor) ? Add(wideFactor, Lit("0.5")) : wideFactor;
                return Add(value, Mul(new Narrow(R("q")), wideFactor));
            }

            if (!g.Chance(0.06))
            {
                return value;
            }

            parameters.Add(new Parameter("p", ParameterKind.Real, Single: true));
            Expr factor = g.Real(scope, 2);
            factor = scope.IsInteger(factor) ? Add(factor, Lit("0.5")) : factor;
            Expr read = g.Chance(0.6) ? R("p") : Call(g.Pick("Sin", "Tanh", "Exp"), R("p"));
            return Add(value, Mul(read, factor));
        }

        /// <summary>How [Differentiable(...)] spells its list: "x", nameof(x) or new[] { "x" }.</summary>
        private AttributeStyle AnyStyle() => (AttributeStyle)g.Random.Next(3);

        /// <summary>Now and then a list naming some of the floating-point parameters (the rest are data); otherwise null, all of them.</summary>
        private ImmutableArray<string>? SomeOf(IEnumerable<Parameter> parameters)
        {
            var reals = parameters.Where(p => p.Kind == ParameterKind.Real).Select(p => p.Name).ToList();
            if (!g.Chance(0.2))
            {
                return null;
            }

            var chosen = reals.Where(_ => g.Chance(0.6)).ToList();
            return (chosen.Count == 0 ? reals.Take(1) : chosen).ToImmutableArray();
        }

        /// <summary>Scalar parameters x, y (and z), sometimes an integer n read as a number.</summary>
        private List<Parameter> ScalarParameters(bool allowInt = true)
        {
            var parameters = new List<Parameter> { Real("x") };
            if (g.Chance(0.7))
            {
                parameters.Add(Real("y"));
            }

            if (g.Chance(0.25))
            {
                parameters.Add(Real("z"));
            }

            if (allowInt && g.Chance(0.2))
            {
                // Mostly an int; now and then another integer type docs/supported.md lists (long, short, sbyte).
                parameters.Add(Int("n", g.Random.Next(1, 4)) with { IntType = g.Chance(0.2) ? g.Pick("long", "short", "sbyte") : "int" });
            }

            return parameters;
        }

        private static Scope ScopeOf(IEnumerable<Parameter> parameters)
        {
            var scope = new Scope();
            foreach (Parameter p in parameters)
            {
                if (!p.IsMatrix && !p.IsIndices && p.Kind != ParameterKind.Labels && !(p.Single && p.Kind == ParameterKind.Array))
                {
                    (p.Kind == ParameterKind.Real ? scope.Reals : p.Kind == ParameterKind.Int ? scope.Ints : scope.Arrays).Add(p.Name);
                }
            }

            return scope;
        }

        public FuzzCase Expression()
        {
            List<Parameter> parameters = ScalarParameters();
            Scope scope = ScopeOf(parameters);
            Expr value = WithSingle(parameters, scope, g.Real(scope, g.Random.Next(2, 5)));
            return Case("expression", EntryExpression(parameters, value));
        }

        public FuzzCase Stops()
        {
            List<Parameter> parameters = ScalarParameters();
            Scope scope = ScopeOf(parameters);
            scope.StopRate = 0.14;
            scope.AllowConditionals = g.Chance(0.3);
            scope.AllowCallsInConditionals = true;
            return g.Chance(0.5)
                ? Case("stop", EntryExpression(parameters, g.Real(scope, 4)))
                : Case("stop", Entry(parameters, Statements(scope, g.Random.Next(1, 4), branches: false)));
        }

        public FuzzCase Block()
        {
            List<Parameter> parameters = ScalarParameters();
            Scope scope = ScopeOf(parameters);
            ImmutableArray<Stmt> body = WithThrowGuard(parameters, WithSingle(parameters, scope, Statements(scope, g.Random.Next(2, 6), branches: false)));
            return Case("block", WithClampedParts(Entry(parameters, body, SomeOf(parameters)), scope));
        }

        public FuzzCase Branches()
        {
            List<Parameter> parameters = ScalarParameters();
            Scope scope = ScopeOf(parameters);
            scope.AllowConditionals = true;
            scope.AllowCallsInConditionals = true;
            ImmutableArray<Stmt> body = WithThrowGuard(parameters, WithSingle(parameters, scope, Statements(scope, g.Random.Next(2, 5), branches: true)));
            return Case("branches", WithClampedParts(Entry(parameters, body, SomeOf(parameters)), scope));
        }

        /// <summary>
        /// Sometimes, a check that throws before the work (docs/supported.md): every member makes it first, and a loop-free method
        /// keeps its closed forms. It never holds at the points the oracle takes.
        /// </summary>
        private ImmutableArray<Stmt> WithThrowGuard(List<Parameter> parameters, ImmutableArray<Stmt> body)
        {
            Parameter? tested = parameters.FirstOrDefault(p => p.Kind == ParameterKind.Real);
            if (tested == null || !g.Chance(0.08))
            {
                return body;
            }

            string limit = isFloat ? "1e30f" : "1e30";
            string p = tested.Name;
            string test = g.Chance(0.5) ? p + " > " + limit : "!(" + p + " < " + limit + ") || " + p + " < -" + limit;
            string thrown = g.Chance(0.5) ? "new global::System.ArgumentOutOfRangeException(nameof(" + p + "), \"out of range\")" : "new global::System.ArgumentException(\"too large\")";
            return body.Insert(0, new VerbatimStatement("if (" + test + ") throw " + thrown + ";"));
        }

        /// <summary>The body with its last return given a float parameter's term (<see cref="WithSingle(List{Parameter}, Scope, Expr)"/>).</summary>
        private ImmutableArray<Stmt> WithSingle(List<Parameter> parameters, Scope scope, ImmutableArray<Stmt> body) =>
            body[body.Length - 1] is Return last ? body.SetItem(body.Length - 1, new Return(WithSingle(parameters, scope, last.Value))) : body;

        /// <summary>Straight-line (and branching) statements ending in a return, for methods without loops.</summary>
        private ImmutableArray<Stmt> Statements(Scope scope, int count, bool branches)
        {
            var body = new List<Stmt>();
            var locals = new List<string>();
            for (int i = 0; i < count; i++)
            {
                body.AddRange(Statement(scope, locals, branches));
                if (g.Chance(0.02))
                {
                    body.Add(new Empty()); // ;
                }
            }

            body.Add(new Return(g.Chance(0.2) ? SumOfSquares(scope) : g.Real(scope, 3)));
            return S(body);
        }

        /// <summary>
        /// Σ c·u², the shape of a least-squares cost: where the squares outnumber the partials the generator sweeps it with
        /// halved adjoints (2·u becomes u, each partial doubled once at the end).
        /// </summary>
        private Expr SumOfSquares(Scope scope)
        {
            Expr? sum = null;
            for (int k = g.Random.Next(2, 6); k > 0; k--)
            {
                Expr u = scope.Reals.Count > 0 && g.Chance(0.6) ? new Read(scope.Reals[g.Random.Next(scope.Reals.Count)]) : g.Real(scope, 2);
                Expr term = new Binary("*", u, u);
                string coefficient = g.Pick("1", "1", "1", "2", "4", "0.5", "3");
                term = coefficient == "1" ? term : new Binary("*", new Literal(coefficient), term);
                sum = sum == null ? term : new Binary(g.Chance(0.8) ? "+" : "-", sum, term);
            }

            return sum!;
        }

        private IEnumerable<Stmt> Statement(Scope scope, List<string> locals, bool branches)
        {
            int roll = g.Random.Next(100);
            if (roll < 30 || scope.Reals.Count == 0)
            {
                string name = Fresh("t");
                Stmt declare = new Declare(name, g.Real(scope, g.Random.Next(1, 4)));
                scope.Reals.Add(name);
                locals.Add(name);
                return S(declare);
            }

            if (roll < 35)
            {
                string name = Fresh("k");
                Stmt constant = new DeclareConst(name, g.Pick("0.5", "2", "1e-3", "3.25"));
                scope.Reals.Add(name);
                return S(constant);
            }

            string target = g.Random.Next(3) == 0 || locals.Count == 0 ? scope.Reals[g.Random.Next(scope.Reals.Count)] : locals[g.Random.Next(locals.Count)];
            if (IsConstant(target))
            {
                target = scope.Reals.First(r => !IsConstant(r));
            }

            if (branches && roll < 62)
            {
                return S(Branch(scope, locals, target));
            }

            if (branches && roll < 68)
            {
                return S(new If(g.Condition(scope, 2), S(new Return(g.Real(scope, 2))), null, Braceless: g.Chance(0.3)));
            }

            if (branches && roll < 73)
            {
                string flag = Fresh("flag");
                Cond combined = g.Chance(0.5) ? new BoolRead(flag) : new Logic(g.Pick("&&", "||"), new BoolRead(flag), g.Condition(scope, 1));
                return S(new DeclareBool(flag, g.Condition(scope, 2)), new If(combined, S(Update(scope, target)), S(Update(scope, target))));
            }

            if (roll >= 90 && roll < 94)
            {
                // A switch statement on a number, each section assigning the target: an if / else if chain.
                return S(new SwitchStatement(g.SwitchArms(scope, 2), target, g.Pick("=", "+=", "*=")));
            }

            if (roll >= 94 && scope.Reals.Count(r => !IsConstant(r)) >= 2)
            {
                return S(Deconstruction(scope, locals));
            }

            if (branches && roll < 78)
            {
                string name = Fresh("u");
                var declared = S(new Declare(name, null), new If(g.Condition(scope, 1), S(new Assign(name, "=", g.Real(scope, 2))), S(new Assign(name, "=", g.Real(scope, 2)))));
                scope.Reals.Add(name);
                locals.Add(name);
                return declared;
            }

            return S(Update(scope, target));
        }

        /// <summary>
        /// A tuple taken apart, as notebooks update state: <c>(x, v) = (x + v·dt, v − k·x·dt)</c> over two variables of the scope
        /// (each value may read both, and reads their old values), or <c>var (t1, t2) = (e1, e2)</c> declaring two locals.
        /// </summary>
        private Stmt Deconstruction(Scope scope, List<string> locals)
        {
            if (g.Chance(0.3))
            {
                string first = Fresh("t"), second = Fresh("t");
                // var takes each value's type: an integer value (a literal 100) would declare an int local, so it is made real.
                Expr Real() => g.Real(scope, 2) is var e && scope.IsInteger(e) ? new Binary("*", e, Lit("1.0")) : e;
                var declared = new TupleAssign(ImmutableArray.Create(first, second), true, ImmutableArray.Create(Real(), Real()));
                scope.Reals.Add(first);
                scope.Reals.Add(second);
                locals.Add(first);
                locals.Add(second);
                return declared;
            }

            var targets = scope.Reals.Where(r => !IsConstant(r)).OrderBy(_ => g.Random.Next()).Take(2).ToImmutableArray();
            return new TupleAssign(targets, false, ImmutableArray.Create(g.Real(scope, 2), g.Real(scope, 2)));
        }

        private static bool IsConstant(string name) => name.StartsWith("k", System.StringComparison.Ordinal) && name.Length > 1 && char.IsDigit(name[1]);

        private Stmt Update(Scope scope, string target)
        {
            switch (g.Random.Next(15) / 2)
            {
                case 6 when g.Chance(0.5):
                    return new Assign(target, "%=", Lit(g.Pick("1.5", "2", "0.75"))); // DIFF012, a warning

                case 0:
                    return new Assign(target, "+=", g.Real(scope, 2));
                case 1:
                    return new Assign(target, "-=", g.Real(scope, 2));
                case 2:
                    return new Assign(target, "*=", g.Real(scope, 2));
                case 3:
                    return new Assign(target, "/=", g.SafeDenominator(scope, 1));
                case 4:
                    return new Increment(target, g.Pick("++", "--"), Prefix: g.Chance(0.3));
                default:
                    return new Assign(target, "=", g.Real(scope, 3));
            }
        }

        /// <summary>if / else if / else assigning the same local on each path, or a local declared then assigned per branch.</summary>
        private Stmt Branch(Scope scope, List<string> locals, string target)
        {
            Cond test = g.Chance(0.2) && scope.Reals.Count > 0 ? g.Condition(scope, 2) : g.Condition(scope, 1);
            ImmutableArray<Stmt> then = S(Update(scope, target));
            bool braceless = g.Chance(0.2); // if (c) t += e; else t -= e; as people write one-line sides
            if (g.Chance(0.3))
            {
                return new If(test, then, null, braceless);
            }

            ImmutableArray<Stmt> otherwise = g.Chance(0.4)
                ? S(new If(g.Condition(scope, 1), S(Update(scope, target)), S(Update(scope, target)), braceless))
                : S(Update(scope, target));
            return new If(test, then, otherwise, braceless);
        }
    }
}
