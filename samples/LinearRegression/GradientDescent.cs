using System.Collections.Generic;

namespace LinearRegression;

/// <summary>The state after <paramref name="Step"/> updates: the line (M, B) and its batch cost.</summary>
internal sealed record TrainingStep(int Step, double Cost, double M, double B);

/// <summary>Plain full-batch gradient descent on the mean squared error.</summary>
internal static class GradientDescent
{
    /// <summary>
    /// Runs <paramref name="steps"/> updates m ← m − η·∂C/∂m, b ← b − η·∂C/∂b and returns the state
    /// before the first update (step 0) and after every update (steps 1 … <paramref name="steps"/>).
    /// Each step makes one call of the generated <c>BatchCost.CostGradient</c>, which returns the
    /// cost and both partials from one pass over the data.
    /// </summary>
    public static IReadOnlyList<TrainingStep> Run(
        double m, double b, double[] xs, double[] ys, double learningRate, int steps)
    {
        var history = new List<TrainingStep>(steps + 1);
        for (int step = 0; step <= steps; step++)
        {
            double cost = BatchCost.CostGradient(m, b, xs, ys, out double dM, out double dB);
            history.Add(new TrainingStep(step, cost, m, b));

            if (step < steps)
            {
                m -= learningRate * dM;
                b -= learningRate * dB;
            }
        }

        return history;
    }
}
