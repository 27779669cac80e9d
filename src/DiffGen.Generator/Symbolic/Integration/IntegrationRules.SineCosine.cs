using System;
using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Functions;

namespace DiffGen.Generator.Symbolic.Integration
{
    /// <content>Products of powers of sin x and cos x: an odd power by substitution, even powers by the half-angle formulas.</content>
    internal static partial class IntegrationRules
    {
        /// <summary>The largest m + n of sinᵐx·cosⁿx the row takes (the result has about (m + n)/2 terms).</summary>
        private const int MaxSineCosineDegree = 12;

        /// <summary>
        /// sinᵐx·cosⁿx with whole m, n ≥ 0 and m + n ≥ 2. With n odd, u = sin x: cosⁿx dx = (1 − u²)^((n−1)/2) du, so
        /// F = Σ C(k, j)·(−1)ʲ·sin^(m+2j+1)x/(m + 2j + 1); else with m odd, u = cos x and the same with a minus sign;
        /// with both even, the half-angle formulas turn the product into a sum of cos(2k·x), integrated term by term.
        /// </summary>
        private static RuleOutcome? OfSineCosinePowers(Integrator i, Expr f, Symbol x)
        {
            if (!(SineCosineExponents(f, x) is (int m, int n)) || m + n < 2 || m + n > MaxSineCosineDegree)
            {
                return null;
            }

            ExprBuilder b = i.B;
            Expr sin = b.Call(ElementaryFunction.Sin, x), cos = b.Call(ElementaryFunction.Cos, x);
            if (n % 2 == 1)
            {
                return Found(PolynomialOfSquareComplement(b, sin, m, (n - 1) / 2, 1), "n odd: ∫ sinᵐx·cosⁿx dx = ∫ uᵐ·(1 − u²)^((n − 1)/2) du, u = sin x");
            }

            if (m % 2 == 1)
            {
                return Found(PolynomialOfSquareComplement(b, cos, n, (m - 1) / 2, -1), "m odd: ∫ sinᵐx·cosⁿx dx = −∫ (1 − u²)^((m − 1)/2)·uⁿ du, u = cos x");
            }

            // Both even: the half-angle formulas, as a sum of cosines of multiples of x (found by expanding in e^(ix)).
            double[] c = EvenSineCosineSeries(m, n);
            var terms = new List<SumTerm> { new SumTerm(c[0], x) };
            for (int p = 2; p < c.Length; p += 2)
            {
                terms.Add(new SumTerm(2 * c[p] / p, b.Call(ElementaryFunction.Sin, b.Scale(p, x))));
            }

            return Found(b.Sum(0, terms.Where(t => t.Coefficient != 0)), "m, n even: sin²x = (1 − cos 2x)/2, cos²x = (1 + cos 2x)/2, multiplied out, then term by term");
        }

        /// <summary>(m, n) when f is sinᵐx·cosⁿx (m or n may be 0) with whole powers, else null.</summary>
        private static (int M, int N)? SineCosineExponents(Expr f, Symbol x)
        {
            IEnumerable<Factor> factors = f is Product { Coefficient: 1 } product ? product.Factors : new[] { new Factor(f, 1) };
            int m = 0, n = 0;
            foreach (Factor factor in factors)
            {
                (Expr @base, double exponent) = LonePower(factor.Base);
                exponent *= factor.Exponent;
                if (exponent < 1 || exponent != Math.Floor(exponent) || exponent > MaxSineCosineDegree)
                {
                    return null;
                }

                if (IsCallOf(@base, ElementaryFunction.Sin, x))
                {
                    m += (int)exponent;
                }
                else if (IsCallOf(@base, ElementaryFunction.Cos, x))
                {
                    n += (int)exponent;
                }
                else
                {
                    return null;
                }
            }

            return (m, n);
        }

        /// <summary>sign·∫ uᵖ·(1 − u²)ᵏ du with u put back: sign·Σ C(k, j)·(−1)ʲ·u^(p+2j+1)/(p + 2j + 1).</summary>
        private static Expr PolynomialOfSquareComplement(ExprBuilder b, Expr u, int p, int k, double sign)
        {
            var terms = new List<SumTerm>();
            double binomial = 1;
            for (int j = 0; j <= k; j++)
            {
                int power = p + (2 * j) + 1;
                terms.Add(new SumTerm(sign * binomial * (j % 2 == 0 ? 1 : -1) / power, b.Power(u, power)));
                binomial = binomial * (k - j) / (j + 1);
            }

            return b.Sum(0, terms);
        }

