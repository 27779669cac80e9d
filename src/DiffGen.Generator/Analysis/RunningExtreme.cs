using System.Linq;
using DiffGen.Generator.Functions;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Analysis
{
    /// <summary>
    /// A loop that only keeps the largest (or smallest) value it visits, <c>for (...) m = Math.Max(m, e);</c>,
    /// where <c>e</c> reads neither <c>m</c> nor anything the loop changes but its index.
    /// </summary>
    /// <param name="Statement">The loop's one statement.</param>
    /// <param name="Candidate">The value each iteration offers, <c>e</c>.</param>
    internal sealed record RunningExtreme(AssignScalar Statement, Value Candidate)
    {
        /// <summary>The variable that keeps the extreme, <c>m</c>.</summary>
        public string Variable => Statement.Name;

        /// <summary>
        /// The loop, when it is such a running extreme, else null. Its derivative goes to one iteration's candidate only,
        /// the last one that moved <c>m</c> (or, when none did, to <c>m</c>'s value before the loop): the reverse sweep
        /// needs that iteration's index, not the value of <c>m</c> at every iteration.
        /// </summary>
        public static RunningExtreme? Of(Loop loop)
        {
            if (loop.Counting == null || loop.Body.Count != 1 || !(loop.Body[0] is AssignScalar { Value: MathCall { Function: ElementaryFunction.Max or ElementaryFunction.Min } call } statement)
                || call.Arguments.Count != 2)
            {
                return null;
            }

            string kept = statement.Name;
            int own = call.Arguments[0] is Read { Variable: var first } && first == kept ? 0
                : call.Arguments[1] is Read { Variable: var second } && second == kept ? 1
                : -1;
            if (own < 0)
            {
                return null;
            }

            // A call would need its forward outputs at the chosen iteration; a candidate that reads m is not a plain extreme.
            Value candidate = call.Arguments[1 - own];
            return ProgramFacts.Reads(candidate).Contains(kept) || ProgramFacts.CallsAMethod(candidate) ? null : new RunningExtreme(statement, candidate);
        }
    }
}
