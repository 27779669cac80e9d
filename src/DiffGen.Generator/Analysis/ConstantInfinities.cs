using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Common;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Analysis
{
    /// <summary>
    /// The variables and arrays that may hold an infinity the method writes as a constant: a dynamic-programming table
    /// bordered with <c>double.PositiveInfinity</c> (soft-DTW, edit distances), a log-space start at
    /// <c>double.NegativeInfinity</c>, and whatever is computed from them by arithmetic, calls or the arms of a choice (a
    /// fixpoint over the statements; tests and indices pass nothing on). Where such a value is infinite it is a constant:
    /// −∞ / γ is −∞ whatever γ is, so nothing flows through it, and the generated members must not multiply its zero
    /// derivative by an infinite partial (0·∞ is NaN). Infinities that arise at run time from finite constants
    /// (<c>Math.Log(p)</c> at p = 0, an overflow) are not followed.
    /// </summary>
    internal static class ConstantInfinities
    {
        public static HashSet<string> Of(IEnumerable<Statement> body)
        {
            var definitions = ProgramFacts.All(body).Select(ProgramFacts.Definition).Where(d => d.Target != null).ToList();
            return Fixpoint.Grow(infinite =>
            {
                bool grew = false;
                foreach ((string? target, IEnumerable<Value> values) in definitions)
                {
                    if (!infinite.Contains(target!) && values.Any(v => MayBeInfinite(v, infinite)))
                    {
                        grew |= infinite.Add(target!);
                    }
                }

                return grew;
            });
        }

        /// <summary>Whether a value writes an infinite constant or reads, outside its tests and indices, a variable or array that may hold one.</summary>
        public static bool MayBeInfinite(Value value, ISet<string> infinite) => ProgramFacts.Within(value).Any(node => node switch
        {
            Number n => double.IsInfinity(n.Constant),
            NamedNumber n => double.IsInfinity(n.Constant),
            Read r => infinite.Contains(r.Variable),
            ElementRead e => infinite.Contains(e.Array),
            CallValue c => c.Arguments.Any(a => a.Array != null && infinite.Contains(a.Array)),
            _ => false,
        });
    }
}
