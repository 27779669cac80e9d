using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Analysis;
using DiffGen.Generator.Common;
using DiffGen.Generator.Ir;
using DiffGen.Generator.Symbolic;

namespace DiffGen.Generator.Emit.Programs
{
    /// <content>The reverse sweep: the steps backwards, each statement's adjoint sent to what it read.</content>
    internal sealed partial class GradientWriter
    {
        /// <summary>The reverse sweep over steps, last to first.</summary>
        private List<CodeNode> Reverse(List<Step> steps, Dictionary<string, Policy> policies)
        {
            var code = new List<CodeNode>();
            for (int i = steps.Count - 1; i >= 0; i--)
            {
                switch (steps[i])
                {
                    case AssignmentStep assignment:
                        ReverseAssignment(assignment, code);
                        break;
                    case BranchStep branch:
                        var thenCode = Replay(branch.ThenCode);
                        var elseCode = Replay(branch.ElseCode);
                        Nested(() =>
                        {
                            thenCode.AddRange(Reverse(branch.ThenSteps, policies));
                            elseCode.AddRange(Reverse(branch.ElseSteps, policies));
                        });
                        code.Add(CodeBlock.If(branch.Condition, branch.ConditionReads, thenCode, elseCode));
                        break;
                    case LoopStep loop when RunsBackwards(loop.Loop):
                        code.AddRange(ReverseLoop(loop, policies));
                        break;
                }
            }

            return code;
        }

        /// <summary>Whether the reverse sweep takes the loop back (its body has active statements or taped writes).</summary>
        private bool RunsBackwards(Loop loop) => analysis.HasActive(loop.Body) || analysis.Overwrites.WritesTaped(loop.Body);

        /// <summary>The locals one side of a branch computed, computed again where the reverse sweep needs them.</summary>
        private static List<CodeNode> Replay(List<CodeNode> code)
        {
            var replay = new List<CodeNode>();
            foreach (CodeNode node in code)
            {
                switch (node)
                {
                    case CodeLine line when (line.Defines != null || line.IsDeclaration) && !line.IsMutation:
                        // The locals (and gradient calls) the side declared; the reverse sweep's block cannot see the forward one's.
                        replay.Add(line);
                        break;
                    case CodeBlock { IsIf: true } block:
                        replay.Add(block.With(Replay(block.Body), block.Else == null ? null : Replay(block.Else)));
                        break;
                }
            }

            return replay;
        }

        /// <summary>
        /// One statement backwards: its adjoint (the result's sensitivity to the value it wrote) times each
        /// local derivative goes to the adjoint of each value it read.
        /// </summary>
        private void ReverseAssignment(AssignmentStep step, List<CodeNode> code)
        {
            Versions at = step.Before;
            switch (step.Statement)
            {
                case Return ret:
                    List<Share> returned = Contributions(ret.Value, p.Builder.One, at, null);
                    Rules.Record(Rule(ret, returned));
                    Emit(code, "return " + Written(ret.Value), returned, null);
                    break;
                case AssignScalar assign when analysis.IsActive(assign.Name) && ProgramAnalysis.AccumulatedTerm(assign) is (Value term, bool negative):
                    Expr seed = Adjoint(assign.Name);
                    var shares = Contributions(term, negative ? p.Builder.Negate(seed) : seed, at, null, sharedAfterLoop.TryGetValue(assign, out HashSet<string>? held) ? held : null);
                    Rules.Record(Rule(assign, shares));
                    Emit(code, assign.Name + (negative ? " -= " : " += ") + Written(term), shares, null, step.Kept?.NamingIn(shares.Select(c => c.Amount), p.Builder));
                    break;
                case DeclareScalar or AssignScalar:
                    (string name, Value value) = step.Statement is DeclareScalar d ? (d.Name, d.Value) : (((AssignScalar)step.Statement).Name, ((AssignScalar)step.Statement).Value);
                    if (analysis.IsActive(name))
                    {
                        ReverseOverwrite(name, value, step.Statement is DeclareScalar, step, code);
                    }

                    break;
                case AssignElement element when analysis.IsActive(element.Array):
                    ReverseElement(element, step, code);
                    break;
                case AssignElement element when analysis.Overwrites.IsTaped(element):
                    code.Add(elementTapes.Pop(element.Array, ElementText(element, step.Before)));
                    break;
                case DeclareArray array when analysis.IsActive(array.Name):
                    ReverseArrayElements(array, step, code);
                    break;
            }
        }

