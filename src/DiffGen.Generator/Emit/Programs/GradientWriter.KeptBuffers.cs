using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Analysis;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Emit.Programs
{
    /// <content>
    /// Buffers kept per iteration (<see cref="KeptBuffers"/>): the forward loop fills each such buffer in a row of a tape, one
    /// row per iteration (<c>qxcRow</c>, a span over the row, stands for the buffer), and the reverse loop reads the row
    /// there instead of filling the buffer again.
    /// </content>
    internal sealed partial class GradientWriter
    {
        /// <summary>
        /// Before the forward loop's body: a tape for each buffer the reverse sweep reads back, where this run of the loop
        /// fills it (a recomputed iteration of a loop around it may leave that to this loop's own reverse iterations), and
        /// at the start of the body the iteration's row of it (<paramref name="bodyStart"/>), which
        /// <paramref name="bodyVersions"/> name for the buffer. Returns the buffers with their tapes.
        /// </summary>
        private Dictionary<string, string> KeepBuffers(Loop loop, Versions inside, ReplayedWrites? replay, List<CodeNode> loopCode, Versions bodyVersions, List<CodeNode> bodyStart)
        {
            var kept = new Dictionary<string, string>(System.StringComparer.Ordinal);
            if (!RunsBackwards(loop))
            {
                return kept;
            }

            foreach (string array in KeptBuffers.Of(loop, analysis.Overwrites, method.Program!.Body).Where(a => ReplayedWrites.Runs(replay, a)))
            {
                string buffer = inside.Of(array);
                string tape = names.Fresh(buffer.TrimStart('@') + "Kept");
                Integer slots = new IntegerArithmetic(IrOp.Multiply, IterationCountOf(loop.Counting!), new LengthOf(array));
                (string length, List<string> lengthReads) = p.Capture(() => AsInt(slots, inside));
                loopCode.Add(new CodeLine(p.Keyword + "[] " + tape + " = global::DiffGen.Tape.Rent<" + p.Keyword + ">(" + length + ");", declaredType: p.Keyword + "[]", uses: p.TakeReads(lengthReads.Append(buffer)), tape: (TapeUse.Rent, tape)));
                bodyStart.Add(Row(loop.Counting!, inside, array, tape, bodyVersions, buffer + " of this iteration, filled in its row of " + tape + ", where the reverse sweep reads it"));
                kept[array] = tape;
            }

            return kept;
        }

        /// <summary>Before an iteration of the reverse loop: each kept buffer as that iteration left it, its row of the tape.</summary>
        private void RestoreBuffers(LoopStep step, Versions inside, List<CodeNode> body)
        {
            foreach (KeyValuePair<string, string> kept in step.KeptBuffers)
            {
                body.Add(Row(step.Loop.Counting!, inside, kept.Key, kept.Value, inside, inside.Of(kept.Key) + " as the iteration left it, in its row of " + kept.Value));
            }
        }

        /// <summary>
        /// <c>Span&lt;double&gt; bRow = new Span&lt;double&gt;(bKept, slot * b.Length, b.Length);</c>: the iteration's row of a buffer's
        /// tape, which <paramref name="rowVersions"/> then read and write in place of the buffer (a span indexes, and checks
        /// its indices, as the array would).
        /// </summary>
        private CodeLine Row(CountingLoop counting, Versions inside, string array, string tape, Versions rowVersions, string comment)
        {
            string buffer = inside.Of(array);
            string row = names.Fresh(buffer.TrimStart('@') + "Row");
            Integer start = new IntegerArithmetic(IrOp.Multiply, IterationIndex(counting), new LengthOf(buffer));
            (string offset, List<string> offsetReads) = p.Capture(() => p.Integer(start, v => v == buffer ? v : inside.Of(v)));
            string type = "global::System.Span<" + p.Keyword + ">";
            rowVersions[array] = row;
            return new CodeLine(type + " " + row + " = new " + type + "(" + tape + ", " + offset + ", " + buffer + ".Length);", row, comment: comment, declaredType: type, uses: p.TakeReads(offsetReads.Append(tape).Append(buffer)));
        }
    }
}
