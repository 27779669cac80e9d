namespace DiffGen.Fuzz.Programs
{
    /// <summary>
    /// The arithmetic a program is printed in: the source the generator reads (double or float),
    /// or the oracle's dual numbers. The same tree prints in all three, so the oracle runs the
    /// very program the generator differentiated.
    /// </summary>
    public sealed class Flavor
    {
        public static readonly Flavor Double = new Flavor("double", "global::System.Math", "global::DiffGen.Gradient.Stop", isOracle: false, literalSuffix: "");
        public static readonly Flavor Float = new Flavor("float", "global::System.MathF", "global::DiffGen.Gradient.Stop", isOracle: false, literalSuffix: "f");
        public static readonly Flavor Dual = new Flavor("Dual", "global::DiffGen.Fuzz.Oracle.DualMath", "global::DiffGen.Fuzz.Oracle.DualMath.Stop", isOracle: true, literalSuffix: "");

        private Flavor(string real, string math, string stop, bool isOracle, string literalSuffix)
        {
            Real = real;
            Math = math;
            Stop = stop;
            IsOracle = isOracle;
            LiteralSuffix = literalSuffix;
        }

        /// <summary>The floating-point type: double, float or Dual.</summary>
        public string Real { get; }

        /// <summary>The class of the elementary functions.</summary>
        public string Math { get; }

        public string Stop { get; }

        public bool IsOracle { get; }

        /// <summary>What a non-integer literal needs to have the real type ("f" for float).</summary>
        public string LiteralSuffix { get; }

        public string RealType => IsOracle ? "global::DiffGen.Fuzz.Oracle.Dual" : Real;

        public static Flavor Of(bool isFloat) => isFloat ? Float : Double;
    }
}
