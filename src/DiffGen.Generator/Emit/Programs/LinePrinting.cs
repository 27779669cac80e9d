using System;
using System.Collections.Generic;
using DiffGen.Generator.Symbolic;

namespace DiffGen.Generator.Emit.Programs
{
    /// <summary>
    /// How a statement was printed from DAG nodes, so that it can be printed again with some nodes standing
    /// for locals (a value the forward sweep stored, read back instead of computed again): the decision is
    /// made on the nodes, and the new text comes from the printer, never from editing the old text.
    /// </summary>
    internal sealed class LinePrinting
    {
        public LinePrinting(IReadOnlyList<FunctionCall> calls, Func<Func<Expr, string?>, CodeLine> write, Expr? value)
        {
            Calls = calls;
            Write = write;
            Value = value;
        }

        /// <summary>The function calls the statement prints as calls, outermost first, in the order they stand.</summary>
        public IReadOnlyList<FunctionCall> Calls { get; }

        /// <summary>Writes the statement again; the argument gives the local a node prints as, or null to print the node itself.</summary>
        public Func<Func<Expr, string?>, CodeLine> Write { get; }

        /// <summary>For a declaration <c>double v = value;</c>, the node of its value; else null.</summary>
        public Expr? Value { get; }
    }
}
