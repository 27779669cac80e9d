using System;
using System.Collections.Generic;
using System.Linq;
using DiffGen.Fuzz.Programs;
using static DiffGen.Fuzz.Generation.Spell;

namespace DiffGen.Fuzz.Generation
{
    /// <summary>The productions for the methods of the table: substitution, parts, rational functions, sin/cos powers, eᵃˣ·sin bx.</summary>
    public sealed partial class IntegrandGrammar
    {
        /// <summary>
        /// g′(x)·f(g(x)) up to a constant factor: an inner g and its derivative as a student writes it, an outer f
        /// of the table. The factor in front of g′ is drawn, so the rule has to divide it out.
        /// </summary>
        private Integrand DerivativeDivides(string v)
        {
            Expr x = Read(v);
            var inner = new (Expr G, Expr Derivative, Func<double, double> Value, Guard[] Guards)[]
            {
                (Mul(x, x), x, t => t * t, Array.Empty<Guard>()),
                (Add(Mul(Mul(x, x), x), Number(1)), Mul(x, x), t => (t * t * t) + 1, Array.Empty<Guard>()),
                (Call("Sin", x), Call("Cos", x), Math.Sin, Array.Empty<Guard>()),
                (Call("Cos", x), Call("Sin", x), Math.Cos, Array.Empty<Guard>()),
                (Call("Log", x), Div(Number(1), x), Math.Log, new[] { Positive(v, t => t) }),
                (Call("Exp", x), Call("Exp", x), Math.Exp, Array.Empty<Guard>()),
                (Add(Number(1), Mul(x, x)), x, t => 1 + (t * t), Array.Empty<Guard>()),
                (Call("Tan", x), Div(Number(1), Mul(Call("Cos", x), Call("Cos", x))), Math.Tan, new[] { NonZero(v, Math.Cos) }),
            };
            var (g, derivative, value, guards) = inner[random.Next(inner.Length)];
            Integrand outer = Outer(v, g, value, "derivative divides");
            double factor = Pick(1.0, 2, 3, -1, 0.5);
            Expr product = random.Next(2) == 0 ? Mul(Times(factor, derivative), outer.Expr) : Mul(outer.Expr, derivative);
            if (derivative is Binary { Op: "/", Left: Literal { Text: "1" }, Right: var denominator } && Chance(0.5))
            {
                product = Div(outer.Expr, denominator); // f(ln x)/x rather than f(ln x)·(1/x)
            }

            return outer.With(product, guards);
        }

        /// <summary>Polynomial × eᵃˣ, sin bx or cos bx; ln x, atan x and their products with x (integration by parts).</summary>
        private Integrand ByParts(string v)
        {
            Expr x = Read(v);
            Guard positive = Positive(v, t => t);
            switch (random.Next(7))
            {
                case 0:
                case 1:
                case 2:
                {
                    double[] p = RandomCoefficients(1 + random.Next(3), allowZero: true);
                    var (u, _) = Linear(v);
                    string f = Pick("Exp", "Sin", "Cos");
                    Expr polynomial = Spell.Polynomial(p, x, random);
                    Expr wave = Call(f, u);
                    return new Integrand(random.Next(2) == 0 ? Mul(polynomial, wave) : Mul(wave, polynomial), "by parts");
                }

                case 3:
                    return new Integrand(Mul(Power(x, 1 + random.Next(3), random), Call("Log", x)), "by parts", positive);
                case 4:
                    return new Integrand(Mul(Call("Log", x), Call("Log", x)), "by parts", positive);
                case 5:
                    return new Integrand(Mul(x, Call(Pick("Atan", "Asin"), x)), "by parts", Positive(v, t => 1 - (t * t)));
                default:
                    return new Integrand(Call("Log", Add(Number(1), Mul(x, x))), "by parts");
            }
        }

