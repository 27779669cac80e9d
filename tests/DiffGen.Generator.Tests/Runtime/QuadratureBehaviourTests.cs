using System;
using System.Linq;
using Xunit;

namespace DiffGen.Generator.Tests.Runtime
{
    /// <summary>
    /// What <see cref="Quadrature"/> does at the edges: bounds that are swapped, equal or NaN;
    /// integrands that are NaN or infinite; the subdivision cap; options; struct integrands.
    /// </summary>
    public sealed class QuadratureBehaviourTests
    {
        [Fact]
        public void Swapped_bounds_give_the_negated_integral()
        {
            // ∫₁⁰ x² dx = −1/3; ∫_∞^0 e^(−2x) dx = −1/2 (antiderivatives x³/3 and −e^(−2x)/2).
            Assert.Equal(-1.0 / 3, Quadrature.Integrate(x => x * x, 1, 0), 1e-15);
            Assert.Equal(-0.5, Quadrature.Integrate(new Decay(2), double.PositiveInfinity, 0), 1e-15);
            double forward = Quadrature.Integrate(Math.Sqrt, 0, 2, out double forwardError);
            double backward = Quadrature.Integrate(Math.Sqrt, 2, 0, out double backwardError);
            Assert.Equal(-forward, backward);
            Assert.Equal(forwardError, backwardError);
        }

        [Fact]
        public void Equal_bounds_give_zero_without_evaluating()
        {
            var counting = new CountingSquare();
            QuadratureResult result = Quadrature.Integrate(counting, 3.5, 3.5, options: null);

            Assert.Equal(0, result.Value);
            Assert.Equal(0, result.ErrorEstimate);
            Assert.Equal(0, result.Evaluations);
            Assert.Equal(0, Quadrature.Integrate(x => 1 / x, 0, 0));               // even where f is not defined
            Assert.Equal(0, Quadrature.Integrate(Math.Exp, double.PositiveInfinity, double.PositiveInfinity));
        }

        [Fact]
        public void Nan_bounds_give_nan()
        {
            Assert.True(double.IsNaN(Quadrature.Integrate(Math.Exp, double.NaN, 1, out double error)));
            Assert.True(double.IsNaN(error));
            Assert.True(double.IsNaN(Quadrature.Integrate(Math.Exp, 0, double.NaN)));
        }

        [Fact]
        public void An_integrand_that_is_nan_or_infinite_where_evaluated_gives_nan()
        {
            // NaN on part of the interval; a pole at the centre (the rule's middle point); an infinite value at one point;
            // a pole inside the interval on a symmetric range; a function that overflows.
            Func<double, double>[] bad =
            {
                x => x < 0.3 ? double.NaN : x,
                x => 1 / (x - 0.5),
                x => x == 0.5 ? double.PositiveInfinity : x,
                x => 1 / x,
                x => Math.Exp(1000 * x),
            };
            double[] froms = { 0, 0, 0, -1, 0 };
            foreach ((Func<double, double> f, double from) in bad.Zip(froms))
            {
                QuadratureResult result = Quadrature.Integrate(f, from, 1, options: null);
                Assert.True(double.IsNaN(result.Value), result.ToString());
                Assert.True(double.IsNaN(result.ErrorEstimate), result.ToString());
                Assert.Equal(QuadratureStatus.NotANumber, result.Status);
            }

            // NaN only far out on an infinite range, found after a few halvings.
            Assert.True(double.IsNaN(Quadrature.Integrate(x => x > 50 ? double.NaN : Math.Exp(-x), 0, double.PositiveInfinity)));
        }

        /// <summary>
        /// ∫₀¹ dx/x diverges: at the cap its sum is still moving by ln 2 a halving, which says so (the value
        /// overloads give NaN); over an infinite range the extrapolation's divergence test sees it.
        /// </summary>
        [Fact]
        public void A_divergent_integral_is_reported_as_diverging()
        {
            QuadratureResult result = Quadrature.Integrate(x => 1 / x, 0, 1, options: null);

            Assert.Equal(QuadratureStatus.MayDiverge, result.Status);
            Assert.Equal(Quadrature.DefaultMaximumSubintervals, result.Subintervals);
            Assert.Equal(double.PositiveInfinity, result.ErrorEstimate);
            Assert.True(double.IsNaN(Quadrature.Integrate(x => 1 / x, 0, 1)));

            // ∫₀¹ sin(1/x) dx converges but needs more pieces than the cap: not called divergent (its sum moves by 1e-4).
            QuadratureResult hard = Quadrature.Integrate(x => Math.Sin(1 / x), 0, 1, options: null);
            Assert.Equal(QuadratureStatus.SubintervalLimitReached, hard.Status);
            Assert.True(Math.Abs(hard.Value - 0.504067061906928) <= hard.ErrorEstimate, hard.ToString());

            // Over an infinite range the divergence test sees it: ∫₁^∞ dx/√x.
            QuadratureResult infinite = Quadrature.Integrate(x => 1 / Math.Sqrt(x), 1, double.PositiveInfinity, options: null);
            Assert.Equal(QuadratureStatus.MayDiverge, infinite.Status);
            Assert.Equal(double.PositiveInfinity, infinite.ErrorEstimate);
        }

