using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Functions;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Analysis
{
    /// <summary>
    /// A result that depends on the differentiated inputs only through comparisons: no returned value reads one of them by
    /// arithmetic, yet a test does (a bisection whose midpoints start from constant ends, <c>x &gt; 0 ? 1.0 : 0.0</c>). Such a
    /// result is constant between the points where a test flips, so its derivative is exactly 0 wherever it exists: right for
    /// the program as written, and almost never what its author wants, who differentiates the root the search converges to.
    /// </summary>
    internal static class StepResults
    {
        /// <summary>
        /// The variables that carry a derivative (<see cref="ProgramFacts.Active"/>) when no value the program returns reads one
        /// by arithmetic and the method calls no <c>Gradient.Stop</c> (which says that what carries no derivative is meant);
        /// empty otherwise. Whether a test reads one of them is the caller's question.
        /// </summary>
        public static ISet<string> ActiveTestedOnly(LoopProgram program)
        {
            ISet<string> active = Active(program);
            return Returned(program).SelectMany(ProgramFacts.FloatReads).Any(active.Contains) ? new HashSet<string>(System.StringComparer.Ordinal) : active;
        }

        /// <summary>
        /// The variables that carry a derivative (<see cref="ProgramFacts.Active"/>) when the method returns a value and calls
        /// no <c>Gradient.Stop</c> (which says that what carries no derivative is meant); empty otherwise.
        /// </summary>
        public static ISet<string> Active(LoopProgram program)
        {
            var none = new HashSet<string>(System.StringComparer.Ordinal);
            var differentiated = program.Variables.Where(v => v.IsParameter && v.IsDifferentiated).Select(v => v.Name).ToList();
            List<Value> returned = Returned(program);
            // A Gradient.Stop anywhere says the author has thought of what carries no derivative (Stop(count) / n).
            bool stops = ProgramFacts.All(program.Body).SelectMany(ProgramFacts.OwnValues).Concat(returned)
                .SelectMany(ProgramFacts.Within).Any(v => v is MathCall { Function: ElementaryFunction.Stop });
            return differentiated.Count == 0 || returned.Count == 0 || stops ? none : ProgramFacts.Active(program.Body, differentiated);
        }

        private static List<Value> Returned(LoopProgram program) =>
            ProgramFacts.All(program.Body).OfType<Return>().Select(r => r.Value).Concat(program.EarlyReturns.Select(e => e.Result)).ToList();
    }
}
