using System;

namespace DiffGen.Fuzz.Oracle
{
    /// <summary>
    /// A forward-mode dual number v + t·ε (ε² = 0): the oracle's arithmetic. A fuzzed method is
    /// printed a second time with <c>Dual</c> in place of <c>double</c>; running it with one input's
    /// tangent set to 1 gives that partial derivative exact to rounding. Nothing here is shared with
    /// the generator: the operators and <see cref="DualMath"/> are written for the oracle alone.
    /// </summary>
    public readonly struct Dual : IEquatable<Dual>
    {
        public Dual(double value, double tangent)
        {
            Value = value;
            Tangent = tangent;
            Margins.RecordIntermediate(value, tangent);
        }

        public double Value { get; }

        /// <summary>The derivative of <see cref="Value"/> with respect to the seeded input.</summary>
        public double Tangent { get; }

        public static implicit operator Dual(double value) => new Dual(value, 0);

        public static Dual operator +(Dual a) => a;

        public static Dual operator -(Dual a) => new Dual(-a.Value, -a.Tangent);

        public static Dual operator +(Dual a, Dual b) => new Dual(a.Value + b.Value, a.Tangent + b.Tangent);

        public static Dual operator -(Dual a, Dual b) => new Dual(a.Value - b.Value, a.Tangent - b.Tangent);

        public static Dual operator *(Dual a, Dual b) => new Dual(a.Value * b.Value, (a.Tangent * b.Value) + (a.Value * b.Tangent));

        public static Dual operator /(Dual a, Dual b)
        {
            double q = a.Value / b.Value;
            return new Dual(q, (a.Tangent - (q * b.Tangent)) / b.Value);
        }

        /// <summary>C#'s remainder a − trunc(a/b)·b: derivative da − trunc(a/b)·db, away from its jumps.</summary>
        public static Dual operator %(Dual a, Dual b)
        {
            double ratio = a.Value / b.Value;
            Margins.Record(ratio - Math.Round(ratio), 1);
            double remainder = a.Value % b.Value;
            Margins.RecordRemainder(a.Value, remainder);
            return new Dual(remainder, a.Tangent - (Math.Truncate(ratio) * b.Tangent));
        }

        public static Dual operator ++(Dual a) => new Dual(a.Value + 1, a.Tangent);

        public static Dual operator --(Dual a) => new Dual(a.Value - 1, a.Tangent);

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
