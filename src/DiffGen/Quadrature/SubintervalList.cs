using System;
using System.Buffers;

namespace DiffGen
{
    /// <summary>
    /// The pieces an adaptive integration has cut its interval into: for each, its ends, the rule's
    /// value on it and its error estimate, plus the pieces' order from the largest error to the
    /// smallest (the next piece to halve is the first in that order).
    /// </summary>
    /// <remarks>
    /// The arrays are rented from <see cref="ArrayPool{T}.Shared"/> once per integration, at the
    /// largest size the subdivision cap allows, and given back by <see cref="Return"/>: nothing is
    /// allocated once the pool is warm and nothing grows while the integration runs. Keeping the
    /// order sorted costs one shift per halving, at most a few thousand moves for a thousand pieces,
    /// little next to the 42 integrand evaluations each halving does.
    /// </remarks>
    internal struct SubintervalList
    {
        private double[] starts;
        private double[] ends;
        private double[] values;
        private double[] errors;
        private int[] byError;

        /// <summary>Rents room for <paramref name="capacity"/> pieces, plus the rule's scratch array.</summary>
        public static SubintervalList Rent(int capacity) => new SubintervalList
        {
            starts = ArrayPool<double>.Shared.Rent(capacity),
            ends = ArrayPool<double>.Shared.Rent(capacity),
            values = ArrayPool<double>.Shared.Rent(capacity),
            errors = ArrayPool<double>.Shared.Rent(capacity),
            byError = ArrayPool<int>.Shared.Rent(capacity),
            Scratch = ArrayPool<double>.Shared.Rent(GaussKronrod21.ScratchLength),
            Count = 0,
        };

        /// <summary>How many pieces there are.</summary>
        public int Count { get; private set; }

        /// <summary>Room for the rule's values (see <see cref="GaussKronrod21.Apply"/>).</summary>
        public double[] Scratch { get; private set; }

        public double Start(int piece) => starts[piece];

        public double End(int piece) => ends[piece];

        public double Width(int piece) => ends[piece] - starts[piece];

        public double Value(int piece) => values[piece];

        public double Error(int piece) => errors[piece];

        /// <summary>The piece with the <paramref name="rank"/>-th largest error (0: the largest).</summary>
        public int ByError(int rank) => byError[rank];

        /// <summary>The sum of the values on every piece: the integral over the whole interval.</summary>
        public double SumOfValues()
        {
            double sum = 0;
            for (int piece = 0; piece < Count; piece++)
            {
                sum += values[piece];
            }

            return sum;
        }

        /// <summary>Adds the first piece, the whole interval.</summary>
        public void AddWhole(double start, double end, double value, double error)
        {
            Count = 0;
            Store(0, start, end, value, error);
            byError[0] = 0;
            Count = 1;
        }

        /// <summary>
        /// Replaces <paramref name="piece"/> by its halves: the left half keeps its slot, the right half
        /// takes a new one, and both move to their places in the order by error.
        /// </summary>
        public void Halve(int piece, double middle, double leftValue, double leftError, double rightValue, double rightError)
        {
            int right = Count;
            double end = ends[piece];
            RemoveFromOrder(piece);
            Store(piece, starts[piece], middle, leftValue, leftError);
            Store(right, middle, end, rightValue, rightError);
            Count++;
            InsertInOrder(piece, Count - 2);
            InsertInOrder(right, Count - 1);
        }

        /// <summary>Gives the arrays back to the pool.</summary>
        public void Return()
        {
            ArrayPool<double>.Shared.Return(starts);
            ArrayPool<double>.Shared.Return(ends);
            ArrayPool<double>.Shared.Return(values);
            ArrayPool<double>.Shared.Return(errors);
            ArrayPool<int>.Shared.Return(byError);
            ArrayPool<double>.Shared.Return(Scratch);
        }

        private void Store(int piece, double start, double end, double value, double error)
        {
            starts[piece] = start;
            ends[piece] = end;
            values[piece] = value;
            errors[piece] = error;
        }

        /// <summary>Takes <paramref name="piece"/> out of the order (the first <see cref="Count"/> ranks), closing the gap.</summary>
        private void RemoveFromOrder(int piece)
        {
            int rank = 0;
            while (byError[rank] != piece)
            {
                rank++;
            }

            Array.Copy(byError, rank + 1, byError, rank, Count - 1 - rank);
        }

        /// <summary>Puts <paramref name="piece"/> in the order, which holds <paramref name="ranked"/> pieces, after every piece with a larger or equal error.</summary>
        private void InsertInOrder(int piece, int ranked)
        {
            double error = errors[piece];
            int rank = ranked;
            while (rank > 0 && errors[byError[rank - 1]] < error)
            {
                byError[rank] = byError[rank - 1];
                rank--;
            }

            byError[rank] = piece;
        }
    }
}
