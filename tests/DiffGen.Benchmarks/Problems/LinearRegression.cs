using System;
using DiffGen;

namespace DiffGen.Benchmarks.Problems;

/// <summary>
/// Problem 2: the mean squared error of a line y ≈ w·x + b over a data set, written as a loop.
/// Two scalar parameters, 1,000 points: the gradient is a reduction, like the function.
/// </summary>
public static partial class LinearRegression
{
    /// <summary>
    /// MSE = (1/n)·Σ (w·xᵢ + b − yᵢ)². DiffGen generates
    /// <c>CostGradient(w, b, x, y, out dW, out dB)</c>; x and y are data.
    /// </summary>
    [Differentiable("w", "b")]
    public static double Cost(double w, double b, double[] x, double[] y)
    {
        double sum = 0;
        for (int i = 0; i < x.Length; i++)
        {
            double error = w * x[i] + b - y[i];
            sum += error * error;
        }

        return sum / x.Length;
    }

    /// <summary>
    /// Hand-written, fused in one pass: ∂/∂w = (2/n)·Σ eᵢ·xᵢ and ∂/∂b = (2/n)·Σ eᵢ, accumulated
    /// beside the cost itself.
    /// </summary>
    public static double HandGradient(double w, double b, double[] x, double[] y, out double dW, out double dB)
    {
        double sum = 0, sumError = 0, sumErrorX = 0;
        for (int i = 0; i < x.Length; i++)
        {
            double error = w * x[i] + b - y[i];
            sum += error * error;
            sumError += error;
            sumErrorX += error * x[i];
        }

        double scale = 2.0 / x.Length;
        dW = scale * sumErrorX;
        dB = scale * sumError;
        return sum / x.Length;
    }

    /// <summary>Central differences: 2 evaluations per parameter, 4 in all.</summary>
    public static void FiniteDifferenceGradient(double w, double b, double[] x, double[] y, out double dW, out double dB)
    {
        double hw = FiniteDifferences.Step(w);
        double hb = FiniteDifferences.Step(b);
        dW = (Cost(w + hw, b, x, y) - Cost(w - hw, b, x, y)) / (2 * hw);
        dB = (Cost(w, b + hb, x, y) - Cost(w, b - hb, x, y)) / (2 * hb);
    }

    /// <summary>1,000 points around the line y = 3x − 1 with noise; the line (w, b) is another.</summary>
    public static (double[] X, double[] Y) Data(int points, Random random)
    {
        var x = new double[points];
        var y = new double[points];
        for (int i = 0; i < points; i++)
        {
            x[i] = -5 + 10 * random.NextDouble();
            y[i] = 3 * x[i] - 1 + (random.NextDouble() - 0.5);
        }

        return (x, y);
    }
}
