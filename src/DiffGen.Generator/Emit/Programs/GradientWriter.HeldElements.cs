using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Analysis;
using DiffGen.Generator.Common;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Emit.Programs
{
    /// <content>
    /// An element a loop reads at one index it neither changes nor writes (<see cref="HeldElementReads"/>) is read once into a
    /// local before the loop, <c>double xcI = i + 1 &lt; d ? xc[i] : 0;</c>, and the loop reads the local: only where the
    /// loop runs, as the element may not exist where it does not (the loop's first iteration reads it otherwise).
    /// </content>
    internal sealed partial class GradientWriter
    {
        /// <summary>Before <paramref name="loop"/> is written: its held elements' locals; <see cref="ReleaseElements"/> after it.</summary>
        private List<(string Array, Integer Index)> HoldElements(Loop loop, Versions versions, List<CodeNode> code)
        {
            var holding = new List<(string, Integer)>();
            if (!(loop.Counting is CountingLoop counting) || RunsAtAll(counting) == false)
            {
                return holding;
            }

            var arrays = method.Program!.Variables.Where(v => v.Kind == VariableKind.Array).Select(v => v.Name);
            foreach ((string array, Integer index) in HeldElementReads.Of(loop, arrays).Where(e => !p.IsHeld(e.Array, e.Index)))
            {
                p.TakeReads();
                string local = names.Fresh(array.TrimStart('@') + (index is IntegerRead read ? Identifiers.Capitalize(read.Variable) : "Element"));
                string element = p.Print(new ElementRead(array, index), versions.Of);
                string value = RunsAtAll(counting) == true
                    ? element
                    : p.Print(new IntegerComparison(counting.Comparison, counting.From, counting.Bound), versions.Of) + " ? " + element + " : 0";
                string comment = element + ", read once for the loop below" + (RunsAtAll(counting) == true ? string.Empty : " (only where it runs: the element may not exist otherwise)");
                code.Add(new CodeLine(p.Keyword + " " + local + " = " + value + ";", local, declaredType: p.Keyword, comment: comment, uses: p.TakeReads()));
                p.Hold(array, index, local, versions.Of);
                holding.Add((array, index));
            }

            return holding;
        }

        /// <summary>After the loop: its elements are read from their arrays again.</summary>
        private void ReleaseElements(List<(string Array, Integer Index)> holding)
        {
            foreach ((string array, Integer index) in holding)
            {
                p.Release(array, index);
            }
        }

        /// <summary>Whether a loop counting between two constants runs at all; null when a bound is not a constant.</summary>
        private static bool? RunsAtAll(CountingLoop counting) => (counting.From, counting.Bound) is (IntegerNumber from, IntegerNumber bound)
            ? counting.Comparison switch
            {
                ConditionOp.Less => from.Constant < bound.Constant,
                ConditionOp.LessOrEqual => from.Constant <= bound.Constant,
                ConditionOp.Greater => from.Constant > bound.Constant,
                _ => from.Constant >= bound.Constant,
            }
            : null;
    }
}
