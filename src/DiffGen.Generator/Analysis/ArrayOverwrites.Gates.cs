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
        private readonly Dictionary<Statement, HashSet<string>> gatedArrays = new Dictionary<Statement, HashSet<string>>(ReferenceComparer.Instance);

        /// <summary>
        /// What decides whether an iteration of <paramref name="loop"/> makes its undone writes, where something does: the
        /// forward sweep keeps its test's outcome per iteration, and the reverse sweep puts the elements back only in the
        /// iterations that wrote them (it cannot compute the test again first: the test reads what the writes changed).
        /// </summary>
        public UndoGate? GateOf(Loop loop) => gates.TryGetValue(loop, out UndoGate? gate) ? gate : null;

        /// <summary>Whether the gate of <paramref name="loop"/> (<see cref="GateOf"/>) decides the undone writes of <paramref name="array"/>; the others are made by every iteration.</summary>
        public bool IsGated(Loop loop, string array) => gatedArrays.TryGetValue(loop, out HashSet<string>? arrays) && arrays.Contains(array);

        /// <summary>
        /// Whether the outcomes of the loop's gate are kept on a stack, one pushed per iteration of every run of the loop and
        /// popped as the reverse sweep takes that iteration back: the loop stands inside another loop (an epoch loop around a
        /// perceptron's samples), so it runs many times, and an iteration's slot cannot say which run it belongs to.
        /// </summary>
        public bool IsStacked(Loop loop) => gates.ContainsKey(loop) && IsNested(loop);

        /// <summary>The loops whose gates keep their outcomes on a stack (<see cref="IsStacked"/>), in the order the method writes them.</summary>
        public IEnumerable<Loop> StackedGates => sites.All.Select(s => s.Statement).OfType<Loop>().Where(IsStacked);

        private bool IsNested(Loop loop) => sites.Of(loop).Chain.Count(s => s is Loop) > 1;

        /// <summary>The arrays whose writes the loop's gate decides (<see cref="IsGated"/>), in ordinal order.</summary>
        public IEnumerable<string> ArraysGatedBy(Loop loop) =>
            gatedArrays.TryGetValue(loop, out HashSet<string>? arrays) ? arrays.OrderBy(a => a, System.StringComparer.Ordinal) : Enumerable.Empty<string>();

        /// <summary>Records that the gate of <paramref name="loop"/> decides the undone writes of <paramref name="array"/>.</summary>
        private void AddGated(Loop loop, UndoGate gate, string array)
        {
            gates[loop] = gate;
            if (!gatedArrays.TryGetValue(loop, out HashSet<string>? arrays))
            {
                arrays = new HashSet<string>(System.StringComparer.Ordinal);
                gatedArrays[loop] = arrays;
            }

            arrays.Add(array);
        }

        /// <summary>The statement of <paramref name="body"/> that holds <paramref name="write"/>: the write itself, or the loop or if around it.</summary>
        private Statement? HolderIn(IReadOnlyList<Statement> body, AssignElement write) =>
            body.FirstOrDefault(s => ReferenceEquals(s, write) || sites.Of(write).IsWithin(s));

        /// <summary>
        /// The gate of the loop's writes of an array (<paramref name="inside"/>), where the iteration makes them only where a
        /// test holds, or null where it makes them every time; false where it may leave before them or make them only
        /// sometimes in a way no gate reads (a break whose test reads the array, a loop inside another loop, a second gate).
        /// </summary>
        private bool TryGate(Loop loop, List<AssignElement> inside, out UndoGate? gate)
        {
            gate = null;
            bool leaves = LeavesBefore(loop.Body, inside);
            if (leaves && FlagStop(loop.Body, inside) is (Statement flagged, Test runs))
            {
                // Early stopping before loops and other writes, as lowering takes it apart: the writes run where the flag is 0,
                // and the break where it is 1 (int stopped = g2 < tol ? 1 : 0; loops; if (stopped == 1) break; if (stopped == 0) { ... }).
                gate = new UndoGate(flagged, runs, WritesWhen: true);
            }
            else if (leaves)
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
            else if (TestGate(loop.Body, inside) is (Statement first, Test test))
            {
                // An update made only where a test holds (if (Math.Abs(error) > margin) { w[0] += ...; }), loops under an if,
                // or after early stopping: each write stands in a statement that runs only where one test holds (TestGate).
                gate = new UndoGate(first, test, WritesWhen: true);
            }

            if (gate != null && leaves && IsNested(loop))
            {
                // Early stopping keeps its outcomes per iteration of a loop the method runs once (not inside another loop);
                // a gate on a test (IsStacked) keeps them on a stack instead.
                return Fails(out gate);
            }

            if (gate != null && gates.TryGetValue(loop, out UndoGate? known) && !ReferenceEquals(known.At, gate.At))
            {
                // One gate per loop: the forward sweep keeps one outcome per iteration. Two arrays under the same test (the
                // moments and the weights in loops of their own after one stop) share it, kept before the earlier statement,
                // where nothing up to the later one changes what the test reads.
                if (!(gate.WritesWhen && known.WritesWhen && known.Test.Equals(gate.Test)))
                {
                    return Fails(out gate);
                }

                int a = IndexIn(loop.Body, known.At), b = IndexIn(loop.Body, gate.At);
                ISet<string> between = ProgramFacts.Assigned(loop.Body.Skip(System.Math.Min(a, b)).Take(System.Math.Abs(a - b)));
                if (a < 0 || b < 0 || ProgramFacts.Reads(gate.Test).Any(between.Contains))
                {
                    return Fails(out gate);
                }

                gate = a < b ? known : gate;
            }

            return true;
        }

        /// <summary>
        /// The gates the undo of <paramref name="array"/>'s write at <paramref name="site"/> by the loop at <paramref name="unitLevel"/>
        /// runs it under: the loop's own, if it has one, and the gates of loops between it and the write that keep their
        /// outcomes on a stack (<see cref="IsStacked"/>: an epoch loop undoing what its samples' gated updates wrote, reading
        /// each sample's outcome back from the stack), a gate given to such a loop here where its own iterations need none.
        /// </summary>
        private GatesInForce InForce(Site site, int unitLevel, string array, UndoGate? gate, List<AssignElement> writes)
        {
            var inForce = new List<UndoGate>();
            if (gate != null)
            {
                inForce.Add(gate);
            }

            for (int level = unitLevel + 1; level < site.Chain.Count - 1; level++)
            {
                if (site.Chain[level] is not Loop nested || !IsNested(nested))
                {
                    continue;
                }

                if (!gates.ContainsKey(nested) && TryGate(nested, writes.Where(w => sites.Of(w).IsWithin(nested)).ToList(), out UndoGate? own) && own is { WritesWhen: true })
                {
                    // A loop inside whose writes need no undo of its own (nothing in its iteration reads them first) still keeps
                    // its gate's outcomes, for the loop around it that puts them back.
                    AddGated(nested, own, array);
                }

                if (IsStacked(nested) && IsGated(nested, array))
                {
                    inForce.Add(gates[nested]);
                }
            }

            return new GatesInForce(inForce);
        }

        /// <summary>The gates an undo runs its writes under (<see cref="InForce"/>): each gate's ifs, guarded loops and choices read as taken.</summary>
        private sealed class GatesInForce
        {
            private readonly List<UndoGate> gates;

            public GatesInForce(List<UndoGate> gates) => this.gates = gates;

            public bool IsGateIf(Statement statement) => gates.Any(g => ArrayOverwrites.IsGateIf(statement, g));

            public CountingLoop? CountingOf(Loop loop) => loop.Counting ?? gates.Select(g => ArrayOverwrites.CountingOf(loop, g)).FirstOrDefault(c => c != null);

            public Integer Assume(Integer e) => gates.Aggregate(e, (assumed, g) => ArrayOverwrites.Assume(assumed, g));
        }

        private static bool Fails(out UndoGate? gate)
        {
            gate = null;
            return false;
        }

        /// <summary>
        /// Whether <paramref name="statement"/>, of the loop's body, runs the writes it holds only where the loop's gate's test
        /// holds (<see cref="TestGate"/>): an if with that test, or a loop that test guards.
        /// </summary>
        public bool RunsUnderGate(Loop loop, Statement statement) => GateOf(loop) is { WritesWhen: true } gate
            && (IsGateIf(statement, gate) || (statement is Loop inner && GuardOf(inner) is Test guard && guard.Equals(gate.Test)));

        /// <summary>
        /// Whether the loop's body writes <paramref name="array"/> on both sides of one test: in the then and the else of an if,
        /// or in statements lowering guards by an if / else's flag being 1 and being 0 (<c>taken == 1</c>, <c>taken == 0</c>). A
        /// gate keeps only whether its test held and puts back the writes of the side that holds: such an update is not
        /// supported yet, and its diagnostic says how to write it instead.
        /// </summary>
        public static bool WritesOnBothSides(Loop loop, string array)
        {
            bool Writes(IEnumerable<Statement> block) => ProgramFacts.All(block).OfType<AssignElement>().Any(w => w.Array == array);
            var flags = new List<IntegerComparison>();
            foreach (Statement statement in loop.Body)
            {
                if (statement is IfStatement both && Writes(both.Then) && Writes(both.Else))
                {
                    return true;
                }

                Test? test = statement switch
                {
                    IfStatement branch when Writes(branch.Then) => branch.Test,
                    Loop inner when Writes(inner.Body) => GuardOf(inner),
                    _ => null,
                };
                if (test is IntegerComparison { Op: ConditionOp.Equal, Right: IntegerNumber { Constant: 0 or 1 } } flag)
                {
                    flags.Add(flag);
                }
            }

            return flags.Any(a => flags.Any(b => a.Left.Equals(b.Left) && ((IntegerNumber)a.Right).Constant != ((IntegerNumber)b.Right).Constant));
        }

        /// <summary>Whether some writes of <paramref name="array"/> in the loop's iterations run under its gate and others every time.</summary>
        public bool IsMixed(Loop loop, string array) =>
            IsGated(loop, array) && GateOf(loop)!.WritesWhen && UndoneBefore(loop).Where(w => w.Array == array)
                .Select(w => HolderIn(loop.Body, w)!)
                .Any(h => !RunsUnderGate(loop, h));

        /// <summary>An if of the chain between the loop and a write that is the gate's test (<see cref="TestGate"/>): the undo runs under that test already.</summary>
        private static bool IsGateIf(Statement statement, UndoGate? gate) => gate is { WritesWhen: true } && statement is IfStatement branch && branch.Test.Equals(gate.Test);

        /// <summary>
        /// Whether the statements of the gate's ifs on the way to <paramref name="write"/> (between <paramref name="unitLevel"/>
        /// and the write in the site's chain), before the statement that holds it, assign what the write's index or the loops'
        /// headers around it read: the undo computes them as the iteration began.
        /// </summary>
        private bool ChangedInGateIfs(Site site, int unitLevel, AssignElement write, GatesInForce force)
        {
            for (int level = unitLevel + 1; level < site.Chain.Count - 1; level++)
            {
                if (site.Chain[level] is IfStatement branch && force.IsGateIf(branch))
                {
                    Statement holder = site.Chain[level + 1];
                    var before = branch.Then.TakeWhile(s => !ReferenceEquals(s, holder)).ToList();
                    IEnumerable<Integer> read = site.Chain.Skip(level + 1).OfType<Loop>().Select(force.CountingOf).Where(c => c != null)
                        .SelectMany(c => new[] { c!.From, c.Bound }).Append(write.Index);
                    if (read.Any(e => Changed(before, e, new HashSet<string>()).Count > 0))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>The loop's counting header, or, for a loop the gate's test guards (<see cref="GuardedCounting"/>), the one it has where that test holds.</summary>
        private static CountingLoop? CountingOf(Loop loop, UndoGate? gate) =>
            loop.Counting ?? (gate != null && GuardedCounting(loop) is (Test guard, CountingLoop counting) && guard.Equals(gate.Test) ? counting : null);

        /// <summary>
        /// <paramref name="e"/> where the gate's test holds (the undo runs only in iterations that made their writes): each
        /// <c>test ? a : b</c> on that test read as <c>a</c>. Unchanged for a gate that stops the loop.
        /// </summary>
        private static Integer Assume(Integer e, UndoGate? gate) => gate == null || !gate.WritesWhen ? e : e switch
        {
            IntegerChoice choice when choice.Test.Equals(gate.Test) => Assume(choice.WhenTrue, gate),
            IntegerChoice choice => choice with { WhenTrue = Assume(choice.WhenTrue, gate), WhenFalse = Assume(choice.WhenFalse, gate) },
            IntegerArithmetic arithmetic => arithmetic with { Left = Assume(arithmetic.Left, gate), Right = Assume(arithmetic.Right, gate) },
            IntegerNegation negation => negation with { Operand = Assume(negation.Operand, gate) },
            IntegerCast cast => cast with { Operand = Assume(cast.Operand, gate) },
            _ => e,
        };
    }

    /// <summary>
    /// What decides whether an iteration makes its undone writes: they run where its test is <see cref="WritesWhen"/>
    /// (true for <c>if (test) { writes }</c>, false for <c>if (test) break;</c> before them).
    /// </summary>
    /// <remarks>
    /// <see cref="At"/> is the gate's statement, before which the forward sweep keeps the test's outcome: the if that stops
    /// the loop, or the first statement that holds the writes, which runs them only where <see cref="Test"/> holds
    /// (<c>ArrayOverwrites.TestGate</c>).
    /// </remarks>
    internal sealed record UndoGate(Statement At, Test Test, bool WritesWhen)
    {
        /// <summary>The gate's if, for a gate that is one.</summary>
        public IfStatement? If => At as IfStatement;
    }
}
