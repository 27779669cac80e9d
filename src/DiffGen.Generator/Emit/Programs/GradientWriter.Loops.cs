using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Analysis;
using DiffGen.Generator.Common;
using DiffGen.Generator.Ir;
using DiffGen.Generator.Symbolic;

namespace DiffGen.Generator.Emit.Programs
{
    /// <content>Loops: the forward run with its tape, the reverse run, and the fused one-pass reduction.</content>
    internal sealed partial class GradientWriter
    {
        /// <summary>
        /// A loop in the forward sweep: it runs as written, its carried variables changing in place, and stores
        /// on a tape each value the reverse sweep needs that the next iteration overwrites.
        /// </summary>
        private LoopStep ForwardLoop(Loop loop, Versions versions, List<CodeNode> code, Dictionary<string, Policy> policies, HashSet<string> revReads, ReplayedWrites? replay)
        {
            IReadOnlyList<(string Name, Carried How)> carried = analysis.CarriedBy(loop);
            Versions inside = versions.Copy();

            // The loop's reverse sweep reads these versions again: no later loop may change them in place.
            var changed = new HashSet<string>(carried.Select(c => c.Name), System.StringComparer.Ordinal);
            foreach (string read in ProgramFacts.All(new Statement[] { loop }).SelectMany(ProgramFacts.OwnReads).Where(r => versions.Has(r) && !changed.Contains(r)))
            {
                revReads.Add(versions.Of(read));
            }

            var loopCode = new List<CodeNode>();
            var entries = new Dictionary<string, (string Version, (Integer Step, bool Negative) By)>(System.StringComparer.Ordinal);
            foreach ((string name, Carried how) in carried)
            {
                if (how == Carried.Array || !versions.Has(name) || policies.ContainsKey(name))
                {
                    continue;
                }

                string current = versions.Of(name);
                if (how == Carried.Stepped && InductionVariables.StepOf(loop, name) is (Integer, bool) by)
                {
                    // The reverse sweep counts from the value before the loop: the loop changes a copy.
                    entries[name] = (current, by);
                    revReads.Add(current);
                }

                if (revReads.Contains(current) || analysis.IsParameter(name))
                {
                    // The reverse sweep reads this version later: the loop changes a copy.
                    string copy = names.Fresh(name);
                    string type = TypeOf(name);
                    loopCode.Add(new CodeLine(type + " " + copy + " = " + current + ";", declaredType: type, uses: p.TakeReads(current)));
                    inside[name] = copy;
                }
            }

            var tapes = new Dictionary<string, string>(System.StringComparer.Ordinal);
            string? counter = loop.Counting == null ? names.Fresh("iterations") : null;
            (string capacity, List<string> capacityReads) = loop.Counting == null ? ("16", new List<string>()) : p.Capture(() => IterationCount(loop.Counting, inside));
            foreach ((string name, Carried how) in carried.Where(c => c.How == Carried.Taped || (c.How == Carried.Stepped && !entries.ContainsKey(c.Name))))
            {
                string tape = names.Fresh(name.TrimStart('@') + "Tape");
                string type = TypeOf(name);
                tapes[name] = tape;
                loopCode.Add(new CodeLine(type + "[] " + tape + " = global::DiffGen.Tape.Rent<" + type + ">(" + capacity + ");", declaredType: type + "[]", uses: p.TakeReads(capacityReads), tape: (TapeUse.Rent, tape)));
            }

            if (counter != null)
            {
                // The reverse sweep runs as many iterations as this one did.
                loopCode.Add(new CodeLine("int " + counter + " = 0;", counter, declaredType: "int", uses: p.TakeReads()));
            }

            var body = new List<CodeNode>();
            if (tapes.Count > 0 || counter != null)
            {
                (string slot, List<string> slotReads) = counter != null ? (counter, new List<string> { counter }) : p.Capture(() => TapeIndex(loop.Counting!, inside));
                foreach (KeyValuePair<string, string> tape in tapes)
                {
                    if (counter != null)
                    {
                        body.Add(new CodeLine("if (" + counter + " == " + tape.Value + ".Length) " + tape.Value + " = global::DiffGen.Tape.Grow(" + tape.Value + ");", uses: p.TakeReads(counter, tape.Value)));
                    }

                    body.Add(new CodeLine(tape.Value + "[" + slot + "] = " + inside.Of(tape.Key) + ";", comment: "kept for the reverse sweep", uses: p.TakeReads(slotReads.Append(tape.Value).Append(inside.Of(tape.Key)))));
                }

                if (counter != null)
                {
                    // Dropped with the declaration when no reverse loop counts with it (a loop fused with its reverse).
                    body.Add(new CodeLine(counter + "++;", counter, readsDefined: true, uses: p.TakeReads(counter)));
                }
            }

            Primal(loop.Body, inside.Copy(), body, policies, replay);
            loopCode.Add(LoopHeaders.Block(p, loop, inside, body));
            code.AddRange(loopCode);

            foreach (string declared in ProgramFacts.Declared(loop.Initializers))
            {
                inside.Remove(declared);
            }

            foreach ((string name, Carried _) in carried)
            {
                if (versions.Has(name) || inside.Has(name))
                {
                    versions[name] = inside.Of(name);
                }
            }

            return new LoopStep(loop, inside, carried, tapes, entries, counter, loopCode);
        }

