using System.Collections.Generic;

namespace DiffGen.Generator.Emit.Programs
{
    /// <content>Writes the code tree as C# text.</content>
    internal static partial class CodeTree
    {
        /// <summary>Each node as C# lines: a block's prologue before it, an <c>if</c> with only an else side as its opposite test.</summary>
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
                        Write(writer, block.Prologue);
                        if (block.Comment != null)
                        {
                            writer.Line("// " + block.Comment);
                        }

                        if (block.IsIf)
                        {
                            WriteIf(writer, block, string.Empty);
                            break;
                        }

                        writer.Open(block.Header);
                        Write(writer, block.Body);
                        writer.Close(block.Trailer);
                        break;
                }
            }
        }

        /// <summary>
        /// An <c>if</c> (after <paramref name="prefix"/>, <c>else </c> in a chain): with only an else side, its opposite test;
        /// an else side that is one <c>if</c> of its own is written <c>else if</c>, as a person writes a chain.
        /// </summary>
        private static void WriteIf(CodeWriter writer, CodeBlock block, string prefix)
        {
            if (block.Body.Count == 0 && block.Else != null)
            {
                // Only the else side has code: test the opposite.
                writer.Open(prefix + "if (!(" + block.Condition + "))");
                Write(writer, block.Else);
                writer.Close();
                return;
            }

            writer.Open(prefix + block.Header);
            Write(writer, block.Body);
            writer.Close(block.Trailer);
            if (block.Else is { Count: 1 } && block.Else[0] is CodeBlock { IsIf: true, Comment: null, Prologue.Count: 0 } chained)
            {
                WriteIf(writer, chained, "else ");
            }
            else if (block.Else != null && block.Else.Count > 0)
            {
                writer.Open("else");
                Write(writer, block.Else);
                writer.Close();
            }
        }
    }
}
