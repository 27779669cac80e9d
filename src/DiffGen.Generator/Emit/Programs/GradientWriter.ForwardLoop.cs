using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Analysis;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Emit.Programs
{
    /// <content>Loops in the forward sweep: run as written, carried values changed in place, what the reverse sweep needs on tapes.</content>
    internal sealed partial class GradientWriter
    {
        /// <summary>The gates' statements (<see cref="ArrayOverwrites.GateOf"/>) of the loops written so far, with their tapes, the slot of an iteration, and the gate.</summary>
        private readonly Dictionary<Statement, (string Tape, string Slot, List<string> SlotReads, UndoGate Gate)> gateRecords = new Dictionary<Statement, (string, string, List<string>, UndoGate)>(ReferenceComparer.Instance);

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

            // A running extreme needs the index it last came from, not its value at every iteration.
            (RunningExtreme Extreme, Symbolic.Condition Moves)? extreme = ExtremeMoves.Of(loop, analysis, p, inside.Of);
            string? extremeAt = extreme is (RunningExtreme kept, _) ? DeclareExtremeIndex(kept, loop, loopCode) : null;

            var tapes = new Dictionary<string, string>(System.StringComparer.Ordinal);
            string? counter = loop.Counting == null ? names.Fresh("iterations") : null;
            (string capacity, List<string> capacityReads) = loop.Counting == null ? ("16", new List<string>()) : p.Capture(() => IterationCount(loop.Counting, inside));
            foreach ((string name, Carried how) in carried.Where(c => c.How == Carried.Taped || (c.How == Carried.Stepped && !entries.ContainsKey(c.Name))))
            {
                if (extreme?.Extreme.Variable == name)
                {
                    continue;
                }

                string tape = names.Fresh(name.TrimStart('@') + "Tape");
                string type = TypeOf(name);
                tapes[name] = tape;
                loopCode.Add(new CodeLine(type + "[] " + tape + " = global::DiffGen.Tape.Rent<" + type + ">(" + capacity + ");", declaredType: type + "[]", uses: p.TakeReads(capacityReads), tape: (TapeUse.Rent, tape)));
            }

            string? gateTape = RentGateTape(loop, capacity, capacityReads, loopCode);
            if (counter != null)
            {
                // The reverse sweep runs as many iterations as this one did.
                loopCode.Add(new CodeLine("int " + counter + " = 0;", counter, declaredType: "int", uses: p.TakeReads()));
            }

            var body = new List<CodeNode>();
            List<(string, Integer)> holding = HoldElements(loop, inside, loopCode);
            if (gateTape != null)
            {
                // The iteration's slot: counted before the body runs where the loop has a counter of its own.
                (string slot, List<string> slotReads) = counter != null ? (counter + " - 1", new List<string> { counter }) : p.Capture(() => TapeIndex(loop.Counting!, inside));
                if (counter != null)
                {
                    body.Add(new CodeLine("if (" + counter + " == " + gateTape + ".Length) " + gateTape + " = global::DiffGen.Tape.Grow(" + gateTape + ");", uses: p.TakeReads(counter, gateTape), tape: (TapeUse.Grow, gateTape)));
                }

                UndoGate gate = analysis.Overwrites.GateOf(loop)!;
                gateRecords[gate.At] = (gateTape, slot, slotReads, gate);
            }

            if (tapes.Count > 0 || counter != null)
            {
                (string slot, List<string> slotReads) = counter != null ? (counter, new List<string> { counter }) : p.Capture(() => TapeIndex(loop.Counting!, inside));
                foreach (KeyValuePair<string, string> tape in tapes)
                {
                    if (counter != null)
                    {
                        body.Add(new CodeLine("if (" + counter + " == " + tape.Value + ".Length) " + tape.Value + " = global::DiffGen.Tape.Grow(" + tape.Value + ");", uses: p.TakeReads(counter, tape.Value), tape: (TapeUse.Grow, tape.Value)));
                    }

                    body.Add(new CodeLine(tape.Value + "[" + slot + "] = " + inside.Of(tape.Key) + ";", comment: "kept for the reverse sweep", uses: p.TakeReads(slotReads.Append(tape.Value).Append(inside.Of(tape.Key))), tape: (TapeUse.Write, tape.Value)));
                }

                if (counter != null)
                {
                    // Dropped with the declaration when no reverse loop counts with it (a loop fused with its reverse).
                    body.Add(new CodeLine(counter + "++;", counter, readsDefined: true, uses: p.TakeReads(counter)));
                }
            }

            Versions bodyVersions = inside.Copy();
            Dictionary<string, string> keptBuffers = KeepBuffers(loop, inside, replay, loopCode, bodyVersions, body);
            if (extreme is (RunningExtreme noted, Symbolic.Condition moves))
            {
                var mayMove = new List<CodeNode> { NoteExtremeIndex(noted.Variable, moves, extremeAt!, loop) };
                Primal(loop.Body, bodyVersions, mayMove, policies, replay);
                body.AddRange(OnlyWhereExtremeMayMove(noted, inside, mayMove));
            }
            else
            {
                Primal(loop.Body, bodyVersions, body, policies, replay);
            }

            loopCode.Add(LoopHeaders.Block(p, loop, inside, body));
            ReleaseElements(holding);
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

            var sharesOfTheSum = SharesOfTheSum(loop);
            foreach ((AssignScalar sum, string _, double _) in sharesOfTheSum)
            {
                // The reverse sweep reads the sum as this loop leaves it (AddSharesOfTheSum): no later loop may change it in place.
                revReads.Add(inside.Of(sum.Name));
            }

            return new LoopStep(loop, inside, carried, tapes, entries, counter, loopCode) { Extreme = extreme is (RunningExtreme found, _) ? (found, extremeAt!) : null, SharesOfTheSum = sharesOfTheSum, KeptBuffers = keptBuffers, GateTape = gateTape };
        }

        /// <summary>
        /// For a loop with a gate (<see cref="ArrayOverwrites.GateOf"/>): a tape of one <c>bool</c> per iteration, the outcome of
        /// the gate's test, which the reverse sweep reads to know whether the iteration made the writes it puts back. Null otherwise.
        /// </summary>
        private string? RentGateTape(Loop loop, string capacity, List<string> capacityReads, List<CodeNode> code)
        {
            if (analysis.Overwrites.GateOf(loop) is not UndoGate gate || gateStacks.Has(loop))
            {
                // A gate of a loop inside another loop keeps its outcomes on a stack (GateStacks), not at the iteration's slot.
                return null;
            }

            string first = analysis.Overwrites.UndoneBefore(loop).Select(w => w.Array).First(a => analysis.Overwrites.IsGated(loop, a));
            string tape = names.Fresh(gate.WritesWhen ? first.TrimStart('@') + "ChangedTape" : "stoppedTape");
            code.Add(new CodeLine("bool[] " + tape + " = global::DiffGen.Tape.Rent<bool>(" + capacity + ");", declaredType: "bool[]", uses: p.TakeReads(capacityReads), tape: (TapeUse.Rent, tape)));
            return tape;
        }

        /// <summary>
        /// Before a gate's statement in the forward sweep: its test's outcome kept on the gate's tape,
        /// <c>wChangedTape[t] = Math.Abs(err) &gt; 0.1;</c>, <c>stoppedTape[it] = g0 * g0 &lt; 1e-6;</c>.
        /// </summary>
        private CodeLine RecordGate(Statement at, Versions versions)
        {
            (string tape, string slot, List<string> slotReads, UndoGate gate) = gateRecords[at];
            string test = p.Print(gate.Test, versions.Of);
            string comment = gate.WritesWhen ? "kept for the reverse sweep: whether the iteration makes the writes below" : "kept for the reverse sweep: whether the iteration stops here, before its writes";
            return new CodeLine(tape + "[" + slot + "] = " + test + ";", comment: comment, uses: p.TakeReads(slotReads.Append(tape)), tape: (TapeUse.Write, tape));
        }

        /// <summary>Plain forward code, as the source wrote it: used inside loops of the forward sweep.</summary>
        private void Primal(IEnumerable<Statement> statements, Versions versions, List<CodeNode> code, Dictionary<string, Policy> policies, ReplayedWrites? replay)
        {
            foreach (Statement statement in statements)
            {
                if (gateRecords.ContainsKey(statement))
                {
                    code.Add(RecordGate(statement, versions));
                }
                else if (replay == null && gateStacks.GatedBefore(statement) is Loop gated)
                {
                    // The forward sweep's own run (a recomputed iteration pushes nothing: the stack holds the forward sweep's outcomes).
                    code.AddRange(gateStacks.Push(gated, p.Print(analysis.Overwrites.GateOf(gated)!.Test, versions.Of), p.TakeReads()));
                }

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
                    case Loop l when SteppedAtOnce(l, versions, policies, replay) is List<CodeNode> atOnce:
                        code.AddRange(atOnce);
                        break;
                    case Loop l:
                        var body = new List<CodeNode>();
                        Versions inner = versions.Copy();
                        List<(string, Integer)> holding = HoldElements(l, versions, code);
                        Primal(l.Body, inner, body, policies, replay);
                        code.Add(LoopHeaders.Block(p, l, versions, body));
                        ReleaseElements(holding);
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

        /// <summary>How many times a counting loop runs (zero or negative when it does not run at all).</summary>
        private string IterationCount(CountingLoop counting, Versions versions) => AsInt(IterationCountOf(counting), versions);

        /// <summary>How many times a counting loop runs, as an integer expression.</summary>
        private static Integer IterationCountOf(CountingLoop counting) => counting.Comparison switch
        {
            ConditionOp.Less => IntegerAlgebra.Subtract(counting.Bound, counting.From),
            ConditionOp.LessOrEqual => IntegerAlgebra.Add(IntegerAlgebra.Subtract(counting.Bound, counting.From), 1),
            ConditionOp.Greater => IntegerAlgebra.Subtract(counting.From, counting.Bound),
            _ => IntegerAlgebra.Add(IntegerAlgebra.Subtract(counting.From, counting.Bound), 1),
        };

        /// <summary>An integer expression as an <c>int</c> (a tape's length): converted where it reads a <c>long</c>.</summary>
        private string AsInt(Integer e, Versions versions)
        {
            string text = p.Integer(e, versions.Of);
            return ProgramFacts.Reads(e).Any(analysis.IsLongInteger) ? "(int)(" + text + ")" : text;
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
