using System;
using System.Linq;
using System.Reflection;
using DiffGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;
using static DiffGen.Generator.Tests.Infrastructure.GeneratedSyntax;

namespace DiffGen.Generator.Tests.Numerical
{
    /// <summary>
    /// Review of shared products (SharedProducts): the source's names stay the source's, the gradient returns the
    /// method's value bit for bit, integers stay integers; derivatives are checked by <see cref="NumericalTests"/>
    /// (<see cref="SharedProductReviewCases"/>).
    /// </summary>
    public sealed class SharedProductReviewTests
    {
        private const string NamedLikeProducts = """
            using DiffGen;
            public static partial class C
            {
                [Differentiable]
                public static double F(double x, double y)
                {
                    double ySquared = x + 1;
                    double xTimesYSquared = ySquared * 2;
                    return ySquared * y * y * y + x * y * y * xTimesYSquared + x * y * y;
                }
            }
            """;

        /// <summary>
        /// A local the source names keeps its name in every member: a product the generator shares is the one
        /// renamed (ySquared2), else the code and the formulas would call y·y what the source calls x + 1.
        /// </summary>
        [Theory]
        [InlineData("FGradient")]
        [InlineData("FPartialX")]
        [InlineData("FPartialY")]
        public void Source_locals_keep_their_names_beside_shared_products(string member)
        {
            MethodDeclarationSyntax method = Member(NamedLikeProducts, "F", member);
            if (method.DescendantNodes().OfType<VariableDeclaratorSyntax>().Any(d => d.Identifier.Text == "ySquared"))
            {
                Assert.True(Initializer(method, "ySquared").IsKind(SyntaxKind.AddExpression), method.ToString());
            }

            if (method.DescendantNodes().OfType<VariableDeclaratorSyntax>().Any(d => d.Identifier.Text == "xTimesYSquared"))
            {
                Assert.True(Initializer(method, "xTimesYSquared") is BinaryExpressionSyntax { Left: LiteralExpressionSyntax } || IsName(((BinaryExpressionSyntax)Initializer(method, "xTimesYSquared")).Left, "ySquared"), method.ToString());
            }
        }

        /// <summary>The gradient's formulas name the source's locals as the source does: no "ySquared2 = x + 1".</summary>
        [Fact]
        public void Formulas_name_the_source_locals_as_the_source_does()
        {
            string generated = GeneratorHarness.RunAndCompile(NamedLikeProducts).SourceFor("F");
            Assert.DoesNotContain("ySquared2 = x + 1", generated, StringComparison.Ordinal);
            Assert.DoesNotContain("xTimesYSquared2 = 2·ySquared", generated, StringComparison.Ordinal);
        }

        /// <summary>An int parameter: n·n stays an int product where the source computes one, and the values and derivatives are right.</summary>
        [Fact]
        public void Integer_factors_stay_as_the_source_computes_them()
        {
            LoopFreeCheck.Check(
                "[Differentiable] public static double F(double x, int n) => x > 0 ? x * n * n + x * x * n * n * n + n * n * x : (double)(n * n) * x * x;",
                "F",
                new object[] { 0.7, 3 },
                new object[] { -1.1, 7 },
                new object[] { 0.3, 50000 },
                new object[] { -0.3, 50000 });
        }

        /// <summary>The gradient returns what the method computes, to the last bit.</summary>
        [Theory]
        [InlineData(nameof(SharedProductReviewCases.LocalsNamedLikeProducts))]
        [InlineData(nameof(SharedProductReviewCases.ParameterNamedLikeAProduct))]
        [InlineData(nameof(SharedProductReviewCases.ProductsWithNumbers))]
        [InlineData(nameof(SharedProductReviewCases.QuotientsBesideProducts))]
        [InlineData(nameof(SharedProductReviewCases.ProductsInArguments))]
        [InlineData(nameof(SharedProductReviewCases.RootOnOneSide))]
        [InlineData(nameof(SharedProductReviewCases.ThreeBases))]
        [InlineData(nameof(SharedProductReviewCases.NestedDivisors))]
        public void The_gradient_returns_the_value_the_source_computes(string name) =>
            BitForBit.GradientReturnsTheMethodsValue(typeof(SharedProductReviewCases), name, new Random(17), (random, i, k) =>
                (k == 0 && i % 2 == 1 ? -1 : 1) * ((random.NextDouble() * 4) + 0.25));

        /// <summary>Gradient.Stop keeps its product out of the derivatives, shared or not; the value is the method's, bit for bit.</summary>
        [Fact]
        public void A_stopped_product_stays_stopped()
        {
            var random = new Random(29);
            for (int i = 0; i < 500; i++)
            {
                double x = (random.NextDouble() * 4) - 2, y = (random.NextDouble() * 4) - 2;
                double value = SharedProductReviewOtherCases.StoppedProduct(x, y);
                double returned = SharedProductReviewOtherCases.StoppedProductGradient(x, y, out double dX, out double dY);
                Assert.Equal(BitConverter.DoubleToInt64Bits(value), BitConverter.DoubleToInt64Bits(returned));
                Assert.Equal(y * y * y, dX, 12);
                Assert.Equal(4 * x * y * y, dY, 12);
                Assert.Equal(dX, SharedProductReviewOtherCases.StoppedProductPartialX(x, y), 12);
                Assert.Equal(dY, SharedProductReviewOtherCases.StoppedProductPartialY(x, y), 12);
            }
        }

        /// <summary>In float, (x·y)·y is not x·(y·y): the gradient's value keeps the source's order.</summary>
        [Fact]
        public void The_float_gradient_returns_the_value_the_source_computes()
        {
            var random = new Random(23);
            for (int i = 0; i < 2000; i++)
            {
                float x = (float)((random.NextDouble() * 4) - 2), y = (float)((random.NextDouble() * 4) - 2);
                float value = SharedProductReviewOtherCases.FloatPowers(x, y);
                float returned = SharedProductReviewOtherCases.FloatPowersGradient(x, y, out _, out _);
                Assert.True(BitConverter.SingleToInt32Bits(value) == BitConverter.SingleToInt32Bits(returned), $"at ({x:R}, {y:R}): {value:R} from the method, {returned:R} from its gradient");
            }
        }

        /// <summary>A field named like the shared product is read through this., never shadowed by the local.</summary>
        [Fact]
        public void A_field_named_like_a_shared_product_is_not_shadowed()
        {
            var body = new SharedProductReviewCases.Body();
            for (double h = -2; h <= 2; h += 0.125)
            {
                double value = body.Energy(h);
                double returned = body.EnergyGradient(h, out double dH);
                Assert.Equal(BitConverter.DoubleToInt64Bits(value), BitConverter.DoubleToInt64Bits(returned));
                Assert.Equal((body.Mass * body.gravity) + (2 * body.Mass * body.gravity * h) + body.massTimesGravity, dH, 12);
            }
        }
    }
}
