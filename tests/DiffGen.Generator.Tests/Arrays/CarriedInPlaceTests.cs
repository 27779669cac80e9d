using System;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// A loop changes in place a scalar computed before it, without a copy (<c>double vx2 = vx;</c>), unless the reverse
    /// sweep reads that scalar's first value again: for <c>vx = v0 * Math.Cos(angle)</c> it does not (the partials of a
    /// product do not hold the product), for <c>e = Math.Exp(w)</c> it does (exp′ = exp). The gradients themselves are
    /// checked against finite differences by the catalog (<c>PhProjectileDrag</c>, <c>PhVerletOrbit</c>).
    /// </summary>
    public sealed class CarriedInPlaceTests
    {
        private const string Source = @"
using System;
using DiffGen;
namespace Samples
{
    public static partial class Sim
    {
        [Differentiable]
        public static double Drift(double v0, double angle, double w)
        {
            double vx = v0 * Math.Cos(angle);
            double e = Math.Exp(w);
            for (int step = 0; step < 10; step++)
            {
                vx += -0.1 * vx * vx;
                e = e * 0.5 + vx;
            }

            return vx + e;
        }
    }
}";

        [Fact]
        public void ALoopChangesInPlaceWhatNoDerivativeReadsAgain()
        {
            string text = GeneratorHarness.RunAndCompile(Source).SourceFor("Drift").Replace("\r\n", "\n");
            string gradient = text.Substring(text.IndexOf(" DriftGradient(", StringComparison.Ordinal));
            Assert.DoesNotContain("double vx2 = vx;", gradient, StringComparison.Ordinal);
            Assert.Contains("vxTape[step] = vx;", gradient, StringComparison.Ordinal);
            Assert.Contains("double e2 = e;", gradient, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData(1.0, 0.3, -0.5)]
        [InlineData(2.0, 1.1, 0.7)]
        public void TheGradientMatchesFiniteDifferences(double v0, double angle, double w)
        {
            var type = GeneratorHarness.RunAndCompile(Source).Load().GetType("Samples.Sim", throwOnError: true)!;
            Func<double, double, double, double> f = (a, b, c) => (double)type.GetMethod("Drift")!.Invoke(null, new object[] { a, b, c })!;
            var arguments = new object[] { v0, angle, w, 0.0, 0.0, 0.0 };
            double value = (double)type.GetMethod("DriftGradient")!.Invoke(null, arguments)!;
            Assert.Equal(f(v0, angle, w), value, 12);
            double[] expected =
            {
                Richardson.Derivative(t => f(t, angle, w), v0),
                Richardson.Derivative(t => f(v0, t, w), angle),
                Richardson.Derivative(t => f(v0, angle, t), w),
            };
            for (int k = 0; k < 3; k++)
            {
                Assert.True(Math.Abs(expected[k] - (double)arguments[3 + k]) <= 1e-7 * Math.Max(1, Math.Abs(expected[k])), "output " + k + ": " + arguments[3 + k] + ", finite differences " + expected[k]);
            }
        }
    }
}
