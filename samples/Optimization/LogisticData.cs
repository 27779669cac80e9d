using System;

namespace Optimization;

/// <summary>A synthetic classification problem with known weights.</summary>
public static class LogisticData
{
    /// <summary>
    /// <paramref name="samples"/> rows of <paramref name="features"/> standard-normal features (row-major,
    /// one flat array) and labels drawn with probability σ(w*·x + 0.5) for fixed weights w*.
    /// </summary>
    public static (double[] X, double[] Y) Make(int samples, int features, Random random)
    {
        var truth = new double[features];
        for (int j = 0; j < features; j++)
        {
            truth[j] = (j % 2 == 0 ? 1 : -1) * (0.2 + 1.5 * random.NextDouble());
        }

        var x = new double[samples * features];
        var y = new double[samples];
        for (int i = 0; i < samples; i++)
        {
            double z = 0.5;
            for (int j = 0; j < features; j++)
            {
                x[i * features + j] = Gaussian(random);
                z += truth[j] * x[i * features + j];
            }

            y[i] = random.NextDouble() < 1 / (1 + Math.Exp(-z)) ? 1 : 0;
        }

        return (x, y);
    }

    /// <summary>The fraction of samples on the right side of w·x + b = 0, for the vector (w, b).</summary>
    public static double Accuracy(double[] parameters, double[] x, double[] y)
    {
        int features = parameters.Length - 1, right = 0;
        for (int i = 0; i < y.Length; i++)
        {
            double z = parameters[features];
            for (int j = 0; j < features; j++)
            {
                z += parameters[j] * x[i * features + j];
            }

            right += (z >= 0) == (y[i] == 1) ? 1 : 0;
        }

        return (double)right / y.Length;
    }

    // Box–Muller.
    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
