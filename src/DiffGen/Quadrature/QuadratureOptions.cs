using System;

namespace DiffGen
{
    /// <summary>
    /// Settings of an adaptive integration with <see cref="Quadrature"/>. Every property has a
    /// default; the integration stops when the error estimate is within
    /// max(<see cref="AbsoluteTolerance"/>, <see cref="RelativeTolerance"/> · |value|).
    /// </summary>
    /// <example>
    /// <code>
    /// var options = new QuadratureOptions { RelativeTolerance = 1e-8, MaximumSubintervals = 200 };
    /// QuadratureResult result = Quadrature.Integrate(Math.Sqrt, 0, 1, options);
    /// </code>
    /// </example>
    public sealed class QuadratureOptions
    {
        /// <summary>
        /// The error allowed relative to the value. Default: <see cref="Quadrature.DefaultRelativeTolerance"/>
        /// (1e-12) for <see cref="double"/> integrands, <see cref="Quadrature.DefaultFloatRelativeTolerance"/>
        /// (1e-6) for <see cref="float"/> ones. Values below round-off (about 1e-14 for <see cref="double"/>)
        /// are raised to it.
        /// </summary>
        /// <example><code>new QuadratureOptions { RelativeTolerance = 1e-8 }</code></example>
        public double? RelativeTolerance { get; set; }

        /// <summary>
        /// The absolute error allowed (default 0: relative only). Set it when the integral may be 0,
        /// where no relative tolerance can be met.
        /// </summary>
        /// <example><code>new QuadratureOptions { AbsoluteTolerance = 1e-12 }   // ∫ sin over whole periods</code></example>
        public double AbsoluteTolerance { get; set; }

        /// <summary>
        /// The largest number of pieces the interval may be cut into (default
        /// <see cref="Quadrature.DefaultMaximumSubintervals"/>, 1000). When reached, the result is the
        /// best so far with <see cref="QuadratureStatus.SubintervalLimitReached"/> and an error estimate
        /// above the tolerance.
        /// </summary>
        /// <example><code>new QuadratureOptions { MaximumSubintervals = 5000 }</code></example>
        public int MaximumSubintervals { get; set; } = Quadrature.DefaultMaximumSubintervals;

        internal QuadratureSettings ToSettings(double defaultRelativeTolerance, double roundoff)
        {
            double relative = RelativeTolerance ?? defaultRelativeTolerance;
            if (!(relative >= 0) || double.IsPositiveInfinity(relative))
            {
                throw new ArgumentOutOfRangeException(nameof(RelativeTolerance), relative, "The relative tolerance must be a finite number, 0 or more.");
            }

            if (!(AbsoluteTolerance >= 0) || double.IsPositiveInfinity(AbsoluteTolerance))
            {
                throw new ArgumentOutOfRangeException(nameof(AbsoluteTolerance), AbsoluteTolerance, "The absolute tolerance must be a finite number, 0 or more.");
            }

            if (MaximumSubintervals < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(MaximumSubintervals), MaximumSubintervals, "At least one subinterval (the whole interval) is needed.");
            }

            return new QuadratureSettings(relative, AbsoluteTolerance, MaximumSubintervals, roundoff);
        }
    }
}
