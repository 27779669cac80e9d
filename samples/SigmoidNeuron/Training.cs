using System;

namespace SigmoidNeuron;

/// <summary>
/// The shape of a generated per-point gradient method: it returns the cost of the point (x, y) and
/// writes ∂C/∂w and ∂C/∂b. <see cref="Model.QuadraticCostGradient"/> and
/// <see cref="Model.CrossEntropyCostGradient"/> both have it.
/// </summary>
internal delegate double PointGradient(double w, double b, double x, double y, out double dW, out double dB);

/// <summary>Full-batch gradient descent for the neuron, with any per-point cost.</summary>
internal static class Training
{
    /// <summary>
    /// The batch cost is the mean of the per-point costs, so its gradient is the mean of the
    /// per-point gradients: one call of the generated <paramref name="pointGradient"/> per point.
    /// </summary>
    public static double BatchGradient(
        PointGradient pointGradient, double w, double b, double[] xs, double[] ys, out double dW, out double dB)
    {
        double cost = 0;
        dW = 0;
        dB = 0;
        for (int i = 0; i < xs.Length; i++)
        {
            cost += pointGradient(w, b, xs[i], ys[i], out double pointDW, out double pointDB);
            dW += pointDW;
            dB += pointDB;
        }

        dW /= xs.Length;
        dB /= xs.Length;
        return cost / xs.Length;
    }

    /// <summary>
    /// Runs <paramref name="epochs"/> updates w ← w − η·∂C/∂w, b ← b − η·∂C/∂b from (w, b), printing
    /// a table row every <paramref name="printEvery"/> epochs, and returns the final w and b.
    /// </summary>
    public static (double W, double B) Run(
        string title, PointGradient pointGradient, double w, double b, double[] xs, double[] ys,
        double learningRate, int epochs, int printEvery)
    {
        Console.WriteLine(title);
        Console.WriteLine($"  {"epoch",5}  {"cost",9}  {"w",8}  {"b",8}  {"accuracy",8}");
        for (int epoch = 0; epoch <= epochs; epoch++)
        {
            double cost = BatchGradient(pointGradient, w, b, xs, ys, out double dW, out double dB);
            if (epoch % printEvery == 0)
            {
                Console.WriteLine($"  {epoch,5}  {cost,9:F5}  {w,8:F4}  {b,8:F4}  {Accuracy(w, b, xs, ys),8:P0}");
            }

            if (epoch < epochs)
            {
                w -= learningRate * dW;
                b -= learningRate * dB;
            }
        }

        Console.WriteLine();
        return (w, b);
    }

    /// <summary>The fraction of points the neuron classifies right: it says 1 when σ(w·x + b) ≥ ½.</summary>
    public static double Accuracy(double w, double b, double[] xs, double[] ys)
    {
        int right = 0;
        for (int i = 0; i < xs.Length; i++)
        {
            double predicted = Model.Neuron(w, b, xs[i]) >= 0.5 ? 1 : 0;
            if (predicted == ys[i])
            {
                right++;
            }
        }

        return (double)right / xs.Length;
    }
}
