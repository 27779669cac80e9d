using System.Collections.Generic;

namespace DiffGen.Generator.Symbolic
{
    /// <summary>The derivative of one node with respect to one of its direct operands: the factors the chain rule multiplies.</summary>
    internal static class LocalPartials
    {
        /// <summary>∂(c·Π bⱼ^pⱼ)/∂bᵢ = c·pᵢ·bᵢ^(pᵢ−1)·Π_{j≠i} bⱼ^pⱼ (power rule inside the product rule).</summary>
        public static Expr OfProduct(ExprBuilder b, Product product, int index)
        {
            if (product.Factors.Count == 1 && product.Coefficient == 1 && product.Factors[0].Exponent == 0.5)
            {
                // d√u/du = 1 / (2·√u): reuse the square root the forward sweep already computed.
                return b.Scale(0.5, b.Reciprocal(product));
            }

            var factors = new List<Factor>(product.Factors.Count);
            for (int j = 0; j < product.Factors.Count; j++)
            {
                Factor factor = product.Factors[j];
                factors.Add(j == index ? new Factor(factor.Base, factor.Exponent - 1) : factor);
            }

            return b.Product(product.Coefficient * product.Factors[index].Exponent, factors);
        }
    }
}
