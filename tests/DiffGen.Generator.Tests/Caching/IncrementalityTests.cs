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

namespace DiffGen.Generator.Tests.Caching
{
    /// <summary>
    /// The pipeline caches (for methods with and without loops): a rerun, an unrelated edit or a new file re-emits nothing; an edit of
    /// one method re-emits that method only; output is byte-identical across drivers; and no
    /// pipeline model holds a Roslyn object.
    /// </summary>
    public sealed class IncrementalityTests
    {
        private const string Functions = @"
using System;
using DiffGen;

namespace Samples
{
    public static partial class Functions
    {
        [Differentiable]
        public static double Square(double x) => x * x;

        [Differentiable]
        public static double Wave(double x, double t)
        {
            double phase = x - 2 * t;
            return Math.Sin(phase) * Math.Exp(-t);
        }

        // A method with a loop and arrays: lowered to statements (LoweredMethod.Program), cached the same way.
        [Differentiable(""w"")]
        public static double LogSumExp(double[] w, double[] x)
        {
            double sum = 0;
            for (int i = 0; i < w.Length; i++)
            {
                sum += Math.Exp(w[i] * x[i]);
            }

            return Math.Log(sum);
        }
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

        private static readonly string[] Steps = { TrackingNames.Lowered, TrackingNames.Emitted };

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
            SyntaxTree extra = Parse(first.Input, "namespace Samples { public sealed class Extra { public double Value; } }", "Extra.cs");
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
            CSharpCompilation edited = Edit(first.Input, "Source1.cs", text => "// Helpers for the samples.\n" + text);
            GeneratorDriver second = first.Driver.RunGenerators(edited);

            foreach (string step in Steps)
            {
                AssertAll(second.Outputs(step), Cached, Unchanged);
            }

            AssertAll(second.SourceOutputs(), Cached, Unchanged);
        }

        [Fact]
        public void EditingOneMethodReEmitsOnlyThatMethod()
        {
            GeneratorRun first = Run();
            CSharpCompilation edited = Edit(first.Input, "Source0.cs", text => text.Replace("x - 2 * t", "x - 3 * t"));
            GeneratorDriver second = first.Driver.RunGenerators(edited);

            foreach (string step in Steps)
            {
                AssertAll(second.Outputs(step).Where(o => MethodOf(o) == "Wave"), Modified);
                AssertAll(second.Outputs(step).Where(o => MethodOf(o) == "Square"), Cached, Unchanged);
            }

            Assert.Contains("3 * t", TextOf(second, "Wave"), StringComparison.Ordinal);
        }

        [Fact]
        public void EditingAMethodAboveAnotherReEmitsOnlyTheEditedOne()
        {
            // The edit moves Wave down the file: Wave's lowered model changes (its location), its output must not.
            GeneratorRun first = Run();
            CSharpCompilation edited = Edit(first.Input, "Source0.cs", text => text.Replace("=> x * x;", "=> x * x * x;"));
            GeneratorDriver second = first.Driver.RunGenerators(edited);

            AssertAll(second.Outputs(TrackingNames.Emitted).Where(o => MethodOf(o) == "Square"), Modified);
            AssertAll(second.Outputs(TrackingNames.Emitted).Where(o => MethodOf(o) == "Wave"), Cached, Unchanged);
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
            var generator = new DifferentiableGenerator(m => m.Name == "Square" ? throw new InvalidOperationException("test") : SourceEmitter.Emit(m));
            GeneratorDriver driver = GeneratorHarness.Run(GeneratorHarness.Compile(Functions, Unrelated), generator).Driver;

            var ours = driver.AllOutputs().Where(o => o.Value.GetType().Assembly == typeof(DifferentiableGenerator).Assembly).ToList();
            Assert.Contains(ours, o => o.Step == TrackingNames.Lowered);
            Assert.Contains(ours, o => o.Step == TrackingNames.Emitted);
            Assert.Contains(ours, o => o.Value is EmissionStep { Error: not null });
            var found = ours.SelectMany(o => RoslynObjectGraph.FindInValue(o.Value).Select(path => o.Step + ": " + path))
                .Concat(ours.Select(o => o.Value.GetType()).Distinct().SelectMany(RoslynObjectGraph.FindInDeclaredTypes))
                .ToList();
            Assert.True(found.Count == 0, "pipeline models hold Roslyn objects:\n" + string.Join("\n", found));
        }

        private static GeneratorRun Run() => GeneratorHarness.Run(GeneratorHarness.Compile(Functions, Unrelated));

        private static SyntaxTree Parse(CSharpCompilation compilation, string text, string path) =>
            CSharpSyntaxTree.ParseText(text, (CSharpParseOptions)compilation.SyntaxTrees.First().Options, path);

        /// <summary>Replaces the text of the file at <paramref name="path"/> as an editor would (an incremental change to the same tree).</summary>
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
            LoweringStep step => step.Method?.Name ?? step.Error?.MethodName,
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
