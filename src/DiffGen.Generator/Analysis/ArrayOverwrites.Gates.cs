using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Common;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Analysis
{
    /// <content>
    /// Gates: updates an iteration makes only where a test holds (a dead-zone filter's <c>if</c>, early stopping's
    /// <c>if (test) break;</c> before the writes, the loops lowering guards with the test), whose overwritten elements the
    /// reverse sweep puts back only in the iterations that wrote them, by the test's outcome the forward sweep kept.
    /// </content>
    internal sealed partial class ArrayOverwrites
    {
        private readonly Dictionary<Statement, UndoGate> gates = new Dictionary<Statement, UndoGate>(ReferenceComparer.Instance);
        private readonly HashSet<(Statement Loop, string Array)> gatedArrays = new HashSet<(Statement, string)>(new LoopArrayComparer());

        /// <summary>
        /// What decides whether an iteration of <paramref name="loop"/> makes its undone writes, where something does: the
        /// forward sweep keeps its test's outcome per iteration, and the reverse sweep puts the elements back only in the
        /// iterations that wrote them (it cannot compute the test again first: the test reads what the writes changed).
        /// </summary>
        public UndoGate? GateOf(Loop loop) => gates.TryGetValue(loop, out UndoGate? gate) ? gate : null;

        /// <summary>Whether the gate of <paramref name="loop"/> (<see cref="GateOf"/>) decides the undone writes of <paramref name="array"/>; the others are made by every iteration.</summary>
        public bool IsGated(Loop loop, string array) => gatedArrays.Contains((loop, array));

        /// <summary>
        /// The gate of the loop's writes of an array (<paramref name="inside"/>), where the iteration makes them only where a
        /// test holds, or null where it makes them every time; false where it may leave before them or make them only
        /// sometimes in a way no gate reads (a break whose test reads the array, a loop inside another loop, a second gate).
        /// </summary>
        private bool TryGate(Loop loop, List<AssignElement> inside, out UndoGate? gate)
        {
            gate = null;
            if (LeavesBefore(loop.Body, inside))
            {
                // Early stopping, if (converged) break; before the update: the iteration that stops makes none of the writes.
                // Its test must not read the array: the reverse sweep tests again after it has run the writes again (a test on
                // an element the iteration changes, if (t[i] > 0.7) break; t[i] = ..., stays DIFF015).
                if (StopBefore(loop.Body, inside) is not IfStatement stop || inside.Any(w => ElementReads.Of(stop, w.Array).Count > 0))
                {
                    return Fails(out gate);
                }

                gate = new UndoGate(stop, stop.Test, WritesWhen: false);
            }
            else if (inside.Count > 0 && inside.All(w => !loop.Body.Contains(w, ReferenceComparer.Instance)) && GuardingIf(loop.Body, inside) is IfStatement branch)
            {
                // An update made only where a test holds (if (Math.Abs(error) > margin) { w[0] += ...; }).
                gate = new UndoGate(branch, branch.Test, WritesWhen: true);
            }
            else if (LoopGate(loop.Body, inside) is (Statement first, Test runs))
            {
                // Loops under an if, or after early stopping: each runs only where a test holds (LoopGate).
                gate = new UndoGate(first, runs, WritesWhen: true);
            }

            if (gate != null && sites.Of(loop).Chain.Count(s => s is Loop) > 1)
            {
                // A gate's outcomes are kept per iteration of a loop the method runs once (not inside another loop).
                return Fails(out gate);
            }

            if (gate != null && gates.TryGetValue(loop, out UndoGate? known) && !ReferenceEquals(known.At, gate.At))
            {
                // One gate per loop: the forward sweep keeps one outcome per iteration.
                return Fails(out gate);
            }

            return true;
        }

        private static bool Fails(out UndoGate? gate)
        {
            gate = null;
            return false;
        }

        /// <summary>
        /// Writes that are all plain statements of the Then of one if of the body (<see cref="GuardingIf"/>): their indices
        /// must be known as the iteration begins, and nothing the Then assigns before a write may change its index.
        /// </summary>
        private bool UndoGated(Loop loop, UndoGate gate, string array, List<AssignElement> inside)
        {
            IfStatement branch = (IfStatement)gate.At;
            int position = IndexIn(loop.Body, branch);
            var indices = new List<(AssignElement Write, Integer Index)>();
            foreach (AssignElement write in inside)
            {
                int at = IndexIn(branch.Then, write);
                if (Changed(branch.Then.Take(at), write.Index, new HashSet<string>()).Count > 0
                    || AtIterationStart(loop.Body, position, write.Index, depth: 0, new HashSet<string>()) is not Integer index
                    || ProgramFacts.ValueReads(index).Any(IsWritten))
                {
                    return false;
                }

                indices.Add((write, index));
            }

            foreach ((AssignElement write, Integer index) in indices)
            {
                For(undoneIndices, loop)[write] = index;
            }

            gates[loop] = gate;
            gatedArrays.Add((loop, array));
            AddUndone(loop, inside);
            return true;
        }

        /// <summary>
        /// The one <c>if (test) break;</c> (nothing else in it, no else) among the body's statements before the writes, when
        /// every write stands after it (a plain statement of the body, or in a loop of the body) and nothing else before the
        /// last write may leave: the iteration that stops there makes none of the writes, every other iteration makes them all.
        /// </summary>
        private IfStatement? StopBefore(IReadOnlyList<Statement> body, List<AssignElement> writes)
        {
            // The statement of the body that holds each write.
            var holders = writes.Select(w => body.FirstOrDefault(s => ReferenceEquals(s, w) || (s is Loop && sites.Of(w).IsWithin(s)))).ToList();
            if (writes.Count == 0 || holders.Any(h => h == null))
            {
                return null;
            }

            int first = holders.Min(h => IndexIn(body, h!));
            int last = holders.Max(h => IndexIn(body, h!));
            var leaving = body.Take(last + 1).Where(s => ProgramFacts.MayLeave(new[] { s })).ToList();
            return leaving.Count == 1 && leaving[0] is IfStatement { Then.Count: 1, Else.Count: 0 } stop && stop.Then[0] is Break && IndexIn(body, stop) < first
                ? stop
                : null;
        }

        /// <summary>
        /// The test under which every write's loop runs, and the first of those loops, when each write stands in a loop of the
        /// body that runs only where the same test holds and nothing between the first such loop and the last assigns what the
        /// test reads. Lowering writes two such loops: a counting loop whose bound is <c>test ? n : empty</c> (after early
        /// stopping, or for an if that holds loops: <c>int stopped = x &lt; tol ? 1 : 0; ... i &lt; (stopped == 0 ? n : 0)</c>),
        /// and a loop an if guards, its test joined to the loop's (<c>Math.Abs(e) &gt; 0.1 &amp;&amp; k &lt; m</c>).
        /// </summary>
        private static (Statement First, Test Runs)? LoopGate(IReadOnlyList<Statement> body, List<AssignElement> writes)
        {
            var holders = writes.Select(w => body.FirstOrDefault(s => s is Loop loop && ProgramFacts.All(loop.Body).Contains(w, ReferenceComparer.Instance))).ToList();
            if (writes.Count == 0 || holders.Any(h => h == null))
            {
                return null;
            }

            var tests = holders.Select(h => GuardOf((Loop)h!)).Distinct().ToList();
            if (tests.Count != 1 || tests[0] is not Test runs)
            {
                return null;
            }

            int first = holders.Min(h => IndexIn(body, h!));
            int last = holders.Max(h => IndexIn(body, h!));
            ISet<string> assigned = ProgramFacts.Assigned(body.Skip(first).Take(last - first + 1));
            // Nor may the test read the array: the reverse sweep may test again after it has run the writes again.
            return ProgramFacts.Reads(runs).Any(r => assigned.Contains(r) || writes.Any(w => w.Array == r)) ? null : (body[first], runs);
        }

        /// <summary>
        /// The test without which the loop runs no iteration, for the two shapes of <see cref="LoopGate"/>: a counting loop
        /// whose bound is <c>test ? n : empty</c> and empty where the test fails (checked against where it starts), or a loop
        /// whose condition is <c>test &amp;&amp; i &lt; n</c> with a counting header (<see cref="GuardedCounting"/>).
        /// </summary>
        private static Test? GuardOf(Loop loop)
        {
            if (loop.Counting is { Bound: IntegerChoice { WhenFalse: IntegerNumber empty } bound } counting)
            {
                Integer from = counting.From is IntegerChoice start && start.Test.Equals(bound.Test) ? start.WhenFalse : counting.From;
                bool none = from is IntegerNumber f && counting.Comparison switch
                {
                    ConditionOp.Less => empty.Constant <= f.Constant,
                    ConditionOp.LessOrEqual => empty.Constant < f.Constant,
                    ConditionOp.Greater => empty.Constant >= f.Constant,
                    ConditionOp.GreaterOrEqual => empty.Constant > f.Constant,
                    _ => false,
                };
                return none ? bound.Test : null;
            }

            return GuardedCounting(loop) is (Test guard, CountingLoop _) ? guard : null;
        }

        /// <summary>
        /// A loop that an if guards (<c>guard &amp;&amp; i &lt; n</c>, <c>int i = from</c>, <c>i++</c> or <c>i--</c>) read as its
        /// guard and the counting loop it is where the guard holds: the body changes neither the index nor what the bound
        /// reads, and does not leave. Null for any other loop.
        /// </summary>
        private static (Test Guard, CountingLoop Counting)? GuardedCounting(Loop loop)
        {
            if (loop.Counting != null || loop.Condition is not Logic { Op: ConditionOp.And, Left: Test guard, Right: IntegerComparison { Left: IntegerRead index } comparison }
                || loop.Initializers.Count != 1 || loop.Initializers[0] is not DeclareInteger { Type: "int" } start || start.Name != index.Variable
                || loop.Steps.Count != 1 || loop.Steps[0] is not AssignInteger { Value: IntegerArithmetic { Left: IntegerRead stepped, Right: IntegerNumber { Constant: 1 } } arithmetic } step || stepped.Variable != index.Variable || step.Name != index.Variable)
            {
                return null;
            }

            bool up = arithmetic.Op == IrOp.Add;
            if (!up && arithmetic.Op != IrOp.Subtract)
            {
                return null;
            }

            bool fits = up ? comparison.Op is ConditionOp.Less or ConditionOp.LessOrEqual : comparison.Op is ConditionOp.Greater or ConditionOp.GreaterOrEqual;
            ISet<string> assigned = ProgramFacts.Assigned(loop.Body);
            if (!fits || assigned.Contains(index.Variable) || ProgramFacts.Reads(comparison.Right).Any(assigned.Contains) || ProgramFacts.Reads(start.Value).Any(assigned.Contains) || ProgramFacts.MayLeave(loop.Body))
            {
                return null;
            }

            return (guard, new CountingLoop(index.Variable, start.Value, comparison.Op, comparison.Right));
        }

        /// <summary>The loop's counting header, or, for a loop the gate's test guards (<see cref="GuardedCounting"/>), the one it has where that test holds.</summary>
        private static CountingLoop? CountingOf(Loop loop, UndoGate? gate) =>
            loop.Counting ?? (gate != null && GuardedCounting(loop) is (Test guard, CountingLoop counting) && guard.Equals(gate.Test) ? counting : null);

        /// <summary>
        /// <paramref name="e"/> where the gate's test holds (the undo runs only in iterations that made their writes): each
        /// <c>test ? a : b</c> on that test read as <c>a</c>. Unchanged for a gate that is an if.
        /// </summary>
        private static Integer Assume(Integer e, UndoGate? gate) => gate == null || gate.If != null ? e : e switch
        {
            IntegerChoice choice when choice.Test.Equals(gate.Test) => Assume(choice.WhenTrue, gate),
            IntegerChoice choice => choice with { WhenTrue = Assume(choice.WhenTrue, gate), WhenFalse = Assume(choice.WhenFalse, gate) },
            IntegerArithmetic arithmetic => arithmetic with { Left = Assume(arithmetic.Left, gate), Right = Assume(arithmetic.Right, gate) },
            IntegerNegation negation => negation with { Operand = Assume(negation.Operand, gate) },
            IntegerCast cast => cast with { Operand = Assume(cast.Operand, gate) },
            _ => e,
        };

        /// <summary>The if of the body (no break or continue in it) whose Then holds every write as a plain statement, if there is one.</summary>
        private static IfStatement? GuardingIf(IReadOnlyList<Statement> body, List<AssignElement> writes) =>
            body.OfType<IfStatement>().FirstOrDefault(b => writes.All(w => b.Then.Contains(w, ReferenceComparer.Instance)) && !ProgramFacts.MayLeave(b.Then) && !ProgramFacts.MayLeave(b.Else)
                && !body.Take(IndexIn(body, b) + 1).Any(s => ProgramFacts.MayLeave(new[] { s })));
    }

    /// <summary>
    /// What decides whether an iteration makes its undone writes: they run where its test is <see cref="WritesWhen"/>
    /// (true for <c>if (test) { writes }</c>, false for <c>if (test) break;</c> before them).
    /// </summary>
    /// <remarks>
    /// <see cref="At"/> is the gate's statement, before which the forward sweep keeps the test's outcome: the if, whose
    /// <see cref="Test"/> is its own, or the first loop that holds the writes, which runs only where <see cref="Test"/> holds
    /// (<c>ArrayOverwrites.LoopGate</c>).
    /// </remarks>
    internal sealed record UndoGate(Statement At, Test Test, bool WritesWhen)
    {
        /// <summary>The gate's if, for a gate that is one.</summary>
        public IfStatement? If => At as IfStatement;
    }

    /// <summary>A loop (by reference) and an array (by name).</summary>
    internal sealed class LoopArrayComparer : IEqualityComparer<(Statement Loop, string Array)>
    {
        public bool Equals((Statement Loop, string Array) x, (Statement Loop, string Array) y) => ReferenceEquals(x.Loop, y.Loop) && x.Array == y.Array;

        public int GetHashCode((Statement Loop, string Array) value) => (System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(value.Loop) * 31) + value.Array.GetHashCode();
    }
}
