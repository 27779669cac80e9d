using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Symbolic
{
    /// <summary>
    /// Symbolic partial derivatives by the sum, product (power), chain and quotient rules, one
    /// memoized result per node, so the derivative of a DAG is a DAG of linear size. Used for the
    /// <c>MPartialP</c> members and for the formulas in doc comments.
    /// </summary>
    internal sealed class ForwardDerivative
    {
        private readonly ExprBuilder b;
        private readonly Symbol variable;
        private readonly Dictionary<Expr, Expr> memo = new Dictionary<Expr, Expr>();
        private readonly DependencyAnalysis dependencies;
        private readonly System.Func<Symbol, InfinitySigns>? mayBeInfinite;

        private readonly bool zeroMeetsRoots;

        /// <summary>Roots (√u, ∛u, ...) whose own rule is infinite where their value is finite.</summary>
        private readonly HashSet<Expr> rootNodes = new HashSet<Expr>();

        /// <param name="mayBeInfinite">
        /// Which symbols may hold an infinity the method writes as a constant (a table's border of +∞, see
        /// <see cref="InfiniteFactors"/>); null where none may.
        /// </param>
        /// <param name="zeroMeetsRoots">
        /// Whether a derivative, weight or tangent of exactly 0 that meets a root's infinite partial is tested, to give 0 rather
        /// than 0·∞ (generated members); the integrator's calculus (antiderivatives checked by differentiating them) does
        /// without the tests, which would hide the algebra it compares.
        /// </param>
        public ForwardDerivative(ExprBuilder builder, Symbol variable, DependencyAnalysis dependencies, System.Func<Symbol, InfinitySigns>? mayBeInfinite = null, bool zeroMeetsRoots = true)
        {
            this.zeroMeetsRoots = zeroMeetsRoots;
            b = builder;
            this.variable = variable;
            this.dependencies = dependencies;
            this.mayBeInfinite = mayBeInfinite;
        }

        /// <summary>∂e/∂variable.</summary>
        public Expr Of(Expr e)
        {
            if (!memo.ContainsKey(e))
            {
                // Operands first, so each rule below finds its operands' derivatives memoized
                // and deep expressions never recurse deeply.
                foreach (Expr node in TopologicalOrder.OperandsFirst(new[] { e }, memo.ContainsKey))
                {
                    if (!memo.ContainsKey(node))
                    {
                        memo.Add(node, Compute(node));
                    }
                }
            }

            return memo[e];
        }

        private Expr Compute(Expr e)
        {
            if (!dependencies.DependsOn(e, variable))
            {
                return b.Zero;
            }

            return e switch
            {
                Symbol => b.One,
                Sum sum => OfSum(sum),
                Product product => Chain(product, LocalPartials.OfProduct(b, product)),
                FunctionCall call => Chain(call, LocalPartials.OfCall(b, call)),
                Select select => b.Select(select.Test, Of(select.WhenTrue), Of(select.WhenFalse)),
                Named named => Of(named.Value),
                Invocation call => OfInvocation(call),
                InvocationPartial => throw new System.NotSupportedException("second derivatives through calls are not supported yet"),
                _ => b.Zero,
            };
        }

        private Expr OfSum(Sum sum)
        {
            var terms = new List<SumTerm>();
            foreach (SumTerm term in sum.Terms)
            {
                terms.Add(new SumTerm(term.Coefficient, Of(term.Term)));
            }

            return b.Sum(0, terms);
        }

        /// <summary>
        /// d(c·Π bᵢ^pᵢ) = Σᵢ (∂/∂bᵢ of the product) · dbᵢ and d f(u₁, …) = Σᵢ ∂f/∂uᵢ · duᵢ, each local
        /// partial as <see cref="LocalPartials"/> writes it (for both modes alike).
        /// </summary>
        private Expr Chain(Expr node, IEnumerable<LocalPartial> partials)
        {
            var terms = new List<SumTerm>();
            foreach (LocalPartial partial in partials)
            {
                Expr inner = Of(partial.Operand);
                if (IsZero(inner))
                {
                    continue;
                }

                // A callee's derivative is exactly 0 where it clamps (Relu(x) for x < 0), and then so is its value's: the
                // local partial, infinite there (√Relu(x)), must not make it 0·∞.
                bool guarded = ReadsCalleePartial(inner) && Denominators.DividesByMoreThan(partial.Value, node);
                Expr local = InfiniteFactors.FiniteOnly(b, node, partial.Operand, partial.Value, mayBeInfinite);
                bool rootLike = Denominators.InfiniteWhereFinite(partial.Value, node);
                bool operandIsRoot = rootNodes.Contains(partial.Operand);
                if (rootLike)
                {
                    rootNodes.Add(node);
                }

                if (IsSumOfGuardedTerms(inner))
                {
                    // Each term is 0 off its own branch: the local partial goes inside each, so that where
                    // every branch is off the derivative is 0, not 0 times a local partial that is infinite
                    // there (d√u = du / (2·√u) with u = max(a, 0)² + max(b, 0)², 0 / 0 where a, b < 0).
                    foreach (SumTerm term in ((Sum)inner).Terms)
                    {
                        terms.Add(new SumTerm(term.Coefficient, guarded ? GuardedProduct(local, term.Term) : b.Multiply(local, term.Term)));
                    }

                    continue;
                }

                Expr chained = guarded ? GuardedProduct(local, inner) : b.Multiply(local, inner);
                if (zeroMeetsRoots && !guarded && rootLike && MayBeZero(inner) && SidesOf(inner).Any(side => NeedsTest(side, partial.Operand)))
                {
                    // A derivative of exactly 0 adds nothing, even where the root's partial is infinite: √(p·x) at p = 0 has
                    // ∂/∂x = 0, not 0·∞ (IEEE's NaN).
                    chained = b.InEachChoice(inner, side => IsZero(side) ? b.Zero : NeedsTest(side, partial.Operand) ? b.UnlessZero(FixedPart(side)!, b.Multiply(local, side)) : b.Multiply(local, side));
                }
                else if (zeroMeetsRoots && operandIsRoot && Denominators.HasFactor(node, partial.Operand) && FixedPart(local) is Expr weight && MayBeZero(weight))
                {
                    // Nor does a local partial of exactly 0 where the derivative it meets is infinite: w·∛x at w = 0. Only where
                    // the operand is the root itself and multiplies the product (not divides it: where e/√x's √x is 0, so is the
                    // value infinite); a product of products of a root is not tested again at every level; and only a factor that
                    // does not vary with the variable (∛x·∛(x²) = x has the derivative 1 at 0, not 0).
                    chained = b.UnlessZero(weight, chained);
                }

                terms.Add(new SumTerm(1, chained));
            }

            return b.Sum(0, terms);
        }

        /// <summary>
        /// <c>partial · inner</c>, 0 where <c>inner</c> is: the test goes inside each branch of a choice <c>inner</c> makes,
        /// so that it reads a callee's partial only where the branch that calls the callee is taken (a test outside would
        /// call it everywhere: a recursion's base case would never be reached).
        /// </summary>
        private Expr GuardedProduct(Expr partial, Expr inner) =>
            b.InEachChoice(inner, side => IsZero(side) || !ReadsCalleePartial(side) ? b.Multiply(partial, side) : b.UnlessZero(side, b.Multiply(partial, side)));

        /// <summary>
        /// Whether a side of a derivative that meets a root's infinite partial is tested: it may be 0, its 0 makes the root's
        /// argument 0, and it does not vary with the variable, so that where it is 0 the argument is 0 all along the variable
        /// (p in √(p·x)) and the derivative is 0. A side that varies with it (3·x² in ∛(x³)) is 0 at a point only, where the
        /// limit of the product may be anything (1 for ∛(x³)): no test.
        /// </summary>
        private bool NeedsTest(Expr side, Expr operand) => !IsZero(side) && FixedPart(side) is Expr tested && MayBeZero(tested) && Denominators.ZeroMakesZero(tested, operand);

        /// <summary>The part of a value that does not vary with the variable: the value, or a product's factors that do not (w in w·x²); null if none.</summary>
        private Expr? FixedPart(Expr e)
        {
            if (!dependencies.DependsOn(e, variable))
            {
                return e;
            }

            if (e is Product product)
            {
                var factors = new List<Factor>();
                foreach (Factor factor in product.Factors)
                {
                    if (!dependencies.DependsOn(factor.Base, variable))
                    {
                        factors.Add(factor);
                    }
                }

                return factors.Count > 0 ? b.Product(1, factors) : null;
            }

            return null;
        }

        /// <summary>The sides of the choices a derivative makes (itself, if it makes none).</summary>
        private static IEnumerable<Expr> SidesOf(Expr e) =>
            e is Select choice ? SidesOf(choice.WhenTrue).Concat(SidesOf(choice.WhenFalse)) : new[] { e };

        /// <summary>Whether a value may be exactly 0 at run time: anything but a number other than 0.</summary>
        private static bool MayBeZero(Expr e) => !(e is Constant c && c.Value != 0);

        /// <summary>Whether a derivative reads a callee's partial, a number that may be exactly 0 where the callee clamps.</summary>
        private static bool ReadsCalleePartial(Expr derivative)
        {
            foreach (Expr node in TopologicalOrder.OperandsFirst(new[] { derivative }))
            {
                if (node is InvocationPartial)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A sum of two or more choices, each with the constant 0 on one side (the derivatives of kinks taken on different tests), and no constant.</summary>
        private static bool IsSumOfGuardedTerms(Expr e)
        {
            if (!(e is Sum sum) || sum.Offset != 0 || sum.Terms.Count < 2)
            {
                return false;
            }

            foreach (SumTerm term in sum.Terms)
            {
                if (!(term.Term is Select select) || !(IsZero(select.WhenTrue) || IsZero(select.WhenFalse)))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The chain rule through a called method: Σ ∂f/∂pᵢ · dargᵢ, with ∂f/∂pᵢ from the callee's own derivative.</summary>
        private Expr OfInvocation(Invocation call)
        {
            var terms = new List<SumTerm>();
            for (int i = 0; i < call.Target.Parameters.Count; i++)
            {
                CallParameter parameter = call.Target.Parameters[i];
                if (parameter.Operand < 0)
                {
                    continue;
                }

                Expr inner = Of(call.Arguments[parameter.Operand]);
                if (IsZero(inner))
                {
                    continue;
                }

                if (!parameter.HasDerivative)
                {
                    throw new System.InvalidOperationException("The argument for '" + parameter.Name + "' of " + call.Target.Callee + " depends on the variable, but the callee has no derivative for it.");
                }

                terms.Add(new SumTerm(1, b.Multiply(b.InvocationPartial(call, i), inner)));
            }

            return b.Sum(0, terms);
        }

        private static bool IsZero(Expr e) => e is Constant c && c.Value == 0;
    }
}
