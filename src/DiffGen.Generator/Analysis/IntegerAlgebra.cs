using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Analysis
{
    /// <summary>Sums and differences of integers, folded: <c>(n - 1) - 0 + 1</c> is <c>n</c>. Used for tape sizes, loop bounds and the offset between two indices.</summary>
    internal static class IntegerAlgebra
    {
        public static Integer Add(Integer a, Integer b) => Simplify(new IntegerArithmetic(IrOp.Add, a, b));

        public static Integer Subtract(Integer a, Integer b) => Simplify(new IntegerArithmetic(IrOp.Subtract, a, b));

        public static Integer Add(Integer a, long k) => Add(a, new IntegerNumber(k));

        /// <summary>
        /// Collects like terms and constants of a sum; other operations are kept as they are. A sum whose folding would
        /// overflow a long (<c>i &gt;= long.MaxValue</c> taken back as <c>long.MaxValue + 1</c>) is kept as written.
        /// </summary>
        public static Integer Simplify(Integer e)
        {
            try
            {
                return Folded(e);
            }
            catch (System.OverflowException)
            {
                return e;
            }
        }

        private static Integer Folded(Integer e)
        {
            var terms = new List<(Integer Atom, long Coefficient)>();
            long constant = 0;
            Collect(e, 1, terms, ref constant);
            var merged = terms.GroupBy(t => t.Atom).Select(g => (Atom: g.Key, Coefficient: g.Sum(t => t.Coefficient))).Where(t => t.Coefficient != 0).ToList();
            Integer? result = null;
            foreach ((Integer atom, long coefficient) in merged.Where(t => t.Coefficient > 0).Concat(merged.Where(t => t.Coefficient < 0)))
            {
                long magnitude = System.Math.Abs(coefficient);
                Integer scaled = magnitude == 1 ? atom : new IntegerArithmetic(IrOp.Multiply, new IntegerNumber(magnitude), atom);
                result = result == null
                    ? (coefficient > 0 ? scaled : new IntegerNegation(scaled))
                    : new IntegerArithmetic(coefficient > 0 ? IrOp.Add : IrOp.Subtract, result, scaled);
            }

            if (result == null)
            {
                return new IntegerNumber(constant);
            }

            return constant == 0 ? result : new IntegerArithmetic(constant > 0 ? IrOp.Add : IrOp.Subtract, result, new IntegerNumber(System.Math.Abs(constant)));
        }

        private static void Collect(Integer e, long sign, List<(Integer, long)> terms, ref long constant)
        {
            switch (e)
            {
                case IntegerNumber n:
                    constant = checked(constant + (sign * n.Constant));
                    break;
                case IntegerArithmetic { Op: IrOp.Add } a:
                    Collect(a.Left, sign, terms, ref constant);
                    Collect(a.Right, sign, terms, ref constant);
                    break;
                case IntegerArithmetic { Op: IrOp.Subtract } a:
                    Collect(a.Left, sign, terms, ref constant);
                    Collect(a.Right, checked(-sign), terms, ref constant);
                    break;
                case IntegerNegation n:
                    Collect(n.Operand, checked(-sign), terms, ref constant);
                    break;
                default:
                    terms.Add((e, sign));
                    break;
            }
        }
    }
}
