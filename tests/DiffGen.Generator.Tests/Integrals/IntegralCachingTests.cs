using System;
using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Emit;
using DiffGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit;
using static Microsoft.CodeAnalysis.IncrementalStepRunReason;

namespace DiffGen.Generator.Tests.Integrals
{
    /// <summary>
    /// The [Integrable] pipeline caches: a rerun, an unrelated file, a comment elsewhere or in a body re-emit
    /// nothing; an edit of one method's formula (its antiderivative changes) or signature re-emits that method
    /// only; and no pipeline model holds a Roslyn object.
    /// </summary>
    public sealed class IntegralCachingTests
    {
        private const string Functions = @"
using System;
using DiffGen;

namespace Samples
{
    public static partial class Functions
    {
        [Integrable]
        public static double Square(double x) => x * x;

        [Integrable(""t"")]
        public static double Wave(double t, double k)
        {
            double phase = k * t;
            return Math.Sin(phase);
        }

        [Integrable(""x"", ""y"")]
        public static double Plane(double x, double y) => x + y;
    }
}";

        private const string Unrelated = @"
namespace Samples
{
    public static class Helpers
    {
        public static int Twice(int n) => 2 * n;
    }
}";

        private static readonly string[] Steps = { TrackingNames.IntegrableRead, TrackingNames.IntegralEmitted };

        [Fact]
        public void RerunOnACloneReusesEveryStep()
        {
            GeneratorRun first = Run();
            GeneratorDriver second = first.Driver.RunGenerators(first.Input.Clone());

            foreach (string step in Steps)
            {
                AssertAll(second.Outputs(step), Cached, Unchanged);
                Assert.Equal(first.Driver.Outputs(step).Select(o => o.Value), second.Outputs(step).Select(o => o.Value));
            }

            AssertAll(second.SourceOutputs(), Cached);
        }

        [Fact]
        public void AddingAnUnrelatedFileReEmitsNothing()
        {
            GeneratorRun first = Run();
            SyntaxTree extra = CSharpSyntaxTree.ParseText("namespace Samples { public sealed class Extra { public double Value; } }", (CSharpParseOptions)first.Input.SyntaxTrees.First().Options, "Extra.cs");
            GeneratorDriver second = first.Driver.RunGenerators(first.Input.AddSyntaxTrees(extra));

            foreach (string step in Steps)
            {
                AssertAll(second.Outputs(step), Cached, Unchanged);
            }

            AssertAll(second.SourceOutputs(), Cached, Unchanged);
        }

        [Fact]
        public void ACommentInAnUnrelatedFileReEmitsNothing()
        {
            GeneratorRun first = Run();
            GeneratorDriver second = first.Driver.RunGenerators(Edit(first.Input, "Source1.cs", text => "// Helpers for the samples.\n" + text));

            foreach (string step in Steps)
            {
                AssertAll(second.Outputs(step), Cached, Unchanged);
            }

            AssertAll(second.SourceOutputs(), Cached, Unchanged);
        }

        [Fact]
        public void ReformattingABodyReEmitsNothing()
        {
            // The read model holds the body's formula, not its text: a comment in the body changes nothing emitted. The
            // edit moves Plane along the file, so its read model changes (its location, for DIFF900), its output must not.
            GeneratorRun first = Run();
            GeneratorDriver second = first.Driver.RunGenerators(Edit(first.Input, "Source0.cs", text => text.Replace("double phase = k * t;", "double phase = k * t; // radians")));

            AssertAll(second.Outputs(TrackingNames.IntegrableRead).Where(o => MethodOf(o) != "Plane"), Cached, Unchanged);
            AssertAll(second.Outputs(TrackingNames.IntegralEmitted), Cached, Unchanged);
            AssertAll(second.SourceOutputs(), Cached, Unchanged);
        }

        [Fact]
        public void EditingABodyReEmitsOnlyThatMethod()
        {
            // MAntiderivative is the body's antiderivative: a new formula is a new file for that method, and only for it.
            GeneratorRun first = Run();
            GeneratorDriver second = first.Driver.RunGenerators(Edit(first.Input, "Source0.cs", text => text.Replace("double phase = k * t;", "double phase = 2 * k * t;")));

            AssertAll(second.Outputs(TrackingNames.IntegrableRead).Where(o => MethodOf(o) == "Square"), Cached, Unchanged);
            AssertAll(second.Outputs(TrackingNames.IntegrableRead).Where(o => MethodOf(o) == "Wave"), Modified);
            AssertAll(second.Outputs(TrackingNames.IntegralEmitted).Where(o => MethodOf(o) != "Wave"), Cached, Unchanged);
            AssertAll(second.Outputs(TrackingNames.IntegralEmitted).Where(o => MethodOf(o) == "Wave"), Modified);
            Assert.Contains("WaveAntiderivative(double t, double k)", TextOf(second, "Wave"), StringComparison.Ordinal);
        }

