using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using DiffGen.Fuzz.Running;

namespace DiffGen.Fuzz
{
    /// <summary>The table of family × outcome, the declines by diagnostic id, the closed forms found for integrands, and one summary line.</summary>
    public static class Report
    {
        private static readonly Outcome[] Columns = (Outcome[])Enum.GetValues(typeof(Outcome));

        public static string Table(IReadOnlyList<CaseResult> results)
        {
            var text = new StringBuilder();
            var rows = results.GroupBy(r => r.Case.Label).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
            text.Append("| family | methods | ").Append(string.Join(" | ", Columns.Select(Name))).Append(" |\n");
            text.Append("| --- | ---: | ").Append(string.Join(" | ", Columns.Select(_ => "---:"))).Append(" |\n");
            foreach (var row in rows)
            {
                text.Append("| ").Append(row.Key).Append(" | ").Append(row.Count());
                foreach (Outcome column in Columns)
                {
                    text.Append(" | ").Append(row.Count(r => r.Outcome == column));
                }

                text.Append(" |\n");
            }

            text.Append("| **all** | ").Append(results.Count);
            foreach (Outcome column in Columns)
            {
                text.Append(" | ").Append(results.Count(r => r.Outcome == column));
            }

            text.Append(" |\n");
            var declines = results.Where(r => r.Outcome is Outcome.Declined or Outcome.DeclinedAsDocumented)
                .SelectMany(r => r.DiagnosticIds.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                .GroupBy(id => id)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .ToList();
            if (declines.Count > 0)
            {
                text.Append("\nDeclines by diagnostic id: ").Append(string.Join(", ", declines.Select(g => g.Key + " × " + g.Count()))).Append('\n');
            }

            text.Append(ClosedForms(results));
            return text.ToString();
        }

        /// <summary>
        /// For the integrals family: how many integrands of one variable got a closed-form antiderivative, overall and by
        /// the grammar's production (the others got DIFF036 and their integral by quadrature). Empty without such cases.
        /// </summary>
        public static string ClosedForms(IReadOnlyList<CaseResult> results)
        {
            var known = results.Where(r => r.ClosedForm is not null).ToList();
            if (known.Count == 0)
            {
                return "";
            }

            var text = new StringBuilder();
            text.Append("\nClosed forms: ").Append(Share(known)).Append(" of the integrands of one variable whose integral was generated\n\n");
            text.Append("| shape | methods | closed form |\n| --- | ---: | ---: |\n");
            foreach (var shape in known.GroupBy(r => r.Case.Integral!.Shape).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                text.Append("| ").Append(shape.Key).Append(" | ").Append(shape.Count()).Append(" | ").Append(Share(shape.ToList())).Append(" |\n");
            }

            return text.ToString();
        }

        private static string Share(IReadOnlyCollection<CaseResult> results)
        {
            int found = results.Count(r => r.ClosedForm == true);
            return string.Format(CultureInfo.InvariantCulture, "{0} ({1:F0} %)", found, 100.0 * found / results.Count);
        }

        public static string Summary(IReadOnlyList<CaseResult> results, int seed, TimeSpan elapsed) =>
            string.Format(
                CultureInfo.InvariantCulture,
                "{0} methods, seed {1}: {2} pass, {3} wrong, {4} uncompilable, {5} generator failures, {6} run-time exceptions, {7} declined ({8} as documented), {9} untested, {10} invalid programs; {11:F0} s",
                results.Count,
                seed,
                Count(results, Outcome.Pass),
                Count(results, Outcome.Wrong),
                Count(results, Outcome.Uncompilable),
                Count(results, Outcome.GeneratorFailure),
                Count(results, Outcome.RuntimeException),
                Count(results, Outcome.Declined) + Count(results, Outcome.DeclinedAsDocumented),
                Count(results, Outcome.DeclinedAsDocumented),
                Count(results, Outcome.Untested),
                Count(results, Outcome.InvalidProgram),
                elapsed.TotalSeconds);

        private static int Count(IReadOnlyList<CaseResult> results, Outcome outcome) => results.Count(r => r.Outcome == outcome);

        private static string Name(Outcome outcome) => outcome switch
        {
            Outcome.GeneratorFailure => "generator failure",
            Outcome.RuntimeException => "exception",
            Outcome.DeclinedAsDocumented => "declined as documented",
            Outcome.InvalidProgram => "invalid program",
            _ => outcome.ToString().ToLowerInvariant(),
        };
    }
}
