using System;
using DiffGen;

namespace TwoMoons;

/// <summary>
/// A two-layer perceptron for points (x1, x2): H tanh hidden units, then one sigmoid output that
/// gives the probability that the point belongs to class 1. Its parameters are four flat arrays and
/// a number (see <see cref="Parameters"/>):
/// <list type="bullet">
/// <item><c>w1</c>, 2·H first-layer weights: hidden unit j sees x1 through w1[2j] and x2 through w1[2j + 1];</item>
/// <item><c>b1</c>, H first-layer biases;</item>
/// <item><c>w2</c>, H second-layer weights, one per hidden unit;</item>
/// <item><c>b2</c>, the output's bias.</item>
/// </list>
/// DiffGen reads <see cref="Loss"/> at compile time and adds <c>LossGradient</c> (the loss and its
/// gradient with respect to all four) and <c>LossPartialB2</c> to this partial class.
/// </summary>
public static partial class Network
{
    /// <summary>
    /// The mean binary cross-entropy of the network over the n points (x1[i], x2[i]) with labels
    /// y[i] ∈ {0, 1}. Only the parameters are differentiated; the data are constants. Its generated
    /// gradient is backpropagation: for each point it runs the network forwards for the loss, then
    /// backwards for the partials, layer 2 before layer 1.
    /// </summary>
    [Differentiable("w1", "b1", "w2", "b2")]
    public static double Loss(
        double[] w1, double[] b1, double[] w2, double b2, double[] x1, double[] x2, double[] y)
    {
        int n = x1.Length;
        int hidden = b1.Length;
        double[] h = new double[hidden]; // the hidden units' activations for the current point
        double sum = 0;
        for (int i = 0; i < n; i++)
        {
            // Layer 1: unit j adds up its weighted inputs, uⱼ = w1[2j]·x1 + w1[2j + 1]·x2 + b1[j],
            // and squashes the sum into (−1, 1): hⱼ = tanh(uⱼ).
            for (int j = 0; j < hidden; j++)
            {
                double u = w1[2 * j] * x1[i] + w1[2 * j + 1] * x2[i] + b1[j];
                h[j] = Math.Tanh(u);
            }

            // Layer 2: the logit z = Σⱼ w2[j]·hⱼ + b2. The network says "class 1" with probability σ(z).
            double weightedSum = 0;
            for (int j = 0; j < hidden; j++)
            {
                weightedSum += w2[j] * h[j];
            }

            double z = weightedSum + b2;

            // Cross-entropy −[y·ln σ(z) + (1 − y)·ln(1 − σ(z))] simplifies to softplus(z) − y·z, where
            // softplus(z) = ln(1 + e^z), because ln σ(z) = z − softplus(z) and ln(1 − σ(z)) = −softplus(z).
            // Computing σ(z) first and then its logarithm would give ln 0 = −∞ once σ(z) rounds to
            // 0 or 1; this form never does. Each branch raises e only to a power ≤ 0, so nothing
            // overflows either (for z ≥ 0, ln(1 + e^z) = z + ln(1 + e^−z)).
            double softplus = z >= 0 ? z + Math.Log(1 + Math.Exp(-z)) : Math.Log(1 + Math.Exp(z));
            sum += softplus - y[i] * z;
        }

        return sum / n;
    }

    /// <summary>
    /// The network's logit z for one point: the same forward pass as in <see cref="Loss"/>, for
    /// predictions and plots. A positive logit means class 1 (probability σ(z) &gt; ½).
    /// </summary>
    /// <remarks>
    /// <see cref="Loss"/> writes this computation out instead of calling it: DiffGen does not yet
    /// differentiate calls made inside a loop (it reports DIFF015), and this method, which takes
    /// the parameters as one object, is not [Differentiable] anyway.
    /// </remarks>
    public static double Logit(Parameters p, double x1, double x2)
    {
        double z = p.B2;
        for (int j = 0; j < p.Hidden; j++)
        {
            z += p.W2[j] * Math.Tanh(p.W1[2 * j] * x1 + p.W1[2 * j + 1] * x2 + p.B1[j]);
        }

        return z;
    }

    /// <summary>The probability σ(z) = 1 / (1 + e^−z) that the point (x1, x2) is in class 1.</summary>
    public static double Probability(Parameters p, double x1, double x2) =>
        1 / (1 + Math.Exp(-Logit(p, x1, x2)));

    /// <summary>The fraction of the points that the network puts in their own class.</summary>
    public static double Accuracy(Parameters p, Dataset data)
    {
        int right = 0;
        for (int i = 0; i < data.Count; i++)
        {
            int predicted = Logit(p, data.X1[i], data.X2[i]) >= 0 ? 1 : 0;
            if (predicted == data.Y[i])
            {
                right++;
            }
        }

        return (double)right / data.Count;
    }
}
