using System;
using DiffGen;

namespace DiffGen.Benchmarks.Problems;

/// <summary>
/// Problem 4: a 2-layer perceptron 10-32-1 (tanh hidden layer, linear output) and its mean squared
/// error over a data set. Parameters are flat arrays: w1 is 32×10 row-major (row k holds hidden
/// unit k's input weights), b1 has 32 biases, w2 the 32 output weights, b2 the output bias.
/// The generated gradient is backpropagation.
/// </summary>
public static partial class Perceptron
{
    public const int Inputs = 10;
    public const int Hidden = 32;

    /// <summary>
    /// MSE = (1/n)·Σ (oᵢ − yᵢ)² with hₖ = tanh(b1ₖ + Σⱼ w1ₖⱼ·xᵢⱼ) and oᵢ = b2 + Σₖ w2ₖ·hₖ. The
    /// hidden activations live in one local array, allocated once before the sample loop. DiffGen
    /// generates <c>CostGradient(w1, b1, w2, b2, x, y, Span dW1, Span dB1, Span dW2, out dB2)</c>.
    /// </summary>
    [Differentiable("w1", "b1", "w2", "b2")]
    public static double Cost(double[] w1, double[] b1, double[] w2, double b2, double[] x, double[] y)
    {
        double[] h = new double[Hidden];
        double sum = 0;
        for (int i = 0; i < y.Length; i++)
        {
            for (int k = 0; k < Hidden; k++)
            {
                double a = b1[k];
                for (int j = 0; j < Inputs; j++)
                {
                    a += w1[k * Inputs + j] * x[i * Inputs + j];
                }

                h[k] = Math.Tanh(a);
            }

            double output = b2;
            for (int k = 0; k < Hidden; k++)
            {
                output += w2[k] * h[k];
            }

            double error = output - y[i];
            sum += error * error;
        }

        return sum / y.Length;
    }

    /// <summary>
    /// Hand-written backpropagation, fused per sample: forward through the sample, then straight
    /// back, accumulating into the outputs, so no activation of an earlier sample is kept. With
    /// eᵢ = oᵢ − yᵢ: ∂/∂o = 2eᵢ/n, ∂/∂b2 += ∂/∂o, ∂/∂w2ₖ += ∂/∂o·hₖ, ∂/∂aₖ = ∂/∂o·w2ₖ·(1 − hₖ²)
    /// (tanh′ = 1 − tanh²), ∂/∂b1ₖ += ∂/∂aₖ, ∂/∂w1ₖⱼ += ∂/∂aₖ·xᵢⱼ. The hidden activations sit in
    /// one array allocated once per call, as in the function.
    /// </summary>
    public static double HandGradient(
        double[] w1, double[] b1, double[] w2, double b2, double[] x, double[] y,
        Span<double> dW1, Span<double> dB1, Span<double> dW2, out double dB2)
    {
        if (dW1.Length != Hidden * Inputs || dB1.Length != Hidden || dW2.Length != Hidden)
        {
            throw new ArgumentException("The gradient outputs must have the parameters' lengths.");
        }

        // Zeroed by plain loops, and h a heap array rather than a stackalloc: Span.Clear() and the
        // zeroing of a stackalloc use AVX registers, and the Math.Tanh calls after them in the same
        // method then run many times slower (see docs/benchmarks.md, "Span.Clear and Math.Exp").
        for (int p = 0; p < dW1.Length; p++)
        {
            dW1[p] = 0;
        }

        for (int k = 0; k < Hidden; k++)
        {
            dB1[k] = 0;
            dW2[k] = 0;
        }

        double[] h = new double[Hidden];
        double sum = 0, sumDOutput = 0;
        double scale = 2.0 / y.Length;
        for (int i = 0; i < y.Length; i++)
        {
            int row = i * Inputs;

            // Forward through sample i.
            for (int k = 0; k < Hidden; k++)
            {
                double a = b1[k];
                for (int j = 0; j < Inputs; j++)
                {
                    a += w1[k * Inputs + j] * x[row + j];
                }

                h[k] = Math.Tanh(a);
            }

            double output = b2;
            for (int k = 0; k < Hidden; k++)
            {
                output += w2[k] * h[k];
            }

            double error = output - y[i];
            sum += error * error;

            // Back through sample i.
            double dOutput = scale * error;
            sumDOutput += dOutput;
            for (int k = 0; k < Hidden; k++)
            {
                dW2[k] += dOutput * h[k];
                double dA = dOutput * w2[k] * (1 - h[k] * h[k]);
                dB1[k] += dA;
                for (int j = 0; j < Inputs; j++)
                {
                    dW1[k * Inputs + j] += dA * x[row + j];
                }
            }
        }

        dB2 = sumDOutput;
        return sum / y.Length;
    }

