using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Symbolic;

namespace DiffGen.Generator.Emit.Programs
{
    /// <summary>
    /// The lines of a statement whose costly calls are kept (<see cref="KeptCalls"/>), for both sweeps of a gradient and for
    /// a partial: each arm of its choice computes its calls into their locals, then the value from them.
    /// </summary>
    internal sealed class KeptCallLines
    {
        private readonly ProgramPrinter p;

        public KeptCallLines(ProgramPrinter printer)
        {
            p = printer;
        }

        /// <summary>
        /// <c>v = e</c> with its kept calls: for a choice, the kept locals declared first (0 until an arm sets them), then an
        /// <c>if</c> per choice whose arms each compute their calls and then v; else each call's local, then v. With
        /// <paramref name="target"/> null (a value the sweep leaves alone), the arms compute only the calls.
        /// </summary>
        /// <param name="declare">Whether v is declared here (<c>double v</c>) rather than assigned.</param>
        /// <param name="mutation">Whether the assignment changes v in place (the forward run of a fused reduction).</param>
        /// <param name="subtracts">For <c>v += e</c> (false) or <c>v -= e</c> (true), e's kept calls: each arm adds its value; null for <c>v = e</c>.</param>
        public void Write(KeptCalls kept, string? target, bool declare, bool mutation, List<CodeNode> code, bool? subtracts = null)
        {
            if (!kept.IsChoice)
            {
                code.AddRange(ArmLines(kept, kept.Root, target, declare, mutation, subtracts));
                return;
            }

            // The calls every arm makes, before the choice; then the others, each set by the arm that makes it.
            code.AddRange(CallLines(kept, kept.Root, kept.Root.Kept.Contains));
            var armLocals = kept.ArmLocals.ToList();
            if (armLocals.Count > 0)
            {
                code.Add(new CodeComment("Set by the arm below that computes " + (armLocals.Count == 1 ? "it" : "them") + ", and read again by the derivative:"));
            }

            foreach (string local in armLocals)
            {
                code.Add(new CodeLine(p.Keyword + " " + local + " = 0;", local, declaredType: p.Keyword, startsAtZero: true, uses: p.TakeReads()));
            }

            if (target != null && declare)
            {
                code.Add(new CodeLine(p.Keyword + " " + target + ";", target, declaredType: p.Keyword, uses: p.TakeReads()));
            }

            code.Add(ArmChoice(kept, kept.Root, target, mutation, subtracts));
        }

        /// <summary>
        /// <c>double expZ = Math.Exp(z);</c> for each call the arm keeps, in order (<c>expZ = …</c> in an arm of a choice, whose
        /// locals are declared before it); <paramref name="holds"/> says which calls are in their locals where the arm runs.
        /// </summary>
        private List<CodeNode> CallLines(KeptCalls kept, Arm arm, System.Func<Expr, bool> holds, bool declare = true)
        {
            var lines = new List<CodeNode>();
            foreach (FunctionCall call in arm.Kept)
            {
                string local = kept.LocalOf(call)!;
                string declared = declare ? p.Keyword + " " : string.Empty;
                lines.Add(p.Reprintable(
                    named => new CodeLine(declared + local + " = " + p.Print(call, e => e == call ? null : named(e) ?? (holds(e) ? kept.LocalOf(e) : null)) + ";", local, declaredType: declare ? p.Keyword : null, uses: p.TakeReads()),
                    call));
            }

            return lines;
        }

        /// <summary><c>if (test) { arm } else { arm }</c> for a choice of the value.</summary>
        private CodeBlock ArmChoice(KeptCalls kept, Arm choice, string? target, bool mutation, bool? subtracts)
        {
            List<CodeNode> Side(Arm arm) => arm.Test != null
                ? new List<CodeNode> { ArmChoice(kept, arm, target, mutation, subtracts) }
                : ArmLines(kept, arm, target, declare: false, mutation, subtracts);
            (string condition, List<string> reads) = p.Capture(() => p.PrintCondition(choice.Test!));
            return CodeBlock.If(condition, reads, Side(choice.WhenTrue!), Side(choice.WhenFalse!));
        }

        /// <summary>One arm: each call it keeps into its local (declared here when the value is no choice), then the value (or <c>v += value</c>).</summary>
        private List<CodeNode> ArmLines(KeptCalls kept, Arm arm, string? target, bool declare, bool mutation, bool? subtracts)
        {
            // In this arm the calls it computes, and those made before the choice, are in their locals; another arm's are
            // not (they hold 0 here).
            bool Holds(Expr e) => arm.Kept.Contains(e) || kept.Root.Kept.Contains(e);
            string? Local(Expr e) => Holds(e) ? kept.LocalOf(e) : null;
            List<CodeNode> lines = arm == kept.Root ? CallLines(kept, arm, Holds) : CallLines(kept, arm, Holds, declare: false);

            if (target != null && subtracts is bool negative)
            {
                Expr term = arm.Value;
                lines.Add(p.Reprintable(named =>
                {
                    Accumulation added = p.Accumulation(target, term, negative, e => named(e) ?? Local(e));
                    return new CodeLine(added.Text, target, mutation: mutation, accumulates: added, uses: p.TakeReads());
                }));
            }
            else if (target != null)
            {
                Expr value = arm.Value;
                lines.Add(p.Reprintable(
                    named => new CodeLine((declare ? p.Keyword + " " : string.Empty) + target + " = " + p.Print(value, e => named(e) ?? Local(e)) + ";", target, mutation: mutation, declaredType: declare ? p.Keyword : null, uses: p.TakeReads()),
                    declare ? value : null));
            }

            return lines;
        }
    }
}
