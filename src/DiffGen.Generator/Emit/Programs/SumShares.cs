using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Analysis;
using DiffGen.Generator.Ir;
using DiffGen.Generator.Symbolic;

namespace DiffGen.Generator.Emit.Programs
{
    /// <summary>
    /// Which reads of a sum from zero's term (<see cref="SumsFromZero"/>) get their share of the whole loop at once: a scalar
    /// the loop leaves alone whose derivative of the term is a multiple c of the term, so that the loop's shares add up to
    /// c·dS·s. The gradient (<c>GradientWriter.SumsFromZero</c>) and its doc formulas both ask here.
    /// </summary>
    internal static class SumShares
    {
        /// <param name="sums">The program's sums from zero.</param>
        public static IReadOnlyList<(AssignScalar Sum, string Read, double Multiple)> Of(Loop loop, IReadOnlyList<(Loop Loop, AssignScalar Statement)> sums, ProgramAnalysis analysis, ProgramPrinter p)
        {
            var result = new List<(AssignScalar, string, double)>();
            ISet<string> changed = ProgramFacts.Assigned(loop.Initializers.Concat(loop.Steps).Concat(loop.Body));
            foreach ((Loop _, AssignScalar sum) in sums.Where(s => ReferenceEquals(s.Loop, loop) && analysis.IsActive(s.Statement.Name)))
            {
                Value term = ProgramFacts.AccumulatedTerm(sum)!.Value.Term;
                if (ProgramFacts.CallsAMethod(term))
                {
                    continue;
                }

                // s -= t from zero: each iteration sends −dS·c·t, and the sum ends at −Σt: c·dS·s again.
                Expr whole = p.ToExpr(term, Same);
                foreach ((ActiveRead read, Expr partial) in p.Partials(term, Same, analysis.IsActive))
                {
                    if (read.Index == null && !changed.Contains(read.Variable) && read.Variable != loop.Counting?.Index && MultipleOf(p.Builder, partial, whole) is double multiple)
                    {
                        result.Add((sum, read.Variable, multiple));
                    }
                }
            }

            p.TakeReads();
            return result;
        }

        private static string Same(string variable) => variable;

        /// <summary>c when <paramref name="partial"/> is c · <paramref name="whole"/>, the same DAG node; else null.</summary>
        private static double? MultipleOf(ExprBuilder b, Expr partial, Expr whole)
        {
            if (ReferenceEquals(partial, whole))
            {
                return 1;
            }

            if (partial is Product product)
            {
                double c = product.Coefficient / (whole is Product scaled ? scaled.Coefficient : 1);
                return ReferenceEquals(b.Multiply(b.Constant(c), whole), partial) ? c : null;
            }

            return null;
        }
    }
}
