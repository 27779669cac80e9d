using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DiffGen.Fuzz.Programs;
using static DiffGen.Fuzz.Generation.Spell;

namespace DiffGen.Fuzz.Generation
{
    /// <summary>
    /// Random integrands of one variable from the forms DiffGen's rule table targets (docs/supported.md,
    /// "Closed-form antiderivatives"), each with the guards that say where it is finite, plus sums and
    /// products of them and forms with no elementary antiderivative, which often have no closed form at all.
    /// Numbers are small (integers, halves), as in a textbook; a constant parameter may stand for one.
    /// </summary>
    public sealed partial class IntegrandGrammar
    {
        private readonly Random random;
        private readonly IReadOnlyList<ConstantArgument> constants;

        public IntegrandGrammar(Random random, IReadOnlyList<ConstantArgument> constants)
        {
            this.random = random;
            this.constants = constants;
        }

        /// <summary>The productions, by name, in the order the report lists them; <see cref="Any"/> draws by weight.</summary>
        private (string Shape, int Weight, Func<string, Integrand> Make)[] Productions => new (string, int, Func<string, Integrand>)[]
        {
            ("polynomial", 6, Polynomial),
            ("power", 6, PowerOfVariable),
            ("linear substitution", 9, LinearSubstitution),
            ("exp/log", 5, ExponentialOrLogarithm),
            ("trig/hyperbolic", 6, TrigonometricOrHyperbolic),
            ("inverse-trig form", 7, InverseTrigonometricForm),
            ("derivative divides", 9, DerivativeDivides),
            ("by parts", 8, ByParts),
            ("rational", 10, Rational),
            ("sin/cos powers", 6, SineCosinePowers),
            ("exp·sin", 5, ExponentialTimesSine),
            ("no elementary form", 5, NoElementaryForm),
            ("sum", 8, v => SumOf(v, 2 + random.Next(2))),
            ("product", 6, ProductOfTwo),
            ("scaled", 4, Scaled),
            ("shifted", 6, Shifted),
        };

        /// <summary>An integrand of <paramref name="variable"/>, its shape the production drawn.</summary>
        public Integrand Any(string variable)
        {
            var productions = Productions;
            int roll = random.Next(productions.Sum(p => p.Weight));
            foreach (var (shape, weight, make) in productions)
            {
                roll -= weight;
                if (roll < 0)
                {
                    return make(variable).Named(shape);
                }
            }

            throw new InvalidOperationException("unreachable");
        }

        /// <summary>A leaf for sums and products: any production but the combining ones.</summary>
        public Integrand Leaf(string variable)
        {
            var productions = Productions.Where(p => p.Shape is not ("sum" or "product" or "scaled" or "shifted")).ToArray();
            var (_, _, make) = productions[random.Next(productions.Length)];
            return make(variable);
        }

        private Integrand SumOf(string v, int count)
        {
            var terms = Enumerable.Range(0, count).Select(_ => Leaf(v)).ToArray();
            Expr sum = terms[0].Expr;
            foreach (Integrand term in terms.Skip(1))
            {
                sum = random.Next(3) == 0 ? Sub(sum, term.Expr) : Add(sum, term.Expr);
            }

            return new Integrand(sum, "sum", Integrand.Union(terms));
        }

        /// <summary>A product of two forms: sometimes a rule applies (x·eˣ, a polynomial times a polynomial), mostly none does.</summary>
        private Integrand ProductOfTwo(string v)
        {
            Integrand a = Leaf(v), b = Leaf(v);
            return new Integrand(Mul(a.Expr, b.Expr), "product", Integrand.Union(a, b));
        }

        /// <summary>A constant (a parameter where there is one) times a form: the constant-multiple rule.</summary>
        private Integrand Scaled(string v)
        {
            Integrand inner = Leaf(v);
            var (factor, _) = Coefficient(allowParameter: true);
            return inner.With(random.Next(2) == 0 ? Mul(factor, inner.Expr) : Div(inner.Expr, factor));
        }

        /// <summary>Any form with a·x + b in place of x: the linear substitution over the whole table (a rational function, parts, powers of sine).</summary>
        private Integrand Shifted(string v)
        {
            var (u, value) = Linear(v);
            return Leaf(v).Substituted(v, u, value);
        }

        // ---- numbers and constants ----

        private T Pick<T>(params T[] options) => options[random.Next(options.Length)];

        private bool Chance(double p) => random.NextDouble() < p;

        /// <summary>A small nonzero number as a textbook writes one.</summary>
        private double SmallNumber() => Pick(1.0, 2, 3, 0.5, -1, -2, 1.5, 4, -0.5, 5);

