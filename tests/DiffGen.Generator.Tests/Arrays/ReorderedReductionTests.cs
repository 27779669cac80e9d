using System;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// Which gradients of <see cref="ReorderedReductionCases"/> move their reduction last and fuse it (values:
    /// <see cref="ArrayGradientTests"/>, every entry against finite differences).
    /// </summary>
    public sealed class ReorderedReductionTests
    {
        private const string Fused = "Forward and reverse sweep in one loop";

        /// <summary>What the fused loop's comment adds when the gradient moved it: a student reads why it comes later.</summary>
        private const string Moved = "It runs after the statements that follow it in the source";

        [Theory]
        [InlineData("RrIndependentTail", "Math.Tanh(")]
        [InlineData("RrRenewedBuffer", "centred[j] = ")]
        public void The_largest_reduction_is_moved_last_and_fused(string name, string inside)
        {
            // The fused loop is the moved one (the prior after it, a smaller reduction, was the last loop as written):
            // its statements first appear there, with no forward loop before it.
            string gradient = CompiledCase.GradientSource(name);
            int fused = gradient.IndexOf(Fused, StringComparison.Ordinal);
            Assert.True(fused >= 0 && gradient.IndexOf(inside, StringComparison.Ordinal) > fused, gradient);
            Assert.Contains(Moved, gradient, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("RrTailReadsSum", "spread += ")]
        [InlineData("RrTailRefillsBuffer", "other += ")]
        [InlineData("RrTailWritesWhatItReads", "scale += w[i] * w[i]")]
        [InlineData("RrResultNeedsTheSum", "prior += w[i] * w[i]")]
        public void Near_misses_keep_the_source_order(string name, string later)
        {
            // Only the method's last loop may be fused, where it stands; the reduction before it is not moved past it.
            string gradient = CompiledCase.GradientSource(name);
            int reduction = gradient.IndexOf("sum += ", StringComparison.Ordinal);
            Assert.True(reduction >= 0 && reduction < gradient.IndexOf(later, StringComparison.Ordinal), gradient);
            Assert.DoesNotContain(Moved, gradient, StringComparison.Ordinal);
        }

        [Fact]
        public void Doc_formulas_keep_the_source_order()
        {
            string source = GeneratorHarness.RunAndCompile(CompiledCase.SourceOf(ArrayCaseCatalog.Find("RrIndependentTail"))).SourceFor("RrIndependentTail");
            string docs = source.Substring(0, source.IndexOf("RrIndependentTailGradient(", StringComparison.Ordinal));
            int sum = docs.LastIndexOf("<para>sum += ", StringComparison.Ordinal);
            int prior = docs.LastIndexOf("<para>prior += ", StringComparison.Ordinal);
            Assert.True(sum >= 0 && prior > sum, source);
        }
    }
}
