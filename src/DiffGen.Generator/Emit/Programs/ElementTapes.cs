using System.Collections.Generic;
using System.Linq;

namespace DiffGen.Generator.Emit.Programs
{
    /// <summary>
    /// Store before overwrite, for local arrays: a taped element write first pushes the value it overwrites onto
    /// its array's tape (<c>qTape[qTapeTop++] = q[j];</c>), and the reverse sweep, taking the write back, pops it into
    /// the element again (<c>q[j] = qTape[--qTapeTop];</c>). The reverse sweep takes back the writes in the
    /// opposite order, so one stack per array serves them all.
    /// </summary>
    internal sealed class ElementTapes
    {
        private readonly Dictionary<string, TapeStack> tapes = new Dictionary<string, TapeStack>(System.StringComparer.Ordinal);

        public ElementTapes(ProgramPrinter printer, ProgramAnalysis analysis, ProgramNames names)
        {
            foreach (string array in analysis.Overwrites.TapedArrays)
            {
                string tape = names.Fresh(array.TrimStart('@') + "Tape");
                tapes[array] = new TapeStack(printer.Keyword, tape, names.Fresh(tape + "Top"));
            }
        }

        /// <summary>Each tape, rented from the pool, and how many values it holds.</summary>
        public IEnumerable<CodeNode> Declarations() => tapes.OrderBy(t => t.Key, System.StringComparer.Ordinal)
            .SelectMany(t => t.Value.Declarations("what writes to " + t.Key.TrimStart('@') + " overwrite, kept for the reverse sweep"));

        /// <summary>Before the write to <paramref name="element"/> (<c>q[j]</c>): keep the value it overwrites.</summary>
        public IEnumerable<CodeNode> Push(string array, (string Text, List<string> Reads) element) =>
            tapes[array].Push(element.Text, element.Reads, "kept for the reverse sweep");

        /// <summary>Taking the write back: the element as it was before it.</summary>
        public CodeLine Pop(string array, (string Text, List<string> Reads) element)
        {
            TapeStack stack = tapes[array];
            return new CodeLine(element.Text + " = " + stack.Popped + ";", comment: "as it was before the write", uses: element.Reads.Append(stack.Tape).Append(stack.Top));
        }

        /// <summary>An element as it was before a write <paramref name="back"/> values down the tape (1: the last one kept), leaving the tape as it is.</summary>
        public CodeLine Peek(string array, (string Text, List<string> Reads) element, int back)
        {
            TapeStack stack = tapes[array];
            return new CodeLine(element.Text + " = " + stack.Tape + "[" + stack.Top + " - " + back + "];", comment: "as the iteration found it", uses: element.Reads.Append(stack.Tape).Append(stack.Top));
        }

        /// <summary>
        /// A counter that reads the array's tape back from its top, leaving the tape as it is (<c>int wBack = wTapeTop;</c>),
        /// for putting back what an iteration's writes overwrote when some of them are in loops of their own.
        /// </summary>
        public CodeLine ReadBack(string array, string back) =>
            tapes[array].ReadBack(back, "read back what this iteration's writes to " + array.TrimStart('@') + " overwrote, last first");

        /// <summary>An element as it was before the write <paramref name="back"/> reaches on the tape next (<see cref="ReadBack"/>).</summary>
        public CodeLine PeekBack(string array, (string Text, List<string> Reads) element, string back)
        {
            TapeStack stack = tapes[array];
            return new CodeLine(element.Text + " = " + stack.ReadBackNext(back) + ";", comment: "as the iteration found it", uses: element.Reads.Append(stack.Tape).Append(back));
        }

        /// <summary>The name of the array's tape, to name a counter that reads it back after it.</summary>
        public string TapeOf(string array) => tapes[array].Tape;

        /// <summary>The tapes given back to the pool once the reverse sweep is done.</summary>
        public IEnumerable<CodeNode> Returns() => tapes.OrderBy(t => t.Key, System.StringComparer.Ordinal).Select(t => t.Value.Return());
    }
}
