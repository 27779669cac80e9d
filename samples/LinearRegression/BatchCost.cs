using DiffGen;

namespace LinearRegression;

/// <summary>
/// The cost of the whole batch for the line ŷ = m·x + b: the mean squared error, written as one
/// method with a loop over the data. DiffGen reads <see cref="Cost"/> at compile time and adds
/// <c>CostPartialM</c>, <c>CostPartialB</c> and <c>CostGradient</c> to this partial class; the
/// generated gradient runs the loop forwards for the cost and backwards for the partials.
/// </summary>
public static partial class BatchCost
{
    /// <summary>
    /// Mean squared error (1/n)·Σᵢ (m·xᵢ + b − yᵢ)² over the n points (xᵢ, yᵢ): the mean of the
    /// per-point <see cref="QuadraticCost.Cost"/>. Only m and b are differentiated; the data xs and
    /// ys are constants, and ys must be at least as long as xs.
    /// </summary>
    [Differentiable("m", "b")]
    public static double Cost(double m, double b, double[] xs, double[] ys)
    {
        double sum = 0;
        for (int i = 0; i < xs.Length; i++)
        {
            // The same per-point cost as QuadraticCost.Cost, so both give the same numbers.
            double yHat = m * xs[i] + b;
            double error = yHat - ys[i];
            sum += error * error;
        }

        return sum / xs.Length;
    }
}
