using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Analysis;
using DiffGen.Generator.Common;
using DiffGen.Generator.Ir;
using DiffGen.Generator.Symbolic;

namespace DiffGen.Generator.Emit.Programs
{
    /// <content>The forward sweep: each statement run forward as a line of code, leaving a step for the reverse sweep.</content>
    internal sealed partial class GradientWriter
    {
        /// <summary>
        /// Runs statements forward, each assignment to a new local, and records a step per statement for the
        /// reverse sweep. Loops run with their own variables changing in place (<see cref="ForwardLoop"/>).
        /// </summary>
        /// <param name="replay">Computing an iteration again for the reverse sweep: which element writes it runs (null in the forward sweep, which runs them all).</param>
        private List<Step> Forward(IReadOnlyList<Statement> statements, Versions versions, List<CodeNode> code, Dictionary<string, Policy> policies, HashSet<string> revReads, ReplayedWrites? replay = null)
        {
            var steps = new List<Step>();
            foreach (Statement statement in statements)
            {
                switch (statement)
                {
                    case DeclareScalar or AssignScalar:
                        ForwardScalar(statement, versions, code, policies, revReads, steps);
                        break;
                    case DeclareInteger or AssignInteger:
                        string name = statement is DeclareInteger d ? d.Name : ((AssignInteger)statement).Name;
                        Integer value = statement is DeclareInteger di ? di.Value : ((AssignInteger)statement).Value;
                        (string text, List<string> textReads) = p.Capture(() => p.Integer(value, versions.Of));
                        if (policies.TryGetValue(name, out Policy policy) && policy != Policy.Version)
                        {
                            if (policy == Policy.Mutate)
                            {
                                code.Add(new CodeLine(LoopHeaders.Step(p, versions.Of(name), value, versions) + ";", versions.Of(name), mutation: true, readsDefined: ProgramFacts.Reads(value).Contains(name), uses: p.TakeReads()));
                            }

                            break;
                        }

                        string version = versions.Has(name) ? names.Fresh(name) : name;
                        code.Add(new CodeLine(analysis.IntegerTypeOf(name) + " " + version + " = " + text + ";", version, declaredType: analysis.IntegerTypeOf(name), startsAtZero: ProgramPrinter.IsZero(value), uses: p.TakeReads(textReads)));
                        versions[name] = version;
                        break;
                    case DeclareArray array:
                        DeclareArrays(array, versions, code, withAdjoint: true);
                        if (array.Elements.Count > 0)
                        {
                            steps.Add(new AssignmentStep(statement, versions.Copy(), null));
                            Note(statement, versions, revReads);
                        }

                        break;
                    case DeclareIntegerArray array:
                        code.Add(new CodeLine(p.IntegerArrayDeclaration(array, versions.Of), declaredType: p.IntegerArrayType(array), uses: p.TakeReads()));
                        versions[array.Name] = array.Name;
                        break;
                    case AssignElement element:
                        if (ReplayedWrites.Runs(replay, element.Array))
                        {
                            code.AddRange(RunElementWrite(element, versions, replay));
                        }

                        steps.Add(new AssignmentStep(statement, versions.Copy(), null, analysis.Overwrites.Holds(element)));
                        Note(statement, versions, revReads);
                        break;
                    case IfStatement branch:
                        steps.Add(ForwardBranch(branch, versions, code, policies, revReads, replay));
                        break;
                    case Loop loop when replay != null && !RunsBackwards(loop) && SteppedAtOnce(loop, versions, policies, replay, revReads) is List<CodeNode> atOnce:
                        ForgetConstants(loop, versions);
                        // In an iteration computed again, a loop that only steps integers has nothing to take back.
                        code.AddRange(atOnce);
                        break;
                    case Loop loop:
                        ForgetConstants(loop, versions);
                        steps.Add(ForwardLoop(loop, versions, code, policies, revReads, replay));
                        break;
                    case Return ret:
                        string result = names.Fresh("value");
                        code.Add(new CodeLine(p.Keyword + " " + result + " = " + p.Print(ret.Value, versions.Of) + ";", declaredType: p.Keyword, uses: p.TakeReads()));
                        steps.Add(new AssignmentStep(statement, versions.Copy(), result));
                        break;
                }
            }

            return steps;
        }

