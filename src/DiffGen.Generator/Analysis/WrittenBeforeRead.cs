using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Analysis
{
    /// <summary>
    /// Whether a read of an array element always follows, in the same pass, a write of that very element that does
    /// not read the array (<c>h[j] = Math.Tanh(z)</c> in one loop over j, <c>s += h[j] * v[j]</c> in a later loop with
    /// the same bounds): then the read sees only what that pass computed, and running the pass again recomputes it.
    /// </summary>
    internal static class WrittenBeforeRead
    {
        public static bool Holds(StatementSites sites, Site read, Integer? index, IEnumerable<AssignElement> writes, string array)
        {
            if (index == null)
            {
                return false;
            }

            foreach (AssignElement write in writes)
            {
                if (ProgramFacts.AccumulatedTerm(write) == null && !ProgramFacts.Reads(write.Value).Contains(array) && Precedes(sites, sites.Of(write), write.Index, read, index, array))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The write runs unconditionally before the read in the block where they part, at the same element: either
        /// directly in that block with the same index, or as the whole body of a counting loop whose range holds the
        /// read's index (<see cref="Covers"/>) or that a later loop with the same bounds mirrors around the read.
        /// </summary>
        private static bool Precedes(StatementSites sites, Site write, Integer writeIndex, Site read, Integer readIndex, string array)
        {
            (int level, bool before) = StatementSites.Meet(write, read);
            if (!before || level >= read.Frames.Count)
            {
                return false;
            }

            IReadOnlyList<Statement> block = sites.Block(write.Frames[level].Block);
            int from = write.Frames[level].Position;
            int to = read.Frames[level].Position;
            Statement carrier = write.Chain[level];
            Statement around = read.Chain[level];
            var between = block.Skip(from + 1).Take(to - from - 1).Concat(new[] { around }).ToList();
            ISet<string> changedBetween = ProgramFacts.Assigned(between);
            if (ReferenceEquals(carrier, write.Statement))
            {
                return readIndex.Equals(writeIndex) && !ProgramFacts.Reads(writeIndex).Any(changedBetween.Contains);
            }

            if (!(carrier is Loop { Counting: CountingLoop fill } filled) || write.Frames.Count != level + 2 || ProgramFacts.MayLeave(filled.Body))
            {
                return false;
            }

            if (Covers(filled, fill, writeIndex, read, readIndex, level, changedBetween) || FillsAll(sites, fill, writeIndex, array))
            {
                return true;
            }

            // for (j ...) { ...; h[j] = e; } ... for (j ...) { ... h[j] ... }: the same bounds, the element of the same iteration.
            if (!(carrier is Loop { Counting: CountingLoop first } filling)
                || !(around is Loop { Counting: CountingLoop second } reading) || first.Comparison != second.Comparison
                || !first.From.Equals(second.From) || !first.Bound.Equals(second.Bound))
            {
                return false;
            }

            ISet<string> changedInFill = ProgramFacts.Assigned(filling.Body);
            if (!ProgramFacts.IsCounterPlusInvariant(writeIndex, first.Index, changedInFill)
                || ProgramFacts.Reads(first.From).Concat(ProgramFacts.Reads(first.Bound)).Any(changedBetween.Contains))
            {
                return false;
            }

            ISet<string> changedInRead = ProgramFacts.Assigned(reading.Body);
            Integer mirrored = Rename(writeIndex, first.Index, second.Index);
            return readIndex.Equals(mirrored) && !ProgramFacts.Reads(mirrored).Any(v => v != second.Index && (changedBetween.Contains(v) || changedInRead.Contains(v)));
        }

        /// <summary>
        /// The fill loop writes every element from its first value to its bound (<c>for (id = 0; id &lt; d; id++) q[id] = e;</c>),
        /// and the read's index lies in that range wherever it is read, by the ranges of the counting loops around the read
        /// (<c>q[j]</c> in <c>for (i = 0; i &lt; d; i++) for (j = i + 1; j &lt; d; j++)</c>), each variable other than their
        /// counters holding what it held when the fill ran.
        /// </summary>
        private static bool Covers(Loop filled, CountingLoop fill, Integer writeIndex, Site read, Integer readIndex, int level, ISet<string> changedBetween)
        {
            if (!(writeIndex is IntegerRead written && written.Variable == fill.Index) || !fill.Up || ProgramFacts.Assigned(filled.Body).Contains(fill.Index))
            {
                return false;
            }

            var loops = read.Chain.Skip(level).Take(read.Chain.Count - level - 1).OfType<Loop>().ToList();
            var counters = new HashSet<string>(loops.Where(l => l.Counting != null).Select(l => l.Counting!.Index), System.StringComparer.Ordinal);
            IEnumerable<Integer> used = new[] { readIndex, fill.From, fill.Bound }.Concat(loops.Where(l => l.Counting != null).SelectMany(l => new[] { l.Counting!.From, l.Counting.Bound }));
            if (used.SelectMany(ProgramFacts.Reads).Any(v => !counters.Contains(v) && changedBetween.Contains(v)))
            {
                return false;
            }

            Integer last = fill.Comparison == ConditionOp.Less ? IntegerAlgebra.Add(fill.Bound, -1) : fill.Bound;
            return IndexRanges.NonNegative(IntegerAlgebra.Subtract(readIndex, fill.From), loops)
                && IndexRanges.NonNegative(IntegerAlgebra.Subtract(last, readIndex), loops);
        }

        /// <summary>
        /// The fill loop writes every element of the array (<c>for (ik = 0; ik &lt; k; ik++) m[ik] = e;</c> for an array made
        /// <c>new double[k]</c>, or up to <c>m.Length</c>), its length never changing: any read the array allows reads
        /// what the fill wrote (<c>m[0]</c> after it), and any other read throws, as in the method itself.
        /// </summary>
        private static bool FillsAll(StatementSites sites, CountingLoop fill, Integer writeIndex, string array)
        {
            if (!(writeIndex is IntegerRead written && written.Variable == fill.Index) || !(fill.From is IntegerNumber { Constant: 0 }) || fill.Comparison != ConditionOp.Less)
            {
                return false;
            }

            if (fill.Bound is LengthOf length && length.Array == array)
            {
                return true;
            }

            var declarations = sites.All.Select(s => s.Statement).OfType<DeclareArray>().Where(d => d.Name == array).ToList();
            if (declarations.Count != 1 || !declarations[0].Length.Equals(fill.Bound))
            {
                return false;
            }

            // The length's variables keep the value they were declared with.
            var lengthReads = new HashSet<string>(ProgramFacts.Reads(fill.Bound), System.StringComparer.Ordinal);
            return sites.All.Select(s => s.Statement).All(s => !(s is AssignInteger a && lengthReads.Contains(a.Name)) && !(s is AssignScalar b && lengthReads.Contains(b.Name)))
                && lengthReads.All(v => sites.All.Select(s => s.Statement).Count(s => s is DeclareInteger d && d.Name == v) <= 1);
        }

        private static Integer Rename(Integer e, string from, string to) => e switch
        {
            IntegerRead r when r.Variable == from => new IntegerRead(to),
            IntegerArithmetic a => new IntegerArithmetic(a.Op, Rename(a.Left, from, to), Rename(a.Right, from, to)),
            IntegerNegation n => new IntegerNegation(Rename(n.Operand, from, to)),
            IntegerCast c => new IntegerCast(c.Type, Rename(c.Operand, from, to)),
            _ => e,
        };
    }
}
