using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Functions;

namespace DiffGen.Generator.Symbolic.Integration
{
    /// <summary>
    /// The form a student leaves an antiderivative in: a number times a sum is multiplied out and like terms are
    /// collected (x²·eˣ − 2·(x·eˣ − eˣ) becomes x²·eˣ − 2·x·eˣ + 2·eˣ), then an exponential that every term shares is
    /// taken out ((x² − 2·x + 2)·eˣ). The rules build their results as they combine the parts (u·v − ∫ v du), and the
    /// DAG's builder merges only ±(a + b) into a sum, so this is done once, on the result. It changes the form, not
    /// the function: the result is checked again (<see cref="AntiderivativeCheck"/>) before it is kept.
    /// </summary>
    internal static class Collecting
    {
        /// <summary>A sum is multiplied out only while it has at most this many terms (the result stays short).</summary>
        private const int MaxTerms = 12;

        public static Expr Of(ExprBuilder b, Expr e)
        {
            Sum? sum = e as Sum;
            double scale = 1;
            if (e is Product { Factors.Count: 1 } scaled && scaled.Factors[0] is { Base: Sum inner, Exponent: 1 })
            {
                sum = inner;
                scale = scaled.Coefficient;
            }

            if (sum == null)
            {
                return e is Product { Factors.Count: > 1 } product ? OfProduct(b, product) : e;
            }

            double offset = 0;
            var terms = new List<SumTerm>();
            Distribute(b, sum, scale, ref offset, terms);
            if (terms.Count > MaxTerms)
            {
                return e;
            }

            Expr collected = b.Sum(offset, terms);
            return collected is Sum collectedSum ? TakeOutExponential(b, collectedSum) : collected;
        }

        /// <summary>
        /// e with every product of sums multiplied out and like terms collected, as far as <see cref="MaxTerms"/> terms
        /// allow (else e): (x² − 2·x + 2)·eˣ + (2·x − 2)·eˣ − x²·eˣ is 0. For the check, which then sees such a
        /// difference vanish.
        /// </summary>
        public static Expr Expanded(ExprBuilder b, Expr e)
        {
            List<(double Coefficient, List<Factor> Factors)>? terms = Terms(b, e);
            if (terms == null)
            {
                return e;
            }

            double offset = 0;
            var sum = new List<SumTerm>();
            foreach ((double coefficient, List<Factor> factors) in terms)
            {
                Expr product = b.Product(coefficient, factors);
                if (product is Constant c)
                {
                    offset += c.Value;
                }
                else
                {
                    sum.Add(new SumTerm(1, product));
                }
            }

            return b.Sum(offset, sum);
        }

        /// <summary>e as a sum of products (coefficient, factors), sums in factors multiplied out; null past <see cref="MaxTerms"/>.</summary>
        private static List<(double Coefficient, List<Factor> Factors)>? Terms(ExprBuilder b, Expr e)
        {
            switch (e)
            {
                case Constant c:
                    return new List<(double, List<Factor>)> { (c.Value, new List<Factor>()) };
                case Sum sum:
                    var all = new List<(double, List<Factor>)> { (sum.Offset, new List<Factor>()) };
                    foreach (SumTerm term in sum.Terms)
                    {
                        List<(double Coefficient, List<Factor> Factors)>? inner = Terms(b, term.Term);
                        if (inner == null)
                        {
                            return null;
                        }

                        all.AddRange(inner.Select(t => (term.Coefficient * t.Coefficient, t.Factors)));
                    }

                    return all.Count > 4 * MaxTerms ? null : all;
                case Product product:
                    var expanded = new List<(double Coefficient, List<Factor> Factors)> { (product.Coefficient, new List<Factor>()) };
                    foreach (Factor factor in product.Factors)
                    {
                        List<(double Coefficient, List<Factor> Factors)>? inner = factor.Base is Sum && factor.Exponent == 1
                            ? Terms(b, factor.Base)
                            : new List<(double, List<Factor>)> { (1, new List<Factor> { factor }) };
                        if (inner == null)
                        {
                            return null;
                        }

                        expanded = expanded.SelectMany(l => inner.Select(r => (l.Coefficient * r.Coefficient, l.Factors.Concat(r.Factors).ToList()))).ToList();
                        if (expanded.Count > 4 * MaxTerms)
                        {
                            return null;
                        }
                    }

                    return expanded;
                default:
                    return new List<(double, List<Factor>)> { (1, new List<Factor> { new Factor(e, 1) }) };
            }
        }

        /// <summary>The factors of a product, each sum among them collected (eˣ·(2·(x − 1) + 3) → eˣ·(2·x + 1)).</summary>
        private static Expr OfProduct(ExprBuilder b, Product product) =>
            b.Product(product.Coefficient, product.Factors.Select(f => f.Base is Sum && f.Exponent == 1 ? new Factor(Of(b, f.Base), 1) : f));

        /// <summary>Adds scale·s to offset and terms, with every number times a sum inside it multiplied out.</summary>
        private static void Distribute(ExprBuilder b, Sum s, double scale, ref double offset, List<SumTerm> terms)
        {
            offset += scale * s.Offset;
            foreach (SumTerm term in s.Terms)
            {
                double coefficient = scale * term.Coefficient;
                switch (term.Term)
                {
                    case Sum inner:
                        Distribute(b, inner, coefficient, ref offset, terms);
                        break;
                    case Product { Factors.Count: 1 } product when product.Factors[0].Base is Sum inner && product.Factors[0].Exponent == 1:
                        Distribute(b, inner, coefficient * product.Coefficient, ref offset, terms);
                        break;
                    default:
                        terms.Add(new SumTerm(coefficient, term.Term));
                        break;
                }
            }
        }

        /// <summary>
        /// Σ cᵢ·tᵢ·exp(g) → exp(g)·Σ cᵢ·tᵢ when every term has the factor exp(g) (to the same power) and there is no
        /// constant term; otherwise the sum as it is.
        /// </summary>
        private static Expr TakeOutExponential(ExprBuilder b, Sum sum)
        {
            if (sum.Offset != 0 || sum.Terms.Count < 2)
            {
                return sum;
            }

            IEnumerable<Factor> FactorsOf(Expr term) => term is Product p ? p.Factors : new[] { new Factor(term, 1) };
            foreach (Factor candidate in FactorsOf(sum.Terms[0].Term))
            {
                if (!(candidate.Base is FunctionCall { Function: ElementaryFunction.Exp })
                    || !sum.Terms.All(t => FactorsOf(t.Term).Any(f => ReferenceEquals(f.Base, candidate.Base) && f.Exponent == candidate.Exponent)))
                {
                    continue;
                }

                var rest = sum.Terms.Select(t => new SumTerm(t.Coefficient, b.Product(1, FactorsOf(t.Term).Where(f => !ReferenceEquals(f.Base, candidate.Base)))));
                return b.Product(1, new[] { new Factor(b.Sum(0, rest), 1), candidate });
            }

            return sum;
        }
    }
}
