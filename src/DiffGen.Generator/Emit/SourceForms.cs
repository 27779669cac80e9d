using System;
using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Common;
using DiffGen.Generator.Functions;
using DiffGen.Generator.Ir;
using DiffGen.Generator.Symbolic;

namespace DiffGen.Generator.Emit
{
    /// <summary>
    /// A loop-free method's values as its source writes them: a local of the generated code that holds a value the source
    /// computes is printed from the source's own instructions (<c>x + 1 + epsilon</c>, <c>Math.Log(u) * 3</c>, <c>z / 2</c>)
    /// rather than from the DAG's canonical form (<c>x + epsilon + 1</c>, <c>3 * Math.Log(u)</c>, <c>0.5 * z</c>), with the
    /// generated code's other locals named where the source computes their values. So a student reads the source's
    /// expressions, and the value the gradient returns is the method's own, rounding and all.
    /// </summary>
    /// <remarks>
    /// A local is printed so only when every part of its source form can be: arithmetic, calls of <c>Math</c>, reads of
    /// parameters, constants and other locals. A choice, a comparison, a call of another method or of <c>Gradient.Stop</c>
    /// in it is printed from the DAG when the DAG computes that part inside the local anyway, and makes the whole local
    /// print from the DAG otherwise; so is a power the DAG computes as a product (<c>x * x</c> for <c>Math.Pow(x, 2)</c>,
    /// many times faster). The C# a source form prints never does integer arithmetic: two operands that C# would
    /// read as integers (<c>1 / 2</c>) are printed as the number the DAG folded them to.
    /// </remarks>
    internal sealed partial class SourceForms
    {
        /// <summary>
        /// Past this many characters a local prints from the DAG: a source form repeats each local it reads and does not
        /// keep (one the DAG simplified away), so one that reads such locals in a chain could grow exponentially.
        /// </summary>
        private const int Longest = 2000;

        /// <summary>
        /// Past this many characters a value the DAG holds as a local's node but the source computes otherwise (<c>x + e + 1</c>
        /// beside <c>x + 1 + e</c>) reads the local: each such value repeated in full could grow exponentially in a chain.
        /// </summary>
        private const int LongestRecomputed = 80;

        private readonly IReadOnlyList<IrInstruction> body;
        private readonly IReadOnlyList<Expr> values;
        private readonly NumericType type;
        private readonly bool hasMathF;
        private readonly Dictionary<Expr, int> firstInstruction = new Dictionary<Expr, int>();

        /// <summary>Each instruction's computation as the source writes it, numbered: two with one number compute the same bits.</summary>
        private readonly int[] computation;

        private readonly LoweredMethod method;

        public SourceForms(LoweredMethod method, IReadOnlyList<Expr> instructionValues)
            : this(method, instructionValues, Computations(method.Body))
        {
        }

        private SourceForms(LoweredMethod method, IReadOnlyList<Expr> instructionValues, int[] computation)
        {
            this.method = method;
            body = method.Body;
            values = instructionValues;
            type = method.Type;
            hasMathF = method.HasMathF;
            this.computation = computation;
            for (int i = 0; i < body.Count; i++)
            {
                // A binding is the value bound: its instruction is the one that computed it.
                if (body[i].Op != IrOp.Bind && !firstInstruction.ContainsKey(LocalPlan.Representative(values[i])))
                {
                    firstInstruction.Add(LocalPlan.Representative(values[i]), i);
                }
            }
        }

        /// <summary>
        /// Each instruction's computation as the source writes it, numbered once per method (they depend on the body alone): the
        /// instruction with its operands replaced by their numbers, compared as the record it is.
        /// </summary>
        private static int[] Computations(IReadOnlyList<IrInstruction> body)
        {
            var computation = new int[body.Count];
            var numbers = new Dictionary<IrInstruction, int>();
            for (int i = 0; i < body.Count; i++)
            {
                IrInstruction instruction = body[i];
                if (instruction.Op == IrOp.Bind)
                {
                    computation[i] = computation[instruction.Operands[0]];
                    continue;
                }

                // A number is its value, however the source writes it (1e-3 and 0.001 are the same bits).
                IrInstruction key = instruction with { Operands = instruction.Operands.Select(k => computation[k]).ToEquatableArray(), Text = instruction.Op == IrOp.Constant ? string.Empty : instruction.Text };
                if (!numbers.TryGetValue(key, out int number))
                {
                    number = numbers.Count;
                    numbers.Add(key, number);
                }

                computation[i] = number;
            }

            return computation;
        }

        /// <summary>
        /// The same forms for a member whose DAG <see cref="SharedProducts"/> rewrote: each instruction computes the node
        /// <paramref name="map"/> makes of it (a product that shares factors with another, <c>(x * y) * y</c>), so that a
        /// local over such a product is still found and printed as the source writes it.
        /// </summary>
        public SourceForms Through(Func<Expr, Expr> map)
        {
            var mapped = new Expr[values.Count];
            for (int i = 0; i < mapped.Length; i++)
            {
                mapped[i] = map(values[i]);
            }

            return new SourceForms(method, mapped, computation);
        }

        /// <summary>
        /// What <paramref name="local"/> holds as the source writes it, reading the locals <paramref name="nameOf"/> names among
        /// the nodes the local's value is computed from; null where it cannot be printed so (then print it from the DAG).
        /// </summary>
        /// <param name="visible">Whether a named node's local is in scope where <paramref name="local"/> is written; where one the form
        /// would read is not (a forward branch's local, read in the reverse twin's block), there is no source form.</param>
        public string? Definition(Expr local, Func<Expr, string?> nameOf, CSharpPrinter printer, Func<Expr, bool>? visible = null)
        {
            Expr node = LocalPlan.Representative(local);
            // A number, a parameter or a constant has no other form to show (and its name may be the local's own).
            if (!firstInstruction.TryGetValue(node, out int instruction) || body[instruction].Op is IrOp.Constant or IrOp.Parameter or IrOp.Field or IrOp.NamedConstant)
            {
                return null;
            }

            return new Reading(this, node, nameOf, printer, visible: visible).Print(instruction, top: true)?.Text;
        }

        /// <summary>
        /// What the method returns as the source computes it, <paramref name="value"/> being the node the member returns: the
        /// local that holds it where that local is printed from the source's returned instruction (<c>return spring;</c>),
        /// else the returned instruction's own form (<c>x + 1 - 1</c>, which the DAG holds as <c>x</c>); null where the
        /// returned instruction computes another node than <paramref name="value"/>, or cannot be printed so.
        /// </summary>
        public string? Result(int result, Expr value, Func<Expr, string?> nameOf, CSharpPrinter printer)
        {
            Expr node = LocalPlan.Representative(value);
            return ReferenceEquals(LocalPlan.Representative(values[result]), node)
                ? new Reading(this, node, nameOf, printer, includesLocal: true).Print(result)?.Text
                : null;
        }

        /// <summary>
        /// Whether the instruction computes what the one a local holding its node is printed from computes, operation for
        /// operation, so that the local's name stands for its value to the last bit. Another computation that the DAG holds
        /// as the same node may round otherwise (<c>x + e + 1</c> beside <c>x + 1 + e</c>, <c>x * y + h - h</c> beside <c>x * y</c>).
        /// </summary>
        private bool IsPrintedFrom(int index, Expr node) =>
            firstInstruction.TryGetValue(node, out int first) && computation[first] == computation[index];
    }
}
