using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Analysis;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Emit.Programs
{
    /// <content>Loops in the reverse sweep: each iteration restored, recomputed, then run backwards.</content>
    internal sealed partial class GradientWriter
    {
        /// <summary>The counter of each reverse loop of a loop that does not count by its header: its iteration's tape slot.</summary>
        private readonly Dictionary<Statement, string> reverseSlots = new Dictionary<Statement, string>(ReferenceComparer.Instance);

        /// <summary>The loop backwards: each iteration restores what it started from, recomputes its locals, then runs its statements back.</summary>
        private List<CodeNode> ReverseLoop(LoopStep step, Dictionary<string, Policy> outer)
        {
            if (step.Extreme is (RunningExtreme extreme, string at))
            {
                List<CodeNode>? backwards = null;
                Nested(() => backwards = ReverseExtreme(step, extreme, at));
                return backwards!;
            }

            Loop loop = step.Loop;
            var code = new List<CodeNode>();
            List<string> sums = StartElementSums(loop, step.Inside, code);
            HoldSharesOfTheSum(step.SharesOfTheSum);
            List<(string, Integer)> holding = HoldElements(loop, step.Inside, code);
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
            if (step.Tapes.Count == 0 && loop.Counting != null && analysis.IterationsIndependent(loop))
            {
                // Iterations are independent (a reduction, or integers stepped by invariant amounts, each iteration's
                // computed from its index below), so the reverse sweep may take them in the source's order.
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
                    reverseSlots[loop] = slot;
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

            // The iteration's locals are computed again, and the arrays it makes or fills anew; the others hold what they need,
            // once the elements the iteration overwrote after reading them are put back as the iteration found them.
            IReadOnlyList<AssignElement> undone = analysis.Overwrites.UndoneBefore(loop);
            UndoWrites(loop, undone, inside, body, gateStacks.Has(loop) ? PopGate(loop, body) : GateTest(step, inside));
            var undoneArrays = new HashSet<string>(undone.Select(w => w.Array), System.StringComparer.Ordinal);
            var skipped = new HashSet<string>(analysis.LocalArrays.Where(a => !analysis.Overwrites.RunsAgain(loop, a)), System.StringComparer.Ordinal);

            // Undone writes whose values nothing in the iteration reads are not run again (each is taken back by its tape).
            skipped.UnionWith(undoneArrays.Where(a => UnreadReplays.Holds(loop.Body, a, undone, analysis.Overwrites)));

            // A buffer the forward loop filled in rows of a tape is read there, not filled again.
            RestoreBuffers(step, inside, body);
            skipped.UnionWith(step.KeptBuffers.Keys);

            // A buffer an inner loop fills for each of its iterations, whose values stay there, is filled by that loop's reverse iterations.
            var renewedInside = analysis.Overwrites.RenewedBy.Where(b => !undoneArrays.Contains(b.Key)).ToDictionary(b => b.Key, b => b.Value, System.StringComparer.Ordinal);
            bool LeftOut(string name) => skipped.Contains(name) || (policies.TryGetValue(name, out Policy policy) && policy == Policy.Skip);
            skipped.UnionWith(InnerBuffers.Within(loop, renewedInside, LeftOut));
            var replay = new ReplayedWrites(loop, skipped, undoneArrays);
            InLoopScope(loop, () => IterationBackwards(loop, inside, body, policies, replay));
            // An element read before a write changes it reads the same text as after: store none of a loop that overwrites
            // elements, nor of one whose forward run may have read elements a later write changed.
            bool storable = loop.Counting != null && !analysis.Overwrites.WritesTaped(loop.Body) && !analysis.Overwrites.MayRecomputeStale(loop);
            List<string> stored = storable ? StoreCostlyValues(step, inside, body) : new List<string>();
            code.Add(CodeBlock.Loop(header, body, headerReads));
            ReleaseElements(holding);
            EndElementSums(sums, step.Inside, code);
            AddSharesOfTheSum(step, code);
            foreach (string tape in step.Tapes.Values.Concat(step.KeptBuffers.Values).Concat(stored).Concat(step.GateTape != null ? new[] { step.GateTape } : new string[0]))
            {
                code.Add(new CodeLine("global::DiffGen.Tape.Return(" + tape + ");", uses: p.TakeReads(tape), tape: (TapeUse.Return, tape)));
            }

            return code;
        }

        /// <summary>
        /// Before an iteration is computed again: each element its writes overwrote, last write first, as the iteration
        /// found it (read from the tapes, not taken off them: the writes, taken back later, take them off). Writes inside
        /// loops of the iteration are put back by those loops run backwards, reading the tape back with a counter.
        /// </summary>
        private void UndoWrites(Loop loop, IReadOnlyList<AssignElement> writes, Versions inside, List<CodeNode> body, (string Text, List<string> Reads)? gate)
        {
            var gated = new List<CodeNode>();
            foreach (IGrouping<string, AssignElement> array in writes.GroupBy(w => w.Array))
            {
                // An array some of whose writes run every time: only those under the gate are put back under its test (below).
                bool mixed = gate != null && analysis.Overwrites.IsMixed(loop, array.Key);
                List<CodeNode> code = gate != null && analysis.Overwrites.IsGated(loop, array.Key) && !mixed ? gated : body;
                var list = array.ToList();
                IReadOnlyList<Statement> plain = analysis.Overwrites.IsGated(loop, array.Key) && analysis.Overwrites.GateOf(loop) is { WritesWhen: true, If: IfStatement branch } ? branch.Then : loop.Body;
                if (list.All(w => plain.Contains(w, ReferenceComparer.Instance)))
                {
                    for (int k = list.Count - 1; k >= 0; k--)
                    {
                        // The index as the iteration began: its locals are not computed again yet (int s = t % period; in season[s]).
                        code.Add(elementTapes.Peek(list[k].Array, UndoneElement(loop, list[k], inside), list.Count - k));
                    }

                    continue;
                }

                string back = names.Fresh(elementTapes.TapeOf(array.Key) + "Back");
                code.Add(elementTapes.ReadBack(array.Key, back));
                var undoneWrites = new HashSet<Statement>(list, ReferenceComparer.Instance);

                // Loops inside whose gates keep their outcomes on a stack: each one's outcomes read back, one per iteration.
                var gateBacks = new Dictionary<Loop, string>(ReferenceComparer.Instance);
                foreach (Loop stacked in ProgramFacts.All(loop.Body).OfType<Loop>().Where(l => gateStacks.Has(l) && analysis.Overwrites.IsGated(l, array.Key) && ProgramFacts.All(l.Body).Any(undoneWrites.Contains)))
                {
                    gateBacks[stacked] = names.Fresh(gateStacks.ArrayOf(stacked) + "ChangedBack");
                    code.Add(gateStacks.ReadBack(stacked, gateBacks[stacked]));
                }

                if (PutBack(loop, loop.Body, undoneWrites, gateBacks.Keys) != undoneWrites.Count)
                {
                    // Every write the analysis undoes must be put back here; one that is not would leave a wrong element behind.
                    throw new System.InvalidOperationException("An undone write of '" + array.Key + "' stands where the reverse sweep cannot put it back");
                }

                code.AddRange(UndoneBackwards(loop, loop.Body, undoneWrites, back, inside, mixed ? gate : null, gateBacks));
            }

            if (gated.Count > 0)
            {
                // Only an iteration that made the writes has anything to put back (its gate's outcome, kept by the forward sweep).
                string arrays = string.Join(" and ", writes.Select(w => w.Array).Distinct().Where(a => analysis.Overwrites.IsGated(loop, a)));
                body.Add(new CodeComment("Only where this iteration changed " + arrays + " (its test, kept by the forward sweep): the elements as it found them"));
                body.Add(CodeBlock.If(gate!.Value.Text, gate.Value.Reads, gated));
            }
        }

        /// <summary>
        /// In the reverse loop, the test that the iteration made its gated writes (<c>wChangedTape[t]</c>, or <c>!stoppedTape[k]</c>
        /// where the gate stops the loop), read from the gate's tape at the iteration's slot; null where the loop has no gate.
        /// </summary>
        private (string Text, List<string> Reads)? GateTest(LoopStep step, Versions inside)
        {
            if (step.GateTape is not string tape)
            {
                return null;
            }

            (string slot, List<string> reads) = step.Loop.Counting != null ? p.Capture(() => TapeIndex(step.Loop.Counting, inside)) : (reverseSlots[step.Loop], new List<string> { reverseSlots[step.Loop] });
            if (step.Loop.Counting != null)
            {
                reads.Add(step.Loop.Counting.Index);
            }

            bool stops = !analysis.Overwrites.GateOf(step.Loop)!.WritesWhen;
            return ((stops ? "!" : string.Empty) + tape + "[" + slot + "]", reads.Append(tape).ToList());
        }

        /// <summary>The outcome of a stacked gate (<see cref="GateStacks"/>), popped as the reverse iteration starts, as the test the undo reads.</summary>
        private (string Text, List<string> Reads) PopGate(Loop loop, List<CodeNode> body)
        {
            (CodeLine pop, string local) = gateStacks.Pop(loop);
            body.Add(pop);
            return (local, new List<string> { local });
        }

        /// <summary>The block's undone writes put back, last first: a loop holding some runs backwards, its counter named apart.</summary>
        /// <param name="underGate">
        /// For an array some of whose writes run every time (<c>ArrayOverwrites.IsMixed</c>): the gate's test, under which the
        /// statements of the loop's body that run theirs only where it holds are put back; null where the whole undo is under it.
        /// </param>
        /// <param name="gateBacks">The loops inside whose gates keep their outcomes on a stack (<see cref="GateStacks"/>), each with its read-back counter.</param>
        /// <param name="outcome">Directly in the body of such a loop: the loop, and the local holding the iteration's outcome.</param>
        private List<CodeNode> UndoneBackwards(Loop loop, IReadOnlyList<Statement> block, HashSet<Statement> writes, string back, Versions versions, (string Text, List<string> Reads)? underGate = null, IReadOnlyDictionary<Loop, string>? gateBacks = null, (Loop Gated, string Changed)? outcome = null)
        {
            var code = new List<CodeNode>();
            for (int i = block.Count - 1; i >= 0; i--)
            {
                if (underGate is (string test, List<string> testReads) && analysis.Overwrites.RunsUnderGate(loop, block[i]) && ProgramFacts.All(new[] { block[i] }).Any(writes.Contains))
                {
                    code.Add(new CodeComment("Only where this iteration made these writes (its test, kept by the forward sweep)"));
                    code.Add(CodeBlock.If(test, testReads, UndoneBackwards(loop, new[] { block[i] }, writes, back, versions, gateBacks: gateBacks)));
                    continue;
                }

                if (outcome is (Loop gated, string made) && analysis.Overwrites.RunsUnderGate(gated, block[i]) && ProgramFacts.All(new[] { block[i] }).Any(writes.Contains))
                {
                    // A write of a loop inside whose gate keeps its outcomes on a stack: put back where that iteration made it.
                    code.Add(CodeBlock.If(made, new List<string> { made }, UndoneBackwards(loop, new[] { block[i] }, writes, back, versions, gateBacks: gateBacks)));
                    continue;
                }

                switch (block[i])
                {
                    case AssignElement write when writes.Contains(write):
                        code.Add(elementTapes.PeekBack(write.Array, UndoneElement(loop, write, versions), back));
                        break;
                    case IfStatement branch when OnAGateOf(loop, branch, gateBacks?.Keys) && ProgramFacts.All(branch.Then).Any(writes.Contains):
                        // The gate's test was taken already: this undo runs only in iterations that made the writes.
                        code.AddRange(UndoneBackwards(loop, branch.Then, writes, back, versions, gateBacks: gateBacks));
                        break;
                    case Loop nested when ProgramFacts.All(nested.Body).Any(writes.Contains):
                        CountingLoop header = analysis.Overwrites.UndoneHeader(loop, nested);
                        Versions within = versions.Copy();
                        string counter = names.Fresh(header.Index);
                        within[header.Index] = counter;
                        (string text, List<string> reads) = p.Capture(() => BackwardHeader(header with { Index = counter }, versions));
                        var body = new List<CodeNode>();
                        (Loop, string)? nestedOutcome = null;
                        if (gateBacks != null && gateBacks.TryGetValue(nested, out string? gateBack))
                        {
                            // Each iteration's outcome, read back from the gate's stack before its writes are put back.
                            string changed = names.Fresh(gateStacks.ArrayOf(nested) + "Changed");
                            body.Add(gateStacks.PeekBack(nested, gateBack, changed));
                            nestedOutcome = (nested, changed);
                        }

                        body.AddRange(UndoneBackwards(loop, nested.Body, writes, back, within, gateBacks: gateBacks, outcome: nestedOutcome));
                        code.Add(CodeBlock.Loop(text, body, reads));
                        break;
                }
            }

            return code;
        }

        /// <summary>How many of <paramref name="writes"/> <see cref="UndoneBackwards"/> reaches: plain statements of the block, of loops in it, or of the ifs on the loop's gate's test.</summary>
        private int PutBack(Loop loop, IReadOnlyList<Statement> block, HashSet<Statement> writes, IEnumerable<Loop> stacked) => block.Sum(s => s switch
        {
            AssignElement write when writes.Contains(write) => 1,
            Loop nested => PutBack(loop, nested.Body, writes, stacked),
            IfStatement branch when OnAGateOf(loop, branch, stacked) => PutBack(loop, branch.Then, writes, stacked),
            _ => 0,
        });

        /// <summary>Whether the if is on the test of the loop's gate, or of the gate of a loop inside that keeps its outcomes on a stack.</summary>
        private bool OnAGateOf(Loop loop, IfStatement branch, IEnumerable<Loop>? stacked) =>
            analysis.Overwrites.RunsUnderGate(loop, branch) || (stacked != null && stacked.Any(g => analysis.Overwrites.RunsUnderGate(g, branch)));

        /// <summary>The element an undone write changes, with its index as the iteration began.</summary>
        private (string Text, List<string> Reads) UndoneElement(Loop loop, AssignElement write, Versions versions) =>
            ElementText(write with { Index = analysis.Overwrites.UndoneIndex(loop, write) }, versions);

        /// <summary>One iteration of a reverse loop: recompute its values forward, then its adjoints backward.</summary>
        /// <param name="replay">Which element writes the iteration runs again (null: all, as a fused loop's forward part does).</param>
        private void IterationBackwards(Loop loop, Versions inside, List<CodeNode> code, Dictionary<string, Policy> policies, ReplayedWrites? replay)
        {
            IReadOnlyList<Statement> body = IterationShape.Normalize(loop.Body);
            IReadOnlyList<FreshAdjoint> fresh = OpenFreshAdjoints(loop);
            var revReads = new HashSet<string>(System.StringComparer.Ordinal);
            List<Step> steps = Forward(body, inside, code, policies, revReads, replay);
            List<CodeNode> adjoints = AdjointDeclarations(body);
            code.AddRange(adjoints);
            var declaredHere = DeclaredAdjoints(adjoints).Where(enclosingAdjoints.Add).ToList();
            code.AddRange(Reverse(steps, policies));
            enclosingAdjoints.ExceptWith(declaredHere);
            CloseFreshAdjoints(fresh);
        }

        /// <summary>The same indices, last to first (an int counter starting from a bound that may be a long: <c>i &lt; k</c>).</summary>
        private string BackwardHeader(CountingLoop counting, Versions versions)
        {
            string i = counting.Index;
            string from = p.Comparand(counting.From, versions.Of);

            // Counting back up to where a down-counting loop started: i <= n - 1 reads better as i < n.
            string afterFrom = p.Comparand(IntegerAlgebra.Add(counting.From, 1), versions.Of);
            string upTo = afterFrom.Length < from.Length ? " < " + afterFrom : " <= " + from;
            return counting.Comparison switch
            {
                ConditionOp.Less => "for (int " + i + " = " + AsInt(IntegerAlgebra.Add(counting.Bound, -1), versions) + "; " + i + " >= " + from + "; " + i + "--)",
                ConditionOp.LessOrEqual => "for (int " + i + " = " + AsInt(counting.Bound, versions) + "; " + i + " >= " + from + "; " + i + "--)",
                ConditionOp.Greater => "for (int " + i + " = " + AsInt(IntegerAlgebra.Add(counting.Bound, 1), versions) + "; " + i + upTo + "; " + i + "++)",
                _ => "for (int " + i + " = " + AsInt(counting.Bound, versions) + "; " + i + upTo + "; " + i + "++)",
            };
        }
    }
}
