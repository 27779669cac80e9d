using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Analysis;
using DiffGen.Generator.Functions;
using DiffGen.Generator.Ir;
using DiffGen.Generator.Symbolic;

namespace DiffGen.Generator.Emit.Programs
{
    /// <content>
    /// Running extremes (<c>m = Math.Max(m, e)</c> in a loop of its own): the forward sweep notes the iteration m last came
    /// from, and the reverse sweep sends m's adjoint to that iteration's e alone, instead of keeping m on a tape and running
    /// every iteration back to find it.
    /// </content>
    internal sealed partial class GradientWriter
    {
        /// <summary>Before the loop, the local that will hold the index m last came from (null while m holds its value from before the loop).</summary>
        private string DeclareExtremeIndex(RunningExtreme extreme, Loop loop, List<CodeNode> code)
        {
            string at = names.Fresh(extreme.Variable.TrimStart('@') + "At");
            string type = analysis.IntegerTypeOf(loop.Counting!.Index) + "?";
            code.Add(new CodeLine(type + " " + at + " = null;", at, declaredType: type, uses: p.TakeReads()));
            return at;
        }

        /// <summary>At the top of each iteration: <c>if (moves) mAt = i;</c>, the test read before m changes.</summary>
        private CodeBlock NoteExtremeIndex(string m, Condition moves, string at, Loop loop)
        {
            (string test, List<string> testReads) = p.Capture(() => p.PrintCondition(moves));
            string index = loop.Counting!.Index;
            var note = new CodeLine(at + " = " + index + ";", at, comment: m + " comes from this iteration now: kept for the reverse sweep", readsDefined: false, uses: p.TakeReads(index));
            return CodeBlock.If(test, testReads, new List<CodeNode> { note });
        }

        /// <summary>
        /// <c>if (!(m &gt; e)) { … }</c> around an iteration of a running maximum (<c>m &lt; e</c> for a minimum): where m is
        /// strictly beyond e, <c>Math.Max(m, e)</c> is m itself, bit for bit (neither is NaN, and they are not a +0/−0 tie), and
        /// the iteration cannot move m. Once m is near the largest, that is nearly every iteration, and they skip both the
        /// call and the test of whether m moved.
        /// </summary>
        private IEnumerable<CodeNode> OnlyWhereExtremeMayMove(RunningExtreme extreme, Versions inside, List<CodeNode> mayMove)
        {
            ConditionOp beyond = ((MathCall)extreme.Statement.Value).Function == ElementaryFunction.Max ? ConditionOp.Greater : ConditionOp.Less;
            Condition stays = p.Builder.Compare(beyond, p.ToExpr(new Read(extreme.Variable), inside.Of), p.ToExpr(extreme.Candidate, inside.Of));
            (string test, List<string> reads) = p.Capture(() => p.PrintCondition(p.Builder.Not(stays)));
            string comment = p.AsWritten(() => "Where " + p.PrintCondition(stays) + ", " + p.Print(extreme.Statement.Value, inside.Of) + " is " + inside.Of(extreme.Variable) + " itself: only the other iterations can move it.");
            yield return new CodeComment(comment);
            yield return CodeBlock.If(test, reads, mayMove);
        }

        /// <summary>
        /// The running extreme backwards: every iteration but the one m last came from passes dM back unchanged and sends
        /// nothing to its e; that one sends dM to its e and passes nothing back. When no iteration moved m, dM stays with
        /// m's value from before the loop.
        /// </summary>
        private List<CodeNode> ReverseExtreme(LoopStep step, RunningExtreme extreme, string at)
        {
            string index = step.Loop.Counting!.Index;
            string type = analysis.IntegerTypeOf(index);
            var body = new List<CodeNode>
            {
                new CodeLine(type + " " + index + " = " + at + ".Value;", index, declaredType: type, uses: p.TakeReads(at)),
            };

            string adjoint = names.Derivative(extreme.Variable);
            List<Share> shares = Contributions(extreme.Candidate, Adjoint(extreme.Variable), step.Inside, null);
            Rules.Record(Rule(extreme.Statement, shares) with { Extreme = true });
            foreach (Share share in shares)
            {
                // Only one iteration writes here, and only if it moved m: an output the loop around writes entry by entry keeps its zeroing.
                writtenOnce?.Writes(share.Output, guarded: true);
            }

            string comment = extreme.Variable + " = " + Written(extreme.Statement.Value) + ", at the iteration " + extreme.Variable + " last came from (the others pass " + adjoint + " back unchanged)";
            Emit(body, comment, shares, new CodeLine(adjoint + " = 0;", adjoint, readsDefined: false, uses: p.TakeReads()));
            return new List<CodeNode> { CodeBlock.If(at + " != null", p.TakeReads(at), body) };
        }
    }
}
