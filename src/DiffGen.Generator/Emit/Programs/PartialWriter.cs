using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Analysis;
using DiffGen.Generator.Ir;
using DiffGen.Generator.Symbolic;

namespace DiffGen.Generator.Emit.Programs
{
    /// <summary>
    /// Writes the body of <c>MPartialP</c> for a method with loops or arrays: forward-mode differentiation.
    /// The method runs as written; before each assignment a line computes the derivative of the value with
    /// respect to p (<c>dS</c> beside <c>s</c>), from the derivatives of what it reads.
    /// </summary>
    internal sealed class PartialWriter
    {
        private readonly ProgramPrinter p;
        private readonly ProgramAnalysis analysis;
        private readonly ProgramNames names;
        private readonly string variable;

        public PartialWriter(ProgramPrinter printer, ProgramAnalysis analysis, ProgramNames names, string variable)
        {
            p = printer;
            this.analysis = analysis;
            this.names = names;
            this.variable = variable;
        }

        public List<CodeNode> Body(IEnumerable<Statement> statements)
        {
            var code = new List<CodeNode> { new CodeComment("Beside each value v, dV carries ∂v/∂" + variable.TrimStart('@') + " as the method runs.") };
            p.TakeReads(); // what the doc formulas printed
            Write(statements, new Versions(), code);
            return CodeTree.DeclareAtFirstUse(CodeTree.Prune(code, new HashSet<string>()));
        }

