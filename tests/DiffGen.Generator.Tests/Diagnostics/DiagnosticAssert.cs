using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DiffGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace DiffGen.Generator.Tests.Diagnostics
{
    /// <summary>Runs the analyzer over markup sources and checks it reports exactly the marked diagnostics.</summary>
    public static class DiagnosticAssert
    {
        /// <summary>The sources' paths as <see cref="GeneratorHarness.Compile"/> names them.</summary>
        public static string PathOf(int index) => "Source" + index + ".cs";

        /// <summary>
        /// Asserts the analyzer reports exactly the diagnostics marked in <paramref name="markups"/>
        /// (same id, same file, same span), each an error with a fully formatted message, and no AD0001.
        /// Returns the diagnostics, in order, for further checks on their messages.
        /// </summary>
        public static ImmutableArray<Diagnostic> AnalyzerReportsExactly(params string[] markups)
        {
            MarkupSource[] parsed = markups.Select(MarkupSource.Parse).ToArray();
            ImmutableArray<Diagnostic> actual = GeneratorHarness.Analyze(parsed.Select(p => p.Source).ToArray());

            var expectedKeys = new List<string>();
            for (int i = 0; i < parsed.Length; i++)
            {
                expectedKeys.AddRange(parsed[i].Expected.Select(e => Key(PathOf(i), e.Id, e.Span.Start, e.Span.End, e.Text)));
            }

            var actualKeys = actual.Select(d => Key(
                d.Location.SourceTree?.FilePath ?? "(no file)",
                d.Id,
                d.Location.SourceSpan.Start,
                d.Location.SourceSpan.End,
                d.Location.SourceTree?.GetText().ToString(d.Location.SourceSpan) ?? string.Empty)).ToList();

            expectedKeys.Sort(StringComparer.Ordinal);
            actualKeys.Sort(StringComparer.Ordinal);
            Assert.True(
                expectedKeys.SequenceEqual(actualKeys),
                "expected:\n  " + string.Join("\n  ", expectedKeys) + "\nactual:\n  " + string.Join("\n  ", actual.Select(Describe)));

            foreach (Diagnostic diagnostic in actual)
            {
                AssertWellFormed(diagnostic);
            }

            return actual;
        }

        /// <summary>A DiffGen diagnostic is an error, enabled by default, whose message has every argument filled in.</summary>
        public static void AssertWellFormed(Diagnostic diagnostic)
        {
            Assert.NotEqual("AD0001", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Descriptor.DefaultSeverity);
            Assert.True(diagnostic.Descriptor.IsEnabledByDefault, diagnostic.Id + " is not enabled by default");
            string message = diagnostic.GetMessage();
            Assert.False(string.IsNullOrWhiteSpace(message), diagnostic.Id + " has an empty message");
            for (int n = 0; n < 10; n++)
            {
                Assert.DoesNotContain("{" + n + "}", message, StringComparison.Ordinal);
            }
        }

        public static string Describe(Diagnostic d) =>
            Key(
                d.Location.SourceTree?.FilePath ?? d.Location.GetLineSpan().Path,
                d.Id,
                d.Location.SourceSpan.Start,
                d.Location.SourceSpan.End,
                d.Location.SourceTree?.GetText().ToString(d.Location.SourceSpan) ?? string.Empty)
            + " — " + d.GetMessage();

        private static string Key(string path, string id, int start, int end, string text) =>
            path + " " + id + " [" + start + ".." + end + ") '" + text.Replace("\r", "\\r").Replace("\n", "\\n") + "'";
    }
}
