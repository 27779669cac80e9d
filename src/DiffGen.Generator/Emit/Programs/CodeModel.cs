using System.Collections.Generic;
using System.Linq;

namespace DiffGen.Generator.Emit.Programs
{
    /// <summary>
    /// Generated code held as a tree before it is written, so that values nothing reads can be dropped:
    /// the reverse sweep recomputes a loop body and keeps only what its derivatives use.
    /// </summary>
    internal abstract class CodeNode
    {
    }

    /// <summary>A statement <c>target += amount;</c> (or <c>-=</c>), as the writer made it, with the locals the amount reads.</summary>
    internal sealed record Accumulation(string Target, bool Subtract, string Amount, IReadOnlyList<string> AmountReads)
    {
        public string Text => Target + (Subtract ? " -= " : " += ") + Amount + ";";
    }

    /// <summary>One statement. <see cref="Defines"/> names the local it declares if dropping it is safe when nothing reads that local.</summary>
    internal sealed class CodeLine : CodeNode
    {
        /// <param name="readsDefined">
        /// Whether the statement also reads the local it defines (<c>i++</c>, <c>dS = dS * x</c>); an accumulation
        /// (<c>dS += e</c>) always does.
        /// </param>
        /// <param name="declaredType">The type of the local the statement declares (<c>double</c>, <c>int[]</c>), if it declares one.</param>
        /// <param name="startsAtZero">It declares a local that starts at 0 (<c>double dS = 0;</c>).</param>
        /// <param name="accumulates">It is <c>target += amount;</c> or <c>-=</c>.</param>
        /// <param name="uses">The locals the statement reads, as its writer printed them; every writer gives them (a line without them would be dropped as dead).</param>
        /// <param name="tape">The tape the statement rents (<see cref="TapeUse.Rent"/>: its uses are what the length reads), gives back, grows or writes a kept value to.</param>
        public CodeLine(string text, string? defines = null, string? comment = null, IReadOnlyList<string>? alsoDefines = null, bool epilogue = false, bool mutation = false, bool? readsDefined = null, bool effects = false, string? declaredType = null, bool startsAtZero = false, Accumulation? accumulates = null, IEnumerable<string>? uses = null, (TapeUse Use, string Name)? tape = null)
        {
            Tape = tape;
            Uses = new HashSet<string>(uses ?? throw new System.ArgumentNullException(nameof(uses), "The writer of '" + text + "' did not say what it reads"), System.StringComparer.Ordinal);
            if (defines != null && (readsDefined == true || accumulates != null))
            {
                Uses.Add(defines);
            }
            else if (defines != null && readsDefined == false)
            {
                Uses.Remove(defines);
            }

            Uses.ExceptWith(alsoDefines ?? System.Array.Empty<string>());

            Text = text;
            IsEpilogue = epilogue;
            IsMutation = mutation;
            HasEffects = effects;
            DeclaredType = declaredType;
            StartsAtZero = startsAtZero;
            Accumulates = accumulates;
            Defines = defines;
            Comment = comment;
            AlsoDefines = alsoDefines ?? System.Array.Empty<string>();
        }

        public string Text { get; }

        /// <summary>
        /// It changes state in place (a loop's sum <c>s += e</c>, a callee's gradient written into a rented buffer):
        /// never replayed, since running it twice would be wrong.
        /// </summary>
        public bool IsMutation { get; }

        /// <summary>
        /// It writes memory the liveness pass does not track (a callee's gradient into a rented buffer): never dropped.
        /// A line without it is dropped when nothing reads the locals it defines afterwards.
        /// </summary>
        public bool HasEffects { get; }

        /// <summary>It declares a local (<c>double t = ...;</c>, <c>double t;</c>, <c>int[] a = ...;</c>).</summary>
        public bool IsDeclaration => DeclaredType != null;

        /// <summary>The type of the local it declares; null when it declares none.</summary>
        public string? DeclaredType { get; }

