using System.Collections.Generic;
using System.Linq;

namespace DiffGen.Generator.Emit.Programs
{
    /// <summary>Passes over the generated code tree; this part is the liveness pass, which drops the locals nothing reads.</summary>
    internal static partial class CodeTree
    {
        /// <summary>Removes statements that only set locals nothing reads afterwards, and blocks left empty.</summary>
        public static List<CodeNode> Prune(List<CodeNode> nodes, HashSet<string> liveAfter) => Prune(nodes, liveAfter, out _);

        /// <summary>Prunes, and gives the locals read before <paramref name="nodes"/> run (<paramref name="liveBefore"/>).</summary>
        private static List<CodeNode> Prune(List<CodeNode> nodes, HashSet<string> liveAfter, out HashSet<string> liveBefore)
        {
            var live = new HashSet<string>(liveAfter, System.StringComparer.Ordinal);
            var kept = new List<CodeNode>();
            for (int i = nodes.Count - 1; i >= 0; i--)
            {
                switch (nodes[i])
                {
                    case CodeLine line when line.IsDeclaration && line.Defines != null && AssignedIn(kept, line.Defines):
                        // A later assignment that stays needs the local declared, whatever its first value.
                        live.Remove(line.Defines);
                        live.UnionWith(line.Uses);
                        kept.Add(line);
                        break;
                    case CodeLine line when line.Defines != null && !line.HasEffects && !live.Contains(line.Defines) && !line.AlsoDefines.Any(live.Contains):
                        break;
                    case CodeLine line:
                        if (line.Defines != null)
                        {
                            live.Remove(line.Defines);
                        }

                        live.ExceptWith(line.AlsoDefines);

                        live.UnionWith(line.Uses);
                        kept.Add(line);
                        break;
                    case CodeBlock block:
                        CodeBlock? pruned = PruneBlock(block, live, out HashSet<string> before);
                        if (pruned != null)
                        {
                            kept.Add(pruned);
                            live = before;
                        }

                        break;
                    case CodeComment comment:
                        // A comment stays with the code that follows it.
                        if (kept.Count > 0 && !(kept[kept.Count - 1] is CodeComment) && !(kept[kept.Count - 1] is CodeLine { IsEpilogue: true }))
                        {
                            kept.Add(comment);
                        }

                        break;
                }
            }

            kept.Reverse();
            liveBefore = live;
            return kept;
        }

        /// <summary>Every local the code defines, in nested blocks too (out variables included).</summary>
        public static IEnumerable<string> DefinedIn(IEnumerable<CodeNode> nodes) => nodes.SelectMany(n => n switch
        {
            CodeLine l => (l.Defines != null ? new[] { l.Defines } : System.Array.Empty<string>()).Concat(l.AlsoDefines),
            CodeBlock b => DefinedIn(b.Body.Concat(b.Else ?? Enumerable.Empty<CodeNode>())).Concat(DefinedIn(b.Prologue)),
            _ => Enumerable.Empty<string>(),
        });

        /// <summary>Every identifier the code uses, in nested blocks too.</summary>
        public static HashSet<string> UsedIn(IEnumerable<CodeNode> nodes)
        {
            var used = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (CodeNode node in nodes)
            {
                switch (node)
                {
                    case CodeLine l: used.UnionWith(l.Uses); break;
                    case CodeBlock b: used.UnionWith(b.AllUses()); break;
                }
            }

            return used;
        }

        /// <summary>True when a kept statement (in a nested block too) assigns the local.</summary>
        private static bool AssignedIn(IEnumerable<CodeNode> nodes, string name) => nodes.Any(n => n switch
        {
            CodeLine l => l.Defines == name,
            CodeBlock b => AssignedIn(b.Body, name) || (b.Else != null && AssignedIn(b.Else, name)),
            _ => false,
        });

        /// <summary>An if runs one side once; a loop may run its body again, so what the body reads at its start is live at its end too.</summary>
        private static CodeBlock? PruneBlock(CodeBlock block, HashSet<string> liveAfter, out HashSet<string> liveBefore)
        {
            var start = new HashSet<string>(liveAfter, System.StringComparer.Ordinal);
            start.UnionWith(block.Uses);
            bool isIf = block.IsIf;
            List<CodeNode> body;
            List<CodeNode>? otherwise = null;
            HashSet<string> bodyBefore;
            HashSet<string> elseBefore = new HashSet<string>(liveAfter, System.StringComparer.Ordinal);
            if (isIf)
            {
                body = Prune(block.Body, liveAfter, out bodyBefore);
                if (block.Else != null)
                {
                    otherwise = Prune(block.Else, liveAfter, out elseBefore);
                }
            }
            else
            {
                // Iterate until what the body needs at its start stops growing (a few rounds at most).
                var atEnd = new HashSet<string>(start, System.StringComparer.Ordinal);
                while (true)
                {
                    Prune(block.Body, atEnd, out HashSet<string> needed);
                    int before = atEnd.Count;
                    atEnd.UnionWith(needed);
                    if (atEnd.Count == before)
                    {
                        break;
                    }
                }

                body = Prune(block.Body, atEnd, out bodyBefore);
                bodyBefore.UnionWith(atEnd);
            }

            liveBefore = new HashSet<string>(bodyBefore, System.StringComparer.Ordinal);
            liveBefore.UnionWith(elseBefore);
            liveBefore.UnionWith(block.Uses);
            bool hasCode = body.Any(n => !(n is CodeComment)) || (otherwise != null && otherwise.Any(n => !(n is CodeComment)));
            if (!hasCode)
            {
                liveBefore = new HashSet<string>(liveAfter, System.StringComparer.Ordinal);
                return null;
            }

            CodeBlock kept = block.With(body, otherwise);
            kept.Prologue.AddRange(block.Prologue);
            return kept;
        }
    }
}
