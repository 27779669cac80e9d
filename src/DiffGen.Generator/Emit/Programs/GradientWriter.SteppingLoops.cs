using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Analysis;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Emit.Programs
{
    /// <content>
    /// A loop that, as the sweep runs it, only steps integer variables (<c>for (j = i + 1; j &lt; d; j++) li++;</c>, what is
    /// left of a triangle when the reverse sweep computes an iteration again without its writes): written as where the
    /// steps end, <c>if (i + 1 &lt; d) li += d - (i + 1);</c>, instead of d²/2 increments per row.
    /// </content>
    internal sealed partial class GradientWriter
    {
        /// <summary>The loop's steps to the end at once, or null when the loop does more than step integers by invariant amounts.</summary>
        /// <param name="revReads">
        /// The versions the reverse sweep reads later (in an iteration computed again), or null in plain forward code: a stepped
        /// variable whose version is among them is stepped in a copy (<c>int li2 = li;</c>), so the reverse sweep of a statement
        /// before the loop still reads the value that statement read.
        /// </param>
        private List<CodeNode>? SteppedAtOnce(Loop loop, Versions versions, Dictionary<string, Policy> policies, ReplayedWrites? replay, HashSet<string>? revReads = null)
        {
            if (!(loop.Counting is CountingLoop counting))
            {
                return null;
            }

            var steps = new List<(string Name, (Integer Step, bool Negative) By)>();
            foreach (Statement statement in loop.Body)
            {
                switch (statement)
                {
                    case AssignElement write when !ReplayedWrites.Runs(replay, write.Array):
                        break;
                    case AssignScalar scalar when policies.TryGetValue(scalar.Name, out Policy policy) && policy == Policy.Skip:
                        break;
                    case AssignInteger step when step.Name != counting.Index && InductionVariables.StepOf(loop, step.Name) is (Integer, bool) by:
                        steps.Add((step.Name, by));
                        break;
                    default:
                        return null;
                }
            }

            // The bounds are read once per iteration: a stepped variable among them changes how often the loop runs.
            var stepped = new HashSet<string>(steps.Select(s => s.Name), System.StringComparer.Ordinal);
            if (steps.Count == 0 || ProgramFacts.Reads(counting.From).Concat(ProgramFacts.Reads(counting.Bound)).Any(stepped.Contains))
            {
                return null;
            }

            // It runs at all where its test holds at its first index (read before any copy below renames a stepped variable).
            string runs = p.Print(new IntegerComparison(counting.Comparison, counting.From, counting.Bound), versions.Of);
            List<string> runsReads = p.TakeReads();
            var code = new List<CodeNode>();
            foreach ((string name, _) in steps.Where(s => revReads != null && revReads.Contains(versions.Of(s.Name))))
            {
                string current = versions.Of(name);
                string copy = names.Fresh(name);
                string type = analysis.IntegerTypeOf(name);
                code.Add(new CodeLine(type + " " + copy + " = " + current + ";", copy, declaredType: type, uses: p.TakeReads(current)));
                versions[name] = copy;
            }

            Integer count = IterationCountOf(counting);
            var body = new List<CodeNode>();
            foreach ((string name, (Integer Step, bool Negative) by) in steps)
            {
                Integer end = InductionVariables.AtIteration(name, by, count, analysis.IntegerTypeOf(name));
                string target = versions.Of(name);
                body.Add(new CodeLine(LoopHeaders.Step(p, target, end, versions) + ";", target, readsDefined: ProgramFacts.Reads(end).Contains(name), uses: p.TakeReads()));
            }

            code.Add(CodeBlock.If(runs, runsReads, body));
            return code;
        }
    }
}
