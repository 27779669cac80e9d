using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Analysis;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Emit.Programs
{
    /// <content>
    /// Buffers kept per iteration (<see cref="KeptBuffers"/>): the forward loop copies each such buffer to a tape at the end
    /// of every iteration, and the reverse loop copies it back instead of filling it again.
    /// </content>
    internal sealed partial class GradientWriter
    {
        /// <summary>
        /// At the end of each iteration of the forward loop, a copy of each buffer the reverse sweep takes back from a copy,
        /// where this run of the loop fills it (a recomputed iteration of a loop around it may leave that to this loop's own
        /// reverse iterations). Returns the buffers with their tapes.
        /// </summary>
        private Dictionary<string, string> KeepBuffers(Loop loop, Versions inside, ReplayedWrites? replay, List<CodeNode> body, List<CodeNode> loopCode)
        {
            var kept = new Dictionary<string, string>(System.StringComparer.Ordinal);
            if (!RunsBackwards(loop))
            {
                return kept;
            }

            foreach (string array in KeptBuffers.Of(loop, analysis.Overwrites).Where(a => ReplayedWrites.Runs(replay, a)))
            {
                string buffer = inside.Of(array);
                string tape = names.Fresh(buffer.TrimStart('@') + "Kept");
                Integer slots = new IntegerArithmetic(IrOp.Multiply, IterationCountOf(loop.Counting!), new LengthOf(array));
                (string length, List<string> lengthReads) = p.Capture(() => AsInt(slots, inside));
                loopCode.Add(new CodeLine(p.Keyword + "[] " + tape + " = global::DiffGen.Tape.Rent<" + p.Keyword + ">(" + length + ");", declaredType: p.Keyword + "[]", uses: p.TakeReads(lengthReads.Append(buffer)), tape: (TapeUse.Rent, tape)));
                (string copy, List<string> copyReads) = CopyLoop(loop.Counting!, inside, buffer, tape, toTape: true);
                body.Add(new CodeLine(copy, comment: buffer + " as this iteration leaves it, kept for the reverse sweep", uses: copyReads));
                kept[array] = tape;
            }

            return kept;
        }

        /// <summary>Before an iteration of the reverse loop: each kept buffer as that iteration left it, read back from its tape.</summary>
        private void RestoreBuffers(LoopStep step, Versions inside, List<CodeNode> body)
        {
            foreach (KeyValuePair<string, string> kept in step.KeptBuffers)
            {
                (string copy, List<string> copyReads) = CopyLoop(step.Loop.Counting!, inside, inside.Of(kept.Key), kept.Value, toTape: false);
                body.Add(new CodeLine(copy, comment: "as the iteration left it", uses: copyReads));
            }
        }

        /// <summary><c>for (int c = 0; c &lt; b.Length; c++) bKept[slot * b.Length + c] = b[c];</c>, or back.</summary>
        private (string Text, List<string> Reads) CopyLoop(CountingLoop counting, Versions inside, string buffer, string tape, bool toTape)
        {
            string c = names.Fresh("c");
            Integer at = IntegerAlgebra.Add(new IntegerArithmetic(IrOp.Multiply, IterationIndex(counting), new LengthOf(buffer)), new IntegerRead(c));
            (string slot, List<string> reads) = p.Capture(() => p.Integer(at, v => v == buffer || v == c ? v : inside.Of(v)));
            string element = tape + "[" + slot + "]";
            string text = "for (int " + c + " = 0; " + c + " < " + buffer + ".Length; " + c + "++) "
                + (toTape ? element + " = " + buffer + "[" + c + "];" : buffer + "[" + c + "] = " + element + ";");
            return (text, p.TakeReads(reads.Where(r => r != c).Append(tape).Append(buffer)));
        }
    }
}
