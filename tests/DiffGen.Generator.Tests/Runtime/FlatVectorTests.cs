using System;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;
using Xunit;

namespace DiffGen.Generator.Tests.Runtime
{
    /// <summary><see cref="FlatVector"/>: the adapters give what the generated methods give, in the shapes optimizers take.</summary>
    public sealed class FlatVectorTests
    {
        [Fact]
        public void Functions_of_scalars_read_the_vector_in_order()
        {
            Assert.Equal(CheckedFunctions.Softplus(0.3), FlatVector.Function(CheckedFunctions.Softplus)(new[] { 0.3 }));
            Assert.Equal(CheckedFunctions.Rosenbrock(0.3, 0.7), FlatVector.Function(CheckedFunctions.Rosenbrock)(new[] { 0.3, 0.7 }));
            Assert.Equal(CheckedFunctions.Three(0.3, 0.7, -1), FlatVector.Function(CheckedFunctions.Three)(new[] { 0.3, 0.7, -1 }));
            Assert.Equal(CheckedFunctions.Four(0.3, 0.7, -1, 2), FlatVector.Function(CheckedFunctions.Four)(new[] { 0.3, 0.7, -1, 2 }));
        }

        [Fact]
        public void Scalar_gradients_write_the_vector_in_order()
        {
            var g = new double[4];

            Assert.Equal(CheckedFunctions.SoftplusGradient(0.3, out double s0), FlatVector.Gradient(CheckedFunctions.SoftplusGradient)(new[] { 0.3 }, g));
            Assert.Equal(s0, g[0]);

            Assert.Equal(
                CheckedFunctions.RosenbrockGradient(0.3, 0.7, out double r0, out double r1),
                FlatVector.Gradient(CheckedFunctions.RosenbrockGradient)(new[] { 0.3, 0.7 }, g));
            Assert.Equal(new[] { r0, r1 }, g[..2]);

            Assert.Equal(
                CheckedFunctions.ThreeGradient(0.3, 0.7, -1, out double t0, out double t1, out double t2),
                FlatVector.Gradient(CheckedFunctions.ThreeGradient)(new[] { 0.3, 0.7, -1 }, g));
            Assert.Equal(new[] { t0, t1, t2 }, g[..3]);

            Assert.Equal(
                CheckedFunctions.FourGradient(0.3, 0.7, -1, 2, out double f0, out double f1, out double f2, out double f3),
                FlatVector.Gradient(CheckedFunctions.FourGradient)(new[] { 0.3, 0.7, -1, 2 }, g));
            Assert.Equal(new[] { f0, f1, f2, f3 }, g);
        }

        [Fact]
        public void GradientOf_and_ValueAndGradientOf_return_a_new_array_each_call()
        {
            GradientFunction gradient = FlatVector.Gradient(CheckedFunctions.RosenbrockGradient);
            Func<double[], double[]> gradientOf = FlatVector.GradientOf(gradient);
            double[] first = gradientOf(new[] { 1.0, 2.0 });
            double[] second = gradientOf(new[] { 1.0, 2.0 });
            Assert.Equal(new[] { -400.0, 200.0 }, first);
            Assert.NotSame(first, second);

            var both = FlatVector.ValueAndGradientOf(gradient);
            (double value, double[] g) = both(new[] { 1.0, 2.0 });
            Assert.Equal(100, value);
            Assert.Equal(new[] { -400.0, 200.0 }, g);
            Assert.NotSame(g, both(new[] { 1.0, 2.0 }).Gradient);
        }

        [Fact]
        public void ValueOf_returns_the_value_of_the_gradient_function()
        {
            Func<double[], double> value = FlatVector.ValueOf((x, g) => CheckedFunctions.SumOfSinesGradient(x, g));
            Assert.Equal(CheckedFunctions.SumOfSines(new[] { 0.5, 1.5 }), value(new[] { 0.5, 1.5 }));
            Assert.Equal(CheckedFunctions.SumOfSines(new[] { 0.5, 1.5, 2 }), value(new[] { 0.5, 1.5, 2 })); // another length
        }

