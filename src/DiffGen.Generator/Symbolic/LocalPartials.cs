using System.Collections.Generic;
using DiffGen.Generator.Functions;

namespace DiffGen.Generator.Symbolic
{
    /// <summary>
    /// One factor of the chain rule: ∂node/∂<see cref="Operand"/>. The operand is usually a direct
    /// operand of the node; a rule may reach further down (<see cref="Through"/> lists the nodes it
    /// steps over), when the derivative through them has a form that does not overflow.
    /// </summary>
    internal readonly struct LocalPartial
    {
        public LocalPartial(Expr operand, Expr value, params Expr[] through)
        {
            Operand = operand;
            Value = value;
            Through = through;
        }

        public Expr Operand { get; }

        public Expr Value { get; }

        /// <summary>The nodes between the node and <see cref="Operand"/>, whose rules this factor applies too.</summary>
        public IReadOnlyList<Expr> Through { get; }
    }

    /// <summary>
    /// The derivative of a product or an elementary function with respect to its operands: the factors
    /// the chain rule multiplies, used alike by forward differentiation and by reverse accumulation.
    /// They are written with the node's own value, as the forward sweep computed it, wherever that keeps
    /// them finite where the value is: d(a/b) = (da − q·db)/b with q = a/b, never a/b², whose b²
    /// overflows long before a/b does; exp′ = exp; σ′ = σ·(1 − σ).
    /// </summary>
    internal static class LocalPartials
    {
        /// <summary>∂f(u₁, …)/∂uᵢ for each argument, from the row of <see cref="ElementaryFunctions"/>, the call itself as its value.</summary>
        public static IEnumerable<LocalPartial> OfCall(ExprBuilder b, FunctionCall call)
        {
            FunctionRow row = ElementaryFunctions.Row(call.Function);
            Expr self = b.Kept(call);
            for (int i = 0; i < call.Arguments.Count; i++)
            {
                yield return new LocalPartial(call.Arguments[i], DerivativeRules.Partial(b, row, call.Arguments, self, i));
            }
        }

        /// <summary>∂product/∂(each operand it depends on), in factor order.</summary>
        public static IEnumerable<LocalPartial> OfProduct(ExprBuilder b, Product product)
        {
            for (int i = 0; i < product.Factors.Count; i++)
            {
                Factor factor = product.Factors[i];
                IEnumerable<LocalPartial>? through = factor.Exponent < 0 ? ThroughBase(b, product, factor) : null;
                foreach (LocalPartial partial in through ?? new[] { new LocalPartial(factor.Base, OfFactor(b, product, i)) })
                {
                    yield return partial;
                }
            }
        }

        /// <summary>
        /// P = …·B^p with p &lt; 0, past B: ∂P = p·P·d(ln B), for a base whose ln B has a derivative that
        /// stays finite where B overflows and P is 0: exp(u) (d ln B = du, so d(1/exp(u)) = −P du even
        /// where a source local holds exp(u) = ∞), cosh(u) (tanh(u) du, so sech′ = −sech·tanh), sinh(u)
        /// (du / tanh(u)), and a sum holding an exponential (see <see cref="ThroughSum"/>). Null for any
        /// other base, whose partial is <see cref="OfFactor"/>'s.
        /// </summary>
        private static IEnumerable<LocalPartial>? ThroughBase(ExprBuilder b, Product product, Factor factor)
        {
            Expr inner = Unnamed(factor.Base);
            Expr[] steps = inner == factor.Base ? new[] { inner } : new[] { factor.Base, inner };
            Expr Scaled(Expr logDerivative) => b.Product(factor.Exponent, new[] { new Factor(b.Kept(product), 1), new Factor(logDerivative, 1) });
            switch (inner)
            {
                case FunctionCall { Function: ElementaryFunction.Exp } exp:
                    return new[] { new LocalPartial(exp.Arguments[0], Scaled(b.One), steps) };
                case FunctionCall { Function: ElementaryFunction.Cosh } cosh:
                    return new[] { new LocalPartial(cosh.Arguments[0], Scaled(b.Call(ElementaryFunction.Tanh, cosh.Arguments[0])), steps) };
                case FunctionCall { Function: ElementaryFunction.Sinh } sinh:
                    return new[] { new LocalPartial(sinh.Arguments[0], Scaled(b.Reciprocal(b.Call(ElementaryFunction.Tanh, sinh.Arguments[0]))), steps) };
                case Sum sum when HasExpTerm(sum):
                    return ThroughSum(b, product, factor, sum, steps);
                default:
                    return null;
            }
        }

