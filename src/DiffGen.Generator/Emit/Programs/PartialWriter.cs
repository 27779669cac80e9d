using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Analysis;
using DiffGen.Generator.Ir;
using DiffGen.Generator.Symbolic;

namespace DiffGen.Generator.Emit.Programs
{
    /// <summary>
    /// Writes the body of <c>MPartialP</c> for a method with loops or arrays: the tangent program
    /// (<see cref="TangentTransformation"/>) as code. The method runs as written, and beside each value that carries a
    /// derivative, <c>dS</c> beside <c>s</c>, its derivative with respect to p.
    /// </summary>
    internal sealed class PartialWriter
    {
        private readonly ProgramPrinter p;
        private readonly ProgramNames names;
        private readonly string variable;

        public PartialWriter(ProgramPrinter printer, ProgramNames names, string variable)
        {
            p = printer;
            this.names = names;
            this.variable = variable;
        }

        public List<CodeNode> Body(IReadOnlyList<TangentStep> steps)
        {
            var code = new List<CodeNode> { new CodeComment("Beside each value v, dV carries ∂v/∂" + variable.TrimStart('@') + " as the method runs.") };
            p.TakeReads(); // what the doc formulas printed
            Write(steps, code);
            return CodeTree.DeclareAtFirstUse(CodeTree.Prune(code, new HashSet<string>()));
        }

        private void Write(IReadOnlyList<TangentStep> steps, List<CodeNode> code)
        {
            foreach (TangentStep step in steps)
            {
                switch (step)
                {
                    case AsWritten s:
                        code.Add(Statement(s.Statement));
                        break;
                    case ScalarTangent t:
                        code.Add(Scalar(t));
                        break;
                    case KeptTangent t:
                        WriteKept(t, code);
                        break;
                    case ElementTangent t:
                        (string index, List<string> indexReads) = p.Capture(() => p.Integer(t.Source.Index, Source));
                        string element = names.Derivative(t.Source.Array) + "[" + index + "]";
                        IEnumerable<string> elementReads = indexReads.Append(names.Derivative(t.Source.Array));
                        if (t.Change is TangentChange.Add or TangentChange.Subtract)
                        {
                            (string amount, List<string> amountReads) = p.Printed(() => p.Print(t.Tangent));
                            var added = new Accumulation(element, t.Change == TangentChange.Subtract, amount, amountReads);
                            code.Add(new CodeLine(added.Text, accumulates: added, uses: p.TakeReads(elementReads)));
                        }
                        else
                        {
                            code.Add(new CodeLine(element + " = " + p.Print(t.Tangent) + ";", uses: p.TakeReads(elementReads)));
                        }

                        break;
                    case ArrayTangent t when t.Source.Elements.Count > 0:
                        code.Add(new CodeLine(p.ArrayDeclaration(names.Derivative(t.Source.Name), t.Elements.Select(e => p.Print(e.Tangent)), t.Source.OnStack), declaredType: p.ArrayType(t.Source.OnStack), uses: p.TakeReads()));
                        break;
                    case ArrayTangent t:
                        (string length, List<string> lengthReads) = p.Capture(() => p.Integer(t.Source.Length, Source));
                        code.Add(new CodeLine(p.ArrayDeclaration(names.Derivative(t.Source.Name), length, t.Source.OnStack), declaredType: p.ArrayType(t.Source.OnStack), uses: p.TakeReads(lengthReads)));
                        break;
                    case CallTangent t:
                        WriteCall(t, code);
                        break;
                    case BranchTangent b:
                        var thenCode = new List<CodeNode>();
                        var elseCode = new List<CodeNode>();
                        Write(b.Then, thenCode);
                        Write(b.Else, elseCode);
                        code.Add(CodeBlock.If(p.Print(b.Source.Test, Source), p.TakeReads(), thenCode, elseCode));
                        break;
                    case LoopTangent l:
                        var body = new List<CodeNode>();
                        Write(l.Body, body);
                        code.Add(LoopHeaders.Block(p, l.Source, new Versions(), body));
                        break;
                    case ReturnTangent r:
                        code.Add(new CodeLine("return " + p.Print(r.Tangent) + ";", uses: p.TakeReads()));
                        break;
                }
            }
        }

        /// <summary><c>double dS = t;</c>, <c>dS = t;</c>, <c>dS += t;</c> or <c>dS -= t;</c>.</summary>
        private CodeLine Scalar(ScalarTangent t) => Derivative(t.Variable, t.Tangent, t.Change, _ => null);

