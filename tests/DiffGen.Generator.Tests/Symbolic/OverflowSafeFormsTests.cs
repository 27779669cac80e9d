using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Emit;
using DiffGen.Generator.Functions;
using DiffGen.Generator.Symbolic;
using Xunit;

namespace DiffGen.Generator.Tests.Symbolic
{
    /// <summary>
    /// Derivatives are written with the forward values, in forms that stay finite wherever the value
    /// is (issue 10), and the simplifier never turns them back into overflowing ones: no squared
    /// denominator from the quotient rule, no exp(u) next to the sum that holds it.
    /// </summary>
    public sealed class OverflowSafeFormsTests
    {
        private readonly ExprBuilder b = new ExprBuilder();

        private Symbol Z => (Symbol)b.Symbol("z", "z");

        private Symbol X => (Symbol)b.Symbol("x", "x");

        private Symbol Y => (Symbol)b.Symbol("y", "y");

        private Expr Exp(Expr u) => b.Call(ElementaryFunction.Exp, u);

        /// <summary>σ = 1 / (1 + exp(−z)).</summary>
        private Expr Sigma => b.Reciprocal(b.Add(b.One, Exp(b.Negate(Z))));

        [Fact]
        public void The_logistic_derivative_is_sigma_times_one_minus_sigma_in_both_modes()
        {
            Expr sigma = b.Named("σ", Sigma);
            Assert.Equal("σ·(1 − σ)", Formula(Forward(sigma, Z)));
            Assert.Equal("σ·(1 − σ)", Formula(Reverse(sigma, Z)));
        }

        [Fact]
        public void An_unnamed_logistic_is_reused_from_its_own_value()
        {
            Expr partial = Forward(Sigma, Z);
            Assert.Equal("σ·(1 − σ)", FormulaText.Of(partial, n => LocalPlan.Representative(n) == Sigma ? "σ" : null, new SourceNumbers()));

            // exp(−z) is read only inside σ itself.
            Assert.DoesNotContain(TopologicalOrder.OperandsFirst(new[] { partial }, n => n == Sigma), n => n is FunctionCall { Function: ElementaryFunction.Exp });
        }

        [Fact]
        public void The_quotient_rule_divides_the_quotient_once_more_instead_of_squaring_the_denominator()
        {
            Expr q = b.Named("q", b.Divide(X, b.Add(b.One, b.Square(Y))));
            Assert.Equal("−2·q·y / (y² + 1)", Formula(Forward(q, Y)));
            Assert.DoesNotContain(Nodes(Forward(q, Y)), SquaresADenominator);
            Assert.DoesNotContain(Nodes(Reverse(q, Y)), SquaresADenominator);
        }

        [Fact]
        public void A_kept_value_stays_whole_unless_expanding_it_cancels_a_base()
        {
            Expr s = b.Add(b.One, b.Square(Y));
            Expr q = b.Divide(X, s);
            Expr kept = b.Kept(q);
            Assert.IsType<Named>(kept);

            // q/s stays q/s: expanding it would give x/s², the form that overflows.
            Expr over = b.Divide(kept, s);
            Assert.Contains(kept, ((Product)over).Factors.Select(f => f.Base));

            // s·q is x: expanding cancels s.
            Assert.Same(X, b.Multiply(s, kept));
        }

        [Fact]
        public void A_kept_value_the_source_named_is_that_name()
        {
            Expr q = b.Divide(X, b.Add(b.One, b.Square(Y)));
            Expr named = b.Named("q", q);
            Assert.Same(named, b.Kept(q));
        }

        [Fact]
        public void Reciprocals_of_cosh_and_sinh_go_through_tanh()
        {
            Expr sech = b.Named("s", b.Reciprocal(b.Call(ElementaryFunction.Cosh, Z)));
            Assert.Equal("−s·tanh(z)", Formula(Forward(sech, Z)));
            Expr csch = b.Named("c", b.Reciprocal(b.Call(ElementaryFunction.Sinh, Z)));
            Assert.Equal("−c / tanh(z)", Formula(Reverse(csch, Z)));
        }

        [Fact]
        public void Inverse_hyperbolic_derivatives_reuse_the_value()
        {
            Expr asinh = b.Named("a", b.Call(ElementaryFunction.Asinh, Z));
            Assert.Equal("1 / cosh(a)", Formula(Forward(asinh, Z)));
            Expr acosh = b.Named("a", b.Call(ElementaryFunction.Acosh, Z));
            Assert.Equal("1 / sinh(a)", Formula(Reverse(acosh, Z)));
        }

        [Fact]
        public void No_derivative_of_the_logistic_family_puts_exp_over_a_sum_that_holds_it()
        {
            Expr e = Exp(b.Negate(Z));
            Expr[] functions =
            {
                Sigma,
                b.Divide(b.Constant(3), b.Add(b.One, b.Scale(2, e))),
                b.Divide(X, b.Add(X, e)),
                b.Call(ElementaryFunction.Log, Sigma),
                b.Add(b.Multiply(Y, b.Call(ElementaryFunction.Log, Sigma)), b.Multiply(b.Subtract(b.One, Y), b.Call(ElementaryFunction.Log, b.Subtract(b.One, Sigma)))),
                b.Power(b.Add(b.One, e), -2),
            };
            foreach (Expr f in functions)
            {
                Assert.DoesNotContain(Nodes(Forward(f, Z)), IsQuotientOfExponentials);
                Assert.DoesNotContain(Nodes(Reverse(f, Z)), IsQuotientOfExponentials);
            }
        }

        /// <summary>A product with a base to a power ≤ −2 that is a sum: the quotient rule's (1 + y²)².</summary>
        private static bool SquaresADenominator(Expr e) =>
            e is Product p && p.Factors.Any(f => f.Exponent <= -2 && f.Base is Sum);

        /// <summary>exp(u) times a negative power of a sum that holds exp(u): ∞/∞ where exp(u) overflows.</summary>
        private static bool IsQuotientOfExponentials(Expr e) =>
            e is Product p
            && p.Factors.Any(f => f.Exponent > 0 && f.Base is FunctionCall { Function: ElementaryFunction.Exp } exp
                && p.Factors.Any(g => g.Exponent < 0 && g.Base is Sum s && s.Terms.Any(t => ReferenceEquals(t.Term, exp))));

        private Expr Forward(Expr f, Symbol variable) =>
            new ForwardDerivative(b, variable, new DependencyAnalysis(new[] { variable })).Of(f);

        private Expr Reverse(Expr f, Symbol variable) =>
            ReverseAccumulation.Gradient(b, f, new[] { variable }, new DependencyAnalysis(new[] { variable })).Partials[0];

        private static IEnumerable<Expr> Nodes(Expr root) => TopologicalOrder.OperandsFirst(new[] { root });

        private static string Formula(Expr e) => FormulaText.Of(e, _ => null, new SourceNumbers())!;
    }
}
