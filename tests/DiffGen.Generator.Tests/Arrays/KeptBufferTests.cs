using System;
using Xunit;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>Which buffers of <see cref="KeptBufferCases"/> the reverse sweep copies back from a kept copy, and which it fills again.</summary>
    public sealed class KeptBufferTests
    {
        [Theory]
        [InlineData("KbTriangleThenProduct", "q")]
        [InlineData("KbTriangleThenProductFloat", "q")]
        [InlineData("KbGuardedNest", "t")]
        [InlineData("IndQtimesx", "qxc")]
        [InlineData("KbHiddenLayer", "h")]
        public void A_buffer_a_loop_nest_fills_is_kept(string name, string buffer)
        {
            string gradient = CompiledCase.GradientSource(name);
            Assert.Contains(buffer + "Kept", gradient, StringComparison.Ordinal);
            Assert.Contains("global::DiffGen.Tape.Return(" + buffer + "Kept);", gradient, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("KbOverwrittenAfterRead")]
        [InlineData("KbNestReadsItsBuffer")]
        [InlineData("KbShallowBuffer")]
        [InlineData("Av5KbContinue")]
        public void Near_misses_fill_the_buffer_again(string name)
        {
            Assert.DoesNotContain("Kept", CompiledCase.GradientSource(name), StringComparison.Ordinal);
        }
    }
}
