using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Analysis
{
    /// <summary>
    /// Where an index can lie inside counting loops: <c>j</c> in <c>for (int i = 0; i &lt; d; i++) for (int j = i + 1; j &lt; d; j++)</c>
    /// is at least 1 and at most d − 1, because each counter lies between its loop's first value and its bound.
    /// </summary>
    internal static class IndexRanges
    {
        /// <summary>
        /// True when <paramref name="e"/> is at least 0 wherever it is evaluated inside <paramref name="loops"/>: each
        /// counter is replaced by the end of its range that makes the sum smallest (its first value where it adds, its
        /// last where it subtracts) until only a constant is left. Each loop's first value and bound must read nothing its
        /// body changes; false when the sum is not linear in its counters or keeps another variable.
        /// </summary>
        public static bool NonNegative(Integer e, IReadOnlyList<Loop> loops)
        {
            var counters = new Dictionary<string, CountingLoop>(System.StringComparer.Ordinal);
            foreach (Loop loop in loops)
            {
                if (loop.Counting is CountingLoop counting && !ProgramFacts.Reads(counting.From).Concat(ProgramFacts.Reads(counting.Bound)).Any(ProgramFacts.Assigned(loop.Body.Concat(loop.Steps)).Contains))
                {
                    counters[counting.Index] = counting;
                }
            }

            if (!(Linear(e) is (Dictionary<Integer, long> terms, long constant)))
            {
                return false;
            }

            for (int round = 0; round < 64; round++)
            {
                KeyValuePair<Integer, long> term = terms.FirstOrDefault(t => t.Key is IntegerRead r && counters.ContainsKey(r.Variable));
                if (term.Key == null)
                {
                    return terms.Count == 0 && constant >= 0;
                }

                CountingLoop counting = counters[((IntegerRead)term.Key).Variable];
                if (!(Linear(term.Value > 0 ? Lowest(counting) : Highest(counting)) is (Dictionary<Integer, long> bound, long offset)))
                {
                    return false;
                }

                terms.Remove(term.Key);
                constant += term.Value * offset;
                foreach (KeyValuePair<Integer, long> b in bound)
                {
                    terms[b.Key] = (terms.TryGetValue(b.Key, out long c) ? c : 0) + term.Value * b.Value;
                    if (terms[b.Key] == 0)
                    {
                        terms.Remove(b.Key);
                    }
                }
            }

            return false;
        }

        /// <summary>The smallest value the counter takes in the loop's body.</summary>
        private static Integer Lowest(CountingLoop c) => c.Comparison switch
        {
            ConditionOp.Less or ConditionOp.LessOrEqual => c.From,
            ConditionOp.Greater => IntegerAlgebra.Add(c.Bound, 1),
            _ => c.Bound,
        };

        /// <summary>The largest value the counter takes in the loop's body.</summary>
        private static Integer Highest(CountingLoop c) => c.Comparison switch
        {
            ConditionOp.Less => IntegerAlgebra.Add(c.Bound, -1),
            ConditionOp.LessOrEqual => c.Bound,
            _ => c.From,
        };

        /// <summary>The sum as terms (an atom and its integer coefficient) and a constant; null when it multiplies two non-constants.</summary>
        private static (Dictionary<Integer, long> Terms, long Constant)? Linear(Integer e)
        {
            var terms = new Dictionary<Integer, long>();
            long constant = 0;
            if (!Collect(e, 1))
            {
                return null;
            }

            foreach (Integer cancelled in terms.Where(t => t.Value == 0).Select(t => t.Key).ToList())
            {
                terms.Remove(cancelled);
            }

            return (terms, constant);

            bool Collect(Integer part, long factor)
            {
                switch (part)
                {
                    case IntegerNumber n:
                        constant += factor * n.Constant;
                        return true;
                    case IntegerArithmetic { Op: IrOp.Add } a:
                        return Collect(a.Left, factor) && Collect(a.Right, factor);
                    case IntegerArithmetic { Op: IrOp.Subtract } a:
                        return Collect(a.Left, factor) && Collect(a.Right, -factor);
                    case IntegerArithmetic { Op: IrOp.Multiply, Left: IntegerNumber k } a:
                        return Collect(a.Right, factor * k.Constant);
                    case IntegerArithmetic { Op: IrOp.Multiply, Right: IntegerNumber k } a:
                        return Collect(a.Left, factor * k.Constant);
                    case IntegerNegation n:
                        return Collect(n.Operand, -factor);
                    case IntegerRead:
                        terms[part] = (terms.TryGetValue(part, out long c) ? c : 0) + factor;
                        return true;
                    default:
                        return false;
                }
            }
        }
    }
}
