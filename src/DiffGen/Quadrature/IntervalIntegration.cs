namespace DiffGen
{
    /// <summary>
    /// ∫ f from <c>from</c> to <c>to</c> for any bounds: NaN bounds give NaN, equal bounds 0, swapped
    /// bounds the negated integral, infinite bounds a change of variable (<see cref="IntervalMap"/>),
    /// and then <see cref="AdaptiveGaussKronrod"/> on a finite interval.
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

            IntervalMap map = IntervalMap.For(from, to);
            var mapped = new MappedIntegrand<TIntegrand>(integrand, map);
            QuadratureResult result = AdaptiveGaussKronrod.Integrate(ref mapped, map.Start, map.End, settings);
            integrand = mapped.Inner; // keeps what a struct integrand recorded while it was evaluated
            return result;
        }
    }
}
