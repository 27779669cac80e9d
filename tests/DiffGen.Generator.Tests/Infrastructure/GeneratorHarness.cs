using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Basic.Reference.Assemblies;
using DiffGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace DiffGen.Generator.Tests.Infrastructure
{
    /// <summary>The outcome of running the generator over some sources.</summary>
    public sealed record GeneratorRun(
        CSharpCompilation Input,
        Compilation Output,
        GeneratorDriver Driver,
        ImmutableArray<Diagnostic> GeneratorDiagnostics,
        IReadOnlyList<(string HintName, string Text)> Sources);

    /// <summary>Compiles test sources against .NET 9 reference assemblies and the DiffGen attributes, and runs the generator and analyzer.</summary>
    public static class GeneratorHarness
    {
        private static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(LanguageVersion.Latest);

        public static CSharpCompilation Compile(params string[] sources) =>
            CSharpCompilation.Create(
                "TestAssembly",
                sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: "Source" + i + ".cs")),
                Net90.References.All.Append(MetadataReference.CreateFromFile(typeof(DifferentiableAttribute).Assembly.Location)),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        /// <summary>Runs the generator, with step tracking on, over the compilation.</summary>
        public static GeneratorRun Run(CSharpCompilation compilation, IIncrementalGenerator? generator = null)
        {
            GeneratorDriver driver = CSharpGeneratorDriver.Create(
                new[] { (generator ?? new DifferentiableGenerator()).AsSourceGenerator() },
                parseOptions: ParseOptions,
                driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
            driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
            var sources = driver.GetRunResult().Results
                .SelectMany(r => r.GeneratedSources)
                .Select(s => (s.HintName, s.SourceText.ToString()))
                .ToList();
            return new GeneratorRun(compilation, output, driver, diagnostics, sources);
        }

        /// <summary>
        /// Runs the generator and requires what every generator test requires: the input compiles,
        /// the generator reports nothing, and the output compiles with zero diagnostics.
        /// </summary>
        public static GeneratorRun RunAndCompile(params string[] sources)
        {
            CSharpCompilation input = Compile(sources);
            AssertNoDiagnostics(input.GetDiagnostics(), "the test input");
            GeneratorRun run = Run(input);
            AssertNoDiagnostics(run.GeneratorDiagnostics, "the generator");
            AssertNoDiagnostics(run.Output.GetDiagnostics(), "the generated code");
            return run;
        }

        /// <summary>The generated text for the one method called <paramref name="method"/>.</summary>
        public static string SourceFor(this GeneratorRun run, string method)
        {
            var matches = run.Sources.Where(s => s.HintName.Contains("." + method + "(", StringComparison.Ordinal)).ToList();
            Assert.True(matches.Count == 1, "expected one file for " + method + ", found: " + string.Join(", ", run.Sources.Select(s => s.HintName)));
            return matches[0].Text;
        }

        /// <summary>The generated code compiled and loaded, under an assembly name of its own (so that cases never collide).</summary>
        public static System.Reflection.Assembly Load(this GeneratorRun run)
        {
            using var image = new System.IO.MemoryStream();
            Microsoft.CodeAnalysis.Emit.EmitResult emitted = run.Output.WithAssemblyName("Generated_" + Guid.NewGuid().ToString("N")).Emit(image);
            Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
            return System.Reflection.Assembly.Load(image.ToArray());
        }

        /// <summary>The analyzer's diagnostics (and any analyzer exception, AD0001) for the sources.</summary>
        public static ImmutableArray<Diagnostic> Analyze(params string[] sources) => Analyze(Compile(sources));

        /// <summary>The analyzers' diagnostics ([Differentiable] and [Integrable], and any analyzer exception, AD0001) for a compilation, in source order.</summary>
        public static ImmutableArray<Diagnostic> Analyze(Compilation compilation)
        {
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                onAnalyzerException: null,
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: false);
            var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new DifferentiableAnalyzer(), new IntegrableAnalyzer()), options);
            return withAnalyzers.GetAllDiagnosticsAsync().GetAwaiter().GetResult()
                .Where(d => d.Id.StartsWith("DIFF", StringComparison.Ordinal) || d.Id == "AD0001")
                .OrderBy(d => d.Location.SourceSpan.Start)
                .ToImmutableArray();
        }

        public static void AssertNoDiagnostics(IEnumerable<Diagnostic> diagnostics, string what)
        {
            var list = diagnostics.Where(d => d.Severity != DiagnosticSeverity.Hidden).ToList();
            Assert.True(list.Count == 0, what + " has diagnostics:\n" + string.Join("\n", list));
        }
    }
}
