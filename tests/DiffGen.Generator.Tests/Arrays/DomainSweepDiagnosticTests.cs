using System;
using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Tests.Infrastructure;
using Xunit;

namespace DiffGen.Generator.Tests.Arrays
{
    /// <summary>
    /// The domain sweep's cases that draw a diagnostic other than DIFF015 (<see cref="DomainSweepCases.Diagnosed"/>): each
    /// draws only its listed id, one of them with the listed message, and nothing else.
    /// </summary>
    public sealed class DomainSweepDiagnosticTests
    {
        public static IEnumerable<object[]> Names => DomainSweepCases.Diagnosed.Select(d => new object[] { d.Case.Name });

        [Theory]
        [MemberData(nameof(Names))]
        public void Draws_its_listed_diagnostic(string name)
        {
            var (c, id, start) = DomainSweepCases.Diagnosed.Single(d => d.Case.Name == name);
            var diagnostics = GeneratorHarness.Analyze(CompiledCase.SourceOf(c));
            Assert.True(
                diagnostics.Length > 0 && diagnostics.All(d => d.Id == id) && diagnostics.Any(d => d.GetMessage().StartsWith(start, StringComparison.Ordinal)),
                name + ": expected " + id + " '" + start + " ...', got:\n" + string.Join("\n", diagnostics));
        }
    }
}
