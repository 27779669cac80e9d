using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Basic.Reference.Assemblies;
using DiffGen.Fuzz.Oracle;
using DiffGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DiffGen.Fuzz.Running
{
    /// <summary>Roslyn for the fuzzer: compiles cases, runs DiffGen's generators and analyzers ([Differentiable] and [Integrable]) over them.</summary>
    public static class Compiler
    {
        public static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.None);

        private static readonly ImmutableArray<MetadataReference> References = Net100.References.All
            .Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(Gradient).Assembly.Location))
            .Append(MetadataReference.CreateFromFile(typeof(Dual).Assembly.Location))
            .ToImmutableArray();

        public static CSharpCompilation Create(string name, IEnumerable<SyntaxTree> trees) =>
            CSharpCompilation.Create(
                name,
                trees,
                References,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Debug, nullableContextOptions: NullableContextOptions.Enable));

        public static SyntaxTree Parse(string text, string path) => CSharpSyntaxTree.ParseText(text, ParseOptions, path);

        /// <summary>Runs the generator; the output compilation holds the user's trees and the generated ones.</summary>
        public static (Compilation Output, ImmutableArray<Diagnostic> Diagnostics) Generate(CSharpCompilation input)
        {
            GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new DifferentiableGenerator().AsSourceGenerator(), new IntegrableGenerator().AsSourceGenerator() }, parseOptions: ParseOptions);
            driver.RunGeneratorsAndUpdateCompilation(input, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
            if (DumpDirectory is string folder)
            {
                // One file per batch, named by its input (batches run in parallel and reuse class names).
                string inputs = string.Concat(input.SyntaxTrees.Select(t => t.ToString()));
                string name = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(inputs)))[..16];
                string generated = string.Concat(output.SyntaxTrees.Except(input.SyntaxTrees).Select(t => "// " + System.IO.Path.GetFileName(t.FilePath) + "\n" + t));
                System.IO.File.WriteAllText(System.IO.Path.Combine(folder, name + ".g.cs"), generated);
            }

            return (output, diagnostics);
        }

        /// <summary>
        /// Where each generated file is written (<c>--dump DIR</c>), or null: two runs of the same seed dumped
        /// before and after a change to the generator show, by <c>diff -r</c>, every method whose output changed.
        /// </summary>
        public static string? DumpDirectory { get; set; }

        /// <summary>The analyzer's DIFF diagnostics, and AD0001 when it throws.</summary>
        public static ImmutableArray<Diagnostic> Analyze(Compilation compilation)
        {
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false);
            return compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new DifferentiableAnalyzer(), new IntegrableAnalyzer()), options)
                .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult()
                .Where(d => d.Id.StartsWith("DIFF", StringComparison.Ordinal) || d.Id == "AD0001")
                .ToImmutableArray();
        }
    }
}
