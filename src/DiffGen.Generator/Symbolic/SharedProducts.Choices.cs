using System;
using System.Collections.Generic;

namespace DiffGen.Generator.Symbolic
{
    /// <content>Which product each product is written with: the longest it starts with for a value the method computes, the largest that divides it for a derivative.</content>
    internal sealed partial class SharedProducts
    {
        /// <summary>A product <c>Coefficient · Shared^Power · Rest</c>: the factors it keeps besides the shared product, in printed order.</summary>
        private sealed class Choice
        {
            public Choice(Product shared, int power, Factor[] rest)
            {
                Shared = shared;
                Power = power;
                Rest = rest;
            }

            public Product Shared { get; }

            public int Power { get; }

            public Factor[] Rest { get; }
        }

        /// <summary>A product of positive whole powers of bases, of degree 2 or more.</summary>
        private static bool IsMonomial(Product product)
        {
            if (product.IsKeptWhole)
            {
                return false;
            }

            double degree = 0;
            foreach (Factor factor in product.Factors)
            {
                if (factor.Exponent < 1 || !ExprBuilder.IsInteger(factor.Exponent) || factor.Exponent > 64)
                {
                    return false;
                }

                degree += factor.Exponent;
            }

            return degree >= 2;
        }

        /// <summary>Whether the product prints as a plain chain of multiplications (powers 2 and 3 as <c>y * y * y</c>, never <c>Math.Pow</c>), and with no number (±1 aside) ahead of its factors.</summary>
        private static bool IsChain(Product product)
        {
            if (Math.Abs(product.Coefficient) != 1)
            {
                return false;
            }

            foreach (Factor factor in product.Factors)
            {
                if (factor.Exponent > 3)
                {
                    return false;
                }
            }

            return true;
        }

        private static int Degree(Product product)
        {
            int degree = 0;
            foreach (Factor factor in product.Factors)
            {
                degree += (int)factor.Exponent;
            }

            return degree;
        }

        /// <summary>
        /// The shared product each product is written with, if any, from the largest products down: a value
        /// the method computes uses the longest product it starts with (which then must keep its rounding
        /// too); a derivative the largest product that divides it, as many times as it does.
        /// </summary>
        private static Dictionary<Product, Choice> Choose(List<Product> products, Func<Expr, bool> exact)
        {
            // The products computed anyway, by their bases and powers: a coefficient other than 1 computes another number.
            var computed = new Dictionary<string, Product>(StringComparer.Ordinal);
            foreach (Product product in products)
            {
                if (product.Coefficient == 1)
                {
                    computed[Key(product.Factors, product.Factors.Count)] = product;
                }
            }

            var byDegree = new List<Product>(products);
            byDegree.Sort((p, q) => Degree(q).CompareTo(Degree(p)) is int c && c != 0 ? c : p.Id.CompareTo(q.Id));
            var keepsRounding = new HashSet<Product>();
            var choices = new Dictionary<Product, Choice>();
            foreach (Product product in byDegree)
            {
                Choice? choice = exact(product) || keepsRounding.Contains(product)
                    ? (IsChain(product) ? Prefix(product, computed) : null)
                    : Divisor(product, products);
                if (choice != null)
                {
                    choices.Add(product, choice);
                    if (exact(product) || keepsRounding.Contains(product))
                    {
                        keepsRounding.Add(choice.Shared);
                    }
                }
            }

            return choices;
        }

        /// <summary>The longest computed product (two factors or more) that <paramref name="product"/> starts with, as printed: its factors in the same order.</summary>
        private static Choice? Prefix(Product product, Dictionary<string, Product> computed)
        {
            var word = new List<Expr>();
            foreach (Factor factor in product.Factors)
            {
                for (int i = 0; i < (int)factor.Exponent; i++)
                {
                    word.Add(factor.Base);
                }
            }

            for (int length = word.Count - 1; length >= 2; length--)
            {
                Factor[] prefix = Group(word, 0, length);
                if (computed.TryGetValue(Key(prefix, prefix.Length), out Product? shared) && shared != product && IsChain(shared) && SameOrder(shared.Factors, prefix, length))
                {
                    return new Choice(shared, 1, Group(word, length, word.Count - length));
                }
            }

            return null;
        }

        /// <summary>Whether <paramref name="factors"/> print in the order <paramref name="prefix"/> holds them; two numbers multiply alike in either order.</summary>
        private static bool SameOrder(IReadOnlyList<Factor> factors, Factor[] prefix, int length)
        {
            if (length == 2)
            {
                return true;
            }

            if (factors.Count != prefix.Length)
            {
                return false;
            }

            for (int i = 0; i < prefix.Length; i++)
            {
                if (factors[i].Base != prefix[i].Base || factors[i].Exponent != prefix[i].Exponent)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The bases <c>word[start..start+count)</c> as factors: a run of one base is its power.</summary>
        private static Factor[] Group(List<Expr> word, int start, int count)
        {
            var factors = new List<Factor>();
            for (int i = start; i < start + count; i++)
            {
                if (factors.Count > 0 && factors[factors.Count - 1].Base == word[i])
                {
                    factors[factors.Count - 1] = new Factor(word[i], factors[factors.Count - 1].Exponent + 1);
                }
                else
                {
                    factors.Add(new Factor(word[i], 1));
                }
            }

            return factors.ToArray();
        }

        /// <summary>The largest computed product other than this one that divides it (the same bases and powers, when this one has another coefficient), with how often it does.</summary>
        private static Choice? Divisor(Product product, List<Product> products)
        {
            Choice? best = null;
            int bestDegree = 0;
            foreach (Product candidate in products)
            {
                int degree = Degree(candidate);
                if (candidate.Coefficient != 1 || candidate == product || degree <= bestDegree || degree > Degree(product))
                {
                    continue;
                }

                int power = int.MaxValue;
                foreach (Factor factor in candidate.Factors)
                {
                    double held = ExponentOf(product, factor.Base);
                    power = Math.Min(power, (int)(held / factor.Exponent));
                }

                if (power == 0)
                {
                    continue;
                }

                var rest = new List<Factor>();
                foreach (Factor factor in product.Factors)
                {
                    double left = factor.Exponent - (power * ExponentOf(candidate, factor.Base));
                    if (left != 0)
                    {
                        rest.Add(new Factor(factor.Base, left));
                    }
                }

                best = new Choice(candidate, power, rest.ToArray());
                bestDegree = degree;
            }

            return best;
        }

        private static double ExponentOf(Product product, Expr @base)
        {
            foreach (Factor factor in product.Factors)
            {
                if (factor.Base == @base)
                {
                    return factor.Exponent;
                }
            }

            return 0;
        }

        /// <summary>A product's bases and powers, in the order of their ids: equal for equal monomials, whatever the order of the factors.</summary>
        private static string Key(IReadOnlyList<Factor> factors, int count)
        {
            var parts = new List<(int Id, double Exponent)>(count);
            for (int i = 0; i < count; i++)
            {
                parts.Add((factors[i].Base.Id, factors[i].Exponent));
            }

            parts.Sort((a, c) => a.Id.CompareTo(c.Id));
            var text = new System.Text.StringBuilder();
            foreach ((int id, double exponent) in parts)
            {
                text.Append(id).Append('^').Append(exponent.ToString("R", System.Globalization.CultureInfo.InvariantCulture)).Append(' ');
            }

            return text.ToString();
        }
    }
}