        /// <summary><c>v = e</c> backwards: e's reads receive dV · ∂e/∂read; dV becomes dV · ∂e/∂v if e reads v, else 0.</summary>
        private void ReverseOverwrite(string name, Value value, bool declaration, AssignmentStep step, List<CodeNode> code)
        {
            Versions at = step.Before;
            if (value is CallValue call)
            {
                ReverseCall(name, call, step, code);
                return;
            }

            string adjoint = names.Derivative(name);

            // A local that keeps its value (not one a loop changes) stands for e in its derivatives: tanh' = 1 - h².
            Expr? holder = step.Defines != null ? p.Variable(step.Defines, name) : null;
            var all = Contributions(value, Adjoint(name), at, holder);
            var self = all.Where(c => !c.IsElement && c.Target == adjoint).ToList();
            var others = all.Where(c => c.IsElement || c.Target != adjoint).ToList();
            bool unchanged = self.Count > 0 && ReferenceEquals(self[0].Amount, Adjoint(name));
            Rules.Record(new AdjointRule(step.Statement, -1, RuleShares(Unambiguous(others, holder, name, value, at)).Concat(Unambiguous(self, holder, name, value, at).Where(_ => !unchanged).Select(c => new RuleShare(c.Shown, c.Amount, RuleShareKind.Set))).ToList(), unchanged, Extreme: false));

            // The costly calls the forward sweep kept in locals, read by name where they hold them.
            System.Func<Expr, string?>? kept = step.Kept?.NamingIn(all.Select(c => c.Amount), p.Builder);
            CodeLine? last = null;
            if (self.Count > 0)
            {
                // v = 1 + v - x: ∂e/∂v = 1 leaves dV as it is.
                p.TakeReads();
                last = unchanged ? null : p.Reprintable(named => new CodeLine(adjoint + " = " + p.Print(self[0].Amount, e => named(e) ?? kept?.Invoke(e)) + ";", adjoint, readsDefined: true, uses: p.TakeReads()));
            }
            else if (!declaration || IsDeclaredAgain(name))
            {
                // It sets dV (the liveness pass drops it, and then dV's declaration, when nothing reads dV again). A declaration
                // sets it too where another declaration of the name (in another if's block) shares the adjoint's local.
                last = new CodeLine(adjoint + " = 0;", adjoint, readsDefined: false, uses: p.TakeReads());
            }

            string written = step.Statement is AssignScalar assign && ProgramFacts.WrittenCompound(assign) is (IrOp op, Value term)
                ? name + ProgramPrinter.CompoundOperator(op) + Written(term)
                : name + " = " + Written(value);
            Emit(code, written, others, last, kept);
        }

        /// <summary>
        /// The shares as the doc comment's rule shows them. Where the statement reads the variable it overwrites
        /// (<c>h = Math.Tanh(w[0] * h + w[1])</c>), the code's holder of the new value (<c>h2</c>) would show as <c>h</c> beside
        /// the old <c>h</c>: the rule shows the value instead (<c>dW[0] += dH·(1 − tanh(w[0]·h + w[1])²)·h</c>).
        /// </summary>
        private List<Share> Unambiguous(List<Share> shares, Expr? holder, string name, Value value, Versions at)
        {
            if (holder == null || !ProgramFacts.Reads(value).Contains(name))
            {
                return shares;
            }

            Expr whole = p.ToExpr(value, at.Of);
            return shares.Select(c => c with { Amount = Substitution.Replace(p.Builder, c.Amount, holder, whole) }).ToList();
        }

        private HashSet<string>? declaredAgain;

        /// <summary>
        /// Whether the method declares a scalar of this name more than once (<c>if (p) { double t = ...; } if (q) { double t = ...; }</c>):
        /// the locals share one adjoint's local, declared once before the ifs (<see cref="AdjointDeclarations"/>), so each
        /// declaration taken back sets it to 0, and the other declaration's share does not reach this one's reads.
        /// </summary>
        private bool IsDeclaredAgain(string name) =>
            (declaredAgain ??= new HashSet<string>(
                ProgramFacts.All(method.Program!.Body).OfType<DeclareScalar>().GroupBy(d => d.Name).Where(g => g.Count() > 1).Select(g => g.Key),
                System.StringComparer.Ordinal)).Contains(name);

