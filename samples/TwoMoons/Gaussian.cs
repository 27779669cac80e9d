using System;

namespace TwoMoons;

/// <summary>Normally distributed random numbers, which <see cref="Random"/> does not provide.</summary>
internal static class Gaussian
{
    /// <summary>
    /// A sample of the standard normal distribution (mean 0, standard deviation 1) by the
    /// Box–Muller transform of two uniform samples.
    /// </summary>
    public static double NextGaussian(this Random random)
    {
        double u1 = 1 - random.NextDouble(); // in (0, 1], so the logarithm is finite
        double u2 = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
