using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Analysis;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Emit.Programs
{
    /// <content>The last reduction fused: one loop runs both sweeps when its adjoints are known before it.</content>
    internal sealed partial class GradientWriter
    {
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
            IterationBackwards(step.Loop, step.Inside.Copy(), body, policies, null);
            var unzeroed = new HashSet<CodeLine>(writtenOnce.Written.Select(o => zeroings[o]));
            writtenOnce = null;
            (string fusedHeader, List<string> fusedReads) = p.Capture(() => LoopHeaders.Forward(p, step.Loop.Counting!, step.Inside));
            FusedMovedLoop = ReferenceEquals(step.Loop, movedLast);
            var fused = CodeBlock.Loop(fusedHeader, body, fusedReads.Append(step.Loop.Counting!.Index), comment: "Forward and reverse sweep in one loop: each iteration computes its terms and sends their derivatives back."
                + (FusedMovedLoop ? " It runs after the statements that follow it in the source, which neither read what it computes nor change what it reads." : string.Empty)
                + (LoopHeaders.RunsOnce(step.Loop.Counting!) ? " " + LoopHeaders.OnceNote : string.Empty));

            // An output the loop writes entry by entry needs no zeros first.
            var final = forward.Take(position + 1 - step.ForwardCode.Count).Where(line => !(line is CodeLine zeroing && unzeroed.Contains(zeroing))).ToList();
            final.Add(new CodeComment("The adjoints of what the loop accumulates are known before it runs."));
            final.AddRange(adjoints);
            final.AddRange(tail);
            // A buffer the loop kept in rows for its reverse loop needs none: each fused iteration goes back at once.
            final.AddRange(step.ForwardCode.Take(step.ForwardCode.Count - 1).Where(n => !(n is CodeLine { Tape: (TapeUse.Rent, string rented) } && step.KeptBuffers.Values.Contains(rented))));
            final.Add(fused);
            final.AddRange(after);
            final.Add(new CodeComment("Reverse sweep over what came before the loop."));
            final.AddRange(Reverse(steps.Take(last).ToList(), new Dictionary<string, Policy>(System.StringComparer.Ordinal)));
            return final;
        }
    }
}