        /// <summary>
        /// ∂(c·Π bⱼ^pⱼ)/∂bᵢ: for pᵢ &lt; 0, pᵢ·P/bᵢ with P the product's own value (the quotient rule
        /// through the forward value); otherwise c·pᵢ·bᵢ^(pᵢ−1)·Π_{j≠i} bⱼ^pⱼ (power rule inside the
        /// product rule), which for √u is 1 / (2·√u), reusing the square root.
        /// </summary>
        private static Expr OfFactor(ExprBuilder b, Product product, int index)
        {
            Factor factor = product.Factors[index];
            if (factor.Exponent < 0)
            {
                return b.Product(factor.Exponent, new[] { new Factor(b.Kept(product), 1), new Factor(factor.Base, -1) });
            }

            if (product.Factors.Count == 1 && product.Coefficient == 1 && factor.Exponent == 0.5)
            {
                // d√u/du = 1 / (2·√u): reuse the square root the forward sweep already computed.
                return b.Scale(0.5, b.Reciprocal(b.Kept(product)));
            }

            var factors = new List<Factor>(product.Factors.Count);
            for (int j = 0; j < product.Factors.Count; j++)
            {
                Factor other = product.Factors[j];
                factors.Add(j == index ? new Factor(other.Base, other.Exponent - 1) : other);
            }

            return b.Product(product.Coefficient * factor.Exponent, factors);
        }

        /// <summary>
        /// P = …·S^p with p &lt; 0 and S = a + k·exp(u) (the logistic σ = 1/(1 + exp(−z)) and its kin):
        /// through the exponential, ∂P/∂u = p·P·k·exp(u)/S = p·P·(1 − a/S), which holds no exp(u)
        /// (see <see cref="Share"/>): σ′ = σ·(1 − σ), finite even where exp(u) overflows and σ is 0.
        /// The other terms of S get p·P/S·(their coefficient), as through the sum.
        /// </summary>
        /// <param name="steps">The sum as the product holds it: under a source local's name (s in 1 / s), the name is stepped over too.</param>
        private static IEnumerable<LocalPartial> ThroughSum(ExprBuilder b, Product product, Factor factor, Sum sum, Expr[] steps)
        {
            Expr held = factor.Base;
            Expr toSum = b.Product(factor.Exponent, new[] { new Factor(b.Kept(product), 1), new Factor(held, -1) });
            for (int j = 0; j < sum.Terms.Count; j++)
            {
                SumTerm term = sum.Terms[j];
                if (!(ExpOf(term.Term) is FunctionCall exp))
                {
                    yield return new LocalPartial(term.Term, b.Scale(term.Coefficient, toSum), steps);
                    continue;
                }

                // a = S − k·exp(u): everything in S but this term.
                var rest = new List<SumTerm>(sum.Terms.Count - 1);
                for (int k = 0; k < sum.Terms.Count; k++)
                {
                    if (k != j)
                    {
                        rest.Add(sum.Terms[k]);
                    }
                }

                Expr share = Share(b, product, b.Sum(sum.Offset, rest), b.Scale(term.Coefficient, term.Term), held, rest.Exists(t => ExpOf(t.Term) != null));
                Expr value = b.Product(factor.Exponent, new[] { new Factor(b.Kept(product), 1), new Factor(share, 1) });
                var through = new List<Expr>(steps);
                if (term.Term != exp)
                {
                    through.Add(term.Term);
                }

                through.Add(exp);
                yield return new LocalPartial(exp.Arguments[0], value, through.ToArray());
            }
        }

        /// <summary>
        /// k·exp(u)/S, the exponential's share of S = a + k·exp(u), without exp(u) over S: 1 − a/S (where
        /// a/S is the product itself, σ = 1/(1 + exp(−z)), that is 1 − σ, read from σ's local). When a
        /// holds exponentials too, any of which may overflow, 1/(1 + a/(k·exp(u))): finite whichever
        /// one is ∞.
        /// </summary>
        private static Expr Share(ExprBuilder b, Product product, Expr rest, Expr term, Expr sum, bool restHasExp)
        {
            if (restHasExp)
            {
                return b.Reciprocal(b.Add(b.One, b.Divide(rest, term)));
            }

            Expr ratio = b.Divide(rest, sum);
            return b.Subtract(b.One, ratio == product ? b.Kept(product) : ratio);
        }

        private static bool HasExpTerm(Sum sum)
        {
            foreach (SumTerm term in sum.Terms)
            {
                if (ExpOf(term.Term) != null)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The exp(u) a term is, directly or under a source local's name; null otherwise.</summary>
        private static FunctionCall? ExpOf(Expr term) => Unnamed(term) is FunctionCall { Function: ElementaryFunction.Exp } call ? call : null;

        private static Expr Unnamed(Expr e) => e is Named named ? named.Value : e;
    }
}
