using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DiffGen.Fuzz.Programs;
using static DiffGen.Fuzz.Generation.Spell;

namespace DiffGen.Fuzz.Generation
{
    /// <summary>
    /// Builds one case of the integrals family: an [Integrable] method F of one variable (sometimes with
    /// constant parameters, in any position) from <see cref="IntegrandGrammar"/>, or now and then of two over a
    /// rectangle (constants too), with the regions where its integrand is finite and the values of its constants.
    /// </summary>
    public sealed class IntegralCaseBuilder
    {
        public const string Family = "integrals";
        private const int Regions = 3;

        private readonly Random random;

        public IntegralCaseBuilder(Random random)
        {
            this.random = random;
        }

        public FuzzCase Build() => random.NextDouble() < 0.12 ? OverRectangle() : OfOneVariable();

        /// <summary>Sometimes one or two constant parameters (k, w), each with the value the checker passes.</summary>
        private List<ConstantArgument> SomeConstants(double chance)
        {
            var constants = new List<ConstantArgument>();
            if (random.NextDouble() < chance)
            {
                foreach (string name in new[] { "k", "w" }.Take(1 + random.Next(2)))
                {
                    constants.Add(new ConstantArgument(name, Pick(0.5, 1.5, 2, 3, -1, -0.5, 1.25)));
                }
            }

            return constants;
        }

        private FuzzCase OfOneVariable()
        {
            string variable = Pick("x", "t", "s");
            var constants = SomeConstants(0.35);
            var grammar = new IntegrandGrammar(random, constants);
            for (int attempt = 0; ; attempt++)
            {
                Integrand integrand = grammar.Any(variable);
                var regions = IntegrationRegions.Choose(random, new[] { variable }, integrand.Guards, Regions);
                if (regions.Length > 0 || attempt >= 20)
                {
                    // Bare [Integrable] infers the variable when it is the only floating-point parameter.
                    bool bare = constants.Count == 0 && random.Next(2) == 0;
                    return Case(integrand, new[] { variable }, constants, regions, bare ? ImmutableArray<string>.Empty : ImmutableArray.Create(variable));
                }
            }
        }

        /// <summary>
        /// [Integrable("x", "y")] (or "y", "x"): a product or sum of a form of each variable, or a form that
        /// mixes them and is finite everywhere. No closed form is looked for over a rectangle.
        /// </summary>
        private FuzzCase OverRectangle()
        {
            var constants = SomeConstants(0.25);
            var grammar = new IntegrandGrammar(random, constants);
            string[] variables = random.Next(2) == 0 ? new[] { "x", "y" } : new[] { "y", "x" };
            for (int attempt = 0; ; attempt++)
            {
                Integrand ofX = grammar.Leaf("x"), ofY = grammar.Leaf("y"), mixed = Mixed();
                Integrand integrand = random.Next(4) switch
                {
                    0 => new Integrand(Mul(ofX.Expr, ofY.Expr), "rectangle: product", Integrand.Union(ofX, ofY)),
                    1 => new Integrand(Add(ofX.Expr, ofY.Expr), "rectangle: sum", Integrand.Union(ofX, ofY)),
                    2 => new Integrand(Mul(mixed.Expr, ofX.Expr), "rectangle: mixed", Integrand.Union(ofX)),
                    _ => mixed,
                };
                var regions = IntegrationRegions.Choose(random, variables, integrand.Guards, Regions);
                if (regions.Length > 0 || attempt >= 20)
                {
                    return Case(integrand, variables, constants, regions, variables.ToImmutableArray());
                }
            }
        }

        /// <summary>A function of x and y together, finite and smooth everywhere.</summary>
        private Integrand Mixed()
        {
            Expr x = Read("x"), y = Read("y");
            Expr squares = Add(Mul(x, x), Mul(y, y));
            Expr expr = random.Next(7) switch
            {
                0 => Call("Sin", Mul(x, y)),
                1 => Call("Exp", new Negate(squares)),
                2 => Div(Number(1), Add(Number(1), squares)),
                3 => Call("Cos", Add(x, Mul(Number(2), y))),
                4 => Mul(x, Mul(y, y)),
                5 => Call("Sqrt", Add(Number(1), squares)),
                _ => Call("Log", Add(Number(1), squares)),
            };
            return new Integrand(expr, "rectangle: mixed");
        }

        private FuzzCase Case(Integrand integrand, IReadOnlyList<string> variables, IReadOnlyList<ConstantArgument> constants, ImmutableArray<ImmutableArray<Interval>> regions, ImmutableArray<string> attribute)
        {
            var parameters = variables.Concat(constants.Select(c => c.Name)).OrderBy(_ => random.Next()).Select(n => new Parameter(n, ParameterKind.Real)).ToImmutableArray();
            var style = random.Next(2) == 0 ? AttributeStyle.Strings : AttributeStyle.NameOf;
            Method method = random.NextDouble() < 0.2 && integrand.Expr is Binary { Op: var op } top
                ? new Method("F", parameters, WithLocals(top, op), Differentiable: false, Style: style, IntegrateOver: attribute)
                : new Method("F", parameters, ImmutableArray<Stmt>.Empty, Differentiable: false, ExpressionBody: integrand.Expr, Style: style, IntegrateOver: attribute);
            var setup = new IntegralSetup(integrand.Shape, variables.ToImmutableArray(), regions, constants.ToImmutableArray());
            return new FuzzCase(Family, false, ImmutableArray.Create(method), Integral: setup);
        }

        /// <summary>double part1 = left; double part2 = right; return part1 op part2; (straight-line locals, written out by DiffGen).</summary>
        private static ImmutableArray<Stmt> WithLocals(Binary top, string op) => ImmutableArray.Create<Stmt>(
            new Declare("part1", top.Left),
            new Declare("part2", top.Right),
            new Return(new Binary(op, Read("part1"), Read("part2"))));

        private T Pick<T>(params T[] options) => options[random.Next(options.Length)];
    }
}
