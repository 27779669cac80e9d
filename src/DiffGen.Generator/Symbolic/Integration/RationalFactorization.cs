using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;

namespace DiffGen.Generator.Symbolic.Integration
{
    /// <summary>One factor of a polynomial: x − r (a root, <see cref="Quadratic"/> null) or a quadratic x² + p·x + q, with its multiplicity.</summary>
    internal sealed class PolynomialFactor
    {
        public PolynomialFactor(double root, int multiplicity)
        {
            Root = root;
            Multiplicity = multiplicity;
        }

        public PolynomialFactor((double P, double Q) quadratic)
        {
            Quadratic = quadratic;
            Multiplicity = 1;
        }

        public double Root { get; }

        public (double P, double Q)? Quadratic { get; }

        public int Multiplicity { get; }

        /// <summary>The factor's coefficients, constant first: (−r, 1) or (q, p, 1).</summary>
        public double[] Coefficients => Quadratic is (double p, double q) ? new[] { q, p, 1 } : new[] { -Root, 1 };
    }

    /// <summary>
    /// Factors a polynomial of degree 3 or 4 with rational coefficients over the rationals, as a student does for partial
    /// fractions: rational roots p/q (p divides the constant coefficient, q the leading one, each tested exactly in
    /// integers) and what is left, a quadratic, or for degree 4 with no rational root a product of two quadratics with
    /// integer coefficients. Null when it does not factor so (an irreducible cubic, a quadratic squared), or the
    /// coefficients are not small rationals.
    /// </summary>
    internal static class RationalFactorization
    {
        private const int MaxDenominator = 1000;
        private static readonly BigInteger MaxCoefficient = new BigInteger(1_000_000);

        /// <summary>The factors of p (constant first), their leading coefficients 1; their product times p's leading coefficient is p.</summary>
        public static IReadOnlyList<PolynomialFactor>? Of(double[] p)
        {
            if (!(Integers(p) is BigInteger[] integer) || integer.Any(c => BigInteger.Abs(c) > MaxCoefficient))
            {
                return null;
            }

            var factors = new List<PolynomialFactor>();
            List<BigInteger> rest = integer.ToList();
            while (rest.Count > 1 && RationalRoot(rest) is (BigInteger num, BigInteger den))
            {
                int multiplicity = 0;
                while (rest.Count > 1 && DivideByLinear(rest, num, den) is List<BigInteger> quotient)
                {
                    rest = quotient;
                    multiplicity++;
                }

                factors.Add(new PolynomialFactor((double)num / (double)den, multiplicity));
            }

            switch (rest.Count - 1)
            {
                case 0:
                    return factors;
                case 2:
                    factors.Add(new PolynomialFactor(((double)rest[1] / (double)rest[2], (double)rest[0] / (double)rest[2])));
                    return factors;
                case 4 when TwoQuadratics(rest) is ((double, double) first, (double, double) second) && first != second:
                    factors.Add(new PolynomialFactor(first));
                    factors.Add(new PolynomialFactor(second));
                    return factors;
                default:
                    return null;
            }
        }

        /// <summary>p times the smallest whole number (up to <see cref="MaxDenominator"/>) that makes every coefficient whole, or null.</summary>
        private static BigInteger[]? Integers(double[] p)
        {
            for (int scale = 1; scale <= MaxDenominator; scale++)
            {
                if (p.All(c => Math.Abs((c * scale) - Math.Round(c * scale)) <= 1e-9 * Math.Max(1, Math.Abs(c * scale))))
                {
                    return p.Select(c => new BigInteger(Math.Round(c * scale))).ToArray();
                }
            }

            return null;
        }