        /// <summary>
        /// <c>a[k] = e</c> backwards: the element's adjoint goes to e's reads and is cleared (a[k] += e leaves it). A taped
        /// write puts the element it overwrote back: before e's derivatives when e reads the array (they need the old
        /// element), after them otherwise (the element, still holding e, may stand for it: exp' = exp).
        /// </summary>
        private void ReverseElement(AssignElement element, AssignmentStep step, List<CodeNode> code)
        {
            Versions at = step.Before;
            (string target, List<string> targetReads) = AdjointElement(element.Array, element.Index, at);
            string shown = ShownElement(element.Array, element.Index);
            CodeLine? restore = analysis.Overwrites.IsTaped(element) ? elementTapes.Pop(element.Array, ElementText(element, at)) : null;
            if (ProgramAnalysis.AccumulatedTerm(element) is (Value term, bool negative))
            {
                Expr seed = p.Variable(target, targetReads, shown);
                List<Share> shares = Contributions(term, negative ? p.Builder.Negate(seed) : seed, at, null);
                if (shares.Count > 1)
                {
                    // Read once: between two reads of dA[k] a store to another adjoint array may alias it, as far as the JIT knows.
                    p.TakeReads();
                    string held = names.Fresh(names.Derivative(element.Array).TrimStart('@') + (element.Index is IntegerRead read ? Identifiers.Capitalize(read.Variable) : "Element"));
                    code.Add(new CodeComment(WrittenElementWrite(element)));
                    p.TakeReads();
                    code.Add(new CodeLine(p.Keyword + " " + held + " = " + target + ";", held, declaredType: p.Keyword, uses: targetReads));
                    Expr local = p.Variable(held, shown);
                    List<Share> fromHeld = Contributions(term, negative ? p.Builder.Negate(local) : local, at, null);
                    Rules.Record(Rule(element, fromHeld));
                    Emit(code, null, fromHeld, null);
                }
                else
                {
                    Rules.Record(Rule(element, shares));
                    Emit(code, WrittenElementWrite(element), shares, null);
                }

                AddRestore(code, restore);
                return;
            }

            bool readsItself = ProgramFacts.Reads(element.Value).Contains(element.Array);
            string seedName = names.Fresh(names.Derivative(element.Array).TrimStart('@') + "Element");
            code.Add(new CodeComment(WrittenElementWrite(element)));
            p.TakeReads();
            code.Add(new CodeLine(p.Keyword + " " + seedName + " = " + target + ";", seedName, declaredType: p.Keyword, uses: targetReads));
            if (!LeavesAdjointUnzeroed(element))
            {
                code.Add(new CodeLine(target + " = 0;", uses: targetReads));
            }

            if (readsItself)
            {
                AddRestore(code, restore);
            }

            (string elementText, List<string> elementReads) = ElementText(element, at);
            Expr holder = p.Variable(elementText, elementReads, element.Array + "[" + p.SourceIndex(element.Index) + "]");
            List<Share> overwritten = Contributions(element.Value, p.Variable(seedName, shown), at, step.ElementHolds ? holder : null);

            // a[k] = f(a[k], …) backwards: dA[k] is cleared, then receives its own share: as a rule, dA[k] = dA[k]·∂f/∂a[k].
            Rules.Record(new AdjointRule(element, -1, overwritten.Select(c => new RuleShare(c.Shown, c.Amount, c.Target == target ? RuleShareKind.Set : RuleShareKind.Add)).ToList(), Unchanged: false, Extreme: false));
            Emit(code, null, overwritten, null);
            if (!readsItself)
            {
                AddRestore(code, restore);
            }
        }

        private static void AddRestore(List<CodeNode> code, CodeLine? restore)
        {
            if (restore != null)
            {
                code.Add(restore);
            }
        }

