using System;
using Xunit;

namespace DiffGen.Generator.Tests.Runtime
{
    /// <summary>Iterated integrals over rectangles, x inner and y outer.</summary>
    public sealed class QuadratureRectangleTests
    {
        /// <summary>∫₀¹ ∫₀² x·y² dx dy = (∫₀² x dx)·(∫₀¹ y² dy) = 2 · 1/3 = 2/3 (Fubini, power rule).</summary>
        [Fact]
        public void Integrates_a_product_over_a_rectangle()
        {
            double value = Quadrature.IntegrateRectangle(new XTimesYSquared(), 0, 2, 0, 1, out double error);

            Assert.Equal(2.0 / 3, value, 1e-15);
            Assert.True(Math.Abs(value - 2.0 / 3) <= error && error < 1e-12, error.ToString("0.0e+0"));
            Assert.Equal(value, Quadrature.IntegrateRectangle(new XTimesYSquared(), 0, 2, 0, 1));
            Assert.Equal(value, Quadrature.IntegrateRectangle((x, y) => x * y * y, 0, 2, 0, 1));
        }

        [Fact]
        public void Swapping_either_pair_of_bounds_negates_and_equal_bounds_give_zero()
        {
            double value = Quadrature.IntegrateRectangle(new XTimesYSquared(), 0, 2, 0, 1);

            Assert.Equal(-value, Quadrature.IntegrateRectangle(new XTimesYSquared(), 2, 0, 0, 1), 1e-15);
            Assert.Equal(-value, Quadrature.IntegrateRectangle(new XTimesYSquared(), 0, 2, 1, 0), 1e-15);
            Assert.Equal(value, Quadrature.IntegrateRectangle(new XTimesYSquared(), 2, 0, 1, 0), 1e-15);
            Assert.Equal(0, Quadrature.IntegrateRectangle(new XTimesYSquared(), 0, 2, 1, 1));
            Assert.Equal(0, Quadrature.IntegrateRectangle(new XTimesYSquared(), 3, 3, 0, 1));
        }

        /// <summary>∫∫ e^(−x²−y²) over the plane = π (the square of the Gaussian integral); ∫₀¹∫₀¹ 1/√(xy) = 2·2 = 4.</summary>
        [Fact]
        public void Infinite_ranges_and_singular_edges_in_both_variables()
        {
            double plane = Quadrature.IntegrateRectangle(
                new Gaussian2D(), double.NegativeInfinity, double.PositiveInfinity, double.NegativeInfinity, double.PositiveInfinity, out double planeError);
            double singular = Quadrature.IntegrateRectangle((x, y) => 1 / Math.Sqrt(x * y), 0, 1, 0, 1, out double singularError);

            Assert.True(Math.Abs(plane - Math.PI) <= Math.Min(planeError, 1e-11), plane + " ± " + planeError);
            Assert.True(Math.Abs(singular - 4) <= Math.Min(singularError, 1e-11), singular + " ± " + singularError);
        }

        [Fact]
        public void Nan_anywhere_gives_nan()
        {
            Assert.True(double.IsNaN(Quadrature.IntegrateRectangle((x, y) => x + y > 1.5 ? double.NaN : x, 0, 1, 0, 1, out double error)));
            Assert.True(double.IsNaN(error));
            Assert.True(double.IsNaN(Quadrature.IntegrateRectangle((x, y) => x, 0, double.NaN, 0, 1)));
        }

        [Fact]
        public void Float_integrands_reach_a_relative_1e6_within_their_estimate()
        {
            float value = Quadrature.IntegrateRectangle(new FloatXTimesYSquared(), 0f, 2f, 0f, 1f, out float error);
            float lambda = Quadrature.IntegrateRectangleFloat((x, y) => x * y * y, 0f, 2f, 0f, 1f, out _);

            Assert.True(Math.Abs(value - 2.0 / 3) <= Math.Min(error, 1e-6), value + " ± " + error);
            Assert.Equal(value, lambda);
            Assert.Equal(value, Quadrature.IntegrateRectangleFloat((x, y) => x * y * y, 0f, 2f, 0f, 1f));
            Assert.Equal(value, Quadrature.IntegrateRectangle(new FloatXTimesYSquared(), 0f, 2f, 0f, 1f));
        }
    }
}