        /// <summary><c>double dV = t;</c>, <c>dV = t;</c>, <c>dV += t;</c> or <c>dV -= t;</c>, some nodes of t standing for locals (<paramref name="nameOf"/>).</summary>
        private CodeLine Derivative(string variable, Expr tangent, TangentChange change, System.Func<Expr, string?> nameOf)
        {
            string target = names.Derivative(variable);
            switch (change)
            {
                case TangentChange.Declare:
                    return new CodeLine(p.Keyword + " " + target + " = " + p.Print(tangent, nameOf) + ";", target, declaredType: p.Keyword, startsAtZero: tangent is Constant { Value: 0 }, uses: p.TakeReads());
                case TangentChange.Assign:
                    return new CodeLine(target + " = " + p.Print(tangent, nameOf) + ";", target, uses: p.TakeReads());
                default:
                    (string amount, List<string> amountReads) = p.Printed(() => p.Print(tangent, nameOf));
                    var added = new Accumulation(target, change == TangentChange.Subtract, amount, amountReads);
                    return new CodeLine(added.Text, target, accumulates: added, uses: p.TakeReads());
            }
        }

        /// <summary>
        /// <c>v = e</c> and <c>dV</c> with e's kept calls: each computed once into a local in the arm of e's choice that makes
        /// it, then v from them, then dV reading them; when e reads v, the arms compute only the calls and v comes last.
        /// </summary>
        private void WriteKept(KeptTangent t, List<CodeNode> code)
        {
            bool? subtracts = t.Change switch { TangentChange.Add => false, TangentChange.Subtract => true, _ => (bool?)null };
            new KeptCallLines(p).Write(t.Kept, t.ReadsItself ? null : t.Variable, t.Change == TangentChange.Declare, mutation: false, code, subtracts);
            if (subtracts == null || !(t.Tangent is Constant { Value: 0 }))
            {
                code.Add(Derivative(t.Variable, t.Tangent, t.Change, t.Kept.NamingIn(new[] { t.Tangent }, p.Builder)));
            }

            if (t.ReadsItself)
            {
                System.Func<Expr, string?> inValue = t.Kept.NamingIn(new[] { t.Value }, p.Builder);
                Accumulation? added = subtracts is bool minus ? p.Accumulation(t.Variable, t.Value, minus, inValue) : null;
                if (added == null && t.Source is AssignScalar assign && ProgramFacts.WrittenCompound(assign) is (IrOp op, Value term))
                {
                    // v op= e as the source wrote it (decay *= 0.5 * cosVx), the kept call read by its local.
                    code.Add(new CodeLine(p.Compound(t.Variable, op, p.ToExpr(term, Source), inValue), t.Variable, readsDefined: true, uses: p.TakeReads()));
                    return;
                }

                code.Add(new CodeLine(added?.Text ?? t.Variable + " = " + p.Print(t.Value, inValue) + ";", t.Variable, accumulates: added, uses: p.TakeReads()));
            }
        }

