using System;
using System.Collections.Generic;
using System.Linq;

namespace DiffGen.Generator.Symbolic
{
    /// <content>The sum constructor: like terms combined, constants folded, and choices by one test merged.</content>
    internal sealed partial class ExprBuilder
    {
        /// <summary>
        /// <c>offset + Σ cᵢ·tᵢ</c>, flattened: small nested sums are merged, constants folded into the
        /// offset, constant factors of products become coefficients, like terms are combined and
        /// terms that cancel disappear. Terms keep the order in which they first appear.
        /// </summary>
        public Expr Sum(double offset, IEnumerable<SumTerm> terms)
        {
            var coefficients = new WeightedBases();

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
                        coefficients.Add(term, coefficient);
                        break;
                }
            }

            foreach (SumTerm term in terms)
            {
                Accumulate(term.Coefficient, term.Term);
            }

            MergeNamesWithTheirValues(coefficients);
            var kept = new SumTerm[coefficients.NonZeroCount()];
            for (int i = 0, k = 0; i < coefficients.Count; i++)
            {
                if (coefficients.WeightAt(i) != 0)
                {
                    kept[k++] = new SumTerm(coefficients.WeightAt(i), coefficients.BaseAt(i));
                }
            }

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

            var key = NodeKey.OfOperands(ExprKind.Sum, offset, kept);
            return interned.TryGetValue(key, out Expr? existing) ? existing : Register(key, new Sum(nextId++, offset, kept));
        }

        /// <summary>
        /// A local and the value it names are one term: ∂(yy·y)/∂y with yy = y·y is 2·y·y + yy, which is 3·yy, not
        /// 2·yy + yy (the printer writes y·y by the local's name). The local's name stays, in its place.
        /// </summary>
        private static void MergeNamesWithTheirValues(WeightedBases coefficients)
        {
            for (int i = 0; i < coefficients.Count; i++)
            {
                if (coefficients.BaseAt(i) is Named named && coefficients.WeightAt(i) != 0
                    && coefficients.TryGetValue(named.Value, out double weight) && weight != 0)
                {
                    coefficients[named] = coefficients.WeightAt(i) + weight;
                    coefficients[named.Value] = 0;
                }
            }
        }

        /// <summary>
        /// <c>(c ? a : b) + (c ? d : e)</c> → <c>c ? a + d : b + e</c>: derivatives of max, min and
        /// abs produce such pairs, and one choice reads better than two.
        /// </summary>
        private bool TryMergeSelects(double offset, SumTerm[] terms, out Expr? merged)
        {
            merged = null;
            int selects = 0;
            foreach (SumTerm term in terms)
            {
                selects += term.Term is Select ? 1 : 0;
            }

            if (selects < 2)
            {
                return false;
            }

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
    }
}
