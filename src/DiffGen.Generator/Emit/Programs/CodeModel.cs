using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace DiffGen.Generator.Emit.Programs
{
    /// <summary>
    /// Generated code held as a tree before it is written, so that values nothing reads can be dropped:
    /// the reverse sweep recomputes a loop body and keeps only what its derivatives use.
    /// </summary>
    internal abstract class CodeNode
    {
        private static readonly Regex Identifier = new Regex(@"@?[A-Za-z_][A-Za-z0-9_]*", RegexOptions.CultureInvariant);

        /// <summary>The identifiers in a piece of code (a superset of the variables it reads).</summary>
        protected static HashSet<string> IdentifiersIn(string text) =>
            new HashSet<string>(Identifier.Matches(text).Cast<Match>().Select(m => m.Value), System.StringComparer.Ordinal);
    }

    /// <summary>One statement. <see cref="Defines"/> names the local it declares if dropping it is safe when nothing reads that local.</summary>
    internal sealed class CodeLine : CodeNode
    {
        public CodeLine(string text, string? defines = null, string? comment = null)
        {
            Text = text;
            Defines = defines;
            Comment = comment;
            Uses = IdentifiersIn(text);
            if (defines != null)
            {
                Uses.Remove(defines);
            }
        }

        public string Text { get; }

        public string? Defines { get; }

        public string? Comment { get; }

        public HashSet<string> Uses { get; }
    }

    /// <summary>A comment on its own line.</summary>
    internal sealed class CodeComment : CodeNode
    {
        public CodeComment(string text)
        {
            Text = text;
        }

        public string Text { get; }
    }

    /// <summary>A block: <c>for (...) { }</c> or <c>if (...) { } else { }</c>.</summary>
    internal sealed class CodeBlock : CodeNode
    {
        public CodeBlock(string header, List<CodeNode> body, List<CodeNode>? otherwise = null, string? comment = null, string? trailer = null)
        {
            Header = header;
            Trailer = trailer;
            Body = body;
            Else = otherwise;
            Comment = comment;
            Uses = IdentifiersIn(header + " " + trailer);
        }

        public string Header { get; }

        /// <summary>What follows the closing brace: <c>while (c);</c> of a do loop.</summary>
        public string? Trailer { get; }

        public List<CodeNode> Body { get; private set; }

        public List<CodeNode>? Else { get; private set; }

        public string? Comment { get; }

        public HashSet<string> Uses { get; }

        /// <summary>Every identifier used in the block, its header and nested code included.</summary>
        public HashSet<string> AllUses()
        {
            var all = new HashSet<string>(Uses, System.StringComparer.Ordinal);
            foreach (CodeNode node in Body.Concat(Else ?? Enumerable.Empty<CodeNode>()))
            {
                switch (node)
                {
                    case CodeLine line: all.UnionWith(line.Uses); break;
                    case CodeBlock block: all.UnionWith(block.AllUses()); break;
                }
            }

            return all;
        }

        public void Replace(List<CodeNode> body, List<CodeNode>? otherwise)
        {
            Body = body;
            Else = otherwise;
        }
    }

    /// <summary>Drops the locals nothing reads, then writes the code.</summary>
    internal static class CodeTree
    {
        /// <summary>Removes declarations whose local is never read afterwards, and blocks left empty.</summary>
        public static List<CodeNode> Prune(List<CodeNode> nodes, HashSet<string> liveAfter)
        {
            var live = new HashSet<string>(liveAfter, System.StringComparer.Ordinal);
            var kept = new List<CodeNode>();
            for (int i = nodes.Count - 1; i >= 0; i--)
            {
                switch (nodes[i])
                {
                    case CodeLine line when line.Defines != null && !live.Contains(line.Defines):
                        break;
                    case CodeLine line:
                        live.UnionWith(line.Uses);
                        kept.Add(line);
                        break;
                    case CodeBlock block:
                        // A loop may read in one iteration what it defines in the next: inside a block, anything
                        // the block uses anywhere counts as live.
                        var inner = new HashSet<string>(live, System.StringComparer.Ordinal);
                        inner.UnionWith(block.AllUses());
                        List<CodeNode> body = Prune(block.Body, inner);
                        List<CodeNode>? otherwise = block.Else == null ? null : Prune(block.Else, inner);
                        if (body.Any(n => !(n is CodeComment)) || (otherwise != null && otherwise.Any(n => !(n is CodeComment))))
                        {
                            block.Replace(body, otherwise);
                            live.UnionWith(block.AllUses());
                            kept.Add(block);
                        }

                        break;
                    case CodeComment comment:
                        // A comment stays with the code that follows it.
                        if (kept.Count > 0 && !(kept[kept.Count - 1] is CodeComment))
                        {
                            kept.Add(comment);
                        }

                        break;
                }
            }

            kept.Reverse();
            return kept;
        }

        public static void Write(CodeWriter writer, IEnumerable<CodeNode> nodes)
        {
            foreach (CodeNode node in nodes)
            {
                switch (node)
                {
                    case CodeComment comment:
                        writer.Line("// " + comment.Text);
                        break;
                    case CodeLine line:
                        writer.Line(line.Comment == null ? line.Text : line.Text + " // " + line.Comment);
                        break;
                    case CodeBlock block:
                        if (block.Comment != null)
                        {
                            writer.Line("// " + block.Comment);
                        }

                        if (block.Body.Count == 0 && block.Else != null)
                        {
                            // Only the else side has code: test the opposite.
                            writer.Open(block.Header.Replace("if (", "if (!(") + ")");
                            Write(writer, block.Else);
                            writer.Close();
                            break;
                        }

                        writer.Open(block.Header);
                        Write(writer, block.Body);
                        writer.Close(block.Trailer);
                        if (block.Else != null && block.Else.Count > 0)
                        {
                            writer.Open("else");
                            Write(writer, block.Else);
                            writer.Close();
                        }

                        break;
                }
            }
        }
    }
}
