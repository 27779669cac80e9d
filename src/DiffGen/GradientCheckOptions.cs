using System;

namespace DiffGen
{
    /// <summary>
    /// Settings of a <see cref="GradientCheck"/>. Every property has a default that suits a smooth
    /// function checked at an ordinary point (not at a minimum, where the gradient is 0 and only
    /// round-off is left to compare).
    /// </summary>
    /// <remarks>
    /// <example>
    /// <code>
    /// var options = new GradientCheckOptions
    /// {
    ///     Tolerance = 1e-8,
    ///     Names = i => i &lt; n ? $"w[{i}]" : "b",   // how the report names entry i
    /// };
    /// GradientCheck.Run(loss, lossGradient, x, options).ThrowIfFailed();
    /// </code>
    /// </example>
    /// </remarks>
    public sealed class GradientCheckOptions
    {
        /// <summary>
        /// The largest relative error that passes. Default: 1e-6 for <see cref="double"/>, 1e-3 for
        /// <see cref="float"/>. Richardson extrapolation of central differences is usually good to
        /// 1e-9 or better in <see cref="double"/>, so a correct gradient passes with room to spare
        /// and a wrong one (typically off by 1e-2 or more) fails by far.
        /// </summary>
        /// <example><code>new GradientCheckOptions { Tolerance = 1e-8 }</code></example>
        public double? Tolerance { get; set; }

        /// <summary>
        /// Entries smaller than this fraction of the gradient's largest entry are compared on that
        /// scale rather than their own. The relative error of entry i is
        /// |analytic − numeric| / max(|analytic|, |numeric|, <c>ScaleFloor</c> · largest), where
        /// largest is the largest magnitude in either gradient: an entry that is 0 up to round-off
        /// cannot be matched to a fraction of its own size. Default 1e-3; 1 compares every entry on
        /// the scale of the largest; 0 compares each on its own.
        /// </summary>
        /// <example><code>new GradientCheckOptions { ScaleFloor = 1 }   // one scale for all entries</code></example>
        public double ScaleFloor { get; set; } = 1e-3;

        /// <summary>
        /// The first step of the central differences for entry i, relative to the entry:
        /// h = <c>RelativeStep</c> · max(1, |x[i]|), halved at each further level. Default 1e-2 for
        /// <see cref="double"/>, 5e-2 for <see cref="float"/>. Lower it if the function is defined
        /// only near the point (x ± h must stay inside its domain, e.g. above 0 for a logarithm).
        /// </summary>
        /// <example><code>new GradientCheckOptions { RelativeStep = 1e-4 }   // log(x) checked at x = 0.01</code></example>
        public double? RelativeStep { get; set; }

        /// <summary>
        /// How many step sizes the Richardson tableau combines (h, h/2, h/4, …); each further level
        /// cancels one more even power of h in the error. Between 1 (plain central differences) and
        /// 10. Default 5 for <see cref="double"/>, 3 for <see cref="float"/>. The check calls the
        /// function 2 · <c>Levels</c> times per entry.
        /// </summary>
        /// <example><code>new GradientCheckOptions { Levels = 1 }   // plain central differences</code></example>
        public int? Levels { get; set; }

        /// <summary>
        /// How the report names entry i of the flat vector (for example <c>"w[3]"</c> or <c>"b"</c>);
        /// by default entries are named by their index only.
        /// </summary>
        /// <example><code>new GradientCheckOptions { Names = i => i == 0 ? "x" : "y" }</code></example>
        public Func<int, string>? Names { get; set; }

        internal double ToleranceOr(double fallback) => Tolerance ?? fallback;

        internal double RelativeStepOr(double fallback) => RelativeStep ?? fallback;

        internal int LevelsOr(int fallback) => Levels ?? fallback;
    }
}
