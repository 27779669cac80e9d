using System;
using Xunit;

namespace DiffGen.Generator.Tests.Runtime
{
    /// <summary>The trapezoid rule over sampled points.</summary>
    public sealed class TrapezoidTests
    {
        /// <summary>
        /// The ROC curve through (0, 0), (0, 0.5), (0.5, 0.5), (0.5, 1), (1, 1): a rectangle 0.5 × 0.5
        /// plus one 0.5 × 1, area 0.75 (the example; count the squares).
        /// </summary>
        [Fact]
        public void Area_under_a_roc_curve()
        {
            double[] falsePositiveRate = { 0, 0, 0.5, 0.5, 1 };
            double[] truePositiveRate = { 0, 0.5, 0.5, 1, 1 };

            Assert.Equal(0.75, Quadrature.Trapezoid(falsePositiveRate, truePositiveRate));
            Assert.Equal(0.75f, Quadrature.Trapezoid(new[] { 0f, 0f, 0.5f, 0.5f, 1f }, new[] { 0f, 0.5f, 0.5f, 1f, 1f }));
        }

        /// <summary>Linear pieces are exact; x² sampled at 0, 0.5, 1 gives (0.5/2)(0 + 0.25) + (0.5/2)(0.25 + 1) = 0.375 (against 1/3: the rule's h²/12·f″ error, 1/24).</summary>
        [Fact]
        public void Is_exact_for_lines_and_second_order_for_curves()
        {
            Assert.Equal(4, Quadrature.Trapezoid(new double[] { 0, 1, 2 }, new double[] { 1, 2, 3 }));          // ∫₀² (1 + x) dx = 4
            Assert.Equal(0.375, Quadrature.Trapezoid(new[] { 0, 0.5, 1 }, new[] { 0, 0.25, 1 }));
            Assert.Equal(0, Quadrature.Trapezoid(new double[] { 2 }, new double[] { 5 }));
            Assert.Equal(0, Quadrature.Trapezoid(Array.Empty<double>(), Array.Empty<double>()));
            Assert.True(double.IsNaN(Quadrature.Trapezoid(new double[] { 0, 1 }, new[] { 0, double.NaN })));
        }

        [Fact]
        public void Refuses_mismatched_lengths_and_decreasing_x_with_a_clear_message()
        {
            var mismatch = Assert.Throws<ArgumentException>(() => Quadrature.Trapezoid(new double[] { 0, 1, 2 }, new double[] { 0, 1 }));
            Assert.Equal("y", mismatch.ParamName);
            Assert.StartsWith("The trapezoid rule needs one y for each x: x has 3 points and y has 2.", mismatch.Message);

            var decreasing = Assert.Throws<ArgumentException>(() => Quadrature.Trapezoid(new[] { 0, 0.5, 0.2 }, new double[] { 0, 1, 2 }));
            Assert.Equal("x", decreasing.ParamName);
            Assert.StartsWith("The x values must not decrease: x[2] = 0.2 is less than x[1] = 0.5.", decreasing.Message);

            var nan = Assert.Throws<ArgumentException>(() => Quadrature.Trapezoid(new[] { 0, double.NaN }, new double[] { 0, 1 }));
            Assert.StartsWith("x[1] is NaN; the x values must be numbers that never decrease.", nan.Message);

            Assert.Throws<ArgumentException>(() => Quadrature.Trapezoid(new[] { 1f, 0f }, new[] { 0f, 1f }));
            Assert.Throws<ArgumentNullException>(() => Quadrature.Trapezoid(null!, new double[] { 0 }));
            Assert.Throws<ArgumentNullException>(() => Quadrature.Trapezoid(new double[] { 0 }, null!));
        }
    }
}
