using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using DiffGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DiffGen.Generator.Tests.Diagnostics
{
    /// <summary>One mutant through the analyzers, both generators and the compiler: what went wrong, if anything.</summary>
    public sealed partial class MutationRobustnessTests
    {
        private static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(LanguageVersion.Latest);

        /// <summary>A compilation with the references and no trees, so that every mutant shares the metadata already read.</summary>
        private static readonly Lazy<CSharpCompilation> Empty = new Lazy<CSharpCompilation>(() => GeneratorHarness.Compile());

        /// <summary>What one mutant did.</summary>
        /// <param name="Failures">Each broken promise: an analyzer or generator exception, DIFF900, or an error the generated code brought.</param>
        /// <param name="InputHasErrors">Whether the compiler rejects the mutant itself.</param>
        /// <param name="GeneratedFiles">How many files the generators added.</param>
        /// <param name="Notes">What is worth a look but breaks no promise: warnings in generated code, errors there when the input has errors too.</param>
        /// <param name="CompilerCrash">Roslyn's own exception, when the compiler itself throws on the mutant (no DiffGen frame on its stack; not DiffGen's to fix).</param>
        public sealed record Outcome(IReadOnlyList<string> Failures, bool InputHasErrors, int GeneratedFiles, IReadOnlyList<string> Notes, TimeSpan Elapsed, string? CompilerCrash = null);

        /// <summary>
        /// <see cref="Check"/>, where an exception that escapes is the compiler's own (the drivers catch the analyzers' and the
        /// generators'): a crash of Roslyn when no DiffGen frame is on its stack, a failure when one is.
        /// </summary>
        public static Outcome CheckGuarded(string source)
        {
            try
            {
                return Check(source);
            }
            catch (Exception e) when (!FromDiffGen(e))
            {
                return new Outcome(Array.Empty<string>(), true, 0, Array.Empty<string>(), TimeSpan.Zero, e.GetType().Name + ": " + e.Message);
            }
            catch (Exception e)
            {
                return new Outcome(new[] { "the check threw from DiffGen's code: " + e }, false, 0, Array.Empty<string>(), TimeSpan.Zero);
            }
        }

        /// <summary>Whether to compile the generated code of mutants that do not compile themselves (notes only; slower).</summary>
        private static readonly bool WithNotes = Environment.GetEnvironmentVariable("DIFFGEN_MUTATION_NOTES") == "1";

        public static Outcome Check(string source)
        {
            var clock = Stopwatch.StartNew();
            var failures = new List<string>();
            var notes = new List<string>();
            SyntaxTree tree = CSharpSyntaxTree.ParseText(source, ParseOptions, path: "Mutant.cs");
            CSharpCompilation input = Empty.Value.AddSyntaxTrees(tree);

            ImmutableArray<Diagnostic> all = AnalyzeWithCompiler(input, failures);
            foreach (Diagnostic d in all.Where(d => d.Id == "AD0001"))
            {
                failures.Add("analyzer threw: " + d);
            }

            bool inputHasErrors = all.Any(d => d.Severity == DiagnosticSeverity.Error && !d.Id.StartsWith("DIFF", StringComparison.Ordinal) && d.Id != "AD0001");

            GeneratorDriver driver = CSharpGeneratorDriver.Create(
                new[] { new DifferentiableGenerator().AsSourceGenerator(), new IntegrableGenerator().AsSourceGenerator() },
                parseOptions: ParseOptions);
            driver = driver.RunGeneratorsAndUpdateCompilation(input, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);
            GeneratorDriverRunResult result = driver.GetRunResult();
            foreach (GeneratorRunResult r in result.Results.Where(r => r.Exception != null))
            {
                failures.Add("generator " + r.Generator.GetGeneratorType().Name + " threw: " + r.Exception);
            }

            foreach (Diagnostic d in generatorDiagnostics.Where(d => d.Id == "DIFF900" || d.Id == "CS8785"))
            {
                failures.Add("generator reported " + d);
            }

            var generatedTrees = result.GeneratedTrees.ToImmutableHashSet();
            if (generatedTrees.Count > 0 && (!inputHasErrors || WithNotes))
            {
                // The generated files' own diagnostics, and the declarations' of the whole compilation (a member declared twice,
                // a generated name that clashes with the user's): the user's method bodies, bound once already, cannot change.
                var outputDiagnostics = generatedTrees.OrderBy(t => t.FilePath, StringComparer.Ordinal)
                    .SelectMany(t => output.GetSemanticModel(t).GetDiagnostics())
                    .Concat(output.GetDeclarationDiagnostics().Where(d => !generatedTrees.Contains(d.Location.SourceTree!)))
                    .Where(d => d.Severity >= DiagnosticSeverity.Warning)
                    .Distinct()
                    .ToList();
                if (!inputHasErrors)
                {
                    failures.AddRange(outputDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => "generated code does not compile: " + Describe(d, generatedTrees)));
                }
                else
                {
                    notes.AddRange(outputDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree != null && generatedTrees.Contains(d.Location.SourceTree))
                        .Select(d => "error in generated code beside the input's errors: " + Describe(d, generatedTrees)));
                }

                notes.AddRange(outputDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning && d.Location.SourceTree != null && generatedTrees.Contains(d.Location.SourceTree))
                    .Select(d => "warning in generated code: " + Describe(d, generatedTrees)));
            }

            return new Outcome(failures, inputHasErrors, generatedTrees.Count, notes, clock.Elapsed);
        }

        private static bool FromDiffGen(Exception e) =>
            e.ToString().Split('\n').Select(line => line.TrimStart())
                .Any(line => line.StartsWith("at DiffGen.", StringComparison.Ordinal) && !line.StartsWith("at DiffGen.Generator.Tests.", StringComparison.Ordinal));

        /// <summary>The compiler's diagnostics and the analyzers' (DiffGen's and any AD0001), in one pass.</summary>
        private static ImmutableArray<Diagnostic> AnalyzeWithCompiler(Compilation compilation, List<string> failures)
        {
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                onAnalyzerException: (exception, analyzer, diagnostic) =>
                {
                    lock (failures)
                    {
                        failures.Add("analyzer " + analyzer.GetType().Name + " threw: " + exception);
                    }
                },
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: false);
            return compilation
                .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new DifferentiableAnalyzer(), new IntegrableAnalyzer()), options)
                .GetAllDiagnosticsAsync().GetAwaiter().GetResult();
        }

        /// <summary>The diagnostic, and the generated line it stands on when it is in generated code.</summary>
        private static string Describe(Diagnostic d, ImmutableHashSet<SyntaxTree> generated)
        {
            SyntaxTree? tree = d.Location.SourceTree;
            if (tree == null || !generated.Contains(tree))
            {
                return d.ToString();
            }

            int line = d.Location.GetLineSpan().StartLinePosition.Line;
            return d + "\n    at generated line: " + tree.GetText().Lines[line].ToString().Trim();
        }
    }
}
