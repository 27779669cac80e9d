using System;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// What the gradients of <see cref="InductionCases"/> keep on tapes (their values are checked in
    /// <see cref="ArrayGradientTests"/>): an index that moves one step per iteration is counted, not taped; a buffer
    /// filled over the range its triangle reads is recomputed, not taped; the near misses keep their tapes.
    /// </summary>
    public sealed class InductionTapeTests
    {
        [Theory]
        [InlineData("IndStepByLength")]
        [InlineData("IndNegativeStep")]
        public void A_stepped_index_needs_no_integer_tape(string name) =>
            Assert.Equal(0, IntegerTapes(CompiledCase.GradientSource(name)));

        [Theory]
        [InlineData("IndConditionalStep")]
        [InlineData("IndContinueBeforeStep")]
        [InlineData("IndGrowingStep")]
        public void An_index_that_does_not_move_by_one_step_per_iteration_is_taped(string name) =>
            Assert.Equal(1, IntegerTapes(CompiledCase.GradientSource(name)));

        [Fact]
        public void The_gmm_kernel_tapes_neither_its_buffer_nor_its_inner_index()
        {
            string gradient = CompiledCase.GradientSource("IndQtimesx");

            // li is taped once per row of the triangle (its steps per row vary), never per entry.
            Assert.Equal(1, IntegerTapes(gradient));
            Assert.DoesNotContain("qxcTape", gradient, StringComparison.Ordinal);
        }

        /// <summary>
        /// The buffers are filled once, by the forward sweep, each in its row of a tape (xc and qxc are the component loop's
        /// alone): each reverse iteration of the component loop reads its rows there, filling neither again (refilling qxc
        /// would cost the triangle's d²/2 products, xc a subtraction per element) and copying neither; and neither is filled
        /// when the reverse sweep computes a point's iteration again (nothing it reads there comes from them).
        /// </summary>
        [Fact]
        public void The_gmm_kernel_fills_xc_and_qxc_once_in_rows_of_their_tapes()
        {
            string gradient = CompiledCase.GradientSource("IndQtimesx");
            Assert.True(Statements(gradient, "qxcRow[id] = ") == 1, gradient);
            Assert.True(Statements(gradient, "qxcRow[j] += ") == 1, gradient);
            Assert.True(Statements(gradient, "xcRow[id] = x[") == 1, gradient);
            Assert.True(Statements(gradient, "qxc[") + Statements(gradient, "xc[") == 0, gradient);
            Assert.Contains("global::System.Span<double> qxcRow = new global::System.Span<double>(qxcKept, ik * qxc.Length, qxc.Length); // qxc of this iteration, filled in its row of qxcKept, where the reverse sweep reads it", gradient, StringComparison.Ordinal);
            Assert.Contains("global::System.Span<double> xcRow2 = new global::System.Span<double>(xcKept, ik * xc.Length, xc.Length); // xc as the iteration left it, in its row of xcKept", gradient, StringComparison.Ordinal);
            Assert.DoesNotContain("qxcKept[", gradient, StringComparison.Ordinal);
        }

        /// <summary>
        /// The reverse sweep's recomputed iteration skips the triangle's writes (qxc is copied back): what is left of each
        /// row is li stepping past it, written at once instead of d²/2 increments.
        /// </summary>
        [Fact]
        public void A_recomputed_row_that_only_steps_li_steps_it_at_once()
        {
            string gradient = CompiledCase.GradientSource("IndQtimesx");
            Assert.Contains("if (i + 1 < d)", gradient, StringComparison.Ordinal);
            Assert.Contains("li += d - i - 1;", gradient, StringComparison.Ordinal);
            Assert.True(Statements(gradient, "li++;") == 1, gradient);
        }

        /// <summary>Loops of the source that only step integers are written at once too, counting down or with &lt;=.</summary>
        [Fact]
        public void Loops_that_only_step_are_written_at_once()
        {
            string gradient = CompiledCase.GradientSource("SlStepsOnly");
            Assert.DoesNotContain("k += 2;", gradient, StringComparison.Ordinal);
            Assert.Contains("if (w.Length > r)", gradient, StringComparison.Ordinal);
            Assert.Contains("if (0 <= r)", gradient, StringComparison.Ordinal);
        }

        /// <summary>
        /// Where the buffer's values leave the inner loop (through t), the outer iteration computed again fills it too: in
        /// the rows of a tape (b is the inner loop's alone), which the inner loop's reverse iterations then read.
        /// </summary>
        [Fact]
        public void A_buffer_whose_values_leave_the_inner_loop_is_filled_by_the_outer_iteration_too()
        {
            string gradient = CompiledCase.GradientSource("IndBufferEscapes");
            Assert.True(Statements(gradient, "b[id] = ") == 1, gradient);
            Assert.True(Statements(gradient, "bRow[id] = ") == 1, gradient);
            Assert.True(Statements(gradient, "dB[id] = 2 * dT * bRow2[id] * w[id];") == 1, gradient);
        }

        /// <summary>A tape every iteration rents with the same length is rented once, before the sweep's outermost loop.</summary>
        [Fact]
        public void Tapes_of_one_length_are_rented_once_outside_the_loops()
        {
            string gradient = CompiledCase.GradientSource("IndQtimesx");
            MatchCollection rents = Regex.Matches(gradient, @"^(?<indent> *)\w+\[\] \w+ = global::DiffGen\.Tape\.Rent", RegexOptions.Multiline);
            Assert.True(rents.Count >= 2 && rents.All(r => r.Groups["indent"].Length == 12), gradient);
        }

        /// <summary>A tape whose length changes with the outer counter (a triangle's rows) stays inside the outer loop.</summary>
        [Fact]
        public void A_tape_whose_length_follows_the_outer_counter_is_rented_per_iteration()
        {
            string gradient = CompiledCase.GradientSource("IndTriangleRecurrence");
            Assert.Matches(new Regex(@"^ {16,}double\[\] \w+ = global::DiffGen\.Tape\.Rent<double>\(.*i.*\);", RegexOptions.Multiline), gradient);
        }

        /// <summary>An array filled over its whole length is recomputed with the pass, whatever index reads it (main[0] included).</summary>
        [Fact]
        public void An_array_filled_over_its_length_is_not_taped()
        {
            string gradient = CompiledCase.GradientSource("IndFillsWholeArray");
            Assert.False(gradient.Contains("mainTape", StringComparison.Ordinal), gradient);
        }

        [Fact]
        public void A_buffer_read_past_its_filled_range_keeps_what_its_writes_overwrite() =>
            Assert.Contains("qTape", CompiledCase.GradientSource("IndTriangleBeyondFill"), StringComparison.Ordinal);

        [Fact]
        public void A_triangle_inside_the_filled_range_is_recomputed()
        {
            string gradient = CompiledCase.GradientSource("IndInnerTriangle");
            Assert.False(gradient.Contains("qTape", StringComparison.Ordinal), gradient);
        }

        /// <summary>How many statements (not comments) start with the text.</summary>
        private static int Statements(string source, string start) =>
            Regex.Matches(source, "^\\s*" + Regex.Escape(start), RegexOptions.Multiline).Count;

        private static int IntegerTapes(string source) => Regex.Matches(source, @"Tape\.Rent<(int|long)>").Count;
    }
}
