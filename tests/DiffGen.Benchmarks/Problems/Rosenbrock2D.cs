using DiffGen;

namespace DiffGen.Benchmarks.Problems;

/// <summary>
/// Problem 1: the 2-D Rosenbrock function f(x, y) = (1 − x)² + 100·(y − x²)², the classic
/// curved valley. The smallest problem: it shows the fixed cost of a generated gradient call.
/// </summary>
public static partial class Rosenbrock2D
{
    /// <summary>The function; DiffGen generates <c>RosenbrockGradient(x, y, out dX, out dY)</c>.</summary>
    [Differentiable]
    public static double Rosenbrock(double x, double y)
    {
        double a = 1 - x;
        double b = y - x * x;
        return a * a + 100 * b * b;
    }

    /// <summary>
    /// Hand-written: ∂f/∂x = −2·(1 − x) − 400·x·(y − x²), ∂f/∂y = 200·(y − x²), sharing a and b
    /// with the value.
    /// </summary>
    public static double HandGradient(double x, double y, out double dX, out double dY)
    {
        double a = 1 - x;
        double b = y - x * x;
        dX = -2 * a - 400 * x * b;
        dY = 200 * b;
        return a * a + 100 * b * b;
    }

    /// <summary>Central differences: 2 evaluations per parameter, 4 in all (the value is not returned).</summary>
    public static void FiniteDifferenceGradient(double x, double y, out double dX, out double dY)
    {
        double hx = FiniteDifferences.Step(x);
        double hy = FiniteDifferences.Step(y);
        dX = (Rosenbrock(x + hx, y) - Rosenbrock(x - hx, y)) / (2 * hx);
        dY = (Rosenbrock(x, y + hy) - Rosenbrock(x, y - hy)) / (2 * hy);
    }
}