        /// <summary>The loop backwards: each iteration restores what it started from, recomputes its locals, then runs its statements back.</summary>
        private List<CodeNode> ReverseLoop(LoopStep step, Dictionary<string, Policy> outer)
        {
            Loop loop = step.Loop;
            var code = new List<CodeNode>();
            var policies = new Dictionary<string, Policy>(outer, System.StringComparer.Ordinal);
            foreach ((string name, Carried how) in step.Carried)
            {
                if (how == Carried.Accumulator)
                {
                    policies[name] = Policy.Skip;
                }
                else if (how == Carried.Taped || how == Carried.Stepped)
                {
                    policies.Remove(name);
                }
            }

            var body = new List<CodeNode>();
            Versions inside = step.Inside.Copy();
            string header;
            List<string> headerReads;
            if (step.Tapes.Count == 0 && loop.Counting != null && analysis.IsReduction(loop))
            {
                // A reduction: iterations are independent, so the reverse sweep may take them in the source's order.
                (header, headerReads) = p.Capture(() => LoopHeaders.Forward(p, loop.Counting, inside));
                headerReads.Add(loop.Counting.Index);
            }
            else
            {
                string slot;
                List<string> slotReads;
                if (loop.Counting != null)
                {
                    (header, headerReads) = p.Capture(() => BackwardHeader(loop.Counting, inside));
                    headerReads.Add(loop.Counting.Index);
                    (slot, slotReads) = p.Capture(() => TapeIndex(loop.Counting, inside));
                }
                else
                {
                    slot = names.Fresh("k");
                    slotReads = new List<string> { slot };
                    header = "for (int " + slot + " = " + step.Counter + " - 1; " + slot + " >= 0; " + slot + "--)";
                    headerReads = new List<string> { slot, step.Counter! };
                }

                ISet<string> declaredByHeader = ProgramFacts.Declared(loop.Initializers);
                foreach (KeyValuePair<string, string> tape in step.Tapes)
                {
                    string type = TypeOf(tape.Key);
                    bool declares = declaredByHeader.Contains(tape.Key);
                    // It defines the local: a tape rented in this loop with a length that reads it is not hoisted out (TapeHoisting).
                    body.Add(new CodeLine((declares ? type + " " : string.Empty) + inside.Of(tape.Key) + " = " + tape.Value + "[" + slot + "];", inside.Of(tape.Key), comment: "as the iteration began", declaredType: declares ? type : null, uses: p.TakeReads(slotReads.Append(tape.Value).Append(inside.Of(tape.Key)))));
                    if (declaredByHeader.Contains(tape.Key))
                    {
                        // Declared here now: a change in the body (i++) makes a new local, not a second declaration.
                        inside[tape.Key] = tape.Key;
                    }
                }

                foreach (KeyValuePair<string, (string Version, (Integer Step, bool Negative) By)> entry in step.Entries)
                {
                    // counted from the value before the loop: one step per iteration before this one
                    Integer began = InductionVariables.AtIteration(entry.Key, entry.Value.By, IterationIndex(loop.Counting!), analysis.IntegerTypeOf(entry.Key));
                    string Version(string v) => v == entry.Key ? entry.Value.Version : inside.Of(v);
                    (string value, List<string> valueReads) = p.Capture(() => p.Integer(began, Version));
                    body.Add(new CodeLine(inside.Of(entry.Key) + " = " + value + ";", inside.Of(entry.Key), readsDefined: false, comment: "as the iteration began: one step per iteration from its value before the loop", uses: p.TakeReads(valueReads)));
                }

                // From here on the iteration's own assignments make new locals; the restored values stay intact.
                foreach (string taped in step.Tapes.Keys.Concat(step.Entries.Keys))
                {
                    policies.Remove(taped);
                }
            }

            // The iteration's locals are computed again, and the arrays it makes or fills anew; the others hold what they need,
            // once the elements the iteration overwrote after reading them are put back as the iteration found them.
            IReadOnlyList<AssignElement> undone = analysis.Overwrites.UndoneBefore(loop);
            UndoWrites(undone, inside, body);
            var undoneArrays = new HashSet<string>(undone.Select(w => w.Array), System.StringComparer.Ordinal);
            var skipped = new HashSet<string>(analysis.LocalArrays.Where(a => !analysis.Overwrites.RunsAgain(loop, a)), System.StringComparer.Ordinal);

            // A buffer an inner loop fills for each of its iterations, whose values stay there, is filled by that loop's reverse iterations.
            var renewedInside = analysis.Overwrites.RenewedBy.Where(b => !undoneArrays.Contains(b.Key)).ToDictionary(b => b.Key, b => b.Value, System.StringComparer.Ordinal);
            bool LeftOut(string name) => skipped.Contains(name) || (policies.TryGetValue(name, out Policy policy) && policy == Policy.Skip);
            skipped.UnionWith(InnerBuffers.Within(loop, renewedInside, LeftOut));
            var replay = new ReplayedWrites(loop, skipped, undoneArrays);
            IterationBackwards(IterationShape.Normalize(loop.Body), inside, body, policies, replay);
            // An element read before a write changes it reads the same text as after: store none of a loop that overwrites
            // elements, nor of one whose forward run may have read elements a later write changed.
            bool storable = loop.Counting != null && !analysis.Overwrites.WritesTaped(loop.Body) && !analysis.Overwrites.MayRecomputeStale(loop);
            List<string> stored = storable ? StoreCostlyValues(step, inside, body) : new List<string>();
            code.Add(CodeBlock.Loop(header, body, headerReads));
            foreach (string tape in step.Tapes.Values.Concat(stored))
            {
                code.Add(new CodeLine("global::DiffGen.Tape.Return(" + tape + ");", uses: p.TakeReads(tape), tape: (TapeUse.Return, tape)));
            }

            return code;
        }

