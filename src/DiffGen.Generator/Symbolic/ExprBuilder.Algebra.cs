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
                    case Product product when IsInteger(exponent) && formed.Contains(product):
                        // A quotient the source forms stays whole, formed before it is multiplied by
                        // anything else (see below); only its coefficient joins the product's.
                        coefficient *= exponent == 1 ? product.Coefficient : Math.Pow(product.Coefficient, exponent);
                        Add(product.Coefficient == 1 ? product : Product(1, product.Factors), exponent);
                        break;
                    case Product product when IsInteger(exponent) && !IsRoot(product) && product.Factors.Count <= MaxMergedOperands:
                        coefficient *= exponent == 1 ? product.Coefficient : Math.Pow(product.Coefficient, exponent);
                        foreach (Factor inner in product.Factors)
                        {
                            Accumulate(inner.Base, inner.Exponent * exponent);
                        }

                        break;
                    default:
                        Add(@base, exponent);
                        break;
                }
            }

            void Add(Expr @base, double exponent)
            {
                if (exponents.TryGetValue(@base, out double existing))
                {
                    exponents[@base] = existing + exponent;
                }
                else
                {
                    order.Add(@base);
                    exponents.Add(@base, exponent);
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

            // A quotient the source forms is expanded only where that cancels one of its bases
            // (b·(a/b) is a) or where it is the whole product (−(a/b), (a/b)⁻¹ = b/a). Otherwise it stays
            // one factor, so the source's y * (a / b) is never printed y * a / b, whose y·a can overflow
            // where a/b and the source's value do not (y·exp(u)/(1 + exp(u))). Derivatives that read
            // it read it whole too: it is a value the forward sweep computes.
            Product? quotient;
            while ((quotient = order.OfType<Product>().FirstOrDefault(q => formed.Contains(q) && exponents[q] != 0 && Expands(q))) != null)
            {
                double exponent = exponents[quotient];
                exponents[quotient] = 0;
                foreach (Factor factor in quotient.Factors)
                {
                    Accumulate(factor.Base, factor.Exponent * exponent);
                }
            }

            bool Expands(Product q)
            {
                double exponent = exponents[q];
                return CancelsWith(q, exponent, exponents)
                    || (Math.Abs(exponent) == 1 && Math.Abs(coefficient) == 1 && order.All(o => o == q || exponents[o] == 0));
            }

            // And a product holding all of a source quotient's factors holds that quotient: the chain rule
            // multiplies y/S by exp(u) (the adjoint of y·(exp(u)/S) times exp′), which is y·(exp(u)/S).
            // So does one holding exp(u) over a sum with a term exp(u), the exponential's share of the sum
            // (y·exp(u)/(1 + exp(u)), from y·ln(1 + exp(u))): formed first, it is finite where exp(u) is.
            if (order.Count > 2 || (order.Count == 2 && Math.Abs(coefficient) > 1))
            {
                bool scaled = Math.Abs(coefficient) > 1;
                Regroup(order, exponents, scaled);
                GroupShares(order, exponents, scaled);
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
        private void Regroup(List<Expr> order, Dictionary<Expr, double> exponents, bool scaled)
        {
            for (int i = 0; i < order.Count; i++)
            {
                if (exponents[order[i]] == 0 || !formedByBase.TryGetValue(order[i], out List<Product>? candidates))
                {
                    continue;
                }

                foreach (Product quotient in candidates)
                {
                    bool holds = quotient.Factors.All(f => exponents.TryGetValue(f.Base, out double e) && e == f.Exponent);
                    bool rest = scaled || order.Any(o => exponents[o] != 0 && !quotient.Factors.Any(f => f.Base == o));
                    if (!holds || !rest)
                    {
                        continue;
                    }

                    foreach (Factor factor in quotient.Factors)
                    {
                        exponents[factor.Base] = 0;
                    }

                    if (exponents.TryGetValue(quotient, out double existing))
                    {
                        exponents[quotient] = existing + 1;
                    }
                    else
                    {
                        order.Add(quotient);
                        exponents.Add(quotient, 1);
                    }

                    break;
                }
            }
        }

        /// <summary>
        /// Pairs each exp(u) above the line with a sum below it that holds exp(u) as a term, as the quotient
        /// exp(u)/S, when the product has other factors: y·exp(u)·S⁻¹ becomes y·(exp(u)/S), printed
        /// y * (e / s), so y·exp(u) is never formed (it overflows where y·exp(u)/S does not).
        /// </summary>
        private void GroupShares(List<Expr> order, Dictionary<Expr, double> exponents, bool scaled)
        {
            for (int i = 0; i < order.Count; i++)
            {
                Expr below = order[i];
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

                    Expr? above = order.FirstOrDefault(o => exponents[o] >= 1 && IsInteger(exponents[o]) && Unnamed(o) == exp);
                    bool others = above != null && (scaled || order.Any(o => (o != above && o != below && exponents[o] != 0) || (o == above && exponents[o] > 1) || (o == below && exponents[o] < -1)));
                    if (!others)
                    {
                        continue;
                    }

                    var share = (Product)Product(1, new[] { new Factor(above!, 1), new Factor(below, -1) });
                    Remember(share);
                    exponents[above!] -= 1;
                    exponents[below] += 1;
                    if (exponents.TryGetValue(share, out double existing))
                    {
                        exponents[share] = existing + 1;
                    }
                    else
                    {
                        order.Add(share);
                        exponents.Add(share, 1);
                    }
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
