using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Analysis
{
    /// <summary>
    /// Store instead of recompute, for a buffer each iteration of a loop fills anew (<c>qxc</c>, Q times a centred point):
    /// the reverse sweep, taking an iteration back, needs the buffer as the iteration left it. It could run the
    /// iteration's writes again (what it does for a cheap buffer); where filling it is a loop nest of its own
    /// (a triangular matrix times a vector: d²/2 products for d elements), keeping a copy per iteration and copying it
    /// back costs 2·d loads and stores instead.
    /// </summary>
    internal static class KeptBuffers
    {
        /// <summary>
        /// The local arrays the reverse sweep takes back as <paramref name="loop"/>'s iterations left them, from a copy
        /// the forward sweep keeps: arrays the loop fills anew (<see cref="ArrayOverwrites.RenewedBy"/>), whose every
        /// element read in an iteration is never written again in that iteration (none of its writes there is taped,
        /// and none is undone first), so the copy at the iteration's end is what every read saw; and some write of
        /// which sits in a loop inside a loop inside this one. None for a loop an iteration may leave early (a
        /// <c>continue</c>): the copy at the end of its body would be skipped, and the reverse iteration would read a
        /// copy never made.
        /// </summary>
        public static IReadOnlyList<string> Of(Loop loop, ArrayOverwrites overwrites)
        {
            if (loop.Counting == null || ProgramFacts.MayLeave(loop.Body))
            {
                return new List<string>();
            }

            var undone = new HashSet<string>(overwrites.UndoneBefore(loop).Select(w => w.Array), System.StringComparer.Ordinal);
            var writes = ProgramFacts.All(loop.Body).OfType<AssignElement>().ToList();
            var deep = new HashSet<string>(DeepWrites(loop.Body, 0), System.StringComparer.Ordinal);
            return overwrites.RenewedBy
                .Where(r => ReferenceEquals(r.Value, loop) && !undone.Contains(r.Key) && deep.Contains(r.Key)
                    && writes.Where(w => w.Array == r.Key).All(w => !overwrites.IsTaped(w)))
                .Select(r => r.Key)
                .OrderBy(a => a, System.StringComparer.Ordinal)
                .ToList();
        }

        /// <summary>The arrays written inside at least two loops nested in the block's own loop.</summary>
        private static IEnumerable<string> DeepWrites(IEnumerable<Statement> block, int depth)
        {
            foreach (Statement statement in block)
            {
                switch (statement)
                {
                    case AssignElement write when depth >= 2:
                        yield return write.Array;
                        break;
                    case Loop inner:
                        foreach (string array in DeepWrites(inner.Body, depth + 1))
                        {
                            yield return array;
                        }

                        break;
                    case IfStatement branch:
                        foreach (string array in DeepWrites(branch.Then.Concat(branch.Else), depth))
                        {
                            yield return array;
                        }

                        break;
                }
            }
        }
    }
}
