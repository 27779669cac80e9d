using System;

namespace DiffGen
{
    /// <summary>
    /// Global adaptive Gauss–Kronrod integration over a finite interval with extrapolation, the
    /// method of QUADPACK's QAGS: apply the 21-point rule to the whole interval; while the sum of the
    /// pieces' error estimates exceeds the tolerance, halve the piece with the largest error. When the
    /// pieces with the largest errors are the smallest ones (the integrand is singular at a point),
    /// the sums after each round of halving there form a sequence that Wynn's ε-algorithm
    /// extrapolates to its limit.
    /// </summary>
    /// <remarks>
    /// Written after the published description of QAGS (Piessens, de Doncker-Kapenga, Überhuber and
    /// Kahaner, <i>QUADPACK</i>, Springer 1983, §2.2 and routine QAGSE), with its tests for
    /// round-off and divergence. Nothing is allocated: the pieces live in arrays rented from the
    /// shared pool, returned before this method returns.
    /// </remarks>
    internal static class AdaptiveGaussKronrod
    {
        /// <summary>∫ f from <paramref name="start"/> to <paramref name="end"/>, finite, start &lt; end.</summary>
        public static QuadratureResult Integrate<TIntegrand>(ref TIntegrand integrand, double start, double end, in QuadratureSettings settings)
            where TIntegrand : IIntegrand
        {
            var pieces = SubintervalList.Rent(settings.MaximumSubintervals);
            var table = EpsilonTable.Rent();
            try
            {
                return Run(ref integrand, start, end, settings, ref pieces, ref table);
            }
            finally
            {
                table.Return();
                pieces.Return();
            }
        }

