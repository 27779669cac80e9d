using System;
using Xunit;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// Which loops of <see cref="ElementSumCases"/> read an element once, into a local before the loop (values:
    /// <see cref="ArrayGradientTests"/>, every entry against finite differences, at sizes where the last row's inner loop
    /// does not run, so that a held element past the array's end is never read).
    /// </summary>
    public sealed class HeldElementTests
    {
        [Theory]
        [InlineData("EsTriangle", " ? c[i] : 0; // c[i], read once for the loop below (only where it runs")]
        [InlineData("EsPastTheEnd", " ? x[i + 1] : 0; // x[i + 1], read once for the loop below (only where it runs")]
        [InlineData("EsNestedAndBreak", " = w[i]; // w[i], read once for the loop below")]
        public void An_element_read_at_one_invariant_index_is_read_once_before_the_loop(string name, string held)
        {
            Assert.Contains(held, CompiledCase.GradientSource(name), StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("EsGuarded", "x[i - 1], read once")]
        [InlineData("EsWrittenInLoop", "h[i], read once")]
        public void An_element_read_under_a_test_or_of_an_array_the_loop_writes_is_read_in_the_loop(string name, string notHeld)
        {
            Assert.DoesNotContain(notHeld, CompiledCase.GradientSource(name), StringComparison.Ordinal);
        }

        [Fact]
        public void An_added_to_element_whose_adjoint_two_shares_read_has_it_read_once()
        {
            string gradient = CompiledCase.GradientSource("EsTriangle");
            Assert.Contains("double dQJ = dQ[j];", gradient, StringComparison.Ordinal);
            Assert.DoesNotContain("dQ[j] * ", gradient, StringComparison.Ordinal);
        }
    }
}
