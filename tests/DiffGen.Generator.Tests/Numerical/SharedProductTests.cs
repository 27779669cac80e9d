using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;
using static DiffGen.Generator.Tests.Infrastructure.GeneratedSyntax;

namespace DiffGen.Generator.Tests.Numerical
{
    /// <summary>
    /// Products shared across statements (SharedProducts), read off the
    /// generated syntax trees (which multiplications there are, which locals hold what), never off their text;
    /// the gradient's value checked to be the number the source computes, bit for bit. The derivatives of
    /// these methods are checked against finite differences by <see cref="NumericalTests"/> (<see cref="SharedProductCases"/>).
    /// </summary>
    public sealed class SharedProductTests
    {
        private const string Powers = """
            using DiffGen;
            public static partial class C
            {
                [Differentiable]
                public static double F(double x, double y) { double a = x * y * y - x; double b = x * y * y * y - x; return a * b; }
            }
            """;

        [Theory]
        [InlineData("FGradient")]
        [InlineData("FPartialX")]
        public void Y_squared_is_computed_once_and_y_cubed_from_it(string member)
        {
            MethodDeclarationSyntax method = Member(Powers, "F", member);

            // The one y·y: a local, read where y² and y³ are needed.
            List<BinaryExpressionSyntax> squares = Products(method).Where(p => IsName(p.Left, "y") && IsName(p.Right, "y")).ToList();
            BinaryExpressionSyntax square = Assert.Single(squares);
            string ySquared = LocalHolding(square);
            Assert.Contains(Products(method), p => IsName(p.Left, ySquared) && IsName(p.Right, "y"));

            // No chain multiplies by y three times in a row: y³ is never computed from scratch.
            Assert.DoesNotContain(Products(method), p => RunOfY(p) >= 3);
        }

        [Fact]
        public void X_y_squared_is_computed_once_and_read_by_x_y_cubed_in_the_source_order()
        {
            MethodDeclarationSyntax method = Member(Powers, "F", "FGradient");

            // x * y * y, as the source writes it, in a local of its own; b reads it: (x * y * y) * y - x, the same operations.
            BinaryExpressionSyntax xyy = Assert.Single(Products(method), p => p.Left is BinaryExpressionSyntax { Left: var x, Right: var y1 } inner && inner.IsKind(SyntaxKind.MultiplyExpression) && IsName(x, "x") && IsName(y1, "y") && IsName(p.Right, "y"));
            string local = LocalHolding(xyy);
            ExpressionSyntax b = Initializer(method, "b");
            Assert.Contains(b.DescendantNodesAndSelf().OfType<BinaryExpressionSyntax>(), p => p.IsKind(SyntaxKind.MultiplyExpression) && IsName(p.Left, local) && IsName(p.Right, "y"));

            // 18 multiplications before; 13 now (4 forward, y², 3 for ∂/∂x, 5 for ∂/∂y).
            Assert.True(Products(method).Count() <= 13, method.ToString());
        }

        [Fact]
        public void The_sources_own_square_stays_its_local()
        {
            string source = """
                using System;
                using DiffGen;
                public static partial class C
                {
                    [Differentiable]
                    public static double G(double x, double y) { double yy = y * y; return x * yy * yy + Math.Sin(y * y * y) + x * yy; }
                }
                """;
            foreach (string member in new[] { "GGradient", "GPartialX", "GPartialY" })
            {
                MethodDeclarationSyntax method = Member(source, "G", member);
                BinaryExpressionSyntax square = Assert.Single(Products(method), p => IsName(p.Left, "y") && IsName(p.Right, "y"));
                Assert.Equal("yy", LocalHolding(square));
            }
        }

        /// <summary>The gradient returns what the method computes, to the last bit: only derivatives are written in another order.</summary>
        [Theory]
        [InlineData(nameof(SharedProductCases.PowersAcrossStatements))]
        [InlineData(nameof(SharedProductCases.HimmelblauBeale))]
        [InlineData(nameof(SharedProductCases.BealeInline))]
        [InlineData(nameof(SharedProductCases.ScaledTermOfTheValue))]
        [InlineData(nameof(SharedProductCases.UserSquare))]
        [InlineData(nameof(SharedProductCases.ProductsOnBranches))]
        [InlineData(nameof(SharedProductCases.HigherPowers))]
        [InlineData(nameof(SharedProductCases.ProductsUnderACall))]
        [InlineData(nameof(SharedProductCases.GuardedCallBesideProducts))]
        public void The_gradient_returns_the_value_the_source_computes(string name) =>
            BitForBit.GradientReturnsTheMethodsValue(typeof(SharedProductCases), name, new Random(11), (random, _, _) => (random.NextDouble() * 6) - 3);

        /// <summary>How many times in a row a chain of multiplications ending here multiplies by y.</summary>
        private static int RunOfY(ExpressionSyntax e)
        {
            int run = 0;
            while (e is BinaryExpressionSyntax product && product.IsKind(SyntaxKind.MultiplyExpression) && IsName(product.Right, "y"))
            {
                run++;
                e = product.Left;
            }

            return IsName(e, "y") ? run + 1 : run;
        }
    }
}
