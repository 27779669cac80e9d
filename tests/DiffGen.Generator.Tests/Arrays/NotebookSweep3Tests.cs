using System;
using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// The third notebook sweep's cases (<see cref="NotebookSweep3Cases"/>): each accepted one checked as the catalog's are
    /// (<see cref="ArrayGradientTests"/>: value, gradient and partials against Richardson differences at 12 or more points);
    /// each declined one draws only its listed id, one of them with the listed message.
    /// </summary>
    public sealed class NotebookSweep3Tests
    {
        public static IEnumerable<object[]> Names => NotebookSweep3Cases.All.Select(c => new object[] { c.Name });

        public static IEnumerable<object[]> DeclinedNames => NotebookSweep3Cases.Declined.Select(d => new object[] { d.Case.Name });

        [Theory]
        [MemberData(nameof(Names))]
        public void Gradient_and_partials_match_finite_differences(string name) => ArrayGradientTests.Check(NotebookSweep3Cases.All.Single(c => c.Name == name));

        [Theory]
        [MemberData(nameof(DeclinedNames))]
        public void Declines_with_its_listed_diagnostic(string name)
        {
            var (c, id, start) = NotebookSweep3Cases.Declined.Single(d => d.Case.Name == name);
            var diagnostics = GeneratorHarness.Analyze(CompiledCase.SourceOf(c));
            Assert.True(
                diagnostics.Length > 0 && diagnostics.All(d => d.Id == id) && diagnostics.Any(d => d.GetMessage().StartsWith(start, StringComparison.Ordinal)),
                name + ": expected " + id + " '" + start + " ...', got:\n" + string.Join("\n", diagnostics));
        }

        // Was DIFF013 "The conversion '(int)cell' to 'int' cuts the derivative": cell is Math.Floor(q), whose derivative is already
        // 0, so the conversion cuts nothing; a local every write of which rounds is now read as an integer.
        [Fact]
        public void An_int_conversion_of_Math_Floor_is_read() => ArrayGradientTests.Check(NotebookSweep3Cases.Questionable.Single());
    }
}
