using System;

namespace DiffGen
{
    /// <summary>
    /// The checked settings one integration runs with: tolerances, the subdivision cap, and how
    /// accurate the integrand's values are (which sets the round-off floor of every error estimate).
    /// </summary>
    internal readonly struct QuadratureSettings
    {
        /// <summary>50 units of round-off of a <see cref="double"/> (2⁻⁵²), QUADPACK's floor: no error estimate goes below this fraction of ∫|f|.</summary>
        public const double DoubleRoundoff = 50 * 2.220446049250313e-16;

        /// <summary>
        /// The same floor for <see cref="float"/> values: 2⁻²² ≈ 2.4e-7, four units of <see cref="float"/>
        /// round-off (2⁻²⁴). Fifty, as for <see cref="double"/>, would put the floor (6e-6) above the
        /// 1e-6 a float integral aims for.
        /// </summary>
        public const double FloatRoundoff = 2.384185791015625e-7;

        public QuadratureSettings(double relativeTolerance, double absoluteTolerance, int maximumSubintervals, double roundoff)
        {
            // A relative tolerance below the round-off floor cannot be met; QUADPACK refuses it, we raise it.
            RelativeTolerance = Math.Max(relativeTolerance, absoluteTolerance > 0 ? 0 : roundoff);
            AbsoluteTolerance = absoluteTolerance;
            MaximumSubintervals = maximumSubintervals;
            Roundoff = roundoff;
        }

        public static QuadratureSettings DoubleDefaults =>
            new QuadratureSettings(Quadrature.DefaultRelativeTolerance, 0, Quadrature.DefaultMaximumSubintervals, DoubleRoundoff);

        public static QuadratureSettings FloatDefaults =>
            new QuadratureSettings(Quadrature.DefaultFloatRelativeTolerance, 0, Quadrature.DefaultMaximumSubintervals, FloatRoundoff);

        public double RelativeTolerance { get; }

        public double AbsoluteTolerance { get; }

        public int MaximumSubintervals { get; }

        /// <summary>The relative accuracy of the integrand's values, times a safety factor: the floor of every error estimate, relative to ∫|f|.</summary>
        public double Roundoff { get; }

        /// <summary>The error allowed for an integral whose approximation is <paramref name="value"/>.</summary>
        public double Tolerance(double value) => Math.Max(AbsoluteTolerance, RelativeTolerance * Math.Abs(value));
    }
}