        private void Write(IEnumerable<Statement> statements, Versions versions, List<CodeNode> code)
        {
            foreach (Statement statement in statements)
            {
                switch (statement)
                {
                    case DeclareScalar { Value: CallValue call } s when analysis.IsActive(s.Name):
                        WriteCall(s.Name, call, versions, code);
                        break;
                    case DeclareScalar s when analysis.IsActive(s.Name) && WroteKept(s.Name, s.Value, declare: true, versions, code):
                        break;
                    case DeclareScalar s:
                        var declaration = new CodeLine(p.Keyword + " " + s.Name + " = " + p.Print(s.Value, versions.Of) + ";", s.Name, declaredType: p.Keyword, startsAtZero: p.IsZero(s.Value, versions.Of), uses: p.TakeReads());
                        if (analysis.IsActive(s.Name))
                        {
                            (Expr declared, bool readsValue) = Tangent(s.Value, versions, s.Name);
                            var line = new CodeLine(p.Keyword + " " + names.Derivative(s.Name) + " = " + p.Print(declared) + ";", names.Derivative(s.Name), declaredType: p.Keyword, startsAtZero: declared is Constant { Value: 0 }, uses: p.TakeReads());
                            code.AddRange(readsValue ? new[] { declaration, line } : new[] { line, declaration });
                            break;
                        }

                        code.Add(declaration);
                        break;
                    case AssignScalar s:
                        string tangent = names.Derivative(s.Name);
                        (Value Term, bool Negative)? accumulated = ProgramAnalysis.AccumulatedTerm(s);
                        if (analysis.IsActive(s.Name) && accumulated is (Value keptTerm, bool keptNegative) && WroteKept(s.Name, keptTerm, declare: false, versions, code, keptNegative))
                        {
                            break;
                        }
                        else if (analysis.IsActive(s.Name) && accumulated is (Value term, bool negative))
                        {
                            Expr change = Tangent(term, versions);
                            if (!(change is Constant { Value: 0 }))
                            {
                                (string amount, List<string> amountReads) = p.Printed(() => p.Print(change));
                                var added = new Accumulation(tangent, negative, amount, amountReads);
                                code.Add(new CodeLine(added.Text, tangent, accumulates: added, uses: p.TakeReads()));
                            }
                        }
                        else if (analysis.IsActive(s.Name) && WroteKept(s.Name, s.Value, declare: false, versions, code))
                        {
                            break;
                        }
                        else if (analysis.IsActive(s.Name))
                        {
                            // v = e where e does not read v: after the assignment, v holds e for its tangent to reuse.
                            string? holder = ProgramFacts.Reads(s.Value).Contains(s.Name) ? null : s.Name;
                            (Expr whole, bool readsValue) = Tangent(s.Value, versions, holder);
                            Accumulation? added = p.Accumulation(s.Name, accumulated, versions.Of);
                            var assignment = new CodeLine(added?.Text ?? p.Update(s.Name, s.Value, null, versions.Of), s.Name, accumulates: added, uses: p.TakeReads());
                            if (readsValue)
                            {
                                code.Add(assignment);
                            }

                            if (!(whole is Symbol { Code: var same } && same == tangent))
                            {
                                code.Add(new CodeLine(tangent + " = " + p.Print(whole) + ";", tangent, uses: p.TakeReads()));
                            }

                            if (!readsValue)
                            {
                                code.Add(assignment);
                            }

                            break;
                        }

                        Accumulation? addedToValue = p.Accumulation(s.Name, accumulated, versions.Of);
                        code.Add(new CodeLine(addedToValue?.Text ?? p.Update(s.Name, s.Value, null, versions.Of), s.Name, accumulates: addedToValue, uses: p.TakeReads()));
                        break;
                    case DeclareInteger s:
                        code.Add(new CodeLine(s.Type + " " + s.Name + " = " + p.Integer(s.Value, versions.Of) + ";", s.Name, declaredType: s.Type, startsAtZero: ProgramPrinter.IsZero(s.Value), uses: p.TakeReads()));
                        break;
                    case AssignInteger s:
                        // It sets the integer (and reads it, for i++): dropped with its declaration when nothing reads it.
                        code.Add(new CodeLine(LoopHeaders.Step(p, s.Name, s.Value, versions) + ";", s.Name, readsDefined: ProgramFacts.Reads(s.Value).Contains(s.Name), uses: p.TakeReads()));
                        break;
                    case DeclareArray s when s.Elements.Count > 0:
                        if (analysis.IsActive(s.Name))
                        {
                            code.Add(new CodeLine(p.ArrayDeclaration(names.Derivative(s.Name), s.Elements.Select(e => p.Print(Tangent(e, versions))), s.OnStack), declaredType: p.ArrayType(s.OnStack), uses: p.TakeReads()));
                        }

                        code.Add(new CodeLine(p.ArrayDeclaration(s.Name, s.Elements.Select(e => p.Print(e, versions.Of)), s.OnStack), declaredType: p.ArrayType(s.OnStack), uses: p.TakeReads()));
                        break;
                    case DeclareArray s:
                        (string length, List<string> lengthReads) = p.Capture(() => p.Integer(s.Length, versions.Of));
                        code.Add(new CodeLine(p.ArrayDeclaration(s.Name, length, s.OnStack), declaredType: p.ArrayType(s.OnStack), uses: p.TakeReads(lengthReads)));
                        if (analysis.IsActive(s.Name))
                        {
                            code.Add(new CodeLine(p.ArrayDeclaration(names.Derivative(s.Name), length, s.OnStack), declaredType: p.ArrayType(s.OnStack), uses: p.TakeReads(lengthReads)));
                        }

                        break;
                    case DeclareIntegerArray s:
                        code.Add(new CodeLine(p.IntegerArrayDeclaration(s, versions.Of), declaredType: p.IntegerArrayType(s), uses: p.TakeReads()));
                        break;
                    case AssignElement s:
                        (string index, List<string> indexReads) = p.Capture(() => p.Integer(s.Index, versions.Of));
                        if (analysis.IsActive(s.Array))
                        {
                            string tangentElement = names.Derivative(s.Array) + "[" + index + "]";
                            Accumulation? addedToTangent = null;
                            if (ProgramAnalysis.AccumulatedTerm(s) is (Value added, bool minus))
                            {
                                (string amount, List<string> amountReads) = p.Printed(() => p.Print(Tangent(added, versions)));
                                addedToTangent = new Accumulation(tangentElement, minus, amount, amountReads);
                            }

                            code.Add(new CodeLine(addedToTangent?.Text ?? tangentElement + " = " + p.Print(Tangent(s.Value, versions)) + ";", accumulates: addedToTangent, uses: p.TakeReads(indexReads.Append(names.Derivative(s.Array)))));
                        }

                        Accumulation? addedToElement = p.Accumulation(s.Array + "[" + index + "]", ProgramAnalysis.AccumulatedTerm(s), versions.Of);
                        code.Add(new CodeLine(addedToElement?.Text ?? p.Update(s.Array + "[" + index + "]", s.Value, null, versions.Of), accumulates: addedToElement, uses: p.TakeReads(indexReads.Append(s.Array))));
                        break;
                    case IfStatement b:
                        var thenCode = new List<CodeNode>();
                        var elseCode = new List<CodeNode>();
                        Write(b.Then, versions, thenCode);
                        Write(b.Else, versions, elseCode);
                        code.Add(CodeBlock.If(p.Print(b.Test, versions.Of), p.TakeReads(), thenCode, elseCode));
                        break;
                    case Loop l:
                        var body = new List<CodeNode>();
                        Write(l.Body, versions, body);
                        code.Add(LoopHeaders.Block(p, l, versions, body));
                        break;
                    case Break:
                        code.Add(new CodeLine("break;", uses: p.TakeReads()));
                        break;
                    case Continue:
                        code.Add(new CodeLine("continue;", uses: p.TakeReads()));
                        break;
                    case Return r:
                        code.Add(new CodeLine("return " + p.Print(Tangent(r.Value, versions)) + ";", uses: p.TakeReads()));
                        break;
                }
            }
        }