        /// <summary>
        /// Store instead of recompute: a transcendental value (Exp, Log, Tanh, ...) the reverse iteration
        /// computes again, which the forward run of the loop computed unconditionally in its body, is kept
        /// on a tape by the forward run and read back here: one exponential per element instead of two.
        /// The values are the DAG's call nodes (a node is one value wherever it is printed); the statements
        /// that compute them are printed again with the node standing for its local.
        /// Returns the tapes, for the caller to give back after the reverse loop.
        /// </summary>
        private List<string> StoreCostlyValues(LoopStep step, Versions inside, List<CodeNode> reverseBody)
        {
            var tapes = new List<string>();
            if (!(step.ForwardCode.LastOrDefault() is CodeBlock forwardLoop))
            {
                return tapes;
            }

            (string slot, List<string> slotReads) = p.Capture(() => TapeIndex(step.Loop.Counting!, inside));
            var stored = new List<(FunctionCall Call, string Local)>();
            string? StoredLocal(Expr e) => stored.FirstOrDefault(s => s.Call == e).Local;

            // Only what the reverse iteration keeps counts: a recomputed value nothing reads is dropped anyway; what
            // it adds to the adjoints stays (whether the code after the loop reads them is for the final pass).
            var kept = new HashSet<CodeNode>(CodeTree.Prune(reverseBody, new HashSet<string>(names.Derivatives, System.StringComparer.Ordinal)));
            foreach (CodeLine line in reverseBody.OfType<CodeLine>().Where(kept.Contains).Where(l => l.Printing != null).ToList())
            {
                foreach (FunctionCall call in line.Printing!.Calls.Where(IsCostly))
                {
                    int f = StoredLocal(call) != null ? -1 : forwardLoop.Body.FindIndex(n => n is CodeLine forward && forward.Printing != null && forward.Printing.Calls.Contains(call));
                    if (f < 0)
                    {
                        continue;
                    }

                    // Forward: compute it into a local, keep it, and use the local where the call was.
                    var original = (CodeLine)forwardLoop.Body[f];
                    string name;
                    string tape;
                    if (DeclaresExactly(original, call))
                    {
                        // The source already keeps it in a local (double e = Math.Exp(...);): store that local.
                        name = original.Defines!;
                        tape = names.Fresh(name + "Tape");
                        forwardLoop.Body.Insert(f + 1, new CodeLine(tape + "[" + slot + "] = " + name + ";", comment: "kept for the reverse sweep", uses: p.TakeReads(slotReads.Append(tape).Append(name))));
                    }
                    else
                    {
                        // The reverse sweep's own local for it (double exp = ...;) if the forward body has no local of that name.
                        bool ownName = DeclaresExactly(line, call) && !forwardLoop.Body.OfType<CodeLine>().Any(l => l.Defines == line.Defines);
                        name = ownName ? line.Defines! : names.Fresh(call.Function.ToString().ToLowerInvariant());
                        tape = names.Fresh(name + "Tape");
                        string local = name;
                        forwardLoop.Body[f] = p.Reprint(original, e => e == call ? local : null);
                        forwardLoop.Body.Insert(f, new CodeLine(tape + "[" + slot + "] = " + name + ";", comment: "kept for the reverse sweep", uses: p.TakeReads(slotReads.Append(tape).Append(name))));
                        forwardLoop.Body.Insert(f, p.Reprintable(named => new CodeLine(p.Keyword + " " + local + " = " + p.Print(call, e => e == call ? null : named(e) ?? StoredLocal(e)) + ";", declaredType: p.Keyword, uses: p.TakeReads()), call));
                    }

                    (string count, List<string> countReads) = p.Capture(() => IterationCount(step.Loop.Counting!, inside));
                    forwardLoop.Prologue.Add(new CodeLine(p.Keyword + "[] " + tape + " = global::DiffGen.Tape.Rent<" + p.Keyword + ">(" + count + ");", declaredType: p.Keyword + "[]", uses: countReads, tape: (TapeUse.Rent, tape)));
                    stored.Add((call, name));
                    tapes.Add(tape);
                }
            }

            // Reverse: the stored values first, then every line reads them where it called the functions.
            var rewritten = new List<CodeNode>();
            foreach ((FunctionCall _, string local) in stored)
            {
                rewritten.Add(new CodeLine(p.Keyword + " " + local + " = " + tapes[rewritten.Count] + "[" + slot + "];", local, "as the forward sweep computed it", declaredType: p.Keyword, uses: slotReads.Append(tapes[rewritten.Count])));
            }

            foreach (CodeNode node in reverseBody)
            {
                if (node is CodeLine line && line.Printing != null && line.Printing.Calls.Any(c => StoredLocal(c) != null))
                {
                    if (line.Printing.Value != null && line.Defines != null && StoredLocal(line.Printing.Value) == line.Defines)
                    {
                        // It computed the stored value into the very local the tape is read into.
                        continue;
                    }

                    rewritten.Add(p.Reprint(line, StoredLocal));
                }
                else
                {
                    rewritten.Add(node);
                }
            }

            reverseBody.Clear();
            reverseBody.AddRange(rewritten);
            return tapes;
        }

