using System;

namespace TwoMoons;

/// <summary>
/// Labelled points in the plane: point i is (X1[i], X2[i]) with label Y[i], 0 or 1. The labels are
/// doubles because <see cref="Network.Loss"/> computes with them.
/// </summary>
public sealed record Dataset(double[] X1, double[] X2, double[] Y)
{
    /// <summary>The number of points.</summary>
    public int Count => X1.Length;

    /// <summary>
    /// Two interleaving half circles, the classic "two moons": class 0 on the upper arc
    /// (cos t, sin t), class 1 on the lower arc (1 − cos t, ½ − sin t), t from 0 to π, with
    /// Gaussian noise of standard deviation <paramref name="noise"/> added to both coordinates.
    /// No straight line separates them, so a single neuron cannot; a hidden layer can.
    /// </summary>
    public static Dataset Moons(int pointsPerMoon, double noise, Random random)
    {
        int n = 2 * pointsPerMoon;
        var x1 = new double[n];
        var x2 = new double[n];
        var y = new double[n];
        for (int i = 0; i < pointsPerMoon; i++)
        {
            double t = Math.PI * i / (pointsPerMoon - 1); // evenly spaced along each arc

            x1[i] = Math.Cos(t) + noise * random.NextGaussian();
            x2[i] = Math.Sin(t) + noise * random.NextGaussian();
            y[i] = 0;

            int k = pointsPerMoon + i;
            x1[k] = 1 - Math.Cos(t) + noise * random.NextGaussian();
            x2[k] = 0.5 - Math.Sin(t) + noise * random.NextGaussian();
            y[k] = 1;
        }

        return new Dataset(x1, x2, y);
    }
}