        /// <summary>A nonzero coefficient: a number, or (when <paramref name="allowParameter"/>) a constant parameter, whose value guards use.</summary>
        private (Expr Expr, double Value) Coefficient(bool allowParameter)
        {
            var usable = constants.Where(c => c.Value != 0).ToList();
            if (allowParameter && usable.Count > 0 && Chance(0.6))
            {
                ConstantArgument c = usable[random.Next(usable.Count)];
                return (Read(c.Name), c.Value);
            }

            double n = SmallNumber();
            return (Number(n), n);
        }

        /// <summary>a·x + b with a ≠ 0 (a number or a constant parameter) and b a small whole number, maybe 0.</summary>
        private (Expr Expr, Func<double, double> Value) Linear(string v)
        {
            var (a, slope) = Coefficient(allowParameter: true);
            double b = Pick(0.0, 1, -1, 2, 3, -2, 0.5);
            Expr ax = a is Literal { Text: "1" } ? Read(v) : Mul(a, Read(v));
            Expr expr = b == 0 ? ax : Add(ax, Number(b));
            return (expr, x => (slope * x) + b);
        }

        private static Guard NonZero(string v, Func<double, double> value) => new Guard(v, value, Positive: false);

        private static Guard Positive(string v, Func<double, double> value) => new Guard(v, value, Positive: true);

        // ---- the productions of the rule table ----

        /// <summary>Σ cᵢ·xⁱ up to degree 5.</summary>
        private Integrand Polynomial(string v)
        {
            var coefficients = RandomCoefficients(random.Next(6), allowZero: true);
            return new Integrand(Spell.Polynomial(coefficients, Read(v), random), "polynomial");
        }

        private double[] RandomCoefficients(int degree, bool allowZero)
        {
            var c = new double[degree + 1];
            for (int i = 0; i <= degree; i++)
            {
                c[i] = allowZero && Chance(0.3) ? 0 : Pick(1.0, 2, 3, -1, -2, -3, 0.5, 4);
            }

            c[degree] = c[degree] == 0 ? 1 : c[degree];
            return c;
        }

        /// <summary>xⁿ for n negative, fractional or whole, in its many spellings; 1/x is the reciprocal rule.</summary>
        private Integrand PowerOfVariable(string v)
        {
            Expr x = Read(v);
            Guard positive = Positive(v, t => t), nonZero = NonZero(v, t => t);
            return random.Next(10) switch
            {
                0 => new Integrand(Call("Pow", x, Number(Pick(0.5, 1.5, 2.5, -0.5, -1.5, 1.0 / 3))), "power", positive),
                1 => new Integrand(Call("Pow", x, Number(Pick(-1.0, -2, -3, 2, 3, 4))), "power", nonZero),
                2 => new Integrand(Call("Sqrt", x), "power", positive),
                3 => new Integrand(Div(Number(SmallNumber()), x), "power", nonZero),
                4 => new Integrand(Div(Number(1), Mul(x, x)), "power", nonZero),
                5 => new Integrand(Div(Number(1), Call("Sqrt", x)), "power", positive),
                6 => new Integrand(Mul(x, Call("Sqrt", x)), "power", positive),
                7 => new Integrand(Call("Cbrt", x), "power", nonZero),
                8 => new Integrand(Div(Number(1), Power(x, 3, random)), "power", nonZero),
                _ => new Integrand(Div(Add(x, Number(1)), Call("Sqrt", x)), "power", positive),
            };
        }

        /// <summary>f(a·x + b) for f from the table: the linear substitution.</summary>
        private Integrand LinearSubstitution(string v)
        {
            var (u, value) = Linear(v);
            return Outer(v, u, value, "linear substitution");
        }

        /// <summary>f(u) for an elementary f of the table, with the guards on u it needs.</summary>
        private Integrand Outer(string v, Expr u, Func<double, double> value, string shape)
        {
            Guard positive = Positive(v, value), nonZero = NonZero(v, value);
            return random.Next(16) switch
            {
                0 => new Integrand(Call("Sin", u), shape),
                1 => new Integrand(Call("Cos", u), shape),
                2 => new Integrand(Call("Exp", u), shape),
                3 => new Integrand(Call("Sinh", u), shape),
                4 => new Integrand(Call("Cosh", u), shape),
                5 => new Integrand(Call("Tanh", u), shape),
                6 => new Integrand(Call("Atan", u), shape),
                7 => new Integrand(Div(Number(1), u), shape, nonZero),
                8 => new Integrand(Div(Number(1), Mul(u, u)), shape, nonZero),
                9 => new Integrand(Call("Sqrt", u), shape, positive),
                10 => new Integrand(Call("Log", u), shape, positive),
                11 => new Integrand(Call("Pow", u, Number(Pick(2.0, 3, -2, 0.5, 1.5))), shape, positive),
                12 => new Integrand(Div(Number(1), Add(Number(1), Mul(u, u))), shape),
                13 => new Integrand(Call("Tan", u), shape, NonZero(v, t => Math.Cos(value(t)))),
                14 => new Integrand(Div(Number(1), Mul(Call("Cos", u), Call("Cos", u))), shape, NonZero(v, t => Math.Cos(value(t)))),
                _ => new Integrand(Call("Exp", new Negate(u)), shape),
            };
        }