        private static QuadratureResult Run<TIntegrand>(
            ref TIntegrand integrand, double start, double end, in QuadratureSettings settings, ref SubintervalList pieces, ref EpsilonTable table)
            where TIntegrand : IIntegrand
        {
            double roundoff = settings.Roundoff;
            RuleEstimate whole = GaussKronrod21.Apply(ref integrand, start, end, roundoff, pieces.Scratch);
            int evaluations = GaussKronrod21.Points;
            if (whole.NotFinite)
            {
                return QuadratureResult.NotANumber(1, evaluations);
            }

            // One rule may be enough; or its error may already be at round-off level, so that halving cannot help.
            double tolerance = settings.Tolerance(whole.Value);
            QuadratureStatus status = QuadratureStatus.Converged;
            if (whole.Error <= 2 * roundoff * whole.AbsoluteIntegral && whole.Error > tolerance)
            {
                status = QuadratureStatus.RoundoffLimited;
            }
            else if (settings.MaximumSubintervals == 1 && whole.Error > tolerance)
            {
                status = QuadratureStatus.SubintervalLimitReached;
            }

            // (An error equal to the spread means the estimate was capped: the rule has not resolved f yet.)
            // What round-off in f's values can do to the value, well above it: a result stopped by round-off with an estimate
            // above its value and this floor has no correct digit (Answer).
            double noiseFloor = 1000 * roundoff * whole.AbsoluteIntegral;
            if (status != QuadratureStatus.Converged || (whole.Error <= tolerance && whole.Error != whole.Spread) || whole.Error == 0)
            {
                return new QuadratureResult(whole.Value, whole.Error, status, 1, evaluations).WithNoiseFloor(noiseFloor);
            }

            pieces.AddWhole(start, end, whole.Value, whole.Error);
            table.Add(whole.Value);
            double sum = whole.Value;                   // the sum of the pieces' values
            double errorSum = whole.Error;              // the sum of their error estimates
            double extrapolated = whole.Value;          // the best extrapolated limit so far
            double extrapolatedError = double.MaxValue; // its error (MaxValue: none yet)
            double extrapolationTolerance = tolerance;
            double correction = 0;

            // Pieces no wider than `small` count as "small": those next to a singularity.
            double small = 0;
            double errorOfLargePieces = 0;
            bool extrapolating = false;                 // halving the large pieces before the next extrapolation
            bool extrapolationDisabled = false;
            int extrapolationsWithoutProgress = 0;

            // Round-off symptoms: halving that changes nothing, or errors that grow.
            int stalledHalvings = 0;
            int stalledHalvingsWhileExtrapolating = 0;
            int growingErrors = 0;
            bool roundoffSpoilsExtrapolation = false;

            // f has the same sign over most of the interval (used by the divergence test).
            bool sameSign = Math.Abs(whole.Value) >= (1 - roundoff) * whole.AbsoluteIntegral;

            // The sum when half the allowed pieces existed: how far it moved since bounds the error if the cap is hit.
            double sumAtHalfTheCap = double.NaN;

            int next = pieces.ByError(0);
            double nextError = whole.Error;
            while (true)
            {
                double a = pieces.Start(next);
                double b = pieces.End(next);
                double middle = 0.5 * a + 0.5 * b;
                double replacedValue = pieces.Value(next);
                double replacedError = nextError;
                RuleEstimate left = GaussKronrod21.Apply(ref integrand, a, middle, roundoff, pieces.Scratch);
                RuleEstimate right = GaussKronrod21.Apply(ref integrand, middle, b, roundoff, pieces.Scratch);
                evaluations += 2 * GaussKronrod21.Points;
                if (left.NotFinite || right.NotFinite)
                {
                    return QuadratureResult.NotANumber(pieces.Count + 1, evaluations);
                }

                double bothValues = left.Value + right.Value;
                double bothErrors = left.Error + right.Error;
                errorSum += bothErrors - replacedError;
                sum += bothValues - replacedValue;

                if (left.Spread != left.Error && right.Spread != right.Error)
                {
                    if (Math.Abs(replacedValue - bothValues) <= 1e-5 * Math.Abs(bothValues) && bothErrors >= 0.99 * replacedError)
                    {
                        if (extrapolating)
                        {
                            stalledHalvingsWhileExtrapolating++;
                        }
                        else
                        {
                            stalledHalvings++;
                        }
                    }

                    if (pieces.Count >= 10 && bothErrors > replacedError)
                    {
                        growingErrors++;
                    }
                }

                pieces.Halve(next, middle, left.Value, left.Error, right.Value, right.Error);
                tolerance = settings.Tolerance(sum);
                if (pieces.Count == settings.MaximumSubintervals / 2)
                {
                    sumAtHalfTheCap = sum;
                }

                if (stalledHalvings + stalledHalvingsWhileExtrapolating >= 10 || growingErrors >= 20)
                {
                    status = QuadratureStatus.RoundoffLimited;
                }

                if (stalledHalvingsWhileExtrapolating >= 5)
                {
                    roundoffSpoilsExtrapolation = true;
                }

                if (pieces.Count == settings.MaximumSubintervals)
                {
                    status = QuadratureStatus.SubintervalLimitReached;
                }

                // The piece is so small that its middle is barely distinguishable from its ends.
                if (Math.Max(Math.Abs(a), Math.Abs(b)) <= (1 + 100 * 2.220446049250313e-16) * (Math.Abs(middle) + 1000 * GaussKronrod21.SmallestNormal))
                {
                    status = QuadratureStatus.RoundoffLimited;
                }

                if (errorSum <= tolerance)
                {
                    return SumOfPieces(ref pieces, errorSum, status, evaluations);
                }

                if (status != QuadratureStatus.Converged)
                {
                    break;
                }

                next = pieces.ByError(0);
                nextError = pieces.Error(next);

                if (pieces.Count == 2)
                {
                    small = Math.Abs(end - start) * 0.375;
                    errorOfLargePieces = errorSum;
                    extrapolationTolerance = tolerance;
                    table.Add(sum);
                    continue;
                }

                if (extrapolationDisabled)
                {
                    continue;
                }

                errorOfLargePieces -= replacedError;
                if (Math.Abs(middle - a) > small)
                {
                    errorOfLargePieces += bothErrors;
                }

                if (!extrapolating)
                {
                    if (pieces.Width(next) > small)
                    {
                        continue;
                    }

                    // The piece with the largest error is a small one: halve the large ones first, then extrapolate.
                    extrapolating = true;
                }

                if (!roundoffSpoilsExtrapolation && errorOfLargePieces > extrapolationTolerance)
                {
                    int large = LargestErrorWiderThan(ref pieces, small);
                    if (large >= 0)
                    {
                        next = large;
                        nextError = pieces.Error(next);
                        continue;
                    }
                }

                // Extrapolate the sums after each round of halving.
                table.Add(sum);
                double limit = table.Extrapolate(out double limitError, 0.1 * roundoff);
                extrapolationsWithoutProgress++;
                if (extrapolationsWithoutProgress > 5 && extrapolatedError < 1e-3 * errorSum)
                {
                    status = QuadratureStatus.RoundoffLimited;
                }

                if (limitError < extrapolatedError)
                {
                    extrapolationsWithoutProgress = 0;
                    extrapolatedError = limitError;
                    extrapolated = limit;
                    correction = errorOfLargePieces;
                    extrapolationTolerance = settings.Tolerance(limit);
                    if (extrapolatedError <= extrapolationTolerance)
                    {
                        break;
                    }
                }

                if (table.Count == 1)
                {
                    extrapolationDisabled = true;
                }

                if (status != QuadratureStatus.Converged)
                {
                    break;
                }

                // Start again from the piece with the largest error, with a smaller idea of "small".
                next = pieces.ByError(0);
                nextError = pieces.Error(next);
                extrapolating = false;
                small *= 0.5;
                errorOfLargePieces = errorSum;
            }

            QuadratureResult chosen = Choose(
                ref pieces, sum, errorSum, extrapolated, extrapolatedError, correction, status, roundoffSpoilsExtrapolation, sameSign, whole.AbsoluteIntegral, evaluations);
            return (chosen.Status == QuadratureStatus.SubintervalLimitReached ? StillMoving(chosen, sumAtHalfTheCap) : chosen).WithNoiseFloor(noiseFloor);
        }

