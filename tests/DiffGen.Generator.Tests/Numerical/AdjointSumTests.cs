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

        private const string FiveSquares = "public static double Five(double x, double y, double z) { double a = x * y - z; double b = y * z - x; double c = z * x - y; double d = x + y + z; double e = x * y * z - 1; return a * a + b * b + c * c + d * d + e * e; }";

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
            // Five squares, three partials: the adjoints 2·a … 2·e would cost five multiplications; halved they are a … e
            // themselves, and each partial is doubled once (exact: a power of two).
            string gradient = Member(Source(FiveSquares), "Five", "FiveGradient").ToFullString();
            Assert.DoesNotContain("2 * e", gradient, StringComparison.Ordinal);
            Assert.Contains("dX = 2 * (", gradient, StringComparison.Ordinal);
            Assert.Contains("dZ = 2 * (", gradient, StringComparison.Ordinal);
            Assert.Contains("each adjoint dV holds ∂Five/∂v ÷ 2", gradient, StringComparison.Ordinal);
        }

        /// <summary>
        /// Himmelblau + Beale's partials in closed form are flat sums reading the forward sweep's values, where the reverse
        /// sweep chained dYyy into dYy into dY (1.10 of the hand-written gradient in BenchmarkDotNet; the closed forms
        /// 1.02 in a harness beside it): a quarter more operations or less in a shorter chain, so the gradient takes them.
        /// </summary>
        [Fact]
        public void The_benchmark_gradient_takes_its_partials_in_closed_form()
        {
            string gradient = Member(Source(HimmelblauBeale), "Sum", "SumGradient").ToFullString();
            Assert.Contains("dY = 2 * a + 4 * b * y + 2 * c * x + 4 * xTimesY * d + 6 * xTimesYy * e; // ∂Sum/∂y in closed form, as SumPartialY computes it", gradient, StringComparison.Ordinal);
            Assert.DoesNotContain("dYyy", gradient, StringComparison.Ordinal);
            Assert.Contains("The partials in closed form", gradient, StringComparison.Ordinal);
            LoopFreeCheck.Check("[Differentiable]\n" + HimmelblauBeale, "Sum", Enumerable.Range(0, 40).Select(i => new object[] { -4 + (0.2 * i), 3 - (0.15 * i) }).ToArray());
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
        [InlineData(FiveSquares, "Five", "÷ 2")]
        [InlineData("public static double Scaled(double x, double y, double z) { double a = x * y - z; double b = y * z - x; double c = Math.Exp(x / 4) - y; double d = x + y + z; double e = x * y * z - 1; return 4 * a * a + 4 * b * b + 4 * c * c + 4 * d * d + 4 * e * e; }", "Scaled", "÷ 8")]
        public void Halved_adjoints_match_finite_differences(string method, string name, string scaled)
        {
            string gradient = Member(Source(method), name, name + "Gradient").ToFullString();
            Assert.Contains("each adjoint dV holds ∂" + name + "/∂v " + scaled, gradient, StringComparison.Ordinal);
            var random = new Random(7);
            object[][] points = Enumerable.Range(0, 60).Select(_ => new object[] { (random.NextDouble() * 8) - 4, (random.NextDouble() * 8) - 4, (random.NextDouble() * 8) - 4 }).ToArray();
            LoopFreeCheck.Check("[Differentiable]\n" + method, name, points);
        }

        private static string Source(string method) => "using System;\nusing DiffGen;\npublic static partial class C\n{\n[Differentiable]\n" + method + "\n}\n";
    }
}
