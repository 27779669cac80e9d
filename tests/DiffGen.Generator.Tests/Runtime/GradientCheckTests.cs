using System;
using System.Linq;
using Xunit;

namespace DiffGen.Generator.Tests.Runtime
{
    /// <summary>
    /// <see cref="GradientCheck"/>: it passes the generated gradients of scalar and array methods, and
    /// it finds a deliberately wrong entry (or value) and says which one it is.
    /// </summary>
    public sealed class GradientCheckTests
    {
        private static readonly double[] Xs = { 0.5, -1.0, 2.0, 1.5, 0.0, 1.0, -0.5, 0.25, 3.0, -2.0, 1.0, 1.0 };
        private static readonly double[] Ys = { 1.0, 0.5, -1.0, 2.0 };

        [Fact]
        public void Passes_the_generated_gradient_of_a_scalar_method()
        {
            double[] point = { -1.2, 1.0 };
            GradientCheckResult result = GradientCheck.Run(
                FlatVector.Function(CheckedFunctions.Rosenbrock), FlatVector.Gradient(CheckedFunctions.RosenbrockGradient), point);

            Assert.True(result.Passed, result.ToString());
            Assert.True(result.WorstRelativeError < 1e-9, result.ToString());
            Assert.Equal(0, result.ValueRelativeError);
            Assert.Equal(CheckedFunctions.Rosenbrock(-1.2, 1.0), result.Value);
            Assert.Equal(new[] { -1.2, 1.0 }, point); // not changed
            Assert.Equal(new[] { -1.2, 1.0 }, result.Point);
            Assert.StartsWith("Gradient check passed: worst relative error ", result.ToString());
            result.ThrowIfFailed();
        }

        [Fact]
        public void Finds_a_wrong_entry_and_names_its_index()
        {
            GradientFunction right = FlatVector.Gradient(CheckedFunctions.FourGradient);
            GradientFunction wrong = (x, g) =>
            {
                double value = right(x, g);
                g[2] *= 1.001; // one partial off by 0.1 %
                return value;
            };
            double[] point = { 0.3, -0.7, 0.2, 1.1 };

            GradientCheckResult result = GradientCheck.Run(FlatVector.Function(CheckedFunctions.Four), wrong, point);

            Assert.False(result.Passed);
            Assert.Equal(2, result.WorstIndex);
            Assert.InRange(result.WorstRelativeError, 0.9e-3, 1.1e-3);
            CheckedFunctions.FourGradient(0.3, -0.7, 0.2, 1.1, out _, out _, out double dC, out _);
            Assert.Equal(dC * 1.001, result.WorstAnalytic);
            Assert.Equal(dC, result.WorstNumeric, 1e-9);
            Assert.All(new[] { 0, 1, 3 }, i => Assert.True(result.RelativeErrors[i] < 1e-9));

            string report = result.ToString();
            Assert.StartsWith("Gradient check FAILED: worst relative error 1.0e-3 at index 2 > tolerance 1e-6", report);
            Assert.Contains("at point (0.3, -0.7, 0.2, 1.1)", report);
            Assert.Contains("[2]", report);
            Assert.Single(report.Split('\n'), line => line.EndsWith("<--", StringComparison.Ordinal));
            var thrown = Assert.Throws<InvalidOperationException>(result.ThrowIfFailed);
            Assert.Equal(report, thrown.Message);
        }

        [Fact]
        public void Passes_the_generated_gradient_of_an_array_method_packed_in_one_vector()
        {
            // x = (w0, w1, w2, b); the generated LossGradient(w, b, xs, ys, Span dW, out dB).
            var w = new double[3];
            Func<double[], double> loss = x =>
            {
                int at = FlatVector.Unpack(x, 0, w);
                return CheckedFunctions.Loss(w, x[at], Xs, Ys);
            };
            GradientFunction lossGradient = (x, g) =>
            {
                int at = FlatVector.Unpack(x, 0, w);
                return CheckedFunctions.LossGradient(w, x[at], Xs, Ys, g.AsSpan(0, at), out g[at]);
            };

            GradientCheckResult result = GradientCheck.Run(
                loss, lossGradient, new[] { 0.4, -0.3, 0.9, 0.1 }, new GradientCheckOptions { Names = Name });

            Assert.True(result.Passed, result.ToString());
            Assert.True(result.WorstRelativeError < 1e-9, result.ToString());
        }

