using DiffGen.Fuzz.Programs;

namespace DiffGen.Fuzz.Running
{
    /// <summary>What became of one fuzzed method.</summary>
    public enum Outcome
    {
        /// <summary>Every checked derivative agreed with the oracle.</summary>
        Pass,

        /// <summary>A value, partial or gradient entry disagreed with the oracle.</summary>
        Wrong,

        /// <summary>The generated code does not compile, has warnings, or lacks a member the contract promises.</summary>
        Uncompilable,

        /// <summary>The generator or analyzer threw (CS8785, AD0001), reported DIFF900, produced nothing without a diagnostic, or disagreed with the analyzer.</summary>
        GeneratorFailure,

        /// <summary>Generated code threw, or ran without end.</summary>
        RuntimeException,

        /// <summary>A method made only of supported constructs got an error diagnostic and no output.</summary>
        Declined,

        /// <summary>A method with a construct the docs list as not supported yet got its DIFF015 and no output.</summary>
        DeclinedAsDocumented,

        /// <summary>No point in the method's domain and away from its branch boundaries was found.</summary>
        Untested,

        /// <summary>The fuzzer wrote a program that does not compile, or whose oracle disagrees with the method itself: a fuzzer bug.</summary>
        InvalidProgram,
    }

    /// <summary>
    /// What became of one case; <see cref="ClosedForm"/>, for an [Integrable] case of one variable whose integral was
    /// generated, says whether DiffGen also found a closed-form antiderivative (null for every other case).
    /// </summary>
    public sealed record CaseResult(FuzzCase Case, Outcome Outcome, string Detail = "", string DiagnosticIds = "", bool? ClosedForm = null)
    {
        public bool IsFailure => Outcome is Outcome.Wrong or Outcome.Uncompilable or Outcome.GeneratorFailure
            or Outcome.RuntimeException or Outcome.Declined or Outcome.InvalidProgram;
    }
}
