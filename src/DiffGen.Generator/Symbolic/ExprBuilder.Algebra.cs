using System;
using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Functions;

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

        /// <summary>The numbers the source multiplies by (<see cref="SourceProduct"/>), as magnitudes.</summary>
        private readonly HashSet<double> writtenFactors = new HashSet<double>();

        /// <summary>The quotients the source forms (<see cref="SourceQuotient"/>), with coefficient 1.</summary>
        private readonly HashSet<Expr> formed = new HashSet<Expr>();

        /// <summary>The same quotients, by the base of theirs created first, in the order the source forms them.</summary>
        private readonly Dictionary<Expr, List<Product>> formedByBase = new Dictionary<Expr, List<Product>>();

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

            var ids = new int[kept.Length];
            var weights = new long[kept.Length];
            for (int i = 0; i < kept.Length; i++)
            {
                // Sorted by id (insertion sort: a handful of terms, each id once), so a + b and b + a share a key.
                int id = kept[i].Term.Id;
                long weight = NodeKey.Bits(kept[i].Coefficient);
                int j = i;
                for (; j > 0 && ids[j - 1] > id; j--)
                {
                    ids[j] = ids[j - 1];
                    weights[j] = weights[j - 1];
                }

                ids[j] = id;
                weights[j] = weight;
            }

            var key = new NodeKey(ExprKind.Sum, offset, 0, string.Empty, ids, weights);
            return interned.TryGetValue(key, out Expr? existing) ? existing : Register(key, new Sum(nextId++, offset, kept));
        }

        /// <summary>
        /// <c>coefficient · Π bᵢ^pᵢ</c>, flattened: constant bases are folded into the coefficient,
        /// nested products are merged when that is exact (integer exponents), powers of one base
        /// add their exponents, and factors whose exponent becomes 0 disappear.
        /// </summary>
        public Expr Product(double coefficient, IEnumerable<Factor> factors)
        {
            var exponents = new WeightedBases();

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
                    case Product product when IsInteger(exponent) && formed.Contains(product):
                        // A quotient the source forms stays whole, formed before it is multiplied by
                        // anything else (see below); only its coefficient joins the product's.
                        coefficient *= exponent == 1 ? product.Coefficient : Math.Pow(product.Coefficient, exponent);
                        exponents.Add(product.Coefficient == 1 ? product : Product(1, product.Factors), exponent);
                        break;
                    case Product product when IsInteger(exponent) && !IsRoot(product) && product.Factors.Count <= MaxMergedOperands:
                        coefficient *= exponent == 1 ? product.Coefficient : Math.Pow(product.Coefficient, exponent);
                        foreach (Factor inner in product.Factors)
                        {
                            Accumulate(inner.Base, inner.Exponent * exponent);
                        }

                        break;
                    default:
                        exponents.Add(@base, exponent);
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
            while ((dissolvable = Dissolvable(exponents)) != null)
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

            // A quotient the source forms is expanded only where that cancels one of its bases
            // (b·(a/b) is a) or where it is the whole product (−(a/b), (a/b)⁻¹ = b/a). Otherwise it stays
            // one factor, so the source's y * (a / b) is never printed y * a / b, whose y·a can overflow
            // where a/b and the source's value do not (y·exp(u)/(1 + exp(u))). Derivatives that read
            // it read it whole too: it is a value the forward sweep computes.
            Product? quotient;
            while ((quotient = Expanding()) != null)
            {
                double exponent = exponents[quotient];
                exponents[quotient] = 0;
                foreach (Factor factor in quotient.Factors)
                {
                    Accumulate(factor.Base, factor.Exponent * exponent);
                }
            }

            // The first source quotient, in factor order, that expands (see above), or null.
            Product? Expanding()
            {
                for (int i = 0; i < exponents.Count; i++)
                {
                    if (exponents.BaseAt(i) is Product q && formed.Contains(q) && exponents.WeightAt(i) != 0 && Expands(q, exponents.WeightAt(i)))
                    {
                        return q;
                    }
                }

                return null;
            }

            bool Expands(Product q, double exponent)
            {
                if (CancelsWith(q, exponent, exponents))
                {
                    return true;
                }

                if (!(Math.Abs(exponent) == 1 && Math.Abs(coefficient) == 1))
                {
                    return false;
                }

                for (int i = 0; i < exponents.Count; i++)
                {
                    if (exponents.BaseAt(i) != q && exponents.WeightAt(i) != 0)
                    {
                        return false;
                    }
                }

                return true;
            }

            // And a product holding all of a source quotient's factors holds that quotient: the chain rule
            // multiplies y/S by exp(u) (the adjoint of y·(exp(u)/S) times exp′), which is y·(exp(u)/S).
            // So does one holding exp(u) over a sum with a term exp(u), the exponential's share of the sum
            // (y·exp(u)/(1 + exp(u)), from y·ln(1 + exp(u))): formed first, it is finite where exp(u) is.
            if (exponents.Count > 2 || (exponents.Count == 2 && Math.Abs(coefficient) > 1))
            {
                bool scaled = Math.Abs(coefficient) > 1;
                Regroup(exponents, scaled);
                GroupShares(exponents, scaled);
            }

            if (coefficient == 0)
            {
                return Zero;
            }

            var kept = new Factor[exponents.NonZeroCount()];
            for (int i = 0, k = 0; i < exponents.Count; i++)
            {
                if (exponents.WeightAt(i) != 0)
                {
                    kept[k++] = new Factor(exponents.BaseAt(i), exponents.WeightAt(i));
                }
            }

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

            var ids = new int[kept.Length];
            var weights = new long[kept.Length];
            for (int i = 0; i < kept.Length; i++)
            {
                // Sorted by id, as in Sum, so x·y and y·x share a key.
                int id = kept[i].Base.Id;
                long weight = NodeKey.Bits(kept[i].Exponent);
                int j = i;
                for (; j > 0 && ids[j - 1] > id; j--)
                {
                    ids[j] = ids[j - 1];
                    weights[j] = weights[j - 1];
                }

                ids[j] = id;
                weights[j] = weight;
            }

            var key = new NodeKey(ExprKind.Product, coefficient, 0, string.Empty, ids, weights);
            return interned.TryGetValue(key, out Expr? existing) ? existing : Register(key, new Product(nextId++, coefficient, kept));
        }

        /// <summary>The first kept forward value, in factor order, whose expansion cancels one of the product's bases, or null.</summary>
        private static Named? Dissolvable(WeightedBases exponents)
        {
            for (int i = 0; i < exponents.Count; i++)
            {
                if (exponents.BaseAt(i) is Named n && n.IsKept && CancelsWith((Product)n.Value, exponents.WeightAt(i), exponents))
                {
                    return n;
                }
            }

            return null;
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
        private static bool CancelsWith(Product inner, double exponent, WeightedBases exponents)
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
        /// <c>a + b</c> or <c>a - b</c> as the source writes it (on either route): a sum whose first operand
        /// is a number, or a sum written so, prints its constant first (<c>1 + epsilon</c>, not <c>epsilon + 1</c>).
        /// </summary>
        public Expr SourceSum(Expr a, Expr b, bool subtract)
        {
            Expr sum = subtract ? Subtract(a, b) : Add(a, b);
            if (sum is Sum written && written.Offset != 0 && (a is Constant || a is Sum { IsOffsetFirst: true }))
            {
                written.IsOffsetFirst = true;
            }

            return sum;
        }

        /// <summary>
        /// <c>a * b</c> as the source writes it (a multiplication of the method, on either route). A number
        /// it multiplies by is remembered (<see cref="IsWrittenFactor"/>), so that <c>0.1 * s</c> prints as
        /// written and not as <c>s / 10</c>, which C# rounds differently.
        /// </summary>
        public Expr SourceProduct(Expr a, Expr b)
        {
            foreach (Expr operand in new[] { a, b })
            {
                if (operand is Constant number && number.Value != 0)
                {
                    writtenFactors.Add(Math.Abs(number.Value));
                }
            }

            return Multiply(a, b);
        }

        /// <summary>Whether the source multiplies by ±<paramref name="magnitude"/> (<see cref="SourceProduct"/>): a coefficient of that size prints as a factor, never as a division.</summary>
        public bool IsWrittenFactor(double magnitude) => writtenFactors.Contains(magnitude);

        /// <summary>
        /// <c>a / b</c> as the source writes it (a division of the method, on either route): the product
        /// a·b⁻¹, remembered as a quotient the source forms when it has factors above and below the
        /// line, so that products holding it keep it whole (see <see cref="Product"/>).
        /// </summary>
        public Expr SourceQuotient(Expr a, Expr b)
        {
            Expr quotient = Divide(a, b);
            if (quotient is Product product && IsQuotient(product))
            {
                Remember((Product)(product.Coefficient == 1 ? product : Product(1, product.Factors)));
            }

            return quotient;
        }

        /// <summary>
        /// Gives <paramref name="rebuilt"/>, a node made again from <paramref name="original"/> with other operands, the marks of
        /// how the source writes the original (its constant first, a quotient kept whole).
        /// </summary>
        internal void CarryMarks(Expr original, Expr rebuilt)
        {
            if (original is Sum { IsOffsetFirst: true } && rebuilt is Sum { Offset: not 0 } sum)
            {
                sum.IsOffsetFirst = true;
            }

            if (original is Product { IsKeptWhole: true } && rebuilt is Product product && IsQuotient(product))
            {
                Remember((Product)(product.Coefficient == 1 ? product : Product(1, product.Factors)));
            }
        }

        /// <summary>Records a quotient that products keep whole.</summary>
        private void Remember(Product quotient)
        {
            if (formed.Add(quotient))
            {
                quotient.IsKeptWhole = true;
                Expr first = quotient.Factors.OrderBy(f => f.Base.Id).First().Base;
                if (!formedByBase.TryGetValue(first, out List<Product>? list))
                {
                    formedByBase.Add(first, list = new List<Product>());
                }

                list.Add(quotient);
            }
        }

        /// <summary>Replaces the factors of each source quotient the product holds, at their exponents, by the quotient.</summary>
        private void Regroup(WeightedBases exponents, bool scaled)
        {
            if (formedByBase.Count == 0)
            {
                return;
            }

            for (int i = 0; i < exponents.Count; i++)
            {
                if (exponents.WeightAt(i) == 0 || !formedByBase.TryGetValue(exponents.BaseAt(i), out List<Product>? candidates))
                {
                    continue;
                }

                foreach (Product quotient in candidates)
                {
                    if (!Holds(quotient) || !(scaled || HasOther(quotient)))
                    {
                        continue;
                    }

                    foreach (Factor factor in quotient.Factors)
                    {
                        exponents[factor.Base] = 0;
                    }

                    exponents.Add(quotient, 1);
                    break;
                }
            }

            // Whether the product has each of the quotient's factors at the quotient's exponent.
            bool Holds(Product quotient)
            {
                foreach (Factor f in quotient.Factors)
                {
                    if (!(exponents.TryGetValue(f.Base, out double e) && e == f.Exponent))
                    {
                        return false;
                    }
                }

                return true;
            }

            // Whether the product has a factor outside the quotient.
            bool HasOther(Product quotient)
            {
                for (int k = 0; k < exponents.Count; k++)
                {
                    if (exponents.WeightAt(k) != 0 && !IsFactorOf(quotient, exponents.BaseAt(k)))
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        private static bool IsFactorOf(Product product, Expr e)
        {
            foreach (Factor f in product.Factors)
            {
                if (f.Base == e)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Pairs each exp(u) above the line with a sum below it that holds exp(u) as a term, as the quotient
        /// exp(u)/S, when the product has other factors: y·exp(u)·S⁻¹ becomes y·(exp(u)/S), printed
        /// y * (e / s), so y·exp(u) is never formed (it overflows where y·exp(u)/S does not).
        /// </summary>
        private void GroupShares(WeightedBases exponents, bool scaled)
        {
            for (int i = 0; i < exponents.Count; i++)
            {
                Expr below = exponents.BaseAt(i);
                if (!(exponents[below] <= -1 && IsInteger(exponents[below]) && Unnamed(below) is Sum sum))
                {
                    continue;
                }

                foreach (SumTerm term in sum.Terms)
                {
                    if (!(Unnamed(term.Term) is FunctionCall { Function: ElementaryFunction.Exp } exp) || exponents[below] > -1)
                    {
                        continue;
                    }

                    Expr? above = null;
                    for (int k = 0; k < exponents.Count; k++)
                    {
                        double e = exponents.WeightAt(k);
                        if (e >= 1 && IsInteger(e) && Unnamed(exponents.BaseAt(k)) == exp)
                        {
                            above = exponents.BaseAt(k);
                            break;
                        }
                    }

                    bool others = above != null && (scaled || HasOthers(above));
                    if (!others)
                    {
                        continue;
                    }

                    var share = (Product)Product(1, new[] { new Factor(above!, 1), new Factor(below, -1) });
                    Remember(share);
                    exponents[above!] -= 1;
                    exponents[below] += 1;
                    exponents.Add(share, 1);
                }

                // Whether the product has more than above·below: another factor, or either at a higher power.
                bool HasOthers(Expr above)
                {
                    for (int k = 0; k < exponents.Count; k++)
                    {
                        Expr o = exponents.BaseAt(k);
                        double e = exponents.WeightAt(k);
                        if ((o != above && o != below && e != 0) || (o == above && e > 1) || (o == below && e < -1))
                        {
                            return true;
                        }
                    }

                    return false;
                }
            }
        }

        private static Expr Unnamed(Expr e) => e is Named named ? named.Value : e;

        /// <summary>
        /// A ratio a/b: a product (coefficient 1, as the constructor holds it) with factors both above and
        /// below the line, within the size that merging would copy.
        /// </summary>
        private static bool IsQuotient(Product product)
        {
            if (product.Factors.Count > MaxMergedOperands || IsRoot(product))
            {
                return false;
            }

            bool above = false, below = false;
            foreach (Factor factor in product.Factors)
            {
                above |= factor.Exponent > 0;
                below |= factor.Exponent < 0;
            }

            return above && below;
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
