using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.Loader;
using DiffGen.Fuzz.Programs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DiffGen.Fuzz.Running
{
    /// <summary>
    /// Runs a batch of cases through one compilation: the generator and the analyzer over all of
    /// them, the generated code compiled, then each case's derivatives checked against its oracle.
    /// A case's failure is kept to that case: its trees are removed and the rest go on.
    /// </summary>
    public static class BatchRunner
    {
        private const string Header = "#nullable enable\nusing System;\n\nnamespace " + ProgramWriter.Namespace + "\n{\n";
        private const string Footer = "}\n";

        public static CaseResult RunOne(FuzzCase fuzzCase, int pointSeed) => Run(new[] { fuzzCase }, pointSeed)[0];

        public static IReadOnlyList<CaseResult> Run(IReadOnlyList<FuzzCase> cases, int pointSeed)
        {
            var results = new CaseResult?[cases.Count];
            RunInto(cases, Enumerable.Range(0, cases.Count).ToList(), results, pointSeed);
            return results.Select((r, i) => r ?? new CaseResult(cases[i], Outcome.InvalidProgram, "no result")).ToList();
        }

        private static void RunInto(IReadOnlyList<FuzzCase> cases, List<int> indices, CaseResult?[] results, int pointSeed)
        {
            var trees = indices.ToDictionary(
                k => k,
                k => Compiler.Parse(Header + ProgramWriter.Source(cases[k], k) + "\n" + ProgramWriter.Oracle(cases[k], k) + Footer, "Case" + k + ".cs"));

            // A case that does not compile as written is the fuzzer's bug.
            var input = Compiler.Create("Fuzz", trees.Values);
            foreach (var group in input.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).GroupBy(d => CaseOf(d.Location.SourceTree)))
            {
                if (group.Key is int k && trees.Remove(k))
                {
                    results[k] = new CaseResult(cases[k], Outcome.InvalidProgram, "the fuzzed program does not compile: " + group.First());
                }
            }

            List<int> live = trees.Keys.OrderBy(k => k).ToList();
            if (live.Count == 0)
            {
                return;
            }

            input = Compiler.Create("Fuzz", live.Select(k => trees[k]));
            Timing.Mark("input");
            var (output, generatorDiagnostics) = Compiler.Generate(input);
            Timing.Mark("generator");
            ImmutableArray<Diagnostic> analyzerDiagnostics = Compiler.Analyze(input);
            Timing.Mark("analyzer");
            bool crashed = generatorDiagnostics.Any(d => d.Id is "CS8784" or "CS8785")
                || analyzerDiagnostics.Any(d => d.Id == "AD0001" && CaseOf(d) is null);
            if (crashed)
            {
                if (live.Count == 1)
                {
                    var crash = generatorDiagnostics.Concat(analyzerDiagnostics).First(d => d.Id is "CS8784" or "CS8785" or "AD0001");
                    results[live[0]] = new CaseResult(cases[live[0]], Outcome.GeneratorFailure, crash.ToString(), crash.Id);
                    return;
                }

                // One case brought the whole generator down: find it by halves.
                RunInto(cases, live.Take(live.Count / 2).ToList(), results, pointSeed);
                RunInto(cases, live.Skip(live.Count / 2).ToList(), results, pointSeed);
                return;
            }

            var generated = new List<int>();
            foreach (int k in live)
            {
                CaseResult? verdict = cases[k].Unsupported is { } construct
                    ? AnalyzerVerdict(cases[k], k, construct, trees[k], output, analyzerDiagnostics)
                    : cases[k].Integral is not null
                        ? IntegralVerdict.Of(cases[k], generatorDiagnostics.Concat(analyzerDiagnostics).Where(d => CaseOf(d) == k).ToList(), output.GetTypeByMetadataName(ProgramWriter.MetadataName(cases[k], k)))
                        : GenerationVerdict(cases[k], k, output, generatorDiagnostics, analyzerDiagnostics);
                if (verdict is null)
                {
                    generated.Add(k);
                }
                else
                {
                    results[k] = verdict;
                }
            }

            CompileAndCheck(cases, generated, output, results, pointSeed);
        }

        /// <summary>
        /// For a case holding an unsupported construct: passes when the analyzer reports the documented
        /// id on the construct, no error elsewhere, and nothing is generated.
        /// </summary>
        private static CaseResult AnalyzerVerdict(FuzzCase fuzzCase, int k, UnsupportedConstruct construct, SyntaxTree tree, Compilation output, ImmutableArray<Diagnostic> analyzerDiagnostics)
        {
            int start = tree.ToString().IndexOf(construct.Text, StringComparison.Ordinal);
            if (start < 0)
            {
                // A reduction of the shrinker took the construct out: not the case it was shrinking.
                return new CaseResult(fuzzCase, Outcome.InvalidProgram, "the case no longer holds " + construct.Text);
            }

            var span = new Microsoft.CodeAnalysis.Text.TextSpan(start, construct.Text.Length);
            var errors = analyzerDiagnostics.Where(d => CaseOf(d) == k && d.Severity == DiagnosticSeverity.Error).ToList();
            string ids = string.Join(" ", errors.Select(d => d.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal));
            string reported = errors.Count == 0 ? "nothing" : string.Join("\n", errors);
            INamedTypeSymbol? type = output.GetTypeByMetadataName(ProgramWriter.MetadataName(fuzzCase, k));
            if (type is not null && type.GetMembers("FGradient").Length > 0)
            {
                return new CaseResult(fuzzCase, Outcome.Wrong, "generated although it holds " + construct.Text + "; the analyzer reported " + reported, ids);
            }

            bool atConstruct = errors.Any(d => d.Id == construct.DiagnosticId && d.Location.SourceSpan.OverlapsWith(span));
            bool elsewhere = errors.Any(d => !d.Location.SourceSpan.OverlapsWith(span));
            return atConstruct && !elsewhere
                ? new CaseResult(fuzzCase, Outcome.Pass, "", ids)
                : new CaseResult(fuzzCase, Outcome.Wrong, "expected " + construct.DiagnosticId + " at " + construct.Text + " and no other error; the analyzer reported " + reported, ids);
        }

        /// <summary>Null when the case's members were generated as they should be; otherwise why not.</summary>
        private static CaseResult? GenerationVerdict(FuzzCase fuzzCase, int k, Compilation output, ImmutableArray<Diagnostic> generatorDiagnostics, ImmutableArray<Diagnostic> analyzerDiagnostics)
        {
            var mine = generatorDiagnostics.Concat(analyzerDiagnostics).Where(d => CaseOf(d) == k).ToList();
            Diagnostic? internalError = mine.FirstOrDefault(d => d.Id is "DIFF900" or "AD0001");
            if (internalError is not null)
            {
                return new CaseResult(fuzzCase, Outcome.GeneratorFailure, internalError.ToString(), internalError.Id);
            }

            var errors = mine.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            string ids = string.Join(" ", errors.Select(d => d.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal));
            INamedTypeSymbol? type = output.GetTypeByMetadataName(ProgramWriter.MetadataName(fuzzCase, k));
            bool hasGradient = type is not null && type.GetMembers("FGradient").Length > 0;
            if (!hasGradient && errors.Count == 0)
            {
                return new CaseResult(fuzzCase, Outcome.GeneratorFailure, "no FGradient and no diagnostic on the method; the generator reported: "
                    + string.Join("; ", generatorDiagnostics.Select(d => d.ToString())));
            }

            if (hasGradient && errors.Count > 0)
            {
                return new CaseResult(fuzzCase, Outcome.GeneratorFailure, "generated although the analyzer reports: " + string.Join("; ", errors), ids);
            }

            if (!hasGradient)
            {
                bool Listed(Diagnostic d) => DocumentedDeclines.Any(construct => d.GetMessage(CultureInfo.InvariantCulture).Contains(construct, StringComparison.Ordinal));
                // A DIFF015 the builder expects, or any listed one; the one listed DIFF010 (a NaN test) only by its message.
                bool documented = errors.All(d => (d.Id == "DIFF015" && (fuzzCase.MayDecline || Listed(d))) || (d.Id == "DIFF010" && Listed(d)));
                return new CaseResult(fuzzCase, documented ? Outcome.DeclinedAsDocumented : Outcome.Declined, string.Join("\n", errors), ids);
            }

            return null;
        }

        /// <summary>
        /// DIFF015s of constructs docs/supported.md lists as not supported yet that a random program may hold without its
        /// builder knowing: an early return, a bool local the method assigns again, integer arithmetic on a sign, a guard clause that calls a method or
        /// compares a value with itself, in a method that computes with integer variables (lowered as one with loops is).
        /// Found in the message.
        /// </summary>
        private static readonly string[] DocumentedDeclines =
        {
            "A 'return' inside a loop or branch is not supported yet", "The bool local '", " in a guard clause (if (...) return ...;) is not supported yet",

            // A guard clause comparing a value with a local that holds it (float t1 = x; if (x == t1)): the NaN test, DIFF010;
            // inside || or && with another comparison (if (y >= t1 || x <= 0.5)), a test whose outcome algebra decides, DIFF010.
            "comparing a floating-point value with itself is a test for NaN", "where it always has one outcome or a value it reads cancels out of it",

            // Integer arithmetic on the sign of a double (Math.Sign(1.0) / 3), which the expression builder may write: DIFF015.md lists it.
            "the sign of a double or float is used as a double or float value",
        };

        private static void CompileAndCheck(IReadOnlyList<FuzzCase> cases, List<int> generated, Compilation output, CaseResult?[] results, int pointSeed)
        {
            var probes = generated.ToDictionary(k => k, k => Compiler.Parse(Header + ProbeOf(cases[k], k, output) + Footer, "Case" + k + "Probe.cs"));
            Compilation compilation = output.AddSyntaxTrees(probes.Values);
            var live = new HashSet<int>(generated);
            byte[]? image = null;
            while (live.Count > 0)
            {
                using var stream = new MemoryStream();
                var emitted = compilation.Emit(stream);
                // Generated code must compile without errors or warnings; the fuzzed sources themselves may warn.
                var problems = emitted.Diagnostics
                    .Where(d => d.Severity == DiagnosticSeverity.Error || (d.Severity == DiagnosticSeverity.Warning && IsGenerated(d.Location.SourceTree, probes)))
                    .ToList();
                if (problems.Count == 0 && emitted.Success)
                {
                    image = stream.ToArray();
                    break;
                }

                var culprits = problems.GroupBy(d => CaseOf(d.Location.SourceTree)).ToList();
                if (culprits.Any(c => c.Key is null))
                {
                    foreach (int k in live)
                    {
                        results[k] = new CaseResult(cases[k], Outcome.Uncompilable, "unattributed: " + culprits.First(c => c.Key is null).First());
                    }

                    return;
                }

                foreach (var group in culprits)
                {
                    int k = group.Key!.Value;
                    if (!live.Remove(k))
                    {
                        continue;
                    }

                    bool probeOnly = group.All(d => probes.ContainsValue(d.Location.SourceTree!));
                    string what = probeOnly ? "a generated member does not have the contract's signature: " : "the generated code has diagnostics: ";
                    string ids = string.Join(" ", group.Select(d => d.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal));
                    results[k] = new CaseResult(cases[k], Outcome.Uncompilable, what + string.Join("\n", group.Take(3)) + "\n" + GeneratedText(compilation, k), ids);
                    compilation = compilation.RemoveSyntaxTrees(compilation.SyntaxTrees.Where(t => CaseOf(t) == k && !IsUserTree(t, k)));
                }
            }

            Timing.Mark("emit");
            if (image is null)
            {
                return;
            }

            var context = new AssemblyLoadContext("fuzz", isCollectible: true);
            try
            {
                var assembly = context.LoadFromStream(new MemoryStream(image));
                foreach (int k in live.OrderBy(k => k))
                {
                    Type probe = assembly.GetType(ProgramWriter.Namespace + "." + ProbeWriter.ProbeClassName(k))!;
                    // The same points on every run: HashCode.Combine would differ from process to process.
                    var random = new Random(unchecked((pointSeed * 1000003) + k));
                    results[k] = cases[k].Integral is not null
                        ? IntegralChecker.Check(cases[k], new IntegralProbe(probe), random)
                        : CaseChecker.Check(cases[k], new Probe(probe), random);
                }
            }
            finally
            {
                context.Unload();
                Timing.Mark("check");
            }
        }

        /// <summary>The probe class of a case: for an [Integrable] one, with FAntiderivative only where the generator wrote it.</summary>
        private static string ProbeOf(FuzzCase fuzzCase, int k, Compilation output) =>
            fuzzCase.Integral is null
                ? ProbeWriter.Probe(fuzzCase, k)
                : IntegralProbeWriter.Probe(fuzzCase, k, output.GetTypeByMetadataName(ProgramWriter.MetadataName(fuzzCase, k)) is { } type && type.GetMembers("FAntiderivative").Length > 0);

        private static string GeneratedText(Compilation compilation, int k) =>
            string.Join("\n", compilation.SyntaxTrees.Where(t => CaseOf(t) == k && t.FilePath.EndsWith(".g.cs", StringComparison.Ordinal)).Select(t => t.ToString()));

        private static bool IsGenerated(SyntaxTree? tree, Dictionary<int, SyntaxTree> probes) =>
            tree is not null && (tree.FilePath.EndsWith(".g.cs", StringComparison.Ordinal) || probes.ContainsValue(tree));

        private static bool IsUserTree(SyntaxTree tree, int k) => tree.FilePath == "Case" + k + ".cs";

        /// <summary>The case a diagnostic is about: by its tree, or (for the generator's, which carry a file path only) by the file name Case12.cs.</summary>
        private static int? CaseOf(Diagnostic diagnostic)
        {
            if (diagnostic.Location.SourceTree is { } tree)
            {
                return CaseOf(tree);
            }

            string file = System.IO.Path.GetFileNameWithoutExtension(diagnostic.Location.GetLineSpan().Path ?? "");
            return file.StartsWith("Case", StringComparison.Ordinal) && int.TryParse(file.Substring(4), out int k) ? k : null;
        }

        /// <summary>The case a tree belongs to: by the number in the name of the first type it declares (Case12, Case12Probe, ...).</summary>
        public static int? CaseOf(SyntaxTree? tree)
        {
            if (tree is null)
            {
                return null;
            }

            var first = tree.GetRoot().DescendantNodes().OfType<BaseTypeDeclarationSyntax>().FirstOrDefault();
            if (first is null)
            {
                return null;
            }

            string name = first.Identifier.ValueText;
            if (!name.StartsWith("Case", StringComparison.Ordinal))
            {
                return null;
            }

            string digits = new string(name.Skip(4).TakeWhile(char.IsDigit).ToArray());
            return int.TryParse(digits, out int k) ? k : null;
        }
    }
}