        private void ForwardScalar(Statement statement, Versions versions, List<CodeNode> code, Dictionary<string, Policy> policies, HashSet<string> revReads, List<Step> steps)
        {
            (string name, Value value) = statement is DeclareScalar d ? (d.Name, d.Value) : (((AssignScalar)statement).Name, ((AssignScalar)statement).Value);
            Versions before = versions.Copy();
            Note(statement, versions, revReads);
            if (policies.TryGetValue(name, out Policy policy) && policy != Policy.Version)
            {
                // A sum left alone computes its term's calls here, where the iteration is computed again; an element of an array whose
                // writes are taped may hold a value this iteration wrote after the statement read it (hw -= Math.Tanh(h[t]); h[t] = ...;
                // RecomputedReads does not count a sum left alone as a read computed again, so nothing puts the element back first).
                // Its adjoint then computes the calls where the reverse sweep takes the statement back, with the element restored.
                KeptCalls? kept = policy == Policy.Skip && ReadsTapedArray(value) ? null : KeptIn(statement, name, value, before, null);
                if (kept != null)
                {
                    // Left alone (Skip), it still computes the calls its adjoint reads.
                    bool? subtracts = ProgramAnalysis.AccumulatedTerm((AssignScalar)statement) is (_, bool negative) ? negative : null;
                    keptLines.Write(kept, policy == Policy.Mutate ? versions.Of(name) : null, declare: false, mutation: true, code, subtracts);
                }
                else if (policy == Policy.Mutate)
                {
                    code.Add(ScalarWrite((AssignScalar)statement, versions, mutation: true));
                }

                steps.Add(new AssignmentStep(statement, before, null) { Kept = kept });
                return;
            }

            (string version, KeptCalls? keptCalls, bool intoJoin) = Target(statement, name, value, before);
            var step = new AssignmentStep(statement, before, version) { Kept = keptCalls };
            if (value is CallValue call && analysis.IsActive(name))
            {
                // The callee's gradient gives the value and the partials the reverse sweep needs in one call.
                step.CallOutputs = ForwardCall(version, call, versions, code);
            }
            else if (step.Kept != null)
            {
                keptLines.Write(step.Kept, version, declare: true, mutation: false, code);
            }
            else if (intoJoin)
            {
                code.Add(Write(version, null, value, versions, (text, _, reads) => new CodeLine(text, version, uses: reads)));
            }
            else
            {
                code.Add(Declaration(version, p.ToExpr(value, versions.Of)));
                if (statement is DeclareScalar { Value: Number })
                {
                    constantDeclarations[version] = code;
                }
            }

            versions[name] = version;
            steps.Add(step);
            if (DerivativeReusesValue(value, before))
            {
                // Its derivative reads this local in place of its value (exp' = exp): no loop may change it in place.
                revReads.Add(version);
            }
        }

        /// <summary>Whether the value reads an element of a local array some write of which is taped (may overwrite an element read before it).</summary>
        private bool ReadsTapedArray(Value value) => ProgramFacts.Reads(value).Any(analysis.Overwrites.HasTapedWrites);

