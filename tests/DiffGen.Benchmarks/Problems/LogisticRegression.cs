using System;
using DiffGen;

namespace DiffGen.Benchmarks.Problems;

/// <summary>
/// Problem 3: logistic regression, the mean cross-entropy of σ(w·xᵢ + b) against 0/1 labels, over
/// samples stored row-major in one flat array (sample i's features are x[i·d .. i·d + d − 1]).
/// </summary>
public static partial class LogisticRegression
{
    /// <summary>
    /// Cost = −(1/n)·Σ [yᵢ·ln pᵢ + (1 − yᵢ)·ln(1 − pᵢ)] with pᵢ = σ(zᵢ), zᵢ = w·xᵢ + b. The sigmoid is
    /// written out, not called: DiffGen generates
    /// <c>CostGradient(w, b, x, y, Span&lt;double&gt; dW, out double dB)</c>.
    /// </summary>
    [Differentiable("w", "b")]
    public static double Cost(double[] w, double b, double[] x, double[] y)
    {
        int d = w.Length;
        double sum = 0;
        for (int i = 0; i < y.Length; i++)
        {
            double z = b;
            for (int j = 0; j < d; j++)
            {
                z += w[j] * x[i * d + j];
            }

            double p = 1 / (1 + Math.Exp(-z));
            sum += y[i] * Math.Log(p) + (1 - y[i]) * Math.Log(1 - p);
        }

        return -sum / y.Length;
    }

    /// <summary>
    /// Hand-written, fused in one pass over the samples. The derivative of the cross-entropy of a
    /// sigmoid simplifies to ∂costᵢ/∂zᵢ = pᵢ − yᵢ (the 1/p and 1/(1 − p) of the logarithms cancel
    /// σ′ = p·(1 − p)), which is what a careful human writes; then ∂/∂wⱼ = (1/n)·Σ (pᵢ − yᵢ)·xᵢⱼ and
    /// ∂/∂b = (1/n)·Σ (pᵢ − yᵢ).
    /// </summary>
    public static double HandGradient(double[] w, double b, double[] x, double[] y, Span<double> dW, out double dB)
    {
        int d = w.Length;
        if (dW.Length != d)
        {
            throw new ArgumentException("dW must have w's length.", nameof(dW));
        }

        // Zeroed by a plain loop, not dW.Clear(): Span.Clear() uses AVX registers, and the Math.Exp and
        // Math.Log calls after it in the same method then run many times slower (see
        // docs/benchmarks.md, "Span.Clear and Math.Exp").
        for (int j = 0; j < d; j++)
        {
            dW[j] = 0;
        }

        double sum = 0, sumDz = 0;
        for (int i = 0; i < y.Length; i++)
        {
            int row = i * d;
            double z = b;
            for (int j = 0; j < d; j++)
            {
                z += w[j] * x[row + j];
            }

            double p = 1 / (1 + Math.Exp(-z));
            sum += y[i] * Math.Log(p) + (1 - y[i]) * Math.Log(1 - p);

            double dz = p - y[i];
            sumDz += dz;
            for (int j = 0; j < d; j++)
            {
                dW[j] += dz * x[row + j];
            }
        }

        double scale = 1.0 / y.Length;
        for (int j = 0; j < d; j++)
        {
            dW[j] *= scale;
        }

        dB = sumDz * scale;
        return -sum / y.Length;
    }

    /// <summary>
    /// Central differences: 2 evaluations per parameter (22 for 10 weights and the bias). The
    /// weights are perturbed in place and restored, so nothing is allocated.
    /// </summary>
    public static void FiniteDifferenceGradient(double[] w, double b, double[] x, double[] y, Span<double> dW, out double dB)
    {
        for (int j = 0; j < w.Length; j++)
        {
            double wj = w[j];
            double h = FiniteDifferences.Step(wj);
            w[j] = wj + h;
            double plus = Cost(w, b, x, y);
            w[j] = wj - h;
            double minus = Cost(w, b, x, y);
            w[j] = wj;
            dW[j] = (plus - minus) / (2 * h);
        }

        double hb = FiniteDifferences.Step(b);
        dB = (Cost(w, b + hb, x, y) - Cost(w, b - hb, x, y)) / (2 * hb);
    }

    /// <summary>
    /// Features uniform in [−1, 1]; labels drawn from a logistic model with other weights, so that the
    /// classes overlap and no pᵢ saturates at 0 or 1.
    /// </summary>
    public static (double[] X, double[] Y) Data(int samples, int features, Random random)
    {
        var trueWeights = new double[features];
        for (int j = 0; j < features; j++)
        {
            trueWeights[j] = -2 + 4 * random.NextDouble();
        }

        var x = new double[samples * features];
        var y = new double[samples];
        for (int i = 0; i < samples; i++)
        {
            double z = 0.5;
            for (int j = 0; j < features; j++)
            {
                x[i * features + j] = -1 + 2 * random.NextDouble();
                z += trueWeights[j] * x[i * features + j];
            }

            y[i] = random.NextDouble() < 1 / (1 + Math.Exp(-z)) ? 1 : 0;
        }

        return (x, y);
    }
}