        /// <summary>Whether the line is <c>double v = call;</c>: a declaration whose whole value is the call.</summary>
        private static bool DeclaresExactly(CodeLine line, FunctionCall call) =>
            line.Defines != null && line.IsDeclaration && line.Accumulates == null && line.Printing?.Value == call;

        /// <summary>Whether a call costs far more than a load (Exp, Log, Tanh, ...): worth a tape slot.</summary>
        private static bool IsCostly(FunctionCall call) => Functions.ElementaryFunctions.Row(call.Function).IsCostly;

        /// <summary>
        /// Before an iteration is computed again: each element its writes overwrote, last write first, as the iteration
        /// found it (read from the tapes, not taken off them: the writes, taken back later, take them off).
        /// </summary>
        private void UndoWrites(IReadOnlyList<AssignElement> writes, Versions inside, List<CodeNode> code)
        {
            foreach (IGrouping<string, AssignElement> array in writes.GroupBy(w => w.Array))
            {
                var list = array.ToList();
                for (int k = list.Count - 1; k >= 0; k--)
                {
                    code.Add(elementTapes.Peek(list[k].Array, ElementText(list[k], inside), list.Count - k));
                }
            }
        }

        /// <summary>One iteration of a reverse loop: recompute its values forward, then its adjoints backward.</summary>
        /// <param name="replay">Which element writes the iteration runs again (null: all, as a fused loop's forward part does).</param>
        private void IterationBackwards(IReadOnlyList<Statement> body, Versions inside, List<CodeNode> code, Dictionary<string, Policy> policies, ReplayedWrites? replay)
        {
            var revReads = new HashSet<string>(System.StringComparer.Ordinal);
            List<Step> steps = Forward(body, inside, code, policies, revReads, replay);
            code.AddRange(AdjointDeclarations(body));
            code.AddRange(Reverse(steps, policies));
        }

