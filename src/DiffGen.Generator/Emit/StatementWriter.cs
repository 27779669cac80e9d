using System;
using System.Linq;
using DiffGen.Generator.Ir;
using DiffGen.Generator.Symbolic;

namespace DiffGen.Generator.Emit
{
    /// <summary>Writes the blocks a <see cref="BranchLayout"/> arranged: locals as declarations, statement groups as <c>if</c>/<c>else</c>.</summary>
    internal sealed class StatementWriter
    {
        private readonly CodeWriter writer;
        private readonly BranchLayout layout;
        private readonly CSharpPrinter printer;
        private readonly Func<Expr, string?> commentOf;

        private readonly SourceForms? sourceForms;

        /// <param name="sourceForms">The source's own forms of the values it computes, which locals that hold them are printed in.</param>
        public StatementWriter(CodeWriter writer, BranchLayout layout, CSharpPrinter printer, Func<Expr, string?> commentOf, SourceForms? sourceForms = null)
        {
            this.writer = writer;
            this.layout = layout;
            this.printer = printer;
            this.commentOf = commentOf;
            this.sourceForms = sourceForms;
        }

        public void WriteBlock(Scope scope)
        {
            foreach (object item in scope.Items)
            {
                WriteItem(item);
            }
        }

        public void WriteItem(object item)
        {
            if (layout.DeclarationsBefore.TryGetValue(item, out var hoisted))
            {
                writer.Line(hoisted.Where(l => !(l is InvocationPartial)).All(layout.IsReadByReverseSweep)
                    ? "// Set in the branch below and read again by the reverse sweep:"
                    : "// Set in the branch below and read again in a later branch where its condition holds:");
                foreach (Expr local in hoisted)
                {
                    writer.Line(printer.TypeKeyword + " " + layout.NameOf(local) + " = 0;");
                }
            }

            if (item is BranchGroup group)
            {
                WriteGroup(group);
            }
            else
            {
                WriteLocal((Expr)item);
            }
        }

        private void WriteLocal(Expr local)
        {
            string name = layout.NameOf(local)!;
            if (local is Invocation call && layout.PartialsOf.TryGetValue(call, out var partials))
            {
                WriteDerivativeCall(call, name, partials);
                return;
            }

            string definition = sourceForms?.Definition(local, layout.NameOf, printer, e => layout.IsVisibleAt(e, local)) ?? printer.PrintDefinition(local);
            string text = layout.Aliases.ContainsKey(local) || layout.IsDeclaredElsewhere(local) ? name + " = " + definition + ";"
                : local is Symbol { ConstantValue: not null, Code.Length: 0 } ? "const " + printer.TypeKeyword + " " + name + " = " + definition + ";"
                : printer.TypeKeyword + " " + name + " = " + definition + ";";
            string? comment = commentOf(local);
            writer.Line(comment == null ? text : text + " // " + comment);
        }

        /// <summary><c>double sigmoid = SigmoidGradient(z, out double dSigmoidDZ);</c>: the value and the derivatives the chain rule needs, in one call.</summary>
        private void WriteDerivativeCall(Invocation call, string name, System.Collections.Generic.List<InvocationPartial> partials)
        {
            bool declared = layout.IsDeclaredElsewhere(call);
            var outputs = new System.Collections.Generic.List<string>();
            for (int i = 0; i < call.Target.Parameters.Count; i++)
            {
                if (!call.Target.Parameters[i].HasDerivative)
                {
                    continue;
                }

                InvocationPartial? partial = partials.FirstOrDefault(p => p.Parameter == i);
                outputs.Add(partial == null ? "out " + printer.TypeKeyword + " _" : declared ? "out " + layout.NameOf(partial) : "out " + printer.TypeKeyword + " " + layout.NameOf(partial));
            }

            string target = declared ? name : printer.TypeKeyword + " " + name;
            string read = string.Join(", ", partials.OrderBy(p => p.Parameter).Select(p => "∂" + call.Target.Callee + "/∂" + call.Target.Parameters[p.Parameter].Name));
            writer.Line(target + " = " + printer.DerivativeCall(call, outputs) + "; // " + call.Target.Callee + " and " + read + " in one call of " + call.Target.GradientName);
        }

        /// <summary>
        /// <c>double y; if (test) { ...; y = a; } else { ...; y = b; }</c>; when every choice's other
        /// side is a constant and that side computes nothing, the constant is the initial value and
        /// the <c>else</c> is left out.
        /// </summary>
        private void WriteGroup(BranchGroup group)
        {
            if (group.Test is Condition { Op: ConditionOp.True or ConditionOp.False } decided)
            {
                // A test the simplifier decided (a guard of constants alone, Math.Clamp(1f, 1f, 1f)): only the side it takes,
                // with no if around it, which C# would warn is unreachable (CS0162).
                bool holds = decided.Op == ConditionOp.True;
                foreach (Select member in group.Members.Where(m => !layout.Aliases.ContainsKey(m) && !layout.IsDeclaredElsewhere(m)))
                {
                    writer.Line(printer.TypeKeyword + " " + layout.NameOf(member) + ";");
                }

                WriteSide(group, holds ? group.WhenTrue : group.WhenFalse, whenTrue: holds);
                return;
            }

            bool elseIsConstant = group.WhenFalse.Items.Count == 0 && group.Members.All(m => m.WhenFalse is Constant || IsOwnAlias(m.WhenFalse, m));
            if (group.IsReverse)
            {
                writer.Line("// Back through the branch the forward sweep took:");
            }

            foreach (Select member in group.Members.Where(m => !layout.Aliases.ContainsKey(m) && !layout.IsDeclaredElsewhere(m)))
            {
                string declaration = printer.TypeKeyword + " " + layout.NameOf(member);
                writer.Line(elseIsConstant && member.WhenFalse is Constant ? declaration + " = " + printer.Print(member.WhenFalse) + ";" : declaration + ";");
            }

            writer.Open("if (" + printer.PrintCondition(group.Test) + ")");
            WriteSide(group, group.WhenTrue, whenTrue: true);
            writer.Close();
            if (!elseIsConstant || group.Members.Any(m => (layout.Aliases.ContainsKey(m) || layout.IsDeclaredElsewhere(m)) && m.WhenFalse is Constant))
            {
                writer.Open("else");
                WriteSide(group, group.WhenFalse, whenTrue: false);
                writer.Close();
            }
        }

        private void WriteSide(BranchGroup group, Scope side, bool whenTrue)
        {
            WriteBlock(side);
            foreach (Select member in group.Members)
            {
                Expr value = whenTrue ? member.WhenTrue : member.WhenFalse;
                if (!IsOwnAlias(value, member))
                {
                    writer.Line(layout.NameOf(member) + " = " + printer.Print(value) + ";");
                }
            }
        }

        /// <summary>True when the branch value was computed straight into the choice's variable.</summary>
        private bool IsOwnAlias(Expr value, Select member) =>
            layout.Aliases.TryGetValue(LocalPlan.Representative(value), out Select? target) && ReferenceEquals(target, member);
    }
}
