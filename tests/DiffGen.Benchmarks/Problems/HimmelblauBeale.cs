using DiffGen;

namespace DiffGen.Benchmarks.Problems;

/// <summary>
/// Problem 6: two classic test functions of (x, y) summed, Himmelblau's
/// (x² + y − 11)² + (x + y² − 7)² and Beale's
/// (1.5 − x + x·y)² + (2.25 − x + x·y²)² + (2.625 − x + x·y³)², as one loop-free method. Larger than
/// Rosenbrock, with subexpressions (x², y², y³) that several terms share: it shows whether the
/// generated gradient shares them as a person does.
/// </summary>
public static partial class HimmelblauBeale
{
    /// <summary>
    /// The function, written with the powers of x and y computed once, as a person writes it;
    /// DiffGen generates <c>SumGradient(x, y, out dX, out dY)</c>.
    /// </summary>
    [Differentiable]
    public static double Sum(double x, double y)
    {
        double xx = x * x;
        double yy = y * y;
        double yyy = yy * y;
        double a = xx + y - 11;
        double b = x + yy - 7;
        double c = 1.5 - x + x * y;
        double d = 2.25 - x + x * yy;
        double e = 2.625 - x + x * yyy;
        return a * a + b * b + c * c + d * d + e * e;
    }

    /// <summary>
    /// Hand-written, sharing the terms a…e with the value:
    /// ∂f/∂x = 2·(2x·a + b + (y − 1)·c + (y² − 1)·d + (y³ − 1)·e),
    /// ∂f/∂y = 2·(a + 2y·b + x·(c + 2y·d + 3y²·e)).
    /// </summary>
    public static double HandGradient(double x, double y, out double dX, out double dY)
    {
        double xx = x * x;
        double yy = y * y;
        double yyy = yy * y;
        double a = xx + y - 11;
        double b = x + yy - 7;
        double c = 1.5 - x + x * y;
        double d = 2.25 - x + x * yy;
        double e = 2.625 - x + x * yyy;
        dX = 2 * (2 * x * a + b + (y - 1) * c + (yy - 1) * d + (yyy - 1) * e);
        dY = 2 * (a + 2 * y * b + x * (c + 2 * y * d + 3 * yy * e));
        return a * a + b * b + c * c + d * d + e * e;
    }

    /// <summary>Central differences: 2 evaluations per parameter, 4 in all (the value is not returned).</summary>
    public static void FiniteDifferenceGradient(double x, double y, out double dX, out double dY)
    {
        double hx = FiniteDifferences.Step(x);
        double hy = FiniteDifferences.Step(y);
        dX = (Sum(x + hx, y) - Sum(x - hx, y)) / (2 * hx);
        dY = (Sum(x, y + hy) - Sum(x, y - hy)) / (2 * hy);
    }
}
