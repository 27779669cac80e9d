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

        /// <summary>The loop's sums from zero and the reads whose share is a multiple of the sum, with the multiple.</summary>
        private List<(AssignScalar Sum, string Read, double Multiple)> SharesOfTheSum(Loop loop)
        {
            sumsFromZero ??= SumsFromZero.In(method.Program!.Body);
            var result = new List<(AssignScalar, string, double)>();
            ISet<string> changed = ProgramFacts.Assigned(loop.Initializers.Concat(loop.Steps).Concat(loop.Body));
            foreach ((Loop _, AssignScalar sum) in sumsFromZero.Where(s => ReferenceEquals(s.Loop, loop) && analysis.IsActive(s.Statement.Name)))
            {
                Value term = ProgramFacts.AccumulatedTerm(sum)!.Value.Term;
                if (ProgramFacts.CallsAMethod(term))
                {
                    continue;
                }

                // s -= t from zero: each iteration sends −dS·c·t, and the sum ends at −Σt: c·dS·s again.
                Expr whole = p.ToExpr(term, Source);
                foreach ((ActiveRead read, Expr partial) in p.Partials(term, Source, analysis.IsActive))
                {
                    if (read.Index == null && !changed.Contains(read.Variable) && read.Variable != loop.Counting?.Index && MultipleOf(partial, whole) is double multiple)
                    {
                        result.Add((sum, read.Variable, multiple));
                    }
                }
            }

            p.TakeReads();
            return result;
        }

        /// <summary>c when <paramref name="partial"/> is c · <paramref name="whole"/>, the same DAG node; else null.</summary>
        private double? MultipleOf(Expr partial, Expr whole)
        {
            if (ReferenceEquals(partial, whole))
            {
                return 1;
            }

            if (partial is Product product)
            {
                double c = product.Coefficient / (whole is Product scaled ? scaled.Coefficient : 1);
                return ReferenceEquals(p.Builder.Multiply(p.Builder.Constant(c), whole), partial) ? c : null;
            }

            return null;
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
                Expr whole = p.Builder.Multiply(p.Variable(names.Derivative(bySum.Key.Name)), p.Variable(sum));
                var all = bySum.Select(s => new Share(names.Derivative(s.Read), p.Builder.Multiply(p.Builder.Constant(s.Multiple), whole), new[] { names.Derivative(s.Read) }, null)).ToList();
                string comment = Written(ProgramFacts.AccumulatedTerm(bySum.Key)!.Value.Term);
                Emit(code, bySum.Key.Name + " += " + comment + " over the whole loop: each term's derivative is a multiple of the term, and the terms add up to " + bySum.Key.Name, all, null);
            }
        }
    }
}
