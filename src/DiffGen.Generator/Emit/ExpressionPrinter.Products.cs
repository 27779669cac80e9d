using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using DiffGen.Generator.Common;
using DiffGen.Generator.Symbolic;

namespace DiffGen.Generator.Emit
{
    /// <content>Products and quotients: a coefficient and factors as a numerator over a denominator.</content>
    internal abstract partial class ExpressionPrinter
    {
        /// <summary>
        /// <c>c · Π bᵢ^pᵢ</c> as a numerator and a denominator. A coefficient 1/k with integer k
        /// goes below the line, so ½·x prints as <c>x / 2</c>, unless the source multiplies by that
        /// number itself (<c>0.1 * s</c> stays so; <c>s / 10</c> is rounded differently). A coefficient n/d, d a number the
        /// source divides by and n a whole number, prints as n above and d below the line (<c>2 * v / 9.81</c>).
        /// </summary>
        private (string Text, int Level) RenderProduct(double coefficient, ReadOnlyArray<Factor> factors)
        {
            bool negative = coefficient < 0;
            double magnitude = Math.Abs(coefficient);

            // Each operand is a literal (Base null, its value in Number) or a factor (Base, its |exponent| in Number).
            var numerator = new List<(Expr? Base, double Number)>();
            var denominator = new List<(Expr? Base, double Number)>();
            double reciprocal = 1 / magnitude;
            if (magnitude != 1 && magnitude < 1 && ExprBuilder.IsInteger(reciprocal) && reciprocal <= 1000 && !numbers.IsWrittenFactor(magnitude))
            {
                denominator.Add((null, reciprocal));
            }
            else if (magnitude != 1 && !ExprBuilder.IsInteger(magnitude) && numbers.TextOf(magnitude) == null && !numbers.IsWrittenFactor(magnitude)
                && numbers.WrittenDivisorOf(magnitude) is (double above, double below))
            {
                // 2/9.81, from v * v / 9.81: the source's divisor below the line, the whole number the derivative made above it.
                if (above != 1)
                {
                    numerator.Add((null, above));
                }

                denominator.Add((null, below));
            }
            else if (magnitude != 1)
            {
                numerator.Add((null, magnitude));
            }

            foreach (Factor factor in factors)
            {
                (factor.Exponent > 0 ? numerator : denominator).Add((factor.Base, Math.Abs(factor.Exponent)));
            }

            if (numerator.Count == 0)
            {
                numerator.Add((null, 1));
            }

            // C# evaluates "a * b / (c * d)" as written: if any of its operators would meet only integer
            // literals, every integer literal of the product prints as a floating-point one.
            bool wholeTop = AllWhole(numerator), wholeBottom = AllWhole(denominator);
            bool floating = (numerator.Count > 1 && wholeTop) || (denominator.Count > 1 && wholeBottom) || (denominator.Count > 0 && wholeTop && wholeBottom);
            List<(string Text, int Level)> top = Operands(numerator, floating);
            List<(string Text, int Level)> bottom = Operands(denominator, floating);
            string text = JoinFactors(top);
            if (bottom.Count == 1 && bottom[0].Level > MultiplicativeLevel)
            {
                text += " / " + bottom[0].Text;
            }
            else if (bottom.Count > 0)
            {
                text += " / (" + JoinFactors(bottom) + ")";
            }

            if (!negative)
            {
                bool single = top.Count == 1 && bottom.Count == 0;
                return (text, single ? top[0].Level : MultiplicativeLevel);
            }

            // "-x" binds like a unary operator; "-y * y" is a multiplication.
            bool unary = top.Count == 1 && bottom.Count == 0 && top[0].Level >= UnaryLevel;
            return (Negated(text), unary ? UnaryLevel : MultiplicativeLevel);
        }

        /// <summary>Whether every operand of one side of a product prints as an integer literal.</summary>
        private bool AllWhole(List<(Expr? Base, double Number)> operands)
        {
            foreach ((Expr? @base, double number) in operands)
            {
                bool whole = @base == null ? IsIntegerLiteral(number) : number == 1 && IsIntegerLiteral(@base);
                if (!whole)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Each operand of one side of a product printed: a literal (Base null), a factor, or a power.</summary>
        private List<(string Text, int Level)> Operands(List<(Expr? Base, double Number)> operands, bool floating)
        {
            var printed = new List<(string Text, int Level)>(operands.Count);
            foreach ((Expr? @base, double number) in operands)
            {
                printed.Add(@base == null ? (Literal(number, floating), PrimaryLevel)
                    : number == 1 ? (Print(@base, UnaryLevel, floating), UnaryLevel)
                    : PowerOf(@base, number));
            }

            return printed;
        }

        /// <summary>Factors joined by <see cref="Times"/>, each parenthesised where it binds looser than a product.</summary>
        private string JoinFactors(List<(string Text, int Level)> factors)
        {
            string Factor((string Text, int Level) f) => f.Level < MultiplicativeLevel ? "(" + f.Text + ")" : f.Text;
            if (factors.Count == 1)
            {
                return Factor(factors[0]);
            }

            var text = new StringBuilder(Factor(factors[0]));
            for (int i = 1; i < factors.Count; i++)
            {
                text.Append(Times).Append(Factor(factors[i]));
            }

            return text.ToString();
        }
    }
}
