using System;
using System.Linq;
using Xunit;
using static DiffGen.Generator.Tests.Arrays.Draw;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// Gradient.Stop in model code (the eleventh session's ML sweep), where finite differences of the method are not
    /// the oracle: the stopped value changes the derivative on purpose. Each method's gradient must equal the gradient of
    /// its twin in <see cref="ModelLayerCases"/> that takes the stopped value as data (checked there against finite
    /// differences), at the value the method computes.
    /// </summary>
    public sealed class ModelLayerStopTests
    {
        /// <summary>A DQN loss: the bootstrapped target r + 0.99·max_a Q(s′, a), computed from W, is a constant for the loss.</summary>
        private static readonly ArrayCase Dqn = new ArrayCase("MlDqnStop", """
            [Differentiable("W")]
            public static double MlDqnStop(double[] W, double[] s, double[] s2, int action, double reward)
            {
                int actions = W.Length / s.Length, d = s.Length;
                double q = 0;
                for (int j = 0; j < d; j++)
                {
                    q += W[action * d + j] * s[j];
                }

                double best = double.NegativeInfinity;
                for (int a = 0; a < actions; a++)
                {
                    double qa = 0;
                    for (int j = 0; j < d; j++)
                    {
                        qa += W[a * d + j] * s2[j];
                    }

                    best = Math.Max(best, qa);
                }

                double target = Gradient.Stop(reward + 0.99 * best);
                return (q - target) * (q - target);
            }
            """, (r, n) => new object[] { Vector(r, 3 * n, -1, 1), Vector(r, n), Vector(r, n), r.Next(3), Uniform(r, -1, 1) }) { Sizes = ArrayCase.NonEmpty };

        /// <summary>A straight-through estimator: the forward pass uses weights rounded to quarters, the backward pass the identity.</summary>
        private static readonly ArrayCase StraightThrough = new ArrayCase("MlStraightThrough", """
            [Differentiable("w")]
            public static double MlStraightThrough(double[] w, double[] x, double y)
            {
                double pred = 0;
                for (int i = 0; i < w.Length; i++)
                {
                    double q = w[i] + Gradient.Stop(Math.Round(w[i] * 4) / 4 - w[i]);
                    pred += q * x[i];
                }

                return (pred - y) * (pred - y);
            }
            """, (r, n) => new object[] { Vector(r, n), Vector(r, n), Uniform(r, -1, 1) });

        [Fact]
        public void A_DQN_target_in_Gradient_Stop_is_a_constant_of_the_loss()
        {
            CompiledCase stopped = CompiledCase.For(Dqn);
            CompiledCase frozen = CompiledCase.For(ArrayCaseCatalog.Find("MlDqnFrozen"));
            foreach ((int size, object[] point) in ArrayCaseCatalog.Points(Dqn))
            {
                var w = (double[])point[0];
                var s2 = (double[])point[2];
                int d = s2.Length;
                double best = Enumerable.Range(0, w.Length / d).Max(a => Enumerable.Range(0, d).Sum(j => w[(a * d) + j] * s2[j]));
                double target = (double)point[4] + (0.99 * best);
                AssertSameGradient(stopped, point, frozen, new object[] { point[0], point[1], point[3], target }, "MlDqnStop at n = " + size);
            }
        }

        [Fact]
        public void A_straight_through_estimator_passes_the_gradient_through_the_rounding()
        {
            CompiledCase stopped = CompiledCase.For(StraightThrough);
            CompiledCase frozen = CompiledCase.For(ArrayCaseCatalog.Find("MlStraightThroughFrozen"));
            foreach ((int size, object[] point) in ArrayCaseCatalog.Points(StraightThrough))
            {
                var w = (double[])point[0];
                double[] offsets = w.Select(v => (Math.Round(v * 4) / 4) - v).ToArray();
                AssertSameGradient(stopped, point, frozen, new object[] { point[0], point[1], point[2], offsets }, "MlStraightThrough at n = " + size);
            }
        }

        private static void AssertSameGradient(CompiledCase stopped, object[] point, CompiledCase frozen, object[] frozenPoint, string at)
        {
            object[] outputs = stopped.NewOutputs(point, fill: double.NaN);
            double value = stopped.Gradient(point, outputs);
            object[] expectedOutputs = frozen.NewOutputs(frozenPoint, fill: double.NaN);
            double expectedValue = frozen.Gradient(frozenPoint, expectedOutputs);
            Assert.True(Math.Abs(value - expectedValue) <= 1e-12 * Math.Max(1, Math.Abs(expectedValue)), at + ": value " + value + ", expected " + expectedValue);
            Assert.True(Math.Abs(stopped.Value(point) - value) <= 1e-12 * Math.Max(1, Math.Abs(value)), at + ": the gradient's value differs from the method's");
            var actual = (double[])outputs[0];
            var expected = (double[])expectedOutputs[0];
            Assert.Equal(expected.Length, actual.Length);
            for (int k = 0; k < expected.Length; k++)
            {
                Assert.True(Math.Abs(actual[k] - expected[k]) <= 1e-12 * Math.Max(1, Math.Abs(expected[k])), at + ": d[" + k + "] = " + actual[k] + ", expected " + expected[k]);
            }
        }
    }
}
