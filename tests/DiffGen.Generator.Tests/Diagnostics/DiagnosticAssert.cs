using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using DiffGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
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
        /// (same id, same file, same span), each with its descriptor's default severity and a fully
        /// formatted message, and no AD0001. Returns the diagnostics, in order, for further checks
        /// on their messages.
        /// </summary>
        public static ImmutableArray<Diagnostic> AnalyzerReportsExactly(params string[] markups) =>
            AnalyzerReportsExactlyIn(compilation => compilation, markups);

        /// <summary>
        /// <see cref="AnalyzerReportsExactly"/> over a compilation changed by <paramref name="configure"/>
        /// first (unsafe code allowed, another assembly referenced, ...).
        /// </summary>
        public static ImmutableArray<Diagnostic> AnalyzerReportsExactlyIn(Func<CSharpCompilation, CSharpCompilation> configure, params string[] markups)
        {
            MarkupSource[] parsed = markups.Select(MarkupSource.Parse).ToArray();
            CSharpCompilation compilation = configure(GeneratorHarness.Compile(parsed.Select(p => p.Source).ToArray()));
            Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
            ImmutableArray<Diagnostic> actual = Analyze(compilation);

            var expectedKeys = new List<string>();
            for (int i = 0; i < parsed.Length; i++)
            {
                expectedKeys.AddRange(parsed[i].Expected.Select(e => Key(PathOf(i), e.Id, e.Span.Start, e.Span.End, e.Text)));
            }

            var actualKeys = actual.Select(KeyOf).ToList();

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

        /// <summary>
        /// Asserts the analyzer reports at least the diagnostics marked in <paramref name="markup"/>
        /// (others may come with them), and none with an id in <paramref name="forbiddenIds"/>.
        /// For behaviour whose exact shape is still open, such as a bug's fix.
        /// </summary>
        public static ImmutableArray<Diagnostic> AnalyzerReportsAtLeast(string markup, params string[] forbiddenIds)
        {
            MarkupSource parsed = MarkupSource.Parse(markup);
            CSharpCompilation compilation = GeneratorHarness.Compile(parsed.Source);
            Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
            ImmutableArray<Diagnostic> actual = Analyze(compilation);
            var actualKeys = new HashSet<string>(actual.Select(KeyOf), StringComparer.Ordinal);
            foreach (ExpectedDiagnostic expected in parsed.Expected)
            {
                string key = Key(PathOf(0), expected.Id, expected.Span.Start, expected.Span.End, expected.Text);
                Assert.True(actualKeys.Contains(key), "missing " + key + "\nactual:\n  " + string.Join("\n  ", actual.Select(Describe)));
            }

            foreach (Diagnostic diagnostic in actual)
            {
                Assert.True(!forbiddenIds.Contains(diagnostic.Id), "unexpected " + Describe(diagnostic));
                AssertWellFormed(diagnostic);
            }

            return actual;
        }

        /// <summary>The analyzer's diagnostics for a compilation (see <see cref="GeneratorHarness.Analyze(Compilation)"/>).</summary>
        public static ImmutableArray<Diagnostic> Analyze(Compilation compilation) => GeneratorHarness.Analyze(compilation);

        /// <summary>
        /// A DiffGen diagnostic has its descriptor's default severity (an error, or a warning for
        /// DIFF012 and DIFF017), is enabled by default, and its message has every argument filled in.
        /// </summary>
        public static void AssertWellFormed(Diagnostic diagnostic)
        {
            Assert.NotEqual("AD0001", diagnostic.Id);
            Assert.Equal(diagnostic.Descriptor.DefaultSeverity, diagnostic.Severity);
            Assert.Equal(diagnostic.Id is "DIFF012" or "DIFF017" ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error, diagnostic.Descriptor.DefaultSeverity);
            Assert.True(diagnostic.Descriptor.IsEnabledByDefault, diagnostic.Id + " is not enabled by default");
            string message = diagnostic.GetMessage();
            Assert.False(string.IsNullOrWhiteSpace(message), diagnostic.Id + " has an empty message");
            for (int n = 0; n < 10; n++)
            {
                Assert.DoesNotContain("{" + n + "}", message, StringComparison.Ordinal);
            }
        }

        /// <summary>A compilation that allows unsafe code (pointers, <c>fixed</c>, <c>unsafe</c> blocks).</summary>
        public static CSharpCompilation AllowUnsafe(CSharpCompilation compilation) =>
            compilation.WithOptions(compilation.Options.WithAllowUnsafe(true));

        /// <summary>Compiles <paramref name="source"/> into an assembly image named <paramref name="name"/>, to reference from another compilation.</summary>
        public static MetadataReference CompileLibrary(string name, string source)
        {
            CSharpCompilation library = GeneratorHarness.Compile(source).WithAssemblyName(name);
            using var stream = new MemoryStream();
            Microsoft.CodeAnalysis.Emit.EmitResult result = library.Emit(stream);
            Assert.True(result.Success, string.Join("\n", result.Diagnostics));
            return MetadataReference.CreateFromImage(stream.ToArray());
        }

        public static string Describe(Diagnostic d) =>
            Key(
                d.Location.SourceTree?.FilePath ?? d.Location.GetLineSpan().Path,
                d.Id,
                d.Location.SourceSpan.Start,
                d.Location.SourceSpan.End,
                d.Location.SourceTree?.GetText().ToString(d.Location.SourceSpan) ?? string.Empty)
            + " (" + d.Severity + ") — " + d.GetMessage();

        private static string KeyOf(Diagnostic d) => Key(
            d.Location.SourceTree?.FilePath ?? "(no file)",
            d.Id,
            d.Location.SourceSpan.Start,
            d.Location.SourceSpan.End,
            d.Location.SourceTree?.GetText().ToString(d.Location.SourceSpan) ?? string.Empty);

        private static string Key(string path, string id, int start, int end, string text) =>
            path + " " + id + " [" + start + ".." + end + ") '" + text.Replace("\r", "\\r").Replace("\n", "\\n") + "'";
    }
}
