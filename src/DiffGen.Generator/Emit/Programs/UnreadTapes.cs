using System.Collections.Generic;
using System.Linq;

namespace DiffGen.Generator.Emit.Programs
{
    /// <summary>
    /// A tape the forward sweep fills and the reverse sweep never reads back: the values it keeps were to be restored
    /// only for statements the liveness pass dropped (the reverse of <c>e = 0.5 * e + x</c> reads no <c>e</c>, only
    /// <c>dE</c>). Its rental, growth, writes and return go, so every tape left is read and its comment, "kept for the
    /// reverse sweep", is true. Decided on the statements' own records of the tapes they use (<see cref="CodeLine.Tape"/>,
    /// <see cref="CodeLine.Uses"/>), never on their text.
    /// </summary>
    internal static class UnreadTapes
    {
        /// <summary>
        /// The liveness pass (<see cref="CodeTree.Prune(List{CodeNode}, HashSet{string})"/>), then the unread tapes dropped, again
        /// until none is left: dropping a tape's writes may leave dead a value that only they read, and with it what
        /// read another tape.
        /// </summary>
        public static List<CodeNode> DropAndPrune(List<CodeNode> nodes)
        {
            List<CodeNode> live = CodeTree.Prune(nodes, new HashSet<string>());
            while (true)
            {
                var rented = new HashSet<string>(System.StringComparer.Ordinal);
                var read = new HashSet<string>(System.StringComparer.Ordinal);
                Scan(live, rented, read);
                rented.ExceptWith(read);
                if (rented.Count == 0)
                {
                    return live;
                }

                live = CodeTree.Prune(Without(live, rented), new HashSet<string>());
            }
        }

        /// <summary>The tapes rented, and every local read other than by a tape's own rental, growth, writes and return.</summary>
        private static void Scan(IEnumerable<CodeNode> nodes, HashSet<string> rented, HashSet<string> read)
        {
            foreach (CodeNode node in nodes)
            {
                switch (node)
                {
                    case CodeLine { Tape: (TapeUse use, string tape) } line:
                        if (use == TapeUse.Rent)
                        {
                            rented.Add(tape);
                        }

                        read.UnionWith(line.Uses.Where(u => u != tape));
                        break;
                    case CodeLine line:
                        read.UnionWith(line.Uses);
                        break;
                    case CodeBlock block:
                        read.UnionWith(block.Uses);
                        Scan(block.Prologue, rented, read);
                        Scan(block.Body, rented, read);
                        Scan(block.Else ?? new List<CodeNode>(), rented, read);
                        break;
                }
            }
        }

        private static List<CodeNode> Without(List<CodeNode> nodes, HashSet<string> unread)
        {
            var kept = new List<CodeNode>();
            foreach (CodeNode node in nodes)
            {
                if (node is CodeLine { Tape: (_, string tape) } && unread.Contains(tape))
                {
                    continue;
                }

                if (node is CodeBlock block)
                {
                    block.Prologue.RemoveAll(line => line.Tape is (_, string own) && unread.Contains(own));
                    block.Replace(Without(block.Body, unread), block.Else == null ? null : Without(block.Else, unread));
                }

                kept.Add(node);
            }

            return kept;
        }
    }
}
