using System;
using Xunit;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// Which reverse loops of <see cref="ElementSumCases"/> sum an element's adjoint in a local (values: <see cref="ArrayGradientTests"/>,
    /// every entry against finite differences, at sizes where the last row's inner loop does not run).
    /// </summary>
    public sealed class ElementSumTests
    {
        [Theory]
        [InlineData("EsTriangle", "dCI += ", "dC[i] += dCI;")]
        [InlineData("EsPastTheEnd", "dXElement += ", "dX[i + 1] += dXElement;")]
        [InlineData("EsGuarded", "dXElement += ", "dX[i - 1] += dXElement;")]
        public void The_element_is_summed_in_a_local_and_added_after_the_loop(string name, string sum, string add)
        {
            string gradient = CompiledCase.GradientSource(name);
            Assert.Contains(sum, gradient, StringComparison.Ordinal);
            Assert.Contains(add, gradient, StringComparison.Ordinal);
        }

        [Fact]
        public void An_array_the_loop_writes_is_added_to_in_place()
        {
            string gradient = CompiledCase.GradientSource("EsWrittenInLoop");
            Assert.DoesNotContain("dHElement += ", gradient, StringComparison.Ordinal);
            Assert.DoesNotContain("dHI += ", gradient, StringComparison.Ordinal);
        }
    }
}
