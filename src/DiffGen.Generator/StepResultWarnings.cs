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
    }
}
