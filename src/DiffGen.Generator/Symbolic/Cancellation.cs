using System.Collections.Generic;
using System.Linq;
using DiffGen.Generator.Ir;

namespace DiffGen.Generator.Symbolic
{
    /// <summary>
    /// Whether one operation of the source, as the DAG holds it, cancels part of its operands: a term both operands of a sum
    /// hold with opposite signs (<c>2 * x - x</c> is <c>x</c>, <c>(x - 1) - (x - 2)</c> is <c>1</c>), a factor both operands of
    /// a product hold with opposite powers (<c>x * y / y</c> is <c>x</c>, <c>x / x</c> is <c>1</c>), or an operand a zero
    /// multiplies away (<c>x * 0</c>). Algebra on real numbers makes these exact; in floating point they are not where an
    /// operand is infinite or NaN (∞ − ∞ and 0 · ∞ are NaN, so is 0 / 0), which is what a guard's test may be there to catch.
    /// </summary>
    internal static class Cancellation
    {
        /// <summary>Whether <paramref name="result"/>, the DAG's node for <c>left op right</c>, cancels part of the operands.</summary>
        public static bool Cancels(IrOp op, Expr left, Expr right, Expr result)
        {
            switch (op)
            {
                case IrOp.Add:
                case IrOp.Subtract:
                    double sign = op == IrOp.Add ? 1 : -1;
                    Dictionary<Key, double> leftTerms = Terms(left);
                    return Terms(right).Any(t => leftTerms.TryGetValue(t.Key, out double c) && c * t.Value * sign < 0);
                case IrOp.Multiply:
                case IrOp.Divide:
                    if (result is Constant { Value: 0 } && !(left is Constant && right is Constant))
                    {
                        // x * 0: the zero takes x away, and with it the NaN of an infinite x.
                        return true;
                    }

                    double power = op == IrOp.Multiply ? 1 : -1;
                    Dictionary<Expr, double> leftFactors = Factors(left);
                    return Factors(right).Any(f => leftFactors.TryGetValue(f.Key, out double e) && e * f.Value * power < 0);
                default:
                    return false;
            }
        }

        /// <summary>A sum's terms by what they multiply (their factors), with their coefficients; a number has none.</summary>
        private static Dictionary<Key, double> Terms(Expr e)
        {
            var terms = new Dictionary<Key, double>();
            switch (e)
            {
                case Constant:
                    break;
                case Sum sum:
                    foreach (SumTerm term in sum.Terms)
                    {
                        Add(terms, Key.Of(term.Term), term.Coefficient * Coefficient(term.Term));
                    }

                    break;
                default:
                    Add(terms, Key.Of(e), Coefficient(e));
                    break;
            }

            return terms;
        }

        private static void Add(Dictionary<Key, double> terms, Key key, double coefficient) =>
            terms[key] = terms.TryGetValue(key, out double known) ? known + coefficient : coefficient;

        private static double Coefficient(Expr e) => e is Product product ? product.Coefficient : 1;

        /// <summary>A product's factors with their powers; any other node is its own factor, a number none.</summary>
        private static Dictionary<Expr, double> Factors(Expr e)
        {
            var factors = new Dictionary<Expr, double>();
            if (e is Product product)
            {
                foreach (Factor factor in product.Factors)
                {
                    factors[factor.Base] = factors.TryGetValue(factor.Base, out double known) ? known + factor.Exponent : factor.Exponent;
                }
            }
            else if (!(e is Constant))
            {
                factors[e] = 1;
            }

            return factors;
        }

        /// <summary>What a term multiplies, whatever its coefficient: a product's factors, or the node itself.</summary>
        private readonly struct Key : System.IEquatable<Key>
        {
            private readonly Expr? node;
            private readonly Factor[]? factors;

            private Key(Expr? node, Factor[]? factors)
            {
                this.node = node;
                this.factors = factors;
            }

            public static Key Of(Expr e)
            {
                if (!(e is Product product))
                {
                    return new Key(e, null);
                }

                if (product.Factors.Count == 1 && product.Factors[0].Exponent == 1)
                {
                    // 2·x multiplies x, as x does.
                    return new Key(product.Factors[0].Base, null);
                }

                var factors = new Factor[product.Factors.Count];
                for (int i = 0; i < factors.Length; i++)
                {
                    factors[i] = product.Factors[i];
                }

                return new Key(null, factors);
            }

            public bool Equals(Key other) => node != null
                ? ReferenceEquals(node, other.node)
                : other.factors != null && factors!.Length == other.factors.Length && factors.Zip(other.factors, (a, b) => ReferenceEquals(a.Base, b.Base) && a.Exponent == b.Exponent).All(same => same);

            public override bool Equals(object? obj) => obj is Key other && Equals(other);

            public override int GetHashCode()
            {
                if (node != null)
                {
                    return System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(node);
                }

                int hash = 17;
                foreach (Factor factor in factors!)
                {
                    hash = (hash * 31) + System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(factor.Base);
                }

                return hash;
            }
        }
    }
}
