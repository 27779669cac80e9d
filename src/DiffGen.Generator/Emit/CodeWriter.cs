using System.Text;

namespace DiffGen.Generator.Emit
{
    /// <summary>Writes indented source text line by line; <c>\n</c> line endings on every platform, so output is byte-identical everywhere.</summary>
    internal sealed class CodeWriter
    {
        private readonly StringBuilder text = new StringBuilder();
        private int depth;

        public void Line(string line = "")
        {
            if (line.Length > 0)
            {
                text.Append(' ', depth * 4).Append(line);
            }

            text.Append('\n');
        }

        public void Open(string header)
        {
            Line(header);
            Line("{");
            depth++;
        }

        public void Close(string? trailer = null)
        {
            depth--;
            Line(trailer == null ? "}" : "} " + trailer);
        }

        public override string ToString() => text.ToString();
    }
}
