using System;
using System.Linq;
using DiffGen.Fuzz.Programs;
using DiffGen.Fuzz.Running;

namespace DiffGen.Fuzz.Shrinking
{
    /// <summary>
    /// Shrinks a failing case to a minimal one that fails the same way (same outcome and the same
    /// diagnostic ids), by greedy one-step <see cref="Reductions"/> until none keeps the failure.
    /// </summary>
    public static class Shrinker
    {
        public static CaseResult Shrink(CaseResult failure, int pointSeed, int budget = 250)
        {
            CaseResult current = failure;
            bool progressed = failure.Outcome != Outcome.InvalidProgram; // the fuzzer's own bug: shown as written

            while (progressed && budget > 0)
            {
                progressed = false;
                foreach (FuzzCase candidate in Reductions.Of(current.Case))
                {
                    if (--budget < 0)
                    {
                        break;
                    }

                    CaseResult result = BatchRunner.RunOne(candidate, pointSeed);
                    if (SameFailure(result, current))
                    {
                        current = result;
                        progressed = true;
                        break;
                    }
                }
            }

            return current;
        }

        private static bool SameFailure(CaseResult candidate, CaseResult original) =>
            candidate.Outcome == original.Outcome
            && candidate.DiagnosticIds == original.DiagnosticIds;

        /// <summary>The failure as a reader wants it: outcome, numbers, and the shrunk method.</summary>
        public static string Describe(CaseResult result) =>
            "[" + result.Case.Label + "] " + result.Outcome + (result.DiagnosticIds.Length > 0 ? " (" + result.DiagnosticIds + ")" : "") + "\n"
            + Trim(result.Detail) + "\n" + ProgramWriter.Standalone(result.Case);

        private static string Trim(string detail)
        {
            var lines = detail.Split('\n');
            return lines.Length <= 40 ? detail : string.Join("\n", lines.Take(40)) + "\n...";
        }
    }
}
