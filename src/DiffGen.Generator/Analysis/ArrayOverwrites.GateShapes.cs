using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Common;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Analysis
{
    /// <content>
    /// The shapes a gate takes in the source (<see cref="UndoGate"/>): early stopping's <c>if (test) break;</c> before the
    /// writes, an if or a guarded loop that makes them only where a test holds, and lowering's flag after a stop.
    /// </content>
    internal sealed partial class ArrayOverwrites
    {
        /// <summary>
        /// The one <c>if (test) break;</c> (nothing else in it, no else) among the body's statements before the writes, when
        /// every write stands after it (a plain statement of the body, or in a loop of the body) and nothing else before the
        /// last write may leave: the iteration that stops there makes none of the writes, every other iteration makes them all.
        /// </summary>
        private IfStatement? StopBefore(IReadOnlyList<Statement> body, List<AssignElement> writes)
        {
            var holders = writes.Select(w => HolderIn(body, w)).ToList();
            if (writes.Count == 0 || holders.Any(h => h is not (AssignElement or Loop)))
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
        /// The test under which every write runs, and the first statement of the body that holds some of them, when each write
        /// stands in a statement of the body that runs it only where the same test holds, and nothing from the first such
        /// statement to the last assigns what the test reads: an if with that test (the write a plain statement of its Then,
        /// which leaves nothing; <c>if (Math.Abs(e) &gt; 0.1) { w[0] += ...; }</c>), a counting loop whose bound is
        /// <c>test ? n : empty</c> (lowering's form after early stopping, or for an if that holds loops:
        /// <c>int stopped = g2 &lt; tol ? 1 : 0; ... i &lt; (stopped == 0 ? n : 0)</c>, and its other statements in
        /// <c>if (stopped == 0) { ... }</c>), or a loop an if guards, its test joined to the loop's (<c>Math.Abs(e) &gt; 0.1 &amp;&amp; k &lt; m</c>).
        /// </summary>
        private (Statement First, Test Runs)? TestGate(IReadOnlyList<Statement> body, List<AssignElement> writes)
        {
            var holders = writes.Select(w => HolderIn(body, w)).ToList();
            if (writes.Count == 0 || holders.Any(h => h == null))
            {
                return null;
            }

            // Each holder runs its writes under a test, or every iteration (a plain statement, a counting loop no test guards:
            // an update every step beside one made only sometimes, as a projection onto the unit ball before a gradient step).
            var tests = holders.Select(h => h switch
            {
                Loop loop => GuardOf(loop),
                IfStatement branch when !LeavesBeforeItsWrites(branch.Then, writes) && !ProgramFacts.MayLeave(branch.Else) && writes.All(w => !ProgramFacts.All(branch.Else).Contains(w, ReferenceComparer.Instance)) => branch.Test,
                _ => null,
            }).ToList();
            bool everyTime(int i) => tests[i] == null && (holders[i] is AssignElement || holders[i] is Loop { Counting: not null });
            var gated = Enumerable.Range(0, holders.Count).Where(i => !everyTime(i)).ToList();
            var distinct = gated.Select(i => tests[i]).Distinct().ToList();
            if (distinct.Count != 1 || distinct[0] is not Test runs)
            {
                return null;
            }

            int first = gated.Min(i => IndexIn(body, holders[i]!));
            int last = gated.Max(i => IndexIn(body, holders[i]!));
            ISet<string> assigned = ProgramFacts.Assigned(body.Skip(first).Take(last - first));
            // Nor may the test read the array: the reverse sweep may test again after it has run the writes again.
            return ProgramFacts.Reads(runs).Any(r => assigned.Contains(r) || writes.Any(w => w.Array == r)) ? null : (body[first], runs);
        }

        /// <summary>Whether a statement of <paramref name="then"/> up to its last write may leave the iteration (a break after them, a convergence test, may not).</summary>
        private static bool LeavesBeforeItsWrites(IReadOnlyList<Statement> then, List<AssignElement> writes)
        {
            int last = -1;
            for (int i = 0; i < then.Count; i++)
            {
                if (ProgramFacts.All(new[] { then[i] }).Any(s => writes.Contains(s, ReferenceComparer.Instance)))
                {
                    last = i;
                }
            }

            return ProgramFacts.MayLeave(then.Take(last + 1));
        }

        /// <summary>
        /// A <see cref="TestGate"/> on a lowering flag, <c>stopped == 0</c>, where what leaves the iteration before the last write
        /// is <c>if (stopped == 1) break;</c> only: the flag is declared once in the body as <c>test ? 1 : 0</c> and never
        /// assigned again, so the writes after the break run exactly where those before it do.
        /// </summary>
        private (Statement First, Test Runs)? FlagStop(IReadOnlyList<Statement> body, List<AssignElement> writes)
        {
            if (TestGate(body, writes) is not (Statement first, Test runs) || runs is not IntegerComparison { Op: ConditionOp.Equal, Left: IntegerRead flag, Right: IntegerNumber { Constant: 0 } })
            {
                return null;
            }

            var declarations = body.OfType<DeclareInteger>().Where(d => d.Name == flag.Variable).ToList();
            bool zeroOrOne = declarations.Count == 1 && declarations[0].Value is IntegerChoice { WhenTrue: IntegerNumber { Constant: 1 }, WhenFalse: IntegerNumber { Constant: 0 } }
                && IndexIn(body, declarations[0]) < IndexIn(body, first) && !ProgramFacts.Assigned(body.Where(s => !ReferenceEquals(s, declarations[0]))).Contains(flag.Variable);
            int last = writes.Max(w => IndexIn(body, HolderIn(body, w)!));
            // (A statement that holds writes leaves, if at all, after them: TestGate.)
            bool onlyItsBreak = body.Take(last + 1).Where(s => ProgramFacts.MayLeave(new[] { s }) && !ProgramFacts.All(new[] { s }).Any(w => writes.Contains(w, ReferenceComparer.Instance))).All(s => s is IfStatement
            {
                Test: IntegerComparison { Op: ConditionOp.Equal, Left: IntegerRead read, Right: IntegerNumber { Constant: 1 } },
                Then.Count: 1,
                Else.Count: 0,
            } stop && read.Variable == flag.Variable && stop.Then[0] is Break);
            return zeroOrOne && onlyItsBreak ? (first, runs) : null;
        }

        /// <summary>
        /// The test without which the loop runs no iteration, for the two loops of <see cref="TestGate"/>: a counting loop
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
                // The test must hold or fail for the whole loop: it reads neither the counter nor what the body assigns.
                ISet<string> changed = ProgramFacts.Assigned(loop.Body);
                bool steady = !ProgramFacts.Reads(bound.Test).Any(r => r == counting.Index || changed.Contains(r));
                return none && steady ? bound.Test : null;
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
            // The guard must hold or fail for the whole loop (C# tests an if's once; a guard written in a for's condition may
            // read the counter or what the body changes, and stop the loop half-way).
            bool steady = !ProgramFacts.Reads(guard).Any(r => r == index.Variable || assigned.Contains(r));
            if (!fits || !steady || assigned.Contains(index.Variable) || ProgramFacts.Reads(comparison.Right).Any(assigned.Contains) || ProgramFacts.Reads(start.Value).Any(assigned.Contains) || ProgramFacts.MayLeave(loop.Body))
            {
                return null;
            }

            return (guard, new CountingLoop(index.Variable, start.Value, comparison.Op, comparison.Right));
        }
    }
}
