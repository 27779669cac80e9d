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
            // x is read twice in each of c, d, e (1.5 − x + x·y): dC·(y − 1), not dC·y − dC.
            ExpressionSyntax dX = Assigned(Member(Source(HimmelblauBeale), "Sum", "SumGradient"), "dX");
            foreach (string adjoint in new[] { "dC", "dD", "dE" })
            {
                Assert.Equal(1, Reads(dX, adjoint));
            }
        }

        [Fact]
        public void Collected_gradients_match_finite_differences()
        {
            var random = new Random(5);
            object[][] points = Enumerable.Range(0, 40).Select(_ => new object[] { (random.NextDouble() * 6) - 3, (random.NextDouble() * 6) - 3 }).ToArray();
            LoopFreeCheck.Check("[Differentiable]\n" + Powers, "F", points);
            LoopFreeCheck.Check("[Differentiable]\n" + HimmelblauBeale, "Sum", points);
        }

        private static string Source(string method) => "using DiffGen;\npublic static partial class C\n{\n[Differentiable]\n" + method + "\n}\n";
    }
}
