namespace DiffGen
{
    /// <summary>How an adaptive integration ended: whether <see cref="QuadratureResult.Value"/> met the tolerance, and if not, why.</summary>
    /// <example><code>if (result.Status != QuadratureStatus.Converged) Console.WriteLine(result);   // value, error estimate and the reason</code></example>
    public enum QuadratureStatus
    {
        /// <summary>The error estimate is within the tolerance.</summary>
        Converged,

        /// <summary>
        /// The interval was cut into the largest number of pieces allowed and the estimate is still
        /// above the tolerance; the value is the best reached and the estimate says how far off it may be.
        /// </summary>
        SubintervalLimitReached,

        /// <summary>
        /// Round-off stops further progress: halving intervals no longer lowers the error, an
        /// interval became too small to halve in floating point (the integrand misbehaves at a point),
        /// or the extrapolation stopped improving. The value is the best reachable; the estimate
        /// exceeds the tolerance. An integral that is 0 with a relative tolerance only ends here too.
        /// </summary>
        RoundoffLimited,

        /// <summary>
        /// The integral probably diverges (or converges too slowly to tell, such as a conditionally
        /// convergent integral over an infinite interval). The error estimate is infinite; the overloads
        /// of <see cref="Quadrature"/> that return a bare value give NaN.
        /// </summary>
        MayDiverge,

        /// <summary>The integrand was NaN or infinite at a point where it was evaluated: the value and the estimate are NaN.</summary>
        NotANumber,
    }
}
