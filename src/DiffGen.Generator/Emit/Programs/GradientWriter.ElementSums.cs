using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Analysis;
using DiffGen.Generator.Common;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Emit.Programs
{
    /// <content>
    /// An element a loop reads at the same index in every iteration (<c>xc[i]</c> in a loop over <c>j</c>): the reverse loop
    /// sums its adjoint in a local and adds the sum to the adjoint array once, after the loop, as a person writes
    /// <c>double s = 0; for (...) s += ...; dXc[i] += s;</c>. Adding to the array element itself at every iteration makes
    /// each iteration wait for the last one's store.
    /// </content>
    internal sealed partial class GradientWriter
    {
        /// <summary>The adjoint arrays whose element the reverse loop being written sums in a local: the element's index and the local.</summary>
        private readonly Dictionary<string, (Integer Index, string Sum)> summedElements = new Dictionary<string, (Integer, string)>(System.StringComparer.Ordinal);

        /// <summary>Before the reverse loop: a local at zero for each element the loop reads at one index only; the loop's shares to it go there.</summary>
        private List<string> StartElementSums(Loop loop, Versions at, List<CodeNode> code)
        {
            var arrays = method.Program!.Variables.Where(v => v.Kind == VariableKind.Array && analysis.IsActive(v.Name) && !summedElements.ContainsKey(v.Name)).Select(v => v.Name);
            var started = new List<string>();
            foreach ((string array, Integer index) in InvariantElementReads.Of(loop, arrays))
            {
                string sum = names.Fresh(names.Derivative(array).TrimStart('@') + (index is IntegerRead read ? Identifiers.Capitalize(read.Variable) : "Element"));
                (string element, _) = AdjointElement(array, index, at);
                code.Add(new CodeLine(p.Keyword + " " + sum + " = 0;", sum, comment: element + ", summed over the loop below", declaredType: p.Keyword, startsAtZero: true, uses: p.TakeReads()));
                summedElements[array] = (index, sum);
                started.Add(array);

                // Added once after the loop, maybe not at all: an output the loop around writes entry by entry keeps its zeroing.
                writtenOnce?.Writes(names.Derivative(array), guarded: true);
            }

            return started;
        }

        /// <summary>
        /// After the reverse loop: each sum added to its element, <c>if (dXcI != 0) dXc[i] += dXcI;</c>. Only a sum that is
        /// not zero: where nothing was added (a loop that did not run, reads a test kept from happening) the element may not
        /// exist, and the source never read it.
        /// </summary>
        private void EndElementSums(List<string> started, Versions at, List<CodeNode> code)
        {
            foreach (string array in started)
            {
                (Integer index, string sum) = summedElements[array];
                summedElements.Remove(array);
                (string target, List<string> targetReads) = AdjointElement(array, index, at);
                targetReads.Add(sum);
                if (WritesFresh(names.Derivative(array), unconditional: true, atCounter: AtCoveringCounter(index)))
                {
                    // The first share of an entry the covering loop's iteration writes fresh, which exists: the loop covers the array.
                    code.Add(new CodeLine(target + " = " + sum + ";", comment: FreshComment(names.Derivative(array)), uses: targetReads));
                    continue;
                }

                var add = new CodeLine(target + " += " + sum + ";", uses: targetReads);
                code.Add(CodeBlock.If(sum + " != 0", new[] { sum }, new List<CodeNode> { add }));
            }
        }

        /// <summary>The share of an element read that the loop being written sums in a local, else null.</summary>
        private Share? SummedShare(ActiveRead read, Symbolic.Expr amount, string shown) =>
            read.Index != null && summedElements.TryGetValue(read.Variable, out (Integer Index, string Sum) summed) && summed.Index.Equals(read.Index)
                ? new Share(summed.Sum, amount, new[] { summed.Sum }, null, shown)
                : null;
    }
}
