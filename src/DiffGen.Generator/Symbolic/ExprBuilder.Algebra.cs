using System;
using System.Collections.Generic;
using System.Linq;

namespace DiffGen.Generator.Symbolic
{
    /// <content>The two n-ary constructors, where like terms and powers of a common base are combined.</content>
    internal sealed partial class ExprBuilder
    {
        /// <summary>
        /// Nested sums and products are merged into their parent only up to this size. Merging
        /// copies operands, and merging without a bound makes a chain of n statements produce n²
        /// terms (each derivative step would copy the last one); a large nested sum stays one term.
        /// </summary>
        private const int MaxMergedOperands = 8;

        /// <summary>
        /// <c>offset + Σ cᵢ·tᵢ</c>, flattened: small nested sums are merged, constants folded into the
        /// offset, constant factors of products become coefficients, like terms are combined and
        /// terms that cancel disappear. Terms keep the order in which they first appear.
        /// </summary>
        public Expr Sum(double offset, IEnumerable<SumTerm> terms)
        {
            var order = new List<Expr>();
            var coefficients = new Dictionary<Expr, double>();

            void Accumulate(double coefficient, Expr term)
            {
                if (coefficient == 0)
                {
                    return;
                }

                switch (term)
                {
                    case Constant constant:
                        offset += coefficient * constant.Value;
                        break;
                    case Sum sum when Math.Abs(coefficient) == 1 && sum.Terms.Count <= MaxMergedOperands:
                        // Only ±(a + b) is merged: distributing 2·(a + b) into 2a + 2b would
                        // hide the shared a + b the code already computes.
                        offset += coefficient * sum.Offset;
                        foreach (SumTerm inner in sum.Terms)
                        {
                            Accumulate(coefficient * inner.Coefficient, inner.Term);
                        }

                        break;
                    case Product product when product.Coefficient != 1:
                        Accumulate(coefficient * product.Coefficient, Product(1, product.Factors));
                        break;
                    default:
                        if (coefficients.TryGetValue(term, out double existing))
                        {
                            coefficients[term] = existing + coefficient;
                        }
                        else
                        {
                            order.Add(term);
                            coefficients.Add(term, coefficient);
                        }

                        break;
                }
            }

            foreach (SumTerm term in terms)
            {
                Accumulate(term.Coefficient, term.Term);
            }

            SumTerm[] kept = order.Where(t => coefficients[t] != 0).Select(t => new SumTerm(coefficients[t], t)).ToArray();
            if (TryMergeSelects(offset, kept, out Expr? merged))
            {
                return merged!;
            }

            if (kept.Length == 0)
            {
                return Constant(offset);
            }

            if (kept.Length == 1 && offset == 0)
            {
                return Scale(kept[0].Coefficient, kept[0].Term);
            }

            SumTerm[] sorted = kept.OrderBy(t => t.Term.Id).ToArray();
            var key = new NodeKey(
                ExprKind.Sum,
                offset,
                0,
                string.Empty,
                sorted.Select(t => t.Term.Id).ToArray(),
                sorted.Select(t => NodeKey.Bits(t.Coefficient)).ToArray());
            return Intern(key, id => new Sum(id, offset, kept));
        }