        /// <summary><c>double[] a = { e0, e1 };</c> backwards: element k's adjoint goes to what e_k reads.</summary>
        private void ReverseArrayElements(DeclareArray array, AssignmentStep step, List<CodeNode> code)
        {
            for (int k = 0; k < array.Elements.Count; k++)
            {
                string target = names.Derivative(array.Name) + "[" + k + "]";
                List<Share> shares = Contributions(array.Elements[k], p.Variable(target, new[] { names.Derivative(array.Name) }, Shown(array.Name) + "[" + k + "]"), step.Before, null);
                Rules.Record(Rule(array, shares, k));
                Emit(code, array.Name + "[" + k + "] = " + Written(array.Elements[k]), shares, null);
            }
        }

        /// <summary>seed · ∂value/∂r for each active r the value reads, with the value itself written as <paramref name="holder"/> where it appears.</summary>
        /// <param name="heldBack">Scalar reads whose share the loop adds at its end (<see cref="HoldSharesOfTheSum"/>).</param>
        private List<Share> Contributions(Value value, Expr seed, Versions at, Expr? holder, ISet<string>? heldBack = null)
        {
            Expr whole = p.ToExpr(value, at.Of);
            var result = new List<Share>();
            foreach ((ActiveRead read, Expr partial) in p.Partials(value, at.Of, analysis.IsActive))
            {
                if (read.Index == null && heldBack?.Contains(read.Variable) == true)
                {
                    continue;
                }

                Expr local = holder == null || whole.IsLeaf ? partial : Substitution.Replace(p.Builder, partial, whole, holder);
                Expr amount = p.Builder.Multiply(seed, local);
                string shown = read.Index == null ? Shown(read.Variable) : ShownElement(read.Variable, read.Index);
                if (SummedShare(read, amount, shown) is Share summed && !(amount is Constant { Value: 0 }))
                {
                    result.Add(summed);
                }
                else if (!(amount is Constant { Value: 0 }))
                {
                    (string target, List<string> targetReads) = read.Index == null
                        ? (names.Derivative(read.Variable), new List<string> { names.Derivative(read.Variable) })
                        : AdjointElement(read.Variable, read.Index, at);
                    result.Add(new Share(target, amount, targetReads, read.Index != null ? names.Derivative(read.Variable) : null, shown));
                }
            }

            return result;
        }

        /// <summary><c>dH[j]</c>: an element of an adjoint array as the generated code names it at that point, with the locals it reads.</summary>
        private (string Text, List<string> Reads) AdjointElement(string array, Integer index, Versions at)
        {
            (string text, List<string> reads) = p.Capture(() => names.Derivative(array) + "[" + SpanIndex(index, at) + "]");
            reads.Add(names.Derivative(array));
            return (text, reads);
        }

        /// <summary>
        /// An index for a span (adjoints and outputs are spans, whose indexer takes an int): a long index is converted, one that
        /// reads a long variable or array, or converts to a wider type (<c>v[(long)i]</c>), or a number beyond int.
        /// </summary>
        private string SpanIndex(Integer index, Versions at) =>
            ProgramFacts.Reads(index).Any(v => analysis.IsLongInteger(v)) || ExpressionWalk.SelfAndDescendants(index).Any(node => node switch
            {
                IntegerCast cast => !(cast.Type is "int" or "short" or "ushort" or "byte" or "sbyte" or "char"),
                IntegerNumber number => number.Constant < int.MinValue || number.Constant > int.MaxValue,
                _ => false,
            }) ? "(int)(" + p.Integer(index, at.Of) + ")" : p.Integer(index, at.Of);

        /// <summary>A value as the source writes it (<c>Math.Exp</c>, <c>Constants.Scale</c>), for the comment above its adjoint.</summary>
        private string Written(Value value) => p.AsWritten(() => p.Print(value, Source));

        /// <summary>An element write as the source writes it (<c>h[j] += w[j] * x</c>), for the comment above its adjoint.</summary>
        private string WrittenElementWrite(AssignElement element) => p.AsWritten(() =>
        {
            string target = element.Array + "[" + p.Integer(element.Index, Source) + "]";
            return ProgramAnalysis.AccumulatedTerm(element) is (Value term, bool negative)
                ? target + (negative ? " -= " : " += ") + p.Print(term, Source)
                : target + " = " + p.Print(element.Value, Source);
        });

        /// <summary>Comments show each variable by its source name.</summary>
        private static string Source(string variable) => variable;
    }
}
