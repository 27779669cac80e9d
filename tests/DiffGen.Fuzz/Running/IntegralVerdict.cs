using System.Collections.Generic;
using System.Linq;
using DiffGen.Fuzz.Programs;
using Microsoft.CodeAnalysis;

namespace DiffGen.Fuzz.Running
{
    /// <summary>
    /// For an [Integrable] case, whether the generator's output is what the contract promises before anything is
    /// run: FIntegral exactly when no error was reported, and for one variable either FAntiderivative or the
    /// informational DIFF036 saying why there is none, never both and never neither; over a rectangle, neither.
    /// </summary>
    public static class IntegralVerdict
    {
        public const string NoClosedFormId = "DIFF036";

        /// <summary>Null when the case's members were generated as they should be; otherwise its outcome.</summary>
        public static CaseResult? Of(FuzzCase fuzzCase, IReadOnlyList<Diagnostic> diagnostics, INamedTypeSymbol? type)
        {
            Diagnostic? internalError = diagnostics.FirstOrDefault(d => d.Id is "DIFF900" or "AD0001");
            if (internalError is not null)
            {
                return new CaseResult(fuzzCase, Outcome.GeneratorFailure, internalError.ToString(), internalError.Id);
            }

            var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            string ids = string.Join(" ", errors.Select(d => d.Id).Distinct().OrderBy(id => id, System.StringComparer.Ordinal));
            bool hasIntegral = type is not null && type.GetMembers("FIntegral").Length > 0;
            bool hasAntiderivative = type is not null && type.GetMembers("FAntiderivative").Length > 0;
            Diagnostic? noClosedForm = diagnostics.FirstOrDefault(d => d.Id == NoClosedFormId);
            if (!hasIntegral)
            {
                return errors.Count == 0
                    ? new CaseResult(fuzzCase, Outcome.GeneratorFailure, "no FIntegral and no error on the method; reported: " + string.Join("; ", diagnostics))
                    : new CaseResult(fuzzCase, Outcome.Declined, string.Join("\n", errors), ids);
            }

            if (errors.Count > 0)
            {
                return new CaseResult(fuzzCase, Outcome.GeneratorFailure, "generated although the analyzer reports: " + string.Join("; ", errors), ids);
            }

            if (fuzzCase.Integral!.Variables.Length == 2)
            {
                return hasAntiderivative || noClosedForm is not null
                    ? new CaseResult(fuzzCase, Outcome.GeneratorFailure, "over a rectangle there is no closed form and no DIFF036, but " + (hasAntiderivative ? "FAntiderivative was generated" : noClosedForm))
                    : null;
            }

            if (hasAntiderivative && noClosedForm is not null)
            {
                return new CaseResult(fuzzCase, Outcome.GeneratorFailure, "FAntiderivative generated although the analyzer says there is none: " + noClosedForm, NoClosedFormId, ClosedForm: true);
            }

            return hasAntiderivative || noClosedForm is not null
                ? null
                : new CaseResult(fuzzCase, Outcome.GeneratorFailure, "no FAntiderivative and no DIFF036 saying why", ClosedForm: false);
        }
    }
}