        /// <summary>
        /// sinᵐx·cosⁿx = c₀ + Σ 2·c_p·cos(p·x) for even m and n: c_p is the coefficient of zᵖ in
        /// (z − 1/z)ᵐ·(z + 1/z)ⁿ·(−1)^(m/2)/2^(m+n), z = e^(ix). The array holds c₀, c₁, … c_(m+n).
        /// </summary>
        private static double[] EvenSineCosineSeries(int m, int n)
        {
            int degree = m + n;
            var laurent = new double[(2 * degree) + 1];   // index p + degree holds the coefficient of zᵖ
            laurent[degree] = 1;
            for (int factor = 0; factor < degree; factor++)
            {
                double inverseSign = factor < m ? -1 : 1;   // z − 1/z for sin, z + 1/z for cos
                var next = new double[laurent.Length];
                for (int p = 0; p < laurent.Length; p++)
                {
                    if (laurent[p] != 0)
                    {
                        next[p + 1] += laurent[p];
                        next[p - 1] += inverseSign * laurent[p];
                    }
                }

                laurent = next;
            }

            double scale = ((m / 2) % 2 == 0 ? 1 : -1) / Math.Pow(2, degree);
            return Enumerable.Range(0, degree + 1).Select(p => scale * laurent[p + degree]).ToArray();
        }

        /// <summary>
        /// sin a·cos b, sin a·sin b or cos a·cos b with a and b linear in x and not the same (sin 3x·cos 2x): the
        /// product-to-sum formulas turn it into a sum of sines or cosines of a − b and a + b, each integrated by the linear
        /// substitution. The same argument twice is sinᵐx·cosⁿx, the row before.
        /// </summary>
        private static RuleOutcome? OfProductOfSinesAndCosines(Integrator i, Expr f, Symbol x)
        {
            if (!(f is Product { Coefficient: 1, Factors.Count: 2 } product) || product.Factors.Any(factor => factor.Exponent != 1)
                || !(product.Factors[0].Base is FunctionCall { Function: ElementaryFunction.Sin or ElementaryFunction.Cos } first)
                || !(product.Factors[1].Base is FunctionCall { Function: ElementaryFunction.Sin or ElementaryFunction.Cos } second)
                || ReferenceEquals(first.Arguments[0], second.Arguments[0])
                || i.DependsOn(i.Derivative(first.Arguments[0], x), x) || i.DependsOn(i.Derivative(second.Arguments[0], x), x))
            {
                return null;
            }

            // Sine first, where there is one: sin a·cos b.
            if (first.Function == ElementaryFunction.Cos && second.Function == ElementaryFunction.Sin)
            {
                (first, second) = (second, first);
            }

            ExprBuilder b = i.B;
            Expr a = first.Arguments[0], c = second.Arguments[0];
            Expr difference = b.Subtract(a, c), sum = b.Add(a, c);
            Expr rewritten = (first.Function, second.Function) switch
            {
                (ElementaryFunction.Sin, ElementaryFunction.Cos) => b.Sum(0, new[] { new SumTerm(0.5, b.Call(ElementaryFunction.Sin, difference)), new SumTerm(0.5, b.Call(ElementaryFunction.Sin, sum)) }),
                (ElementaryFunction.Sin, ElementaryFunction.Sin) => b.Sum(0, new[] { new SumTerm(0.5, b.Call(ElementaryFunction.Cos, difference)), new SumTerm(-0.5, b.Call(ElementaryFunction.Cos, sum)) }),
                _ => b.Sum(0, new[] { new SumTerm(0.5, b.Call(ElementaryFunction.Cos, difference)), new SumTerm(0.5, b.Call(ElementaryFunction.Cos, sum)) }),
            };
            Expr? integral = i.Try(rewritten, x);
            return integral == null ? null : new RuleOutcome(integral) { Rewritten = rewritten };
        }
    }
}
