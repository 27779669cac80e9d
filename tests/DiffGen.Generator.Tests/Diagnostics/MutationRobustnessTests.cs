using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using DiffGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using Xunit.Abstractions;

namespace DiffGen.Generator.Tests.Diagnostics
{
    /// <summary>
    /// Valid [Differentiable], [Integrable] and [DerivativeOf] sources, each mutated at the syntax level by seeded edits (a token
    /// deleted, an operator or a literal or a type swapped, a loop reshaped, a jump inserted, an expression wrapped, a local
    /// renamed to a name the generated code uses, the member or its type reshaped...). Whatever a mutant is, the analyzers
    /// must not throw (AD0001), the generators must not fail (DIFF900, CS8785), and when the mutant compiles and the
    /// generators add code, that code must compile too.
    /// </summary>
    /// <remarks>
    /// The suite runs <see cref="DefaultMutants"/> mutants of seed <see cref="DefaultSeed"/>. More, or another seed:
    /// <c>DIFFGEN_MUTANTS=20000 DIFFGEN_MUTATION_SEED=7 dotnet test tests/DiffGen.Generator.Tests -c Release --filter FullyQualifiedName~MutationRobustness</c>.
    /// </remarks>
    public sealed partial class MutationRobustnessTests
    {
        private const int DefaultMutants = 1500;

        private const int DefaultSeed = 25;

        private readonly ITestOutputHelper output;

        public MutationRobustnessTests(ITestOutputHelper output)
        {
            this.output = output;
        }

        [Fact]
        public void Seeds_compile_and_are_generated_cleanly()
        {
            var seeds = Seeds();
            Assert.Equal(40, seeds.Count);
            foreach ((string name, string source) in seeds)
            {
                CSharpCompilation input = GeneratorHarness.Compile(source);
                GeneratorHarness.AssertNoDiagnostics(input.GetDiagnostics(), name + " as written");
                Outcome outcome = Check(source);
                Assert.True(outcome.Failures.Count == 0, name + ":\n" + string.Join("\n", outcome.Failures));
                Assert.True(outcome.GeneratedFiles > 0, name + ": nothing generated");
                Assert.True(outcome.Notes.Count == 0, name + ":\n" + string.Join("\n", outcome.Notes));
            }
        }

        [Fact]
        public void Mutants_never_crash_the_generators_or_the_analyzers_and_what_is_generated_compiles()
        {
            int count = Setting("DIFFGEN_MUTANTS", DefaultMutants);
            int seed = Setting("DIFFGEN_MUTATION_SEED", DefaultSeed);
            Summary summary = Run(Seeds(), seed, count, Environment.ProcessorCount);
            output.WriteLine(summary.Report());
            Assert.True(summary.Failed.Count == 0, summary.Report());
        }

        private static int Setting(string name, int fallback) =>
            int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) ? value : fallback;

        /// <summary>What a run of mutants did.</summary>
        public sealed record Summary(int Seed, int Count, IReadOnlyList<(Mutant Mutant, Outcome Outcome)> Failed, IReadOnlyList<(Mutant Mutant, Outcome Outcome, string Bug)> Known,
            IReadOnlyList<(Mutant Mutant, Outcome Outcome)> Noted,
            int Compiling, int Generating, int CompilingAndGenerating, int CompilerCrashes, TimeSpan Elapsed, TimeSpan Processor, (Mutant Mutant, TimeSpan Elapsed) Slowest)
        {
            public string Report()
            {
                var lines = new List<string>
                {
                    string.Format(CultureInfo.InvariantCulture, "{0} mutants of seed {1} in {2:F1} s ({12:F1} s of processor time in this process): {3} compile, {4} got generated code ({5} of these compile), {6} failed, {7} failed by open bugs, {8} noted, {9} crashed Roslyn itself; slowest #{10} ({11:F2} s)",
                        Count, Seed, Elapsed.TotalSeconds, Compiling, Generating, CompilingAndGenerating, Failed.Count, Known.Count, Noted.Count, CompilerCrashes, Slowest.Mutant?.Index, Slowest.Elapsed.TotalSeconds, Processor.TotalSeconds),
                };
                lines.AddRange(Known.GroupBy(k => k.Bug).Select(g => "  open bug " + g.Key + ": " + g.Count() + " mutants, e.g. #" + g.First().Mutant.Index));
                foreach ((Mutant mutant, Outcome outcome) in Failed.Take(30))
                {
                    lines.Add("---- FAILED mutant #" + mutant.Index + " of " + mutant.Seed + ": " + string.Join("; ", mutant.Edits));
                    lines.AddRange(outcome.Failures.Select(f => f.Length > 1500 ? f.Substring(0, 1500) + "..." : f));
                    lines.Add(mutant.Source);
                }

                foreach ((Mutant mutant, Outcome outcome) in Noted.Take(10))
                {
                    lines.Add("---- noted mutant #" + mutant.Index + " of " + mutant.Seed + ": " + string.Join("; ", mutant.Edits));
                    lines.AddRange(outcome.Notes.Take(3));
                }

                return string.Join("\n", lines);
            }
        }

        /// <summary>Makes and checks mutants 0 to <paramref name="count"/> - 1 of the seed, on <paramref name="threads"/> threads.</summary>
        public static Summary Run(IReadOnlyList<(string Name, string Source)> seeds, int seed, int count, int threads)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            TimeSpan processor = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
            var results = new ConcurrentBag<(Mutant Mutant, Outcome Outcome)>();
            Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads) }, i =>
            {
                Mutant mutant = MakeMutant(seeds, seed, i);
                results.Add((mutant, CheckGuarded(mutant.Source)));
            });

            var all = results.OrderBy(r => r.Mutant.Index).ToList();
            var slowest = all.OrderByDescending(r => r.Outcome.Elapsed).First();
            var failed = all.Where(r => r.Outcome.Failures.Count > 0).Select(r => (r.Mutant, r.Outcome, Bug: Explained(r.Mutant, r.Outcome)?.Name)).ToList();
            return new Summary(
                seed,
                count,
                failed.Where(f => f.Bug == null).Select(f => (f.Mutant, f.Outcome)).ToList(),
                failed.Where(f => f.Bug != null).Select(f => (f.Mutant, f.Outcome, f.Bug!)).ToList(),
                all.Where(r => r.Outcome.Notes.Count > 0).ToList(),
                all.Count(r => !r.Outcome.InputHasErrors),
                all.Count(r => r.Outcome.GeneratedFiles > 0),
                all.Count(r => !r.Outcome.InputHasErrors && r.Outcome.GeneratedFiles > 0),
                all.Count(r => r.Outcome.CompilerCrash != null),
                clock.Elapsed,
                System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - processor,
                (slowest.Mutant, slowest.Outcome.Elapsed));
        }
    }
}
