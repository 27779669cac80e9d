using System;
using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Functions;

namespace DiffGen.Generator.Symbolic
{
    /// <content>The product constructor: powers of a common base combined, kept values and source quotients expanded only where that cancels.</content>
    internal sealed partial class ExprBuilder
    {
        /// <summary>
        /// Nested sums and products are merged into their parent only up to this size. Merging
        /// copies operands, and merging without a bound makes a chain of n statements produce n²
        /// terms (each derivative step would copy the last one); a large nested sum stays one term.
        /// </summary>
        private const int MaxMergedOperands = 8;

        /// <summary>
        /// <c>coefficient · Π bᵢ^pᵢ</c>, flattened: constant bases are folded into the coefficient,
        /// nested products are merged when that is exact (integer exponents), powers of one base
        /// add their exponents, and factors whose exponent becomes 0 disappear.
        /// </summary>
        public Expr Product(double coefficient, IEnumerable<Factor> factors)
        {
            var exponents = new WeightedBases();

            // A factor 0 makes the product 0, whatever else it holds: algebra on real numbers, where the 0 of a branch not
            // taken times the derivative of one that divides by the constant 0 is 0, not IEEE's 0 · ∞ = NaN.
            bool zeroFactor = coefficient == 0;

            void Accumulate(Expr @base, double exponent)
            {
                if (exponent == 0)
                {
                    return;
                }

                switch (@base)
                {
                    case Constant { Value: 0 } when exponent > 0:
                        zeroFactor = true;
                        break;
                    case Constant constant:
                        coefficient *= exponent == 1 ? constant.Value : Math.Pow(constant.Value, exponent);
                        break;
                    case Product product when IsInteger(exponent) && sourceQuotients.Contains(product):
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
                    if (exponents.BaseAt(i) is Product q && sourceQuotients.Contains(q) && exponents.WeightAt(i) != 0 && Expands(q, exponents.WeightAt(i)))
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
                sourceQuotients.Regroup(exponents, scaled);
                GroupShares(exponents, scaled);
            }

            if (coefficient == 0 || zeroFactor)
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

            var key = NodeKey.OfOperands(ExprKind.Product, coefficient, kept);
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
                    sourceQuotients.Remember(share);
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
        /// A lone fractional power such as √u stays an atom inside other products, so that
        /// 1/√u reuses the √u the forward sweep computed (and √u·√u is not silently turned into u,
        /// which holds only for u ≥ 0).
        /// </summary>
        private static bool IsRoot(Product product) =>
            product.Coefficient == 1 && product.Factors.Count == 1 && !IsInteger(product.Factors[0].Exponent);

        internal static bool IsInteger(double value) => value == Math.Floor(value) && Math.Abs(value) < 1e15;
    }
}
