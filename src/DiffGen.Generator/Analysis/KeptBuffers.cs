using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Analysis
{
    /// <summary>
    /// Store instead of recompute, for a buffer each iteration of a loop fills anew (<c>qxc</c>, Q times a centred point;
    /// <c>xc</c>, the centred point): the reverse sweep, taking an iteration back, needs the buffer as the iteration left
    /// it. Filling it again costs what filling it cost (the triangle's d²/2 products for qxc); where only the loop uses the
    /// buffer, the forward sweep fills each iteration's row of a tape instead of the buffer itself, at no cost, and the
    /// reverse sweep reads the row there.
    /// </summary>
    internal static class KeptBuffers
    {
        /// <summary>
        /// The local arrays the reverse sweep reads as <paramref name="loop"/>'s iterations left them, in the rows of a tape
        /// the forward sweep fills in their place: arrays the loop fills anew (<see cref="ArrayOverwrites.RenewedBy"/>),
        /// whose every element read in an iteration is never written again in that iteration (none of its writes there is
        /// taped, and none is undone first), so the row holds what every read saw; and which only the loop uses
        /// (<see cref="IsLoopsAlone"/>). None for a loop an iteration may leave early (a <c>continue</c>).
        /// </summary>
        public static IReadOnlyList<string> Of(Loop loop, ArrayOverwrites overwrites, IReadOnlyList<Statement> body)
        {
            if (loop.Counting == null || ProgramFacts.MayLeave(loop.Body))
            {
                return new List<string>();
            }

            var undone = new HashSet<string>(overwrites.UndoneBefore(loop).Select(w => w.Array), System.StringComparer.Ordinal);
            var writes = ProgramFacts.All(loop.Body).OfType<AssignElement>().ToList();
            return overwrites.RenewedBy
                .Where(r => ReferenceEquals(r.Value, loop) && !undone.Contains(r.Key) && IsLoopsAlone(loop, r.Key, body)
                    && writes.Where(w => w.Array == r.Key).All(w => !overwrites.IsTaped(w)))
                .Select(r => r.Key)
                .OrderBy(a => a, System.StringComparer.Ordinal)
                .ToList();
        }

        /// <summary>
        /// Whether <paramref name="array"/> is the loop's alone: nothing outside <paramref name="loop"/> mentions it but its
        /// declaration (with no elements given), and nothing inside passes it to a call (which takes an array, not a row).
        /// </summary>
        public static bool IsLoopsAlone(Loop loop, string array, IEnumerable<Statement> body)
        {
            var within = new HashSet<Statement>(ProgramFacts.All(new Statement[] { loop }), ReferenceComparer.Instance);
            foreach (Statement statement in ProgramFacts.All(body))
            {
                if (within.Contains(statement))
                {
                    if (ProgramFacts.OwnValues(statement).Any(v => PassesToCall(v, array)))
                    {
                        return false;
                    }

                    continue;
                }

                bool mentions = statement switch
                {
                    DeclareArray declared when declared.Name == array => declared.Elements.Count > 0,
                    AssignElement write when write.Array == array => true,
                    _ => ProgramFacts.OwnReads(statement).Contains(array),
                };
                if (mentions)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Whether the value passes the array to a method it calls.</summary>
        private static bool PassesToCall(Value value, string array) =>
            ProgramFacts.Within(value).OfType<CallValue>().Any(call => call.Arguments.Any(a => a.Array == array));
    }
}