        /// <summary>One of the method's own statements, as the source writes it.</summary>
        private CodeNode Statement(Statement statement)
        {
            switch (statement)
            {
                case DeclareScalar s:
                    return new CodeLine(p.Keyword + " " + s.Name + " = " + p.Print(s.Value, Source) + ";", s.Name, declaredType: p.Keyword, startsAtZero: p.IsZero(s.Value, Source), uses: p.TakeReads());
                case AssignScalar s when ProgramAnalysis.AccumulatedTerm(s) == null && ProgramFacts.WrittenCompound(s) is (IrOp op, Value term):
                    // v op= e as the source wrote it (vx += -0.1 * vx * vx), not v = v op e.
                    return new CodeLine(p.Compound(s.Name, op, p.ToExpr(term, Source), _ => null), s.Name, readsDefined: true, uses: p.TakeReads());
                case AssignScalar s:
                    Accumulation? added = p.Accumulation(s.Name, ProgramAnalysis.AccumulatedTerm(s), Source);
                    return new CodeLine(added?.Text ?? p.Update(s.Name, s.Value, null, Source), s.Name, accumulates: added, uses: p.TakeReads());
                case DeclareInteger s:
                    return new CodeLine(s.Type + " " + s.Name + " = " + p.Integer(s.Value, Source) + ";", s.Name, declaredType: s.Type, startsAtZero: ProgramPrinter.IsZero(s.Value), uses: p.TakeReads());
                case AssignInteger s:
                    // It sets the integer (and reads it, for i++): dropped with its declaration when nothing reads it.
                    return new CodeLine(LoopHeaders.Step(p, s.Name, s.Value, new Versions()) + ";", s.Name, readsDefined: ProgramFacts.Reads(s.Value).Contains(s.Name), uses: p.TakeReads());
                case DeclareArray s when s.Elements.Count > 0:
                    return new CodeLine(p.ArrayDeclaration(s.Name, s.Elements.Select(e => p.Print(e, Source)), s.OnStack), declaredType: p.ArrayType(s.OnStack), uses: p.TakeReads());
                case DeclareArray s:
                    (string length, List<string> lengthReads) = p.Capture(() => p.Integer(s.Length, Source));
                    return new CodeLine(p.ArrayDeclaration(s.Name, length, s.OnStack), declaredType: p.ArrayType(s.OnStack), uses: p.TakeReads(lengthReads));
                case DeclareIntegerArray s:
                    return new CodeLine(p.IntegerArrayDeclaration(s, Source), declaredType: p.IntegerArrayType(s), uses: p.TakeReads());
                case AssignElement s:
                    (string index, List<string> indexReads) = p.Capture(() => p.Integer(s.Index, Source));
                    Accumulation? addedToElement = p.Accumulation(s.Array + "[" + index + "]", ProgramAnalysis.AccumulatedTerm(s), Source);
                    return new CodeLine(addedToElement?.Text ?? p.Update(s.Array + "[" + index + "]", s.Value, null, Source), accumulates: addedToElement, uses: p.TakeReads(indexReads.Append(s.Array)));
                case Break:
                    return new CodeLine("break;", uses: p.TakeReads());
                case Continue:
                    return new CodeLine("continue;", uses: p.TakeReads());
                default:
                    throw new System.InvalidOperationException("The tangent program keeps " + statement.GetType().Name + " in a step of its own.");
            }
        }

        /// <summary>
        /// <c>double v = FGradient(a, w, out double fPartialA, span);</c>, then <c>dV</c> from the scalar arguments' terms,
        /// and a loop adding the array arguments' terms.
        /// </summary>
        private void WriteCall(CallTangent t, List<CodeNode> code)
        {
            var outputs = new List<string>();
            var after = new List<CodeNode>();
            foreach ((string output, CallArgument argument, bool carried) in t.Outputs)
            {
                if (argument.Scalar != null)
                {
                    outputs.Add("out " + p.Keyword + " " + output);
                    continue;
                }

                (string rent, string span) = p.PartialsBuffer(output, argument.Array!);
                code.Add(new CodeLine(rent, declaredType: p.Keyword + "[]", uses: p.TakeReads(argument.Array!)));
                outputs.Add(span);
                if (carried)
                {
                    string k = names.Fresh("k");
                    string name = t.Source.Name;
                    var addAll = new CodeLine(names.Derivative(name) + " += " + output + "[" + k + "] * " + names.Derivative(argument.Array!) + "[" + k + "];", uses: new[] { names.Derivative(name), output, k, names.Derivative(argument.Array!) });
                    after.Add(CodeBlock.Loop("for (int " + k + " = 0; " + k + " < " + argument.Array + ".Length; " + k + "++)", new List<CodeNode> { addAll }, new[] { k, argument.Array! }));
                }

                after.Add(new CodeLine("global::DiffGen.Tape.Return(" + output + ");", uses: new[] { output }));
            }

            string value = t.Source.Name;
            code.Add(new CodeLine(declaredType: p.Keyword, text: p.Keyword + " " + value + " = " + t.Call.GradientAccess + "(" + string.Join(", ", p.Arguments(t.Call, Source).Concat(outputs)) + ");", comment: value + " and its partials in one call", uses: p.TakeReads(t.Outputs.Select(o => o.Output))));
            code.Add(new CodeLine(p.Keyword + " " + names.Derivative(value) + " = " + p.Print(t.Tangent) + ";", names.Derivative(value), declaredType: p.Keyword, startsAtZero: t.Tangent is Constant { Value: 0 }, uses: p.TakeReads()));
            code.AddRange(after);
        }

        private static string Source(string name) => name;
    }
}
