using System;
using DiffGen;

namespace DiffGen.Benchmarks.Problems;

/// <summary>
/// Problem 7: least squares with one weight per element, Σᵢ (wᵢ·xᵢ − yᵢ)², differentiated with
/// respect to the 1,000 weights. Each weight appears in one term only, so each entry of the
/// gradient is one expression, 2·(wᵢ·xᵢ − yᵢ)·xᵢ: a good gradient writes each entry once, in the
/// same pass that sums the cost, rather than zeroing the output first and adding to it.
/// </summary>
public static partial class WeightedLeastSquares
{
    /// <summary>
    /// Cost = Σᵢ (wᵢ·xᵢ − yᵢ)². DiffGen generates <c>CostGradient(w, x, y, Span&lt;double&gt; dW)</c>;
    /// x and y are data.
    /// </summary>
    [Differentiable("w")]
    public static double Cost(double[] w, double[] x, double[] y)
    {
        double sum = 0;
        for (int i = 0; i < w.Length; i++)
        {
            double r = w[i] * x[i] - y[i];
            sum += r * r;
        }

        return sum;
    }

    /// <summary>Hand-written, one pass: each ∂/∂wᵢ = 2·rᵢ·xᵢ is written once, beside the cost's sum.</summary>
    public static double HandGradient(double[] w, double[] x, double[] y, Span<double> dW)
    {
        if (dW.Length != w.Length)
        {
            throw new ArgumentException("dW must have w's length.", nameof(dW));
        }

        double sum = 0;
        for (int i = 0; i < w.Length; i++)
        {
            double r = w[i] * x[i] - y[i];
            sum += r * r;
            dW[i] = 2 * r * x[i];
        }

        return sum;
    }

    /// <summary>Central differences: 2 evaluations per weight, 2,000 in all; w is perturbed in place and restored.</summary>
    public static void FiniteDifferenceGradient(double[] w, double[] x, double[] y, Span<double> dW)
    {
        for (int i = 0; i < w.Length; i++)
        {
            double wi = w[i];
            double h = FiniteDifferences.Step(wi);
            w[i] = wi + h;
            double plus = Cost(w, x, y);
            w[i] = wi - h;
            double minus = Cost(w, x, y);
            w[i] = wi;
            dW[i] = (plus - minus) / (2 * h);
        }
    }

    /// <summary>x uniform in [−2, 2], y = 1.5·x plus noise; the weights uniform in [0, 3], away from the fit.</summary>
    public static (double[] W, double[] X, double[] Y) Data(int elements, Random random)
    {
        var w = new double[elements];
        var x = new double[elements];
        var y = new double[elements];
        for (int i = 0; i < elements; i++)
        {
            x[i] = -2 + 4 * random.NextDouble();
            y[i] = 1.5 * x[i] + (random.NextDouble() - 0.5);
            w[i] = 3 * random.NextDouble();
        }

        return (w, x, y);
    }
}
