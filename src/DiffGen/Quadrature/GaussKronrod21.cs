using System;

namespace DiffGen
{
    /// <summary>What one 21-point Gauss–Kronrod rule says about one interval.</summary>
    internal readonly struct RuleEstimate
    {
        public RuleEstimate(double value, double error, double absoluteIntegral, double spread, bool notFinite)
        {
            Value = value;
            Error = error;
            AbsoluteIntegral = absoluteIntegral;
            Spread = spread;
            NotFinite = notFinite;
        }

        /// <summary>The 21-point Kronrod approximation of ∫ f over the interval.</summary>
        public double Value { get; }

        /// <summary>The error estimate, from the difference between the Kronrod and the 10-point Gauss results.</summary>
        public double Error { get; }

        /// <summary>The same rule applied to |f|: the scale round-off is measured against.</summary>
        public double AbsoluteIntegral { get; }

        /// <summary>The rule applied to |f − mean of f|: how much f varies over the interval.</summary>
        public double Spread { get; }

        /// <summary>Whether f was NaN or infinite at one of the 21 points.</summary>
        public bool NotFinite { get; }
    }

    /// <summary>
    /// The 21-point Gauss–Kronrod rule on one interval: 10 Gauss points, exact for polynomials of
    /// degree 19, plus 11 Kronrod points placed between them; all 21 together are exact to degree
    /// 31. Both results come from the same evaluations, and their difference estimates the error.
    /// No point is an end point, so integrable singularities at the ends are never evaluated.
    /// </summary>
    /// <remarks>
    /// Nodes and weights on [−1, 1] are the published values (Piessens, de Doncker et al.,
    /// QUADPACK, 1983; computed by L. W. Fullerton to 80 digits), rounded to <see cref="double"/>.
    /// The error estimate is QUADPACK's: |K − G| scaled as spread · min(1, (200 |K − G| / spread)^1.5),
    /// which is pessimistic while the rule is not yet accurate and sharp once it is, and never below
    /// the round-off of the sum.
    /// </remarks>
    internal static class GaussKronrod21
    {
        public const int Points = 21;

        /// <summary>The smallest positive normal <see cref="double"/>, 2⁻¹⁰²².</summary>
        public const double SmallestNormal = 2.2250738585072014e-308;

        /// <summary>How long the scratch array given to <see cref="Apply"/> must be.</summary>
        public const int ScratchLength = 20;

        /// <summary>The positive nodes, largest first; odd indices (1, 3, …, 9) are the Gauss nodes, index 10 is the centre.</summary>
        private static readonly double[] Nodes =
        {
            0.995657163025808080735527280689003,
            0.973906528517171720077964012084452,
            0.930157491355708226001207180059508,
            0.865063366688984510732096688423493,
            0.780817726586416897063717578345042,
            0.679409568299024406234327365114874,
            0.562757134668604683339000099272694,
            0.433395394129247190799265943165784,
            0.294392862701460198131126603103866,
            0.148874338981631210884826001129720,
            0.0,
        };

        /// <summary>The Kronrod weight of each node in <see cref="Nodes"/>.</summary>
        private static readonly double[] KronrodWeights =
        {
            0.011694638867371874278064396062192,
            0.032558162307964727478818972459390,
            0.054755896574351996031381300244580,
            0.075039674810919952767043140916190,
            0.093125454583697605535065465083366,
            0.109387158802297641899210590325805,
            0.123491976262065851077958109831074,
            0.134709217311473325928054001771707,
            0.142775938577060080797094273138717,
            0.147739104901338491374841515972068,
            0.149445554002916905664936468389821,
        };

        /// <summary>The Gauss weights of the Gauss nodes <see cref="Nodes"/>[1], [3], [5], [7], [9].</summary>
        private static readonly double[] GaussWeights =
        {
            0.066671344308688137593568809893332,
            0.149451349150580593145776339657697,
            0.219086362515982043995534934228163,
            0.269266719309996355091226921569469,
            0.295524224714752870173892994651338,
        };

        /// <summary>Applies the rule to f on [<paramref name="start"/>, <paramref name="end"/>].</summary>
        /// <param name="integrand">f; passed by reference so that a struct is neither copied nor, if it records something, forgotten.</param>
        /// <param name="start">The interval's start.</param>
        /// <param name="end">The interval's end (greater than the start).</param>
        /// <param name="roundoff">The floor of the error estimate, relative to ∫|f|.</param>
        /// <param name="scratch">At least 20 elements, where the off-centre values wait for the second pass (the spread needs the mean first).</param>
        public static RuleEstimate Apply<TIntegrand>(ref TIntegrand integrand, double start, double end, double roundoff, double[] scratch)
            where TIntegrand : IIntegrand
        {
            // Halves taken before subtracting, so that a huge interval does not overflow.
            double centre = 0.5 * start + 0.5 * end;
            double halfLength = 0.5 * end - 0.5 * start;

            double centreValue = integrand.Evaluate(centre);
            double kronrod = KronrodWeights[10] * centreValue;
            double gauss = 0;
            double absolute = Math.Abs(kronrod);

            for (int k = 0; k < 10; k++)
            {
                double offset = halfLength * Nodes[k];
                double left = integrand.Evaluate(centre - offset);
                double right = integrand.Evaluate(centre + offset);
                scratch[2 * k] = left;
                scratch[2 * k + 1] = right;
                double pairSum = left + right;
                kronrod += KronrodWeights[k] * pairSum;
                absolute += KronrodWeights[k] * (Math.Abs(left) + Math.Abs(right));
                if (k % 2 == 1)
                {
                    gauss += GaussWeights[k / 2] * pairSum;
                }
            }

            double mean = 0.5 * kronrod;
            double spread = KronrodWeights[10] * Math.Abs(centreValue - mean);
            for (int k = 0; k < 10; k++)
            {
                spread += KronrodWeights[k] * (Math.Abs(scratch[2 * k] - mean) + Math.Abs(scratch[2 * k + 1] - mean));
            }

            // A NaN anywhere makes the sum of |f| NaN, an infinity makes it infinite.
            bool notFinite = double.IsNaN(absolute) || double.IsInfinity(absolute);

            double value = kronrod * halfLength;
            absolute *= halfLength;
            spread *= halfLength;
            double error = Math.Abs((kronrod - gauss) * halfLength);
            if (spread != 0 && error != 0)
            {
                error = spread * Math.Min(1, Math.Pow(200 * error / spread, 1.5));
            }

            if (absolute > SmallestNormal / roundoff)
            {
                error = Math.Max(roundoff * absolute, error);
            }

            return new RuleEstimate(value, error, absolute, spread, notFinite);
        }
    }
}