        /// <summary>It declares a local that starts at 0 (an adjoint or a sum before its first term).</summary>
        public bool StartsAtZero { get; }

        /// <summary>What it adds to (or subtracts from) its target, if it is <c>target += amount;</c>.</summary>
        public Accumulation? Accumulates { get; }

        /// <summary>The method's last lines (outputs assigned, the value returned): a comment before them has nothing to describe.</summary>
        public bool IsEpilogue { get; }

        public string? Defines { get; }

        /// <summary>Other locals the statement declares (the <c>out</c> variables of a gradient call); it is kept if any of them is read.</summary>
        public IReadOnlyList<string> AlsoDefines { get; }

        public string? Comment { get; }

        /// <summary>The locals the statement reads, as its writer printed them (see <see cref="ProgramPrinter.TakeReads(string[])"/>): never read off its text.</summary>
        public HashSet<string> Uses { get; }

        /// <summary>Whether it rents, returns, grows or fills a tape, and which (see <see cref="TapeHoisting"/>, <see cref="UnreadTapes"/>); null for any other statement.</summary>
        public (TapeUse Use, string Name)? Tape { get; }

        /// <summary>How it was printed from DAG nodes, when it can be printed again with some of them named (<see cref="ProgramPrinter.Reprintable"/>); else null.</summary>
        public LinePrinting? Printing { get; set; }
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

    /// <summary>A block: a loop (<c>for (...) { }</c>, <c>while</c>, <c>do</c>) or <c>if (...) { } else { }</c>.</summary>
    internal sealed class CodeBlock : CodeNode
    {
        private CodeBlock(string header, string? condition, List<CodeNode> body, List<CodeNode>? otherwise, string? comment, string? trailer, IEnumerable<string> uses)
        {
            Header = header;
            Condition = condition;
            Trailer = trailer;
            Body = body;
            Else = otherwise;
            Comment = comment;
            Uses = new HashSet<string>(uses, System.StringComparer.Ordinal);
        }

        /// <summary>A loop: its header (<c>for (...)</c>, <c>while (...)</c>, <c>do</c>), body, what follows the brace (<c>while (c);</c>), and the locals header and trailer read.</summary>
        public static CodeBlock Loop(string header, List<CodeNode> body, IEnumerable<string> uses, string? comment = null, string? trailer = null) =>
            new CodeBlock(header, null, body, null, comment, trailer, uses);

        /// <summary><c>if (condition) { body } else { otherwise }</c>, with the locals the condition reads.</summary>
        public static CodeBlock If(string condition, IEnumerable<string> uses, List<CodeNode> body, List<CodeNode>? otherwise = null) =>
            new CodeBlock("if (" + condition + ")", condition, body, otherwise, null, null, uses);

        /// <summary>The same block with other contents.</summary>
        public CodeBlock With(List<CodeNode> body, List<CodeNode>? otherwise) =>
            new CodeBlock(Header, Condition, body, otherwise, Comment, Trailer, Uses);

        public string Header { get; }

        /// <summary>The test of an <c>if</c> block; null for a loop.</summary>
        public string? Condition { get; }

        public bool IsIf => Condition != null;

        /// <summary>What follows the closing brace: <c>while (c);</c> of a do loop.</summary>
        public string? Trailer { get; }

        /// <summary>Statements written just before the block, that belong to it (a tape the loop fills).</summary>
        public List<CodeLine> Prologue { get; } = new List<CodeLine>();

        public List<CodeNode> Body { get; private set; }

        public List<CodeNode>? Else { get; private set; }

        public string? Comment { get; }

        /// <summary>The locals the header and trailer read.</summary>
        public HashSet<string> Uses { get; }

        /// <summary>Every identifier used in the block, its prologue, header and nested code included.</summary>
        public HashSet<string> AllUses()
        {
            var all = new HashSet<string>(Uses, System.StringComparer.Ordinal);
            foreach (CodeNode node in Prologue.Concat<CodeNode>(Body).Concat(Else ?? Enumerable.Empty<CodeNode>()))
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
}