        private Integrand ExponentialOrLogarithm(string v)
        {
            Expr x = Read(v);
            Guard positive = Positive(v, t => t);
            return random.Next(7) switch
            {
                0 => new Integrand(Call("Exp", x), "exp/log"),
                1 => new Integrand(Call("Log", x), "exp/log", positive),
                2 => new Integrand(Call("Log10", x), "exp/log", positive),
                3 => new Integrand(Call("Log2", x), "exp/log", positive),
                4 => new Integrand(Call("Pow", Number(Pick(2.0, 3, 0.5, 10)), x), "exp/log"),
                5 => new Integrand(Call("Exp", new Negate(x)), "exp/log"),
                _ => new Integrand(Call("Log", Call("Exp", x)), "exp/log"),
            };
        }

        private Integrand TrigonometricOrHyperbolic(string v)
        {
            Expr x = Read(v);
            Guard cosine = NonZero(v, Math.Cos), sine = NonZero(v, Math.Sin);
            return random.Next(10) switch
            {
                0 => new Integrand(Call("Sin", x), "trig/hyperbolic"),
                1 => new Integrand(Call("Cos", x), "trig/hyperbolic"),
                2 => new Integrand(Call("Tan", x), "trig/hyperbolic", cosine),
                3 => new Integrand(Div(Number(1), Mul(Call("Cos", x), Call("Cos", x))), "trig/hyperbolic", cosine),
                4 => new Integrand(Div(Number(1), Call("Pow", Call("Sin", x), Number(2))), "trig/hyperbolic", sine),
                5 => new Integrand(Call("Sinh", x), "trig/hyperbolic"),
                6 => new Integrand(Call("Cosh", x), "trig/hyperbolic"),
                7 => new Integrand(Call("Tanh", x), "trig/hyperbolic"),
                8 => new Integrand(Div(Number(1), Mul(Call("Cosh", x), Call("Cosh", x))), "trig/hyperbolic"),
                _ => new Integrand(Mul(Call("Sin", x), Call("Sin", x)), "trig/hyperbolic"),
            };
        }

        /// <summary>The arctangent, arcsine and inverse-hyperbolic forms, and the inverse functions themselves (by parts).</summary>
        private Integrand InverseTrigonometricForm(string v)
        {
            Expr x = Read(v);
            switch (random.Next(9))
            {
                case 0:
                    return new Integrand(Div(Number(1), Add(Number(1), Mul(x, x))), "inverse-trig form");
                case 1:
                {
                    // a·x² + b·x + c with no real root: b² < 4ac.
                    double a = Pick(1.0, 2, 1), b = Pick(0.0, 2, -2, 4, 1), c = Math.Floor((b * b) / (4 * a)) + Pick(1.0, 2, 4, 9);
                    Expr q = Spell.Polynomial(new[] { c, b, a }, x, random);
                    return new Integrand(Div(Number(1), q), "inverse-trig form");
                }

                case 2:
                    return new Integrand(Div(Number(1), Call("Sqrt", Sub(Number(1), Mul(x, x)))), "inverse-trig form", Positive(v, t => 1 - (t * t)));
                case 3:
                {
                    // 1/√(c + b·x − x²), positive between its roots.
                    double b = Pick(0.0, 2, -2, 1), c = Pick(3.0, 4, 8);
                    Expr q = Add(Add(Number(c), Times(b, x)), new Negate(Mul(x, x)));
                    return new Integrand(Div(Number(1), Call("Sqrt", q)), "inverse-trig form", Positive(v, t => c + (b * t) - (t * t)));
                }

                case 4:
                {
                    double c = Pick(1.0, 4, 2);
                    return new Integrand(Div(Number(1), Call("Sqrt", Add(Mul(x, x), Number(c)))), "inverse-trig form");
                }

                case 5:
                {
                    double c = Pick(1.0, 4);
                    return new Integrand(Div(Number(1), Call("Sqrt", Sub(Mul(x, x), Number(c)))), "inverse-trig form", Positive(v, t => (t * t) - c));
                }

                case 6:
                    return new Integrand(Call("Atan", x), "inverse-trig form");
                case 7:
                    return new Integrand(Call("Asin", x), "inverse-trig form", Positive(v, t => 1 - (t * t)));
                default:
                    return new Integrand(Call("Acos", x), "inverse-trig form", Positive(v, t => 1 - (t * t)));
            }
        }
    }
}
