namespace DiffGen
{
    /// <summary>
    /// A change of variable that turns an interval with an infinite end into (0, 1]:
    /// <list type="bullet">
    /// <item>[a, ∞): x = a + (1 − t)/t, so dx = dt/t² (t = 1 is x = a; t → 0 is x → ∞);</item>
    /// <item>(−∞, b]: x = b − (1 − t)/t.</item>
    /// </list>
    /// The whole line is integrated as its two halves (<see cref="IntervalIntegration"/>): folded into f(x) + f(−x), a
    /// divergent odd part would cancel.
    /// A finite interval is left as it is (x = t). This is QUADPACK's transformation (routine QAGI).
    /// The integrand in t has the factor 1/t², which is harmless when f decays faster than 1/x²
    /// and becomes an integrable singularity at t = 0 that extrapolation handles when f decays
    /// more slowly.
    /// </summary>
    internal readonly struct IntervalMap
    {
        private readonly Kind kind;
        private readonly double origin;

        private IntervalMap(Kind kind, double origin, double start, double end)
        {
            this.kind = kind;
            this.origin = origin;
            Start = start;
            End = end;
        }

        private enum Kind
        {
            Finite,
            UpToInfinity,
            DownToMinusInfinity,
        }

        /// <summary>Where t starts.</summary>
        public double Start { get; }

        /// <summary>Where t ends.</summary>
        public double End { get; }

        /// <summary>The map for [<paramref name="from"/>, <paramref name="to"/>], from &lt; to, neither NaN, not both infinite.</summary>
        public static IntervalMap For(double from, double to)
        {
            bool startsAtMinusInfinity = double.IsNegativeInfinity(from);
            bool endsAtInfinity = double.IsPositiveInfinity(to);
            if (startsAtMinusInfinity && endsAtInfinity)
            {
                throw new System.ArgumentException("The whole line is integrated as its two halves.", nameof(from));
            }

            if (endsAtInfinity)
            {
                return new IntervalMap(Kind.UpToInfinity, from, 0, 1);
            }

            if (startsAtMinusInfinity)
            {
                return new IntervalMap(Kind.DownToMinusInfinity, to, 0, 1);
            }

            return new IntervalMap(Kind.Finite, 0, from, to);
        }

        /// <summary>dx/dt at <paramref name="t"/>: 1 on a finite interval, 1/t² otherwise.</summary>
        public double Jacobian(double t) => kind == Kind.Finite ? 1 : 1 / (t * t);

        /// <summary>f(x(t)) · dx/dt.</summary>
        public double Evaluate<TIntegrand>(ref TIntegrand integrand, double t)
            where TIntegrand : IIntegrand
        {
            if (kind == Kind.Finite)
            {
                return integrand.Evaluate(t);
            }

            double distance = (1 - t) / t;
            double jacobian = Jacobian(t);
            return integrand.Evaluate(kind == Kind.UpToInfinity ? origin + distance : origin - distance) * jacobian;
        }
    }
}
