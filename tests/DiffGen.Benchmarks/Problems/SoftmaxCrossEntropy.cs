using System;
using DiffGen;

namespace DiffGen.Benchmarks.Problems;

/// <summary>
/// Problem 5: the softmax cross-entropy of 1,000 logits against one label,
/// −ln softmax(z)ₗ = ln Σᵢ e^zᵢ − zₗ (log-sum-exp), computed stably by subtracting the largest logit.
/// </summary>
public static partial class SoftmaxCrossEntropy
{
    /// <summary>
    /// Cost = m + ln Σᵢ e^(zᵢ − m) − z_label with m = maxᵢ zᵢ (the running-max trick keeps every
    /// exponent ≤ 0). DiffGen generates <c>CostGradient(z, label, Span&lt;double&gt; dZ)</c>; the
    /// label is an int, data.
    /// </summary>
    [Differentiable("z")]
    public static double Cost(double[] z, int label)
    {
        double m = z[0];
        for (int i = 1; i < z.Length; i++)
        {
            m = Math.Max(m, z[i]);
        }

        double sum = 0;
        for (int i = 0; i < z.Length; i++)
        {
            sum += Math.Exp(z[i] - m);
        }

        return m + Math.Log(sum) - z[label];
    }

    /// <summary>
    /// Hand-written: ∂/∂zᵢ = softmax(z)ᵢ − [i = label] (m drops out: its two occurrences cancel).
    /// Three passes, the fewest this takes: the max, the exponentials (stored in dZ while summing),
    /// then the scaling by 1/Σ.
    /// </summary>
    public static double HandGradient(double[] z, int label, Span<double> dZ)
    {
        if (dZ.Length != z.Length)
        {
            throw new ArgumentException("dZ must have z's length.", nameof(dZ));
        }

        double m = z[0];
        for (int i = 1; i < z.Length; i++)
        {
            m = Math.Max(m, z[i]);
        }

        double sum = 0;
        for (int i = 0; i < z.Length; i++)
        {
            double e = Math.Exp(z[i] - m);
            dZ[i] = e;
            sum += e;
        }

        double inverse = 1 / sum;
        for (int i = 0; i < z.Length; i++)
        {
            dZ[i] *= inverse;
        }

        dZ[label] -= 1;
        return m + Math.Log(sum) - z[label];
    }

    /// <summary>Central differences: 2 evaluations per logit, 2,000 in all; z is perturbed in place and restored.</summary>
    public static void FiniteDifferenceGradient(double[] z, int label, Span<double> dZ)
    {
        for (int i = 0; i < z.Length; i++)
        {
            double zi = z[i];
            double h = FiniteDifferences.Step(zi);
            z[i] = zi + h;
            double plus = Cost(z, label);
            z[i] = zi - h;
            double minus = Cost(z, label);
            z[i] = zi;
            dZ[i] = (plus - minus) / (2 * h);
        }
    }

    /// <summary>Logits uniform in [−5, 5]: a spread wide enough that the max trick matters to e^z.</summary>
    public static double[] Logits(int classes, Random random)
    {
        var z = new double[classes];
        for (int i = 0; i < classes; i++)
        {
            z[i] = -5 + 10 * random.NextDouble();
        }

        return z;
    }
}
