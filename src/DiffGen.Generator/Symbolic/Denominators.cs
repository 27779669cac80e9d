using System.Collections.Generic;

namespace DiffGen.Generator.Symbolic
{
    /// <summary>What an expression divides by: the bases of its products' negative powers (b in a / b, u in u^−½).</summary>
    internal static class Denominators
    {
        public static HashSet<Expr> Of(Expr e)
        {
            var bases = new HashSet<Expr>();
            foreach (Expr node in TopologicalOrder.OperandsFirst(new[] { e }))
            {
                if (node is Product product)
                {
                    foreach (Factor factor in product.Factors)
                    {
                        if (factor.Exponent < 0)
                        {
                            bases.Add(factor.Base);
                        }
                    }
                }
            }

            return bases;
        }

        /// <summary>
        /// Whether <paramref name="derivative"/> divides by something <paramref name="value"/> does not: a derivative that can
        /// be infinite where the value is finite (√u′ = 1/(2·√u) at u = 0, asin′ at ±1), so that a tangent of exactly 0 times
        /// it is 0·∞ = NaN. (Where the value divides by b too, the value is infinite wherever b is 0.)
        /// </summary>
        public static bool DividesByMoreThan(Expr derivative, Expr value)
        {
            HashSet<Expr> own = Of(value);
            foreach (Expr denominator in Of(derivative))
            {
                if (!own.Contains(denominator) && !NeverZero(denominator))
                {
                    return true;
                }
            }

            return HasVariablePower(derivative);
        }

        /// <summary>
        /// Whether an expression raises a base to an exponent that is not a number (aᵇ⁻¹, the rule of aᵇ in a): infinite at
        /// a = 0 wherever b &lt; 1, which no factor above records.
        /// </summary>
        private static bool HasVariablePower(Expr e)
        {
            foreach (Expr node in TopologicalOrder.OperandsFirst(new[] { e }))
            {
                if (node is FunctionCall { Function: Functions.ElementaryFunction.Pow } power && !(power.Arguments[1] is Constant))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A value no input makes 0, even in floating point: cosh u ≥ 1 (asinh′ = 1/cosh(asinh u)); eˣ underflows to 0.</summary>
        private static bool NeverZero(Expr e) =>
            e is FunctionCall { Function: Functions.ElementaryFunction.Cosh } || (e is Sum sum && sum.Offset > 0 && AllSquares(sum));

        /// <summary>A sum c + Σ kᵢ·uᵢ² with every kᵢ positive (1 + u², atan′'s denominator): at least c.</summary>
        private static bool AllSquares(Sum sum)
        {
            foreach (SumTerm term in sum.Terms)
            {
                if (term.Coefficient <= 0 || !(term.Term is Product { Coefficient: > 0 } product) || !EvenPowers(product))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool EvenPowers(Product product)
        {
            foreach (Factor factor in product.Factors)
            {
                if (factor.Exponent <= 0 || factor.Exponent % 2 != 0)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