    /// <summary>
    /// Central differences: 2 evaluations per parameter, 770 for the 385 parameters. Each array is
    /// perturbed in place and restored.
    /// </summary>
    public static void FiniteDifferenceGradient(
        double[] w1, double[] b1, double[] w2, double b2, double[] x, double[] y,
        Span<double> dW1, Span<double> dB1, Span<double> dW2, out double dB2)
    {
        DifferenceOver(w1, dW1, w1, b1, w2, b2, x, y);
        DifferenceOver(b1, dB1, w1, b1, w2, b2, x, y);
        DifferenceOver(w2, dW2, w1, b1, w2, b2, x, y);
        double h = FiniteDifferences.Step(b2);
        dB2 = (Cost(w1, b1, w2, b2 + h, x, y) - Cost(w1, b1, w2, b2 - h, x, y)) / (2 * h);
    }

    /// <summary>Central differences with respect to each element of <paramref name="parameter"/>, one of w1, b1, w2.</summary>
    private static void DifferenceOver(
        double[] parameter, Span<double> derivative,
        double[] w1, double[] b1, double[] w2, double b2, double[] x, double[] y)
    {
        for (int p = 0; p < parameter.Length; p++)
        {
            double value = parameter[p];
            double h = FiniteDifferences.Step(value);
            parameter[p] = value + h;
            double plus = Cost(w1, b1, w2, b2, x, y);
            parameter[p] = value - h;
            double minus = Cost(w1, b1, w2, b2, x, y);
            parameter[p] = value;
            derivative[p] = (plus - minus) / (2 * h);
        }
    }

    /// <summary>Inputs uniform in [−1, 1]; the target is a smooth function of them, y = sin(x₀ + x₁) + x₂·x₃.</summary>
    public static (double[] X, double[] Y) Data(int samples, Random random)
    {
        var x = new double[samples * Inputs];
        var y = new double[samples];
        for (int i = 0; i < samples; i++)
        {
            for (int j = 0; j < Inputs; j++)
            {
                x[i * Inputs + j] = -1 + 2 * random.NextDouble();
            }

            int row = i * Inputs;
            y[i] = Math.Sin(x[row] + x[row + 1]) + x[row + 2] * x[row + 3];
        }

        return (x, y);
    }

    /// <summary>Random initial parameters, scaled by 1/√(fan-in) as networks are initialised.</summary>
    public static (double[] W1, double[] B1, double[] W2, double B2) Parameters(Random random)
    {
        double Uniform(double bound) => bound * (2 * random.NextDouble() - 1);
        var w1 = new double[Hidden * Inputs];
        var b1 = new double[Hidden];
        var w2 = new double[Hidden];
        for (int i = 0; i < w1.Length; i++)
        {
            w1[i] = Uniform(1 / Math.Sqrt(Inputs));
        }

        for (int k = 0; k < Hidden; k++)
        {
            b1[k] = Uniform(0.1);
            w2[k] = Uniform(1 / Math.Sqrt(Hidden));
        }

        return (w1, b1, w2, Uniform(0.1));
    }
}
