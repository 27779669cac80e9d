using System;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// The review of running extremes and element sums (<see cref="ExtremeAndSumReviewCases"/>; values against finite
    /// differences in <see cref="ArrayGradientTests"/>): that the adversarial cases do take the optimized routes, ties
    /// counting down, and an element sum whose adjoint is infinite where the guarded element does not exist.
    /// </summary>
    public sealed class ExtremeAndSumReviewTests
    {
        [Theory]
        [InlineData("XsTwoExtremes", "m")]
        [InlineData("XsTriangle", "m")]
        [InlineData("XsExtremeInSum", "m")]
        [InlineData("XsAbsDown", "m")]
        [InlineData("XsFusedExtreme", "m")]
        [InlineData("XsOverwrittenLater", "m")]
        [InlineData("XsNameClash", "m")]
        [InlineData("XsReadBeforeInRow", null)]
        [InlineData("XsSteppedIndex", null)]
        public void The_extremes_take_the_index_route(string name, string? kept)
        {
            string gradient = CompiledCase.GradientSource(name);
            if (kept != null)
            {
                Assert.DoesNotContain(kept + "Tape", gradient, StringComparison.Ordinal);
            }

            // Where m is carried from row to row, the loop over rows still keeps m as each row began.
            Assert.Matches(new Regex(@"mAt\d* = null;"), gradient);
        }

        [Theory]
        [InlineData("XsExtremeInSum", 1)]
        [InlineData("XsSumReassigned", 1)]
        [InlineData("XsSumRowReassigned", 2)]
        [InlineData("XsSumIndices", 3)]
        [InlineData("XsSumTwoArrays", 2)]
        [InlineData("XsSumSpans", 1)]
        [InlineData("XsSumLocals", 2)]
        [InlineData("XsSumWithCallee", 1)]
        [InlineData("XsSumAdjointClash", 1)]
        [InlineData("XsSumWhile", 1)]
        public void The_elements_are_summed_in_locals(string name, int sums)
        {
            string gradient = CompiledCase.GradientSource(name);
            Assert.Equal(sums, Regex.Matches(gradient, "summed over the loop below").Count);
        }

        [Fact]
        public void Counting_down_a_tie_stays_with_the_later_index()
        {
            // z = { 1, 3, 3, 2 } from i = 3 down: 2 moves m, then z[2] = 3 moves it, z[1] = 3 ties and keeps it (max's rule).
            const string Source = """
                [Differentiable]
                public static double XsTieDown(double[] z)
                {
                    double m = z[0];
                    for (int i = z.Length - 1; i >= 1; i--)
                    {
                        m = Math.Max(m, z[i]);
                    }

                    return m;
                }
                """;
            CompiledCase compiled = CompiledCase.For(new ArrayCase("XsTieDown", Source, (r, n) => new object[] { new double[n] }));
            var arguments = new object[] { new[] { 1.0, 3, 3, 2 } };
            object[] outputs = compiled.NewOutputs(arguments, double.NaN);
            Assert.Equal(3.0, compiled.Gradient(arguments, outputs));
            Assert.Equal(new[] { 0.0, 0, 1, 0 }, (double[])outputs[0]);
        }

        [Fact]
        public void An_infinite_adjoint_does_not_reach_an_element_the_source_never_read()
        {
            // y = 0: s = 0 and dS = 1 / (2·√0) = ∞; x[i + 1] past the end in the last row is behind the test, never read.
            const string Source = """
                [Differentiable("x")]
                public static double XsGuardedInfinite(double[] x, double[] y)
                {
                    double s = 0;
                    for (int i = 0; i < x.Length; i++)
                    {
                        for (int j = 0; j < y.Length; j++)
                        {
                            if (i + 1 < x.Length)
                            {
                                s += x[i + 1] * y[j] * y[j];
                            }
                        }
                    }

                    return Math.Sqrt(s);
                }
                """;
            CompiledCase compiled = CompiledCase.For(new ArrayCase("XsGuardedInfinite", Source, (r, n) => new object[] { new double[n], new double[n] }));
            var arguments = new object[] { new[] { 0.5, -1, 2 }, new double[3] };
            object[] outputs = compiled.NewOutputs(arguments, double.NaN);
            Assert.Equal(0.0, compiled.Gradient(arguments, outputs));
            double[] dX = (double[])outputs[0];
            Assert.Equal(0.0, dX[0]);
            Assert.True(dX.Skip(1).All(double.IsNaN));
        }
    }
}