        /// <summary>
        /// One pass for the last reduction of the method when what follows it needs none of its results to
        /// know its adjoints (<c>return s / n</c>: dS = 1/n): those adjoints first, then one loop that computes
        /// each iteration and sends its derivatives back at once.
        /// </summary>
        private List<CodeNode>? Fuse(List<CodeNode> forward, List<Step> steps, List<CodeNode> adjoints)
        {
            int last = steps.FindLastIndex(s => s is LoopStep);
            if (last < 0 || !(steps[last] is LoopStep step) || !analysis.IsReduction(step.Loop) || steps.Skip(last + 1).Any(s => !(s is AssignmentStep)))
            {
                return null;
            }

            // The adjoints of what follows are computed before the loop: none may read an element written after it.
            if (method.Program!.Body.SkipWhile(s => !ReferenceEquals(s, step.Loop)).Skip(1).Any(s => s is DeclareArray or AssignElement))
            {
                return null;
            }

            int position = forward.IndexOf(step.ForwardCode.Last());
            List<CodeNode> after = forward.Skip(position + 1).ToList();
            List<CodeNode> tail = Reverse(steps.Skip(last + 1).ToList(), new Dictionary<string, Policy>(System.StringComparer.Ordinal));
            var defined = new HashSet<string>(CodeTree.DefinedIn(after), System.StringComparer.Ordinal);
            foreach ((string name, Carried _) in step.Carried)
            {
                defined.Add(step.Inside.Of(name));
            }

            if (CodeTree.UsedIn(tail).Overlaps(defined))
            {
                // The adjoints need what the loop or the code after it computes: two sweeps.
                return null;
            }

            var policies = step.Carried.Where(c => c.How == Carried.Accumulator).ToDictionary(c => c.Name, _ => Policy.Mutate, System.StringComparer.Ordinal);
            var body = new List<CodeNode>();
            IEnumerable<string> arrays = method.Parameters.Where(q => q.IsDifferentiated && q.IsArray).Select(q => q.Name);
            writtenOnce = new WrittenOnce(OutputWrites.CoveredBy(step.Loop, method.Program.Body, arrays).Select(names.Derivative));
            IterationBackwards(IterationShape.Normalize(step.Loop.Body), step.Inside.Copy(), body, policies, null);
            var unzeroed = new HashSet<CodeLine>(writtenOnce.Written.Select(o => zeroings[o]));
            writtenOnce = null;
            (string fusedHeader, List<string> fusedReads) = p.Capture(() => LoopHeaders.Forward(p, step.Loop.Counting!, step.Inside));
            var fused = CodeBlock.Loop(fusedHeader, body, fusedReads.Append(step.Loop.Counting!.Index), comment: "Forward and reverse sweep in one loop: each iteration computes its terms and sends their derivatives back.");

            // An output the loop writes entry by entry needs no zeros first.
            var final = forward.Take(position + 1 - step.ForwardCode.Count).Where(line => !(line is CodeLine zeroing && unzeroed.Contains(zeroing))).ToList();
            final.Add(new CodeComment("The adjoints of what the loop accumulates are known before it runs."));
            final.AddRange(adjoints);
            final.AddRange(tail);
            final.AddRange(step.ForwardCode.Take(step.ForwardCode.Count - 1));
            final.Add(fused);
            final.AddRange(after);
            final.Add(new CodeComment("Reverse sweep over what came before the loop."));
            final.AddRange(Reverse(steps.Take(last).ToList(), new Dictionary<string, Policy>(System.StringComparer.Ordinal)));
            return final;
        }

