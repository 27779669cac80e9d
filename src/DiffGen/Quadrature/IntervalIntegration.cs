namespace DiffGen
{
    /// <summary>
    /// ∫ f from <c>from</c> to <c>to</c> for any bounds: NaN bounds give NaN, equal bounds 0, swapped
    /// bounds the negated integral, infinite bounds a change of variable (<see cref="IntervalMap"/>; the
    /// whole line as its two halves, each of which must converge), and then <see cref="AdaptiveGaussKronrod"/>
    /// on a finite interval.
    /// </summary>
    internal static class IntervalIntegration
    {
        public static QuadratureResult Integrate<TIntegrand>(ref TIntegrand integrand, double from, double to, in QuadratureSettings settings)
            where TIntegrand : IIntegrand
        {
            if (double.IsNaN(from) || double.IsNaN(to))
            {
                return QuadratureResult.NotANumber(0, 0);
            }

            if (from == to)
            {
                return new QuadratureResult(0, 0, QuadratureStatus.Converged, 0, 0);
            }

            if (from > to)
            {
                return Integrate(ref integrand, to, from, settings).Negated();
            }

            if (double.IsNegativeInfinity(from) && double.IsPositiveInfinity(to))
            {
                // Each half on its own: folded into f(x) + f(−x), the halves of ∫ x dx (or of a Cauchy mean) cancel, and a
                // divergent integral would come out as its principal value with a tiny error estimate.
                QuadratureResult below = Integrate(ref integrand, from, 0, settings);
                return below.Status == QuadratureStatus.NotANumber ? below : below.Plus(Integrate(ref integrand, 0, to, settings));
            }

            IntervalMap map = IntervalMap.For(from, to);
            var mapped = new MappedIntegrand<TIntegrand>(integrand, map);
            QuadratureResult result = AdaptiveGaussKronrod.Integrate(ref mapped, map.Start, map.End, settings);
            integrand = mapped.Inner; // keeps what a struct integrand recorded while it was evaluated
            return result;
        }
    }
}
