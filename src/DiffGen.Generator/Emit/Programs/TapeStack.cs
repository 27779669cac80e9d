using System.Collections.Generic;
using System.Linq;

namespace DiffGen.Generator.Emit.Programs
{
    /// <summary>
    /// A stack the forward sweep pushes values onto and the reverse sweep, taking its steps back in the opposite order, pops
    /// them from: an array rented from the pool (<see cref="Tape"/>, of <see cref="ElementType"/>) and how many values it
    /// holds (<see cref="Top"/>). The lines every such stack writes (its declaration, a push that grows it when full, a pop,
    /// a counter reading it back from the top without taking values off, its return to the pool) are written here once;
    /// what a stack keeps, and where, is its owner's (<see cref="ElementTapes"/>, <see cref="GateStacks"/>).
    /// </summary>
    internal sealed record TapeStack(string ElementType, string Tape, string Top)
    {
        /// <summary>The tape, rented from the pool with room for 16 values, and its count, from 0.</summary>
        public IEnumerable<CodeNode> Declarations(string comment) => new CodeNode[]
        {
            new CodeLine(ElementType + "[] " + Tape + " = global::DiffGen.Tape.Rent<" + ElementType + ">(16);", Tape, declaredType: ElementType + "[]", comment: comment, uses: System.Array.Empty<string>()),
            new CodeLine("int " + Top + " = 0;", Top, declaredType: "int", startsAtZero: true, uses: System.Array.Empty<string>()),
        };

        /// <summary><paramref name="value"/> pushed, the tape grown first when it is full.</summary>
        public IEnumerable<CodeNode> Push(string value, IEnumerable<string> valueReads, string comment)
        {
            yield return new CodeLine("if (" + Top + " == " + Tape + ".Length) " + Tape + " = global::DiffGen.Tape.Grow(" + Tape + ");", uses: new[] { Top, Tape });
            yield return new CodeLine(Tape + "[" + Top + "++] = " + value + ";", comment: comment, uses: valueReads.Append(Tape).Append(Top));
        }

        /// <summary>What <c>target = tape[--top]</c> assigns: the value last pushed, taken off.</summary>
        public string Popped => Tape + "[--" + Top + "]";

        /// <summary>What the counter <paramref name="back"/> (<see cref="ReadBack"/>) reaches next: <c>tape[--back]</c>.</summary>
        public string ReadBackNext(string back) => Tape + "[--" + back + "]";

        /// <summary>A counter that reads the tape back from its top, leaving it as it is (<c>int wBack = wTapeTop;</c>).</summary>
        public CodeLine ReadBack(string back, string comment) =>
            new CodeLine("int " + back + " = " + Top + ";", back, declaredType: "int", comment: comment, uses: new[] { Top, Tape });

        /// <summary>The tape given back to the pool once the reverse sweep is done.</summary>
        public CodeLine Return() => new CodeLine("global::DiffGen.Tape.Return(" + Tape + ");", uses: new[] { Tape });
    }
}