        /// <summary>Plain forward code, as the source wrote it: used inside loops of the forward sweep.</summary>
        private void Primal(IEnumerable<Statement> statements, Versions versions, List<CodeNode> code, Dictionary<string, Policy> policies, ReplayedWrites? replay)
        {
            foreach (Statement statement in statements)
            {
                switch (statement)
                {
                    case DeclareScalar s:
                        code.Add(Declaration(s.Name, p.ToExpr(s.Value, versions.Of)));
                        versions[s.Name] = s.Name;
                        break;
                    case AssignScalar s when !(policies.TryGetValue(s.Name, out Policy policy) && policy == Policy.Skip):
                        code.Add(ScalarWrite(s, versions));
                        break;
                    case DeclareInteger s:
                        code.Add(new CodeLine(s.Type + " " + s.Name + " = " + p.Integer(s.Value, versions.Of) + ";", s.Name, declaredType: s.Type, startsAtZero: ProgramPrinter.IsZero(s.Value), uses: p.TakeReads()));
                        versions[s.Name] = s.Name;
                        break;
                    case AssignInteger s:
                        code.Add(new CodeLine(LoopHeaders.Step(p, versions.Of(s.Name), s.Value, versions) + ";", versions.Of(s.Name), readsDefined: ProgramFacts.Reads(s.Value).Contains(s.Name), uses: p.TakeReads()));
                        break;
                    case DeclareArray s:
                        DeclareArrays(s, versions, code, withAdjoint: false);
                        break;
                    case DeclareIntegerArray s:
                        code.Add(new CodeLine(p.IntegerArrayDeclaration(s, versions.Of), declaredType: p.IntegerArrayType(s), uses: p.TakeReads()));
                        versions[s.Name] = s.Name;
                        break;
                    case AssignElement s when ReplayedWrites.Runs(replay, s.Array):
                        code.AddRange(RunElementWrite(s, versions, replay));
                        break;
                    case IfStatement b:
                        var thenCode = new List<CodeNode>();
                        var elseCode = new List<CodeNode>();
                        Primal(b.Then, versions.Copy(), thenCode, policies, replay);
                        Primal(b.Else, versions.Copy(), elseCode, policies, replay);
                        code.Add(CodeBlock.If(p.Print(b.Test, versions.Of), p.TakeReads(), thenCode, elseCode));
                        break;
                    case Loop l:
                        var body = new List<CodeNode>();
                        Versions inner = versions.Copy();
                        Primal(l.Body, inner, body, policies, replay);
                        code.Add(LoopHeaders.Block(p, l, versions, body));
                        break;
                    case Break:
                        code.Add(new CodeLine("break;", uses: p.TakeReads()));
                        break;
                    case Continue:
                        code.Add(new CodeLine("continue;", uses: p.TakeReads()));
                        break;
                }
            }
        }

