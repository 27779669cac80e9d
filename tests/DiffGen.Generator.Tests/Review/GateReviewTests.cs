using System;
using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Tests.Arrays;
using DiffGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace DiffGen.Generator.Tests.Review
{
    /// <summary>
    /// The review of gated undo (<see cref="GateReviewCases"/>): each accepted case's value, gradient and partials against
    /// Richardson differences at 12 or more points away from every branch flip (<see cref="ArrayGradientTests"/>); each
    /// declined one draws only its listed id, one of them with the listed message, reported at the listed statement; the
    /// gate's bool tape goes back to the pool (a gated update on the stack allocates nothing).
    /// </summary>
    public sealed class GateReviewTests
    {
        public static IEnumerable<object[]> AcceptedNames => GateReviewCases.Accepted.Select(c => new object[] { c.Name });

        public static IEnumerable<object[]> DeclinedNames => GateReviewCases.Declined.Select(d => new object[] { d.Name });

        [Theory]
        [MemberData(nameof(AcceptedNames))]
        public void Accepted_gradient_and_partials_match_finite_differences(string name)
        {
            ArrayCase c = GateReviewCases.Find(name);
            ArrayGradientTests.Check(c, c.DoubleTwin == null ? null : GateReviewCases.Find(c.DoubleTwin));
        }

        [Theory]
        [MemberData(nameof(DeclinedNames))]
        public void Declined_with_its_listed_diagnostic_at_the_listed_statement(string name)
        {
            var (_, id, start, at) = GateReviewCases.Declined.Single(d => d.Name == name);
            var diagnostics = GeneratorHarness.Analyze(CompiledCase.SourceOf(GateReviewCases.Find(name)));
            string Text(Diagnostic d) => d.Location.SourceTree!.GetText().ToString(d.Location.SourceSpan);
            Assert.True(
                diagnostics.Length > 0 && diagnostics.All(d => d.Id == id) && diagnostics.Any(d => d.GetMessage().StartsWith(start, StringComparison.Ordinal) && Text(d).StartsWith(at, StringComparison.Ordinal)),
                name + ": expected " + id + " '" + start + " ...' at '" + at + " ...', got:\n" + string.Join("\n", diagnostics.Select(d => d + " at '" + Text(d) + "'")));
        }

        [Fact]
        public void Every_case_has_a_name_of_its_own_and_every_declined_one_is_a_case()
        {
            var names = GateReviewCases.All.Select(c => c.Name).ToList();
            Assert.Equal(names.Count, names.Distinct().Count());
            Assert.All(GateReviewCases.Declined, d => Assert.Contains(d.Name, names));
            Assert.True(GateReviewCases.Accepted.Count() >= 60, "accepted: " + GateReviewCases.Accepted.Count());
        }

        /// <summary>
        /// The gate's tape (bool[], rented before the loop, grown in a while loop) goes back to the pool: a gated update of an
        /// array on the stack allocates nothing after a warm-up call. As <see cref="AllocationTests"/>: up to three
        /// measurements, one of them 0.
        /// </summary>
        [Theory]
        [InlineData("GrStackalloc")]
        [InlineData("GrStackallocStop")]
        [InlineData("GrStackallocWhileLong")]
        public void A_gated_update_on_the_stack_allocates_nothing(string name)
        {
            ArrayCase c = GateReviewCases.Find(name);
            CompiledCase compiled = CompiledCase.For(c);
            foreach (int size in new[] { 1, 100 })
            {
                object[] point = c.Arguments(new Random(size), size);
                object[] outputs = compiled.NewOutputs(point, fill: 0);
                var measured = new List<long>();
                while (measured.Count < 3 && !measured.Contains(0))
                {
                    measured.Add(compiled.AllocatedBytes(point, outputs, 10_000));
                }

                Assert.True(measured.Contains(0), name + "Gradient at n = " + size + " allocated (" + string.Join(", ", measured) + " bytes). Generated:\n" + compiled.GeneratedSource);
            }
        }
    }
}
