using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace DiffGen.Generator.Tests.Infrastructure
{
    /// <summary>One output of a tracked pipeline step: its value and why the driver produced it.</summary>
    public readonly record struct StepOutput(string Step, object Value, IncrementalStepRunReason Reason)
    {
        public override string ToString() => Step + ": " + Value + " (" + Reason + ")";
    }

    /// <summary>Reads the tracked steps of the last run of a driver (made with step tracking on, as <see cref="GeneratorHarness.Run"/> does).</summary>
    public static class TrackedSteps
    {
        /// <summary>Every output of the step named <paramref name="step"/> in the last run.</summary>
        public static IReadOnlyList<StepOutput> Outputs(this GeneratorDriver driver, string step)
        {
            GeneratorRunResult result = driver.GetRunResult().Results.Single();
            return result.TrackedSteps.TryGetValue(step, out ImmutableArray<IncrementalGeneratorRunStep> runs)
                ? runs.SelectMany(run => run.Outputs).Select(o => new StepOutput(step, o.Value, o.Reason)).ToList()
                : new List<StepOutput>();
        }

        /// <summary>Every output of every tracked step in the last run, including Roslyn's own steps.</summary>
        public static IReadOnlyList<StepOutput> AllOutputs(this GeneratorDriver driver) =>
            driver.GetRunResult().Results.Single().TrackedSteps
                .SelectMany(step => step.Value.SelectMany(run => run.Outputs).Select(o => new StepOutput(step.Key, o.Value, o.Reason)))
                .ToList();

        /// <summary>Every output of the source-output steps (the <c>RegisterSourceOutput</c> callbacks) in the last run.</summary>
        public static IReadOnlyList<StepOutput> SourceOutputs(this GeneratorDriver driver) =>
            driver.GetRunResult().Results.Single().TrackedOutputSteps
                .SelectMany(step => step.Value.SelectMany(run => run.Outputs).Select(o => new StepOutput(step.Key, o.Value, o.Reason)))
                .ToList();
    }
}
