using System;
using System.Collections.Generic;
using System.Linq;

namespace DiffGen.Generator.Symbolic.Integration
{
    /// <content>Partial fractions over a denominator of degree 3 or 4 that factors over the rationals.</content>
    internal static partial class IntegrationRules
    {
        /// <summary>
        /// P(x)/Q(x) with numbers for coefficients and Q of degree 3 or 4 that factors into x − r (any multiplicity) and
        /// distinct quadratics: long division, then R/Q = Σ A_k/(x − r)ᵏ + Σ (B·x + C)/(x² + p·x + q), the numbers found by
        /// matching coefficients; the fractions are then integrated one by one (ln|x − r|, (x − r)^(1−k)/(1 − k), ln|Q| and
        /// the arctangent form).
        /// </summary>
        private static RuleOutcome? OfPartialFractionsOfHigherDegree(Integrator i, Expr f, Symbol x)
        {
            if (!(RationalParts(i, f, x) is (double[] numerator, double[] denominator)) || denominator.Length < 4 || denominator.Length > 5
                || !(RationalFactorization.Of(denominator) is IReadOnlyList<PolynomialFactor> factors))
            {
                return null;
            }

            (double[] quotient, double[] remainder) = LongDivision(numerator, denominator);
            double lead = denominator[denominator.Length - 1];

            // One column per unknown: the coefficients of Q/(x − r)ᵏ, or of Q/q and x·Q/q, each divided by its unknown's fraction.
            var columns = new List<double[]>();
            var fractions = new List<(PolynomialFactor Factor, int Power, bool TimesX)>();
            foreach (PolynomialFactor factor in factors)
            {
                for (int power = 1; power <= factor.Multiplicity; power++)
                {
                    double[] others = Others(factors, factor, factor.Multiplicity - power, lead);
                    if (factor.Quadratic == null)
                    {
                        columns.Add(others);
                        fractions.Add((factor, power, false));
                    }
                    else
                    {
                        columns.Add(others);
                        fractions.Add((factor, power, false));
                        columns.Add(Multiply(others, new[] { 0.0, 1 }));
                        fractions.Add((factor, power, true));
                    }
                }
            }

            if (!(Solve(columns, remainder) is double[] numbers))
            {
                return null;
            }

            // S + Σ the fractions, integrated term by term (each fraction its own step).
            ExprBuilder b = i.B;
            var terms = new List<SumTerm>(quotient.Select((c, k) => new SumTerm(c, b.Power(x, k))).Where(t => t.Coefficient != 0));
            var quadratics = new Dictionary<PolynomialFactor, (double B, double C)>();
            for (int k = 0; k < fractions.Count; k++)
            {
                (PolynomialFactor factor, int power, bool timesX) = fractions[k];
                double number = Snapped(numbers[k]);
                if (factor.Quadratic == null)
                {
                    terms.Add(new SumTerm(number, b.Power(FromPolynomial(b, factor.Coefficients, x), -power)));
                }
                else
                {
                    quadratics.TryGetValue(factor, out (double B, double C) pair);
                    quadratics[factor] = timesX ? (number, pair.C) : (pair.B, number);
                }
            }

            foreach (KeyValuePair<PolynomialFactor, (double B, double C)> quadratic in quadratics)
            {
                terms.Add(new SumTerm(1, b.Divide(b.Sum(quadratic.Value.C, new[] { new SumTerm(quadratic.Value.B, x) }), FromPolynomial(b, quadratic.Key.Coefficients, x))));
            }

            Expr decomposed = b.Sum(0, terms);
            Expr? integral = i.Try(decomposed, x);
            return integral == null ? null : new RuleOutcome(integral) { Rewritten = decomposed };
        }

        /// <summary>lead · (the factor to the power <paramref name="own"/>) · Π the other factors to their multiplicities.</summary>
        private static double[] Others(IReadOnlyList<PolynomialFactor> factors, PolynomialFactor factor, int own, double lead)
        {
            double[] product = { lead };
            foreach (PolynomialFactor other in factors)
            {
                int times = ReferenceEquals(other, factor) ? own : other.Multiplicity;
                for (int k = 0; k < times; k++)
                {
                    product = Multiply(product, other.Coefficients);
                }
            }

            return product;
        }

        /// <summary>Σ xₖ·columns[k] = target for the xₖ (Gaussian elimination with partial pivoting), or null when singular.</summary>
        private static double[]? Solve(List<double[]> columns, double[] target)
        {
            int n = columns.Count;
            var m = new double[n, n + 1];
            for (int row = 0; row < n; row++)
            {
                for (int column = 0; column < n; column++)
                {
                    m[row, column] = row < columns[column].Length ? columns[column][row] : 0;
                }

                m[row, n] = row < target.Length ? target[row] : 0;
            }

            for (int pivot = 0; pivot < n; pivot++)
            {
                int best = Enumerable.Range(pivot, n - pivot).OrderByDescending(row => Math.Abs(m[row, pivot])).First();
                if (Math.Abs(m[best, pivot]) < 1e-12)
                {
                    return null;
                }

                for (int column = 0; column <= n; column++)
                {
                    (m[pivot, column], m[best, column]) = (m[best, column], m[pivot, column]);
                }

                for (int row = 0; row < n; row++)
                {
                    if (row != pivot && m[row, pivot] != 0)
                    {
                        double ratio = m[row, pivot] / m[pivot, pivot];
                        for (int column = pivot; column <= n; column++)
                        {
                            m[row, column] -= ratio * m[pivot, column];
                        }
                    }
                }
            }

            return Enumerable.Range(0, n).Select(row => m[row, n] / m[row, row]).ToArray();
        }

        /// <summary>The fraction p/q with q ≤ 1000 that a number found by elimination is, to round-off (1/3, not 0.33333333333333326); else the number.</summary>
        private static double Snapped(double value)
        {
            for (int q = 1; q <= 1000; q++)
            {
                double p = Math.Round(value * q);
                if (Math.Abs((value * q) - p) <= 1e-10 * Math.Max(1, Math.Abs(p)))
                {
                    return p / q;
                }
            }

            return value;
        }
    }
}
