using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Analysis
{
    /// <summary>
    /// Array parameters whose every element one loop reads once per iteration, at its counter, and nothing else reads
    /// (<c>for (int i = 0; i &lt; w.Length; i++) { double r = w[i] * x[i] - y[i]; ... }</c>): each entry of such a
    /// parameter's gradient comes from one iteration alone, so that iteration can write it (<c>dW[i] = ...</c>) instead of
    /// adding to an output zeroed first.
    /// </summary>
    internal static class OutputWrites
    {
        /// <summary>
        /// The arrays among <paramref name="arrays"/> that <paramref name="loop"/> covers: it counts from 0 up to the
        /// array's length, leaves no iteration early, and holds, as statements of its own body (not inside an if or a
        /// nested loop), every read of the array in <paramref name="body"/>, each at the counter.
        /// </summary>
        public static ISet<string> CoveredBy(Loop loop, IReadOnlyList<Statement> body, IEnumerable<string> arrays)
        {
            var covered = new HashSet<string>(System.StringComparer.Ordinal);
            if (!(loop.Counting is CountingLoop { From: IntegerNumber { Constant: 0 }, Comparison: ConditionOp.Less } counting) || ProgramFacts.MayLeave(loop.Body))
            {
                return covered;
            }

            var own = new HashSet<Statement>(loop.Body, ReferenceComparer.Instance);
            var all = ProgramFacts.All(body).ToList();
            foreach (string array in arrays)
            {
                if (!(counting.Bound is LengthOf length && length.Array == array))
                {
                    continue;
                }

                var reads = all.SelectMany(s => ElementReads.Of(s, array).Select(index => (Statement: s, Index: index))).ToList();
                if (reads.Count > 0 && reads.All(r => own.Contains(r.Statement) && r.Index is IntegerRead read && read.Variable == counting.Index))
                {
                    covered.Add(array);
                }
            }

            return covered;
        }
    }
}