        [Fact]
        public void Names_a_wrong_entry_of_an_array_method_by_its_parameter()
        {
            var w = new double[3];
            Func<double[], double> loss = x => CheckedFunctions.Loss(Unpacked(x, w), x[3], Xs, Ys);
            GradientFunction wrong = (x, g) =>
            {
                double value = CheckedFunctions.LossGradient(Unpacked(x, w), x[3], Xs, Ys, g.AsSpan(0, 3), out g[3]);
                g[1] = -g[1]; // a sign error in ∂L/∂w[1]
                return value;
            };

            GradientCheckResult result = GradientCheck.Run(loss, wrong, new[] { 0.4, -0.3, 0.9, 0.1 }, new GradientCheckOptions { Names = Name });

            Assert.False(result.Passed);
            Assert.Equal(1, result.WorstIndex);
            Assert.Equal("w[1]", result.WorstName);
            Assert.Equal(2, result.WorstRelativeError, 1e-9); // |a − (−a)| / |a|
            Assert.Contains("at index 1 (w[1])", result.ToString());
            Assert.Contains("  b  ", result.ToString());
        }

        [Fact]
        public void Passes_a_whole_array_gradient_checked_from_the_gradient_alone()
        {
            double[] point = Enumerable.Range(0, 6).Select(i => 0.3 * i - 0.8).ToArray();
            GradientCheckResult result = GradientCheck.Run(
                (x, g) => CheckedFunctions.SumOfSinesGradient(x, g), point);

            Assert.True(result.Passed, result.ToString());
            Assert.Equal(0, result.ValueRelativeError);
            for (int i = 0; i < point.Length; i++)
            {
                Assert.Equal((i + 1) * Math.Cos(point[i]), result.Analytic[i], 1e-14);
                Assert.Equal((i + 1) * Math.Cos(point[i]), result.Numeric[i], 1e-10);
            }
        }

        [Fact]
        public void Finds_a_wrong_value_returned_with_a_right_gradient()
        {
            GradientFunction right = FlatVector.Gradient(CheckedFunctions.ThreeGradient);
            GradientCheckResult result = GradientCheck.Run(
                FlatVector.Function(CheckedFunctions.Three), (x, g) => right(x, g) + 1e-3, new[] { 1.0, 2.0, 3.0 });

            Assert.False(result.Passed);
            Assert.True(result.WorstRelativeError < 1e-9, result.ToString());
            Assert.True(result.ValueRelativeError > 1e-5);
            Assert.Contains("(the gradient function returned ", result.ToString());
            Assert.Contains("> tolerance)", result.ToString());
        }

        [Fact]
        public void A_NaN_in_the_gradient_fails_at_its_index()
        {
            GradientFunction right = FlatVector.Gradient(CheckedFunctions.ThreeGradient);
            GradientCheckResult result = GradientCheck.Run(
                FlatVector.Function(CheckedFunctions.Three),
                (x, g) =>
                {
                    double value = right(x, g);
                    g[0] = double.NaN;
                    return value;
                },
                new[] { 1.0, 2.0, 3.0 });

            Assert.False(result.Passed);
            Assert.Equal(0, result.WorstIndex);
            Assert.Equal(double.PositiveInfinity, result.WorstRelativeError);
            Assert.Contains("analytic NaN", result.ToString());
        }

        [Fact]
        public void Passes_a_float_gradient_and_finds_a_wrong_float_entry()
        {
            Func<float[], float> f = x => CheckedFunctions.RosenbrockF(x[0], x[1]);
            FloatGradientFunction right = (x, g) => CheckedFunctions.RosenbrockFGradient(x[0], x[1], out g[0], out g[1]);
            float[] point = { -1.2f, 1f };

            GradientCheckResult passed = GradientCheck.Run(f, right, point);
            Assert.True(passed.Passed, passed.ToString());
            Assert.True(passed.WorstRelativeError < 1e-4, passed.ToString());
            Assert.Equal(GradientCheck.DefaultFloatTolerance, passed.Tolerance);
            Assert.Contains("at point (-1.2, 1)", passed.ToString());

            GradientCheckResult failed = GradientCheck.Run(
                f,
                (x, g) =>
                {
                    float value = right(x, g);
                    g[1] *= 1.05f;
                    return value;
                },
                point);
            Assert.False(failed.Passed);
            Assert.Equal(1, failed.WorstIndex);
        }

