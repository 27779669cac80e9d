using System.Collections.Generic;
using DiffGen.Generator.Analysis;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Emit.Programs
{
    /// <summary>Which local of the generated code holds each source variable at a point of the forward sweep.</summary>
    internal sealed class Versions
    {
        private readonly Dictionary<string, string> map;

        public Versions()
            : this(new Dictionary<string, string>(System.StringComparer.Ordinal))
        {
        }

        private Versions(Dictionary<string, string> map)
        {
            this.map = map;
        }

        public string this[string variable]
        {
            set => map[variable] = value;
        }

        public bool Has(string variable) => map.ContainsKey(variable);

        /// <summary>The local holding the variable; a variable never assigned in the generated code keeps its own name.</summary>
        public string Of(string variable) => map.TryGetValue(variable, out string? name) ? name : variable;

        public void Remove(string variable) => map.Remove(variable);

        public Versions Copy() => new Versions(new Dictionary<string, string>(map, System.StringComparer.Ordinal));
    }

    /// <summary>What the forward sweep did for one statement, kept for the reverse sweep.</summary>
    internal abstract class Step
    {
    }

    /// <summary>An assignment, element write or return: the statement, the versions it read, and the local it defined.</summary>
    internal sealed class AssignmentStep : Step
    {
        public AssignmentStep(Statement statement, Versions before, string? defines, bool elementHolds = false)
        {
            Statement = statement;
            Before = before;
            Defines = defines;
            ElementHolds = elementHolds;
        }

        /// <summary>For an element write: the element still holds the value written when the reverse sweep reaches it.</summary>
        public bool ElementHolds { get; }

        /// <summary>The costly calls the forward sweep kept in locals for this statement's adjoint to read (<see cref="KeptCalls"/>); null when none.</summary>
        public KeptCalls? Kept { get; set; }

        /// <summary>For a call the forward sweep made through the callee's gradient: the local holding each output, by parameter.</summary>
        public IReadOnlyDictionary<string, string>? CallOutputs { get; set; }

        public Statement Statement { get; }

        public Versions Before { get; }

        public string? Defines { get; }
    }

    /// <summary>An if/else: its test as written, each side's forward code (to replay) and steps.</summary>
    internal sealed class BranchStep : Step
    {
        public BranchStep(string condition, IReadOnlyList<string> conditionReads, List<CodeNode> thenCode, List<CodeNode> elseCode, List<Step> thenSteps, List<Step> elseSteps)
        {
            Condition = condition;
            ConditionReads = conditionReads;
            ThenCode = thenCode;
            ElseCode = elseCode;
            ThenSteps = thenSteps;
            ElseSteps = elseSteps;
        }

        /// <summary>The test, as the forward sweep printed it.</summary>
        public string Condition { get; }

        /// <summary>The locals the test reads.</summary>
        public IReadOnlyList<string> ConditionReads { get; }

        public List<CodeNode> ThenCode { get; }

        public List<CodeNode> ElseCode { get; }

        public List<Step> ThenSteps { get; }

        public List<Step> ElseSteps { get; }
    }

    /// <summary>A loop: the versions inside it, what it carries, its tapes, and its forward code (which a fused loop replaces).</summary>
    internal sealed class LoopStep : Step
    {
        public LoopStep(Loop loop, Versions inside, IReadOnlyList<(string Name, Carried How)> carried, IReadOnlyDictionary<string, string> tapes, IReadOnlyDictionary<string, (string Version, (Integer Step, bool Negative) By)> entries, string? counter, List<CodeNode> forwardCode)
        {
            Loop = loop;
            Inside = inside;
            Carried = carried;
            Tapes = tapes;
            Entries = entries;
            Counter = counter;
            ForwardCode = forwardCode;
        }

        public Loop Loop { get; }

        public Versions Inside { get; }

        public IReadOnlyList<(string Name, Carried How)> Carried { get; }

        /// <summary>Tape name per taped variable.</summary>
        public IReadOnlyDictionary<string, string> Tapes { get; }

        /// <summary>Per stepped variable (<see cref="Carried.Stepped"/>), its version before the loop, from which the reverse sweep counts, and its step.</summary>
        public IReadOnlyDictionary<string, (string Version, (Integer Step, bool Negative) By)> Entries { get; }

        /// <summary>The iteration counter of a loop that does not count by its header; null for a counting loop.</summary>
        public string? Counter { get; }

        /// <summary>The code the forward sweep emitted for the loop (tape rentals and the loop itself).</summary>
        public List<CodeNode> ForwardCode { get; }

        /// <summary>For a running extreme (<see cref="RunningExtreme"/>): the extreme, and the local holding the index of the iteration it last came from.</summary>
        public (RunningExtreme Extreme, string At)? Extreme { get; set; }

        /// <summary>The buffers the forward loop fills in rows of tapes, one row per iteration (<see cref="Analysis.KeptBuffers"/>), with their tapes.</summary>
        public IReadOnlyDictionary<string, string> KeptBuffers { get; set; } = new Dictionary<string, string>(System.StringComparer.Ordinal);

        /// <summary>
        /// The tape of the loop's gate (<see cref="Analysis.ArrayOverwrites.GateOf"/>): per iteration, the outcome of the test that
        /// decides whether the iteration made its undone writes. Null where the loop has no gate.
        /// </summary>
        public string? GateTape { get; set; }

        /// <summary>The shares of its sums from zero the reverse sweep adds once after the loop (<see cref="SumsFromZero"/>): the sum, the read, the multiple.</summary>
        public IReadOnlyList<(AssignScalar Sum, string Read, double Multiple)> SharesOfTheSum { get; set; } = System.Array.Empty<(AssignScalar, string, double)>();
    }
}
