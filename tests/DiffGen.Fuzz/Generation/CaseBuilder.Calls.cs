using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DiffGen.Fuzz.Programs;

namespace DiffGen.Fuzz.Generation
{
    public sealed partial class CaseBuilder
    {
        /// <summary>Methods DiffGen is told the derivative of ([DerivativeOf]): value and hand-worked derivative of x.</summary>
        private static readonly (string Name, Expr Value, Expr Derivative)[] Helpers =
        {
            ("HelperSoftplus", Call("Log", Add(Lit("1"), Call("Exp", R("x")))), new Binary("/", Lit("1"), Add(Lit("1"), Call("Exp", new Negate(R("x")))))),
            ("HelperCube", Mul(Mul(R("x"), R("x")), R("x")), Mul(Mul(Lit("3"), R("x")), R("x"))),
            ("HelperGauss", Call("Exp", new Negate(Mul(R("x"), R("x")))), Mul(Mul(Lit("-2"), R("x")), Call("Exp", new Negate(Mul(R("x"), R("x")))))),
        };

        /// <summary>F calls one or two [Differentiable] methods (one may call the other, one may leave a data parameter out) and a custom derivative.</summary>
        public FuzzCase Calls()
        {
            var methods = new List<Method>();
            var callees = new List<Method>();
            int count = g.Random.Next(1, 3);
            for (int i = 1; i <= count; i++)
            {
                Method callee = Callee("G" + i, callees);
                callees.Add(callee);
            }

            var helpers = new List<Method>();
            if (g.Chance(0.6))
            {
                var (name, value, derivative) = Helpers[g.Random.Next(Helpers.Length)];
                helpers.Add(new Method(name, ImmutableArray.Create(Real("x")), ImmutableArray<Stmt>.Empty, Differentiable: false, ExpressionBody: value, Derivative: derivative));
            }

            List<Parameter> parameters = ScalarParameters();
            Scope scope = ScopeOf(parameters);
            scope.Callees.AddRange(callees.Concat(helpers));
            scope.AllowConditionals = g.Chance(0.3);
            scope.AllowCallsInConditionals = true;
            Expr first = g.CallOf(scope.Callees[g.Random.Next(scope.Callees.Count)], scope, 2);
            Method entry = g.Chance(0.5)
                ? EntryExpression(parameters, Add(first, g.Real(scope, 2)))
                : Entry(parameters, S(new Declare("c", first), new Return(g.Real(scope.WithReal("c"), 3))));
            methods.Add(entry);
            methods.AddRange(callees.AsEnumerable().Reverse());
            methods.AddRange(helpers);
            return new FuzzCase("calls", isFloat, methods.ToImmutableArray());
        }

        /// <summary>Sometimes (with probability p) a [Differentiable] callee and a helper with a custom derivative, for a method with loops: added to the scope and returned.</summary>
        private List<Method> CalleesFor(Scope scope, double p)
        {
            var callees = new List<Method>();
            if (g.Chance(p))
            {
                callees.Add(Callee("G1", new List<Method>()));
            }

            if (g.Chance(p))
            {
                var (name, value, derivative) = Helpers[g.Random.Next(Helpers.Length)];
                callees.Add(new Method(name, ImmutableArray.Create(Real("x")), ImmutableArray<Stmt>.Empty, Differentiable: false, ExpressionBody: value, Derivative: derivative));
            }

            scope.Callees.AddRange(callees);
            return callees;
        }

        /// <summary>A callee: one or two parameters, sometimes a data parameter left out of its list, sometimes calling an earlier callee, sometimes itself.</summary>
        private Method Callee(string name, List<Method> earlier)
        {
            if (g.Chance(0.15))
            {
                return Recursive(name);
            }

            var parameters = new List<Parameter> { Real("u") };
            ImmutableArray<string>? withRespectTo = null;
            if (g.Chance(0.6))
            {
                parameters.Add(Real("v"));
                if (g.Chance(0.3))
                {
                    withRespectTo = ImmutableArray.Create("u");
                }
            }

            Scope scope = ScopeOf(parameters);
            scope.Callees.AddRange(earlier);
            Expr body = g.Real(scope, g.Random.Next(1, 4));
            return new Method(name, parameters.ToImmutableArray(), ImmutableArray<Stmt>.Empty, withRespectTo, ExpressionBody: body, Style: AnyStyle());
        }

