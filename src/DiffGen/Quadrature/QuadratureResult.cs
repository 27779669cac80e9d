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
        {
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
        /// What the overloads that return a bare value give: <see cref="Value"/>, except NaN (value and
        /// estimate) where the integral may diverge. A divergent integral has no value, and the last
        /// extrapolation of a divergent one is a plausible wrong number (∫₋₁² dx/x² extrapolates to
        /// −1.5, the difference of −1/x across its pole).
        /// </summary>
        internal double Answer(out double errorEstimate)
        {
            if (Status == QuadratureStatus.MayDiverge)
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
            return new QuadratureResult(Value + other.Value, error, status, Subintervals + other.Subintervals, Evaluations + other.Evaluations);
        }

        internal QuadratureResult Negated() => new QuadratureResult(-Value, ErrorEstimate, Status, Subintervals, Evaluations);
    }
}
