using System;
using System.Linq;
using DiffGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;
using static DiffGen.Generator.Tests.Infrastructure.GeneratedSyntax;

namespace DiffGen.Generator.Tests.Numerical
{
    /// <summary>
    /// A gradient collects what one adjoint passes to a value through several operands (AdjointSums):
    /// read off the generated syntax tree (how often each adjoint is read), and checked against
    /// finite differences at many points.
    /// </summary>
    public sealed class AdjointSumTests
    {
        private const string Powers = "public static double F(double x, double y) { double a = x * y * y - x; double b = x * y * y * y - x; return a * b; }";

        private const string HimmelblauBeale = """
            public static double Sum(double x, double y)
            {
                double xx = x * x;
                double yy = y * y;
                double yyy = yy * y;
                double a = xx + y - 11;
                double b = x + yy - 7;
                double c = 1.5 - x + x * y;
                double d = 2.25 - x + x * yy;
                double e = 2.625 - x + x * yyy;
                return a * a + b * b + c * c + d * d + e * e;
            }
            """;

        [Fact]
        public void Each_adjoint_multiplies_once_in_a_partial_of_the_gradient()
        {
            // ∂F/∂x = b·(y² − 1) + a·(y³ − 1): ∂F/∂a = b and ∂F/∂b = a are each read once, not b·y² − b.
            ExpressionSyntax dX = Assigned(Member(Source(Powers), "F", "FGradient"), "dX");
            Assert.Equal(1, Reads(dX, "a"));
            Assert.Equal(1, Reads(dX, "b"));
        }

        [Fact]
        public void The_benchmark_gradient_reads_each_adjoint_once()
        {
            // x is read twice in each of c, d, e (1.5 − x + x·y): c·(y − 1), not c·y − c (c is ∂Sum/∂c ÷ 2, below).
            ExpressionSyntax dX = Assigned(Member(Source(HimmelblauBeale), "Sum", "SumGradient"), "dX");
            foreach (string adjoint in new[] { "c", "d", "e" })
            {
                Assert.Equal(1, Reads(dX, adjoint));
            }
        }

        [Fact]
        public void A_sum_of_squares_sweeps_with_half_the_adjoints()
        {
            // Five squares, two partials: the adjoints 2·a … 2·e would cost five multiplications; halved they are a … e
            // themselves, and each partial is doubled once (exact: a power of two).
            string gradient = Member(Source(HimmelblauBeale), "Sum", "SumGradient").ToFullString();
            Assert.DoesNotContain("2 * e", gradient, StringComparison.Ordinal);
            Assert.Contains("dX = 2 * (", gradient, StringComparison.Ordinal);
            Assert.Contains("dY = 2 * (", gradient, StringComparison.Ordinal);
            Assert.Contains("each adjoint dV holds ∂Sum/∂v ÷ 2", gradient, StringComparison.Ordinal);
            Assert.Contains("double dYyy = e * x; // ∂Sum/∂yyy ÷ 2 by the product rule", gradient, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("public static double Cost(double m, double b, double x) { double error = m * x + b - 1; return error * error; }", "Cost")]
        [InlineData("public static double Rosenbrock(double x, double y) => (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x);", "Rosenbrock")]
        public void Fewer_squares_than_partials_keep_whole_adjoints(string method, string name)
        {
            // One multiplication saved per freed square, one spent per partial: not worth it here.
            string gradient = Member(Source(method), name, name + "Gradient").ToFullString();
            Assert.DoesNotContain("÷", gradient, StringComparison.Ordinal);
            Assert.DoesNotContain("= 2 * (", gradient, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("public static double Squares(double x, double y) { double u = x * y - 1; double v = x - y * y; double w = Math.Sin(x) + y; return u * u + 3 * v * v + w * w + (x + y) * (x + y); }", "Squares", "÷ 2")]
        [InlineData("public static double Scaled(double x, double y) { double u = x * y - 1; double v = x - y * y; double w = Math.Exp(x / 4) - y; return 4 * u * u + 4 * v * v + 4 * w * w; }", "Scaled", "÷ 8")]
        public void Halved_adjoints_match_finite_differences(string method, string name, string scaled)
        {
            string gradient = Member(Source(method), name, name + "Gradient").ToFullString();
            Assert.Contains("each adjoint dV holds ∂" + name + "/∂v " + scaled, gradient, StringComparison.Ordinal);
            var random = new Random(7);
            object[][] points = Enumerable.Range(0, 60).Select(_ => new object[] { (random.NextDouble() * 8) - 4, (random.NextDouble() * 8) - 4 }).ToArray();
            LoopFreeCheck.Check("[Differentiable]\n" + method, name, points);
        }

        private static string Source(string method) => "using System;\nusing DiffGen;\npublic static partial class C\n{\n[Differentiable]\n" + method + "\n}\n";
    }
}
