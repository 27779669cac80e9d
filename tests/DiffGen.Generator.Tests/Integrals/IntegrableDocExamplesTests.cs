using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using DiffGen.Generator.Tests.Diagnostics;
using DiffGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace DiffGen.Generator.Tests.Integrals
{
    /// <summary>
    /// The Wrong and Right examples of the [Integrable] diagnostics' pages (DIFF030–DIFF036), as
    /// <see cref="DocExamplesTests"/> checks the others: each Wrong example gets exactly the ids listed,
    /// each Right one none, and its generated integral compiles.
    /// </summary>
    public sealed class IntegrableDocExamplesTests
    {
        private const string Header = "using System;\nusing DiffGen;\n\nnamespace Docs\n{\n";

        private static readonly Dictionary<string, string[]> WrongIds = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["DIFF030"] = new[] { "DIFF030 DIFF030" },
            ["DIFF031"] = new[] { "DIFF031" },
            ["DIFF032"] = new[] { "DIFF032" },
            ["DIFF033"] = new[] { "DIFF033" },
            ["DIFF034"] = new[] { "DIFF034" },
            ["DIFF035"] = new[] { "DIFF035" },
            ["DIFF036"] = new[] { "DIFF036", "DIFF036", "DIFF036", "DIFF036" },
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
                Assert.True(WrongIds[id][i] == ids, id + ".md, Wrong example " + (i + 1) + ": expected " + WrongIds[id][i] + ", got:\n  " + string.Join("\n  ", reported.Select(DiagnosticAssert.Describe)));
                GeneratorRun run = GeneratorHarness.Run((Microsoft.CodeAnalysis.CSharp.CSharpCompilation)compilation, new IntegrableGenerator());
                if (id == "DIFF036")
                {
                    // Information only: MIntegral is generated, MAntiderivative is not.
                    Assert.Contains(run.Sources, s => s.Text.Contains("Integral(", StringComparison.Ordinal) && !s.Text.Contains("Antiderivative(", StringComparison.Ordinal));
                }
                else
                {
                    Assert.Empty(run.Sources);
                }
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
                var compilation = GeneratorHarness.Compile(Header + example + "}\n");
                // A page's Right example fixes its own id; DIFF036 (no closed form, information only) counts on its own page alone.
                GeneratorHarness.AssertNoDiagnostics(GeneratorHarness.Analyze(compilation).Where(d => id == "DIFF036" || d.Id != "DIFF036"), id + ".md, Right example, the analyzers");
                GeneratorRun run = GeneratorHarness.Run(compilation, new IntegrableGenerator());
                GeneratorHarness.AssertNoDiagnostics(run.GeneratorDiagnostics, id + ".md, Right example, the generator");
                Assert.NotEmpty(run.Sources);

                // The example may call what is generated from it (DensityIntegral), so only the output must compile.
                GeneratorHarness.AssertNoDiagnostics(run.Output.GetDiagnostics(), id + ".md, Right example, compiled with the generated code");
            }
        }

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
