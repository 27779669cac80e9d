using System;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// Which reverse loops of <see cref="SumFromZeroCases"/> add a share once, as a multiple of the sum (values:
    /// <see cref="ArrayGradientTests"/>, every entry against finite differences).
    /// </summary>
    public sealed class SumFromZeroTests
    {
        private const string AtOnce = "over the whole loop: each term's derivative is a multiple of the term";

        [Theory]
        [InlineData("SzSubtracted", "dMSum += dS * s;")]
        [InlineData("SzTwiceShifted", "dMSum -= 2 * dS * s;")]
        [InlineData("SzRows", "dShift -= dSe * se;")]
        [InlineData("SzAddedToAfter", "dMSum -= dS * s;")]
        [InlineData("ReLogSumExp", "dMax -= dSum * sum;")]
        public void The_share_is_added_once_after_the_loop(string name, string line)
        {
            string gradient = CompiledCase.GradientSource(name);
            Assert.Contains(AtOnce, gradient, StringComparison.Ordinal);
            Assert.Contains(line, gradient, StringComparison.Ordinal);
        }

        [Fact]
        public void The_doc_formula_says_what_the_code_does()
        {
            string source = GeneratorHarness.RunAndCompile(CompiledCase.SourceOf(ArrayCaseCatalog.Find("SzRows"))).SourceFor("SzRows");
            Assert.Contains("<para>se += exp(a[r * columns + c] − shift)  ⇒  dA[r * columns + c] += dSe·exp(a[r * columns + c] − shift), dShift −= dSe·se once, after the loop</para>", source, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("SzLastLoop")]
        [InlineData("SzFromOne")]
        [InlineData("SzNotAMultiple")]
        public void Otherwise_each_iteration_adds_its_share(string name) =>
            Assert.DoesNotContain(AtOnce, CompiledCase.GradientSource(name), StringComparison.Ordinal);
    }
}
