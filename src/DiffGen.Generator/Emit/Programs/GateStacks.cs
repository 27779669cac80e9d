using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Analysis;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Emit.Programs
{
    /// <summary>
    /// The outcomes of a gate (<see cref="Analysis.ArrayOverwrites.GateOf"/>) whose loop stands inside another loop (the
    /// perceptron's samples inside its epochs): the loop runs many times, so the forward sweep pushes each iteration's
    /// outcome onto one stack (<c>wChangedTape[wChangedTapeTop++] = y[s] * score &lt; 0.5;</c>), and the reverse sweep,
    /// which takes the iterations back in the opposite order, pops it as it starts on each one
    /// (<c>bool wChanged = wChangedTape[--wChangedTapeTop];</c>). A gate of a loop the method runs once keeps its outcome at
    /// the iteration's slot instead (<see cref="GradientWriter"/>'s gate tape).
    /// </summary>
    internal sealed class GateStacks
    {
        private readonly Dictionary<Statement, (string Array, TapeStack Stack)> stacks = new Dictionary<Statement, (string, TapeStack)>(ReferenceComparer.Instance);
        private readonly Dictionary<Statement, Loop> gateStatements = new Dictionary<Statement, Loop>(ReferenceComparer.Instance);
        private readonly ProgramNames names;

        public GateStacks(ProgramAnalysis analysis, ProgramNames names)
        {
            this.names = names;
            foreach (Loop loop in analysis.Overwrites.StackedGates)
            {
                // Named after the first array the gate decides, as a gate tape is.
                string array = analysis.Overwrites.ArraysGatedBy(loop).First().TrimStart('@');
                string tape = names.Fresh(array + "ChangedTape");
                stacks[loop] = (array, new TapeStack("bool", tape, names.Fresh(tape + "Top")));
                gateStatements[analysis.Overwrites.GateOf(loop)!.At] = loop;
            }
        }

        /// <summary>Whether the loop's gate keeps its outcomes here.</summary>
        public bool Has(Loop loop) => stacks.ContainsKey(loop);

        /// <summary>The loop whose gate's test is kept before <paramref name="statement"/>, if it keeps it here.</summary>
        public Loop? GatedBefore(Statement statement) => gateStatements.TryGetValue(statement, out Loop? loop) ? loop : null;

        /// <summary>Each stack, rented from the pool, and how many outcomes it holds.</summary>
        public IEnumerable<CodeNode> Declarations() => stacks.Values
            .SelectMany(s => s.Stack.Declarations("whether each iteration of the loop that writes " + s.Array + " under a test made its writes, kept for the reverse sweep"));

        /// <summary>In the forward sweep, before the gate's statement: the test's outcome pushed.</summary>
        public IEnumerable<CodeNode> Push(Loop loop, string test, IEnumerable<string> testReads) =>
            stacks[loop].Stack.Push(test, testReads, "kept for the reverse sweep: whether the iteration makes the writes below");

        /// <summary>
        /// At the start of the loop's reverse iteration: the outcome popped into a local, which the undo reads. Never dropped,
        /// even where nothing reads it, so that every iteration pops what it pushed.
        /// </summary>
        public (CodeLine Line, string Local) Pop(Loop loop)
        {
            (string array, TapeStack stack) = stacks[loop];
            string local = names.Fresh(array + "Changed");
            var line = new CodeLine("bool " + local + " = " + stack.Popped + ";", comment: "whether this iteration made its writes, as the forward sweep kept it", effects: true, mutation: true, declaredType: "bool", uses: new[] { stack.Tape, stack.Top });
            return (line, local);
        }

        /// <summary>
        /// A counter that reads the loop's outcomes back from the top, leaving the stack as it is (<c>int wChangedBack =
        /// wChangedTapeTop;</c>): a loop around it putting back what an iteration's samples wrote reads each sample's outcome so.
        /// </summary>
        public CodeLine ReadBack(Loop loop, string back)
        {
            (string array, TapeStack stack) = stacks[loop];
            return stack.ReadBack(back, "read back whether each iteration of the loop that writes " + array + " under a test made its writes, last first");
        }

        /// <summary>The outcome of the iteration <paramref name="back"/> reaches next (<see cref="ReadBack"/>), into a local.</summary>
        public CodeLine PeekBack(Loop loop, string back, string local)
        {
            TapeStack stack = stacks[loop].Stack;
            return new CodeLine("bool " + local + " = " + stack.ReadBackNext(back) + ";", local, declaredType: "bool", comment: "whether this iteration made its writes", uses: new[] { stack.Tape, back });
        }

        /// <summary>The array the loop's gate decides, to name a local after.</summary>
        public string ArrayOf(Loop loop) => stacks[loop].Array;

        /// <summary>The stacks given back to the pool once the reverse sweep is done.</summary>
        public IEnumerable<CodeNode> Returns() => stacks.Values.Select(s => s.Stack.Return());
    }
}
