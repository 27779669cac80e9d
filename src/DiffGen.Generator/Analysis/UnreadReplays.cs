using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Common;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Analysis
{
    /// <summary>
    /// Whether an iteration the reverse sweep computes again needs the writes it undid run again
    /// (<see cref="ArrayOverwrites.UndoneBefore"/>). It does not when nothing in the iteration reads the array once
    /// the first statement writing it has begun, except each write its own element (<c>w[k] += mu * e * x[t - k]</c>
    /// of an LMS filter's update), and no write's derivatives read the element it wrote as standing for its value
    /// (<see cref="ArrayOverwrites.Holds"/>, tanh' = 1 − h[i]²): the values the writes would compute again are then
    /// taken back unread, each write's tape putting its element back.
    /// </summary>
    internal static class UnreadReplays
    {
        /// <summary>
        /// True when every write of <paramref name="array"/> in <paramref name="body"/> is undone
        /// (<paramref name="undone"/>) and its element does not stand for its value, and nothing reads the array from the first top-level statement that writes it
        /// on (in a loop around a write, a read before it may follow it in a later iteration), but each write its element.
        /// </summary>
        public static bool Holds(IReadOnlyList<Statement> body, string array, IReadOnlyCollection<AssignElement> undone, ArrayOverwrites overwrites)
        {
            var undoneWrites = new HashSet<Statement>(undone, ReferenceComparer.Instance);
            bool written = false;
            foreach (Statement top in body)
            {
                var within = ProgramFacts.All(new[] { top }).ToList();
                if (within.Any(s => s is AssignElement write && write.Array == array && (!undoneWrites.Contains(write) || StandsForItsValue(write, overwrites))))
                {
                    return false;
                }

                written |= within.Any(s => s is AssignElement write && write.Array == array);
                if (written && within.Any(s => ReadsOtherThanItsElement(s, array)))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Whether the write's derivatives read its element as standing for the value written (an addition's never do).</summary>
        private static bool StandsForItsValue(AssignElement write, ArrayOverwrites overwrites) => overwrites.Holds(write) && ProgramFacts.AccumulatedTerm(write) == null;

        /// <summary>
        /// Whether the statement reads the array, other than an element write that reads at most the element it writes,
        /// and that only to add to it (<c>a[k] += e</c>, e not reading a).
        /// </summary>
        private static bool ReadsOtherThanItsElement(Statement statement, string array) => statement is AssignElement write && write.Array == array
            ? ProgramFacts.Reads(write.Index).Contains(array) || (ProgramFacts.AccumulatedTerm(write) == null && ProgramFacts.Reads(write.Value).Contains(array))
            : ProgramFacts.OwnReads(statement).Contains(array);
    }
}
