using System;
using System.Collections.Generic;
using System.Linq;

namespace DiffGen.Generator.Symbolic.Integration
{
    /// <content>Rational functions with numbers for coefficients: polynomials as coefficient arrays, long division, the logarithm and the forms of a quadratic.</content>
    internal static partial class IntegrationRules
    {
        /// <summary>The coefficients (constant first) of <paramref name="e"/> as a polynomial in x with numbers for coefficients, or null.</summary>
        private static double[]? Polynomial(Integrator i, Expr e, Symbol x)
        {
            const int MaxDegree = 8;
            if (i.Number(e) is double number)
            {
                return new[] { number };
            }

            switch (e)
            {
                case Symbol s when ReferenceEquals(s, x):
                    return new[] { 0.0, 1 };
                case Sum sum:
                    double[] total = { sum.Offset };
                    foreach (SumTerm term in sum.Terms)
                    {
                        double[]? p = Polynomial(i, term.Term, x);
                        if (p == null)
                        {
                            return null;
                        }

                        total = Add(total, p, term.Coefficient);
                    }

                    return total;
                case Product product:
                    double[] result = { product.Coefficient };
                    foreach (Factor factor in product.Factors)
                    {
                        double[]? p = Polynomial(i, factor.Base, x);
                        if (p == null || factor.Exponent < 1 || factor.Exponent != Math.Floor(factor.Exponent))
                        {
                            return null;
                        }

                        for (int k = 0; k < factor.Exponent; k++)
                        {
                            result = Multiply(result, p);
                            if (result.Length > MaxDegree + 1)
                            {
                                return null;
                            }
                        }
                    }

                    return result;
                default:
                    return null;
            }
        }

        private static double[] Add(double[] a, double[] b, double scale)
        {
            var sum = new double[Math.Max(a.Length, b.Length)];
            for (int k = 0; k < sum.Length; k++)
            {
                sum[k] = (k < a.Length ? a[k] : 0) + (scale * (k < b.Length ? b[k] : 0));
            }

            return Trim(sum);
        }

        private static double[] Multiply(double[] a, double[] b)
        {
            var product = new double[a.Length + b.Length - 1];
            for (int j = 0; j < a.Length; j++)
            {
                for (int k = 0; k < b.Length; k++)
                {
                    product[j + k] += a[j] * b[k];
                }
            }

            return Trim(product);
        }

        private static double[] Trim(double[] p)
        {
            int length = p.Length;
            while (length > 1 && p[length - 1] == 0)
            {
                length--;
            }

            return p.Take(length).ToArray();
        }

        /// <summary>c₀ + c₁·x + c₂·x² + … as a DAG node.</summary>
        private static Expr FromPolynomial(ExprBuilder b, double[] p, Symbol x) =>
            b.Sum(p[0], p.Skip(1).Select((c, k) => new SumTerm(c, b.Power(x, k + 1))).Where(t => t.Coefficient != 0));

        /// <summary>(P, Q) when f is P(x)/Q(x), polynomials with numbers for coefficients and Q not a number; else null.</summary>
        private static (double[] Numerator, double[] Denominator)? RationalParts(Integrator i, Expr f, Symbol x)
        {
            if (!(f is Product product) || product.Factors.All(factor => factor.Exponent > 0))
            {
                return null;
            }

            ExprBuilder b = i.B;
            double[]? numerator = Polynomial(i, b.Product(product.Coefficient, product.Factors.Where(factor => factor.Exponent > 0)), x);
            double[]? denominator = Polynomial(i, b.Product(1, product.Factors.Where(factor => factor.Exponent < 0).Select(factor => new Factor(factor.Base, -factor.Exponent))), x);
            return numerator == null || denominator == null || denominator.Length < 2 ? null : (numerator, denominator);
        }

        /// <summary>P = S·Q + R with deg R &lt; deg Q: (S, R), R padded to deg Q coefficients.</summary>
        private static (double[] Quotient, double[] Remainder) LongDivision(double[] numerator, double[] denominator)
        {
            int degree = denominator.Length - 1;
            double lead = denominator[degree];
            var remainder = new double[Math.Max(numerator.Length, degree)];
            Array.Copy(numerator, remainder, numerator.Length);
            var quotient = new double[Math.Max(1, numerator.Length - degree)];
            for (int k = numerator.Length - 1; k >= degree; k--)
            {
                double c = remainder[k] / lead;
                quotient[k - degree] = c;
                for (int j = 0; j <= degree; j++)
                {
                    remainder[k - degree + j] -= c * denominator[j];
                }
            }

            return (quotient, remainder.Take(degree).ToArray());
        }

        /// <summary>∫ S term by term: the terms c_k·x^(k+1)/(k + 1).</summary>
        private static IEnumerable<SumTerm> IntegratedPolynomial(ExprBuilder b, double[] p, Symbol x) =>
            p.Select((c, k) => new SumTerm(c / (k + 1), b.Power(x, k + 1))).Where(t => t.Coefficient != 0);

        /// <summary>
        /// P(x)/Q(x) with numbers for coefficients and Q of degree 1 or 2: long division P = S·Q + R, then ∫ S term by term,
        /// and R/Q as (r₁/2a)·Q′/Q (ln|Q|) plus a constant over Q (the arctangent or partial-fraction form).
        /// </summary>
        private static RuleOutcome? OfRationalFunction(Integrator i, Expr f, Symbol x)
        {
            if (!(RationalParts(i, f, x) is (double[] numerator, double[] denominator)) || denominator.Length < 2 || denominator.Length > 3)
            {
                return null;
            }

            ExprBuilder b = i.B;
            int degree = denominator.Length - 1;
            (double[] quotient, double[] remainder) = LongDivision(numerator, denominator);
            var terms = IntegratedPolynomial(b, quotient, x).ToList();

            Expr q = FromPolynomial(b, denominator, x);
            double r0 = remainder[0], r1 = degree == 2 ? remainder[1] : 0;
            if (degree == 1)
            {
                // r₀/(q₁·x + q₀): (r₀/q₁)·ln|Q|.
                terms.Add(new SumTerm(r0 / denominator[1], LnAbs(i, q)));
            }
            else
            {
                // (r₁·x + r₀)/Q = (r₁/2a)·Q′/Q + (r₀ − r₁·b/2a)/Q.
                double a = denominator[2], bq = denominator[1];
                if (r1 != 0)
                {
                    terms.Add(new SumTerm(r1 / (2 * a), LnAbs(i, q)));
                }

                double rest = r0 - (r1 * bq / (2 * a));
                if (rest != 0)
                {
                    Expr? overQ = i.Try(b.Reciprocal(q), x);
                    if (overQ == null)
                    {
                        return null;
                    }

                    terms.Add(new SumTerm(rest, overQ));
                }
            }

            return Found(b.Sum(0, terms));
        }
    }
}
