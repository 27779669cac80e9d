using System;
using Xunit;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// The shape of a running extreme's gradient (<see cref="RunningExtremeCases"/>; values against finite differences in
    /// <see cref="ArrayGradientTests"/>): the index the extreme last came from instead of a tape, its adjoint sent there
    /// alone; ties, a loop that never runs and NaN as max's own rule has them.
    /// </summary>
    public sealed class RunningExtremeTests
    {
        [Theory]
        [InlineData("ReLogSumExp", "max", "if (!(max >= z[i]))")]
        [InlineData("ReMinOfSquaresDown", "m", "if (x[i] * x[i] <= m)")]
        [InlineData("ReMaxOfScores", "best", "if (w[i] * x[i] + b * (double)i >= best")]
        [InlineData("ReFromAParameter", "kept", "if (!(kept >= v[i] * 2))")]
        [InlineData("ReRowMaxima", "max", "if (!(max >= a[r * columns + c]))")]
        public void The_index_replaces_the_tape(string name, string kept, string moves)
        {
            string gradient = CompiledCase.GradientSource(name);
            Assert.DoesNotContain(kept + "Tape", gradient, StringComparison.Ordinal);
            Assert.Contains(moves, gradient, StringComparison.Ordinal);
            Assert.Contains("if (" + kept + "At != null)", gradient, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("ReLogSumExp", "if (!(max > z[i]))\n")]
        [InlineData("ReMinOfSquaresDown", "if (!(m < x[i] * x[i]))\n")]
        [InlineData("ReFromAParameter", "if (!(kept > v[i] * 2))\n")]
        public void Iterations_where_the_extreme_stays_skip_the_call(string name, string mayMove)
        {
            // Where m is strictly beyond the candidate, Math.Max(m, e) is m: nearly every iteration, once m is near the top.
            string gradient = CompiledCase.GradientSource(name);
            Assert.Contains(mayMove, gradient, StringComparison.Ordinal);
        }

        [Fact]
        public void A_loop_that_does_more_keeps_its_tape()
        {
            string gradient = CompiledCase.GradientSource("ReMaxAndSum");
            Assert.Contains("mTape", gradient, StringComparison.Ordinal);
            Assert.DoesNotContain("mAt", gradient, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("TieMaxKept", "m = Math.Max(m, z[i]);", new[] { 0.0, 1, 0, 0 })]
        [InlineData("TieMaxCandidate", "m = Math.Max(z[i], m);", new[] { 0.0, 0, 1, 0 })]
        [InlineData("TieMinKept", "m = Math.Min(m, -z[i]);", new[] { 0.0, -1, 0, 0 })]
        [InlineData("TieMinCandidate", "m = Math.Min(-z[i], m);", new[] { 0.0, 0, -1, 0 })]
        public void A_tie_follows_the_first_argument(string name, string statement, double[] expected)
        {
            // z = { 1, 3, 3, 2 }: at i = 2 the candidate equals m; max's rule gives a tie to its first argument.
            double[] gradient = GradientAt(Source(name, statement), new[] { 1.0, 3, 3, 2 }, out _);
            Assert.Equal(expected, gradient);
        }

        [Fact]
        public void A_loop_that_never_runs_leaves_the_adjoint_with_the_first_value()
        {
            double[] gradient = GradientAt(Source("NeverRuns", "m = Math.Max(m, z[i]);"), new[] { 5.0 }, out double value);
            Assert.Equal(5.0, value);
            Assert.Equal(new[] { 1.0 }, gradient);
        }

        [Fact]
        public void NaN_is_the_value_as_the_method_computes_it()
        {
            GradientAt(Source("WithNaN", "m = Math.Max(m, z[i]);"), new[] { 1.0, double.NaN, 2 }, out double value);
            Assert.True(double.IsNaN(value));
        }

        [Theory]
        [InlineData("ZeroTieMax", "m = Math.Max(m, z[i]);", -0.0, 0.0, false)]
        [InlineData("ZeroTieMaxSwapped", "m = Math.Max(z[i], m);", -0.0, 0.0, false)]
        [InlineData("ZeroTieMin", "m = Math.Min(m, z[i]);", 0.0, -0.0, true)]
        [InlineData("ZeroTieMinSwapped", "m = Math.Min(z[i], m);", 0.0, -0.0, true)]
        public void A_signed_zero_tie_gives_the_value_max_gives(string name, string statement, double first, double second, bool negative)
        {
            // Math.Max(−0, +0) is +0 and Math.Min(+0, −0) is −0, although neither argument is beyond the other: the gradient
            // skips only iterations where m is strictly beyond the candidate, so its value is the method's, sign and all.
            GradientAt(Source(name, statement), new[] { first, second }, out double value);
            Assert.Equal(0.0, value);
            Assert.Equal(negative, double.IsNegative(value));
        }

        private static string Source(string name, string statement) => $$"""
            [Differentiable]
            public static double {{name}}(double[] z)
            {
                double m = z[0];
                for (int i = 1; i < z.Length; i++)
                {
                    {{statement}}
                }

                return m;
            }
            """;

        private static double[] GradientAt(string source, double[] z, out double value)
        {
            string name = source.Substring(source.IndexOf("double ", StringComparison.Ordinal) + 7);
            name = name.Substring(0, name.IndexOf('(', StringComparison.Ordinal));
            CompiledCase compiled = CompiledCase.For(new ArrayCase(name, source, (r, n) => new object[] { z }));
            var arguments = new object[] { z };
            object[] outputs = compiled.NewOutputs(arguments, double.NaN);
            value = compiled.Gradient(arguments, outputs);
            return (double[])outputs[0];
        }
    }
}
