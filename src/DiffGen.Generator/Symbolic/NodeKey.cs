using System;

namespace DiffGen.Generator.Symbolic
{
    /// <summary>
    /// The structural identity of a node, used to hash-cons: two keys are equal exactly when the
    /// nodes they describe are equal. Operands of commutative nodes are sorted, so
    /// <c>x·y</c> and <c>y·x</c> share one key.
    /// </summary>
    internal readonly struct NodeKey : IEquatable<NodeKey>
    {
        private readonly ExprKind kind;
        private readonly long number;
        private readonly int tag;
        private readonly string text;
        private readonly int[] children;
        private readonly long[] weights;
        private readonly int hash;

        public NodeKey(ExprKind kind, double number, int tag, string text, int[] children, long[] weights)
        {
            this.kind = kind;
            this.number = Bits(number);
            this.tag = tag;
            this.text = text;
            this.children = children;
            this.weights = weights;

            int h = ((int)kind * 397) ^ this.number.GetHashCode();
            h = (h * 31) ^ tag;
            h = (h * 31) ^ StringComparer.Ordinal.GetHashCode(text);
            for (int i = 0; i < children.Length; i++)
            {
                h = (h * 31) ^ children[i];
                h = (h * 31) ^ weights[i].GetHashCode();
            }

            hash = h;
        }

        /// <summary>
        /// The key of a sum or a product: its operands' ids with their weights (coefficients or exponents), sorted by
        /// id, so that <c>a + b</c> and <c>b + a</c> share a key.
        /// </summary>
        public static NodeKey OfOperands<T>(ExprKind kind, double number, T[] operands)
            where T : struct, IWeightedOperand
        {
            var ids = new int[operands.Length];
            var weights = new long[operands.Length];
            for (int i = 0; i < operands.Length; i++)
            {
                // Insertion sort: a handful of operands, each id once.
                int id = operands[i].Operand.Id;
                long weight = Bits(operands[i].Weight);
                int j = i;
                for (; j > 0 && ids[j - 1] > id; j--)
                {
                    ids[j] = ids[j - 1];
                    weights[j] = weights[j - 1];
                }

                ids[j] = id;
                weights[j] = weight;
            }

            return new NodeKey(kind, number, 0, string.Empty, ids, weights);
        }

        /// <summary>The bits of a double, with −0 folded into 0 and every NaN into one NaN.</summary>
        public static long Bits(double value)
        {
            if (value == 0)
            {
                return 0;
            }

            return double.IsNaN(value) ? BitConverter.DoubleToInt64Bits(double.NaN) : BitConverter.DoubleToInt64Bits(value);
        }

        public bool Equals(NodeKey other)
        {
            if (hash != other.hash || kind != other.kind || number != other.number || tag != other.tag
                || !string.Equals(text, other.text, StringComparison.Ordinal) || children.Length != other.children.Length)
            {
                return false;
            }

            for (int i = 0; i < children.Length; i++)
            {
                if (children[i] != other.children[i] || weights[i] != other.weights[i])
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => obj is NodeKey other && Equals(other);

        public override int GetHashCode() => hash;
    }
}