        /// <summary>
        /// At the cap, the pieces' error estimates may all be small while the sum is still drifting
        /// (∫₀¹ dx/x grows by ln 2 with each halving at 0, and each piece's estimate stays modest):
        /// the error estimate is raised to at least how far the value moved over the second half of
        /// the subdivisions, so that a divergent integral never comes back with a small estimate. Where
        /// it moved by more than 1% of the value over at least 50 halvings, the integral is taken to
        /// diverge (∫₀¹ dx/x moves by half its value, ∫₋₁² dx/|x| too; ∫₀¹ sin(1/x) dx, which converges
        /// but needs more pieces than the cap, by 1e-4 of it).
        /// </summary>
        private static QuadratureResult StillMoving(QuadratureResult result, double sumAtHalfTheCap)
        {
            if (double.IsNaN(sumAtHalfTheCap))
            {
                return result;
            }

            double moved = Math.Abs(result.Value - sumAtHalfTheCap);
            if (result.Subintervals >= 100 && moved > 0.01 * Math.Abs(result.Value))
            {
                return new QuadratureResult(result.Value, double.PositiveInfinity, QuadratureStatus.MayDiverge, result.Subintervals, result.Evaluations);
            }

            return moved <= result.ErrorEstimate
                ? result
                : new QuadratureResult(result.Value, moved, result.Status, result.Subintervals, result.Evaluations);
        }

        /// <summary>The piece with the largest error among those wider than <paramref name="small"/>, or −1.</summary>
        private static int LargestErrorWiderThan(ref SubintervalList pieces, double small)
        {
            for (int rank = 0; rank < pieces.Count; rank++)
            {
                int piece = pieces.ByError(rank);
                if (pieces.Width(piece) > small)
                {
                    return piece;
                }
            }

            return -1;
        }

        private static QuadratureResult SumOfPieces(ref SubintervalList pieces, double errorSum, QuadratureStatus status, int evaluations) =>
            new QuadratureResult(pieces.SumOfValues(), errorSum, status, pieces.Count, evaluations);

        /// <summary>
        /// After the loop: the extrapolated limit or the plain sum of the pieces, whichever has the
        /// smaller relative error, and the test for divergence.
        /// </summary>
        private static QuadratureResult Choose(
            ref SubintervalList pieces,
            double sum,
            double errorSum,
            double extrapolated,
            double extrapolatedError,
            double correction,
            QuadratureStatus status,
            bool roundoffSpoilsExtrapolation,
            bool sameSign,
            double absoluteIntegralOfWhole,
            int evaluations)
        {
            if (extrapolatedError == double.MaxValue)
            {
                return SumOfPieces(ref pieces, errorSum, status, evaluations);
            }

            if (status != QuadratureStatus.Converged || roundoffSpoilsExtrapolation)
            {
                if (roundoffSpoilsExtrapolation)
                {
                    extrapolatedError += correction;
                    if (status == QuadratureStatus.Converged)
                    {
                        status = QuadratureStatus.RoundoffLimited;
                    }
                }

                if (extrapolated != 0 && sum != 0)
                {
                    if (extrapolatedError / Math.Abs(extrapolated) > errorSum / Math.Abs(sum))
                    {
                        return SumOfPieces(ref pieces, errorSum, status, evaluations);
                    }
                }
                else if (extrapolatedError > errorSum)
                {
                    return SumOfPieces(ref pieces, errorSum, status, evaluations);
                }
                else if (sum == 0)
                {
                    return new QuadratureResult(extrapolated, extrapolatedError, status, pieces.Count, evaluations);
                }
            }

            // Divergence: the limit and the sum disagree by orders of magnitude, or the errors exceed the sum.
            bool tiny = !sameSign && Math.Max(Math.Abs(extrapolated), Math.Abs(sum)) <= absoluteIntegralOfWhole * 0.01;
            if (!tiny && (extrapolated / sum < 0.01 || extrapolated / sum > 100 || errorSum > Math.Abs(sum)))
            {
                return new QuadratureResult(extrapolated, double.PositiveInfinity, QuadratureStatus.MayDiverge, pieces.Count, evaluations);
            }

            // Stopped short of the tolerance: the limit is no closer than the distance the ε-algorithm carried it beyond
            // the pieces' own sum. A logarithmic singularity (∫₀^½ dx/(x·ln²x), whose pieces below 1e-308 still hold
            // 1e-3 of it) converges too slowly for the algorithm to see, and its own estimate came out 10⁴ too small.
            if (status != QuadratureStatus.Converged)
            {
                extrapolatedError = Math.Max(extrapolatedError, Math.Abs(extrapolated - sum));
            }

            return new QuadratureResult(extrapolated, extrapolatedError, status, pieces.Count, evaluations);
        }
    }
}
