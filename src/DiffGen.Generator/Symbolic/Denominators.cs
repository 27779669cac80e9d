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

        /// <summary>
        /// Whether <paramref name="partial"/>, a local partial of <paramref name="node"/>, is infinite where the node's value is
        /// finite, as a root's is at 0: it divides by the node itself or by a base the node raises to a positive fractional
        /// power (∛′ = 1/(3·∛u²), √′ = 1/(2·√u), (u^⅔)′), or the node is asin, acos or acosh (infinite at ±1, at 1) or a power
        /// with an exponent that is not a number. Unlike <see cref="DividesByMoreThan"/>, a logarithm or a quotient does not
        /// count: where their partial is infinite, so is their value, and no term of a finite derivative reads it.
        /// </summary>
        public static bool InfiniteWhereFinite(Expr partial, Expr node)
        {
            if (node is FunctionCall { Function: Functions.ElementaryFunction.Asin or Functions.ElementaryFunction.Acos or Functions.ElementaryFunction.Acosh }
                || (node is FunctionCall { Function: Functions.ElementaryFunction.Pow } power && !(power.Arguments[1] is Constant)))
            {
                return true;
            }

            foreach (Expr denominator in Of(partial))
            {
                if (!NeverZero(denominator) && !IsExponential(denominator) && (ReferenceEquals(denominator, node) || IsRootOf(node, denominator)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>exp(u), or a power of it: 0 only where it underflows, which a test for a root at 0 need not cover (√exp(u)).</summary>
        private static bool IsExponential(Expr e) =>
            e is FunctionCall { Function: Functions.ElementaryFunction.Exp } || (e is Product { Factors.Count: 1 } p && IsExponential(p.Factors[0].Base));

        /// <summary>
        /// Whether <paramref name="value"/> is 0 wherever <paramref name="factor"/> is: every base factor of it (a product's, or
        /// itself) is a factor of the value raised to a positive power (p in p·x, x in x²). Where a derivative of exactly 0 that
        /// meets a root's infinite partial so makes the root's argument 0 too, the method is constant along it (√(p·x) at p = 0)
        /// and the term is 0; where not (2·a under √(a² + b²)), the argument is 0 only at a point where the root has a kink, and
        /// no test is written.
        /// </summary>
        public static bool ZeroMakesZero(Expr factor, Expr value)
        {
            if (ReferenceEquals(factor, value))
            {
                return true;
            }

            if (factor is Product product)
            {
                if (product.Factors.Count == 0)
                {
                    return false;
                }

                foreach (Factor f in product.Factors)
                {
                    if (f.Exponent <= 0 || !HasFactor(value, f.Base))
                    {
                        return false;
                    }
                }

                return true;
            }

            return HasFactor(value, factor);
        }

        /// <summary>Whether the value is a product with this base raised to a positive power (or is the base itself).</summary>
        public static bool HasFactor(Expr value, Expr @base)
        {
            if (ReferenceEquals(value, @base))
            {
                return true;
            }

            if (value is Named named)
            {
                return HasFactor(named.Value, @base);
            }

            // max(u, 0) and min(u, 0) are 0 where u is.
            if (value is FunctionCall { Function: Functions.ElementaryFunction.Max or Functions.ElementaryFunction.Min } extreme
                && (extreme.Arguments[1] is Constant { Value: 0 } || extreme.Arguments[0] is Constant { Value: 0 }))
            {
                return ZeroMakesZero(@base, extreme.Arguments[1] is Constant ? extreme.Arguments[0] : extreme.Arguments[1]);
            }

            if (value is Product product)
            {
                foreach (Factor f in product.Factors)
                {
                    if (f.Exponent > 0 && (ReferenceEquals(f.Base, @base) || (f.Base is Named inner && ReferenceEquals(inner.Value, @base))))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>Whether the product raises the base to a positive power that is not a whole number (u^½ in √u·w).</summary>
        private static bool IsRootOf(Expr node, Expr @base)
        {
            if (node is Product product)
            {
                foreach (Factor factor in product.Factors)
                {
                    if (ReferenceEquals(factor.Base, @base) && factor.Exponent > 0 && factor.Exponent != System.Math.Floor(factor.Exponent))
                    {
                        return true;
                    }
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
