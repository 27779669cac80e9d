using System.Collections.Generic;
using System.Linq;

namespace DiffGen.Generator.Symbolic
{
    /// <summary>
    /// The quotients the source forms (<see cref="ExprBuilder.SourceQuotient"/>), which products keep whole, and the
    /// regrouping of a product that holds all of one's factors around that quotient.
    /// </summary>
    internal sealed class SourceQuotients
    {
        /// <summary>The quotients, with coefficient 1.</summary>
        private readonly HashSet<Expr> formed = new HashSet<Expr>();

        /// <summary>The same quotients, by the base of theirs created first, in the order the source forms them.</summary>
        private readonly Dictionary<Expr, List<Product>> formedByBase = new Dictionary<Expr, List<Product>>();

        /// <summary>Whether <paramref name="product"/> (with coefficient 1) is a quotient the source forms.</summary>
        public bool Contains(Product product) => formed.Contains(product);

        /// <summary>Records a quotient that products keep whole.</summary>
        public void Remember(Product quotient)
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
        public void Regroup(WeightedBases exponents, bool scaled)
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

        /// <summary>Whether <paramref name="e"/> is one of the product's bases.</summary>
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
    }
}
