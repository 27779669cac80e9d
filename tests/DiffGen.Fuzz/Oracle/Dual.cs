using System;

namespace DiffGen.Fuzz.Oracle
{
    /// <summary>
    /// A forward-mode dual number v + t·ε (ε² = 0): the oracle's arithmetic. A fuzzed method is
    /// printed a second time with <c>Dual</c> in place of <c>double</c>; running it with one input's
    /// tangent set to 1 gives that partial derivative exact to rounding. Nothing here is shared with
    /// the generator: the operators and <see cref="DualMath"/> are written for the oracle alone.
    /// Each number also carries bounds on its rounding: how far the method's own arithmetic (in its
    /// own type) can be from the exact value and derivative, to first order (running error analysis,
    /// Higham, Accuracy and Stability of Numerical Algorithms, §3.3). Where a sum cancels large terms
    /// (s − s4 − 1 + s4 with s4 ≈ 10²⁰, or the derivative of 1000/y·y), the method's own number is
    /// uncertain by that much, and the same number computed in another order may differ by as much.
    /// </summary>
    public readonly struct Dual : IEquatable<Dual>
    {
        public Dual(double value, double tangent, double error = 0, double tangentError = 0, bool moves = false, bool infiniteConstant = false)
        {
            if (infiniteConstant && double.IsInfinity(value))
            {
                // An infinity the method writes as a constant, or computes from one (−∞ / γ): a constant, whatever the input.
                Value = value;
                IsInfiniteConstant = true;
                return;
            }

            Value = value;
            Tangent = tangent;
            Error = error;
            TangentError = tangentError;
            Moves = moves || tangent != 0;
            Margins.RecordIntermediate(value, tangent);
            Margins.RecordBounds(error, tangentError);
        }

        /// <summary>
        /// The value is an infinity the method writes as a constant (<c>double.PositiveInfinity</c> on a table's border), or
        /// one an operation made from such an infinity (−∞ / γ, −∞ − m): a constant, its tangent 0, and no overflow of the
        /// method's arithmetic (which makes a point untested). Where such a value makes a finite one (exp(−∞) = 0), the rules
        /// give the finite value its tangent from the constant's 0.
        /// </summary>
        public bool IsInfiniteConstant { get; }

        public double Value { get; }

        /// <summary>The derivative of <see cref="Value"/> with respect to the seeded input.</summary>
        public double Tangent { get; }

        /// <summary>
        /// Whether the value is computed from the seeded input at all (its tangent may still be 0 at a point, as x·x's at x = 0):
        /// false for constants, for the other inputs, and for the constant side a kink chose (max(d, 0) where d &lt; 0). A function
        /// of a value that does not move does not move either, so its tangent is 0 even where the function's slope is infinite
        /// (√ of max(a, 0)² + max(b, 0)² where a, b &lt; 0), not 0·∞; a value that moves keeps the NaN there.
        /// </summary>
        public bool Moves { get; }

        /// <summary>
        /// A bound on the rounding error of <see cref="Value"/> as the method computes it: 0 for inputs
        /// and constants; each operation adds its inputs' errors, scaled by its derivatives, and its own
        /// rounding, <see cref="Margins.UnitRoundoff"/>·|result|. An operation that does not track it
        /// leaves 0, which only makes the check stricter.
        /// </summary>
        public double Error { get; }

        /// <summary>The same bound for <see cref="Tangent"/>, including what the value's error moves it by.</summary>
        public double TangentError { get; }

        public static implicit operator Dual(double value) => new Dual(value, 0, infiniteConstant: double.IsInfinity(value));

        public static Dual operator +(Dual a) => a;

        public static Dual operator -(Dual a) => new Dual(-a.Value, -a.Tangent, a.Error, a.TangentError, a.Moves, a.IsInfiniteConstant);

        public static Dual operator +(Dual a, Dual b) =>
            Rounded(a.Value + b.Value, a.Tangent + b.Tangent, a.Error + b.Error, a.TangentError + b.TangentError, a.Moves || b.Moves, a.IsInfiniteConstant || b.IsInfiniteConstant);

        public static Dual operator -(Dual a, Dual b) =>
            Rounded(a.Value - b.Value, a.Tangent - b.Tangent, a.Error + b.Error, a.TangentError + b.TangentError, a.Moves || b.Moves, a.IsInfiniteConstant || b.IsInfiniteConstant);

        public static Dual operator *(Dual a, Dual b)
        {
            double left = a.Tangent * b.Value, right = a.Value * b.Tangent;
            // The product of the two errors too: where both values are 0 up to rounding (fma(-b, b, b·b) squared), it is all there is.
            double error = (Math.Abs(a.Value) * b.Error) + (Math.Abs(b.Value) * a.Error) + (a.Error * b.Error);
            double tangentError = (Math.Abs(b.Value) * a.TangentError) + (Math.Abs(a.Tangent) * b.Error)
                + (Math.Abs(a.Value) * b.TangentError) + (Math.Abs(b.Tangent) * a.Error)
                + (a.TangentError * b.Error) + (a.Error * b.TangentError)
                + (Margins.UnitRoundoff * (Math.Abs(left) + Math.Abs(right)));
            return Rounded(a.Value * b.Value, left + right, error, tangentError, a.Moves || b.Moves, a.IsInfiniteConstant || b.IsInfiniteConstant);
        }

        public static Dual operator /(Dual a, Dual b)
        {
            double q = a.Value / b.Value;
            double scaled = q * b.Tangent;
            double tangent = (a.Tangent - scaled) / b.Value;
            double error = (a.Error + (Math.Abs(q) * b.Error)) / Math.Abs(b.Value);
            double tangentError = ((a.TangentError + (Math.Abs(q) * b.TangentError) + (Math.Abs(b.Tangent) * error) + (Math.Abs(tangent) * b.Error))
                + (Margins.UnitRoundoff * (Math.Abs(a.Tangent) + (2 * Math.Abs(scaled))))) / Math.Abs(b.Value);
            return Rounded(q, tangent, error, tangentError, a.Moves || b.Moves, a.IsInfiniteConstant || b.IsInfiniteConstant);
        }

        /// <summary>A result with the errors it inherits plus its own rounding of value and derivative.</summary>
        /// <param name="infiniteConstant">An operand is an infinite constant (<see cref="IsInfiniteConstant"/>): an infinite result is one too.</param>
        internal static Dual Rounded(double value, double tangent, double error, double tangentError, bool moves, bool infiniteConstant = false) =>
            new Dual(value, tangent, error + (Margins.UnitRoundoff * Math.Abs(value)), tangentError + (Margins.UnitRoundoff * Math.Abs(tangent)), moves, infiniteConstant);

        /// <summary>C#'s remainder a − trunc(a/b)·b: derivative da − trunc(a/b)·db, away from its jumps.</summary>
        public static Dual operator %(Dual a, Dual b)
        {
            double ratio = a.Value / b.Value;
            Margins.Record(ratio - Math.Round(ratio), 1);
            double remainder = a.Value % b.Value;
            Margins.RecordRemainder(a.Value, remainder);
            double times = Math.Abs(Math.Truncate(ratio));
            return Rounded(remainder, a.Tangent - (Math.Truncate(ratio) * b.Tangent), a.Error + (times * b.Error), a.TangentError + (times * b.TangentError), a.Moves || b.Moves, a.IsInfiniteConstant || b.IsInfiniteConstant);
        }

        public static Dual operator ++(Dual a) => Rounded(a.Value + 1, a.Tangent, a.Error, a.TangentError, a.Moves, a.IsInfiniteConstant);

        public static Dual operator --(Dual a) => Rounded(a.Value - 1, a.Tangent, a.Error, a.TangentError, a.Moves, a.IsInfiniteConstant);

        public static bool operator <(Dual a, Dual b) => Margins.Compared(a.Value, b.Value, a.Value < b.Value);

        public static bool operator >(Dual a, Dual b) => Margins.Compared(a.Value, b.Value, a.Value > b.Value);

        public static bool operator <=(Dual a, Dual b) => Margins.Compared(a.Value, b.Value, a.Value <= b.Value);

        public static bool operator >=(Dual a, Dual b) => Margins.Compared(a.Value, b.Value, a.Value >= b.Value);

        public static bool operator ==(Dual a, Dual b) => Margins.Compared(a.Value, b.Value, a.Value == b.Value);

        public static bool operator !=(Dual a, Dual b) => Margins.Compared(a.Value, b.Value, a.Value != b.Value);

        public bool Equals(Dual other) => Value.Equals(other.Value) && Tangent.Equals(other.Tangent);

        public override bool Equals(object? obj) => obj is Dual other && Equals(other);

        public override int GetHashCode() => HashCode.Combine(Value, Tangent);

        public override string ToString() => Value + " + " + Tangent + "ε";
    }
}
