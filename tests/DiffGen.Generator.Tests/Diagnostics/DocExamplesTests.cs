using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using DiffGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace DiffGen.Generator.Tests.Diagnostics
{
    /// <summary>
    /// The Wrong and Right examples of the pages in docs/diagnostics do what the pages say: each
    /// Wrong example gets exactly the diagnostics its page describes, each Right example gets none
    /// and its generated code compiles. The examples assume <c>using System;</c> and
    /// <c>using DiffGen;</c>, as the index says.
    /// </summary>
    public sealed class DocExamplesTests
    {
        private const string Header = "using System;\nusing DiffGen;\n\nnamespace Docs\n{\n";

        /// <summary>For each page, the ids its Wrong examples get, one string per example, sorted.</summary>
        private static readonly Dictionary<string, string[]> WrongIds = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["DIFF001"] = new[] { "DIFF001 DIFF001" },
            ["DIFF002"] = new[] { "DIFF002 DIFF002" },
            ["DIFF003"] = new[] { "DIFF003" },
            ["DIFF004"] = new[] { "DIFF004" },
            ["DIFF005"] = new[] { "DIFF005 DIFF005" },
            ["DIFF006"] = new[] { "DIFF006 DIFF006 DIFF006 DIFF006" },
            ["DIFF007"] = new[] { "DIFF007 DIFF007" },
            ["DIFF010"] = new[] { "DIFF010 DIFF010 DIFF010", "DIFF010" },
            ["DIFF011"] = new[] { "DIFF011 DIFF011 DIFF011", "DIFF011 DIFF011 DIFF011" },
            ["DIFF012"] = new[] { "DIFF012 DIFF012" },
            ["DIFF013"] = new[] { "DIFF013 DIFF013 DIFF014" },
            ["DIFF014"] = new[] { "DIFF014 DIFF014 DIFF014" },
            ["DIFF015"] = new[] { "DIFF015 DIFF015 DIFF015" },
            ["DIFF017"] = new[] { "DIFF017 DIFF017" },
        };

        public static IEnumerable<object[]> Pages => WrongIds.Keys.Select(id => new object[] { id });

        [Theory]
        [MemberData(nameof(Pages))]
        public void WrongExamples_GetTheDiagnosticsThePageDescribes(string id)
        {
            string[] examples = Examples(id, "Wrong");
            Assert.Equal(WrongIds[id].Length, examples.Length);
            for (int i = 0; i < examples.Length; i++)
            {
                Compilation compilation = GeneratorHarness.Compile(Header + examples[i] + "}\n");
                Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
                var reported = GeneratorHarness.Analyze(compilation);
                string ids = string.Join(" ", reported.Select(d => d.Id).OrderBy(d => d, StringComparer.Ordinal));
                Assert.True(
                    WrongIds[id][i] == ids,
                    id + ".md, Wrong example " + (i + 1) + ": expected " + WrongIds[id][i] + ", got:\n  " + string.Join("\n  ", reported.Select(DiagnosticAssert.Describe)));
                Assert.Contains(reported, d => d.Id == id);
            }
        }

        [Theory]
        [MemberData(nameof(Pages))]
        public void RightExamples_GetNoDiagnostic_AndTheirGeneratedCodeCompiles(string id)
        {
            string[] examples = Examples(id, "Right");
            Assert.NotEmpty(examples);
            foreach (string example in examples)
            {
                AssertRightExample(Header + example + "}\n", id);
            }
        }

        private static void AssertRightExample(string source, string id)
        {
            var compilation = GeneratorHarness.Compile(source);
            GeneratorHarness.AssertNoDiagnostics(GeneratorHarness.Analyze(compilation), id + ".md, Right example, the analyzer");
            GeneratorRun run = GeneratorHarness.Run(compilation);
            GeneratorHarness.AssertNoDiagnostics(run.GeneratorDiagnostics, id + ".md, Right example, the generator");
            Assert.NotEmpty(run.Sources);

            // The example may reference what is generated from it (CostGradient), so only the output must compile.
            var errors = run.Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            Assert.True(errors.Count == 0, id + ".md, Right example, compiled with the generated code:\n" + string.Join("\n", errors));
        }

        /// <summary>The <c>csharp</c> code blocks of the page's section <paramref name="section"/>, in order.</summary>
        private static string[] Examples(string id, string section)
        {
            string text = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "diagnostics", id + ".md")).Replace("\r\n", "\n");
            int start = text.IndexOf("\n## " + section + "\n", StringComparison.Ordinal);
            Assert.True(start >= 0, id + ".md has no section '## " + section + "'");
            int end = text.IndexOf("\n## ", start + 4, StringComparison.Ordinal);
            string part = end < 0 ? text.Substring(start) : text.Substring(start, end - start);
            return Regex.Matches(part, "```csharp\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToArray();
        }

        private static string RepositoryRoot([CallerFilePath] string path = "") =>
            Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", ".."));
    }
}
