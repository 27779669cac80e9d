using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Analysis
{
    /// <summary>
    /// Integer variables a counting loop moves by the same step each iteration (<c>li++</c>, <c>offset += d</c>): the
    /// value an iteration begins with is the value before the loop plus the step times the iterations before it, so the
    /// reverse sweep computes it from the counter instead of keeping one value per iteration on a tape.
    /// </summary>
    internal static class InductionVariables
    {
        /// <summary>
        /// The step of the variable in the loop, or null: the loop counts with its header, no iteration leaves early,
        /// and the one statement inside the loop that changes the variable is <c>v = v + c</c> or <c>v = v - c</c>
        /// standing directly in the body (every iteration runs it once), with c reading nothing the loop changes.
        /// Integer sums wrap in C#, so entry + c·k is the value k steps reach even past the type's range.
        /// </summary>
        public static (Integer Step, bool Negative)? StepOf(Loop loop, string variable)
        {
            if (loop.Counting == null || ProgramFacts.MayLeave(loop.Body))
            {
                return null;
            }

            var writes = ProgramFacts.All(loop.Body.Concat(loop.Steps)).Where(s => ProgramFacts.Assigned(new[] { s }).Contains(variable) && !(s is IfStatement or Loop)).ToList();
            if (writes.Count != 1 || !(writes[0] is AssignInteger update) || !loop.Body.Contains(update, ReferenceComparer.Instance))
            {
                return null;
            }

            // A type narrower than int takes the int sum back (short k; k += 300 is k = (short)(k + 300)): wrapping commutes with
            // the steps, so the closed form in AtIteration, narrowed once, is the same number.
            Integer stepped = update.Value is IntegerCast { Type: "byte" or "sbyte" or "short" or "ushort", Operand: var narrowed } ? narrowed : update.Value;
            if (!(stepped is IntegerArithmetic { Op: IrOp.Add or IrOp.Subtract } sum))
            {
                return null;
            }

            ISet<string> changed = ProgramFacts.Assigned(loop.Body.Concat(loop.Steps));
            changed.Add(loop.Counting.Index);
            bool Invariant(Integer e) => ProgramFacts.Reads(e).All(v => !changed.Contains(v));
            if (sum.Left is IntegerRead left && left.Variable == variable && Invariant(sum.Right))
            {
                return (sum.Right, sum.Op == IrOp.Subtract);
            }

            if (sum.Op == IrOp.Add && sum.Right is IntegerRead right && right.Variable == variable && Invariant(sum.Left))
            {
                return (sum.Left, false);
            }

            return null;
        }

        /// <summary>
        /// The variable's value as iteration <paramref name="iteration"/> (0 for the first) begins: entry ± step·iteration, over
        /// the variable's own name standing for its value before the loop, computed in the variable's type
        /// <paramref name="type"/> (its keyword): a long, ulong or uint multiplies the step by the iteration in its own width
        /// (an int product would wrap where the loop's sums do not), and a type narrower than int takes the int sum back
        /// (short k; k += 300; wraps as (short)(k + 300·i) does).
        /// </summary>
        public static Integer AtIteration(string variable, (Integer Step, bool Negative) step, Integer iteration, string type)
        {
            Integer index = type is "long" or "ulong" or "uint" ? new IntegerCast(type, iteration) : iteration;
            Integer moved = step.Step is IntegerNumber { Constant: 1 } ? index : new IntegerArithmetic(IrOp.Multiply, step.Step, index);
            Integer sum = new IntegerArithmetic(step.Negative ? IrOp.Subtract : IrOp.Add, new IntegerRead(variable), moved);
            return type == "int" ? sum : new IntegerCast(type, sum);
        }
    }
}
