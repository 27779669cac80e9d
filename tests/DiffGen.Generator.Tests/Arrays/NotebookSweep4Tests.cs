using System;
using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// The fourth notebook sweep's cases (<see cref="NotebookSweep4Cases"/>): each accepted one checked as the catalog's are
    /// (<see cref="ArrayGradientTests"/>: value, gradient and partials against Richardson differences at 12 or more points);
    /// each declined one draws only its listed id, one of them with the listed message; each one found wrong is checked the
    /// same way by a skipped test that says what goes wrong.
    /// </summary>
    public sealed class NotebookSweep4Tests
    {
        // Was a bug (the five tests below): a ?: nested in an arm of another ?: (or a switch expression of three or more arms,
        // read as such a chain) whose inner arm reads an element at an index valid only where that arm is taken. The reverse
        // sweep guarded the element's adjoint by the outer test alone and chose inside it:
        //     if (!(where == 0)) { dU[i + 1] += where == 2 ? 0 : dDu / (2 * h); }
        // so at i = n − 1 (where == 2) it indexed dU[n], and MGradient threw IndexOutOfRangeException where the method and
        // MPartialP were fine. Every test on the way guards the share now (if (!(where == 0) && !(where == 2))).

        public static IEnumerable<object[]> Names => NotebookSweep4Cases.All.Select(c => new object[] { c.Name });

        public static IEnumerable<object[]> BreakAfterWritesNames => NotebookSweep4Cases.BreakAfterWrites.Select(c => new object[] { c.Name });

        // Declined until the nineteenth session: a break after an iteration's in-place update (docs/supported.md: "no break or
        // continue before them").
        [Theory]
        [MemberData(nameof(BreakAfterWritesNames))]
        public void A_break_after_the_in_place_update_is_read(string name) => ArrayGradientTests.Check(NotebookSweep4Cases.BreakAfterWrites.Single(c => c.Name == name));

        public static IEnumerable<object[]> GatedWritesNames => NotebookSweep4Cases.GatedWrites.Select(c => new object[] { c.Name });

        [Theory]
        [MemberData(nameof(GatedWritesNames))]
        public void An_update_made_only_where_a_test_holds_is_read(string name) => ArrayGradientTests.Check(NotebookSweep4Cases.GatedWrites.Single(c => c.Name == name));

        public static IEnumerable<object[]> DeclinedNames => NotebookSweep4Cases.Declined.Select(d => new object[] { d.Case.Name });

        [Theory]
        [MemberData(nameof(Names))]
        public void Gradient_and_partials_match_finite_differences(string name) => ArrayGradientTests.Check(NotebookSweep4Cases.All.Single(c => c.Name == name));

        [Theory]
        [MemberData(nameof(DeclinedNames))]
        public void Declines_with_its_listed_diagnostic(string name)
        {
            var (c, id, start) = NotebookSweep4Cases.Declined.Single(d => d.Case.Name == name);
            var diagnostics = GeneratorHarness.Analyze(CompiledCase.SourceOf(c));
            Assert.True(
                diagnostics.Length > 0 && diagnostics.All(d => d.Id == id) && diagnostics.Any(d => d.GetMessage().StartsWith(start, StringComparison.Ordinal)),
                name + ": expected " + id + " '" + start + " ...', got:\n" + string.Join("\n", diagnostics));
        }

        // du = where switch { 0 => (u[1] − u[0]) / h, 2 => (u[n − 1] − u[n − 2]) / h, _ => (u[i + 1] − u[i − 1]) / (2h) }: threw at i = n − 1 (fixed).
        // N4SwitchStencil: a three-arm switch expression, dU[i + 1] at i = n - 1
        [Fact]
        public void Switch_expression_stencil() => Check("N4SwitchStencil");

        // d = i == 0 ? u[1] − u[0] : i == n − 1 ? u[n − 1] − u[n − 2] : 0.5 (u[i + 1] − u[i − 1]): threw at i = n − 1 (fixed).
        // N4CentralDiffNestedTernary: dU[i + 1] at i = n - 1
        [Fact]
        public void Nested_ternary_stencil() => Check("N4CentralDiffNestedTernary");

        // The nesting in the first arm: i > 0 ? (i < n − 1 ? u[i + 1] − u[i − 1] : u[i] − u[i − 1]) : u[1] − u[0].
        // N4NestedTernaryFirstArm: dU[i + 1] at i = n - 1
        [Fact]
        public void Nested_ternary_in_the_first_arm() => Check("N4NestedTernaryFirstArm");

        // kind[i] switch { 0 => ..., 1 => i + 1 < n ? u[i] * u[i + 1] : u[i], 2 => i + 2 < n ? u[i + 2] : 0, _ => ... }.
        // N4SwitchArmsGuardNeighbours: dU[i + 1] or dU[i + 2] past the end
        [Fact]
        public void Switch_arms_that_guard_their_neighbours() => Check("N4SwitchArmsGuardNeighbours");

        // No loop: return i == 0 ? u[0] * u[1] : i == n − 1 ? u[n − 1] * u[0] : u[i + 1] * u[i − 1]; throws for i = n − 1.
        // N4NestedTernaryNoLoop: dU[i + 1] for i = n - 1, no loop
        [Fact]
        public void Nested_ternary_without_a_loop() => Check("N4NestedTernaryNoLoop");

        private static void Check(string name) => ArrayGradientTests.Check(NotebookSweep4Cases.Bugs.Single(c => c.Name == name));
    }
}