        /// <summary>
        /// <c>v = f(a, w)</c> forward: f's gradient returns the value and ∂f/∂a, ∂f/∂w[k]; the derivative of v is
        /// their sum weighted by the derivatives of the arguments.
        /// </summary>
        private void WriteCall(string name, CallValue call, Versions versions, List<CodeNode> code)
        {
            ExprBuilder b = p.Builder;
            var outputs = new List<string>();
            var outputNames = new List<string>();
            var after = new List<CodeNode>();
            Expr tangent = b.Zero;
            foreach (CallArgument argument in call.Arguments.Where(a => a.HasDerivative))
            {
                string output = names.Fresh(GeneratedNames.CalleePartial(call.Callee, argument.Parameter));
                outputNames.Add(output);
                if (argument.Scalar != null)
                {
                    outputs.Add("out " + p.Keyword + " " + output);
                    tangent = b.Add(tangent, b.Multiply(p.Variable(output), Tangent(argument.Scalar, versions)));
                    continue;
                }

                (string rent, string span) = p.PartialsBuffer(output, argument.Array!);
                code.Add(new CodeLine(rent, declaredType: p.Keyword + "[]", uses: p.TakeReads(argument.Array!)));
                outputs.Add(span);
                if (analysis.IsActive(argument.Array!))
                {
                    string k = names.Fresh("k");
                    var addAll = new CodeLine(names.Derivative(name) + " += " + output + "[" + k + "] * " + names.Derivative(argument.Array!) + "[" + k + "];", uses: new[] { names.Derivative(name), output, k, names.Derivative(argument.Array!) });
                    after.Add(CodeBlock.Loop("for (int " + k + " = 0; " + k + " < " + argument.Array + ".Length; " + k + "++)", new List<CodeNode> { addAll }, new[] { k, argument.Array! }));
                }

                after.Add(new CodeLine("global::DiffGen.Tape.Return(" + output + ");", uses: new[] { output }));
            }

            code.Add(new CodeLine(declaredType: p.Keyword, text: p.Keyword + " " + name + " = " + call.GradientAccess + "(" + string.Join(", ", p.Arguments(call, versions.Of).Concat(outputs)) + ");", comment: name + " and its partials in one call", uses: p.TakeReads(outputNames)));
            code.Add(new CodeLine(p.Keyword + " " + names.Derivative(name) + " = " + p.Print(tangent) + ";", names.Derivative(name), declaredType: p.Keyword, startsAtZero: tangent is Constant { Value: 0 }, uses: p.TakeReads()));
            code.AddRange(after);
        }

