using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Analysis;
using DiffGen.Generator.Diagnostics;
using DiffGen.Generator.Ir;
using DiffGen.Generator.Lowering;
using Microsoft.CodeAnalysis;

namespace DiffGen.Generator
{
    /// <summary>
    /// DIFF012, the warning of a piecewise-constant function, for a method whose result depends on its differentiated
    /// parameters only through comparisons (<see cref="StepResults"/>): a bisection or a grid search for a root, a step
    /// function. Its generated derivatives are 0 wherever they exist, as the program's are, without saying so otherwise;
    /// the warning stands at the first comparison that reads a value carrying a derivative. The method is still generated.
    /// </summary>
    internal static class StepResultWarnings
    {
        public static void Report(string method, LoopProgram program, IReadOnlyList<(Comparison Test, Location Location, string Written)> comparisons, List<Problem> problems)
        {
            ISet<string> active = StepResults.ActiveTestedOnly(program);
            if (active.Count == 0)
            {
                ReportSearch(method, program, comparisons, problems);
                return;
            }

            foreach ((Comparison test, Location location, string written) in comparisons)
            {
                if (ProgramFacts.Reads(test).Any(active.Contains))
                {
                    problems.Add(new Problem(
                        DiagnosticDescriptors.PiecewiseConstant,
                        location,
                        "The result of '" + method + "', which depends on its differentiated parameters only through comparisons such as '" + written + "',",
                        "is constant between the points where their outcomes change (a staircase, as a bisection's midpoints are), so its derivative is 0 wherever it exists; "
                        + "to differentiate the root a search converges to, compute it with Newton's step (x -= f / df), which carries the derivative, or give the method a [DerivativeOf]"));
                    return;
                }
            }
        }

        /// <summary>
        /// A bracketing search (<see cref="BracketingSearches"/>) in a method whose result reads the parameters by arithmetic too:
        /// the warning at the comparison that chooses which end moves (for a flag set from one, the first comparison it reads).
        /// </summary>
        private static void ReportSearch(string method, LoopProgram program, IReadOnlyList<(Comparison Test, Location Location, string Written)> comparisons, List<Problem> problems)
        {
            ISet<string> active = StepResults.Active(program);
            if (active.Count == 0 || !(BracketingSearches.First(program, active) is (Test search, ISet<string> reads)))
            {
                return;
            }

            var inside = ExpressionWalk.SelfAndDescendants(search).ToList();
            (Comparison Test, Location Location, string Written)? at = comparisons.Where(c => inside.Any(node => ReferenceEquals(node, c.Test))).Cast<(Comparison, Location, string)?>().FirstOrDefault()
                ?? comparisons.Where(c => ProgramFacts.Reads(c.Test).Any(reads.Contains) && ProgramFacts.Reads(c.Test).Any(active.Contains)).Cast<(Comparison, Location, string)?>().FirstOrDefault();
            if (at is (Comparison _, Location location, string written))
            {
                problems.Add(new Problem(
                    DiagnosticDescriptors.PiecewiseConstant,
                    location,
                    "The comparison '" + written + "' chooses which end of a bracket moves, and each end moves to a value computed from the ends alone (a bisection or golden-section search):",
                    "the derivative of '" + method + "' is that of the path of tests taken (a fixed mix of the starting ends), not of the root or optimum the search converges to, "
                    + "which moves with the parameters through this comparison; compute the root with Newton's step (x -= f / df), which carries the derivative, "
                    + "or give the search a method of its own with a [DerivativeOf] (the implicit function theorem: dx/dp = -(∂f/∂p) / (∂f/∂x))"));
            }
        }
    }
}
