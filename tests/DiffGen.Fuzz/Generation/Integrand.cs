using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using DiffGen.Fuzz.Programs;

namespace DiffGen.Fuzz.Generation
{
    /// <summary>
    /// Where an integrand is finite: a function of one variable that must stay away from 0 between the
    /// bounds (a denominator, keeping its sign), or above it (the argument of a logarithm or a square root).
    /// The generator knows the constants' values, so each guard is a plain function it can scan over an interval.
    /// </summary>
    public sealed record Guard(string Variable, Func<double, double> Value, bool Positive);

    /// <summary>An integrand or a part of one: the expression, the production it came from, and where it is finite.</summary>
    public sealed record Integrand(Expr Expr, string Shape, ImmutableArray<Guard> Guards)
    {
        public Integrand(Expr expr, string shape, params Guard[] guards)
            : this(expr, shape, guards.ToImmutableArray())
        {
        }

        /// <summary>The same expression under another production's name (a sum keeps its terms' guards).</summary>
        public Integrand Named(string shape) => this with { Shape = shape };

        public Integrand With(Expr expr, params Guard[] more) => new Integrand(expr, Shape, Guards.AddRange(more));

        public static ImmutableArray<Guard> Union(params Integrand[] parts) => parts.SelectMany(p => p.Guards).ToImmutableArray();

        /// <summary>
        /// The same form of <paramref name="inner"/> in place of <paramref name="variable"/> (x → 2·x + 1): every read
        /// of the variable replaced, every guard of it composed with <paramref name="map"/>, the inner expression's value.
        /// </summary>
        public Integrand Substituted(string variable, Expr inner, Func<double, double> map) => new Integrand(
            Replace(Expr, variable, inner),
            Shape,
            Guards.Select(g => g.Variable == variable ? g with { Value = t => g.Value(map(t)) } : g).ToImmutableArray());

        private static Expr Replace(Expr e, string variable, Expr inner) => e switch
        {
            Read r when r.Name == variable => inner,
            Negate n => new Negate(Replace(n.Operand, variable, inner)),
            Binary b => b with { Left = Replace(b.Left, variable, inner), Right = Replace(b.Right, variable, inner) },
            MathCall c => c with { Args = c.Args.Select(a => Replace(a, variable, inner)).ToImmutableArray() },
            _ => e,
        };
    }

    /// <summary>
    /// The fuzzer's syntax tree written as a person writes integrands: numbers as C# double literals (never an
    /// integer divided by an integer), Math calls, products and quotients.
    /// </summary>
    public static class Spell
    {
        public static Expr Read(string name) => new Read(name);

        /// <summary>A number as a literal ("2", "0.5"), negated through a unary minus as source writes it.</summary>
        public static Expr Number(double value)
        {
            string text = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
            return value < 0 ? new Negate(new Literal(text)) : new Literal(text);
        }

        public static Expr Call(string function, params Expr[] args) => new MathCall(function, args.ToImmutableArray());

        public static Expr Add(Expr a, Expr b) => b is Negate n ? new Binary("-", a, n.Operand) : new Binary("+", a, b);

        public static Expr Sub(Expr a, Expr b) => new Binary("-", a, b);

        public static Expr Mul(Expr a, Expr b) => new Binary("*", a, b);

        /// <summary>a / b; a whole-number literal over another is written 1.0 so that C# does not divide integers.</summary>
        public static Expr Div(Expr a, Expr b) => new Binary("/", a is Literal { Text: var t } && !t.Contains('.') && b is Literal or Negate { Operand: Literal } ? new Literal(t + ".0") : a, b);

        /// <summary>c·e, with the factor 1 and −1 written as a person would.</summary>
        public static Expr Times(double c, Expr e) => c switch
        {
            1 => e,
            -1 => new Negate(e),
            _ => Mul(Number(c), e),
        };

        /// <summary>Σ terms, left to right.</summary>
        public static Expr Sum(IEnumerable<Expr> terms) => terms.Aggregate(Add);

        /// <summary>xⁿ for a whole n ≥ 1, as repeated products or Math.Pow, by a coin.</summary>
        public static Expr Power(Expr x, int n, Random random)
        {
            if (n == 1)
            {
                return x;
            }

            if (random.Next(2) == 0)
            {
                return Call("Pow", x, Number(n));
            }

            Expr product = x;
            for (int i = 1; i < n; i++)
            {
                product = Mul(product, x);
            }

            return product;
        }

        /// <summary>Σ cᵢ·xⁱ (coefficients from the constant term up), zero terms left out, Horner's form or a sum of powers.</summary>
        public static Expr Polynomial(IReadOnlyList<double> coefficients, Expr x, Random random)
        {
            int degree = coefficients.Count - 1;
            while (degree > 0 && coefficients[degree] == 0)
            {
                degree--;
            }

            if (degree >= 2 && random.Next(3) == 0)
            {
                // Horner: ((c₃·x + c₂)·x + c₁)·x + c₀
                Expr horner = Number(coefficients[degree]);
                for (int i = degree - 1; i >= 0; i--)
                {
                    horner = Mul(horner, x);
                    if (coefficients[i] != 0)
                    {
                        horner = Add(horner, Number(coefficients[i]));
                    }
                }

                return horner;
            }

            var terms = new List<Expr>();
            for (int i = degree; i >= 0; i--)
            {
                if (coefficients[i] != 0 || (i == 0 && terms.Count == 0))
                {
                    terms.Add(i == 0 ? Number(coefficients[i]) : Times(coefficients[i], Power(x, i, random)));
                }
            }

            return Sum(terms);
        }

        /// <summary>The value of Σ cᵢ·xⁱ, for guards.</summary>
        public static double Evaluate(IReadOnlyList<double> coefficients, double x)
        {
            double value = 0;
            for (int i = coefficients.Count - 1; i >= 0; i--)
            {
                value = (value * x) + coefficients[i];
            }

            return value;
        }
    }
}