        [Fact]
        public void EditingOneSignatureReEmitsOnlyThatMethod()
        {
            GeneratorRun first = Run();
            GeneratorDriver second = first.Driver.RunGenerators(Edit(first.Input, "Source0.cs", text => text.Replace("Wave(double t, double k)", "Wave(double t, double k, double c)")));

            foreach (string step in Steps)
            {
                AssertAll(second.Outputs(step).Where(o => MethodOf(o) == "Wave"), Modified);
                AssertAll(second.Outputs(step).Where(o => MethodOf(o) == "Square"), Cached, Unchanged);
            }

            // Plane moved down the file: a new location in its read model, the same output.
            AssertAll(second.Outputs(TrackingNames.IntegralEmitted).Where(o => MethodOf(o) == "Plane"), Cached, Unchanged);

            Assert.Contains("WaveIntegral(double from, double to, double k, double c)", TextOf(second, "Wave"), StringComparison.Ordinal);
        }

        [Fact]
        public void TwoDriversProduceByteIdenticalOutput()
        {
            GeneratorRun one = Run();
            GeneratorRun two = Run();

            Assert.Equal(3, one.Sources.Count);
            Assert.Equal(one.Sources.Select(s => s.HintName), two.Sources.Select(s => s.HintName));
            Assert.Equal(one.Sources.Select(s => s.Text), two.Sources.Select(s => s.Text));
        }

        [Fact]
        public void NoPipelineModelHoldsARoslynObject()
        {
            // One method's emission fails, so the error path (InternalError with its location) is walked too.
            var generator = new IntegrableGenerator(m => m.Name == "Square" ? throw new InvalidOperationException("test") : Emit.Integrals.IntegralEmitter.Emit(m));
            GeneratorRun run = GeneratorHarness.Run(GeneratorHarness.Compile(Functions, Unrelated), generator);
            Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "DIFF900" && d.GetMessage().Contains("'Square'", StringComparison.Ordinal));
            Assert.Equal(2, run.Sources.Count);

            var ours = run.Driver.AllOutputs().Where(o => o.Value.GetType().Assembly == typeof(IntegrableGenerator).Assembly).ToList();
            Assert.Contains(ours, o => o.Step == TrackingNames.IntegrableRead);
            Assert.Contains(ours, o => o.Value is EmissionStep { Error: not null });
            var found = ours.SelectMany(o => RoslynObjectGraph.FindInValue(o.Value).Select(path => o.Step + ": " + path))
                .Concat(ours.Select(o => o.Value.GetType()).Distinct().SelectMany(RoslynObjectGraph.FindInDeclaredTypes))
                .ToList();
            Assert.True(found.Count == 0, "pipeline models hold Roslyn objects:\n" + string.Join("\n", found));
        }

        private static GeneratorRun Run() => GeneratorHarness.Run(GeneratorHarness.Compile(Functions, Unrelated), new IntegrableGenerator());

        private static CSharpCompilation Edit(CSharpCompilation compilation, string path, Func<string, string> change)
        {
            SyntaxTree tree = compilation.SyntaxTrees.Single(t => t.FilePath == path);
            string before = tree.GetText().ToString();
            string after = change(before);
            Assert.NotEqual(before, after);
            return compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(after)));
        }

        private static string? MethodOf(StepOutput output) => output.Value switch
        {
            IntegrableStep step => step.Method?.Name ?? step.Error?.MethodName,
            EmissionStep step => step.Error?.MethodName ?? step.Source?.HintName.Split('(')[0].Split('.').Last(),
            _ => null,
        };

        private static string TextOf(GeneratorDriver driver, string method) =>
            driver.GetRunResult().Results.Single().GeneratedSources.Single(s => s.HintName.Contains("." + method + "(", StringComparison.Ordinal)).SourceText.ToString();

        private static void AssertAll(IEnumerable<StepOutput> outputs, params IncrementalStepRunReason[] allowed)
        {
            List<StepOutput> list = outputs.ToList();
            Assert.True(list.Count > 0, "no outputs to check");
            var wrong = list.Where(o => !allowed.Contains(o.Reason)).ToList();
            Assert.True(
                wrong.Count == 0,
                "expected only " + string.Join(" or ", allowed) + ", got:\n" + string.Join("\n", list.Select(o => "  " + o.Step + " " + (MethodOf(o) ?? "?") + ": " + o.Reason)));
        }
    }
}