        /// <summary>A root num/den of the polynomial with these integer coefficients (constant first), or null.</summary>
        private static (BigInteger Num, BigInteger Den)? RationalRoot(List<BigInteger> a)
        {
            if (a[0].IsZero)
            {
                return (BigInteger.Zero, BigInteger.One);
            }

            foreach (BigInteger num in Divisors(BigInteger.Abs(a[0])))
            {
                foreach (BigInteger den in Divisors(BigInteger.Abs(a[a.Count - 1])))
                {
                    foreach (BigInteger signed in new[] { num, -num })
                    {
                        if (BigInteger.GreatestCommonDivisor(num, den).IsOne && ValueTimesPower(a, signed, den).IsZero)
                        {
                            return (signed, den);
                        }
                    }
                }
            }

            return null;
        }

        /// <summary>denᵈᵉᵍʳᵉᵉ·a(num/den), exactly.</summary>
        private static BigInteger ValueTimesPower(List<BigInteger> a, BigInteger num, BigInteger den)
        {
            BigInteger sum = BigInteger.Zero;
            int degree = a.Count - 1;
            for (int k = 0; k <= degree; k++)
            {
                sum += a[k] * BigInteger.Pow(num, k) * BigInteger.Pow(den, degree - k);
            }

            return sum;
        }

        /// <summary>a/(den·x − num) when it divides exactly with integer coefficients (Gauss's lemma), else null.</summary>
        private static List<BigInteger>? DivideByLinear(List<BigInteger> a, BigInteger num, BigInteger den)
        {
            if (!ValueTimesPower(a, num, den).IsZero)
            {
                return null;
            }

            // From the top: a = (den·x − num)·b, so b[k − 1] = (a[k] + num·b[k])/den.
            int degree = a.Count - 1;
            var b = new BigInteger[degree];
            BigInteger carry = BigInteger.Zero;
            for (int k = degree; k >= 1; k--)
            {
                BigInteger value = a[k] + (num * carry);
                if (!(value % den).IsZero)
                {
                    return null;
                }

                b[k - 1] = value / den;
                carry = b[k - 1];
            }

            return b.ToList();
        }

        /// <summary>
        /// a = (a₄/(d·e))·(d·x² + b·x + c)·(e·x² + f·x + g)... searched as (α·x² + β·x + γ)·(δ·x² + ε·x + ζ) with α·δ = a₄,
        /// γ·ζ = a₀ and β, ε from the x³ and x coefficients; each quadratic returned monic: (p, q) of x² + p·x + q.
        /// </summary>
        private static ((double P, double Q) First, (double P, double Q) Second)? TwoQuadratics(List<BigInteger> a)
        {
            foreach (BigInteger alpha in Divisors(BigInteger.Abs(a[4])))
            {
                BigInteger delta = a[4] / alpha;
                foreach (BigInteger g in Divisors(BigInteger.Abs(a[0])))
                {
                    foreach (BigInteger gamma in new[] { g, -g })
                    {
                        BigInteger zeta = a[0] / gamma;

                        // α·ε + β·δ = a₃ and β·ζ + γ·ε = a₁: two linear equations in β, ε.
                        BigInteger determinant = (alpha * zeta) - (delta * gamma);
                        if (determinant.IsZero)
                        {
                            continue;
                        }

                        BigInteger betaNumerator = (a[1] * alpha) - (a[3] * gamma);
                        BigInteger epsilonNumerator = (a[3] * zeta) - (a[1] * delta);
                        if (!(betaNumerator % determinant).IsZero || !(epsilonNumerator % determinant).IsZero)
                        {
                            continue;
                        }

                        BigInteger beta = betaNumerator / determinant, epsilon = epsilonNumerator / determinant;
                        if ((alpha * zeta) + (beta * epsilon) + (gamma * delta) == a[2])
                        {
                            return (((double)beta / (double)alpha, (double)gamma / (double)alpha), ((double)epsilon / (double)delta, (double)zeta / (double)delta));
                        }
                    }
                }
            }

            return null;
        }

        private static IEnumerable<BigInteger> Divisors(BigInteger n)
        {
            for (BigInteger d = BigInteger.One; d * d <= n; d++)
            {
                if ((n % d).IsZero)
                {
                    yield return d;
                    if (d * d != n)
                    {
                        yield return n / d;
                    }
                }
            }
        }
    }
}