        /// <summary>
        /// A callee calling itself on half its argument while that lies in [0.5, 64] (so at most
        /// seven levels deep, and never without end, NaN and infinities included), else a base case.
        /// Now and then the test calls it too, on the right of the &amp;&amp; that bounds the recursion
        /// (<c>u &gt;= 0.5 &amp;&amp; u &lt;= 64 &amp;&amp; F(u * 0.5) &gt; -1</c>): generated code that made that call
        /// ahead of the bound would never end.
        /// </summary>
        private Method Recursive(string name)
        {
            Scope scope = ScopeOf(new[] { Real("u") });
            Cond recurse = new Logic("&&", new Compare(">=", R("u"), Lit("0.5")), new Compare("<=", R("u"), Lit("64")));
            Expr self = new Call(name, Args(Mul(R("u"), Lit("0.5"))));
            if (g.Chance(0.3))
            {
                recurse = new Logic("&&", recurse, new Compare(">", self, Lit(g.Pick("-1", "0.25"))));
            }

            Expr step = g.Random.Next(3) switch
            {
                0 => Add(Call(g.Pick("Sin", "Tanh", "Atan"), self), Mul(Lit("0.5"), R("u"))),
                1 => Mul(self, g.Real(scope, 1)),
                _ => Add(Mul(Lit("0.5"), self), Call("Cos", R("u"))),
            };
            Expr baseCase = g.Real(scope, 2);
            if (g.Chance(0.5))
            {
                return new Method(name, ImmutableArray.Create(Real("u")), ImmutableArray<Stmt>.Empty, ExpressionBody: new Conditional(recurse, step, baseCase), Recursive: true);
            }

            return new Method(name, ImmutableArray.Create(Real("u")), S(new If(recurse, S(new Return(step)), null), new Return(baseCase)), Recursive: true);
        }

        /// <summary>
        /// Logistic shapes at |z| near 400 (90 for float), where the function is finite and its
        /// true derivative too, though a careless derivative divides one overflowing exponential by another.
        /// </summary>
        public FuzzCase Extreme()
        {
            var parameters = new List<Parameter> { Real("z") };
            bool withY = g.Chance(0.4);
            if (withY)
            {
                parameters.Add(Real("y"));
            }

            Expr z = R("z");
            Expr Sigmoid(Expr u) => g.Random.Next(3) switch
            {
                0 => new Binary("/", Lit("1"), Add(Lit("1"), Call("Exp", new Negate(u)))),
                1 => new Binary("/", Call("Exp", u), Add(Lit("1"), Call("Exp", u))),
                _ => Call("Tanh", u),
            };

            Expr term = g.Random.Next(7) switch
            {
                0 => Sigmoid(z),
                1 => Add(z, Call("Log", Add(Lit("1"), Call("Exp", new Negate(z))))),
                2 => Call("Log", Add(Lit("1"), Call("Exp", new Negate(z)))),
                3 => Mul(Sigmoid(z), new Binary("-", Lit("1"), Sigmoid(z))),
                4 => Call("Sqrt", Add(Lit("1"), Call("Exp", new Negate(z)))),
                5 => new Binary("/", Call("Exp", new Negate(z)), Add(Lit("1"), Call("Exp", new Negate(z)))),
                _ => Mul(Call("Exp", new Negate(Mul(Lit("1e-3"), Mul(z, z)))), Sigmoid(z)),
            };

            if (withY)
            {
                term = Add(Mul(R("y"), term), Mul(new Binary("-", Lit("1"), R("y")), Sigmoid(new Negate(z))));
            }

            Method entry = g.Chance(0.5)
                ? EntryExpression(parameters, term)
                : Entry(parameters, S(new Declare("s", term), new Return(Add(R("s"), Mul(Lit("0.5"), R("s"))))));
            return new FuzzCase("extreme", isFloat, ImmutableArray.Create(entry), Extreme: true);
        }
    }
}
