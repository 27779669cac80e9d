using System;
using System.Text.RegularExpressions;
using Xunit;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// The shapes behind the fixes the review of the loop-gradient optimizations made (values are checked in
    /// <see cref="ArrayGradientTests"/> on <see cref="TapeReviewCases"/>).
    /// </summary>
    public sealed class TapeReviewTests
    {
        /// <summary>The inner tape's length is restored from a tape in each reverse iteration: it is rented there, not once before.</summary>
        [Fact]
        public void A_tape_whose_length_the_reverse_loop_restores_stays_in_the_loop()
        {
            string gradient = CompiledCase.GradientSource("TprHoistShrinking");
            Assert.Matches(new Regex(@"^ {16,}double\[\] \w+ = global::DiffGen\.Tape\.Rent<double>\(len\);", RegexOptions.Multiline), gradient);
        }

        /// <summary>Stepped integers are restored in their own type, multiplied in their own width.</summary>
        [Theory]
        [InlineData("TprStepNarrow", @"= \(short\)\(k \+ 300 \* i\);")]
        [InlineData("TprStepNarrow", @"= \(uint\)\(u - 3 \* \(uint\)i\);")]
        [InlineData("TprStepLongOverflow", @"= \(long\)\(k \+ c \* \(long\)i\);")]
        public void A_stepped_integer_is_restored_in_its_own_type(string name, string restore) =>
            Assert.Matches(new Regex(restore), CompiledCase.GradientSource(name));
    }
}