        /// <summary>
        /// <c>v = e</c> (or <c>v += e</c>, <c>v -= e</c> with <paramref name="subtracts"/> set) and its tangent when the
        /// tangent reads again costly calls e makes (<see cref="KeptCalls"/>): each is computed once into a local in the
        /// arm of e's choice that makes it, then v from them, then dV reading them. When e reads v, the arms compute only
        /// the calls, before dV, and v is assigned last. False when none is kept.
        /// </summary>
        private bool WroteKept(string name, Value value, bool declare, Versions versions, List<CodeNode> code, bool? subtracts = null)
        {
            bool readsItself = ProgramFacts.Reads(value).Contains(name);
            string? holder = readsItself || subtracts != null ? null : name;
            Expr tangent = Tangent(value, versions, holder).Tangent;
            Expr whole = p.ToExpr(value, versions.Of);
            KeptCalls? kept = KeptCalls.Find(whole, new[] { tangent }, p.Builder, call => names.Fresh(KeptCalls.Describe(call)));
            if (kept == null)
            {
                return false;
            }

            System.Func<Expr, string?> inTangent = kept.NamingIn(new[] { tangent }, p.Builder);
            string derivative = names.Derivative(name);
            var lines = new KeptCallLines(p);
            lines.Write(kept, readsItself ? null : name, declare, mutation: false, code, subtracts);
            if (subtracts is bool negative)
            {
                if (!(tangent is Constant { Value: 0 }))
                {
                    (string amount, List<string> amountReads) = p.Printed(() => p.Print(tangent, inTangent));
                    var added = new Accumulation(derivative, negative, amount, amountReads);
                    code.Add(new CodeLine(added.Text, derivative, accumulates: added, uses: p.TakeReads()));
                }
            }
            else
            {
                code.Add(new CodeLine((declare ? p.Keyword + " " : string.Empty) + derivative + " = " + p.Print(tangent, inTangent) + ";", derivative, declaredType: declare ? p.Keyword : null, startsAtZero: tangent is Constant { Value: 0 }, uses: p.TakeReads()));
            }

            if (readsItself)
            {
                System.Func<Expr, string?> inValue = kept.NamingIn(new[] { whole }, p.Builder);
                Accumulation? added = subtracts is bool minus ? p.Accumulation(name, whole, minus, inValue) : null;
                code.Add(new CodeLine(added?.Text ?? name + " = " + p.Print(whole, inValue) + ";", name, accumulates: added, uses: p.TakeReads()));
            }

            return true;
        }

        /// <summary>The tangent of an element read, <c>dW[i + 1]</c>, with the locals its code reads.</summary>
        private Expr ElementTangent(ActiveRead read, Versions versions)
        {
            (string index, List<string> reads) = p.Capture(() => p.Integer(read.Index!, versions.Of));
            return p.Variable(names.Derivative(read.Variable) + "[" + index + "]", reads.Append(names.Derivative(read.Variable)).ToList());
        }

        /// <summary>Σ ∂e/∂r · dR over what e reads: the derivative of e with respect to the partial's variable.</summary>
        private Expr Tangent(Value value, Versions versions) => Tangent(value, versions, null).Tangent;

        /// <summary>
        /// The tangent of e, with e itself written as the local <paramref name="holder"/> wherever the
        /// derivative reuses it (σ·(1 − σ), 1 − h²); <c>ReadsHolder</c> says whether it does, so that the
        /// tangent goes after the assignment that gives the local its value.
        /// </summary>
        private (Expr Tangent, bool ReadsHolder) Tangent(Value value, Versions versions, string? holder)
        {
            ExprBuilder b = p.Builder;
            Expr sum = b.Zero;
            Expr whole = p.ToExpr(value, versions.Of);
            Expr? local = holder == null || whole.IsLeaf ? null : p.Variable(holder);
            bool readsHolder = false;
            foreach ((ActiveRead read, Expr derivative) in p.Partials(value, versions.Of, analysis.IsActive))
            {
                Expr partial = derivative;
                if (local != null)
                {
                    partial = Substitution.Replace(b, derivative, whole, local);
                    readsHolder |= !ReferenceEquals(partial, derivative);
                }

                Expr tangent = read.Variable == variable && read.Index == null
                    ? b.One
                    : read.Index == null ? p.Variable(names.Derivative(read.Variable)) : ElementTangent(read, versions);
                sum = b.Add(sum, b.Multiply(partial, tangent));
            }

            return (sum, readsHolder);
        }
    }
}