        /// <summary>
        /// <c>coefficient · Π bᵢ^pᵢ</c>, flattened: constant bases are folded into the coefficient,
        /// nested products are merged when that is exact (integer exponents), powers of one base
        /// add their exponents, and factors whose exponent becomes 0 disappear.
        /// </summary>
        public Expr Product(double coefficient, IEnumerable<Factor> factors)
        {
            var order = new List<Expr>();
            var exponents = new Dictionary<Expr, double>();

            void Accumulate(Expr @base, double exponent)
            {
                if (exponent == 0)
                {
                    return;
                }

                switch (@base)
                {
                    case Constant constant:
                        coefficient *= exponent == 1 ? constant.Value : Math.Pow(constant.Value, exponent);
                        break;
                    case Product product when IsInteger(exponent) && !IsRoot(product) && product.Factors.Count <= MaxMergedOperands:
                        coefficient *= exponent == 1 ? product.Coefficient : Math.Pow(product.Coefficient, exponent);
                        foreach (Factor inner in product.Factors)
                        {
                            Accumulate(inner.Base, inner.Exponent * exponent);
                        }

                        break;
                    default:
                        if (exponents.TryGetValue(@base, out double existing))
                        {
                            exponents[@base] = existing + exponent;
                        }
                        else
                        {
                            order.Add(@base);
                            exponents.Add(@base, exponent);
                        }

                        break;
                }
            }

            foreach (Factor factor in factors)
            {
                Accumulate(factor.Base, factor.Exponent);
            }

            // A kept forward value is expanded after all when that cancels one of its bases:
            // S·(1/S) is 1, not S·q. Without a cancellation it stays whole (q/S, never 1/S²).
            Named? dissolvable;
            while ((dissolvable = order.OfType<Named>().FirstOrDefault(n => n.IsKept && CancelsWith((Product)n.Value, exponents[n], exponents))) != null)
            {
                double exponent = exponents[dissolvable];
                var inner = (Product)dissolvable.Value;
                exponents[dissolvable] = 0;
                coefficient *= Math.Pow(inner.Coefficient, exponent);
                foreach (Factor factor in inner.Factors)
                {
                    Accumulate(factor.Base, factor.Exponent * exponent);
                }
            }

            if (coefficient == 0)
            {
                return Zero;
            }

            Factor[] kept = order.Where(b => exponents[b] != 0).Select(b => new Factor(b, exponents[b])).ToArray();
            if (kept.Length == 0)
            {
                return Constant(coefficient);
            }

            if (kept.Length == 1 && kept[0].Exponent == 1 && coefficient == 1)
            {
                return kept[0].Base;
            }

            if (TryDistributeOverSelect(coefficient, kept, out Expr? distributed))
            {
                return distributed!;
            }

            Factor[] sorted = kept.OrderBy(f => f.Base.Id).ToArray();
            var key = new NodeKey(
                ExprKind.Product,
                coefficient,
                0,
                string.Empty,
                sorted.Select(f => f.Base.Id).ToArray(),
                sorted.Select(f => NodeKey.Bits(f.Exponent)).ToArray());
            return Intern(key, id => new Product(id, coefficient, kept));
        }

        /// <summary>
        /// <c>(c ? a : b) + (c ? d : e)</c> → <c>c ? a + d : b + e</c>: derivatives of max, min and
        /// abs produce such pairs, and one choice reads better than two.
        /// </summary>
        private bool TryMergeSelects(double offset, SumTerm[] terms, out Expr? merged)
        {
            merged = null;
            IGrouping<Condition, SumTerm>? group = terms
                .Where(t => t.Term is Select)
                .GroupBy(t => ((Select)t.Term).Test)
                .FirstOrDefault(g => g.Count() > 1);
            if (group == null)
            {
                return false;
            }

            var whenTrue = group.Select(t => new SumTerm(t.Coefficient, ((Select)t.Term).WhenTrue));
            var whenFalse = group.Select(t => new SumTerm(t.Coefficient, ((Select)t.Term).WhenFalse));
            Expr choice = Select(group.Key, Sum(0, whenTrue), Sum(0, whenFalse));
            var rest = terms.Where(t => !group.Contains(t)).Concat(new[] { new SumTerm(1, choice) });
            merged = Sum(offset, rest);
            return true;
        }

        /// <summary>
        /// <c>k · (c ? 1 : 0)</c> → <c>c ? k : 0</c>: a product with a choice that has a constant
        /// branch (the indicator a kink's derivative produces) becomes a choice of products.
        /// </summary>
        private bool TryDistributeOverSelect(double coefficient, Factor[] factors, out Expr? distributed)
        {
            distributed = null;
            int index = Array.FindIndex(factors, f => f.Exponent == 1 && f.Base is Select s && (s.WhenTrue is Constant || s.WhenFalse is Constant));
            if (index < 0 || (factors.Length == 1 && coefficient == 1))
            {
                return false;
            }

            var select = (Select)factors[index].Base;
            Expr rest = Product(coefficient, factors.Where((_, i) => i != index));
            distributed = Select(select.Test, Multiply(rest, select.WhenTrue), Multiply(rest, select.WhenFalse));
            return true;
        }

        /// <summary>Whether <c>inner^exponent</c>, expanded, would cancel (part of) a base the product already has.</summary>
        private static bool CancelsWith(Product inner, double exponent, Dictionary<Expr, double> exponents)
        {
            if (exponent == 0 || !IsInteger(exponent) || IsRoot(inner) || inner.Factors.Count > MaxMergedOperands)
            {
                return false;
            }

            foreach (Factor factor in inner.Factors)
            {
                if (exponents.TryGetValue(factor.Base, out double existing) && existing != 0 && Math.Sign(existing) != Math.Sign(factor.Exponent * exponent))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// A lone fractional power such as √u stays an atom inside other products, so that
        /// 1/√u reuses the √u the forward sweep computed (and √u·√u is not silently turned into u,
        /// which holds only for u ≥ 0).
        /// </summary>
        private static bool IsRoot(Product product) =>
            product.Coefficient == 1 && product.Factors.Count == 1 && !IsInteger(product.Factors[0].Exponent);

        internal static bool IsInteger(double value) => value == Math.Floor(value) && Math.Abs(value) < 1e15;
    }
}
