using System;
using Xunit;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// Which adjoints of <see cref="FreshAdjointCases"/> the reverse sweep writes fresh: the last reader's share is <c>=</c>
    /// and the first writer leaves the entry unzeroed; the near misses keep both their adds and their zeroing.
    /// </summary>
    public sealed class FreshAdjointTests
    {
        [Theory]
        [InlineData("FaHiddenLayer", "dH[k] = dO * v[k % v.Length];", "dH[k] = 0;")]
        [InlineData("FaHiddenLayerFloat", "dH[k] = dO * v[k % v.Length];", "dH[k] = 0;")]
        [InlineData("FaTriangleComponents", "dZ[i] = 2 * dSq * ", "dZ[i] = 0;")]
        [InlineData("FaTriangleComponents", "dC[i] = dCI;", "dC[i] = 0;")]
        [InlineData("FaTriangleComponents", "dTerms[ik] = ", "dTerms[ik] = 0;")]
        [InlineData("FaTwoReaders", "dH[k] = ", "dH[k] = 0;")]
        public void The_last_reader_writes_the_adjoint_and_the_first_writer_leaves_it(string name, string written, string zeroing)
        {
            string gradient = CompiledCase.GradientSource(name);
            Assert.Contains(written, gradient, StringComparison.Ordinal);
            Assert.DoesNotContain(zeroing, gradient, StringComparison.Ordinal);
        }

        [Fact]
        public void The_written_share_says_why_it_needs_no_zeros()
        {
            Assert.Contains("dH[k] = dO * v[k % v.Length]; // h is new each iteration: its adjoint starts from this share", CompiledCase.GradientSource("FaHiddenLayer"), StringComparison.Ordinal);
            Assert.Contains("dC[i] = dCI; // c is new each iteration: its adjoint starts from this share", CompiledCase.GradientSource("FaTriangleComponents"), StringComparison.Ordinal);
        }

        /// <summary>Near misses whose writes are taped (one element written in the iteration overwrites the last iteration's).</summary>
        [Theory]
        [InlineData("FaFirstElement", "dB[k] += 2 * dS * b[k];", "dB[0] = 0;")]
        [InlineData("FaFirstElementFloat", "dB[k] += 2f * dS * b[k];", "dB[0] = 0;")]
        [InlineData("FaWrittenTwice", "dH[k] += dS * ", "dH[k] = 0;")]
        public void Taped_writes_keep_adding_and_zeroing(string name, string added, string zeroing)
        {
            string gradient = CompiledCase.GradientSource(name);
            Assert.Contains(added, gradient, StringComparison.Ordinal);
            Assert.Contains(zeroing, gradient, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("FaReadUnderTest")]
        [InlineData("FaGuardedShare")]
        [InlineData("FaReadAfterLoop")]
        [InlineData("FaMaximumReads")]
        [InlineData("FaPartCovered")]
        [InlineData("FaCalledReader")]
        public void Near_misses_keep_adding_and_zeroing(string name)
        {
            string gradient = CompiledCase.GradientSource(name);
            Assert.Contains("dH[k] += ", gradient, StringComparison.Ordinal);
            Assert.DoesNotContain("dH[k] = dO", gradient, StringComparison.Ordinal);
        }
    }
}
