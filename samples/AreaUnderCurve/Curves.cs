using System;
using DiffGen;

namespace AreaUnderCurve
{
    /// <summary>The functions whose areas the sample computes; DiffGen adds an <c>MIntegral</c> for each.</summary>
    public static partial class Curves
    {
        /// <summary>f(x) = x/2. ∫₁² x/2 dx = [x²/4]₁² = 1 − 1/4 = 0.75.</summary>
        [Integrable]
        public static double Half(double x) => x / 2;

        /// <summary>f(x) = 2x. ∫₃⁴ 2x dx = [x²]₃⁴ = 16 − 9 = 7.</summary>
        [Integrable]
        public static double Twice(double x) => 2 * x;

        /// <summary>
        /// A vehicle's speed in m/s at time t (s): it starts at <paramref name="cruise"/> m/s, brakes
        /// to a stop at <paramref name="braking"/> m/s² after <paramref name="brakeAt"/> seconds, and stays
        /// stopped. The distance it travels is the area under this curve.
        /// </summary>
        [Integrable("t")]
        public static double Speed(double t, double cruise, double brakeAt, double braking)
        {
            if (t < brakeAt)
            {
                return cruise;
            }

            return Math.Max(0, cruise - braking * (t - brakeAt));
        }

        /// <summary>The normal density with mean μ and standard deviation σ.</summary>
        [Integrable("x")]
        public static double Normal(double x, double mean, double deviation)
        {
            double z = (x - mean) / deviation;
            return Math.Exp(-z * z / 2) / (deviation * Math.Sqrt(2 * Math.PI));
        }
    }
}
