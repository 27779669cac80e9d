using System;
using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Ir;
using DiffGen.Generator.Symbolic;

namespace DiffGen.Generator.Emit.Programs
{
    /// <content>
    /// The source's own forms: comments printed as the source writes the statement (<see cref="AsWritten"/>), and the
    /// source's const locals and calls of constants, declared again and read by name.
    /// </content>
    internal sealed partial class ProgramPrinter
    {
        /// <summary>
        /// The const locals the member declares again (<see cref="DeclareConstants"/>), with their values: a read is
        /// printed by name only where its value is the declared one (a const of the same name with another value, in
        /// another scope, stays a literal).
        /// </summary>
        private readonly Dictionary<string, NamedNumber> constants = new Dictionary<string, NamedNumber>(StringComparer.Ordinal);

        /// <summary>The source's calls of constants the member declares once (<see cref="DeclareConstantCalls"/>): each one's node and the code that computes it.</summary>
        private readonly Dictionary<MathCall, (Expr Node, string Code)> constantCalls = new Dictionary<MathCall, (Expr Node, string Code)>();

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

        /// <summary>
        /// The source's <c>Math</c> calls of constants that the member declares once (<see cref="ConstantCalls"/>): from here on
        /// each prints as its local's name in code, as written in comments, and as the call in formulas.
        /// </summary>
        public void DeclareConstantCalls(IEnumerable<(MathCall Call, string Name)> calls)
        {
            foreach ((MathCall call, string name) in calls)
            {
                Expr written = b.WrittenCall(call.Function, call.Arguments.Select(a => b.Constant(((Number)a).Constant)).ToArray());
                double value = b.ClosedValue(written) ?? double.NaN;
                string code = codePrinter.Print(written);
                pending.Clear();
                pendingCalls.Clear();
                string math = FormulaText.Of(written, _ => null, b.Numbers) ?? name;
                constantCalls[call] = (b.Symbol("constant call " + name, name, value, math, new[] { name }, writtenPrinter.Print(written)), code);
            }
        }

        /// <summary>The node a constant call of the source stands for once declared, or null.</summary>
        private Expr? DeclaredCall(MathCall call) => constantCalls.TryGetValue(call, out (Expr Node, string Code) declared) ? declared.Node : null;

        /// <summary>The name a const local's read prints as, or null for a literal (not declared, or another value).</summary>
        private string? DeclaredName(NamedNumber read) =>
            read.IsLocal && constants.TryGetValue(read.Name, out NamedNumber? declared) && declared.Constant.Equals(read.Constant) ? Escaped(read.Name) : null;

        /// <summary>The declarations of the const locals that <paramref name="used"/> names (a const nothing reads would draw a warning).</summary>
        public IEnumerable<string> ConstantDeclarations(ISet<string> used) =>
            constants.Values.Where(local => used.Contains(Escaped(local.Name)))
                .Select(local => "const " + Keyword + " " + Escaped(local.Name) + " = " + CSharpPrinter.FormatLiteral(local.Constant, Type) + ";")
                .Concat(constantCalls.Values.Where(call => used.Contains(((Symbol)call.Node).Code))
                    .Select(call => Keyword + " " + ((Symbol)call.Node).Code + " = " + call.Code + ";"));

        /// <summary>A local's name as C# writes it: <c>@in</c> for a keyword.</summary>
        private static string Escaped(string name) => CSharpKeywords.IsKeyword(name) ? "@" + name : name;
    }
}
