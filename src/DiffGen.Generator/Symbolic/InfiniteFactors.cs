using System;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Symbolic
{
    /// <summary>
    /// Local partials of a product that multiply by an infinity the method writes as a constant: ∂(−r / γ)/∂γ = r / γ² (or
    /// −P/γ through the product's own value) with r = +∞ at a dynamic-programming table's border, ∂(r²)/∂r = 2·r. Where the
    /// product is infinite it is a constant (−r / γ is −∞ whatever γ is), so its derivative is 0; the rule would give an
    /// infinite local partial, which the zero derivative or adjoint it meets (the border's own, or exp(−∞) = 0 further on)
    /// turns into NaN. Such a partial is taken as 0 where the product is infinite; one without such a factor
    /// (∂(−r / γ)/∂r = −1/γ) is left as it is.
    /// </summary>
    internal static class InfiniteFactors
    {
        /// <summary>
        /// <paramref name="partial"/>, the local partial of <paramref name="node"/> in one of its operands, as
        /// <c>|node| &lt; ∞ ? partial : 0</c> where it multiplies by a possible infinity; else itself.
        /// </summary>
        /// <param name="mayBeInfinite">Which symbols may hold an infinity the method writes as a constant; null where none may (infinite constants in the DAG still count).</param>
        public static Expr FiniteOnly(ExprBuilder b, Expr node, Expr partial, Func<Symbol, bool>? mayBeInfinite)
        {
            if (!(node is Product) || !HasInfiniteFactor(partial, mayBeInfinite))
            {
                return partial;
            }

            Condition finite = b.Compare(ConditionOp.Less, b.Call(Functions.ElementaryFunction.Abs, node), b.Constant(double.PositiveInfinity));
            return b.Select(finite, partial, b.Zero);
        }

        /// <summary>
        /// Whether a local partial is, or multiplies by, an infinite constant, a symbol that may hold one, or a product with
        /// such a factor (the quotient rule's −P/γ through the product's own value).
        /// </summary>
        private static bool HasInfiniteFactor(Expr partial, Func<Symbol, bool>? mayBeInfinite)
        {
            switch (partial)
            {
                case Symbol symbol:
                    return (symbol.ConstantValue is double value && double.IsInfinity(value)) || mayBeInfinite?.Invoke(symbol) == true;
                case Constant constant:
                    return double.IsInfinity(constant.Value);
                case Named named:
                    return HasInfiniteFactor(named.Value, mayBeInfinite);
                case Product product:
                    foreach (Factor factor in product.Factors)
                    {
                        if (factor.Exponent > 0 && HasInfiniteFactor(factor.Base, mayBeInfinite))
                        {
                            return true;
                        }
                    }

                    return double.IsInfinity(product.Coefficient);
                default:
                    return false;
            }
        }
    }
}
