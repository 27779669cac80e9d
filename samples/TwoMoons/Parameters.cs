using System;
using DiffGen;

namespace TwoMoons;

/// <summary>
/// The parameters of the network with <see cref="Hidden"/> hidden units, as the flat arrays that
/// <see cref="Network.Loss"/> takes (the layout is described on <see cref="Network"/>). A second
/// instance of the same shape holds a gradient: ∂L/∂W1[k] in W1[k], and so on.
/// </summary>
public sealed class Parameters
{
    /// <summary>All zeros; as a gradient, ready to be overwritten by <c>Network.LossGradient</c>.</summary>
    public Parameters(int hidden)
    {
        W1 = new double[2 * hidden];
        B1 = new double[hidden];
        W2 = new double[hidden];
    }

    public double[] W1 { get; }

    public double[] B1 { get; }

    public double[] W2 { get; }

    public double B2 { get; set; }

    public int Hidden => B1.Length;

    /// <summary>The number of numbers the network learns: 2·H + H + H + 1.</summary>
    public int Count => W1.Length + B1.Length + W2.Length + 1;

    /// <summary>
    /// Random weights with the variance 1/(inputs of the unit) ("Xavier" initialization), so that
    /// the logits start of order 1 and tanh is not saturated; zero biases. The weights must differ:
    /// if all hidden units started equal, they would get equal gradients and stay equal.
    /// </summary>
    public static Parameters Random(int hidden, Random random)
    {
        var p = new Parameters(hidden);
        for (int k = 0; k < p.W1.Length; k++)
        {
            p.W1[k] = random.NextGaussian() * Math.Sqrt(1.0 / 2);
        }

        for (int j = 0; j < hidden; j++)
        {
            p.W2[j] = random.NextGaussian() * Math.Sqrt(1.0 / hidden);
        }

        return p;
    }

    /// <summary>
    /// Every parameter in one flat vector, in the order w1, b1, w2, b2: the shape
    /// <see cref="DiffGen.GradientCheck"/> (and an optimizer) works on.
    /// </summary>
    public double[] ToVector()
    {
        var x = new double[Count];
        int at = FlatVector.Pack(W1, x, 0);
        at = FlatVector.Pack(B1, x, at);
        at = FlatVector.Pack(W2, x, at);
        x[at] = B2;
        return x;
    }

    /// <summary>Sets every parameter from a flat vector laid out as by <see cref="ToVector"/>.</summary>
    public void Load(double[] x)
    {
        int at = FlatVector.Unpack(x, 0, W1);
        at = FlatVector.Unpack(x, at, B1);
        at = FlatVector.Unpack(x, at, W2);
        B2 = x[at];
    }

    /// <summary>The name of entry <paramref name="index"/> of the flat vector, such as <c>w1[3]</c>.</summary>
    public string NameOf(int index)
    {
        foreach ((string name, int length) in new[] { ("w1", W1.Length), ("b1", B1.Length), ("w2", W2.Length) })
        {
            if (index < length)
            {
                return $"{name}[{index}]";
            }

            index -= length;
        }

        return "b2";
    }

    /// <summary>One gradient-descent step: every parameter θ ← θ − η·∂L/∂θ.</summary>
    public void Step(Parameters gradient, double learningRate)
    {
        Subtract(W1, gradient.W1, learningRate);
        Subtract(B1, gradient.B1, learningRate);
        Subtract(W2, gradient.W2, learningRate);
        B2 -= learningRate * gradient.B2;
    }

    private static void Subtract(double[] values, double[] gradient, double learningRate)
    {
        for (int k = 0; k < values.Length; k++)
        {
            values[k] -= learningRate * gradient[k];
        }
    }
}