        [Fact]
        public void Pack_and_Unpack_move_one_parameter_in_and_out_of_the_vector()
        {
            double[] w = { 1, 2, 3 };
            var x = new double[5];
            int at = FlatVector.Pack(w, x, 1);
            Assert.Equal(4, at);
            Assert.Equal(new double[] { 0, 1, 2, 3, 0 }, x);

            var back = new double[3];
            Assert.Equal(4, FlatVector.Unpack(x, 1, back));
            Assert.Equal(w, back);
            Assert.Equal(3, FlatVector.Unpack(x, 1, back, 2));

            Assert.Throws<ArgumentOutOfRangeException>(() => FlatVector.Pack(w, x, 3));
            Assert.Throws<ArgumentOutOfRangeException>(() => FlatVector.Unpack(x, 3, back));
            Assert.Throws<ArgumentOutOfRangeException>(() => FlatVector.Unpack(x, -1, back));
            Assert.Throws<ArgumentOutOfRangeException>(() => FlatVector.Unpack(x, 0, back, 4));
            Assert.Throws<ArgumentNullException>(() => FlatVector.Gradient((ScalarGradient2)null!));
        }

        [Fact]
        public void A_generated_gradient_drives_MathNet_BFGS_to_the_minimum_of_Rosenbrock()
        {
            var both = FlatVector.ValueAndGradientOf(FlatVector.Gradient(CheckedFunctions.RosenbrockGradient));
            IObjectiveFunction objective = ObjectiveFunction.Gradient(v =>
            {
                (double value, double[] g) = both(v.AsArray() ?? v.ToArray());
                return (value, Vector<double>.Build.Dense(g));
            });

            MinimizationResult result = new BfgsMinimizer(1e-10, 1e-10, 1e-10, 1000)
                .FindMinimum(objective, Vector<double>.Build.Dense(new[] { -1.2, 1.0 }));

            Assert.Equal(1, result.MinimizingPoint[0], 1e-6);
            Assert.Equal(1, result.MinimizingPoint[1], 1e-6);
        }

        [Fact]
        public void A_generated_array_gradient_drives_MathNet_L_BFGS_through_separate_value_and_gradient()
        {
            // Least squares with an exact fit: ys = 0.5·x0 − 1·x1 + 2·x2 + 0.25.
            double[] xs = { 0.5, -1.0, 2.0, 1.5, 0.0, 1.0, -0.5, 0.25, 3.0, -2.0, 1.0, 1.0, 0.3, 0.3, -0.7 };
            var ys = new double[5];
            for (int i = 0; i < ys.Length; i++)
            {
                ys[i] = (0.5 * xs[3 * i]) - xs[(3 * i) + 1] + (2 * xs[(3 * i) + 2]) + 0.25;
            }

            var w = new double[3];
            GradientFunction loss = (x, g) =>
            {
                int at = FlatVector.Unpack(x, 0, w);
                return CheckedFunctions.LossGradient(w, x[at], xs, ys, g.AsSpan(0, at), out g[at]);
            };
            Func<double[], double> value = FlatVector.ValueOf(loss);
            Func<double[], double[]> gradient = FlatVector.GradientOf(loss);
            IObjectiveFunction objective = ObjectiveFunction.Gradient(
                v => value(v.AsArray() ?? v.ToArray()),
                v => Vector<double>.Build.Dense(gradient(v.AsArray() ?? v.ToArray())));

            MinimizationResult result = new LimitedMemoryBfgsMinimizer(1e-12, 1e-12, 1e-12, 5, 1000)
                .FindMinimum(objective, Vector<double>.Build.Dense(4));

            Assert.Equal(new[] { 0.5, -1, 2, 0.25 }, result.MinimizingPoint.ToArray(), (a, b) => Math.Abs(a - b) < 1e-6);
        }
    }
}