        /// <summary>
        /// Whether the reverse sweep's derivative of <c>v = value</c> reads v's local in place of the value (exp′ = exp,
        /// σ′ = σ·(1 − σ)): some partial of the value holds the value's own node, which <see cref="Contributions"/> then
        /// writes as the local. A product such as <c>v0 * Math.Cos(angle)</c> has partials that do not, so a loop after it
        /// may change v in place (<c>vx += ax * dt</c>) instead of a copy of it.
        /// </summary>
        private bool DerivativeReusesValue(Value value, Versions at)
        {
            Expr whole = p.ToExpr(value, at.Of);
            if (whole.IsLeaf || value is MathCall { Function: Functions.ElementaryFunction.Stop })
            {
                return false;
            }

            foreach ((ActiveRead _, Expr partial) in p.Partials(value, at.Of, analysis.IsActive))
            {
                if (TopologicalOrder.OperandsFirst(new[] { partial }).Contains(whole))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Remembers which versions the reverse sweep will read for this statement, so no loop changes them in place.</summary>
        private static void Note(Statement statement, Versions versions, HashSet<string> revReads)
        {
            foreach (string read in ProgramFacts.OwnReads(statement))
            {
                if (versions.Has(read))
                {
                    revReads.Add(versions.Of(read));
                }
            }
        }

        /// <summary>An if/else: each side runs forward; a variable either side assigns meets in one local declared before the if.</summary>
        private BranchStep ForwardBranch(IfStatement branch, Versions versions, List<CodeNode> code, Dictionary<string, Policy> policies, HashSet<string> revReads, ReplayedWrites? replay)
        {
            Versions before = versions.Copy();
            foreach (string read in ProgramFacts.Reads(branch.Test).Where(versions.Has))
            {
                revReads.Add(versions.Of(read));
            }

            var joins = ProgramFacts.Assigned(branch.Then.Concat(branch.Else))
                .Where(n => versions.Has(n) && analysis.KindOf(n) != VariableKind.Array && !(policies.TryGetValue(n, out Policy policy) && policy != Policy.Version))
                .OrderBy(n => n, System.StringComparer.Ordinal)
                .ToDictionary(n => n, n => MeetsInPlace(n, branch, versions, code, revReads) ? versions.Of(n) : names.Fresh(n), System.StringComparer.Ordinal);
            ForgetConstants(branch, versions);
            foreach (KeyValuePair<string, string> join in joins)
            {
                string type = TypeOf(join.Key);
                if (join.Value != versions.Of(join.Key))
                {
                    code.Add(new CodeLine(type + " " + join.Value + ";", join.Value, declaredType: type, uses: p.TakeReads()));
                }

                // Only where the method runs forward: an iteration computed again for the reverse sweep reads the sides' values
                // where they are computed, and the local they would meet in is then unneeded.
                foreach (EquatableArray<Statement> side in replay == null ? new[] { branch.Then, branch.Else } : System.Array.Empty<EquatableArray<Statement>>())
                {
                    if (LastWrite(side, join.Key) is Statement last)
                    {
                        writesIntoJoin[last] = join.Value;
                    }
                }
            }

            var thenCode = new List<CodeNode>();
            var elseCode = new List<CodeNode>();
            Versions thenVersions = versions.Copy();
            Versions elseVersions = versions.Copy();
            List<Step> thenSteps = Forward(branch.Then.ToList(), thenVersions, thenCode, policies, revReads, replay);
            List<Step> elseSteps = Forward(branch.Else.ToList(), elseVersions, elseCode, policies, revReads, replay);
            foreach (KeyValuePair<string, string> join in joins)
            {
                foreach ((List<CodeNode> sideCode, Versions sideVersions) in new[] { (thenCode, thenVersions), (elseCode, elseVersions) })
                {
                    if (sideVersions.Of(join.Key) != join.Value)
                    {
                        sideCode.Add(new CodeLine(join.Value + " = " + sideVersions.Of(join.Key) + ";", join.Value, uses: p.TakeReads(sideVersions.Of(join.Key))));
                    }
                }

                versions[join.Key] = join.Value;
            }

            (string condition, List<string> conditionReads) = p.Capture(() => p.Print(branch.Test, before.Of));
            code.Add(CodeBlock.If(condition, conditionReads, thenCode, elseCode));
            return new BranchStep(condition, conditionReads, thenCode, elseCode, thenSteps, elseSteps);
        }

        /// <summary>
        /// The local a scalar write sets, and the calls it keeps: a new version of the variable; or, for a branch side's last write
        /// of a variable both sides meet in, the meeting local itself, unless the write is a call or keeps calls, whose lines
        /// declare the local they set.
        /// </summary>
        private (string Version, KeptCalls? Kept, bool IntoJoin) Target(Statement statement, string name, Value value, Versions before)
        {
            if (!(value is CallValue) && writesIntoJoin.TryGetValue(statement, out string? join) && KeptIn(statement, name, value, before, join) == null)
            {
                return (join, null, true);
            }

            string version = before.Has(name) ? names.Fresh(name) : name;
            return (version, KeptIn(statement, name, value, before, version), false);
        }

        /// <summary>
        /// Whether the sides of <paramref name="branch"/> may meet in the local that holds <paramref name="name"/> now, assigning it
        /// in place (<c>double loss = 0; if (...) { loss = ...; }</c>, as the source writes it): that local holds a constant the
        /// method declared it with, which nothing reads again, neither a step the reverse sweep takes back nor either side.
        /// </summary>
        /// <param name="code">The block the if is written in: the local must have been declared in it, by the same sweep (a
        /// reverse sweep computing an iteration again never assigns a local of the forward sweep).</param>
        private bool MeetsInPlace(string name, IfStatement branch, Versions versions, List<CodeNode> code, HashSet<string> revReads) =>
            constantDeclarations.TryGetValue(versions.Of(name), out List<CodeNode>? declaredIn) && ReferenceEquals(declaredIn, code)
            && !revReads.Contains(versions.Of(name))
            && !ProgramFacts.All(branch.Then.Concat(branch.Else)).SelectMany(ProgramFacts.OwnReads).Contains(name);

        /// <summary>The variables <paramref name="statement"/> assigns no longer hold the constant they were declared with.</summary>
        private void ForgetConstants(Statement statement, Versions versions)
        {
            foreach (string name in ProgramFacts.Assigned(new[] { statement }).Where(versions.Has))
            {
                constantDeclarations.Remove(versions.Of(name));
            }
        }

        /// <summary>The side's last statement writing <paramref name="name"/>, if it writes the scalar itself rather than in a block nested in the side.</summary>
        private static Statement? LastWrite(EquatableArray<Statement> side, string name)
        {
            for (int i = side.Count - 1; i >= 0; i--)
            {
                if (ProgramFacts.Assigned(new[] { side[i] }).Contains(name))
                {
                    return side[i] is AssignScalar { Name: var assigned } && assigned == name ? side[i] : null;
                }
            }

            return null;
        }

        /// <summary><c>v = e;</c>, or <c>v += term;</c> for a sum: it sets v's current version.</summary>
        private CodeLine ScalarWrite(AssignScalar assign, Versions versions, bool mutation = false)
        {
            string target = versions.Of(assign.Name);
            if (ProgramAnalysis.AccumulatedTerm(assign) == null && ProgramFacts.WrittenCompound(assign) is (IrOp op, Value term))
            {
                // v op= e as the source wrote it (vx += -0.1 * vx * vx): it reads v as it sets it.
                Expr printed = p.ToExpr(term, versions.Of);
                return p.Reprintable(named => new CodeLine(p.Compound(target, op, printed, named), target, mutation: mutation, readsDefined: true, uses: p.TakeReads()));
            }

            return Write(target, ProgramAnalysis.AccumulatedTerm(assign), assign.Value, versions, (text, added, reads) => new CodeLine(text, target, mutation: mutation, accumulates: added, uses: reads));
        }

        private CodeLine ElementWrite(AssignElement element, Versions versions)
        {
            (string index, List<string> indexReads) = p.Capture(() => p.Integer(element.Index, versions.Of));
            string target = versions.Of(element.Array) + "[" + index + "]";
            indexReads.Add(versions.Of(element.Array));
            return Write(target, ProgramAnalysis.AccumulatedTerm(element), element.Value, versions, (text, added, reads) => new CodeLine(text, accumulates: added, uses: reads.Concat(indexReads)));
        }

        /// <summary>The element a write changes, as the generated code names it at that point: <c>q[j]</c>.</summary>
        private (string Text, List<string> Reads) ElementText(AssignElement element, Versions at)
        {
            (string text, List<string> reads) = p.Capture(() => at.Of(element.Array) + "[" + p.Integer(element.Index, at.Of) + "]");
            reads.Add(at.Of(element.Array));
            return (text, reads);
        }

        /// <summary>
        /// <c>target += term;</c> (or <c>-=</c>) for a sum, else <c>target = value;</c>, printed from the value's nodes as the
        /// <paramref name="versions"/> name its variables now, so that it can be printed again with some nodes named.
        /// </summary>
        private CodeLine Write(string target, (Value Term, bool Negative)? accumulated, Value value, Versions versions, System.Func<string, Accumulation?, List<string>, CodeLine> line)
        {
            Expr printed = p.ToExpr(accumulated?.Term ?? value, versions.Of);
            return p.Reprintable(named =>
            {
                Accumulation? added = accumulated is (_, bool negative) ? p.Accumulation(target, printed, negative, named) : null;
                string text = added?.Text ?? target + " = " + p.Print(printed, named) + ";";
                return line(text, added, p.TakeReads());
            });
        }

        /// <summary><c>double v = value;</c>, printed from the value's nodes so that it can be printed again with some of them named.</summary>
        private CodeLine Declaration(string local, Expr value) => p.Reprintable(
            named => new CodeLine(p.Keyword + " " + local + " = " + p.Print(value, named) + ";", local, declaredType: p.Keyword, startsAtZero: value is Constant { Value: 0 }, uses: p.TakeReads()),
            value);

        /// <summary>An element write as the sweeps run it: a taped one first keeps the value it overwrites, where the reverse sweep takes it back from.</summary>
        private IEnumerable<CodeNode> RunElementWrite(AssignElement element, Versions versions, ReplayedWrites? replay)
        {
            var code = new List<CodeNode>();
            if (analysis.Overwrites.IsTaped(element) && ReplayedWrites.Keeps(replay, element.Array, analysis.Overwrites.RenewingAround(element)))
            {
                code.AddRange(elementTapes.Push(element.Array, ElementText(element, versions)));
            }

            code.Add(ElementWrite(element, versions));
            return code;
        }

        /// <summary>A local array, and in a sweep that runs backwards over it, its adjoint array of the same length.</summary>
        private void DeclareArrays(DeclareArray array, Versions versions, List<CodeNode> code, bool withAdjoint)
        {
            versions[array.Name] = array.Name;
            (string length, List<string> lengthReads) = p.Capture(() => p.Integer(array.Length, versions.Of));
            // Each declaration makes its array anew (alsoDefines: a tape whose length reads the array's is not rented before it, TapeHoisting),
            // and is never dropped: writes to its elements are not reads.
            code.Add(new CodeLine(
                array.Elements.Count > 0
                    ? p.ArrayDeclaration(array.Name, array.Elements.Select(e => p.Print(e, versions.Of)), array.OnStack)
                    : p.ArrayDeclaration(array.Name, length, array.OnStack),
                alsoDefines: new[] { array.Name },
                declaredType: p.ArrayType(array.OnStack),
                uses: p.TakeReads(array.Elements.Count > 0 ? new List<string>() : lengthReads)));
            if (withAdjoint && analysis.IsActive(array.Name))
            {
                string adjoint = names.Derivative(array.Name);
                code.Add(new CodeLine(p.ArrayDeclaration(adjoint, length, array.OnStack), alsoDefines: new[] { adjoint }, declaredType: p.ArrayType(array.OnStack), uses: p.TakeReads(lengthReads)));
            }
        }
    }
}
