using System.Globalization;

namespace DiffGen
{
    /// <summary>
    /// What an adaptive integration found: the value, an estimate of its absolute error, how it
    /// ended, and how much work it took.
    /// </summary>
    /// <example>
    /// <code>
    /// QuadratureResult result = Quadrature.Integrate(Math.Sqrt, 0, 1, new QuadratureOptions());
    /// Console.WriteLine(result);   // "∫ = 0.6666666666666665 ± 7.4e-16 (Converged, 5 subintervals, 189 evaluations)"
    /// </code>
    /// </example>
    public readonly struct QuadratureResult
    {
        /// <summary>Creates a result.</summary>
        /// <param name="value">The integral's approximation.</param>
        /// <param name="errorEstimate">An estimate of |integral − <paramref name="value"/>|.</param>
        /// <param name="status">How the integration ended.</param>
        /// <param name="subintervals">How many pieces the interval was cut into.</param>
        /// <param name="evaluations">How many times the integrand was evaluated.</param>
        public QuadratureResult(double value, double errorEstimate, QuadratureStatus status, int subintervals, int evaluations)
            : this(value, errorEstimate, status, subintervals, evaluations, 0)
        {
        }

        private QuadratureResult(double value, double errorEstimate, QuadratureStatus status, int subintervals, int evaluations, double noiseFloor)
        {
            NoiseFloor = noiseFloor;
            Value = value;
            ErrorEstimate = errorEstimate;
            Status = status;
            Subintervals = subintervals;
            Evaluations = evaluations;
        }

        /// <summary>The integral's approximation; NaN when the integrand was NaN or infinite at a point it was evaluated.</summary>
        /// <example><code>double area = result.Value;</code></example>
        public double Value { get; }

        /// <summary>
        /// An estimate of the absolute error |integral − <see cref="Value"/>|. It is built to
        /// overestimate (the Gauss–Kronrod difference raised to the power 1.5, never below round-off
        /// in the integrand's values); it is +∞ when the integral may diverge and NaN with a NaN value.
        /// </summary>
        /// <example><code>Assert.True(Math.Abs(result.Value - exact) &lt;= result.ErrorEstimate);</code></example>
        public double ErrorEstimate { get; }

        /// <summary>How the integration ended: <see cref="QuadratureStatus.Converged"/> when the estimate is within the tolerance.</summary>
        /// <example><code>if (result.Status == QuadratureStatus.SubintervalLimitReached) options.MaximumSubintervals *= 4;</code></example>
        public QuadratureStatus Status { get; }

        /// <summary>Whether the error estimate is within the tolerance (<see cref="Status"/> is <see cref="QuadratureStatus.Converged"/>).</summary>
        /// <example><code>Assert.True(result.Converged, result.ToString());</code></example>
        public bool Converged => Status == QuadratureStatus.Converged;

        /// <summary>How many pieces the interval was cut into (1 when the first 21-point rule was enough).</summary>
        /// <example><code>Console.WriteLine(result.Subintervals);</code></example>
        public int Subintervals { get; }

        /// <summary>How many times the integrand was evaluated (21 per piece the rule was applied to).</summary>
        /// <example><code>Console.WriteLine(result.Evaluations);</code></example>
        public int Evaluations { get; }

        /// <summary>The value with its error estimate, the status and the work done, on one line.</summary>
        /// <returns>For example "∫ = 0.5 ± 6.8e-14 (Converged, 4 subintervals, 147 evaluations)".</returns>
        /// <example><code>Console.WriteLine(result.ToString());</code></example>
        public override string ToString() =>
            "∫ = " + Value.ToString("R", CultureInfo.InvariantCulture)
            + " ± " + ErrorEstimate.ToString("0.0e+0", CultureInfo.InvariantCulture)
            + " (" + Status + ", " + Subintervals.ToString(CultureInfo.InvariantCulture) + " subintervals, "
            + Evaluations.ToString(CultureInfo.InvariantCulture) + " evaluations)";

        /// <summary>
        /// How large an error round-off in the integrand's values can explain (a multiple of round-off times ∫|f| over the
        /// interval, as the first rule estimated it); 0 where unknown.
        /// </summary>
        internal double NoiseFloor { get; }

        /// <summary>The same result, knowing how large an error round-off explains (<see cref="NoiseFloor"/>).</summary>
        internal QuadratureResult WithNoiseFloor(double noiseFloor) => new QuadratureResult(Value, ErrorEstimate, Status, Subintervals, Evaluations, noiseFloor);

        /// <summary>
        /// What the overloads that return a bare value give: <see cref="Value"/>, except NaN (value and
        /// estimate) where the integral may diverge. A divergent integral has no value, and the last
        /// extrapolation of a divergent one is a plausible wrong number (∫₋₁² dx/x² extrapolates to
        /// −1.5, the difference of −1/x across its pole). So is a result stopped by round-off whose
        /// estimate exceeds a tenth of its value and what round-off explains: not one digit of it is known
        /// (∫ from ½ to 2 of dx/(x·ln x), across its pole, stops at 2.69 ± 8.5; ∫₀^∞ sin x dx at −6.4e7 ± 1.2e8;
        /// ∫₋₁² dx/((x² − 1)(x² − 4)) at 2.2 ± 1.5), while an integral that is 0 stops at round-off
        /// (∫₋₁¹ x dx = 0 ± 1.1e-14) and keeps its value, and so does a slow one that is known to a few digits
        /// (∫₀^½ dx/(x·ln²x) = 1.44182 ± 2.5e-3).
        /// </summary>
        internal double Answer(out double errorEstimate)
        {
            if (Status == QuadratureStatus.MayDiverge
                || (Status == QuadratureStatus.RoundoffLimited && ErrorEstimate > 0.1 * System.Math.Abs(Value) && ErrorEstimate > NoiseFloor))
            {
                errorEstimate = double.NaN;
                return double.NaN;
            }

            errorEstimate = ErrorEstimate;
            return Value;
        }

        internal static QuadratureResult NotANumber(int subintervals, int evaluations) =>
            new QuadratureResult(double.NaN, double.NaN, QuadratureStatus.NotANumber, subintervals, evaluations);

        /// <summary>
        /// The integral over two adjoining ranges (the halves of the whole line): the sum, with the estimates and the work
        /// added, and the worse status (a half that may diverge makes the whole one that may: its estimate +∞).
        /// </summary>
        internal QuadratureResult Plus(in QuadratureResult other)
        {
            QuadratureStatus status = (QuadratureStatus)System.Math.Max((int)Status, (int)other.Status);
            if (status == QuadratureStatus.NotANumber)
            {
                return NotANumber(Subintervals + other.Subintervals, Evaluations + other.Evaluations);
            }

            double error = status == QuadratureStatus.MayDiverge ? double.PositiveInfinity : ErrorEstimate + other.ErrorEstimate;
            return new QuadratureResult(Value + other.Value, error, status, Subintervals + other.Subintervals, Evaluations + other.Evaluations, NoiseFloor + other.NoiseFloor);
        }

        internal QuadratureResult Negated() => new QuadratureResult(-Value, ErrorEstimate, Status, Subintervals, Evaluations, NoiseFloor);
    }
}
