using System;
using DiffGen;
using Xunit;

namespace DiffGen.Generator.Tests.Numerical
{
    /// <summary>
    /// Gradient.Stop keeps a value and drops its derivative, so finite differences of the function
    /// are not the oracle here: the expected partials are worked by hand, treating the stopped
    /// value as a constant.
    /// </summary>
    public static partial class StopGradientTests
    {
        /// <summary>f = stop(x·y)·x + sin(y): ∂f/∂x = x·y (the stopped factor is a constant), ∂f/∂y = cos(y).</summary>
        [Differentiable]
        public static double Stopped(double x, double y) => (Gradient.Stop(x * y) * x) + Math.Sin(y);

        /// <summary>g = x·stop(round(x)): ∂g/∂x = round(x), with no DIFF012 warning.</summary>
        [Differentiable]
        public static double Rounded(double x) => x * Gradient.Stop(Math.Round(x));

        [Theory]
        [InlineData(0.5, 1.5)]
        [InlineData(-2.0, 0.25)]
        [InlineData(3.0, -1.0)]
        public static void Stopped_values_are_constants(double x, double y)
        {
            Assert.Equal(x * y, StoppedPartialX(x, y), 12);
            Assert.Equal(Math.Cos(y), StoppedPartialY(x, y), 12);
            double value = StoppedGradient(x, y, out double dX, out double dY);
            Assert.Equal(Stopped(x, y), value, 12);
            Assert.Equal(x * y, dX, 12);
            Assert.Equal(Math.Cos(y), dY, 12);
        }

        [Theory]
        [InlineData(0.4)]
        [InlineData(2.6)]
        [InlineData(-7.3)]
        public static void Stopped_rounding_passes_its_value_only(double x)
        {
            Assert.Equal(Math.Round(x), RoundedPartialX(x), 12);
            Assert.Equal(Rounded(x), RoundedGradient(x, out double dX), 12);
            Assert.Equal(Math.Round(x), dX, 12);
        }
    }
}
