using System.Collections.Generic;
using System.Linq;

namespace DiffGen.Generator.Emit.Programs
{
    /// <summary>What a statement does with a tape.</summary>
    internal enum TapeUse
    {
        /// <summary><c>double[] tape = Tape.Rent&lt;double&gt;(length);</c></summary>
        Rent,

        /// <summary><c>Tape.Return(tape);</c></summary>
        Return,

        /// <summary><c>tape[slot] = v;</c>: the forward sweep keeps a value (see <see cref="UnreadTapes"/>).</summary>
        Write,

        /// <summary><c>if (count == tape.Length) tape = Tape.Grow(tape);</c></summary>
        Grow,
    }

    /// <summary>
    /// A tape that every iteration of a loop rents with the same length and gives back before the iteration ends
    /// (<c>int[] liTape = Tape.Rent&lt;int&gt;(d);</c> in the reverse sweep's loop over GMM's components) is rented once before
    /// the loop and given back after it: each iteration writes the slots it reads before reading them, so one array
    /// serves them all, and the pool is not asked 25,000 times per call. Decided on the statements' own records of the
    /// tapes they rent and return and of what the length reads, never on their text.
    /// </summary>
    internal static class TapeHoisting
    {
        public static List<CodeNode> Hoist(List<CodeNode> nodes)
        {
            var result = new List<CodeNode>();
            foreach (CodeNode node in nodes)
            {
                if (node is CodeBlock block)
                {
                    block.Replace(Hoist(block.Body), block.Else == null ? null : Hoist(block.Else));
                    if (!block.IsIf)
                    {
                        List<(CodeLine Rent, CodeLine Return)> hoisted = Invariant(block);
                        result.AddRange(hoisted.Select(h => h.Rent));
                        result.Add(block);
                        result.AddRange(hoisted.Select(h => h.Return));
                        continue;
                    }
                }

                result.Add(node);
            }

            return result;
        }

        /// <summary>
        /// The tapes the loop's body rents (directly, or just before a loop in it) and returns (directly) whose length
        /// reads nothing the loop's header reads or its body assigns; taken out of the body.
        /// </summary>
        private static List<(CodeLine Rent, CodeLine Return)> Invariant(CodeBlock loop)
        {
            var varying = new HashSet<string>(CodeTree.DefinedIn(loop.Body), System.StringComparer.Ordinal);
            varying.UnionWith(loop.Uses);
            var rents = loop.Body.OfType<CodeLine>().Concat(loop.Body.OfType<CodeBlock>().SelectMany(b => b.Prologue))
                .Where(line => line.Tape is (TapeUse.Rent, _) && !line.Uses.Overlaps(varying)).ToList();
            var hoisted = new List<(CodeLine, CodeLine)>();
            foreach (CodeLine rent in rents)
            {
                string tape = rent.Tape!.Value.Name;
                CodeLine? back = loop.Body.OfType<CodeLine>().SingleOrDefault(line => line.Tape is (TapeUse.Return, string name) && name == tape);
                if (back == null)
                {
                    continue;
                }

                if (!loop.Body.Remove(rent))
                {
                    loop.Body.OfType<CodeBlock>().First(b => b.Prologue.Contains(rent)).Prologue.Remove(rent);
                }

                loop.Body.Remove(back);
                hoisted.Add((rent, back));
            }

            return hoisted;
        }
    }
}
