using System;

namespace TwoMoons;

/// <summary>Full-batch gradient descent: each epoch is one step on the loss over all points.</summary>
internal static class Training
{
    /// <summary>
    /// The loss at <paramref name="p"/> and its gradient, written into <paramref name="gradient"/>,
    /// from one call of the generated <c>Network.LossGradient</c>.
    /// </summary>
    public static double LossAndGradient(Parameters p, Dataset data, Parameters gradient)
    {
        double loss = Network.LossGradient(
            p.W1, p.B1, p.W2, p.B2, data.X1, data.X2, data.Y,
            gradient.W1, gradient.B1, gradient.W2, out double dB2);
        gradient.B2 = dB2;
        return loss;
    }

    /// <summary>
    /// Trains <paramref name="p"/> in place for <paramref name="epochs"/> steps, printing the loss
    /// and the accuracy every <paramref name="printEvery"/> epochs, and returns the loss at every
    /// epoch: element 0 before training, element <paramref name="epochs"/> after the last step.
    /// </summary>
    public static double[] Run(Parameters p, Dataset data, double learningRate, int epochs, int printEvery)
    {
        var losses = new double[epochs + 1];
        var gradient = new Parameters(p.Hidden);

        Console.WriteLine($"  {"epoch",5}  {"loss",8}  {"accuracy",8}");
        for (int epoch = 0; epoch <= epochs; epoch++)
        {
            losses[epoch] = LossAndGradient(p, data, gradient);
            if (epoch % printEvery == 0)
            {
                // Accuracy costs a pass over the data, so it is only computed for the table.
                Console.WriteLine($"  {epoch,5}  {losses[epoch],8:F5}  {Network.Accuracy(p, data),8:P1}");
            }

            if (epoch < epochs)
            {
                p.Step(gradient, learningRate);
            }
        }

        return losses;
    }
}
