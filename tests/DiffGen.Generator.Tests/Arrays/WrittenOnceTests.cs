using System;
using System.Text.RegularExpressions;
using Xunit;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// Which gradients of <see cref="WrittenOnceCases"/> write their array output entry by entry instead of zeroing it and
    /// adding to it (values: <see cref="ArrayGradientTests"/>, with outputs that start as NaN or 1e300).
    /// </summary>
    public sealed class WrittenOnceTests
    {
        [Fact]
        public void One_term_per_weight_is_written_once_without_zeroing()
        {
            string gradient = CompiledCase.GradientSource("WoOneWeightEach");
            Assert.DoesNotContain("dW[k] = 0", gradient, StringComparison.Ordinal);
            Assert.Matches(new Regex(@"^\s*dW\[i\] = ", RegexOptions.Multiline), gradient);
            Assert.DoesNotMatch(new Regex(@"^\s*dW\[i\] \+= ", RegexOptions.Multiline), gradient);
        }

        [Fact]
        public void The_first_of_two_contributions_writes_and_the_second_adds()
        {
            string gradient = CompiledCase.GradientSource("WoTwoReads");
            Assert.DoesNotContain("dW[k] = 0", gradient, StringComparison.Ordinal);
            Assert.Single(Regex.Matches(gradient, @"^\s*dW\[i\] = ", RegexOptions.Multiline));
            Assert.Single(Regex.Matches(gradient, @"^\s*dW\[i\] [+-]= ", RegexOptions.Multiline));
        }

        [Theory]
        [InlineData("WoSkipsFirst")]
        [InlineData("WoReadOutside")]
        [InlineData("WoGuardedRead")]
        [InlineData("WoTestedRead")]
        public void Near_misses_zero_their_output_first(string name)
        {
            string gradient = CompiledCase.GradientSource(name);
            Assert.True(gradient.Contains("dW[k] = 0", StringComparison.Ordinal), gradient);
            Assert.DoesNotMatch(new Regex(@"^\s*dW\[\w+\] = (?!0;)", RegexOptions.Multiline), gradient);
        }
    }
}