        /// <summary>The same indices, last to first.</summary>
        private string BackwardHeader(CountingLoop counting, Versions versions)
        {
            string i = counting.Index;
            string from = p.Integer(counting.From, versions.Of);

            // Counting back up to where a down-counting loop started: i <= n - 1 reads better as i < n.
            string afterFrom = p.Integer(IntegerAlgebra.Add(counting.From, 1), versions.Of);
            string upTo = afterFrom.Length < from.Length ? " < " + afterFrom : " <= " + from;
            return counting.Comparison switch
            {
                ConditionOp.Less => "for (int " + i + " = " + p.Integer(IntegerAlgebra.Add(counting.Bound, -1), versions.Of) + "; " + i + " >= " + from + "; " + i + "--)",
                ConditionOp.LessOrEqual => "for (int " + i + " = " + p.Integer(counting.Bound, versions.Of) + "; " + i + " >= " + from + "; " + i + "--)",
                ConditionOp.Greater => "for (int " + i + " = " + p.Integer(IntegerAlgebra.Add(counting.Bound, 1), versions.Of) + "; " + i + upTo + "; " + i + "++)",
                _ => "for (int " + i + " = " + p.Integer(counting.Bound, versions.Of) + "; " + i + upTo + "; " + i + "++)",
            };
        }

        /// <summary>How many times a counting loop runs (zero or negative when it does not run at all).</summary>
        private string IterationCount(CountingLoop counting, Versions versions)
        {
            Integer count = counting.Comparison switch
            {
                ConditionOp.Less => IntegerAlgebra.Subtract(counting.Bound, counting.From),
                ConditionOp.LessOrEqual => IntegerAlgebra.Add(IntegerAlgebra.Subtract(counting.Bound, counting.From), 1),
                ConditionOp.Greater => IntegerAlgebra.Subtract(counting.From, counting.Bound),
                _ => IntegerAlgebra.Add(IntegerAlgebra.Subtract(counting.From, counting.Bound), 1),
            };
            string text = p.Integer(count, versions.Of);
            return ProgramFacts.Reads(count).Any(analysis.IsLongInteger) ? "(int)(" + text + ")" : text;
        }

        /// <summary>The tape slot of an iteration of a counting loop: how many iterations came before it.</summary>
        private string TapeIndex(CountingLoop counting, Versions versions) => p.Integer(IterationIndex(counting), versions.Of);

        /// <summary>How many iterations came before the current one: <c>i - from</c> counting up, <c>from - i</c> counting down.</summary>
        private static Integer IterationIndex(CountingLoop counting)
        {
            Integer index = new IntegerRead(counting.Index);
            return counting.Up ? IntegerAlgebra.Subtract(index, counting.From) : IntegerAlgebra.Subtract(counting.From, index);
        }
    }
}
