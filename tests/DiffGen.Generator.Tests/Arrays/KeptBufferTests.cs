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

        /// <summary>A buffer only its loop uses is filled in its row of the tape and read there: no copy either way.</summary>
        [Theory]
        [InlineData("IndQtimesx", "qxc")]
        [InlineData("IndQtimesx", "xc")]
        [InlineData("KbRowsShallow", "xc")]
        [InlineData("KbTriangleThenProductFloat", "q")]
        public void A_buffer_only_its_loop_uses_is_kept_in_rows(string name, string buffer)
        {
            string gradient = CompiledCase.GradientSource(name);
            Assert.Contains(" " + buffer + "Row = new global::System.Span<", gradient, StringComparison.Ordinal);
            Assert.Contains(" " + buffer + "Row2 = new global::System.Span<", gradient, StringComparison.Ordinal);
            Assert.DoesNotContain(buffer + "Kept[", gradient, StringComparison.Ordinal);
        }

        /// <summary>
        /// A buffer read after its loop too (the last iteration's values) is no buffer the loop fills anew: what its writes
        /// overwrite is taped, and it is neither kept nor in rows.
        /// </summary>
        [Fact]
        public void A_buffer_read_after_its_loop_is_taped_not_kept()
        {
            string gradient = CompiledCase.GradientSource("KbReadAfterItsLoop");
            Assert.Contains("qTape[qTapeTop++] = q[j];", gradient, StringComparison.Ordinal);
            Assert.DoesNotContain("qKept", gradient, StringComparison.Ordinal);
            Assert.DoesNotContain("qRow", gradient, StringComparison.Ordinal);
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
