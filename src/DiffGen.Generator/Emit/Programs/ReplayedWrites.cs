using System.Collections.Generic;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Emit.Programs
{
    /// <summary>
    /// Which element writes an iteration the reverse sweep computes again runs: the writes of the arrays it makes or
    /// fills anew (keeping what they overwrite, as the forward sweep did), and the writes it undid first (keeping
    /// nothing: the forward sweep kept it already). The other arrays hold what the reverse sweep needs.
    /// </summary>
    internal sealed class ReplayedWrites
    {
        private readonly Loop loop;
        private readonly ISet<string> skipped;
        private readonly ISet<string> unkept;

        public ReplayedWrites(Loop loop, ISet<string> skipped, ISet<string> unkept)
        {
            this.loop = loop;
            this.skipped = skipped;
            this.unkept = unkept;
        }

        /// <summary>Whether the replay runs writes to the array (null: the forward sweep, which runs them all).</summary>
        public static bool Runs(ReplayedWrites? replay, string array) => replay == null || !replay.skipped.Contains(array);

        /// <summary>
        /// Whether a taped write, run here, keeps the value it overwrites: where the reverse sweep will take it back from.
        /// A write whose array a loop around it makes or fills anew (<paramref name="renewing"/>) is taken back in that
        /// loop's recomputed iterations, which run it again; any other write, after the forward sweep's run of it (a
        /// recomputed iteration that undid it runs it again without keeping).
        /// </summary>
        public static bool Keeps(ReplayedWrites? replay, string array, Loop? renewing) =>
            renewing != null ? replay != null && ReferenceEquals(replay.loop, renewing) : replay == null || !replay.unkept.Contains(array);
    }
}
