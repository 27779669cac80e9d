using System;
using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Symbolic
{
    /// <summary>
    /// Local partials that meet an infinity the method writes as a constant. Where an operation reads such an infinity it is
    /// a constant in its other operands (−r / γ is −∞ whatever γ is at a table's border of +∞, d^∞ is 0 for |d| &lt; 1,
    /// scale·(masked ? q : −∞) is −∞), so its derivative is 0; the rules give an infinite local partial there (r / γ², or
    /// −P/γ through the product's own value; ∞·d^∞⁻¹; the masked score), which the zero derivative or adjoint it meets (the
    /// border's own, or exp(−∞) = 0 further on) turns into NaN. Such a partial is taken as 0 where the infinity is:
    /// <list type="bullet">
    /// <item>of a power with an infinite exponent, <c>d^∞</c>, in its base: 0;</item>
    /// <item>of a product, where the partial multiplies by a value that may be infinite (a symbol that may hold the
    /// constant, the constant, or a choice, sum, call or product that reads one), 0 where the product is infinite:
    /// <c>|P| &lt; ∞ ? partial : 0</c>;</item>
    /// <item>of a call of two or more arguments (<c>Math.Pow</c>, <c>Math.Atan2</c>), 0 where another argument that may be
    /// infinite is.</item>
    /// </list>
    /// A partial that reads no such value (∂(−r / γ)/∂r = −1/γ) is left as it is, and so is every method without an infinite
    /// constant.
    /// </summary>
    internal static class InfiniteFactors
    {
        /// <summary>
        /// <paramref name="partial"/>, the local partial of <paramref name="node"/> in <paramref name="operand"/>, taken as 0
        /// where an infinity it meets makes the node a constant; else itself.
        /// </summary>
        /// <param name="mayBeInfinite">Which symbols may hold an infinity the method writes as a constant; null where none may (infinite constants in the DAG still count).</param>
        public static Expr FiniteOnly(ExprBuilder b, Expr node, Expr operand, Expr partial, Func<Symbol, InfinitySigns>? mayBeInfinite)
        {
            if (mayBeInfinite == null && !b.HasInfinities)
            {
                return partial; // most methods: nothing is or may hold an infinity
            }

            switch (node)
            {
                case Product product when InfiniteExponentOf(product, operand):
                    // d^∞ is 0, 1 or ∞ near any d (|d| < 1, = 1, > 1): a constant in d.
                    return b.Zero;
                case Product when HasInfiniteFactor(partial, mayBeInfinite):
                    return Guarded(b, Finite(b, node), partial);
                case FunctionCall { Function: Functions.ElementaryFunction.Pow or Functions.ElementaryFunction.Atan2 } call:
                    Condition? others = null;
                    foreach (Expr argument in call.Arguments)
                    {
                        if (!ReferenceEquals(argument, operand) && MayBeInfinite(argument, mayBeInfinite))
                        {
                            others = others == null ? Finite(b, argument) : b.And(others, Finite(b, argument));
                        }
                    }

                    return others == null ? partial : Guarded(b, others, partial);
                default:
                    return partial;
            }
        }

        private static bool InfiniteExponentOf(Product product, Expr operand)
        {
            foreach (Factor factor in product.Factors)
            {
                if (double.IsInfinity(factor.Exponent) && ReferenceEquals(factor.Base, operand))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// What a doc comment says beside formulas that hold such a test (<see cref="Holds"/>), so that a reader knows why it is
        /// there.
        /// </summary>
        public const string Note = "A term tested with |v| < ∞ is 0 where v is infinite: v reads an infinity the method writes as a constant, and is a constant there (0·∞ would be NaN).";

        /// <summary>Whether any of the expressions holds a test this class made.</summary>
        public static bool Holds(ExprBuilder b, IEnumerable<Expr> roots) =>
            b.HasInfinities && TopologicalOrder.OperandsFirst(roots).Any(b.IsFiniteGuard);

        /// <summary><c>finite ? partial : 0</c>, its test remembered by the builder as such a test (the test stays whatever the choice is multiplied by).</summary>
        private static Expr Guarded(ExprBuilder b, Condition finite, Expr partial) => b.Select(b.FiniteGuard(finite), partial, b.Zero);

        /// <summary><c>|e| &lt; ∞</c>.</summary>
        private static Condition Finite(ExprBuilder b, Expr e) =>
            b.Compare(ConditionOp.Less, b.Call(Functions.ElementaryFunction.Abs, e), b.Constant(double.PositiveInfinity));

        /// <summary>Whether a local partial is, or multiplies by, a value that may be infinite (<see cref="MayBeInfinite"/>).</summary>
        private static bool HasInfiniteFactor(Expr partial, Func<Symbol, InfinitySigns>? mayBeInfinite)
        {
            if (partial is Named named)
            {
                return HasInfiniteFactor(named.Value, mayBeInfinite);
            }

            if (!(partial is Product product))
            {
                return MayBeInfinite(partial, mayBeInfinite);
            }

            if (double.IsInfinity(product.Coefficient))
            {
                return true;
            }

            foreach (Factor factor in product.Factors)
            {
                if (factor.Exponent > 0 && MayBeInfinite(factor.Base, mayBeInfinite))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether a value may be infinite because it reads, in its arithmetic (not in the tests of its choices), an infinite
        /// constant or a symbol that may hold one, sign by sign (<see cref="InfinityRules"/>): a product by one, a choice with one
        /// on a side, a sum or a call that passes one on, but not exp(−∞) (0) or max(−∞, s) where s is finite.
        /// </summary>
        private static bool MayBeInfinite(Expr e, Func<Symbol, InfinitySigns>? mayBeInfinite) => SignsOf(e, mayBeInfinite) != InfinitySigns.None;

        /// <summary>Which infinities a value may be; nodes evaluated operands first, so a deep expression never recurses deeply.</summary>
        private static InfinitySigns SignsOf(Expr e, Func<Symbol, InfinitySigns>? mayBeInfinite)
        {
            var signs = new Dictionary<Expr, InfinitySigns>();
            var reads = new HashSet<Expr>();
            foreach (Expr node in TopologicalOrder.OperandsFirst(new[] { e }))
            {
                InfinitySigns own = Own(node, signs, reads, mayBeInfinite);
                signs[node] = own;
                if (own != InfinitySigns.None || (!(node is Condition) && AnyChild(node, reads)))
                {
                    reads.Add(node);
                }
            }

            return signs[e];
        }

        private static bool AnyChild(Expr node, HashSet<Expr> reads)
        {
            foreach (Expr child in node.Children)
            {
                if (!(child is Condition) && reads.Contains(child))
                {
                    return true;
                }
            }

            return false;
        }

        private static InfinitySigns Own(Expr node, Dictionary<Expr, InfinitySigns> signs, HashSet<Expr> reads, Func<Symbol, InfinitySigns>? mayBeInfinite)
        {
            switch (node)
            {
                case Symbol symbol:
                    return symbol.ConstantValue is double value && double.IsInfinity(value) ? InfinityRules.Of(value) : mayBeInfinite?.Invoke(symbol) ?? InfinitySigns.None;
                case Constant constant:
                    return InfinityRules.Of(constant.Value);
                case Named named:
                    return signs[named.Value];
                case Sum sum:
                    InfinitySigns total = InfinitySigns.None;
                    foreach (SumTerm term in sum.Terms)
                    {
                        total |= InfinityRules.Scaled(term.Coefficient, signs[term.Term]);
                    }

                    return total;
                case Product product:
                    if (double.IsInfinity(product.Coefficient))
                    {
                        return InfinitySigns.Either;
                    }

                    if (product.Factors.Count == 1 && product.Factors[0].Exponent == 1)
                    {
                        return InfinityRules.Scaled(product.Coefficient, signs[product.Factors[0].Base]);
                    }

                    InfinitySigns factors = InfinitySigns.None;
                    foreach (Factor factor in product.Factors)
                    {
                        // A factor below the line that is infinite makes the product 0; one with an infinite exponent, 0, 1 or ∞.
                        factors |= double.IsInfinity(factor.Exponent) ? InfinitySigns.Either : factor.Exponent > 0 ? signs[factor.Base] : InfinitySigns.None;
                    }

                    return InfinityRules.Product(factors);
                case FunctionCall call:
                    var arguments = new InfinitySigns[call.Arguments.Count];
                    bool readsInfinity = false;
                    for (int i = 0; i < arguments.Length; i++)
                    {
                        arguments[i] = signs[call.Arguments[i]];
                        readsInfinity |= reads.Contains(call.Arguments[i]);
                    }

                    return InfinityRules.Call(call.Function, arguments, readsInfinity);
                case Select select:
                    return signs[select.WhenTrue] | signs[select.WhenFalse];
                case Condition:
                    return InfinitySigns.None;
                default:
                    return AnyChild(node, reads) ? InfinitySigns.Either : InfinitySigns.None; // a call of another method
            }
        }
    }
}
