using DiffGen;

namespace LinearRegression;

/// <summary>
/// The cost of one data point for the line ŷ = m·x + b. DiffGen reads <see cref="Cost"/> at compile
/// time and adds <c>CostPartialM</c>, <c>CostPartialB</c> and <c>CostGradient</c> to this partial class.
/// </summary>
public static partial class QuadraticCost
{
    /// <summary>Per-point quadratic cost (ŷ − y)² with ŷ = m·x + b.</summary>
    [Differentiable("m", "b")]
    public static double Cost(double m, double b, double x, double y)
    {
        double yHat = m * x + b;
        double error = yHat - y;
        return error * error;
    }
}
