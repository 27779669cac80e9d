using System.Collections.Generic;

namespace DiffGen.Generator.Emit.Programs
{
    /// <summary>
    /// The outputs a fused loop writes entry by entry (<see cref="Analysis.OutputWrites"/>): the first contribution an
    /// iteration makes to one, when nothing guards it, is written with <c>=</c>, and the output is then not zeroed before
    /// the loop. An output whose first contribution is guarded (an element read only when a test holds), or that gets
    /// none, keeps its zeroing and its <c>+=</c>: every entry must be written on every path.
    /// </summary>
    internal sealed class WrittenOnce
    {
        private readonly Dictionary<string, bool?> assigned = new Dictionary<string, bool?>(System.StringComparer.Ordinal);

        public WrittenOnce(IEnumerable<string> outputs)
        {
            foreach (string output in outputs)
            {
                assigned[output] = null;
            }
        }

        /// <summary>Whether this contribution to <paramref name="output"/> writes it (<c>=</c>) rather than adds to it; records it either way.</summary>
        public bool Writes(string? output, bool guarded)
        {
            if (output == null || !assigned.TryGetValue(output, out bool? state) || state != null)
            {
                return false;
            }

            assigned[output] = !guarded;
            return !guarded;
        }

        /// <summary>The outputs an unguarded first contribution writes: they need no zeroing.</summary>
        public IEnumerable<string> Written
        {
            get
            {
                foreach (KeyValuePair<string, bool?> output in assigned)
                {
                    if (output.Value == true)
                    {
                        yield return output.Key;
                    }
                }
            }
        }
    }
}