        /// <summary>
        /// P/Q with small whole coefficients: Q a product of linear factors (some repeated) and quadratics with no
        /// real root, written factored or multiplied out, or now and then a cubic that does not factor.
        /// </summary>
        private Integrand Rational(string v)
        {
            Expr x = Read(v);
            var factors = new List<double[]>();
            int degree = 0, target = 1 + random.Next(4);
            while (degree < target)
            {
                double[] factor = target - degree >= 2 && Chance(0.35)
                    ? Quadratic()
                    : new[] { -(double)random.Next(-3, 4), 1 }; // x − r
                factors.Add(factor);
                degree += factor.Length - 1;
            }

            double[] q = factors.Aggregate(new[] { 1.0 }, Multiply);
            if (Chance(0.15))
            {
                q = new[] { Pick(1.0, 2, -1), Pick(1.0, 0, 2), 0, 1 }; // x³ + b·x + a: as a rule irreducible over the rationals
                factors = new List<double[]> { q };
            }

            double[] p = RandomCoefficients(random.Next(Math.Min(q.Length, 4)), allowZero: true);
            Expr denominator = Chance(0.5) && factors.Count > 1
                ? factors.Select(f => Spell.Polynomial(f, x, random)).Aggregate(Mul)
                : Spell.Polynomial(q, x, random);
            Expr numerator = Spell.Polynomial(p, x, random);
            return new Integrand(Div(numerator, denominator), "rational", NonZero(v, t => Evaluate(q, t)));
        }

        /// <summary>x² + b·x + c with b² &lt; 4c.</summary>
        private double[] Quadratic()
        {
            double b = Pick(0.0, 2, -2, 1, 4);
            return new[] { Math.Floor(b * b / 4) + Pick(1.0, 2, 3), b, 1 };
        }

        private static double[] Multiply(double[] a, double[] b)
        {
            var product = new double[a.Length + b.Length - 1];
            for (int i = 0; i < a.Length; i++)
            {
                for (int j = 0; j < b.Length; j++)
                {
                    product[i + j] += a[i] * b[j];
                }
            }

            return product;
        }

        /// <summary>sinᵐu·cosⁿu with u = x or a·x + b, m + n from 1 to 6, as powers or repeated products.</summary>
        private Integrand SineCosinePowers(string v)
        {
            var (u, _) = Chance(0.6) ? (Read(v), (Func<double, double>)(t => t)) : Linear(v);
            int m = random.Next(5), n = random.Next(5);
            if (m + n == 0)
            {
                m = 2;
            }

            Expr? product = null;
            if (m > 0)
            {
                product = Power(Call("Sin", u), m, random);
            }

            if (n > 0)
            {
                Expr cosine = Power(Call("Cos", u), n, random);
                product = product is null ? cosine : Mul(product, cosine);
            }

            return new Integrand(product!, "sin/cos powers");
        }

        /// <summary>e^(a·x + c)·sin(b·x + d) or cos: integration by parts twice; a and b numbers or parameters.</summary>
        private Integrand ExponentialTimesSine(string v)
        {
            var (exponent, _) = Linear(v);
            var (argument, _) = Linear(v);
            Expr wave = Call(Pick("Sin", "Cos"), argument);
            Expr exponential = Call("Exp", Chance(0.3) ? new Negate(exponent) : exponent);
            return new Integrand(Chance(0.5) ? Mul(exponential, wave) : Mul(wave, exponential), "exp·sin");
        }

        /// <summary>Integrands with no antiderivative in elementary functions, or none the table reaches.</summary>
        private Integrand NoElementaryForm(string v)
        {
            Expr x = Read(v);
            Guard positive = Positive(v, t => t);
            return random.Next(10) switch
            {
                0 => new Integrand(Call("Exp", new Negate(Mul(x, x))), "no elementary form"),
                1 => new Integrand(Div(Call("Sin", x), x), "no elementary form", NonZero(v, t => t)),
                2 => new Integrand(Div(Number(1), Call("Log", x)), "no elementary form", positive, NonZero(v, Math.Log)),
                3 => new Integrand(Call("Sqrt", Add(Number(1), Mul(Mul(x, x), x))), "no elementary form", Positive(v, t => 1 + (t * t * t))),
                4 => new Integrand(Call("Exp", Call("Sin", x)), "no elementary form"),
                5 => new Integrand(Call("Pow", x, x), "no elementary form", positive),
                6 => new Integrand(Call("Sin", Mul(x, x)), "no elementary form"),
                7 => new Integrand(Div(Call("Atan", x), x), "no elementary form", NonZero(v, t => t)),
                8 => new Integrand(Div(Call("Exp", x), x), "no elementary form", NonZero(v, t => t)),
                _ => new Integrand(Call("Cos", Call("Exp", x)), "no elementary form"),
            };
        }
    }
}
