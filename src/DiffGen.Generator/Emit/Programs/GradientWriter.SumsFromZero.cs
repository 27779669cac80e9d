using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Analysis;
using DiffGen.Generator.Ir;
using DiffGen.Generator.Symbolic;

namespace DiffGen.Generator.Emit.Programs
{
    /// <content>
    /// A sum from zero (<see cref="SumsFromZero"/>) whose term's derivative with respect to a value the loop leaves alone is
    /// a multiple of the term (log-sum-exp: <c>sum += Math.Exp(z[i] - m)</c>, ∂/∂m = −exp): that value's share of the
    /// whole loop is the multiple of the sum, added once after the reverse loop (<c>dM -= dSum * sum;</c>) instead of
    /// one addition per iteration, each waiting for the one before.
    /// </content>
    internal sealed partial class GradientWriter
    {
        private IReadOnlyList<(Loop Loop, AssignScalar Statement)>? sumsFromZero;

        /// <summary>Per summing statement whose reverse loop is being written: the reads whose share waits for the loop's end.</summary>
        private readonly Dictionary<Statement, HashSet<string>> sharedAfterLoop = new Dictionary<Statement, HashSet<string>>(ReferenceComparer.Instance);

        /// <summary>The loop's sums from zero and the reads whose share waits for its end (<see cref="SumShares"/>).</summary>
        private IReadOnlyList<(AssignScalar Sum, string Read, double Multiple)> SharesOfTheSum(Loop loop)
        {
            sumsFromZero ??= SumsFromZero.In(method.Program!.Body);
            return SumShares.Of(loop, sumsFromZero, analysis, p);
        }

        /// <summary>Before the reverse loop: the shares that wait for its end, left out of each iteration.</summary>
        private void HoldSharesOfTheSum(IEnumerable<(AssignScalar Sum, string Read, double Multiple)> shares)
        {
            foreach ((AssignScalar sum, string read, double _) in shares)
            {
                if (!sharedAfterLoop.TryGetValue(sum, out HashSet<string>? reads))
                {
                    sharedAfterLoop[sum] = reads = new HashSet<string>(System.StringComparer.Ordinal);
                }

                reads.Add(read);
            }
        }

        /// <summary>After the reverse loop: each held share at once, <c>dM += c * dSum * sum</c>, with the sum as the loop left it.</summary>
        private void AddSharesOfTheSum(LoopStep step, List<CodeNode> code)
        {
            foreach (IGrouping<AssignScalar, (AssignScalar Sum, string Read, double Multiple)> bySum in step.SharesOfTheSum.GroupBy(s => s.Sum))
            {
                sharedAfterLoop.Remove(bySum.Key);
                string sum = step.Inside.Of(bySum.Key.Name);
                Expr whole = p.Builder.Multiply(Adjoint(bySum.Key.Name), p.Variable(sum, bySum.Key.Name));
                var all = bySum.Select(s => new Share(names.Derivative(s.Read), p.Builder.Multiply(p.Builder.Constant(s.Multiple), whole), new[] { names.Derivative(s.Read) }, null, Shown(s.Read))).ToList();
                Rules.RecordAfterLoop(bySum.Key, all.Select(c => new RuleShare(c.Shown, c.Amount, RuleShareKind.AfterLoop)));
                string comment = Written(ProgramFacts.AccumulatedTerm(bySum.Key)!.Value.Term);
                Emit(code, bySum.Key.Name + " += " + comment + " over the whole loop: each term's derivative is a multiple of the term, and the terms add up to " + bySum.Key.Name, all, null);
            }
        }
    }
}