        /// <summary>A hard integrand with a small cap: the result is not within tolerance, and the estimate still covers the true error.</summary>
        [Fact]
        public void At_a_small_cap_the_estimate_still_covers_the_true_error()
        {
            // ∫₀¹ x^(−0.9) dx = 10 (antiderivative 10·x^0.1) and ∫₀^{20π} x·sin x dx = −20π (antiderivative sin x − x·cos x).
            foreach (int cap in new[] { 1, 2, 3, 4, 6 })
            {
                var options = new QuadratureOptions { MaximumSubintervals = cap };
                QuadratureResult singular = Quadrature.Integrate(new Power(-0.9), 0, 1, options);
                QuadratureResult oscillating = Quadrature.Integrate(x => x * Math.Sin(x), 0, 20 * Math.PI, options);

                Assert.Equal(QuadratureStatus.SubintervalLimitReached, singular.Status);
                Assert.True(Math.Abs(singular.Value - 10) <= singular.ErrorEstimate, "cap " + cap + ": " + singular);
                Assert.Equal(QuadratureStatus.SubintervalLimitReached, oscillating.Status);
                Assert.True(Math.Abs(oscillating.Value + 20 * Math.PI) <= oscillating.ErrorEstimate, "cap " + cap + ": " + oscillating);
            }
        }

        [Fact]
        public void A_looser_tolerance_takes_fewer_evaluations_and_still_meets_it()
        {
            // ∫₀¹ √t·ln t dt = −4/9 (Bailey, Jeyabalan & Li, problem 5).
            QuadratureResult tight = Quadrature.Integrate(t => Math.Sqrt(t) * Math.Log(t), 0, 1, options: null);
            QuadratureResult loose = Quadrature.Integrate(t => Math.Sqrt(t) * Math.Log(t), 0, 1, new QuadratureOptions { RelativeTolerance = 1e-6 });

            Assert.True(loose.Evaluations < tight.Evaluations, loose + " vs " + tight);
            Assert.True(Math.Abs(loose.Value + 4.0 / 9) <= 1e-6 * 4 / 9, loose.ToString());
            Assert.True(loose.Converged);
        }

        /// <summary>∫₀^{2π} sin x dx = 0: no relative tolerance can be met; an absolute one can.</summary>
        [Fact]
        public void A_zero_integral_needs_an_absolute_tolerance_to_converge()
        {
            QuadratureResult relative = Quadrature.Integrate(Math.Sin, 0, 2 * Math.PI, options: null);
            QuadratureResult absolute = Quadrature.Integrate(Math.Sin, 0, 2 * Math.PI, new QuadratureOptions { AbsoluteTolerance = 1e-12 });

            Assert.Equal(QuadratureStatus.RoundoffLimited, relative.Status);
            Assert.True(Math.Abs(relative.Value) <= relative.ErrorEstimate && relative.ErrorEstimate < 1e-13, relative.ToString());
            Assert.Equal(QuadratureStatus.Converged, absolute.Status);
            Assert.True(Math.Abs(absolute.Value) <= 1e-12, absolute.ToString());
        }

        [Fact]
        public void Options_out_of_range_are_refused()
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => Quadrature.Integrate(Math.Exp, 0, 1, new QuadratureOptions { RelativeTolerance = -1 }));
            Assert.Throws<ArgumentOutOfRangeException>(() => Quadrature.Integrate(Math.Exp, 0, 1, new QuadratureOptions { RelativeTolerance = double.NaN }));
            Assert.Throws<ArgumentOutOfRangeException>(() => Quadrature.Integrate(Math.Exp, 0, 1, new QuadratureOptions { AbsoluteTolerance = double.PositiveInfinity }));
            Assert.Throws<ArgumentOutOfRangeException>(() => Quadrature.Integrate(Math.Exp, 0, 1, new QuadratureOptions { MaximumSubintervals = 0 }));
            Assert.Throws<ArgumentNullException>(() => Quadrature.Integrate((Func<double, double>)null!, 0, 1));
        }

        [Fact]
        public void A_struct_integrand_with_parameters_integrates_like_the_lambda()
        {
            // ∫₀^∞ e^(−2x) dx = 1/2; ∫₀¹ e^(−2x) dx = (1 − e⁻²)/2.
            Assert.Equal(0.5, Quadrature.Integrate(new Decay(2), 0, double.PositiveInfinity), 1e-15);
            double value = Quadrature.Integrate(new Decay(2), 0, 1, out double error);
            Assert.Equal((1 - Math.Exp(-2)) / 2, value, 1e-16);
            Assert.Equal(Quadrature.Integrate(x => Math.Exp(-2 * x), 0, 1), value);
            Assert.True(error < 1e-14);
        }

        [Fact]
        public void Reports_the_work_done_in_its_text()
        {
            QuadratureResult result = Quadrature.Integrate(x => x * x, 0, 1, options: null);

            Assert.StartsWith("∫ = 0.3333333333333333 ± ", result.ToString());
            Assert.EndsWith("(Converged, 1 subintervals, 21 evaluations)", result.ToString());
        }
    }
}
