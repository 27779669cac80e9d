using System;
using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Emit.Programs
{
    /// <content>
    /// The source's own forms: comments printed as the source writes the statement (<see cref="AsWritten"/>), and the
    /// source's const locals, declared again and read by name.
    /// </content>
    internal sealed partial class ProgramPrinter
    {
        /// <summary>
        /// The const locals the member declares again (<see cref="DeclareConstants"/>), with their values: a read is
        /// printed by name only where its value is the declared one (a const of the same name with another value, in
        /// another scope, stays a literal).
        /// </summary>
        private readonly Dictionary<string, NamedNumber> constants = new Dictionary<string, NamedNumber>(StringComparer.Ordinal);

        /// <summary>Inside <see cref="AsWritten"/>: values are printed as the source writes them, for a comment.</summary>
        private bool asWritten;

        private CSharpPrinter Printer => asWritten ? writtenPrinter : codePrinter;

        /// <summary>
        /// What <paramref name="print"/> prints, as the source writes it (<c>Math.Exp</c>, <c>Constants.Scale</c>,
        /// <c>Helpers.Sq(x)</c>): the text of a comment, from the same IR as the code beside it. A comment reads no local.
        /// </summary>
        public string AsWritten(Func<string> print)
        {
            asWritten = true;
            try
            {
                return Capture(print).Text;
            }
            finally
            {
                asWritten = false;
            }
        }

        /// <summary>
        /// The source's const locals, which the member declares again (<see cref="ConstantDeclarations"/>): from here on
        /// their reads print as <c>eps</c>, not as the literal, and count as reads of that name.
        /// </summary>
        public void DeclareConstants(IEnumerable<NamedNumber> locals)
        {
            foreach (NamedNumber local in locals)
            {
                constants[local.Name] = local;
            }
        }

        /// <summary>The name a const local's read prints as, or null for a literal (not declared, or another value).</summary>
        private string? DeclaredName(NamedNumber read) =>
            read.IsLocal && constants.TryGetValue(read.Name, out NamedNumber? declared) && declared.Constant.Equals(read.Constant) ? Escaped(read.Name) : null;

        /// <summary>The declarations of the const locals that <paramref name="used"/> names (a const nothing reads would draw a warning).</summary>
        public IEnumerable<string> ConstantDeclarations(ISet<string> used) =>
            constants.Values.Where(local => used.Contains(Escaped(local.Name)))
                .Select(local => "const " + Keyword + " " + Escaped(local.Name) + " = " + CSharpPrinter.FormatLiteral(local.Constant, Type) + ";");

        /// <summary>A local's name as C# writes it: <c>@in</c> for a keyword.</summary>
        private static string Escaped(string name) => CSharpKeywords.IsKeyword(name) ? "@" + name : name;
    }
}
