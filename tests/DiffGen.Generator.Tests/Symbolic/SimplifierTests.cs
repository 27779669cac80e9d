using System;
using DiffGen.Generator.Emit;
using DiffGen.Generator.Functions;
using DiffGen.Generator.Ir;
using DiffGen.Generator.Symbolic;
using Xunit;

namespace DiffGen.Generator.Tests.Symbolic
{
    /// <summary>The simplifier's identities, checked on the formulas a student reads.</summary>
    public sealed class SimplifierTests
    {
        private readonly ExprBuilder b = new ExprBuilder();

        private Symbol X => (Symbol)b.Symbol("x", "x");

        private Symbol Y => (Symbol)b.Symbol("y", "y");

        [Fact]
        public void Derivative_of_x_times_x_times_y_is_two_x_y()
        {
            Expr f = b.Multiply(b.Multiply(X, X), Y);
            Assert.Equal("2·x·y", Formula(Partial(f, X)));
        }

        [Fact]
        public void Like_terms_are_combined_and_cancelled_terms_disappear()
        {
            Expr f = b.Add(b.Multiply(X, Y), b.Multiply(Y, X));
            Assert.Equal("2·x·y", Formula(f));
            Assert.Equal("0", Formula(b.Subtract(f, b.Scale(2, b.Multiply(Y, X)))));
        }

        [Fact]
        public void Zero_and_one_identities_leave_no_noise()
        {
            Expr f = b.Add(b.Multiply(b.One, X), b.Zero);
            Assert.Same(X, f);
            Assert.Same(b.Zero, b.Multiply(b.Zero, b.Call(ElementaryFunction.Exp, X)));
            Assert.Same(X, b.Divide(X, b.One));
            Assert.Same(b.One, b.Divide(X, X));
        }

        [Fact]
        public void Constants_fold()
        {
            Assert.Equal(6.0, ((Constant)b.Multiply(b.Constant(2), b.Constant(3))).Value);
            Assert.Equal(Math.Sin(2), ((Constant)b.Call(ElementaryFunction.Sin, b.Constant(2))).Value);
            Assert.Equal("3·x", Formula(b.Multiply(b.Constant(1.5), b.Multiply(b.Constant(2), X))));
        }

        [Fact]
        public void Powers_of_a_common_base_add_their_exponents()
        {
            Expr f = b.Multiply(b.Power(X, 2), b.Multiply(X, b.Reciprocal(b.Power(X, 4))));
            Assert.Equal("1 / x", Formula(f));
        }

        [Fact]
        public void Hash_consing_makes_equal_expressions_the_same_node()
        {
            Expr first = b.Add(b.Multiply(X, Y), b.Call(ElementaryFunction.Sin, X));
            Expr second = b.Add(b.Call(ElementaryFunction.Sin, X), b.Multiply(Y, X));
            Assert.Same(first, second);
        }

        [Fact]
        public void Display_order_follows_first_construction()
        {
            Expr f = b.Subtract(b.Multiply(X, Y), Y);
            Assert.Equal("x·y − y", Formula(f));
            Assert.Equal("y − x·y", Formula(b.Subtract(Y, b.Multiply(X, Y))));
        }

        [Fact]
        public void Derivative_of_max_picks_the_larger_argument()
        {
            Expr f = b.Call(ElementaryFunction.Max, X, Y);
            Assert.Equal("1 if x ≥ y, else 0", Formula(Partial(f, X)));
            Assert.Equal("0 if x ≥ y, else 1", Formula(Partial(f, Y)));
        }

        [Fact]
        public void Comparisons_of_values_without_variables_are_decided()
        {
            Expr pi = b.Symbol("π", "global::System.Math.PI", Math.PI);
            Expr minusPi = b.Subtract(Y, b.Add(pi, Y));
            Assert.Equal("−π", Formula(minusPi));
            Assert.Same(b.Truth(false), b.Compare(ConditionOp.GreaterOrEqual, minusPi, b.Constant(0.25)));
            Assert.Same(b.Truth(true), b.Compare(ConditionOp.Less, b.Call(ElementaryFunction.Sin, pi), b.Scale(0.5, pi)));

            // A variable on either side leaves the test to run time.
            Assert.Equal(ConditionOp.Less, b.Compare(ConditionOp.Less, pi, X).Op);
        }

        [Fact]
        public void A_value_compared_with_itself_is_decided()
        {
            Expr same = b.Subtract(b.Add(Y, X), X);
            Assert.Same(b.Truth(true), b.Compare(ConditionOp.GreaterOrEqual, same, Y));
            Assert.Same(b.Truth(true), b.Compare(ConditionOp.Equal, Y, Y));
            Assert.Same(b.Truth(false), b.Compare(ConditionOp.Greater, Y, same));
            Assert.Same(b.Truth(false), b.Compare(ConditionOp.NotEqual, Y, Y));
            Assert.Same(Y, b.Select(b.Compare(ConditionOp.LessOrEqual, X, X), Y, b.Call(ElementaryFunction.Exp, Y)));
        }

        [Fact]
        public void Every_table_row_sits_at_its_function()
        {
            foreach (ElementaryFunction function in Enum.GetValues<ElementaryFunction>())
            {
                Assert.Equal(function, ElementaryFunctions.Row(function).Function);
            }
        }

        [Fact]
        public void A_local_and_the_value_it_names_are_like_terms()
        {
            // yyy = yy·y with yy = y·y: ∂yyy/∂y = 2·y·y + yy, one term 3·yy.
            Expr yy = b.Named("yy", b.Multiply(Y, Y));
            Expr derivative = b.Add(b.Scale(2, b.Multiply(Y, Y)), yy);
            Assert.Equal("3·yy", Formula(derivative));
            Assert.Equal("3·yy", Formula(b.Add(yy, b.Scale(2, b.Multiply(Y, Y)))));
            Assert.Equal("0", Formula(b.Subtract(yy, b.Multiply(Y, Y))));
        }

        [Fact]
        public void A_square_root_raised_to_a_power_keeps_its_parentheses()
        {
            // A kept √x (a forward value the derivative reuses) squared: √x² would read as √(x²) = |x|.
            Expr root = b.Named(string.Empty, b.Power(X, 0.5));
            Assert.Equal("(√x)²", Formula(b.Multiply(root, root)));
            Assert.Equal("2·√x", Formula(b.Scale(2, root)));
            Assert.Equal("y / √x", Formula(b.Divide(Y, root)));
            Assert.Equal("(√x)³", Formula(b.Multiply(root, b.Multiply(root, root))));
        }

        private Expr Partial(Expr f, Symbol variable) =>
            new ForwardDerivative(b, variable, new DependencyAnalysis(new[] { X, Y })).Of(f);

        private static string Formula(Expr e) => FormulaText.Of(e, _ => null, new SourceNumbers())!;
    }
}
