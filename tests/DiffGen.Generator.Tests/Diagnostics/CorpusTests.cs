using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using DiffGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace DiffGen.Generator.Tests.Diagnostics
{
    /// <summary>
    /// Runs the analyzer and the generator over the <see cref="CorpusCases"/>, each alone and all
    /// of them mixed with valid methods across several files and types. For every case: exactly
    /// the marked diagnostics; never AD0001, CS8785 or DIFF900; nothing generated for a method with
    /// an error, but a method with only DIFF012 warnings generated, and every valid method
    /// generated; and no error or warning in the output that the input did not already have.
    /// </summary>
    public sealed class CorpusTests
    {
        private const string Header = "using System;\nusing System.Linq;\nusing System.Threading.Tasks;\nusing DiffGen;\n\nnamespace Corpus\n{\n";
        private const string Footer = "}\n";
        private const string GoodMethod = "[Differentiable]\npublic static double Good(double x) => x * x;\n";
        private const int FileCount = 4;

        /// <summary>The warning cases' types are numbered after the error cases', so the two never share a name.</summary>
        private const int WarningOffset = 500;

        [Fact]
        public void Corpus_HasAtLeastSixtyErrorCasesCoveringEveryId()
        {
            Assert.True(CorpusCases.All.Count >= 60, "only " + CorpusCases.All.Count + " error cases");
            var names = CorpusCases.All.Concat(CorpusCases.Warnings).Select(c => c.Name).ToList();
            Assert.Equal(names.Count, names.Distinct().Count());

            // Every error case has an error (so nothing is generated for it); together they cover every error id.
            foreach (CorpusCase corpusCase in CorpusCases.All)
            {
                Assert.Contains(Expected(corpusCase), e => e.Id != "DIFF012");
            }

            var ids = CorpusCases.All
                .SelectMany(Expected)
                .Select(e => e.Id)
                .Where(id => id != "DIFF012")
                .Distinct()
                .OrderBy(id => id, StringComparer.Ordinal);
            Assert.Equal(new[] { "DIFF001", "DIFF002", "DIFF003", "DIFF004", "DIFF005", "DIFF006", "DIFF007", "DIFF010", "DIFF011", "DIFF013", "DIFF014", "DIFF015", "DIFF016" }, ids);

            // The warning cases have only DIFF012 warnings.
            Assert.True(CorpusCases.Warnings.Count >= 10, "only " + CorpusCases.Warnings.Count + " warning cases");
            Assert.All(CorpusCases.Warnings, c => Assert.All(Expected(c), e => Assert.Equal("DIFF012", e.Id)));
            Assert.All(CorpusCases.Warnings, c => Assert.Contains(Expected(c), e => e.Id == "DIFF012"));
        }

        [Theory]
        [MemberData(nameof(CorpusCases.Names), MemberType = typeof(CorpusCases))]
        public void Case_Alone(string name)
        {
            int index = IndexOf(CorpusCases.All, name);
            CorpusCase corpusCase = CorpusCases.All[index];
            string markup = Header + Render(corpusCase, index, hostValid: false) + Footer;
            Check(new[] { markup }, expectedHintNames: OtherHintNames(corpusCase, index).ToList());
        }

        [Theory]
        [MemberData(nameof(CorpusCases.Names), MemberType = typeof(CorpusCases))]
        public void Case_BesideAValidMethod(string name)
        {
            int index = IndexOf(CorpusCases.All, name);
            CorpusCase corpusCase = CorpusCases.All[index];
            string markup = Header + Render(corpusCase, index, corpusCase.HostsValid) + ValidTypes(0) + Footer;
            var hints = ValidHintNames(0).Concat(OtherHintNames(corpusCase, index)).ToList();
            if (corpusCase.HostsValid)
            {
                hints.Add(HintName(corpusCase, index, "Good(double)"));
            }

            Check(new[] { markup }, hints);
        }

        /// <summary>A method with a DIFF012 warning is generated, alone and beside valid methods, and its output compiles cleanly.</summary>
        [Theory]
        [MemberData(nameof(CorpusCases.WarningNames), MemberType = typeof(CorpusCases))]
        public void Warning_Alone_IsGenerated(string name)
        {
            CorpusCase corpusCase = CorpusCases.Warnings[IndexOf(CorpusCases.Warnings, name)];
            int index = WarningIndex(name);
            string markup = Header + Render(corpusCase, index, hostValid: false) + Footer;
            GeneratorRun run = Check(new[] { markup }, new[] { BadHintName(corpusCase, index) });
            Assert.DoesNotContain(run.Output.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
        }

        [Theory]
        [MemberData(nameof(CorpusCases.WarningNames), MemberType = typeof(CorpusCases))]
        public void Warning_BesideAValidMethod_IsGenerated(string name)
        {
            CorpusCase corpusCase = CorpusCases.Warnings[IndexOf(CorpusCases.Warnings, name)];
            int index = WarningIndex(name);
            string markup = Header + Render(corpusCase, index, corpusCase.HostsValid) + ValidTypes(0) + Footer;
            var hints = ValidHintNames(0).Append(BadHintName(corpusCase, index)).ToList();
            if (corpusCase.HostsValid)
            {
                hints.Add(HintName(corpusCase, index, "Good(double)"));
            }

            Check(new[] { markup }, hints);
        }

        [Fact]
        public void AllCases_MixedWithValidMethods_InSeveralFiles()
        {
            var files = Enumerable.Range(0, FileCount).Select(_ => new StringBuilder(Header)).ToArray();
            var hints = new List<string>();
            int file = 0;
            for (int i = 0; i < CorpusCases.All.Count; i++)
            {
                CorpusCase corpusCase = CorpusCases.All[i];
                files[file++ % FileCount].Append(Render(corpusCase, i, corpusCase.HostsValid));
                hints.AddRange(OtherHintNames(corpusCase, i));
                if (corpusCase.HostsValid)
                {
                    hints.Add(HintName(corpusCase, i, "Good(double)"));
                }
            }

            for (int i = 0; i < CorpusCases.Warnings.Count; i++)
            {
                CorpusCase corpusCase = CorpusCases.Warnings[i];
                int index = WarningOffset + i;
                files[file++ % FileCount].Append(Render(corpusCase, index, corpusCase.HostsValid));
                hints.Add(BadHintName(corpusCase, index));
                if (corpusCase.HostsValid)
                {
                    hints.Add(HintName(corpusCase, index, "Good(double)"));
                }
            }

            for (int f = 0; f < FileCount; f++)
            {
                files[f].Append(ValidTypes(f)).Append(Footer);
                hints.AddRange(ValidHintNames(f));
            }

            GeneratorRun run = Check(files.Select(f => f.ToString()).ToArray(), hints);

            // In a real build the analyzer also sees the generated files: it must report the same.
            string[] withGenerated = files.Select(f => f.ToString()).Concat(run.Sources.Select(s => s.Text)).ToArray();
            DiagnosticAssert.AnalyzerReportsExactly(withGenerated);
        }

        /// <summary>Inputs the analyzer lets through (valid or not): whatever the generator emits must not add an error or warning.</summary>
        [Theory]
        [InlineData("public partial class C { [Differentiable] public double F(double x, double y) => x * y; }")]
        [InlineData("public partial class C { [Differentiable] public double F(double x) => x; public double FPartialY(double y) => y; }")]
        [InlineData("public class Base { public double G(double x) => x; } public partial class C : Base { [Differentiable] public double F(double x) => x * x; }")]
        [InlineData("public interface IModel { double F(double x); } public partial class C : IModel { [Differentiable] double IModel.F(double x) => x * x; }")]
        [InlineData("public partial class C { [Differentiable] public double F(double x, double X) => x * X; }")]
        [InlineData("public class Base { public double FPartialX(double x) => 0.0; } public partial class C : Base { [Differentiable] public double F(double x) => x * x; }")]
        [InlineData("public ref partial struct S { [Differentiable] public double F(double x) => x * x; }")]
        public void GeneratedCode_NeverAddsAnErrorOrWarning(string code)
        {
            CSharpCompilation input = GeneratorHarness.Compile(Header + code + "\n" + Footer);
            GeneratorRun run = GeneratorHarness.Run(input);
            GeneratorHarness.AssertNoDiagnostics(run.GeneratorDiagnostics, "the generator");
            var before = new HashSet<string>(Problems(input).Select(d => d.ToString()), StringComparer.Ordinal);
            var added = Problems(run.Output).Where(d => !before.Contains(d.ToString())).ToList();
            Assert.True(added.Count == 0, "the generated code adds diagnostics:\n" + string.Join("\n", added));
        }

        private static string TypeName(int index) => "Case" + index.ToString("00", System.Globalization.CultureInfo.InvariantCulture);

        private static int IndexOf(IReadOnlyList<CorpusCase> cases, string name) => Enumerable.Range(0, cases.Count).Single(i => cases[i].Name == name);

        private static int WarningIndex(string name) => IndexOf(CorpusCases.Warnings, name) + WarningOffset;

        private static IReadOnlyList<ExpectedDiagnostic> Expected(CorpusCase corpusCase) => MarkupSource.Parse(Render(corpusCase, 0, hostValid: false)).Expected;

        private static string Render(CorpusCase corpusCase, int index, bool hostValid)
        {
            string members = corpusCase.Members + "\n" + (hostValid ? GoodMethod : string.Empty);
            return corpusCase.Container.Replace("$M", members, StringComparison.Ordinal).Replace("$T", TypeName(index), StringComparison.Ordinal);
        }

        private static string HintName(CorpusCase corpusCase, int index, string method) =>
            "Corpus." + corpusCase.Path.Replace("$T", TypeName(index), StringComparison.Ordinal) + "." + method + ".g.cs";

        private static string BadHintName(CorpusCase corpusCase, int index) => HintName(corpusCase, index, "Bad(" + corpusCase.Parameters + ")");

        /// <summary>The valid methods a case declares besides Bad and Good, which are generated.</summary>
        private static IEnumerable<string> OtherHintNames(CorpusCase corpusCase, int index) =>
            (corpusCase.Generated ?? Array.Empty<string>()).Select(method => HintName(corpusCase, index, method));

        private static string ValidTypes(int file) =>
            "public partial class Valid" + file + "\n{\n" +
            "    [Differentiable]\n    public double Good(double x, double y) => Math.Sin(x) * y;\n" +
            "    [Differentiable(\"w\")]\n    public static float Fit(float w, float x, int n) => w * x * n;\n" +
            "    [Differentiable]\n    public static double Huber(double r, double delta)\n    {\n        bool small = r < delta && r > -delta;\n        if (small) return 0.5 * r * r;\n        double a = r > 0 ? r : -r;\n        return delta * (a - 0.5 * delta);\n    }\n" +
            "    [Differentiable(\"w\")]\n    public static double Dot(double[] w, ReadOnlySpan<double> x)\n    {\n        double s = 0;\n        for (int i = 0; i < w.Length; i++) s += w[i] * x[i];\n        return s;\n    }\n" +
            "    public partial record struct Deep(double A)\n    {\n" +
            "        [Differentiable]\n        public double Good(double x) { double s = x * x; s += 1.0; return Math.Log(s); }\n" +
            "    }\n}\n";

        private static IEnumerable<string> ValidHintNames(int file) => new[]
        {
            "Corpus.Valid" + file + ".Good(double,double).g.cs",
            "Corpus.Valid" + file + ".Fit(float,float,int).g.cs",
            "Corpus.Valid" + file + ".Huber(double,double).g.cs",
            "Corpus.Valid" + file + ".Dot(double__,global__System.ReadOnlySpan_double_).g.cs",
            "Corpus.Valid" + file + ".Deep.Good(double).g.cs",
        };

        private static GeneratorRun Check(string[] markups, IReadOnlyCollection<string> expectedHintNames)
        {
            DiagnosticAssert.AnalyzerReportsExactly(markups);

            string[] sources = markups.Select(m => MarkupSource.Parse(m).Source).ToArray();
            CSharpCompilation input = GeneratorHarness.Compile(sources);
            GeneratorRun run = GeneratorHarness.Run(input);

            // Flagged methods are skipped silently (the analyzer reports them); nothing crashes.
            GeneratorHarness.AssertNoDiagnostics(run.GeneratorDiagnostics, "the generator");
            Assert.DoesNotContain(run.Output.GetDiagnostics(), d => d.Id == "CS8785" || d.Id == "DIFF900" || d.Id == "AD0001");

            Assert.Equal(
                expectedHintNames.OrderBy(h => h, StringComparer.Ordinal),
                run.Sources.Select(s => s.HintName.WithoutHash()).OrderBy(h => h, StringComparer.Ordinal));

            var before = new HashSet<string>(Problems(input).Select(d => d.ToString()), StringComparer.Ordinal);
            var added = Problems(run.Output).Where(d => !before.Contains(d.ToString())).ToList();
            Assert.True(added.Count == 0, "the generated code adds diagnostics:\n" + string.Join("\n", added));
            return run;
        }

        private static IEnumerable<Diagnostic> Problems(Compilation compilation) =>
            compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error || d.Severity == DiagnosticSeverity.Warning);
    }
}
