using System.Collections.Generic;
using DiffGen.Generator.Symbolic;
using Xunit;

namespace DiffGen.Generator.Tests.Symbolic
{
    /// <summary>The rewrite that shares products (<see cref="SharedProducts"/>), read off the DAG it makes.</summary>
    public sealed class SharedProductsModelTests
    {
        private readonly ExprBuilder b = new ExprBuilder();

        private Expr X => b.Symbol("x", "x");

        private Expr Y => b.Symbol("y", "y");

        private Expr Z => b.Symbol("z", "z");

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public void X_y_cubed_is_x_y_squared_times_y_whether_or_not_the_method_computes_it(bool computed)
        {
            Expr xy2 = b.Multiply(X, Y, Y);
            Expr xy3 = b.Multiply(X, Y, Y, Y);
            SharedProducts shared = SharedProducts.Plan(b, new[] { b.Add(xy2, xy3) }, _ => computed);

            (Expr first, Expr rest) = TwoFactors(shared.Map(xy3));
            Assert.Same(shared.Map(xy2), Assert.IsType<Named>(first).Value);
            Assert.Same(Y, rest);
        }

        [Fact]
        public void A_derivative_reuses_a_product_that_divides_it_as_often_as_it_does()
        {
            Expr y2 = b.Square(Y);
            Expr y5 = b.Power(Y, 5);
            SharedProducts shared = SharedProducts.Plan(b, new[] { b.Add(y2, y5) }, _ => false);

            var product = Assert.IsType<Product>(shared.Map(y5));
            Assert.Equal(2, product.Factors.Count);
            Assert.Same(y2, Assert.IsType<Named>(product.Factors[0].Base).Value);
            Assert.Equal(2, product.Factors[0].Exponent);
            Assert.Same(Y, product.Factors[1].Base);
        }

        [Fact]
        public void A_value_is_written_only_with_a_product_it_starts_with()
        {
            // x·y² is printed x * y * y, (x·y)·y: y² is not where it starts, so the value keeps its own operations.
            Expr y2 = b.Square(Y);
            Expr xyy = b.Multiply(X, Y, Y);
            Expr root = b.Add(y2, xyy);
            SharedProducts exact = SharedProducts.Plan(b, new[] { root }, _ => true);
            Assert.Same(xyy, exact.Map(xyy));

            // As a derivative it may: y² · x.
            SharedProducts free = SharedProducts.Plan(b, new[] { root }, _ => false);
            (Expr first, Expr rest) = TwoFactors(free.Map(xyy));
            Assert.Same(y2, Assert.IsType<Named>(first).Value);
            Assert.Same(X, rest);
        }

        [Fact]
        public void A_scaled_term_of_a_value_is_neither_shared_nor_rewritten()
        {
            // 3·x·y·z² prints 3 * x * y * z * z; written 3 * (x·y·z) * z it would round otherwise.
            Expr xyz = b.Multiply(X, Y, Z);
            Expr xyz2 = b.Multiply(xyz, Z);
            Expr root = b.Add(xyz, b.Scale(3, xyz2));
            SharedProducts shared = SharedProducts.Plan(b, new[] { root }, _ => true);
            Assert.Same(root, shared.Roots[0]);
        }

        [Fact]
        public void Nothing_shared_leaves_the_dag_as_it_is()
        {
            Expr root = b.Add(b.Multiply(X, Y), b.Square(Z));
            SharedProducts shared = SharedProducts.Plan(b, new[] { root }, _ => false);
            Assert.Same(root, shared.Roots[0]);
        }

        private static (Expr First, Expr Second) TwoFactors(Expr e)
        {
            var product = Assert.IsType<Product>(e);
            IReadOnlyList<Factor> factors = product.Factors;
            Assert.Equal(2, factors.Count);
            Assert.Equal(1, factors[0].Exponent);
            Assert.Equal(1, factors[1].Exponent);
            return (factors[0].Base, factors[1].Base);
        }
    }
}