        [Fact]
        public void Reports_only_the_worst_ten_entries_of_a_long_vector()
        {
            double[] point = Enumerable.Range(0, 30).Select(i => 0.1 * i).ToArray();
            GradientCheckResult result = GradientCheck.Run(
                x => CheckedFunctions.SumOfSines(x),
                (x, g) =>
                {
                    double value = CheckedFunctions.SumOfSinesGradient(x, g);
                    g[17] += 0.5;
                    return value;
                },
                point);

            Assert.Equal(17, result.WorstIndex);
            string[] lines = result.ToString().Split('\n');
            Assert.Contains(lines, l => l.Contains("the 10 of 30 entries with the largest errors:"));
            Assert.Contains(lines, l => l.Contains("… 30 entries"));
            int header = Array.FindIndex(lines, l => l.TrimStart().StartsWith("entry", StringComparison.Ordinal));
            Assert.Equal(header + 11, lines.Length);
            Assert.StartsWith("  [17]", lines[header + 1]);
        }

        [Fact]
        public void The_numerical_derivative_is_accurate_far_beyond_one_central_difference()
        {
            // exp at 3: one central difference with h = 1e-2 · 3 errs by h²/6 ≈ 1.5e-4 relative.
            GradientCheckResult result = GradientCheck.Run(
                FlatVector.Function(Math.Exp), ExpGradient, new[] { 3.0 });
            Assert.True(result.WorstRelativeError < 1e-11, result.ToString());

            GradientCheckResult plain = GradientCheck.Run(
                FlatVector.Function(Math.Exp), ExpGradient, new[] { 3.0 },
                new GradientCheckOptions { Levels = 1 });
            Assert.InRange(plain.WorstRelativeError, 1.4e-4, 1.6e-4);
        }

        [Fact]
        public void Entries_near_zero_are_compared_on_the_scale_of_the_largest()
        {
            // A gradient that says ∂/∂y = 0 where it is 1e-10, next to ∂/∂x = 1: wrong by all of its own
            // size, but by only 1e-7 of the largest entry, which is what the default floor compares.
            GradientCheckResult result = GradientCheck.Run(
                x => x[0] + (1e-10 * x[1]),
                (x, g) =>
                {
                    g[0] = 1;
                    g[1] = 0;
                    return x[0] + (1e-10 * x[1]);
                },
                new[] { 1.0, 1.0 });
            Assert.True(result.Passed, result.ToString());

            GradientCheckResult ownScale = GradientCheck.Run(
                x => x[0] + (1e-10 * x[1]),
                (x, g) =>
                {
                    g[0] = 1;
                    g[1] = 0;
                    return x[0] + (1e-10 * x[1]);
                },
                new[] { 1.0, 1.0 },
                new GradientCheckOptions { ScaleFloor = 0 });
            Assert.False(ownScale.Passed);
            Assert.Equal(1, ownScale.WorstIndex);
        }

        [Fact]
        public void Rejects_bad_arguments()
        {
            Func<double[], double> f = FlatVector.Function(CheckedFunctions.Rosenbrock);
            GradientFunction g = FlatVector.Gradient(CheckedFunctions.RosenbrockGradient);
            Assert.Throws<ArgumentNullException>(() => GradientCheck.Run(null!, g, new[] { 1.0, 2.0 }));
            Assert.Throws<ArgumentNullException>(() => GradientCheck.Run(f, null!, new[] { 1.0, 2.0 }));
            Assert.Throws<ArgumentNullException>(() => GradientCheck.Run(f, g, null!));
            Assert.Throws<ArgumentException>(() => GradientCheck.Run(f, g, Array.Empty<double>()));
            Assert.Throws<ArgumentException>(() => GradientCheck.Run(f, g, new[] { 1.0, 2.0 }, new GradientCheckOptions { Levels = 0 }));
            Assert.Throws<ArgumentException>(() => GradientCheck.Run(f, g, new[] { 1.0, 2.0 }, new GradientCheckOptions { RelativeStep = -1 }));
            Assert.Throws<ArgumentException>(() => GradientCheck.Run(f, g, new[] { 1.0, 2.0 }, new GradientCheckOptions { Tolerance = double.NaN }));
        }

        private static double ExpGradient(double[] x, double[] g)
        {
            g[0] = Math.Exp(x[0]);
            return g[0];
        }

        private static string Name(int i) => i < 3 ? $"w[{i}]" : "b";

        private static double[] Unpacked(double[] x, double[] w)
        {
            FlatVector.Unpack(x, 0, w);
            return w;
        }
    }
}
